/**
 * Tables that give each indicator a Target row and an Actual row under the same period columns (UK
 * council and SDBIP reports; 计划 / 完成 rows in Chinese monthly tables): the rows are paired into one
 * indicator, the year's column gives the target and the figure to date, and the period targets are
 * read as each period's own, totals to date, or a level.
 */
import { parsePeriodCode, runCheck, toResultJson, type CellValue, type Lang } from '../../src/engine';
import { planShape, rowKindOf } from '../../src/engine/read/rowKinds';
import { withMonthHeadings } from '../../src/engine/read/dateHeadings';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: Lang, merges: string[] = [], period?: string) {
  const r = runCheck({
    sources: [sourceFromRows('Sheet1', rows, { merges })],
    lang,
    date: '2024-10-08',
    ...(period ? { period: parsePeriodCode(period) } : {}),
  });
  const json = toResultJson(r.report);
  return { report: r.report, json, row: (name: string) => json.indicators.find((i) => i.name === name)! };
}

describe('Target and Actual rows', () => {
  const council: CellValue[][] = [
    ['Quarterly performance report 2024'],
    ['Ref', 'Indicator', '', 'Q1', 'Q2', 'Q3', 'Q4', 'Annual'],
    ['PI01', 'Number of affordable homes delivered', 'Target', 50, 50, 50, 50, 200],
    ['', '', 'Actual', 42, 55, 38, null, 135],
    [
      'PI02',
      '% of major planning applications determined in 13 weeks',
      'Target',
      '60%',
      '60%',
      '60%',
      '60%',
      '60%',
    ],
    ['', '', 'Actual', '71%', '58%', '65%', null, '65%'],
    ['PI03', 'Average days to re-let council homes', 'Target', 28, 28, 28, 28, 28],
    ['', '', 'Actual', 31, 27, 35, null, 31],
  ];

  it('pairs the rows into one indicator each, judged on the year to date against the plan to date', () => {
    const { json, row } = check(council, 'en-US');
    expect(json.indicators.map((i) => i.name)).toEqual([
      'Number of affordable homes delivered',
      '% of major planning applications determined in 13 weeks',
      'Average days to re-let council homes',
    ]);
    expect(json.period).toBe('Q3');
    // 50 a quarter: 150 by Q3; 135 to date is 90 % of it.
    expect(row('Number of affordable homes delivered')).toMatchObject({
      target: 200,
      actual: 135,
      expected: 150,
      status: 'behind',
    });
    expect(row('% of major planning applications determined in 13 weeks')).toMatchObject({
      target: 0.6,
      actual: 0.65,
    });
    expect(['on_track', 'achieved']).toContain(
      row('% of major planning applications determined in 13 weeks').status,
    );
    expect(row('Average days to re-let council homes')).toMatchObject({
      target: 28,
      actual: 31,
      status: 'behind',
    });
    expect(row('Average days to re-let council homes').direction).toBe('lower');
  });

  it('reads 计划 / 完成 rows under month columns, the kind column being no category', () => {
    const rows: CellValue[][] = [
      ['2024年重点工作月度推进表'],
      ['序号', '指标', '单位', '类别', '1月', '2月', '3月', '4月', '5月', '6月', '全年'],
      [1, '城镇新增就业', '人', '计划', 400, 400, 450, 450, 450, 450, 5000],
      ['', '', '', '完成', 380, 420, 470, 410, 460, 480, null],
      [2, '规上工业增加值', '亿元', '计划', 50, 50, 60, 60, 60, 60, 700],
      ['', '', '', '完成', 48, 52, 55, 58, 61, 59, null],
    ];
    const { json, row } = check(rows, 'zh-CN');
    expect(json.indicators).toHaveLength(2);
    expect(json.period).toBe('M6');
    // Each month's own plan, added up: 2,600 by June against 2,620 done.
    expect(row('城镇新增就业')).toMatchObject({
      target: 5000,
      actual: 2620,
      expected: 2600,
      status: 'on_track',
    });
    expect(row('城镇新增就业').category).toBeNull();
    expect(row('规上工业增加值')).toMatchObject({ actual: 333, expected: 340, status: 'behind' });
  });

  it('targets that are totals to date make the results totals to date (names merged down their rows)', () => {
    const rows: CellValue[][] = [
      ['2024年目标完成情况'],
      ['序号', '指标名称', '单位', '项目', '一季度', '二季度', '三季度', '四季度', '全年'],
      [1, '固定资产投资', '亿元', '目标', 20, 45, 75, 100, 100],
      ['', '', '', '完成', 22, 47, 70, null, null],
    ];
    const { row } = check(rows, 'zh-CN', ['A3:A4', 'B3:B4', 'C3:C4']);
    // Added up they would be 139 against 75; as they stand, 70 against 75.
    const r = row('固定资产投资');
    expect(r.actual).toBe(70);
    expect(r.expected).toBe(75);
  });

  it('reads Target and Actual rows in the name column, under the row that names the indicator', () => {
    const rows: CellValue[][] = [
      ['Performance indicators 2024'],
      ['Indicator', 'Q1', 'Q2', 'Q3', 'Q4', 'Year'],
      ['Housing'],
      ['Affordable homes delivered'],
      ['Target', 50, 50, 50, 50, 200],
      ['Actual', 42, 55, 38, null, 135],
      ['Average days to re-let'],
      ['Target', 28, 28, 28, 28, 28],
      ['Actual', 31, 27, 35, null, 31],
    ];
    const { json, row } = check(rows, 'en-US');
    expect(json.indicators.map((i) => i.name)).toEqual([
      'Affordable homes delivered',
      'Average days to re-let',
    ]);
    expect(row('Affordable homes delivered')).toMatchObject({
      category: 'Housing',
      target: 200,
      actual: 135,
      expected: 150,
      status: 'behind',
    });
    expect(row('Average days to re-let')).toMatchObject({
      category: 'Housing',
      actual: 31,
      status: 'behind',
    });
  });

  it('reads the names from the column left of the kinds when the kinds are what was taken for names', () => {
    const rows: CellValue[][] = [
      ['Revenue budget monitoring 2024/25 – Quarter 2'],
      ['Service', '', 'Q1', 'Q2', 'Q3', 'Q4', 'Full year'],
      ['Adult social care', 'Budget', 12.5, 12.5, 12.5, 12.5, 50],
      ['', 'Actual', 13.1, 13.4, null, null, 26.5],
      ["Children's services", 'Budget', 8, 8, 8, 8, 32],
      ['', 'Actual', 7.6, 7.9, null, null, 15.5],
    ];
    const { json, row } = check(rows, 'en-US');
    expect(json.indicators.map((i) => i.name)).toEqual(['Adult social care', "Children's services"]);
    expect(row('Adult social care')).toMatchObject({ target: 50, actual: 26.5, expected: 25, owner: null });
  });

  it('equal plain targets a quarter with no year column give no year’s target rather than a wrong one', () => {
    const rows: CellValue[][] = [
      ['Performance indicators 2024'],
      ['Ref', 'Indicator', '', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['PI01', 'Affordable homes delivered', 'Target', 50, 50, 50, 50],
      ['', '', 'Actual', 42, 55, 38, null],
    ];
    const { row } = check(rows, 'en-US');
    // 50 a quarter or a level of 50? Not 135 "achieved" against 50.
    expect(row('Affordable homes delivered').status).not.toBe('achieved');
    expect(row('Affordable homes delivered').target).toBeNull();
  });

  it('a table whose one Type column is not Target / Actual words is read as before', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Type', 'Target', 'Actual'],
      ['Homes delivered', 'Output', 200, 150],
      ['Re-let days', 'Outcome', 28, 31],
    ];
    const { json } = check(rows, 'en-US', [], 'FY');
    expect(json.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['Homes delivered', 200, 150],
      ['Re-let days', 28, 31],
    ]);
  });
});

describe('row kinds and plan shapes', () => {
  it.each([
    ['Target', 'target'],
    ['Actual', 'actual'],
    ['计划', 'target'],
    ['实际完成', 'actual'],
    ['目标：', 'target'],
    ['Target homes', null],
    [12, null],
  ])('%s is a %s row', (v, kind) => {
    expect(rowKindOf(v)).toBe(kind);
  });

  it('tells period targets apart: their own, totals to date, or one level', () => {
    expect(planShape([50, 50, 50, 50], 200)).toBe('own');
    expect(planShape([1200, 2500, 3750, 5000], 5000)).toBe('to-date');
    expect(planShape([0.6, 0.6, 0.6, 0.6], 0.6)).toBe('level');
    expect(planShape([400, 400, 450, 450, 450, 450], 5000)).toBe('own');
    expect(planShape([5], 20)).toBeNull();
  });
});

describe('month headings typed as dates, beside the year to date', () => {
  // Apr-24 … Sep-24 as Excel keeps them: date serials under a month format.
  const serial = (y: number, m: number) => Date.UTC(y, m - 1, 1) / 86400000 + 25569;
  const months = [4, 5, 6, 7, 8, 9].map((m) => serial(2024, m));
  const rows: CellValue[][] = [
    ['Housing KPI tracker 2024/25'],
    ['KPI', 'Polarity', 'Annual target', ...months, 'YTD'],
    ['Rent collected as % of rent due', 'High', 0.98, 0.95, 0.97, 0.985, 0.99, 0.975, 0.98, 0.976],
    ['Average re-let time (days)', 'Low', 30, 35, 32, 28, 31, 29, 27, 30.3],
  ];
  const formats = rows.map((row, r) =>
    row.map((_, c) => (r === 1 && c >= 3 && c <= 8 ? 'mmm-yy' : r === 2 && c >= 2 ? '0.0%' : null)),
  );

  it('reads the dates as month columns and judges the year to date', () => {
    const r = runCheck({
      sources: [sourceFromRows('KPIs', rows, { formats })],
      lang: 'en-US',
      date: '2024-10-08',
    });
    const json = toResultJson(r.report);
    // April to September beside a YTD: a year from April, of which September is the sixth month.
    expect([json.period, json.yearStart]).toEqual(['M6', 4]);
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    // The office's YTD, not September's figure alone (0.98, 27 days).
    expect(row('Rent collected as % of rent due')).toMatchObject({ actual: 0.976, status: 'behind' });
    expect(row('Average re-let time (days)')).toMatchObject({ actual: 30.3, status: 'behind' });
  });

  it('leaves a row of dates that are not a run of months alone', () => {
    const grid = {
      name: 'S',
      originRow: 1,
      originCol: 1,
      values: [['Due', serial(2024, 4) + 14, serial(2024, 5) + 3, serial(2024, 7)]],
      numberFormats: [[null, 'd-mmm', 'd-mmm', 'd-mmm']],
      merges: [],
    };
    expect(withMonthHeadings(grid)).toBe(grid);
  });
});

describe('a standard table with quarters and its own year to date', () => {
  it('the year-to-date column is the result once the quarters reach it', () => {
    const rows: CellValue[][] = [
      ['指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '累计'],
      ['群众满意度', '%', '95%', '93%', '96%', '94%', null, '94.5%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-10-08' });
    const json = toResultJson(r.report);
    expect(json.period).toBe('Q3');
    expect(json.indicators[0].actual).toBe(0.945);
  });
});

describe('a plan of steps by quarter beside the progress made', () => {
  it('the quarters hold the plan, the progress column the result (目前进展)', () => {
    const rows: CellValue[][] = [
      ['2024年重点项目推进计划表'],
      ['序号', '项目名称', '一季度', '二季度', '三季度', '四季度', '目前进展'],
      [1, '市民中心建设', '完成选址', '开工建设', '主体完工', '投入使用', '主体已完工，正在装修'],
      [2, '城东污水处理厂', '完成立项', '完成设计', '开工建设', '完成投资40%', '正在开展设计招标'],
      [3, '智慧城市平台', '完成招标', '系统开发', '试运行', '正式上线', '已完成系统开发'],
    ];
    const { report } = check(rows, 'zh-CN', [], 'Q3');
    const e = report.evaluations.find((x) => x.indicator.name === '市民中心建设')!;
    expect(e.indicator.actuals).toMatchObject({
      kind: 'cumulative',
      cell: { value: '主体已完工，正在装修' },
    });
    expect(e.indicator.milestoneTargets?.[2]?.value).toBe('主体完工');
  });

  it('goals of a project in words (投入使用, 正式上线) are milestones, judged by the progress words', () => {
    const rows: CellValue[][] = [
      ['2024年重点项目推进情况'],
      ['序号', '项目名称', '年度目标', '一季度进展', '二季度进展', '三季度进展', '完成情况'],
      [1, '市民中心建设', '投入使用', '完成选址', '开工建设', '主体完工', '正在推进'],
      [2, '智慧城市平台', '正式上线', '完成招标', '系统开发', '试运行', '已上线'],
    ];
    const { row } = check(rows, 'zh-CN', [], 'Q3');
    expect(row('市民中心建设')).toMatchObject({ target: '投入使用', status: 'on_track' });
    expect(row('智慧城市平台')).toMatchObject({ target: '正式上线', status: 'achieved' });
  });

  it('a result column in words read by content stands where the standard headings found none', () => {
    const rows: CellValue[][] = [
      ['2024年重点项目推进情况'],
      ['序号', '项目名称', '年度目标', '目前进展'],
      [1, '市民中心建设', '投入使用', '主体已完工，正在装修'],
      [2, '城东污水处理厂', '开工建设', '正在开展设计招标'],
    ];
    const { json } = check(rows, 'zh-CN', [], 'Q3');
    // As typed, its full-width comma kept.
    expect(json.indicators.map((i) => i.actual)).toEqual(['主体已完工，正在装修', '正在开展设计招标']);
  });
});

describe("a target's row and a result's row that the kinds alone do not pair", () => {
  it('pairs "Target % answered by due date" with "Actual % answered by due date", the kinds of work across', () => {
    const rows: CellValue[][] = [
      ['Ministerial Servicing Performance 2015/16'],
      [null, 'MC', 'PQ', 'MOIA'],
      ['Actual volume of replies completed', 407, 342, 127],
      ['Target % answered by due date', 0.95, 1, 1],
      ['Actual % answered by due date', 0.89, 0.77, 0.82],
      ['Target % first draft accepted', 0.95, 1, 0.95],
      ['Actual % first draft accepted', 0.84, 0.91, 0.99],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2016-08-01',
      yearStart: 7,
    });
    const got = r.report.evaluations.map((e) => [
      e.indicator.row,
      e.indicator.org,
      e.indicator.name,
      e.target?.value ?? null,
      e.actual?.value,
      e.status,
    ]);
    expect(got).toEqual([
      [3, 'MC', 'volume of replies completed', null, 407, 'not_rated'],
      [3, 'PQ', 'volume of replies completed', null, 342, 'not_rated'],
      [3, 'MOIA', 'volume of replies completed', null, 127, 'not_rated'],
      [5, 'MC', '% answered by due date', 0.95, 0.89, 'missed'],
      [5, 'PQ', '% answered by due date', 1, 0.77, 'missed'],
      [5, 'MOIA', '% answered by due date', 1, 0.82, 'missed'],
      [7, 'MC', '% first draft accepted', 0.95, 0.84, 'missed'],
      [7, 'PQ', '% first draft accepted', 1, 0.91, 'missed'],
      [7, 'MOIA', '% first draft accepted', 0.95, 0.99, 'achieved'],
    ]);
    // Each figure keeps its own cell on the sheet: PQ's target is C4, its result C5, with its format.
    const pq = r.report.evaluations[4].indicator;
    expect([pq.target?.row, pq.target?.col]).toEqual([4, 3]);
    const formatted = runCheck({
      sources: [
        sourceFromRows('S', rows, {
          formats: rows.map((row) => row.map((v) => (typeof v === 'number' ? '0%' : null))),
        }),
      ],
      lang: 'en-US',
      date: '2016-08-01',
      yearStart: 7,
    }).report.evaluations[4].indicator;
    expect(formatted.target?.format).toBe('0%');
    expect(pq.actuals.kind === 'cumulative' && [pq.actuals.cell?.row, pq.actuals.cell?.col]).toEqual([5, 3]);
  });

  it("judges a measure's latest quarter against that quarter's target where no column gives the year's", () => {
    const rows: CellValue[][] = [
      ['Scorecard 2024/25'],
      ['Measure', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['Homes built', null, null, null, null],
      ['Target', 50, 50, 50, 50],
      ['Actual', 45, 52, null, null],
      ['Repairs on time %', null, null, null, null],
      ['Target', 0.95, 0.95, 0.95, 0.95],
      ['Actual', 0.93, 0.94, null, null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2024-10-20',
      yearStart: 4,
    });
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.indicator.name, e.actual?.value, e.status]),
    ).toEqual([
      [3, 'Homes built', 52, 'on_track'],
      [6, 'Repairs on time %', 0.94, 'behind'],
    ]);
  });

  it('pairs rows whose role word comes last (Electronic take up target | Electronic take up (actual))', () => {
    const rows: CellValue[][] = [
      ['Service performance 2011-12'],
      [null, '2010-11', '2011-12'],
      ['Electronic take up target', 0.49, 0.53],
      ['Electronic take up (actual)', 0.51, 0.537],
      ['Calls answered target', 0.9, 0.9],
      ['Calls answered actual', 0.88, 0.86],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2012-06-20',
      yearStart: 4,
    });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.row,
        e.indicator.name,
        e.target?.value,
        e.actual?.value,
        e.status,
      ]),
    ).toEqual([
      [4, 'Electronic take up', 0.53, 0.537, 'achieved'],
      [6, 'Calls answered', 0.9, 0.86, 'missed'],
    ]);
  });

  it('keeps the reading of another table on the sheet, below the pairs', () => {
    const rows: CellValue[][] = [
      ['Ministerial Servicing Performance 2015/16'],
      [null, 'MC', 'PQ'],
      ['Target % answered by due date', 0.95, 1],
      ['Actual % answered by due date', 0.89, 0.77],
      ['Target % first draft accepted', 0.95, 1],
      ['Actual % first draft accepted', 0.84, 0.91],
      [],
      ['Output measures 2015/16'],
      ['Measure', 'Target', 'Actual'],
      ['Briefings delivered on time', 0.9, 0.94],
      ['Cost per reply ($)', 250, 262],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2016-08-01',
      yearStart: 7,
    });
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.indicator.org ?? null, e.actual?.value]),
    ).toEqual([
      [4, 'MC', 0.89],
      [4, 'PQ', 0.77],
      [6, 'MC', 0.84],
      [6, 'PQ', 0.91],
      [10, null, 0.94],
      [11, null, 262],
    ]);
  });

  it('reads a label column of Target and Actual beside the names, under Annual and YTD', () => {
    const rows: CellValue[][] = [
      ['Scorecard 2024'],
      ['Measure', '', 'Annual', 'YTD'],
      ['Homes built', 'Target', 200, 100],
      [null, 'Actual', null, 97],
      ['Repairs on time %', 'Target', 0.95, 0.95],
      [null, 'Actual', null, 0.96],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2024-10-20',
      yearStart: 4,
    });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.row,
        e.target?.value,
        e.actual?.value,
        e.expected,
        e.status,
      ]),
    ).toEqual([
      [3, 200, 97, 100, 'behind'],
      [5, 0.95, 0.96, 0.95, 'achieved'],
    ]);
  });
});
