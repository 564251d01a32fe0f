/**
 * Property-based tests over random grids, through the whole engine (reader → evaluator → report → layout
 * → JSON): it never throws, every indicator gets exactly one status, every unreadable cell is named in a
 * diagnostic, the summary adds up, and no text shown to a reader says NaN, undefined, null or Infinity.
 */
import fc from 'fast-check';
import {
  buildReportLayout,
  columnLetters,
  describeDiagnostic,
  describeSkipReason,
  evaluateIndicators,
  type Grid,
  type Lang,
  parseCell,
  type Period,
  readSheets,
  type Report,
  type ReportLayout,
  runCheck,
  type SheetSource,
  type Status,
  STATUSES,
  toResultJson,
} from '../../src/engine';
import {
  HEADER_ZH,
  IDX,
  NON_NUMBER_TEXTS,
  UNREADABLE_KINDS,
  arbActualCell,
  arbChaosGrid,
  arbIndicatorSheet,
  arbPeriod,
  type GenSheet,
} from './corpus';
import { expectNoJunk } from '../support/text';

const RUNS = 200;
const DATE = '2026-10-08';
const arbLang = fc.constantFrom<Lang>('zh-CN', 'en-US');

function quartersThrough(p: Period): number {
  return p.kind === 'year' ? 4 : p.kind === 'quarter' ? p.quarter : Math.ceil(p.month / 3);
}

/** Every text a reader of the report can see: narrative, tables, chart labels, diagnostics, skip reasons. */
function visibleTexts(report: Report, layout: ReportLayout): { sentences: string[]; cells: string[] } {
  const lang = report.options.lang;
  // Texts the engine writes, and cells that may hold a sheet's text as written (table cells, categories).
  const sentences: string[] = [report.title];
  const cells: string[] = [];
  for (const b of report.narrative) sentences.push(b.text);
  for (const t of [report.tables.indicators, report.tables.attention]) {
    sentences.push(t.caption, ...t.columns.map((c) => c.header));
    for (const row of t.rows) for (const c of row) if (typeof c === 'string') cells.push(c);
  }
  for (const c of report.charts) {
    sentences.push(c.title, ...c.series.map((s) => s.name));
    cells.push(...c.categories);
    if (c.referenceLine) sentences.push(c.referenceLine.label);
    if (c.valueAxisTitle) sentences.push(c.valueAxisTitle);
  }
  for (const d of report.diagnostics) sentences.push(describeDiagnostic(d, lang));
  for (const s of report.skippedSheets) sentences.push(describeSkipReason(s.reason, lang));
  for (const sheet of layout.sheets) {
    sentences.push(sheet.name);
    for (const row of sheet.rows)
      for (const c of row) if (c && typeof c.value === 'string') cells.push(c.value);
  }
  return { sentences, cells };
}

/** Numbers in tables and layouts are finite or absent. */
function numbersAreFinite(report: Report, layout: ReportLayout): boolean {
  for (const t of [report.tables.indicators, report.tables.attention])
    for (const row of t.rows)
      for (const c of row) if (typeof c === 'number' && !Number.isFinite(c)) return false;
  for (const c of report.charts)
    for (const s of c.series) for (const v of s.values) if (v !== null && !Number.isFinite(v)) return false;
  for (const sheet of layout.sheets)
    for (const row of sheet.rows)
      for (const c of row) if (c && typeof c.value === 'number' && !Number.isFinite(c.value)) return false;
  return true;
}

function checkWholeReport(report: Report): void {
  const layout = buildReportLayout(report);
  const json = toResultJson(report);
  // One status each, from the list.
  for (const e of report.evaluations) expect(STATUSES).toContain(e.status);
  // The summary adds up.
  expect(json.summary.total).toBe(report.evaluations.length);
  expect(json.indicators).toHaveLength(report.evaluations.length);
  const sum = Object.values(json.summary.byStatus).reduce((a, b) => a + b, 0);
  expect(sum).toBe(json.summary.total);
  for (const s of STATUSES) {
    expect(json.summary.byStatus[s]).toBe(report.evaluations.filter((e) => e.status === s).length);
  }
  // JSON numbers are finite or null (JSON.stringify would turn NaN into null silently).
  for (const ind of json.indicators) {
    for (const k of ['expected', 'completion', 'pace'] as const) {
      const v = ind[k];
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
    for (const v of [ind.target, ind.actual]) expect(typeof v !== 'number' || Number.isFinite(v)).toBe(true);
  }
  expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  // Nothing a reader sees says NaN / undefined / null / Infinity.
  const { sentences, cells } = visibleTexts(report, layout);
  for (const text of sentences) expectNoJunk(text);
  for (const text of cells) expectNoJunk(text, { marks: false });
  expect(numbersAreFinite(report, layout)).toBe(true);
}

describe('random indicator sheets through the whole engine', () => {
  test('the generator means what it says: unreadable kinds are unreadable to the number parser', () => {
    fc.assert(
      fc.property(arbActualCell, (c) => {
        const p = parseCell(c.value, c.format);
        if (UNREADABLE_KINDS.has(c.kind)) expect(['unreadable', 'text']).toContain(p.kind);
        else expect(['number', 'empty']).toContain(p.kind);
      }),
      { numRuns: 300 },
    );
    for (const t of NON_NUMBER_TEXTS) expect(parseCell(t).kind).toBe('text');
  });

  test('every row is one indicator with one status; every unreadable cell through the period is named', () => {
    fc.assert(
      fc.property(
        fc.array(arbIndicatorSheet(), { minLength: 1, maxLength: 3 }),
        arbPeriod,
        arbLang,
        (sheets: GenSheet[], period: Period, lang: Lang) => {
          const sources: SheetSource[] = sheets.map((s, i) => ({
            file: `book${i}.xlsx`,
            grid: { ...s.grid, name: `目标任务${i + 1}` },
          }));
          const { readings, report } = runCheck({ sources, lang, period, date: DATE });
          // Every generated sheet is read as a table with every generated row.
          expect(readings.map((r) => r.kind)).toEqual(sheets.map(() => 'table'));
          const expectedCount = sheets.reduce((n, s) => n + s.rows.length, 0);
          expect(report.evaluations).toHaveLength(expectedCount);

          sheets.forEach((s, si) => {
            const file = `book${si}.xlsx`;
            const mine = report.evaluations.filter((e) => e.indicator.file === file);
            expect(mine.map((e) => e.indicator.row)).toEqual(s.rows.map((_, i) => s.firstRow + i));
            s.rows.forEach((row, i) => {
              const r = s.firstRow + i;
              const named = (col: number): boolean =>
                report.diagnostics.some(
                  (d) =>
                    d.file === file && d.cell === `${columnLetters(col + 1)}${r}` && d.severity === 'error',
                );
              const e = mine[i];
              let unreadable = false;
              if (UNREADABLE_KINDS.has(row.target.kind)) {
                unreadable = true;
                expect(named(IDX.target)).toBe(true);
              }
              for (let q = 0; q < quartersThrough(period); q++) {
                if (UNREADABLE_KINDS.has(row.quarters[q].kind)) {
                  unreadable = true;
                  expect(named(IDX.q1 + q)).toBe(true);
                }
              }
              if (unreadable) {
                expect(e.status).toBe('invalid');
                expect(e.completion).toBeNull();
                expect(e.pace).toBeNull();
              }
              // An invalid indicator always says why, in a diagnostic naming one of its cells.
              if (e.status === 'invalid') {
                expect(e.diagnostics.some((d) => d.severity === 'error' && typeof d.cell === 'string')).toBe(
                  true,
                );
              }
            });
          });
          checkWholeReport(report);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('a sum of plain numbers is exact: the actual is the sum of the cells through the period, or the latest of totals to date', () => {
    const arbInt = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.array(arbInt, { minLength: 4, maxLength: 4 })),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        arbPeriod,
        (rows, period) => {
          const values = [
            ['指标名称', '年度目标', '一季度', '二季度', '三季度', '四季度'],
            ...rows.map(([t, qs], i) => [`指标${i + 1}`, t, ...qs]),
          ];
          const grid: Grid = { name: 'S', originRow: 1, originCol: 1, values, merges: [] };
          const [reading] = readSheets([{ grid }]);
          expect(reading.kind).toBe('table');
          if (reading.kind !== 'table') return;
          const evals = evaluateIndicators(reading.table.indicators, period);
          const n = quartersThrough(period);
          evals.forEach((e, i) => {
            const [target, qs] = rows[i];
            const through = qs.slice(0, n);
            // Three or more figures each a step up, near the straight line to the target, are read as
            // totals to date (evaluate/periodCells totalsOnTheLine), with a note: the latest stands.
            const toDate = e.diagnostics.some((d) => d.code === 'periods-to-date');
            if (toDate) {
              expect(through.length).toBeGreaterThanOrEqual(3);
              expect(through.every((v, k) => k === 0 || v > through[k - 1])).toBe(true);
            }
            const sum = toDate ? through[through.length - 1] : through.reduce((a, b) => a + b, 0);
            expect(e.target?.value).toBe(target);
            expect(e.actual?.value).toBe(sum);
            const expected: Status =
              sum >= target
                ? 'achieved'
                : period.kind === 'year' || n === 4
                  ? 'missed'
                  : sum / ((target * n) / 4) >= 1 - 1e-12
                    ? 'on_track'
                    : sum / ((target * n) / 4) >= 0.8 - 1e-12
                      ? 'behind'
                      : 'at_risk';
            // Q4 is the same data as FY, but the status words differ only at FY.
            if (period.kind === 'quarter' && period.quarter === 4 && sum < target) {
              expect(['missed', 'on_track', 'behind', 'at_risk']).toContain(e.status);
            } else {
              expect(e.status).toBe(expected);
            }
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('anything a grid can hold', () => {
  test('never throws; the summary adds up; no NaN/undefined/null/Infinity in any text', () => {
    fc.assert(
      fc.property(
        fc.array(arbChaosGrid, { minLength: 1, maxLength: 3 }),
        fc.option(arbPeriod, { nil: undefined }),
        arbLang,
        (grids, period, lang) => {
          const sources: SheetSource[] = grids.map((g, i) => ({ grid: { ...g, name: `随机表${i + 1}` } }));
          const result = runCheck({ sources, lang, period, date: DATE });
          expect(result.readings).toHaveLength(grids.length);
          const tables = result.readings.filter((r) => r.kind === 'table');
          const indicatorCount = tables.reduce(
            (n, r) => n + (r.kind === 'table' ? r.table.indicators.length : 0),
            0,
          );
          expect(result.report.evaluations).toHaveLength(indicatorCount);
          expect(result.report.skippedSheets).toHaveLength(grids.length - tables.length);
          checkWholeReport(result.report);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('an id at the edge of a double is written as typed, never as Infinity (a case the property found)', () => {
    const grid: Grid = {
      name: '随机表1',
      originRow: 1,
      originCol: 2,
      values: [[], [], [...HEADER_ZH], [false, '序号', '序号', null, '序号', 0], [1.7976931348623151e308]],
      merges: [{ top: 3, left: 4, bottom: 5, right: 5 }],
    };
    const result = runCheck({ sources: [{ grid }], lang: 'zh-CN', date: DATE });
    expect(result.report.evaluations.map((e) => e.indicator.id)).toContain('1.7976931348623151e+308');
    checkWholeReport(result.report);
  });

  test('grids in the shapes no adapter produces (holes, non-array rows) are read or skipped, never thrown', () => {
    const weird: Grid[] = [
      {
        name: 'holes',
        originRow: 1,
        originCol: 1,
        values: [, ['指标名称', '年度目标'], , ['x', 1]] as unknown as Grid['values'],
        merges: [],
      },
      {
        name: 'no merges',
        originRow: 1,
        originCol: 1,
        values: [
          ['指标名称', '年度目标'],
          ['x', 1],
        ],
      } as unknown as Grid,
      {
        name: 'empty-row holes', // a user's own sheet name is quoted in data notes, so it must not hold a forbidden word itself
        originRow: 1,
        originCol: 1,
        values: [null, ['指标名称', '年度目标'], ['x', 5]],
      } as unknown as Grid,
    ];
    for (const grid of weird) {
      const result = runCheck({ sources: [{ grid }], lang: 'zh-CN', date: DATE });
      checkWholeReport(result.report);
    }
  });
});
