#!/usr/bin/env bash
# The command-line program as a user gets it: `npm pack`, then `npm install -g` of the tarball into a
# temporary prefix (its dependencies come from the registry), then `target-report --help`, `--version`
# and a report on the bundled sample, checked. Nothing outside the temporary folder is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "pack-check: npm pack"
tarball="$(npm pack --silent --pack-destination "$tmp" | tail -n 1)"
tar -tzf "$tmp/$tarball" > "$tmp/contents.txt"
grep -qx 'package/build/cli/cli/main.js' "$tmp/contents.txt" || { echo "pack-check: the tarball has no compiled program"; exit 1; }
grep -qx 'package/build/cli/cli/main.js.cache' "$tmp/contents.txt" || { echo "pack-check: the tarball has no code cache for the program"; exit 1; }
if grep -qE '^package/(src|tests|node_modules)/' "$tmp/contents.txt"; then
  echo "pack-check: the tarball holds sources, tests or node_modules"; exit 1
fi
echo "pack-check: $tarball, $(wc -l < "$tmp/contents.txt") files, $(du -k "$tmp/$tarball" | cut -f1) KB"

echo "pack-check: npm install -g into a temporary prefix"
npm install -g --prefix "$tmp/prefix" --no-audit --no-fund --loglevel=error "$tmp/$tarball"
bin="$tmp/prefix/bin/target-report"
installed="$tmp/prefix/lib/node_modules/target-report"
for dev in react react-dom @fluentui typescript webpack; do
  if [ -e "$installed/node_modules/$dev" ]; then echo "pack-check: $dev was installed with the program"; exit 1; fi
done
echo "pack-check: installed, $(du -sm "$installed" | cut -f1) MB"

"$bin" --help | grep -q 'target-report report' || { echo "pack-check: --help says nothing useful"; exit 1; }
version="$("$bin" --version)"
[ "$version" = "$(node -p "require('$root/package.json').version")" ] || { echo "pack-check: --version gave $version"; exit 1; }

mkdir "$tmp/run"
cp "$root/assets/sample/indicators-sample.xlsx" "$tmp/run/"
(cd "$tmp/run" && "$bin" report indicators-sample.xlsx --lang en-US --out r.xlsx --json r.json --docx r.docx > summary.txt)
node -e '
  const fs = require("fs");
  const dir = process.argv[1];
  const json = JSON.parse(fs.readFileSync(dir + "/r.json", "utf8"));
  if (json.period !== "Q3" || json.summary.total !== 32) throw new Error("unexpected result: " + json.period + " " + json.summary.total);
  for (const f of ["r.xlsx", "r.docx"]) if (fs.statSync(dir + "/" + f).size < 1000) throw new Error(f + " is too small");
  if (!fs.readFileSync(dir + "/summary.txt", "utf8").includes("32 indicators")) throw new Error("no summary");
' "$tmp/run"
echo "pack-check: target-report --help, --version and a report on the sample work from the installed tarball"
