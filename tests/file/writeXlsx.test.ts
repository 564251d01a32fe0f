import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { ReportLayout, SheetLayout } from '../../src/engine';
import { readWorkbookBuffer } from '../../src/file/readXlsx';
import { EXCEL_MAX_CELL_TEXT } from '../../src/file/core/writeWorkbook';
import { renderReportWorkbook } from '../../src/file/writeXlsx';

const INJECTIONS = [
  '=1+1',
  '+SUM(A1:A2)',
  '-2+3',
  '@cmd',
  '=HYPERLINK("http://example.com","x")',
  "=cmd|' /C calc'!A0",
];

function layout(overrides: Partial<SheetLayout> = {}): ReportLayout {
  const sheet: SheetLayout = {
    name: '对标报告',
    columnWidths: [6, 20, 12, 10],
    rows: [
      [{ value: '2026年度目标任务对标报告', style: 'title' }],
      [{ value: 'target-report:v1', style: 'marker' }],
      [
        { value: '序号', style: 'th' },
        { value: '指标', style: 'th' },
        { value: '完成率', style: 'th' },
        { value: '状态', style: 'th' },
      ],
      [
        { value: 1, style: 'td' },
        { value: '科技下乡', style: 'td' },
        { value: 0.8333, style: 'pct' },
        { value: '已完成', style: 'ok' },
      ],
      [{ value: 2 }, null, { value: null, style: 'pct' }, { value: '' }],
      ...INJECTIONS.map((t, i) => [{ value: 3 + i }, { value: t, style: 'td' }]),
    ],
    rowHeights: { 1: 32 },
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    styles: {
      title: { bold: true, fontSize: 18, hAlign: 'center', vAlign: 'middle' },
      marker: { fontColor: 'FFFFFF', fontSize: 8 },
      th: { bold: true, fill: 'D9E1F2', border: 'thin', hAlign: 'center', wrap: true },
      td: { border: 'thin' },
      pct: { border: 'thin', numFmt: '0.0%' },
      ok: { border: 'thin', fill: 'C6EFCE', fontColor: '006100', italic: true },
    },
    tables: [{ name: 'Indicators', range: 'A3:D5', headerRow: 3 }],
    charts: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [5] },
    freeze: { row: 3 },
    ...overrides,
  };
  return { sheets: [sheet] };
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('renderReportWorkbook', () => {
  let buf: Buffer;
  let ws: ExcelJS.Worksheet;
  let zip: JSZip;
  let sheetXml: string;
  beforeAll(async () => {
    buf = await renderReportWorkbook(layout());
    ws = (await load(buf)).getWorksheet('对标报告')!;
    zip = await JSZip.loadAsync(buf);
    sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  });

  test('values round-trip: numbers stay numbers, text stays text, empty stays empty', () => {
    expect(ws.getCell('A1').value).toBe('2026年度目标任务对标报告');
    expect(ws.getCell('A4').value).toBe(1);
    expect(ws.getCell('C4').value).toBe(0.8333);
    expect(ws.getCell('D4').value).toBe('已完成');
    expect(ws.getCell('B5').value).toBeNull();
    expect(ws.getCell('C5').value).toBeNull();
  });

  test('styles: font, size, colour, fill, alignment, wrap, number format, thin borders', () => {
    const title = ws.getCell('A1');
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBe(18);
    expect(title.font.name).toBe('宋体'); // a Chinese report gets a Chinese table font
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    const th = ws.getCell('B3');
    expect(th.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(th.alignment.wrapText).toBe(true);
    for (const side of ['top', 'left', 'bottom', 'right'] as const)
      expect(th.border[side]?.style).toBe('thin');
    expect(ws.getCell('C4').numFmt).toBe('0.0%');
    const ok = ws.getCell('D4');
    expect(ok.font.color?.argb).toBe('FF006100');
    expect(ok.font.italic).toBe(true);
    expect(ok.fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    // A cell without a style key still gets the sheet font.
    expect(ws.getCell('A5').font.name).toBe('宋体');
  });

  test('merges, widths, heights, freeze', () => {
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getColumn(2).width).toBe(20);
    expect(ws.getColumn(4).width).toBe(10);
    expect(ws.getRow(1).height).toBe(32);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  test('print set-up: A4 landscape, fit to one page wide, page break before the named row', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(sheetXml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(sheetXml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    // rowBreaks: [5] → the break is after row 4.
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk id="4"[^>]*man="1"/);
  });

  test('text that starts with = + - @ is written as text, never as a formula', async () => {
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).not.toContain('<f ');
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    INJECTIONS.forEach((text, i) => {
      const row = 6 + i;
      const cell = new RegExp(`<c r="B${row}"[^>]*>`).exec(sheetXml)?.[0] ?? '';
      expect(cell).toMatch(/t="(s|inlineStr|str)"/);
      expect(cell).not.toMatch(/t="str"/); // str is a formula's string result
      expect(ws.getCell(`B${row}`).value).toBe(text);
      expect(ws.getCell(`B${row}`).type).toBe(ExcelJS.ValueType.String);
    });
    expect(shared).toContain('=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;)');
    // Nothing links out: no external-link parts, no hyperlink relationships.
    const names = Object.keys(zip.files);
    expect(names.some((n) => /externalLink/i.test(n))).toBe(false);
    for (const n of names.filter((x) => x.endsWith('.rels'))) {
      expect(await zip.file(n)!.async('string')).not.toMatch(/TargetMode="External"/);
    }
  });

  test('the engine reads back through the file adapter what was written', async () => {
    const [{ grid }] = await readWorkbookBuffer(buf, 'report.xlsx');
    expect(grid.values[3]).toEqual([1, '科技下乡', 0.8333, '已完成']);
    expect(grid.values[5 + 0][1]).toBe('=1+1');
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(grid.numberFormats?.[3][2]).toBe('0.0%');
  });

  test('English reports use a Latin font', async () => {
    const en = layout({
      name: 'Target report',
      rows: [[{ value: 'Target report 2026', style: 'title' }]],
      merges: [],
    });
    const w = (await load(await renderReportWorkbook(en))).getWorksheet('Target report')!;
    expect(w.getCell('A1').font.name).toBe('Calibri');
  });
});

describe('values Excel cannot hold are made safe', () => {
  test('non-finite numbers are left empty, control characters dropped, over-long text cut', async () => {
    const buf = await renderReportWorkbook(
      layout({
        rows: [
          [{ value: Number.NaN }, { value: Number.POSITIVE_INFINITY }, { value: 'a\u0001b\u0007c\ttab' }],
          [{ value: 'x'.repeat(40_000) }, { value: 'y'.repeat(EXCEL_MAX_CELL_TEXT) }],
        ],
        merges: [],
      }),
    );
    const ws = (await load(buf)).worksheets[0];
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.getCell('B1').value).toBeNull();
    expect(ws.getCell('C1').value).toBe('abc\ttab');
    const long = ws.getCell('A2').value as string;
    expect(long.length).toBe(EXCEL_MAX_CELL_TEXT);
    expect(long.endsWith('…')).toBe(true);
    expect(ws.getCell('B2').value).toBe('y'.repeat(EXCEL_MAX_CELL_TEXT)); // exactly at the limit: untouched
  });

  test('every number reads back as exactly the number written (our reader and exceljs)', async () => {
    const numbers = fc.sample(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.double({ min: -10, max: 10, noNaN: true }).map((x) => Number(x.toPrecision(12))),
        fc.constantFrom(0, -0, 0.1, 1e-7, 123456.000001, 2 ** 53, 2 ** 53 + 2, -1.5, 9007199254740.5),
      ),
      2000,
    );
    const rows = numbers.map((value) => [{ value }]);
    const data = await renderReportWorkbook(layout({ rows, merges: [], rowHeights: {} }));
    const [{ grid }] = await readWorkbookBuffer(data, 'n.xlsx');
    const ours = grid.values.map((r) => r[0]);
    const theirs = (await load(data)).worksheets[0].getColumn(1).values.slice(1);
    numbers.forEach((n, i) => {
      expect(ours[i]).toBe(n === 0 ? 0 : n); // -0 is written as 0
      expect(theirs[i]).toBe(n === 0 ? 0 : n);
    });
    // …and in the fewest digits that do so: as JavaScript writes it, where it writes no exponent.
    const xml = await (await JSZip.loadAsync(data)).file('xl/worksheets/sheet1.xml')!.async('string');
    const written = [...xml.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]);
    numbers.forEach((n, i) => {
      if (!/e/.test(String(n))) expect(written[i]).toBe(String(n === 0 ? 0 : n));
    });
  });

  test('a text that looks like an Excel character escape keeps its underscore', async () => {
    const text = 'A_x0041_B _x005F_ _xZZZZ_';
    const data = await renderReportWorkbook(layout({ rows: [[{ value: text }]], merges: [] }));
    const [{ grid }] = await readWorkbookBuffer(data, 'x.xlsx');
    expect(grid.values[0][0]).toBe(text);
    expect((await load(data)).worksheets[0].getCell('A1').value).toBe(text);
  });

  test('sheet names Excel forbids are cleaned and cut to 31 characters', async () => {
    const name = 'Report: Q3/2026 [draft] with a very long name';
    const wb = await load(await renderReportWorkbook(layout({ name })));
    expect(wb.worksheets[0].name).toBe('Report Q3 2026 draft with a ver');
    expect(wb.worksheets[0].name.length).toBeLessThanOrEqual(31);
  });
});
