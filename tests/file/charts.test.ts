import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ChartPlacement, ChartSpec, ReportLayout } from '../../src/engine';
import { addChartsToXlsx, chartPartXml, drawingPartXml, insertDrawingElement } from '../../src/file/charts';
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

  test('bar chart: horizontal bars, first category at the top, value axis at the bottom', () => {
    const plot = plotOf(chartPartXml(placement({ type: 'bar' }), 'S', 1));
    expect(plot['c:barChart'][0]['c:barDir']['@_val']).toBe('bar');
    expect(plot['c:catAx']['c:scaling']['c:orientation']['@_val']).toBe('maxMin');
    expect(plot['c:catAx']['c:axPos']['@_val']).toBe('l');
    expect(plot['c:valAx']['c:axPos']['@_val']).toBe('b');
    expect(plot['c:valAx']['c:crosses']['@_val']).toBe('max');
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

describe('insertDrawingElement: schema position', () => {
  const head =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
  test('after pageSetup / headerFooter / rowBreaks, before tableParts and the top-level extLst', () => {
    const xml =
      head +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9"/>' +
      '<headerFooter><oddFooter>&amp;P</oddFooter></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>' +
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>';
    const out = insertDrawingElement(xml, 'rId7');
    const at = out.indexOf('<drawing r:id="rId7"/>');
    expect(at).toBeGreaterThan(out.indexOf('</rowBreaks>'));
    expect(at).toBeGreaterThan(out.indexOf('</conditionalFormatting>'));
    expect(at + '<drawing r:id="rId7"/>'.length).toBe(out.indexOf('<tableParts'));
    expect(XMLValidator.validate(out)).toBe(true);
  });
  test('before legacyDrawing, and at the end when nothing follows', () => {
    const a = insertDrawingElement(head + '<pageSetup/><legacyDrawing r:id="rId2"/></worksheet>', 'rId3');
    expect(a).toContain('<pageSetup/><drawing r:id="rId3"/><legacyDrawing');
    const b = insertDrawingElement(head + '<pageSetup/></worksheet>', 'rId3');
    expect(b.endsWith('<pageSetup/><drawing r:id="rId3"/></worksheet>')).toBe(true);
  });
  test('declares the relationships namespace when the sheet lacks it', () => {
    const bare =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const out = insertDrawingElement(bare, 'rId1');
    expect(out).toMatch(
      /<worksheet [^>]*xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/,
    );
    expect(out).toContain('<sheetData/><drawing r:id="rId1"/></worksheet>');
  });
});

describe('addChartsToXlsx on an exceljs-written workbook', () => {
  async function baseWorkbook(withImageOn?: string): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('说明');
    a.getCell('A1').value = '说明';
    const ws = wb.addWorksheet('对标报告');
    ws.getCell('A1').value = '报告';
    ws.addTable({
      name: 'Indicators',
      ref: 'A3',
      columns: [{ name: '指标' }, { name: '完成率' }],
      rows: [
        ['科技下乡', 0.8],
        ['科普讲座', 0.5],
      ],
    });
    ws.getRow(10).addPageBreak();
    ws.pageSetup = { paperSize: 9, orientation: 'landscape' };
    if (withImageOn) {
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      const id = wb.addImage({ buffer: png as never, extension: 'png' });
      wb.getWorksheet(withImageOn)!.addImage(id, 'F1:G2');
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** Renames the report sheet's part so that sheet name → file must go through workbook.xml and its rels. */
  async function renameSheetPart(buf: Buffer): Promise<Buffer> {
    const zip = await JSZip.loadAsync(buf);
    const move = async (from: string, to: string) => {
      const f = zip.file(from);
      if (!f) return;
      zip.file(to, await f.async('nodebuffer'));
      zip.remove(from);
    };
    await move('xl/worksheets/sheet2.xml', 'xl/worksheets/report.xml');
    await move('xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/_rels/report.xml.rels');
    const relsPath = 'xl/_rels/workbook.xml.rels';
    zip.file(
      relsPath,
      (await zip.file(relsPath)!.async('string')).replace('worksheets/sheet2.xml', 'worksheets/report.xml'),
    );
    const ct = '[Content_Types].xml';
    zip.file(
      ct,
      (await zip.file(ct)!.async('string')).replace('/xl/worksheets/sheet2.xml', '/xl/worksheets/report.xml'),
    );
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  const charts = [
    placement({ type: 'column', referenceLine: { value: 1, label: '100%' }, percentAxis: true }),
    placement(
      { type: 'line', title: '各状态指标数', series: [{ name: '项数', values: [1, 2, 3] }] },
      { from: { row: 43, col: 0 }, to: { row: 60, col: 6 } },
    ),
  ];

  test('parts, relationships, content types and the drawing element are all in place', async () => {
    const out = await addChartsToXlsx(await renameSheetPart(await baseWorkbook()), [
      { sheetName: '对标报告', charts },
    ]);
    const zip = await JSZip.loadAsync(out);
    const text = (p: string) => zip.file(p)!.async('string');

    expect(zip.file('xl/charts/chart1.xml')).not.toBeNull();
    expect(zip.file('xl/charts/chart2.xml')).not.toBeNull();
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
    expect(types).toContainEqual([
      '/xl/charts/chart1.xml',
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    ]);
    expect(types).toContainEqual([
      '/xl/charts/chart2.xml',
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    ]);
    expect(types).toContainEqual([
      '/xl/drawings/drawing1.xml',
      'application/vnd.openxmlformats-officedocument.drawing+xml',
    ]);

    // The renamed report sheet got the drawing; the other sheet did not.
    const sheet = await text('xl/worksheets/report.xml');
    expect(XMLValidator.validate(sheet)).toBe(true);
    const m = /<drawing r:id="(rId\d+)"\/>/.exec(sheet);
    expect(m).not.toBeNull();
    expect(sheet.indexOf('<drawing ')).toBeLessThan(sheet.indexOf('<tableParts'));
    expect(sheet.indexOf('<drawing ')).toBeGreaterThan(sheet.indexOf('<rowBreaks'));
    expect(sheet.indexOf('<drawing ')).toBeGreaterThan(sheet.indexOf('<pageSetup'));
    expect(await text('xl/worksheets/sheet1.xml')).not.toContain('<drawing');

    const sheetRels = parse(await text('xl/worksheets/_rels/report.xml.rels'))['Relationships'][
      'Relationship'
    ];
    const drawingRel = sheetRels.find((r: X) => r['@_Id'] === m![1]);
    expect(drawingRel['@_Type']).toMatch(/\/drawing$/);
    expect(drawingRel['@_Target']).toBe('../drawings/drawing1.xml');
    expect(sheetRels.some((r: X) => /\/table$/.test(r['@_Type']))).toBe(true); // the table's relationship kept
    expect(new Set(sheetRels.map((r: X) => r['@_Id'])).size).toBe(sheetRels.length);

    const drawingRels = parse(await text('xl/drawings/_rels/drawing1.xml.rels'))['Relationships'][
      'Relationship'
    ];
    expect(drawingRels.map((r: X) => r['@_Target'])).toEqual([
      '../charts/chart1.xml',
      '../charts/chart2.xml',
    ]);
    const anchors = parse(await text('xl/drawings/drawing1.xml'))['xdr:wsDr']['xdr:twoCellAnchor'];
    const rids = anchors.map(
      (x: X) => x['xdr:graphicFrame']['a:graphic']['a:graphicData']['c:chart']['@_r:id'],
    );
    expect(rids).toEqual(drawingRels.map((r: X) => r['@_Id']));
  });

  test('exceljs still opens the result (it drops charts on re-save, which is why this is the last step)', async () => {
    const out = await addChartsToXlsx(await baseWorkbook(), [{ sheetName: '对标报告', charts }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.getWorksheet('对标报告')!.getCell('A1').value).toBe('报告');
    expect(wb.getWorksheet('对标报告')!.getCell('A4').value).toBe('科技下乡');
  });

  test('a sheet that already has a drawing (a picture) gets the charts added to it', async () => {
    const out = await addChartsToXlsx(await baseWorkbook('对标报告'), [{ sheetName: '对标报告', charts }]);
    const zip = await JSZip.loadAsync(out);
    const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
    const drawingFiles = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawingFiles).toHaveLength(1);
    const drawing = await zip.file(drawingFiles[0])!.async('string');
    expect(drawing).toContain('<xdr:pic>');
    expect(drawing.match(/<c:chart /g)).toHaveLength(2);
    const rels = parse(
      await zip.file(drawingFiles[0].replace('drawings/', 'drawings/_rels/') + '.rels')!.async('string'),
    )['Relationships']['Relationship'];
    expect(new Set(rels.map((r: X) => r['@_Id'])).size).toBe(3); // the image and two charts
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
  });

  test('adding charts twice numbers the new parts after the existing ones', async () => {
    const once = await addChartsToXlsx(await baseWorkbook(), [{ sheetName: '对标报告', charts }]);
    const twice = await addChartsToXlsx(once, [{ sheetName: '说明', charts: [charts[0]] }]);
    const zip = await JSZip.loadAsync(twice);
    expect(zip.file('xl/charts/chart3.xml')).not.toBeNull();
    expect(zip.file('xl/drawings/drawing2.xml')).not.toBeNull();
    expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain(
      '../drawings/drawing2.xml',
    );
  });

  test('an unknown sheet name is an error, not a silently chart-less file', async () => {
    await expect(addChartsToXlsx(await baseWorkbook(), [{ sheetName: 'Nope', charts }])).rejects.toThrow(
      /Nope/,
    );
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
