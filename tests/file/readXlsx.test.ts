import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/engine';
import { InputError } from '../../src/file/errors';
import fc from 'fast-check';
import JSZip from 'jszip';
import { historyFromSources, readHistoryWorkbook } from '../../src/file/history';
import { historySheetLayout } from '../../src/file/historyBook';
import { readSheetsByName, readWorkbookBuffer, readWorkbookFile } from '../../src/file/readXlsx';
import { renderReportWorkbook } from '../../src/file/writeXlsx';
import { oracleGrids } from './oracle';
import { sheetXml, tableRows, workbookParts, zipOf } from './crafted';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-read-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Cell (row, col), 1-based, of a grid anchored anywhere. */
function at(grid: Grid, row: number, col: number): CellValue | undefined {
  const r = grid.values[row - grid.originRow];
  return r ? (r[col - grid.originCol] ?? null) : null;
}
function fmtAt(grid: Grid, row: number, col: number): string | null | undefined {
  return grid.numberFormats?.[row - grid.originRow]?.[col - grid.originCol];
}

async function xlsxBuffer(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const LONG_TEXT = '长'.repeat(16_000) + 'x'.repeat(32_767 - 16_000);

describe('worksheet → Grid: the cell kinds of hand-made sheets', () => {
  let grids: Grid[];
  beforeAll(async () => {
    const data = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('目标任务');
      ws.getCell('A1').value = '指标';
      ws.getCell('B1').value = 150;
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = false;
      ws.getCell('A2').value = { formula: 'B1*2', result: 300 };
      ws.getCell('B2').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue; // never calculated
      ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('D2').value = { formula: 'A1&"x"', result: '指标x' };
      ws.getCell('A3').value = new Date(Date.UTC(2026, 2, 31)); // 2026-03-31
      ws.getCell('A3').numFmt = 'yyyy-mm-dd';
      ws.getCell('B3').value = new Date(Date.UTC(2026, 2, 31, 12, 0, 0));
      ws.getCell('B3').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('C3').value = 0.95;
      ws.getCell('C3').numFmt = '0%';
      ws.getCell('A4').value = { richText: [{ text: '科技', font: { bold: true } }, { text: '下乡' }] };
      ws.getCell('B4').value = { text: '官网', hyperlink: 'https://example.org/' };
      ws.getCell('C4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('D4').value = '=1+1';
      ws.getCell('A5').value = LONG_TEXT;
      ws.getCell('A6').value = 10;
      ws.getCell('A7').value = {
        formula: 'A6*2',
        result: 20,
        shareType: 'shared',
        ref: 'A7:A9',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('A8').value = { sharedFormula: 'A7', result: 40 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('A9').value = { sharedFormula: 'A7' } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('A10').value = '一、职能目标任务';
      ws.mergeCells('A10:D10');
      ws.getCell('B11').value = '完成情况';
      ws.mergeCells('B11:C12');
      ws.getRow(6).hidden = true;
      ws.getColumn(4).hidden = true;
      // A stray format at the very last row: the used range is enormous, the data is not.
      ws.getCell('A1048576').numFmt = '0.00';
      ws.getCell('A1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      const hidden = wb.addWorksheet('说明', { state: 'hidden' });
      hidden.getCell('A1').value = '填表说明';
      wb.addWorksheet('空表');
    });
    const sources = await readWorkbookBuffer(data, 'cells.xlsx');
    expect(sources.map((s) => s.file)).toEqual(['cells.xlsx', 'cells.xlsx', 'cells.xlsx']);
    grids = sources.map((s) => s.grid);
  });

  test('numbers, text and booleans are kept as they are', () => {
    const g = grids[0];
    expect(g.name).toBe('目标任务');
    expect(at(g, 1, 1)).toBe('指标');
    expect(at(g, 1, 2)).toBe(150);
    expect(at(g, 1, 3)).toBe(true);
    expect(at(g, 1, 4)).toBe(false);
  });

  test('formulas give their cached result; a formula never calculated is marked as such', () => {
    const g = grids[0];
    expect(at(g, 2, 1)).toBe(300);
    expect(at(g, 2, 2)).toEqual({ kind: 'formula', formula: 'NOW()' });
    expect(at(g, 2, 3)).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(at(g, 2, 4)).toBe('指标x');
  });

  test('shared formulas give their results, or the translated formula when there is none', () => {
    const g = grids[0];
    expect(at(g, 7, 1)).toBe(20);
    expect(at(g, 8, 1)).toBe(40);
    expect(at(g, 9, 1)).toEqual({ kind: 'formula', formula: 'A8*2' });
  });

  test('dates become 1900-system serial numbers and keep their date format', () => {
    const g = grids[0];
    expect(at(g, 3, 1)).toBe(46112); // 2026-03-31
    expect(fmtAt(g, 3, 1)).toBe('yyyy-mm-dd');
    expect(at(g, 3, 2)).toBe(46112.5);
    expect(fmtAt(g, 3, 2)).toBe('yyyy-mm-dd hh:mm');
    expect(at(g, 3, 3)).toBe(0.95);
    expect(fmtAt(g, 3, 3)).toBe('0%');
    expect(fmtAt(g, 1, 2)).toBeFalsy(); // General
  });

  test('rich text is flattened, hyperlinks give their text, error values their code', () => {
    const g = grids[0];
    expect(at(g, 4, 1)).toBe('科技下乡');
    expect(at(g, 4, 2)).toBe('官网');
    expect(at(g, 4, 3)).toEqual({ kind: 'error', code: '#N/A' });
    expect(at(g, 4, 4)).toBe('=1+1'); // text that looks like a formula stays text
  });

  test('32,767-character text is read whole', () => {
    const v = at(grids[0], 5, 1);
    expect(typeof v).toBe('string');
    expect((v as string).length).toBe(32_767);
    expect(v).toBe(LONG_TEXT);
  });

  test('merged areas are listed and only their top-left cell holds the value', () => {
    const g = grids[0];
    expect(g.merges).toEqual([
      { top: 10, left: 1, bottom: 10, right: 4 },
      { top: 11, left: 2, bottom: 12, right: 3 },
    ]);
    expect(at(g, 10, 1)).toBe('一、职能目标任务');
    expect(at(g, 10, 2)).toBeNull();
    expect(at(g, 10, 4)).toBeNull();
    expect(at(g, 12, 3)).toBeNull();
  });

  test('hidden rows and columns are reported (and still read)', () => {
    const g = grids[0];
    expect(g.hiddenRows).toEqual([6]);
    expect(g.hiddenColumns).toEqual([4]);
    expect(at(g, 6, 1)).toBe(10);
  });

  test('a stray format at row 1,048,576 does not make a million rows', () => {
    const g = grids[0];
    expect(g.originRow).toBe(1);
    expect(g.originCol).toBe(1);
    expect(g.values.length).toBe(11); // B11 is the last value
    expect(Math.max(...g.values.map((r) => r.length))).toBe(4);
  });

  test('sheet visibility and empty sheets', () => {
    expect(grids[0].visibility).toBe('visible');
    expect(grids[1].visibility).toBe('hidden');
    expect(at(grids[1], 1, 1)).toBe('填表说明');
    expect(grids[2].name).toBe('空表');
    expect(grids[2].values).toEqual([]);
    expect(grids[2].merges).toEqual([]);
  });
});

describe('worksheet → Grid: edges', () => {
  test('a value at the last row is found without materialising the rows in between', async () => {
    const data = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = 1;
      ws.getCell('A1048576').value = '末行';
    });
    const [{ grid }] = await readWorkbookBuffer(data, 'far.xlsx');
    expect(grid.values.length).toBe(1_048_576);
    expect(at(grid, 1_048_576, 1)).toBe('末行');
    expect(at(grid, 2, 2)).toBe(1);
    // Empty rows are empty arrays (ragged rows), not rows of nulls.
    expect(grid.values[500_000].length).toBe(0);
    expect(grid.values[0]).toBe(grid.values[500_000]);
  });

  test('dates in a 1904-system workbook come out as 1900-system serials', async () => {
    const data = await xlsxBuffer((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 2, 31));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const [{ grid }] = await readWorkbookBuffer(data, 'd1904.xlsx');
    expect(at(grid, 1, 1)).toBe(46112);
  });
});

describe('files that are not usable give a one-line InputError naming the file', () => {
  async function failureOf(name: string, content: Buffer | null): Promise<InputError> {
    const file = path.join(dir, name);
    if (content) await fs.writeFile(file, content);
    try {
      await readWorkbookFile(file);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.file).toBe(file);
      expect(err.message).toContain(file);
      expect(err.message).not.toMatch(/[\r\n]/);
      expect(err.message).not.toMatch(/undefined|null|NaN|\(\)/);
      return err;
    }
    throw new Error(`${name} was read without error`);
  }
  let valid: Buffer;
  beforeAll(async () => {
    valid = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = [r, `指标${r}`, r * 1.5];
    });
  });

  test('missing file', async () => {
    expect((await failureOf('nope.xlsx', null)).message).toMatch(/not found/);
  });
  test('a folder', async () => {
    await fs.mkdir(path.join(dir, 'folder.xlsx'));
    expect((await failureOf('folder.xlsx', null)).message).toMatch(/folder/);
  });
  test('zero bytes', async () => {
    expect((await failureOf('empty.xlsx', Buffer.alloc(0))).message).toMatch(/empty \(0 bytes\)/);
  });
  test('old .xls (OLE2 header)', async () => {
    const xls = Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(1024, 0)]);
    xls.write('Workbook', 600, 'utf16le');
    expect((await failureOf('old.xlsx', xls)).message).toMatch(/old \.xls format.*save it as \.xlsx/);
  });
  test("a WPS spreadsheet (.et, in the same container as the old .xls) is named as WPS's", async () => {
    const et = Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(1024, 0)]);
    et.write('Workbook', 600, 'utf16le');
    const err = await failureOf('台账.et', et);
    expect(err.code).toBe('wps-spreadsheet');
    expect(err.message).toMatch(/WPS spreadsheet \(\.et\); open it in WPS and save it as/);
  });
  test('password-protected .xlsx (OLE2 container with EncryptionInfo)', async () => {
    const enc = Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(2048, 0)]);
    enc.write('EncryptionInfo', 1024, 'utf16le');
    enc.write('EncryptedPackage', 1200, 'utf16le');
    expect((await failureOf('secret.xlsx', enc)).message).toMatch(/password-protected/);
  });
  test('CSV renamed .xlsx', async () => {
    const csv = Buffer.from('\uFEFF序号,指标,年度目标\n1,科技下乡,150\n', 'utf8');
    expect((await failureOf('data.xlsx', csv)).message).toMatch(/is text\/CSV, not an \.xlsx workbook/);
  });
  test('CSV in GBK-like bytes (no NULs) is still recognised as text', async () => {
    const gbk = Buffer.from([
      0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x0d, 0x0a, 0x31, 0x2c, 0x32,
    ]);
    expect((await failureOf('gbk.xlsx', gbk)).message).toMatch(/text\/CSV/);
  });
  test('HTML saved as .xlsx', async () => {
    const html = Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>');
    expect((await failureOf('page.xlsx', html)).message).toMatch(/HTML or XML/);
  });
  test('truncated zip', async () => {
    expect((await failureOf('cut.xlsx', valid.subarray(0, Math.floor(valid.length / 2)))).message).toMatch(
      /damaged or incomplete/,
    );
  });
  test('random bytes', async () => {
    let seed = 7;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    bytes[0] = 0x00; // binary for sure
    expect((await failureOf('noise.xlsx', bytes)).message).toMatch(/not an \.xlsx workbook/);
  });
  test('random bytes behind a zip signature', async () => {
    const bytes = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(500, 0x41)]);
    expect((await failureOf('fakezip.xlsx', bytes)).message).toMatch(
      /damaged or incomplete|could not be read/,
    );
  });
  test('a zip that is not a workbook (a .docx, say)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file('word/document.xml', '<w:document xmlns:w="x"/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await failureOf('letter.xlsx', docx)).message).toMatch(
      /not an Excel workbook|no worksheets|could not be read/,
    );
  });
  test('an OpenDocument spreadsheet (.ods) is named as such, with what to do', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content xmlns:office="x"/>');
    zip.file('META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="y"/>');
    const ods = await zip.generateAsync({ type: 'nodebuffer' });
    const err = await failureOf('ods-renamed.xlsx', ods);
    expect(err.code).toBe('opendocument');
    expect(err.message).toMatch(/OpenDocument spreadsheet .*save it as an Excel workbook \(\.xlsx\)/);
  });
  test('an Excel binary workbook (.xlsb) is named as such, not read as XML', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    );
    zip.file('xl/workbook.bin', Buffer.from([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]));
    const xlsb = await zip.generateAsync({ type: 'nodebuffer' });
    const err = await failureOf('book.xlsb', xlsb);
    expect(err.code).toBe('binary-workbook');
    expect(err.message).toMatch(/binary workbook \(\.xlsb\).*save it as \.xlsx/);
  });
  test('a valid file reads', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await fs.writeFile(file, valid);
    const [{ grid, file: f }] = await readWorkbookFile(file);
    expect(f).toBe(file);
    expect(grid.values.length).toBe(200);
    expect(at(grid, 200, 3)).toBe(300);
  });
});

// ───────────────────── the reader against exceljs's whole-workbook reader ─────────────────────

/** The reader and the oracle on the same bytes: the same Grids. */
async function againstOracle(data: Buffer, name: string): Promise<Grid[]> {
  const read = await readWorkbookBuffer(data, name);
  const expected = await oracleGrids(data);
  expect(read.map((s) => s.file)).toEqual(expected.map(() => name));
  // Row by row first, so that a difference is shown where it is.
  read.forEach((s, i) => {
    expect(s.grid.values).toEqual(expected[i].values);
    expect(s.grid.numberFormats).toEqual(expected[i].numberFormats);
  });
  expect(read.map((s) => s.grid)).toEqual(expected);
  return read.map((s) => s.grid);
}

/** The reader alone (for what exceljs's reader does not read right). */
async function readGrids(data: Buffer, name: string): Promise<Grid[]> {
  return (await readWorkbookBuffer(data, name)).map((s) => s.grid);
}

/** Every kind of cell the reader knows, written by exceljs's whole-workbook writer. */
function everyCellKind(wb: ExcelJS.Workbook, date1904: boolean): void {
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('目标任务');
  ws.getCell('A1').value = '指标';
  ws.getCell('B1').value = 150;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = false;
  ws.getCell('E1').value = '';
  ws.getCell('A2').value = { formula: 'B1*2', result: 300 };
  ws.getCell('B2').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').value = { formula: 'A1&"x"', result: '指标x & <y>' };
  ws.getCell('E2').value = { formula: 'B1-B1', result: 0 };
  ws.getCell('F2').value = { formula: '1=2', result: false } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell('G2').value = { formula: 'TODAY()', result: new Date(Date.UTC(2026, 5, 30)) };
  ws.getCell('G2').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('A3').value = new Date(Date.UTC(2026, 2, 31));
  ws.getCell('A3').numFmt = 'yyyy-mm-dd';
  ws.getCell('B3').value = new Date(Date.UTC(2026, 2, 31, 12, 0, 0));
  ws.getCell('B3').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('C3').value = 0.95;
  ws.getCell('C3').numFmt = '0%';
  ws.getCell('D3').value = 1234.5;
  ws.getCell('D3').numFmt = '#,##0.00"万元"';
  ws.getCell('A4').value = { richText: [{ text: '科技', font: { bold: true } }, { text: '下乡' }] };
  ws.getCell('B4').value = { text: '官网', hyperlink: 'https://example.org/' };
  ws.getCell('C4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('D4').value = '=1+1';
  ws.getCell('E4').value = '行一\r\n行二\t';
  ws.getCell('A5').value = LONG_TEXT;
  ws.getCell('A6').value = 10;
  ws.getCell('A7').value = {
    formula: 'A6*2',
    result: 20,
    shareType: 'shared',
    ref: 'A7:A9',
  } as ExcelJS.CellFormulaValue;
  ws.getCell('A8').value = { sharedFormula: 'A7', result: 40 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A9').value = { sharedFormula: 'A7' } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A10').value = '一、职能目标任务';
  ws.mergeCells('A10:D10');
  ws.getCell('B11').value = '完成情况';
  ws.mergeCells('B11:C12');
  ws.getCell('F11').value = '尾';
  ws.mergeCells('F11:H11');
  ws.getRow(6).hidden = true;
  ws.getRow(40).hidden = true; // beyond the data: not listed
  ws.getColumn(4).hidden = true;
  ws.getColumn(30).hidden = true; // beyond the data: not listed
  ws.getCell('A1048576').numFmt = '0.00';
  const hidden = wb.addWorksheet('说明', { state: 'hidden' });
  hidden.getCell('A1').value = '填表说明';
  const veryHidden = wb.addWorksheet('参数', { state: 'veryHidden' });
  veryHidden.getCell('B2').value = 2026;
  wb.addWorksheet('空表');
}

/** A workbook put together part by part, for what exceljs's writer never writes. */
async function handMade(parts: {
  sheets: { name: string; part: string; state?: string; xml: string }[];
  sharedStrings?: string[];
  styles?: string;
  date1904?: boolean;
  absoluteTargets?: boolean;
}): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  // The sheets before the workbook part, as exceljs and some other writers order them.
  parts.sheets.forEach((s) =>
    zip.file(
      `xl/worksheets/${s.part}`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns} ${rns}>${s.xml}</worksheet>`,
    ),
  );
  if (parts.sharedStrings) {
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${parts.sharedStrings.length}">${parts.sharedStrings.join('')}</sst>`,
    );
  }
  if (parts.styles)
    zip.file(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${parts.styles}</styleSheet>`,
    );
  const rels = parts.sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${parts.absoluteTargets ? '/xl/' : ''}worksheets/${s.part}"/>`,
    )
    .join('');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
      '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
  );
  zip.file('xl/chartsheets/sheet1.xml', `<chartsheet ${ns}/>`);
  const sheetList = parts.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} ${rns}>${parts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}` +
      `<sheets>${sheetList}<sheet name="图表" sheetId="99" r:id="rIdC"/></sheets></workbook>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
  '<numFmt numFmtId="165" formatCode="#,##0.00_ "/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs>';

/** Enough Chinese text that the shared strings span many inflated chunks (characters split across them). */
const MANY_STRINGS = Array.from(
  { length: 6000 },
  (_, i) => `科技下乡活动第${i}项（${'组织'.repeat(i % 7)}）`,
);

describe("the reader gives exactly the Grids of exceljs's whole-workbook reader", () => {
  test('every cell kind, merges, hidden rows, columns and sheets (exceljs writer)', async () => {
    const grids = await againstOracle(await xlsxBuffer((wb) => everyCellKind(wb, false)), 'kinds.xlsx');
    const g = grids[0];
    expect(at(g, 2, 5)).toBe(0); // a formula whose cached result is 0 is not "never calculated"
    expect(at(g, 2, 6)).toBe(false);
    expect(at(g, 2, 7)).toBe(46203);
    expect(fmtAt(g, 2, 7)).toBe('yyyy"年"m"月"d"日"');
    expect(at(g, 2, 4)).toBe('指标x & <y>');
    expect(at(g, 9, 1)).toEqual({ kind: 'formula', formula: 'A8*2' });
    expect(g.merges).toHaveLength(3);
    expect(g.hiddenRows).toEqual([6]);
    expect(g.hiddenColumns).toEqual([4]);
    expect(grids.map((x) => x.visibility)).toEqual(['visible', 'hidden', 'veryHidden', 'visible']);
  });

  test('a 1904-system workbook', async () => {
    const grids = await againstOracle(await xlsxBuffer((wb) => everyCellKind(wb, true)), 'd1904.xlsx');
    expect(at(grids[0], 3, 1)).toBe(46112);
  });

  test("exceljs's streaming writer: inline strings, or shared strings written after the sheets", async () => {
    for (const useSharedStrings of [false, true]) {
      const file = path.join(dir, `streamed-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: file,
        useStyles: true,
        useSharedStrings,
      });
      for (let s = 0; s < 3; s++) {
        const ws = wb.addWorksheet(`单位${s + 1}`);
        for (let r = 0; r < 400; r++) {
          const row = ws.addRow([
            r + 1,
            MANY_STRINGS[r * 3 + s],
            r % 5 === 0 ? '1,234' : r * 1.5,
            null,
            r % 7 ? 1 : '',
          ]);
          if (r % 50 === 0) row.getCell(3).numFmt = '0.0%';
          row.commit();
        }
        ws.commit();
      }
      await wb.commit();
      const grids = await againstOracle(await fs.readFile(file), 'streamed.xlsx');
      expect(at(grids[1], 400, 2)).toBe(MANY_STRINGS[399 * 3 + 1]);
      expect(
        grids.flatMap((g) => g.values.flat()).some((v) => typeof v === 'string' && v.includes('\uFFFD')),
      ).toBe(false);
    }
  });

  test('parts exceljs never writes: inline rich text, phonetic runs, escapes, shared formulas, odd cells', async () => {
    const sst = [
      '<si><t>普通</t></si>',
      '<si><r><rPr><b/></rPr><t>科技</t></r><r><t xml:space="preserve">下乡 </t></r></si>',
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>',
      '<si/>',
      '<si><t/></si>',
      '<si><t>行_x000D_一&amp;&lt;二&gt;</t></si>',
      ...MANY_STRINGS.map((t) => `<si><t>${t}</t></si>`),
    ];
    const rows = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6005</v></c></row>',
      '<row r="2" hidden="true"><c r="A2" t="inlineStr"><is><t>内联</t></is></c>' +
        '<c r="B2" t="inlineStr"><is><r><t>组织</t></r><r><rPr><i/></rPr><t>科技</t></r><r><t>下乡</t></r></is></c>' +
        '<c r="C2" t="inlineStr"><is><t>注音</t></is></c><c r="D2" t="inlineStr"><is><t></t></is></c>' +
        '<c r="E2" t="str"><v>a &amp;amp; b</v></c><c r="F2" t="d"><v>2026-03-31T00:00:00</v></c><c r="G2" t="n"><v>abc</v></c></row>',
      '<row r="3"><c r="A3" s="1"><v>46112</v></c><c r="B3" s="2"><v>46112.25</v></c><c r="C3" s="3"><v>1234.5</v></c>' +
        '<c r="D3" s="4"><v>0.123</v></c><c r="E3" s="77"><v>5</v></c><c r="F3" s="1"/><c r="G3"/><c r="H3" s="0"><v>7</v></c></row>',
      '<row r="4"><c r="A4"><f t="shared" ref="A4:A7" si="0">H3*2</f><v>14</v></c><c r="B4" t="str"><f>""</f><v></v></c>' +
        '<c r="C4" t="b"><f>1=1</f><v>1</v></c><c r="D4" t="e"><f>NA()</f><v>#N/A</v></c><c r="E4" t="str"><f>A1</f><v>普通</v></c>' +
        '<c r="F4" s="1"><f>A3+1</f><v>46113</v></c><c r="G4"><f t="shared" si="5"/><v>9</v></c><c r="H4"><f/><v>3</v></c></row>',
      '<row r="5"><c r="A5"><f t="shared" si="0"/><v>0</v></c></row>',
      '<row r="6"><c r="A6"><f t="shared" si="0"/></c><c r="B6"><f t="array" ref="B6:B7">SUM(A4:A5)</f><v>14</v></c></row>',
      '<row r="7"><c r="A7"><f t="shared" si="0"/><v>1E+300</v></c><c r="C7"><v>-0</v></c><c r="D7"><v>1.5e-7</v></c></row>',
      '<row r="9" hidden="1"><c r="A9" t="e"><v>#REF!</v></c><c r="B9" t="b"><v>0</v></c></row>',
      '<row r="12" hidden="1"/>',
    ];
    const main =
      '<sheetPr/><dimension ref="A1:H12"/><cols><col min="2" max="3" width="9" hidden="1"/><col min="3" max="5" hidden="0"/>' +
      '<col min="8" max="16384" hidden="true"/></cols>' +
      `<sheetData>${rows.join('')}</sheetData><mergeCells count="1"><mergeCell ref="B9:C9"/></mergeCells>`;
    const second =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c><c r="B1" t="inlineStr"><is><t>留在合并区域里</t></is></c>' +
      '<c r="C1" s="3"><v>3</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" s="3"><v>2</v></c></row>' +
      '<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>只在被合并的格子里</t></is></c></row></sheetData>' +
      '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="$A$2:$B$2"/><mergeCell ref="C3:A3"/></mergeCells>';
    const data = await handMade({
      sheets: [
        { name: '乙 &amp; 表', part: 'sheet2.xml', xml: second, state: 'veryHidden' },
        { name: '甲表', part: 'sheet1.xml', xml: main },
      ],
      sharedStrings: sst,
      styles: STYLES,
      date1904: true,
      absoluteTargets: true,
    });
    const grids = await readGrids(data, 'hand.xlsx');
    expect(grids.map((g) => g.name)).toEqual(['乙 & 表', '甲表']);
    const [b, a] = grids;
    expect(at(a, 1, 2)).toBe('科技下乡 ');
    expect(at(a, 1, 3)).toBe('漢字'); // the phonetic reading is not part of the text
    expect(at(a, 1, 4)).toBeNull();
    expect(at(a, 1, 5)).toBe('');
    expect(at(a, 1, 6)).toBe('行\r一&<二>');
    expect(at(a, 1, 7)).toBe(MANY_STRINGS[5999]);
    expect(at(a, 2, 2)).toBe('组织科技下乡');
    expect(at(a, 2, 4)).toBeNull(); // an inline string without text
    expect(at(a, 2, 5)).toBe('a &amp; b'); // decoded once, as XML says
    expect(at(a, 2, 6)).toBe(46112); // an ISO date cell, as a serial
    expect(at(a, 2, 7)).toEqual({ kind: 'error', code: '#NUM!' }); // not a number
    expect(at(a, 7, 1)).toBe(1e300);
    expect(Object.is(at(a, 7, 3), -0)).toBe(true);
    expect(at(a, 7, 4)).toBe(1.5e-7);
    expect(at(a, 4, 1)).toBe(14);
    expect(at(a, 5, 1)).toBe(0);
    expect(at(a, 6, 1)).toEqual({ kind: 'formula', formula: 'H5*2' });
    expect(at(a, 3, 1)).toBe(46112 + 1462); // a 1904-system serial, as a 1900-system one
    expect(fmtAt(a, 3, 2)).toBe('yyyy"年"m"月"d"日"');
    expect(a.hiddenRows).toEqual([2, 9]);
    expect(a.hiddenColumns).toEqual([2, 3, 8]);
    expect(b.visibility).toBe('veryHidden');
    expect(b.values).toEqual([['甲'], [1], [1]]);
    expect(b.numberFormats).toBeUndefined();
    expect(b.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 3 },
    ]);
  });

  test('a workbook without a styles part: cells have no number format', async () => {
    const data = await handMade({
      sheets: [
        {
          name: 'S',
          part: 'sheet1.xml',
          xml: '<sheetData><row r="1"><c r="A1" s="1"><v>46112</v></c><c r="B1" s="0"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    const [grid] = await againstOracle(data, 'nostyles.xlsx');
    expect(grid.values).toEqual([[46112, 2]]);
    expect(grid.numberFormats).toBeUndefined();
  });

  test('an inline string with a phonetic reading: the text alone, and the rest of the sheet still read', async () => {
    // (exceljs's whole-workbook reader stops reading the sheet at such a cell.)
    const data = await handMade({
      sheets: [
        {
          name: 'S',
          part: 'sheet1.xml',
          xml:
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>注音</t><rPh sb="0" eb="2"><t>ちゅう</t></rPh>' +
            '<phoneticPr fontId="1"/></is></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>',
        },
      ],
    });
    const [{ grid }] = await readWorkbookBuffer(data, 'p.xlsx');
    expect(grid.values).toEqual([['注音', 2], [3]]);
  });

  test('random sheets: values, formats, merges, hidden rows and columns', async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('科技下乡', '120多', '1,234', '=SUM(A1)', ' 尾随 ', '行\n二'),
      fc.boolean(),
      fc.record({ formula: fc.constant('A1+1'), result: fc.oneof(fc.integer(), fc.constant(0)) }),
      fc.constant({ error: '#DIV/0!' }),
      fc.integer({ min: 1, max: 60000 }).map((d) => new Date(Date.UTC(1900, 0, d))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 1, max: 3 }),
            fc.integer({ min: 0, max: 2 }),
          ),
          {
            maxLength: 4,
          },
        ),
        fc.boolean(),
        async (rows, hiddenRows, hiddenCols, merges, date1904) => {
          const data = await xlsxBuffer((wb) => {
            wb.properties.date1904 = date1904;
            const ws = wb.addWorksheet('随机');
            rows.forEach((row, r) =>
              row.forEach((v, c) => {
                if (v === null) return;
                const target = ws.getCell(r + 1, c + 1);
                target.value = v as ExcelJS.CellValue;
                if (v instanceof Date) target.numFmt = 'yyyy-mm-dd';
                else if (typeof v === 'number' && (r + c) % 3 === 0) target.numFmt = '0.00%';
              }),
            );
            hiddenRows.forEach((r) => (ws.getRow(r).hidden = true));
            hiddenCols.forEach((c) => (ws.getColumn(c).hidden = true));
            // Merged areas in bands of rows of their own, so they never overlap.
            merges.forEach(([left, width, height], i) =>
              ws.mergeCells(i * 4 + 1, left, i * 4 + 1 + height, left + width),
            );
            wb.addWorksheet('空');
          });
          await againstOracle(data, 'random.xlsx');
        },
      ),
      { numRuns: 40 },
    );
  });

  test('overlapping merged areas are a malformed part, named', async () => {
    const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const overlapping = await handMade({
      sheets: [
        {
          name: 'S',
          part: 'sheet1.xml',
          xml: `<sheetData>${row}</sheetData><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`,
        },
      ],
    });
    const err = await readWorkbookBuffer(overlapping, 'o.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('part-malformed');
    expect((err as InputError).message).toMatch(
      /^o\.xlsx: .*xl\/worksheets\/sheet1\.xml.*A1:B2 and B2:C3 overlap/,
    );
  });

  test('rows and cells without an address follow the one before, as the format says', async () => {
    const noAddress = await handMade({
      sheets: [
        {
          name: 'S',
          part: 'sheet1.xml',
          xml: '<sheetData><row><c><v>5</v></c><c t="inlineStr"><is><t>乙</t></is></c></row><row r="3"><c r="B3"><v>7</v></c><c><v>8</v></c></row></sheetData>',
        },
      ],
    });
    const [grid] = await readGrids(noAddress, 'n.xlsx');
    expect(grid.values).toEqual([[5, '乙'], [], [null, 7, 8]]);
  });

  test('entries and targets written with backslashes (some Windows tools) are read as Excel reads them', async () => {
    const slashed = workbookParts(['目标任务']);
    const sheet = {
      name: 'xl/worksheets/sheet1.xml',
      data: sheetXml(`<sheetData>${tableRows(2).join('')}</sheetData>`),
    };
    const backslashed = [...slashed, sheet].map((e) => ({
      ...e,
      name: e.name.replace(/\//g, '\\'),
      data:
        e.name === 'xl/_rels/workbook.xml.rels' && typeof e.data === 'string'
          ? e.data.replace('Target="worksheets/', 'Target="\\xl\\worksheets\\')
          : e.data,
    }));
    expect(backslashed.map((e) => e.name)).toContain('xl\\worksheets\\sheet1.xml');
    const [expected] = await readGrids(zipOf([...slashed, sheet]), 'a.xlsx');
    const [grid] = await readGrids(zipOf(backslashed), 'b.xlsx');
    expect(expected.values[3]).toEqual([2, '指标2', '项', 100, 20, 20, 20]);
    expect(grid).toEqual(expected);
  });
});

describe('reading only some sheets', () => {
  let data: Buffer;
  let file: string;
  beforeAll(async () => {
    data = await xlsxBuffer((wb) => {
      const big = wb.addWorksheet('报告');
      for (let r = 1; r <= 300; r++) big.getRow(r).values = [r, `行${r}`];
      big.mergeCells('A1:B1');
      const notes = wb.addWorksheet('对标记录');
      for (let r = 1; r <= 30; r++) notes.getRow(r).values = [`记录${r}`, r];
      notes.getRow(12).hidden = true;
      wb.addWorksheet('说明').getCell('C3').value = '说明文字';
    });
    file = path.join(dir, 'some.xlsx');
    await fs.writeFile(file, data);
  });

  test('only the named sheets, read whole, the others left out', async () => {
    const all = (await readWorkbookFile(file)).map((s) => s.grid);
    const some = await readSheetsByName(file, (name) => name === '对标记录');
    expect(some.map((s) => s.grid)).toEqual([all[1]]);
    expect(some[0].file).toBe(file);
    expect(await readSheetsByName(file, () => false)).toEqual([]);
  });

  test('with othersHeadRows, the other sheets by their first rows, in the workbook order', async () => {
    const some = (await readSheetsByName(file, (name) => name === '对标记录', 2)).map((s) => s.grid);
    expect(some.map((g) => g.name)).toEqual(['报告', '对标记录', '说明']);
    expect(some[0].values).toEqual([[1], [2, '行2']]); // B1 is in the merged area A1:B1
    expect(some[0].merges).toEqual([]); // not read for a head
    expect(some[1].values).toHaveLength(30);
    expect(some[1].hiddenRows).toEqual([12]);
    expect(some[2].values).toEqual([]);
    // The heads are the whole sheets' first rows.
    const all = (await readWorkbookFile(file)).map((s) => s.grid);
    expect(some[0].values).toEqual(all[0].values.slice(0, 2));
    expect(all[2].values).toHaveLength(3); // C3, beyond the head
  });

  test('a sheet left out is not parsed, nor the rest of a sheet read for its head', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const history = '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>';
    const broken = await handMade({
      sheets: [
        { name: '坏表', part: 'sheet1.xml', xml: '<sheetData><row r="1"><c r="A1"></row>' },
        {
          name: '大表',
          part: 'sheet2.xml',
          xml: `<sheetData>${rows.join('')}<row r="5001"><c r="A6"></row>`,
        },
        { name: '对标记录', part: 'sheet3.xml', xml: history },
      ],
    });
    const left = await readWorkbookBuffer(broken, 'b.xlsx', { sheets: (n) => n === '对标记录' });
    expect(left.map((s) => s.grid.values)).toEqual([[[7]]]);
    await expect(
      readWorkbookBuffer(broken, 'b.xlsx', { sheets: (n) => n === '对标记录', othersHeadRows: 3 }),
    ).rejects.toBeInstanceOf(InputError); // the broken sheet's first row is broken
    const noBad = await handMade({
      sheets: [
        {
          name: '大表',
          part: 'sheet1.xml',
          xml: `<sheetData>${rows.join('')}<row r="5001"><c r="A6"></row>`,
        },
        { name: '对标记录', part: 'sheet2.xml', xml: history },
      ],
    });
    const some = await readWorkbookBuffer(noBad, 'b.xlsx', {
      sheets: (n) => n === '对标记录',
      othersHeadRows: 3,
    });
    expect(some.map((s) => s.grid.values)).toEqual([[[0], [1], [2]], [[7]]]);
    // Read whole, the same workbook is damaged.
    await expect(readWorkbookBuffer(noBad, 'b.xlsx')).rejects.toBeInstanceOf(InputError);
  });

  test('the check-in history of a report workbook is read as from the whole workbook', async () => {
    const history = Array.from({ length: 3 }, (_, i) => ({
      period: `Q${i + 1}`,
      takenAt: `2026-0${i + 3}-31T08:00:00.000Z`,
      entries: Array.from({ length: 8 }, (_, k) => ({
        key: `市科协|指标${k}`,
        sheet: '市科协',
        id: String(k + 1),
        name: `指标${k}`,
        category: '职能目标任务',
        target: 100,
        actual: 10 * (i + 1) + k,
        expected: 25 * (i + 1),
        completion: (10 * (i + 1) + k) / 100,
        status: 'behind' as const,
      })),
    }));
    const report: import('../../src/engine').SheetLayout = {
      ...historySheetLayout([], 'zh-CN'),
      name: '目标对标报告',
      rows: [
        [{ value: '报告 target-report:v1' }],
        ...Array.from({ length: 50 }, (_, i) => [{ value: `第${i}行` }]),
      ],
    };
    for (const historyName of ['对标记录', '改过名的记录']) {
      const f = path.join(dir, `report-${historyName}.xlsx`);
      const layout = {
        sheets: [
          report,
          { ...historySheetLayout(history, 'zh-CN'), name: historyName },
          { ...report, name: '我的表', rows: [[{ value: 1 }]] },
        ],
      };
      await fs.writeFile(f, await renderReportWorkbook(layout));
      const read = await readHistoryWorkbook(f);
      expect(read).toEqual(historyFromSources(await readWorkbookFile(f), f));
      expect(read?.history).toHaveLength(3);
      expect(read?.sheet).toBe(historyName);
      expect(read?.hasReport).toBe(true);
      expect(read?.otherSheets).toEqual(['我的表']);
    }
  });
});
