/**
 * The engine end to end with check-in history, several units and data notes: runCheck → report →
 * layout → JSON, in both languages.
 */
import type {
  CellRange,
  CellValue,
  CheckInSnapshot,
  Diagnostic,
  Grid,
  Lang,
  Report,
  ReportLayout,
  SheetLayout,
  SheetSource,
} from '../../src/engine/model';
import { parseCellAddress } from '../../src/engine/core/address';
import { historyFromGrid, historyToRows } from '../../src/engine/evaluate/history';
import { toResultJson } from '../../src/engine/json';
import {
  columnsOnOnePage,
  buildReportLayout,
  LAYOUT_TABLE_NAMES,
  LINE_HEIGHT_PT,
  pageCapacityPt,
} from '../../src/engine/layout/layout';
import { type CheckResult, runCheck } from '../../src/engine/pipeline';
import { NOTES_LIMIT } from '../../src/engine/report/notes';
import { describeDiagnostic } from '../../src/engine/wording/messages';
import { buildDataNotes } from '../../src/engine/wording/notes';
import { junkIn } from '../support/text';
import { unitGrid } from '../support/twoUnits';

/** Texts shown to users: no junk, and never the no-value dash. */
const junk = (text: string): string[] => junkIn(text, { dash: true });

const ERR: CellValue = { kind: 'error', code: '#DIV/0!' };

/** Every text a reader sees: narrative, tables, charts, notes, the report sheet and the JSON messages. */
function visibleTexts(report: Report, layout: ReportLayout): string[] {
  const out: string[] = [report.title, ...report.narrative.map((b) => b.text), ...(report.notes ?? [])];
  const { indicators, attention, consolidated, units } = report.tables;
  for (const t of [indicators, attention, consolidated, units]) {
    if (!t) continue;
    out.push(t.caption, ...t.columns.map((c) => c.header));
    for (const row of t.rows) for (const c of row) if (typeof c === 'string') out.push(c);
  }
  for (const c of report.charts) {
    out.push(c.title, ...c.categories, ...c.series.map((s) => s.name));
    if (c.valueAxisTitle) out.push(c.valueAxisTitle);
  }
  for (const sheet of layout.sheets)
    for (const row of sheet.rows)
      for (const c of row) if (c && typeof c.value === 'string') out.push(c.value);
  const json = toResultJson(report);
  out.push(...json.diagnostics.map((d) => d.message), ...json.skippedSheets.map((s) => s.reason));
  return out;
}

function expectClean(report: Report): void {
  const layout = buildReportLayout(report);
  expect(visibleTexts(report, layout).flatMap(junk)).toEqual([]);
  expect(JSON.stringify(toResultJson(report))).not.toMatch(/NaN|Infinity|undefined/);
  for (const sheet of layout.sheets)
    for (const row of sheet.rows)
      for (const c of row) if (c && typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
}

// ───────────────────────────── sheets ─────────────────────────────

/**
 * One unit's sheet filled in up to quarter `upTo`. Through the year:
 * 科技下乡 (target 100): Q1 10 (at risk), Q2 50 (on track: recovered), Q3 60 (behind: newly behind);
 * 培训群众 (target 40000): on track, on track, Q3 42000 (achieved: newly achieved); 义诊 on track throughout.
 */

const instructions: Grid = {
  name: '说明',
  originRow: 1,
  originCol: 1,
  values: [['本工作簿用于填报目标任务完成情况。'], ['请在“目标任务”表中填写。']],
  merges: [],
};

function one(grid: Grid, file = '2019年目标任务.xlsx'): SheetSource[] {
  return [{ file, grid }];
}

function parseRange(a1: string): CellRange {
  const [a, b] = a1.replace(/\$/g, '').split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b ?? a);
  if (!p || !q) throw new Error(`bad range ${a1}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function cellValue(sheet: SheetLayout, row: number, col: number): string | number | null {
  return sheet.rows[row - 1]?.[col - 1]?.value ?? null;
}

function headings(report: Report): string[] {
  return report.narrative.filter((b) => b.kind === 'heading1').map((b) => b.text);
}

// ───────────────────────────── check-ins over time ─────────────────────────────

describe.each(['zh-CN', 'en-US'] as const)('check-ins Q1 → Q2 → Q3 (%s)', (lang: Lang) => {
  const zh = lang === 'zh-CN';
  const run = (upTo: number, history: readonly CheckInSnapshot[], takenAt?: string): CheckResult =>
    runCheck({
      sources: one(unitGrid('目标任务', upTo)),
      lang,
      date: `2019-${String(upTo * 3 + 1).padStart(2, '0')}-08`,
      history,
      ...(takenAt ? { takenAt } : {}),
    });
  const q1 = run(1, []);
  const q2 = run(2, q1.history);
  const q3 = run(3, q2.history);

  it('records each check-in and carries the history between runs', () => {
    expect(q1.period).toEqual({ kind: 'quarter', quarter: 1 });
    expect(q1.snapshot).toMatchObject({ period: 'Q1', takenAt: '2019-04-08T00:00:00' });
    expect(q1.snapshot.entries).toHaveLength(3);
    expect(q1.history.map((s) => s.period)).toEqual(['Q1']);
    expect(q2.history.map((s) => s.period)).toEqual(['Q1', 'Q2']);
    expect(q3.history.map((s) => s.period)).toEqual(['Q1', 'Q2', 'Q3']);
    const entry = q3.snapshot.entries.find((e) => e.name === '科技下乡');
    expect(entry).toMatchObject({ target: 100, actual: 60, expected: 75, status: 'behind' });
  });

  it('without history: no changes, no trend, no previous-status column, no extra section', () => {
    const r = q1.report;
    expect(r.changes).toBeUndefined();
    expect(r.charts.map((c) => c.id)).not.toContain('completion-trend');
    expect(r.tables.attention.columns.map((c) => c.key)).not.toContain('previousStatus');
    const text = r.narrative.map((b) => b.text).join('\n');
    expect(text).not.toMatch(zh ? /上次对标/ : /last check-in/);
    expect(headings(r)).toHaveLength(3); // two categories and the problems section
    expectClean(r);
  });

  it('Q2: what changed since Q1, in its own numbered section before the problems section', () => {
    const r = q2.report;
    expect(r.changes?.previousPeriod).toBe('Q1');
    expect(r.changes?.recovered.map((c) => c.name)).toEqual(['科技下乡']);
    expect(headings(r)).toEqual(
      zh
        ? [
            '一、职能目标任务完成情况',
            '二、党的建设任务完成情况',
            '三、与上次对标（第一季度）相比的变化情况',
            '四、存在问题和下一步打算',
          ]
        : expect.arrayContaining(['3. Since the last check-in (Q1)']),
    );
    if (!zh) expect(headings(r)[3]).toMatch(/^4\. /);
    expectClean(r);
  });

  it('Q3: newly behind and newly achieved, the previous status in the attention table', () => {
    const r = q3.report;
    expect(r.changes?.previousPeriod).toBe('Q2');
    expect(r.changes?.newlyBehind.map((c) => c.name)).toEqual(['科技下乡']);
    expect(r.changes?.newlyAchieved.map((c) => c.name)).toEqual(['培训群众']);
    const text = r.narrative.map((b) => b.text).join('\n');
    if (zh) {
      expect(text).toContain('新出现进度滞后的有科技下乡（由序时推进转为进度滞后）');
      expect(text).toContain('新完成年度目标的有培训群众（上次为序时推进）');
    } else {
      expect(text).toContain('Newly behind and needing attention: 科技下乡 (from on track to behind)');
      expect(text).toContain('Newly achieved: 培训群众 (on track at the last check-in)');
    }
    const t = r.tables.attention;
    const keys = t.columns.map((c) => c.key);
    expect(keys.indexOf('previousStatus')).toBe(keys.indexOf('status') - 1);
    expect(t.columns[keys.indexOf('previousStatus')].header).toBe(zh ? '上次状态' : 'Previous status');
    expect(t.rows.map((row) => row[keys.indexOf('previousStatus')])).toEqual([zh ? '序时推进' : 'On track']);
    expect(t.numFmts?.[0]).toHaveLength(t.columns.length);
    expectClean(r);
  });

  it('Q3: the trend chart covers the three check-ins and is laid out with the others', () => {
    const chart = q3.report.charts.find((c) => c.id === 'completion-trend');
    expect(chart?.type).toBe('line');
    expect(chart?.categories).toEqual(zh ? ['第一季度', '第二季度', '第三季度'] : ['Q1', 'Q2', 'Q3']);
    expect(chart?.series.map((s) => s.name)).toEqual(['职能目标任务', '党的建设']);
    // 职能目标任务: (0.1 + 0.3) / 2, (0.5 + 0.55) / 2, (0.6 + 1.05) / 2
    expect(chart?.series[0].values).toEqual([0.2, 0.525, 0.825]);
    const sheet = buildReportLayout(q3.report).sheets[0];
    const placed = sheet.charts.find((p) => p.chart.id === 'completion-trend');
    expect(placed).toBeDefined();
    const cats = parseRange(placed?.categoriesRange ?? 'A1');
    const labels: (string | number | null)[] = [];
    for (let row = cats.top; row <= cats.bottom; row++) labels.push(cellValue(sheet, row, cats.left));
    expect(labels).toEqual(chart?.categories);
    placed?.seriesRanges.forEach((range, j) => {
      const r = parseRange(range);
      const values: (string | number | null)[] = [];
      for (let row = r.top; row <= r.bottom; row++) values.push(cellValue(sheet, row, r.left));
      expect(values).toEqual(chart?.series[j].values);
    });
    // not split by a page break
    for (const b of sheet.print.rowBreaks)
      expect(b > (placed?.from.row ?? 0) + 1 && b <= (placed?.to.row ?? 0)).toBe(false);
  });

  it('re-running Q2 replaces its check-in, and the Q2 trend stops at Q2', () => {
    const again = runCheck({
      sources: one(unitGrid('目标任务', 2, { scale: 1 })),
      lang,
      date: '2019-07-20',
      takenAt: '2019-07-20T15:30:00',
      period: { kind: 'quarter', quarter: 2 },
      history: q3.history,
    });
    expect(again.history.map((s) => s.period)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(again.history.filter((s) => s.period === 'Q2')).toHaveLength(1);
    expect(again.history.find((s) => s.period === 'Q2')?.takenAt).toBe('2019-07-20T15:30:00');
    expect(again.report.changes?.previousPeriod).toBe('Q1');
    const trend = again.report.charts.find((c) => c.id === 'completion-trend');
    expect(trend?.categories).toEqual(zh ? ['第一季度', '第二季度'] : ['Q1', 'Q2']);
  });

  it('the history survives the history sheet: rows out, grid back in, same changes', () => {
    const rows = historyToRows(q2.history);
    const grid: Grid = {
      name: zh ? '对标记录' : 'Check-in history',
      originRow: 1,
      originCol: 1,
      values: rows,
      merges: [],
    };
    const back = historyFromGrid(grid);
    expect(back.diagnostics).toEqual([]);
    const again = run(3, back.history);
    expect(again.report.changes?.newlyBehind).toEqual(q3.report.changes?.newlyBehind);
    expect(again.report.narrative).toEqual(q3.report.narrative);
  });
});

// ───────────────────────────── several units ─────────────────────────────

describe.each(['zh-CN', 'en-US'] as const)('several units of the same layout (%s)', (lang: Lang) => {
  const zh = lang === 'zh-CN';
  const sources: SheetSource[] = [
    { file: '汇总.xlsx', grid: unitGrid('商州区', 3) },
    { file: '汇总.xlsx', grid: unitGrid('洛南县', 3, { scale: 2 }) },
    { file: '汇总.xlsx', grid: instructions },
  ];
  const result = runCheck({ sources, lang, date: '2019-10-08' });
  const report = result.report;
  const layout = buildReportLayout(report);
  const sheet = layout.sheets[0];

  it('adds the units up: sums, units reporting, status by the same rules', () => {
    expect(report.consolidation?.units.map((u) => u.name)).toEqual(['商州区', '洛南县']);
    const row = report.consolidation?.consolidated.find((r) => r.name === '科技下乡');
    expect(row).toMatchObject({
      target: 300,
      actual: 180,
      expected: 225,
      status: 'behind',
      units: ['商州区', '洛南县'],
    });
  });

  it('opens with the whole organisation, then a section with a paragraph per unit, then the categories', () => {
    const blocks = report.narrative;
    const firstParagraph = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    expect(firstParagraph).toContain(zh ? '全系统共有2个单位' : '2 units reported across the organisation');
    expect(headings(report)).toEqual(
      zh
        ? [
            '一、各单位目标任务完成情况',
            '二、职能目标任务完成情况',
            '三、党的建设任务完成情况',
            '四、存在问题和下一步打算',
          ]
        : ['1. Units compared', '2. 职能目标任务', '3. 党的建设', '4. Issues and next steps'],
    );
    const at = blocks.findIndex((b) => b.kind === 'heading1');
    expect(blocks[at + 1].text.startsWith('商州区')).toBe(true);
    expect(blocks[at + 2].text.startsWith('洛南县')).toBe(true);
    expect(blocks[at + 3].kind).toBe('heading1');
  });

  it('names the organisation by the unit name when one is given', () => {
    const named = runCheck({ sources, lang, date: '2019-10-08', unitName: '商洛市科协' }).report;
    const p = named.narrative.find((b) => b.kind === 'paragraph')?.text ?? '';
    expect(p).toContain(zh ? '商洛市科协共有2个单位' : 'reported across 商洛市科协');
  });

  it('lays out the consolidated and units tables first, copy-ready, with their rows in the ranges', () => {
    expect(sheet.tables.map((t) => t.name)).toEqual([
      LAYOUT_TABLE_NAMES.consolidated,
      LAYOUT_TABLE_NAMES.units,
      LAYOUT_TABLE_NAMES.indicators,
      LAYOUT_TABLE_NAMES.attention,
    ]);
    const pairs = [report.tables.consolidated, report.tables.units];
    pairs.forEach((table, i) => {
      expect(table).toBeDefined();
      if (!table) return;
      const t = sheet.tables[i];
      const r = parseRange(t.range);
      expect(r.top).toBe(t.headerRow);
      expect(r.left).toBe(1);
      expect(r.right).toBe(table.columns.length);
      expect(r.bottom - r.top).toBe(table.rows.length);
      table.columns.forEach((c, j) => expect(cellValue(sheet, r.top, j + 1)).toBe(c.header));
      table.rows.forEach((cells, k) =>
        cells.forEach((v, j) => expect(cellValue(sheet, r.top + 1 + k, j + 1)).toBe(v)),
      );
      // no merges inside, a thin border on every cell, status as text with its fill
      for (const m of sheet.merges)
        expect(m.left <= r.right && r.left <= m.right && m.top <= r.bottom && r.top <= m.bottom).toBe(false);
      for (let row = r.top; row <= r.bottom; row++)
        for (let c = r.left; c <= r.right; c++)
          expect(sheet.styles[sheet.rows[row - 1]?.[c - 1]?.style ?? '']?.border).toBe('thin');
    });
    const cons = report.tables.consolidated;
    const statusCol = cons?.columns.findIndex((c) => c.key === 'status') ?? -1;
    const nameCol = cons?.columns.findIndex((c) => c.key === 'name') ?? -1;
    expect(nameCol).toBe(2); // 指标 in column C, as in the indicator table
    const top = sheet.tables[0].headerRow;
    expect(cellValue(sheet, top + 1, statusCol + 1)).toBe(zh ? '进度滞后' : 'Behind');
    expect(sheet.rows[top]?.[statusCol]?.style).toBe('status-behind');
    expect(cons?.caption).toMatch(zh ? /^表1 / : /^Table 1\. /);
    expect(report.tables.units?.caption).toMatch(zh ? /^表2 / : /^Table 2\. /);
    expect(report.tables.indicators.caption).toMatch(zh ? /^表3 / : /^Table 3\. /);
    expect(report.tables.attention.caption).toMatch(zh ? /^表4 / : /^Table 4\. /);
  });

  it('charts the units ranking beside its data', () => {
    const placed = sheet.charts.find((p) => p.chart.id === 'units-ranking');
    expect(placed?.chart.categories).toEqual(['商州区', '洛南县']);
    const r = parseRange(placed?.categoriesRange ?? 'A1');
    expect([cellValue(sheet, r.top, r.left), cellValue(sheet, r.bottom, r.left)]).toEqual([
      '商州区',
      '洛南县',
    ]);
  });

  it('adds consolidated and units to the JSON with exactly the contract keys', () => {
    const json = toResultJson(report);
    expect(json.consolidated).toHaveLength(3);
    for (const c of json.consolidated)
      expect(Object.keys(c).sort()).toEqual(
        ['key', 'name', 'unit', 'units', 'target', 'actual', 'expected', 'status'].sort(),
      );
    expect(json.consolidated[0]).toEqual({
      key: '科技下乡',
      name: '科技下乡',
      unit: '场次',
      units: ['商州区', '洛南县'],
      target: 300,
      actual: 180,
      expected: 225,
      status: 'behind',
    });
    expect(json.units.map((u) => Object.keys(u).sort())).toEqual([
      ['byStatus', 'name', 'onPaceShare'],
      ['byStatus', 'name', 'onPaceShare'],
    ]);
    expect(json.units[0]).toMatchObject({ name: '商州区', onPaceShare: 0.6667 });
    expect(json.units[0].byStatus).toEqual({
      achieved: 1,
      on_track: 1,
      behind: 1,
      at_risk: 0,
      missed: 0,
      not_rated: 0,
      no_data: 0,
      invalid: 0,
    });
  });

  it('is clean everywhere', () => expectClean(report));

  it('a unit of measure that disagrees: a diagnostic, a data note, and no sum', () => {
    const mixed = runCheck({
      sources: [
        { file: '汇总.xlsx', grid: unitGrid('商州区', 3) },
        { file: '汇总.xlsx', grid: unitGrid('洛南县', 3, { unit: '万人次' }) },
      ],
      lang,
      date: '2019-10-08',
    }).report;
    const d = mixed.diagnostics.find((x) => x.code === 'unit-mismatch');
    expect(d?.severity).toBe('error');
    const row = mixed.consolidation?.consolidated.find((r) => r.name === '培训群众');
    expect(row).toMatchObject({ kind: 'mismatch', target: null, actual: null, status: 'invalid' });
    const json = toResultJson(mixed).consolidated.find((r) => r.name === '培训群众');
    expect(json).toMatchObject({ target: null, actual: null, expected: null, status: 'invalid' });
    expect(mixed.notes?.[0]).toContain(describeDiagnostic(d as Diagnostic, lang));
    expectClean(mixed);
  });

  it('thirty units: consolidated, ranked and charted, the chart within a page', () => {
    const many = runCheck({
      sources: Array.from({ length: 30 }, (_, i) => ({
        file: '全市.xlsx',
        grid: unitGrid(`单位${String(i + 1).padStart(2, '0')}`, i % 3 === 0 ? 2 : 3, { scale: 1 + (i % 4) }),
      })),
      lang,
      date: '2019-10-08',
      period: { kind: 'quarter', quarter: 3 },
    }).report;
    expect(many.consolidation?.units).toHaveLength(30);
    expect(many.tables.units?.rows).toHaveLength(30);
    expect(many.tables.consolidated?.rows).toHaveLength(3);
    const json = toResultJson(many);
    expect(json.units).toHaveLength(30);
    expect(json.consolidated[0].units).toHaveLength(30);
    const s = buildReportLayout(many).sheets[0];
    const chart = s.charts.find((p) => p.chart.id === 'units-ranking');
    expect(chart?.chart.categories).toHaveLength(30);
    const capacityRows = pageCapacityPt(s.columnWidths) / LINE_HEIGHT_PT;
    expect((chart?.to.row ?? 0) - (chart?.from.row ?? 0)).toBeLessThanOrEqual(capacityRows);
    for (const p of s.charts)
      for (const b of s.print.rowBreaks) expect(b > p.from.row + 1 && b <= p.to.row).toBe(false);
    const units = s.tables.find((t) => t.name === LAYOUT_TABLE_NAMES.units);
    const r = parseRange(units?.range ?? 'A1');
    expect(r.bottom - r.top).toBe(30);
    expect(many.narrative.filter((b) => b.kind === 'paragraph' && /^单位\d\d/.test(b.text))).toHaveLength(30);
    expectClean(many);
  });

  it('names units by file when several files each hold one table, file/sheet when a file holds several', () => {
    const byFile = runCheck({
      sources: [
        { file: 'data/商州区.xlsx', grid: unitGrid('目标任务', 3) },
        { file: 'data/洛南县.xlsx', grid: unitGrid('目标任务', 3, { scale: 2 }) },
      ],
      lang,
      date: '2019-10-08',
    });
    expect(
      toResultJson(byFile.report)
        .units.map((u) => u.name)
        .sort(),
    ).toEqual(['商州区', '洛南县'].sort());
    // the history keeps the units apart although both sheets are called 目标任务
    const keys = byFile.snapshot.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    const mixed = runCheck({
      sources: [
        { file: '商州区.xlsx', grid: unitGrid('一月', 3) },
        { file: '商州区.xlsx', grid: unitGrid('二月', 3) },
        { file: '洛南县.xlsx', grid: unitGrid('目标任务', 3) },
      ],
      lang,
      date: '2019-10-08',
    });
    expect(mixed.report.consolidation?.units.map((u) => u.name).sort()).toEqual(
      ['商州区/一月', '商州区/二月', '洛南县'].sort(),
    );
  });

  it('a single unit: no consolidation, no unit tables or chart, empty arrays in the JSON', () => {
    const single = runCheck({ sources: one(unitGrid('目标任务', 3)), lang, date: '2019-10-08' }).report;
    expect(single.consolidation).toBeUndefined();
    expect(single.tables.consolidated).toBeUndefined();
    expect(single.tables.units).toBeUndefined();
    expect(single.charts.map((c) => c.id)).not.toContain('units-ranking');
    expect(single.tables.indicators.caption).toMatch(zh ? /^表1 / : /^Table 1\. /);
    const json = toResultJson(single);
    expect(json.consolidated).toEqual([]);
    expect(json.units).toEqual([]);
    const s = buildReportLayout(single).sheets[0];
    expect(s.tables.map((t) => t.name)).toEqual([
      LAYOUT_TABLE_NAMES.indicators,
      LAYOUT_TABLE_NAMES.attention,
    ]);
  });

  it('several units with history: changes and units together, sections numbered in order', () => {
    const q2 = runCheck({
      sources: [
        { file: '汇总.xlsx', grid: unitGrid('商州区', 2) },
        { file: '汇总.xlsx', grid: unitGrid('洛南县', 2, { scale: 2 }) },
      ],
      lang,
      date: '2019-07-08',
    });
    const q3 = runCheck({ sources, lang, date: '2019-10-08', history: q2.history }).report;
    expect(q3.changes?.newlyBehind).toHaveLength(2);
    const h = headings(q3);
    expect(h).toHaveLength(5);
    expect(h[3]).toBe(zh ? '四、与上次对标（第二季度）相比的变化情况' : '4. Since the last check-in (Q2)');
    expect(q3.charts.map((c) => c.id)).toEqual(expect.arrayContaining(['completion-trend', 'units-ranking']));
    expectClean(q3);
  });
});

// ───────────────────────────── data notes ─────────────────────────────

describe.each(['zh-CN', 'en-US'] as const)('data notes (%s)', (lang: Lang) => {
  const zh = lang === 'zh-CN';
  const grid = unitGrid('目标任务', 3, {
    extra: [[4, '义务植树', '棵', 500, 100, ERR, 150, null, '办公室']],
    hiddenRows: [4],
  });
  const report = runCheck({
    sources: [
      { file: 'a.xlsx', grid },
      { file: 'a.xlsx', grid: instructions },
      {
        file: 'a.xlsx',
        grid: {
          name: zh ? '对标报告' : 'Target report',
          originRow: 1,
          originCol: 1,
          values: [['x']],
          merges: [],
        },
      },
    ],
    lang,
    date: '2019-10-08',
  }).report;
  const notes = report.notes ?? [];

  it('lists the error cell first, then the sheet not read, then the hidden rows, numbered', () => {
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/^1\./);
    expect(notes[0]).toContain('F7');
    expect(notes[0]).toContain('#DIV/0!');
    expect(notes[1]).toMatch(/^2\./);
    expect(notes[1]).toContain(zh ? '工作表“说明”未读取' : 'Sheet "说明" in a.xlsx was not read');
    expect(notes[2]).toMatch(/^3\./);
    expect(notes[2]).toContain(zh ? '被隐藏' : 'hidden row');
    expect(notes[2]).toContain(zh ? '已照常读取' : 'read as usual');
    // the product's own report sheet is skipped without a note
    expect(notes.join('\n')).not.toMatch(zh ? /对标报告/ : /Target report/);
  });

  it('the layout writes them as a small section after the tables, before the charts', () => {
    const sheet = buildReportLayout(report).sheets[0];
    const caption = sheet.rows.findIndex((r) => r[0]?.value === (zh ? '数据说明' : 'Data notes')) + 1;
    expect(caption).toBeGreaterThan(0);
    notes.forEach((n, i) => expect(cellValue(sheet, caption + 1 + i, 1)).toBe(n));
    const lastTable = Math.max(...sheet.tables.map((t) => parseRange(t.range).bottom));
    expect(caption).toBeGreaterThan(lastTable);
    for (const p of sheet.charts) expect(p.from.row + 1).toBeGreaterThan(caption + notes.length);
    for (let i = 0; i <= notes.length; i++)
      expect(sheet.merges).toContainEqual({
        top: caption + i,
        left: 1,
        bottom: caption + i,
        // across the sheet, as far as one printed page holds
        right: Math.min(sheet.columnWidths.length, columnsOnOnePage(sheet.columnWidths)),
      });
    expectClean(report);
  });

  it('no notes: no section', () => {
    const clean = runCheck({ sources: one(unitGrid('目标任务', 3)), lang, date: '2019-10-08' }).report;
    expect(clean.notes).toEqual([]);
    const sheet = buildReportLayout(clean).sheets[0];
    expect(sheet.rows.some((r) => r[0]?.value === (zh ? '数据说明' : 'Data notes'))).toBe(false);
  });

  it(`caps at ${NOTES_LIMIT} lines, the last saying how many more the JSON holds`, () => {
    const many: Diagnostic[] = Array.from({ length: 45 }, (_, i) => ({
      sheet: '目标任务',
      cell: `F${i + 5}`,
      severity: 'warning',
      code: 'approximate-value',
      params: { text: `${i + 1}多`, value: i + 1 },
    }));
    const error: Diagnostic = {
      sheet: '目标任务',
      cell: 'G9',
      severity: 'error',
      code: 'cell-error',
      params: { text: '#N/A' },
    };
    const lines = buildDataNotes([...many, error], [], lang);
    expect(lines).toHaveLength(NOTES_LIMIT);
    expect(lines[0]).toContain('G9'); // errors first
    expect(lines[NOTES_LIMIT - 1]).toBe(
      zh
        ? '另有17条提示未逐条列出（检查结果和JSON结果中有完整清单）。'
        : '17 more notes are not listed here (the check results and the JSON result list them all).',
    );
    expect(lines.slice(0, -1).every((l, i) => l.startsWith(`${i + 1}.`))).toBe(true);
    expect(lines.flatMap(junk)).toEqual([]);
    expect(buildDataNotes(many.slice(0, NOTES_LIMIT), [], lang)).toHaveLength(NOTES_LIMIT);
    expect(buildDataNotes(many.slice(0, NOTES_LIMIT), [], lang).join('')).not.toMatch(/JSON/);
  });
});
