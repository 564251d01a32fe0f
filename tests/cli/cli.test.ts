import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as engine from '../../src/engine';
import { BIN, ROOT, ensureCliBuilt } from '../support/buildCli';
import { type CliResult, expectOneLineError, runCli } from '../support/runCli';

// runCheck wrapped so that one test can make it fail (the engine is imported through its index only).
jest.mock('../../src/engine', () => {
  const actual = jest.requireActual('../../src/engine');
  return { ...actual, runCheck: jest.fn(actual.runCheck) };
});

const SAMPLE = path.join(ROOT, 'assets', 'sample', 'indicators-sample.xlsx');

const NOW = new Date(2018, 9, 8, 9, 30);
const STACK_LINE = /\n\s+at /;

/** The command in process, on the sample's date; `env` is the whole environment it sees. */
const cli = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  runCli(args, cwd, { now: NOW, env });

async function sha(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

interface JsonIndicator {
  file: string;
  sheet: string;
  row: number;
  id: string | null;
  category: string | null;
  name: string;
  unit: string | null;
  direction: string;
  aggregation: string;
  target: number | null;
  actual: number | null;
  expected: number | null;
  completion: number | null;
  pace: number | null;
  status: string;
  owner: string | null;
}
interface JsonResult {
  period: string;
  indicators: JsonIndicator[];
  summary: { total: number; byStatus: Record<string, number> };
  diagnostics: {
    file?: string;
    sheet: string;
    cell?: string;
    severity: string;
    code: string;
    message: string;
  }[];
  skippedSheets: { file?: string; sheet: string; reason: string }[];
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'target-report-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function freshDir(name: string): Promise<string> {
  const d = path.join(tmp, name);
  await fs.mkdir(d, { recursive: true });
  return d;
}

// ───────────────────────────── the sample ─────────────────────────────

describe('target-report on the bundled sample', () => {
  let dir: string;
  let r: CliResult;
  let json: JsonResult;
  const sampleHash = () => sha(SAMPLE);
  let hashBefore: string;

  beforeAll(async () => {
    dir = await freshDir('sample');
    hashBefore = await sampleHash();
    r = await cli(
      [
        'report',
        SAMPLE,
        '--out',
        'out/report.xlsx',
        '--json',
        'out/result.json',
        '--docx',
        'out/report.docx',
      ],
      dir,
    );
    json = JSON.parse(await fs.readFile(path.join(dir, 'out', 'result.json'), 'utf8')) as JsonResult;
  });

  it('exits 0 and prints where the files are and a short summary in Chinese', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`对标报告已写入：${path.join('out', 'report.xlsx')}`);
    expect(r.stdout).toContain(`Word 文档已写入：${path.join('out', 'report.docx')}`);
    expect(r.stdout).toContain(`JSON 结果已写入：${path.join('out', 'result.json')}`);
    expect(r.stdout).toContain('对标期间：第三季度（未指定期间');
    expect(r.stdout).toContain(`目标任务共 ${json.summary.total} 项：`);
    expect(r.stdout).toContain(`已完成 ${json.summary.byStatus.achieved} 项`);
    expect(r.stdout).toContain(`进度滞后 ${json.summary.byStatus.behind} 项`);
    expect(r.stdout).toMatch(/数据提示：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条/);
    expect(r.stdout).toContain('已跳过“说明”“联系人”工作表：');
    expect(r.stdout).not.toMatch(/undefined|NaN|\bnull\b|（）|\(\)/);
  });

  it('defaults to Q3, the latest quarter with actuals (Q4 is empty)', () => {
    expect(json.period).toBe('Q3');
  });

  it('meets the JSON contract', () => {
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['period', 'indicators', 'summary', 'diagnostics', 'skippedSheets']),
    );
    const keys = [
      'file',
      'sheet',
      'row',
      'id',
      'category',
      'name',
      'unit',
      'direction',
      'aggregation',
      'target',
      'actual',
      'expected',
      'completion',
      'pace',
      'status',
      'owner',
    ];
    expect(json.indicators.length).toBe(json.summary.total);
    expect(json.indicators.length).toBe(26 + 6);
    for (const ind of json.indicators) {
      expect(Object.keys(ind)).toEqual(expect.arrayContaining(keys));
      expect(['higher', 'lower', 'milestone']).toContain(ind.direction);
      expect(['sum', 'last', 'average']).toContain(ind.aggregation);
      expect(Number.isInteger(ind.row)).toBe(true);
    }
    const total = Object.values(json.summary.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(json.summary.total);
    for (const d of json.diagnostics) {
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.message).toBeTruthy();
    }
    expect(json.skippedSheets.map((s) => s.sheet).sort()).toEqual(['联系人', '说明'].sort());
    for (const s of json.skippedSheets) expect(s.reason).toBeTruthy();
  });

  it('reads the sample as the standard layout: categories, rows, statuses at Q3', () => {
    const byName = (name: string, sheet = '市科协') => {
      const found = json.indicators.find((i) => i.name === name && i.sheet === sheet);
      if (!found) throw new Error(`no indicator ${name}`);
      return found;
    };
    const first = byName('组织科技下乡');
    expect(first).toMatchObject({
      row: 6,
      id: '1',
      category: '职能目标任务',
      unit: '场次',
      target: 180,
      actual: 184,
      status: 'achieved',
      owner: '科普部',
    });
    expect(first.file).toContain('indicators-sample.xlsx');
    // pace exactly 0.8: behind, not at risk
    expect(byName('举办实用技术培训班')).toMatchObject({ actual: 180, expected: 225, status: 'behind' });
    expect(byName('举办实用技术培训班').pace).toBeCloseTo(0.8, 6);
    // pace exactly 1.0: on track
    expect(byName('建设科普示范基地')).toMatchObject({ actual: 9, expected: 9, status: 'on_track' });
    expect(byName('培训群众')).toMatchObject({ actual: 23000, status: 'on_track' });
    expect(byName('义诊群众').status).toBe('at_risk');
    expect(byName('编印发放科普知识读本')).toMatchObject({ target: 100000, status: 'achieved' });
    expect(byName('干部作风问题被通报')).toMatchObject({
      direction: 'lower',
      status: 'on_track',
      category: '党的建设',
    });
    expect(byName('市级院士专家工作站认定')).toMatchObject({
      direction: 'milestone',
      status: 'on_track',
      category: '四服务特色亮点',
    });
    expect(byName('第五届优秀科技工作者评选')).toMatchObject({ direction: 'milestone', status: 'achieved' });
    expect(byName('巡察反馈问题整改到位率')).toMatchObject({
      aggregation: 'last',
      target: 1,
      actual: 0.875,
      status: 'behind',
    });
    expect(byName('建设科普中国乡村e站', '商州区科协').status).toBe('no_data');
    // the approximate 10多 is read as 10 with a warning naming its cell
    const approx = byName('开展科技人员继续教育和技能培训');
    expect(approx.actual).toBe(20);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({
        sheet: '市科协',
        cell: `H${approx.row}`,
        code: 'approximate-value',
        severity: 'warning',
      }),
    );
    for (const s of ['achieved', 'on_track', 'behind', 'at_risk', 'no_data'])
      expect(json.summary.byStatus[s]).toBeGreaterThan(0);
  });

  it('writes the report workbook and the Word document, and leaves the input untouched', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out', 'report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('对标报告');
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'out', 'report.docx')));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('组织科技下乡');
    expect(await sampleHash()).toBe(hashBefore);
    expect((await fs.readdir(path.join(dir, 'out'))).sort()).toEqual([
      'report.docx',
      'report.xlsx',
      'result.json',
    ]);
  });
});

describe('options', () => {
  it('--lang en-US prints the summary in English', async () => {
    const dir = await freshDir('en');
    const r = await cli(['report', SAMPLE, '--lang', 'en-US', '--json', 'r.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('JSON result written to r.json');
    expect(r.stdout).toMatch(/Period: Q3 \(latest period with actuals/);
    expect(r.stdout).toMatch(/\d+ indicators: \d+ achieved, \d+ on track/);
    expect(r.stdout).toMatch(/Data notes: \d+ errors?, \d+ warnings?, \d+ info/);
    expect(r.stdout).not.toMatch(/[\u4e00-\u9fff]{2,}：/); // no Chinese labels
  });

  it('--period FY turns unmet targets into missed', async () => {
    const dir = await freshDir('fy');
    const r = await cli(['report', SAMPLE, '--period', 'FY', '--json', 'r.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('对标期间：全年');
    expect(r.stdout).not.toContain('未指定期间');
    const json = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as JsonResult;
    expect(json.period).toBe('FY');
    expect(json.summary.byStatus.missed).toBeGreaterThan(0);
    expect(json.summary.byStatus.on_track ?? 0).toBe(0);
  });

  it('--on-track and --behind change the thresholds', async () => {
    const dir = await freshDir('thresholds');
    const r = await cli(['report', SAMPLE, '--behind', '0.7', '--json', '-'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonResult;
    const yizhen = json.indicators.find((i) => i.name === '义诊群众')!;
    expect(yizhen.pace).toBeCloseTo(11000 / 15000, 3);
    expect(yizhen.status).toBe('behind');
  });

  it('--json - writes the JSON alone to stdout and the summary to stderr', async () => {
    const dir = await freshDir('stdout');
    const r = await cli(['report', SAMPLE, '--json', '-'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonResult;
    expect(json.period).toBe('Q3');
    expect(r.stderr).toContain('目标任务共');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('--title and --unit-name reach the report', async () => {
    const dir = await freshDir('title');
    const r = await cli(
      ['report', SAMPLE, '--docx', 'r.docx', '--title', '测试标题对标报告', '--unit-name', '测试单位'],
      dir,
    );
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'r.docx')));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('测试标题对标报告');
    expect(doc).toContain('测试单位');
  });

  it('--notes adds the data notes to the Word file as its last appendix, files named without folders', async () => {
    const dir = await freshDir('notes');
    const docText = async (name: string) => {
      const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, name)));
      return zip.file('word/document.xml')!.async('string');
    };
    expect((await cli(['report', SAMPLE, '--docx', 'plain.docx'], dir)).code).toBe(0);
    const plain = await docText('plain.docx');
    expect(plain).not.toContain('>数据说明<');
    expect(plain).not.toContain('indicators-sample.xlsx');
    expect((await cli(['report', SAMPLE, '--docx', 'notes.docx', '--notes'], dir)).code).toBe(0);
    const notes = await docText('notes.docx');
    expect(notes).toContain('>3．数据说明<');
    expect(notes).toContain('>附件3<');
    expect(notes).toContain('indicators-sample.xlsx');
    expect(notes).not.toMatch(/assets[\\/]sample/);
    // Without a Word file the option has nothing to do: refused with one line, in both languages.
    const zh = await cli(['report', SAMPLE, '--notes', '--json', 'r.json'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr.trim()).toBe(
      'target-report: --notes 把数据说明作为附件写入 Word 文档，需与 --docx 一起使用',
    );
    const en = await cli(['report', SAMPLE, '--notes', '--lang', 'en-US'], dir);
    expect(en.stderr.trim()).toBe(
      'target-report: --notes adds the data notes to the Word document as an appendix: give --docx too',
    );
    for (const lang of ['zh-CN', 'en-US']) {
      expect((await cli(['--help', '--lang', lang], dir)).stdout).toMatch(/^ {2}--notes {2,}\S/m);
    }
  });

  it('without --out/--json/--docx writes <name>.report.xlsx next to the input and says so', async () => {
    const dir = await freshDir('default-out');
    const input = path.join(dir, '目标任务.xlsx');
    await fs.copyFile(SAMPLE, input);
    const before = await sha(input);
    const r = await cli(['report', '目标任务.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('对标报告已写入：目标任务.report.xlsx');
    expect((await fs.readdir(dir)).sort()).toEqual(['目标任务.report.xlsx', '目标任务.xlsx'].sort());
    expect(await sha(input)).toBe(before);
    // run again: the earlier report is replaced, the input still untouched
    const again = await cli(['report', '目标任务.xlsx'], dir);
    expect(again.code).toBe(0);
    expect(await sha(input)).toBe(before);
  });

  it('--help and --version', async () => {
    const h = await cli(['--help'], tmp);
    expect(h.code).toBe(0);
    for (const o of [
      '--period',
      '--lang',
      '--out',
      '--json',
      '--docx',
      '--title',
      '--unit-name',
      '--on-track',
      '--behind',
    ]) {
      expect(h.stdout).toContain(o);
    }
    const he = await cli(['report', '-h', '--lang', 'en-US'], tmp);
    expect(he.stdout).toContain('Usage:');
    const v = await cli(['--version'], tmp);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

// ───────────────────────────── several layouts ─────────────────────────────

type Cell = string | number | null;
async function writeWorkbook(
  file: string,
  sheets: { name: string; rows: Cell[][]; merges?: string[] }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

describe('a folder of workbooks in different layouts', () => {
  let dir: string;
  let r: CliResult;
  let json: JsonResult;
  beforeAll(async () => {
    dir = await freshDir('layouts');
    const input = path.join(dir, 'in');
    await fs.mkdir(input);
    await writeWorkbook(path.join(input, 'a-english.xlsx'), [
      {
        name: 'KPIs',
        rows: [
          ['2019 targets'],
          [
            'No.',
            'Category',
            'Indicator',
            'Unit',
            'Direction',
            'Annual target',
            'Q1',
            'Q2',
            'Q3',
            'Q4',
            'Owner',
          ],
          [
            '1',
            'Outreach',
            'Training sessions',
            'sessions',
            'Higher',
            100,
            20,
            30,
            null,
            null,
            'Science dept',
          ],
          ['2', 'Outreach', 'Complaints', 'cases', 'Lower', 10, 2, 2, null, null, 'Office'],
        ],
      },
    ]);
    await writeWorkbook(path.join(input, 'b-months.xlsx'), [
      {
        name: '月度',
        rows: [
          [
            '序号',
            '指标名称',
            '单位',
            '年度目标',
            ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
            '责任单位',
          ],
          [1, '新建服务站', '个', 24, 2, 2, 2, 2, 2, 2, null, null, null, null, null, null, '科普部'],
        ],
      },
    ]);
    await writeWorkbook(path.join(input, 'c-cumulative.xlsx'), [
      {
        name: '累计',
        rows: [
          ['编号', '考核指标', '计量单位', '全年目标', '累计完成', '牵头单位'],
          ['1', '争取资金', '万元', 200, 150, '办公室'],
        ],
      },
      {
        name: '联系人',
        rows: [
          ['姓名', '电话'],
          ['王敏', '0914-0000001'],
        ],
      },
    ]);
    // A macro-enabled workbook is the same format: read like the others.
    await writeWorkbook(path.join(input, 'd-two-row.xlsm'), [
      {
        name: '县区',
        rows: [
          ['2019年度目标任务完成情况表'],
          ['填报单位：某县科协  填报日期：2019年7月5日'],
          ['序号', '目标任务', '单位', '年度目标', '2019年完成情况', null, null, null, '责任部门'],
          [null, null, null, null, '一季度', '二季度', '三季度', '四季度', null],
          ['一', '职能目标任务'],
          [1, '科技下乡', '场次', 40, 10, 12, null, null, '科普部'],
          ['注：季度数为当季新增'],
          ['填表人：某某'],
        ],
        merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:H3', 'I3:I4'],
      },
    ]);
    // Excel's lock file and a report of an earlier run: both skipped when reading a folder.
    await fs.writeFile(path.join(input, '~$a-english.xlsx'), 'lock');
    await fs.writeFile(path.join(input, 'in.report.xlsx'), 'not read');
    // Spreadsheets this program does not read: each named in a note, with what to do; other files not.
    for (const name of ['e-old.xls', 'f-wps.et', 'g-calc.ods', 'h-binary.xlsb', 'i-export.csv', 'readme.txt'])
      await fs.writeFile(path.join(input, name), 'not read');
    // A subfolder with workbooks of its own is not read (named in a note); one without any is not named.
    await fs.mkdir(path.join(input, '2018'));
    await fs.writeFile(path.join(input, '2018', 'a.xlsx'), 'not read');
    await fs.writeFile(path.join(input, '2018', 'b.xlsm'), 'not read');
    await fs.mkdir(path.join(input, 'scans'));
    await fs.writeFile(path.join(input, 'scans', 'page1.pdf'), 'not read');
    r = await cli(['report', 'in', '--period', 'Q2', '--json', 'r.json'], dir);
    json = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as JsonResult;
  });

  it('reads every workbook in name order, with progress on stderr for more than three files', () => {
    expect(r.code).toBe(0);
    const progress = r.stderr.split('\n').filter((l) => l.startsWith('读取'));
    expect(progress).toEqual([
      `读取 1/4：${path.join('in', 'a-english.xlsx')}`,
      `读取 2/4：${path.join('in', 'b-months.xlsx')}`,
      `读取 3/4：${path.join('in', 'c-cumulative.xlsx')}`,
      `读取 4/4：${path.join('in', 'd-two-row.xlsm')}`,
    ]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(json.period).toBe('Q2');
  });

  it('names the spreadsheets of the folder it does not read, each with what to do', () => {
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('提示：未读取 '));
    expect(notes).toEqual([
      `提示：未读取 ${path.join('in', 'e-old.xls')}：是旧版 .xls 格式，请在 Excel 中打开后另存为 .xlsx`,
      `提示：未读取 ${path.join('in', 'f-wps.et')}：是 WPS 表格文件（.et），请在 WPS 中打开后另存为 Excel 工作簿（.xlsx）`,
      `提示：未读取 ${path.join('in', 'g-calc.ods')}：是 OpenDocument 表格（.ods，LibreOffice 或 WPS 的格式），请打开后另存为 Excel 工作簿（.xlsx）`,
      `提示：未读取 ${path.join('in', 'h-binary.xlsb')}：是 Excel 二进制工作簿（.xlsb），请在 Excel 中打开后另存为 .xlsx`,
      `提示：未读取 ${path.join('in', 'i-export.csv')}：是文本/CSV 文件，不是 .xlsx 工作簿，请在 Excel 中打开后另存为 .xlsx`,
    ]);
    expect(r.stderr).not.toContain('readme.txt');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('提示：未读取子文件夹'))).toEqual([
      `提示：未读取子文件夹 ${path.join('in', '2018')} 中的 2 个工作簿（文件夹只读取其本身的工作簿；如需一并对标，请把子文件夹也列为输入）`,
    ]);
    expect(r.stderr).not.toContain('scans');
  });

  it('evaluates English headers, month columns, a cumulative column and a two-row header', () => {
    const find = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(find('Training sessions')).toMatchObject({
      sheet: 'KPIs',
      row: 3,
      actual: 50,
      expected: 50,
      status: 'on_track',
      owner: 'Science dept',
    });
    expect(find('Complaints')).toMatchObject({ direction: 'lower', actual: 4, status: 'on_track' });
    expect(find('新建服务站')).toMatchObject({ sheet: '月度', actual: 12, expected: 12, status: 'on_track' });
    expect(find('争取资金')).toMatchObject({ sheet: '累计', actual: 150, status: 'on_track' });
    expect(find('科技下乡')).toMatchObject({
      sheet: '县区',
      row: 6,
      category: '职能目标任务',
      actual: 22,
      expected: 20,
      status: 'on_track',
    });
    expect(json.indicators).toHaveLength(5);
    expect(json.indicators.every((i) => !i.file.includes('~$') && !i.file.includes('report'))).toBe(true);
    expect(json.skippedSheets).toContainEqual(expect.objectContaining({ sheet: '联系人' }));
  });

  it('one workbook of the folder alone: the month sheet defaults to its latest month', async () => {
    const one = await cli(['report', path.join('in', 'b-months.xlsx'), '--json', '-'], dir);
    expect(one.code).toBe(0);
    const j = JSON.parse(one.stdout) as JsonResult;
    expect(j.period).toBe('M6');
    expect(one.stderr).toContain('对标期间：6月');
  });
});

// ───────────────────────────── bad inputs ─────────────────────────────

describe('bad inputs: exit 2, one line, no stack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshDir('bad');
    await fs.writeFile(path.join(dir, 'notes.xlsx'), 'this is a text file renamed to .xlsx\n');
    await fs.writeFile(path.join(dir, 'empty.xlsx'), '');
    await writeWorkbook(path.join(dir, 'contacts.xlsx'), [
      {
        name: '联系人',
        rows: [
          ['姓名', '部门', '电话'],
          ['王敏', '办公室', '0914-0000001'],
        ],
      },
      { name: '说明', rows: [['本表用于登记联系人。']] },
    ]);
    await fs.mkdir(path.join(dir, 'nothing-here'));
    await fs.copyFile(SAMPLE, path.join(dir, 'sample.xlsx'));
  });

  it('a missing file', async () => {
    expectOneLineError(await cli(['report', 'missing.xlsx'], dir), 'missing.xlsx：文件不存在');
    expectOneLineError(
      await cli(['report', 'missing.xlsx', '--lang', 'en-US'], dir),
      'missing.xlsx: file not found',
    );
  });

  it('a text file renamed .xlsx', async () => {
    expectOneLineError(
      await cli(['report', 'notes.xlsx'], dir),
      /^target-report: notes\.xlsx：是文本\/CSV 文件，不是 \.xlsx 工作簿/,
    );
  });

  it('a file of zero bytes', async () => {
    expectOneLineError(
      await cli(['report', 'empty.xlsx'], dir),
      /^target-report: empty\.xlsx：文件为空（0 字节）/,
    );
  });

  it('a workbook with no indicator sheet names each sheet and why it was skipped', async () => {
    const r = await cli(['report', 'contacts.xlsx'], dir);
    expectOneLineError(
      r,
      /^target-report: contacts\.xlsx：没有指标工作表——“联系人”“说明”工作表：未找到指标表的表头/,
    );
    expect(await fs.readdir(dir)).not.toContain('contacts.report.xlsx');
  });

  it('a folder with no workbook', async () => {
    expectOneLineError(
      await cli(['report', 'nothing-here'], dir),
      'nothing-here：文件夹中没有 .xlsx 或 .xlsm 工作簿',
    );
  });

  it('an unknown option, a missing option value, no command, an unknown command', async () => {
    expectOneLineError(await cli(['report', 'sample.xlsx', '--colour', 'red'], dir), '未知选项 --colour');
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--lang', 'en-US', '-x'], dir),
      'unknown option -x',
    );
    expectOneLineError(await cli(['report', 'sample.xlsx', '--out'], dir), '选项 --out 缺少取值');
    expectOneLineError(await cli([], dir), '缺少命令');
    expectOneLineError(await cli(['check', 'sample.xlsx'], dir), '未知命令“check”');
    expectOneLineError(await cli(['report'], dir), '没有给出要对标的工作簿');
  });

  it('a bad --period, --lang, --on-track or --behind', async () => {
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--period', 'Q5'], dir),
      '--period Q5：无法识别的期间',
    );
    expectOneLineError(await cli(['report', 'sample.xlsx', '--lang', 'fr'], dir), '--lang fr');
    expectOneLineError(await cli(['report', 'sample.xlsx', '--on-track', 'abc'], dir), '--on-track abc');
    expectOneLineError(await cli(['report', 'sample.xlsx', '--behind', '0'], dir), '--behind 0');
    expectOneLineError(await cli(['report', 'sample.xlsx', '--behind', '1.2'], dir), '--behind 1.2');
  });

  it('an output equal to an input, or two outputs on one file', async () => {
    const before = await sha(path.join(dir, 'sample.xlsx'));
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--out', 'sample.xlsx'], dir),
      'sample.xlsx：与输入文件相同',
    );
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--out', './sub/../sample.xlsx'], dir),
      '与输入文件相同',
    );
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--json', path.join(dir, 'sample.xlsx')], dir),
      '与输入文件相同',
    );
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--out', 'x.xlsx', '--docx', 'x.xlsx'], dir),
      '--out 与 --docx',
    );
    expect(await sha(path.join(dir, 'sample.xlsx'))).toBe(before);
  });

  it('an output folder that cannot be made', async () => {
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--out', 'empty.xlsx/sub/r.xlsx'], dir),
      'empty.xlsx/sub/r.xlsx：无法创建输出文件夹 empty.xlsx/sub',
    );
    expectOneLineError(
      await cli(['report', 'sample.xlsx', '--docx', 'nothing-here'], dir),
      'nothing-here：是文件夹；--docx 需要给出文件名',
    );
  });

  it('an unexpected error: exit 1, one line; the stack only with TARGET_REPORT_DEBUG=1', async () => {
    const spy = jest.mocked(engine.runCheck).mockImplementation(() => {
      throw new Error('boom\nsecond line');
    });
    try {
      const r = await cli(['report', 'sample.xlsx', '--json', '-'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('boom second line');
      expect(r.stderr).not.toMatch(STACK_LINE);
      const d = await cli(['report', 'sample.xlsx', '--json', '-'], dir, { TARGET_REPORT_DEBUG: '1' });
      expect(d.code).toBe(1);
      expect(d.stderr).toMatch(STACK_LINE);
    } finally {
      spy.mockReset();
      spy.mockImplementation(jest.requireActual('../../src/engine').runCheck);
    }
  });
});

// ───────────────────────────── the installed command ─────────────────────────────

describe('bin/target-report.js', () => {
  beforeAll(() => {
    ensureCliBuilt();
  }, 120000);

  it('runs the built program: JSON on stdout, exit 0; a missing file exits 2 without a stack', () => {
    const ok = spawnSync(process.execPath, [BIN, 'report', SAMPLE, '--json', '-', '--lang', 'en-US'], {
      cwd: tmp,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    const json = JSON.parse(ok.stdout) as JsonResult;
    expect(json.period).toBe('Q3');
    expect(json.indicators.length).toBeGreaterThan(0);
    expect(ok.stderr).toContain('Period: Q3');

    const bad = spawnSync(process.execPath, [BIN, 'report', 'missing.xlsx'], { cwd: tmp, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('target-report: missing.xlsx：文件不存在\n');
  });
});
