/** How many indicators have each status. */
import { STATUSES, type Evaluation, type Status, type StatusCounts } from '../model';

export function countStatuses(evaluations: readonly Evaluation[]): StatusCounts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (let i = 0; i < evaluations.length; i++) byStatus[evaluations[i].status] += 1;
  return { total: evaluations.length, byStatus };
}
