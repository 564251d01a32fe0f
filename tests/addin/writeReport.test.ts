import { createExcelDouble, type DoubleSheetInit, type ExcelDouble } from '../support/excelDouble';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { OWNED_SHEETS_KEY, REPORT_FINGERPRINTS_KEY } from '../../src/addin/excel/settings';
import { PortError } from '../../src/addin/port';
import {
  type ChartPlacement,
  historyToRows,
  type LayoutCell,
  REPORT_MARKER,
  REPORT_SHEET_NAME,
  type ReportLayout,
  type SheetLayout,
  type Status,
} from '../../src/engine';
import { VARIANCE_CHART } from '../support/varianceChart';

const REPORT = REPORT_SHEET_NAME['zh-CN'];
const STATUSES: Status[] = ['achieved', 'on_track', 'behind', 'at_risk', 'missed'];
const FOUR_MB = 4 * 1024 * 1024;

/** A report layout shaped like the real one: title, narrative, an indicator table with a status colour per row, a chart. */
function makeLayout(n: number, extraTexts: string[] = []): ReportLayout {
  const rows: (LayoutCell | null)[][] = [];
  rows.push([{ value: '2025年一季度目标对标报告', style: 'title' }]);
  // The marker that (with the sheet id in the settings) makes the sheet the add-in's own, as the engine's
  // layout writes it near A1.
  rows.push([
    { value: '截至一季度末，共有指标' + n + '项。', style: 'para' },
    null,
    null,
    null,
    null,
    null,
    { value: REPORT_MARKER },
  ]);
  for (const t of extraTexts) rows.push([{ value: t, style: 'para' }]);
  const header = ['序号', '指标名称', '年度目标', '累计完成', '完成率', '状态'];
  const headerRow = rows.length + 1;
  rows.push(header.map((h) => ({ value: h, style: 'header' })));
  for (let i = 0; i < n; i++) {
    const status = STATUSES[(i * 7) % STATUSES.length];
    rows.push([
      { value: i + 1, style: 'cell' },
      { value: `指标${i + 1}`, style: 'cell' },
      { value: 1000 + i, style: 'num' },
      { value: 250 + (i % 500), style: 'num' },
      { value: 0.25 + (i % 100) / 100, style: 'pct' },
      { value: status, style: `st_${status}` },
    ]);
  }
  const last = rows.length;
  const chartTop = rows.length + 2;
  rows.push([]);
  const cats = ['经济发展', '民生保障', '科技创新'];
  cats.forEach((c, k) =>
    rows.push([
      { value: c, style: 'cell' },
      { value: 0.8 + k / 10, style: 'pct' },
    ]),
  );
  const chart: ChartPlacement = {
    chart: {
      id: 'completion-by-category',
      type: 'bar',
      title: '各类别完成率',
      categories: cats,
      series: [{ name: '完成率', values: [0.8, 0.9, 1.0], color: '4472C4' }],
      referenceLine: { value: 1, label: '100%' },
      percentAxis: true,
      valueAxisTitle: '完成率',
    },
    categoriesRange: `$A$${chartTop}:$A$${chartTop + 2}`,
    seriesRanges: [`$B$${chartTop}:$B$${chartTop + 2}`],
    from: { row: chartTop + 3, col: 0 },
    to: { row: chartTop + 20, col: 6 },
  };
  const sheet: SheetLayout = {
    name: REPORT,
    columnWidths: [6, 30, 12, 12, 10, 10],
    rows,
    rowHeights: { 1: 28 },
    merges: [{ top: 1, left: 1, bottom: 1, right: 6 }],
    styles: {
      title: { bold: true, fontSize: 16, hAlign: 'center' },
      para: { wrap: true },
      header: { bold: true, fill: 'D9E1F2', border: 'thin', hAlign: 'center' },
      cell: { border: 'thin' },
      num: { border: 'thin', numFmt: '#,##0' },
      pct: { border: 'thin', numFmt: '0.0%' },
      st_achieved: { border: 'thin', fill: 'C6EFCE' },
      st_on_track: { border: 'thin', fill: 'E2EFDA' },
      st_behind: { border: 'thin', fill: 'FFEB9C' },
      st_at_risk: { border: 'thin', fill: 'FFC7CE' },
      st_missed: { border: 'thin', fill: 'FF9999', bold: true },
    },
    tables: [
      { name: 'indicators', range: `A${headerRow}:F${last}`, headerRow },
      { name: 'attention', range: `A${headerRow}:F${headerRow + 1}`, headerRow },
    ],
    charts: [chart],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [headerRow] },
    freeze: { row: headerRow },
  };
  return { sheets: [sheet] };
}

function sourceSheets(): DoubleSheetInit[] {
  return [
    {
      name: '指标',
      values: [
        ['序号', '指标名称', '年度目标', '一季度', '备注'],
        [1, '=不是公式', 100, 30, '+86 电话'],
        [2, '科普活动', 50, { error: '#N/A' }, '@user'],
        [3, '合计', 150, 30, null],
      ],
      formulas: [[], [], [], [null, null, '=C2+C3', '=SUM(D2:D3)']],
      numberFormats: [[], [null, null, '#,##0', '0.0%']],
      merges: ['A5:B5'],
    },
    { name: 'Other', values: [['keep me', 1]] },
  ];
}

function setup(
  requirementSets?: Record<string, string>,
  extra: DoubleSheetInit[] = [],
): { d: ExcelDouble; port: ReturnType<typeof createExcelPort> } {
  const d = createExcelDouble({ sheets: [...sourceSheets(), ...extra], requirementSets });
  return { d, port: createExcelPort(d.run, d.host) };
}

async function counted<T>(
  d: ExcelDouble,
  fn: () => Promise<T>,
): Promise<{ result: T; syncs: number; payloads: number[] }> {
  const from = d.syncCount;
  const result = await fn();
  return { result, syncs: d.syncCount - from, payloads: d.syncPayloads.slice(from) };
}

describe('writeReport', () => {
  test('writes values, styles, merges, sizes, panes, print set-up and a chart with a 100 % line', async () => {
    const { d, port } = setup();
    const layout = makeLayout(3);
    const result = await port.writeReport(layout);
    expect(result).toEqual({ sheetName: REPORT, indicatorTableRange: 'A3:F6', attentionTableRange: 'A3:F4' });
    const s = d.sheet(REPORT);
    expect(d.cell(REPORT, 'A1')?.value).toBe('2025年一季度目标对标报告');
    expect(d.cell(REPORT, 'A1')?.format).toMatchObject({
      'font.bold': true,
      'font.size': 16,
      horizontalAlignment: 'Center',
    });
    expect(d.cell(REPORT, 'C4')).toMatchObject({ value: 1000, numberFormat: '#,##0' });
    expect(d.cell(REPORT, 'E4')?.numberFormat).toBe('0.0%');
    expect(d.cell(REPORT, 'F4')?.format?.['fill.color']).toBe('#C6EFCE');
    expect(d.cell(REPORT, 'B5')?.format?.['border.EdgeTop.style']).toBe('Continuous');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(s.columnWidths.get(1)).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(s.rowHeights.get(0)).toBe(28);
    expect(s.freezeRows).toBe(3);
    expect(s.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
    });
    expect(s.rowBreaks).toEqual(['A3']);
    expect(s.charts).toHaveLength(1);
    const chart = s.charts[0];
    expect(chart).toMatchObject({
      title: '各类别完成率',
      valueAxisTitle: '完成率',
      valueAxisNumberFormat: '0%',
    });
    expect(chart.type).toBe('ColumnClustered'); // bar + line is drawn as columns + line
    expect(chart.series.map((x) => x.name)).toEqual(['完成率', '100%']);
    expect(chart.series[1].chartType).toBe('Line');
    // the 100 % line's values live in a helper column right of the report
    const ref = chart.series[1].values as string;
    const refCell = ref.split('!')[1].split(':')[0];
    expect(d.cell(REPORT, refCell)?.value).toBe(1);
    expect(chart.series[0].xValues).toBe(chart.series[1].xValues);
    expect(d.workbookState.activeSheetId).toBe(s.id);
    expect(d.host.settings.saved[OWNED_SHEETS_KEY]).toEqual([s.id]);
  });

  test('print set-up: portrait or a 9 pt print scale, and the header row repeated on every page', async () => {
    const { d, port } = setup();
    const base = makeLayout(3);
    const sheet = base.sheets[0];
    await port.writeReport({
      sheets: [
        {
          ...sheet,
          print: { ...sheet.print, orientation: 'portrait', fitToWidth: false, scale: 82, titleRow: 3 },
        },
      ],
    });
    expect(d.sheet(REPORT).pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { scale: 82 },
      printTitleRows: '$3:$3',
    });
    // ExcelApi 1.7: no page layout at all, the report still written.
    const old = setup({ ExcelApi: '1.7' });
    await old.port.writeReport({ sheets: [{ ...sheet, print: { ...sheet.print, titleRow: 3 } }] });
    expect(old.d.sheet(REPORT).pageLayout).toEqual({});
  });

  test('draws the variance chart: horizontal bars, red behind and green ahead over each other, labelled, first at the top', async () => {
    const variance = (layout: ReportLayout): ReportLayout => {
      const sheet = layout.sheets[0];
      const [chart] = sheet.charts;
      const placement: ChartPlacement = {
        ...chart,
        chart: VARIANCE_CHART,
        seriesRanges: [chart.seriesRanges[0], chart.seriesRanges[0].replace(/\$B/g, '$C')],
      };
      return { sheets: [{ ...sheet, charts: [placement] }] };
    };
    const { d, port } = setup();
    await port.writeReport(variance(makeLayout(3)));
    const [chart] = d.sheet(REPORT).charts;
    expect(chart.type).toBe('BarClustered');
    expect(chart.categoryReversed).toBe(true);
    expect(chart.categoryLabelPosition).toBe('Low');
    expect(chart.series.map((x) => [x.name, x.fill, x.overlap, x.hasDataLabels, x.labelFormat])).toEqual([
      ['落后序时进度', '#C00000', 100, true, '0.0%'],
      ['超前序时进度', '#00B050', 100, true, '0.0%'],
    ]);
    expect(chart.series.some((x) => x.chartType === 'Line')).toBe(false);
    // ExcelApi 1.7: the bars stand side by side, still coloured and labelled.
    const old = setup({ ExcelApi: '1.7' });
    await old.port.writeReport(variance(makeLayout(3)));
    const [plain] = old.d.sheet(REPORT).charts;
    expect(plain.series.map((x) => [x.fill, x.overlap, x.hasDataLabels])).toEqual([
      ['#C00000', undefined, true],
      ['#00B050', undefined, true],
    ]);
    expect(plain.categoryLabelPosition).toBeUndefined();
  });

  test('labels every category of a chart, in 8 pt when the layout wrapped its labels onto two lines', async () => {
    const wrapped = (layout: ReportLayout): ReportLayout => {
      const sheet = layout.sheets[0];
      const [chart] = sheet.charts;
      const categories = chart.chart.categories.map((c) => `${c}\n（商州区科协）`);
      return { sheets: [{ ...sheet, charts: [{ ...chart, chart: { ...chart.chart, categories } }] }] };
    };
    const { d, port } = setup({ ExcelApi: '1.7' });
    await port.writeReport(makeLayout(3));
    expect(d.sheet(REPORT).charts[0]).toMatchObject({ categoryLabelSpacing: 1, categoryLabelSize: 9 });
    await port.writeReport(wrapped(makeLayout(3)));
    expect(d.sheet(REPORT).charts[0]).toMatchObject({ categoryLabelSpacing: 1, categoryLabelSize: 8 });
  });

  test('steps the value axis as the chart says (a count of a few by one), and leaves it to Excel otherwise', async () => {
    const stepped = (layout: ReportLayout): ReportLayout => {
      const sheet = layout.sheets[0];
      const [chart] = sheet.charts;
      return { sheets: [{ ...sheet, charts: [{ ...chart, chart: { ...chart.chart, valueStep: 1 } }] }] };
    };
    const { d, port } = setup({ ExcelApi: '1.7' });
    await port.writeReport(makeLayout(3));
    expect(d.sheet(REPORT).charts[0].valueAxisMajorUnit).toBeUndefined();
    await port.writeReport(stepped(makeLayout(3)));
    expect(d.sheet(REPORT).charts[0].valueAxisMajorUnit).toBe(1);
  });

  test('text that looks like a formula, number, date or boolean is stored as that exact text', async () => {
    const { d, port } = setup();
    const tricky = [
      '=SUM(A1:A9)',
      '+1',
      '-2',
      '@cmd',
      '=HYPERLINK("http://x","y")',
      '2019',
      '1/2',
      'TRUE',
      "'quoted'",
      '50%',
    ];
    await port.writeReport(makeLayout(1, tricky));
    tricky.forEach((t, i) => {
      const cell = d.cell(REPORT, `A${3 + i}`);
      expect(cell?.value).toBe(t);
      expect(cell?.formula).toBeUndefined();
    });
  });

  test('constant sync count from 10 to 10,000 indicators; first write and rewrite', async () => {
    const counts: number[][] = [];
    for (const n of [10, 10_000]) {
      const { d, port } = setup();
      const first = await counted(d, () => port.writeReport(makeLayout(n)));
      const again = await counted(d, () => port.writeReport(makeLayout(n)));
      counts.push([first.syncs, again.syncs]);
      expect(Math.max(...first.payloads, ...again.payloads)).toBeLessThanOrEqual(FOUR_MB);
    }
    // First write: list + writes. Rewrite: list + ownership probe + reading the sheet back (to see that
    // nobody edited it since, one sync at either size) + writes.
    expect(counts[0]).toEqual([2, 4]);
    expect(counts[1]).toEqual(counts[0]);
  });

  test('50,000 indicators: no sync sends more than 4 MB, and syncs grow only with bytes', async () => {
    const { d, port } = setup();
    const layout = makeLayout(50_000);
    const { syncs, payloads } = await counted(d, () => port.writeReport(layout));
    expect(Math.max(...payloads)).toBeLessThanOrEqual(FOUR_MB);
    const total = payloads.reduce((a, b) => a + b, 0);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(total / 3_000_000));
    expect(syncs).toBeLessThan(10);
    if (process.env.SHOW_PAYLOADS) console.log(syncs, payloads);
    expect(d.cell(REPORT, `B${3 + 50_000}`)?.value).toBe('指标50000');
  });

  test('on ExcelApi 1.7 it still writes the report: no page set-up, no axis format, one range per style block', async () => {
    const { d, port } = setup({ ExcelApi: '1.7' });
    await port.writeReport(makeLayout(20));
    const s = d.sheet(REPORT);
    expect(d.cell(REPORT, 'B4')?.value).toBe('指标1');
    expect(d.cell(REPORT, 'F6')?.format?.['fill.color']).toBeDefined();
    expect(s.pageLayout).toEqual({});
    expect(s.charts[0].valueAxisNumberFormat).toBeNull();
    expect(d.workbookState.screenUpdatingSuspensions).toBe(0);
    const modern = setup();
    await modern.port.writeReport(makeLayout(20));
    expect(modern.d.workbookState.screenUpdatingSuspensions).toBe(1);
    // same cells either way
    expect(JSON.stringify(d.cells(REPORT))).toBe(JSON.stringify(modern.d.cells(REPORT)));
  });

  test('a second run leaves the workbook identical, and a smaller report leaves nothing of the larger one', async () => {
    const { d, port } = setup();
    await port.writeReport(makeLayout(40));
    const once = d.snapshot();
    await port.writeReport(makeLayout(40));
    expect(d.snapshot()).toBe(once);
    await port.writeReport(makeLayout(5));
    const small = setup();
    await small.port.writeReport(makeLayout(5));
    expect(JSON.stringify(d.cells(REPORT))).toBe(JSON.stringify(small.d.cells(REPORT)));
    expect(d.sheet(REPORT).charts).toHaveLength(1);
    expect(d.workbookState.sheets.filter((s) => s.name === REPORT)).toHaveLength(1);
  });

  test('every source cell value and formula is identical before and after, other sheets untouched', async () => {
    const { d, port } = setup();
    const before = {
      a: d.cells('指标'),
      b: d.cells('Other'),
      snapA: JSON.stringify(d.sheet('指标'), replacer),
    };
    await port.writeReport(makeLayout(30));
    await port.writeReport(makeLayout(30));
    expect(d.cells('指标')).toEqual(before.a);
    expect(d.cells('Other')).toEqual(before.b);
    expect(JSON.stringify(d.sheet('指标'), replacer)).toBe(before.snapA);
  });

  test('a user sheet named like the report is never overwritten (name-taken); another name can be chosen', async () => {
    const { d, port } = setup(undefined, [{ name: REPORT, values: [['my own notes']] }]);
    const before = d.snapshot();
    await expect(port.writeReport(makeLayout(3))).rejects.toMatchObject({
      code: 'name-taken',
      sheet: REPORT,
    });
    expect(d.snapshot()).toBe(before);
    const result = await port.writeReport(makeLayout(3), { sheetName: `${REPORT} (2)` });
    expect(result.sheetName).toBe(`${REPORT} (2)`);
    expect(d.cell(REPORT, 'A1')?.value).toBe('my own notes');
    expect(d.cell(`${REPORT} (2)`, 'A1')?.value).toBe('2025年一季度目标对标报告');
    // the chosen name is remembered as ours: rewriting it works
    await expect(port.writeReport(makeLayout(3), { sheetName: `${REPORT} (2)` })).resolves.toBeDefined();
  });

  test('names are compared like Excel does (case-insensitively)', async () => {
    const { port } = setup(undefined, [{ name: 'target REPORT', values: [['mine']] }]);
    const layout = makeLayout(2);
    const en: ReportLayout = { sheets: [{ ...layout.sheets[0], name: 'Target report' }] };
    await expect(port.writeReport(en)).rejects.toBeInstanceOf(PortError);
  });

  test('a protected report sheet, or a protected workbook, stops before any change', async () => {
    const { d, port } = setup();
    await port.writeReport(makeLayout(3));
    d.sheet(REPORT).protected = true;
    const before = d.snapshot();
    await expect(port.writeReport(makeLayout(4))).rejects.toMatchObject({
      code: 'sheet-protected',
      sheet: REPORT,
    });
    expect(d.snapshot()).toBe(before);

    const w = createExcelDouble({ sheets: sourceSheets(), workbookProtected: true });
    await expect(createExcelPort(w.run, w.host).writeReport(makeLayout(3))).rejects.toMatchObject({
      code: 'sheet-protected',
    });
  });

  test('an invalid sheet name is refused in plain words', async () => {
    const { port } = setup();
    await expect(port.writeReport(makeLayout(1), { sheetName: 'a/b' })).rejects.toMatchObject({
      code: 'unknown',
    });
  });
});

/** JSON for Maps and Sets. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

describe('whose sheet it is: the id in the settings and the marker must both agree', () => {
  test('settings listing a user sheet named like the report do not make it ours: never cleared', async () => {
    const { d, port } = setup(undefined, [{ name: REPORT, values: [['我的报告草稿'], ['第二段']] }]);
    d.host.settings.set(OWNED_SHEETS_KEY, [d.sheet(REPORT).id]);
    const before = d.snapshot();
    await expect(port.writeReport(makeLayout(3))).rejects.toMatchObject({
      code: 'name-taken',
      sheet: REPORT,
    });
    expect(d.snapshot()).toBe(before);
  });

  test('a sheet with the marker but no id in the settings is not ours either', async () => {
    const { d, port } = setup();
    await port.writeReport(makeLayout(3));
    d.host.settings.set(OWNED_SHEETS_KEY, []);
    const before = d.snapshot();
    await expect(port.writeReport(makeLayout(3))).rejects.toMatchObject({ code: 'name-taken' });
    expect(d.snapshot()).toBe(before);
  });
});

describe('a report sheet edited since it was written', () => {
  async function writtenThenEdited(edit: (d: ExcelDouble) => void) {
    const { d, port } = setup();
    await port.writeReport(makeLayout(5));
    const stored = d.host.settings.saved[REPORT_FINGERPRINTS_KEY] as Record<string, string>;
    expect(Object.keys(stored)).toEqual([d.sheet(REPORT).id]);
    edit(d);
    return { d, port };
  }

  test('an edited cell stops the rewrite with report-edited, and nothing changes', async () => {
    const { d, port } = await writtenThenEdited((x) => {
      const cell = x.cell(REPORT, 'B5');
      if (cell) cell.value = '改过的指标名称';
    });
    const before = d.snapshot();
    await expect(port.writeReport(makeLayout(5))).rejects.toMatchObject({
      code: 'report-edited',
      sheet: REPORT,
    });
    expect(d.snapshot()).toBe(before);
  });

  test('text added below the report is seen without reading the sheet back', async () => {
    const { d, port } = await writtenThenEdited(() => undefined);
    await d.run(async (context) => {
      context.workbook.worksheets.getItem(REPORT).getRange('A500').values = [['补充说明']];
      await context.sync();
    });
    const from = d.syncCount;
    await expect(port.writeReport(makeLayout(5))).rejects.toMatchObject({ code: 'report-edited' });
    expect(d.syncCount - from).toBe(2); // list + probe: no read of the values
  });

  test('replacing it anyway rewrites it; the next rewrite asks nothing', async () => {
    const { d, port } = await writtenThenEdited((x) => {
      const cell = x.cell(REPORT, 'B5');
      if (cell) cell.value = '改过';
    });
    await port.writeReport(makeLayout(5), { replaceEdited: true });
    expect(d.cell(REPORT, 'B5')?.value).toBe('指标2');
    await expect(port.writeReport(makeLayout(6))).resolves.toMatchObject({ sheetName: REPORT });
  });

  test('keeping it under another name: the edited sheet is renamed and becomes the user’s', async () => {
    const { d, port } = await writtenThenEdited((x) => {
      const cell = x.cell(REPORT, 'B5');
      if (cell) cell.value = '改过';
    });
    const editedId = d.sheet(REPORT).id;
    const kept = `${REPORT}（修改稿）`;
    await expect(port.writeReport(makeLayout(5), { keepEditedAs: REPORT })).rejects.toMatchObject({
      code: 'name-taken',
    });
    const result = await port.writeReport(makeLayout(5), { keepEditedAs: kept });
    expect(result.sheetName).toBe(REPORT);
    expect(d.sheet(kept).id).toBe(editedId);
    expect(d.cell(kept, 'B5')?.value).toBe('改过');
    expect(d.cell(REPORT, 'B5')?.value).toBe('指标2');
    const owned = d.host.settings.saved[OWNED_SHEETS_KEY] as string[];
    expect(owned).toContain(d.sheet(REPORT).id);
    expect(owned).not.toContain(editedId);
    expect(Object.keys(d.host.settings.saved[REPORT_FINGERPRINTS_KEY] as object)).toEqual([
      d.sheet(REPORT).id,
    ]);
  });

  test('a report written before fingerprints existed is rewritten without asking', async () => {
    const { d, port } = await writtenThenEdited((x) => {
      x.host.settings.remove(REPORT_FINGERPRINTS_KEY);
      const cell = x.cell(REPORT, 'B5');
      if (cell) cell.value = '改过';
    });
    await expect(port.writeReport(makeLayout(5))).resolves.toMatchObject({ sheetName: REPORT });
    expect(d.cell(REPORT, 'B5')?.value).toBe('指标2');
  });
});

describe('report and check-in in one step', () => {
  const history = {
    rows: historyToRows([
      {
        period: 'Q1',
        takenAt: '2025-04-08T09:30:00.000Z',
        entries: [
          {
            key: '指标|1',
            sheet: '指标',
            id: '1',
            name: '科普活动',
            category: null,
            target: 50,
            actual: 20,
            expected: 12.5,
            completion: 0.4,
            status: 'on_track',
          },
        ],
      },
    ]),
    lang: 'zh-CN' as const,
  };

  test('with ExcelApi 1.20 writing the report and the check-in is one undo step', async () => {
    const { d, port } = setup();
    const result = await port.writeReport(makeLayout(5), { history });
    expect(result.historySheetName).toBe('对标记录');
    expect(d.cell('对标记录', 'G4')?.value).toBe('科普活动');
    expect(d.sheet('对标记录').protected).toBe(true);
    expect(d.undoSteps).toBe(1);
    const steps = d.undoSteps;
    await port.writeReport(makeLayout(5), { history });
    expect(d.undoSteps).toBe(steps + 1);
    const owned = d.host.settings.saved[OWNED_SHEETS_KEY] as string[];
    expect(owned).toEqual(expect.arrayContaining([d.sheet(REPORT).id, d.sheet('对标记录').id]));
  });

  test('before ExcelApi 1.20 each sync is its own step (nothing grouped)', async () => {
    const { d, port } = setup({ ExcelApi: '1.19' });
    await port.writeReport(makeLayout(5), { history });
    await port.writeReport(makeLayout(5), { history });
    expect(d.undoSteps).toBeGreaterThan(2);
  });

  test('when Excel refuses to group (UndoNotSupported), the action runs again ungrouped', async () => {
    const d = createExcelDouble({ sheets: sourceSheets() });
    let refused = 0;
    const run = Object.assign(
      (first: unknown, second?: (c: Excel.RequestContext) => Promise<unknown>) => {
        if (second && (first as { mergeUndoGroup?: boolean }).mergeUndoGroup && refused === 0) {
          refused++;
          return Promise.reject(Object.assign(new Error('not undoable'), { code: 'UndoNotSupported' }));
        }
        return second
          ? d.run(first as Excel.RunOptions, second)
          : d.run(first as (c: Excel.RequestContext) => Promise<unknown>);
      },
      { host: d.host },
    );
    const port = createExcelPort(run as never);
    await expect(port.writeReport(makeLayout(3), { history })).resolves.toMatchObject({ sheetName: REPORT });
    expect(refused).toBe(1);
    expect(d.cell(REPORT, 'B5')?.value).toBe('指标2');
  });

  test('a user sheet named like the history sheet stops both before anything is written', async () => {
    const { d, port } = setup(undefined, [{ name: '对标记录', values: [['我的会议记录']] }]);
    const before = d.snapshot();
    await expect(port.writeReport(makeLayout(3), { history })).rejects.toMatchObject({
      code: 'name-taken',
      sheet: '对标记录',
    });
    expect(d.snapshot()).toBe(before);
  });
});
