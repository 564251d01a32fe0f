import type { ActualsLayout, CellValue, Indicator, Period } from '../../src/engine/model';
import {
  elapsedFraction,
  isYearEnd,
  parsePeriod,
  parsePeriodCode,
  periodCode,
  periodRank,
} from '../../src/engine/core/period';
import { latestPeriodWithData } from '../../src/engine/read/latestPeriod';
import { cellAt } from '../support/cells';

const Q = (quarter: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', quarter });
const M = (month: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12): Period => ({ kind: 'month', month });
const FY: Period = { kind: 'year' };

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['Q1', Q(1)],
    ['q3', Q(3)],
    ['Ｑ２', Q(2)],
    [' Q4 ', Q(4)],
    ['3Q', Q(3)],
    ['FY', FY],
    ['fy', FY],
    ['FY2019', FY],
    ['M1', M(1)],
    ['m7', M(7)],
    ['M12', M(12)],
    ['一季度', Q(1)],
    ['第三季度', Q(3)],
    ['第3季度', Q(3)],
    ['三季度末', Q(3)],
    ['前三季度', Q(3)],
    ['2019年第三季度', Q(3)],
    ['2019 Q2', Q(2)],
    ['上半年', Q(2)],
    ['全年', FY],
    ['年度', FY],
    ['年底', FY],
    ['Full year', FY],
    ['3月', M(3)],
    ['三月', M(3)],
    ['十二月', M(12)],
    ['7月份', M(7)],
    ['1-3月', Q(1)],
    ['4-6月', Q(2)],
    ['1-8月', M(8)],
    ['1-12月', FY],
    ['1—12月', FY],
    ['10-12月', Q(4)],
    ['Jan', M(1)],
    ['September', M(9)],
    ['sept', M(9)],
    // the Malay, Indonesian, Dutch and German short forms English-language sheets of those places carry
    ['Okt', M(10)],
    ['Mei', M(5)],
    ['Ogos', M(8)],
    ['Desember', M(12)],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(['', 'Q5', 'Q0', 'M13', 'M0', '13月', '五季度', 'abc', '2-5月', 'Ja', 'Marchy', 'Des', 'Dis'])(
    'rejects %s',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );
});

describe('period arithmetic', () => {
  it('codes', () => {
    expect(periodCode(Q(3))).toBe('Q3');
    expect(periodCode(FY)).toBe('FY');
    expect(periodCode(M(7))).toBe('M7');
    for (const code of ['Q1', 'Q2', 'Q3', 'Q4', 'FY', 'M1', 'M6', 'M12']) {
      expect(periodCode(parsePeriod(code)!)).toBe(code);
    }
  });

  it('elapsed fraction', () => {
    expect(elapsedFraction(Q(1))).toBe(0.25);
    expect(elapsedFraction(Q(3))).toBe(0.75);
    expect(elapsedFraction(M(7))).toBe(7 / 12);
    expect(elapsedFraction(M(6))).toBe(0.5);
    expect(elapsedFraction(FY)).toBe(1);
  });

  it('year end is FY, Q4 and M12 only', () => {
    expect(isYearEnd(FY)).toBe(true);
    expect(isYearEnd(Q(4))).toBe(true);
    expect(isYearEnd(M(12))).toBe(true);
    expect(isYearEnd(Q(3))).toBe(false);
    expect(isYearEnd(M(11))).toBe(false);
  });

  it('orders periods in time, a quarter just after its last month and FY last', () => {
    const rank = (p: Period) => periodRank(periodCode(p));
    expect(rank(Q(1))).toBeLessThan(rank(M(4)));
    expect(rank(M(6))).toBeLessThan(rank(Q(2)));
    expect(rank(Q(2))).toBeLessThan(rank(M(7)));
    expect(rank(M(12))).toBeLessThan(rank(Q(4)));
    expect(rank(FY)).toBeGreaterThan(rank(Q(4)));
  });

  it('parses and ranks period codes exactly as periodCode writes them', () => {
    for (const p of [Q(1), Q(4), M(1), M(12), FY]) expect(parsePeriodCode(periodCode(p))).toEqual(p);
    for (const code of ['q1', 'Q5', 'M0', 'M13', 'M01', 'fy', 'FY2019', '第三季度', ''])
      expect(parsePeriodCode(code)).toBeNull();
    expect(periodRank('M6')).toBeLessThan(periodRank('Q2'));
    expect(periodRank('Q4')).toBeLessThan(periodRank('FY'));
    expect(periodRank('第三季度')).toBe(-1);
  });
});

function indicator(actuals: ActualsLayout, row = 5): Indicator {
  return {
    key: `|S|${row}`,
    sheet: 'S',
    row,
    id: String(row),
    category: null,
    name: `指标${row}`,
    measureUnit: null,
    directionCell: null,
    aggregationCell: null,
    target: cellAt(`C${row}`, 100),
    milestoneTargets: null,
    actuals,
    owner: null,
    notes: null,
  };
}
function quarters(...values: CellValue[]): ActualsLayout {
  const cells = [0, 1, 2, 3].map((i) => (i < values.length ? cellAt(`${'DEFG'[i]}5`, values[i]) : null));
  return { kind: 'quarters', cells };
}
function months(values: Record<number, CellValue>): ActualsLayout {
  const cells = Array.from({ length: 12 }, (_, i) => cellAt(`X${i + 1}`, values[i + 1] ?? null));
  return { kind: 'months', cells };
}

describe('latestPeriodWithData', () => {
  it('gives the latest quarter in which any indicator has an actual', () => {
    expect(
      latestPeriodWithData([indicator(quarters(10, 20, null, null)), indicator(quarters(5, 6, 7, null))]),
    ).toEqual(Q(3));
  });

  it('counts milestone words and placeholders such as "—" correctly', () => {
    expect(latestPeriodWithData([indicator(quarters('推进中', '—', '', null))])).toEqual(Q(1));
  });

  it('gives Q4 (not FY) when the last quarter is filled', () => {
    expect(latestPeriodWithData([indicator(quarters(1, 2, 3, 4))])).toEqual(Q(4));
  });

  it('gives a month on month sheets', () => {
    expect(latestPeriodWithData([indicator(months({ 1: 5, 7: 9 })), indicator(months({ 2: 1 }))])).toEqual(
      M(7),
    );
  });

  it('takes the later of quarter and month data, a quarter on a tie', () => {
    expect(latestPeriodWithData([indicator(quarters(1, 2)), indicator(months({ 8: 1 }))])).toEqual(M(8));
    expect(latestPeriodWithData([indicator(quarters(1, 2, 3)), indicator(months({ 8: 1 }))])).toEqual(Q(3));
    expect(latestPeriodWithData([indicator(quarters(1, 2)), indicator(months({ 6: 1 }))])).toEqual(Q(2));
  });

  it('is null for cumulative-only sheets, empty sheets and no indicators', () => {
    expect(latestPeriodWithData([indicator({ kind: 'cumulative', cell: cellAt('D5', 50) })])).toBeNull();
    expect(latestPeriodWithData([indicator(quarters(null, '', '-'))])).toBeNull();
    expect(latestPeriodWithData([indicator({ kind: 'none' })])).toBeNull();
    expect(latestPeriodWithData([])).toBeNull();
  });
});
