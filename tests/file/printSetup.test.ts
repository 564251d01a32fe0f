/**
 * What the workbook writer makes of the layout's print set-up and of the variance chart: orientation,
 * fit or print scale, the row repeated on every page, page breaks, hidden rows and columns; bars drawn
 * over each other with the category labels clear of bars left of zero.
 */
import JSZip from 'jszip';
import type { ChartPlacement, SheetLayout } from '../../src/engine';
import { chartPartXml } from '../../src/file/charts';
import { renderReportWorkbook } from '../../src/file/writeXlsx';
import { VARIANCE_CHART } from '../support/varianceChart';

function sheet(print: SheetLayout['print']): SheetLayout {
  return {
    name: '对标报告',
    columnWidths: [6, 30, 12],
    rows: Array.from({ length: 8 }, (_, r) => [{ value: `行${r + 1}` }, { value: r }, null]),
    merges: [],
    styles: {},
    tables: [],
    charts: [],
    print,
    hiddenRows: [2],
    hiddenColumns: [3],
  };
}

async function sheetXml(layout: SheetLayout): Promise<{ sheet: string; workbook: string }> {
  const zip = await JSZip.loadAsync(await renderReportWorkbook({ sheets: [layout] }));
  return {
    sheet: (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '',
    workbook: (await zip.file('xl/workbook.xml')?.async('string')) ?? '',
  };
}

describe('print set-up in the workbook', () => {
  test('portrait at a print scale, the header row on every page, a break before the table', async () => {
    const { sheet: xml, workbook } = await sheetXml(
      sheet({
        orientation: 'portrait',
        paper: 'A4',
        fitToWidth: false,
        scale: 82,
        titleRow: 3,
        rowBreaks: [5],
      }),
    );
    const setup = /<pageSetup[^>]*>/.exec(xml)?.[0] ?? '';
    expect(setup).toContain('orientation="portrait"');
    expect(setup).toContain('scale="82"');
    expect(setup).toContain('paperSize="9"');
    expect(xml).not.toContain('fitToPage="1"');
    expect(workbook).toMatch(
      /<definedName name="_xlnm\.Print_Titles" localSheetId="0">(?:'|&apos;)对标报告(?:'|&apos;)!\$3:\$3<\/definedName>/,
    );
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="4"/);
    expect(xml).toMatch(/<row r="2"[^>]*hidden="1"/);
    expect(xml).toMatch(/<col min="3" max="3"[^>]*hidden="1"/);
  });

  test('landscape fitted to the page width', async () => {
    const { sheet: xml } = await sheetXml(
      sheet({ orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [] }),
    );
    expect(/<pageSetup[^>]*>/.exec(xml)?.[0]).toContain('orientation="landscape"');
    expect(xml).toContain('fitToPage="1"');
  });
});

describe('the variance chart part', () => {
  const placement: ChartPlacement = {
    chart: VARIANCE_CHART,
    categoriesRange: '$C$2:$C$4',
    seriesRanges: ['$D$2:$D$4', '$E$2:$E$4'],
    from: { row: 0, col: 6 },
    to: { row: 14, col: 12 },
  };

  test('horizontal bars over each other, red and green, every value labelled, labels at the low end', () => {
    const xml = chartPartXml(placement, '对标报告', 0);
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).toContain('<a:srgbClr val="C00000"/>');
    expect(xml).toContain('<a:srgbClr val="00B050"/>');
    expect(xml.match(/<c:dLbls>/g)).toHaveLength(2);
    expect(xml).toContain('<c:tickLblPos val="low"/>');
    expect(xml).not.toContain('<c:min val="0"/>');
  });
});
