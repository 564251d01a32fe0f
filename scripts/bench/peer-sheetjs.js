// The SheetJS peer of the benchmark: the same work as the command line, with SheetJS (@e965/xlsx, the
// community edition) reading the input and writing the report workbook, and this project's engine in
// between (from the compiled command line in build/cli). SheetJS's community edition writes no cell
// styles and no charts, so its output carries the report's values, merged areas and widths only.
// Usage: node scripts/bench/peer-sheetjs.js <in.xlsx> <out.xlsx>
'use strict';
const fs = require('fs');
const path = require('path');
const XLSX = require('@e965/xlsx');

const BUILD = path.join(__dirname, '..', '..', 'build', 'cli');
const { runCheck, buildReportLayout } = require(path.join(BUILD, 'engine', 'index.js'));
const { withHistorySheet } = require(path.join(BUILD, 'file', 'historyBook.js'));

/** A SheetJS cell as the engine's cell value. */
function cellValue(cell) {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
    case 's':
    case 'b':
      return cell.v;
    case 'e':
      return { kind: 'error', code: cell.w || '#N/A' };
    case 'd':
      return cell.v instanceof Date ? cell.v.getTime() / 86400000 + 25569 : null;
    default:
      return cell.f ? { kind: 'formula', formula: cell.f } : null;
  }
}

/** One SheetJS sheet (dense) as the engine's Grid. */
function toGrid(name, ws, hidden) {
  const data = ws['!data'] || [];
  const values = [];
  const formats = [];
  let anyFormat = false;
  data.forEach((row, r) => {
    if (!row) return;
    const vals = [];
    const fmts = [];
    row.forEach((cell, c) => {
      const v = cellValue(cell);
      if (v === null) return;
      while (vals.length < c) vals.push(null);
      vals[c] = v;
      if (cell.z && cell.z !== 'General') {
        while (fmts.length < c) fmts.push(null);
        fmts[c] = cell.z;
        anyFormat = true;
      }
    });
    if (vals.length === 0) return;
    while (values.length < r) {
      values.push([]);
      formats.push([]);
    }
    values[r] = vals;
    formats[r] = fmts;
  });
  const merges = (ws['!merges'] || []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
  const rowsHidden = (ws['!rows'] || []).flatMap((r, i) => (r && r.hidden ? [i + 1] : []));
  const colsHidden = (ws['!cols'] || []).flatMap((c, i) => (c && c.hidden ? [i + 1] : []));
  return {
    name,
    originRow: 1,
    originCol: 1,
    values,
    numberFormats: anyFormat ? formats : undefined,
    merges,
    hiddenRows: rowsHidden,
    hiddenColumns: colsHidden,
    visibility: hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible',
  };
}

/** One layout sheet as a SheetJS sheet: values, merged areas, column widths. */
function toSheet(layout) {
  const aoa = layout.rows.map((row) => row.map((cell) => (cell ? cell.value : null)));
  const ws = XLSX.utils.aoa_to_sheet(aoa, { dense: true });
  ws['!merges'] = layout.merges.map((m) => ({
    s: { r: m.top - 1, c: m.left - 1 },
    e: { r: m.bottom - 1, c: m.right - 1 },
  }));
  ws['!cols'] = layout.columnWidths.map((w) => ({ wch: w }));
  return ws;
}

function main() {
  const [input, output] = process.argv.slice(2);
  const wb = XLSX.read(fs.readFileSync(input), { type: 'buffer', dense: true, cellNF: true });
  const meta = (wb.Workbook && wb.Workbook.Sheets) || [];
  const sources = wb.SheetNames.map((name, i) => ({
    file: path.basename(input),
    grid: toGrid(name, wb.Sheets[name], meta[i] && meta[i].Hidden),
  }));
  const now = new Date();
  const result = runCheck({
    sources,
    lang: 'zh-CN',
    date: now.toISOString().slice(0, 10),
    takenAt: now.toISOString(),
  });
  const layout = withHistorySheet(buildReportLayout(result.report), result.history, 'zh-CN');
  const out = XLSX.utils.book_new();
  for (const sheet of layout.sheets)
    XLSX.utils.book_append_sheet(out, toSheet(sheet), sheet.name.slice(0, 31));
  fs.writeFileSync(output, XLSX.write(out, { type: 'buffer', bookType: 'xlsx', compression: true }));
  const { total, byStatus } = result.report.counts;
  process.stdout.write(`${JSON.stringify({ total, byStatus })}\n`);
}

main();
