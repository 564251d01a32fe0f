import type { Evaluation, Indicator, Quantity, Status } from '../../src/engine';

export interface EvalSpec {
  sheet?: string;
  file?: string;
  id?: string | null;
  name: string;
  category?: string | null;
  unit?: string | null;
  owner?: string | null;
  direction?: 'higher' | 'lower' | 'milestone';
  aggregation?: 'sum' | 'last' | 'average';
  target?: number | null;
  actual?: number | null;
  expected?: number | null;
  status: Status;
  row?: number;
}

const q = (v: number | null | undefined): Quantity | null =>
  v === null || v === undefined ? null : { value: v, approximation: null, percent: false };

/** An Evaluation built directly, for tests of the modules downstream of the evaluator. */
export function makeEvaluation(s: EvalSpec): Evaluation {
  const sheet = s.sheet ?? '目标任务';
  const indicator: Indicator = {
    key: `${s.file ?? ''}|${sheet}|${s.id ?? s.name}`,
    file: s.file,
    sheet,
    row: s.row ?? 5,
    id: s.id ?? null,
    category: s.category ?? null,
    name: s.name,
    measureUnit: s.unit ?? null,
    directionCell: null,
    aggregationCell: null,
    target: null,
    milestoneTargets: null,
    actuals: { kind: 'none' },
    owner: s.owner ?? null,
    notes: null,
  };
  const target = q(s.target);
  const actual = q(s.actual);
  const expected = s.expected ?? null;
  return {
    indicator,
    direction: s.direction ?? 'higher',
    aggregation: s.aggregation ?? 'sum',
    target,
    targetText: null,
    actual,
    actualText: null,
    expected,
    completion: target && actual ? actual.value / target.value : null,
    pace: expected && actual ? actual.value / expected : null,
    status: s.status,
    diagnostics: [],
  };
}
