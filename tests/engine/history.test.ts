import type { Grid } from '../../src/engine/model';
import { compareWithPrevious, completionTrend } from '../../src/engine/evaluate/changes';
import {
  historyFromGrid,
  historyToRows,
  previousSnapshot,
  recordCheckIn,
  snapshotFromEvaluations,
} from '../../src/engine/evaluate/history';
import { makeEvaluation } from '../support/evaluations';

const q1 = [
  makeEvaluation({
    id: '1',
    name: '科技下乡',
    category: '职能目标任务',
    target: 150,
    actual: 40,
    expected: 37.5,
    status: 'on_track',
  }),
  makeEvaluation({
    id: '2',
    name: '培训农民',
    category: '职能目标任务',
    target: 10000,
    actual: 1500,
    expected: 2500,
    status: 'at_risk',
  }),
  makeEvaluation({
    id: '3',
    name: '整改措施',
    category: '党的建设',
    target: 24,
    actual: 6,
    expected: 6,
    status: 'on_track',
  }),
];
const q2 = [
  makeEvaluation({
    id: '1',
    name: '科技下乡',
    category: '职能目标任务',
    target: 150,
    actual: 60,
    expected: 75,
    status: 'behind',
  }),
  makeEvaluation({
    id: '2',
    name: '培训农民',
    category: '职能目标任务',
    target: 10000,
    actual: 6000,
    expected: 5000,
    status: 'on_track',
  }),
  makeEvaluation({
    id: '3',
    name: '整改措施',
    category: '党的建设',
    target: 24,
    actual: 24,
    expected: 12,
    status: 'achieved',
  }),
  makeEvaluation({
    id: '4',
    name: '新增指标',
    category: '党的建设',
    target: 5,
    actual: 1,
    expected: 2.5,
    status: 'at_risk',
  }),
];

function gridOf(rows: (string | number | null)[][]): Grid {
  return { name: '对标记录', originRow: 1, originCol: 1, values: rows, merges: [] };
}

describe('check-in history', () => {
  test('round trip: snapshot → rows → grid → snapshot keeps every field', () => {
    const snap = snapshotFromEvaluations(q1, 'Q1', '2026-04-08T09:00:00Z');
    const rows = historyToRows([snap]);
    expect(rows).toHaveLength(1 + q1.length);
    const { history, diagnostics } = historyFromGrid(gridOf(rows));
    expect(diagnostics).toEqual([]);
    expect(history).toEqual([snap]);
  });

  test('recording the same period again replaces that snapshot instead of adding a duplicate', () => {
    let h = recordCheckIn([], snapshotFromEvaluations(q1, 'Q1', '2026-04-08T09:00:00Z'));
    h = recordCheckIn(h, snapshotFromEvaluations(q2, 'Q2', '2026-07-08T09:00:00Z'));
    h = recordCheckIn(h, snapshotFromEvaluations(q2, 'Q1', '2026-04-09T09:00:00Z'));
    expect(h.map((s) => s.period)).toEqual(['Q1', 'Q2']);
    expect(h[0].takenAt).toBe('2026-04-09T09:00:00Z');
    expect(h[0].entries).toHaveLength(4);
    // and the stored table round-trips the replacement
    expect(historyFromGrid(gridOf(historyToRows(h))).history).toEqual(h);
  });

  test('periods sort within the year: months inside their quarter, FY last', () => {
    let h = recordCheckIn([], snapshotFromEvaluations(q1, 'FY', 't'));
    for (const p of ['Q2', 'M4', 'Q1', 'M2']) h = recordCheckIn(h, snapshotFromEvaluations(q1, p, 't'));
    expect(h.map((s) => s.period)).toEqual(['M2', 'Q1', 'M4', 'Q2', 'FY']);
    expect(previousSnapshot(h, 'Q3')?.period).toBe('Q2');
    expect(previousSnapshot(h, 'M2')).toBeNull();
  });

  test('unreadable history rows are named, readable ones kept', () => {
    const rows = historyToRows([snapshotFromEvaluations(q1, 'Q1', 't')]);
    rows.push(['Q9', 't', 'k', 's', null, 'x', null, 1, 1, 1, 1, 'bogus']);
    const { history, diagnostics } = historyFromGrid(gridOf(rows));
    expect(history[0].entries).toHaveLength(3);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ cell: `A${rows.length}`, code: 'history-row-unreadable' });
  });

  test('what changed: newly behind, recovered, newly achieved, previous status, pace per category', () => {
    const prev = snapshotFromEvaluations(q1, 'Q1', 't');
    const c = compareWithPrevious(q2, prev);
    expect(c.previousPeriod).toBe('Q1');
    expect(c.newlyBehind.map((x) => x.name)).toEqual(['科技下乡']);
    expect(c.recovered.map((x) => x.name)).toEqual(['培训农民']);
    expect(c.newlyAchieved.map((x) => x.name)).toEqual(['整改措施']);
    expect(c.previousStatus.get(q2[0].indicator.key)).toBe('on_track');
    expect(c.previousStatus.has(q2[3].indicator.key)).toBe(false); // new indicator: no previous status
    const func = c.categoryPace.find((p) => p.category === '职能目标任务');
    expect(func?.before).toBeCloseTo((40 / 150 + 1500 / 10000) / 2, 6);
    expect(func?.after).toBeCloseTo((60 / 150 + 6000 / 10000) / 2, 6);
  });

  test('matching ignores the file name (each quarter saved as a new file)', () => {
    const renamed = q2.map((e) => ({
      ...e,
      indicator: { ...e.indicator, file: '2026Q2.xlsx', key: `2026Q2.xlsx|${e.indicator.key}` },
    }));
    const c = compareWithPrevious(renamed, snapshotFromEvaluations(q1, 'Q1', 't'));
    expect(c.newlyBehind).toHaveLength(1);
  });

  test('completion trend per category over the check-ins', () => {
    let h = recordCheckIn([], snapshotFromEvaluations(q1, 'Q1', 't'));
    h = recordCheckIn(h, snapshotFromEvaluations(q2, 'Q2', 't'));
    const t = completionTrend(h);
    expect(t.periods).toEqual(['Q1', 'Q2']);
    expect(t.categories).toEqual(['职能目标任务', '党的建设']);
    expect(t.values[1][0]).toBeCloseTo(6 / 24, 6);
    expect(t.values[1][1]).toBeCloseTo((1 + 0.2) / 2, 6);
  });
});
