import {
  type CellRange,
  DEFAULT_THRESHOLDS,
  type Evaluation,
  type Lang,
  type LayoutCell,
  MARKER_CELL,
  type NarrativeBlock,
  type Report,
  REPORT_MARKER,
  REPORT_SHEET_NAME,
  type SheetLayout,
  type Status,
  STATUSES,
} from '../../src/engine/model';
import { buildAttentionTable } from './helpers';
import { parseCellAddress } from '../../src/engine/core/address';
import {
  buildReportLayout,
  chartHeightRows,
  columnsOnOnePage,
  columnWidthPt,
  LAYOUT_TABLE_NAMES,
  LINE_HEIGHT_PT,
  MIN_PRINT_SCALE,
  pageCapacityPt,
  printFit,
} from '../../src/engine/layout/layout';
import { headerWordWidth } from '../../src/engine/wording/tables';
import { statusLabel } from '../../src/engine/locale/index';
import { countStatuses } from '../../src/engine/report/counts';
import { buildChartSpecs } from '../../src/engine/wording/charts';
import { buildIndicatorTable } from '../../src/engine/wording/tables';
import { makeEvaluation } from '../support/evaluations';
import { expectNoJunk } from '../support/text';

const Q3 = { kind: 'quarter', quarter: 3 } as const;

const STATUS_CYCLE: Status[] = ['achieved', 'on_track', 'behind', 'at_risk', 'missed', 'no_data', 'invalid'];

function evaluations(n: number): Evaluation[] {
  return Array.from({ length: n }, (_, i) => {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    const actual = status === 'no_data' || status === 'invalid' ? null : [120, 80, 68, 40, 90][i % 5];
    return makeEvaluation({
      name:
        i === 1
          ? '=SUM(A1:A9)'
          : i === 2
            ? '+86 热线'
            : i === 3
              ? '-减少事故'
              : i === 4
                ? '@提及'
                : `指标${i + 1}科技下乡活动`,
      category: i < n / 2 ? '职能目标任务' : '党的建设',
      unit: '场次',
      owner: '科普部',
      target: status === 'invalid' ? null : 100,
      actual,
      expected: status === 'invalid' ? null : 75,
      status,
      row: 5 + i,
    });
  });
}

function makeReport(lang: Lang, evs: Evaluation[], narrative?: NarrativeBlock[]): Report {
  const zh = lang === 'zh-CN';
  const title = zh
    ? '商洛市科学技术协会2019年第三季度目标任务完成情况对标报告'
    : 'Target report: Acme, Q3 2019';
  return {
    options: {
      lang,
      period: { kind: 'quarter', quarter: 3 },
      thresholds: DEFAULT_THRESHOLDS,
      date: '2019-10-10',
    },
    title,
    counts: countStatuses(evs),
    evaluations: evs,
    narrative: narrative ?? [
      { kind: 'title', text: title },
      { kind: 'subtitle', text: zh ? '（截至第三季度）' : 'As of Q3' },
      {
        kind: 'paragraph',
        text: (zh ? '截至第三季度，共监测目标任务12项。' : 'As of Q3, 12 targets were monitored. ').repeat(
          12,
        ),
      },
      { kind: 'heading1', text: zh ? '一、职能目标任务完成情况' : '1. Core tasks' },
      { kind: 'paragraph', text: zh ? '科技下乡完成184场次。' : 'Outreach: 184 events.' },
      { kind: 'signature', text: zh ? '商洛市科学技术协会' : 'Acme' },
    ],
    tables: { indicators: buildIndicatorTable(evs, lang), attention: buildAttentionTable(evs, lang) },
    charts: buildChartSpecs(evs, lang, null, Q3),
    diagnostics: [],
    skippedSheets: [],
  };
}

function cell(sheet: SheetLayout, row: number, col: number): LayoutCell | null {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

function parseRange(a1: string): CellRange {
  const [a, b] = a1.replace(/\$/g, '').split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b ?? a);
  if (!p || !q) throw new Error(`bad range ${a1}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Values of a one-column range. */
function columnValues(sheet: SheetLayout, a1: string): (string | number | null)[] {
  const r = parseRange(a1);
  expect(r.left).toBe(r.right);
  const out: (string | number | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(cell(sheet, row, r.left)?.value ?? null);
  return out;
}

describe.each(['zh-CN', 'en-US'] as const)('buildReportLayout (%s)', (lang) => {
  const evs = evaluations(14);
  const report = makeReport(lang, evs);
  const layout = buildReportLayout(report);
  const sheet = layout.sheets[0];
  const width = Math.max(report.tables.indicators.columns.length, report.tables.attention.columns.length);

  it('writes one sheet with the report name', () => {
    expect(layout.sheets).toHaveLength(1);
    expect(sheet.name).toBe(REPORT_SHEET_NAME[lang]);
  });

  it('puts the title in row 1 merged across the table width (as far as a printed page holds), and the period line in row 2', () => {
    const right = Math.min(width, columnsOnOnePage(sheet.columnWidths));
    expect(cell(sheet, 1, 1)).toEqual({ value: report.title, style: 'title' });
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right });
    expect(sheet.merges).toContainEqual({ top: 2, left: 1, bottom: 2, right });
    expect(cell(sheet, 2, 1)?.value).toBe(lang === 'zh-CN' ? '（截至第三季度）' : 'As of Q3');
    expect(sheet.styles.title.bold).toBe(true);
  });

  it('writes the marker near A1, in white, where the reader looks for it', () => {
    const marker = cell(sheet, MARKER_CELL.row, MARKER_CELL.col);
    expect(marker?.value).toBe(REPORT_MARKER);
    expect(sheet.styles[marker?.style ?? ''].fontColor).toBe('FFFFFF');
    expect(MARKER_CELL.row).toBeLessThanOrEqual(5);
    expect(MARKER_CELL.col).toBeLessThanOrEqual(12);
    const all = sheet.rows.flat().filter((c) => c?.value === REPORT_MARKER);
    expect(all).toHaveLength(1);
    // the marker cell is not inside a merge
    const at = {
      top: MARKER_CELL.row,
      left: MARKER_CELL.col,
      bottom: MARKER_CELL.row,
      right: MARKER_CELL.col,
    };
    expect(sheet.merges.some((m) => overlaps(m, at))).toBe(false);
  });

  it('writes the count per status with share, status text and status style', () => {
    // "Not rated" is listed only when some indicator is not rated (the sample has none).
    expect(report.counts.byStatus.not_rated).toBe(0);
    const shown = STATUSES.filter((s) => s !== 'not_rated');
    const labels = shown.map((s) => statusLabel(s, lang));
    const labelRow = sheet.rows.findIndex((r) => r[0]?.value === labels[0]) + 1;
    expect(labelRow).toBeGreaterThan(2);
    expect(sheet.rows.some((r) => r.some((c) => c?.value === statusLabel('not_rated', lang)))).toBe(false);
    shown.forEach((s, i) => {
      expect(cell(sheet, labelRow + i, 1)).toEqual({ value: labels[i], style: `status-${s}` });
      expect(cell(sheet, labelRow + i, 2)?.value).toBe(report.counts.byStatus[s]);
      expect(cell(sheet, labelRow + i, 3)?.value).toBeCloseTo(
        report.counts.byStatus[s] / report.counts.total,
        10,
      );
    });
    expect(cell(sheet, labelRow + shown.length, 2)?.value).toBe(report.counts.total);
  });

  it("at the year's end, counts the pace's statuses only where a row has one", () => {
    const year = makeReport(
      lang,
      (['achieved', 'missed', 'missed', 'behind'] as const).map((status, i) =>
        makeEvaluation({ name: `指标${i + 1}`, target: 10, actual: 8, expected: 10, status }),
      ),
    );
    const yearEnd = { ...year, options: { ...year.options, period: { kind: 'year' as const } } };
    const firstColumn = (r: Report) => buildReportLayout(r).sheets[0].rows.map((row) => row[0]?.value);
    const shown = firstColumn(yearEnd);
    for (const s of ['achieved', 'missed', 'behind', 'no_data', 'invalid'] as const)
      expect(shown).toContain(statusLabel(s, lang));
    expect(shown).not.toContain(statusLabel('on_track', lang));
    expect(shown).not.toContain(statusLabel('at_risk', lang));
    // Results to date that nothing dates: the year under way, every status counted.
    const toDate = {
      ...yearEnd,
      options: { ...yearEnd.options, periodSource: { kind: 'to-date' as const } },
    };
    expect(firstColumn(toDate)).toContain(statusLabel('on_track', lang));
    expect(firstColumn(year)).toContain(statusLabel('at_risk', lang));
  });

  it('writes each narrative paragraph merged and wrapped, with a height that grows with its length', () => {
    const paragraphs = report.narrative.filter((b) => b.kind === 'paragraph');
    const rows = paragraphs.map(
      (p) =>
        sheet.rows.findIndex(
          (r) => typeof r[0]?.value === 'string' && (r[0].value as string).includes(p.text.trim()),
        ) + 1,
    );
    rows.forEach((r) => {
      expect(r).toBeGreaterThan(0);
      const right = Math.min(width, columnsOnOnePage(sheet.columnWidths));
      expect(sheet.merges).toContainEqual({ top: r, left: 1, bottom: r, right });
      expect(sheet.styles[cell(sheet, r, 1)?.style ?? ''].wrap).toBe(true);
    });
    const [long, short] = rows.map((r) => sheet.rowHeights?.[r] ?? LINE_HEIGHT_PT);
    expect(long).toBeGreaterThan(2 * LINE_HEIGHT_PT);
    expect(short).toBeLessThan(long);
    // zh-CN paragraphs are indented two characters like an official document
    if (lang === 'zh-CN') expect(cell(sheet, rows[1], 1)?.value).toBe('\u3000\u3000科技下乡完成184场次。');
  });

  it('lays out both tables with one header row, the right ranges and names', () => {
    expect(sheet.tables.map((t) => t.name)).toEqual([
      LAYOUT_TABLE_NAMES.indicators,
      LAYOUT_TABLE_NAMES.attention,
    ]);
    const pairs = [report.tables.indicators, report.tables.attention] as const;
    sheet.tables.forEach((t, i) => {
      const table = pairs[i];
      const r = parseRange(t.range);
      expect(r.top).toBe(t.headerRow);
      expect(r.left).toBe(1);
      expect(r.right).toBe(table.columns.length);
      expect(r.bottom - r.top).toBe(table.rows.length);
      table.columns.forEach((c, j) =>
        expect(cell(sheet, t.headerRow, j + 1)).toEqual({ value: c.header, style: 'table-header' }),
      );
      // one header row: the next row is data, exactly the table's first row
      table.rows[0].forEach((v, j) => expect(cell(sheet, t.headerRow + 1, j + 1)?.value ?? null).toBe(v));
      for (let row = t.headerRow + 1; row <= r.bottom; row++) {
        for (let c = 1; c <= r.right; c++) expect(cell(sheet, row, c)?.style).not.toBe('table-header');
      }
    });
  });

  it('has no merged cells inside the tables', () => {
    for (const t of sheet.tables) {
      const r = parseRange(t.range);
      for (const m of sheet.merges) expect(overlaps(m, r)).toBe(false);
    }
  });

  it('gives every table cell a thin border and status cells their colour and text', () => {
    const t = sheet.tables[0];
    const r = parseRange(t.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let c = 1; c <= r.right; c++) {
        const style = sheet.styles[cell(sheet, row, c)?.style ?? ''];
        expect(style?.border).toBe('thin');
      }
    }
    const statusCol = report.tables.indicators.columns.findIndex((c) => c.kind === 'status') + 1;
    evs.forEach((e, i) => {
      const c = cell(sheet, t.headerRow + 1 + i, statusCol);
      expect(c?.value).toBe(statusLabel(e.status, lang));
      expect(c?.style).toBe(`status-${e.status}`);
      expect(sheet.styles[`status-${e.status}`].fill).toMatch(/^[0-9A-F]{6}$/);
    });
  });

  it('gives completion and pace cells a one-decimal percent format and numbers an integer format', () => {
    const t = sheet.tables[0];
    const cols = report.tables.indicators.columns;
    const completion = cols.findIndex((c) => c.key === 'completion') + 1;
    const target = cols.findIndex((c) => c.key === 'target') + 1;
    const first = t.headerRow + 1;
    expect(sheet.styles[cell(sheet, first, completion)?.style ?? ''].numFmt).toBe('0.0%');
    expect(sheet.styles[cell(sheet, first, target)?.style ?? ''].numFmt).toBe('#,##0');
  });

  it('keeps strings starting with = + - @ as plain strings', () => {
    const all = sheet.rows.flat().map((c) => c?.value);
    for (const s of ['=SUM(A1:A9)', '+86 热线', '-减少事故', '@提及']) expect(all).toContain(s);
    const nameCol = report.tables.indicators.columns.findIndex((c) => c.key === 'name') + 1;
    expect(cell(sheet, sheet.tables[0].headerRow + 2, nameCol)?.value).toBe('=SUM(A1:A9)');
  });

  it('references only styles it defines', () => {
    for (const c of sheet.rows.flat()) if (c?.style) expect(sheet.styles[c.style]).toBeDefined();
  });

  it("points every chart's data ranges at cells holding the chart's categories and values", () => {
    expect(sheet.charts.map((c) => c.chart.id)).toEqual([
      'completion-by-category',
      'attention',
      'pace-gap',
      'status-count',
    ]);
    for (const p of sheet.charts) {
      expect(columnValues(sheet, p.categoriesRange)).toEqual(p.chart.categories);
      expect(p.seriesRanges).toHaveLength(p.chart.series.length);
      p.seriesRanges.forEach((range, j) =>
        expect(columnValues(sheet, range)).toEqual(p.chart.series[j].values),
      );
      expect(p.categoriesRange).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
    }
  });

  it('places each chart below the tables, above its data, within the printed page width', () => {
    const lastTableRow = Math.max(...sheet.tables.map((t) => parseRange(t.range).bottom));
    const across = columnsOnOnePage(sheet.columnWidths);
    for (const p of sheet.charts) {
      expect(p.from.row + 1).toBeGreaterThan(lastTableRow);
      expect(p.from.col).toBe(0);
      expect(p.to.col).toBe(across);
      expect(p.to.col).toBeLessThanOrEqual(width);
      const data = parseRange(p.categoriesRange);
      expect(data.top).toBeGreaterThan(p.to.row);
      expect(p.to.row - p.from.row).toBe(chartHeightRows(p.chart));
    }
    // charts do not overlap one another
    for (let i = 1; i < sheet.charts.length; i++)
      expect(sheet.charts[i].from.row).toBeGreaterThanOrEqual(sheet.charts[i - 1].to.row);
  });

  it('puts each chart block on a page of its own', () => {
    const breaks = sheet.print.rowBreaks;
    const firstChartRow = Math.min(...sheet.charts.map((p) => p.from.row + 1));
    for (const p of sheet.charts.slice(1)) expect(breaks).toContain(p.from.row + 1);
    // the first chart shares its page with the section's caption only
    expect(breaks).toContain(firstChartRow - 1);
  });

  it('merges the title and the narrative across the columns of one printed page only', () => {
    const across = columnsOnOnePage(sheet.columnWidths);
    const titleMerge = sheet.merges.find((m) => m.top === 1 && m.left === 1);
    expect(titleMerge?.right).toBe(across);
    for (const m of sheet.merges)
      if (m.left === 1 && m.top === m.bottom) expect(m.right).toBeLessThanOrEqual(across);
  });

  it('prints on A4 at 9 pt or more, a page per table, with no chart split across pages', () => {
    const fit = printFit(sheet.columnWidths);
    expect(sheet.print).toMatchObject({
      orientation: fit.orientation,
      paper: 'A4',
      fitToWidth: fit.fitToWidth,
    });
    expect(fit.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    const breaks = sheet.print.rowBreaks;
    // a page break before each table's caption; tables of a page each repeat no header (it would print
    // above the next table)
    for (const t of sheet.tables) expect(breaks).toContain(parseRange(t.range).top - 1);
    expect(sheet.print.titleRow).toBeUndefined();
    expect(breaks.length).toBeGreaterThan(0);
    // the chart section starts on a new page
    const firstChartRow = Math.min(...sheet.charts.map((p) => p.from.row + 1));
    expect(breaks.some((b) => b <= firstChartRow && b > parseRange(sheet.tables[1].range).bottom)).toBe(true);
    // no break falls inside a chart's rows
    for (const p of sheet.charts) {
      const top = p.from.row + 1;
      const bottom = p.to.row;
      for (const b of breaks) expect(b > top && b <= bottom).toBe(false);
    }
    // from each break, the chart rows on that page fit the page's capacity
    const capacity = pageCapacityPt(sheet.columnWidths);
    const sorted = [...breaks].sort((a, b) => a - b);
    for (const p of sheet.charts) {
      const pageStart = Math.max(...sorted.filter((b) => b <= p.from.row + 1));
      let h = 0;
      for (let r = pageStart; r <= p.to.row; r++) h += sheet.rowHeights?.[r] ?? LINE_HEIGHT_PT;
      expect(h).toBeLessThanOrEqual(capacity);
    }
  });

  it('sets column widths that fit, CJK counting double', () => {
    expect(sheet.columnWidths).toHaveLength(width);
    for (const w of sheet.columnWidths) {
      expect(w).toBeGreaterThanOrEqual(4);
      expect(w).toBeLessThanOrEqual(40);
    }
    const nameCol = report.tables.indicators.columns.findIndex((c) => c.key === 'name');
    // 指标1科技下乡活动 ≈ 8 CJK + digits: wider than 16
    expect(sheet.columnWidths[nameCol]).toBeGreaterThan(16);
  });
});

describe('printFit', () => {
  it('portrait when the sheet fits there at 9 pt, landscape when only that does, else a 9 pt scale across pages', () => {
    const narrow = printFit(Array.from({ length: 8 }, () => 10));
    expect(narrow).toMatchObject({ orientation: 'portrait', fitToWidth: true });
    const medium = printFit(Array.from({ length: 12 }, () => 12));
    expect(medium).toMatchObject({ orientation: 'landscape', fitToWidth: true });
    expect(medium.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    const wide = printFit(Array.from({ length: 30 }, () => 14));
    expect(wide).toEqual({ orientation: 'landscape', fitToWidth: false, scale: MIN_PRINT_SCALE });
    // 11 pt text at that scale prints at 9 pt
    expect(11 * wide.scale).toBeCloseTo(9, 10);
  });

  it('the columns one printed page holds across: all when fitted, else as many as fit at the 9 pt scale', () => {
    expect(columnsOnOnePage(Array.from({ length: 12 }, () => 12))).toBe(12);
    const wide = Array.from({ length: 30 }, () => 14);
    const n = columnsOnOnePage(wide);
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(30);
    const pt = (k: number) => wide.slice(0, k).reduce((s, w) => s + columnWidthPt(w), 0) * MIN_PRINT_SCALE;
    expect(pt(n)).toBeLessThanOrEqual(741 * 0.8);
    expect(pt(n + 1)).toBeGreaterThan(741 * 0.8);
  });
});

describe('buildReportLayout edge cases', () => {
  it('writes a note instead of an empty attention table, and no charts without data', () => {
    const evs = [makeEvaluation({ name: 'a', target: 10, actual: 12, expected: 7.5, status: 'achieved' })];
    const report = { ...makeReport('zh-CN', evs), charts: [] };
    const sheet = buildReportLayout(report).sheets[0];
    expect(sheet.tables.map((t) => t.name)).toEqual([LAYOUT_TABLE_NAMES.indicators]);
    expect(sheet.rows.flat().some((c) => c?.value === '无需关注的目标任务。')).toBe(true);
    expect(sheet.charts).toEqual([]);
    // The one break: before the table's caption, so the narrative's pages end there.
    expect(sheet.print.rowBreaks).toEqual([parseRange(sheet.tables[0].range).top - 1]);
  });

  it('builds its own period line when the narrative has none', () => {
    const evs = evaluations(3);
    const sheet = buildReportLayout(makeReport('en-US', evs, [{ kind: 'paragraph', text: 'Text.' }]))
      .sheets[0];
    expect(cell(sheet, 2, 1)?.value).toBe('As of Q3 · 10 October 2019');
  });

  it('breaks pages between chart blocks when the sheet is narrow', () => {
    const evs = evaluations(40);
    const sheet = buildReportLayout(makeReport('zh-CN', evs)).sheets[0];
    expect(sheet.charts).toHaveLength(4);
    expect(sheet.print.rowBreaks.length).toBeGreaterThanOrEqual(2);
    for (const p of sheet.charts) {
      for (const b of sheet.print.rowBreaks) expect(b > p.from.row + 1 && b <= p.to.row).toBe(false);
    }
  });

  it('never writes NaN, undefined or null as text', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const sheet = buildReportLayout(makeReport(lang, evaluations(9))).sheets[0];
      for (const c of sheet.rows.flat()) {
        if (typeof c?.value === 'string') expectNoJunk(c.value, { marks: false });
        if (typeof c?.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
      }
    }
  });

  it('gives a chart with a wide data block the printed page width, and lays out extra tables first', () => {
    const evs = evaluations(6);
    const base = makeReport('zh-CN', evs);
    const wide = {
      id: 'completion-trend',
      type: 'line' as const,
      title: '趋势',
      categories: ['第一季度', '第二季度'],
      series: Array.from({ length: 9 }, (_, i) => ({ name: `类别${i + 1}`, values: [0.5, 0.6] })),
      percentAxis: true,
    };
    const extra = { ...base.tables.indicators, name: 'Units', caption: '表 各单位', rowStatus: undefined };
    const sheet = buildReportLayout({
      ...base,
      charts: [wide],
      tables: { ...base.tables, units: extra },
    }).sheets[0];
    const p = sheet.charts[0];
    expect(p.to.col - p.from.col).toBe(columnsOnOnePage(sheet.columnWidths));
    expect(sheet.tables.map((t) => t.name)).toEqual([
      LAYOUT_TABLE_NAMES.units,
      LAYOUT_TABLE_NAMES.indicators,
      LAYOUT_TABLE_NAMES.attention,
    ]);
    expect(cell(sheet, sheet.tables[0].headerRow - 1, 1)?.value).toBe('表 各单位');
  });
});

describe('a table longer than a printed page', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    '%s: its header repeats on every page; the sheet fits the page width at 9 pt or more',
    (lang) => {
      const sheet = buildReportLayout(makeReport(lang, evaluations(120))).sheets[0];
      const indicators = sheet.tables.find((t) => t.name === LAYOUT_TABLE_NAMES.indicators);
      expect(sheet.print.titleRow).toBe(indicators?.headerRow);
      const fit = printFit(sheet.columnWidths);
      expect(fit.fitToWidth).toBe(true);
      expect(fit.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    },
  );

  it('a sheet too wide for the page gives up width in its text columns, never below a word of its header', () => {
    const long = evaluations(40).map((e, i) =>
      i % 3 === 0
        ? {
            ...e,
            indicator: {
              ...e.indicator,
              name: '开展面向农村基层干部群众的实用技术培训和科普宣传教育活动'.repeat(2),
            },
          }
        : e,
    );
    const sheet = buildReportLayout(makeReport('zh-CN', long)).sheets[0];
    const fit = printFit(sheet.columnWidths);
    expect(fit.fitToWidth).toBe(true);
    expect(fit.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    const indicators = sheet.tables.find((t) => t.name === LAYOUT_TABLE_NAMES.indicators);
    const range = parseRange(indicators!.range);
    // every header fits its column in whole words; the long names wrap onto taller rows
    for (let c = range.left; c <= range.right; c++) {
      const header = String(cell(sheet, indicators!.headerRow, c)?.value ?? '');
      expect(sheet.columnWidths[c - 1]).toBeGreaterThanOrEqual(Math.min(headerWordWidth(header), 9));
    }
    const tall = Object.values(sheet.rowHeights ?? {}).filter((h) => h > LINE_HEIGHT_PT);
    expect(tall.length).toBeGreaterThan(0);
  });
});
