/**
 * Odd numbers end to end: a workbook made here holds a sum past 1e308, a 5e-324 target, a huge figure
 * in 亿元, dates in the target and actual columns, a 20-digit target and the forms people type
 * (full-width digits, 1.2万, -0). The command names each problem at its cell in both languages and
 * writes no exponent notation, float noise or date serial in the JSON, the workbook or the Word text.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from '../support/runCli';
import { HEADER_ZH } from '../hardening/corpus';

type Cell = string | number | null | { v: number; fmt: string };

const ROWS: Cell[][] = [
  ['1', '职能目标任务', '大数', '元', 1e308, 1e308, 1e308, null, null, '办公室'],
  ['2', '职能目标任务', '极小目标', '项', 5e-324, 1, 1, null, null, '办公室'],
  ['3', '职能目标任务', '巨额', '亿元', 7.5e22, 1e22, 2e22, null, null, '办公室'],
  ['4', '职能目标任务', '日期目标', '项', { v: 43466, fmt: 'yyyy-mm-dd' }, 1, 1, null, null, '办公室'],
  ['5', '职能目标任务', '全角', '项', '１２３，４５６', '１，０００', 2000, null, null, '办公室'],
  ['6', '职能目标任务', '万人', '人', '1.2万', '3千', 2000, null, null, '办公室'],
  ['7', '职能目标任务', '负零', '项', 10, -0, 2, null, null, '办公室'],
  ['8', '职能目标任务', '长数字', '元', '12345678901234567890', 1, 2, null, null, '办公室'],
  ['9', '职能目标任务', '日期完成', '项', 10, { v: 43466, fmt: 'm/d/yy' }, 2, null, null, '办公室'],
];

async function writeBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标任务');
  ws.addRow(['2026年度目标任务完成情况表']);
  // the standard header without its 备注 column
  ws.addRow([...HEADER_ZH.slice(0, 10)]);
  for (const r of ROWS) {
    const row = ws.addRow(r.map((c) => (c !== null && typeof c === 'object' ? c.v : c)));
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = c.fmt;
    });
  }
  await wb.xlsx.writeFile(file);
}

/** The text of every paragraph and cell of a .docx, and every text cell of an .xlsx (its numbers are numbers). */
async function officeText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = Object.keys(zip.files).filter((n) => /^(word\/document|xl\/sharedStrings)\.xml$/.test(n));
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return xml.join('\n').replace(/<[^>]+>/g, ' ');
}

interface Json {
  indicators: { name: string; status: string; target: number | null; actual: number | null }[];
  diagnostics: { cell?: string; code: string; message: string }[];
}

/** Digits that are float noise (16 or more significant digits in a row) or exponent notation. */
const NOISE = /[1-9]\d{15,}(?<!0{3})(?!\d)|\d\.?\d*e[+-]?\d/i;

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-edges-'));
  await writeBook(path.join(tmp, 'edges.xlsx'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe.each(['zh-CN', 'en-US'])('odd numbers in %s', (lang) => {
  let json: Json;
  beforeAll(async () => {
    const r = await runCli(
      [
        'report',
        'edges.xlsx',
        '--period',
        'Q2',
        '--json',
        `${lang}.json`,
        '--out',
        `${lang}.xlsx`,
        '--docx',
        `${lang}.docx`,
      ],
      tmp,
      { lang },
    );
    expect(r.code).toBe(0);
    json = JSON.parse(await fs.readFile(path.join(tmp, `${lang}.json`), 'utf8')) as Json;
  });

  const byName = (name: string) => json.indicators.find((i) => i.name === name)!;
  const diagnostic = (cell: string) => json.diagnostics.find((d) => d.cell === cell)!;

  it('names each problem at its cell with the real cause', () => {
    expect(json.diagnostics.map((d) => [d.cell, d.code])).toEqual([
      ['G3', 'sum-too-large'],
      ['E4', 'number-too-small'],
      ['E6', 'date-in-number-column'],
      ['E10', 'too-many-digits'],
      ['F11', 'date-in-number-column'],
    ]);
    for (const d of json.diagnostics) {
      expect(d.message).toContain('edges.xlsx');
      expect(d.message.split('\n')).toHaveLength(1);
      expect(d.message).not.toMatch(/不是数字|is not a number|43466/);
    }
    expect(diagnostic('E6').message).toContain('2019-01-01');
    expect(diagnostic('F11').message).toContain('2019-01-01');
  });

  it('rates none of the bad rows, and reads the typed forms right', () => {
    for (const name of ['大数', '极小目标', '日期目标', '长数字', '日期完成']) {
      expect(byName(name).status).toBe('invalid');
    }
    expect(byName('全角')).toMatchObject({ target: 123456, actual: 3000 });
    expect(byName('万人')).toMatchObject({ target: 12000, actual: 5000 });
    expect(byName('负零')).toMatchObject({ target: 10, actual: 2 });
    expect(byName('巨额')).toMatchObject({ target: 7.5e22, actual: 3e22 });
  });

  it('writes no float noise, exponent notation, date serial or target "0" in the Word and Excel text', async () => {
    for (const file of [`${lang}.docx`, `${lang}.xlsx`]) {
      const text = await officeText(path.join(tmp, file));
      const quoted = text.replace(/“[^”]*”|&quot;[^&]*&quot;/g, ''); // the diagnostics quote the cells as typed
      expect(quoted).not.toMatch(NOISE);
      expect(text).not.toContain('43466');
      expect(text).not.toMatch(/年度目标0项|annual target of 0 /);
      expect(text).not.toContain('亿亿');
    }
  });
});
