/**
 * Files that are not usable workbooks, workbooks with nothing to check, and sheets whose used range is far
 * larger than their data: each is one line on stderr naming the file, exit 2, no stack trace, or (for the
 * big used range) a normal run that finishes.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputError } from '../../src/file/errors';
import { readWorkbookFile } from '../../src/file/readXlsx';
import { BIN, ensureCliBuilt } from '../support/buildCli';
import { type CliResult, expectOneLineError, runCli } from '../support/runCli';
import {
  csvBytes,
  encryptedXlsxBytes,
  oldXlsBytes,
  plainSheet,
  removeDir,
  truncatedXlsxBytes,
  writeXlsx,
  xlsxBytes,
  tempDir,
} from './corpus';

/** The command in process; `lang` is TARGET_REPORT_LANG. */
const cli = (args: string[], cwd: string, lang = 'zh-CN') => runCli(args, cwd, { lang });

/** Exit 2, nothing on stdout, exactly one line on stderr naming the file (and why), no stack trace. */
const expectOneLine = (r: CliResult, file: string, why?: RegExp): string =>
  expectOneLineError(r, file, ...(why ? [why] : []));

let dir: string;
beforeAll(async () => {
  dir = await tempDir('files');
});
afterAll(async () => {
  await removeDir(dir);
});

/** name → bytes (or a special kind) → what the one line must say, in both languages. */
interface BadFile {
  readonly name: string;
  readonly make: (p: string) => Promise<void>;
  readonly zh: RegExp;
  readonly en: RegExp;
}

const BAD_FILES: readonly BadFile[] = [
  {
    name: 'old.xls',
    make: (p) => fs.writeFile(p, oldXlsBytes()),
    zh: /是旧版 \.xls 格式，请在 Excel 中打开后另存为 \.xlsx/,
    en: /old \.xls format/,
  },
  {
    name: 'old-renamed.xlsx',
    make: (p) => fs.writeFile(p, oldXlsBytes()),
    zh: /是旧版 \.xls 格式/,
    en: /old \.xls format/,
  },
  {
    name: 'table.csv.xlsx',
    make: (p) => fs.writeFile(p, csvBytes()),
    zh: /是文本\/CSV 文件，不是 \.xlsx 工作簿/,
    en: /text\/CSV/,
  },
  {
    name: 'locked.xlsx',
    make: (p) => fs.writeFile(p, encryptedXlsxBytes()),
    zh: /：文件已加密（设有打开密码），请先在 Excel 中取消密码后另存$/,
    en: /password-protected/,
  },
  {
    name: 'cut.xlsx',
    make: async (p) => fs.writeFile(p, await truncatedXlsxBytes(0.5)),
    zh: /文件已损坏或不完整/,
    en: /damaged or incomplete/,
  },
  {
    name: 'cut-early.xlsx',
    make: async (p) => fs.writeFile(p, await truncatedXlsxBytes(0.05)),
    zh: /文件已损坏或不完整|不是 \.xlsx 工作簿/,
    en: /damaged|incomplete|not an \.xlsx/,
  },
  {
    name: 'zero.xlsx',
    make: (p) => fs.writeFile(p, Buffer.alloc(0)),
    zh: /文件为空（0 字节）/,
    en: /empty \(0 bytes\)/,
  },
  {
    name: 'junk.xlsx',
    make: (p) => fs.writeFile(p, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))),
    zh: /不是 \.xlsx 工作簿（无法识别文件内容）/,
    en: /not an \.xlsx workbook/,
  },
  {
    name: 'other.zip.xlsx',
    make: async (p) => {
      const zip = new JSZip();
      zip.file('readme.txt', 'not a workbook');
      await fs.writeFile(p, await zip.generateAsync({ type: 'nodebuffer' }));
    },
    zh: /是 zip 压缩文件，但不是 Excel 工作簿/,
    en: /not an Excel workbook/,
  },
  {
    name: 'page.xlsx',
    make: (p) => fs.writeFile(p, '<html><body><table><tr><td>1</td></tr></table></body></html>'),
    zh: /是 HTML 或 XML 文本文件/,
    en: /HTML or XML/,
  },
];

beforeAll(async () => {
  for (const b of BAD_FILES) await b.make(path.join(dir, b.name));
  await fs.mkdir(path.join(dir, 'x.xlsx'), { recursive: true });
});

describe('unusable files: one line naming the file, exit 2, no stack trace', () => {
  test.each(BAD_FILES.map((b) => [b.name]))('%s (zh-CN and en-US)', async (name) => {
    const b = BAD_FILES.find((x) => x.name === name) as BadFile;
    const before = await fs.readFile(path.join(dir, name));
    const zh = expectOneLine(await cli(['report', name, '--out', `${name}.out.xlsx`], dir), name, b.zh);
    // The zh-CN line is Chinese throughout: the file, a full-width colon, the reason (no English left over).
    expect(zh.startsWith(`target-report: ${name}：`)).toBe(true);
    expect(zh).not.toMatch(/\b(is|not|the|an|file)\b|\bworkbook\b(?!\.xml)/i);
    expectOneLine(
      await cli(['report', name, '--lang', 'en-US', '--json', 'x.json'], dir, 'en-US'),
      name,
      b.en,
    );
    // No output was started, and the input is as it was.
    await expect(fs.stat(path.join(dir, `${name}.out.xlsx`))).rejects.toThrow();
    await expect(fs.stat(path.join(dir, 'x.json'))).rejects.toThrow();
    expect((await fs.readFile(path.join(dir, name))).equals(before)).toBe(true);
  });

  test.each(BAD_FILES.map((b) => [b.name]))('the file reader gives an InputError for %s', async (name) => {
    const err = await readWorkbookFile(path.join(dir, name)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toContain(name);
  });

  test('a folder named x.xlsx', async () => {
    expectOneLine(await cli(['report', 'x.xlsx'], dir), 'x.xlsx');
    expectOneLine(
      await cli(['report', 'x.xlsx', '--lang', 'en-US', '--json', 'x.json'], dir),
      'x.xlsx',
      /folder/,
    );
    const err = await readWorkbookFile(path.join(dir, 'x.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/folder/);
  });

  test('a missing file', async () => {
    expectOneLine(await cli(['report', 'missing.xlsx'], dir), 'missing.xlsx', /文件不存在/);
    expectOneLine(await cli(['report', 'missing.xlsx', '--lang', 'en-US'], dir), 'missing.xlsx', /not found/);
  });

  test('a bad file among good ones stops the run with one line naming the bad one', async () => {
    await writeXlsx(path.join(dir, 'good.xlsx'), [plainSheet()]);
    const line = expectOneLine(
      await cli(['report', 'good.xlsx', 'locked.xlsx', '--json', 'mixed.json'], dir),
      'locked.xlsx',
    );
    expect(line).not.toContain('good.xlsx');
    await expect(fs.stat(path.join(dir, 'mixed.json'))).rejects.toThrow();
  });
});

describe('workbooks with nothing to check', () => {
  test('a workbook with one empty sheet: exit 2, one line saying there is no indicator sheet', async () => {
    await writeXlsx(path.join(dir, 'blank.xlsx'), [{ name: 'Sheet1', rows: [] }]);
    expectOneLine(await cli(['report', 'blank.xlsx'], dir), 'blank.xlsx', /没有指标工作表.*Sheet1.*为空/);
    expectOneLine(
      await cli(['report', 'blank.xlsx', '--lang', 'en-US'], dir),
      'blank.xlsx',
      /no indicator sheet.*Sheet1.*empty/,
    );
  });

  test('a workbook with no worksheets at all: exit 2, one line', async () => {
    const wb = new ExcelJS.Workbook();
    await fs.writeFile(path.join(dir, 'nosheets.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    expectOneLine(await cli(['report', 'nosheets.xlsx'], dir), 'nosheets.xlsx');
    expectOneLine(await cli(['report', 'nosheets.xlsx', '--lang', 'en-US'], dir), 'nosheets.xlsx');
  });

  test('a workbook of sheets with no indicator table (instructions, contacts): exit 2, each reason given', async () => {
    await writeXlsx(path.join(dir, 'notes.xlsx'), [
      { name: '填表说明', rows: [['填表说明'], ['1. 每季度末填报。']] },
      {
        name: '联系人',
        rows: [
          ['姓名', '电话'],
          ['张三', '12345'],
        ],
      },
    ]);
    const line = expectOneLine(await cli(['report', 'notes.xlsx'], dir), 'notes.xlsx', /没有指标工作表/);
    expect(line).toContain('填表说明');
    expect(line).toContain('联系人');
  });

  test("a workbook whose only sheet is the product's own report: exit 2, and the line says why", async () => {
    await writeXlsx(path.join(dir, 'src.xlsx'), [plainSheet()]);
    const made = await cli(['report', 'src.xlsx', '--out', 'made.xlsx'], dir);
    expect(made.code).toBe(0);
    const zh = expectOneLine(await cli(['report', 'made.xlsx'], dir), 'made.xlsx', /没有指标工作表/);
    expect(zh).toMatch(/本工具生成的报告/);
    const en = expectOneLine(await cli(['report', 'made.xlsx', '--lang', 'en-US'], dir), 'made.xlsx');
    expect(en).toMatch(/no indicator sheet/);
    expect(en).toMatch(/report or history sheet made by Target Report/);
  });

  test("the product's report renamed so its sheet name is not recognised is still skipped by its marker", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'made.xlsx'));
    wb.worksheets.forEach((ws, i) => {
      ws.name = `Renamed${i + 1}`;
    });
    await fs.writeFile(path.join(dir, 'renamed.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const en = expectOneLine(await cli(['report', 'renamed.xlsx', '--lang', 'en-US'], dir), 'renamed.xlsx');
    expect(en).toMatch(/no indicator sheet/);
  });
});

describe('a used range far larger than the data', () => {
  test('a stray format at XFD1048576: the run finishes and reads the table', async () => {
    await writeXlsx(path.join(dir, 'stray-format.xlsx'), [{ ...plainSheet(), strayFormatAt: 'XFD1048576' }]);
    const r = await cli(
      ['report', 'stray-format.xlsx', '--json', 'stray-format.json', '--out', 'stray-format.out.xlsx'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(await fs.readFile(path.join(dir, 'stray-format.json'), 'utf8'));
    expect(json.summary.total).toBe(3);
    expect(json.indicators.map((i: { actual: number }) => i.actual)).toEqual([75, 150, 225]);
  }, 30_000);

  test('a stray value at XFD1048576 and a format at XFD1: the run finishes, the stray cell is no indicator', async () => {
    await writeXlsx(path.join(dir, 'stray-value.xlsx'), [
      { ...plainSheet(), strayFormatAt: 'XFD1', strayValue: { at: 'XFD1048576', value: '备用' } },
    ]);
    const r = await cli(['report', 'stray-value.xlsx', '--json', 'stray-value.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(await fs.readFile(path.join(dir, 'stray-value.json'), 'utf8'));
    expect(json.summary.total).toBe(3);
  }, 30_000);

  test('the reader keeps such a sheet small: no row arrays for the empty space', async () => {
    const data = await xlsxBytes([{ ...plainSheet(), strayFormatAt: 'XFD1048576' }]);
    await fs.writeFile(path.join(dir, 'stray2.xlsx'), data);
    const [src] = await readWorkbookFile(path.join(dir, 'stray2.xlsx'));
    expect(src.grid.values.length).toBeLessThan(10);
    for (const row of src.grid.values) expect(row.length).toBeLessThanOrEqual(11);
  }, 30_000);
});

describe('the installed command (a real process)', () => {
  beforeAll(() => {
    ensureCliBuilt();
  }, 120_000);

  test.each([['locked.xlsx'], ['zero.xlsx'], ['cut.xlsx'], ['old.xls'], ['missing.xlsx'], ['x.xlsx']])(
    '%s: exit status 2, one line on stderr, no stack trace',
    (name) => {
      const p = spawnSync(process.execPath, [BIN, 'report', name, '--json', '-'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TARGET_REPORT_LANG: 'en-US', TARGET_REPORT_DEBUG: '' },
        timeout: 60_000,
      });
      expectOneLine(
        { code: p.status ?? -1, stdout: p.stdout, stdoutBytes: Buffer.from(p.stdout), stderr: p.stderr },
        name,
      );
    },
  );
});
