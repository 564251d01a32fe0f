/**
 * File problems in the run's language: InputError carries a code and params; the command line renders
 * them as one line naming the file as the user gave it, in zh-CN or en-US, while `message` stays English
 * for callers that are not the command line.
 */
import * as fsSync from 'fs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  describeInputError,
  formatInputError,
  InputError,
  LIST_SEPARATOR,
  type InputErrorCode,
} from '../../src/file/errors';
import { encryptedXlsxBytes, oldXlsBytes, plainSheet, writeXlsx } from '../hardening/corpus';
import { runCli } from '../support/runCli';

const CODES: readonly InputErrorCode[] = [
  'missing',
  'no-permission',
  'unreadable',
  'is-directory',
  'empty',
  'old-xls',
  'encrypted',
  'csv',
  'markup',
  'empty-zip',
  'not-workbook',
  'zip-not-workbook',
  'opendocument',
  'binary-workbook',
  'damaged',
  'load-failed',
  'no-sheets',
  'out-is-input',
  'no-output-folder',
  'output-folder-not-folder',
  'output-is-folder',
  'write-denied',
  'disk-full',
  'history-is-input',
  'history-foreign',
  'history-is-report',
  'not-own-output',
  'output-not-file',
  'history-not-file',
  'stdout-terminal',
  'name-too-long',
  'io-error',
  'write-failed',
  'history-locked',
  'part-damaged',
];

/** The command in process on a fixed date; `lang` is TARGET_REPORT_LANG. */
const cli = (args: string[], cwd: string, lang?: string) =>
  runCli(args, cwd, { now: new Date(2018, 9, 8, 9, 30), lang });

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-errors-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('InputError', () => {
  test.each(CODES.map((c) => [c]))('%s has a message in both languages, without gaps', (code) => {
    const params = {
      dir: '输出',
      detail: 'bad header',
      sheets: `台账${LIST_SEPARATOR}说明`,
      errno: 'EXDEV',
      pid: '4242',
      host: 'build-7',
      since: '09:30:00',
      part: 'xl/sharedStrings.xml',
    };
    const zh = describeInputError({ code, params }, 'zh-CN');
    const en = describeInputError({ code, params }, 'en-US');
    for (const text of [zh, en]) {
      expect(text.length).toBeGreaterThan(4);
      expect(text).not.toMatch(/undefined|null|NaN|\(\)|（）|[\r\n\u001f]/);
    }
    // zh-CN is Chinese; en-US has no Chinese of its own (only the parameters)
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en.replace(/输出|台账|说明/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toEqual(en);
  });

  test('message stays English and names the file; code, params and file are kept', () => {
    const e = new InputError('/data/2018年目标.xlsx', 'no-output-folder', { dir: '/data/out' });
    expect(e.message).toBe('/data/2018年目标.xlsx: the output folder /data/out does not exist');
    expect(e.code).toBe('no-output-folder');
    expect(e.params).toEqual({ dir: '/data/out' });
    expect(e.file).toBe('/data/2018年目标.xlsx');
    expect(e).toBeInstanceOf(Error);
  });

  test('formatInputError: a full-width colon in zh-CN, the file as shown', () => {
    const e = new InputError('/abs/path/2018年目标.xlsx', 'encrypted');
    expect(formatInputError(e, 'zh-CN', '2018年目标.xlsx')).toBe(
      '2018年目标.xlsx：文件已加密（设有打开密码），请先在 Excel 中取消密码后另存',
    );
    expect(formatInputError(e, 'en-US', '2018年目标.xlsx')).toBe(
      '2018年目标.xlsx: is password-protected; remove the password in Excel and save it again',
    );
    expect(formatInputError(e, 'en-US')).toContain('/abs/path/2018年目标.xlsx: ');
  });

  test('lists of sheets are quoted the way each language quotes', () => {
    const params = { sheets: `台账${LIST_SEPARATOR}Notes` };
    expect(describeInputError({ code: 'history-foreign', params }, 'zh-CN')).toContain('：“台账”“Notes”');
    expect(describeInputError({ code: 'history-foreign', params }, 'en-US')).toContain(': "台账", "Notes"');
  });
});

describe('the command line prints file problems in its language', () => {
  beforeAll(async () => {
    await fs.writeFile(path.join(dir, '2018年目标.xlsx'), encryptedXlsxBytes());
    await fs.writeFile(path.join(dir, 'old.xls'), oldXlsBytes());
    await writeXlsx(path.join(dir, 'good.xlsx'), [plainSheet()]);
  });

  test('a password-protected workbook, zh-CN and en-US', async () => {
    const zh = await cli(['report', '2018年目标.xlsx'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toBe(
      'target-report: 2018年目标.xlsx：文件已加密（设有打开密码），请先在 Excel 中取消密码后另存\n',
    );
    const en = await cli(['report', '2018年目标.xlsx', '--lang', 'en-US'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'target-report: 2018年目标.xlsx: is password-protected; remove the password in Excel and save it again\n',
    );
    // the language may also come from the environment
    const env = await cli(['report', 'old.xls'], dir, 'en-US');
    expect(env.stderr).toBe(
      'target-report: old.xls: is in the old .xls format; open it in Excel and save it as .xlsx\n',
    );
  });

  test('a file in a sub-folder is named as given, not by its absolute path', async () => {
    await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
    await fs.copyFile(path.join(dir, 'old.xls'), path.join(dir, 'sub', '旧表.xlsx'));
    const r = await cli(['report', path.join('sub', '旧表.xlsx')], dir);
    expect(r.stderr).toBe(
      `target-report: ${path.join('sub', '旧表.xlsx')}：是旧版 .xls 格式，请在 Excel 中打开后另存为 .xlsx\n`,
    );
    expect(r.stderr).not.toContain(dir);
  });

  test.each([
    ['EACCES', '无法写入（没有写入权限）', 'cannot write here (permission denied)'],
    ['ENOSPC', '磁盘已满，无法写入', 'the disk is full'],
  ])('a write that fails with %s: one line in each language, no file left behind', async (code, zh, en) => {
    for (const [lang, text, sep] of [
      ['zh-CN', zh, '：'],
      ['en-US', en, ': '],
    ] as const) {
      // The output's staging file is opened at once (synchronously), so that its writing can go on
      // while the next output is rendered: that open fails.
      const nodeFs = jest.requireActual<typeof fsSync>('fs');
      const open = nodeFs.openSync;
      const spy = jest.spyOn(nodeFs, 'openSync').mockImplementation((file, ...rest) => {
        if (/^\.tr-.*\.tmp$/.test(path.basename(String(file)))) {
          throw Object.assign(new Error('denied'), { code });
        }
        return open(file, ...rest);
      });
      try {
        const r = await cli(['report', 'good.xlsx', '--json', 'out.json', '--lang', lang], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`target-report: out.json${sep}${text}\n`);
      } finally {
        spy.mockRestore();
      }
      expect((await fs.readdir(dir)).filter((f) => f.startsWith('.out.json') || f === 'out.json')).toEqual(
        [],
      );
    }
  });

  test('an output that is an input file: zh-CN and en-US', async () => {
    const zh = await cli(['report', 'good.xlsx', '--docx', 'good.xlsx'], dir);
    expect(zh.stderr).toBe(
      'target-report: good.xlsx：与输入文件相同；报告不会写到输入文件上，请另选输出文件\n',
    );
    const en = await cli(['report', 'good.xlsx', '--docx', 'good.xlsx', '--lang', 'en-US'], dir);
    expect(en.stderr).toBe(
      'target-report: good.xlsx: is one of the input files; the report is never written over an input, choose another output file\n',
    );
  });
});
