/**
 * The user's word on the columns and the year, end to end through the command: a sheet with neutral
 * headings (列2, 列3) is not guessed at but told about, with its columns and the --columns line to try;
 * that line (or a columns file) turns it into evaluated indicators; --year-start moves the period and
 * the pace into the organisation's year; --explain says how each sheet was read; each bad value is one
 * line in the chosen language.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { suggestedColumns } from '../../src/cli/columns';
import { type CliResult, expectOneLineError, runCli } from '../support/runCli';

let tmp: string;
const NOW = new Date(2024, 9, 8, 9, 30);

/** The command in process: `line` split at spaces (no value here holds one), or the words themselves. */
const cli = (line: string | readonly string[], lang?: string): Promise<CliResult> =>
  runCli(typeof line === 'string' ? line.split(' ') : line, tmp, {
    now: NOW,
    env: lang ? { TARGET_REPORT_LANG: lang } : {},
  });

interface JsonIndicator {
  name: string;
  target: number | null;
  actual: number | null;
  expected: number | null;
  pace: number | null;
  status: string;
}
interface JsonResult {
  period: string;
  yearStart: number;
  title: string;
  indicators: JsonIndicator[];
}

async function writeWorkbook(
  file: string,
  sheets: Record<string, unknown[][]>,
  merges: readonly string[] = [],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    for (const m of merges) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(path.join(tmp, file));
}

/** Headings no reader can take for a target or a result: 列2, 列3, 列4 under a 重点工作 name heading. */
const NEUTRAL = [
  ['序号', '重点工作', '列2', '列3', '列4'],
  [1, '新增城镇就业', 5000, 4200, '正常推进'],
  [2, '新建养老床位', 300, 120, '滞后'],
  [3, '改造老旧小区', 40, 38, '已完成'],
];

/** A housing scorecard stating its date in the title: Q3 of a January year, Q2 of an April one. */
const SCORECARD = [
  ['Housing performance as at 30 September 2024'],
  ['Ref', 'Performance Indicator', 'Annual Target', 'Current Performance'],
  ['H1', 'Homes built', 400, 210],
  ['H2', 'Repairs completed', 1200, 700],
];

/** Month columns April to March, filled to September: half of a year starting in April. */
const MONTHS_FROM_APRIL = [
  [
    'Measure',
    'Annual Target',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
    'Jan',
    'Feb',
    'Mar',
  ],
  ['Calls answered', 12000, 1000, 1000, 1000, 1000, 1000, 1000],
];

/** A year-end table whose title names the organisation's year and the months it runs. */
const APRIL_TO_MARCH = [
  ['Core Performance - April to March 2017/18'],
  ['Performance Indicator', 'Target', 'Results'],
  ['Homes let', 400, 420],
  ['Repairs completed on time', 0.98, 0.945],
];

/** A heading row with the indicator's column but no target's the reader knows (Col2, Col3). */
const KPI = [
  ['No.', 'KPI', 'Col2', 'Col3'],
  [1, 'Homes built', 400, 210],
  [2, 'Repairs completed', 1200, 700],
];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-columns-'));
  await writeWorkbook('neutral.xlsx', { 重点工作: NEUTRAL, 说明: [['本表由办公室填报。']] });
  await writeWorkbook('scorecard.xlsx', { Scorecard: SCORECARD });
  await writeWorkbook('form.xlsx', {
    自评表: [
      ['二级指标', '三级指标', '年度\n指标值', '实际\n完成值'],
      ['数量指标', '补助村数量', 8, 8],
    ],
  });
  await writeWorkbook('kpi.xlsx', { KPIs: KPI });
  await writeWorkbook('months.xlsx', { Calls: MONTHS_FROM_APRIL });
  await writeWorkbook('april.xlsx', { 'Core Performance': APRIL_TO_MARCH });
  await writeWorkbook(
    'crosstab.xlsx',
    {
      民生工程: [
        ['地区', '城镇新增就业(人)', null, '新建公园(个)', null],
        [null, '目标任务', '进度', '目标任务', '进度'],
        ['东坡区', 6000, 4500, 3, 2],
        ['彭山区', 3000, 2500, 2, 2],
        ['仁寿县', 8000, 5200, 4, 1],
      ],
    },
    ['A1:A2', 'B1:C1', 'D1:E1'],
  );
  await fs.writeFile(
    path.join(tmp, 'per-sheet.json'),
    JSON.stringify({ 重点工作: { name: 'B', target: '列2', actual: 'D' }, 另一张表: { target: 'C' } }),
  );
  await fs.writeFile(
    path.join(tmp, 'all.json'),
    JSON.stringify({ 名称: '重点工作', 目标: 'C', 完成: '列3' }),
  );
  await fs.writeFile(path.join(tmp, 'broken.json'), '{"target": "C",');
  await fs.writeFile(path.join(tmp, 'bad-role.json'), JSON.stringify({ 重点工作: { goal: 'C' } }));
  await fs.writeFile(path.join(tmp, 'list.json'), '["target=C"]');
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function json(file: string): Promise<JsonResult> {
  return JSON.parse(await fs.readFile(path.join(tmp, file), 'utf8')) as JsonResult;
}

/** The three rows of the neutral sheet, evaluated against the columns the user named. */
function expectNeutralEvaluated(result: JsonResult): void {
  expect(result.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['新增城镇就业', 5000, 4200],
    ['新建养老床位', 300, 120],
    ['改造老旧小区', 40, 38],
  ]);
  for (const i of result.indicators) {
    expect(i.status).not.toBe('not_rated');
    expect(i.pace).not.toBeNull();
  }
}

describe('a sheet whose columns the reader cannot settle', () => {
  test('is refused in one line naming the sheet, its columns and guesses, and the --columns to try', async () => {
    const r = await cli('report neutral.xlsx --json n.json', 'zh-CN');
    const line = expectOneLineError(
      r,
      'neutral.xlsx',
      '“重点工作”工作表',
      'B“重点工作”（猜测：指标名称）',
      'E“列4”',
      '可试：--columns "id=A,name=B,target=C,actual=D"',
    );
    // The sheet of prose is skipped with its own reason, not guessed at.
    expect(line).toContain('“说明”工作表');
  });

  test('says the same in English', async () => {
    const r = await cli('report neutral.xlsx --json n.json --lang en-US');
    expectOneLineError(
      r,
      'sheet "重点工作" looks like a table',
      'C "列2" (guess: result)',
      'try --columns "id=A,name=B,target=C,actual=D"',
    );
  });

  test('the suggested --columns line turns it into evaluated indicators', async () => {
    const r = await cli(
      'report neutral.xlsx --columns id=A,name=B,target=C,actual=D --period Q3 --json suggested.json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = await json('suggested.json');
    expectNeutralEvaluated(result);
    // Q3: three quarters of the year expected; 4200 of 5000 is past 3750, 120 of 300 short of 225.
    const [jobs, beds] = result.indicators;
    expect(jobs.expected).toBe(3750);
    expect(jobs.status).toBe('on_track');
    expect(beds.expected).toBe(225);
    expect(beds.status).toBe('at_risk');
  });

  test('--columns takes headings and role names in Chinese as well as letters', async () => {
    const r = await cli('report neutral.xlsx --columns 名称=重点工作，目标=列2，完成=D --json zh.json');
    expect(r.code).toBe(0);
    expectNeutralEvaluated(await json('zh.json'));
  });

  test('a column the user names that the sheet does not have is said, not ignored in silence', async () => {
    const r = await cli(
      'report neutral.xlsx --columns name=B,target=C,actual=D,owner=牵头单位 --json owner.json',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('提示：“重点工作”工作表中找不到 owner=牵头单位 所指的列');
  });

  test('a very long column name is quoted cut short, the note still one short line', async () => {
    const long = '牵头单位'.repeat(5000);
    const r = await cli(
      `report neutral.xlsx --columns name=B,target=C,actual=D,owner=${long} --json long.json`,
    );
    expect(r.code).toBe(0);
    const note = r.stderr.split('\n').find((l) => l.includes('所指的列')) ?? '';
    expect(note).toContain(`owner=${'牵头单位'.repeat(14)}牵头单…`);
    expect(note.length).toBeLessThan(120);
  });
});

describe('the --columns to try', () => {
  test('names a column of words, and gives a target or a result only a column of figures', () => {
    const columns = [
      { column: 'A', guess: null, figures: false },
      { column: 'B', guess: null, figures: false },
      { column: 'C', guess: null, figures: true },
      { column: 'D', guess: 'target', figures: true },
    ];
    expect(suggestedColumns(columns)).toBe('--columns "name=A,actual=C,target=D"');
    // Nothing of figures left for the result: none is offered.
    expect(suggestedColumns(columns.slice(0, 2).concat(columns[3]))).toBe('--columns "name=A,target=D"');
  });
});

describe('a heading row without a target column', () => {
  test('says how to name the column, and --columns reads it', async () => {
    const refused = await cli('report kpi.xlsx --json k.json --lang en-US');
    expectOneLineError(refused, 'sheet "KPIs"', 'name it: --columns "target=<letter or heading>"');
    const r = await cli('report kpi.xlsx --columns target=Col2,result=Col3 --period Q2 --json k.json');
    expect(r.code).toBe(0);
    const result = await json('k.json');
    expect(result.indicators.map((i) => [i.name, i.target, i.actual, i.expected])).toEqual([
      ['Homes built', 400, 210, 200],
      ['Repairs completed', 1200, 700, 600],
    ]);
  });
});

describe('--columns-file', () => {
  test('a mapping per sheet reads the sheet, and a sheet no input holds is noted', async () => {
    const r = await cli('report neutral.xlsx --columns-file per-sheet.json --json f.json');
    expect(r.code).toBe(0);
    expectNeutralEvaluated(await json('f.json'));
    expect(r.stderr).toContain('per-sheet.json 中的工作表“另一张表”在输入中不存在');
  });

  test('one mapping for every sheet, with Chinese role names', async () => {
    const r = await cli('report neutral.xlsx --columns-file all.json --json a.json');
    expect(r.code).toBe(0);
    expectNeutralEvaluated(await json('a.json'));
  });

  test.each([
    ['broken.json', 'zh-CN', ['broken.json：不是有效的 JSON（']],
    ['bad-role.json', 'zh-CN', ['bad-role.json：工作表“重点工作”：没有“goal”这一列角色']],
    ['list.json', 'en-US', ['list.json: should be a JSON object']],
    ['missing.json', 'en-US', ['missing.json: ']],
  ])('%s is refused in one line naming the file (%s)', async (file, lang, mentions) => {
    const r = await cli(['report', 'neutral.xlsx', '--columns-file', file], lang);
    expectOneLineError(r, ...mentions);
  });
});

describe('bad values of the new options', () => {
  test.each([
    [['--year-start', '13'], 'zh-CN', '--year-start 13：不是月份'],
    [['--year-start', 'Q2'], 'en-US', '--year-start Q2: not a month'],
    [['--columns', 'target'], 'zh-CN', '--columns：“target”应写成“角色=列”'],
    [['--columns', 'goal=C'], 'en-US', '--columns: "goal" is not a column role (use name, target, actual'],
    [['--columns', 'target=C,目标=D'], 'zh-CN', '--columns：角色 target 给出了不止一次'],
    [['--columns', ','], 'en-US', '--columns: no column is given'],
    [['--columns', 'target=C', '--columns-file', 'all.json'], 'en-US', 'cannot both be given'],
    [['--columns', 'target=C', '--columns', 'actual=D'], 'en-US', 'option --columns is given more than once'],
    [['--columns'], 'zh-CN', '选项 --columns 缺少取值'],
  ])('%j (%s)', async (args, lang, mention) => {
    const r = await cli(['report', 'neutral.xlsx', ...args], lang);
    expectOneLineError(r, mention);
  });
});

describe('--year-start', () => {
  test('moves the stated period and the pace into the organisation year', async () => {
    const january = await cli('report scorecard.xlsx --json jan.json --lang en-US');
    expect(january.code).toBe(0);
    const april = await cli('report scorecard.xlsx --json apr.json --lang en-US --year-start April');
    expect(april.code).toBe(0);
    const jan = await json('jan.json');
    const apr = await json('apr.json');
    // As at 30 September: Q3 of a calendar year (300 of 400 homes expected), Q2 of an April year (200).
    expect([jan.period, jan.yearStart, jan.indicators[0].expected, jan.indicators[0].status]).toEqual([
      'Q3',
      1,
      300,
      'at_risk',
    ]);
    expect([apr.period, apr.yearStart, apr.indicators[0].expected, apr.indicators[0].status]).toEqual([
      'Q2',
      4,
      200,
      'on_track',
    ]);
    expect(april.stdout).toContain(
      'Period: Q2 (of the year starting in April) (as sheet "Scorecard" states: "as at 30 September 2024")',
    );
    expect(january.stdout).toContain('Period: Q3');
  });

  test('a month given with --period is a calendar month, counted in the organisation year', async () => {
    const r = await cli('report scorecard.xlsx --json m.json --year-start 4月 --period 9月');
    expect(r.code).toBe(0);
    const result = await json('m.json');
    expect(result.period).toBe('M6');
    expect(result.indicators[0].expected).toBe(200);
    expect(r.stdout).toContain('对标期间：9月（年度自4月起，第6个月）');
  });
});

describe('the year start shown by month columns', () => {
  test('month columns April to March start the year in April when --year-start is not given, and the summary says so', async () => {
    const r = await cli('report months.xlsx --json months.json --lang en-US');
    expect(r.code).toBe(0);
    const result = await json('months.json');
    expect([
      result.period,
      result.yearStart,
      result.indicators[0].expected,
      result.indicators[0].status,
    ]).toEqual(['M6', 4, 6000, 'on_track']);
    expect(r.stdout).toContain(
      'Year starts in April (as the month columns of sheet "Calls" run; choose another with --year-start)',
    );
    const given = await cli('report months.xlsx --json months1.json --year-start 1');
    expect(given.code).toBe(0);
    const january = await json('months1.json');
    expect([january.period, january.yearStart, january.indicators[0].status]).toEqual(['M9', 1, 'at_risk']);
    expect(given.stdout).not.toContain('年度起始月份');
  });
});

describe('the year as the title names it', () => {
  test('a title naming April to March 2017/18 starts the year in April and names it 2017/18', async () => {
    const r = await cli('report april.xlsx --json april.json --lang en-US --explain');
    expect(r.code).toBe(0);
    const result = await json('april.json');
    expect([result.period, result.yearStart, result.title]).toEqual(['FY', 4, 'Target report: FY 2017/18']);
    expect(r.stdout).toContain('  the year as the table names it: 2017/18');
    expect(r.stdout).toContain(
      'Year starts in April (as sheet "Core Performance" states: "April to March 2017"; choose another with --year-start)',
    );
    const zh = await cli('report april.xlsx --json april-zh.json --explain');
    expect(zh.code).toBe(0);
    expect((await json('april-zh.json')).title).toBe('2017/18年度目标任务完成情况对标报告');
    expect(zh.stdout).toContain('  表中所述年度：2017/18年度');
    expect(zh.stdout).toContain('年度起始月份：4月（按“Core Performance”工作表所述“April to March 2017”');
  });
});

describe('--explain', () => {
  test('names each column with its role, evidence and confidence, and the period the table states', async () => {
    const r = await cli('report scorecard.xlsx --json x.json --explain --lang en-US');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^sheet "Scorecard": read by its content, A2:D4, confidence \d+(\.\d)?%, 2 indicators$/,
    );
    expect(r.stdout).toMatch(/ {2}B "Performance Indicator" -> indicator \(by its heading, [\d.]+%\)/);
    expect(r.stdout).toMatch(/ {2}C "Annual Target" -> annual target \(by its heading, [\d.]+%\)/);
    expect(r.stdout).toMatch(/ {2}D "Current Performance" -> result \(by its heading, [\d.]+%\)/);
    expect(r.stdout).toContain('  period the table states: "as at 30 September 2024" -> Q3');
    // The summary follows the explanation on the same stream.
    expect(r.stdout.indexOf('Period: Q3')).toBeGreaterThan(r.stdout.indexOf('sheet "Scorecard"'));
  });

  test('says which columns the user gave, and why a sheet was not read, in Chinese', async () => {
    const r = await cli('report neutral.xlsx --columns name=B,target=C,actual=D --explain --json e.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/“重点工作”工作表：按内容读取 A1:D4，置信度 100(\.0)?%，指标 3 项/);
    expect(r.stdout).toMatch(/ {2}C“列2” → 年度目标（用户指定，100(\.0)?%）/);
    expect(r.stdout).toMatch(/ {2}D“列3” → 完成值（用户指定，100(\.0)?%）/);
    expect(r.stdout).toContain('“说明”工作表：未读取——');
  });

  test('writes a heading broken over lines as one line', async () => {
    const r = await cli('report form.xlsx --json form.json --explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {2}C“年度指标值” → 年度目标（据表头，[\d.]+%）/);
    expect(r.stdout).toMatch(/ {2}D“实际完成值” → 完成值（据表头，[\d.]+%）/);
  });

  test('calls the row labels of a cross-tab the organisations, and groups in Chinese brackets', async () => {
    const r = await cli('report crosstab.xlsx --json ct.json --explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {2}A“地区” → 单位（各组指标的行）（据/);
    expect(r.stdout).toMatch(/ {2}B“城镇新增就业\(人\) › 目标任务” → 年度目标（城镇新增就业\(人\)）（据表头/);
    const en = await cli('report crosstab.xlsx --json ct2.json --explain --lang en-US');
    expect(en.stdout).toMatch(/ {2}A "地区" -> organisation \(the rows of each indicator group\)/);
  });

  test('goes to standard error when an output goes to standard output', async () => {
    const r = await cli('report scorecard.xlsx --json - --explain --lang en-US');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('indicators');
    expect(r.stderr).toContain('sheet "Scorecard": read by its content');
  });

  test('explains a refused workbook before the one-line refusal', async () => {
    const r = await cli('report neutral.xlsx --explain --json n2.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('“重点工作”工作表看起来是表格');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe("the period a file's name states", () => {
  test('the summary line says the period is the file name’s, in both languages', async () => {
    await writeWorkbook('2024年三季度重点工作.xlsx', {
      Sheet1: [
        ['重点工作完成情况'],
        ['序号', '指标', '年度目标', '累计完成'],
        [1, '新增城镇就业(人)', 26000, 19500],
        [2, '新建幼儿园(所)', 5, 3],
      ],
    });
    const zh = await cli(['report', '2024年三季度重点工作.xlsx', '--json', 'q3.json']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('对标期间：第三季度（按文件名所述“2024年三季度”）');
    expect((await json('q3.json')).period).toBe('Q3');
    const en = await cli(['report', '2024年三季度重点工作.xlsx', '--out', 'q3-en.xlsx', '--lang', 'en-US']);
    expect(en.stdout).toContain('Period: Q3 (as the file\'s name states: "2024年三季度")');
  });
});
