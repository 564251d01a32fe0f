/**
 * The reader is bounded: the crafted files that once crashed or hung it end with one line and exit 2, or
 * with the right report when they are valid; and every limit of src/file/core/limits.ts (documented in
 * README) is met with a one-line InputError naming the file and the part or sheet, in both languages.
 * Outcomes only — the time and memory these files take are measured by `npm run bench`.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Lang } from '../../src/engine';
import { run } from '../../src/cli/main';
import { READ_LIMITS } from '../../src/file/core/limits';
import { formatInputError, InputError, type InputErrorCode } from '../../src/file/errors';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/file/readXlsx';
import {
  colName,
  columnsToTwoBillion,
  excelMaximumSheetCompact,
  hugeMediaPart,
  longSharedFormula,
  lyingSheetPart,
  manySharedStrings,
  manySheets,
  mergedAreaToTheEnd,
  oneSheet,
  rowBeyondTheSheet,
  rowXml,
  sheetCutOff,
  sheetXml,
  strayValuesInXfd,
  tableRows,
  workbookParts,
  zipOf,
} from './crafted';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-limits-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The command on one crafted file, in process: its exit code, standard output and the lines of stderr. */
async function report(name: string, data: Buffer, lang: Lang) {
  await fs.writeFile(path.join(dir, name), data);
  let out = '';
  let err = '';
  const code = await run(['report', name, '--json', '-'], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: dir,
    now: () => new Date(2026, 9, 8, 9, 30),
    env: { TARGET_REPORT_LANG: lang },
  });
  return { code, out, lines: err.split('\n').filter((l) => l !== '') };
}

/** Exit 2 and one line naming the file, in both languages; the line in each. */
async function refused(name: string, data: Buffer, en: RegExp, zh: RegExp): Promise<void> {
  for (const [lang, why] of [
    ['en-US', en],
    ['zh-CN', zh],
  ] as const) {
    const r = await report(name, data, lang);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^target-report: ${name.replace('.', '\\.')}[:：]`));
    expect(r.lines[0]).toMatch(why);
    expect(r.lines[0]).not.toMatch(/undefined|NaN|\bnull\b|\[object|\n\s+at /);
  }
}

/** Exit 0 and the indicators of the three-row table. */
async function readsTheTable(name: string, data: Buffer): Promise<void> {
  const r = await report(name, data, 'en-US');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.summary.total).toBe(3);
  expect(json.indicators.map((i: { name: string }) => i.name)).toEqual(['指标1', '指标2', '指标3']);
}

/** The InputError the reader gives for the bytes. */
async function failure(data: Buffer, limits: Partial<typeof READ_LIMITS> = {}): Promise<InputError> {
  const e = await readWorkbookBuffer(data, 'x.xlsx', { limits }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('the crafted files of the issue', () => {
  test('one merged area A100:XFD1048576: the report, the area kept as an area', async () => {
    await readsTheTable('merged.xlsx', mergedAreaToTheEnd());
    const [{ grid }] = await readWorkbookBuffer(mergedAreaToTheEnd(), 'm.xlsx');
    expect(grid.merges).toEqual([{ top: 100, left: 1, bottom: 1_048_576, right: 16_384 }]);
    expect(grid.values).toHaveLength(5);
  });

  test('a row numbered 1,000,000,000: one line, exit 2', async () => {
    await refused(
      'rows.xlsx',
      rowBeyondTheSheet(),
      /xl\/worksheets\/sheet1\.xml.*row number 1000000000/,
      /格式错误/,
    );
  });

  test('a column definition to 2,000,000,000: the report', async () => {
    await readsTheTable('cols.xlsx', columnsToTwoBillion());
  });

  test.each([10_000, 30_000])(
    'stray values in column XFD on %i rows: the report; no row grows to 16,384 cells',
    async (rows) => {
      const data = strayValuesInXfd(rows);
      await readsTheTable(`xfd-${rows}.xlsx`, data);
      const [{ grid }] = await readWorkbookBuffer(data, 'x.xlsx');
      expect(grid.values).toHaveLength(5);
      expect(Math.max(...grid.values.map((r) => r.length))).toBe(7);
      expect(grid.truncated).toEqual({ totalRows: rows, totalColumns: 16_384 });
    },
  );

  test('4 million shared strings: one line, exit 2', async () => {
    // The table says how many it holds: refused on reading that, before any entry. (The benchmark's
    // file holds all 4 million.)
    await refused(
      'strings.xlsx',
      manySharedStrings(4_000_000, true, 1000),
      /more than 1,000,000 texts/,
      /超过 1,000,000 条/,
    );
  });

  test('a 3 GB picture in the package: the report (the picture is never unpacked)', async () => {
    await readsTheTable('media.xlsx', hugeMediaPart());
  });

  test('a sheet whose XML is cut off after row 6 of 12: one line naming the part, never 4 of 10', async () => {
    await refused(
      'cut.xlsx',
      sheetCutOff(),
      /sheet "目标任务" \(xl\/worksheets\/sheet1\.xml\) is cut off or damaged/,
      /工作表“目标任务”（xl\/worksheets\/sheet1\.xml）不完整或已损坏/,
    );
  });

  test('a shared formula of 900,000 characters used by 100,000 cells, never calculated: the report', async () => {
    await readsTheTable('formula.xlsx', longSharedFormula());
  });

  test("Excel's largest sheet, filled to row 1,048,576: one line, exit 2", async () => {
    await refused('max.xlsx', excelMaximumSheetCompact(), /more than|unpacks to/, /超过/);
  });
});

describe('every limit, with a one-line message', () => {
  test(`the file: over ${READ_LIMITS.fileBytes / 1024 ** 2} MB is refused before it is read`, async () => {
    const file = path.join(dir, 'huge.xlsx');
    await fs.writeFile(file, oneSheet(`<sheetData>${tableRows(3).join('')}</sheetData>`));
    await fs.truncate(file, READ_LIMITS.fileBytes + 1); // sparse: no disk used
    const e = await readWorkbookFile(file).catch((x: unknown) => x);
    expect((e as InputError).code).toBe('too-large');
    expect((e as InputError).message).toMatch(/is too large \(200 MB; this program reads up to 200 MB\)/);
  });

  test('one part: declared larger than the limit, refused before it is unpacked', async () => {
    const data = zipOf([
      ...workbookParts(['目标任务']),
      {
        name: 'xl/worksheets/sheet1.xml',
        data: new Uint8Array(10),
        compressed: { size: READ_LIMITS.partBytes + 1 },
      },
    ]);
    const e = await failure(data);
    expect(e.code).toBe('part-too-large');
    expect(e.message).toMatch(
      /its part xl\/worksheets\/sheet1\.xml unpacks to 256 MB, more than the 256 MB allowed/,
    );
  });

  test('one part: unpacking to more than it declared is damage, found without unpacking it all', async () => {
    expect((await failure(lyingSheetPart())).code).toBe('damaged');
  });

  test('all parts: at most a multiple of the file size (at least the floor), and an absolute cap', async () => {
    const declared = (name: string, size: number) => ({
      name,
      data: new Uint8Array(10),
      compressed: { size },
    });
    const small = zipOf([
      ...workbookParts(['甲', '乙']),
      declared('xl/worksheets/sheet1.xml', 10 * 1024 ** 2),
      declared('xl/worksheets/sheet2.xml', 10 * 1024 ** 2),
    ]);
    const e = await failure(small);
    expect(e.code).toBe('unpacked-too-large');
    expect(e.message).toMatch(/unpacks to more than 16 MB/); // the floor, for a small file
    // A 6 MB file may unpack to 100 × its size, but never to more than the absolute cap.
    const noise = new Uint8Array(6 * 1024 ** 2).map((_, i) => (i * 2654435761) >>> 24);
    const big = zipOf([
      ...workbookParts(['甲', '乙', '丙']),
      { name: 'xl/media/noise.bin', data: noise, stored: true },
      declared('xl/worksheets/sheet1.xml', 200 * 1024 ** 2),
      declared('xl/worksheets/sheet2.xml', 200 * 1024 ** 2),
      declared('xl/worksheets/sheet3.xml', 200 * 1024 ** 2),
    ]);
    const e2 = await failure(big);
    expect(e2.code).toBe('unpacked-too-large');
    expect(e2.message).toMatch(/unpacks to more than 512 MB/);
  });

  test('sheets in the workbook', async () => {
    expect(await readWorkbookBuffer(manySheets(10), 'x.xlsx', { limits: { sheets: 10 } })).toHaveLength(10);
    const e = await failure(manySheets(11), { sheets: 10 });
    expect(e.code).toBe('too-many-sheets');
    expect(e.message).toMatch(/holds more than 10 sheets, more than this program reads/);
    expect(formatInputError(e, 'zh-CN')).toMatch(/工作表超过 10 个/);
    await refused(
      'sheets.xlsx',
      manySheets(READ_LIMITS.sheets + 1),
      /more than 10,000 sheets/,
      /工作表超过 10,000 个/,
    );
  });

  test('shared formulas without a result: moved to each cell within a budget, then kept as written', async () => {
    const f = (r: number) =>
      r === 1 ? '<f t="shared" si="0" ref="A1:A6">B1*2</f>' : '<f t="shared" si="0"/>';
    const cell = (r: number, v = '') => `<row r="${r}"><c r="A${r}">${f(r)}${v}</c></row>`;
    const data = oneSheet(
      `<sheetData>${cell(1)}${cell(2)}${cell(3, '<v>7</v>')}${cell(4)}${cell(5)}${cell(6)}</sheetData>`,
    );
    const formulaAt = (g: { values: readonly (readonly unknown[])[] }, r: number) => g.values[r - 1][0];
    const [{ grid: all }] = await readWorkbookBuffer(data, 'x.xlsx');
    expect([1, 2, 3, 4, 5, 6].map((r) => formulaAt(all, r))).toEqual([
      { kind: 'formula', formula: 'B1*2' },
      { kind: 'formula', formula: 'B2*2' },
      7, // a result: nothing moved
      { kind: 'formula', formula: 'B4*2' },
      { kind: 'formula', formula: 'B5*2' },
      { kind: 'formula', formula: 'B6*2' },
    ]);
    // Room for two moved formulas of four characters: the cells after them keep the first cell's text.
    const [{ grid: cut }] = await readWorkbookBuffer(data, 'x.xlsx', { limits: { movedFormulaChars: 9 } });
    expect([2, 4, 5, 6].map((r) => formulaAt(cut, r))).toEqual([
      { kind: 'formula', formula: 'B2*2' },
      { kind: 'formula', formula: 'B4*2' },
      { kind: 'formula', formula: 'B1*2' },
      { kind: 'formula', formula: 'B1*2' },
    ]);
  });

  test("a number format longer than Excel's 255 characters is read as General", async () => {
    const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
    const withFormat = (code: string): Buffer => {
      const parts = workbookParts(['目标任务']);
      const rels = parts[3];
      const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
      return zipOf([
        ...parts.slice(0, 3),
        {
          name: rels.name,
          data: String(rels.data).replace(
            '</Relationships>',
            `<Relationship Id="rIdY" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
          ),
        },
        {
          name: 'xl/worksheets/sheet1.xml',
          data: sheetXml('<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c></row></sheetData>'),
        },
        { name: 'xl/styles.xml', data: styles },
      ]);
    };
    const formatOf = async (code: string) =>
      (await readWorkbookBuffer(withFormat(code), 'x.xlsx'))[0].grid.numberFormats?.[0]?.[0] ?? null;
    const longest = `0.0%${'_)'.repeat(125)}0`; // 255 characters
    expect(longest).toHaveLength(255);
    expect(await formatOf(longest)).toBe(longest);
    expect(await formatOf(`${longest}0`)).toBeNull();
    // A 300,000-character one (on 120,000 cells it once took minutes: every cell worked it out anew).
    const data = withFormat(`0.00;${'&quot;x&quot;'.repeat(100_000)}`);
    const [{ grid }] = await readWorkbookBuffer(data, 'x.xlsx');
    expect(grid.numberFormats?.[0]?.[0] ?? null).toBeNull();
  });

  test('cells with a value, over the workbook: refused naming the sheet where the limit is reached', async () => {
    const data = zipOf([
      ...workbookParts(['甲', '乙']),
      { name: 'xl/worksheets/sheet1.xml', data: sheetXml(`<sheetData>${tableRows(3).join('')}</sheetData>`) },
      { name: 'xl/worksheets/sheet2.xml', data: sheetXml(`<sheetData>${tableRows(3).join('')}</sheetData>`) },
    ]);
    // A title, a header of 7 and 3 indicators of 7: 29 cells a sheet.
    expect((await readWorkbookBuffer(data, 'x.xlsx', { limits: { cells: 58 } })).length).toBe(2);
    const e = await failure(data, { cells: 57 });
    expect(e.code).toBe('too-many-cells');
    expect(e.message).toMatch(/more than 57 cells with values \(reached in sheet "乙"\)/);
    expect(formatInputError(e, 'zh-CN')).toMatch(/有数据的单元格超过 57 个（读到工作表“乙”时）/);
  });

  test('the area of a sheet: stray cells spread out so that rows would be 16,384 cells wide', async () => {
    // Each cell within the gap of the one before it, from A to XFD; then many rows reaching XFD.
    const stairs: string[] = [];
    for (let c = 1; c <= 16_384; c += READ_LIMITS.columnGap)
      stairs.push(`<c r="${colName(c)}1"><v>1</v></c>`);
    const rows = [`<row r="1">${stairs.join('')}</row>`];
    for (let r = 2; r <= 700; r++) rows.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
    const e = await failure(oneSheet(`<sheetData>${rows.join('')}</sheetData>`));
    expect(e.code).toBe('sheet-too-large');
    expect(e.message).toMatch(/sheet "目标任务" spans too large an area \([\d,]+ rows × 16,384 columns\)/);
  });

  test('shared strings: the declared count, or the entries counted', async () => {
    const declared = await failure(manySharedStrings(READ_LIMITS.sharedStrings + 1, true, 10));
    expect(declared.code).toBe('too-many-strings');
    const counted = await failure(manySharedStrings(1001, false), { sharedStrings: 1000 });
    expect(counted.code).toBe('too-many-strings');
    expect(counted.message).toMatch(/more than 1,000 texts/);
    expect(
      await readWorkbookBuffer(manySharedStrings(1000, false), 'x.xlsx', { limits: { sharedStrings: 1000 } }),
    ).toHaveLength(1);
  });

  test('the length of one text', async () => {
    const long = (n: number) => oneSheet(`<sheetData>${rowXml(1, ['x'.repeat(n)])}</sheetData>`);
    const [{ grid }] = await readWorkbookBuffer(long(READ_LIMITS.stringChars), 'x.xlsx');
    expect((grid.values[0][0] as string).length).toBe(READ_LIMITS.stringChars);
    const e = await failure(long(READ_LIMITS.stringChars + 1));
    expect(e.code).toBe('string-too-long');
    expect(e.message).toMatch(
      /its part xl\/worksheets\/sheet1\.xml holds a text longer than 1,000,000 characters/,
    );
  });

  test('merged areas in one sheet', async () => {
    const merges = (n: number) =>
      Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i + 10}:B${i + 10}"/>`).join('');
    const sheet = (n: number) =>
      oneSheet(`<sheetData>${tableRows(3).join('')}</sheetData><mergeCells>${merges(n)}</mergeCells>`);
    const [{ grid }] = await readWorkbookBuffer(sheet(100), 'x.xlsx', { limits: { mergedAreas: 100 } });
    expect(grid.merges).toHaveLength(100);
    const e = await failure(sheet(101), { mergedAreas: 100 });
    expect(e.code).toBe('too-many-merges');
    expect(e.message).toMatch(/sheet "目标任务" has more than 100 merged areas/);
  });

  test(`a cell more than ${READ_LIMITS.columnGap} empty columns right of the rest is ignored, and said so`, async () => {
    const gap = READ_LIMITS.columnGap;
    const withCellAt = (col: number) =>
      oneSheet(
        `<sheetData>${rowXml(1, ['甲', '乙'])}<row r="2"><c r="${colName(col)}2"><v>9</v></c></row></sheetData>`,
      );
    const [{ grid: near }] = await readWorkbookBuffer(withCellAt(2 + gap + 1), 'x.xlsx');
    expect(near.values[1][2 + gap]).toBe(9);
    expect(near.truncated).toBeUndefined();
    const [{ grid: far }] = await readWorkbookBuffer(withCellAt(2 + gap + 2), 'x.xlsx');
    expect(far.values).toEqual([['甲', '乙']]);
    expect(far.truncated).toEqual({ totalRows: 2, totalColumns: 2 + gap + 2 });
    // A sheet that starts that far right is anchored where it starts.
    const [{ grid: right }] = await readWorkbookBuffer(
      oneSheet(`<sheetData><row r="3"><c r="AZZ3"><v>1</v></c><c r="BAA3"><v>2</v></c></row></sheetData>`),
      'x.xlsx',
    );
    expect(right.originCol).toBe(1378);
    expect(right.values).toEqual([[], [], [1, 2]]);
  });

  test("rows and columns beyond Excel's sheet are a malformed part", async () => {
    const e = await failure(
      oneSheet('<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>'),
    );
    expect(e.code).toBe('part-malformed');
    const e2 = await failure(oneSheet('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'));
    expect(e2.code).toBe('part-malformed');
    expect(e2.message).toMatch(/cell XFE1 outside the sheet/);
  });
});

describe('damaged packages and parts', () => {
  const table = sheetXml(`<sheetData>${tableRows(3).join('')}</sheetData>`);

  test.each<[string, () => Buffer, InputErrorCode, RegExp]>([
    [
      'two zip entries of the same name',
      () =>
        zipOf([
          ...workbookParts(['目标任务']),
          { name: 'xl/worksheets/sheet1.xml', data: table },
          { name: 'xl/worksheets/sheet1.xml', data: table },
        ]),
      'duplicate-entry',
      /the zip holds xl\/worksheets\/sheet1\.xml twice/,
    ],
    [
      'two sheets of the same name',
      () =>
        zipOf([
          ...workbookParts(['目标任务', '目标任务']),
          { name: 'xl/worksheets/sheet1.xml', data: table },
          { name: 'xl/worksheets/sheet2.xml', data: table },
        ]),
      'duplicate-sheet',
      /two sheets are both named "目标任务"/,
    ],
    [
      'a sheet the workbook lists that is not in the package',
      () => zipOf(workbookParts(['目标任务'])),
      'part-missing',
      /sheet "目标任务" \(xl\/worksheets\/sheet1\.xml\) is missing/,
    ],
    [
      'a tag closed by another',
      () => oneSheet('<sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData>'),
      'part-malformed',
      /<\/c> closes <v>/,
    ],
    [
      'a document type declaration (entity expansion)',
      () =>
        zipOf([
          ...workbookParts(['目标任务']),
          {
            name: 'xl/worksheets/sheet1.xml',
            data: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>',
          },
        ]),
      'part-malformed',
      /document type declaration/,
    ],
    [
      'bytes that are not UTF-8',
      () =>
        zipOf([
          ...workbookParts(['目标任务']),
          {
            name: 'xl/worksheets/sheet1.xml',
            data: Buffer.concat(
              sheetXml(
                '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>@</t></is></c></row></sheetData>',
              )
                .split('@')
                .flatMap((text, i) =>
                  i === 0 ? [Buffer.from(text)] : [Buffer.from([0xc3, 0x28]), Buffer.from(text)],
                ),
            ),
          },
        ]),
      'part-malformed',
      /not UTF-8/,
    ],
    [
      'a shared string that does not exist',
      () => oneSheet('<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>'),
      'part-malformed',
      /cell A1 refers to shared string 3/,
    ],
  ])('%s', async (_what, make, code, message) => {
    const e = await failure(make());
    expect(e.code).toBe(code);
    expect(e.message).toMatch(/^x\.xlsx: /);
    expect(e.message).toMatch(message);
    const zh = formatInputError(e, 'zh-CN');
    expect(zh).toMatch(/^x\.xlsx：文件已损坏/);
    expect(zh).not.toMatch(/undefined|NaN/);
    // The Chinese line is Chinese: no English words beside the part's name, tag names and "UTF-8".
    expect(zh.replace(/x\.xlsx|xl\/[\w/.]+|UTF-8|Excel|<\/?\w+>/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  test("a sheet's fault names the sheet, the part and the cell or row, in the user's language", async () => {
    const rows = '<row r="5"><c r="A5"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
    const e = await failure(oneSheet(`<sheetData>${rows}</sheetData>`));
    expect(e.code).toBe('part-malformed');
    expect(e.params).toMatchObject({
      sheet: '目标任务',
      part: 'xl/worksheets/sheet1.xml',
      problem: 'row-order',
    });
    expect(formatInputError(e, 'en-US')).toBe(
      'x.xlsx: is damaged: sheet "目标任务" (xl/worksheets/sheet1.xml) is malformed (row 2 after row 5); save it again from Excel',
    );
    expect(formatInputError(e, 'zh-CN')).toBe(
      'x.xlsx：文件已损坏：工作表“目标任务”（xl/worksheets/sheet1.xml）格式错误（第 2 行排在第 5 行之后），请在 Excel 中重新保存',
    );
    const merge = await failure(
      oneSheet(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      ),
    );
    expect(formatInputError(merge, 'zh-CN')).toContain('格式错误（合并区域 A1:B2 与 B2:C3 重叠）');
  });

  test('a name from the file is quoted cut short: the line stays one readable line', async () => {
    const long = '表'.repeat(100_000);
    const e = await failure(
      zipOf([
        ...workbookParts([long, long]),
        { name: 'xl/worksheets/sheet1.xml', data: table },
        { name: 'xl/worksheets/sheet2.xml', data: table },
      ]),
    );
    expect(e.code).toBe('duplicate-sheet');
    expect(e.params.sheet).toBe(long); // kept whole for whoever handles the error
    expect(e.message).toContain(`two sheets are both named "${'表'.repeat(199)}…"`);
    expect(formatInputError(e, 'zh-CN')).toContain(`有两个工作表都名为“${'表'.repeat(199)}…”`);
    expect(e.message.length).toBeLessThan(400);
  });
});
