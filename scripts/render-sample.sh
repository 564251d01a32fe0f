#!/usr/bin/env bash
# Renders report files to PNG pages with LibreOffice and poppler, for a look at the result.
#
#   scripts/render-sample.sh [--outdir DIR] [--pdf-dir DIR] [FILE.xlsx|FILE.docx ...]
#
# Each FILE becomes DIR/report-<ext>-1.png, report-<ext>-2.png, … (DIR defaults to docs/images; with two
# files of the same kind the second one's pages are named after its file name). Without FILEs, the sample
# report is made first (the CLI is built, then `target-report report assets/sample/indicators-sample.xlsx`
# writes out/sample-report.xlsx and .docx) and rendered, and the task pane pictures are taken again (the
# browser test, which needs chromium, saves them under out/pane/; taskpane.png and taskpane-dark.png are
# copied to DIR).
# --pdf-dir keeps the intermediate PDFs there. Needs soffice (libreoffice-calc-nogui,
# libreoffice-writer-nogui) and pdftoppm (poppler-utils); fonts-noto-cjk for Chinese text.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUTDIR="$ROOT/docs/images"
PDFDIR=""
RESOLUTION=80
FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) OUTDIR="$2"; shift 2 ;;
    --pdf-dir) PDFDIR="$2"; shift 2 ;;
    --resolution) RESOLUTION="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) FILES+=("$1"); shift ;;
  esac
done

for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-sample: $tool is not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk)" >&2
    exit 3
  fi
done

PANE=0
if [ ${#FILES[@]} -eq 0 ]; then
  PANE=1
  mkdir -p "$ROOT/out"
  (cd "$ROOT" && npm run --silent build:cli)
  node "$ROOT/bin/target-report.js" report "$ROOT/assets/sample/indicators-sample.xlsx" --unit-name 商洛市科学技术协会 \
    --out "$ROOT/out/sample-report.xlsx" --docx "$ROOT/out/sample-report.docx" >/dev/null
  FILES=("$ROOT/out/sample-report.xlsx" "$ROOT/out/sample-report.docx")
fi

mkdir -p "$OUTDIR"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile: no clash with a running LibreOffice, no first-start dialogs.
PROFILE="$WORK/lo-profile"

declare -A SEEN=()
for file in "${FILES[@]}"; do
  if [ ! -s "$file" ]; then
    echo "render-sample: $file: file not found or empty" >&2
    exit 2
  fi
  ext="${file##*.}"
  ext="$(printf '%s' "$ext" | tr '[:upper:]' '[:lower:]')"
  prefix="report-$ext"
  if [ -n "${SEEN[$ext]:-}" ]; then
    base="$(basename "$file")"
    prefix="${base%.*}-$ext"
  fi
  SEEN[$ext]=1
  stem="$(basename "${file%.*}")"
  soffice --headless --norestore -env:UserInstallation="file://$PROFILE" \
    --convert-to pdf --outdir "$WORK/pdf" "$file" >"$WORK/soffice.log" 2>&1 || {
    echo "render-sample: $file: LibreOffice could not convert it to PDF" >&2
    cat "$WORK/soffice.log" >&2
    exit 1
  }
  pdf="$WORK/pdf/$stem.pdf"
  if [ ! -s "$pdf" ]; then
    echo "render-sample: $file: LibreOffice wrote no PDF" >&2
    cat "$WORK/soffice.log" >&2
    exit 1
  fi
  if [ -n "$PDFDIR" ]; then
    mkdir -p "$PDFDIR"
    cp "$pdf" "$PDFDIR/$prefix.pdf"
  fi
  rm -f "$OUTDIR/$prefix"-*.png
  pdftoppm -png -r "$RESOLUTION" "$pdf" "$WORK/page"
  # pdftoppm pads page numbers (page-01.png) when there are 10 or more pages: name them 1, 2, … instead.
  for png in "$WORK"/page-*.png; do
    n="${png##*-}"
    n="${n%.png}"
    n="$((10#$n))"
    mv "$png" "$OUTDIR/$prefix-$n.png"
  done
  echo "$file -> $OUTDIR/$prefix-*.png ($(ls "$OUTDIR/$prefix"-*.png | wc -l) pages)"
done

if [ "$PANE" = 1 ]; then
  if [ ! -x /usr/bin/chromium ]; then
    echo "render-sample: /usr/bin/chromium is not installed: the task pane pictures were not taken (apt-get install chromium)" >&2
    exit 0
  fi
  (cd "$ROOT" && npx jest tests/browser/pane.browser.test.ts --maxWorkers=1 >"$WORK/pane.log" 2>&1) || {
    echo "render-sample: the browser test failed, so the task pane pictures were not updated:" >&2
    tail -40 "$WORK/pane.log" >&2
    exit 1
  }
  for png in taskpane.png taskpane-dark.png; do
    cp "$ROOT/out/pane/$png" "$OUTDIR/$png"
  done
  echo "task pane -> $OUTDIR/taskpane.png, $OUTDIR/taskpane-dark.png"
fi
