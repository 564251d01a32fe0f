/**
 * Headings written in two languages, one under the other (目標 over Target, 1-6月完成 over Actual), as
 * Hong Kong and Macau offices write them and as tables made for two readerships are kept: the line that
 * says more is the heading.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { headingInOneLanguage } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

function read(rows: CellValue[][], date: string) {
  const r = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang: 'zh-CN', date, yearStart: 1 });
  return { period: r.period, rows: r.report.evaluations.map((e) => [e.indicator.name, e.status]) };
}

describe('headings in two languages', () => {
  it.each([
    ['in Chinese over English', ['服務\nService', '目標\nTarget', '實際表現\nActual Performance']],
    [
      'in the two on one line, apart by a space',
      ['服務承諾 Performance Pledge', '目標 Target', '實際達標率 Actual Achievement Rate'],
    ],
  ])('reads a pledge table headed %s', (_, headings) => {
    const got = read(
      [
        ['2023年服務承諾 Performance Pledges 2023'],
        headings,
        ['處理查詢', 0.95, 0.97],
        ['簽發牌照', 0.9, 0.82],
      ],
      '2024-03-01',
    );
    expect(got.rows).toEqual([
      ['處理查詢', 'achieved'],
      ['簽發牌照', 'missed'],
    ]);
  });

  it('keeps the period the Chinese line names (1-6月完成 over Actual)', () => {
    const got = read(
      [
        ['2024年重点指标完成情况'],
        ['指标名称\nIndicator', '年度目标\nAnnual target', '1-6月完成\nActual'],
        ['新增城镇就业人数', 12000, 6500],
        ['招商引资到位资金', 100, 40],
      ],
      '2024-07-10',
    );
    expect(got.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(got.rows).toEqual([
      ['新增城镇就业人数', 'on_track'],
      ['招商引资到位资金', expect.stringMatching(/^(behind|at_risk)$/)],
    ]);
  });

  it('takes the line that says more, and leaves other headings as they are', () => {
    expect(headingInOneLanguage('完成\nYTD KPI Achieved')).toBe('YTD KPI Achieved');
    expect(headingInOneLanguage('年度目标\nTarget')).toBe('年度目标');
    expect(headingInOneLanguage('服務\nService')).toBe('服務');
    expect(headingInOneLanguage('申請類別\nTypes of Applications')).toBe('申請類別\nTypes of Applications');
    expect(headingInOneLanguage('Target\n2019/20')).toBe('Target\n2019/20');
    expect(headingInOneLanguage('Performance\nIndicator')).toBe('Performance\nIndicator');
  });

  it('takes the part that says more of a heading in two languages on one line', () => {
    expect(headingInOneLanguage('年度目标 Annual Target')).toBe('年度目标');
    expect(headingInOneLanguage('Target 目标')).toBe('目标');
    // One language, or the two within one word: as it is.
    expect(headingInOneLanguage('单位GDP能耗')).toBe('单位GDP能耗');
    expect(headingInOneLanguage('Q1 目标')).toBe('Q1 目标');
  });
});
