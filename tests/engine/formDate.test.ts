/**
 * A form's date (填报日期：2018年3月5日, Date prepared: 5 March 2014) weighed against the year the table
 * names: filed after that year ended, the results are the whole year's, wherever the year is named — in
 * a target's heading beside a result's with none, or in the one year a paragraph above names.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function read(rows: CellValue[][], sheet = 'Sheet1') {
  const r = runCheck({
    sources: [sourceFromRows(sheet, rows)],
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

  it('is the year the sheet’s name names where nothing in the sheet names one', () => {
    const got = read(
      [
        ['项目支出绩效自评表'],
        ['填报日期:2020 年 2 月 18 日'],
        ['一级指标', '二级指标', '三级指标', '年初指标值', '年终完成值'],
        ['产出指标', '数量指标', '采购设备（台套）', 10, 10],
        [null, '质量指标', '设备验收合格率', 1, 1],
      ],
      '2019年度局域网维护项目绩效自评表',
    );
    expect(got.period).toEqual({ kind: 'year' });
    expect(got.year).toBe(2019);
    expect(got.statuses).toEqual(['achieved', 'achieved']);
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
