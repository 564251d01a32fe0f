import {
  type CellRange,
  type CellValue,
  type Grid,
  type Lang,
  REPORT_MARKER,
  type SheetSource,
} from '../../src/engine/model';
import { toResultJson } from '../../src/engine/json';
import { buildReportLayout } from '../../src/engine/layout/layout';
import { runCheck } from '../../src/engine/pipeline';
import { readSheet } from '../../src/engine/read/readSheet';

const ERR: CellValue = { kind: 'error', code: '#DIV/0!' };

/** A quarter sheet: title, 填报单位 line, one header row, two categories, a note. */
function quarterGrid(name = '目标任务', q4: (number | null)[] = [null, null, null, null]): Grid {
  return {
    name,
    originRow: 1,
    originCol: 1,
    values: [
      ['商洛市科协2019年目标任务完成情况表'],
      ['填报单位：商洛市科协', null, null, null, null, null, null, '填报日期：2019-10-08'],
      ['序号', '类别', '指标', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'],
      ['一', null, '职能目标任务'],
      [1, null, '科技下乡', '场次', 150, 40, 45, 40, q4[0], '科普部'],
      [2, null, '培训群众', '人次', 40000, 8000, 9000, 5000, q4[1], '学会部'],
      [3, null, '义诊', '场次', 30, 5, 5, ERR, q4[2], '科普部'],
      ['二', null, '党的建设'],
      [4, null, '=整改到位', '项', 24, 6, 6, 4, q4[3], '办公室'],
      [],
      ['注：数据为示例。'],
    ],
    merges: [],
  };
}

const instructions: Grid = {
  name: '说明',
  originRow: 1,
  originCol: 1,
  values: [['本工作簿用于填报目标任务完成情况。'], ['请在“目标任务”表中填写。']],
  merges: [],
};

function sources(...grids: Grid[]): SheetSource[] {
  return grids.map((grid) => ({ file: 'a.xlsx', grid }));
}

describe('runCheck', () => {
  it('defaults to the latest period with data and evaluates every indicator', () => {
    const result = runCheck({
      sources: sources(quarterGrid(), instructions),
      lang: 'zh-CN',
      date: '2019-10-10',
    });
    expect(result.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(result.readings).toHaveLength(2);
    const r = result.report;
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 3 });
    const byName = Object.fromEntries(r.evaluations.map((e) => [e.indicator.name, e]));
    expect(Object.keys(byName)).toEqual(['科技下乡', '培训群众', '义诊', '=整改到位']);
    expect(byName['科技下乡'].status).toBe('on_track');
    expect(byName['科技下乡'].actual?.value).toBe(125);
    expect(byName['科技下乡'].expected).toBeCloseTo(112.5, 10);
    expect(byName['培训群众'].status).toBe('at_risk');
    expect(byName['义诊'].status).toBe('invalid');
    expect(byName['=整改到位'].status).toBe('behind');
    expect(r.counts.total).toBe(4);
    expect(r.counts.byStatus).toMatchObject({ on_track: 1, at_risk: 1, behind: 1, invalid: 1, achieved: 0 });
    expect(r.skippedSheets).toEqual([
      { file: 'a.xlsx', sheet: '说明', reason: expect.objectContaining({ code: expect.any(String) }) },
    ]);
    expect(
      r.diagnostics.some((d) => d.code === 'cell-error' && d.cell === 'H7' && d.severity === 'error'),
    ).toBe(true);
  });

  it('takes unit and year from the sheet for the title, and the caller can set both', () => {
    const auto = runCheck({ sources: sources(quarterGrid()), lang: 'zh-CN', date: '2019-10-10' }).report;
    expect(auto.title).toBe('商洛市科协2019年前三季度目标任务完成情况对标报告');
    expect(auto.options.year).toBe(2019);
    const named = runCheck({
      sources: sources(quarterGrid()),
      lang: 'zh-CN',
      date: '2019-10-10',
      unitName: '商洛市科学技术协会',
    }).report;
    expect(named.title).toBe('商洛市科学技术协会2019年前三季度目标任务完成情况对标报告');
    const titled = runCheck({
      sources: sources(quarterGrid()),
      lang: 'en-US',
      date: '2019-10-10',
      title: 'My title',
    });
    expect(titled.report.title).toBe('My title');
  });

  it('uses the period given, and the year end once Q4 is filled in', () => {
    const q2 = runCheck({
      sources: sources(quarterGrid()),
      lang: 'zh-CN',
      date: '2019-07-10',
      period: { kind: 'quarter', quarter: 2 },
    });
    expect(q2.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(q2.report.evaluations[0].actual?.value).toBe(85);
    const full = runCheck({
      sources: sources(quarterGrid('目标任务', [30, 12000, 10, 8])),
      lang: 'zh-CN',
      date: '2020-01-07',
    });
    expect(full.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(full.report.evaluations[0].status).toBe('achieved');
  });

  it('gives FY for sheets with only a cumulative column', () => {
    const cumulative: Grid = {
      name: 'Targets',
      originRow: 1,
      originCol: 1,
      values: [
        ['Indicator', 'Unit', 'Annual target', 'Actual to date', 'Owner'],
        ['Outreach events', 'events', 150, 160, 'Outreach'],
        ['Trainings', 'sessions', 40, 30, 'Training'],
      ],
      merges: [],
    };
    const result = runCheck({ sources: [{ grid: cumulative }], lang: 'en-US', date: '2020-01-07' });
    expect(result.period).toEqual({ kind: 'year' });
    expect(result.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
    expect(toResultJson(result.report).period).toBe('FY');
  });

  it('honours thresholds', () => {
    const strict = runCheck({
      sources: sources(quarterGrid()),
      lang: 'zh-CN',
      date: '2019-10-10',
      thresholds: { onTrack: 1.2, behind: 0.5 },
    }).report;
    const byName = Object.fromEntries(strict.evaluations.map((e) => [e.indicator.name, e.status]));
    expect(byName['科技下乡']).toBe('behind'); // pace 1.11 < 1.2
    expect(byName['培训群众']).toBe('behind'); // pace 0.73 ≥ 0.5
  });

  it('gives the same percentage points in the attention table as in the narrative', () => {
    const { report } = runCheck({ sources: sources(quarterGrid()), lang: 'zh-CN', date: '2019-10-10' });
    const t = report.tables.attention;
    const name = t.columns.findIndex((c) => c.key === 'name');
    const points = t.columns.findIndex((c) => c.key === 'gapPoints');
    const text = report.narrative.map((b) => b.text).join('\n');
    const withPoints = t.rows.filter((r) => typeof r[points] === 'number');
    expect(withPoints.map((r) => r[name])).toEqual(['培训群众', '=整改到位']);
    for (const r of withPoints) {
      expect(text).toContain(`落后序时进度${(r[points] as number).toFixed(1)}个百分点`);
    }
  });

  it('gives a JSON result with the contract shape', () => {
    const json = toResultJson(
      runCheck({ sources: sources(quarterGrid(), instructions), lang: 'zh-CN', date: '2019-10-10' }).report,
    );
    expect(json.period).toBe('Q3');
    expect(json.indicators[0]).toMatchObject({
      file: 'a.xlsx',
      sheet: '目标任务',
      row: 5,
      id: '1',
      category: '职能目标任务',
      name: '科技下乡',
      unit: '场次',
      direction: 'higher',
      aggregation: 'sum',
      target: 150,
      actual: 125,
      expected: 112.5,
      completion: 0.8333,
      pace: 1.1111,
      status: 'on_track',
      owner: '科普部',
    });
    expect(json.skippedSheets).toEqual([expect.objectContaining({ file: 'a.xlsx', sheet: '说明' })]);
    expect(json.diagnostics.find((d) => d.code === 'cell-error')).toMatchObject({
      cell: 'H7',
      sheet: '目标任务',
    });
    expect(JSON.stringify(json)).not.toMatch(/NaN|undefined/);
  });

  it("writes a report sheet that the reader skips as the product's own, even renamed", () => {
    const { report } = runCheck({ sources: sources(quarterGrid()), lang: 'zh-CN', date: '2019-10-10' });
    const sheet = buildReportLayout(report).sheets[0];
    const grid: Grid = {
      name: 'Sheet9',
      originRow: 1,
      originCol: 1,
      values: sheet.rows.map((r) => r.map((c) => (c ? c.value : null))),
      merges: sheet.merges,
    };
    expect(grid.values.flat()).toContain(REPORT_MARKER);
    const reading = readSheet({ grid });
    expect(reading.kind).toBe('skipped');
    if (reading.kind === 'skipped') expect(reading.reason.code).toBe('own-output');
  });

  it('records this check-in: snapshot and history, the time defaulting to the report date', () => {
    const first = runCheck({ sources: sources(quarterGrid()), lang: 'zh-CN', date: '2019-10-10' });
    expect(first.snapshot.period).toBe('Q3');
    expect(first.snapshot.takenAt).toBe('2019-10-10T00:00:00');
    expect(first.snapshot.entries.map((e) => e.name)).toEqual(['科技下乡', '培训群众', '义诊', '=整改到位']);
    expect(first.history).toEqual([first.snapshot]);
    expect(first.report.changes).toBeUndefined();
    const history = Object.freeze([...first.history]);
    const again = runCheck({
      sources: sources(quarterGrid()),
      lang: 'zh-CN',
      date: '2019-10-12',
      takenAt: '2019-10-12T16:05:00',
      history,
    });
    // the same period again: replaced, not added; no earlier period, so nothing "since the last check-in"
    expect(again.history).toHaveLength(1);
    expect(again.history[0].takenAt).toBe('2019-10-12T16:05:00');
    expect(again.report.changes).toBeUndefined();
    expect(history).toHaveLength(1);
  });
});

describe('the year start, given or shown by the month columns', () => {
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const grid = (header: readonly string[]): Grid => ({
    name: '月报',
    originRow: 1,
    originCol: 1,
    values: [
      ['指标名称', '单位', '年度目标', ...header],
      ['销售收入', '万元', 1200, 100, 100, 100, 100, 100, 100],
    ],
    merges: [],
  });
  const check = (g: Grid, more: { yearStart?: number; period?: { kind: 'month'; month: 1 } } = {}) =>
    runCheck({ sources: [{ grid: g }], lang: 'zh-CN', date: '2026-10-15', ...more });

  it('counts month headings as calendar months in the year the user gives', () => {
    // Six months from April are half of a year starting in April: on pace, not at three quarters.
    const r = check(grid(months), { yearStart: 4 });
    expect(r.period).toEqual({ kind: 'month', month: 6 });
    expect(r.report.evaluations.map((e) => [e.status, e.actual?.value, e.expected])).toEqual([
      ['on_track', 600, 600],
    ]);
    expect(r.report.options.yearStartSource).toBeUndefined();
  });

  it('takes the year start from month columns that run April to March when none is given, and says so', () => {
    const r = check(grid(months));
    expect(r.report.options.yearStart).toBe(4);
    expect(r.report.options.yearStartSource).toEqual({ sheet: '月报' });
    expect(r.period).toEqual({ kind: 'month', month: 6 });
    expect(r.report.evaluations[0].status).toBe('on_track');
    expect(r.report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'year-start-from-sheet', severity: 'info', params: { month: 4 } }),
    );
    expect((r.report.notes ?? []).join('\n')).toContain('年度按表中月份列的顺序从4月起算');
  });

  it('moves a calendar month given without a year start into the year the columns show', () => {
    // September, the sixth month of a year starting in April.
    const r = check(grid(months), { period: { kind: 'month', month: 9 as 1 } });
    expect(r.period).toEqual({ kind: 'month', month: 6 });
  });

  it('keeps the year start the user gives over the one the columns show', () => {
    const r = check(grid(months), { yearStart: 1 });
    expect(r.report.options.yearStart).toBe(1);
    expect(r.report.diagnostics.some((d) => d.code === 'year-start-from-sheet')).toBe(false);
  });

  it('keeps January for month columns from January', () => {
    const header = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
    const r = check(grid(header));
    expect(r.report.options.yearStart).toBe(1);
    expect(r.period).toEqual({ kind: 'month', month: 6 });
  });

  it('takes the year start from months April to September beside a YTD column', () => {
    const g: Grid = {
      name: 'IPR',
      originRow: 1,
      originCol: 1,
      values: [
        ['Indicator', 'Standard', 'Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Aug-24', 'Sep-24', 'YTD'],
        ['C. difficile cases', 45, 4, 6, 3, 5, 4, 2, 24],
      ],
      merges: [],
    };
    const r = runCheck({ sources: [{ grid: g }], lang: 'en-US', date: '2024-10-20' });
    expect(r.report.options.yearStart).toBe(4);
    // Six months of an April year: half of the 45 allowed, so 24 is over the pace (it read Q3 before).
    expect(r.period).toEqual({ kind: 'month', month: 6 });
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.expected, e.status])).toEqual([
      [24, 22.5, 'behind'],
    ]);
    // Without the YTD column the months say nothing of the year's start.
    const bare: Grid = { ...g, values: g.values.map((row) => row.slice(0, 8)) };
    expect(
      runCheck({ sources: [{ grid: bare }], lang: 'en-US', date: '2024-10-20' }).report.options.yearStart,
    ).toBe(1);
  });

  it('reads a table by evidence the same way (English months with years)', () => {
    const header = [
      'Apr 19',
      'May 19',
      'Jun 19',
      'Jul 19',
      'Aug 19',
      'Sep 19',
      'Oct 19',
      'Nov 19',
      'Dec 19',
      'Jan 20',
      'Feb 20',
      'Mar 20',
    ];
    const g: Grid = {
      name: 'KPIs',
      originRow: 1,
      originCol: 1,
      values: [
        ['Measure', 'Annual Target', ...header],
        ['Calls answered', 12000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
      ],
      merges: [],
    };
    const r = runCheck({ sources: [{ grid: g }], lang: 'en-US', date: '2020-01-15' });
    expect(r.report.options.yearStart).toBe(4);
    expect(r.period).toEqual({ kind: 'month', month: 9 });
    expect(r.report.evaluations.map((e) => [e.status, e.actual?.value])).toEqual([['on_track', 9000]]);
  });
});

describe('the year as the tables name it', () => {
  const table = (title: string, header: string, name = 'KPIs'): Grid => ({
    name,
    originRow: 1,
    originCol: 1,
    values: [
      [title],
      ['Measure', 'Annual Target', header],
      ['Calls answered', 12000, 6600],
      ['Complaints resolved', 400, 150],
    ],
    merges: [],
  });
  const check = (g: Grid, lang: 'en-US' | 'zh-CN' = 'en-US', more: { yearStart?: number } = {}) =>
    runCheck({ sources: [{ grid: g }], lang, date: '2024-11-20', ...more });
  const opening = (r: ReturnType<typeof check>) =>
    r.report.narrative.filter((b) => b.kind !== 'title').map((b) => b.text);

  it('names a year written across two calendar years by both, in the title and the text', () => {
    const r = check(table('Quarterly performance 2024/25', 'Q2 result'));
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(r.report.options).toEqual(expect.objectContaining({ year: 2024, yearNamed: 'span' }));
    expect(r.report.title).toBe('Target report: Q2 2024/25');
    expect(opening(r).slice(0, 2).join(' ')).toContain('As of Q2 2024/25');
    // The start month is not said: nothing else changes (half of the year gone at Q2, as before).
    expect(r.report.options.yearStart).toBe(1);
    expect(r.report.evaluations.map((e) => [e.status, e.expected])).toEqual([
      ['on_track', 6000],
      ['at_risk', 200],
    ]);
    const zh = check(table('Quarterly performance 2024/25', 'Q2 result'), 'zh-CN');
    expect(zh.report.title).toBe('2024/25年度上半年目标任务完成情况对标报告');
  });

  it('names months counted from January by their calendar year while the start is not known', () => {
    // "Jan–Aug 2024/25" would count the months of a year that may start in April from January.
    const r = check(table('Performance 2024/25', 'Actual to August 2024'));
    expect(r.period).toEqual({ kind: 'month', month: 8 });
    expect(r.report.title).toBe('Target report: Jan–Aug 2024');
  });

  it('takes the year start from a run of months in the title that makes a whole year, and says so', () => {
    const r = check(table('Core performance - April to March 2023/24', 'Actual'));
    expect(r.report.options.yearStart).toBe(4);
    expect(r.report.options.yearStartSource).toEqual({ sheet: 'KPIs', text: 'April to March 2023' });
    expect(r.report.title).toBe('Target report: FY 2023/24');
    const note = r.report.diagnostics.find((d) => d.code === 'year-start-from-sheet');
    expect(note?.params).toEqual({ month: 4, text: 'April to March 2023' });
    expect(r.report.notes?.join('\n')).toContain(
      'the year is counted from April on, as the sheet states "April to March 2023"',
    );
    const zh = check(table('Core performance - April to March 2023/24', 'Actual'), 'zh-CN');
    expect(zh.report.notes?.join('\n')).toContain('年度按表中所写“April to March 2023”从4月起算');
  });

  it('takes the year start from a quarter named with its months (Q1 - 07/2015 - 09/2015: July)', () => {
    const r = check(table('Q1 - 07/2015 - 09/2015', 'Actual'));
    expect(r.period).toEqual({ kind: 'quarter', quarter: 1 });
    expect(r.report.options.yearStart).toBe(7);
    expect(r.report.options.yearStartSource).toEqual({ sheet: 'KPIs', text: 'Q1 - 07/2015 - 09/2015' });
    expect(r.report.title).toBe('Target report: Q1 2015/16');
    // A calendar year's quarter with its months says nothing of a start.
    expect(check(table('Q2 (April to June 2015)', 'Actual')).report.options.yearStart).toBe(1);
  });

  it('keeps the year start the user gives over the one the title says', () => {
    const r = check(table('Core performance - April to March 2023/24', 'Actual'), 'en-US', { yearStart: 1 });
    expect(r.report.options.yearStart).toBe(1);
    expect(r.report.diagnostics.some((d) => d.code === 'year-start-from-sheet')).toBe(false);
    // Named across two years by the title all the same.
    expect(r.report.title).toBe('Target report: FY 2023/24');
  });

  it('keeps a year named after FY as it is named, whatever month it starts in', () => {
    const r = check(table('Performance measures FY 2010', 'Q2 actual'), 'en-US', { yearStart: 10 });
    expect(r.report.options).toEqual(expect.objectContaining({ year: 2010, yearNamed: 'fy' }));
    expect(r.report.title).toBe('Target report: Q2 FY 2010');
    expect(opening(r)[0]).toContain('As of Q2 FY 2010');
    // FY 2010 from October starts in October 2009: its third month is December 2009.
    const december = runCheck({
      sources: [{ grid: table('Performance measures FY 2010', 'Actual') }],
      lang: 'en-US',
      date: '2024-11-20',
      yearStart: 10,
      period: { kind: 'month', month: 2 },
    });
    expect(opening(december)[0]).toContain('As of the end of November 2009');
    const year = check(table('Performance measures FY 2010', 'Actual'), 'en-US', { yearStart: 10 });
    expect(year.report.title).toBe('Target report: FY 2010');
    expect(opening(year)[0]).toContain('For FY 2010');
  });

  it('takes two calendar years of a plan (2021-2022年) as no financial year', () => {
    const g: Grid = {
      name: '计划',
      originRow: 1,
      originCol: 1,
      values: [
        ['2021-2022年重点工作推进情况'],
        ['指标名称', '年度目标', '完成情况'],
        ['新增就业（人）', 1000, 1200],
      ],
      merges: [],
    };
    const r = runCheck({ sources: [{ grid: g }], lang: 'zh-CN', date: '2022-12-31' });
    expect(r.report.options.yearNamed).toBeUndefined();
    expect(r.report.title).not.toContain('/');
  });

  it("names the year of the period the sheet states, not of a later year's target column", () => {
    // A budget book's page: this year's goal and actual, next years' goals beside them.
    const g: Grid = {
      name: 'Performance Measures',
      originRow: 1,
      originCol: 1,
      values: [
        ['Performance Measures'],
        ['Workload Indicators', 'FY2024', 'FY2025', 'FY2025', 'FY2026'],
        [null, 'Actual', 'Adopted', 'Projected', 'Target'],
        ['Number of repair requests completed', 469, 415, 550, 545],
        [],
        ['Measurement', 'FY2024', null, 'FY2025', null, 'FY2026'],
        [null, 'Goal', 'Actual', 'Goal', 'Projected', 'Goal'],
        ['% of repairs completed in-house', 1, 0.9, 1, 0.89, 1],
        ['% of work orders completed within 48 hours', 0.95, 0.97, 1, 0.7, 1],
      ],
      merges: [],
    };
    const r = runCheck({ sources: [{ grid: g }], lang: 'en-US', date: '2025-01-15' });
    expect(r.report.options.year).toBe(2024);
    expect(r.report.title).toBe('Target report: FY 2024');
  });
});

describe('the pace a sheet states', () => {
  const run = (rows: CellValue[][], lang: 'zh-CN' | 'en-US' = 'zh-CN') =>
    runCheck({
      sources: [{ grid: { name: '进度', originRow: 1, originCol: 1, values: rows, merges: [] } }],
      lang,
      date: '2024-09-01',
    });

  it('checks against the pace the summary line states with the period (时间进度要求(62.5%)), and says so; past 截至8月15日 (July by the date) the figures run into August', () => {
    const rows: CellValue[][] = [
      ['2017年重点项目建设进展情况'],
      ['截至8月15日，全市完成年度计划投资的61.1%，较时间进度要求(62.5%)稍慢1.4个百分点。'],
      ['序号', '项目', '年度计划投资(亿元)', '累计完成投资(亿元)'],
      [1, '产业园项目', 100, 60],
      [2, '新区项目', 50, 25],
    ];
    const r = run(rows);
    expect(r.period).toEqual({ kind: 'month', month: 8, elapsed: 0.625 });
    expect(r.report.evaluations.map((e) => e.pace)).toEqual([0.6 / 0.625, 0.5 / 0.625]);
    expect((r.report.notes ?? []).join('\n')).toContain(
      '序时进度按表中所写“时间进度要求(62.5%)”计（按日历为66.7%）',
    );
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('截至2017年8月，');
    expect(text).not.toContain('7月底');
    expect(toResultJson(r.report).periodSource).toMatchObject({
      pace: 0.625,
      paceText: '时间进度要求(62.5%)',
    });
    expect((run(rows, 'en-US').report.notes ?? []).join('\n')).toContain(
      'the pace is the share of the year the sheet states "时间进度要求(62.5%)" (by the calendar, 66.7%)',
    );
  });

  it("a pace short of the month's end (1至8月上半月, 62.5%) is as of August, not its end, in both languages", () => {
    const rows: CellValue[][] = [
      ['2017年1至8月上半月重点项目建设进展情况'],
      ['全市完成年度计划投资的61.1%，较时间进度要求(62.5%)稍慢1.4个百分点。'],
      ['序号', '项目', '年度计划投资(亿元)', '累计完成投资(亿元)'],
      [1, '产业园项目', 100, 60],
      [2, '新区项目', 50, 25],
    ];
    const zh = run(rows);
    expect(zh.period).toEqual({ kind: 'month', month: 8, elapsed: 0.625 });
    const text = (r: ReturnType<typeof run>) => r.report.narrative.map((b) => b.text).join('\n');
    expect(text(zh)).toContain('截至2017年8月，');
    expect(text(zh)).not.toContain('8月底');
    expect(text(run(rows, 'en-US'))).toContain('As of August 2017');
    expect(text(run(rows, 'en-US'))).not.toContain('end of August');
  });

  it('a 时间进度 column gives the period where no words do: 75% is the first nine months, not the year end', () => {
    const r = run([
      ['重点指标推进情况'],
      ['序号', '指标', '年度目标', '累计完成', '时间进度'],
      [1, '新增城镇就业(人)', 26000, 19500, 0.75],
      [2, '新建幼儿园(所)', 5, 3, 0.75],
    ]);
    expect(r.period).toEqual({ kind: 'month', month: 9 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
  });

  it('a 时间进度 column counted by days (55% for 1-7月) is the pace; one rounded from the calendar (58.3%) is not a pace of its own', () => {
    const rows = (pace: number): CellValue[][] => [
      ['2024年1-7月重点指标完成情况'],
      ['序号', '指标', '年度目标', '1-7月完成', '时间进度(%)'],
      [1, '新增城镇就业(人)', 26000, 14560, pace],
      [2, '新建幼儿园(所)', 5, 3, pace],
    ];
    const days = run(rows(55));
    expect(days.period).toEqual({ kind: 'month', month: 7, elapsed: 0.55 });
    expect(days.report.evaluations[0].pace).toBeCloseTo(0.56 / 0.55, 9);
    const calendar = run(rows(58.3));
    expect(calendar.period).toEqual({ kind: 'month', month: 7 });
    expect((calendar.report.notes ?? []).join('\n')).not.toContain('序时进度按表中所写');
  });
});

describe("the period a file's name states", () => {
  const rows: CellValue[][] = [
    ['重点工作完成情况'],
    ['序号', '指标', '年度目标', '累计完成'],
    [1, '新增城镇就业(人)', 26000, 19500],
    [2, '新建幼儿园(所)', 5, 3],
  ];
  const run = (file: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') =>
    runCheck({
      sources: [{ file, grid: { name: 'Sheet1', originRow: 1, originCol: 1, values: rows, merges: [] } }],
      lang,
      date: '2024-10-20',
    });

  it('where the sheet states none, the file named 2024年三季度… gives the third quarter, and a note says so', () => {
    const r = run('/docs/2024年三季度重点工作完成情况.xlsx');
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
    expect((r.report.notes ?? []).join('\n')).toContain(
      '表中未写明期间，对标期间按文件名中的“2024年三季度”确定',
    );
    expect(toResultJson(r.report).periodSource).toMatchObject({ kind: 'stated', inFileName: true });
    expect((run('C:\\docs\\KPI report Q2 2024-25.xlsx', 'en-US').report.notes ?? []).join('\n')).toContain(
      'the period checked is the one the file\'s name states "Q2 2024-25"',
    );
  });

  it('an export stamp (2024-10-15) or a plan year (2024年度) in the name states no period', () => {
    for (const file of ['export_2024-10-15.xlsx', '2024年度重点工作.xlsx']) {
      expect(run(file).report.options.periodSource?.kind).not.toBe('stated');
    }
  });
});

describe('a date typed as a date beside its label above the table', () => {
  const run = (label: string, serial: number, lang: 'zh-CN' | 'en-US' = 'zh-CN') => {
    const rows: CellValue[][] = [
      ['重点工作完成情况表'],
      ['填报单位：XX局', null, label, serial],
      ['序号', '指标', '年度目标', '累计完成'],
      [1, '新增城镇就业(人)', 26000, 19500],
      [2, '新建幼儿园(所)', 5, 3],
    ];
    const numberFormats = rows.map((_, i) => (i === 1 ? [null, null, null, 'yyyy-mm-dd'] : []));
    return runCheck({
      sources: [
        { grid: { name: 'Sheet1', originRow: 1, originCol: 1, values: rows, numberFormats, merges: [] } },
      ],
      lang,
      date: '2024-10-20',
    });
  };

  it('填报日期： | 2024-10-08 (a date cell) states the third quarter, as the same date typed as text does', () => {
    // 45573 is 2024-10-08 in Excel's count of days.
    const r = run('填报日期：', 45573);
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
  });

  it('a date cell without a label beside it states nothing', () => {
    expect(run('', 45573).period).toEqual({ kind: 'year' });
  });
});

describe('a form dated beside the year its table names', () => {
  const check = (values: CellValue[][], date: string, merges: CellRange[] = [], lang: Lang = 'zh-CN') =>
    runCheck({
      sources: [{ grid: { name: 'Sheet1', originRow: 1, originCol: 1, merges, values } }],
      lang,
      date,
    });
  const run = (title: string, dated: string) =>
    check(
      [
        [title],
        [dated],
        ['序号', '指标名称', '单位', '年度目标', '完成'],
        [1, '科技下乡', '场次', 150, 130],
        [2, '科普宣传资料', '万份', 22, 25],
      ],
      '2019-10-15',
    );

  it('filed in the next year (填报日期 in January or March, "Date prepared: 5 March"), reports the whole year named', () => {
    for (const dated of [
      '填报日期：2019年1月10日',
      '填报日期：2019年3月5日',
      'Date prepared: 5 March 2019',
    ]) {
      const r = run('2018年目标任务完成情况表', dated);
      expect([dated, r.period, r.report.options.year]).toEqual([dated, { kind: 'year' }, 2018]);
      expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved']);
    }
  });

  it('dated before the year its title names, says nothing of the period, and the title’s year stands; where no year is named, the date says how far', () => {
    const early = run('2019年目标任务完成情况表', '填报日期：2019年1月7日');
    expect([early.period, early.report.options.year]).toEqual([{ kind: 'year' }, 2019]);
    const unnamed = run('目标任务完成情况表', '填报日期：2019年3月5日');
    expect(unnamed.period).toEqual({ kind: 'month', month: 2 });
    expect(unnamed.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'achieved']);
  });

  it('reads a title’s year written in numerals (二〇二三年), and no report date from "Next update:"', () => {
    const r = run('二〇二三年重点工作完成情况', '填报单位：市发改委');
    expect(r.report.options.year).toBe(2023);
    const next = check(
      [
        ['Performance Pledge'],
        ['Next update: before April 30, 2024'],
        ['Quality Indicators', 'Achievement Rate Undertaken', 'Achievement Rate Implemented in 2023'],
        [null, null, '1st Qtr.', '2nd Qtr.', '3rd Qtr.', '4th Qtr.', 'Whole year'],
        ['Permits issued within 5 days', 0.8, 1, 1, 1, 1, 1],
        ['Replies within 5 days', 0.8, 0.9, 0.95, 0.9, 0.85, 0.9],
      ],
      '2025-01-15',
      [
        { top: 3, left: 3, bottom: 3, right: 7 },
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ],
      'en-US',
    );
    expect(next.report.options.year).toBe(2023);
  });

  it('a heading’s own period outranks the date line', () => {
    const r = check(
      [
        ['填报日期：2025年1月10日'],
        ['指标名称', '年度目标', '1-11月完成'],
        ['科技下乡', 150, 130],
        ['科普宣传资料', 22, 25],
      ],
      '2025-01-15',
    );
    expect(r.period).toEqual({ kind: 'month', month: 11 });
  });
});
