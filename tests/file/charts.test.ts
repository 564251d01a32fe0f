import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ChartPlacement, ChartSpec, ReportLayout } from '../../src/engine';
import { chartPartXml, drawingPartXml } from '../../src/file/charts';
import { renderReportWorkbook } from '../../src/file/writeXlsx';

type X = any;
const ARRAYS = new Set([
  'c:ser',
  'c:pt',
  'c:axId',
  'xdr:twoCellAnchor',
  'Relationship',
  'Override',
  'c:lineChart',
  'c:barChart',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ARRAYS.has(name),
});
function parse(xml: string): X {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

function placement(
  chart: Partial<ChartSpec> & Pick<ChartSpec, 'type'>,
  extra: Partial<ChartPlacement> = {},
): ChartPlacement {
  const spec: ChartSpec = {
    id: 'completion-by-category',
    title: '各类别完成率',
    categories: ['职能目标任务', '党的建设', '学会建设'],
    series: [{ name: '完成率', values: [0.78, null, 0.6], color: '4472C4' }],
    ...chart,
  };
  return {
    chart: spec,
    categoriesRange: '$B$20:$B$22',
    seriesRanges: spec.series.map(
      (_, i) => `$${String.fromCharCode(67 + i)}$20:$${String.fromCharCode(67 + i)}$22`,
    ),
    from: { row: 24, col: 0 },
    to: { row: 42, col: 6 },
    ...extra,
  };
}

const plotOf = (xml: string): X => parse(xml)['c:chartSpace']['c:chart']['c:plotArea'];
const titleText = (t: X): string => t['c:tx']['c:rich']['a:p']['a:r']['a:t'];
const pts = (cache: X): [string, string][] => (cache['c:pt'] ?? []).map((p: X) => [p['@_idx'], p['c:v']]);

describe('chartPartXml', () => {
  test('column chart: barDir col, series refer to the sheet ranges, caches hold the values', () => {
    const xml = chartPartXml(placement({ type: 'column', percentAxis: true }), '对标报告', 0);
    const plot = plotOf(xml);
    const bar = plot['c:barChart'][0];
    expect(bar['c:barDir']['@_val']).toBe('col');
    expect(plot['c:lineChart']).toBeUndefined();
    const ser = bar['c:ser'][0];
    expect(ser['c:tx']['c:v']).toBe('完成率');
    expect(ser['c:cat']['c:strRef']['c:f']).toBe("'对标报告'!$B$20:$B$22");
    expect(ser['c:cat']['c:strRef']['c:strCache']['c:ptCount']['@_val']).toBe('3');
    expect(pts(ser['c:cat']['c:strRef']['c:strCache'])).toEqual([
      ['0', '职能目标任务'],
      ['1', '党的建设'],
      ['2', '学会建设'],
    ]);
    const num = ser['c:val']['c:numRef'];
    expect(num['c:f']).toBe("'对标报告'!$C$20:$C$22");
    expect(num['c:numCache']['c:formatCode']).toBe('0.0%');
    expect(num['c:numCache']['c:ptCount']['@_val']).toBe('3');
    expect(pts(num['c:numCache'])).toEqual([
      ['0', '0.78'],
      ['2', '0.6'],
    ]); // the missing value is a gap, not a zero
    expect(ser['c:spPr']['a:solidFill']['a:srgbClr']['@_val']).toBe('4472C4');
    expect(plot['c:valAx']['c:numFmt']['@_formatCode']).toBe('0%');
    expect(plot['c:valAx']['c:scaling']['c:min']['@_val']).toBe('0');
    // the bar chart and both axes agree on the axis ids
    const ids = bar['c:axId'].map((a: X) => a['@_val']);
    expect(ids).toEqual([plot['c:catAx']['c:axId'][0]['@_val'], plot['c:valAx']['c:axId'][0]['@_val']]);
    expect(plot['c:catAx']['c:crossAx']['@_val']).toBe(ids[1]);
    expect(plot['c:valAx']['c:crossAx']['@_val']).toBe(ids[0]);
    expect(titleText(parse(xml)['c:chartSpace']['c:chart']['c:title'])).toBe('各类别完成率');
    expect(parse(xml)['c:chartSpace']['c:lang']['@_val']).toBe('zh-CN');
  });

  test('a value step given by the chart is the value axis’s major unit; none, none', () => {
    const stepped = plotOf(chartPartXml(placement({ type: 'column', valueStep: 1 }), 'S', 0));
    expect(stepped['c:valAx']['c:majorUnit']['@_val']).toBe('1');
    const auto = plotOf(chartPartXml(placement({ type: 'column' }), 'S', 0));
    expect(auto['c:valAx']['c:majorUnit']).toBeUndefined();
  });

  test('bar chart: horizontal bars, first category at the top, value axis at the bottom', () => {
    const plot = plotOf(chartPartXml(placement({ type: 'bar' }), 'S', 1));
    expect(plot['c:barChart'][0]['c:barDir']['@_val']).toBe('bar');
    expect(plot['c:catAx']['c:scaling']['c:orientation']['@_val']).toBe('maxMin');
    expect(plot['c:catAx']['c:axPos']['@_val']).toBe('l');
    expect(plot['c:valAx']['c:axPos']['@_val']).toBe('b');
    expect(plot['c:valAx']['c:crosses']['@_val']).toBe('max');
  });

  test('every category labelled; labels on two lines keep the line break, in 8 pt so each keeps its room', () => {
    const size = (xml: string) => plotOf(xml)['c:catAx']['c:txPr']['a:p']['a:pPr']['a:defRPr']['@_sz'];
    const oneLine = chartPartXml(placement({ type: 'bar' }), 'S', 1);
    expect(plotOf(oneLine)['c:catAx']['c:tickLblSkip']['@_val']).toBe('1');
    expect(size(oneLine)).toBe('900');
    const wrapped = placement({
      type: 'bar',
      categories: ['举办实用技术培训班\n（商州区科协）', '义诊群众', '培训农民'],
    });
    const xml = chartPartXml(wrapped, 'S', 1);
    expect(size(xml)).toBe('800');
    const cats = pts(plotOf(xml)['c:barChart'][0]['c:ser'][0]['c:cat']['c:strRef']['c:strCache']);
    expect(cats[0][1]).toBe('举办实用技术培训班\n（商州区科协）');
  });

  test('a reference line is a line series of constant values over columns, backed by its range', () => {
    const p = placement(
      { type: 'bar', percentAxis: true, referenceLine: { value: 1, label: '年度目标100%' } },
      { seriesRanges: ['$C$20:$C$22', '$Z$20:$Z$22'] },
    );
    const plot = plotOf(chartPartXml(p, '对标报告', 0));
    expect(plot['c:barChart'][0]['c:barDir']['@_val']).toBe('col');
    const line = plot['c:lineChart'][0];
    const ser = line['c:ser'][0];
    expect(ser['c:tx']['c:v']).toBe('年度目标100%');
    expect(ser['c:idx']['@_val']).toBe('1'); // unique across the chart
    expect(ser['c:val']['c:numRef']['c:f']).toBe("'对标报告'!$Z$20:$Z$22");
    expect(pts(ser['c:val']['c:numRef']['c:numCache'])).toEqual([
      ['0', '1'],
      ['1', '1'],
      ['2', '1'],
    ]);
    expect(ser['c:cat']['c:strRef']['c:f']).toBe("'对标报告'!$B$20:$B$22");
    expect(line['c:axId'].map((a: X) => a['@_val'])).toEqual(
      plot['c:barChart'][0]['c:axId'].map((a: X) => a['@_val']),
    );
    // the axis reaches the line
    expect(plot['c:valAx']['c:numFmt']['@_formatCode']).toBe('0%');
  });

  test('without a range for it, the reference line carries literal values', () => {
    const p = placement({ type: 'column', referenceLine: { value: 1, label: 'Target' } });
    const ser = plotOf(chartPartXml(p, 'S', 0))['c:lineChart'][0]['c:ser'][0];
    expect(pts(ser['c:val']['c:numLit'])).toEqual([
      ['0', '1'],
      ['1', '1'],
      ['2', '1'],
    ]);
  });

  test('line charts', () => {
    const line = plotOf(chartPartXml(placement({ type: 'line' }), 'S', 3));
    expect(line['c:lineChart'][0]['c:ser']).toHaveLength(1);
    expect(line['c:barChart']).toBeUndefined();
  });

  test('text is escaped: & < > quotes in titles, series names, categories and sheet names', () => {
    const nasty = `R&D <研发> "经费" 'x'`;
    const xml = chartPartXml(
      placement({
        type: 'column',
        title: nasty,
        categories: [nasty, 'b', 'c'],
        series: [{ name: nasty, values: [1, 2, 3] }],
        valueAxisTitle: nasty,
      }),
      "It's & <ours>",
      0,
    );
    const doc = parse(xml);
    const decode = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    const plot = doc['c:chartSpace']['c:chart']['c:plotArea'];
    expect(decode(titleText(doc['c:chartSpace']['c:chart']['c:title']))).toBe(nasty);
    const ser = plot['c:barChart'][0]['c:ser'][0];
    expect(decode(ser['c:tx']['c:v'])).toBe(nasty);
    expect(decode(ser['c:cat']['c:strRef']['c:strCache']['c:pt'][0]['c:v'])).toBe(nasty);
    expect(decode(ser['c:cat']['c:strRef']['c:f'])).toBe("'It''s & <ours>'!$B$20:$B$22");
    expect(decode(titleText(plot['c:valAx']['c:title']))).toBe(nasty);
  });
});

describe('drawingPartXml', () => {
  test('one anchored graphic frame per chart, relationship ids in order', () => {
    const a = placement({ type: 'column' });
    const b = placement(
      { type: 'column', title: 'B' },
      { from: { row: 43, col: 0 }, to: { row: 60, col: 6 } },
    );
    const doc = parse(drawingPartXml([a, b], 3));
    const anchors = doc['xdr:wsDr']['xdr:twoCellAnchor'];
    expect(anchors).toHaveLength(2);
    expect(anchors[0]['xdr:from']).toMatchObject({ 'xdr:col': '0', 'xdr:row': '24' });
    // The chart covers rows 24..41 (0-based), its edges just inside them, so a page break at row 42 or 24
    // does not catch its border.
    expect(anchors[0]['xdr:from']).toMatchObject({ 'xdr:rowOff': '19050' });
    expect(anchors[0]['xdr:to']).toMatchObject({ 'xdr:col': '6', 'xdr:row': '41', 'xdr:rowOff': '152400' });
    expect(anchors[1]['xdr:from']['xdr:row']).toBe('43');
    const rid = (x: X) => x['xdr:graphicFrame']['a:graphic']['a:graphicData']['c:chart']['@_r:id'];
    expect(anchors.map(rid)).toEqual(['rId3', 'rId4']);
    const ids = anchors.map((x: X) => x['xdr:graphicFrame']['xdr:nvGraphicFramePr']['xdr:cNvPr']['@_id']);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('the workbook writer puts the charts into the package', () => {
  const charts = [
    placement({ type: 'column', referenceLine: { value: 1, label: '100%' }, percentAxis: true }),
    placement(
      { type: 'line', title: '各状态指标数', series: [{ name: '项数', values: [1, 2, 3] }] },
      { from: { row: 43, col: 0 }, to: { row: 60, col: 6 } },
    ),
  ];
  const sheet = (name: string, withCharts: readonly ChartPlacement[]): ReportLayout['sheets'][number] => ({
    name,
    columnWidths: [12, 10],
    rows: [[{ value: '报告' }], [], [{ value: '科技下乡' }, { value: 0.8 }]],
    merges: [],
    styles: {},
    tables: [],
    charts: withCharts,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [10] },
  });
  // The charts on the second and third sheets: parts are found by name, never assumed to be sheet1.
  const layout: ReportLayout = {
    sheets: [sheet('说明', []), sheet('对标报告', charts), sheet('分单位', [charts[0]])],
  };

  test('parts, relationships, content types and the drawing element are all in place', async () => {
    const zip = await JSZip.loadAsync(await renderReportWorkbook(layout));
    const text = (p: string) => zip.file(p)!.async('string');
    for (const n of [1, 2, 3]) expect(zip.file(`xl/charts/chart${n}.xml`)).not.toBeNull();
    expect(
      parse(await text('xl/charts/chart1.xml'))['c:chartSpace']['c:chart']['c:plotArea']['c:barChart'],
    ).toBeDefined();
    expect(
      parse(await text('xl/charts/chart2.xml'))['c:chartSpace']['c:chart']['c:plotArea']['c:lineChart'],
    ).toBeDefined();
    const types = parse(await text('[Content_Types].xml'))['Types']['Override'].map((o: X) => [
      o['@_PartName'],
      o['@_ContentType'],
    ]);
    for (const n of [1, 2, 3]) {
      expect(types).toContainEqual([
        `/xl/charts/chart${n}.xml`,
        'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      ]);
    }
    for (const n of [1, 2]) {
      expect(types).toContainEqual([
        `/xl/drawings/drawing${n}.xml`,
        'application/vnd.openxmlformats-officedocument.drawing+xml',
      ]);
    }

    // The sheets with charts link their drawing, after the row breaks (the schema's order); the first
    // sheet has none.
    expect(await text('xl/worksheets/sheet1.xml')).not.toContain('<drawing');
    expect(zip.file('xl/worksheets/_rels/sheet1.xml.rels')).toBeNull();
    for (const [n, drawing, chartTargets] of [
      [2, 1, ['../charts/chart1.xml', '../charts/chart2.xml']],
      [3, 2, ['../charts/chart3.xml']],
    ] as const) {
      const xml = await text(`xl/worksheets/sheet${n}.xml`);
      expect(XMLValidator.validate(xml)).toBe(true);
      const m = /<drawing r:id="(rId\d+)"\/>/.exec(xml);
      expect(m).not.toBeNull();
      expect(xml.indexOf('<drawing ')).toBeGreaterThan(xml.indexOf('</rowBreaks>'));
      expect(xml.indexOf('<drawing ')).toBeGreaterThan(xml.indexOf('<pageSetup'));
      const sheetRels = parse(await text(`xl/worksheets/_rels/sheet${n}.xml.rels`))['Relationships'][
        'Relationship'
      ];
      const drawingRel = sheetRels.find((r: X) => r['@_Id'] === m![1]);
      expect(drawingRel['@_Type']).toMatch(/\/drawing$/);
      expect(drawingRel['@_Target']).toBe(`../drawings/drawing${drawing}.xml`);
      const drawingRels = parse(await text(`xl/drawings/_rels/drawing${drawing}.xml.rels`))['Relationships'][
        'Relationship'
      ];
      expect(drawingRels.map((r: X) => r['@_Target'])).toEqual(chartTargets);
      const anchors = parse(await text(`xl/drawings/drawing${drawing}.xml`))['xdr:wsDr']['xdr:twoCellAnchor'];
      const rids = anchors.map(
        (x: X) => x['xdr:graphicFrame']['a:graphic']['a:graphicData']['c:chart']['@_r:id'],
      );
      expect(rids).toEqual(drawingRels.map((r: X) => r['@_Id']));
    }
    // Each chart refers to its own sheet by name.
    expect(await text('xl/charts/chart3.xml')).toContain("<c:f>'分单位'!$B$20:$B$22</c:f>");
    // Axis ids are unique across the file.
    const axIds = new Set<string>();
    for (const n of [1, 2, 3]) {
      for (const m of (await text(`xl/charts/chart${n}.xml`)).matchAll(/<c:axId val="(\d+)"/g))
        axIds.add(m[1]);
    }
    expect(axIds.size).toBe(6); // two axes for each of the three charts
  });

  test('exceljs opens the result and reads every sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReportWorkbook(layout)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '对标报告', '分单位']);
    expect(wb.getWorksheet('对标报告')!.getCell('A3').value).toBe('科技下乡');
    expect(wb.getWorksheet('分单位')!.getCell('B3').value).toBe(0.8);
  });
});

describe('renderReportWorkbook with charts', () => {
  test('the reference line is backed by a hidden column holding its values', async () => {
    const layout: ReportLayout = {
      sheets: [
        {
          name: '对标报告',
          columnWidths: [12, 10, 10],
          rows: [
            [{ value: '类别' }, { value: '完成率' }],
            [{ value: '甲' }, { value: 0.5 }],
            [{ value: '乙' }, { value: 0.9 }],
          ],
          merges: [],
          styles: {},
          tables: [],
          charts: [
            {
              chart: {
                id: 'completion-by-category',
                type: 'bar',
                title: '完成率',
                categories: ['甲', '乙'],
                series: [{ name: '完成率', values: [0.5, 0.9] }],
                referenceLine: { value: 1, label: '100%' },
                percentAxis: true,
              },
              categoriesRange: '$A$2:$A$3',
              seriesRanges: ['$B$2:$B$3'],
              from: { row: 4, col: 0 },
              to: { row: 20, col: 4 },
            },
          ],
          print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [] },
        },
      ],
    };
    const buf = await renderReportWorkbook(layout);
    const zip = await JSZip.loadAsync(buf);
    const chart = parse(await zip.file('xl/charts/chart1.xml')!.async('string'));
    const ref =
      chart['c:chartSpace']['c:chart']['c:plotArea']['c:lineChart'][0]['c:ser'][0]['c:val']['c:numRef'][
        'c:f'
      ];
    const m = /^'对标报告'!\$([A-Z]+)\$2:\$\1\$3$/.exec(ref);
    expect(m).not.toBeNull();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('对标报告')!;
    const col = ws.getColumn(m![1]);
    expect(col.hidden).toBe(true);
    expect(col.number).toBeGreaterThan(5); // right of the chart, so the chart keeps its width
    expect(ws.getCell(`${m![1]}2`).value).toBe(1);
    expect(ws.getCell(`${m![1]}3`).value).toBe(1);
  });
});
