import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/engine/types';
import { InputError } from '../../src/file/errors';
import { readWorkbookBuffer, readWorkbookFile, worksheetToGrid } from '../../src/file/readXlsx';

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

  test('worksheetToGrid works on a workbook built in memory', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('内存');
    ws.getCell('C3').value = 5;
    ws.getCell('C3').numFmt = '#,##0';
    ws.mergeCells('A1:B1');
    const g = worksheetToGrid(ws);
    expect(at(g, 3, 3)).toBe(5);
    expect(fmtAt(g, 3, 3)).toBe('#,##0');
    expect(g.values[2]).toEqual([null, null, 5]);
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
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
  test('a valid file reads', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await fs.writeFile(file, valid);
    const [{ grid, file: f }] = await readWorkbookFile(file);
    expect(f).toBe(file);
    expect(grid.values.length).toBe(200);
    expect(at(grid, 200, 3)).toBe(300);
  });
});
