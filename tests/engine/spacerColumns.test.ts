/**
 * Narrow blank columns left between a table's columns to space it out, under group headings merged over
 * them (Q1 2021/22 › Value | | Target | | Status; 2020年完成情况 › 绝对值 | | 增速): nothing in them, no
 * role, and the columns either side read as they would side by side.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function read(
  rows: CellValue[][],
  merges: { top: number; left: number; bottom: number; right: number }[],
  lang: 'en-US' | 'zh-CN',
  yearStart: number,
  date: string,
) {
  const formats = rows.map((row) =>
    row.map((v) => (typeof v === 'number' && Math.abs(v) < 1 ? '0.0%' : null)),
  );
  const r = runCheck({
    sources: [sourceFromRows('Sheet1', rows, { merges, formats })],
    lang,
    date,
    yearStart,
  });
  return r.report.evaluations.map((e) => [
    e.indicator.name,
    e.target?.value ?? null,
    e.actual?.value ?? null,
    e.status,
  ]);
}

describe('spacer columns under group headings', () => {
  it('reads a quarter’s value, target and status with blank columns between them', () => {
    const got = read(
      [
        ['Performance Indicator', null, 'Q1 2021/22'],
        [null, null, 'Value', null, 'Target', null, 'Status'],
        ['Percentage of complaints resolved within timescale', null, 0.92, null, 0.85, null, 'Green'],
        ['Number of households in temporary accommodation', null, 180, null, 150, null, 'Red'],
      ],
      [{ top: 1, left: 3, bottom: 1, right: 7 }],
      'en-US',
      4,
      '2021-07-20',
    );
    expect(got.map((e) => [e[1], e[2], e[3]])).toEqual([
      [0.85, 0.92, 'on_track'],
      [150, 180, expect.stringMatching(/^(behind|at_risk)$/)],
    ]);
  });

  it('judges a growth target by the growth beside the amount, a blank column between them', () => {
    const got = read(
      [
        ['2020年主要指标完成情况'],
        ['指标名称', null, '2020年预期目标\n(增速)', null, '2020年完成情况'],
        [null, null, null, null, '绝对值', null, '增速'],
        ['地区生产总值', null, 0.075, null, '1492.93亿元', null, -0.02],
        ['社会消费品零售总额', null, 0.08, null, '820.5亿元', null, 0.091],
      ],
      [
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 5, bottom: 2, right: 7 },
      ],
      'zh-CN',
      1,
      '2021-02-01',
    );
    expect(got.map((e) => [e[0], e[1], e[3]])).toEqual([
      ['地区生产总值', 0.075, 'missed'],
      ['社会消费品零售总额', 0.08, 'achieved'],
    ]);
  });
});
