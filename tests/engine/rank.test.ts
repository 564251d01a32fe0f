/** Places in a league as offices write them: targets (前10名, 进入全省前三, top 10) and results (第8名, 3rd). */
import { isRankName, isRankUnit, rankResult, rankTarget } from '../../src/engine/evaluate/rank';

describe('rankTarget: the worst place a target allows', () => {
  it.each([
    ['全省前10名', false, 10],
    ['进入全省前三', false, 3],
    ['保持前五', false, 5],
    ['确保全市前3位', false, 3],
    ['第3名以内', false, 3],
    ['前十强', false, 10],
    ['争创全省第一', true, 1],
    ['top 10', true, 10],
    ['Remain in the top ten councils', false, 10],
    ['In the Lowest 3', true, null],
  ] as const)('%s (a place by its name: %s) → %s', (text, rankName, expected) => {
    expect(rankTarget(text, rankName)).toBe(expected);
  });

  it.each([
    // periods, shares and counts are no places
    ['前三季度完成投资80亿元', true],
    ['前10个月', true],
    ['排名前10%', true],
    ['完成第3期工程', false],
    ['前5', false],
    ['top 10%', true],
    ['2nd quartile', true],
  ] as const)('%s (place name: %s) → none', (text, rankName) => {
    expect(rankTarget(text, rankName)).toBeNull();
  });
});

describe('rankResult: the place a result states', () => {
  it.each([
    ['第8名', 8],
    ['第5位', 5],
    ['排名第3', 3],
    ['全省第一', 1],
    ['8', 8],
    ['12名', 12],
    ['3rd', 3],
    ['ranked 5th of 22', 5],
  ] as const)('%s → %s', (text, place) => {
    expect(rankResult(text)).toBe(place);
  });

  it.each(['已完成', '前三季度', '25th percentile'])('%s → none', (text) => {
    expect(rankResult(text)).toBeNull();
  });
});

describe('a place by its name or unit', () => {
  it.each([
    '营商环境评价排名',
    '全市综合考核位次',
    '考核名次',
    'Provincial ranking of the top tax rate',
    '全國排名',
    'Best Companies position (number)',
    'Workplace Equality Index position',
  ])('%s is a place', (name) => expect(isRankName(name)).toBe(true));
  it.each([
    '排名前10%的企业数量',
    '综合排名提升位次',
    '培训农民工',
    'Planning applications determined',
    'Financial position',
    'Vacant positions filled',
  ])('%s is not', (name) => expect(isRankName(name)).toBe(false));
  it('位次 and 名次 are places as units; 名 counts people', () => {
    expect(isRankUnit('位次')).toBe(true);
    expect(isRankUnit('名次')).toBe(true);
    expect(isRankUnit('名')).toBe(false);
  });
});
