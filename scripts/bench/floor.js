// The I/O floor: exceljs reads the input workbook and writes a report-sized workbook (one row per
// indicator, 11 columns), with no evaluation. Usage: node scripts/bench/floor.js <in.xlsx> <out.xlsx>
'use strict';
const ExcelJS = require('exceljs');

async function main() {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  let rows = 0;
  wb.eachSheet((ws) => {
    rows += ws.actualRowCount;
  });
  const out = new ExcelJS.Workbook();
  const ws = out.addWorksheet('report');
  for (let i = 0; i < rows; i++) {
    ws.addRow([i + 1, '类别', `指标${i}`, '场次', 1000, 750, 800, 0.8, 1.0667, '序时推进', '科普部']);
  }
  await out.xlsx.writeFile(output);
}
main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
