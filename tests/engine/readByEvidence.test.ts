/**
 * Reading by evidence: tables of the layouts real offices keep, written here in small, with the roles,
 * periods and indicators a person reads from them — and sheets that are not tables left alone.
 */
import { runCheck, readSheets, type CellValue, type Indicator, type SheetTable } from '../../src/engine';
import { findTables } from '../../src/engine/read/findTables';
import { statedStatus, statusWord } from '../../src/engine/read/cellKinds';
import { gridFromRows, sourceFromRows } from '../support/grids';
import { isColumnNumbers } from '../../src/engine/read/cells';
import { gapsOf } from '../../src/engine/evaluate/gaps';
import { elapsedFraction } from '../../src/engine/core/period';
import { parseCell } from '../../src/engine/core/quantity';
import { nameWithoutUnit, unitInName } from '../../src/engine/read/units';
import { scanQuantities } from '../../src/engine/core/grammar';

function table(name: string, rows: CellValue[][], merges: string[] = [], yearStart = 1): SheetTable {
  const [reading] = readSheets([sourceFromRows(name, rows, { merges })], { yearStart });
  if (reading.kind !== 'table') throw new Error(`not read: ${JSON.stringify(reading)}`);
  return reading.table;
}

function roles(t: SheetTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of t.reading?.columns ?? []) out[c.column] = `${c.role}:${c.source}`;
  return out;
}

/**
 * The roles read, and the columns not judged: read as no role at all, or as another year's (kept only
 * so that a row with figures there is still listed).
 */
function expectRoles(t: SheetTable, want: Record<string, string>, none: readonly string[] = []): void {
  expect(roles(t)).toMatchObject(want);
  expect(none.filter((c) => roles(t)[c] !== undefined && !roles(t)[c].startsWith('history:'))).toEqual([]);
}

const value = (c: { value: CellValue } | null | undefined): CellValue => c?.value ?? null;
const actual = (i: Indicator): CellValue => (i.actuals.kind === 'cumulative' ? value(i.actuals.cell) : null);

describe('column roles from heading words and the cells below', () => {
  it('reads 目标任务 over figures as the target, 已完成数 as the result, 完成率 as the rate', () => {
    const t = table('进度', [
      ['2019年1-7月重点工作完成情况表'],
      ['序号', '工作任务', '目标任务', '已完成数', '完成率', '牵头单位'],
      [1, '新增城镇就业(人)', 26000, 19456, 0.748, '人社局'],
      [2, '新建公办幼儿园(所)', 5, 4, 0.8, '教育局'],
    ]);
    expect(roles(t)).toMatchObject({
      B: 'name:header',
      C: 'target:header',
      D: 'actual:header',
      E: 'completion:header',
      F: 'owner:header',
    });
    expect(t.statedPeriod?.period).toEqual({ kind: 'month', month: 7 });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i), i.owner])).toEqual([
      ['新增城镇就业(人)', 26000, 19456, '人社局'],
      ['新建公办幼儿园(所)', 5, 4, '教育局'],
    ]);
    expect(t.indicators[0].measureUnit).toBe('人');
  });

  it("takes a unit from the name's brackets, never what they say is included or which kind", () => {
    const t = table('进度', [
      ['2019年1-7月重点工作完成情况表'],
      ['序号', '工作任务', '目标任务', '已完成数', '完成率'],
      [1, '新增城镇就业(人)', 26000, 19456, 0.748],
      [2, '固定资产投资（亿元）', 50, 30, 0.6],
      [3, '扶贫培训（个百分点）', 5, 4, 0.8],
      [4, '合同外资(含增资)', 3, 2.24, 0.747],
      [5, '固定资产投资(不含农户)', 80, 40, 0.5],
      [6, '其他试验(水稻)', 3, 3, 1],
    ]);
    expect(t.indicators.map((i) => i.measureUnit ?? null)).toEqual([
      '人',
      '亿元',
      '个百分点',
      null,
      null,
      null,
    ]);
  });

  it('reads a heading of the share that met a standard, in words, as per cent', () => {
    const rows: CellValue[][] = [
      ['2007/08 年度服务承诺'],
      ['服务类别', '服务标准', '服务指标\n(达到服务标准的百分比)', '实际表现\n(達到服務水平的百分比)'],
      ['办理土地文书注册', '16个工作天', 90, 94],
      ['附连过大图则', '5个工作天', 97, 100],
    ];
    expect(table('承诺', rows).indicators.map((i) => i.measureUnit)).toEqual(['%', '%']);
    const r = runCheck({ sources: [sourceFromRows('承诺', rows)], lang: 'zh-CN', date: '2008-06-30' });
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('办理土地文书注册为94%，比目标90%高4个百分点');
    expect(text).not.toContain('百分比');
  });

  it("takes the rows' unit from a heading's brackets only when they hold a unit, not a note", () => {
    const units = (target: string, actual: string) =>
      table('Targets', [
        ['Performance indicators, 2nd quarter'],
        ['Indicator', target, actual],
        ['Roads completed', 150, 90],
        ['Jobseekers referred', 1500, 1035],
      ]).indicators.map((i) => i.measureUnit ?? null);
    expect(units('Target', 'Achievements (km)')).toEqual(['km', 'km']);
    expect(units('Target (Budget Year)', 'Achievements (year to date)')).toEqual([null, null]);
    expect(units('Target', 'Actual (or date expected)')).toEqual([null, null]);
    expect(units('Target', 'Achievements (in MW)')).toEqual(['mw', 'mw']);
  });

  it('reads 目标任务 over long task texts as the task, with its target in its words', () => {
    const t = table('实事', [
      ['序号', '目标任务', '完成情况'],
      [1, '新增公办幼儿学位1000个', 1200],
      [2, '建设四好农村路55公里', 40],
    ]);
    expect(roles(t)).toMatchObject({ B: 'name:header', C: 'actual:header' });
    expect(t.indicators.every((i) => i.targetInName)).toBe(true);
  });

  it('reads English scorecard words', () => {
    const t = table('KPIs', [
      ['Performance Indicator', 'Annual Target', 'Current Performance', 'RAG', 'Responsible officer'],
      ['Rent collected', '99%', 0.97, 'Amber', 'Head of Income'],
      ['Average days to relet', '22 Days', '12 Days', 'Green', 'Head of Voids'],
    ]);
    expect(roles(t)).toMatchObject({
      A: 'name:header',
      B: 'target:header',
      C: 'actual:header',
      D: 'status:header',
      E: 'owner:header',
    });
  });
});

describe('layouts of real tables', () => {
  it('a period over Value | Target | Status heads the table and states its period', () => {
    const t = table(
      'Appendix',
      [
        ['Performance Indicator', 'Q2 2023/24', null, null],
        [null, 'Value', 'Target', 'Status'],
        ['Council tax collected', 0.55, 0.57, null],
        ['Missed bins per 100,000', 40, 60, null],
      ],
      ['B1:D1'],
      4,
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.statedPeriod?.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(t.indicators.map((i) => [i.name, actual(i), value(i.periodTargetCell)])).toEqual([
      ['Council tax collected', 0.55, 0.57],
      ['Missed bins per 100,000', 40, 60],
    ]);
  });

  it('a cross-tab: one indicator per area and indicator group', () => {
    const t = table(
      '民生',
      [
        ['地区', '城镇新增就业(人)', null, null, '城镇登记失业率低于(%)', null],
        [null, '目标任务', '进度', '完成比例(%)', '目标任务', '进度'],
        ['东坡区', 8000, 22921, 286.5, 4.3, 3.48],
        ['彭山区', 3800, 6138, 161.5, 4.3, 3.54],
        ['眉山天府新区', null, null, null, null, null],
      ],
      ['A1:A2', 'B1:D1', 'E1:F1'],
    );
    expect(t.reading?.layout).toBe('cross-tab');
    expect(t.indicators.map((i) => `${i.org}|${i.name}|${value(i.target)}|${actual(i)}`)).toEqual([
      '东坡区|城镇新增就业(人)|8000|22921',
      '东坡区|城镇登记失业率低于(%)|4.3|3.48',
      '彭山区|城镇新增就业(人)|3800|6138',
      '彭山区|城镇登记失业率低于(%)|4.3|3.54',
    ]);
  });

  it('reads a target of its year under a results heading as the target (RESULTS › FY 2017 TARGET | FY 2017 ACTUAL)', () => {
    const t = table(
      'MARC-1',
      [
        ['PERFORMANCE INDICATORS', 'SERVICE/PRODUCT RESULTS', null, null],
        [null, 'FY 2016 ACTUAL ACCOMPLISHMENT', 'FY 2017 TARGET', 'FY 2017 ACTUAL ACCOMPLISHMENT'],
        ['Percentage of stakeholders who rate the plans as satisfactory or better', 0, 0.85, 0.86],
        ['Percentage of policies updated over the last three (3) years', 0.26, 0.25, 0.29],
      ],
      ['A1:A2', 'B1:D1'],
    );
    expectRoles(t, { B: 'previous:header', C: 'target:header', D: 'actual:header' });
  });

  it('reads a group with a budget alone beside a group of targets and results as one table, not a cross-tab', () => {
    const t = table(
      'MARC-1',
      [
        ['OUTPUTS', null, 'OVERALL RESULTS ASSESSMENT', null, null],
        [
          'MAJOR FINAL OUTPUTS',
          'DEPARTMENT BUDGET (in million)',
          'PERFORMANCE INDICATORS',
          'SERVICE/PRODUCT RESULTS',
          null,
        ],
        [null, null, null, 'TARGET', 'ACTUAL ACCOMPLISHMENT'],
        ['Basic Education Policy Services', 'Php288.057', 'Number of plans and policies issued', 4, 60],
        [null, null, 'Percentage of policies updated over the last three (3) years', 0.25, 0.29],
      ],
      ['A1:B1', 'C1:E1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'A4:A5', 'B4:B5'],
    );
    expect(t.reading?.layout).not.toBe('cross-tab');
    expect(t.indicators.map((i) => `${i.org ?? ''}|${i.name}|${value(i.target)}|${actual(i)}`)).toEqual([
      '|Number of plans and policies issued|4|60',
      '|Percentage of policies updated over the last three (3) years|0.25|0.29',
    ]);
  });

  it('organisations side by side, each with its own status, sharing one target', () => {
    const t = table('Housing', [
      ['Description', 'SSHA', 'Target Met?', 'MMHA', 'Target Met?', 'Target'],
      ['Current Tenant Arrears %', 1.36, '☺', 1.76, '☺', 1.96],
      ['Average Relet Time (days)', 49.36, '☹', 31.89, '☹', 25.6],
    ]);
    expect(t.reading?.layout).toBe('side-by-side');
    expect(t.indicators.map((i) => [i.org, i.name, actual(i), value(i.statusCell), value(i.target)])).toEqual(
      [
        ['SSHA', 'Current Tenant Arrears %', 1.36, '☺', 1.96],
        ['MMHA', 'Current Tenant Arrears %', 1.76, '☺', 1.96],
        ['SSHA', 'Average Relet Time (days)', 49.36, '☹', 25.6],
        ['MMHA', 'Average Relet Time (days)', 31.89, '☹', 25.6],
      ],
    );
  });

  it('tables stacked on one sheet, each under its caption, with a key box above left alone', () => {
    const rows: CellValue[][] = [
      ['Key', 'Green', 'Target met'],
      [null, 'Red', 'Target missed'],
      [],
      ['Rent Arrears January 2018'],
      ['Description', 'Target', 'Actual'],
      ['Current arrears %', 1.96, 1.36],
      [],
      ['Repairs January 2018'],
      ['Description', 'Target', 'Actual'],
      ['% repairs right first time', 94.5, 91.2],
      ['% repairs on time', 99.2, 98.9],
    ];
    const [reading] = readSheets([sourceFromRows('Perf', rows)]);
    expect(reading.kind).toBe('table');
    const t = (reading as { table: SheetTable }).table;
    expect(t.indicators.map((i) => [i.row, i.name])).toEqual([
      [6, 'Current arrears %'],
      [10, '% repairs right first time'],
      [11, '% repairs on time'],
    ]);
  });

  it('a form below a table, after a blank row and its title: its unit and budget lines are no indicators', () => {
    const rows: CellValue[][] = [
      ['2025年二季度重点工作完成情况'],
      ['工作目标任务', '截至6月30日完成情况', '完成率'],
      ['开工建设新彩虹桥', '完成施工招标', 0.51],
      ['编制低空经济发展规划', '已通过评审', 0.75],
      [],
      ['成安县民政局2020年度预算项目绩效自评表'],
      ['项目名称:', '高龄津贴', null, '金额单位: 万元'],
      ['预算数', 6.84, '执行数', 6.84],
      ['其中:财政资金', 6.84, '其中:财政资金', 6.84],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '发放人数(人)', 19, 19],
      [null, '质量指标', '补贴发放率', 1, 1],
    ];
    const found = readSheets([sourceFromRows('Sheet1', rows)]);
    const read = found.flatMap((r) => (r.kind === 'table' ? r.table.indicators.map((i) => i.row) : []));
    expect(read).toEqual([3, 4, 11, 12]);
  });

  it('a report below a table, after two blank rows: its cover lines belong to it, not to the body above', () => {
    const rows: CellValue[][] = [
      ['Type/Objective/Measure', 'Target', 'YTD', 'Percent of Annual Target'],
      ['% PSF acreage leased', 0.88, 0.8747, 0.994],
      ['Annual rate of return', 0.06, 0.1136, 1.8933],
      [],
      [],
      ['Public Utility Commission of Texas'],
      ['Agency code: 473', 'Agency name: Public Utility Commission'],
      ['DATE: 10/13/2014', 'TIME: 8:11:58AM', 'PAGE: 2 OF 3'],
      ['Measure', 'Annual target', 'Actual', '% of target'],
      ['% served by cities certified', 0.8, 0.7762, 0.9703],
    ];
    const found = readSheets([sourceFromRows('Outcomes', rows)]);
    const read = found.flatMap((r) => (r.kind === 'table' ? r.table.indicators.map((i) => i.row) : []));
    expect(read).toEqual([2, 3, 10]);
  });

  it('a count of the indicators of each status under the table (RED | 2) is no indicator', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Indicator', 'Target', 'Actual', 'Status'],
      ['82a', '% of household waste recycled', 22, 21.08, 'R'],
      ['84', 'Kg of household waste collected per head', 500, 485, 'G'],
      [null, 'Summary of performance', null, null, null],
      [null, 'RED', 2, 2, null],
      [null, 'AMBER', 4, 4, null],
      [null, 'GREEN', 9, 9, null],
    ];
    const found = readSheets([sourceFromRows('Performance', rows)]);
    const read = found.flatMap((r) => (r.kind === 'table' ? r.table.indicators.map((i) => i.name) : []));
    expect(read).toEqual(['% of household waste recycled', 'Kg of household waste collected per head']);
  });

  it('in a standard table too: 已完成 | 12 under the indicators is a count, not an indicator', () => {
    const t = table('1-9月', [
      ['序号', '指标', '年度目标', '1-9月完成'],
      [1, '新增城镇就业(人)', 26000, 19500],
      [2, '新建幼儿园(所)', 5, 3],
      [null, '已完成', 12, null],
      [null, '未完成', 3, null],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['新增城镇就业(人)', '新建幼儿园(所)']);
  });

  it("a printed page's lines in the rows (第2页 共3页, DATE: … | PAGE: 2 OF 3) are neither rows nor sections", () => {
    const t = table('1-9月', [
      ['序号', '指标', '年度目标', '1-9月完成'],
      ['一、经济发展'],
      [1, '新增城镇就业(人)', 26000, 19500],
      ['第1页 共2页'],
      [2, '新建幼儿园(所)', 5, 3],
      ['DATE: 10/13/2014', 'TIME: 8:11:58AM', 'PAGE: 2 OF 3'],
      [3, '改造老旧小区(个)', 40, 30],
    ]);
    expect(t.indicators.map((i) => [i.row, i.category, i.name])).toEqual([
      [3, '经济发展', '新增城镇就业(人)'],
      [5, '经济发展', '新建幼儿园(所)'],
      [7, '经济发展', '改造老旧小区(个)'],
    ]);
  });

  it('a category after a blank row inside a body stays in the body', () => {
    const rows: CellValue[][] = [
      ['序号', '指标', '年度目标', '1-6月完成'],
      ['一、经济发展'],
      [1, '地区生产总值增长(%)', 6.5, 6.1],
      [],
      ['二、民生实事'],
      [2, '新增城镇就业(人)', 26000, 14000],
      [],
      ['2024年重点项目'],
      [3, '重点项目开工(个)', 40, 22],
      [],
      ['附表2 主要指标完成情况'],
      ['序号', '指标', '年度目标', '1-6月完成'],
      [1, '社会消费品零售总额增长(%)', 7, 6.2],
    ];
    const found = readSheets([sourceFromRows('1-6月', rows)]);
    const read = found.flatMap((r) => (r.kind === 'table' ? r.table.indicators.map((i) => i.row) : []));
    expect(read).toEqual([3, 6, 9, 13]);
  });

  it('a name heading over two columns: the item is named with its merged group', () => {
    const t = table(
      '民生',
      [
        ['序号', '项目内容', null, '目标任务', '进度'],
        [1, '促进就业创业', '城镇新增就业(人)', 26000, 19456],
        [2, null, '再就业(人)', 4000, 3034],
        [3, '促进大学生创业(人)', null, 260, 162],
      ],
      ['B1:C1', 'B2:B3'],
    );
    expect(t.indicators.map((i) => [i.name, i.group])).toEqual([
      ['城镇新增就业(人)', '促进就业创业'],
      ['再就业(人)', '促进就业创业'],
      ['促进大学生创业(人)', null],
    ]);
  });

  it('a name heading over a ranking’s numbers and the names: the number is no group', () => {
    const t = table(
      '1-8月',
      [
        ['地区', null, '重点项目个数', '年度计划投资金额(亿元)', '累计投资金额(亿元)', '完成年度百分比(%)'],
        ['全市', null, 116, 195.82, 119.73, 61.14],
        [1, '佛山(云浮)产业转移工业园', 7, 17.52, 7.54, 43.04],
        [2, '市直单位', 19, 49.2, 23.06, 46.87],
      ],
      ['A1:B1', 'A2:B2'],
    );
    expect(t.indicators.map((i) => [i.name, i.group])).toEqual([
      ['全市', null],
      ['佛山(云浮)产业转移工业园', null],
      ['市直单位', null],
    ]);
  });

  it('months across two calendar years: the latest year’s months are its actuals', () => {
    const t = table(
      'NHS',
      [
        ['National standard', 'Dec 17', 'Jan 18', 'Feb 18', 'Mar 18', 'Apr 18'],
        ['A&E four-hour', 0.86, 0.833, 0.856, 0.837, 0.876],
        ['Cases of C difficile', 1, 2, 2, 1, 3],
      ],
      [],
      4,
    );
    const ind = t.indicators[1];
    expect(ind.actuals.kind).toBe('months');
    const cells = ind.actuals.kind === 'months' ? ind.actuals.cells.map(value) : [];
    // April 2018 is month 1 of the year starting in April; December to March belong to the year before.
    expect(cells).toEqual([3, null, null, null, null, null, null, null, null, null, null, null]);
  });

  it('a budget execution table: the budget is the target, 累计 › 本期 the result, 当月 not; 表一 … 单位 a caption', () => {
    const t = table(
      '表一',
      [
        ['某县2023年6月财政收入完成情况表'],
        ['表一', null, null, null, null, null, null, null, '单位：万元'],
        ['预 算 科 目', '年度预算', '累计', null, null, '当月', null, null, '本期累计为\n预算%'],
        [null, null, '本期', '同期', '增减率%', '本期', '同期', '增减额', null],
        ['一般公共预算收入', 10000, 5200, 4900, 6.1, 900, 850, 50, 52],
        ['(一)税收收入', 8000, 3600, 3700, -2.7, 600, 640, -40, 45],
        ['国税征收', 300, null, 20, -100, null, null, null, null],
      ],
      ['A1:I1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:H3', 'I3:I4'],
    );
    expect(t.headerRows).toEqual([3, 4]);
    // The month's own figures (当月 › 本期) and the change in money (增减额) are no role.
    expectRoles(
      t,
      {
        A: 'name:header',
        B: 'target:header',
        C: 'actual:header',
        D: 'previous:header',
        E: 'growth:header',
        I: 'completion:header',
      },
      ['F', 'H'],
    );
    // 6月 reads as the first half: the months to date, as the 累计 columns hold them.
    expect(t.statedPeriod?.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['一般公共预算收入', 10000, 5200],
      ['(一)税收收入', 8000, 3600],
      ['国税征收', 300, null],
    ]);
  });

  it('a scorecard export: names under an unknown heading, an empty INDICATOR column of lights, comments rows', () => {
    const t = table(
      'Scorecard',
      [
        ['Scorecard Report'],
        ['Period: Jul-19 - Jun-20'],
        [],
        ['LINKED ITEMS', 'UNIT', 'TARGET', 'ACTUAL', 'INDICATOR'],
        ['2019-21 LTP Governance'],
        ['Satisfaction of residents with contact', '%', 90, 75, null],
        ['COMMENTS: 38 residents have contacted a councillor in the last 12 months.'],
        ['Number of joint committee meetings held', '#', 4, 3, null],
        ['Comments: Nil'],
        ['Number of formal governance hui held', '#', 4, 4, null],
      ],
      ['A5:E5', 'A7:E7', 'A9:E9'],
    );
    // The lights are pictures: INDICATOR names no column of names; the names are the texts at the left.
    expectRoles(t, { A: 'name:content', C: 'target:header', D: 'actual:header' }, ['E']);
    expect(t.statedPeriod?.period).toEqual({ kind: 'year' });
    // A comments row is part of the indicator above: neither an indicator nor a category.
    expect(t.indicators.map((i) => [i.name, i.category, value(i.target), actual(i)])).toEqual([
      ['Satisfaction of residents with contact', '2019-21 LTP Governance', 90, 75],
      ['Number of joint committee meetings held', '2019-21 LTP Governance', 4, 3],
      ['Number of formal governance hui held', '2019-21 LTP Governance', 4, 4],
    ]);
  });

  it('years alone over the results beside a Target of no year: the latest year is the result', () => {
    const rows: CellValue[][] = [
      ['Measure', '2015/16', '2016/17', 'Target'],
      ['Number of businesses given advice', 181, 194, 200],
      ['Number of new homes', 91, 91, 80],
      ['Number of jobs created', 150, 170, 160],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('PIs', rows)],
      lang: 'en-US',
      date: '2017-05-01',
    });
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [200, 194, 'missed'],
      [80, 91, 'achieved'],
      [160, 170, 'achieved'],
    ]);
  });

  it('years side by side: the latest year is the table’s own, the year before it the previous', () => {
    const t = table(
      'Targets',
      [
        ['Our targets and measures'],
        ['Priority', 'Measures', 'Actuals', null, null, 'Aim', 'Year to date'],
        [null, null, '2015/16', '2016/17', '2017/18', '2019/20', '2019/20'],
        ['Safe', 'Wholetime appliance availability (%)', 98, 97, 98, 100, 98.11],
        [null, 'Community safety contacts', 'New measure', null, 43849, 40000, 19383],
        [null, 'Accidental dwelling fires', 147, 146, 143, 150, 59],
      ],
      ['C2:E2', 'A4:A6'],
    );
    expect(t.headerRows).toEqual([2, 3]);
    // "Aim" over figures is the target; the years before the latest are history but for the last one.
    expectRoles(
      t,
      {
        A: 'category:header',
        B: 'name:header',
        E: 'previous:header',
        F: 'target:header',
        G: 'actual:header',
      },
      ['C', 'D'],
    );
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['Wholetime appliance availability (%)', 100, 98.11],
      ['Community safety contacts', 40000, 19383],
      ['Accidental dwelling fires', 150, 59],
    ]);
  });

  it('results to date side by side: the latest months are the result; 是否达序 answers with the pace; a task merged over its target cell is the target', () => {
    const rows: CellValue[][] = [
      ['2023年重点民生实事项目推进情况(1-11月)'],
      ['序号', '主要任务', '全年目标任务', '牵头单位', '1-10月推进情况', '1-11月推进情况', '是否达序'],
      [1, '新建建筑垃圾中转站8个。', null, '城管局', '已建成3个', '已建成7个', '是'],
      [2, '新增达标小区210个。', null, '城管局', '已建成30个', '已建成46个', '否'],
    ];
    const t = table('1-11月', rows, ['A1:G1', 'B3:C3', 'B4:C4']);
    expectRoles(t, { B: 'name:header', F: 'actual:header', G: 'status:header' }, ['E']);
    expect(t.indicators.map((i) => [actual(i), i.targetInName, i.statusAsks])).toEqual([
      ['已建成7个', true, 'pace'],
      ['已建成46个', true, 'pace'],
    ]);
    const { report } = runCheck({
      sources: [sourceFromRows('1-11月', rows, { merges: ['A1:G1', 'B3:C3', 'B4:C4'] })],
      lang: 'zh-CN',
      date: '2023-12-05',
    });
    // 是 keeps pace (on track, not achieved a month before the year's end); 否 is behind it.
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.sourceStatus?.status])).toEqual(
      [
        [8, 7, 'on_track'],
        [210, 46, 'behind'],
      ],
    );
  });

  it('tasks with progress to date and next month’s plan: a school type is no figure, a phase no unit', () => {
    const rows: CellValue[][] = [
      ['2025年区十大民生实事项目进展表(截至6月底)'],
      ['序号', '子项目', '截至6月底进展', '7月工作计划'],
      [1, '启动实施松岙九年一贯制学校建设', '已完成施工招标', '开工建设'],
      [2, '实施20所公办中小学清凉工程(一期)', '已完成施工招标,做好开工准备', '开工建设'],
    ];
    const t = table('Sheet1', rows, ['A1:D1']);
    expectRoles(t, { B: 'name:header', C: 'actual:header', D: 'notes:header' });
    expect(t.indicators.map((i) => i.measureUnit)).toEqual([null, null]);
    const { report } = runCheck({
      sources: [sourceFromRows('Sheet1', rows, { merges: ['A1:D1'] })],
      lang: 'zh-CN',
      date: '2025-07-05',
    });
    expect(report.evaluations.map((e) => [e.kind, e.target?.value ?? null, e.status])).toEqual([
      ['milestone', null, 'no_data'],
      ['amount', 20, 'no_data'],
    ]);
  });

  it('tasks with a deadline, done on a day written into the progress (已于2024年8月完成, 已于6月25日开通): done', () => {
    const rows = (target: string, result: string): CellValue[][] => [
      ['2024年重点工作任务完成情况'],
      ['序号', '工作任务', target, result],
      [1, '建成污水处理厂', '2024年6月底前建成投用', '于2024年9月20日建成投用'],
      [2, '完成老旧小区改造', '2024年10月底前完成', '已于2024年8月完成'],
      [3, '开通公交线路', '2024年6月底前开通', '已于6月25日开通'],
      [4, '建设智慧停车平台', '9月底前上线', '已于8月完成80%'],
      [5, '建成区级体育馆', '年底前建成', '计划于2025年6月建成'],
    ];
    // Under 目标 | 完成情况 (the standard layout) and under 目标任务 | 进展情况 (the words' layout) alike.
    for (const [target, result] of [
      ['目标', '完成情况'],
      ['目标任务', '进展情况'],
    ]) {
      const { report } = runCheck({
        sources: [sourceFromRows('Sheet1', rows(target, result))],
        lang: 'zh-CN',
        date: '2025-01-10',
        period: { kind: 'year' },
      });
      expect(report.evaluations.slice(0, 3).map((e) => e.status)).toEqual([
        'achieved',
        'achieved',
        'achieved',
      ]);
      // Part of it done, or a date it is planned for, is not the task done.
      expect(report.evaluations.slice(3).map((e) => e.status)).not.toContain('achieved');
    }
  });

  it('an action plan (Action | Lead | Due date | Status): a date under the deadline is data, not a heading over a month', () => {
    const rows = (deadline: string, result: string): CellValue[][] => [
      ['Council Plan Actions 2023/24 - Year End'],
      ['Action', 'Lead', deadline, result],
      ['Adopt the Local Plan', 'Head of Service', 'March 2024', 'Completed in March 2024'],
      ['Open the new library', 'Head of Service', '31/03/2024', 'Delivered'],
      ['Refurbish the leisure centre', 'Head of Service', 'December 2023', 'Partially achieved'],
      ['Complete the bypass', 'Head of Service', 'Q4 2023/24', 'On hold'],
      ['Deliver the youth hub', 'Head of Service', 'Sept 2023', 'Superseded'],
      ['Build the skate park', 'Head of Service', 'March 2024', 'Slipped to June 2024'],
      ['Upgrade the website', 'Head of Service', '31 March 2024', 'Completed ahead of schedule'],
    ];
    for (const [deadline, result] of [
      ['Due date', 'Status'],
      ['Timescale', 'RAG status'],
      ['Target date', 'Progress update'],
    ]) {
      const t = table('Actions', rows(deadline, result));
      expect(t.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
      const { report } = runCheck({
        sources: [sourceFromRows('Actions', rows(deadline, result))],
        lang: 'en-US',
        date: '2024-04-20',
        period: { kind: 'year' },
      });
      expect(report.evaluations.map((e) => e.status)).toEqual([
        'achieved',
        'achieved',
        'missed',
        'missed',
        'not_rated',
        'missed',
        'achieved',
      ]);
    }
  });

  it('an action plan numbered in its own column (Ref | Action | Target Date | % Complete | Status): the actions are the names, and a task due in a later year has not missed it', () => {
    // Target dates as typed (30/06/2025) and as Excel dates (45838 shown as dd/mm/yyyy, 30 June 2025).
    const rows = (june2025: CellValue, title: string): CellValue[][] => [
      [title],
      ['Ref', 'Action', 'Target Date', '% Complete', 'Status'],
      ['1', 'Adopt the new Local Plan', june2025, 40, 'On Track'],
      ['2', 'Review the waste contract', '31/12/2024', 20, 'Behind Schedule'],
      ['3', 'Launch the tenant app', '30/09/2024', 100, 'Complete'],
      ['4', 'Deliver 50 affordable homes', june2025, 30, 'Behind Schedule'],
    ];
    const formats = (rowCount: number): (string | null)[][] =>
      Array.from({ length: rowCount }, () => [null, null, 'dd/mm/yyyy', null, null]);
    for (const june2025 of ['30/06/2025', 45838] as CellValue[]) {
      const sheet = rows(june2025, 'Council Plan Action Plan 2024');
      const t = readSheets([sourceFromRows('Actions', sheet, { formats: formats(sheet.length) })])[0];
      expect(t.kind).toBe('table');
      if (t.kind !== 'table') continue;
      expect(t.table.indicators.map((i) => i.name)).toEqual([
        'Adopt the new Local Plan',
        'Review the waste contract',
        'Launch the tenant app',
        'Deliver 50 affordable homes',
      ]);
      const { report } = runCheck({
        sources: [sourceFromRows('Actions', sheet, { formats: formats(sheet.length) })],
        lang: 'en-US',
        date: '2024-12-10',
      });
      // Checked at the year's end: the tasks due in 2025 are on track or behind as the sheet says, not
      // met or missed; the one due in December 2024 and behind has missed it.
      expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'missed', 'achieved', 'behind']);
    }
    // In a 2024/25 plan whose start nothing gives, June 2025 may be within the year: due as any other.
    const split = rows('30/06/2025', 'Council Plan Action Plan 2024/25');
    const { report } = runCheck({
      sources: [sourceFromRows('Actions', split)],
      lang: 'en-US',
      date: '2025-04-20',
    });
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed', 'achieved', 'missed']);
  });

  it('a 民生实事 progress table: two targets in units of their own are two indicators, each answered by the figure in its unit, never a number that names a place or a bus route', () => {
    const rows: CellValue[][] = [
      ['2022年区政府民生实事项目进展情况表（截至9月底）'],
      ['序号', '项目内容', '进展情况', '责任单位'],
      [
        1,
        '新建成公办中小学、幼儿园7所，新增中小学、幼儿园公办学位6800个。',
        '新建成职教中心、学府路幼儿园、8300安置小区配套幼儿园等7所中小学、幼儿园，新增学位6800个。',
        '教育局',
      ],
      [2, '新增公交线路3条。', '新增599B、855H、7806M和2754等4条公交线路。', '交通运输局'],
      [3, '全年实施重点项目89个，完成投资130.42亿元。', '完成投资74.2亿元。', '发改局'],
      [4, '全年腾出用能3万吨标煤。', '核定腾出能耗0.9万吨标准煤。', '发改局'],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('实事', rows)],
      lang: 'zh-CN',
      date: '2022-10-15',
    });
    const seen = report.evaluations.map((e) => [
      e.indicator.row,
      e.indicator.name,
      e.target?.value,
      e.actual?.value,
    ]);
    expect(seen).toEqual([
      [3, '新建成公办中小学、幼儿园7所', 7, 7],
      [3, '新增中小学、幼儿园公办学位6800个', 6800, 6800],
      [4, '新增公交线路3条。', 3, 4],
      [5, '全年实施重点项目89个', 89, undefined],
      [5, '完成投资130.42亿元', 130.42e8, 74.2e8],
      [6, '全年腾出用能3万吨标煤。', 30000, 9000],
    ]);
    const text = report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('新建成公办中小学、幼儿园完成7所，为年度目标7所的100.0%');
    expect(text).toContain('完成投资74.2亿元，为年度目标130.42亿元的56.9%');
    // A share done, or a verdict, beside the two targets is the whole task's: one indicator.
    const whole = rows.map((row, i) =>
      i === 1 ? [...row.slice(0, 3), '完成率', row[3]] : i === 2 ? [...row.slice(0, 3), '80%', row[3]] : row,
    );
    const one = runCheck({
      sources: [sourceFromRows('实事', whole.slice(0, 3))],
      lang: 'zh-CN',
      date: '2022-10-15',
    });
    expect(one.report.evaluations.map((e) => e.indicator.row)).toEqual([3]);
  });

  it('a 政府工作报告 量化指标 table: targets listed 分别 in two clauses are one each, answered in turn; a rate is never answered by an amount', () => {
    const rows: CellValue[][] = [
      ['2016年《政府工作报告》量化指标任务落实情况'],
      ['序号', '量化指标任务', '负责单位', '落实情况'],
      [
        1,
        '化学需氧量、氨氮排放量分别下降2%，二氧化硫、氮氧化物排放量分别下降3%',
        '环境保护部',
        '化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降2.6%、2.9%、5.6%、4.0%。',
      ],
      [2, '安排财政赤字2.18万亿元，赤字率提高到3%', '财政部', '已安排财政赤字2.18万亿元。'],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('量化', rows)],
      lang: 'zh-CN',
      date: '2017-03-01',
    });
    expect(
      report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value, e.status]),
    ).toEqual([
      ['化学需氧量排放量', 0.02, 0.026, 'achieved'],
      ['氨氮排放量', 0.02, 0.029, 'achieved'],
      ['二氧化硫排放量', 0.03, 0.056, 'achieved'],
      ['氮氧化物排放量', 0.03, 0.04, 'achieved'],
      ['安排财政赤字', 2.18e12, 2.18e12, 'achieved'],
      ['赤字率', 0.03, undefined, 'no_data'],
    ]);
  });

  it('an NHS trust’s months typed as dates across the year’s end (Dec 17 … Apr 18): the year of the latest month', () => {
    // 1 December 2017 … 1 April 2018 as Excel dates shown "mmm yy".
    const months = [43070, 43101, 43132, 43160, 43191];
    const rows: CellValue[][] = [
      ['Performance against key targets, December 2017 to April 2018'],
      ['Indicator', 'National standard', ...months],
      ['A&E: Trust overall', 0.95, 0.86, 0.833, 0.856, 0.837, 0.876],
      ['Cancer two-week wait', 0.93, 0.937, 0.961, 0.963, 0.966, 0.95],
    ];
    const formats = rows.map((row, r) =>
      row.map((v) => (r === 1 && typeof v === 'number' ? 'mmm yy' : typeof v === 'number' ? '0.0%' : null)),
    );
    const check = (yearStart: number) =>
      runCheck({
        sources: [sourceFromRows('Performance', rows, { formats })],
        lang: 'en-US',
        date: '2018-05-20',
        yearStart,
      }).report;
    const calendar = check(1);
    expect([calendar.options.period, calendar.options.year]).toEqual([{ kind: 'month', month: 4 }, 2018]);
    expect(calendar.title).toContain('2018');
    // In a year from April, April 2018 opens 2018/19: its first month, with April's figures.
    const april = check(4);
    expect([april.options.period, april.options.year]).toEqual([{ kind: 'month', month: 1 }, 2018]);
    expect(april.evaluations[0].actual?.value).toBe(0.876);
    // A figure a month behind (April not in): March's stands, and a note says so.
    const late = rows.map((row, r) => (r === 3 ? [...row.slice(0, 6), null] : row));
    const { report } = runCheck({
      sources: [sourceFromRows('Performance', late, { formats })],
      lang: 'en-US',
      date: '2018-05-20',
    });
    expect(report.evaluations[1].actual?.value).toBe(0.966);
    const notes = report.diagnostics.filter((d) => d.code === 'earlier-result');
    expect(notes.map((d) => [d.cell, d.params?.period])).toEqual([['F4', 'M4']]);
  });

  it('a budget book’s measures: no share’s target taken from the count or the time its name gives; seconds to do something are better fewer', () => {
    const rows: CellValue[][] = [
      ['FY 2017-18 FINAL ADOPTED BUDGET'],
      ['EMERGENCY TELEPHONE SYSTEM FUND'],
      ['PERFORMANCE MEASURES', '2015-16', '2016-17', '2017-18', '2018-19'],
      [null, 'Actual', 'Budget', 'Adopted', 'Projected'],
      ['Efficiency Measures'],
      [
        'Seconds to dispatch law high priority calls (120 seconds goal)',
        '116 sec',
        '118 sec',
        '118 sec',
        '118 sec',
      ],
      ['Effectiveness Measures'],
      ['Percentage of 911 calls answered within 10 seconds or less', 0.99, 0.98, 0.98, 0.98],
      ['Percentage of Fire calls dispatched within 60 seconds', 0.91, 0.85, 0.85, 0.85],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('Measures', rows)],
      lang: 'en-US',
      date: '2018-08-01',
    });
    const [seconds, calls, fire] = report.evaluations;
    expect([seconds.direction, seconds.target?.value, seconds.status]).toEqual(['lower', 120, 'on_track']);
    // 911 is the number called and 10 seconds the standard: neither is the share to reach.
    expect([calls.target, calls.status]).toEqual([null, 'not_rated']);
    expect([fire.target, fire.status]).toEqual([null, 'not_rated']);
  });

  it('a housing association’s monthly sheet (January 2018 over SSHA | MMHA): the month in a year from April, and names that say % give their figures in per cent', () => {
    const head = ['Description', 'SSHA', 'Target Met?', 'MMHA', 'Target Met?', 'Target'];
    const rows: CellValue[][] = [
      ['Performance Information'],
      [],
      ['Rent Collection', 'January 2018'],
      head,
      ['Current Tenant Arrears %', 1.36, 'J', 1.76, 'J', 1.96],
      ['Former Tenant Arrears %', 1.58, 'L', 1.8, 'L', 1.29],
      ['Rent Collected as % of rent owed', 96.93, 'J', 100.81, 'J', 99.0],
      [],
      ['Empty Properties', 'January 2018'],
      head,
      ['% of Properties Let On First Offer', 42.11, 'L', 46.15, 'L', 70.7],
    ];
    const check = (yearStart: number) =>
      runCheck({
        sources: [sourceFromRows('Performance', rows)],
        lang: 'en-US',
        date: '2018-02-15',
        yearStart,
      });
    // January is the tenth month of the year that started in April 2017.
    const april = check(4).report;
    expect(april.options.period).toEqual({ kind: 'month', month: 10 });
    expect(april.options.year).toBe(2017);
    expect(april.title).toContain('2017/18');
    const calendar = check(1).report;
    expect(calendar.options.period).toEqual({ kind: 'month', month: 1 });
    expect(calendar.options.year).toBe(2018);
    // The figures in per cent, their gaps in points.
    expect(april.evaluations.every((e) => e.indicator.measureUnit === '%')).toBe(true);
    const text = april.narrative.map((b) => b.text).join('\n');
    expect(text).toContain(
      'Former Tenant Arrears % (MMHA) was 1.8%, 0.51 percentage points above the 1.29% ceiling',
    );
    expect(text).toContain('% of Properties Let On First Offer (SSHA) was 42.11%');
    // What a name’s words say of its unit.
    expect(unitInName('Current Tenant Arrears %')).toBe('%');
    expect(unitInName('% household waste composted')).toBe('%');
    expect(unitInName('Rent collected as a % of rent due')).toBe('%');
    expect(unitInName('Reduce costs by 5%')).toBeNull();
    // A rate of two units in the name's brackets, as environment tables write concentrations.
    expect(unitInName('全区PM2.5平均浓度(微克/立方米)')).toBe('微克/立方米');
    expect(unitInName('PM2.5 annual mean (μg/m3)')).toBe('μg/m3');
    expect(unitInName('单位GDP能耗(吨标准煤/万元)')).toBe('吨标准煤/万元');
    expect(unitInName('项目数(个/年)')).toBe('个/年');
    expect(unitInName('合作(含/不含)')).toBeNull();
    // A name that says % keeps its closing brackets when they are no unit.
    expect(nameWithoutUnit('% of staff trained in line with Workplace Skills Plan (WSP)')).toBe(
      '% of staff trained in line with Workplace Skills Plan (WSP)',
    );
    expect(nameWithoutUnit('城镇新增就业(人)')).toBe('城镇新增就业');
  });

  it('the heading row repeated under a new label (SERVICES PROVIDED, then PERFORMANCE INDICATORS): each label its rows’ section', () => {
    const head = (label: string): CellValue[] => [label, 'FY 2022-23 Budget', 'FY 2022-23 Actual'];
    const [reading] = readSheets(
      [
        sourceFromRows('Administration', [
          ['ADMINISTRATION DEPARTMENT'],
          head('SERVICES PROVIDED'),
          ['Town Hall Art Shows', 5, 5],
          ['Shredding events held', 2, 2],
          [],
          head('PERFORMANCE INDICATORS'),
          ['Connect Newsletter Average Subscribers', 8300, 8450],
        ]),
      ],
      { yearStart: 1 },
    );
    if (reading.kind !== 'table') throw new Error('not read');
    expect(reading.table.indicators.map((i) => [i.name, i.category])).toEqual([
      ['Town Hall Art Shows', 'SERVICES PROVIDED'],
      ['Shredding events held', 'SERVICES PROVIDED'],
      ['Connect Newsletter Average Subscribers', 'PERFORMANCE INDICATORS'],
    ]);
  });

  it('measures under their roles’ headings (年度目标 › 户数 | 资金, 1-9月完成 › 户数 | 资金): one indicator per row and measure', () => {
    const rows: CellValue[][] = [
      ['2024年农村危房改造任务完成情况表'],
      ['乡镇', '年度目标', null, '1-9月完成', null],
      [null, '户数(户)', '资金(万元)', '户数(户)', '资金(万元)'],
      ['城关镇', 120, 360, 100, 280],
      ['新华镇', 80, 240, 85, 250],
    ];
    const merges = ['A1:E1', 'A2:A3', 'B2:C2', 'D2:E2'];
    const t = table('表1', rows, merges);
    expect(t.indicators.map((i) => [i.org, i.name, value(i.target), actual(i)])).toEqual([
      ['城关镇', '户数(户)', 120, 100],
      ['城关镇', '资金(万元)', 360, 280],
      ['新华镇', '户数(户)', 80, 85],
      ['新华镇', '资金(万元)', 240, 250],
    ]);
  });

  it('years down the rows under Target › measures | Achievement › measures', () => {
    const t = table(
      'PMEGP',
      [
        ['Financial Year', 'Target', null, 'Achievement'],
        [
          null,
          'Margin Money to be utilized. (Rs. Cr.)',
          'No. of Units to be assisted',
          'Margin money subsidy utilized (Rs Cr.)',
          'No. of units assisted',
        ],
        ['2022-23', 2434.01, 83210, 2722.17, 85167],
        ['2023-24', 2650.01, 80120, 3093.88, 89118],
        ['* Data up to 12.07.2024 for FY2024-25'],
        ['Since inception of the scheme, more than 9.65 lakh micro enterprises have been assisted.'],
        ['Estimated Employment generated under PMEGP scheme in Uttar Pradesh is given below:'],
        [
          'Sr. No.',
          'Financial Year',
          'Units Assisted in Rural Areas',
          'Estimated Employment',
          'No. of Units Assisted',
        ],
        [1, '2022-23', 9660, 77280, 11601],
        [2, '2023-24', 9270, 74160, 11689],
      ],
      ['A1:A2', 'B1:C1', 'D1:E1', 'A5:E5', 'A6:E6', 'A7:E7'],
    );
    expect(t.indicators.map((i) => [i.org, i.name, value(i.target), actual(i)])).toEqual([
      ['2022-23', 'Margin Money to be utilized. (Rs. Cr.)', 2434.01, 2722.17],
      ['2022-23', 'No. of Units to be assisted', 83210, 85167],
      ['2023-24', 'Margin Money to be utilized. (Rs. Cr.)', 2650.01, 3093.88],
      ['2023-24', 'No. of Units to be assisted', 80120, 89118],
    ]);
  });

  it('targets written as sentences beside their results, with no headings; a cut measured from a stated baseline', () => {
    const rows: CellValue[][] = [
      ['To issue decisions on claims to war pensions within an average of 90 working days.', '72 days'],
      ['To acknowledge at least 95 per cent of written enquiries within five working days.', '98 per cent'],
      ['To answer calls to the Helpline within an average of 20 seconds.', '17 seconds'],
      [
        'To reduce the average time an appeal takes by 10 per cent from 2000-01 *565 days baseline level.',
        '465 days',
      ],
      ['To clear appeals within an average of 300 days at stage 2 of the process.', '329 days'],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2002-05-01',
    });
    expect(report.evaluations.map((e) => [e.indicator.row, e.target?.value, e.status])).toEqual([
      [1, 90, 'achieved'],
      [2, 0.95, 'achieved'],
      [3, 20, 'achieved'],
      [4, 508.5, 'achieved'],
      [5, 300, 'missed'],
    ]);
  });

  it('a Target heading over verdicts only (Met, Not met) is the office’s verdict, not the target', () => {
    const rows: CellValue[][] = [
      ['Annual performance spotlights - areas for improvement'],
      ['Measure', 'Target', 'Performance'],
      ['Percentage of children attending secondary school', 'Not met', 'Improving'],
      ['Pupils entering positive destinations', 'Not met', 'Not improving'],
      ['Number of unemployed people accessing further education', 'Met', 'Not improving'],
    ];
    const t = table('Spotlights', rows);
    expectRoles(t, { A: 'name:header', B: 'status:header', C: 'actual:header' });
    const { report } = runCheck({
      sources: [sourceFromRows('Spotlights', rows)],
      lang: 'en-US',
      date: '2025-06-01',
    });
    expect(report.evaluations.map((e) => e.status)).toEqual(['missed', 'missed', 'achieved']);
  });

  it('a category column alone, each row its own category: the categories are what is measured', () => {
    const t = table('重点项目', [
      ['1-2月重点项目投资完成情况'],
      ['项目类别', '项目数', '年度计划投资', '完成投资'],
      ['省重点项目', 13, 44.62, 6.5],
      ['市重点项目', 11, 10.66, 2.74],
      ['区重点项目', 86, 80.18, 8.19],
    ]);
    expect(roles(t)).toMatchObject({ A: 'name:header', C: 'target:header', D: 'actual:header' });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['省重点项目', 44.62, 6.5],
      ['市重点项目', 10.66, 2.74],
      ['区重点项目', 80.18, 8.19],
    ]);
  });

  it('a category column alone after 序号, its sub-rows repeating under each parent: still each row’s own label', () => {
    const t = table('8月', [
      ['2022年8月重点项目进展情况'],
      ['序号', '项目类别', '项目数', '2022年计划投资', '1-8月完成投资', '投资完成率(%)'],
      ['(一)', '省重点项目', 1, 3.11, 2.53, 81],
      ['(二)', '市重点项目', 63, 55.28, 43.77, 79.17],
      [null, '其中:基础设施工程', 16, null, 3.31, 36.26],
      [null, '产业工程', 33, null, 23.52, 85.84],
      ['(三)', '县重点项目', 69, 57.35, 45.22, 78.86],
      [null, '其中:基础设施工程', 19, null, 3.64, 46.56],
      [null, '产业工程', 34, null, 23.59, 80.22],
    ]);
    expect(roles(t)).toMatchObject({ B: 'name:header' });
    expect(t.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('a category repeated down its rows stays the category beside the names', () => {
    const t = table('实事', [
      ['类别', '实事项目', '年度计划投资', '完成投资'],
      ['民生', '新建幼儿园', 10, 4],
      ['民生', '改造老旧小区', 20, 9],
      ['交通', '新修道路', 30, 12],
    ]);
    expect(roles(t)).toMatchObject({ A: 'category:header', B: 'name:header' });
  });

  it('a year over each heading (FY 2023 › Actual, FY 2025 › Target); words across a new measure’s figures', () => {
    const t = table(
      'Scorecard',
      [
        ['Dept.', 'Key Measures', 'FY 2022', 'FY 2023', 'FY 2024', 'FY 2025'],
        [null, null, 'Actual', 'Actual', 'Estimate', 'Target'],
        ['Parks', 'Cost recovery of the golf fund', 1, 1.06, 1.1, 1.05],
        ['TDP', 'Total fuel volume sold', 'New Measure for FY 2025', null, null, null],
        ['Court', 'Gross revenue collected', 9680882, 9320796, 9507212, 9697357],
      ],
      ['C4:E4'],
    );
    // The FY 2024 estimate is the latest result before the year of the target; the actuals before it history.
    expectRoles(t, { A: 'owner:header', B: 'name:header', E: 'previous:header', F: 'target:header' }, [
      'C',
      'D',
    ]);
    expect(t.indicators.map((i) => [i.row, i.name, value(i.target)])).toEqual([
      [3, 'Cost recovery of the golf fund', 1.05],
      [4, 'Total fuel volume sold', null],
      [5, 'Gross revenue collected', 9697357],
    ]);
  });

  it('goals for years to come beside this year’s goal and result: the year with both is judged', () => {
    const t = table(
      'Measures',
      [
        ['Measurement', 'FY2024', null, 'FY2025', null, 'FY2026'],
        [null, 'Goal', 'Actual', 'Goal', 'Projected', 'Goal'],
        ['% of repairs completed in-house', 1, 0.9, 1, 0.89, 1],
        ['% of generators tested', 1, 0.5, 1, 0.95, 1],
      ],
      ['A1:A2', 'B1:C1', 'D1:E1'],
    );
    expectRoles(t, { B: 'target:header', C: 'actual:header' }, ['D', 'E', 'F']);
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['% of repairs completed in-house', 1, 0.9],
      ['% of generators tested', 1, 0.5],
    ]);
  });

  it('growth targets beside a growth column and no result column: the growth is the result', () => {
    const t = table('GDP增幅', [
      ['各地2016年GDP增长预期和实际增幅'],
      ['省份', '2016GDP增长预期', '2016GDP实际增幅'],
      ['西藏', '10%以上', '11.5%'],
      ['天津', '9%', '9%左右'],
    ]);
    expectRoles(t, { A: 'name:header', B: 'target:header', C: 'actual:header' });
    const [evaluation] = runCheck({
      sources: [
        sourceFromRows('GDP增幅', [
          ['省份', '2016GDP增长预期', '2016GDP实际增幅'],
          ['西藏', '10%以上', '11.5%'],
        ]),
      ],
      lang: 'zh-CN',
      date: '2017-02-13',
    }).report.evaluations;
    expect(evaluation.status).toBe('achieved');
  });

  it('a table without headings, found from targets written as targets', () => {
    const [reading] = readSheets([
      sourceFromRows('Q2', [
        ['Our performance'],
        ['Customer satisfaction:', 0.585, 'Target: 70%'],
        ['Complaints on time:', 0.92, 'Target: 95%'],
        ['Rent loss due to empty homes:', 0.0149, 'Target: 1.67%'],
      ]),
    ]);
    expect(reading.kind).toBe('table');
    const t = (reading as { table: SheetTable }).table;
    expect(t.reading?.layout).toBe('headerless');
    expect(t.indicators.map((i) => [value(i.target), actual(i)])).toEqual([
      ['Target: 70%', 0.585],
      ['Target: 95%', 0.92],
      ['Target: 1.67%', 0.0149],
    ]);
  });
});

describe('sheets that are not tables of indicators stay skipped', () => {
  it.each<[string, CellValue[][]]>([
    [
      '说明',
      [
        ['填表说明'],
        ['1. 本表由各责任单位按季度填报，目标任务以年初下达为准，完成情况填写累计数。'],
        ['2. 请于每季度末次月5日前报送，联系电话：0914-1234567。'],
      ],
    ],
    [
      '联系人',
      [
        ['单位', '联系人', '电话'],
        ['办公室', '张三', 13800000000],
        ['财务科', '李四', 13900000000],
      ],
    ],
    [
      'Pivot',
      [
        ['Row Labels', 'Sum of Amount'],
        ['North', 1200],
        ['South', 800],
        ['Grand Total', 2000],
      ],
    ],
  ])('%s', (name, rows) => {
    const [reading] = readSheets([sourceFromRows(name, rows)]);
    expect(reading.kind).toBe('skipped');
  });

  it('says what a table-like sheet lacks instead of guessing', () => {
    const tables = findTables(
      gridFromRows('Figures', [
        ['Area', 'North', 'South'],
        ['Homes', 120, 80],
        ['Jobs', 40, 30],
      ]),
    );
    for (const t of tables) {
      expect(t.confidence).toBeLessThan(0.6);
      expect(t.missing.length).toBeGreaterThan(0);
    }
  });
});

describe('the period a sheet states decides the check-in period', () => {
  it('a one-column table of results to date is judged for its stated months, not the full year', () => {
    const result = runCheck({
      sources: [
        sourceFromRows('1-9月', [
          ['1-9月份重点项目投资完成情况'],
          ['项目名称', '年投资计划', '完成投资额'],
          ['吉首市重点项目', 82.5, 65.1],
        ]),
      ],
      lang: 'zh-CN',
      date: '2021-10-10',
    });
    expect(result.period).toEqual({ kind: 'quarter', quarter: 3 });
    // 65.1 of 82.5 is 79 % of the year's target, 105 % of the pace of nine months: on track, not missed.
    expect(result.report.evaluations[0].status).toBe('on_track');
  });
});

describe('a numbered section right under the heading row', () => {
  it('opens the body, not a second heading row, whatever its words (一、一般公共预算收支完成情况)', () => {
    const rows: CellValue[][] = [
      ['2024年4月财政预算收支完成情况'],
      ['项  目', '预算数', '累计完成', '完成预算数%'],
      ['一、一般公共预算收支完成情况'],
      ['地方一般公共预算收入', 60999, 24627, 40.4],
      ['地方一般公共预算支出', 257288, 107752, 41.9],
      ['二、政府性基金收支完成情况'],
      ['政府性基金预算收入', 25200, 2236, 8.9],
    ];
    for (const columns of [undefined, { '*': { target: 'B' } }]) {
      const [reading] = readSheets([sourceFromRows('4月', rows, { merges: ['A3:D3', 'A6:D6'] })], {
        ...(columns ? { columns } : {}),
      });
      expect(reading.kind).toBe('table');
      const t = (reading as { table: SheetTable }).table;
      expect(t.indicators.map((i) => [i.category, i.name, value(i.target), actual(i)])).toEqual([
        ['一般公共预算收支完成情况', '地方一般公共预算收入', 60999, 24627],
        ['一般公共预算收支完成情况', '地方一般公共预算支出', 257288, 107752],
        ['政府性基金收支完成情况', '政府性基金预算收入', 25200, 2236],
      ]);
    }
  });
});

describe('rows judged by the share of the task done', () => {
  it('reads 为年计划(%) as that share, and the rows as better higher', () => {
    const rows: CellValue[][] = [
      ['2014年1-6月全省重点项目建设情况'],
      ['项目类别', '完成投资(亿元)', '为年计划(%)'],
      ['投产项目', 442.4, 52.4],
      ['续建项目', 335.5, 39.4],
      ['新开工项目', 14.5, 13.9],
    ];
    const r = runCheck({ sources: [sourceFromRows('1-6月', rows)], lang: 'zh-CN', date: '2014-07-20' });
    expect(r.report.evaluations.map((e) => [e.completion, e.direction, e.status])).toEqual([
      [0.524, 'higher', 'on_track'],
      [0.394, 'higher', 'at_risk'],
      [0.139, 'higher', 'at_risk'],
    ]);
  });
});

describe('two blocks of months one under the other', () => {
  it('reads the two blocks as one table, each row with its twelve months, every cell where the sheet has it', () => {
    const head = (months: string[]): CellValue[] => ['2006 年', '目標', ...months];
    const rows: CellValue[][] = [
      ['2006 年輕鐵實質服務表現'],
      [],
      head(['一月', '二月', '三月', '四月', '五月', '六月']),
      ['按照編定班次行走', 0.99, 0.9999, 0.9999, 0.9998, 0.9999, 0.9994, 0.9998],
      ['行車準時', 0.99, 0.9994, 0.9994, 0.9996, 0.9992, 0.9991, 0.9991],
      [],
      head(['七月', '八月', '九月', '十月', '十一月', '十二月']),
      ['按照編定班次行走', 0.99, 0.9999, 0.9998, 0.9999, 0.9999, 0.9998, 0.9999],
      ['行車準時', 0.99, 0.9995, 0.9994, 0.9993, 0.9992, 0.9996, 0.9894],
    ];
    const formats = rows.map((row) => row.map((v) => (typeof v === 'number' ? '0.00%' : null)));
    const r = runCheck({
      sources: [sourceFromRows('2006', rows, { formats })],
      lang: 'zh-CN',
      date: '2007-01-20',
    });
    expect(r.period).toEqual({ kind: 'month', month: 12 });
    // One indicator a row, at the row of the first block, December's figure read from the second.
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value, e.status])).toEqual([
      [4, 0.9999, 'achieved'],
      [5, 0.9894, 'missed'],
    ]);
    const months = r.report.evaluations[1].indicator.actuals;
    expect(months.kind === 'months' && months.cells.map((c) => c && `${c.row},${c.col}`)).toEqual([
      '5,3',
      '5,4',
      '5,5',
      '5,6',
      '5,7',
      '5,8',
      '9,3',
      '9,4',
      '9,5',
      '9,6',
      '9,7',
      '9,8',
    ]);
  });
});

describe('the user says which column is which', () => {
  const rows: CellValue[][] = [
    ['栏目', '工作目标', '已完成数', '说明'],
    ['新建村级服务站', 40, 32, '按季度推进'],
    ['培训基层干部', 1200, 1300, ''],
  ];

  it('by heading words: the sheet is read that way, and the JSON-side reading says the user gave it', () => {
    const [reading] = readSheets([sourceFromRows('任务', rows)], {
      columns: { 任务: { name: '栏目', target: '工作目标', actual: '已完成数' } },
    });
    expect(reading.kind).toBe('table');
    const t = (reading as { table: SheetTable }).table;
    expect(roles(t)).toMatchObject({ A: 'name:user', B: 'target:user', C: 'actual:user' });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['新建村级服务站', 40, 32],
      ['培训基层干部', 1200, 1300],
    ]);
  });

  it('by column letters, for every sheet', () => {
    const [reading] = readSheets([sourceFromRows('任务', rows)], {
      columns: { '*': { name: 'A', target: 'C', actual: 'B' } },
    });
    const t = (reading as { table: SheetTable }).table;
    // The user's word stands even against the heading words.
    expect(t.indicators.map((i) => [value(i.target), actual(i)])).toEqual([
      [32, 40],
      [1300, 1200],
    ]);
  });

  it('over neutral headings the reader took for organisations side by side (列2 | 列3)', () => {
    const neutral: CellValue[][] = [
      ['序号', '重点工作', '列2', '列3', '列4'],
      [1, '新增城镇就业', 5000, 4200, '正常推进'],
      [2, '新建养老床位', 300, 120, '滞后'],
    ];
    const [unsure] = readSheets([sourceFromRows('重点工作', neutral)]);
    expect(unsure.kind === 'skipped' && unsure.reason.code).toBe('needs-columns');
    const [reading] = readSheets([sourceFromRows('重点工作', neutral)], {
      columns: { '*': { name: 'B', target: 'C', actual: 'D' } },
    });
    const t = (reading as { table: SheetTable }).table;
    // The user's columns replace the organisations': one result per row, not none.
    expect(t.reading?.layout).toBe('rows');
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['新增城镇就业', 5000, 4200],
      ['新建养老床位', 300, 120],
    ]);
  });

  it('on a sheet with no headings at all', () => {
    const [reading] = readSheets(
      [
        sourceFromRows('数据', [
          ['城镇新增就业', 26000, 19456],
          ['再就业', 4000, 3034],
        ]),
      ],
      { columns: { '*': { name: 'A', target: 'B', actual: 'C' } } },
    );
    const t = (reading as { table: SheetTable }).table;
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['城镇新增就业', 26000, 19456],
      ['再就业', 4000, 3034],
    ]);
  });
});

describe('forms and stacked sections offices publish', () => {
  it('reads the 绩效自评表 form: the deepest level of indicators names them, the level above groups them', () => {
    const t = table(
      '绩效自评表',
      [
        ['项目支出绩效自评表'],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [null, '产出指标', '数量指标', '补助村(社区)数量', '=8个', 8, 8, 8],
        [null, null, '质量指标', '补助资格合规性', '合规', '达成预期指标', 8, 8],
        [null, '效益指标', '社会效益指标', '干部工作积极性', '效果明显', '达成预期指标', 10, 10],
      ],
      ['A2:A5', 'B3:B4'],
    );
    expectRoles(t, { C: 'category:header', D: 'name:header', E: 'target:header' }, ['A', 'B']);
    expect(t.indicators.map((i) => [i.category, i.name])).toEqual([
      ['数量指标', '补助村(社区)数量'],
      ['质量指标', '补助资格合规性'],
      ['社会效益指标', '干部工作积极性'],
    ]);
    // A text target met in words (达成预期指标) is achieved.
    const r = runCheck({
      sources: [
        sourceFromRows('绩效自评表', [
          ['三级指标', '二级指标', '年度指标值', '实际完成值'],
          ['补助资格合规性', '质量指标', '合规', '达成预期指标'],
        ]),
      ],
      lang: 'zh-CN',
      date: '2023-01-15',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved']);
  });

  it('takes full marks (得分 = 分值) as the office’s word that an indicator was met, fewer as short of it', () => {
    const rows: CellValue[][] = [
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['医疗文书及时率', '按规定时限', '个别延迟', 4, 3],
      ['健康档案管理率', '100%', '完成', 3, 3],
      ['居民健康档案', '38508人', '37442人', 3, 3],
    ];
    const r = runCheck({
      sources: [sourceFromRows('自评表', rows)],
      lang: 'zh-CN',
      date: '2022-01-15',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.status, e.sourceStatus?.word])).toEqual([
      ['missed', '3/4'],
      ['achieved', '3/3'],
      // The figures fall short, the office gave full marks: its word stands, with a note on the marks.
      ['achieved', '3/3'],
    ]);
    const noted = r.report.evaluations[2].diagnostics.find((d) => d.code === 'status-from-sheet');
    expect(noted).toMatchObject({ cell: 'E4', params: { text: '3/3' } });
  });

  it('reads categories each on its own row as the indicators, beside a column of remarks on some rows', () => {
    const t = table('1-4月', [
      ['2025年1-4月县重点项目计划完成情况'],
      [null, null, null, null, '单位:个、亿元'],
      ['类 别', '项目个数', '全年计划完成投资', '1-4月累计完成投资', '开工情况'],
      ['新续建重点项目', 57, 98.5, 21.01, null],
      ['重点新建项目', 15, 17.2, 1.15, '1-4月开工7个,开工率46.7%'],
      ['重点续建项目', 42, 81.3, 19.86, null],
    ]);
    expectRoles(t, { A: 'name:header', C: 'target:header', D: 'actual:header' });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['新续建重点项目', 98.5, 21.01],
      ['重点新建项目', 17.2, 1.15],
      ['重点续建项目', 81.3, 19.86],
    ]);
    expect(t.reportingUnit).toBeNull();
  });

  it('judges a quarter against the office’s own plan for it (一季度目标任务 beside 年度投资计划)', () => {
    const rows: CellValue[][] = [
      ['2019年1-3月全市重点项目完成情况表'],
      ['县(市、区)', '年度投资计划', '一季度目标任务', '一季度\n完成投资', '完成一季度目标\n任务占比(%)'],
      ['达州市', 600.1, 110.5, 120.5, 1.091],
      ['开江县', 22.3, 5.3, 3.5, 0.66],
    ];
    const t = table('一季度', rows);
    expectRoles(t, { B: 'target:header', C: 'periodPlan:header', D: 'periodActual:header' });
    const r = runCheck({ sources: [sourceFromRows('一季度', rows)], lang: 'zh-CN', date: '2019-04-10' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 1 });
    // 120.5 against the quarter's 110.5 is on track, though a quarter of the year's 600.1 is 150.
    expect(r.report.evaluations.map((e) => [e.expected, e.status])).toEqual([
      [110.5, 'on_track'],
      [5.3, 'at_risk'],
    ]);
  });

  it('reads "Result" over ticks and crosses as the verdict, and the year’s actual as the figure', () => {
    const t = table('Output', [
      ['Performance measure', 'Unit', '2018–19 target', '2018–19 actual', 'Variance', 'Result'],
      ['Forums facilitated', 'number', 20, 16, '-20%', '✗'],
      ['Meetings chaired', 'number', 80, 85, '6%', '✔'],
      ['Total output cost', '$ million', 163.2, 119.8, 'n/a', 'n/a'],
    ]);
    expectRoles(t, { C: 'target:header', D: 'actual:header', F: 'status:header' });
    expect(t.indicators.map((i) => actual(i))).toEqual([16, 85, 119.8]);
  });

  it('reads "Target/Est." as the target (Queensland Service Delivery Statements)', () => {
    const t = table('Appendix A', [
      ['Service area: Policy Advice', 'Notes', '2021–2022', null],
      [null, null, 'Target/Est.', 'Actual'],
      ['Client satisfaction with the policy development process', 1, 0.85, 0.63],
      ['Client satisfaction with intergovernmental relations advice', null, 0.85, 0.83],
    ]);
    expect(t.indicators.map((i) => [value(i.target), actual(i)])).toEqual([
      [0.85, 0.63],
      [0.85, 0.83],
    ]);
  });

  it('reads years side by side in 2009/10 … 2014/15 as financial years, judging the latest with a target', () => {
    const t = table('Service standards', [
      [
        'Performance Indicators',
        'NPI/LPI',
        '2009/10',
        '2010/11',
        '2011/12',
        '2012/13',
        '2013/14',
        '2014/15',
        '2014/15',
      ],
      [null, null, 'Actual', 'Actual', 'Actual', 'Actual', 'Actual', 'Target', 'Actual'],
      ['Average time to process new claims', 'LPI0538', 15.01, 15, 18.3, 16.18, 18.93, 18, 19.51],
      ['Council tax collected', 'LPI0541', 0.9878, 0.988, 0.9876, 0.9876, 0.9857, 0.9865, 0.9862],
      ['Fraud investigators', 'LPI0535', 0.24, 0.2, 0.2, 0.2, null, null, null],
    ]);
    expectRoles(t, {
      C: 'history:header',
      F: 'history:header',
      G: 'previous:header',
      H: 'target:header',
      I: 'actual:header',
    });
    expect(t.statedPeriod ?? null).toBeNull();
    // A measure with figures only in earlier years is still listed, with none for the year judged.
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['Average time to process new claims', 18, 19.51],
      ['Council tax collected', 0.9865, 0.9862],
      ['Fraud investigators', null, null],
    ]);
  });

  it('reads "Goal" over long texts beside the measures as their category, and ticks under "Was the Target Achieved?"', () => {
    const rows: CellValue[][] = [
      ['Goal', 'Performance Measure', '2003/04 Target', 'Was the Target Achieved?'],
      ['Implementing the three-year fiscal plan and balancing the budget', 'Debt service costs', 0.068, '✓'],
      [null, 'Provincial credit rating', 'AA', '✓'],
      ['A strong and competitive economy for British Columbia', 'Companies satisfied', 0.85, 0.841],
    ];
    const t = table('Appendix 1', rows, ['A2:A3']);
    expectRoles(t, { A: 'category:header', B: 'name:header', C: 'target:header', D: 'status:header' });
    expect(t.indicators.map((i) => i.category)).toEqual([
      'Implementing the three-year fiscal plan and balancing the budget',
      'Implementing the three-year fiscal plan and balancing the budget',
      'A strong and competitive economy for British Columbia',
    ]);
    const r = runCheck({
      sources: [sourceFromRows('Appendix 1', rows, { merges: ['A2:A3'] })],
      lang: 'en-US',
      date: '2004-06-30',
      period: { kind: 'year' },
    });
    // A figure where the verdict goes is the result: 84.1% against 85%.
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });

  it('reads phases side by side under merged headings as indicators per state, named as written', () => {
    const t = table(
      'Annexure',
      [
        ['State/UT wise Targets and completion of houses under PMAY-G'],
        [null, null, null, null, null, '(Units in number)'],
        ['S. No.', 'State', 'Phase I (2016-17 to 2018-19)', null, 'Phase II (2019-20)', null],
        [null, null, 'House Targeted', 'House Completed', 'House Targeted', 'House Completed'],
        [1, 'ARUNACHAL PRADESH', 11221, 94, 7500, 0],
        [2, 'ASSAM', 259814, 194665, 200000, 660],
      ],
      ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'],
    );
    expect(t.indicators.map((i) => [i.org, i.name, value(i.target), actual(i)])).toEqual([
      ['ARUNACHAL PRADESH', 'Phase I (2016-17 to 2018-19)', 11221, 94],
      ['ARUNACHAL PRADESH', 'Phase II (2019-20)', 7500, 0],
      ['ASSAM', 'Phase I (2016-17 to 2018-19)', 259814, 194665],
      ['ASSAM', 'Phase II (2019-20)', 200000, 660],
    ]);
  });

  it('reads falls written as their sizes under headings that both name a fall (同比下降(%) | 改善目标:同比下降(%))', () => {
    const rows: CellValue[][] = [
      ['重点区域秋冬季环境空气质量目标完成情况'],
      ['区域', '指标', '单位', '秋冬季实际', '同比下降(%)', '改善目标:同比下降(%)'],
      ['京津冀', 'PM2.5平均浓度', '微克/立方米', 70, 13.6, 4],
      ['长三角', 'PM2.5平均浓度', '微克/立方米', 46, 1.5, 2],
    ];
    // The level (秋冬季实际) cannot answer a target of a fall: left aside for the fall beside it.
    expectRoles(table('秋冬季', rows), { E: 'actual:header', F: 'target:header' }, ['D']);
    const r = runCheck({ sources: [sourceFromRows('秋冬季', rows)], lang: 'zh-CN', date: '2020-12-31' });
    expect(
      r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.kind, verdictOf(e.status)]),
    ).toEqual([
      [0.04, 0.136, 'decrease', 'met'],
      [0.02, 0.015, 'decrease', 'not met'],
    ]);
    // A target of a cut (削减目标) is a fall too.
    const cut: CellValue[][] = [
      ['主要污染物减排情况'],
      ['污染物', '年度削减目标(%)', '同比下降(%)'],
      ['化学需氧量', 1, 2.44],
      ['氮氧化物', 5.1, 3.2],
    ];
    const c = runCheck({ sources: [sourceFromRows('减排', cut)], lang: 'zh-CN', date: '2015-12-31' });
    expect(c.report.evaluations.map((e) => [e.target?.value, e.actual?.value, verdictOf(e.status)])).toEqual([
      [0.01, 0.0244, 'met'],
      [0.051, 0.032, 'not met'],
    ]);
  });

  it('keeps the places or firms down the rows beside a column of measures as the rows’ groups (企业 | 指标)', () => {
    for (const heading of ['企业', '地区']) {
      const rows: CellValue[][] = [
        ['经营业绩完成情况(2005年1-9月)'],
        ['序号', heading, '指标', '单位', '1-9月累计实现', '完成经营业绩考核目标值(%)'],
        [1, '川投集团', '利润总额', '万元', 64504, 156.82],
        [2, '化工控股集团', '利润总额', '万元', 63325, 180.93],
        [3, '双流机场集团', '净利润', '万元', 9877, 66.24],
      ];
      const t = table('1-9月', rows);
      expect(t.indicators.map((i) => [i.category, i.name])).toEqual([
        ['川投集团', '利润总额'],
        ['化工控股集团', '利润总额'],
        ['双流机场集团', '净利润'],
      ]);
    }
  });

  it('meets a reduction target written below zero by going further down (能耗降低目标 | 降低率)', () => {
    const rows: CellValue[][] = [
      ['2007年各省自治区直辖市节能目标完成情况'],
      ['地 区', '2007年万元GDP能耗\n降低目标(%)', '2007年万元GDP能耗\n降低率(%)'],
      ['北 京', -5, -6.04],
      ['河 北', -4.4, -4.02],
    ];
    expectRoles(table('附表', rows), { B: 'target:header', C: 'actual:header' });
    const r = runCheck({ sources: [sourceFromRows('附表', rows)], lang: 'zh-CN', date: '2008-07-27' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'achieved'],
      ['lower', 'missed'],
    ]);
  });

  it('leaves aside a block of one row of paragraphs (年度总体目标: 预期目标 | 实际完成情况)', () => {
    const goal = '本项目共申请预算资金2026400元,其中村级组织运转400000元,村级事务补助960000元。';
    const done = '本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村级事务补助660000元。';
    const [reading] = readSheets([
      sourceFromRows('总体目标', [
        ['年度总体目标', '预期目标', '实际完成情况'],
        [null, goal, done],
      ]),
    ]);
    expect(reading.kind === 'table' ? reading.table.indicators.map((i) => i.name) : []).toEqual([]);
    // A form's overall goal in short texts (年度总体目标 | 年初设定目标 | 全年完成情况) is no indicator either.
    const [short] = readSheets([
      sourceFromRows('总体目标', [
        ['年度总体目标', '年初设定目标', '全年完成情况'],
        [null, '业务收入达到55万元', '业务收入77.57万元'],
      ]),
    ]);
    expect(short.kind === 'table' ? short.table.indicators.map((i) => i.name) : []).toEqual([]);
  });

  it('reads sections stacked as tables of their own, each heading row naming its section', () => {
    const head = (area: string): CellValue[] => [
      area,
      'FY 2010 Targeted',
      'FY 2010 Actual',
      'FY 2009 Actual',
    ];
    const t = table('Measures', [
      ['State Performance Measures'],
      head('Education'),
      ['Percent of students completing high school', 0.839, 0.892, 0.895],
      ['Percent of students passing all tests taken', 0.74, 0.758, 0.72],
      head('Public Safety'),
      ['Number of crimes committed per 100,000 population', 4583, 4600, 4495],
      ['Number of emergency incidents coordinated', 5000, 5806, 5783],
    ]);
    expect(t.indicators.map((i) => [i.category, i.name.slice(0, 20), value(i.target), actual(i)])).toEqual(
      [
        ['Education', 'Percent of students c', 0.839, 0.892],
        ['Education', 'Percent of students p', 0.74, 0.758],
        ['Public Safety', 'Number of crimes comm', 4583, 4600],
        ['Public Safety', 'Number of emergency i', 5000, 5806],
      ].map(([c, n, tg, a]) => [c, (n as string).slice(0, 20), tg, a]),
    );
    // FY 2009 is the year before the one judged: the previous year's figure, not the result.
    expect(t.indicators.map((i) => value(i.previousCell))).toEqual([0.895, 0.72, 4495, 5783]);
  });

  it('never reads the year row of the heading, repeated over a second block, as an indicator', () => {
    const years = ['2012/13', '2013/14', '2014/15', '2014/15'];
    const t = table(
      'Service standards',
      [
        ['Performance Indicators', 'NPI/LPI', ...years],
        [null, null, 'Actual', 'Actual', 'Target', 'Actual'],
        ['Benefits'],
        ['Average time to process new claims', 'LPI0538', 16.18, 18.93, 18, 19.51],
        ['Council tax collected', 'LPI0541', 0.9876, 0.9857, 0.9865, 0.9862],
        [],
        ['Local PIs for Taxes & Benefits Services', null, ...years],
        [null, null, 'Actual', 'Actual', 'Target', 'Actual'],
        ['Benefits', null, 99.65, 99.83, 99, 99.55],
      ],
      ['A1:A2', 'B1:B2', 'A7:B8'],
    );
    expect(t.indicators.map((i) => i.name)).not.toContain('Local PIs for Taxes & Benefits Services');
  });

  it('reads a section heading row repeated inside one table as the next section', () => {
    const t = table('Measures', [
      ['Education', 'Target', 'Actual', 'Status'],
      ['Students completing high school', 83.9, 89.2, 'G'],
      ['Public Safety', 'Target', 'Actual', 'Status'],
      ['Crimes per 100,000 population', 4583, 4600, 'R'],
    ]);
    expect(t.indicators.map((i) => [i.category, i.name])).toEqual([
      ['Education', 'Students completing high school'],
      ['Public Safety', 'Crimes per 100,000 population'],
    ]);
  });

  it('judges the year whose target and result are given, in two-digit financial years (03/04 est out-turn)', () => {
    const t = table('Plan', [
      ['Ref No', 'Indicator', '01/02 actual', '02/03 actual', '03/04 target', '03/04 est out-turn', 'Status'],
      ['82a', '% of household waste recycled', 18, 20, 22, 21.08, 'R'],
      ['84', 'Kg of household waste collected per head', 492, 500, 500, 485, 'G'],
    ]);
    expectRoles(t, { D: 'previous:header', E: 'target:header', F: 'actual:header' }, ['C']);
    expect(t.indicators.map((i) => [value(i.target), actual(i), value(i.previousCell)])).toEqual([
      [22, 21.08, 20],
      [500, 485, 500],
    ]);
  });
});

describe('tables a standard reading misreads, and the words of other offices', () => {
  it('reads a 完成情况 column of status words as the status, and the figures beside it as the results', () => {
    const rows: CellValue[][] = [
      ['“十三五”规划主要指标完成情况'],
      ['序号', '指标名称', '2020年目标值', '2020年预计值', '完成情况'],
      [1, '全区生产总值(亿元)', 1000, 1008.5, '完成'],
      [2, '人均生产总值(元)', 130000, 130913, '完成'],
    ];
    const t = table('表1', rows);
    expectRoles(t, { C: 'target:header', D: 'actual:header', E: 'status:header' });
    expect(t.indicators.map(actual)).toEqual([1008.5, 130913]);
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2021-01-15' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved']);
  });

  it('reads the figures beside a 完成情况 column left blank (1-9月完成 | 完成情况)', () => {
    const rows: CellValue[][] = [
      ['2024年目标任务完成情况（1-9月）'],
      ['序号', '指标名称', '单位', '年度目标', '1-9月完成', '完成情况'],
      [1, '地区生产总值增速', '%', '6.5%左右', '6.8%', ''],
      [2, '招商引资到位资金', '亿元', 120, 95, null],
      [3, '新增城镇就业', '人', 5000, 3900, null],
    ];
    const t = table('表1', rows);
    expectRoles(t, { E: 'actual:header' });
    expect(t.indicators.map(actual)).toEqual(['6.8%', 95, 3900]);
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-10-15' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'on_track']);
  });

  it('reads a verdict column beside a standard heading row (是否完成) as the sheet’s own word', () => {
    const rows: CellValue[][] = [
      ['2023年国民经济和社会发展主要预期目标完成情况'],
      ['序号', '指标', '单位', '年度目标', '完成情况', '是否完成'],
      [1, '地区生产总值增长', '%', '7左右', 7.2, '完成'],
      [2, '居民消费价格涨幅', '%', '3左右', 0.3, '完成'],
      [3, '单位GDP能耗降低', '%', '完成省下达任务', 3.2, '完成'],
      [4, '城乡居民人均可支配收入增长', '%', '与经济增长基本同步', 6.8, '完成'],
      [5, '规模以上工业增加值增长', '%', '8', 6.5, '未完成'],
    ];
    const t = table('表1', rows);
    expectRoles(t, { E: 'actual:header', F: 'status:header' });
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-01-15' });
    // A price rise held to about 3 % is met at 0.3 %; a target in words is judged by the verdict, never
    // called a data error.
    expect(r.report.evaluations.map((e) => e.status)).toEqual([
      'achieved',
      'achieved',
      'achieved',
      'achieved',
      'missed',
    ]);
  });

  it('judges a standard heading row without a direction column by the names (失业率, 死亡人数 lower)', () => {
    const rows: CellValue[][] = [
      ['2023年主要预期目标完成情况'],
      ['序号', '指标', '单位', '年度目标', '完成情况'],
      [1, '地区生产总值增长', '%', 7, 7.2],
      [2, '城镇登记失业率', '%', 4.5, 4.2],
      [3, '单位GDP能耗下降', '%', 3, 3.2],
      [4, '安全生产事故死亡人数', '人', 50, 38],
      [5, '规模以上工业增加值增长', '%', 8, 6.5],
    ];
    const t = table('表1', rows);
    expect(t.reading).toBeUndefined();
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-01-15' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['higher', 'achieved'],
      ['lower', 'achieved'],
      ['higher', 'achieved'],
      ['lower', 'achieved'],
      ['higher', 'missed'],
    ]);
  });

  it('judges growth against targets in per cent beside the amount to date (1-6月 | 同比增长(%) | 全年目标(%))', () => {
    const rows: CellValue[][] = [
      ['2024年1-6月全县主要经济指标完成情况'],
      ['指标名称', '单位', '1-6月', '同比增长(%)', '全年目标(%)', '全市排位'],
      ['地区生产总值', '亿元', 1234.5, 6.2, 7, 3],
      ['规模以上工业增加值', '亿元', '—', 7.1, 8, 5],
      ['固定资产投资', '亿元', 456, -2.3, 10, 9],
      ['一般公共预算收入', '亿元', 45.6, 8.9, 5, 1],
    ];
    const t = table('表1', rows);
    // The growth answers the targets; the amount and the place in the city's league are left aside.
    expectRoles(t, { D: 'actual:header', E: 'target:header' }, ['C', 'F']);
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-07-15' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(r.report.evaluations.map((e) => [e.kind, e.target?.value, e.actual?.value, e.status])).toEqual([
      ['growth', 0.07, 0.062, 'behind'],
      ['growth', 0.08, 0.071, 'behind'],
      ['growth', 0.1, -0.023, 'at_risk'],
      ['growth', 0.05, 0.089, 'on_track'],
    ]);
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('地区生产总值增长6.2%，低于目标0.8个百分点');
    expect(text).toContain('固定资产投资下降2.3%');
  });

  it('reads 单位 over places and offices as the rows, judged on the measure the title names', () => {
    const rows: CellValue[][] = [
      ['某区2024年1-10月招商引资目标任务完成情况'],
      ['单位', '全年目标(亿元)', '1-10月到位资金(亿元)', '完成率', '序时进度', '与序时进度比'],
      ['开发区', 50, 38.5, '77.0%', '83.3%', '-6.3'],
      ['高新区', 40, 36.2, '90.5%', '83.3%', '7.2'],
      ['城关镇', 10, 6.1, '61.0%', '83.3%', '-22.3'],
      ['合计', 100, 80.8, '80.8%', '83.3%', '-2.5'],
    ];
    const t = table('表1', rows);
    expectRoles(t, { A: 'name:header', B: 'target:header', C: 'actual:header', F: 'gap:header' });
    expect(t.indicators.map((i) => i.name)).toEqual(['开发区', '高新区', '城关镇']);
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-11-10' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['behind', 'on_track', 'at_risk']);
  });

  it('keeps 单位 as the unit of measure when its cells are units (亿元, %, 个)', () => {
    const t = table('表1', [
      ['指标', '单位', '年度目标', '完成'],
      ['地区生产总值', '亿元', 1000, 800],
      ['城镇化率', '%', 60, 58],
      ['新建学校', '所', 5, 3],
    ]);
    expect(t.indicators.map((i) => [i.name, i.measureUnit])).toEqual([
      ['地区生产总值', '亿元'],
      ['城镇化率', '%'],
      ['新建学校', '所'],
    ]);
  });

  it('reads marks beside a standard heading row (分值 | 目标值 | 完成值 | 得分): a target in words is judged, not an error', () => {
    const rows: CellValue[][] = [
      ['2023年度乡镇目标责任制考核结果'],
      ['序号', '考核指标', '分值', '目标值', '完成值', '得分'],
      [1, '一般公共预算收入(万元)', 15, 1200, 1320, 15],
      [2, '安全生产事故起数', 10, '≤2', 1, 10],
      [3, '人居环境整治', 10, '达到省级标准', '已达标', 10],
    ];
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-01-15' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'achieved']);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads a capital programme: Scheme | Budget | Spend to date | Forecast | Variance | Status', () => {
    const rows: CellValue[][] = [
      ['Capital Programme Monitoring - Quarter 2 2024/25'],
      [
        'Scheme',
        'Budget 2024/25 (£000)',
        'Spend to date (£000)',
        'Forecast (£000)',
        'Variance (£000)',
        'Status',
      ],
      ['School expansion programme', 12500, 5400, 12100, -400, 'On track'],
      ['Highways maintenance', 8200, 3100, 8900, 700, 'At risk'],
    ];
    const t = table('Capital', rows);
    expectRoles(t, { A: 'name:header', B: 'target:header', C: 'actual:header', F: 'status:header' });
    const r = runCheck({ sources: [sourceFromRows('Capital', rows)], lang: 'en-US', date: '2024-10-15' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'at_risk']);
  });

  it('judges a target in words in a standard table by the result’s words, never as a data error', () => {
    const rows: CellValue[][] = [
      ['2023年目标任务完成情况'],
      ['序号', '指标', '年度目标', '完成情况'],
      [1, '地区生产总值(亿元)', 1000, 1050],
      [2, '人居环境整治', '达到省级标准', '已达标'],
      [3, '城乡居民收入增长', '与经济增长同步', '6.8%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-01-15' });
    expect(r.report.evaluations.map((e) => [e.status, e.notRated ?? null])).toEqual([
      ['achieved', null],
      ['achieved', null],
      // A figure against words: shown, not rated, with the reason.
      ['not_rated', 'target-in-words'],
    ]);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // A note in the target's place is no goal: still an error naming the cell.
    const noted = runCheck({
      sources: [sourceFromRows('表1', [...rows.slice(0, 4), [3, '城乡居民收入增长', '见附件', '6.8%']])],
      lang: 'zh-CN',
      date: '2024-01-15',
    });
    expect(noted.report.evaluations[2].status).toBe('invalid');
    expect(noted.report.diagnostics.some((d) => d.cell === 'C5' && d.severity === 'error')).toBe(true);
    const t = r.report.tables.indicators;
    const status = t.columns.findIndex((c) => c.key === 'status');
    expect(t.rows[2][status]).toBe('不作评价（目标为文字表述，不按数据评价）');
  });

  it('reads Objective repeated down its rows beside the Measures as their category', () => {
    const t = table('APR', [
      ['Annual Performance Report 2022/23'],
      ['Objective', 'Measure', 'Target', 'Actual', 'Met?'],
      ['Homes', 'Net additional homes provided', 450, 512, 'Yes'],
      ['Homes', 'Affordable homes delivered', 120, 98, 'No'],
      ['Environment', 'Household waste recycled and composted', '50%', '47.8%', 'No'],
      ['Environment', 'Fly-tipping incidents cleared within 2 working days', '90%', '93%', 'Yes'],
    ]);
    expectRoles(t, { A: 'category:header', B: 'name:header', C: 'target:header', D: 'actual:header' });
    expect(t.indicators.map((i) => [i.category, i.name])).toEqual([
      ['Homes', 'Net additional homes provided'],
      ['Homes', 'Affordable homes delivered'],
      ['Environment', 'Household waste recycled and composted'],
      ['Environment', 'Fly-tipping incidents cleared within 2 working days'],
    ]);
  });

  it('reads words under one result heading beside figures under another (Performance | Actual) as the names, and sentences as notes', () => {
    const t = table(
      'Accomplishment Report 2015',
      [
        ['Accomplishment Report 2015'],
        ['Program/Project/Activity', 'Physical Operations', null, null],
        [null, 'Performance', 'Target', 'Actual'],
        ['1.1 Human Resource Management', 'number of employees compensated', 58, 52],
        ['1.2 Executive Management', 'number of programs approved', 75, 67],
        [null, 'number of memos and orders prepared', 200, 280],
        ['1.3 Training Programs', 'number of seminars conducted', 25, 25],
      ],
      ['A2:A3', 'B2:D2'],
    );
    expectRoles(t, { B: 'name:header', C: 'target:header', D: 'actual:header' });
    expect(
      t.indicators.map((i) => [i.name, i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : null]),
    ).toEqual([
      ['number of employees compensated', 52],
      ['number of programs approved', 67],
      ['number of memos and orders prepared', 280],
      ['number of seminars conducted', 25],
    ]);
    const notes = table('Outcomes', [
      ['Key Outcomes Sought', 'Results', 'Target', 'Actual', 'Status'],
      [
        'Return on expenditure',
        'Return on expenditure exceeded target, a gain on last year.',
        2.78,
        2.91,
        'Met',
      ],
      ['Contracts completed on time', 'Contracts completed on time exceeded target again.', 90, 100, 'Met'],
      [
        'Network availability',
        'Floods in the north cut the network for weeks, so it fell short.',
        95,
        87,
        'Not met',
      ],
    ]);
    expectRoles(notes, { B: 'notes:header', C: 'target:header', D: 'actual:header' });
    expect(
      notes.indicators.map((i) => (i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : null)),
    ).toEqual([2.91, 100, 87]);
  });

  it('leaves out a form’s row of column numbers under its headings (1 | 2 | 3 …), and reads Annual Reporting as reported once a year', () => {
    const t = table('BAR No. 1', [
      ['QUARTERLY PHYSICAL REPORT OF OPERATION'],
      ['As of June 30, 2021'],
      ['Particulars', 'Physical Target', null, 'Physical Accomplishment', null, 'Remarks'],
      [null, '1st Quarter', '2nd Quarter', '1st Quarter', '2nd Quarter', null],
      ['1', '2', '3', '4', '5', '6'],
      ['Placement rate of qualified jobseekers', 0.8, 0.8, 0.87, 0.9, null],
      [
        'Youth assisted placed in jobs',
        'Annual Reporting',
        'Annual Reporting',
        'Annual Reporting',
        'Annual Reporting',
        null,
      ],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual([
      'Placement rate of qualified jobseekers',
      'Youth assisted placed in jobs',
    ]);
    const r = runCheck({
      sources: [
        sourceFromRows('BAR No. 1', [
          ['指标', '年度目标', '完成'],
          ['1', '2', '3', '4'],
          ['新增就业', 1000, 800],
          ['就业见习', 200, 'Annual reporting'],
        ]),
      ],
      lang: 'en-US',
      date: '2021-07-15',
      period: { kind: 'quarter', quarter: 2 },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['新增就业', 'on_track'],
      ['就业见习', 'not_rated'],
    ]);
  });

  it('leaves out a short form’s row of column numbers (甲 | 乙 | 1 | 2 | 3), and judges its columns by the rows below it', () => {
    const rows: CellValue[][] = [
      ['2020年主要指标完成情况'],
      ['序号', '指标名称', '2020年目标值', '2020年预计值', '完成情况'],
      ['甲', '乙', 1, 2, 3],
      [1, '全区生产总值(亿元)', 1000, 1008.5, '完成'],
      [2, '人均生产总值(元)', 130000, 130913, '完成'],
      [3, '公共财政预算收入(亿元)', 72.69, 70.1, '未完成'],
    ];
    const t = table('表1', rows);
    expect(t.indicators.map((i) => i.name)).toEqual([
      '全区生产总值(亿元)',
      '人均生产总值(元)',
      '公共财政预算收入(亿元)',
    ]);
    // The verdict column is read as verdicts: the 3 above them numbers the column.
    expect(t.reading?.columns.find((c) => c.column === 'E')?.role).toBe('status');
    // Two labels alone number a form of two columns; one label with one figure may be a name and its figure.
    expect(isColumnNumbers(['甲', '乙'])).toBe(true);
    expect(isColumnNumbers(['栏次', 1, 2])).toBe(true);
    expect(isColumnNumbers(['A', 1])).toBe(false);
    expect(isColumnNumbers([1, 2, 3])).toBe(false);
    // Typed as text with a footnote's mark after them, as a sheet's figures may be (2*, 3†).
    expect(isColumnNumbers(['1', '2*', '3*', '4†'])).toBe(true);
    expect(isColumnNumbers(['1', '2*', '3x', '4'])).toBe(false);
  });

  it('a first row numbered as text (1., （1）) is a row of the list, not headings, whatever words it holds', () => {
    const t = table('Sheet1', [
      ['2025年十大民生实事项目进展表(截至6月底)'],
      ['序号', '项目名称', '子项目', '具体完成情况', '2025年进展情况'],
      [null, null, null, null, '截至6月底进展'],
      ['1.', '一、优质教育综合提升工程', '完成奉化高级中学食堂建设', '当年完成', '装饰工程施工'],
      ['（2）', null, '建成投用西坞中学教学楼', '当年完成', '已完成主体结构'],
      ['3、', null, '实施中小学清凉工程', '当年完成', '已完成施工招标'],
    ]);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.indicators.map((i) => i.row)).toEqual([4, 5, 6]);
  });

  it('reads on over blank rows left between a table’s groups: a row after one is a note only where the table does not go on', () => {
    const t = table('Indicators', [
      ['Key performance'],
      ['Measure', 'Target', 'Actual', 'Status'],
      ['Homes completed', 400, 420, 'Met'],
      [],
      ['Repairs on time', 'At least 95% of repairs within target time', 0.97, 'Met'],
      ['Percentage of applications meeting the new standard', 'Data not available until 2024'],
      [],
      ['Carbon footprint', '50% ↓ on 2005/06 baseline', '22.8% ↓ on 2005/06 baseline'],
      ['Complaints answered in 10 days', 0.9, 0.92, 'Met'],
      [],
      ['Accuracy of meters', 'Inaccuracy not exceeding ±3% of the reading', 0.973],
      [],
      ['How the standards are set', 'The targets are those of the 2023 corporate plan, agreed by the board.'],
      ['What the colours mean', 'Green means the target was met; red means it was missed by 5% or more.'],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual([
      'Homes completed',
      'Repairs on time',
      'Percentage of applications meeting the new standard',
      'Carbon footprint',
      'Complaints answered in 10 days',
      'Accuracy of meters',
    ]);
  });

  it('reads a list with no headings, and a list of goals with their verdicts, on over a blank row between groups', () => {
    const list = table('Headline', [
      ['Quarterly performance'],
      [],
      ['Gas safety checks', 1, 1],
      ['Repairs completed within target date', 0.96, 0.97],
      ['Customer satisfaction with last repair', 0.94, 0.98],
      ['% total void loss', 'Below 1.1%', 0.0037],
      ['Average number of days to re-let property', '18 days or less', '9 days'],
      ['% rent arrears total rent roll', 'Lower than 5%', 0.0399],
      [],
      ['Overall customer satisfaction', 'Top 25% of our peers', 'Top 25% achieved'],
    ]);
    expect(list.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 10]);
    const goals = table('Goals', [
      ["County Manager's Office"],
      [
        '1) To post 90% of agenda packets to the website by 5 p.m. on the Thursday before the meeting',
        'Goal Met',
      ],
      ['2) To raise awareness of the Government Academy among the citizens of the county', 'Goal Met'],
      [],
      ['3) To answer 95% of citizen requests within two working days of their receipt', 'Goal Not Met'],
      ['4) To publish the annual budget summary online within one week of its adoption', 'Goal Met'],
    ]);
    expect(goals.indicators.map((i) => i.row)).toEqual([2, 3, 5, 6]);
  });

  it('reads headings over a form’s column numbers (預算數 over ( 1 ), 比較增減數 over (3)=(2)-(1)) by the headings', () => {
    const t = table(
      '歲入歲出',
      [
        ['新竹市總決算'],
        ['歲入歲出簡明比較分析表'],
        ['中華民國97年度', null, null, null],
        ['項      目', '預  算  數', '決  算  數', '比 較 增 減 數'],
        [null, '( 1 )', '( 2 )', '( 3 ) = ( 2 ) - ( 1 )'],
        ['1.稅 課 收 入', 8115835000, 7870691741, -245143259],
        ['2.規費收入', 515018000, 531094155, 16076155],
      ],
      ['A4:A5'],
    );
    expectRoles(t, { A: 'name:header', B: 'target:header', C: 'actual:header' });
    expect(t.indicators.map((i) => [i.name, i.target?.value])).toEqual([
      ['1.稅 課 收 入', 8115835000],
      ['2.規費收入', 515018000],
    ]);
  });

  it('an item numbered right after the one above with nothing filled in is a sibling, never a section over the rows below', () => {
    const rows: CellValue[][] = [
      ['歲入歲出簡明比較分析表'],
      ['項目', '預算數', '決算數'],
      ['4.規費收入', 515018000, 531094155],
      ['5.信託管理收入', null, null],
      ['6.財產收入', 1090000000, 1170000000],
    ];
    const byEvidence = table('歲入', rows, ['A1:C1']);
    const standard = readSheets([sourceFromRows('歲入', [rows[1], ...rows.slice(2)])])[0];
    for (const t of [byEvidence, standard.kind === 'table' ? standard.table : null]) {
      expect(t?.indicators.find((i) => i.name === '6.財產收入')?.category ?? null).toBeNull();
    }
    // A section label that is not the next item still heads the rows below it.
    const sections = table('歲入', [
      ['項目', '預算數', '決算數'],
      ['4.規費收入', 515018000, 531094155],
      ['其他收入', null, null],
      ['1.捐獻收入', 100, 120],
    ]);
    expect(sections.indicators.find((i) => i.name === '1.捐獻收入')?.category).toBe('其他收入');
  });

  it('takes an office’s telephone line above the headings for a caption, never a heading over them', () => {
    const t = table(
      '1-9月',
      [
        ['2024年1-9月歙县50项民生实事实施进展情况'],
        ['歙县民生办电话:0559-6521077', null, null, '市民生办电话:0559-2355581'],
        ['序号', '项目名称', '目标任务', '牵头单位', '累计完成', '累计进度'],
        [1, '促进重点群体稳定就业', '城镇新增就业2450人', '县人社局', 2712, 1.1069],
        [2, '放心家政行动', '培训家政服务人员1185人次', '科商经信局', 1187, 1],
      ],
      ['A1:F1', 'A2:C2', 'D2:F2'],
    );
    expect(t.headerRows).toEqual([3]);
    expect(t.indicators.map((i) => [i.name, i.target?.value])).toEqual([
      ['促进重点群体稳定就业', '城镇新增就业2450人'],
      ['放心家政行动', '培训家政服务人员1185人次'],
    ]);
  });

  it('states the latest quarter of a rolling window with years (Q3 2016/17 … Q2 2017/18 › Value) as the period', () => {
    const t = table(
      'PI',
      [
        ["2017/18 Chief Executive's Office"],
        [
          'Code & Name',
          'Target',
          '2016/17',
          '2017/18',
          'Q3 2016/17',
          'Q4 2016/17',
          'Q1 2017/18',
          'Q2 2017/18',
        ],
        [null, null, 'Value', 'Value', 'Value', 'Value', 'Value', 'Value'],
        ['CE069 Outsourced print work as % of spend', 0.2, 0.2357, 0.1711, 'N/A', 'N/A', 0.244, 0.137],
        ['CE071 Invoices paid within 30 days', 0.95, 0.93, 0.96, 0.94, 0.92, 0.97, 0.95],
      ],
      [],
      4,
    );
    expect(t.statedPeriod?.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(t.statedPeriod?.text).toBe('Q2 2017/18');
  });

  it('judges the latest of a project’s years whose results are in (Year 1 … Year 4 › Target | Actual)', () => {
    const rows: CellValue[][] = [
      ['Cumulative Targets and Accomplishments'],
      ['Task', 'Indicator', 'Units', 'Year 1', null, 'Year 2', null, 'Year 3', null, 'Year 4', null],
      [null, null, null, 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual'],
      ['1.1.a', 'Number of districts with advisory teams', 'Number', 45, 45, 45, 45, 45, 45, 45, null],
      ['1.1.c', 'Percent of associations trained', 'Percent', 50, 0, 100, 60, 100, 100, 100, null],
    ];
    const [reading] = readSheets([sourceFromRows('Table 3', rows)]);
    const t = reading.kind === 'table' ? reading.table : null;
    expect(
      t?.indicators.map((i) => [
        i.name,
        i.target?.value,
        i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : null,
      ]),
    ).toEqual([
      ['Number of districts with advisory teams', 45, 45],
      ['Percent of associations trained', 100, 100],
    ]);
  });

  it.each([' ', '\n'])(
    'reads results to dates side by side (ACCOMPLISHMENT › as of September | as of December): the latest is the result, its heading on one line or two (%j)',
    (space) => {
      const t = table(
        'Physical Report',
        [
          ['PERFORMANCE MEASURES', 'WHOLE YEAR TARGET', 'ACCOMPLISHMENT', null, null, null, 'REMARKS'],
          [null, null, `as${space}of September`, 'VARIANCE', `as${space}of December`, 'VARIANCE', null],
          ['Workers placed for local employment', 1100000, 1244236, 0.38, 1655986, 0.51, null],
          ['Jobs fairs conducted', 'demand-driven', 1021, null, 1394, null, null],
        ],
        ['A1:A2', 'B1:B2', 'C1:F1', 'G1:G2'],
      );
      // The September result's variance is the September result's: history too.
      expectRoles(t, { C: 'history:header', D: 'history:header', E: 'actual:header', F: 'gap:header' });
      expect(t.statedPeriod?.text).toBe('as of December');
      expect(
        t.indicators.map((i) => (i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : null)),
      ).toEqual([1655986, 1394]);
    },
  );

  it('reads a name heading merged down over its groups (考核指标 over 考核内容) as the category of the rows beside it', () => {
    const t = table(
      'Sheet1',
      [
        ['2021年乡村振兴任务清单'],
        ['序号', '考核指标', '考核内容', '单位', '年度目标'],
        [1, '确保粮食和重要农产品有效供给', '粮食播种面积', '万亩', 12],
        [2, null, '粮食总产量', '亿斤', 3.8],
        [3, null, '水产品产量', '万吨', 42],
        [4, '建设“千亩方、万亩方”', '新建高标准农田', '万亩', 1.5],
        [5, null, '永久基本农田', '万亩', 20],
      ],
      ['B3:B5', 'B6:B7'],
    );
    expectRoles(t, { B: 'category:header', C: 'name:header', E: 'target:header' });
    expect(t.indicators.map((i) => [i.category, i.name])).toEqual([
      ['确保粮食和重要农产品有效供给', '粮食播种面积'],
      ['确保粮食和重要农产品有效供给', '粮食总产量'],
      ['确保粮食和重要农产品有效供给', '水产品产量'],
      ['建设“千亩方、万亩方”', '新建高标准农田'],
      ['建设“千亩方、万亩方”', '永久基本农田'],
    ]);
  });

  it('reads 工作目标 over short tasks beside 完成标准 as the tasks and 完成标准 as their targets', () => {
    const t = table('表1', [
      ['2023年度重点工作目标完成情况'],
      ['序号', '工作目标', '完成标准', '完成情况', '评价'],
      [1, '建成区绿化覆盖率', '达到42%', '42.6%', '超额完成'],
      [2, '农村改厕', '完成1000户', '完成1000户', '全面完成'],
      [3, '新增城镇就业', '5000人', '5230人', '超额完成'],
    ]);
    expectRoles(t, { B: 'name:header', C: 'target:header', D: 'actual:header', E: 'status:header' });
    expect(t.indicators.map((i) => i.name)).toEqual(['建成区绿化覆盖率', '农村改厕', '新增城镇就业']);
  });

  it('keeps a standard reading whose results are all blank when nothing beside them holds figures', () => {
    const t = table('指标', [
      ['指标名称', '年度目标', '完成情况', '责任单位'],
      ['新增就业(人)', 1000, null, '人社局'],
      ['招商引资(亿元)', 120, '', '商务局'],
    ]);
    expect(t.reading).toBeUndefined();
    expect(t.indicators.map((i) => i.actuals.kind)).toEqual(['cumulative', 'cumulative']);
  });

  it('reads a standard heading row with no result column of its own (Quarterly Actual) by its content', () => {
    const t = table('SDBIP Q1', [
      ['Q1 - 07/2015 - 09/2015'],
      ['Measure', 'Annual Target', 'Quarterly Target', 'Quarterly Actual', 'Status'],
      ['% Implementation of Maintenance Plan', 1, 1, 1.3611, 'Target Achieved'],
      ['% Implementation of Roads Plan', 1, 1, 0.9094, 'Target Not Achieved'],
    ]);
    expectRoles(t, { B: 'target:header', C: 'periodTarget:header', D: 'actual:header', E: 'status:header' });
    expect(t.indicators.map(actual)).toEqual([1.3611, 0.9094]);
  });

  it('keeps the standard reading when its result column holds figures', () => {
    const t = table('指标', [
      ['指标名称', '年度目标', '完成情况', '备注'],
      ['新增就业(人)', 1000, 800, '完成'],
    ]);
    expect(t.reading).toBeUndefined();
    expect(t.indicators.map(actual)).toEqual([800]);
  });

  it('reads a baseline, the latest follow-up as the result and a remark on the target as notes', () => {
    const t = table('Outcomes', [
      ['Outcome', 'Project End Target', 'Base Value', 'Previous Follow-up', 'Latest Follow-up'],
      ['Diet Diversity Score', '>4.50', '-', '-', 4.9],
      ['MAM treatment recovery rate (%)', '>75.00', 93, '-', '-'],
    ]);
    expectRoles(t, {
      B: 'target:header',
      C: 'baseline:header',
      D: 'previous:header',
      E: 'actual:header',
    });
    const s = table('Population', [
      [
        'Output indicator',
        'Annual target 2020/21',
        'Actual Outputs 2020/2021',
        'Reasons for Deviation from 2020/21 target',
      ],
      [
        'Number of youth reached',
        '10 000+ youths',
        'A total of 178 495 young people',
        'A low target was set',
      ],
    ]);
    expectRoles(s, { B: 'target:header', C: 'actual:header', D: 'notes:header' });
  });

  it('reads "Target X" beside "Actual X" as the target, and "Type of Service" as the indicator', () => {
    const t = table('Pledge', [
      [
        'Type of Service',
        'Target Response Time (Working Days)',
        'Target Compliance Level',
        'Actual Compliance Level',
      ],
      ['Registration of installers', 12, 1, 1],
      ['Registration of contractors', 38, 0.99, 1],
    ]);
    expectRoles(t, { A: 'name:header', C: 'target:header', D: 'actual:header' }, ['B']);
    expect(t.indicators.map((i) => [value(i.target), actual(i)])).toEqual([
      [1, 1],
      [0.99, 1],
    ]);
  });

  it('reads tasks under merged groups: each target text names its task, the group above is its category', () => {
    const rows: CellValue[][] = [
      ['2023年3月份暖民心行动进展情况表'],
      ['项目名称', '年度目标任务', '完成进度'],
      ['一、就业促进行动', '*1.募集青年就业见习岗位325个', '完成330个,完成率101.54%'],
      [null, '2.开发公益性岗位540个', '完成838个,完成率155.19%'],
      [null, '*3.新增技能人才4000人', '完成736人,完成率18.04%'],
      ['二、老年助餐服务行动', '1.新增城市老年食堂(助餐点)不少于6个', '完成1个,完成率16.7%'],
      [null, '2.新增农村老年食堂(助餐点)不少于27个', '无任务'],
    ];
    const merges = ['A3:A5', 'A6:A7'];
    const t = table('3月份', rows, merges);
    expectRoles(t, { A: 'category:header', B: 'name:header', C: 'actual:header' });
    expect(t.indicators.map((i) => i.category)).toEqual([
      '就业促进行动',
      '就业促进行动',
      '就业促进行动',
      '老年助餐服务行动',
      '老年助餐服务行动',
    ]);
    const r = runCheck({
      sources: [sourceFromRows('3月份', rows, { merges })],
      lang: 'zh-CN',
      date: '2023-04-15',
    });
    // The list numbers (*1. 2.) are not targets: 325个 and 540个 are, met by 330 and 838.
    expect(r.report.evaluations.slice(0, 4).map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [325, 330],
      [540, 838],
      [4000, 736],
      [6, 1],
    ]);
    expect(r.report.evaluations.map((e) => e.status)).toEqual([
      'achieved',
      'achieved',
      'at_risk',
      'at_risk',
      'not_rated',
    ]);
    expect(r.report.evaluations[4].notRated).toBe('no-target');
    // The narrative and the charts name a task without its list number; the table keeps it as written.
    // A task named by its target is named in the text by what it measures, its figures after it.
    const prose = r.report.narrative.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(prose).toContain('新增技能人才完成736人，为年度目标4000人的18.4%');
    expect(prose).not.toMatch(/\*3\.|2\.开发/);
    const labels = r.report.charts.flatMap((c) => c.categories);
    expect(labels.some((l) => l.startsWith('新增技能人才'))).toBe(true);
    expect(labels.some((l) => /^\*?\d\./.test(l))).toBe(false);
    expect(
      r.report.tables.indicators.rows.map((row) =>
        row.find((v) => typeof v === 'string' && v.includes('新增技能人才')),
      ),
    ).toContain('*3.新增技能人才4000人');
  });
});

describe('a row of data is never the headings of a next table', () => {
  it('reads a numbered row whose cells are heading words (4 | 建成公园 | 完成 | 已完成) as an indicator', () => {
    const t = table('进度', [
      ['序号', '指标名称', '计量单位', '年度目标', '1-9月累计完成', '负责单位'],
      [1, '新增城镇就业', '万人', 1.2, 1.05, '人社局'],
      [2, '建成公园', '个', '完成', '已完成', '住建局'],
      [3, '新建学校', '所', 4, 1, '教育局'],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['新增城镇就业', '建成公园', '新建学校']);
  });
});

describe('response times', () => {
  it('judges times written as 00:08:12 or 14m 30s as levels, lower being better', () => {
    const rows: CellValue[][] = [
      ['Ambulance response times, September 2019'],
      ['Measure', 'National standard', 'Sep-19'],
      ['Category 1 mean response time', '00:07:00', '00:08:12'],
      ['Category 2 mean response time', '00:18:00', '00:16:40'],
      ['Category 1 90th centile response time', '15 mins', '14m 30s'],
      ['Hospital handover time', 15, '0:14:30'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Times', rows)], lang: 'en-US', date: '2019-10-15' });
    expect(
      r.report.evaluations.map((e) => [
        e.direction,
        e.aggregation,
        e.target?.value,
        e.actual?.value,
        e.status,
      ]),
    ).toEqual([
      ['lower', 'last', 7, 8.2, 'behind'],
      ['lower', 'last', 18, expect.closeTo(16.667, 3), 'on_track'],
      ['lower', 'last', 15, 14.5, 'on_track'],
      ['lower', 'last', 15, 14.5, 'on_track'],
    ]);
  });
});

describe('ceilings and classes', () => {
  it('reads a 控制指标 as a ceiling, and a share of it under the year gone as on track', () => {
    const rows: CellValue[][] = [
      ['安全生产控制指标完成情况（1-6月）'],
      ['序号', '项目', '年度控制指标', '1-6月实际', '占全年控制指标'],
      [1, '安全生产事故死亡人数', '45人', '11人', 0.2444],
      [2, '较大事故', '4起', '3起', 0.75],
    ];
    const t = table('控制指标', rows);
    expectRoles(t, { C: 'target:header', D: 'actual:header', E: 'completion:header' });
    const r = runCheck({ sources: [sourceFromRows('控制指标', rows)], lang: 'zh-CN', date: '2013-07-15' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'on_track'],
      ['lower', 'behind'],
    ]);
  });

  it('judges a share of the ceiling alone by the share of the year gone, and the sheet’s words', () => {
    const rows: CellValue[][] = [
      ['上半年安全生产控制指标进度'],
      ['序号', '项目', '上半年死亡人数', '占全年控制指标', '控制指标进度情况'],
      [1, '火灾事故', '656人', 0.469, null],
      [2, '道路交通事故', '30000人', 0.55, null],
      [3, '工矿商贸事故', '4595人', 0.406, '在控制指标进度目标以内'],
      [4, '较大事故', '420起', 0.52, '超控制指标进度目标'],
    ];
    const r = runCheck({ sources: [sourceFromRows('进度', rows)], lang: 'zh-CN', date: '2010-07-15' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind', 'on_track', 'behind']);
  });

  it('reads water quality against its target class, with the sheet’s 达标 / 未达标 as the verdict', () => {
    const rows: CellValue[][] = [
      ['表1 2016年4月主要跨市河流交接断面水质状况'],
      ['责任城市', '序号', '交接断面', '所处河流', '水质控制目标', '水质类别', '上年同期水质类别', '达标'],
      ['广州', 1, '乌洲(涨)', '顺德水道', 'Ⅱ', 'Ⅱ', 'Ⅱ', '达标'],
      [null, 2, '平洲(涨)', '平洲水道', 'Ⅲ', 'Ⅲ', 'Ⅲ', '达标'],
      ['深圳', 1, '西湖村', '龙岗河', 'Ⅲ', '劣Ⅴ', '劣Ⅴ', '未达标'],
    ];
    const t = table('表1', rows, ['A3:A4']);
    expectRoles(t, { C: 'name:header', E: 'target:header', F: 'actual:header', H: 'status:header' });
    const r = runCheck({
      sources: [sourceFromRows('表1', rows, { merges: ['A3:A4'] })],
      lang: 'zh-CN',
      date: '2016-05-15',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['乌洲(涨)', 'achieved'],
      ['平洲(涨)', 'achieved'],
      ['西湖村', 'missed'],
    ]);
  });
});

describe('a measure over time', () => {
  it('reads rows of months as one measure, judged on its latest month and named by its standard', () => {
    const rows: CellValue[][] = [
      ['Our performance'],
      ['We will serve you at our service counters within 10 minutes'],
      ['How are we doing?'],
      [null, 'Our result', 'Our target'],
      ['June 2019', 0.66, 0.9],
      ['July 2019', 0.7, 0.9],
      ['August 2019', 0.64, 0.9],
      ['September 2019', null, 0.9],
    ];
    const t = table('Counters', rows, [], 7);
    expect(t.indicators.map((i) => [i.name, i.row, actual(i), value(i.target)])).toEqual([
      ['We will serve you at our service counters within 10 minutes', 7, 0.64, 0.9],
    ]);
    expect(t.statedPeriod).toMatchObject({
      period: { kind: 'month', month: 2 },
      text: 'August 2019',
    });
  });

  it('keeps rows of months that are not one measure a row each when they are named otherwise', () => {
    const t = table('KPIs', [
      ['Indicator', 'Target', 'Actual'],
      ['Calls answered', 0.9, 0.92],
      ['August 2019 backlog cleared', 1, 1],
      ['Complaints resolved', 0.8, 0.7],
    ]);
    expect(t.indicators).toHaveLength(3);
  });
});

describe('changes from a stated base, and the rows under a form', () => {
  it('judges 比2015年(24.31)降低10个百分点 as at most 14.31, and leaves out 总分 and a row named 无', () => {
    const rows: CellValue[][] = [
      ['“十三五”卫生健康主要指标完成情况'],
      ['序号', '指标', '单位', '2020年完成情况', '2020年规划目标'],
      [1, '重大慢性病过早死亡率', '%', 8.83, '比2015年(24.31)降低10个百分点'],
      [2, '吸烟率', '%', 22.1, '较2015年(26.5)下降15%'],
      [null, '无', null, 96, 100],
      [null, '总分', null, 96, 100],
    ];
    const r = runCheck({ sources: [sourceFromRows('指标', rows)], lang: 'zh-CN', date: '2021-01-15' });
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.direction, e.target?.value, e.status]),
    ).toEqual([
      ['重大慢性病过早死亡率', 'lower', 14.31, 'achieved'],
      ['吸烟率', 'lower', 22.525, 'achieved'],
    ]);
  });
});

describe('Pentana exports', () => {
  it('reads "Code & Name" merged over the code and the name as the indicator, named by its words', () => {
    const t = table(
      'PIs',
      [
        ['Cat', 'Code & Name', null, 'Target', '2016/17', '2017/18', 'Status'],
        [null, null, null, null, 'Value', 'Value', null],
        [
          'Local',
          'CE069',
          'Cost of outsourced print work as a % of total print costs',
          0.2,
          0.2357,
          0.1711,
          null,
        ],
        ['Nat(b)', 'CE070', 'Complaints received per 1,000 population', 5, 4.38, 2.14, null],
      ],
      ['A1:A2', 'B1:C2', 'D1:D2', 'G1:G2'],
    );
    expect(t.indicators.map((i) => i.name)).toEqual([
      'Cost of outsourced print work as a % of total print costs',
      'Complaints received per 1,000 population',
    ]);
  });
});

describe('a measure over time, told apart by a month column', () => {
  it('reads rows of one merged name and a month each as one measure, on its latest month', () => {
    const rows: CellValue[][] = [
      ['A&E 4 Hour Wait'],
      ['Indicator', 'Month', 'Achievement', 'Target', 'Met or Failed'],
      ['A&E 4 Hour Wait Target', 'June 2017', 0.83, 0.95, 'FAILED'],
      [null, 'July 2017', 0.823, 0.95, 'FAILED'],
    ];
    const t = table('A&E', rows, ['A3:A4'], 4);
    expect(t.indicators.map((i) => [i.name, i.row, actual(i)])).toEqual([
      ['A&E 4 Hour Wait Target', 4, 0.823],
    ]);
    expect(t.statedPeriod).toMatchObject({ period: { kind: 'month', month: 4 }, text: 'July 2017' });
    const r = runCheck({
      sources: [sourceFromRows('A&E', rows, { merges: ['A3:A4'] })],
      lang: 'en-US',
      date: '2017-08-15',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.status, e.sourceStatus?.word])).toEqual([['behind', 'FAILED']]);
  });
});

describe('the sheet’s own words for the pace', () => {
  it('reads 达序推进 / 未达序推进 under 完成情况 as the verdict beside the progress in words', () => {
    const rows: CellValue[][] = [
      ['2023年度重点工作清单(一季度执行落实情况)'],
      ['序号', '工作事项', '进度安排', '进展情况', '完成情况'],
      [
        1,
        '启动新安综合体建设',
        '①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。',
        '①已完成。②施工图已完成',
        '达序推进',
      ],
      [2, '召开金融联席会议', '①3月底前,召开金融联席会议', '尚在筹备', '未达序推进'],
    ];
    const t = table('一季度', rows);
    expectRoles(t, { B: 'name:header', D: 'actual:header', E: 'status:header' });
    const r = runCheck({ sources: [sourceFromRows('一季度', rows)], lang: 'zh-CN', date: '2023-04-15' });
    expect(r.report.evaluations.map((e) => [e.status, e.sourceStatus?.word])).toEqual([
      ['on_track', '达序推进'],
      ['behind', '未达序推进'],
    ]);
  });
  it('reads the pace verdicts offices spell their own way (超序时, 欠进度, 落后于序时进度) under 进度情况', () => {
    expect(
      [
        '超序时',
        '已超序时进度',
        '达进度',
        '快于时序进度',
        '欠进度',
        '落后于序时进度要求',
        '未达到时间进度',
      ].map(statusWord),
    ).toEqual(['on_track', 'on_track', 'on_track', 'on_track', 'behind', 'behind', 'behind']);
    // Words that only look alike are no verdict.
    expect(['进度', '超过', '差', '时间进度'].map(statusWord)).toEqual([null, null, null, null]);
    const rows: CellValue[][] = [
      ['2024年1-10月重点指标完成情况'],
      ['序号', '指标', '单位', '年度目标', '1-10月完成', '完成率', '进度情况'],
      [1, '固定资产投资', '亿元', 100, 70, '70%', '滞后'],
      [2, '新增就业', '人', 5000, 4500, '90%', '超序时'],
      [3, '新增市场主体', '户', 3000, 2000, '66.7%', '欠进度'],
    ];
    const t = table('进度', rows);
    expectRoles(t, { E: 'actual:header', F: 'completion:header', G: 'status:header' });
    const r = runCheck({ sources: [sourceFromRows('进度', rows)], lang: 'zh-CN', date: '2024-11-10' });
    expect(r.report.evaluations.map((e) => [e.status, e.sourceStatus?.word])).toEqual([
      ['behind', '滞后'],
      ['on_track', '超序时'],
      ['behind', '欠进度'],
    ]);
  });
});

describe('a result told against its whole, or as the size of a reduction', () => {
  it('reads "194 of 201" against a target in per cent as the share, and a bare per cent against a reduction as its size', () => {
    const rows: CellValue[][] = [
      ['Report on Performance 2004/05'],
      ['Performance Measures', '2004/05 Target', '2004/05 Actual'],
      [
        'Implementation of commitments',
        '100 per cent fulfilled or ongoing.',
        '194 of 201 commitments fulfilled or ongoing.',
      ],
      ['Regulatory burden', '30% reduction from baseline', '52%'],
      ['Paper forms', '20% reduction from baseline', '-8%'],
      ['Staff trained', '90%', '45 out of 50 staff'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Report', rows)],
      lang: 'en-US',
      date: '2005-07-10',
      yearStart: 4,
    });
    const ev = r.report.evaluations;
    expect(ev.map((e) => e.actual?.value)).toEqual([0.965, 0.52, 0.08, 0.9]);
    expect(ev.map((e) => e.status)).toEqual(['missed', 'achieved', 'missed', 'achieved']);
  });
});

describe('a bare number in a row in per cent beside a target of a fall', () => {
  it('is the fall, as the row’s unit says', () => {
    const rows: CellValue[][] = [
      ['2020年1—10月全区环境质量主要目标完成情况'],
      ['序号', '指标', '年度目标', '1—10月'],
      [1, '10个盟市PM2.5平均浓度较2015年下降(%)', '下降比例高于12%', 17.1],
      [2, '单位地区生产总值能耗下降(%)', '下降3%', 1.2],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2020-11-10' });
    const ev = r.report.evaluations;
    expect(ev.map((e) => e.actual?.value)).toEqual([0.171, 0.012]);
    expect(ev.map((e) => e.status)).toEqual(['on_track', 'at_risk']);
  });
});

describe('一次: once', () => {
  it('is how often, not a count to reach: a result of 107.69万人次 is not 107,690,000% of it', () => {
    expect(scanQuantities('为全省65岁及以上老年人免费体检一次').mentions.map((m) => m.unit)).not.toContain(
      '次',
    );
    expect(scanQuantities('发放一次性补助500元').mentions.map((m) => m.value)).toEqual([500]);
    // A count of times, in figures or after a grammar word, is still one.
    expect(scanQuantities('开展培训1次').mentions.map((m) => m.value)).toEqual([1]);
    expect(scanQuantities('每年开展培训不少于一次').mentions.map((m) => m.value)).toEqual([1]);
    const rows: CellValue[][] = [
      ['2023年1至4月十件民生实事进展情况'],
      ['序号', '目标任务', '进展情况'],
      [1, '为全省65岁及以上老年人免费体检一次', '完成65岁及以上老年人健康体检共计107.69万余人次'],
      [2, '新建、改扩建70所公办幼儿园', '已开工63所'],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2023-05-10' });
    expect(r.report.evaluations[0].status).not.toBe('achieved');
    expect(r.report.evaluations[0].target).toBeNull();
  });
});

describe('the unit in the heading of a column of results found by its figures', () => {
  it('is the rows’ unit', () => {
    const rows: CellValue[][] = [
      ['前10月全市100个重点推进项目完成投资情况'],
      ['序号', '行  业', '项目数(个)', '年度计划投资(亿元)', '前10月累计完成投资(亿元)'],
      [1, '工业项目', 35, 440.07, 469.13],
      [2, '服务业项目', 33, 246.35, 265.03],
      [3, '城市管理项目', 1, 8, 4.61],
    ];
    const r = runCheck({ sources: [sourceFromRows('前10月', rows)], lang: 'zh-CN', date: '2023-11-10' });
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.indicator.measureUnit])).toEqual([
      [469.13, '亿元'],
      [265.03, '亿元'],
      [4.61, '亿元'],
    ]);
  });
});

describe('a scorecard with last year’s and this year’s targets and results side by side', () => {
  it('judges this year’s, under headings that say which year each is', () => {
    const rows: CellValue[][] = [
      ['2014/15 SECOND QUARTER CORPORATE PERFORMANCE SCORECARD (SDBIP) 1 JULY 2014 to 31 DECEMBER 2014'],
      [
        'Perspectives, KPIs',
        '2013/14\n(previous financial year end)',
        null,
        '2014/15\n(current financial year)',
        null,
      ],
      [null, 'Target', 'Actual', 'Target', 'Actual'],
      ['1.A % of building plans approved within statutory timeframes', 0.82, 0.8364, 0.85, 0.751],
      [
        '1.C Rand value of capital invested in engineering infrastructure',
        'R 1,8 bn',
        'R 2,2 bn',
        'R 0,62 bn',
        'R 1,10 bn',
      ],
    ];
    const source = sourceFromRows('Annexure A', rows, { merges: ['B2:C2', 'D2:E2'] });
    const r = runCheck({ sources: [source], lang: 'en-US', date: '2015-01-20' });
    expect(r.period).toMatchObject({ kind: 'quarter', quarter: 2 });
    expect(r.report.title).toContain('2014/15');
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [0.85, 0.751],
      [620_000_000, 1_100_000_000],
    ]);
    // The goal's code stays with its name in the text.
    expect(r.report.narrative.map((b) => b.text).join('\n')).toContain('1.C Rand value of capital');
  });

  it('reads a target handed down (Targets Allocated) as the target', () => {
    const rows: CellValue[][] = [
      ['State/UT-wise details of targets allocated and houses completed as on 01.02.2024'],
      ['S.No.', 'State/UT', 'Targets Allocated', 'Houses Sanctioned by the States/UTs', 'Houses Completed'],
      [1, 'ASSAM', 2041807, 2012956, 1773299],
      [2, 'BIHAR', 3701576, 3701490, 3645255],
    ];
    const r = runCheck({ sources: [sourceFromRows('PMAY-G', rows)], lang: 'en-US', date: '2024-02-10' });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [2041807, 1773299],
      [3701576, 3645255],
    ]);
  });
});

describe('more of the columns and years offices keep', () => {
  it('counts a quarter ending on a day named with its calendar year in the financial year it falls in', () => {
    const rows: CellValue[][] = [
      ['PERFORMANCE REPORT'],
      ['Key Performance Indicator', 'Annual Target', 'Actual Performance as at 31 March 2018'],
      ['Number of ward committee meetings held', 40, 31],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Q3', rows)],
      lang: 'en-US',
      date: '2018-04-20',
      yearStart: 7,
    });
    expect(r.period).toMatchObject({ kind: 'quarter', quarter: 3 });
    expect(r.report.title).toContain('2017/18');
  });

  it('takes 具体事项 under a 民生实事 merged down as the names, the 民生实事 as their group', () => {
    const rows: CellValue[][] = [
      ['2023年重点民生实事一季度进展情况'],
      ['序号', '民生实事', '具体事项', '截至3月底完成情况', '完成年度目标任务'],
      [1, '职业技能培训和评价取证', '职业技能培训', '140.1万人次', '46.7%'],
      [null, null, '新增技能人才(取证)', '108.9万人', '54.5%'],
      [null, null, '新增高技能人才(取证)', '39.8万人', '49.8%'],
      [2, '妇女儿童健康保障', '宫颈癌筛查', '31.42万人', '39.3%'],
      [null, null, '乳腺癌筛查', '32.35万人', '40.4%'],
    ];
    const source = sourceFromRows('一季度', rows, { merges: ['A3:A5', 'B3:B5', 'A6:A7', 'B6:B7'] });
    const r = runCheck({ sources: [source], lang: 'zh-CN', date: '2023-04-20' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.indicator.category])).toEqual([
      ['职业技能培训', '职业技能培训和评价取证'],
      ['新增技能人才(取证)', '职业技能培训和评价取证'],
      ['新增高技能人才(取证)', '职业技能培训和评价取证'],
      ['宫颈癌筛查', '妇女儿童健康保障'],
      ['乳腺癌筛查', '妇女儿童健康保障'],
    ]);
  });

  it('reads a benchmark in words beside the year’s own target as where the measure started, not a group', () => {
    const rows: CellValue[][] = [
      ['Performance Measure Table'],
      ['Performance Measure', 'Benchmark', '2005/06 Target', '2005/06 Actual', 'Target Met?'],
      [
        'Government’s Strategic Plan in place to guide public service activities.',
        '2004/05 Strategic Plan in place.',
        'Strategic Plan updated.',
        'Strategic Plan updated.',
        'Achieved.',
      ],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Report', rows)],
      lang: 'en-US',
      date: '2006-07-01',
      yearStart: 4,
    });
    expect(r.report.evaluations[0].indicator.category ?? null).toBeNull();
    expect(r.report.evaluations[0].status).toBe('achieved');
  });

  it('finds a rate of youth in custody better lower', () => {
    const rows: CellValue[][] = [
      ['Performance-at-a-Glance 2003/04'],
      ['Performance Measure', '2003/04 Target', '2003/04 Actual'],
      ['Rate of youth in custody (per 10,000)', 'Maintain 9.0', '5'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('P', rows)],
      lang: 'en-US',
      date: '2004-07-01',
      yearStart: 4,
    });
    expect(r.report.evaluations[0].direction).toBe('lower');
    expect(r.report.evaluations[0].status).toBe('achieved');
  });
});

describe('a comparison with the target written in the completion column', () => {
  it('states the gap, from which the target follows', () => {
    const rows: CellValue[][] = [
      ['2023年重点民生实事一季度进展情况'],
      ['序号', '民生实事', '具体事项', '截至3月底完成情况', '完成年度目标任务'],
      [1, '妇女儿童健康保障', '宫颈癌筛查', '31.42万人', 0.393],
      [null, null, '乳腺癌筛查', '32.35万人', 0.404],
      [null, null, '免费产前筛查覆盖率', 0.656, '高于年度目标任务0.6个百分点'],
      [null, null, '新生儿听力筛查率', 0.9338, '低于年度目标任务1.62个百分点'],
      [2, '推进城市更新', '加装居民用户燃气安全装置', '142万户', 0.142],
      [null, null, '更换改造存在安全隐患的窨井设施', '42879座', 0.214],
      [3, '农村基础设施建设', '改造农村公路', '2288公里', 0.458],
    ];
    const pct = [null, null, null, '0.0%', '0.0%'];
    const formats = [[], [], pct, pct, pct, pct, pct, pct, pct];
    const merges = ['A3:A6', 'B3:B6', 'A7:A8', 'B7:B8'];
    const source = sourceFromRows('一季度', rows, { merges, formats });
    const r = runCheck({ sources: [source], lang: 'zh-CN', date: '2023-04-20' });
    const ev = r.report.evaluations;
    expect(ev.slice(0, 4).map((e) => e.target?.value ?? null)).toEqual([null, null, 0.65, 0.95]);
    expect(ev.slice(0, 4).map((e) => e.status)).toEqual(['on_track', 'on_track', 'on_track', 'behind']);
  });
});

describe('基本完成: essentially done', () => {
  it('is on track within the year, never behind', () => {
    const rows: CellValue[][] = [
      ['2023年10月民生实事项目进展情况汇总表'],
      ['序号', '项目', '年度目标', '完成情况'],
      [1, '新建ICU床位', '10张', '提前完成年度任务'],
      [2, '完成县中结对帮扶学校', '1所', '基本完成'],
      [3, '开展职业教育培训', '3350人次', '进度滞后'],
    ];
    const r = runCheck({ sources: [sourceFromRows('进展', rows)], lang: 'zh-CN', date: '2023-11-10' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'on_track', 'behind']);
    expect(r.report.evaluations[1].sourceStatus?.word).toBe('基本完成');
  });
});

describe('"No data" in the target’s and the result’s place', () => {
  it('is no figure: the row has no data, never a milestone met by the same words', () => {
    const rows: CellValue[][] = [
      ['Measures of effectiveness FY 2016-17'],
      ['Measure', 'Planned', 'Actual'],
      ['1. Cargo handled (tons)', 'NO DATA', 'NO DATA'],
      ['2. Ships served', 120, 130],
      ['3. Direct program cost per ton', 4.82, 'No data available'],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'en-US', date: '2017-12-09' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['no_data', 'achieved', 'no_data']);
  });
});

describe('deadlines', () => {
  it('finds a task still under way past its 完成时限 behind, and leaves one not yet due on track', () => {
    const rows: CellValue[][] = [
      ['2023年1-9月重点工作推进情况'],
      ['序号', '工作任务', '责任单位', '完成时限', '进展情况'],
      [1, '完成老旧小区改造12个', '住建局', '2023年6月底前', '已完成11.9个'],
      [2, '建成区域医疗中心', '卫健委', '2023年12月底前', '正在推进'],
      [3, '出台营商环境条例', '司法局', '6月30日前', '正在推进'],
      [4, '启动地铁3号线前期工作', '发改委', '9月底前', '已完成'],
      [5, '开展专项整治', '公安局', '9月底前', '序时推进'],
    ];
    const t = table('进展', rows);
    expectRoles(t, { B: 'name:header', D: 'deadline:header', E: 'actual:header' });
    expect(t.indicators.map((i) => i.deadline?.period)).toEqual([
      { kind: 'quarter', quarter: 2 },
      { kind: 'quarter', quarter: 4 },
      { kind: 'quarter', quarter: 2 },
      { kind: 'quarter', quarter: 3 },
      { kind: 'quarter', quarter: 3 },
    ]);
    const r = runCheck({ sources: [sourceFromRows('进展', rows)], lang: 'zh-CN', date: '2023-10-15' });
    // On pace (11.9 of 12 by the third quarter) but due in June: behind. The sheet's own 序时推进 stands.
    expect(r.report.evaluations.map((e) => e.status)).toEqual([
      'behind',
      'on_track',
      'behind',
      'achieved',
      'on_track',
    ]);
  });
});

describe('headings merged down over a second row', () => {
  it('takes 合计 under a result’s heading as the result, not its parts side by side', () => {
    const rows: CellValue[][] = [
      ['二〇二四年二月大口径财政收入执行情况表'],
      ['预算科目', '本年收入计划', '累计完成数', null, null, null, '占计划%', '上年同期数'],
      [null, null, '中央级', '省级', '县乡级', '合 计'],
      ['税收收入', 89275, 7451, 2186, 5711, 15348, 17.19, 14032],
      ['增值税', 45119, 3916, 1371, 2546, 7833, 17.36, 6281],
      ['房产税', 1940, null, null, 29, 29, 1.49, 37],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:F2', 'G2:G3', 'H2:H3'];
    const t = table('二月', rows, merges);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['税收收入', 89275, 15348],
      ['增值税', 45119, 7833],
      ['房产税', 1940, 29],
    ]);
    const r = runCheck({
      sources: [sourceFromRows('二月', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-03-11',
    });
    expect(r.report.evaluations.map((e) => e.indicator.name)).toEqual(['税收收入', '增值税', '房产税']);
  });

  it('reads a target from whichever of two columns under one Target heading the row fills', () => {
    const rows: CellValue[][] = [
      ['Scorecard - Northfield Hydro Inc.', null, null, null, null, null, null, '10/21/2020'],
      ['Measures', '2016', '2017', '2018', '2019', 'Trend', 'Target', null],
      [null, null, null, null, null, null, 'Industry', 'Distributor'],
      ['Scheduled Appointments Met On Time', 0.99, 0.99, 0.98, 0.97, null, 0.9, null],
      ['Billing Accuracy', 0.99, 0.99, 0.99, 0.99, null, 0.98, null],
      ['Number of General Public Incidents', 6, 9, 13, 20, null, null, 6],
      ['Customer Satisfaction Survey Results', 0.91, 0.88, 0.9, 0.93, null, null, null],
    ];
    const merges = ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:H2'];
    const t = table('Scorecard', rows, merges);
    // The scorecard's day beside its title makes the title no heading over the columns.
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['Scheduled Appointments Met On Time', 0.9, 0.97],
      ['Billing Accuracy', 0.98, 0.99],
      ['Number of General Public Incidents', 6, 20],
      ['Customer Satisfaction Survey Results', null, 0.93],
    ]);
    const r = runCheck({
      sources: [sourceFromRows('Scorecard', rows, { merges })],
      lang: 'en-US',
      date: '2020-10-21',
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual([
      'achieved',
      'achieved',
      'missed',
      'not_rated',
    ]);
  });

  it('reads a result from whichever stage column under one progress heading the row fills', () => {
    const rows: CellValue[][] = [
      ['2024年度区政府民生实事项目进度表'],
      ['序号', '项目名称', '业主单位', '本月进展情况', null],
      [null, null, null, '前期手续', '在建形象进度'],
      [1, '文化中心北路', '区城投', null, '已完工'],
      [2, '乐业路', '区城管局', null, '已完工'],
      [3, '体育公园', '区教体局', '已完成立项,正在招标', null],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'];
    const t = table('进度表', rows, merges);
    expect(t.indicators.map((i) => [i.name, actual(i)])).toEqual([
      ['文化中心北路', '已完工'],
      ['乐业路', '已完工'],
      ['体育公园', '已完成立项,正在招标'],
    ]);
  });

  it('leaves sub-columns under one target heading out where a row fills several (the parts of one figure)', () => {
    const rows: CellValue[][] = [
      ['Measures', 'Actual', 'Target', null],
      [null, null, 'Central', 'Local'],
      ['Grants paid', 120, 60, 50],
      ['Loans made', 40, 30, 20],
    ];
    const t = table('Parts', rows, ['A1:A2', 'B1:B2', 'C1:D1']);
    expect(t.indicators.map((i) => value(i.target))).toEqual([null, null]);
  });

  it('reads years under merged-down headings, pairing the year’s target with its projection', () => {
    const rows: CellValue[][] = [
      ['Performance Measures'],
      ['MEASURE', 'TYPE', 'ACTUAL', 'TARGET', 'PROJECTED', 'TARGET'],
      [null, null, '23/24', '24/25', '24/25', '25/26'],
      ['# of Meetings held with City Council', 'Output', 26, 24, 21, 24],
      ['# of Grant Funding Applications Submitted', 'Output', 5, 8, 8, 8],
    ];
    const merges = ['A2:A3', 'B2:B3'];
    const r = runCheck({
      sources: [sourceFromRows('PM', rows, { merges })],
      lang: 'en-US',
      date: '2025-10-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value])).toEqual([
      ['# of Meetings held with City Council', 24, 21],
      ['# of Grant Funding Applications Submitted', 8, 8],
    ]);
  });
});

describe('one heading over every figure column', () => {
  it('is no cross-tab: 年度投资计划 under 1-7月完成情况 is the target, 完成投资 the result', () => {
    const rows: CellValue[][] = [
      ['2018年1-7月全市全社会固定资产投资暨重点项目完成情况表'],
      ['县(市、区)', '1-7月全市重点项目完成情况'],
      [null, '年度投资计划', '前三季度 投资计划', '1-7月 完成投资', '完成前三季度目标 任务占比(%)'],
      ['达州市', 527.3, 371.5, 291.5, 0.785],
      ['通川区', 59.4, 43.4, 35.9, 0.827],
      ['开江县', 23.6, 17.6, 13.6, 0.773],
    ];
    const t = table('1-7月', rows, ['A2:A3', 'B2:E2']);
    expectRoles(t, { A: 'name:header', B: 'target:header', D: 'actual:header', E: 'completion:header' });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['达州市', 527.3, 291.5],
      ['通川区', 59.4, 35.9],
      ['开江县', 23.6, 13.6],
    ]);
  });
});

describe('two measures side by side under one heading row', () => {
  it('reads each run from a target on as its own measure, the row labels as the areas', () => {
    const rows: CellValue[][] = [
      ['全省2021年重点民生实事项目完成进度表'],
      ['(截至2021年8月底)'],
      [
        '序号',
        '市 州',
        '计划完成数',
        '累计开工数',
        '开工率',
        '计划投资额(万元)',
        '累计完成投资额(万元)',
        '计划投资完成率',
      ],
      [1, '长沙市', 150, 143, 0.9533, 86157.25, 36836.13, 0.4275],
      [2, '株洲市', 71, 44, 0.6197, 13533.4, 4756.44, 0.3515],
      ['全省', null, 1683, 1477, 0.8776, 471700, 200010, 0.424],
    ];
    const t = table('附件1', rows);
    expect(t.reading?.layout).toBe('cross-tab');
    expect(t.indicators.map((i) => [i.name, i.org, value(i.target), actual(i)])).toEqual([
      ['累计开工数', '长沙市', 150, 143],
      ['累计完成投资额', '长沙市', 86157.25, 36836.13],
      ['累计开工数', '株洲市', 71, 44],
      ['累计完成投资额', '株洲市', 13533.4, 4756.44],
    ]);
    // A measure's unit is in its figures' headings (计划投资额(万元)): 3.68亿元, never 3.68万.
    expect(t.indicators.map((i) => i.measureUnit)).toEqual([null, '万元', null, '万元']);
  });

  it('keeps one measure when the second run has no result of its own', () => {
    const rows: CellValue[][] = [
      ['指标名称', '年度目标', '累计完成', '下年目标'],
      ['新增就业', 5000, 4200, 5200],
    ];
    const t = table('表', rows);
    expect(t.reading?.layout).not.toBe('cross-tab');
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([['新增就业', 5000, 4200]]);
  });
});

describe('a form’s overall goal', () => {
  it('is left aside when its heading is written with spaces (年度 总体 目标)', () => {
    const [reading] = readSheets([
      sourceFromRows('自评表', [
        ['年度 总体 目标', null, '预期目标', null, '实际完成情况'],
        [null, null, '确保每一个学生都能享受到国家政策福利', null, '确保每一个学生都能享受到国家政策福利'],
      ]),
    ]);
    expect(reading.kind === 'table' ? reading.table.indicators.map((i) => i.name) : []).toEqual([]);
  });
});

describe('a target to date beside the year’s', () => {
  it('judges the results so far against it, the year being under way (YTD Target; 同期分配预算数)', () => {
    const english: CellValue[][] = [
      ['Measure', 'Annual Target', 'YTD Target', 'YTD Actual'],
      ['Homes built', 400, 200, 190],
      ['Repairs completed', 1000, 500, 520],
      ['Complaints answered', 300, 150, 100],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', english)], lang: 'en-US', date: '2026-10-15' });
    // Nothing states the period, but a target to date below the year's says the year is not over.
    expect(r.report.evaluations.map((e) => [e.expected, e.status])).toEqual([
      [200, 'behind'],
      [500, 'on_track'],
      [150, 'at_risk'],
    ]);
    const taoyuan: CellValue[][] = [
      ['稅目別', '全年預算數', '截至本月底止累計實徵淨額', '同期分配預算數'],
      ['房屋稅', 8140000000, 28220493, 28161000],
      ['地價稅', 8800000000, 55515756, 87999000],
    ];
    const t = runCheck({ sources: [sourceFromRows('稅捐', taoyuan)], lang: 'zh-CN', date: '2026-10-15' });
    expect(t.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['房屋稅', 'on_track'],
      ['地價稅', 'at_risk'],
    ]);
  });

  it('is no target to date when it equals the year’s (the year end) or exceeds it', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Annual Target', 'YTD Target', 'YTD Actual'],
      ['Homes built', 400, 400, 390],
      ['Repairs completed', 1000, 1200, 900],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2026-10-15' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'missed']);
  });
});

describe('rows of data that look like headings', () => {
  it('a heading word repeated along a row (New measure | New measure) does not start a new table', () => {
    const rows: CellValue[][] = [
      ['Service standards', '2020–21 Target/estimate', '2020–21 End of financial year actual'],
      ['Fiscal coordination and budget strategy development'],
      ['Effectiveness measure'],
      ['Achievement of the government’s fiscal principles', 'New measure', 'New measure'],
      ['Efficiency measure'],
      ['Average cost per hour of advice and support output', 122.05, 121],
      ['Overall stakeholder experience', 0.9, 0.93],
    ];
    const t = table('Our performance', rows);
    expect(t.indicators.map((i) => i.name)).toEqual([
      'Achievement of the government’s fiscal principles',
      'Average cost per hour of advice and support output',
      'Overall stakeholder experience',
    ]);
    const r = runCheck({
      sources: [sourceFromRows('Our performance', rows)],
      lang: 'en-US',
      date: '2021-09-30',
    });
    // A measure new this year has no target to be judged by.
    expect(r.report.evaluations.map((e) => [e.status, e.notRated ?? null])).toEqual([
      ['not_rated', 'no-target'],
      ['achieved', null],
      ['achieved', null],
    ]);
  });
});

describe('a self-evaluation form with its overall goal above the indicators', () => {
  it('keeps the goal block out of the headings, and reads levels written with line breaks', () => {
    const rows: CellValue[][] = [
      ['2020年度县级专项资金绩效目标自评表'],
      ['年度\n总体\n目标', '年初设定目标', null, null, '全年实际完成情况'],
      [null, '保持和稳定地方粮食储备机制', null, null, '地方储备粮食规模达标'],
      ['绩效\n指标', '一级\n指标', '二级\n指标', '三级指标', '年度指标值', '全年\n完成值'],
      [null, '产出\n指标', '数量\n指标', '储备到位率', 1, 1],
      [null, null, null, '库存数量真实率', 1, 0.98],
    ];
    const merges = ['A2:A3', 'B2:D2', 'E2:F2', 'B3:D3', 'E3:F3', 'A4:A6', 'B5:B6', 'C5:C6'];
    const t = table('自评表', rows, merges);
    expectRoles(t, { C: 'category:header', D: 'name:header', E: 'target:header', F: 'actual:header' });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['储备到位率', 1, 1],
      ['库存数量真实率', 1, 0.98],
    ]);
  });
});

describe('the same quarter of two years side by side', () => {
  const rows: CellValue[][] = [
    ['Performance Report Q1 FY23'],
    ['Performance Measure', 'FY23 Target', 'FY22 Quarter 1', 'FY23 Quarter 1'],
    ['Meetings held', 950, 292, 246],
    ['Contracts processed', 250, 40, 33],
  ];

  it('reads the latest year’s quarter as the result and the year before’s as last year’s (FY22 Quarter 1 | FY23 Quarter 1)', () => {
    const t = table('Report', rows);
    expectRoles(t, { B: 'target:header', C: 'previous:header' });
    const r = runCheck({ sources: [sourceFromRows('Report', rows)], lang: 'en-US', date: '2023-02-01' });
    expect(r.report.evaluations.map((e) => e.actual?.value)).toEqual([246, 33]);
  });
});

describe('a quarter beside the year and the year before, each written as its months', () => {
  it('reads Apr 2023 to Mar 2024 as the year’s result and Apr 2022 to Mar 2023 as last year’s', () => {
    const rows: CellValue[][] = [
      ['HMRC performance against its targets'],
      ['Measure', 'Jan to Mar 2024', 'Apr 2023 to Mar 2024', 'Apr 2022 to Mar 2023', 'Target'],
      ['Customer Satisfaction', 0.8, 0.79, 0.8, 0.8],
      ['Compliance yield (£bn)', null, 41.8, 34, 40.5],
    ];
    const t = table('KPIs', rows, [], 4);
    expectRoles(t, { C: 'actual:header', D: 'previous:header', E: 'target:header' });
    const r = runCheck({
      sources: [sourceFromRows('KPIs', rows)],
      lang: 'en-US',
      date: '2024-07-01',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'year' });
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [0.79, 'missed'],
      [41.8, 'achieved'],
    ]);
  });
});

describe('a year named by one calendar year in an organisation’s year from July', () => {
  const rows = (target: string, result: string): CellValue[][] => [
    ['Our levels of service'],
    ['Measure', target, result],
    ['Waste diverted from landfill (kg per person)', 177, 117],
    ['Customer satisfaction', 0.8, 0.84],
  ];

  it('names the year it ends in (2020 TARGET | 2020 RESULT: the year to June 2020), never the one it starts', () => {
    const r = runCheck({
      sources: [sourceFromRows('Levels', rows('2020 TARGET', '2020 RESULT'))],
      lang: 'en-US',
      date: '2020-10-01',
      yearStart: 7,
    });
    expect([r.report.options.year, r.report.options.yearNamed]).toEqual([2020, 'fy']);
    expect(r.report.title).toContain('FY 2020');
    expect(r.report.title).not.toContain('2020/21');
  });

  it('leaves a year of another kind as it is (Target to meet by 2020 is when, not which year)', () => {
    const r = runCheck({
      sources: [sourceFromRows('Levels', rows('Target to meet by 2020', 'Result'))],
      lang: 'en-US',
      date: '2020-10-01',
      yearStart: 7,
    });
    expect(r.report.options.yearNamed).not.toBe('fy');
  });
});

describe('a scored form with its funds block and its goal above the indicators', () => {
  const rows: CellValue[][] = [
    ['项目支出绩效自评表(2021年)'],
    ['项目名称', '初中公用经费'],
    ['项目资金\n(万元)', null, '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    [null, '年度资金总额', 64.8, 64.8, 64.8, 1],
    ['年度总体目标', '年初设定目标', null, null, '年度总体目标完成情况'],
    [null, '保障学校正常工作运行', null, null, null],
    ['一级指标', '二级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分'],
    ['项目产出', '数量指标', '保障人数', 10, '2370人', '2370人', 10],
    [null, '时效指标', '公用经费完成时间', 5, '2021年12月完成', '2021年12月完成', 4],
  ];
  const merges = ['A3:A4', 'F3:H3', 'F4:H4', 'A5:A6', 'B5:D5', 'E5:H5', 'A8:A9'];

  it('reads only the form’s indicators: the funds block and the goal are the form’s own fields', () => {
    const t = table('自评表', rows, merges);
    expect(t.indicators.map((i) => [i.row, i.name])).toEqual([
      [8, '保障人数'],
      [9, '公用经费完成时间'],
    ]);
  });

  it('reads 参考分值 as the full marks, so fewer marks than it are short of the target', () => {
    const r = runCheck({
      sources: [sourceFromRows('自评表', rows, { merges })],
      lang: 'zh-CN',
      date: '2022-02-01',
    });
    const form = r.report.evaluations.filter((e) => e.indicator.row >= 8);
    expect(form.map((e) => [e.indicator.row, e.status])).toEqual([
      [8, 'achieved'],
      [9, 'missed'],
    ]);
  });
});

describe('the current result beside last year’s, and the verdict beside the data’s currency', () => {
  it('reads Current Performance as the result, 2023/24 Performance as the previous one, RAG words as the status', () => {
    const rows: CellValue[][] = [
      [
        'Measure',
        'Unit',
        '2023/24 Performance',
        'Current Target',
        'Current Performance',
        'Performance',
        'Status',
      ],
      ['% of Building Regulations applications decided in time', 'Percentage', 43, 80, 43, 'Red', 'Overdue'],
      ['% of food plan visits achieved', 'Percentage', 54, 16, 11, 'Red', 'Up to date'],
      ['Land Charges replied to within 10 working days', 'Percentage', 97.8, 85, 90.5, 'Green', 'Up to date'],
    ];
    const t = table('Public Protection', rows);
    expectRoles(t, { C: 'previous:header', E: 'actual:header', F: 'status:header' }, ['G']);
    expect(t.indicators.map((i) => actual(i))).toEqual([43, 11, 90.5]);
    const r = runCheck({
      sources: [sourceFromRows('Public Protection', rows)],
      lang: 'en-US',
      date: '2024-10-19',
    });
    expect(r.report.evaluations.map((e) => e.sourceStatus?.word)).toEqual(['Red', 'Red', 'Green']);
  });
});

describe('areas down the rows with a share of the task done', () => {
  it('judges each by its share against the pace, showing what was done and no name for a target', () => {
    const rows: CellValue[][] = [
      ['关于全市2017年春季造林绿化进展情况的通报'],
      ['(截至3月16日)'],
      ['排名', '县市区', '完成造林绿化面积(亩)', '占任务的(%)'],
      [1, '阜城县', 6382, 1.064],
      [2, '冀州区', 2029, 0.257],
      [3, '滨湖新区', 186, 0.086],
    ];
    const r = runCheck({ sources: [sourceFromRows('造林', rows)], lang: 'zh-CN', date: '2017-03-21' });
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.status, e.actual?.value, e.targetText]),
    ).toEqual([
      ['阜城县', 'achieved', 6382, null],
      ['冀州区', 'on_track', 2029, null],
      ['滨湖新区', 'at_risk', 186, null],
    ]);
  });

  it('reads a 单位 column of township names as the areas of a cross-tab, and 考核结果 as the verdict', () => {
    const rows: CellValue[][] = [
      ['单位', '造林(亩)', null, null, '松材线虫病除治皆伐(亩)', null, null],
      [null, '计划造林', '今日造林', '累计完成', '计划', '今日完成', '累计完成'],
      ['大龙山镇', 2000, 20, 2070.6, 288.5, null, 185],
      ['杨桥镇', 1200, 30, 1100, 300, 10, 260],
      ['罗岭镇', 900, null, 950, 120, null, 120],
    ];
    const t = table('3月25日', rows, ['A1:A2', 'B1:D1', 'E1:G1']);
    expect(t.indicators.map((i) => [i.org, i.name, value(i.target), actual(i)])).toEqual([
      ['大龙山镇', '造林(亩)', 2000, 2070.6],
      ['大龙山镇', '松材线虫病除治皆伐(亩)', 288.5, 185],
      ['杨桥镇', '造林(亩)', 1200, 1100],
      ['杨桥镇', '松材线虫病除治皆伐(亩)', 300, 260],
      ['罗岭镇', '造林(亩)', 900, 950],
      ['罗岭镇', '松材线虫病除治皆伐(亩)', 120, 120],
    ]);
    const verdicts: CellValue[][] = [
      [
        '地区',
        '2016年单位GDP能耗目标(%)',
        '2016年单位GDP能耗实际下降(%)',
        '2016年增量(万吨标准煤)',
        '考核结果',
      ],
      ['成都市', -2.5, -2.66, 230.86, '完成'],
      ['攀枝花市', -4, -9.76, -36.22, '超额完成'],
    ];
    const v = runCheck({ sources: [sourceFromRows('节能', verdicts)], lang: 'zh-CN', date: '2017-06-26' });
    expect(
      v.report.evaluations.map((e) => [e.indicator.name, e.sourceStatus?.word, e.actual?.value]),
    ).toEqual([
      ['成都市', '完成', -2.66],
      ['攀枝花市', '超额完成', -9.76],
    ]);
  });
});

describe('service pledges', () => {
  it('judges the year with a target and its result when the groups over the columns are years', () => {
    const rows: CellValue[][] = [
      ['服務', '2015-16年度工作表現', null, null, '2016-17年度目標', null],
      [
        null,
        '服務水平',
        '目標(達到服務水平的百分比)',
        '實際表現(達到服務水平的百分比)',
        '服務水平',
        '達到服務水平的百分比',
      ],
      ['新公司註冊', 4, 95, 99, 4, 95],
      ['押記登記', 7, 95, 98, 7, 98],
    ];
    const t = table('服務承諾', rows, ['A1:A2', 'B1:D1', 'E1:F1']);
    expect(t.reading?.layout).not.toBe('cross-tab');
    expectRoles(t, { C: 'target:header', D: 'actual:header' });
    expect(t.indicators.map((i) => [i.name, value(i.target), actual(i)])).toEqual([
      ['新公司註冊', 95, 99],
      ['押記登記', 95, 98],
    ]);
  });

  it('reads the share to reach as the target beside the service standard, and the services as the names', () => {
    const rows: CellValue[][] = [
      ['服务类别', '服务标准', '服务指标 (达到服务标准的百分比)', '实际表现 (达到服务标准的百分比)'],
      ['办理土地文书注册', '16个工作天', 90, 94],
      ['柜位查阅电脑土地登记册', '15分钟', '96#', 100],
    ];
    const t = table('附录 I', rows);
    expectRoles(t, { A: 'name:header', C: 'target:header', D: 'actual:header' });
    const r = runCheck({ sources: [sourceFromRows('附录 I', rows)], lang: 'zh-CN', date: '2008-06-30' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['办理土地文书注册', 'achieved'],
      ['柜位查阅电脑土地登记册', 'achieved'],
    ]);
  });
});

describe('a pledge table: 服務 | 承諾標準 | 成績', () => {
  it('holds each pledge to every case, its time limit a standard, not a figure to reach', () => {
    const rows: CellValue[][] = [
      ['二零二三年的服务成绩'],
      ['服务', '承诺标准', '成绩'],
      ['就业服务', '1. 为新登记的求职者提供有关就业服务的书面指引。', 1],
      [null, '2. 在约定时间三十分钟内为求职人士提供就业谘询服务。', 1],
      [null, '3. 在收到要求后两星期内,为他们安排职业指导面谈。', 0.97],
      [null, '4. 百分之九十职位空缺资料在收到资料随后的五个工作天内处理。', 1],
    ];
    const percent = rows.map((row, r) => row.map((_v, c) => (r >= 2 && c === 2 ? '0%' : null)));
    const source = sourceFromRows('成绩', rows, { merges: ['A1:C1', 'A3:A6'], formats: percent });
    const [reading] = readSheets([source], { yearStart: 1 });
    if (reading.kind !== 'table') throw new Error('not read');
    expect(reading.table.indicators.map((i) => i.namedAsPledges)).toEqual([true, true, true, true]);
    const { report } = runCheck({ sources: [source], lang: 'zh-CN', date: '2024-02-01' });
    expect(report.evaluations.map((e) => [e.target?.value, e.status])).toEqual([
      [1, 'achieved'],
      [1, 'achieved'],
      [1, 'missed'],
      [0.9, 'achieved'],
    ]);
  });
});

describe('the share the sheet states beside a result told in a sentence', () => {
  it('judges by 形象进度, not by figures picked out of the sentence', () => {
    const rows: CellValue[][] = [
      ['2025年民生实事项目进展情况(截至5月15日)'],
      ['序号', '目标任务', '责任单位', '进展情况', '形象进度(%)'],
      [1, '新建公用和专用电动汽车充电桩350个', '市发改局', '新建公共充电桩99个,其中农村79个。', 0.28],
      [2, '新(改)建“家门口青少年宫”13家', '团市委', '已确定13家新改建“家门口青少年宫”,明确工作职责', 0.45],
      [3, '建成“宁静小区”5个', '生态环境局', '“宁静小区”中1家已基本完成建设、4家进度70%以上', 0.65],
    ];
    const r = runCheck({ sources: [sourceFromRows('进度', rows)], lang: 'zh-CN', date: '2025-05-20' });
    // Four and a half months gone by 15 May (37.4% of the year): 28% is well behind it, 45% and 65% ahead
    // of it; 13家 chosen is not 13 built.
    expect(r.report.evaluations.map((e) => [e.status, e.completion])).toEqual([
      ['at_risk', 0.28],
      ['on_track', 0.45],
      ['on_track', 0.65],
    ]);
  });

  it('reads 办结 as done, and exclusions as better lower', () => {
    const rows: CellValue[][] = [
      ['Performance Indicator Title', 'Status', 'Value', 'Target'],
      ['Exclusion rates of Looked After Children attending all schools', 'red', 80, 40],
    ];
    const r = runCheck({ sources: [sourceFromRows('PIs', rows)], lang: 'en-US', date: '2024-06-30' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([['lower', 'missed']]);
    const done: CellValue[][] = [
      ['重点工作', '目标', '进度状态'],
      ['新建公园', '建成公园1个', '办结'],
    ];
    const d = runCheck({ sources: [sourceFromRows('进度', done)], lang: 'zh-CN', date: '2024-10-31' });
    expect(d.report.evaluations.map((e) => e.status)).toEqual(['achieved']);
  });
});

describe('a quarterly report with reference codes beside the descriptions', () => {
  it('reads the codes as ids, the descriptions as names, This period as the result and Last period as the one before', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Description', 'Directorate', 'Last period', 'This period', 'Target', 'RAG status'],
      ['1.1.3.PI', 'Number of visits to the Discovery Centre', 'Place', 20843, 26502, 19875, 'Green'],
      ['1.1.5.KR', 'Percentage of schools rated good or outstanding', 'People', 0.98, 0.98, 1, 'Green'],
      [
        '1.2.1.KR',
        'Percentage of care leavers not in education or training',
        'People',
        0.54,
        0.6,
        0.34,
        'Red',
      ],
    ];
    const t = table('KPIs', rows);
    expectRoles(t, {
      A: 'id:header',
      B: 'name:header',
      D: 'previous:header',
      E: 'actual:header',
      F: 'target:header',
      G: 'status:header',
    });
    expect(t.indicators.map((i) => [i.id, i.name])).toEqual([
      ['1.1.3.PI', 'Number of visits to the Discovery Centre'],
      ['1.1.5.KR', 'Percentage of schools rated good or outstanding'],
      ['1.2.1.KR', 'Percentage of care leavers not in education or training'],
    ]);
    expect(t.indicators.map((i) => actual(i))).toEqual([26502, 0.98, 0.6]);
  });

  it('keeps a column of names as the name when the other holds texts too (Indicator | Description)', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Description', 'Target', 'This quarter'],
      ['Visits to the centre', 'People visiting the Discovery Centre in the quarter', 19875, 26502],
      ['Homes built', 'New homes completed in the borough', 400, 210],
    ];
    const t = table('KPIs', rows);
    expect(t.indicators.map((i) => i.name)).toEqual(['Visits to the centre', 'Homes built']);
    expect(t.indicators.map((i) => i.id)).toEqual([null, null]);
  });
});

describe('the year of a table read by evidence', () => {
  it('is the title’s when no period is stated (荔城区2022年…执行情况)', () => {
    const t = table('执行情况', [
      ['荔城区2022年国民经济和社会发展计划主要指标执行情况'],
      ['序号', '指标', '初步预计完成', '年计划', '完成年计划'],
      [1, '地区生产总值', 635, 710, 0.894],
      [2, '第一产业增加值', 18, 18, 1],
    ]);
    expect(t.year).toBe(2022);
  });

  it('is the one the target and result headings name, before a title’s year of publication', () => {
    const t = table(
      '服務承諾',
      [
        ['服務承諾 2017'],
        ['服務', '2015-16年度工作表現', null, '2016-17年度目標'],
        [null, '目標', '實際表現', '目標'],
        ['查冊', 0.95, 0.99, 0.95],
        ['註冊', 0.9, 0.97, 0.9],
      ],
      ['B2:C2'],
    );
    expect(t.year).toBe(2015);
  });
});

describe('explanations written across the table under a measure', () => {
  it('are neither a category nor an indicator: the group heading above stays the category', () => {
    const t = table('Output', [
      ['Performance measure', 'Unit', '2022–23 target', '2022–23 actual', 'Variance', 'Result'],
      ['Quantity'],
      ['Whole of government forums and meetings chaired', 'number', 85, 92, 0.08, '*'],
      ['The 2022–23 actual is higher than the 2022–23 target due to a greater number of meetings chaired.'],
      ['Number of briefs supporting Cabinet committees', 'number', 1200, 913, -0.24, '**'],
      ['Quality'],
      ['Government House accessibility in the year', 'per cent', 79, 80, 0.01, '*'],
    ]);
    expect(t.indicators.map((i) => [i.row, i.category])).toEqual([
      [3, 'Quantity'],
      [5, 'Quantity'],
      [7, 'Quality'],
    ]);
  });
});

describe('a warning-light table of areas (晴雨表)', () => {
  it('judges each area by its light, with its rank left aside', () => {
    const rows: CellValue[][] = [
      ['各县(区)2017年上半年节能目标完成情况晴雨表'],
      ['指标\n县(区)', '2017年1-6月预警等级', '2017年1-6月万元地区生产总值能耗下降率排名(由高到低)'],
      ['邕宁区', '绿灯', 1],
      ['上林县', '黄灯', 2],
      ['青秀区', '红灯', 3],
      ['注: (红灯)一级预警,节能形势十分严峻'],
    ];
    const t = table('晴雨表', rows);
    expectRoles(t, { A: 'name:header', B: 'status:header' }, ['C']);
    const r = runCheck({ sources: [sourceFromRows('晴雨表', rows)], lang: 'zh-CN', date: '2017-07-20' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['邕宁区', 'on_track'],
      ['上林县', 'behind'],
      ['青秀区', 'at_risk'],
    ]);
  });
});

describe('a row with a result and no target', () => {
  it('is not rated, and still shows its figure', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Standard', 'Jun-19 Performance'],
      ['Two week wait from referral', 0.93, 0.886],
      ['Two week wait (breast symptoms)', null, 0.896],
    ];
    const r = runCheck({ sources: [sourceFromRows('CWT', rows)], lang: 'en-US', date: '2019-07-15' });
    const e = r.report.evaluations[1];
    expect([e.status, e.notRated, e.actual?.value]).toEqual(['not_rated', 'no-target', 0.896]);
  });
});

describe('a series of years down the rows', () => {
  it('names each row by its year, with Achievements as the result (Year | Target | Achievements)', () => {
    const t = table('Capacity', [
      ['Year', 'Target', 'Achievements'],
      ['2013-14', 4325, 3640],
      ['2014-15', 3770, 4102],
    ]);
    expectRoles(t, { A: 'name:header', B: 'target:header', C: 'actual:header' });
    expect(t.indicators.map((i) => [i.name, actual(i)])).toEqual([
      ['2013-14', 3640],
      ['2014-15', 4102],
    ]);
  });

  it('pairs a target with its result in other words (Target Length | Completed Length; Target Habitations | Connected habitations)', () => {
    const t = table('PMGSY', [
      ['Year', 'Target Length (km)', 'Completed Length (km)', 'Target Habitations', 'Connected habitations'],
      ['2015-16', 33649, 35150, 10177, 10019],
      ['2016-17', 48812, 47447, 15000, 11904],
    ]);
    // Two measures side by side: each pair is one, named by its result's heading, the years its rows.
    expectRoles(t, {
      B: 'target (Completed Length):header',
      C: 'actual (Completed Length):header',
      D: 'target (Connected habitations):header',
      E: 'actual (Connected habitations):header',
    });
    expect(t.indicators.map((i) => [i.org, value(i.target), actual(i)])).toEqual([
      ['2015-16', 33649, 35150],
      ['2015-16', 10177, 10019],
      ['2016-17', 48812, 47447],
      ['2016-17', 15000, 11904],
    ]);
  });
});

describe('a measure’s earlier years down the rows, its target on the latest only', () => {
  const rows: CellValue[][] = [
    ['Triage category 1'],
    ['Year', 'Target', 'Actual'],
    ['2023-24', 1, 0.983],
    ['2022-23', null, 0.99],
    ['2021-22', null, 0.996],
    ['Triage category 2'],
    ['Year', 'Target', 'Actual'],
    ['2023-24', 0.8, 0.717],
    ['2022-23', null, 0.69],
    ['2021-22', null, 0.68],
  ];

  it('reads the year with the target as the measure, named by its caption, and the years before it as its record', () => {
    const t = table('Access', rows);
    expect(t.indicators.map((i) => [i.row, i.name, value(i.target), actual(i)])).toEqual([
      [3, 'Triage category 1', 1, 0.983],
      [8, 'Triage category 2', 0.8, 0.717],
    ]);
  });

  it('keeps a year after the last target, and every year of a series each with its own target', () => {
    const later = table('Later', [
      ['Measure'],
      ['Year', 'Target', 'Actual'],
      ['2021-22', null, 40],
      ['2022-23', 50, 48],
      ['2023-24', null, 52],
    ]);
    expect(later.indicators.map((i) => i.row)).toEqual([4, 5]);
    const each = table('Each', [
      ['Year', 'Target', 'Achievements'],
      ['2013-14', 4325, 3640],
      ['2014-15', 3770, 4102],
    ]);
    expect(each.indicators.map((i) => i.name)).toEqual(['2013-14', '2014-15']);
  });
});

describe('a finance office’s month beside its year to date, under one unit line', () => {
  const rows: CellValue[][] = [
    ['2021年11月财政预算执行情况分析'],
    [null, null, null, null, null, '单位:万元'],
    ['一、11月份财政收支完成情况'],
    ['项目', '本月完成', '占年初预算\n月进度%', '超(+)短(-)\n月进度', '较上年同月\n增减额', '增减%'],
    ['大口径财政收入', 4859, 99.4, -29, -300, -5.8],
    ['一般公共预算收入', 4335, 211, 2281, 480, 12.5],
    ['二、11月份累计完成情况'],
    ['项目', '年初预算', '累计完成', '占年初预算%', '超(+)短(-)收', '增减%'],
    ['大口径财政收入', 58651, 60184, 102.6, 6421, 84.3],
    ['税收收入', 37130, 32078, 86.4, -1958, 9.7],
  ];

  it('holds the month to its own share of the budget (占年初预算月进度%), never paced through the year again', () => {
    const r = runCheck({ sources: [sourceFromRows('11月', rows)], lang: 'zh-CN', date: '2021-12-08' });
    const byRow = new Map(r.report.evaluations.map((e) => [e.indicator.row, e]));
    // 99.4% of the month's share is behind it; read as the year's completion it was ahead of 11/12.
    expect(byRow.get(5)?.status).toBe('behind');
    expect(byRow.get(5)?.periodCompletion).toBeCloseTo(0.994, 6);
    expect(byRow.get(6)?.status).toBe('on_track');
    // The year to date against the year's budget, paced: 86.4% by November is behind.
    expect(byRow.get(10)?.status).toBe('behind');
  });

  it('puts each table’s rows in the section its numbered line names, which tells the two 大口径财政收入 apart', () => {
    const t = table('11月', rows);
    expect(t.indicators.map((i) => [i.row, i.category])).toEqual([
      [5, '一、11月份财政收支完成情况'],
      [6, '一、11月份财政收支完成情况'],
      [9, '二、11月份累计完成情况'],
      [10, '二、11月份累计完成情况'],
    ]);
  });

  it('gives the unit the sheet’s unit line names to the table below a later section too', () => {
    const t = table('11月', rows);
    expect(t.indicators.map((i) => [i.row, i.measureUnit])).toEqual([
      [5, '万元'],
      [6, '万元'],
      [9, '万元'],
      [10, '万元'],
    ]);
  });
});

describe('a plan for more months than the period', () => {
  const rows: CellValue[][] = [
    ['2018年1-7月全市重点项目完成情况表'],
    ['县(市、区)', '年度投资计划', '前三季度投资计划', '1-7月完成投资'],
    ['通川区', 59.4, 43.4, 35.9],
    ['渠县', 45.2, 36.1, 27.6],
  ];

  it('paces the results by its share of the months (前三季度投资计划 at 1-7月: 7/9 of it)', () => {
    const t = table('1-7月', rows);
    expectRoles(t, { B: 'target:header', C: 'periodTarget:header', D: 'actual:header' });
    expect(t.indicators.map((i) => i.periodTargetMonths)).toEqual([9, 9]);
    const r = runCheck({ sources: [sourceFromRows('1-7月', rows)], lang: 'zh-CN', date: '2018-08-20' });
    expect(r.report.evaluations.map((e) => [e.expected, e.status])).toEqual([
      [(43.4 * 7) / 9, 'on_track'],
      [(36.1 * 7) / 9, 'behind'],
    ]);
  });

  it('is left aside once the period runs past its months (the year’s target at 1-10月)', () => {
    const later = rows.map((row, i) =>
      i === 1 ? ['县(市、区)', '年度投资计划', '前三季度投资计划', '1-10月完成投资'] : row,
    );
    later[0] = ['2018年1-10月全市重点项目完成情况表'];
    const r = runCheck({ sources: [sourceFromRows('1-10月', later)], lang: 'zh-CN', date: '2018-11-20' });
    expect(r.report.evaluations[0].expected).toBeCloseTo((59.4 * 10) / 12, 6);
  });
});

describe('a department’s self-evaluation form (部门整体绩效自评表)', () => {
  const rows: CellValue[][] = [
    ['部门整体绩效自评表'],
    [
      '当年绩效目标',
      '年初绩效目标',
      null,
      null,
      '全年(调整)绩效目标',
      null,
      null,
      null,
      '全年目标实际完成情况',
    ],
    [
      null,
      '无',
      null,
      null,
      '保障中心正常运转，有效承担新闻宣传管理等工作。',
      null,
      null,
      null,
      '中心2021年较好地完成了履职任务。',
    ],
    [
      '绩效指标',
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '指标权重(分)',
      '指标得分(分)',
    ],
    ['绩效指标', '财政供养人员控制率', '%', '定量指标', 1, null, 0.92, 2, 2],
    ['绩效指标', '三公经费变动率', '%', null, null, null, null, 2, 2],
    ['绩效指标', '预算完成率', '%', '定量指标', 0.7, null, 0.76, 2, 1],
  ];

  it('reads the indicators below the goal block, named by 指标名称 rather than the label merged down the left', () => {
    const [reading] = readSheets([sourceFromRows('自评表', rows)], { yearStart: 1 });
    if (reading.kind !== 'table') throw new Error('not read');
    expect(reading.table.indicators.map((i) => [i.row, i.name])).toEqual([
      [5, '财政供养人员控制率'],
      [6, '三公经费变动率'],
      [7, '预算完成率'],
    ]);
  });

  it('judges a row with marks and no figures by its marks (指标得分 against 指标权重)', () => {
    const r = runCheck({ sources: [sourceFromRows('自评表', rows)], lang: 'zh-CN', date: '2022-03-01' });
    // Fewer marks than full: short of it, at the year's end missed, whatever the figures say.
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });
});

describe('a year down the rows under a caption naming the measure', () => {
  it('is named by the caption (MEASURE: … | Year | Status | Actual | Target)', () => {
    const t = table('EDA', [
      ['MEASURE: Private investment leveraged - 6 year totals'],
      ['Year', 'Status', 'Actual', 'Target'],
      ['FY 2006', 'Green (Met target)', 1059, 1020],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual([
      'MEASURE: Private investment leveraged - 6 year totals',
    ]);
  });
});

describe('a year’s target in words beside the quarter’s in figures', () => {
  it('judges the quarter’s result by the quarter’s target (Annual SDF review complete | Q1 Target 25 | Q1 Actual 75)', () => {
    const rows: CellValue[][] = [
      ['Project', 'Unit', 'Annual Target', 'Q1 Target', 'Q1 Actual'],
      [
        'Spatial Development Framework review',
        '%',
        'Annual SDF review complete and submitted to Council',
        25,
        25,
      ],
      ['Northern Spatial Development Plan', '%', 'Review of SDP complete and submitted to Council', 25, 75],
      ['Southern Spatial Development Plan', '%', 'Review of SDP complete and submitted to Council', 25, 10],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Plan 1', rows)],
      lang: 'en-US',
      date: '2011-10-15',
      yearStart: 7,
      period: { kind: 'quarter', quarter: 1 },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Spatial Development Framework review', 'on_track'],
      ['Northern Spatial Development Plan', 'on_track'],
      ['Southern Spatial Development Plan', 'at_risk'],
    ]);
  });
});

describe('an SDBIP’s quarter pairs', () => {
  it('reads a quarter’s heading alone (Q1 - Sep) before its result (Actual for Q1) as the quarter’s plan', () => {
    const rows: CellValue[][] = [
      ['Project', 'Annual Target', 'Q1 - Sep 10', 'Actual for Q1', 'Q2 - Dec 10', 'Actual for Q2'],
      ['Spatial Development Framework review', 'Annual SDF review complete', 25, 25, 50, 40],
      ['Northern Spatial Development Plan', 'Review complete', 25, 30, 50, 60],
    ];
    const source = sourceFromRows('Plan 1', rows);
    const [reading] = readSheets([source], { yearStart: 7 });
    if (reading.kind !== 'table') throw new Error('not read');
    expectRoles(reading.table, { C: 'periodPlan:header', D: 'periodActual:header', E: 'periodPlan:header' });
    const r = runCheck({
      sources: [source],
      lang: 'en-US',
      date: '2011-01-15',
      yearStart: 7,
      period: { kind: 'quarter', quarter: 2 },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Spatial Development Framework review', 'behind'],
      ['Northern Spatial Development Plan', 'on_track'],
    ]);
  });
});

describe('an SDBIP’s quarter pairs, the quarters written out', () => {
  it.each([
    ['Quarter 1 - Sep 10', 'Actual for Quarter 1', 'Quarter 2 - Dec 10', 'Actual for Quarter 2'],
    ['Qtr 1 - Sep 10', 'Actual for Qtr 1', 'Qtr 2 - Dec 10', 'Actual for Qtr 2'],
  ])('reads %s before %s as the quarter’s plan', (...headings) => {
    const rows: CellValue[][] = [
      ['Project', 'Annual Target', ...headings],
      ['Spatial Development Framework review', 'Annual SDF review complete', 25, 25, 50, 40],
      ['Northern Spatial Development Plan', 'Review complete', 25, 30, 50, 60],
    ];
    const [reading] = readSheets([sourceFromRows('Plan 1', rows)], { yearStart: 7 });
    if (reading.kind !== 'table') throw new Error('not read');
    expectRoles(reading.table, {
      C: 'periodPlan:header',
      D: 'periodActual:header',
      E: 'periodPlan:header',
      F: 'periodActual:header',
    });
  });
});

describe('a day due by and the day done, in words', () => {
  it('By 31 July against 18 June 2020 is met; against 5 September 2019 it is late; 6月30日前 against 6月18日完成 is met', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Target', 'Result'],
      ['Bathing water summary reported to Council', 'By 31 July', '18 June 2020'],
      ['State of the Environment report released', 'By 31 July', '5 September 2019'],
      ['实施方案印发', '6月30日前', '6月18日完成'],
      ['Annual plan adopted', 'By 30 June 2020', 'Adopted 2 July 2020'],
      ['Forum held with mayors', 'By 31 July', '12 mayors'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Levels of service', rows)],
      lang: 'en-US',
      date: '2020-08-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Bathing water summary reported to Council', 'achieved'],
      ['State of the Environment report released', 'missed'],
      ['实施方案印发', 'achieved'],
      ['Annual plan adopted', 'missed'],
      // "12 mayors" is no day.
      ['Forum held with mayors', 'no_data'],
    ]);
  });
});

describe('sentences right of every figure', () => {
  it('are what the office says of each row: the Outcome column names the rows', () => {
    const rows: CellValue[][] = [
      ['OUTCOME', '2020 TARGET', '2020 RESULT', '2019 RESULT', 'HOW DID WE PERFORM'],
      [
        'Fine weather samples suitable for contact recreation',
        0.98,
        0.99,
        0.944,
        'For the few samples that exceeded water quality guidelines, the bacteria is likely to be of natural source.',
      ],
      [
        'All weather samples suitable for contact recreation',
        0.92,
        0.97,
        0.927,
        'The improvement in water quality this year was partly due to fewer rain-affected samples.',
      ],
      [
        'Customer satisfaction with resource consent processing',
        0.8,
        0.74,
        0.765,
        'There was slightly lower satisfaction in 2019/2020, with a rating of 74% from respondents.',
      ],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Levels of service', rows)],
      lang: 'en-US',
      date: '2020-08-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Fine weather samples suitable for contact recreation', 'achieved'],
      ['All weather samples suitable for contact recreation', 'achieved'],
      ['Customer satisfaction with resource consent processing', 'missed'],
    ]);
  });
});

describe('notes under a table in traditional characters', () => {
  it('註: ends the table: the note (1) under it, with a year in its words, is no indicator', () => {
    const rows: CellValue[][] = [
      ['服務類別', '目標', '二零二二至二三年度的工作成績'],
      ['售票處售票', '在25分鐘內為顧客提供服務', 1],
      ['電話訂票服務', '在下一個工作天內把門票郵寄給訂票的客戶', 1],
      ['註:'],
      ['(1)', '受2019冠狀病毒病疫情影響,以致服務承辦商未能提供足夠人手處理電話查詢。'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('文化服務', rows, { merges: ['B5:C5'] })],
      lang: 'zh-CN',
      date: '2023-06-01',
    });
    expect(r.report.evaluations.map((e) => e.indicator.name)).toEqual(['售票處售票', '電話訂票服務']);
  });
});

describe('a dashboard’s three colours', () => {
  it('Green / Yellow / Red: on track, behind, at risk', () => {
    expect(['Green', 'Yellow', 'Red', 'YELLOW'].map(statusWord)).toEqual([
      'on_track',
      'behind',
      'at_risk',
      'behind',
    ]);
  });
});

describe('verdicts of schedules and of the whole task', () => {
  it.each<[string, string]>([
    ['全部完成', 'achieved'],
    ['如期完成', 'achieved'],
    ['预计全年可完成', 'achieved'],
    ['未完成年度目标', 'missed'],
    ['难以完成', 'missed'],
    ['按进度推进', 'on_track'],
    ['按时序推进', 'on_track'],
    ['进度超前', 'on_track'],
    ['落后', 'behind'],
    ['时序进度滞后', 'behind'],
    ['逾期', 'behind'],
    ['Ahead of schedule', 'on_track'],
    ['On schedule', 'on_track'],
    ['Underway', 'on_track'],
    ['Behind schedule', 'behind'],
    ['Not on track', 'behind'],
    ['Significantly behind', 'at_risk'],
    ['Major slippage', 'at_risk'],
    ['Meets target', 'achieved'],
    ['Exceeds target', 'achieved'],
    ['Within target', 'achieved'],
    ['Does not meet target', 'missed'],
    ['Target missed', 'missed'],
  ])('%s is %s', (word, status) => {
    expect(statusWord(word)).toBe(status);
  });

  it('a heading that says the year’s target is done (完成全年目标) is no verdict', () => {
    expect(statusWord('完成全年目标')).toBeNull();
  });

  it.each([
    ['达到年度目标要求', 'achieved'],
    ['全面达到考核要求', 'achieved'],
    ['均达到了考核要求', 'achieved'],
    ['目标任务全面完成', 'achieved'],
    ['好于年度目标0.6个百分点', 'achieved'],
    ['优于年度目标', 'achieved'],
    ['已完成全年目标', 'achieved'],
    ['未达到考核要求', 'missed'],
    // a plan's risk of falling behind, as a monitoring table rates it
    ['高風險', 'at_risk'],
    ['中风险', 'behind'],
    ['低风险', 'on_track'],
    ['未能完成年度目标', 'missed'],
    ['差于年度目标', 'missed'],
    // above and below depend on the measure: the figures decide
    ['低于年度目标0.5个百分点', null],
    ['高于年度目标', null],
  ])('a verdict on the target itself, or a risk rating, %s, is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });

  it('a comparison column’s verdict (与年度目标比较: 好于年度目标0.6个百分点) rates a row with no target figure', () => {
    const rows: CellValue[][] = [
      ['2023年1—12月全国城市环境空气质量状况'],
      ['序号', '指标', '单位', '1—12月', '年度目标', '与年度目标比较'],
      [1, '平均空气质量优良天数比例', '%', 85.5, null, '好于年度目标0.6个百分点'],
      [2, 'PM2.5平均浓度', '微克/立方米', 30, 32.9, null],
      [3, '地表水优良水体比例', '%', 89.4, null, '未达到年度目标要求'],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2024-02-01' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
    expect(r.period).toEqual({ kind: 'year' });
  });
});

/** A quarter's key tasks, each set in words, with its result as the office wrote it; checked in July. */
function tasksWithResults(target: string, results: readonly string[]) {
  const rows: CellValue[][] = [
    ['2024年度重点工作计划二季度执行情况'],
    ['序号', '重点工作', '攻坚目标任务', '第二季度完成情况'],
    ...results.map((r, i): CellValue[] => [i + 1, `重点工作${i + 1}`, target, r]),
  ];
  const r = runCheck({ sources: [sourceFromRows('二季度', rows)], lang: 'zh-CN', date: '2024-07-10' });
  return { report: r.report, judged: r.report.evaluations.map((e) => [e.status, e.completion]) };
}

describe('a task’s share done, told in its result’s words', () => {
  it('is its completion, judged against the year gone (进度达60%, 形象进度40%); other shares are not', () => {
    const { report, judged } = tasksWithResults('完成项目政策处理工作', [
      '该工程库区内坟墓迁移进度达60%。',
      '完成总工程量的60%',
      '已完成60%',
      '形象进度40%',
      '改厕覆盖率达92%',
    ]);
    expect(judged.slice(0, 4)).toEqual([
      ['on_track', 0.6],
      ['on_track', 0.6],
      ['on_track', 0.6],
      ['behind', 0.4],
    ]);
    // A share of something else (a coverage rate) is no share of the task done.
    expect(judged[4][1]).toBeNull();
    expect(['on_track', 'behind', 'at_risk', 'achieved']).not.toContain(judged[4][0]);
    const text = report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('重点工作4完成率为40.0%');
    expect(text).not.toContain('达到60.0%');
  });
});

describe('a plan and what is done of it, told together in the result’s words', () => {
  it('is the share done of the plan, judged against the year gone, where the target is in words', () => {
    const { judged } = tasksWithResults('按照时间节点开展项目建设', [
      '本年度总投资6000万元的19个项目完成投资3000万元。',
      '年度计划投资5亿元，已完成投资2.1亿元',
      '目标任务100个，完成80个，其中新建30个',
      // No plan beside it: nothing to weigh the amount by.
      '完成投资3000万元',
    ]);
    expect(judged.slice(0, 3)).toEqual([
      ['on_track', 0.5],
      ['behind', 0.42],
      ['on_track', 0.8],
    ]);
    expect(judged[3][1]).toBeNull();
  });
});

describe('a progress report’s plain verdicts', () => {
  it('完成情况较好 is on track, 完成情况不够理想 behind, in the quarter', () => {
    expect(statusWord('完成情况较好')).toBe('on_track');
    expect(statusWord('完成情况不够理想')).toBe('behind');
    // Some progress, the grade below those on pace (已完成或达到时序进度 | 有一定进度).
    expect(statusWord('有一定进度')).toBe('behind');
    expect(statusWord('已完成或达到时序进度')).not.toBe('behind');
    const rows: CellValue[][] = [
      ['《2023年政府工作报告》主要目标任务一季度完成情况'],
      ['类别', '序号', '目标任务', '一季度完成情况'],
      ['经济指标', 1, '地区生产总值', '完成情况较好'],
      [null, 2, '固定资产投资增速', '完成情况不够理想'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('一季度', rows, { merges: ['A1:D1', 'A3:A4'] })],
      lang: 'zh-CN',
      date: '2023-05-05',
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
  });
  it('a verdict holding a heading’s word (完成情况不够理想) is no heading row, with serial numbers typed as text', () => {
    const rows: CellValue[][] = [
      ['类别', '序号', '目标任务', '一季度完成情况'],
      ['经济指标', '1', '地区生产总值', '完成情况较好'],
      [null, '2', '固定资产投资增速', '完成情况不够理想'],
      [null, '3', '进出口总额增速', '完成情况不够理想'],
      ['重点任务', '4', '建成投用10条市政道路', '完成情况较好'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('一季度', rows, { merges: ['A2:A4'] })],
      lang: 'zh-CN',
      date: '2023-05-05',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['地区生产总值', 'on_track'],
      ['固定资产投资增速', 'behind'],
      ['进出口总额增速', 'behind'],
      ['建成投用10条市政道路', 'on_track'],
    ]);
  });
});

describe('a colour with its meaning in brackets', () => {
  it('reads the meaning (Green (Met target), Red (Not Met)), and a figure with a verdict in brackets as a figure', () => {
    expect(statusWord('Thumbs up')).toBe('achieved');
    expect(statusWord('Thumbs down')).toBe('missed');
    expect(statusWord('如期進行')).toBe('on_track');
    expect(statusWord('竭力趕上預期進度')).toBe('behind');
    expect(statusWord('Green (Met target)')).toBe('achieved');
    // A colour, a comma and its verdict, the band it stands for after (a federal report's key): the verdict.
    expect(statusWord('Red, Not Met (<75%)')).toBe('missed');
    expect(statusWord('Green, Met (100%)')).toBe('achieved');
    expect(statusWord('Yellow, Significantly Met (75% to 99%)')).toBe('behind');
    expect(statusWord('Green - Achieved')).toBe('achieved');
    // A self-assessment's words: mostly there is short of it; a task late but moving is behind.
    expect(statusWord('Mostly achieved target')).toBe('behind');
    expect(statusWord('Failed to achieve target')).toBe('missed');
    expect(statedStatus('Delayed but progressing.')?.status).toBe('behind');
    // Met for some parts only is not met; for all of them it is.
    expect(
      statedStatus('The target was met in two of our five enterprise funds. For the other three, …')?.status,
    ).toBe('behind');
    expect(statedStatus('The target was met in 4 of 4 sites.')?.status).toBe('achieved');
    expect(statusWord('Red (Not Met)')).toBe('missed');
    expect(statusWord('Green (something else)')).toBe('on_track');
    expect(statusWord('89.8% (achieved)')).toBeNull();
    // The office's own forecast for the year in a plan's report (全年实绩: 预计可以完成 / 预计较难完成).
    expect(statedStatus('预计可以完成')?.status).toBe('achieved');
    expect(statedStatus('预计较难完成')?.status).toBe('missed');
    // A form's progress that says the task is done.
    expect(statedStatus('已完成该项任务,共计增种林荫51处。')?.status).toBe('achieved');
  });

  it('reads a US federal performance report’s words (Target Exceeded, Made Progress From Prior Year, Did Not Meet Target)', () => {
    expect(statusWord('Target Exceeded')).toBe('achieved');
    expect(statusWord('Made Progress From Prior Year')).toBe('behind');
    expect(statusWord('Did Not Meet Target')).toBe('missed');
    expect(statusWord('Significantly Met')).toBe('behind');
    expect(statusWord('Pending')).toBeNull();
  });
});

describe('a label with its words across the table (Objective | Improve economic growth …)', () => {
  const block = (objective: string, names: [string, number, number][]): CellValue[][] => [
    ['Objective', objective, null, null],
    ['Performance Indicator', '2015/16', '2016/17', null],
    [null, 'Value', 'Value', 'Target'],
    ...names.map(([n, a, b]): CellValue[] => [n, a, b, Math.round(b * 1.02)]),
  ];
  const rows: CellValue[][] = [
    ['Strategic Plan: Progress in 2016/17'],
    ...block('Improve economic growth and employability', [
      ['Number of businesses given advice to start up', 181, 194],
      ['Number of jobs created', 150, 170],
    ]),
    ...block('Improve local housing and sustainable infrastructure', [
      ['Number of new social homes for rent', 91, 91],
      ['Number of affordable homes completed', 60, 75],
    ]),
  ];
  const merges = ['B2:D2', 'B7:D7'];

  it('is a caption, not a group heading over the columns nor an indicator of the table above', () => {
    const { report } = runCheck({
      sources: [sourceFromRows('Progress', rows, { merges })],
      lang: 'en-US',
      date: '2017-06-01',
    });
    expect(report.evaluations.map((e) => e.indicator.row)).toEqual([5, 6, 10, 11]);
    // "growth" in the objective makes no target a growth rate.
    expect(report.evaluations.map((e) => [e.kind, e.target?.value])).toEqual([
      ['amount', 198],
      ['amount', 173],
      ['amount', 93],
      ['amount', 77],
    ]);
  });
});

describe('a side label merged down a whole form (绩效指标 beside every row)', () => {
  it('is no heading merged into a second heading row: the rows below the headings are the body', () => {
    const rows: CellValue[][] = [
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '实施进度'],
      [null, '项目决策', '数量指标', '宣传次数', '至少全年完成2次宣传', '已完成100%'],
      [null, null, '质量指标', '创建质量', '按质按量完成', '已完成100%'],
      [null, null, '时效指标', '全年', '1-12月', '已完成100%'],
      [null, null, '成本指标', '成本', '10万元', '已完成100%'],
      [null, '满意度指标', '满意度指标', '群众满意度', '90%', '已完成100%'],
    ];
    const t = table('自评', rows, ['A1:A6', 'B2:B5']);
    expect(t.headerRows).toEqual([1]);
    expect(t.indicators.map((i) => i.row)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('deaths against a ceiling’s pace, given only as the gap (与控制指标进度目标比较 › 当月 | 累计: 低90人)', () => {
  it('reads the gap to date as the verdict: below the pace or level with it is within the ceiling, over it is not', () => {
    const rows: CellValue[][] = [
      ['2006年10月全省安全生产指标控制情况'],
      ['序号', '项目', '死亡人数(人)', null, '与去年同期对比', null, '与控制指标进度目标比较'],
      [null, null, '当月', '累计', '当月', '累计', '当月', '累计'],
      [1, '工矿商贸事故死亡人数', 28, 310, '减少4人', '减少85人', '低12人', '低90人'],
      [2, '煤矿事故死亡人数', 19, 229, '增加5人', '持平', '超6人', '持平'],
      [3, '农业机械事故死亡人数', 5, 40, '增加1人', '增加4人', '超2人', '超4人'],
    ];
    const merges = ['A1:H1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'];
    const { report } = runCheck({
      sources: [sourceFromRows('10月', rows, { merges })],
      lang: 'zh-CN',
      date: '2006-11-05',
    });
    // One indicator a row: the change on last year is no result of its own.
    expect(report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [4, 'on_track'],
      [5, 'on_track'],
      [6, 'behind'],
    ]);
  });
});

describe('goals as sentences with the office’s verdict beside each, and no headings', () => {
  it('reads each goal as an indicator with its verdict (Goal Met / Goal Not Met)', () => {
    const rows: CellValue[][] = [
      ["County Manager's Office"],
      ['Updated 9-28-20'],
      [
        '1) To provide information to the public, 90% of agenda packets will be posted by Thursday',
        'Goal Met',
      ],
      [
        '2) To increase transparency, the Office will create a bi-annual Performance Management Report',
        'Goal Not Met',
      ],
      [
        '3) To increase transparency, the Office will provide quarterly fiscal monitoring reports',
        'Goal Met',
      ],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('Goals', rows)],
      lang: 'en-US',
      date: '2020-10-01',
      period: { kind: 'year' },
    });
    expect(report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'achieved'],
      [4, 'missed'],
      [5, 'achieved'],
    ]);
  });

  it('two such rows are no table', () => {
    const rows: CellValue[][] = [
      [
        '1) To provide information to the public, 90% of agenda packets will be posted by Thursday',
        'Goal Met',
      ],
      [
        '2) To increase transparency, the Office will create a bi-annual Performance Management Report',
        'Goal Met',
      ],
    ];
    const [reading] = readSheets([sourceFromRows('Goals', rows)]);
    expect(reading.kind).toBe('skipped');
  });
});

describe('a goal to be reached by a later year (Target to 2020) beside this year’s and last year’s results', () => {
  it('judges the latest result against it as a step on the way, the year before as the previous', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Target to 2020', '2016/17 Performance', '2015/16 Performance'],
      ['Per household consumption (in litres)', 284, 305, 303],
      ['Wastewater pollution incidents (category 3)', '≤191', 150, 136],
      ['Carbon footprint', '50% ↓ on 2005/06 baseline', '22.8% ↓ on 2005/06 baseline', '22% ↓'],
      ['Security of Supply Index (SoSI)', '≥100', 100, 100],
    ];
    const t = table('Environment', rows);
    expectRoles(t, { B: 'target:header', C: 'actual:header', D: 'previous:header' });
    const { report } = runCheck({
      sources: [sourceFromRows('Environment', rows)],
      lang: 'en-US',
      date: '2017-07-01',
    });
    expect(report.evaluations.map((e) => [e.direction, verdictOf(e.status)])).toEqual([
      ['lower', 'not met'],
      ['lower', 'met'],
      ['higher', 'not met'],
      ['higher', 'met'],
    ]);
    // The arrow beside the share says which way it goes: a cut of 50%.
    expect(report.evaluations[2].kind).toBe('decrease');
  });
});

describe('a client charter’s monthly shares typed without their sign (within 24 hours | 100 | 100 | …)', () => {
  const rows = (march: number): CellValue[][] => [
    ['CLIENT CHARTER ACHIEVEMENT YEAR 2025'],
    ['CLIENT CHARTER ELEMENT', 'ACHIEVEMENT', null, null, null],
    [null, 'JAN', 'FEB', 'MAR', 'APR'],
    ['Acknowledge receipt of the complaint within 24 hours', 100, 100, march, null],
    ['Provide feedback on the complaint within 7 working days', 100, 100, 100, null],
  ];
  const run = (march: number) =>
    runCheck({
      sources: [sourceFromRows('Charter', rows(march), { merges: ['B2:E2'] })],
      lang: 'en-US',
      date: '2025-04-10',
    }).report.evaluations;

  it('are shares of the cases that kept the time, every case pledged, not hours summed', () => {
    expect(run(100).map((e) => [e.kind, e.target?.value, e.actual?.value, verdictOf(e.status)])).toEqual([
      ['share', 1, 1, 'met'],
      ['share', 1, 1, 'met'],
    ]);
    expect(verdictOf(run(95)[0].status)).toBe('not met');
  });

  it('figures above 100, or few of them 100, are counts, not shares', () => {
    expect(run(140)[0].kind).not.toBe('share');
  });
});

describe('a share of cases set by a line above the table (Our goal is that 80% … will meet the standards)', () => {
  it('is the share each row’s time standard is held to', () => {
    const rows = (goal: string): CellValue[][] => [
      ['2018-2019: Service standards results'],
      [goal],
      ['Program (Component)', 'Applications (Volume)', 'Standard (Weeks)', '% Met'],
      ['Arts Presentation Fund', 120, 2, '97%'],
      ['Canada Book Fund', 40, 2, '100%'],
      ['Canada Media Fund', 1, 2, '0%'],
    ];
    const run = (goal: string) =>
      runCheck({
        sources: [sourceFromRows('Results', rows(goal))],
        lang: 'en-US',
        date: '2019-06-01',
        period: { kind: 'year' },
      }).report.evaluations.map((e) => e.status);
    expect(
      run('Our goal is that 80% of the applications received will meet the published service standards.'),
    ).toEqual(['achieved', 'achieved', 'missed']);
    // Without the line, only every case kept is met; the others are not rated.
    expect(run('The following tables represent the results for each service standard:')).toEqual([
      'not_rated',
      'achieved',
      'not_rated',
    ]);
  });
});

describe('the quarters’ last months with their years across a year end (June ’16 | Sept ’16 | Dec ’16 | Mar ’17)', () => {
  it('show a year from April, of the latest quarter with results, named as a span', () => {
    const rows: CellValue[][] = [
      ['Year to date progress at end of quarter:'],
      [null, null, 'Target', "June '16", "Sept '16", "Dec '16", "Mar '17"],
      ['Bankruptcy', 'KPI-1', '2.5 days', '1.4 days', '1.3 days', '1.4 days', null],
      [null, 'KPI-2', '9 days', '6.9 days', '6.8 days', '7.0 days', null],
      ['Debt Arrangement Scheme', 'KPI-1', '6 days', '8.5 days', '6.0 days', '7.3 days', null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('KPIs', rows, { merges: ['A3:A4'] })],
      lang: 'en-US',
      date: '2017-02-01',
    });
    expect(r.report.options.yearStart).toBe(4);
    expect(r.period).toEqual({ kind: 'month', month: 9 });
    expect([r.report.options.year, r.report.options.yearNamed]).toEqual([2016, 'span']);
    expect(r.report.evaluations.map((e) => verdictOf(e.status))).toEqual(['met', 'met', 'not met']);
  });
});

describe('a pledge page’s targets reached (服務目標 | 達致的目標 (2024))', () => {
  it('reads the targets reached as the result, not a second target', () => {
    const rows: CellValue[][] = [
      ['服務目標及表現'],
      ['執法', '服務目標', '達致的目標 (2024)'],
      ['在48小時內約見作出可追查貪污投訴的投訴人', 1, 1],
      ['立即處理所有來電', 1, 1],
      ['在12個月內完成可追查貪污舉報的調查工作', 0.9, 0.891],
    ];
    const t = table('表現', rows, ['A1:C1']);
    expectRoles(t, { B: 'target:header', C: 'actual:header' });
    const { report } = runCheck({
      sources: [sourceFromRows('表現', rows)],
      lang: 'zh-CN',
      date: '2025-03-01',
    });
    expect(report.evaluations.map((e) => verdictOf(e.status))).toEqual(['met', 'met', 'not met']);
  });
});

describe('a result not in yet', () => {
  it('says when it will be ("Not available until 2018", "Awaiting data"): no data, with a dash for its verdict too', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Target', 'Actual', 'Status'],
      ['Percentage of pupils in positive destinations', '92%', 'Not available until 2018', '-'],
      ['Percentage of pupils attending', '95%', 'Data not yet available', null],
      ['Percentage of schools inspected', '90%', 'Awaiting data', null],
      ['Percentage of roads gritted', '90%', '85%', 'Red'],
      ['Percentage of bins emptied', '99%', 'n/a', '-'],
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('PIs', rows)],
      lang: 'en-US',
      date: '2017-06-01',
      period: { kind: 'year' },
    });
    expect(report.evaluations.map((e) => e.status)).toEqual([
      'no_data',
      'no_data',
      'no_data',
      'missed',
      'not_rated',
    ]);
  });
});

describe('an action plan’s words', () => {
  it('reads delivered, held up and no longer wanted, with when or how', () => {
    expect(statusWord('Delivered')).toBe('achieved');
    expect(statusWord('On hold')).toBe('behind');
    expect(statusWord('Significant slippage')).toBe('at_risk');
    expect(statusWord('Withdrawn')).toBe('not_rated');
    // Nearly there is not there.
    expect(statusWord('Almost on target')).toBe('behind');
    expect(statedStatus('Almost on target for the quarter')?.status).toBe('behind');
    expect(statedStatus('Completed in March 2024')?.status).toBe('achieved');
    expect(statedStatus('Complete (March 2024)')?.status).toBe('achieved');
    expect(statedStatus('Deferred to 2024/25')?.status).toBe('behind');
    expect(statedStatus('Completion is planned for March 2024')).toBeNull();
  });
});

describe('one heading over a target and its result', () => {
  it('reads the left column as the target and the right as the result, next year’s target as history', () => {
    const rows: CellValue[][] = [
      [
        'Strategy',
        'Performance Indicator',
        '2011-2012 Target and Report on Performance',
        null,
        '2012-2013 Target',
      ],
      [
        'Streets',
        'Grass cut.',
        'Average 7 times per annum',
        'Actual: 7.6 cuts have been achieved.',
        'Average 7 times per annum',
      ],
      [
        null,
        'Programme reviewed.',
        'Annually (September)',
        'Actual: The 10 year programme was reviewed and updated in September 2011.',
        'Annually (September)',
      ],
    ];
    const t = table('Performance', rows, ['C1:D1']);
    expectRoles(t, { C: 'target:header', D: 'actual:header', E: 'history:header' });
    const r = runCheck({
      sources: [sourceFromRows('Performance', rows, { merges: ['C1:D1'] })],
      lang: 'en-US',
      date: '2012-09-01',
    });
    // The second is done by its sentence ("… was reviewed and updated …").
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved']);
  });
});

describe('a completion column headed in per cent', () => {
  it('reads its small plain numbers as points (1.49 is 1.49%), where a column of ratios keeps them', () => {
    const points = runCheck({
      sources: [
        sourceFromRows('收入', [
          ['预算科目', '本年收入计划', '累计完成数', '占计划%'],
          ['增值税', 45119, 7833, 17.36],
          ['房产税', 2000, 29.8, 1.49],
        ]),
      ],
      lang: 'zh-CN',
      date: '2024-03-10',
    });
    expect(points.report.evaluations.map((e) => e.completion)).toEqual([0.1736, 0.0149]);
    const ratios = runCheck({
      sources: [
        sourceFromRows('收入', [
          ['预算科目', '本年收入计划', '累计完成数', '占计划%'],
          ['增值税', 45119, 7833, 0.1736],
          ['房产税', 2000, 2980, 1.49],
        ]),
      ],
      lang: 'zh-CN',
      date: '2024-03-10',
    });
    expect(ratios.report.evaluations.map((e) => e.completion)).toEqual([0.1736, 1.49]);
  });
});

describe("a level or share with the office's figure for the period", () => {
  const rows: CellValue[][] = [
    ['Corporate Performance Report - Quarter 2 2024/25'],
    ['Ref', 'Measure', 'Good is', '2024/25 Target', 'Q2 Target', 'Q2 Actual'],
    ['CP2', 'Council tax collected', 'High', '97%', '56%', '55.1%'],
    ['CP4', 'Working days lost to sickness absence per FTE', 'Low', 8, 4, 4.6],
    ['CP5', 'Missed bin collections per 100,000 collections', 'Low', 60, 60, 48],
    ['CP6', 'Residents satisfied with the council', 'High', '75%', '75%', '71%'],
  ];
  const run = (lang: 'en-US' | 'zh-CN' = 'en-US') =>
    runCheck({ sources: [sourceFromRows('KPIs', rows)], lang, date: '2024-10-20' });

  it('is judged against that figure, not the whole year’s, before the year ends', () => {
    const r = run();
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(r.report.evaluations.map((e) => [e.status, e.expected])).toEqual([
      // 55.1% collected by Q2 against the profile's 56%, not against 97% (which read "at risk").
      ['behind', 0.56],
      // 4.6 days against 4 by Q2: over the period's ceiling though within the year's 8.
      ['behind', 4],
      // The year's own figure again is no profile: the level's rule, as before.
      ['on_track', 60],
      ['behind', 0.75],
    ]);
    expect(r.report.evaluations[0].pace).toBeCloseTo(0.984, 3);
  });

  it('tells a level against both figures', () => {
    const text = run()
      .report.narrative.map((b) => b.text)
      .join('\n');
    expect(text).toContain('was 4.6, above the pace ceiling of 4 but within the annual ceiling of 8');
    // Behind by its gap to the period's figure (0.9 points short of 56%), the year's gap told beside it,
    // in percentage points as a share is told, not as a share of a share (56.8% of the annual target).
    expect(text).toContain('reached 55.1%, 0.9 percentage points below the pace target of 56.0%');
    expect(text).toContain(
      'it reached 55.1%, 0.9 percentage points below the pace target of 56.0% and 41.9 percentage points short of the annual target of 97.0%',
    );
    expect(text).not.toContain('41.9 percentage points behind pace');
    expect(text).not.toContain('of the annual target of 97.0%;');
  });
});

describe('a task table with the work and its contents side by side', () => {
  it('names each row by its contents (主要内容), reads a target the contents state, and no target from a phase', () => {
    const rows: CellValue[][] = [
      ['2024年区政府民生实事项目10月进度表'],
      ['序号', '重点工作', '主要内容', '牵头单位', '四季度计划目标', '10月完成情况', '进度状态'],
      [
        1,
        '教育设施增量提质',
        '扩建白峰中学、春晓三山学校(三期)。',
        '教育局',
        '完成验收。',
        '白峰中学:完成预算编制;春晓三山学校(三期):建成。',
        '部分滞后',
      ],
      [
        1,
        '教育设施增量提质',
        '打造最美上学路9条。',
        '街道',
        '开展结算审核。',
        '9条最美上学路建设完成',
        '办结',
      ],
      [
        1,
        '教育设施增量提质',
        '增加学生午休躺睡座椅10000套。',
        '教育局',
        '完成项目验收。',
        '10015套已安装到位',
        '办结',
      ],
    ];
    const r = runCheck({ sources: [sourceFromRows('10月', rows)], lang: 'zh-CN', date: '2024-11-05' });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.name,
        e.kind,
        e.target?.value ?? null,
        e.actual?.value ?? null,
        e.status,
      ]),
    ).toEqual([
      ['扩建白峰中学、春晓三山学校(三期)。', 'milestone', null, null, 'behind'],
      ['打造最美上学路9条。', 'amount', 9, 9, 'achieved'],
      ['增加学生午休躺睡座椅10000套。', 'amount', 10000, 10015, 'achieved'],
    ]);
  });
});

describe('a result to date that nothing dates', () => {
  const rows: CellValue[][] = [
    ['Our targets and measures'],
    ['Measures', 'Aim 2019/20', 'Year to date 2019/20'],
    ['% emergency calls handled within 90 seconds', 85, 88.75],
    ['% times an appliance arrives within response standards', 90, 74.47],
    ['Community safety contacts', 40000, 19383],
    ['Home fire safety checks', 2000, 2150],
    ['Accidental dwelling fires', 150, 59],
    ['Fire-related deaths', 0, 0],
    ['Firefighter injuries', 0, 14],
  ];

  it('judges shares as they stand and counts only where the month cannot matter', () => {
    const r = runCheck({ sources: [sourceFromRows('Measures', rows)], lang: 'en-US', date: '2019-11-20' });
    expect(r.report.evaluations.map((e) => [e.status, e.notRated ?? null])).toEqual([
      ['on_track', null],
      // Short of its aim but not missed: the year is not over.
      ['behind', null],
      // Half the year's contacts, but half of how much of the year?
      ['not_rated', 'to-date-undated'],
      ['achieved', null],
      ['not_rated', 'to-date-undated'],
      ['on_track', null],
      ['missed', null],
    ]);
    expect(r.report.evaluations[2].completion).toBeCloseTo(0.48, 2);
    // The report speaks of the year to date, not of the full year.
    expect(r.report.options.periodSource).toEqual({ kind: 'to-date' });
    const text = JSON.stringify(r.report.narrative);
    expect(text).toContain('For the year to date');
    expect(text).not.toContain('full year');
  });

  it('paces the counts once the user gives the period', () => {
    const r = runCheck({
      sources: [sourceFromRows('Measures', rows)],
      lang: 'en-US',
      date: '2019-11-20',
      yearStart: 4,
      period: { kind: 'quarter', quarter: 2 },
    });
    const [, , contacts, , fires] = r.report.evaluations;
    expect([contacts.status, contacts.expected]).toEqual(['behind', 20000]);
    expect([fires.status, fires.expected]).toEqual(['on_track', 75]);
  });
});

describe('service standards with this year and next side by side', () => {
  it('reads "Target 2016 to 2017 | Results 2016 to 2017" as the year judged, next year\u2019s target left aside', () => {
    const rows: CellValue[][] = [
      ['Office accommodation services'],
      ['Service standard', 'Target 2016 to 2017', 'Results 2016 to 2017', 'Target 2017 to 2018'],
      ['Facilities operational during business hours', 0.99, 0.99, 0.995],
      ['Satisfaction rating for service calls', 0.9, 0.88, 0.92],
    ];
    const r = runCheck({ sources: [sourceFromRows('Property', rows)], lang: 'en-US', date: '2017-09-01' });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [0.99, 0.99, 'achieved'],
      [0.9, 0.88, 'missed'],
    ]);
    expect(r.report.options.year).toBe(2016);
  });
});

describe('columns the office left without a heading', () => {
  it('takes an unheaded column of figures between the names and the results as the target', () => {
    const rows: CellValue[][] = [
      ['Key Performance Indicators'],
      ['Key Performance Indicator', null, 'Q3 Performance', 'On Target'],
      ['Average Time for Emergency Repairs', '3 hours', '3 hours and 11 minutes', null],
      ['% of Reactive Repairs right first time', 0.95, 0.889, null],
      ['Average time taken to re-let empty properties', '12 days', '42 days', null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('KPIs', rows)],
      lang: 'en-US',
      date: '2022-01-20',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.status])).toEqual([
      [3, 'behind'],
      [0.95, 'behind'],
      [12, 'behind'],
    ]);
  });

  it('a result heading naming its year in days leaves no unit; seconds are weighed against minutes', () => {
    const rows: CellValue[][] = [
      ['Customer service commitment'],
      ['Indicator', 'Performance (1 April 2018 to 31 March 2019)', 'Target'],
      ['Telephone contact centre – average wait time', '4 minutes 22 seconds', '3 minutes'],
      ['Telephone Council Tax and benefits – average wait time', '51 seconds', '3 minutes'],
      ['Complaints closed within 10 working days', 0.59, 0.92],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2019-06-01' });
    expect(r.period).toEqual({ kind: 'year' });
    expect(r.report.evaluations.map((e) => [e.indicator.measureUnit, e.actual?.value, e.status])).toEqual([
      [null, 4 + 22 / 60, 'missed'],
      [null, 0.85, 'achieved'],
      [null, 0.59, 'missed'],
    ]);
  });

  it('a result that is the word "All" against a share is the whole of it; other words stay unread', () => {
    const rows: CellValue[][] = [
      ['Customer service standards'],
      ['Standard', 'Target', 'Performance 2023/24'],
      ['E-mails acknowledged within 1 working day', '100%', 'All'],
      ['Letters answered within 10 days', '90%', '全部'],
      ['Visitors seen within 15 minutes', '90%', 'Most'],
      ['New homes completed', 120, 'All'],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2024-06-01' });
    expect(r.report.evaluations.map((e) => [e.actual?.value ?? null, e.status])).toEqual([
      [1, 'achieved'],
      [1, 'achieved'],
      [null, 'no_data'],
      [null, 'no_data'],
    ]);
  });

  it('an outturn opened by its verdict and a dash ("Not met—…", "Met—…") is the verdict; small numbers in words after a bound are figures, "per 1,000" is the base and "per 100" a percentage', () => {
    const rows: CellValue[][] = [
      ['Key targets 2005-06'],
      ['Key targets', 'Outturn'],
      [
        'No escape for top and high-risk prisoners.',
        'Not met—On 7 June 2005, a prisoner escaped from custody.',
      ],
      [
        'No more than three escapes per 1,000 medium and low-risk prisoners.',
        'Met—No escapes in this category.',
      ],
      [
        'Staff assaulted by prisoners is less than a ratio of five per 100 prisoners.',
        'Met—Outturn for the year was 0.5 per cent.',
      ],
      [
        'An average of at least nine hours’ constructive activity per week for each remand prisoner.',
        'Met—13.5 hours per week achieved.',
      ],
      ['Complete the design plans by December 1', 'Did not meet target for injection'],
      ['Rescue steelhead with 2% or less mortality', 'Exceeded target – .40% mortality'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Targets', rows)], lang: 'en-US', date: '2006-07-11' });
    expect(
      r.report.evaluations.map((e) => [e.target?.value ?? null, e.sourceStatus?.word ?? null, e.status]),
    ).toEqual([
      [null, 'Not met', 'missed'],
      [3, 'Met', 'achieved'],
      [0.05, 'Met', 'achieved'],
      [9, 'Met', 'achieved'],
      [null, 'Did not meet', 'missed'],
      [0.02, 'Exceeded target', 'achieved'],
    ]);
    // Five per 100 prisoners is 5%: the outturn's 0.5 per cent is the rate itself, not a completion.
    expect(r.report.evaluations[2]).toMatchObject({
      actual: { value: 0.005, percent: true },
      completion: null,
      comparator: 'at_most',
    });
  });

  it('年任务 is the year’s target, and a result in the row’s unit (万元) is weighed in it against a target written in 亿元', () => {
    const rows: CellValue[][] = [
      ['1—9月份重点工作完成情况'],
      ['序号', '指标', '单位', '年任务', '1—9月份完成'],
      [1, '招商引资到位资金', '万元', '4亿元', 32900],
      [2, '财政收入', '万元', 700, 552],
      [3, '工业总产值', '万元', '7300', 5037],
    ];
    const r = runCheck({ sources: [sourceFromRows('1-9月', rows)], lang: 'zh-CN', date: '2012-10-10' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    // Both in the row's unit, 万元: 4亿元 is 40000, as the table and the report show it (3.29亿元, never
    // 32900亿元).
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [40000, 32900, 'on_track'],
      [700, 552, 'on_track'],
      [7300, 5037, 'behind'],
    ]);
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('招商引资到位资金完成3.29亿元，为年度目标4亿元的82.3%');
    expect(text).not.toMatch(/\d亿万元|32900亿元/);
  });

  it('reads a client charter’s share of cases that kept each pledge, under three heading rows, against every case', () => {
    const rows: CellValue[][] = [
      ['Client Charter Achievement Report January - November 2015'],
      ['Client Charter', 'Achievement', null, null, null],
      [
        null,
        'Fulfill Client Charter Duration/Standard',
        null,
        'Exceed Client Charter Duration/Standard',
        null,
      ],
      [
        null,
        'Number Fulfilling Standard',
        '%\nFulfilling Standard',
        'Number Exceeding Standard',
        '%\nExceeding Standard',
      ],
      ['1.All development projects are implemented according to schedule.', 227, 98.27, 4, 1.73],
      ['2.Payment is made within seven (7) days upon receipt of complete documents.', 14769, 100, '-', '-'],
      ['3.Applications are processed within one (1) day after they are received.', 10133, 90.33, 1011, 9.07],
      ['4.State Assembly matters are implemented efficiently.', 2, 100, '-', '-'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Charter', rows, { merges: ['A2:A4', 'B2:E2', 'B3:C3', 'D3:E3'] })],
      lang: 'en-US',
      date: '2015-12-10',
    });
    expect(r.period).toEqual({ kind: 'month', month: 11 });
    expect(
      r.report.evaluations.map((e) => [e.target?.value ?? null, e.actual?.value ?? null, e.status]),
    ).toEqual([
      [1, 0.9827, 'behind'],
      [1, 1, 'on_track'],
      [1, 0.9033, 'behind'],
      // No pledge's words (all, within, on schedule), but under the charter's heading every row is a
      // pledge kept case by case: 100% of its cases.
      [1, 1, 'on_track'],
    ]);
  });

  it('reads a target written as its sign and then its figure under one heading (Target: > | 90%), beside Current Measurement', () => {
    const rows: CellValue[][] = [
      ['Department Scorecard'],
      ['Ref #', 'Measure', 'Previous Period', 'Current Measurement', 'Target', null],
      ['1.2.10', '% of citizens who feel safe walking in their neighborhood', 0.96, 0.99, '>', 0.9],
      ['1.3.2', 'Juvenile Crimes - On Campus', 4, 1, '<', 5],
      ['1.3.3', 'Juvenile Crimes - Off Campus', 5, 16, '<', 10],
      ['1.3.4d', 'SRO parent meetings', 67, 71, '>', 100],
      [
        '1.3.5',
        'Identify a Customer Service Metric',
        'in progress',
        'in progress',
        'in progress',
        'in progress',
      ],
    ];
    const merged = { merges: ['E2:F2'] };
    const r = runCheck({
      sources: [sourceFromRows('Scorecard', rows, merged)],
      lang: 'en-US',
      date: '2022-10-15',
    });
    expect(
      r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.comparator, verdictOf(e.status)]),
    ).toEqual([
      [0.9, 0.99, 'at_least', 'met'],
      [5, 1, 'at_most', 'met'],
      [10, 16, 'at_most', 'not met'],
      [100, 71, 'at_least', 'not met'],
      // "in progress" in the target's place is no target yet, whatever the result says.
      [undefined, undefined, null, 'not met'],
    ]);
    expect(r.report.evaluations[4].status).toBe('not_rated');
  });

  it('reads a plan’s years over verdicts (Outcome | 2018-19 | 2019-20 …) as the rated year’s status, the Overall line aside', () => {
    const rows: CellValue[][] = [
      ['Performance report 2019'],
      ['Outcome', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23'],
      ['1. Customer value: Do your job well', 'Achieved', '-', '-', '-', '-'],
      ['2. Customer value: Be easy to deal with', 'Not achieved', '-', '-', '-', '-'],
      ['3. Customer value: Be affordable and fair', 'Achieved', '-', '-', '-', '-'],
      ['Overall', 'Achieved', '-', '-', '-', '-'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Report', rows)], lang: 'en-US', date: '2019-09-30' });
    expect(r.report.evaluations.map((e) => [e.indicator.name.slice(0, 20), e.status])).toEqual([
      ['1. Customer value: D', 'achieved'],
      ['2. Customer value: B', 'missed'],
      ['3. Customer value: B', 'achieved'],
    ]);
    expect([r.report.options.year, r.report.options.yearNamed]).toEqual([2018, 'span']);
  });

  it('a column "Against target" holds the verdicts, "both exceeding the target" among them', () => {
    const t = table('Standards', [
      ['Customer Service Standards 2023/24'],
      ['Standard', 'Target', 'Cumulative 2023/24', 'Against target'],
      ['Revenues incoming calls to be answered within 20 seconds', 0.6, 0.79, 'both exceeding the target'],
      ['Incoming calls to be answered within 20 seconds', 0.75, 0.8, 'on or exceeding the target'],
      ['Total received calls to be answered within 20 seconds', 0.93, 0.87, 'below target'],
    ]);
    expectRoles(t, { A: 'name:header', B: 'target:header', D: 'status:header' });
    expect(t.indicators.map((i) => value(i.statusCell))).toEqual([
      'both exceeding the target',
      'on or exceeding the target',
      'below target',
    ]);
    expect(statusWord('both exceeding the target')).toBe('achieved');
    expect(statusWord('On or exceeding the target')).toBe('achieved');
    expect(statusWord('below the target')).toBe('behind');
    // a regulated company's outcome: a reward, a penalty; no penalty is met or within the deadband
    expect(statusWord('Reward')).toBe('achieved');
    expect(statusWord('Penalty')).toBe('missed');
    expect(statusWord('No penalty')).toBeNull();
    // every ceiling passed that a section of places may name (超过 / 超出, 全年 / 年度)
    for (const w of [
      '超过控制指标',
      '超过全年控制指标',
      '超过年度控制指标',
      '超出控制指标',
      '超出全年控制指标',
      '超出年度控制指标',
    ])
      expect(statusWord(w)).toBe('missed');
  });

  it('reads cards with no heading row, each figure after its label', () => {
    const rows: CellValue[][] = [
      ['October 2024 performance'],
      ['Check the electrical wiring in your block every 5 years.', 'Target: 95%', 'Target exceeded: 97.4%'],
      ['Ensure passenger lifts are inspected every 6 months.', 'Target: 95%', 'Target exceeded: 99.6%'],
      ['Carry out all required annual gas safety checks.', 'Target: 100%', 'Current performance: *99.8%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Commitment', rows)],
      lang: 'en-US',
      date: '2024-11-10',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, verdictOf(e.status)])).toEqual([
      [0.95, 0.974, 'met'],
      [0.95, 0.996, 'met'],
      [1, 0.998, 'not met'],
    ]);
  });
});

function verdictOf(status: string): string {
  return status === 'achieved' || status === 'on_track' ? 'met' : 'not met';
}

describe('a goal for a later year than the result', () => {
  const rows = (goal: string): CellValue[][] => [
    ['Annual Goal Dashboard'],
    ['Indicator / Metric', '2016-17 Status', goal],
    ['Graduation Rate', 0.94, 0.95],
    ['Attendance Rate', 0.953, 0.95],
  ];

  it('judges a shortfall as behind, the goal’s year not being over', () => {
    const r = runCheck({
      sources: [sourceFromRows('Goals', rows('2018 Goal'))],
      lang: 'en-US',
      date: '2017-09-01',
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['behind', 'on_track']);
  });

  it('judges the year’s own goal at its end', () => {
    const r = runCheck({
      sources: [sourceFromRows('Goals', rows('2016-17 Goal'))],
      lang: 'en-US',
      date: '2017-09-01',
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved']);
  });
});

describe('a utility’s and a city’s measures: years side by side, faces, projections', () => {
  it('reads bare years as a series (the latest judged) and faces without a heading as the verdicts', () => {
    const header: CellValue[] = ['Output', '2017-18', '2018-19', '2019-20', 'Target\n2018-23', null];
    const rows: CellValue[][] = [
      ['Better tasting water'],
      header,
      ['Customers (%) satisfied with drinking water', 73, 64, '69*', '> 70', '😐'],
      ['Number of Safe Drinking Water Act non-compliances', 0, 0, 0, 0, '☺'],
      ['Number of water quality complaints per 100 customers', 0.18, 0.22, 0.08, '< 0.22', '☺'],
      [],
      ['Reliable water services'],
      header,
      ['Number of water supply interruptions per 100km', 40.1, 27.3, '17.9#', '> 46', '☺'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Our performance', rows)],
      lang: 'en-US',
      date: '2020-10-01',
    });
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.direction, e.indicator.org ?? null, e.status]),
    ).toEqual([
      [3, 'higher', null, 'missed'],
      [4, 'lower', null, 'achieved'],
      [5, 'lower', null, 'achieved'],
      [9, 'higher', null, 'achieved'],
    ]);
    expect(r.report.evaluations.map((e) => e.sourceStatus?.word ?? null)).toEqual(['😐', '☺', '☺', '☺']);
  });

  it('reads "YE Proj." as a projection, "FY 2022-23" as the year, and "Avg # of Days" as a level', () => {
    const rows: CellValue[][] = [
      ['FINANCE & ACCOUNTING DEPARTMENT'],
      ['PERFORMANCE INDICATORS', 'FY 2021-22', 'FY 2022-23', 'FY 2022-23', 'FY 2023-24'],
      [null, 'Actual', 'Budget', 'YE Proj.', 'Adopted Budget'],
      ['Avg # of Days for bank reconciliation', 70, 25, 50, 40],
      ['% of Funds invested long-term', '44%', '40%', '36%', '40%'],
      ['General Fund Exp. Budget Vs. Actual %', '2.75%', '0.50%', '4.58%', '0.50%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Finance', rows)], lang: 'en-US', date: '2023-06-01' });
    expect(r.report.options.periodSource).toMatchObject({ kind: 'stated', text: 'FY 2022-23' });
    expect(r.report.evaluations.map((e) => [e.kind, e.direction, e.status])).toEqual([
      ['level', 'lower', 'behind'],
      ['share', 'higher', 'behind'],
      ['share', 'lower', 'behind'],
    ]);
  });
});

describe('a ministry’s progress by province and a district’s list of tasks with their progress', () => {
  it('reads 省份 as the row labels, 开工率 as the share done, and 全部开工 as done', () => {
    const rows: CellValue[][] = [
      ['2023年全国城镇老旧小区改造进展情况'],
      ['(截至2023年9月末)'],
      ['序号', '省份', '新开工小区数(个)', '开工率'],
      [1, '上海', 329, '全部开工'],
      [2, '湖北', 4284, '99%'],
      [3, '西藏', 60, '55%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('进展情况', rows)], lang: 'zh-CN', date: '2023-10-20' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['上海', 'achieved'],
      ['湖北', 'on_track'],
      ['西藏', 'at_risk'],
    ]);
  });

  it('reads 任务项目指标 as the tasks, 进展比例 as their progress, and a count before 60岁以上 as the target', () => {
    const rows: CellValue[][] = [
      ['2024年上半年民生实事进展'],
      ['序号', '任务项目指标', '责任单位', '进展比例'],
      [1, '为3.078万60岁以上老年人免费接种流感疫苗。', '区卫生健康局', '20%'],
      [2, '在公共场所新增配置自动体外除颤仪115台。', '区卫生健康局', '80%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('民生实事', rows)], lang: 'zh-CN', date: '2024-07-10' });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.completion, e.status])).toEqual([
      [30780, 0.2, 'at_risk'],
      [115, 0.8, 'on_track'],
    ]);
  });
});

describe('agencies’ targets in the words of annual reports and service pages', () => {
  it('reads footnote marks on headings, "Performance to March 2002", "Target Area" and the name’s "at least"', () => {
    const rows: CellValue[][] = [
      ['Annex A'],
      ['Agency', 'Target Value', '**Performance to March 2002'],
      ['Target Area', null, null],
      ['Accuracy: correct to the nearest penny in at least 78 per cent of cases.', '78%', '82.5%'],
      ['Calls abandoned: No more than 20 per cent of calls to be abandoned by the caller.', '20%', '10%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Annex A', rows)],
      lang: 'en-US',
      date: '2002-06-01',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.comparator, e.direction, e.status])).toEqual([
      ['at_least', 'higher', 'achieved'],
      ['at_most', 'lower', 'achieved'],
    ]);
  });

  it('reads "Service metric", "Year to Mar 2024" and "On track to meet target?", and a mini table of its own', () => {
    const rows: CellValue[][] = [
      ['Service metric', 'Target', 'Current year progress', null],
      [null, null, 'Year to Mar 2024', 'On track to meet target?'],
      ['Number of reviews finalised', 300, 512, 'Yes'],
      [],
      ['Service metric', 'Year to Mar 2024'],
      ['Number of consultations and submissions', 51],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Our performance', rows)],
      lang: 'en-US',
      date: '2024-04-15',
      yearStart: 7,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value ?? null, e.status])).toEqual([
      [3, 512, 'achieved'],
      [6, 51, 'not_rated'],
    ]);
    expect(r.report.evaluations[0].sourceStatus?.word).toBe('Yes');
  });

  it('judges "124% increase" against a target of "30% reduction" as missed', () => {
    const rows: CellValue[][] = [
      ['Output Indicator', 'Planned Annual Target 2023/2024', '**Actual Achievement 2023/2024'],
      [
        'Percentage reduction in prior year fruitless and wasteful expenditure',
        '30% reduction on prior year',
        '124% increase',
      ],
    ];
    const r = runCheck({ sources: [sourceFromRows('APP', rows)], lang: 'en-US', date: '2024-08-01' });
    expect(r.report.evaluations.map((e) => [e.kind, e.status])).toEqual([['decrease', 'missed']]);
  });
});

describe('a group heading over both the target and the result', () => {
  it('reads "Actual Performance against Target › Target | Actual" as the target and the result', () => {
    const rows: CellValue[][] = [
      ['Measure/ Indicator', 'Actual Performance against Target', null],
      [null, 'Target', 'Actual'],
      [
        '% of staff trained in line with the Workplace Skills Plan',
        '80% of staff trained by 31 March 2012',
        'Achieved – 85.1% of staff were trained',
      ],
      ['% of legal opinions finalised', '90% of legal opinions finalised', 'Partially achieved – 73%'],
    ];
    const source = sourceFromRows('Capacity', rows);
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] } }],
      lang: 'en-US',
      date: '2012-08-01',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [0.8, 0.851, 'achieved'],
      [0.9, 0.73, 'missed'],
    ]);
  });
});

describe('a board’s goals, results and success rates', () => {
  it('reads "Performance Goals | Performance Goals Achieved | Success Rate" and "X - Common Measures"', () => {
    const rows: CellValue[][] = [
      [
        'ADULT - Common Measures',
        'Performance\nGoals\n2013-14',
        'Performance\nGoals Achieved\n2013-14',
        'Success Rate\n2013-14',
      ],
      ['1. Entered Employment Rate', '62.1%', '74.4%', '120%'],
      ['2. Average Earnings', 10129, 9581, '95%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Goals', rows)],
      lang: 'en-US',
      date: '2014-09-01',
      yearStart: 7,
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [0.621, 0.744, 'achieved'],
      [10129, 9581, 'missed'],
    ]);
  });
});

describe('pledges grouped under how far they are', () => {
  it('reads 承諾 | 目前情況 and gives each item the status of its section (已完成的項目, 按計劃進行的項目)', () => {
    const rows: CellValue[][] = [
      ['年份', '承諾', '目前情況'],
      ['已完成的項目'],
      [
        1996,
        '1. 在 1996 年年底前,試行讓應徵者通過互聯網申請參加考試。',
        '由 1996 年 10 月起,應徵者可通過互聯網申請。',
      ],
      [1996, '2. 在 1997 年內,編製一本簡易指南。', '指南已在 1997 年 2 月出版。'],
      ['按計劃進行的項目'],
      [1997, '3. 檢討公務員培訓制度。', '檢討正在進行。'],
    ];
    const r = runCheck({ sources: [sourceFromRows('進度', rows)], lang: 'zh-CN', date: '1997-10-08' });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.sourceStatus?.status ?? null])).toEqual([
      [3, 'achieved'],
      [4, 'achieved'],
      [6, 'on_track'],
    ]);
  });
});

describe('an assessment’s requirements and a plan’s scheduled progress', () => {
  it('reads 考核要求 and 預定 as the targets, 計畫名稱 as the names', () => {
    const a = runCheck({
      sources: [
        sourceFromRows('创模', [
          ['指标名称', '考核要求', '2006年完成情况', '2007年完成情况'],
          ['集中式饮用水水源地水质达标率', '≥96%', '100%', '100%'],
          ['区域环境噪声平均值', '<60dB', 54.5, 54],
        ]),
      ],
      lang: 'zh-CN',
      date: '2008-03-01',
    });
    expect(a.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [0.96, 1, 'achieved'],
      [60, 54, 'achieved'],
    ]);
    const b = runCheck({
      sources: [
        sourceFromRows('表1', [
          ['計畫名稱', '計畫累計進度', null],
          [null, '預定', '實際'],
          ['高雄港客運專區建設計畫', 90, 89.84],
        ]),
      ],
      lang: 'zh-CN',
      date: '2020-03-01',
    });
    expect(b.report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value])).toEqual([
      ['高雄港客運專區建設計畫', 90, 89.84],
    ]);
  });
});

describe('a summary of verdicts without figures', () => {
  it('reads "Target achieved or not achieved" beside the indicators as their status', () => {
    const rows: CellValue[][] = [
      ['Key performance indicator', 'Target achieved or not achieved'],
      ['The quality of service provided to Court users', 'Achieved'],
      ['The percentage of Crown Court cases that commence within target', 'Not Achieved'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('KPI', rows)],
      lang: 'en-US',
      date: '1999-06-01',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
  });
});

describe('a monthly progress report on the year’s tasks', () => {
  it('reads 月度工作计划 as words on the month’s work, the target from the task itself', () => {
    const rows: CellValue[][] = [
      ['2024年4月民生实事项目进展情况汇总表'],
      ['序号', '项目内容', '月度工作计划', '牵头单位', '落实情况'],
      [
        1,
        '为全县重点人群免费开展结直肠癌筛查7400人。',
        '完成1480人(20%)',
        '县卫生健康局',
        '已完成。完成3495人,完成率47.23%。',
      ],
    ];
    const r = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang: 'zh-CN', date: '2024-05-11' });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [7400, 3495, 'on_track'],
    ]);
  });
});

describe('a count over a rolling year', () => {
  it('reads "Number of incidents in the last 12 months" as a level: over its ceiling at Q1 is behind, not missed', () => {
    const rows: CellValue[][] = [
      ['Measure title', 'Units', 'Q1 Actual', 'Year end target', 'Q1 Status'],
      ['Serious pollution incidents', 'Number of incidents in the last 12 months', 460, '≤400', 'Red'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Scorecard', rows)],
      lang: 'en-US',
      date: '2019-07-15',
      yearStart: 4,
      period: { kind: 'quarter', quarter: 1 },
    });
    expect(r.report.evaluations.map((e) => [e.kind, e.status])).toEqual([['level', 'behind']]);
  });
});

describe('a unit of measure written in words', () => {
  it('reads "per cent" in the unit column as a share, as "%" is', () => {
    const rows: CellValue[][] = [
      ['Output measure', 'Unit of measure', '2018-19 target', '2018-19 actual'],
      ['Data projects delivered to agreed outputs', 'per cent', 100, 98],
    ];
    const r = runCheck({ sources: [sourceFromRows('Outputs', rows)], lang: 'en-US', date: '2019-09-01' });
    expect(r.report.evaluations.map((e) => [e.kind, e.status])).toEqual([['share', 'missed']]);
  });
});

describe('a self-assessment whose verdicts are ticked boxes', () => {
  it('reads the ticked option: ⬛符合 is met, ⬛不適用 not rated, no box ticked no verdict', () => {
    expect(statusWord('⬛符合 ⬜不符合 ⬜不適用')).toBe('achieved');
    expect(statusWord('□符合 ■不符合')).toBe('missed');
    expect(statusWord('⬜符合 ⬜不符合 ⬛不適用')).toBe('not_rated');
    expect(statusWord('⬜符合 ⬜不符合 ⬜不適用')).toBeNull();
    expect(statusWord('⬛符合 ⬛不符合')).toBeNull();
    const rows: CellValue[][] = [
      ['電信服務品質自我評鑑表'],
      ['項次', '項目內容', '自評', '說明'],
      ['1.', '市話服務≤2天', '⬜符合 ⬜不符合 ⬛不適用', null],
      [null, '寬頻上網100Mbps以下(不含)≤5天', '⬛符合 ⬜不符合 ⬜不適用', null],
      [null, '070網路電話≤7天', '⬜符合 ⬛不符合 ⬜不適用', null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('自我評鑑表', rows)],
      lang: 'zh-CN',
      date: '2025-01-21',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['市話服務≤2天', 'not_rated'],
      ['寬頻上網100Mbps以下(不含)≤5天', 'achieved'],
      ['070網路電話≤7天', 'missed'],
    ]);
  });
});

describe('a pledge of a share of cases done within a time', () => {
  it('reads 95%會於5個工作天内完成 as at least 95%, a share to reach, though the name speaks of the time', () => {
    const days = '95%會於5個工作天内完成';
    const rows: CellValue[][] = [
      ['3服務承諾'],
      ['我們致力提供最高水準的服務質素,我們的實際表現數據將於每季公佈。'],
      [null, '目標值', '2021年第四季實際表現'],
      ['1. 網絡覆蓋率'],
      ['3G室外', 0.99, 0.9962],
      ['4G室外', 0.99, 0.9965],
      ['2. 通話質量'],
      ['斷線率', '< 1%', 0.0022],
      ['接通率', 0.99, 0.9988],
      ['3. 數據服務平均上載及下載速度'],
      ['3G上載速度', '≥1Mbps', '達標'],
      ['3G下載速度', '≥2Mbps', '達標'],
      ['4G上載速度', '≥7Mbps', '達標'],
      ['4G下載速度', '≥15Mbps', '達標'],
      ['4. 網絡的可靠性'],
      ['基站', '>99%', 0.9991],
      ['流動電話交換中心', '>99.99%', 1],
      ['5. 客服服务'],
      ['調查賬單投訴及完成處理所需的時間', days, 0.96],
      ['調查服務質素投訴及完成處理所需的時間', days, 0.93],
      ['客服熱線於20秒内接聽之百分率', 0.9, 0.9439],
    ];
    // Percentages as Excel keeps them: fractions shown with a % format.
    const formats = rows.map((r) => r.map((v) => (typeof v === 'number' ? '0.00%' : null)));
    const merges = ['A1:C1', 'A2:C2', 'A4:C4', 'A7:C7', 'A10:C10', 'A15:C15', 'A18:C18'];
    const source = sourceFromRows('服務承諾', rows, { merges, formats });
    const r = runCheck({ sources: [source], lang: 'zh-CN', date: '2022-01-20' });
    expect(
      r.report.evaluations
        .slice(-3)
        .map((e) => [e.target?.value, e.comparator ?? null, e.direction, e.status]),
    ).toEqual([
      [0.95, 'at_least', 'higher', 'achieved'],
      [0.95, 'at_least', 'higher', 'missed'],
      [0.9, null, 'higher', 'achieved'],
    ]);
  });
});

describe('areas side by side, each with its own target and result, under rows headed 指标', () => {
  it('reads the rows as the measures and the groups as the areas', () => {
    const rows: CellValue[][] = [
      ['2023年碧江区招商引资完成情况'],
      ['序号', '指  标', '单位', '全区(包括铜仁高新区)', null, '我区单独', null, '碧江高新区', null],
      [null, null, null, '任务数', '完成', '任务数', '完成', '全年目标任务', '完成'],
      [1, '签约项目', '个', null, 108, null, 94, null, 41],
      [2, '引进优强企业', '家', 18, 21, 13, 16, 7, 8],
      [3, '上报到位资金', '亿元', 34, 36, 23, 24.8, 8, 7.2],
    ];
    const merges = ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:I2'];
    const r = runCheck({
      sources: [sourceFromRows('2023年', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-01-20',
    });
    expect(
      r.report.evaluations
        .filter((e) => e.indicator.row > 4)
        .map((e) => [e.indicator.name, e.indicator.org, e.target?.value, e.actual?.value, e.status]),
    ).toEqual([
      ['引进优强企业', '全区(包括铜仁高新区)', 18, 21, 'achieved'],
      ['引进优强企业', '我区单独', 13, 16, 'achieved'],
      ['引进优强企业', '碧江高新区', 7, 8, 'achieved'],
      ['上报到位资金', '全区(包括铜仁高新区)', 34, 36, 'achieved'],
      ['上报到位资金', '我区单独', 23, 24.8, 'achieved'],
      ['上报到位资金', '碧江高新区', 8, 7.2, 'missed'],
    ]);
  });
});

describe('revenue against the year’s target and the half year’s', () => {
  it('reads Target › FY | H1, the collection, and Achieved (%) under Yearly Target as the completion', () => {
    const rows: CellValue[][] = [
      ['TABLE 1: A Comparison of Collection vis-a-vis Target First Half (H1) 2022-23'],
      [null, null, null, null, null, null, null, '(Rs. in Billion)'],
      [
        'Tax Head',
        'Target',
        null,
        'Collection\nH1: 2022-23\n(Provisional)',
        'Achievement of Half Yearly Target',
        null,
        'Yearly Target',
        null,
      ],
      [null, 'FY:\n2022-23', 'H1:\n2022-23', null, 'Absolute', '%', 'Balance\n(Absolute)', 'Achieved\n(%)'],
      ['Direct Taxes', 3019, 1547, 1526, -21, 98.6, 1493, 50.5],
      ['Sales Tax', 2899, 1376, 1272, -104, 92.4, 1627, 43.9],
      ['Federal Excise', 402, 179, 164, -15, 91.6, 238, 40.9],
      ['Customs duty', 1150, 543, 467, -76, 85.9, 683, 40.6],
      ['All Taxes', 7470, 3646, 3429, -217, 94.1, 4041, 45.9],
    ];
    const merges = ['A1:H1', 'A3:A4', 'B3:C3', 'D3:D4', 'E3:F3', 'G3:H3'];
    const t = table('Table 1', rows, merges, 7);
    expectRoles(t, {
      B: 'target:header',
      C: 'periodTarget:header',
      D: 'actual:header',
      H: 'completion:header',
    });
    const r = runCheck({
      sources: [sourceFromRows('Table 1', rows, { merges })],
      lang: 'en-US',
      date: '2023-02-01',
      yearStart: 7,
    });
    // All Taxes is the sum of the four heads: a total, no indicator.
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.actual?.value, e.expected, e.status]),
    ).toEqual([
      ['Direct Taxes', 1526, 1547, 'behind'],
      ['Sales Tax', 1272, 1376, 'behind'],
      ['Federal Excise', 164, 179, 'behind'],
      ['Customs duty', 467, 543, 'behind'],
    ]);
  });
});

describe('standards for years to come beside the results of the years gone', () => {
  it('takes the year from the result’s heading, not from the standards’ span in the text above', () => {
    const rows: CellValue[][] = [
      ['Service Standards'],
      ['The service standards cover the period from 1 July 2020 to 30 June 2023.'],
      ['Service standard', null, '2018/19 result', '2019/20 result'],
      ['Water supply interruptions for 100km of water mains', 12, 9.1, 8.7],
      ['Customer minutes off water supply (average)', '14.1 minutes', 5.9, 9.5],
      [
        'Time taken to attend bursts and leaks (Priority 1) (average)',
        '30 minutes',
        '23.2 minutes',
        '30 minutes',
      ],
      [
        'Time taken to attend bursts and leaks (Priority 2) (average)',
        '60 minutes',
        '3 hours, 54 minutes',
        '2 hours, 36 minutes',
      ],
    ];
    const t = table('Service Standards', rows, [], 7);
    expect(t.year).toBe(2019);
    expect(t.statedPeriod ?? null).toBeNull();
    const r = runCheck({
      sources: [sourceFromRows('Service Standards', rows)],
      lang: 'en-US',
      date: '2020-10-01',
      yearStart: 7,
    });
    expect(r.period).toEqual({ kind: 'year' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'achieved'],
      ['lower', 'achieved'],
      ['lower', 'achieved'],
      ['lower', 'missed'],
    ]);
  });
});

describe('quarters headed with a comma before their year', () => {
  it('reads Quarter 3, 2016/17 | Quarter 4, 2016/17 | National goal, the names unheaded', () => {
    const rows: CellValue[][] = [
      ['Lakes health targets: Quarter 4 (April-June) 2016/17 results'],
      [null, 'Ranking quarter 4, 2016/17', 'Quarter 3, 2016/17', 'Quarter 4, 2016/17', 'National goal'],
      ['Shorter stays in emergency departments', 11, 0.936, 0.942, 0.95],
      ['Increased access to elective surgery', 15, 1.038, 1.014, 1],
      ['Faster cancer treatment', 13, 0.795, 0.773, 0.85],
      ['Increased immunisation', 12, 0.908, 0.919, 0.95],
    ];
    // Shares as Excel keeps them: fractions shown with a % format (the ranks are whole numbers).
    const formats = rows.map((r) => r.map((v, c) => (typeof v === 'number' && c > 1 ? '0.0%' : null)));
    const source = sourceFromRows('Health target results', rows, { formats });
    const [reading] = readSheets([source], { yearStart: 7 });
    if (reading.kind !== 'table') throw new Error('not read');
    expectRoles(reading.table, {
      A: 'name:content',
      C: 'periodActual:header',
      D: 'periodActual:header',
      E: 'target:header',
    });
    const r = runCheck({ sources: [source], lang: 'en-US', date: '2017-08-01', yearStart: 7 });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved', 'missed', 'missed']);
  });
});

describe('a section of the places that passed their ceiling', () => {
  it('gives its items the verdict its label states (…超过全年控制指标的省份)', () => {
    const rows: CellValue[][] = [
      ['2011年各地区、各行业(领域)安全生产控制指标实施情况'],
      ['序号', '指标', '单位', '全年实际', '占全年控制指标(%)', '备注'],
      ['全国'],
      [1, '各类事故死亡人数', '人', 75572, 96, null],
      [2, '煤矿重大事故起数', '起', 20, 117.6, null],
      ['煤矿全年死亡人数超过全年控制指标的省份'],
      [3, '内蒙古', '人', 50, 119, null],
      [4, '山东', '人', 46, 230, null],
    ];
    const merges = ['A1:F1', 'A3:F3', 'A6:F6'];
    const r = runCheck({
      sources: [sourceFromRows('2011年', rows, { merges })],
      lang: 'zh-CN',
      date: '2012-01-20',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['各类事故死亡人数', 'achieved'],
      ['煤矿重大事故起数', 'missed'],
      ['内蒙古', 'missed'],
      ['山东', 'missed'],
    ]);
    // The verdict measures them against a ceiling: their share of it is better lower.
    expect(r.report.evaluations.map((e) => e.direction)).toEqual(['lower', 'lower', 'lower', 'lower']);
  });
});

describe('a section whose label states its rows’ verdict with their count', () => {
  it('其中超额完成任务的已有3项 gives its rows that verdict, where they have no target of their own', () => {
    const rows: CellValue[][] = [
      ['某县9月份民生工程进展情况'],
      ['项目', '单位', '年度目标任务', '截至9月底完成', '完成率'],
      ['剩余2项'],
      ['农村幸福院建设', '个', 15, 8, 0.53],
      ['送戏进万村', '场', 263, 230, 0.87],
      ['其中超额完成任务的已有3项'],
      ['实体零工驿站建设', '个', null, 2, 2],
      ['新生儿听力障碍筛查率', '%', null, 1, null],
      ['资助家庭经济困难学生', '名', null, 18710, 1.15],
    ];
    const r = runCheck({
      sources: [sourceFromRows('9月份', rows, { merges: ['A1:E1', 'A3:E3', 'A6:E6'] })],
      lang: 'zh-CN',
      date: '2025-10-09',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['农村幸福院建设', 'at_risk'],
      ['送戏进万村', 'on_track'],
      ['实体零工驿站建设', 'achieved'],
      ['新生儿听力障碍筛查率', 'achieved'],
      ['资助家庭经济困难学生', 'achieved'],
    ]);
  });
});

describe('a completion alone, without a target', () => {
  it('is paced by the share of the year gone, which the status rests on, and is behind by its points', () => {
    const rows: CellValue[][] = [
      ['恩平市2022年8月重点项目进展情况'],
      ['序号', '项目类别', '2022年计划投资(亿元)', '1-8月完成投资(亿元)', '投资完成率(%)'],
      ['(一)', '江门重点项目', 55.28, 43.77, 79.17],
      [null, '其中:基础设施工程', null, 3.31, 36.26],
      [null, '产业工程', null, 23.52, 85.84],
    ];
    const r = runCheck({ sources: [sourceFromRows('8月', rows)], lang: 'zh-CN', date: '2022-09-10' });
    const [, infra, industry] = r.report.evaluations;
    expect(infra.status).toBe('at_risk');
    expect(infra.pace).toBeCloseTo(0.3626 / (8 / 12), 6);
    expect(industry.pace).toBeCloseTo(0.8584 / (8 / 12), 6);
    expect(gapsOf(infra).points).toBe(30.4);
    // At the year's end no pace is left: none is said.
    const year = runCheck({
      sources: [sourceFromRows('8月', rows)],
      lang: 'zh-CN',
      date: '2023-01-10',
      period: { kind: 'year' },
    });
    expect(year.report.evaluations[1].pace).toBeNull();
    // The report's tables say the actual is the year's.
    expect(year.report.tables.indicators.columns.map((c) => c.header)).toContain('全年完成');
    expect(r.report.tables.indicators.columns.map((c) => c.header)).toContain('累计完成');
  });
});

describe('a result told as a move from one figure to another', () => {
  it('takes the figure it went to: "reduced from 1.34 per 10,000 in 2005 to 0.68 per 10,000 in 2012", 从58人下降到42人', () => {
    const rows: CellValue[][] = [
      ['Sl. No.', 'Targets (2005-12)', 'Achievements (up to 2012)'],
      [1, 'IMR reduced to 30/1000 live births', 'IMR reduced from 58 in 2005 (SRS) to 42 in 2012 (SRS).'],
      [
        2,
        'Leprosy Prevalence Rate reduction to less than 1 per 10,000',
        'Leprosy Prevalence Rate reduced from 1.34 per 10,000 in 2005 to 0.68 per 10,000 in 2012.',
      ],
      [3, '死亡人数控制在50人以内', '死亡人数从58人下降到42人'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Targets', rows)], lang: 'en-US', date: '2013-01-20' });
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [42, 'missed'],
      [0.68, 'achieved'],
      [42, 'achieved'],
    ]);
  });
});

describe('a result against the year’s plan in words', () => {
  it('reads 与年度计划比: 高20.3个百分点 as ahead of the plan, 持平 as on it, 低5个百分点 as behind', () => {
    const rows: CellValue[][] = [
      ['2024年万州区区级重点民生实事项目完成情况'],
      ['序号', '项目', '完成投资(亿元)', '与年度计划比', '完成情况'],
      [1, '城乡排水防洪设施建设', 5.04, '高20.3个百分点', '按期完工。'],
      [2, '实施城区集中治丧', 0.4, '持平', '九池殡仪服务站建成投用。'],
      [3, '农村电网巩固提升工程', 0.6, '低5个百分点', '部分工程在建。'],
    ];
    const t = table('区级重点民生实事', rows);
    expectRoles(t, { B: 'name:header', D: 'gap:header' });
    const r = runCheck({
      sources: [sourceFromRows('区级重点民生实事', rows)],
      lang: 'zh-CN',
      date: '2025-01-10',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });
});

describe('a small pledge table whose names have no heading and whose targets are words', () => {
  it('keeps the names at the left and the pledges as the targets', () => {
    const rows: CellValue[][] = [
      ['Pledges'],
      [null, 'Target', 'Actual'],
      ['Complaints answered', '95% within 5 days', 0.96],
      ['Emails answered', '95% within 5 days', 0.93],
      ['Calls answered within 20 seconds', 0.9, 0.9439],
    ];
    const formats = rows.map((r) => r.map((v) => (typeof v === 'number' ? '0.0%' : null)));
    const source = sourceFromRows('Pledges', rows, { formats });
    const r = runCheck({ sources: [source], lang: 'en-US', date: '2024-04-20', period: { kind: 'year' } });
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.comparator ?? null, e.status]),
    ).toEqual([
      ['Complaints answered', 0.95, 'at_least', 'achieved'],
      ['Emails answered', 0.95, 'at_least', 'missed'],
      ['Calls answered within 20 seconds', 0.9, null, 'achieved'],
    ]);
  });
});

describe('a title’s calendar months over a heading that names the quarter of a financial year', () => {
  it('reads January to March 2024 under "Q4 2023/24" as the fourth quarter of a year starting in April', () => {
    const rows: CellValue[][] = [
      ['Customer Service Standards Report 2023/24 (1st January 2024 to 31st March 2024) and Annual Summary'],
      [],
      ['Standard', 'Target', 'Q4 2023/24', 'Cumulative 2023/24', 'Against target'],
      [
        'Revenues incoming calls to be answered within 20 seconds',
        0.6,
        0.84,
        0.79,
        'both exceeding the target',
      ],
      [
        'Benefits incoming calls to be answered within 20 seconds',
        0.78,
        0.93,
        0.92,
        'both exceeding the target',
      ],
      ['Live Chats to be answered within 20 seconds', 0.75, 0.91, 0.93, 'both exceeding the target'],
      ['Total received calls to be answered within 20 seconds', 0.93, null, 0.87, 'below target'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Standards', rows)], lang: 'en-US', date: '2024-05-20' });
    expect(r.report.options.yearStart).toBe(4);
    expect(r.period).toEqual({ kind: 'quarter', quarter: 4 });
    // The year is the one those months end, named as the page names it, 2023/24, not 2024/25.
    expect([r.report.options.year, r.report.options.yearNamed]).toEqual([2023, 'span']);
    expect(r.report.title).toContain('Q4 2023/24');
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'achieved', 'missed']);
  });
});

describe('headings offices write their own way', () => {
  it('reads a charter under the council’s abbreviation and two words for one heading (MDGM CLIENT CHARTER | PERFORMANCE/ ACHIEVEMENT), every pledge against every case', () => {
    const rows: CellValue[][] = [
      ['MDGM CLIENT CHARTER ACHIEVEMENT- 2014'],
      ['Num', 'MDGM CLIENT CHARTER', 'PERFORMANCE/ ACHIEVEMENT'],
      ['1.', 'To provide friendly service and speedy assistance to all customers.', 1],
      ['2.', 'We will issue the Certificate of Fitness for Occupancy within 2 weeks of the application.', 1],
      ['3.', 'Provide approval for the construction of private homes within 3 months.', 0.9],
    ];
    const percent = rows.map((row) => row.map((v) => (typeof v === 'number' ? '0%' : null)));
    const r = runCheck({
      sources: [sourceFromRows('Client Charter 2014', rows, { formats: percent })],
      lang: 'en-US',
      date: '2015-01-15',
    });
    expect(r.report.evaluations.map((e) => [e.target?.value ?? null, e.actual?.value, e.status])).toEqual([
      [1, 1, 'achieved'],
      [1, 1, 'achieved'],
      [1, 0.9, 'missed'],
    ]);
  });

  it('does not take two words that head different columns (Target/Actual), or NO DATA, for one heading', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Planned', 'Actual'],
      ['1. Cargo handled (tons)', 'NO DATA', 'NO DATA'],
      ['2. Ships served', 120, 130],
    ];
    const t = table('S', rows);
    expect(t.indicators.map((i) => i.name)).toEqual(['1. Cargo handled (tons)', '2. Ships served']);
    expectRoles(t, { A: 'name:header', B: 'target:header', C: 'actual:header' });
  });

  it('reads a standard of a year as its target (Outturn 2013/14 | Performance Standard 2014/15 | Outturn 2014/15)', () => {
    const rows: CellValue[][] = [
      ['Annual Report 2014/2015'],
      ['Performance Measures', 'Outturn\n2013/14', 'Performance\nStandard\n2014/15', 'Outturn\n2014/15'],
      ['Quantity'],
      ['2.1.1 Number of foot patrols', 125710, '100,000\nto 120,000', 139987],
      ['2.1.3 Number of problem-solving plans implemented', 'New\nmeasure\nfor 2014/15', 33, 33],
    ];
    const t = table('Output 2.1', rows);
    expectRoles(t, { A: 'name:header', C: 'target:header', D: 'actual:header' });
    const r = runCheck({ sources: [sourceFromRows('Output 2.1', rows)], lang: 'en-US', date: '2015-09-01' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved']);
  });

  it('reads a result and a target written with their words (99.4% performance achieved | 95% national target) under their headings', () => {
    const rows: CellValue[][] = [
      ['Key performance metrics - September 2018'],
      ['Performance measure', 'Performance result', 'National target'],
      ['A&E four hour performance', '99.4% performance achieved', '95% national target'],
      [
        '18 week referral to treatment (RTT) incomplete performance',
        '91.0% performance achieved',
        '92% national target',
      ],
    ];
    const r = runCheck({ sources: [sourceFromRows('Metrics', rows)], lang: 'en-US', date: '2018-10-09' });
    expect(r.readings.map((x) => (x.kind === 'table' ? x.table.headerRows : x.kind))).toEqual([[2]]);
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.target?.value, e.status])).toEqual([
      // September: a standard for every month, held mid-year; 91.0% short of 92%.
      [0.994, 0.95, 'on_track'],
      [0.91, 0.92, 'behind'],
    ]);
  });

  it('reads targets in the pledges’ words under a Target heading merged over a column of labels (Target | | Achieved)', () => {
    const rows: CellValue[][] = [
      ['Targets and service standards'],
      ['The data below is for the academic year 2018/19.'],
      ['Target', null, 'Achieved'],
      ['Customer satisfaction'],
      ['We will achieve at least a 90% satisfaction rating in the National Student Survey.', null, 0.93],
      [
        'We will ensure that at least 90% of returned items are available within 24 hours.',
        'Brotherton',
        0.96,
      ],
      [null, 'Edward Boyle', 0.75],
    ];
    const percent = rows.map((row) => row.map((v) => (typeof v === 'number' ? '0%' : null)));
    const r = runCheck({
      sources: [sourceFromRows('Targets', rows, { merges: ['A3:B3', 'A6:A7'], formats: percent })],
      lang: 'en-US',
      date: '2019-09-15',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.target?.value, e.status])).toEqual([
      [5, 0.9, 'achieved'],
      [6, 0.9, 'achieved'],
      [7, 0.9, 'missed'],
    ]);
  });

  it('takes no row’s target from a count over its group (新建改建学校10所 over 第一中学扩建 | 第二中学新建): the count is the group’s', () => {
    const rows: CellValue[][] = [
      ['2024年重点项目进展情况'],
      ['序号', '项目', null, '1-9月完成'],
      [1, '新建改建学校10所', '第一中学扩建', '完成投资2000万元'],
      [null, null, '第二中学新建', '完成投资1500万元'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('项目', rows, { merges: ['B2:C2', 'B3:B4'] })],
      lang: 'zh-CN',
      date: '2024-10-15',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.target?.value ?? null, e.status])).toEqual([
      ['第一中学扩建', null, 'not_rated'],
      ['第二中学新建', null, 'not_rated'],
    ]);
  });

  it('reads a monitoring form’s likelihood of reaching the goal (完成目标可能性: 确定能 / 有可能 / 不可能) as its verdict', () => {
    expect(['确定能', '有可能', '不可能', '完全不可能'].map(statusWord)).toEqual([
      'on_track',
      'behind',
      'at_risk',
      'at_risk',
    ]);
    const rows: CellValue[][] = [
      ['2019年项目支出绩效监控表'],
      ['一级指标', '指标名称', '年度指标值', '1-6月指标执行情况', '完成目标可能性(确定能、有可能、不可能)'],
      ['产出指标', '新建村级服务站(个)', 20, 12, '确定能'],
      [null, '培训人次(人次)', 1000, 200, '有可能'],
      ['效益指标', '群众满意度', '≥90%', '暂未测评', '不可能'],
    ];
    const t = table('监控表', rows, ['A3:A4']);
    expectRoles(t, { E: 'status:header' });
    const r = runCheck({
      sources: [sourceFromRows('监控表', rows, { merges: ['A3:A4'] })],
      lang: 'zh-CN',
      date: '2019-07-10',
    });
    // 200 of 1,000 at mid-year is at risk by the figures too; the last row has only the verdict.
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'at_risk', 'at_risk']);
  });

  it('reads 占比 beside the target and the count done as the share done (工作目标 | 已完成数 | 占比)', () => {
    const rows: CellValue[][] = [
      ['1-10月重点民生实事项目进度表'],
      ['序号', '考核指标', '单位', '工作目标', '已完成数', '占比'],
      [1, '城市低保标准', '元/月/人', 600, null, 1],
      [2, '新增蓄水能力', '万方', 8, null, 0.75],
    ];
    const percent = rows.map((row, r) => row.map((_, c) => (r >= 2 && c === 5 ? '0%' : null)));
    const t = table('进度', rows);
    expectRoles(t, { F: 'completion:header' });
    const r = runCheck({
      sources: [sourceFromRows('进度', rows, { formats: percent })],
      lang: 'zh-CN',
      date: '2022-11-05',
    });
    expect(r.report.evaluations.map((e) => [e.completion, e.status])).toEqual([
      [1, 'achieved'],
      [0.75, 'behind'],
    ]);
  });

  it('judges a pledge by the share of its cases beside their count (2019 ACHIEVEMENT 119/119 | 2019 ACHIEVEMENT PERCENT(%) 100%)', () => {
    const rows: CellValue[][] = [
      ['GERIK DISTRICT COUNCIL CLIENT ACHIVEMENT'],
      ['No.', 'REVERSE DEPARTMENT/AGENCY', '2019 ACHIEVEMENT', '2019 ACHIEVEMENT PERCENT(%)'],
      ['1.', 'Process applications for additional plans in 14 days.', 8, 1],
      ['2.', 'Approval of business licence within 30 days.', '119/119', 1],
      ['3.', 'Manage and take action on complaints within 3 working days.', 15, 0.8],
    ];
    const percent = rows.map((row, r) => row.map((_, c) => (r >= 2 && c === 3 ? '0%' : null)));
    const r = runCheck({
      sources: [sourceFromRows('Client Charter 2019', rows, { formats: percent })],
      lang: 'en-US',
      date: '2020-01-15',
    });
    expect(r.report.evaluations.map((e) => [e.completion, e.status])).toEqual([
      [1, 'achieved'],
      [1, 'achieved'],
      [0.8, 'missed'],
    ]);
  });

  it('keeps figures typed as text that look like years (1980 | 1981 beside 100.1%) in the table, never a row of year headings', () => {
    const rows: CellValue[][] = [
      ['1-10月民生实事项目进度表'],
      ['序号', '考核指标', '单位', '工作目标', '已完成数', '占比'],
      ['1', '孕产妇免费产前筛查', '人次', '2800', '2539', '90.7%'],
      [null, '“两癌”免费检查', '人次', '1980', '1981', '100.1%'],
      [null, '康复救助残疾儿童', '人', '180', '284', '137%'],
    ];
    const t = table('进度', rows);
    expect(t.indicators.map((i) => i.name)).toEqual([
      '孕产妇免费产前筛查',
      '“两癌”免费检查',
      '康复救助残疾儿童',
    ]);
  });

  it('keeps a body row whose words only look like headings (Head of Service | New Measure for FY 2025) in the table', () => {
    const rows: CellValue[][] = [
      ['Business Plan measures'],
      ['Dept.', 'Key Measures', 'Lead officer', 'FY 2024 Actual', 'FY 2025 Target'],
      ['TDP', 'Hangar occupancy', 'Head of Service', 0.95, 1],
      ['TDP', 'Total fuel volume', 'Head of Service', 'New Measure for FY 2025'],
      ['Court', 'Revenue retained', 'Head of Service', 6709150, 6843333],
      ['Finance', 'Net debt to assessed value', 'Head of Service', 0.0131, 0.0132],
    ];
    const t = table('Scorecard', rows);
    expect(t.indicators.map((i) => i.name)).toEqual([
      'Hangar occupancy',
      'Total fuel volume',
      'Revenue retained',
      'Net debt to assessed value',
    ]);
    // A second table under headings of its own still starts at them.
    const stacked = findTables(
      gridFromRows('Scorecard', [
        ...rows,
        [],
        ['Service', 'Measure', 'Target', 'Actual'],
        ['Parks', 'Cost recovery', 0.8, 0.85],
      ]),
    );
    expect(stacked.map((f) => f.headerRows)).toEqual([[1], [7]]);
  });

  it('reads offices held to a time for their replies (Department or Agency | Target set for reply (working days) | % of replies within target): no share set, so not rated', () => {
    const rows: CellValue[][] = [
      ['Handling Members’ correspondence in 2013'],
      [
        'Department or Agency',
        'Target set for reply (working days)',
        'Number of letters received',
        '% of replies within target',
      ],
      ['Cabinet Office', 15, 3072, 72],
      ['Home Office', 20, 12500, 89],
      ['- UK Border Agency', 20, 9120, 91],
      ['HM Treasury', 15, 4300, 93],
    ];
    const t = table('Correspondence', rows);
    expectRoles(t, { A: 'name:header', B: 'target:header', D: 'actual:header' });
    const r = runCheck({
      sources: [sourceFromRows('Correspondence', rows)],
      lang: 'en-US',
      date: '2014-05-13',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status, e.notRated])).toEqual([
      ['Cabinet Office', 'not_rated', 'time-standard'],
      ['Home Office', 'not_rated', 'time-standard'],
      ['- UK Border Agency', 'not_rated', 'time-standard'],
      ['HM Treasury', 'not_rated', 'time-standard'],
    ]);
    // The same with the time written in the target cell: never 72 against 15.
    const inWords = runCheck({
      sources: [
        sourceFromRows('Correspondence', [
          ['Department or agency', 'Target', '% of replies within target'],
          ['Cabinet Office', '15 working days', 72],
          ['Home Office', 'within 20 working days', 89],
          ['HM Treasury', '15 working days', 93],
        ]),
      ],
      lang: 'en-US',
      date: '2014-05-13',
    });
    expect(inWords.report.evaluations.map((e) => [e.status, e.notRated])).toEqual([
      ['not_rated', 'time-standard'],
      ['not_rated', 'time-standard'],
      ['not_rated', 'time-standard'],
    ]);
  });

  it('reads verdicts by year under years written with a dash (Target achieved or not achieved › 1998–99 | 1997–98), a footnote’s mark on n/a', () => {
    const rows: CellValue[][] = [
      ['Summary of performance against key performance indicators'],
      [null, 'Target achieved or not achieved'],
      [null, '1998–99', '1997–98'],
      ['Agency/Key performance indicator'],
      ['Court Service'],
      ['The average percentage of Charter standards achieved', '¹n/a', 'Achieved'],
      ['The quality of service provided to Court users', 'Achieved', '¹n/a'],
      ['The percentage of Crown Court cases that commence within target', 'Not Achieved', '¹n/a'],
      ['The unit cost of an item of originating process', 'Not Achieved', 'Not Achieved'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('KPI summary', rows, { merges: ['B2:C2'] })],
      lang: 'en-US',
      date: '2000-06-12',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [6, 'not_rated'],
      [7, 'achieved'],
      [8, 'missed'],
      [9, 'missed'],
    ]);
  });

  it('leaves a measure’s historical results by year (Year | Status | Historical Results: FY 2005, FY 2004 …) out of the indicators', () => {
    const rows: CellValue[][] = [
      ['EDA PERFORMANCE MEASURE'],
      ['MEASURE: Private investment leveraged – 9 year totals (in millions)'],
      ['Year', 'Status', 'Actual', 'Target'],
      ['FY 2006', 'Green (Met target)', 1059, 1020],
      ['Year', 'Status', 'Historical Results'],
      ['FY 2005', 'Blue (Exceeded target)', 1781],
      ['FY 2004', 'Blue (Exceeded target)', 1740],
      ['FY 2003', 'Blue (Exceeded target)', 2475],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Objective 1.1', rows)],
      lang: 'en-US',
      date: '2006-12-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([[4, 'achieved']]);
  });

  it('reads a goal of none at all (零事故, 杜绝, "Zero injuries") as at most 0, and a result that says the goal’s words were reached as met', () => {
    const zh = runCheck({
      sources: [
        sourceFromRows('2012年', [
          ['2012年安全生产控制指标完成情况'],
          ['指标', '控制目标', '完成情况'],
          ['较大事故', '零事故', 1],
          ['重大及以上安全生产事故', '零事故', '杜绝了重大事故的发生，实现了重大及以上安全生产零事故目标'],
          ['死亡人数', '零死亡', '死亡2人'],
          ['特大事故', '杜绝', 0],
        ]),
      ],
      lang: 'zh-CN',
      date: '2013-01-20',
    });
    expect(zh.report.evaluations.map((e) => [e.indicator.name, e.status, e.direction])).toEqual([
      ['较大事故', 'missed', 'lower'],
      ['重大及以上安全生产事故', 'achieved', 'lower'],
      ['死亡人数', 'missed', 'lower'],
      ['特大事故', 'achieved', 'lower'],
    ]);
    const en = runCheck({
      sources: [
        sourceFromRows('Safety', [
          ['Indicator', 'Target 2024', 'Result 2024'],
          ['Serious injuries', 'Zero injuries', '2 injuries'],
          ['Data breaches', 'Nil breaches', 0],
          ['Workplace fatalities', 'Zero fatalities', 'Zero fatalities achieved'],
        ]),
      ],
      lang: 'en-US',
      date: '2025-01-20',
    });
    expect(en.report.evaluations.map((e) => [e.status, e.target?.value])).toEqual([
      ['missed', 0],
      ['achieved', 0],
      ['achieved', 0],
    ]);
  });

  it('reads how far a place went over its ceiling (超过控制指标(%)) as no target, and the note that says so as the verdict', () => {
    const rows: CellValue[][] = [
      ['2008年全国安全生产控制指标考核落实情况'],
      ['序号', '指标', '地区', '2008年实际', '占全年控制考核指标(%)', '超过控制指标(%)', '说明'],
      [1, '各类事故死亡人数(人)', '全国各地区', 91172, 91.1],
      [2, '各类事故死亡人数(人)', '天津', 1370, null, 37.4, '超过控制指标'],
      [3, '重特大事故(起)', '全国', 97, null, 16.9, '超过全年控制考核指标'],
      [4, '其中:煤矿重特大事故(起)', '全国', 38, null, 40.7, '超过全年控制考核指标'],
    ];
    const t = table('2008年', rows);
    expect(roles(t).F).toBe('gap:header');
    const r = runCheck({ sources: [sourceFromRows('2008年', rows)], lang: 'zh-CN', date: '2009-01-22' });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'achieved'],
      [4, 'missed'],
      [5, 'missed'],
      [6, 'missed'],
    ]);
  });

  it('reads a council’s Level of service as what the rows measure where no heading names a measure, the targets’ sentences as targets', () => {
    const rows: CellValue[][] = [
      ['How did we measure up?'],
      ['Activity', 'Level of service', 'Actual', 'Target'],
      [
        'Water conservation',
        'The water supply network is inspected for leaks',
        '17.2% of water mains network surveyed for leaks',
        '≥ 12.5% of the water supply network is inspected for leaks each year',
      ],
      [null, 'The public awareness of water conservation', '61%', '≥ 70% public awareness / year'],
      [
        null,
        'Council runs water conservation campaigns',
        'Campaign completed on time',
        'The Waterwise campaign is run between October and February each year',
      ],
    ];
    const t = table('Water supply', rows, ['A3:A5']);
    expectRoles(t, { B: 'name:header', C: 'actual:header', D: 'target:header' });
    const r = runCheck({
      sources: [sourceFromRows('Water supply', rows, { merges: ['A3:A5'] })],
      lang: 'en-US',
      date: '2010-09-30',
      yearStart: 7,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'achieved'],
      [4, 'missed'],
      [5, 'achieved'],
    ]);
  });

  it('reads a Form A (DEPARTMENT FY 2014 TARGET | … ACTUAL ACCOMPLISHMENT | ACCOMPLISHMENT RATE), shares with their working in brackets, a rate that only restates the share', () => {
    const rows: CellValue[][] = [
      ['FORM A'],
      [
        'MFOs AND PERFORMANCE INDICATORS',
        'DEPARTMENT FY 2013 ACTUAL ACCOMPLISHMENT',
        'DEPARTMENT FY 2014 TARGET',
        'RESPONSIBLE BUREAUS/OFFICES',
        'DEPARTMENT FY 2014 ACTUAL ACCOMPLISHMENT',
        'ACCOMPLISHMENT RATE',
        'REMARKS',
      ],
      [
        'Performance Indicator 1: Total number of graduates in priority courses',
        '1,072',
        877,
        'CCS, CT, COED',
        '1,234',
        '140.71%',
      ],
      [
        'Percentage of programs accredited at Level 1',
        '9.10% (3/33)',
        '34%',
        'CPA, CAFA',
        '21.21%(7/33)',
        '21.21%',
      ],
      [
        'Percentage of programs accredited at Level 2',
        '24.24% (8/33)',
        '6%',
        'CON, CCS',
        '27.27%(9/33)',
        '27.27%',
      ],
      [
        'Performance Indicator 5: Percentage of graduates who finished on time',
        '71.60%\n(1,253/1,750)',
        '81%',
        'CCS, CT',
        '81.60%\n(1,428/1,750)',
        '81.60%',
      ],
    ];
    const t = table('FORM A', rows);
    expectRoles(t, { A: 'name:header', C: 'target:header', E: 'actual:header', F: 'completion:header' });
    const r = runCheck({ sources: [sourceFromRows('FORM A', rows)], lang: 'en-US', date: '2015-03-01' });
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.status, e.actual?.value, e.completion]),
    ).toEqual([
      [3, 'achieved', 1234, 1.4071],
      [4, 'missed', 0.2121, null],
      [5, 'achieved', 0.2727, null],
      [6, 'achieved', 0.816, null],
    ]);
  });

  it('reads headings of up to 60 characters (Percentage of achieving the pledged target in 2019 (%)) as the results, never a measure’s long name beside its verdict', () => {
    const rows: CellValue[][] = [
      ['Performance Pledges'],
      ['General Licensing Services'],
      [
        null,
        'Pledged target\n(Waiting time / Processing time)',
        'Percentage of achieving the pledged target in 2019 (%)',
        'Percentage of achieving the pledged target in 2020 (%)',
        'Target in 2021 (%)',
      ],
      ['• Providing driving licence renewal service over the counter', '70 minutes*', 99, '-', 98],
      ['• Providing vehicle licence renewal service over the counter', '70 minutes*', 96, '-', 98],
      [
        '• Non-counter licensing services (by post, through drop-in box and internet)',
        '10 working days',
        100,
        '89**',
        100,
      ],
    ];
    const t = table('Performance Pledges', rows);
    expect(t.headerRows).toEqual([3]);
    expect(t.indicators).toHaveLength(3);
    expect(Object.values(roles(t)).filter((r) => r.startsWith('target:'))).not.toHaveLength(0);
    expect(roles(t).C).not.toMatch(/^target/);
    // A measure's long name beside its verdict stays a row of data.
    const verdicts = table('KPI', [
      ['Key performance indicator', 'Target achieved or not achieved'],
      ['The percentage of administrative work dealt with within target time', 'Achieved'],
      ['The average percentage of Charter standards achieved in the year', 'Not Achieved'],
      ['The unit cost of an item of originating process in the civil courts', 'Achieved'],
    ]);
    expect(verdicts.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
  });

  it('reads a pledge’s rate undertaken against the rate implemented by quarter (1st Qtr. … 4th Qtr. | Whole year)', () => {
    const rows: CellValue[][] = [
      ['Quality indicators of administrative permit service'],
      ['Quality Indicators', null, 'Achievement Rate Undertaken', 'Achievement Rate Implemented in 2023'],
      [null, null, null, '1st Qtr.', '2nd Qtr.', '3rd Qtr.', '4th Qtr.', 'Whole year'],
      ['Performance Pledges', 'Administrative Permit issuing', '80%', '100%', '100%', '100%', '75%', '95%'],
      [null, 'Complaint replying', '80%', 'N/A', 'N/A', 'N/A', 'N/A', 'N/A'],
    ];
    const merges = ['A2:B3', 'C2:C3', 'D2:H2', 'A4:A5'];
    const t = table('Performance Pledge', rows, merges);
    expectRoles(t, { C: 'target:header', D: 'periodActual:header', G: 'periodActual:header' });
    const r = runCheck({
      sources: [sourceFromRows('Performance Pledge', rows, { merges })],
      lang: 'en-US',
      date: '2024-03-01',
    });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [4, 'missed'],
      [5, 'no_data'],
    ]);
  });

  it('reads times shown with their unit by the format (15 as "15 mins") against the share of cases the target’s heading states, rows named by priority', () => {
    const rows: CellValue[][] = [
      ['Metropolitan response time statistics for 5 June 2020'],
      [
        'Priority',
        'Average ambulance response time',
        'Target time to respond to 90% of cases',
        'Percentage of cases responded to within target time',
        'Number of cases attended',
      ],
      [1, 11.1, 15, 0.87, 285],
      [2, 15, 25, 0.867, 211],
      [3, 39.2, 60, 0.925, 120],
      ['Routine transport cases', 293.9, 'N/A', 'N/A', 287],
      ['Total cases for the day: 903'],
      [],
      ['What went well', null, null, null, 'What didn’t go to plan'],
      [
        'Select committees doubled their requests for briefings this year, and we met them all.',
        null,
        null,
        null,
        'At times we found it difficult to respond.',
      ],
    ];
    const mins = [null, '0.0" mins"', '0" mins"', '0.0%', null];
    const formats = rows.map((_, i) => (i >= 2 ? mins : []));
    const r = runCheck({
      sources: [sourceFromRows('Response times', rows, { formats })],
      lang: 'en-US',
      date: '2020-06-06',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status, e.target?.value ?? null])).toEqual([
      ['Priority 1', 'behind', 0.9],
      ['Priority 2', 'behind', 0.9],
      ['Priority 3', 'on_track', 0.9],
      ['Routine transport cases', 'not_rated', null],
    ]);
  });

  it('reads Outcome right of the targets’ sentences as their results (Target | Outcome), and never takes another table’s rows below as standards', () => {
    const rows: CellValue[][] = [
      ['HEAT Targets Due for Delivery in 2013/14'],
      ['Target', 'Outcome'],
      [
        'At least 60 per cent of 3- and 4-year-old children to receive at least two applications of fluoride varnish.',
        'For the year ending March 2014, 64 per cent of 3- and 4-year-old children received two applications.',
      ],
      [
        'NHSScotland to deliver universal smoking cessation services to achieve at least 80,000 successful quits.',
        'From April 2011 to March 2014, services reported 91,162 successful quit attempts.',
      ],
      [],
      ['HEAT Targets Due in Future Years'],
      ['Target', 'Latest Results'],
      [
        'To increase the proportion of people diagnosed at the first stage of breast, colorectal and lung cancer by 25 per cent by 2014/15.',
        'In Scotland, there was a 4.7 per cent increase in the percentage of people diagnosed at stage 1 between 2010/11 and 2012/13.',
      ],
    ];
    const t = table('HEAT', rows);
    expectRoles(t, { A: 'name:header', B: 'actual:header' });
    const r = runCheck({
      sources: [sourceFromRows('HEAT', rows)],
      lang: 'en-US',
      date: '2014-09-30',
      yearStart: 4,
      period: { kind: 'year' },
    });
    const first = r.report.evaluations.filter((e) => e.indicator.row <= 4);
    expect(first.map((e) => [e.indicator.row, e.status, e.target?.value])).toEqual([
      [3, 'achieved', 0.6],
      [4, 'achieved', 80000],
    ]);
  });

  it('reads "Not available" beside "Not available" as no verdict, a target "Not established" as none set, "Info Only" as data only', () => {
    const rows: CellValue[][] = [
      ['PM#', 'Description', 'Target', '1996/97 Achievement'],
      [1, 'Capital Support in Context', 'None', 'Info Only'],
      [5, 'Days worked / days allotted', '< 110%', 'Info Only'],
      [2, 'Support / Capital', '< 33%', '30%'],
      [11, 'Actual support / programmed support', 'Not available', 'Not available'],
      [12, 'Percentage increase in victims served', 'Not established', '12%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('PMs', rows)],
      lang: 'en-US',
      date: '1997-09-01',
      yearStart: 7,
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status, e.notRated ?? null])).toEqual([
      [2, 'not_rated', 'no-target'],
      [3, 'not_rated', 'data-only'],
      [4, 'achieved', null],
      [5, 'not_rated', 'no-target'],
      [6, 'not_rated', 'no-target'],
    ]);
  });

  it('reads a line under a measure that states its target and the verdict (Target: 100% | Not achieved) as the measure’s, no indicator of its own', () => {
    const rows: CellValue[][] = [
      ['Indicator: Timeliness of briefings'],
      ['Measure', '2023/24', 'Change', '2022/23', '2021/22', '2020/21'],
      [
        'Percentage of briefing papers that are sent by the agreed deadline',
        '97%',
        '-2%',
        '99%',
        '99%',
        '100%',
      ],
      ['Target: 100%', 'Not achieved'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Our services', rows)],
      lang: 'en-US',
      date: '2024-10-01',
      yearStart: 7,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status, e.target?.value])).toEqual([
      [3, 'missed', 1],
    ]);
  });
});

describe('results dated by their headings, and items lettered under a numbered one', () => {
  it('takes a role word over the dates it is for (Achieved, then 01 April 06 to 30 June 06) as that role, the latest dates as the result, and the year start from the earlier heading', () => {
    const rows: CellValue[][] = [
      ['IRS Performance against Targets'],
      [
        'The tables below show our aims and achievements for the previous financial year (2004/2005) and the first six months of this year.',
      ],
      [],
      ['Completion Times - Inspectors Decisions'],
      [
        'Action/Timescales',
        'Target',
        'Achieved\n01 April 05 to\n31 March 06',
        'Achieved\n01 April 06 to\n30 June 06',
      ],
      ['Urgent Cases\n• Completed within 24 hours of receipt', '95%', '90.4%', '89.0%'],
      ['Straight forward enquiries\n• Completed within 12 days of receipt', '95%', '99.6%', '99.8%'],
    ];
    const t = table('Targets', rows);
    expectRoles(t, { B: 'target:header', C: 'history:header', D: 'actual:header' });
    expect(t.yearStartShown).toBe(4);
    const r = runCheck({ sources: [sourceFromRows('Targets', rows)], lang: 'en-US', date: '2006-08-01' });
    // The quarter the result's heading dates (April to June, the first of a year from April), not the
    // sentence's "six months".
    expect(r.period).toEqual({ kind: 'quarter', quarter: 1 });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value, e.status])).toEqual([
      [6, 0.89, 'behind'],
      [7, 0.998, 'on_track'],
    ]);
  });

  it('reads a numbered item with a share target and no result over lettered rows as their heading, each row taking its share', () => {
    const rows: CellValue[][] = [
      ['Performance indicator', '', 'Target', 'Q2 2020\nResult'],
      ['6', 'Average download speeds on the local Internet', 'Not less than 80% of the speed offered', null],
      ['a', 'Home Internet Service Plans 3M', null, '95%'],
      ['b', 'Home Internet Service Plans 8M', null, '75%'],
      ['h', 'Home Internet Service Plans 1G', null, '100%'],
      ['7', 'Mobile Core Network availability', '>99.99%', '100%'],
    ];
    const t = table('Pledges', rows, ['A1:B1']);
    expect(t.indicators.map((i) => [i.row, i.name, i.group ?? null])).toEqual([
      [3, 'Home Internet Service Plans 3M', 'Average download speeds on the local Internet'],
      [4, 'Home Internet Service Plans 8M', 'Average download speeds on the local Internet'],
      [5, 'Home Internet Service Plans 1G', 'Average download speeds on the local Internet'],
      [6, 'Mobile Core Network availability', null],
    ]);
    const r = runCheck({
      sources: [sourceFromRows('Pledges', rows, { merges: ['A1:B1'] })],
      lang: 'en-US',
      date: '2020-08-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.target?.value, e.status])).toEqual([
      [3, 0.8, 'on_track'],
      [4, 0.8, 'behind'],
      [5, 0.8, 'on_track'],
      [6, 0.9999, 'on_track'],
    ]);
  });

  it('reads headings with a colon after them (Num: | CLIENT CHARTER: | ACHIEVEMENT:) as the headings', () => {
    const rows = (colon: string): CellValue[][] => [
      ['MDGM CLIENT CHARTER ACHIEVEMENT- 2014'],
      [`Num${colon}`, `MDGM CLIENT CHARTER${colon}`, `PERFORMANCE/ ACHIEVEMENT${colon}`],
      ['1.', 'To provide friendly service and speedy assistance to all customers.', 1],
      ['2.', 'We will approve all applications within 3 months of the date of application.', 1],
      ['3.', 'We will issue the Certificate of Fitness within 2 weeks of the date of the submission.', 0.9],
    ];
    const formats = [[], [], [null, null, '0%'], [null, null, '0%'], [null, null, '0%']];
    const statuses = (colon: string) =>
      runCheck({
        sources: [sourceFromRows('Charter', rows(colon), { formats })],
        lang: 'en-US',
        date: '2015-02-01',
      }).report.evaluations.map((e) => e.status);
    expect(statuses(':')).toEqual(statuses(''));
    expect(statuses('')).toEqual(['achieved', 'achieved', 'missed']);
  });

  it('reads rows lettered in capitals (A, B) under a numbered item as they read lettered a, b', () => {
    const rows: CellValue[][] = [
      ['PERFORMANCE INDICATOR', '', 'TARGET', 'Q2 2020\nRESULT'],
      ['6', 'AVERAGE DOWNLOAD SPEEDS ON THE LOCAL INTERNET', 'NOT LESS THAN 80% OF THE SPEED OFFERED', null],
      ['A', 'HOME INTERNET SERVICE PLANS 3M', null, '95%'],
      ['B', 'HOME INTERNET SERVICE PLANS 8M', null, '75%'],
      ['7', 'MOBILE CORE NETWORK AVAILABILITY', '>99.99%', '100%'],
    ];
    const t = table('Pledges', rows, ['A1:B1']);
    expect(t.indicators.map((i) => [i.row, i.group ?? null])).toEqual([
      [3, 'AVERAGE DOWNLOAD SPEEDS ON THE LOCAL INTERNET'],
      [4, 'AVERAGE DOWNLOAD SPEEDS ON THE LOCAL INTERNET'],
      [5, null],
    ]);
  });

  it('keeps the item’s share for lettered rows after its headings pasted again with the next page', () => {
    const rows: CellValue[][] = [
      ['Performance indicator', '', 'Target', 'Q2 2020\nResult'],
      ['6', 'Average download speeds on the local Internet', 'Not less than 80% of the speed offered', null],
      ['a', 'Home Internet Service Plans 3M', null, '95%'],
      ['b', 'Home Internet Service Plans 8M', null, '75%'],
      ['Performance indicator', '', 'Target', 'Q2 2020\nResult'],
      ['c', 'Home Internet Service Plans 1G', null, '100%'],
      ['7', 'Network Latency', null, null],
      ['a', 'www.google.com', '20ms', '8ms'],
    ];
    const merges = ['A1:B1', 'A5:B5'];
    const t = table('Pledges', rows, merges);
    expect(t.indicators.map((i) => [i.row, i.target?.value ?? null])).toEqual([
      [3, 'Not less than 80% of the speed offered'],
      [4, 'Not less than 80% of the speed offered'],
      [6, 'Not less than 80% of the speed offered'],
      [8, '20ms'],
    ]);
  });

  it('leaves a count over lettered rows to the item: the rows take no target from it', () => {
    const rows: CellValue[][] = [
      ['Items', '', 'Target', 'Q2 2020\nResult'],
      ['1', 'New school places', '1,200 places', null],
      ['a', 'First Primary extension', null, 420],
      ['b', 'Second Primary new build', null, 300],
    ];
    const t = table('Tasks', rows, ['A1:B1']);
    expect(t.indicators.map((i) => [i.row, i.target?.value ?? null, i.group ?? null])).toEqual([
      [3, null, 'New school places'],
      [4, null, 'New school places'],
    ]);
  });
});

describe('a column of standard times beside shares', () => {
  it('reads rows with the time each case is to be done within as standards kept case by case: their shares better higher, whatever the name counts', () => {
    const rows: CellValue[][] = [
      ['服務承諾'],
      [
        '申請類別\nTypes of Application',
        '審查申請所需的標準時間\nStandard time for processing applications',
        '服務指標\nPerformance Target',
        '二○一○年的實際表現\nActual Performance in 2010',
      ],
      [
        '民事法援案件\nCivil Legal Aid Cases',
        '由申請當日起計3個月內\nWithin 3 months from the date of application',
        '85%',
        '91%',
      ],
      [
        '刑事法援上訴案件\nCriminal Appeal Cases',
        '由申請當日起計2個月內\nWithin 2 months from the date of application',
        '90%',
        '87%',
      ],
      [
        '高等法院原訟法庭/區域法院案件\nCourt of First Instance and District Court Cases',
        '由申請當日起計3個月內\nWithin 3 months from the date of application',
        '90%',
        '93%',
      ],
    ];
    const r = runCheck({ sources: [sourceFromRows('服務承諾', rows)], lang: 'zh-CN', date: '2011-03-01' });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.direction, e.status])).toEqual([
      [3, 'higher', 'achieved'],
      [4, 'higher', 'missed'],
      [5, 'higher', 'achieved'],
    ]);
  });
});

describe('budgets, plans of several years and the next table’s headings', () => {
  it('reads a budget’s spending (Approved Budget | Cumulative Expenditure | % Budget Spent) as target, result and completion, and a status on a date before the year as its baseline', () => {
    const spend = table('Spend', [
      [
        'Ushs Thousands',
        'Approved Budget',
        'Cumulative Releases',
        'Cumulative Expenditure',
        '% Budget Spent',
      ],
      ['Administration', 5566664, 4190072, 3460821, 0.62],
      ['Finance', 500261, 355391, 309062, 0.62],
    ]);
    expectRoles(spend, { B: 'target:header', D: 'actual:header', E: 'completion:header' });
    const slb = table('SLB', [
      ['S. No.', 'Name of Indicator', 'Unit', 'Status on 31-03-2012', 'Target 2012-13', 'Achievement on'],
      ['1.', 'Household level coverage of direct water supply connections', '%', 0.71, 0.73, 0.73],
      ['2.', 'Per capita quantum of water supplied', 'lpcd', 40, 45, 120],
    ]);
    expectRoles(slb, { D: 'baseline:header', E: 'target:header', F: 'actual:header' });
    const vote = table('Programme 2', [
      [
        'Sub-Programme Name',
        'Main budget R’000',
        'Expenditure to date (30 September 2017)',
        'Projections to 31 March 2018',
        'Actual spent to date as percentage of budget',
      ],
      ['Programme Support', 8937, 3058, 5827, 34],
      ['Fiscal Policy', 29735, 22003, 7644, 74],
    ]);
    expectRoles(vote, { A: 'name:header', B: 'target:header', C: 'actual:header', E: 'completion:header' });
  });

  it('reads FY 11-12 after a target’s word as its year, and “% Target” as the share of it met', () => {
    const t = table('Region 3', [
      ['Region 3 (Central Coast)', 'Actual FY 11-12', 'Target FY 11-12', '% Target'],
      ['Pollutant/Water Body Combinations Addressed', 23, 36, null],
      ['Total Maximum Daily Loads Adopted', 3, 4, null],
    ]);
    expectRoles(t, { B: 'actual:header', C: 'target:header', D: 'completion:header' });
  });

  // The next table's headings, below a gap and a caption: its rows are not this table's.
  const NEXT_TABLE: CellValue[][] = [
    [],
    ['RESOURCES (INPUTS)'],
    ['Region 3 (Central Coast)', 'FY 11-12 Budget ($)', 'Staff (PY)'],
    ['Planning', 1242773, 11.6],
    ['Basin Planning', 247295, 2],
  ];
  it.each([
    [
      'at a row of headings that opens as its own heading row does and goes on otherwise',
      ['Region 3 (Central Coast)', 'Actual FY 11-12', 'Target FY 11-12'],
      [['Plan and Assess']],
      [3, 4],
    ],
    [
      'there when its own headings are in capitals and the next table’s are not',
      ['REGION 3 (CENTRAL COAST)', 'ACTUAL FY 11-12', 'TARGET FY 11-12'],
      [],
      [2, 3],
    ],
  ] as const)('ends a table %s', (_what, head, lead, rows) => {
    const t = table('Region 3', [
      [...head],
      ...lead.map((r) => [...r]),
      ['Total Maximum Daily Loads Adopted', 3, 4],
      ['SWAMP Site Visits', 1004, 686],
      ...NEXT_TABLE,
    ]);
    expect(t.indicators.map((i) => i.row)).toEqual([...rows]);
  });

  it('judges a plan of several years by its latest year with results in', () => {
    const rows: CellValue[][] = [
      [
        'Performance Objective',
        'Performance Measure',
        'Baseline 2024',
        'FY 25',
        '',
        'FY 26',
        '',
        'FY 27',
        '',
        'FY 28',
        '',
      ],
      ['', '', '', 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual'],
      [
        'B. Increase student success',
        'Increase the district-wide score for Math',
        2.41,
        2.71,
        2.64,
        3.01,
        null,
        3.31,
        null,
        3.5,
        null,
      ],
      [
        '',
        'Increase the district-wide score for Reading',
        1.45,
        1.75,
        1.8,
        2.05,
        null,
        2.35,
        null,
        2.65,
        null,
      ],
    ];
    const merges = ['D1:E1', 'F1:G1', 'H1:I1', 'J1:K1'];
    const t = table('Scorecard', rows, merges);
    expectRoles(t, { D: 'target:header', E: 'actual:header' });
    const r = runCheck({
      sources: [sourceFromRows('Scorecard', rows, { merges })],
      lang: 'en-US',
      date: '2025-08-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.target?.value, e.status])).toEqual([
      [3, 2.71, 'missed'],
      [4, 1.75, 'achieved'],
    ]);
  });
});

describe('a target of nothing, and a completion worked before rounding', () => {
  it('reads a bare 0 for work whose name says nothing, beside a result, as nothing planned; a 0 of what is better fewer stays a ceiling', () => {
    const rows: CellValue[][] = [
      ['Region 3', 'Actual FY 11-12', 'Target FY 11-12'],
      ['Implementation Provisions Adopted', 0, 0],
      ['Water Quality Objectives Adopted', 2, 0],
      ['Mandatory Minimum Penalty Violations Not Addressed Within 18 Months', 138, 0],
      ['Staff injuries', 0, 0],
      ['Basin Plans Reviewed', null, 0],
    ];
    const r = runCheck({ sources: [sourceFromRows('Targets', rows)], lang: 'en-US', date: '2012-09-01' });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status, e.notRated ?? null])).toEqual([
      [2, 'not_rated', 'no-target'],
      [3, 'not_rated', 'no-target'],
      [4, 'missed', null],
      [5, 'achieved', null],
      [6, 'no_data', null],
    ]);
  });

  it('takes the office’s completion over the rounded result it was worked from (14 of 29 shown, 50% stated)', () => {
    const rows: CellValue[][] = [
      ['上半年重点项目投资完成情况', null, null, '单位:亿元、%'],
      ['项目类别', '年度计划', '上半年完成', '完成进度'],
      ['生态环保(19 项)', 29, 14, 50],
      ['市政设施(9 项)', 41, 10, 24],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'zh-CN',
      date: '2014-08-01',
      period: { kind: 'quarter', quarter: 2 },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'on_track'],
      [4, 'at_risk'],
    ]);
  });
});

describe('a section’s label under the headings', () => {
  it('reads a label merged across the table under the year and role headings as the first section, not a heading', () => {
    const rows: CellValue[][] = [
      ['PERFORMANCE MEASURES'],
      [null, '2015-16', '2016-17', '2017-18', '2018-19'],
      [null, 'Actual', 'Budget', 'Adopted', 'Projected'],
      ['Workload Measures'],
      ['Total number of Fires', 1045, 1100, 1050, 1050],
      ['Total number of Residential Structure Fires', 189, 200, 210, 210],
      ['Efficiency Measures'],
      ['Percentage of cardiac arrest patients that regain a pulse', 0.34, 0.25, 0.25, 0.25],
    ];
    const t = table('Fire', rows, ['A1:E1', 'A2:A3', 'A4:E4', 'A7:E7']);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.indicators.map((i) => [i.row, i.category])).toEqual([
      [5, 'Workload Measures'],
      [6, 'Workload Measures'],
      [8, 'Efficiency Measures'],
    ]);
  });
});

describe('an Indicator heading over traffic lights', () => {
  it('reads Indicator columns that hold only na (the lights were pictures) as no names: the names are the texts to the left', () => {
    const rows: CellValue[][] = [
      ['TABLE 4.22 Commitments to service performance, 2014–15 to 2015–16'],
      [null, null, null, '2014–15', null, '2015–16', null],
      [null, null, 'Target %', 'Achieved %', 'Indicator', 'Achieved %', 'Indicator'],
      ['Helpful and accurate'],
      [
        'People surveyed agreed that the ATO provides information sufficient to meet their needs',
        null,
        'na',
        76,
        'na',
        79,
        'na',
      ],
      ['Quality performance measures have been met', null, 90, 94, null, 93, null],
      ['General calls', 'answered within 5 minutes', 80, 91, null, 93, null],
    ];
    const t = table('Service commitments', rows, ['D2:E2', 'F2:G2']);
    expectRoles(t, { A: 'name:content', C: 'target:header', F: 'actual:header' });
    expect(t.indicators.map((i) => i.row)).toEqual([5, 6, 7]);
  });
});

describe('a year ending on a stated date', () => {
  it('reads results under 2015–16 beside “at 30 June 2016” as the whole year 2015/16 from July', () => {
    const rows: CellValue[][] = [
      ['Service commitments'],
      ['We met our targets, where applicable, for all service commitments in place at 30 June 2016.'],
      [null, null, '2014–15', '2015–16'],
      [null, 'Target %', 'Achieved %', 'Achieved %'],
      ['Quality performance measures have been met', 90, 94, 93],
      ['General calls answered within 5 minutes', 80, 91, 78],
    ];
    const r = runCheck({ sources: [sourceFromRows('Service', rows)], lang: 'en-US', date: '2016-09-01' });
    expect([r.report.options.year, r.report.options.yearNamed, r.report.options.yearStart]).toEqual([
      2015,
      'span',
      7,
    ]);
    expect(r.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [5, 'achieved'],
      [6, 'missed'],
    ]);
  });
});

describe('a standard table with another below it', () => {
  it('ends the standard table at the next table’s headings after a blank row, and reads that table by its own columns', () => {
    const rows: CellValue[][] = [
      ['表1:上半年主要指标完成情况'],
      ['类别', '指标名称', '年度目标', '完成情况', '责任部门'],
      ['高质量发展', '新增跨国公司地区总部数', '3家', '4家', '区商务委'],
      [null, '新认定市级高新技术企业', '30家', '12家', '区科委'],
      [],
      ['浦口高新区1—7月份主要经济指标完成情况'],
      ['序号', '指  标', '单位', '1—7月份完成', '同比增长(%)', '完成全年目标(%)'],
      [1, '全社会固定资产投资', '亿元', 71.77, 20.4, 55.2],
      [2, '一般公共预算收入', '亿元', 9.1, 41.7, 79.4],
    ];
    const [reading] = readSheets([sourceFromRows('Sheet1', rows)]);
    if (reading.kind !== 'table') throw new Error('not read');
    expect(reading.table.indicators.map((i) => [i.row, i.name])).toEqual([
      [3, '新增跨国公司地区总部数'],
      [4, '新认定市级高新技术企业'],
      [8, '全社会固定资产投资'],
      [9, '一般公共预算收入'],
    ]);
    // The second table's rows keep their own completion, not the first table's target column.
    const second = reading.table.indicators.find((i) => i.row === 8)!;
    expect(second.completionCell?.value).toBe(55.2);
    expect(second.target?.value ?? null).toBeNull();
  });
});

describe('a small table of figures above the one read', () => {
  it('states no period with its row labels (FY 2006 | 68% | 32%), though its words name the year the office’s way', () => {
    const rows: CellValue[][] = [
      ['Percentage of Performance Targets Met or Not Met'],
      [null, 'Met', 'Not Met'],
      ['FY 2007', 0.71, 0.29],
      ['FY 2006', 0.68, 0.32],
      [],
      ['Safety Performance Summary'],
      ['Performance Measure', '2005', '2006', '2007 Actual', '2007 Target', 'Met/ Not Met'],
      ['Highway fatalities per 100 million VMT', 1.46, 1.42, 1.4, 1.38, 'Not Met'],
      ['Rail-related accidents per million train-miles', 17.9, 16.94, 15.02, 16.7, 'Met'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Summary', rows)], lang: 'en-US', date: '2008-02-01' });
    expect({ year: r.report.options.year, named: r.report.options.yearNamed }).toEqual({
      year: 2007,
      named: 'fy',
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved']);
  });
});

describe('figures told in words beside the office’s verdict', () => {
  it('reads rows of R860.8m as budgeted | R139.6m achieved | Target not achieved as data, and the Comments as verdicts', () => {
    const rows: CellValue[][] = [
      ['Key Performance Indicators'],
      ['Perspective', 'Measurement', 'Target 08/09', 'Achieved', 'Comments'],
      [
        'Financial perspective',
        'Achieve surplus',
        'Surplus % of revenue (10%)',
        'Surplus 7% of revenue',
        'Target not achieved',
      ],
      [
        null,
        'Ensure cash cover of 4 months',
        'R860.8m as budgeted',
        'R139.6m achieved',
        'Target not achieved',
      ],
      [
        null,
        'Ensure capital expenditure % of revenue',
        '9% as budgeted',
        '6.7% of revenue spent',
        'Target not achieved',
      ],
      [null, 'Debtors days (average)', '90 days', '147 days achieved', 'Target not achieved'],
      [null, 'Decrease in-lab TAT TB microscopy', '24 hours', '22.8 hours', 'Achieved target'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('KPIs', rows, { merges: ['A3:A7'] })],
      lang: 'en-US',
      date: '2009-07-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'missed'],
      [4, 'missed'],
      [5, 'missed'],
      [6, 'missed'],
      [7, 'achieved'],
    ]);
  });

  it('takes 完成任务 in a year’s report as done', () => {
    expect(statusWord('完成任务')).toBe('achieved');
  });
});

describe('an in-year index with targets for the years ahead', () => {
  const rows: CellValue[][] = [
    ['08-09 Borough Index (In-Year Reporting)'],
    [
      'PI Description',
      'Actual 07/08',
      'May Target',
      'Apr-May Actual',
      '08/09 Target',
      '09/10 Target',
      '10/11 Target',
      'Traffic Light',
    ],
    ['Theme 1: One Borough'],
    ['Percentage of undisputed invoices paid on time', 87.87, 97, 86.74, 97, 98, 98, 'AMBER'],
    [
      'Monthly Performance:   A detailed extract of all payments made outside the timeframe has been identified for April. …',
    ],
    ['Percentage of top paid staff who have a disability', 3.51, 3.55, 3.55, 4.1, 4.7, 5.4, 'GREEN'],
  ];

  it('reads this year’s target (the year after last year’s result), the month’s target and the traffic light', () => {
    const t = table('Index', rows, ['A1:H1', 'A3:H3', 'A5:H5'], 4);
    expectRoles(t, { C: 'periodTarget:header', D: 'actual:header', E: 'target:header', H: 'status:header' }, [
      'F',
      'G',
    ]);
    // The comment under a measure, cut short, is no section over the rows below it.
    expect(t.indicators.map((i) => [i.name, i.category, value(i.target)])).toEqual([
      ['Percentage of undisputed invoices paid on time', 'Theme 1: One Borough', 97],
      ['Percentage of top paid staff who have a disability', 'Theme 1: One Borough', 4.1],
    ]);
  });
});

describe('a franchise’s indicators: realised, against a target and a minimum', () => {
  it('reads Performance over the names, Realisation in 2023 as the result, the target over the minimum', () => {
    const rows: CellValue[][] = [
      ['Performance indicators'],
      [
        'Performance',
        'Realisation in 2023',
        'Realisation in 2022',
        'Target value for 2023',
        'Minimum value for 2023',
      ],
      ['Overall customer satisfaction score for main rail network*', '-', 7.7, 7.5, 7.3],
      ['Punctuality for passengers (to 5 minutes) on the main rail network', 0.891, 0.895, 0.913, 0.898],
      ['Seat availability during rush hour', 0.812, 0.8, 0.685, 0.667],
      ['Number of crowded peak-hour trains per working week', 96, 104, 100, 110],
      ['* The 2023 survey results are published later.'],
    ];
    const t = table('Franchise', rows);
    expectRoles(t, { A: 'name:header', B: 'actual:header', D: 'target:header' }, ['E']);
    const r = runCheck({ sources: [sourceFromRows('Franchise', rows)], lang: 'en-US', date: '2024-03-01' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['no_data', 'missed', 'achieved', 'achieved']);
  });

  it('takes the Goal beside a Threshold as the target; a Threshold alone still is one', () => {
    const both = table('Goals', [
      ['Measure', 'Results', 'Threshold', 'Goal'],
      ['Share of postsecondary enrollment', 0.42, 0.42, 0.43],
      ['Fall-to-fall retention', 0.61, 0.55, 0.6],
    ]);
    expect(both.indicators.map((i) => value(i.target))).toEqual([0.43, 0.6]);
    const alone = table('Threshold', [
      ['Measure', 'Results', 'Threshold'],
      ['Share of postsecondary enrollment', 0.42, 0.4],
      ['Fall-to-fall retention', 0.61, 0.55],
    ]);
    expect(alone.indicators.map((i) => value(i.target))).toEqual([0.4, 0.55]);
  });
});

describe('a half year’s results against the year’s expected targets, in words', () => {
  it('judges by 与年初预期目标比: below it behind, above or level on track, held within a ceiling on track', () => {
    const rows: CellValue[][] = [
      ['(一)经济社会计划主要指标完成情况'],
      ['指  标', '单位', '上半年完成', '增长(%)', '与年初预期目标比'],
      ['地区生产总值', '亿元', 1494.8, 8.5, '增幅低于年初预期目标1.5个百分点'],
      ['服务业增加值占GDP比重', '%', 39.9, null, '高于年初预期目标1.9个百分点'],
      ['固定资产投资', '亿元', 781.6, 16, '增幅与年初预期目标持平'],
      ['城镇登记失业率', '%', 2.35, null, '控制在年初预定目标2.5%的范围之内'],
    ];
    const r = runCheck({ sources: [sourceFromRows('上半年', rows)], lang: 'zh-CN', date: '2015-07-20' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['behind', 'on_track', 'on_track', 'on_track']);
  });
});

describe('years across with the months so far, and targets in words that open with their figure', () => {
  it('reads 60% in 13 weeks as the target, the months so far as the result, and Period over the names', () => {
    const rows: CellValue[][] = [
      ['Period', '2010/11', '2011/12', '2012/13', 'Apr - Sept 2013', 'National Target'],
      ['Major Applications', 0.48, 0.395, 0.4265, 0.6286, '60% in 13 weeks'],
      ['Minor Applications', 0.66, 0.5308, 0.5503, 0.7232, '65% in 8 weeks'],
      ['Other Applications', 0.81, 0.7806, 0.6664, 0.9, '80% in 8 weeks'],
    ];
    const t = table('Planning', rows, [], 4);
    // (A run of months to date heads the results by its own words.)
    expectRoles(t, { A: 'name:content', E: 'actual:header', F: 'target:header' });
    const r = runCheck({
      sources: [sourceFromRows('Planning', rows)],
      lang: 'en-US',
      date: '2013-11-01',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'on_track']);
  });
});

describe('every case dealt with in time, said in words', () => {
  it('reads “All were resolved within SPSO target requirements” as met, and “Not all …” as no verdict', () => {
    expect(statedStatus('All were resolved within SPSO target requirements.')?.status).toBe('achieved');
    expect(statedStatus('All complaints were resolved within target')?.status).toBe('achieved');
    expect(statedStatus('Not all were resolved within target')).toBeNull();
  });
});

describe('a report dated the month after its figures', () => {
  it('takes the period from the month column with results (June), not the report’s date (July 2013)', () => {
    const rows: CellValue[][] = [
      ['Trust Quality and Performance Report'],
      ['July 2013'],
      [],
      ['Performance Indicator', 'Threshold', 'June', 'Lead Exec'],
      ['Discharge Summaries - Outpatients', '95% sent to GP within 3 days', 0.8423, 'Medical Director'],
      ['A&E: patients seen within 4 hours', 0.95, 0.9542, 'Chief Operating Officer'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Q&P', rows)],
      lang: 'en-US',
      date: '2013-07-28',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'month', month: 3 });
  });
});

describe('a total with its own target and verdict', () => {
  it('reads 总计 | … | 80 | 达标 as the whole’s measure; a total of figures alone stays out', () => {
    const rows: CellValue[][] = [
      ['2017年11月水功能区水质通报'],
      ['市、州', '水功能区(个数)', null, null, '控制目标(%)', '达标情况'],
      [null, '考核', '达标', '不达标'],
      ['鄂州市', 7, 7, null, 80, '达标'],
      ['仙桃市', 4, 3, 1, 92, '不达标'],
      ['总计', 11, 10, 1, 80, '达标'],
    ];
    const merges = ['A1:F1', 'A2:A3', 'B2:D2', 'E2:E3', 'F2:F3'];
    const names = (rs: CellValue[][]) =>
      runCheck({
        sources: [sourceFromRows('11月', rs, { merges })],
        lang: 'zh-CN',
        date: '2017-12-10',
      }).report.evaluations.map((e) => [e.indicator.name, e.status]);
    expect(names(rows).map((n) => n[0])).toEqual(['鄂州市', '仙桃市', '总计']);
    expect(names(rows)[2][1]).toBe('achieved');
    const sums = rows.map((row, i) => (i === 5 ? [...row.slice(0, 5), null] : row));
    expect(names(sums).map((n) => n[0])).toEqual(['鄂州市', '仙桃市']);
  });
});

describe('a goal area under a target’s word, beside the target’s figures', () => {
  it('reads Goal over repeated words left of the measures as their group, and Target over figures as the target', () => {
    const rows: CellValue[][] = [
      ['Goal', 'Measure', 'Year', 'Target', 'Actual', 'Desired Direction'],
      ['Housing', 'Affordable homes completed', 2024, 400, 436, 'Increase'],
      ['Housing', 'Days to relet a void home', 2024, 30, 34, 'Decrease'],
      ['Housing', 'Homes meeting the decency standard', 2024, 0.95, 0.97, 'Increase'],
      ['Transport', 'People killed or seriously injured', 2024, 120, 104, 'Decrease'],
      ['Transport', 'Bus services on time', 2024, 0.9, 0.86, 'Increase'],
    ];
    const t = table('Measures', rows);
    expectRoles(t, {
      A: 'category:header',
      B: 'name:header',
      D: 'target:header',
      E: 'actual:header',
      F: 'direction:header',
    });
    expect(t.indicators.map((i) => [i.category, value(i.target)])).toEqual([
      ['Housing', 400],
      ['Housing', 30],
      ['Housing', 0.95],
      ['Transport', 120],
      ['Transport', 0.9],
    ]);
    const statuses = runCheck({
      sources: [sourceFromRows('Measures', rows)],
      lang: 'en-US',
      date: '2025-01-15',
    }).report.evaluations.map((e) => e.status);
    // Days to relet: 34 against a ceiling of 30, missed; those killed or injured: 104 under 120, achieved.
    expect(statuses).toEqual(['achieved', 'missed', 'achieved', 'achieved', 'missed']);
  });
});

describe('a target still being worked towards', () => {
  it('reads "Working towards target." opening the progress as not met: behind in the year, missed at its end', () => {
    expect(statusWord('Working towards target.')).toBe('behind');
    const rows: CellValue[][] = [
      ['2023 Targets', 'Progress in 2023'],
      ['Open two new recycling centres', 'Achieved. Both centres opened in June.'],
      [
        'Consult the public on a charge for plastic bags',
        'Working towards target. The consultation paper is being drafted.',
      ],
    ];
    const statuses = (date: string, period?: { kind: 'quarter'; quarter: 1 | 2 | 3 | 4 }) =>
      runCheck({
        sources: [sourceFromRows('Targets', rows)],
        lang: 'en-US',
        date,
        ...(period ? { period } : {}),
      }).report.evaluations.map((e) => e.status);
    expect(statuses('2024-02-01')).toEqual(['achieved', 'missed']);
    expect(statuses('2023-07-10', { kind: 'quarter', quarter: 2 })).toEqual(['achieved', 'behind']);
  });
});

describe('quarter headings with the months in another language’s short forms', () => {
  it('reads Jan-Mar | April-Jun | Jul-Sept | Okt-Dec as the four quarters, the last filled one the period', () => {
    const rows: CellValue[][] = [
      ['Client Charter', 'Jan-Mar', 'April-Jun', 'Jul-Sept', 'Okt-Dec'],
      ['Complaints acknowledged within 1 working day', '100%', '100%', '98%', '100%'],
      ['Claims paid within 14 working days', '96%', '100%', '100%', '99%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Charter', rows)], lang: 'en-US', date: '2025-01-15' });
    // Through December (a year's end, as Q4 or as its last month), judged by the Okt-Dec figures.
    expect(elapsedFraction(r.period)).toBe(1);
    expect(r.report.evaluations.map((e) => e.actual?.value)).toEqual([1, 0.99]);
  });
});

describe('a data feed’s column names', () => {
  it('reads INDICATOR_NAME, YTD_TARGET, YTD_ACTUAL and DESIRED_CHANGE (U / D) as the words they join', () => {
    const rows: CellValue[][] = [
      ['INDICATOR_SEQ', 'INDICATOR_NAME', 'CATEGORY', 'DESIRED_CHANGE', 'YTD_TARGET', 'YTD_ACTUAL'],
      [101, 'Mean distance between failures', 'Service', 'U', 150000, 127275],
      [102, 'Employee lost time rate', 'Safety', 'D', 3.36, 3.3],
      [103, 'Elevator availability', 'Service', 'U', 0.97, 0.98],
    ];
    const t = table('Feed', rows);
    expectRoles(t, {
      B: 'name:header',
      C: 'category:header',
      D: 'direction:header',
      E: 'periodTarget:header',
      F: 'actual:header',
    });
    const r = runCheck({ sources: [sourceFromRows('Feed', rows)], lang: 'en-US', date: '2025-01-15' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['higher', 'missed'],
      ['lower', 'achieved'],
      ['higher', 'achieved'],
    ]);
  });
});

describe('a Status column of figures told with their date or source', () => {
  it('is the result where no other column holds one, and the targets in the first column are judged by it', () => {
    const rows: CellValue[][] = [
      ['Target and Achievement under NHM'],
      ['Targets', 'Status'],
      ['Reduce MMR to 87 per 1 lakh', '97 per 1 lakh live births (SRS 2018-20)'],
      ['Sustain TFR to 2.0 at national level', '2.0 (NFHS 5)'],
      ['Achieve the operationalization of 1.5 lakh Ayushman Arogya Mandirs', '1,76,325 (as on 31.1.2025)'],
      ['Reduce IMR to 22 per thousand', '28 per thousand (SRS 2020)'],
    ];
    const t = table('Annexure', rows);
    expectRoles(t, { A: 'name:header', B: 'actual:header' });
    const r = runCheck({
      sources: [sourceFromRows('Annexure', rows)],
      lang: 'en-US',
      date: '2025-02-07',
    });
    // 97 against a fall to 87 and 28 against 22: not there yet; 2.0 held; 1,76,325 (Indian grouping) past 1.5 lakh.
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.target?.value])).toEqual([
      [97, 87],
      [2, 2],
      [176325, 150000],
      [28, 22],
    ]);
    expect(r.report.evaluations.map((e) => e.status)).not.toContain('not_rated');
    expect(r.report.evaluations.map((e) => e.status)).not.toContain('no_data');
  });

  it('stays the verdict over status words', () => {
    const rows: CellValue[][] = [
      ['Targets', 'Status'],
      ['Open 3 new clinics', 'Achieved'],
      ['Train 200 nurses', 'In progress'],
      ['Publish the 2024 plan', 'Not started'],
    ];
    expectRoles(table('Plan', rows), { A: 'name:content', B: 'status:header' });
  });
});

describe('a target of people to reach beside the money set aside', () => {
  it('reads Target beneficiaries as the target and Budget as no target, Beneficiaries the result', () => {
    const rows: CellValue[][] = [
      ['Programme targets by department'],
      ['Department', 'Budget', 'Target beneficiaries', 'Beneficiaries'],
      ['Basic Education', 7000000000, 344933, 350596],
      ['Health', 180000000, 5531, 4758],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Phase 1', rows)],
      lang: 'en-US',
      date: '2022-08-30',
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [344933, 350596],
      [5531, 4758],
    ]);
  });

  it('reads Target no. of … as the target', () => {
    expectRoles(
      table('Jobs', [
        ['Programme', 'Target no. of jobs', 'Jobs created'],
        ['Public works', 1560, 1881],
        ['Youth service', 35000, 6234],
      ]),
      { A: 'name:header', B: 'target:header', C: 'actual (Jobs created):content' },
    );
  });

  it('keeps a budget as the target where no column is headed as one', () => {
    const rows: CellValue[][] = [
      ['Scheme', 'Budget', 'Spend to date'],
      ['Leisure centre roof', 1200000, 450000],
      ['Depot drainage', 300000, 310000],
    ];
    const r = runCheck({ sources: [sourceFromRows('Capital', rows)], lang: 'en-US', date: '2024-09-30' });
    expect(r.report.evaluations.map((e) => e.target?.value)).toEqual([1200000, 300000]);
  });
});

describe('a unit column of words', () => {
  it('shows Percentage as % and leaves Number off a count, in the narrative and the tables', () => {
    const rows: CellValue[][] = [
      ['indicator', 'unit', 'baseline', 'actual_to_date', 'end_of_compact_target'],
      ['Poverty Rate - Efate', 'Percentage', 37.7, 19.1, 31.2],
      ['Days road is closed per year', 'Number', 98, 35, 30],
    ];
    const r = runCheck({
      sources: [sourceFromRows('indicators', rows)],
      lang: 'en-US',
      date: '2011-06-11',
    });
    const text = r.report.narrative.flatMap((b) => ('text' in b ? [b.text] : [])).join('\n');
    expect(text).toContain('19.1%');
    expect(text).toContain('31.2%');
    expect(text).not.toMatch(/Percentage/);
    expect(text).not.toMatch(/\d Number/);
  });

  it("leaves a count's word off its figure: Raw Count, Cumulative Total", () => {
    const rows: CellValue[][] = [
      ['Performance measure', 'Unit', 'FY2018 Target', 'FY2018 Actual'],
      ['Volume of assisted technology acquisitions (number of acquisitions)', 'Raw Count', 503, 354],
      ['Number of customer agency FedRAMP authorized systems (cumulative)', 'Cumulative Total', 110, 121],
    ];
    const r = runCheck({ sources: [sourceFromRows('APR', rows)], lang: 'en-US', date: '2018-12-31' });
    const text = r.report.narrative.flatMap((b) => ('text' in b ? [b.text] : [])).join('\n');
    expect(text).toMatch(/354\b/);
    expect(text).not.toMatch(/\d (?:Raw Count|Cumulative Total)/);
  });
});

describe('days as an export writes them', () => {
  it('compares a day done with a day due (31-Dec-2010 | 19-Dec-10), never as the figures 31 and 19', () => {
    const rows: CellValue[][] = [
      ['indicator', 'unit', 'actual_to_date', 'end_of_compact_target'],
      ['2010 Traffic Count Surveys completed', 'Date', '19-Dec-10', '31-Dec-2010'],
      ['Design-Build contract signed', 'Date', '2-May-2008', '8-May-2008'],
      ['Quarry access agreed', 'Date', '3Jun11', '2011-04-28'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('indicators', rows)],
      lang: 'en-US',
      date: '2011-06-11',
    });
    expect(r.report.evaluations.map((e) => [e.kind, e.actual, e.status])).toEqual([
      ['milestone', null, 'achieved'],
      ['milestone', null, 'achieved'],
      ['milestone', null, 'missed'],
    ]);
  });
});

describe('an office’s word that a measure no longer applies', () => {
  it('leaves the row unrated whatever its figures say', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Target', 'Actual Result', 'Status'],
      ['Complaints resolved before investigation', 0.75, 0.74, 'No longer applicable'],
      ['Returns processed within 6 weeks', 0.95, 0.97, 'Met'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Results', rows)], lang: 'en-US', date: '2017-06-30' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['not_rated', 'achieved']);
  });
});

describe('assurance words of a control chart, and a performance statement’s verdicts', () => {
  it.each([
    ['Passing', 'on_track'],
    ['Consistently passing', 'on_track'],
    ['Passing, Improving', 'on_track'],
    ['Failing, No significant change', 'behind'],
    ['Consistently failing the target', 'behind'],
    ['Hit and miss', 'at_risk'],
    ['Inconsistent, Deteriorating', 'at_risk'],
    ['Partial achievement.', 'behind'],
    ['Not delivered.', 'missed'],
    ['Minor Challenges', 'behind'],
    ['Critical Challenges', 'at_risk'],
    ['Succeeding', 'on_track'],
    ['Near Target', 'behind'],
    ['Needs improvement', 'at_risk'],
    ['Requires Improvement', 'at_risk'],
  ])('%s: %s', (word, status) => expect(statusWord(word)).toBe(status));

  it('reads no verdict in a trend alone or a trend beside words that are none', () => {
    expect(statusWord('Improving')).toBeNull();
    expect(statusWord('Deteriorating, No target')).toBeNull();
  });

  it('takes the year’s end into account: passing is met, failing is missed', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Target', 'Assurance'],
      ['Talking Therapies 18-week treatment', 0.95, 'Passing, Improving'],
      ['Non-RTT 18-week waits', 0.92, 'Failing, Improving'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('IPR', rows)],
      lang: 'en-US',
      date: '2025-04-15',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
  });
});

describe('quarters added up for a target written with its unit', () => {
  it('is a sum, as it is where the target is a plain figure: the narrative says 完成, not 达到', () => {
    const rows: CellValue[][] = [
      ['2025年重点工作目标任务完成情况'],
      ['指标名称', '年度目标', '一季度', '二季度', '三季度', '四季度'],
      ['新增城镇就业', '1200人', 300, 320, null, null],
      ['培训农村劳动力', 800, 200, 190, null, null],
    ];
    const r = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang: 'zh-CN', date: '2025-07-10' });
    expect(r.report.evaluations.map((e) => [e.aggregation, e.actual?.value])).toEqual([
      ['sum', 620],
      ['sum', 390],
    ]);
    const text = r.report.narrative.flatMap((b) => ('text' in b ? [b.text] : [])).join('\n');
    expect(text).toContain('新增城镇就业完成620人');
    expect(text).not.toContain('新增城镇就业达到620人');
  });
});

describe('numbers grouped the Indian way', () => {
  it('reads 1,76,325 and 12,34,56,789 in lakhs and crores, and leaves other commas alone', () => {
    expect(parseCell('1,76,325')).toMatchObject({ kind: 'number', quantity: { value: 176325 } });
    expect(parseCell('12,34,56,789')).toMatchObject({ kind: 'number', quantity: { value: 123456789 } });
    expect(parseCell('1,76,32')).toMatchObject({ kind: 'text' });
    expect(parseCell('1,234,567')).toMatchObject({ kind: 'number', quantity: { value: 1234567 } });
  });
});

describe('a data feed’s cumulative column beside its quarters', () => {
  it('reads fy2017Cum as the year’s own figure: a count at a point in time is not the sum of the quarters', () => {
    const rows: CellValue[][] = [
      ['indicator', 'fy2017q1', 'fy2017q2', 'fy2017q3', 'fy2017q4', 'fy2017_targets', 'fy2017Cum'],
      ['TX_CURR', 82413, 85195, 87929, 91845, 93581, 91845],
      ['HTS_TST', 120000, 130000, 125000, 140000, 500000, 515000],
    ];
    const t = table('OU Level', rows);
    expectRoles(t, { A: 'name:header', F: 'target:header', G: 'actual:header' });
    const r = runCheck({
      sources: [sourceFromRows('OU Level', rows)],
      lang: 'en-US',
      date: '2017-12-27',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [91845, 'missed'],
      [515000, 'achieved'],
    ]);
  });
});

describe('a direction column that says no way is better', () => {
  it('leaves a row whose DESIRED_CHANGE is N (or Neutral) unrated, its target a forecast; U and D rows are judged', () => {
    const rows: CellValue[][] = [
      ['INDICATOR_NAME', 'DESIRED_CHANGE', 'YTD_TARGET', 'YTD_ACTUAL'],
      ['Total ridership', 'U', 321289255, 305257476],
      ['Wheelchair lift usage', 'N', 682259, 679727],
      ['Customer accident injury rate', 'D', 1.5, 1.31],
      ['Paratransit trips booked', 'Neutral', 4000, 5200],
    ];
    const r = runCheck({ sources: [sourceFromRows('Feed', rows)], lang: 'en-US', date: '2025-01-15' });
    expect(r.report.evaluations.map((e) => [e.status, e.notRated ?? null])).toEqual([
      ['missed', null],
      ['not_rated', 'data-only'],
      ['achieved', null],
      ['not_rated', 'data-only'],
    ]);
    // No warning that the direction is not understood.
    expect(r.report.diagnostics.map((d) => d.code)).not.toContain('unknown-direction');
  });

  it('keeps the office’s own verdict on such a row', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Desired direction', 'Target', 'Actual', 'Status'],
      ['Visitors to the museum', 'Neutral', 50000, 42000, 'Not met'],
      ['Library loans', 'Up', 90000, 95000, 'Met'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Feed', rows)], lang: 'en-US', date: '2025-01-15' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved']);
  });
});

describe('a target set against a baseline', () => {
  it('set under the baseline, where the name says nothing of its way, is met by going lower', () => {
    const rows: CellValue[][] = [
      ['indicator', 'unit', 'baseline', 'actual_to_date', 'end_of_compact_target'],
      ['Poverty Rate - Efate', 'Percentage', 37.7, 19.1, 31.2],
      ['Per Capita Cash Income in Efate', 'US Dollars', 1291, 3248, 1617],
      ['Tourism Employment - Santo', 'Number', 427, 460, 500],
    ];
    const r = runCheck({
      sources: [sourceFromRows('indicators', rows)],
      lang: 'en-US',
      date: '2011-06-11',
    });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'achieved'],
      ['higher', 'achieved'],
      ['higher', 'missed'],
    ]);
  });

  it('leaves a name’s own way alone: satisfaction stays better higher under a lower target', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Baseline', 'Target', 'Actual'],
      ['Residents satisfied with the service (%)', 92, 90, 94],
      ['Average days to relet a home', 40, 30, 28],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2025-01-15' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['higher', 'achieved'],
      ['lower', 'achieved'],
    ]);
  });
});

describe('a share done to date that holds the office’s word', () => {
  it('reads percent_complete_to_date as the share done, and its Complete / Incomplete as the verdict', () => {
    const rows: CellValue[][] = [
      ['indicator', 'classification', 'actual_to_date', 'end_of_compact_target', 'percent_complete_to_date'],
      ['Design-Build contract signed', 'Date', '2-May-2008', '8-May-2008', 'Complete'],
      ['Road maintenance crews trained', 'Date', '19-Jun-11', '31-Mar-2011', 'Complete'],
      ['Quarry access agreed', 'Date', null, '31-Dec-2010', 'Incomplete'],
    ];
    const t = table('indicators', rows);
    expectRoles(t, { A: 'name:header', C: 'actual:header', D: 'target:header', E: 'completion:header' });
    const r = runCheck({
      sources: [sourceFromRows('indicators', rows)],
      lang: 'en-US',
      date: '2011-06-11',
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });
});

describe('a Desired Outcome column', () => {
  it('of Increase / Decrease is the direction; of sentences, remarks on the row', () => {
    const rows: CellValue[][] = [
      ['Performance Measure', 'Desired Outcome', 'FY 25 Target', 'FY 25 Actual'],
      ['Number of service requests related to rats', 'Decrease', 4000, 4663],
      ['$ generated from the small hauler program', 'Increase', 1500000, 1293950],
      ['Total breaks per 100 miles', 'Decrease', 35, 45],
    ];
    const judged = (rs: CellValue[][]) =>
      runCheck({
        sources: [sourceFromRows('Plan', rs)],
        lang: 'en-US',
        date: '2025-08-01',
      }).report.evaluations.map((e) => [e.direction, e.status]);
    expect(judged(rows)).toEqual([
      ['lower', 'missed'],
      ['higher', 'missed'],
      ['lower', 'missed'],
    ]);
    const hoped = rows.map((r, i) =>
      i === 0 ? r : [r[0], 'Residents see fewer rats and cleaner streets in every ward', r[2], r[3]],
    );
    expectRoles(table('Plan', hoped), { A: 'name:header', B: 'notes:header' });
  });
});

describe('the year’s result column kept empty while the quarters fill', () => {
  it('reads the quarters as the results and the last filled one as the period, figures typed as text too', () => {
    const rows: CellValue[][] = [
      ['Performance Measure', 'FY 26 Target', 'FY 26 Q1', 'FY 26 Q2', 'FY 26 Q3', 'FY 26 Q4', 'FY 26 Actual'],
      ['Drills and exercises held with partners', '10', '4', '3', '6', null, null],
      ['Fire safety plan reviews completed', '4000', '1100', '900', '1000', null, null],
      ['Smoke alarms installed', '6000', '1000', '1100', '900', null, null],
    ];
    const r = runCheck({ sources: [sourceFromRows('Plan', rows)], lang: 'en-US', date: '2026-04-20' });
    // Not the whole year the headings' FY 26 names: the quarters filled so far.
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [13, 'achieved'],
      [3000, 'on_track'],
      [3000, 'at_risk'],
    ]);
  });
});

describe('a yes or a no typed as 1 or 0', () => {
  it('reads "Was the target met?" over ones and zeros as the verdict; over a share, as the result', () => {
    const rows: CellValue[][] = [
      ['Service Standard', 'Target Type', 'Target', 'Was the target met?'],
      ['Decision within 6 weeks of a complete application', 'Percentage of outcomes', 80, 1],
      ['Payment issued within 10 business days', 'Percentage of outcomes', 95, 0],
      ['Calls answered within 2 minutes', 'Percentage of outcomes', 80, 1],
    ];
    const judged = (rs: CellValue[][]) =>
      runCheck({
        sources: [sourceFromRows('Standards', rs)],
        lang: 'en-US',
        date: '2020-06-01',
      }).report.evaluations.map((e) => e.status);
    expect(judged(rows)).toEqual(['achieved', 'missed', 'achieved']);
    const shares = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 3), [87.1, 92.4, 86.1][i - 1]]));
    expect(roles(table('Standards', shares)).D).toBe('actual:header');
  });
});

describe('the period in columns of its own', () => {
  it('reads PERIOD_YEAR 2017 | PERIOD_MONTH 6 on every row as June 2017, and a fiscal quarter likewise', () => {
    const rows: CellValue[][] = [
      ['INDICATOR_NAME', 'PERIOD_YEAR', 'PERIOD_MONTH', 'YTD_TARGET', 'YTD_ACTUAL'],
      ['Mean distance between failures', 2017, 6, 150000, 127275],
      ['Elevator availability', 2017, 6, 0.97, 0.98],
      ['Escalator availability', 2017, 6, 0.95, 0.93],
    ];
    const period = (rs: CellValue[][], yearStart?: number) =>
      runCheck({
        sources: [sourceFromRows('Feed', rs)],
        lang: 'en-US',
        date: '2017-07-20',
        ...(yearStart ? { yearStart } : {}),
      }).period;
    expect(period(rows)).toEqual({ kind: 'month', month: 6 });
    // June is the third month of a year that starts in April.
    expect(period(rows, 4)).toEqual({ kind: 'month', month: 3 });
    const quarters = rows.map((r, i) => [
      r[0],
      i === 0 ? 'Fiscal Year' : 2022,
      i === 0 ? 'Fiscal Qtr' : 'Q2',
      r[3],
      r[4],
    ]);
    expect(period(quarters)).toEqual({ kind: 'quarter', quarter: 2 });
    // Months that differ from row to row state no period of the table's.
    const mixed = rows.map((r, i) => (i === 2 ? [r[0], r[1], 5, r[3], r[4]] : r));
    expect(period(mixed)).not.toEqual({ kind: 'month', month: 6 });
  });
});

describe('a month’s own target beside the target to date', () => {
  it('judges the year to date, not the month’s target taken for the year’s', () => {
    const rows: CellValue[][] = [
      [
        'INDICATOR_NAME',
        'PERIOD_YEAR',
        'PERIOD_MONTH',
        'YTD_TARGET',
        'YTD_ACTUAL',
        'MONTHLY_TARGET',
        'MONTHLY_ACTUAL',
      ],
      ['Total ridership', 2017, 6, 900000, 905000, 150000, 145000],
      ['Elevator availability', 2017, 6, 0.97, 0.98, 0.97, 0.99],
      ['Mean distance between failures', 2017, 6, 150000, 127275, 150000, 122822],
    ];
    const t = table('Feed', rows);
    expectRoles(t, { D: 'periodTarget:header', E: 'actual:header' }, ['F']);
    const r = runCheck({ sources: [sourceFromRows('Feed', rows)], lang: 'en-US', date: '2017-07-20' });
    expect(r.report.evaluations.map((e) => [e.expected, e.status])).toEqual([
      [900000, 'on_track'],
      [0.97, 'on_track'],
      [150000, 'behind'],
    ]);
  });
});

describe('the Government of Canada’s results labels', () => {
  it('reads On track to meet target, Attention required (past due or not), No longer applicable and To be achieved in the future', () => {
    expect(statusWord('On track to meet target')).toBe('on_track');
    expect(statusWord('To be achieved in the future')).toBe('on_track');
    expect(statusWord('Attention required')).toBe('behind');
    expect(statusWord('Attention required (past due)')).toBe('missed');
    expect(statusWord('No longer applicable')).toBe('not_rated');
    const rows: CellValue[][] = [
      ['Departmental Results Report 2016-17'],
      ['Indicator', 'Target', 'Date to Achieve Target', 'Actual Result', 'Status'],
      ['Hectares of land protected', '17%', 'March 2020', '10.6%', 'On track to meet target'],
      [
        'Average days to complete an investigation report',
        450,
        'March 2017',
        520,
        'Attention required (past due)',
      ],
      [
        'Greenhouse gas emissions',
        'Reduce by 17% from 2005 levels',
        'December 2020',
        '.',
        'On track to meet target',
      ],
    ];
    // In the year and at its end alike, as the source's words say: a target still to be met is not met yet.
    const statuses = (period?: { kind: 'quarter'; quarter: 3 }) =>
      runCheck({
        sources: [sourceFromRows('DRR', rows)],
        lang: 'en-US',
        date: '2017-11-01',
        ...(period ? { period } : {}),
      }).report.evaluations.map((e) => e.status);
    expect(statuses({ kind: 'quarter', quarter: 3 })).toEqual(['on_track', 'behind', 'on_track']);
    expect(statuses()).toEqual(['on_track', 'missed', 'on_track']);
  });

  it('reads the labels the same with no-break spaces, as a table pasted from a web page has them', () => {
    const rows: CellValue[][] = [
      ['Departmental Results Report 2016-17'],
      ['Indicator', 'Target', 'Date to Achieve Target', 'Actual Result', 'Status'],
      [
        'Area under legally-binding protection',
        12710691,
        'March\u00a02020',
        12446747,
        'On\u00a0track to\u00a0meet target',
      ],
      ['Hectares of land protected', '17%', 'March 2020', '10.6%', 'On track to meet target'],
    ];
    const r = runCheck({ sources: [sourceFromRows('DRR', rows)], lang: 'en-US', date: '2017-11-01' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track']);
  });
});

describe('a numbered item left blank', () => {
  it('is an item with nothing reported yet, not a section over the items numbered after it', () => {
    const rows: CellValue[][] = [
      ['2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况'],
      ['序号', '目标任务', '进展情况'],
      ['一、主要经济指标任务'],
      [1, '战略性新兴产业产值', null],
      [2, '固定资产投资', '未达到序时进度'],
      [3, '财政收入', '未达到序时进度'],
      ['二、量化指标任务'],
      [4, '新建安置区5个', '未达到序时进度'],
    ];
    const t = table('1-11月', rows);
    expect(t.indicators.map((i) => [i.name, i.category])).toEqual([
      ['战略性新兴产业产值', '主要经济指标任务'],
      ['固定资产投资', '主要经济指标任务'],
      ['财政收入', '主要经济指标任务'],
      ['新建安置区5个', '量化指标任务'],
    ]);
  });

  it('still heads the rows numbered under it (1 over 1.1, 1.2; 2 over 2.1)', () => {
    const rows: CellValue[][] = [
      ['序号', '目标任务', '进展情况'],
      [1, '经济发展', null],
      ['1.1', '地区生产总值', '未达到序时进度'],
      ['1.2', '财政收入', '已完成'],
      [2, '社会民生', null],
      ['2.1', '新增就业', '已完成'],
    ];
    const t = table('表', rows);
    expect(t.indicators.map((i) => [i.name, i.category])).toEqual([
      ['地区生产总值', '经济发展'],
      ['财政收入', '经济发展'],
      ['新增就业', '社会民生'],
    ]);
  });
});

describe('years typed as numbers over pairs of target and result', () => {
  it('head their columns, the latest year with results read (2002 | 2003 over 目標 | 實際)', () => {
    const rows: CellValue[][] = [
      ['食環署文錦渡食品管制中心檢查運載蔬菜車輛的服務承諾'],
      ['服務承諾', 2002, null, 2003, null, 2004, null, '2005 (計劃)'],
      [null, '目標', '實際', '目標', '實際', '目標', '實際', null],
      ['檢查運載蔬菜的車輛(百分率)', 0.98, 1, 0.98, 1, 0.98, 0.97, 0.98],
      ['檢查運載蔬菜的車輛', 77000, 67075, 67000, 48394, 48400, 49658, 42000],
    ];
    const merges = ['B2:C2', 'D2:E2', 'F2:G2', 'A2:A3', 'H2:H3'];
    const t = table('附件三', rows, merges);
    expect(t.indicators.map((i) => [value(i.target), actual(i)])).toEqual([
      [0.98, 0.97],
      [48400, 49658],
    ]);
  });
});

describe('a year named only by the results’ heading', () => {
  it('is the table’s year, the target’s heading naming none (目標 | 2020年實際成績)', () => {
    const t = table('服務承諾', [
      ['服務承諾'],
      ['服務', '目標', '2020年實際成績 *'],
      ['處理申請(10個工作天內)', '90%', '95.37%'],
      ['回覆查詢(5個工作天內)', '95%', '99%'],
    ]);
    expect(t.year).toBe(2020);
  });
});

describe('a name read again under another heading', () => {
  it('is keyed by its heading, so that the next check-in finds it though rows move', () => {
    const sheet = (extra: CellValue[][]): CellValue[][] => [
      ['服務', '目標', '實際'],
      ['回覆乘客查詢(關於客運)'],
      ...extra,
      ['電話回覆(兩個工作天內)', '95%', '100%'],
      ['回覆乘客查詢(關於商務)'],
      ['電話回覆(兩個工作天內)', '95%', '90%'],
    ];
    const keys = (rows: CellValue[][]) => table('服務', rows).indicators.map((i) => [i.category, i.key]);
    const june = keys(sheet([]));
    const december = keys(sheet([['書面回覆(十個工作天內)', '95%', '98%']]));
    expect(june[0][1]).not.toBe(june[1][1]);
    expect(december.filter(([, k]) => june.some(([, j]) => j === k))).toHaveLength(2);
    expect(june[1][1]).toContain('回覆乘客查詢(關於商務)');
  });
});

describe('headings over rows of figures that name no column the reader knows', () => {
  it('are a table to ask about, with its columns listed, not a sheet without headings', () => {
    const [reading] = readSheets([
      sourceFromRows('Departments', [
        ['Data on Responses to Correspondence from MPs and Peers in Q1 2023'],
        [
          'Department',
          'Target Response time (Working Days)',
          'Total Number of MP correspondence received',
          '% of cases responded to within target response time',
        ],
        ['Attorney General’s Office', '20 Days', 45, '96%'],
        ['Cabinet Office', '20 Days', 800, '77%'],
      ]),
    ]);
    expect(reading.kind).toBe('skipped');
    if (reading.kind !== 'skipped' || reading.reason.code !== 'needs-columns') throw new Error('not asked');
    expect(reading.reason.headerRow).toBe(2);
    expect(reading.reason.columns.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D']);
    expect(reading.reason.columns[3].header).toBe('% of cases responded to within target response time');
  });

  it('leave a sheet of notes alone', () => {
    const [reading] = readSheets([
      sourceFromRows('Notes', [['About this data'], ['Figures are provisional.'], ['Contact: the office']]),
    ]);
    expect(reading.kind === 'skipped' ? reading.reason.code : null).toBe('no-header');
  });
});

describe('a pledge list’s preset share of cases', () => {
  it('is its target (服務項目 | 服務質量指標 | 預設達標率): the list is read, every row yet without results', () => {
    const [reading] = readSheets([
      sourceFromRows('2024 服務承諾', [
        ['序號', '服務項目', '服務質量指標', '預設達標率'],
        [1, '郵件派送', '本澳平郵信件於投寄後翌日派送', '98%'],
        [2, '櫃檯服務', '輪候時間不超過15分鐘', '95%'],
      ]),
    ]);
    const t = reading.kind === 'table' ? reading.table : null;
    expect(t?.indicators.map((i) => i.target?.value)).toEqual(['98%', '95%']);
  });
});

describe('others’ figures for comparison under a measure', () => {
  it('are its context, not measures (Scotland comparisons, Family group comparisons, 全省平均)', () => {
    const t = table('Council tax', [
      ['Indicator', 'Actual 2017/18', 'Actual 2018/19', 'Target 2018/19'],
      ['% of council tax income collected during the year', '94.16%', '94.08%', '94%'],
      ['Scotland comparisons', '96%', '96.01%', null],
      ['Family group comparisons', '95.58%', '95.6%', null],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['% of council tax income collected during the year']);
    const zh = table('表', [
      ['地区', '年度目标', '1-9月完成'],
      ['本县', '95%', '93%'],
      ['全省平均', null, '92%'],
    ]);
    expect(zh.indicators.map((i) => i.name)).toEqual(['本县']);
  });
});

describe('a unit line over amounts and shares', () => {
  const rows = (unitLine: string): CellValue[][] => [
    ['1-5月份全县财政收支情况'],
    [null, null, null, null, unitLine],
    ['项  目', '累计完成', '为年预算%', '同比增减%', '全市位次'],
    ['地方一般公共预算收入', 34096, 32.3, -10.2, 9],
    ['税收占比', 0.6257, null, null, 9],
    ['一般公共预算支出', 195043, 44.74, 6.3, 4],
  ];
  const formats = [[], [], [], [], [null, '0.00%'], []];
  const units = (unitLine: string, f = formats) =>
    readSheets([sourceFromRows('1-5月', rows(unitLine), { formats: f })])
      .flatMap((r) => (r.kind === 'table' ? r.table.indicators : []))
      .map((i) => [i.name, i.measureUnit]);

  it('gives the amounts’ unit to the amounts, and none to a row of shares typed as per cent or named a share', () => {
    const amounts: [string, string | null][] = [
      ['地方一般公共预算收入', '万元'],
      ['税收占比', null],
      ['一般公共预算支出', '万元'],
    ];
    expect(units('单位:万元')).toEqual(amounts);
    // Named a share, though typed as a bare number: still not 万元.
    expect(units('单位:万元', [])).toEqual(amounts);
  });

  it('reads a unit line of one unit of amounts beside per cent (单位：亿元、%) as the amounts’ unit', () => {
    expect(units('单位:万元、%')).toEqual([
      ['地方一般公共预算收入', '万元'],
      ['税收占比', null],
      ['一般公共预算支出', '万元'],
    ]);
    // Two units of amounts (个、亿元): each row's own, not guessed.
    expect(units('单位:个、万元').map(([, u]) => u)).toEqual([null, null, null]);
  });

  it('gives the money of a unit line of counts and money (单位：个、亿元) to the rows judged on money', () => {
    const t = table('1-8月', [
      ['2020年重点项目1-8月投资完成情况'],
      ['单位:个、亿元'],
      ['项目类别', '项目个数', '年度计划投资', '1-8月累计完成投资', '完成年度计划(%)'],
      ['全州重点项目', 319, 307.05, 210.88, 68.7],
      ['续建项目', 185, 233.7, 191.1, 81.8],
    ]);
    expect(t.indicators.map((i) => i.measureUnit)).toEqual(['亿元', '亿元']);
  });
});

describe('a question over a paragraph between the rows', () => {
  it('is no category of the rows after it', () => {
    const t = table('Q3', [
      ['Our performance'],
      ['Overall satisfaction:', 0.9, 'Target: 90%'],
      ['Overall satisfaction with repairs:', 0.829, 'Target: 85%'],
      [],
      ['How do we measure satisfaction?'],
      [
        'Our method is based on the occasions when residents interact with us, and we ask them how satisfied they were.',
      ],
      [],
      ['Current tenant arrears as % of annual rent debit:', 0.0418, 'Target: 4.25%'],
      ['Rent lost due to empty homes as % of rent roll:', 0.0178, 'Target: 0.85%.'],
    ]);
    expect(t.indicators.map((i) => [i.row, i.category])).toEqual([
      [2, null],
      [3, null],
      [8, null],
      [9, null],
    ]);
  });
});

describe('a name heading over list numbers', () => {
  it('reads the numbers as ids and the texts beside them as the names (項目 | 工作 | 目標)', () => {
    const head = ['項目', '工作', '目標'];
    const t = table('服務承諾', [
      ['服務承諾'],
      head,
      ['(1)', '在接獲由用戶提出並經商訂的貨物規格後十二個工作天內發出招標書', 0.93],
      ['(2)', '在四個工作天內完成開標程序及將標書轉交用戶評核', 0.95],
      [],
      head,
      ['(1)', '在協定時間內印製及發送印刷品', 0.98],
      ['(2)', '在七個工作天內以書面提供有關印刷的技術意見', 0.98],
    ]);
    expect(t.indicators.map((i) => [i.id, i.name])).toEqual([
      ['(1)', '在接獲由用戶提出並經商訂的貨物規格後十二個工作天內發出招標書'],
      ['(2)', '在四個工作天內完成開標程序及將標書轉交用戶評核'],
      ['(1)', '在協定時間內印製及發送印刷品'],
      ['(2)', '在七個工作天內以書面提供有關印刷的技術意見'],
    ]);
  });
});

describe('a table of verdicts by theme, a theme merged down its measures', () => {
  it('reads every row to the end, however a theme’s first row reads (Finance Performance | … | Met target)', () => {
    const t = table(
      'Q2',
      [
        ['Performance Report: Second Quarter 2022/23'],
        [],
        ['Theme', 'Measure', 'Quarter two'],
        ['Housing and Communities', 'Number of affordable homes delivered (gross)', 'Met target'],
        [null, 'Homelessness Prevented and Homelessness Relieved', 'Met target'],
        [null, 'Number of all Households in Temporary Accommodation (TA)', 'Did not meet target'],
        [null, 'Number of Households on the Housing Register', 'Did not meet target'],
        [null, 'Cost of TA', 'Met target'],
        ['Finance Performance', 'Net income from all investment assets', 'Met target'],
        [null, 'Additional Income Generation', 'Did not meet target'],
      ],
      ['A4:A8', 'A9:A10'],
    );
    expect(t.indicators.map((i) => i.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(t.indicators[5].category).toBe('Finance Performance');
  });
});

describe('a result typed as text beside a sentence, after a gap', () => {
  it('is a row of the table, not a note under it (Rent collected as % due: | 100.7% | Target: No official target…)', () => {
    const t = table('Q3', [
      ['Our performance'],
      ['Overall satisfaction:', '90.0%', 'Target: 90%'],
      ['Overall satisfaction with repairs:', '82.9%', 'Target: 85%'],
      [],
      [
        'Rent collected as % due:',
        '100.7%',
        'Target: No official target. We aim to collect as much rent due as we can.',
      ],
      [
        'Current tenant arrears as % of annual rent debit:',
        '4.18%*',
        "Target: 4.25% (For our General rented and Older people's homes)",
      ],
      ['Rent lost due to empty homes as % of rent roll:', '1.78%*', 'Target: 0.85%.'],
    ]);
    expect(t.indicators.map((i) => i.row)).toEqual([2, 3, 5, 6, 7]);
  });
});

describe('a year’s result estimated at its end (完成情况(预计))', () => {
  it('is judged as the year’s result once the report is made after the year, not as a projection on course', () => {
    const rows: CellValue[][] = [
      ['2023年主要指标完成情况'],
      ['指标', '单位', '2023年预期目标', '2023年完成情况(预计)'],
      ['实施重大项目', '项', 190, 198],
      ['地方一般公共预算收入增长', '%', 0.05, 0.008],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2024-01-20' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
    // …still said as the estimate it is.
    expect(r.report.narrative.map((b) => b.text).join('\n')).toContain('实施重大项目预计完成198项');
    // Made in December, the year not yet over: a projection on course, or at risk.
    const dec = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2023-12-20' });
    expect(dec.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'at_risk']);
    // An English projection of the year stays one: on course, the year not over.
    const en: CellValue[][] = [
      ['Measure', 'FY 2024 Target', 'FY 2024 Projected'],
      ['Homes built', 190, 198],
    ];
    const e = runCheck({ sources: [sourceFromRows('S', en)], lang: 'en-US', date: '2024-01-20' });
    expect(e.report.evaluations.map((x) => x.status)).toEqual(['on_track']);
  });
});

describe('a verdict written once and merged down the rows it holds for', () => {
  it('counts for each row under a heading that may name a result (完成情况)', () => {
    const rows: CellValue[][] = [
      ['2020年1—10月全区环境质量主要目标完成情况'],
      ['序号', '指标', '年度目标', '1—10月', '完成情况'],
      [1, '全区环境空气优良天数比例(%)', 89.1, 90.2, '高于年度目标要求,同比提高0.8个百分点'],
      [2, 'PM2.5平均浓度较2015年下降(%)', '下降比例高于12%', 17.1, '达到年度目标要求'],
      [3, '地表水断面优良水体比例(%)', '不低于59.6%', 69.2, null],
      [4, '劣Ⅴ类水体比例(%)', '低于3.8%', 1.9, null],
      [5, '饮用水水源地水质达标率(%)', null, 81, null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows, { merges: ['E4:E7'] })],
      lang: 'zh-CN',
      date: '2025-01-15',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'on_track'],
      [4, 'achieved'],
      [5, 'achieved'],
      [6, 'achieved'],
      [7, 'achieved'],
    ]);
  });
});

describe('parts of a measure stated over them as a target', () => {
  it('take the measure’s direction where their own names say nothing (The rate of escapes … is below 0.05% › Public prisons)', () => {
    const rows: CellValue[][] = [
      ['Performance against the national offender management targets for 2006-07'],
      ['Protecting the public', 'Annual Performance', 'Annual Target'],
      ['No escapes of category A prisoners', 0, 0],
      [
        'The rate of escapes from prison and Prison Service escorts is below 0.05% of the average prison population',
      ],
      ['Public prisons', 0.0001, 0.0005],
      ['Contracted prisons', 0.00001, 0.0005],
      ['90% of PSRs completed within required timelines', 0.8, 0.9],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Targets 2006-07', rows, { merges: ['A1:C1', 'A4:C4'] })],
      lang: 'en-US',
      date: '2007-07-17',
      yearStart: 4,
    });
    const byRow = (row: number) => r.report.evaluations.find((e) => e.indicator.row === row)!;
    // A rate of escapes under a ceiling: 0.01% and 0.001% are well within 0.05%.
    expect([byRow(5).direction, byRow(5).status]).toEqual(['lower', 'achieved']);
    expect([byRow(6).direction, byRow(6).status]).toEqual(['lower', 'achieved']);
    expect(byRow(7).status).toBe('missed');
  });
});

describe('a column of texts under a heading of no known word, left of a target heading over one remark', () => {
  it('names the rows; the remark is no name (Sector/Sub Sector | Target (per cent) | Achievement (per cent) | RRBs not Meeting Target)', () => {
    const rows: CellValue[][] = [
      ['Appendix Table IV.15: RRBs - PSL Target and Achievement - 2023-24'],
      [
        'Sector/Sub Sector',
        'Target (per cent)',
        'Achievement (per cent)',
        'RRBs not Meeting Target/Sub-target',
      ],
      [1, 2, 3, 4],
      ['Overall Priority Sector', 75, 88.6, 'All RRBs have met all the targets/sub-targets for FY 2023-24'],
      ['Agriculture', 18, 34.2],
      ['Small and Marginal Farmers', 10, 19],
      ['Micro Enterprises', 7.5, 6],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Appendix Table IV.15', rows, { merges: ['A1:D1'] })],
      lang: 'en-US',
      date: '2024-09-30',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Overall Priority Sector', 'achieved'],
      ['Agriculture', 'achieved'],
      ['Small and Marginal Farmers', 'achieved'],
      ['Micro Enterprises', 'missed'],
    ]);
    // "(per cent)" in the headings: the figures are percentages, their gaps in points.
    const micro = r.report.evaluations[3];
    expect([micro.indicator.measureUnit, micro.kind]).toEqual(['%', 'share']);
    expect(r.report.narrative.map((b) => b.text).join('\n')).toContain(
      'Micro Enterprises was 6%, 1.5 percentage points below the 7.5% target',
    );
  });
});

describe('a count started beside the count planned (计划任务数 | 开工数)', () => {
  it('is the result, with no rate column beside it', () => {
    const rows: CellValue[][] = [
      ['2022年全国城镇老旧小区改造进展情况'],
      ['(截至2022年12月末)'],
      ['序号', '省份', '新开工改造小区数(个)', null, '涉及居民户数(万户)'],
      [null, null, '计划任务数', '开工数', '计划任务数', '开工数'],
      [1, '北京', 400, 411, 21.3, 21.3],
      [2, '天津', 177, 177, 10.12, 10.19],
      [3, '西藏', 120, 98, 1.2, 0.9],
    ];
    const r = runCheck({
      sources: [
        sourceFromRows('进展情况', rows, { merges: ['A1:F1', 'A2:F2', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'] }),
      ],
      lang: 'zh-CN',
      date: '2023-01-20',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value, e.status])).toEqual([
      [5, 411, 'achieved'],
      [5, 21.3, 'achieved'],
      [6, 177, 'achieved'],
      [6, 10.19, 'achieved'],
      [7, 98, 'missed'],
      [7, 0.9, 'missed'],
    ]);
  });
});

describe('a result in per cent under a group that holds its own target', () => {
  it('is the group’s result, not the share of a target reached (Standard › Target (%) | Actual (%))', () => {
    const rows: CellValue[][] = [
      [null, 'Standard', null, 'Enhanced'],
      [null, 'Target (percentage)', 'Actual (percentage)', 'Target (percentage)', 'Actual (percentage)'],
      ['2007-08', '90 in 10 days', 99.7, '90 in 28 days', 84.9],
      ['2006-07', '93 in 14 days', 97.6, '90 in 28 days', 93.6],
    ];
    const t = table('PSS performance', rows, ['B1:C1', 'D1:E1'], 4);
    expect(roles(t)).toMatchObject({
      B: 'target (Standard):header',
      C: 'actual (Standard):header',
      E: 'actual (Enhanced):header',
    });
    // Each kind of case judged on its own result against its own standard.
    const r = runCheck({
      sources: [sourceFromRows('PSS performance', rows, { merges: ['B1:C1', 'D1:E1'] })],
      lang: 'en-US',
      date: '2009-01-15',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value, e.status])).toEqual([
      [3, 99.7, 'achieved'],
      [3, 84.9, 'missed'],
      [4, 97.6, 'achieved'],
      [4, 93.6, 'achieved'],
    ]);
  });
});

describe('a row without figures named as a row read before, over a row also read before', () => {
  it('heads that row when the two were not siblings before (the same sub-rows under each service)', () => {
    const rows: CellValue[][] = [
      ['Service Type', 'Service Standard (Working Days)', 'Performance Target (%)', 'Actual Performance (%)'],
      ['(a) Order via online services'],
      ['Without colour plans'],
      ['Orders placed before 6 pm', 1, 97, 100],
      ['Orders placed after 6 pm', 2, 97, 100],
      ['(b) Certified copies'],
      ['Computerised land registers', 1, 97, 100],
      ['(c) Delivery by post'],
      ['Computerised land registers'],
      ['Orders placed before 6 pm', 1, 97, 95],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Annex I', rows)],
      lang: 'en-US',
      date: '2009-06-01',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.indicator.category, e.status])).toEqual([
      [4, 'Without colour plans', 'achieved'],
      [5, 'Without colour plans', 'achieved'],
      [7, '(b) Certified copies', 'achieved'],
      [10, 'Computerised land registers', 'missed'],
    ]);
  });
});
