/**
 * Awkward cells and layouts of hand-made sheets, written to real .xlsx files: each gives the right number
 * or a diagnostic naming the cell, never a crash or a wrong number.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli as cli } from '../support/runCli';
import { type Evaluation, type Report, runCheck, type SheetSource } from '../../src/engine';
import { readWorkbookFile } from '../../src/file/readXlsx';
import {
  CASE_FIRST_ROW,
  CELL_CASES,
  COL,
  LONG_NAME,
  LONG_NOTES,
  cellCaseSheet,
  layoutSheet,
  removeDir,
  tempDir,
  writeXlsx,
} from './corpus';
import { expectNoJunk } from '../support/text';

interface JsonOut {
  period: string;
  indicators: {
    sheet: string;
    row: number;
    name: string;
    target: unknown;
    actual: unknown;
    status: string;
  }[];
  summary: { total: number; byStatus: Record<string, number> };
  diagnostics: {
    file: string | null;
    sheet: string;
    cell: string | null;
    severity: string;
    code: string;
    message: string;
  }[];
}

const Q3 = { kind: 'quarter', quarter: 3 } as const;

function check(sources: SheetSource[]): Report {
  return runCheck({ sources, lang: 'zh-CN', period: Q3, date: '2026-10-08' }).report;
}

function evaluationAt(report: Report, row: number): Evaluation {
  const found = report.evaluations.filter((e) => e.indicator.row === row);
  expect(found).toHaveLength(1);
  return found[0];
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('cells');
});
afterAll(async () => {
  await removeDir(dir);
});

describe('cells: formulas, dates, booleans, rich text, hyperlinks, error values, 32,767-character text', () => {
  let file: string;
  let report: Report;
  beforeAll(async () => {
    file = await writeXlsx(path.join(dir, 'cells.xlsx'), [cellCaseSheet()]);
    report = check(await readWorkbookFile(file));
  });

  test('every case row is read as exactly one indicator', () => {
    expect(report.evaluations).toHaveLength(CELL_CASES.length);
    CELL_CASES.forEach((c, i) =>
      expect(evaluationAt(report, CASE_FIRST_ROW + i).indicator.name).toBe(c.name),
    );
  });

  test.each(CELL_CASES.map((c, i) => [c.key, i] as const))('%s', (_key, i) => {
    const c = CELL_CASES[i];
    const row = CASE_FIRST_ROW + i;
    const e = evaluationAt(report, row);
    if (c.expect.kind === 'value') {
      expect(e.status).not.toBe('invalid');
      expect(e.actual?.value).toBe(c.expect.actual);
      if (c.expect.target !== undefined) expect(e.target?.value).toBe(c.expect.target);
      expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } else {
      const want = c.expect;
      const cell = `${COL[want.col]}${row}`;
      expect(e.status).toBe('invalid');
      // No number is made up from an unreadable cell.
      if (c.expect.col !== 'target') expect(e.actual).toBeNull();
      else expect(e.target).toBeNull();
      expect(e.completion).toBeNull();
      expect(e.pace).toBeNull();
      const d = e.diagnostics.find((x) => x.cell === cell && x.code === want.code);
      expect(d).toBeDefined();
      expect(d?.severity).toBe('error');
      expect(d?.sheet).toBe('目标任务');
      // and the report carries it too
      expect(report.diagnostics.some((x) => x.cell === cell && x.code === want.code)).toBe(true);
    }
  });

  test('a formula with no cached result names the formula in its message', () => {
    const i = CELL_CASES.findIndex((c) => c.key === 'formula-no-result');
    const d = report.diagnostics.find((x) => x.code === 'formula-no-result');
    expect(d?.cell).toBe(`${COL.q2}${CASE_FIRST_ROW + i}`);
    expect(String(d?.params?.text ?? '')).toContain('SUM(X1:X9)');
  });

  test('32,767-character name and notes are read whole', () => {
    const i = CELL_CASES.findIndex((c) => c.key === 'long-text');
    const e = evaluationAt(report, CASE_FIRST_ROW + i);
    expect(LONG_NAME).toHaveLength(32_767);
    expect(e.indicator.name).toBe(LONG_NAME);
    expect(e.indicator.notes).toBe(LONG_NOTES);
  });

  test('the CLI --json names every unreadable cell, with exit 0 and the right numbers elsewhere', async () => {
    const out = path.join(dir, 'cells-out');
    await fs.mkdir(out, { recursive: true });
    const r = await cli(
      [
        'report',
        'cells.xlsx',
        '--period',
        'Q3',
        '--json',
        'cells-out/r.json',
        '--out',
        'cells-out/r.xlsx',
        '--docx',
        'cells-out/r.docx',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(await fs.readFile(path.join(out, 'r.json'), 'utf8')) as JsonOut;
    expect(json.period).toBe('Q3');
    expect(json.summary.total).toBe(CELL_CASES.length);
    CELL_CASES.forEach((c, i) => {
      const row = CASE_FIRST_ROW + i;
      const ind = json.indicators.find((x) => x.row === row);
      expect(ind).toBeDefined();
      if (c.expect.kind === 'value') {
        expect(ind?.actual).toBe(c.expect.actual);
        expect(ind?.status).not.toBe('invalid');
      } else {
        const want = c.expect;
        const cell = `${COL[want.col]}${row}`;
        expect(ind?.status).toBe('invalid');
        if (want.col !== 'target') expect(ind?.actual).toBeNull();
        else expect(ind?.target).toBeNull();
        const d = json.diagnostics.find((x) => x.cell === cell && x.code === want.code);
        expect(d).toBeDefined();
        expect(d?.file).toBe('cells.xlsx');
        expect(d?.sheet).toBe('目标任务');
        expect(d?.message).toContain(cell);
        expectNoJunk(d?.message ?? '');
      }
    });
    const long = json.indicators.find((x) => x.name.length > 1000);
    expect(long?.name).toBe(LONG_NAME);
    // The report workbook holds the 32,767-character name whole in its table, and no cell over the limit.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'r.xlsx'));
    let whole = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === 'string') {
            expect(v.length).toBeLessThanOrEqual(32_767);
            if (v === LONG_NAME) whole++;
          }
        }),
      ),
    );
    expect(whole).toBeGreaterThan(0);
    // The report workbook and the Word file were written and open as zip packages.
    for (const f of ['r.xlsx', 'r.docx']) {
      const zip = await JSZip.loadAsync(await fs.readFile(path.join(out, f)));
      expect(Object.keys(zip.files).length).toBeGreaterThan(3);
    }
  });
});

describe('layout: merged body cells, hidden rows and columns, awkward header text', () => {
  let report: Report;
  beforeAll(async () => {
    const file = await writeXlsx(path.join(dir, 'layout.xlsx'), [layoutSheet()]);
    report = check(await readWorkbookFile(file));
  });

  test('header cells with line breaks, trailing spaces and full-width characters are recognised', () => {
    expect(report.skippedSheets).toEqual([]);
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '隐藏行中的指标',
      '隐藏列中的数字',
      '合并责任部门一',
      '合并责任部门二',
      '跨季度合并',
      '全角数字',
    ]);
    const e = evaluationAt(report, 3);
    expect(e.indicator.category).toBe('职能');
    expect(e.indicator.measureUnit).toBe('项');
    expect(e.indicator.owner).toBe('甲部门');
    expect(e.target?.value).toBe(100);
  });

  test('a hidden row is still read, and a diagnostic says so', () => {
    const e = evaluationAt(report, 3);
    expect(e.actual?.value).toBe(60);
    const d = report.diagnostics.find((x) => x.code === 'hidden-rows');
    expect(d).toBeDefined();
    expect(d?.cell).toMatch(/3$/);
  });

  test('a hidden column is still read, and a diagnostic says so', () => {
    const e = evaluationAt(report, 4);
    expect(e.actual?.value).toBe(80); // 10 + 40 (hidden G) + 30
    const d = report.diagnostics.find((x) => x.code === 'hidden-columns');
    expect(d).toBeDefined();
    expect(d?.cell).toMatch(/^G/);
  });

  test('merged areas across the body are reported and never copy a number into other cells', () => {
    // A merged value area is reported; a text column merged down (one owner for two rows) is shared.
    const merged = report.diagnostics.filter((x) => x.code === 'merged-body-cell');
    expect(merged.map((d) => d.cell)).toEqual(['F7']);
    expect(merged[0].severity).toBe('warning');
    expect(evaluationAt(report, 5).indicator.owner).toBe('丙部门');
    expect(evaluationAt(report, 6).indicator.owner).toBe('丙部门');
    expect(evaluationAt(report, 6).actual?.value).toBe(180);
    // 90 written once across Q1..Q3 is counted once, not three times.
    const across = evaluationAt(report, 7);
    expect(across.actual?.value).not.toBe(270);
    expect([90, null]).toContain(across.actual?.value ?? null);
  });

  test('the CLI JSON lists the hidden rows and columns and the merged area, naming the cells', async () => {
    const r = await cli(['report', 'layout.xlsx', '--period', 'Q3', '--json', 'layout.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(await fs.readFile(path.join(dir, 'layout.json'), 'utf8')) as JsonOut;
    const byCode = (code: string) => json.diagnostics.find((d) => d.code === code);
    expect(byCode('hidden-rows')?.message).toMatch(/隐藏/);
    expect(byCode('hidden-columns')?.cell).toMatch(/^G/);
    expect(byCode('hidden-columns')?.message).toMatch(/隐藏/);
    expect(byCode('merged-body-cell')?.cell).toBe('F7');
    expect(json.summary.total).toBe(6);
  });

  test('full-width digits are read as numbers', () => {
    const e = evaluationAt(report, 8);
    expect(e.target?.value).toBe(100);
    expect(e.actual?.value).toBe(90);
    expect(e.status).toBe('on_track'); // 90 against 75 expected at Q3
  });
});
