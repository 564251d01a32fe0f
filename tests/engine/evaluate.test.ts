import fc from 'fast-check';
import type {
  CellValue,
  Evaluation,
  Indicator,
  Period,
  SourceCell,
  Thresholds,
} from '../../src/engine/model';
import { evaluateIndicator, evaluateIndicators } from '../../src/engine/evaluate/evaluate';
import { numericStatus } from '../../src/engine/evaluate/status';
import {
  isDoneWord,
  isInProgressWord,
  isMilestoneTargetText,
  isNotStartedWord,
  parseAggregation,
  parseBoundText,
  parseDirection,
} from '../../src/engine/evaluate/vocabulary';
import { cellAt } from '../support/cells';

const Q = (quarter: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', quarter });
const M = (month: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12): Period => ({ kind: 'month', month });
const FY: Period = { kind: 'year' };

type Cell = CellValue | { v: CellValue; f: string };

interface Spec {
  target?: Cell;
  quarters?: Cell[];
  months?: Cell[];
  cumulative?: Cell;
  milestones?: Cell[];
  direction?: string;
  aggregation?: string;
  unit?: string;
  file?: string;
  name?: string;
}

const ROW = 6;
function source(cell: Cell | undefined, col: string): SourceCell | null {
  if (cell === undefined) return null;
  if (cell !== null && typeof cell === 'object' && 'v' in cell) return cellAt(`${col}${ROW}`, cell.v, cell.f);
  return cellAt(`${col}${ROW}`, cell);
}

/** Target in C, quarters D–G (or months D–O, or cumulative D), milestone targets P–S, direction T, aggregation U. */
function ind(spec: Spec): Indicator {
  const actuals: Indicator['actuals'] = spec.quarters
    ? { kind: 'quarters', cells: [0, 1, 2, 3].map((i) => source(spec.quarters![i], 'DEFG'[i])) }
    : spec.months
      ? {
          kind: 'months',
          cells: Array.from({ length: 12 }, (_, i) => source(spec.months![i], 'DEFGHIJKLMNO'[i])),
        }
      : spec.cumulative !== undefined
        ? { kind: 'cumulative', cell: source(spec.cumulative, 'D') }
        : { kind: 'none' };
  return {
    key: `${spec.file ?? ''}|目标任务|1`,
    ...(spec.file ? { file: spec.file } : {}),
    sheet: '目标任务',
    row: ROW,
    id: '1',
    category: '职能目标任务',
    name: spec.name ?? '科技下乡',
    measureUnit: spec.unit ?? null,
    directionCell: spec.direction !== undefined ? source(spec.direction, 'T') : null,
    aggregationCell: spec.aggregation !== undefined ? source(spec.aggregation, 'U') : null,
    target: source(spec.target, 'C'),
    milestoneTargets: spec.milestones
      ? [0, 1, 2, 3].map((i) => source(spec.milestones![i], 'PQRS'[i]))
      : null,
    actuals,
    owner: '科普部',
    notes: null,
  };
}

function status(spec: Spec, period: Period, thresholds?: Thresholds): Evaluation['status'] {
  return evaluateIndicator(ind(spec), period, thresholds).status;
}
function codes(e: Evaluation): string[] {
  return e.diagnostics.map((d) => d.code);
}

describe('higher-is-better', () => {
  it('computes A, E, completion and pace (the issue example)', () => {
    const e = evaluateIndicator(ind({ target: 150, quarters: [40, 45, 40, null] }), Q(3));
    expect(e.direction).toBe('higher');
    expect(e.aggregation).toBe('sum');
    expect(e.actual).toEqual({ value: 125, approximation: null, percent: false });
    expect(e.expected).toBe(112.5);
    expect(e.completion).toBeCloseTo(0.8333, 4);
    expect(e.pace).toBeCloseTo(1.1111, 4);
    expect(e.status).toBe('on_track');
    expect(e.diagnostics).toEqual([]);
  });

  it('pace exactly 1.0 is on_track, just below is behind', () => {
    expect(status({ target: 100, quarters: [25, 25] }, Q(2))).toBe('on_track');
    expect(status({ target: 100, quarters: [25, 24.99] }, Q(2))).toBe('behind');
  });

  it('pace exactly 0.8 is behind, just below is at_risk', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [20, 20] }), Q(2));
    expect(e.pace).toBe(0.8);
    expect(e.status).toBe('behind');
    expect(status({ target: 100, quarters: [20, 19.99] }, Q(2))).toBe('at_risk');
    // 0.8 reached through decimals (0.1 + 0.2 style noise) still counts as 0.8.
    expect(status({ target: 3, quarters: [0.1, 0.2, 1.5] }, Q(3))).toBe('behind');
  });

  it('A exactly equal to the target is achieved at any period', () => {
    expect(status({ target: 100, quarters: [60, 40] }, Q(2))).toBe('achieved');
    expect(status({ target: 100, quarters: [100] }, Q(1))).toBe('achieved');
    expect(status({ target: 100, quarters: [25, 25, 25, 25] }, FY)).toBe('achieved');
    expect(status({ target: 100, quarters: [25, 25, 25, 25] }, Q(4))).toBe('achieved');
  });

  it('below target at the year end is missed, whatever the pace', () => {
    expect(status({ target: 100, quarters: [25, 25, 25, 24.99] }, FY)).toBe('missed');
    expect(status({ target: 100, quarters: [25, 25, 25, 24] }, Q(4))).toBe('missed');
    expect(status({ target: 120, months: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9] }, M(12))).toBe(
      'missed',
    );
  });

  it('thresholds are parameters', () => {
    const t: Thresholds = { onTrack: 0.9, behind: 0.5 };
    expect(status({ target: 100, quarters: [45] }, Q(2), t)).toBe('on_track'); // pace 0.9
    expect(status({ target: 100, quarters: [44.99] }, Q(2), t)).toBe('behind');
    expect(status({ target: 100, quarters: [25] }, Q(2), t)).toBe('behind'); // pace 0.5
    expect(status({ target: 100, quarters: [24.99] }, Q(2), t)).toBe('at_risk');
  });
});

describe('lower-is-better (a ceiling)', () => {
  const lower = (quarters: Cell[], target: Cell = 100): Spec => ({ target, quarters, direction: '越低越好' });

  it('A == E is on_track; E < A <= target is behind; A == target before FY is behind', () => {
    expect(status(lower([25, 25]), Q(2))).toBe('on_track');
    expect(status(lower([25, 24]), Q(2))).toBe('on_track');
    expect(status(lower([25, 25.01]), Q(2))).toBe('behind');
    expect(status(lower([60, 40]), Q(2))).toBe('behind');
  });

  it('A > target is missed at any period', () => {
    expect(status(lower([60, 40.01]), Q(2))).toBe('missed');
    expect(status(lower([101]), Q(1))).toBe('missed');
  });

  it('at the year end A <= target is achieved (A == target included), above is missed', () => {
    expect(status(lower([25, 25, 25, 25]), FY)).toBe('achieved');
    expect(status(lower([10, 10, 10, 10]), FY)).toBe('achieved');
    expect(status(lower([25, 25, 25, 25.5]), FY)).toBe('missed');
  });

  it('reports completion = A / target and pace = A / E', () => {
    const e = evaluateIndicator(ind(lower([30, 30])), Q(2));
    expect(e.direction).toBe('lower');
    expect(e.expected).toBe(50);
    expect(e.completion).toBe(0.6);
    expect(e.pace).toBe(1.2);
    expect(e.status).toBe('behind');
  });

  it('accepts a zero ceiling (zero accidents) without dividing by zero', () => {
    const e = evaluateIndicator(ind(lower([0, 0], 0)), Q(2));
    expect(e.status).toBe('on_track');
    expect(e.completion).toBeNull();
    expect(e.pace).toBeNull();
    expect(status(lower([0, 1], 0), Q(2))).toBe('missed');
  });

  it('reads directions 反向 / 控制 / Lower', () => {
    for (const d of ['反向', '控制', 'Lower', 'lower is better']) {
      expect(evaluateIndicator(ind({ target: 100, quarters: [30], direction: d }), Q(1)).direction).toBe(
        'lower',
      );
    }
  });

  it('a target written as a ceiling (≤5%, 不超过5%) is lower-is-better', () => {
    const e = evaluateIndicator(ind({ target: '≤5%', quarters: ['3%', '6%'] }), Q(2));
    expect(e.direction).toBe('lower');
    expect(e.aggregation).toBe('last');
    expect(e.target?.value).toBe(0.05);
    expect(e.actual?.value).toBe(0.06);
    expect(e.status).toBe('missed');
    expect(evaluateIndicator(ind({ target: '不超过5%', quarters: ['3%'] }), Q(1)).status).toBe('on_track');
  });
});

describe('milestones', () => {
  const ms = (quarters: Cell[], target: Cell = '完成'): Spec => ({ target, quarters });

  it('a text target such as 完成 / 完成建设 / Done / 是 / Yes makes a milestone', () => {
    for (const t of ['完成', '完成建设', 'Done', '是', 'Yes', '建成投用']) {
      const e = evaluateIndicator(ind(ms(['推进中'], t)), Q(1));
      expect(e.direction).toBe('milestone');
      expect(e.targetText).toBe(t);
      expect(e.target).toBeNull();
      expect(e.actualText).toBe('推进中');
      expect(e.expected).toBeNull();
      expect(e.completion).toBeNull();
      expect(e.pace).toBeNull();
    }
  });

  it('done words give achieved at Q2 and at FY', () => {
    for (const w of ['完成', '已完成', '是', '√', '✓', 'Done', 'Yes', 'Completed']) {
      expect(status(ms([null, w]), Q(2))).toBe('achieved');
      expect(status(ms([null, w, null, null]), FY)).toBe('achieved');
    }
  });

  it('in-progress words give on_track at Q2 and missed at FY', () => {
    for (const w of ['推进中', '进行中', '正在', '正在办理', 'In progress', 'Ongoing']) {
      expect(status(ms(['未开始', w]), Q(2))).toBe('on_track');
      expect(status(ms(['未开始', w]), FY)).toBe('missed');
    }
  });

  it('not-started words give behind at Q2 and missed at FY', () => {
    for (const w of ['未开始', '未完成', '否', 'Not started', 'No']) {
      expect(status(ms([w]), Q(2))).toBe('behind');
      expect(status(ms([w]), FY)).toBe('missed');
    }
  });

  it('takes the latest non-empty text through the period', () => {
    expect(status(ms(['未开始', '推进中', '', null]), Q(4))).toBe('missed');
    expect(status(ms(['未开始', '推进中', '已完成']), Q(2))).toBe('on_track');
    expect(status(ms(['未开始', '推进中', '已完成']), Q(3))).toBe('achieved');
    expect(evaluateIndicator(ind(ms(['未开始', '—', null])), Q(3)).actualText).toBe('未开始');
  });

  it('an unknown word is a warning naming the cell and counts as in progress', () => {
    const e = evaluateIndicator(ind(ms(['待定'])), Q(1));
    expect(e.status).toBe('on_track');
    expect(e.diagnostics).toEqual([
      {
        sheet: '目标任务',
        cell: 'D6',
        severity: 'warning',
        code: 'unknown-milestone-word',
        params: { name: '科技下乡', text: '待定' },
      },
    ]);
    expect(status(ms(['待定']), FY)).toBe('missed');
  });

  it('direction 完成类 / 定性 / Milestone makes a milestone whatever the target', () => {
    const e = evaluateIndicator(ind({ target: '按计划', quarters: ['已完成'], direction: '定性' }), Q(1));
    expect(e.direction).toBe('milestone');
    expect(e.status).toBe('achieved');
  });

  it('a percentage of work done reads as a milestone state', () => {
    expect(status(ms(['100%']), Q(2))).toBe('achieved');
    expect(status(ms(['60%']), Q(2))).toBe('on_track');
    expect(status(ms(['0%']), Q(2))).toBe('behind');
  });

  it('no text through the period is no_data; an error cell is invalid', () => {
    expect(status(ms([null, '已完成']), Q(1))).toBe('no_data');
    const e = evaluateIndicator(ind(ms([{ kind: 'error', code: '#N/A' }])), Q(1));
    expect(e.status).toBe('invalid');
    expect(e.diagnostics[0]).toMatchObject({ cell: 'D6', severity: 'error', code: 'cell-error' });
  });
});

describe('aggregations', () => {
  it('sum (the default for counts)', () => {
    expect(evaluateIndicator(ind({ target: 100, quarters: [10, 20, 30] }), Q(3)).actual?.value).toBe(60);
  });

  it('last = latest non-empty value through the period, with no empty-cell warning; a note says the period’s own is not in', () => {
    const e = evaluateIndicator(
      ind({ target: 100, quarters: [80, 85, null, 99], aggregation: '期末' }),
      Q(3),
    );
    expect(e.aggregation).toBe('last');
    expect(e.actual?.value).toBe(85);
    expect(e.expected).toBe(100);
    expect(e.status).toBe('behind');
    expect(e.diagnostics.map((d) => [d.severity, d.code, d.params?.period])).toEqual([
      ['info', 'earlier-result', 'Q3'],
    ]);
    // With the period's own figure in, nothing to say.
    const own = evaluateIndicator(
      ind({ target: 100, quarters: [80, 85, 90, 99], aggregation: '期末' }),
      Q(3),
    );
    expect(own.diagnostics).toEqual([]);
  });

  it('a name that says a level (a rate, an average) takes the latest figure, never a sum', () => {
    for (const name of ['办结率', '群众满意度测评平均分', 'Percentage of calls answered']) {
      const e = evaluateIndicator(ind({ name, target: 0.95, quarters: [0.9, 0.93] }), Q(2));
      expect(e.aggregation).toBe('last');
      expect(e.actual?.value).toBe(0.93);
      expect(e.expected).toBe(0.95);
    }
    // A count is still added up.
    expect(
      evaluateIndicator(ind({ name: '培训人次', target: 100, quarters: [10, 20] }), Q(2)).actual?.value,
    ).toBe(30);
  });

  it('a percentage against a plain target takes the reading nearer the target', () => {
    // 0.95 in a % row is a fraction: "92%" is 0.92, not 92.
    const fraction = evaluateIndicator(ind({ unit: '%', target: 0.95, quarters: ['90%', '92%'] }), Q(2));
    expect(fraction.actual?.value).toBe(0.92);
    expect(fraction.completion).toBeCloseTo(0.9684, 4);
    // 95 in a % row: "92%" is 92.
    expect(
      evaluateIndicator(ind({ unit: '%', target: 95, quarters: ['90%', '92%'] }), Q(2)).actual?.value,
    ).toBe(92);
    // 1 in a % row is 1 %: "0.8%" is 0.8.
    expect(
      evaluateIndicator(ind({ unit: '%', target: 1, quarters: ['0.7%', '0.8%'] }), Q(2)).actual?.value,
    ).toBe(0.8);
  });

  it('average = mean of the non-empty values', () => {
    const e = evaluateIndicator(ind({ target: 90, quarters: [80, null, 91], aggregation: '平均' }), Q(3));
    expect(e.aggregation).toBe('average');
    expect(e.actual?.value).toBe(85.5);
    expect(e.expected).toBe(90);
  });

  it('reads Sum / Last / Average in English too', () => {
    expect(
      evaluateIndicator(ind({ target: 90, quarters: [80, 90], aggregation: 'Average' }), Q(2)).actual?.value,
    ).toBe(85);
    expect(
      evaluateIndicator(ind({ target: 90, quarters: [80, 90], aggregation: 'Last' }), Q(2)).actual?.value,
    ).toBe(90);
    expect(
      evaluateIndicator(ind({ target: 90, quarters: [80, 90], aggregation: 'Sum' }), Q(2)).actual?.value,
    ).toBe(170);
  });

  it('an unknown aggregation is a warning and the default applies', () => {
    const e = evaluateIndicator(ind({ target: 90, quarters: [80, 90], aggregation: '随便' }), Q(2));
    expect(e.aggregation).toBe('sum');
    expect(codes(e)).toEqual(['unknown-aggregation']);
    expect(e.diagnostics[0].cell).toBe('U6');
  });

  it('a percentage or rate unit defaults to last, with the target as E', () => {
    for (const unit of ['%', '‰', '率', '百分比']) {
      const e = evaluateIndicator(ind({ target: 95, quarters: [90, 93], unit }), Q(2));
      expect(e.aggregation).toBe('last');
      expect(e.actual?.value).toBe(93);
      expect(e.expected).toBe(95);
    }
    // The sheet's own aggregation wins over the unit.
    expect(
      evaluateIndicator(ind({ target: 95, quarters: [90, 93], unit: '%', aggregation: '累加' }), Q(2))
        .aggregation,
    ).toBe('sum');
  });

  it('a percentage target defaults to last; 0.95 with a % format and "95%" are the same', () => {
    const a = evaluateIndicator(
      ind({
        target: '95%',
        quarters: [
          { v: 0.9, f: '0%' },
          { v: 0.95, f: '0.0%' },
        ],
      }),
      Q(2),
    );
    expect(a.aggregation).toBe('last');
    expect(a.target).toEqual({ value: 0.95, approximation: null, percent: true });
    expect(a.actual).toEqual({ value: 0.95, approximation: null, percent: true });
    expect(a.status).toBe('achieved');
    const b = evaluateIndicator(ind({ target: { v: 0.95, f: '0%' }, quarters: ['90%', '95%'] }), Q(2));
    expect(b.status).toBe('achieved');
  });

  it('aligns a plain 93 with a 95% target', () => {
    const e = evaluateIndicator(ind({ target: '95%', quarters: [93] }), Q(1));
    expect(e.actual?.value).toBe(0.93);
    expect(e.actual?.percent).toBe(true);
  });
});

describe('expected from quarterly milestone targets', () => {
  it('uses the milestone for the period as E', () => {
    const spec: Spec = { target: 100, milestones: [10, 30, 60, 100], quarters: [10, 20, 20] };
    const q2 = evaluateIndicator(ind(spec), Q(2));
    expect(q2.expected).toBe(30);
    expect(q2.pace).toBe(1);
    expect(q2.status).toBe('on_track');
    const q3 = evaluateIndicator(ind(spec), Q(3));
    expect(q3.expected).toBe(60);
    expect(q3.status).toBe('behind'); // 50 / 60
  });

  it('falls back to target × elapsed fraction where the milestone is empty', () => {
    expect(
      evaluateIndicator(ind({ target: 100, milestones: [10, null, 60, 100], quarters: [10, 20] }), Q(2))
        .expected,
    ).toBe(50);
  });

  it('a milestone target that is not a number is a warning, and the fallback applies', () => {
    const e = evaluateIndicator(
      ind({ target: 100, milestones: [10, 'abc', 60, 100], quarters: [25, 25] }),
      Q(2),
    );
    expect(e.expected).toBe(50);
    expect(e.diagnostics).toEqual([
      expect.objectContaining({ cell: 'Q6', severity: 'warning', code: 'not-a-number' }),
    ]);
    expect(e.status).toBe('on_track');
  });

  it('interpolates inside a quarter on month sheets', () => {
    const months = [10, 10, 10, 10, 10, 10, 10];
    const e = evaluateIndicator(ind({ target: 120, milestones: [30, 60, 90, 120], months }), M(7));
    expect(e.expected).toBe(70);
    expect(e.pace).toBe(1);
  });
});

describe('month sheets and periods across layouts', () => {
  const months = [10, 10, 10, 10, 10, 10, 10];

  it('sums months through the month, E = target × months / 12', () => {
    const e = evaluateIndicator(ind({ target: 120, months }), M(7));
    expect(e.actual?.value).toBe(70);
    expect(e.expected).toBe(70);
    expect(e.status).toBe('on_track');
    expect(e.diagnostics).toEqual([]);
  });

  it('a quarter on a month sheet covers the months through the quarter end', () => {
    const e = evaluateIndicator(ind({ target: 120, months }), Q(2));
    expect(e.actual?.value).toBe(60);
    expect(e.expected).toBe(60);
  });

  it('FY on a month sheet covers all twelve months (empty ones warned)', () => {
    const e = evaluateIndicator(ind({ target: 120, months: [...months, null, null, null, null, null] }), FY);
    expect(e.actual?.value).toBe(70);
    expect(e.status).toBe('missed');
    expect(e.diagnostics.filter((d) => d.code === 'empty-in-period').map((d) => d.cell)).toEqual([
      'K6',
      'L6',
      'M6',
      'N6',
      'O6',
    ]);
  });

  it('a month on a quarter sheet uses the quarters fully elapsed, with an info diagnostic', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [25, 25, 25] }), M(7));
    expect(e.actual?.value).toBe(50);
    expect(e.expected).toBe(50);
    expect(e.status).toBe('on_track');
    expect(e.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'period-not-in-sheet',
        params: { name: '科技下乡', period: 'M7', used: 'Q2' },
      }),
    ]);
    expect(evaluateIndicator(ind({ target: 100, quarters: [25, 25, 25] }), M(9)).actual?.value).toBe(75);
    expect(status({ target: 100, quarters: [25] }, M(2))).toBe('no_data');
  });

  it('a cumulative column is A directly, E from the elapsed fraction', () => {
    const e = evaluateIndicator(ind({ target: 150, cumulative: 125 }), Q(3));
    expect(e.actual?.value).toBe(125);
    expect(e.expected).toBe(112.5);
    expect(e.status).toBe('on_track');
    expect(status({ target: 150, cumulative: null }, Q(3))).toBe('no_data');
    expect(status({ target: 150, cumulative: '—' }, Q(3))).toBe('no_data');
  });
});

describe('empty cells and no data', () => {
  it('an empty cell inside the period counts as 0 with a warning naming it', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [40, '', 40], file: 'a.xlsx' }), Q(3));
    expect(e.actual?.value).toBe(80);
    expect(e.diagnostics).toEqual([
      {
        file: 'a.xlsx',
        sheet: '目标任务',
        cell: 'E6',
        severity: 'warning',
        code: 'empty-in-period',
        params: { name: '科技下乡', period: 'Q2' },
      },
    ]);
    expect(e.status).toBe('on_track'); // pace 80 / 75
  });

  it('a quarter with no column in the sheet counts as 0 with a warning that names the period', () => {
    const indicator = ind({ target: 100, quarters: [40, 40] });
    const noQ2: Indicator = {
      ...indicator,
      actuals: { kind: 'quarters', cells: [cellAt('D6', 40), null, null, null] },
    };
    const e = evaluateIndicator(noQ2, Q(2));
    expect(e.actual?.value).toBe(40);
    expect(e.diagnostics).toEqual([
      {
        sheet: '目标任务',
        severity: 'warning',
        code: 'empty-in-period',
        params: { name: '科技下乡', period: 'Q2' },
      },
    ]);
  });

  it('every cell through the period empty is no_data, without warnings', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [null, '-', '', 50] }), Q(3));
    expect(e.status).toBe('no_data');
    expect(e.actual).toBeNull();
    expect(e.completion).toBeNull();
    expect(e.pace).toBeNull();
    expect(e.diagnostics).toEqual([]);
  });

  it('no actual columns at all is no_data', () => {
    expect(status({ target: 100 }, Q(3))).toBe('no_data');
  });
});

describe('invalid', () => {
  it('an error cell through the period makes the indicator invalid, naming the cell', () => {
    const e = evaluateIndicator(
      ind({ target: 100, quarters: [40, { kind: 'error', code: '#DIV/0!' }], file: 'a.xlsx' }),
      Q(2),
    );
    expect(e.status).toBe('invalid');
    expect(e.actual).toBeNull();
    expect(e.completion).toBeNull();
    expect(e.pace).toBeNull();
    expect(e.diagnostics).toEqual([
      {
        file: 'a.xlsx',
        sheet: '目标任务',
        cell: 'E6',
        severity: 'error',
        code: 'cell-error',
        params: { name: '科技下乡', text: '#DIV/0!' },
      },
    ]);
  });

  it('an error cell after the period does not matter', () => {
    expect(status({ target: 100, quarters: [20, { kind: 'error', code: '#DIV/0!' }] }, Q(1))).toBe('behind');
  });

  it.each<[Cell, string]>([
    ['abc', 'not-a-number'],
    ['200场', 'not-a-number'],
    [true, 'boolean-in-number-column'],
    [{ v: 43831, f: 'yyyy-mm-dd' }, 'date-in-number-column'],
    [{ kind: 'formula', formula: 'SUM(A1:A2)' }, 'formula-no-result'],
  ])('actual %j → invalid with %s', (cell, code) => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [cell] }), Q(1));
    expect(e.status).toBe('invalid');
    expect(e.diagnostics).toEqual([expect.objectContaining({ cell: 'D6', severity: 'error', code })]);
  });

  it.each<[Cell | undefined, string]>([
    [undefined, 'target-missing'],
    [null, 'target-missing'],
    ['—', 'target-missing'],
    [0, 'target-invalid'],
    [-5, 'target-invalid'],
    ['abc', 'target-invalid'],
    [{ kind: 'error', code: '#REF!' }, 'cell-error'],
  ])('target %j → invalid with %s (also when there is no actual)', (target, code) => {
    for (const quarters of [[10], [null]]) {
      const e = evaluateIndicator(ind({ target, quarters }), Q(1));
      expect(e.status).toBe('invalid');
      expect(e.completion).toBeNull();
      expect(e.pace).toBeNull();
      expect(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([code]);
    }
  });

  it('a zero target for lower-is-better is valid; a negative one is not', () => {
    expect(status({ target: 0, quarters: [0], direction: '越低越好' }, Q(1))).toBe('on_track');
    expect(status({ target: -1, quarters: [0], direction: '越低越好' }, Q(1))).toBe('invalid');
  });

  it('a milestone with no target is invalid', () => {
    expect(status({ quarters: ['已完成'], direction: '完成类' }, Q(1))).toBe('invalid');
  });
});

describe('approximate values', () => {
  it('keeps the approximation of a single source cell, with a warning naming it', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: ['20多'] }), Q(1));
    expect(e.actual).toEqual({ value: 20, approximation: { text: '20多', marker: '多' }, percent: false });
    expect(e.status).toBe('behind'); // pace 20 / 25 = 0.8
    expect(e.diagnostics).toEqual([
      {
        sheet: '目标任务',
        cell: 'D6',
        severity: 'warning',
        code: 'approximate-value',
        params: { name: '科技下乡', text: '20多' },
      },
    ]);
  });

  it('a sum with approximate parts is approximate as a whole (约, no text)', () => {
    const e = evaluateIndicator(ind({ target: 1000, quarters: ['约200', 100] }), Q(2));
    expect(e.actual).toEqual({ value: 300, approximation: { text: '', marker: '约' }, percent: false });
    expect(codes(e)).toEqual(['approximate-value']);
  });

  it('an approximate target is used with a warning; 以上 on a target is a bound, not an estimate', () => {
    const a = evaluateIndicator(ind({ target: '近二十万', quarters: [50000] }), Q(1));
    expect(a.target?.value).toBe(200000);
    expect(a.diagnostics).toEqual([expect.objectContaining({ cell: 'C6', code: 'approximate-value' })]);
    const b = evaluateIndicator(ind({ target: '200以上', quarters: [50] }), Q(1));
    expect(b.target).toEqual({ value: 200, approximation: null, percent: false });
    expect(b.diagnostics).toEqual([]);
  });

  it('exact forms are exact: 1.2万 + 0.6万 is 18000', () => {
    const e = evaluateIndicator(ind({ target: '2.4万', quarters: ['1.2万', '0.6万'] }), Q(2));
    expect(e.actual?.value).toBe(18000);
    expect(e.expected).toBe(12000);
    expect(e.pace).toBe(1.5);
  });
});

describe('direction', () => {
  it('an unknown direction is a warning and higher is assumed', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [25], direction: '看情况' }), Q(1));
    expect(e.direction).toBe('higher');
    expect(e.diagnostics).toEqual([
      expect.objectContaining({ cell: 'T6', code: 'unknown-direction', severity: 'warning' }),
    ]);
  });

  it('an empty direction cell means the default', () => {
    const e = evaluateIndicator(ind({ target: 100, quarters: [25], direction: '' }), Q(1));
    expect(e.direction).toBe('higher');
    expect(e.diagnostics).toEqual([]);
  });
});

describe('word lists', () => {
  it('parseDirection', () => {
    expect(parseDirection('越高越好')).toBe('higher');
    expect(parseDirection('正向')).toBe('higher');
    expect(parseDirection('Higher')).toBe('higher');
    expect(parseDirection('higher is better')).toBe('higher');
    expect(parseDirection('越低越好')).toBe('lower');
    expect(parseDirection('反向')).toBe('lower');
    expect(parseDirection('控制')).toBe('lower');
    expect(parseDirection('LOWER')).toBe('lower');
    expect(parseDirection('完成类')).toBe('milestone');
    expect(parseDirection('定性')).toBe('milestone');
    expect(parseDirection('Milestone')).toBe('milestone');
    expect(parseDirection('')).toBeNull();
    expect(parseDirection('随便')).toBeNull();
  });

  it('parseAggregation', () => {
    expect(parseAggregation('累加')).toBe('sum');
    expect(parseAggregation('Sum')).toBe('sum');
    expect(parseAggregation('期末')).toBe('last');
    expect(parseAggregation('最新')).toBe('last');
    expect(parseAggregation('Last')).toBe('last');
    expect(parseAggregation('平均')).toBe('average');
    expect(parseAggregation('Average')).toBe('average');
    expect(parseAggregation('')).toBeNull();
    expect(parseAggregation('x')).toBeNull();
  });

  it('milestone words', () => {
    for (const w of [
      '完成',
      '已完成',
      '是',
      '√',
      '✓',
      'Done',
      'Yes',
      'Completed',
      ' 已完成。',
      'Completed and ongoing.',
      '达成预期指标',
      '已全部完成',
      '均已完成',
      '已顺利完成任务',
      '已竣工',
      '已建成投用。',
    ])
      expect(isDoneWord(w)).toBe(true);
    for (const w of ['推进中', '进行中', '正在', 'In progress', 'Ongoing'])
      expect(isInProgressWord(w)).toBe(true);
    for (const w of ['未开始', '未完成', '否', 'Not started', 'No']) expect(isNotStartedWord(w)).toBe(true);
    expect(isDoneWord('未完成')).toBe(false);
    // Part of the task, or most of it, is not the whole of it.
    for (const w of ['基本完成', '已完成80%', '已完成3个', '正在施工']) expect(isDoneWord(w)).toBe(false);
    // A deliverable with the day it was done is done; one to be done by a day is not.
    for (const w of [
      'EE Report submitted to DoL on 27/09/2013',
      'Budget approved by Council on 28 May 2014.',
    ])
      expect(isDoneWord(w)).toBe(true);
    // …and so, in Chinese, with the day written between 已于 and the verb, or before 已.
    for (const w of [
      '已于2024年8月完成',
      '已于6月25日开通',
      '于2024年9月20日建成投用',
      '2024年8月已完成',
      '已于8月底前全部完成',
    ])
      expect(isDoneWord(w)).toBe(true);
    // The whole task done, with what follows (并投入使用, 年度目标任务) or a word of how (全面, 超额).
    for (const w of [
      '已竣工验收',
      '已建成并投入使用',
      '已完成年度目标任务',
      '全面完成年度任务',
      '超额完成',
      '已印发',
    ])
      expect(isDoneWord(w)).toBe(true);
    for (const w of ['部分完成', '已完成80%', '已开展']) expect(isDoneWord(w)).toBe(false);
    expect(isNotStartedWord('尚未开工')).toBe(true);
    for (const w of ['已于8月完成80%', '计划于9月完成', '预计于2024年底建成', '2025年6月前完成'])
      expect(isDoneWord(w)).toBe(false);
    for (const w of ['Report to be submitted by 30/10/2013', 'Submission of the EE Plan on time'])
      expect(isDoneWord(w)).toBe(false);
    // Done when due, in so many words; not done on time is not done.
    for (const w of ['Campaign completed on time', 'Annual plan delivered as planned'])
      expect(isDoneWord(w)).toBe(true);
    for (const w of ['Campaign not completed on time', 'To be completed on time'])
      expect(isDoneWord(w)).toBe(false);
    expect(isInProgressWord('未完成')).toBe(false);
    expect(isNotStartedWord('已完成')).toBe(false);
    // A first sentence saying the work was not done; a later "not" or a sentence of what was done is not.
    expect(
      isNotStartedWord('The research study was not conducted. Only an inception meeting was held.'),
    ).toBe(true);
    expect(isNotStartedWord('Has not yet been completed')).toBe(true);
    expect(isNotStartedWord('The study was conducted. Some parts were not completed.')).toBe(false);
    expect(isNotStartedWord('The survey was conducted in March')).toBe(false);
    expect(isMilestoneTargetText('完成建设')).toBe(true);
    expect(isMilestoneTargetText('abc')).toBe(false);
    expect(isMilestoneTargetText('≥95%')).toBe(false);
    // A deadline's figures are a date, not a quantity: the target is still a deliverable.
    expect(isMilestoneTargetText('2024年6月底前开通')).toBe(true);
    expect(isMilestoneTargetText('新增50个')).toBe(false);
  });

  it('parseBoundText', () => {
    expect(parseBoundText('≥95%')).toEqual({
      direction: 'higher',
      quantity: { value: 0.95, approximation: null, percent: true },
    });
    expect(parseBoundText('控制在5%以内')?.direction).toBe('lower');
    expect(parseBoundText('5‰以下')?.quantity.value).toBe(0.005);
    expect(parseBoundText('abc')).toBeNull();
  });
});

describe('numericStatus (the one place of the numeric rules)', () => {
  it('higher-is-better at its boundaries', () => {
    expect(numericStatus('higher', 100, 100, 50, Q(2))).toBe('achieved');
    expect(numericStatus('higher', 50, 100, 50, Q(2))).toBe('on_track');
    expect(numericStatus('higher', 40, 100, 50, Q(2))).toBe('behind');
    expect(numericStatus('higher', 39.99, 100, 50, Q(2))).toBe('at_risk');
    expect(numericStatus('higher', 99.99, 100, 100, FY)).toBe('missed');
    expect(numericStatus('higher', 0, 100, 0, Q(1))).toBe('on_track'); // nothing expected yet
    expect(numericStatus('higher', 45, 100, 50, Q(2), { onTrack: 0.9, behind: 0.5 })).toBe('on_track');
  });

  it('lower-is-better at its boundaries', () => {
    expect(numericStatus('lower', 50, 100, 50, Q(2))).toBe('on_track');
    expect(numericStatus('lower', 50.01, 100, 50, Q(2))).toBe('behind');
    expect(numericStatus('lower', 100, 100, 50, Q(2))).toBe('behind');
    expect(numericStatus('lower', 100.01, 100, 50, Q(2))).toBe('missed');
    expect(numericStatus('lower', 100, 100, 100, FY)).toBe('achieved');
    expect(numericStatus('lower', 100, 100, 100, M(12))).toBe('achieved');
  });
});

describe('evaluateIndicators', () => {
  it('evaluates every indicator with the same period and thresholds', () => {
    const list = [ind({ target: 100, quarters: [45] }), ind({ target: 100, quarters: [15] })];
    expect(evaluateIndicators(list, Q(2)).map((e) => e.status)).toEqual(['behind', 'at_risk']);
    expect(evaluateIndicators(list, Q(2), { onTrack: 0.9, behind: 0.3 }).map((e) => e.status)).toEqual([
      'on_track',
      'behind',
    ]);
  });
});

describe('properties', () => {
  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.double(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      '20多',
      '约200',
      '95%',
      '1.2万',
      '已完成',
      '推进中',
      '未开始',
      '—',
      '完成',
      '',
      'abc',
      '0',
    ),
    fc.boolean(),
    fc.constant({ kind: 'error', code: '#N/A' } as CellValue),
    fc.record({ v: fc.double(), f: fc.constantFrom('0%', 'yyyy-mm-dd', 'General') }),
  );
  const periodArb: fc.Arbitrary<Period> = fc.oneof(
    fc.constant(FY),
    fc.integer({ min: 1, max: 4 }).map((q) => Q(q as 1 | 2 | 3 | 4)),
    fc.integer({ min: 1, max: 12 }).map((m) => M(m as 1)),
  );
  const specArb: fc.Arbitrary<Spec> = fc.record(
    {
      target: cellArb,
      quarters: fc.array(cellArb, { minLength: 4, maxLength: 4 }),
      milestones: fc.array(cellArb, { minLength: 4, maxLength: 4 }),
      direction: fc.constantFrom('', '越高越好', '越低越好', '定性', 'xyz'),
      aggregation: fc.constantFrom('', '累加', '期末', '平均', 'xyz'),
      unit: fc.constantFrom('', '%', '个'),
    },
    { requiredKeys: ['target', 'quarters'] },
  );

  it('never throws, never yields NaN, and every invalid comes with an error diagnostic naming a cell', () => {
    fc.assert(
      fc.property(specArb, periodArb, (spec, period) => {
        const e = evaluateIndicator(ind(spec), period);
        for (const x of [
          e.expected,
          e.completion,
          e.pace,
          e.actual?.value ?? null,
          e.target?.value ?? null,
        ]) {
          expect(x === null || Number.isFinite(x)).toBe(true);
        }
        if (e.status === 'invalid') {
          const errors = e.diagnostics.filter((d) => d.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const d of errors) expect(d.cell).toMatch(/^[A-Z]+6$/);
        }
        for (const d of e.diagnostics) expect(d.params?.name).toBe('科技下乡');
      }),
      { numRuns: 1500 },
    );
  });

  it('every unreadable actual through the period yields an error diagnostic naming that cell', () => {
    const saneCellArb: fc.Arbitrary<Cell> = fc.oneof(
      cellArb.filter((c) => typeof c !== 'number' && !(c !== null && typeof c === 'object' && 'v' in c)),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.record({
        v: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        f: fc.constantFrom('0%', 'yyyy-mm-dd', 'General'),
      }),
    );
    fc.assert(
      fc.property(fc.array(saneCellArb, { minLength: 4, maxLength: 4 }), (quarters) => {
        const e = evaluateIndicator(ind({ target: 100, quarters, direction: '越高越好' }), FY);
        const unreadable = quarters
          .map((c, i) => ({ c, address: `${'DEFG'[i]}6` }))
          .filter(({ c }) => {
            const r = evaluateIndicator(ind({ target: 100, quarters: [c], direction: '越高越好' }), Q(1));
            return r.status === 'invalid';
          })
          .map(({ address }) => address);
        const named = e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.cell);
        expect(named).toEqual(unreadable);
        expect(e.status === 'invalid').toBe(unreadable.length > 0);
      }),
    );
  });
});
