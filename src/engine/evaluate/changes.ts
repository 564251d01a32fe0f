/**
 * What changed since the previous check-in: indicators newly behind, recovered or newly achieved (with
 * their status before and now), the mean completion per category before and now, and the trend of mean
 * completion per category over the recorded check-ins.
 */
import {
  BEHIND_STATUSES,
  GOOD_STATUSES,
  type CategoryPaceChange,
  type ChangesSinceLastCheckIn,
  type CheckInSnapshot,
  type CompletionTrend,
  type Evaluation,
  type Status,
  type StatusChange,
} from '../model';
import { historyKey } from './history';
import { shownName } from '../core/text';

function meanCompletionByCategory(
  items: readonly { category: string | null; completion: number | null }[],
): Map<string | null, number> {
  const acc = new Map<string | null, { sum: number; n: number }>();
  for (const it of items) {
    if (it.completion === null || !Number.isFinite(it.completion)) continue;
    const a = acc.get(it.category) ?? { sum: 0, n: 0 };
    a.sum += it.completion;
    a.n++;
    acc.set(it.category, a);
  }
  return new Map([...acc].map(([k, v]) => [k, v.sum / v.n]));
}

export function compareWithPrevious(
  evaluations: readonly Evaluation[],
  previous: CheckInSnapshot,
): ChangesSinceLastCheckIn {
  const prevByKey = new Map(previous.entries.map((e) => [e.key, e]));
  const previousStatus = new Map<string, Status>();
  const newlyBehind: StatusChange[] = [];
  const recovered: StatusChange[] = [];
  const newlyAchieved: StatusChange[] = [];
  for (const e of evaluations) {
    const key = historyKey(e.indicator.sheet, e.indicator.id, e.indicator.name);
    const before = prevByKey.get(key);
    if (!before) continue;
    previousStatus.set(e.indicator.key, before.status);
    const change: StatusChange = {
      key: e.indicator.key,
      name: shownName(e.indicator),
      category: e.indicator.category,
      before: before.status,
      after: e.status,
    };
    if (e.status === 'achieved' && before.status !== 'achieved') newlyAchieved.push(change);
    else if (
      BEHIND_STATUSES.includes(e.status) &&
      !BEHIND_STATUSES.includes(before.status) &&
      before.status !== 'invalid'
    )
      newlyBehind.push(change);
    else if (GOOD_STATUSES.includes(e.status) && BEHIND_STATUSES.includes(before.status))
      recovered.push(change);
  }
  const now = meanCompletionByCategory(
    evaluations.map((e) => ({ category: e.indicator.category, completion: e.completion })),
  );
  const then = meanCompletionByCategory(previous.entries);
  const categoryPace: CategoryPaceChange[] = [];
  for (const [category, after] of now) {
    const before = then.get(category);
    if (before !== undefined) categoryPace.push({ category, before, after });
  }
  return {
    previousPeriod: previous.period,
    newlyBehind,
    recovered,
    newlyAchieved,
    categoryPace,
    previousStatus,
  };
}

/** Mean completion per category over the recorded check-ins (the current one included when recorded). */
export function completionTrend(history: readonly CheckInSnapshot[]): CompletionTrend {
  const periods = history.map((s) => s.period);
  const perPeriod = history.map((s) => meanCompletionByCategory(s.entries));
  const categories: (string | null)[] = [];
  for (const m of perPeriod) for (const c of m.keys()) if (!categories.includes(c)) categories.push(c);
  const values = categories.map((c) => perPeriod.map((m) => m.get(c) ?? null));
  return { periods, categories, values };
}
