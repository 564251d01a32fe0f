/**
 * The two-unit case the tests of several units build on: two counties (商州区, 洛南县) reporting the same
 * indicators, as evaluations (twoUnits) or as sheets (unitGrid), with a count summed over units, a
 * percentage averaged across them, units of measure that disagree (万份 / 份) and an indicator only one
 * unit reports.
 */
import type { CellValue, Evaluation, Grid } from '../../src/engine';
import { makeEvaluation, type EvalSpec } from './evaluations';

export interface Unit {
  readonly name: string;
  readonly evaluations: Evaluation[];
}

/** A unit: its name (also the sheet of its evaluations) and its evaluations. */
export function unitOf(name: string, specs: readonly EvalSpec[]): Unit {
  return { name, evaluations: specs.map((s) => makeEvaluation({ sheet: name, ...s })) };
}

/** 商州区 (three indicators) and 洛南县 (the same three and 院士工作站), as at Q3. */
export function twoUnits(): [Unit, Unit] {
  const rate = { id: '2', name: '科学素质达标率', unit: '%', aggregation: 'last' as const, target: 0.1 };
  return [
    unitOf('商州区', [
      { id: '1', name: '科技下乡', unit: '场次', target: 100, actual: 80, expected: 75, status: 'on_track' },
      { ...rate, actual: 0.11, expected: 0.1, status: 'achieved' },
      { id: '3', name: '宣传资料', unit: '万份', target: 10, actual: 5, expected: 7.5, status: 'at_risk' },
    ]),
    unitOf('洛南县', [
      { id: '1', name: '科技下乡', unit: '场次', target: 50, actual: 30, expected: 37.5, status: 'behind' },
      { ...rate, actual: 0.08, expected: 0.1, status: 'at_risk' },
      {
        id: '3',
        name: '宣传资料',
        unit: '份',
        target: 100000,
        actual: 80000,
        expected: 75000,
        status: 'on_track',
      },
      { id: '4', name: '院士工作站', unit: '个', target: 1, actual: 1, expected: 0.75, status: 'achieved' },
    ]),
  ];
}

/**
 * One unit's sheet: three indicators in two categories, quarterly actuals filled up to quarter `upTo`;
 * `scale` multiplies every figure (a bigger unit), `unit` replaces 培训群众's unit of measure.
 */
export function unitGrid(
  name: string,
  upTo: number,
  opts: {
    scale?: number;
    unit?: string;
    extra?: CellValue[][];
    hiddenRows?: number[];
  } = {},
): Grid {
  const scale = opts.scale ?? 1;
  const q = (vals: number[]): (number | null)[] => vals.map((v, i) => (i < upTo ? v * scale : null));
  const values: CellValue[][] = [
    ['序号', '指标', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'],
    ['一、职能目标任务'],
    [1, '科技下乡', '场次', 100 * scale, ...q([10, 40, 10, 40]), '科普部'],
    [2, '培训群众', opts.unit ?? '人次', 40000 * scale, ...q([12000, 10000, 20000, 0]), '学会部'],
    ['二、党的建设'],
    [3, '义诊', '场次', 30 * scale, ...q([8, 7, 8, 7]), '办公室'],
    ...(opts.extra ?? []),
  ];
  return {
    name,
    originRow: 1,
    originCol: 1,
    values,
    merges: [],
    ...(opts.hiddenRows ? { hiddenRows: opts.hiddenRows } : {}),
  };
}
