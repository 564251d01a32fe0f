/**
 * How far behind, and the one attention order: the attention table, the attention chart and the
 * narrative's problems section list the indicators behind in the same order, the gap in points as shown
 * (one decimal) first, then urgency (missed, at risk, behind, invalid), then sheet order.
 */
import { buildAttentionTable } from './helpers';
import type { Evaluation, Status } from '../../src/engine/model';
import { compareAttention, gapPoints, gapsOf, lagOf, rankAttention } from '../../src/engine/evaluate/gaps';
import { buildChartSpecs } from '../../src/engine/wording/charts';
import { buildNarrative } from '../../src/engine/wording/narrative';
import { DEFAULT_THRESHOLDS, STATUSES } from '../../src/engine/model';
import { makeEvaluation } from '../support/evaluations';

const Q3 = { kind: 'quarter', quarter: 3 } as const;

function narrate(evaluations: Evaluation[]): string[] {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const e of evaluations) byStatus[e.status]++;
  return buildNarrative({
    evaluations,
    counts: { total: evaluations.length, byStatus },
    options: {
      lang: 'en-US',
      period: { kind: 'quarter', quarter: 3 },
      thresholds: DEFAULT_THRESHOLDS,
      date: '',
    },
    title: 'T',
  }).map((b) => b.text);
}

describe('how far behind', () => {
  it('is the share of the target due less the share done, in points with one decimal', () => {
    const e = makeEvaluation({ name: 'a', target: 200, actual: 110, expected: 150, status: 'at_risk' });
    expect(lagOf(e)).toBeCloseTo(0.2, 12);
    expect(gapsOf(e).points).toBe(20);
    expect(gapPoints(0.12549)).toBe(12.5);
    expect(gapPoints(-0.1)).toBeNull();
    // A lag near the largest double overflows in points: no gap, never Infinity (found by a property run).
    expect(gapPoints(7.19e305)).toBeNull();
  });

  it('of a completion alone (no target), is the share of the year gone less the completion', () => {
    // 基础设施工程 | 1-8月完成投资 3.31 | 投资完成率 36.26%: two thirds of the year gone.
    const e = {
      ...makeEvaluation({ name: '基础设施工程', actual: 3.31, status: 'at_risk' }),
      target: null,
      completion: 0.3626,
      pace: 0.3626 / (8 / 12),
    };
    expect(lagOf(e)).toBeCloseTo(8 / 12 - 0.3626, 12);
    expect(gapsOf(e).points).toBe(30.4);
    // Without a result beside it (正在施工中 | 93%), the same.
    expect(gapsOf({ ...e, actual: null }).points).toBe(30.4);
    // Without its pace (the year's end), no gap is said.
    expect(lagOf({ ...e, pace: null })).toBeNull();
  });

  it('measures against the annual target when nothing is due yet (a pace target of 0)', () => {
    const e = makeEvaluation({ name: 'a', target: 10, actual: 8, expected: 0, status: 'missed' });
    expect(gapsOf(e).points).toBe(20);
  });

  it('for a ceiling, measures the excess over the pace ceiling, or over the target once missed', () => {
    const over = makeEvaluation({
      name: 'a',
      direction: 'lower',
      target: 10,
      actual: 9,
      expected: 7.5,
      status: 'behind',
    });
    expect(gapsOf(over).points).toBe(15);
    const missed = makeEvaluation({
      name: 'b',
      direction: 'lower',
      target: 10,
      actual: 12,
      expected: 7.5,
      status: 'missed',
    });
    expect(gapsOf(missed).points).toBe(20);
  });
});

describe('the one attention order', () => {
  // Gaps of 20.04 and 19.96 points both show as 20.0: the at-risk one, later in the sheet and with the
  // smaller raw gap, goes before the behind one because it is more urgent; the 25-point gap goes first.
  const evaluations = [
    makeEvaluation({
      name: 'Behind 20.0',
      target: 10000,
      actual: 5496,
      expected: 7500,
      status: 'behind',
      row: 5,
    }),
    makeEvaluation({
      name: 'At risk 20.0',
      target: 10000,
      actual: 5504,
      expected: 7500,
      status: 'at_risk',
      row: 6,
    }),
    makeEvaluation({ name: 'Behind 25.0', target: 100, actual: 50, expected: 75, status: 'behind', row: 7 }),
    makeEvaluation({ name: 'Achieved', target: 100, actual: 120, expected: 75, status: 'achieved', row: 8 }),
  ];
  const expected = ['Behind 25.0', 'At risk 20.0', 'Behind 20.0'];

  it('orders by the gap as shown, then urgency, then sheet order', () => {
    expect(rankAttention(evaluations).map((r) => r.e.indicator.name)).toEqual(expected);
    const key = (points: number | null, status: Status, index: number) => ({ points, status, index });
    expect(compareAttention(key(20, 'behind', 0), key(20, 'missed', 1))).toBeGreaterThan(0);
    expect(compareAttention(key(null, 'missed', 0), key(0.1, 'behind', 1))).toBeGreaterThan(0);
    expect(compareAttention(key(20, 'behind', 0), key(20, 'behind', 1))).toBeLessThan(0);
  });

  it('is the same in the attention table, the attention chart and the problems section', () => {
    const table = buildAttentionTable(evaluations, 'en-US');
    const nameAt = table.columns.findIndex((c) => c.key === 'name');
    expect(table.rows.map((r) => r[nameAt])).toEqual(expected);
    const chart = buildChartSpecs(evaluations, 'en-US', null, Q3).find((c) => c.id === 'attention');
    expect(chart?.categories).toEqual(expected);
    const problems = narrate(evaluations).filter((t) => /^\([a-z]\) /.test(t));
    expect(problems.map((t) => t.replace(/^\([a-z]\) ([^:]+):.*$/, '$1'))).toEqual(expected);
  });
});
