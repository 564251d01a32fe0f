/**
 * A form's date (填报日期：2018年3月5日, Date prepared: 5 March 2014) weighed against the year the table
 * names: filed after that year ended, the results are the whole year's, wherever the year is named — in
 * a target's heading beside a result's with none, or in the one year a paragraph above names.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function read(rows: CellValue[][]) {
  const r = runCheck({
    sources: [sourceFromRows('Sheet1', rows)],
    lang: 'zh-CN',
    date: '2024-06-01',
    yearStart: 1,
  });
  return {
    period: r.period,
    year: r.report.options.year,
    statuses: r.report.evaluations.map((e) => e.status),
  };
}

describe('a form filed after the year its headings name', () => {
  it('is the whole year named by the target’s heading (2017 年目标 | 表现)', () => {
    const got = read([
      ['目标与指标'],
      ['填报日期：2018年3月5日'],
      ['长远目标', '2017 年目标', '表现'],
      ['减少用电量', 0.05, 0.06],
      ['完成绿色建筑认证项目（个）', 10, 8],
    ]);
    expect(got.period).toEqual({ kind: 'year' });
    expect(got.year).toBe(2017);
    expect(got.statuses).toEqual(['achieved', 'missed']);
  });

  it('is the whole year the one paragraph above names', () => {
    const got = read([
      ['Handling Members’ Correspondence'],
      [
        'I am today publishing a report on the performance of departments on handling correspondence during the calendar year 2013.',
      ],
      ['Date prepared: 5 March 2014'],
      ['Department', 'Target set for reply (working days)', '% of replies within target'],
      ['Cabinet Office', 15, 0.92],
    ]);
    expect(got.period).toEqual({ kind: 'year' });
    expect(got.year).toBe(2013);
  });
});
