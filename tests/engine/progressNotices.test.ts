/**
 * A 督查 notice's list of targets not on pace, set out as a table: each result beside how far it falls
 * short (与目标比较: 低于目标0.9个百分点), a result that gives the share of the year's target done
 * (完成年度目标的53.3%), and verdicts that say how far from the pace (低于序时进度2个百分点).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { statusWord } from '../../src/engine/read/cellKinds';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

function evaluations(rows: CellValue[][]) {
  return runCheck({ sources: [sourceFromRows('前三季度', rows)], lang: 'zh-CN', date: '2019-10-20' }).report
    .evaluations;
}

describe('a list of targets not on pace', () => {
  const rows = (comparison: string): CellValue[][] => [
    ['《政府工作报告》重点目标任务前三季度落实情况'],
    ['序号', '指标', '前三季度完成情况', comparison],
    [1, '地区生产总值', '增长6.1%', '低于目标0.9个百分点'],
    [2, '一般公共预算收入', '增长3.9%', '低于目标11.1个百分点'],
    [3, '实际利用外资', '实际到资3.73亿美元,完成年度目标的53.3%', '低于目标21.7个百分点'],
  ];

  it('reads a comparison with the target, however it is said, as the gap to it', () => {
    for (const heading of ['与目标比较', '与目标相比', '与年度目标对比']) {
      expect([heading, headerRoles(heading)[0]?.role]).toEqual([heading, 'gap']);
      const e = evaluations(rows(heading));
      expect(e.map((x) => [x.indicator.row, x.status])).toEqual([
        [3, 'behind'],
        [4, 'at_risk'],
        [5, 'behind'],
      ]);
      // The target the gap gives: 6.1% + 0.9 points.
      expect(e[0].target?.value).toBeCloseTo(0.07, 10);
    }
  });

  it('does not read the share of the year’s target done as the verdict that the target was met', () => {
    const e = evaluations(rows('与目标比较'))[2];
    expect(e.sourceStatus ?? null).toBeNull();
    expect(statusWord('完成年度目标')).toBe('achieved');
  });
});

describe('a verdict on the pace with how far from it', () => {
  it.each([
    ['低于序时进度2个百分点', 'behind'],
    ['滞后序时进度5个百分点', 'behind'],
    ['超序时进度3.2个百分点', 'on_track'],
    ['高于时间进度0.5%', 'on_track'],
    ['低于序时进度', 'behind'],
  ])('%s is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });
});
