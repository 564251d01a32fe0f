/**
 * Headings and words as offices write them: a project's whole cost (计划总投资) beside the year's plan
 * (年度计划投资), which is the target; a verdict's heading before "to date" (Status YTD); a column of
 * reference codes headed KPI beside the descriptions (KPI 1.2.2.2 | Number of fire fatalities); a form
 * whose result heading says 全年 before its own line names the year (2019年度); a measure's list number
 * before its per cent sign (1. % INST EXAMND…); a verdict of a shortfall at the year's end, missed; and a
 * name that opens on the compliance it measures, whatever it says of non-compliance after; and a year to
 * date (FY23 to Date) that says no more than the year it is in, beside the quarter the columns name; and a
 * result promised later or a measure reported once a year, in words ("To be reported to Full Council once
 * audited"): not rated.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { directionFromName } from '../../src/engine/evaluate/nameWords';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string, yearStart = 1) {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date, yearStart }).report;
}

describe('a project’s whole cost beside the year’s plan', () => {
  it('is no target: the year’s plan is', () => {
    const report = check(
      [
        ['2023年1-8月重大项目推进情况'],
        ['项目类别', '项目数', '计划总投资(亿元)', '年度计划投资(亿元)', '1-8月完成投资(亿元)', '备注'],
        ['重大项目', 128, 1986.8, 392.5, 284.2, '超序时进度5.7个百分点'],
      ],
      'zh-CN',
      '2023-09-10',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [392.5, 284.2, 'on_track'],
    ]);
  });
});

describe('a verdict’s heading before “to date”', () => {
  it('is the office’s verdict (Status YTD)', () => {
    const report = check(
      [
        ['Performance indicators, January to June 2022'],
        ['Indicator', 'Annual Target', 'Results To Date', 'Status YTD'],
        ['Number of volunteer hours for bush regeneration', 3200, 2134, 'Not Achieved'],
        ['Number of street trees planted each year', 350, 660, 'Achieved'],
      ],
      'en-US',
      '2022-07-20',
      7,
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.word)).toEqual(['Not Achieved', 'Achieved']);
    expect(report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved']);
  });
});

describe('a column of KPI codes beside the descriptions', () => {
  it('holds the ids; the descriptions name the rows', () => {
    const report = check(
      [
        ['Performance Report - Quarter 4 of the 2021-22 financial year'],
        ['KPI', 'Description', 'Status'],
        ['KPI 1.1.2.1', 'The number of dwelling fire fatalities', 'Needs Improvement'],
        ['KPI 1.1.4.1', 'The number of home fire safety visits completed', 'Succeeding'],
      ],
      'en-US',
      '2022-04-20',
      4,
    );
    expect(report.evaluations.map((e) => [e.indicator.id, e.indicator.name])).toEqual([
      ['KPI 1.1.2.1', 'The number of dwelling fire fatalities'],
      ['KPI 1.1.4.1', 'The number of home fire safety visits completed'],
    ]);
    // At the year's end a verdict of a shortfall is missed: nothing is at risk once the year is out.
    expect(report.evaluations[0].status).toBe('missed');
  });
});

describe('a result heading of the whole year before the form’s own year', () => {
  it('takes the year the form names', () => {
    const report = check(
      [
        ['绩效目标自评表 (2019年度)'],
        ['项目名称', null, '临时救助'],
        ['年度总体目标', null, '为建档立卡扶贫户解决临时性的困难'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '分值', '得分'],
        ['产出指标', '数量指标', '农村低保发放人数', '≥21933人', '21980人', 5, 5],
        [null, null, '特困人员救助供养人数', '≥4754人', '4604人', 5, 4],
      ],
      'zh-CN',
      '2020-02-10',
    );
    expect(report.options.year).toBe(2019);
    expect(report.options.period).toEqual({ kind: 'year' });
  });
});

describe('a measure’s list number before its per cent sign', () => {
  it('leaves the measure a share', () => {
    const report = check(
      [
        ['Measures of effectiveness, fiscal year 2019-20'],
        ['Measure', 'Planned', 'Actual'],
        ['1. % INST EXAMND IN TIMELY MANNER', 93, 100],
      ],
      'en-US',
      '2020-08-10',
      7,
    );
    expect(report.evaluations[0].kind).toBe('share');
  });
});

describe('a name that opens on the compliance it measures', () => {
  it('is better higher, though it speaks of non-compliance after', () => {
    expect(
      directionFromName(
        'Compliance with statutory timeframes for Right to Information applications and communicate any reasons for non-compliance.',
      ),
    ).toBe('higher');
    expect(directionFromName('Number of non-compliances found')).toBe('lower');
  });
});

describe('a year to date beside the quarter the columns name', () => {
  it('is that quarter, not the whole year', () => {
    const report = check(
      [
        ['Department: County Administration'],
        ['Performance Measure', 'FY23 Target', 'FY23 to Date', 'FY22 Quarter 1', 'FY23 Quarter 1'],
        ['Number of meetings held with the Board', 950, 246, 292, 246],
        ['Number of board appointments processed', 250, 33, 43, 33],
      ],
      'en-US',
      '2023-01-20',
      10,
    );
    expect(report.options.period).toEqual({ kind: 'quarter', quarter: 1 });
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'at_risk']);
  });
});

describe('a result promised later, in words', () => {
  it('is not rated yet', () => {
    const report = check(
      [
        ['Corporate Plan KPIs, April 2022 to March 2023'],
        ['Indicator', 'Target', 'April 2022 - March 2023'],
        ['Average escalation rate of complaints', 'Resolve at least 70% of complaints informally', '88%'],
        [
          'Net cost of council services per head of population',
          'Reported annually to the Association of Public Sector Excellence',
          'To be reported to Full Council once audited',
        ],
      ],
      'en-US',
      '2023-05-10',
      4,
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'not_rated']);
  });
});
