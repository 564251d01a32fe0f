/**
 * A target set at the start of the year beside the one revised since (年初预算数 | 调整预算数; Initial Target |
 * Revised Target): the revised one is what the year is judged against, the original where a row leaves the
 * revised one blank or not applicable.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function judged(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string) {
  const r = runCheck({ sources: [sourceFromRows('S', rows)], lang, date });
  return r.report.evaluations.map((e) => [e.indicator.name, e.target?.value ?? null, e.status]);
}

describe('an original and a revised target', () => {
  it('judges a budget’s execution against the adjusted budget (年初预算数 | 调整预算数 | 1-9月累计完成)', () => {
    const rows: CellValue[][] = [
      ['2024年1-9月一般公共预算收支执行情况表'],
      ['单位：万元'],
      ['项目', '年初预算数', '调整预算数', '1-9月累计完成', '完成调整预算%'],
      ['一般公共预算收入', 350000, 360000, 268000, 74.4],
      ['税收收入', 280000, 285000, 205000, 71.9],
    ];
    // 268,000 is ahead of 3/4 of the original 350,000 (262,500) but short of 3/4 of the adjusted 360,000.
    expect(judged(rows, 'zh-CN', '2024-10-20')).toEqual([
      ['一般公共预算收入', 360000, 'behind'],
      ['税收收入', 285000, 'behind'],
    ]);
  });

  it.each([
    ['Original target', 'Revised target'],
    ['Revised target', 'Original target'],
    ['Initial FY 2024 Target', 'Target (revised)'],
  ])('reads %s beside %s: the revised one, the original where the revised is N/A', (first, second) => {
    const revisedFirst = /revised/i.test(first);
    const pair = (original: CellValue, revised: CellValue): CellValue[] =>
      revisedFirst ? [revised, original] : [original, revised];
    const rows: CellValue[][] = [
      ['Performance measures 2024'],
      ['Measure', first, second, 'Result'],
      ['Homes built', ...pair(500, 450), 460],
      ['Jobs created', ...pair(1000, 'N/A'), 990],
    ];
    expect(judged(rows, 'en-US', '2025-02-15')).toEqual([
      ['Homes built', 450, 'achieved'],
      ['Jobs created', 1000, 'missed'],
    ]);
  });
});
