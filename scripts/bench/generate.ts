/**
 * Generates benchmark indicator workbooks: N indicator rows spread over S sheets, the standard
 * quarterly layout, a realistic mix of statuses, text numbers and category rows.
 * Deterministic (seeded) so runs compare.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/engine';

const HEADER = [
  '序号',
  '指标名称',
  '单位',
  '方向',
  '年度目标',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '责任部门',
  '备注',
];
const UNITS = ['场次', '万份', '人次', '个', '%', '万元', '项'];
const DEPTS = ['科普部', '学会部', '办公室', '组织人事部', '财务科'];

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of one sheet (title, header, category rows, indicators), as plain values. */
export function benchSheetRows(sheetIndex: number, indicators: number): CellValue[][] {
  const rnd = prng(1000 + sheetIndex);
  const rows: CellValue[][] = [[`第${sheetIndex + 1}单位 年度目标任务完成情况表`], HEADER.slice()];
  let category = 0;
  for (let i = 0; i < indicators; i++) {
    if (i % 25 === 0) {
      category++;
      rows.push([`（${category}）`, `工作板块${category}`]);
    }
    const unit = UNITS[Math.floor(rnd() * UNITS.length)];
    const target = unit === '%' ? 0.9 : Math.round(50 + rnd() * 5000);
    // pace multiplier gives a mix: ~35 % ahead, ~35 % on pace, ~20 % behind, ~10 % far behind
    const r = rnd();
    const pace =
      r < 0.35 ? 1.1 + rnd() * 0.5 : r < 0.7 ? 1 + rnd() * 0.09 : r < 0.9 ? 0.8 + rnd() * 0.19 : rnd() * 0.7;
    const perQuarter = (target * pace) / 4;
    const q = (k: number): CellValue => {
      if (unit === '%') return Math.round(target * pace * 1000) / 1000;
      const v = Math.round(perQuarter * (0.8 + (0.4 * ((k * 7 + i) % 5)) / 4));
      if (i % 17 === 0) return v.toLocaleString('en-US'); // text number "1,234"
      if (i % 53 === 0) return `${v}多`; // approximate
      return v;
    };
    rows.push([
      String(i + 1),
      `指标${sheetIndex + 1}-${i + 1}`,
      unit,
      i % 41 === 0 ? '越低越好' : '越高越好',
      target,
      q(1),
      q(2),
      q(3),
      null,
      DEPTS[i % DEPTS.length],
      i % 11 === 0 ? '说明文字' : null,
    ]);
  }
  rows.push([], ['注：数据为基准测试生成。'], ['填表人：', null, null, '审核人：']);
  return rows;
}

/** The same sheet as an engine Grid, for the engine-only measurement. */
export function benchGrid(sheetIndex: number, indicators: number): Grid {
  return {
    name: `单位${sheetIndex + 1}`,
    originRow: 1,
    originCol: 1,
    values: benchSheetRows(sheetIndex, indicators),
    merges: [],
  };
}

/** Splits `total` indicators over `sheets` sheets. */
export function perSheetCounts(total: number, sheets: number): number[] {
  const base = Math.floor(total / sheets);
  return Array.from({ length: sheets }, (_, i) => base + (i < total % sheets ? 1 : 0));
}

/** Writes the workbook with exceljs's streaming writer (fast, low memory). */
export async function writeBenchWorkbook(path: string, total: number, sheets: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: false,
  });
  perSheetCounts(total, sheets).forEach((count, s) => {
    const ws = wb.addWorksheet(`单位${s + 1}`);
    for (const row of benchSheetRows(s, count)) ws.addRow(row as ExcelJS.CellValue[]).commit();
    ws.commit();
  });
  await wb.commit();
}
