/**
 * Incomes to grow in step with the economy (居民人均可支配收入 | 与经济增长保持同步), judged against the growth
 * of the economy the same table gives: the target every government work report sets for incomes.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], sheets: CellValue[][][] = []) {
  const formats = (r: CellValue[][]) =>
    r.map((row) => row.map((v) => (typeof v === 'number' && v < 1 ? '0.0%' : null)));
  return runCheck({
    sources: [rows, ...sheets].map((r, i) => sourceFromRows(`表${i + 1}`, r, { formats: formats(r) })),
    lang: 'zh-CN',
    date: '2021-07-20',
  });
}

function incomeRow(rows: CellValue[][], sheet = '表1') {
  const r = check(rows);
  return r.report.evaluations.find((e) => e.indicator.sheet === sheet && /收入/.test(e.indicator.name))!;
}

const table = (economy: string, income: number, words = '与经济增长保持同步'): CellValue[][] => [
  ['2021年上半年主要目标完成情况'],
  ['指标名称', '年度目标', '上半年完成'],
  [economy, '6%以上', 0.167],
  ['2.规模以上工业总产值', '8%以上', 0.117],
  ['3.居民人均可支配收入', words, income],
];

describe('a growth to keep in step with the economy', () => {
  it('is met by a growth as high as the economy’s in the same table, and not by a lower one', () => {
    const below = incomeRow(table('1.地区生产总值', 0.103));
    expect([below.kind, below.comparator, below.target?.value]).toEqual(['growth', 'at_least', 0.167]);
    expect(below.status).toBe('at_risk');
    // The target stays as the office wrote it.
    expect(below.targetSource).toBe('与经济增长保持同步');
    expect(below.indicator.target?.value).toBe('与经济增长保持同步');
    expect(incomeRow(table('1.地区生产总值', 0.17)).status).toBe('on_track');
    expect(incomeRow(table('1.地区生产总值', 0.16)).status).toBe('behind');
  });

  it('finds the economy under the names tables give it: GDP, 生产总值, a district’s 增加值', () => {
    for (const name of ['GDP', '地区生产总值（亿元）', '1.增加值', '全区增加值', '经济增长']) {
      expect([name, incomeRow(table(name, 0.103)).status]).toEqual([name, 'at_risk']);
    }
    for (const words of [
      '与经济增长同步',
      '与经济增长基本同步',
      '与地区生产总值增长同步',
      '與經濟增長保持同步',
    ]) {
      expect([words, incomeRow(table('GDP', 0.2, words)).status]).toEqual([words, 'on_track']);
    }
  });

  it('stays not rated without the economy’s growth in its own table', () => {
    const none = incomeRow(table('1.规模以上工业增加值', 0.103));
    expect([none.status, none.notRated]).toEqual(['not_rated', 'target-in-words']);
    // The economy's growth on another sheet is another table's.
    const r = check(
      [
        ['指标名称', '年度目标', '上半年完成'],
        ['居民人均可支配收入', '与经济增长保持同步', 0.103],
      ],
      [table('GDP', 0.2)],
    );
    const first = r.report.evaluations.find((e) => e.indicator.sheet === '表1')!;
    expect(first.status).toBe('not_rated');
  });
});

describe('a growth to stay no lower than last year', () => {
  it('is met by a growth of nothing or more, and missed by a fall', () => {
    const rows = (growth: number, words = '不低于上年预算执行数'): CellValue[][] => [
      ['2020年主要指标完成情况'],
      ['指标名称', '2020年预期目标', '2020年完成情况'],
      ['地方一般公共预算收入', words, growth],
    ];
    const one = (r: CellValue[][]) => check(r).report.evaluations[0];
    const fall = one(rows(-0.227));
    // (The table is of 2020, checked in 2021: the year is over.)
    expect([fall.kind, fall.target?.value, fall.status]).toEqual(['growth', 0, 'missed']);
    expect(fall.targetSource).toBe('不低于上年预算执行数');
    expect(one(rows(0.031, '高于上年水平')).status).toBe('achieved');
    expect(one(rows(0, '与上年持平')).status).toBe('achieved');
    // Words that ask for something else stay words.
    expect(one(rows(0.031, '不低于全省平均水平')).status).toBe('not_rated');
  });
});
