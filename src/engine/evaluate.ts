/**
 * The pace and status rules (序时进度). Each rule lives here once:
 * - direction: from the direction column, else milestone when the target is text such as 完成 / Done,
 *   else lower when the target is written as a ceiling (≤5%, 不超过5%), else higher;
 * - aggregation: from the aggregation column, else `last` for percentages and rates, else `sum`;
 * - actual A, expected E, completion = A / target, pace = A / E;
 * - statuses with thresholds as a parameter.
 *
 * Which cells a period covers:
 * - quarter sheet: Q1…Qn for a quarter, all four for FY; for a month Mm only the quarters fully elapsed
 *   by the end of that month (M7 → Q1, Q2), with an info diagnostic; before the end of March nothing
 *   has elapsed, so the indicator has no data;
 * - month sheet: M1…Mm for a month, M1…M(3q) for a quarter, all twelve for FY;
 * - cumulative column: the cell itself whatever the period.
 * Expected E follows the same effective period, so A and E always cover the same span.
 *
 * Precedence: `invalid` (any error diagnostic: bad target, unreadable actual) wins over `no_data`,
 * because the author must fix the sheet either way.
 */
import { cleanNumber, cleanValue, scaleByPowerOfTen } from './core/numbers';
import { cellText, isEmptyText, parseCell, parseNumberText, type ParsedCell } from './core/quantity';
import { normalizeText } from './core/normalize';
import { elapsedFraction, isYearEnd, periodCode } from './core/period';
import {
  DEFAULT_THRESHOLDS,
  type Aggregation,
  type Approximation,
  type Diagnostic,
  type DiagnosticCode,
  type Direction,
  type Evaluation,
  type Indicator,
  type Period,
  type Quantity,
  type Severity,
  type SourceCell,
  type Status,
  type Thresholds,
} from './model';

// ───────────────────────────── Words ─────────────────────────────

function wordKey(text: string): string {
  return normalizeText(String(text ?? ''))
    .toLowerCase()
    .replace(/[。．.!！;；,，、]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const HIGHER_WORDS = new Set([
  '越高越好',
  '越大越好',
  '越多越好',
  '正向',
  '正向指标',
  '正',
  '高',
  '增',
  '↑',
  '≥',
  '>=',
  'higher',
  'higher is better',
  'high',
  'up',
  'increase',
  'positive',
  'max',
  'maximize',
  'more is better',
]);
const LOWER_WORDS = new Set([
  '越低越好',
  '越小越好',
  '越少越好',
  '反向',
  '反向指标',
  '逆向',
  '逆向指标',
  '负向',
  '控制',
  '控制类',
  '控制性',
  '控制性指标',
  '低',
  '降',
  '↓',
  '≤',
  '<=',
  'lower',
  'lower is better',
  'low',
  'down',
  'decrease',
  'negative',
  'min',
  'minimize',
  'ceiling',
  'less is better',
]);
const MILESTONE_WORDS = new Set([
  '完成类',
  '定性',
  '定性指标',
  '定性类',
  '节点',
  '节点类',
  '里程碑',
  '是否完成',
  '完成',
  'milestone',
  'qualitative',
  'done',
  'yes/no',
  'binary',
]);

/**
 * A memo for a pure function of a short text: a sheet repeats the same few direction words and units on
 * every row. Bounded, so that many distinct texts cannot grow it without limit.
 */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (typeof text !== 'string' || text.length > 64) return f(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const v = f(text);
    if (cache.size >= 512) cache.clear();
    cache.set(text, v);
    return v;
  };
}

/** 越高越好 / 正向 / Higher → higher; 越低越好 / 反向 / 控制 / Lower → lower; 完成类 / 定性 / Milestone → milestone. */
export const parseDirection: (text: string) => Direction | null = memo(directionOf);

function directionOf(text: string): Direction | null {
  const k = wordKey(text);
  if (k === '') return null;
  if (HIGHER_WORDS.has(k)) return 'higher';
  if (LOWER_WORDS.has(k)) return 'lower';
  if (MILESTONE_WORDS.has(k)) return 'milestone';
  if (/越(高|大|多)越好|^正向/.test(k) || /^higher\b/.test(k)) return 'higher';
  if (/越(低|小|少)越好|^(反向|逆向)|^控制/.test(k) || /^lower\b/.test(k)) return 'lower';
  if (/^(完成|定性|节点|里程碑)/.test(k) || /^milestone/.test(k)) return 'milestone';
  return null;
}

/** 累加 / Sum → sum; 期末 / 最新 / Last → last; 平均 / Average → average. */
export const parseAggregation: (text: string) => Aggregation | null = memo(aggregationOf);

function aggregationOf(text: string): Aggregation | null {
  const k = wordKey(text);
  if (k === '') return null;
  if (/^(累加|累计|求和|合计|加总|汇总|sum|total|cumulative|add)$/.test(k)) return 'sum';
  if (
    /^(期末|期末值|最新|最新值|最近|时点|时点值|末期|last|latest|end of period|closing|point in time)$/.test(
      k,
    )
  ) {
    return 'last';
  }
  if (/^(平均|平均值|均值|平均数|average|avg|mean)$/.test(k)) return 'average';
  return null;
}

const DONE_WORDS = new Set([
  '完成',
  '已完成',
  '全部完成',
  '全面完成',
  '按期完成',
  '按时完成',
  '提前完成',
  '如期完成',
  '已经完成',
  '完成建设',
  '已建成',
  '建成',
  '已办结',
  '办结',
  '已落实',
  '已实现',
  '已达标',
  '达标',
  '是',
  '√',
  '✓',
  '✔',
  '☑',
  'done',
  'yes',
  'y',
  'completed',
  'complete',
  'finished',
  'achieved',
]);
const IN_PROGRESS_WORDS = new Set([
  '推进中',
  '进行中',
  '正在',
  '正在推进',
  '正在进行',
  '正在实施',
  '实施中',
  '建设中',
  '在建',
  '办理中',
  '有序推进',
  '稳步推进',
  '持续推进',
  '加快推进',
  '部分完成',
  '基本完成',
  'in progress',
  'in-progress',
  'ongoing',
  'underway',
  'under way',
  'started',
  'partially done',
  'partial',
]);
const NOT_STARTED_WORDS = new Set([
  '未开始',
  '未完成',
  '否',
  '尚未开始',
  '尚未完成',
  '未启动',
  '尚未启动',
  '未实施',
  '暂未开展',
  '未开展',
  '×',
  '✗',
  '✘',
  '☐',
  'not started',
  'not done',
  'not yet started',
  'no',
  'n',
]);

/** 完成, 已完成, 是, √, ✓, Done, Yes, Completed… */
export function isDoneWord(text: string): boolean {
  return DONE_WORDS.has(wordKey(text));
}
/** 推进中, 进行中, 正在…, In progress, Ongoing… */
export function isInProgressWord(text: string): boolean {
  const k = wordKey(text);
  return (
    IN_PROGRESS_WORDS.has(k) || /^正在/.test(k) || (/中$/.test(k) && !isNotStartedWord(text) && k.length <= 6)
  );
}
/** 未开始, 未完成, 否, Not started, No… */
export function isNotStartedWord(text: string): boolean {
  const k = wordKey(text);
  return NOT_STARTED_WORDS.has(k) || /^(尚未|暂未|未)(开始|启动|开展|实施|动工|完成)/.test(k);
}

/** A text target that names a deliverable rather than a number: 完成, 完成建设, 建成投用, Done, 是, Yes. */
export function isMilestoneTargetText(text: string): boolean {
  const k = wordKey(text);
  if (k === '' || isDoneWord(k)) return k !== '';
  if (/[0-9]/.test(k) && !/(完成|建成|实现)/.test(k)) return false;
  return (
    /(完成|建成|实现|通过|落实|达标|验收|开工|投用|投运|上线|出台|印发|覆盖|启动|挂牌|创建|举办|召开|制定|推进)/.test(
      k,
    ) || /\b(done|complete|completed|finish|finished|deliver|delivered|launch|launched|yes)\b/.test(k)
  );
}

/**
 * A target written as a bound: ≥95%, 不低于95%, 95%以上 (higher); ≤5%, 不超过5%, 控制在5%以内, 5%以内
 * (lower). Null when the text is not such a bound.
 */
export function parseBoundText(text: string): { direction: 'higher' | 'lower'; quantity: Quantity } | null {
  const t = normalizeText(String(text ?? '')).replace(/\s+/g, '');
  const lower =
    /^(?:≤|<=|＜=|不超过|不高于|不大于|控制在|低于|小于|<)(.+?)(?:以内|以下|之内)?$/.exec(t) ??
    /^(.+?)(?:以内|以下|之内)$/.exec(t);
  if (lower) {
    const q = parseNumberText(lower[1]);
    return q ? { direction: 'lower', quantity: q } : null;
  }
  const higher = /^(?:≥|>=|不低于|不少于|大于等于|至少|>)(.+)$/.exec(t);
  if (higher) {
    const q = parseNumberText(higher[1]);
    return q ? { direction: 'higher', quantity: q } : null;
  }
  return null;
}

/** A percentage or a rate by its unit of measure: %, ‰, 率, 百分点… */
export function isRateUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  return rateUnit(unit);
}

const rateUnit = memo((unit: string): boolean => {
  const u = normalizeText(unit).toLowerCase();
  return /[%‰率]|百分|千分|percent|rate|ratio/.test(u);
});

// ───────────────────────────── Evaluation ─────────────────────────────

/** Approximation markers that, on a target, mean "at least". */
const AT_LEAST_MARKERS: ReadonlySet<string> = new Set([
  '以上',
  '超过',
  '逾',
  'over',
  'more than',
  '+',
  'or more',
  'plus',
]);

interface Part {
  readonly cell: SourceCell;
  readonly quantity: Quantity;
}

interface Context {
  readonly indicator: Indicator;
  readonly diagnostics: Diagnostic[];
}

function addDiagnostic(
  ctx: Context,
  cell: SourceCell | null,
  severity: Severity,
  code: DiagnosticCode,
  extra: Readonly<Record<string, string | number>> = {},
): void {
  const params: Record<string, string | number> = { name: ctx.indicator.name };
  const text = cell ? cellText(cell.value) : '';
  if (text !== '') params.text = text;
  Object.assign(params, extra);
  const d: Diagnostic = {
    ...(ctx.indicator.file !== undefined ? { file: ctx.indicator.file } : {}),
    sheet: ctx.indicator.sheet,
    ...(cell ? { cell: cell.address } : {}),
    severity,
    code,
    params,
  };
  ctx.diagnostics.push(d);
}

/** Same answer as parseCell(…).kind === 'empty' (only null and the "no value" texts are empty), without parsing. */
function isBlankCell(cell: SourceCell | null): boolean {
  if (!cell || cell.value === null || cell.value === undefined) return true;
  return typeof cell.value === 'string' && isEmptyText(cell.value);
}

const QUARTER_LABELS = ['Q1', 'Q2', 'Q3', 'Q4'];
const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);

/** The actual cells a period covers, with labels (Q2, M5) for diagnostics, and the period they amount to. */
function cellsThrough(
  ctx: Context,
  period: Period,
): { cells: { cell: SourceCell | null; label: string }[]; effective: Period | null } {
  const a = ctx.indicator.actuals;
  switch (a.kind) {
    case 'quarters': {
      let n: number;
      let effective: Period | null;
      if (period.kind === 'year') {
        n = 4;
        effective = period;
      } else if (period.kind === 'quarter') {
        n = period.quarter;
        effective = period;
      } else {
        n = Math.floor(period.month / 3);
        effective = n > 0 ? { kind: 'quarter', quarter: n as 1 | 2 | 3 | 4 } : null;
        if (period.month % 3 !== 0) {
          addDiagnostic(ctx, null, 'info', 'period-not-in-sheet', {
            period: periodCode(period),
            ...(effective ? { used: periodCode(effective) } : {}),
          });
        }
      }
      const cells = [];
      for (let i = 0; i < n; i++) cells.push({ cell: a.cells[i] ?? null, label: QUARTER_LABELS[i] });
      return { cells, effective };
    }
    case 'months': {
      const n = period.kind === 'year' ? 12 : period.kind === 'quarter' ? period.quarter * 3 : period.month;
      const cells = [];
      for (let i = 0; i < n; i++) cells.push({ cell: a.cells[i] ?? null, label: MONTH_LABELS[i] });
      return { cells, effective: period };
    }
    case 'cumulative':
      return { cells: [{ cell: a.cell, label: periodCode(period) }], effective: period };
    case 'none':
      return { cells: [], effective: period };
  }
}

/**
 * Brings a value to the target's scale when one is written as a percentage and the other is not:
 * target 95% (0.95) with an actual written 93 → 0.93; target 95 in a % column with an actual "93%" → 93.
 * A plain number up to 1.5 next to a percentage target is taken as a fraction already (0.93 = 93 %).
 */
function alignToTarget(q: Quantity, target: Quantity | null, unitIsPercent: boolean): number {
  if (!target || q.percent === target.percent) return q.value;
  if (target.percent && !q.percent) return Math.abs(q.value) > 1.5 ? scaleByPowerOfTen(q.value, -2) : q.value;
  if (!target.percent && q.percent && (unitIsPercent || Math.abs(target.value) > 1.5)) {
    return scaleByPowerOfTen(q.value, 2);
  }
  return q.value;
}

function unreadableDiagnostic(ctx: Context, cell: SourceCell, parsed: ParsedCell, severity: Severity): void {
  if (parsed.kind === 'unreadable') addDiagnostic(ctx, cell, severity, parsed.code);
  else if (parsed.kind === 'text') addDiagnostic(ctx, cell, severity, 'not-a-number');
}

/** The cumulative quarterly milestone target standing for the period, when the sheet has one. */
function milestoneExpected(
  ctx: Context,
  effective: Period,
  aggregation: Aggregation,
  target: Quantity | null,
  unitIsPercent: boolean,
): number | null {
  const ms = ctx.indicator.milestoneTargets;
  if (!ms) return null;
  const read = (index: number): number | null => {
    const cell = ms[index] ?? null;
    if (!cell) return null;
    const parsed = parseCell(cell.value, cell.format);
    if (parsed.kind === 'number') return alignToTarget(parsed.quantity, target, unitIsPercent);
    if (parsed.kind !== 'empty') unreadableDiagnostic(ctx, cell, parsed, 'warning');
    return null;
  };
  if (effective.kind === 'year') return read(3);
  if (effective.kind === 'quarter') return read(effective.quarter - 1);
  const q = Math.ceil(effective.month / 3);
  const current = read(q - 1);
  if (current === null || effective.month % 3 === 0 || aggregation !== 'sum') return current;
  // Inside a quarter, a cumulative milestone is reached month by month: interpolate from the previous one.
  const previous = q === 1 ? 0 : read(q - 2);
  if (previous === null) return null;
  const monthsIn = effective.month - 3 * (q - 1);
  return cleanNumber(previous + ((current - previous) * monthsIn) / 3);
}

function combinedApproximation(parts: readonly Part[]): Approximation | null {
  const approximate = parts.filter((p) => p.quantity.approximation !== null);
  if (approximate.length === 0) return null;
  // One source cell: keep its text (20多 stays 20多). A sum or mean with approximate parts is
  // approximate as a whole, with no single text: marker 约 and an empty text.
  if (parts.length === 1) return parts[0].quantity.approximation;
  return { text: '', marker: '约' };
}

function ratio(a: number, b: number | null): number | null {
  if (b === null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const r = cleanNumber(a / b);
  return Number.isFinite(r) ? r : null;
}

/** Compared with a tolerance of 12 significant digits, so 0.7999999999999999 counts as 0.8. */
function atLeast(x: number, bound: number): boolean {
  // Rounding is monotonic, so x >= bound stays true once rounded; and rounding to 12 digits moves a
  // value by less than 5e-12 of itself, so a clearly larger bound stays larger. Only near-ties need it.
  if (x >= bound) return true;
  if (bound - x > 1e-10 * (Math.abs(x) + Math.abs(bound))) return false;
  return cleanValue(x) >= cleanValue(bound);
}

type MilestoneState = 'done' | 'in-progress' | 'not-started' | 'unknown';

function milestoneState(parsed: ParsedCell, target: Quantity | null): MilestoneState {
  if (parsed.kind === 'text') {
    if (isDoneWord(parsed.text)) return 'done';
    if (isNotStartedWord(parsed.text)) return 'not-started';
    if (isInProgressWord(parsed.text)) return 'in-progress';
    return 'unknown';
  }
  if (parsed.kind === 'number') {
    const v = parsed.quantity.value;
    // 100% / 60% / 0% as a share of the work done; a plain count against a numeric target.
    const goal = parsed.quantity.percent ? 1 : target && !target.percent ? target.value : null;
    if (goal === null) return 'unknown';
    if (v >= goal) return 'done';
    return v > 0 ? 'in-progress' : 'not-started';
  }
  return 'unknown';
}

/**
 * The status rules for numbers, in one place (also used for consolidated figures over several units).
 * Higher-is-better: achieved when A >= target at any period; at the year end missed when A < target;
 * before it on_track when pace = A / E >= thresholds.onTrack, behind when pace >= thresholds.behind,
 * else at_risk. Nothing expected yet (E <= 0 or unknown) counts as on_track.
 * Lower-is-better (the target is a ceiling): missed when A > target at any period; at the year end
 * achieved when A <= target; before it on_track when A <= E, behind when E < A <= target.
 * Comparisons allow for floating-point noise (12 significant digits).
 */
export function numericStatus(
  direction: 'higher' | 'lower',
  actual: number,
  target: number,
  expected: number | null,
  period: Period,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Status {
  const yearEnd = isYearEnd(period);
  if (direction === 'higher') {
    if (atLeast(actual, target)) return 'achieved';
    if (yearEnd) return 'missed';
    const pace = ratio(actual, expected);
    if (pace === null) return 'on_track';
    if (atLeast(pace, thresholds.onTrack)) return 'on_track';
    if (atLeast(pace, thresholds.behind)) return 'behind';
    return 'at_risk';
  }
  if (!atLeast(target, actual)) return 'missed';
  if (yearEnd) return 'achieved';
  if (expected === null || atLeast(expected, actual)) return 'on_track';
  return 'behind';
}

/**
 * Evaluates one indicator for a period. Never throws; everything it cannot read becomes a diagnostic
 * naming the cell, and the status `invalid`.
 *
 * For lower-is-better indicators completion = A / target and pace = A / E as well (a value above 1 means
 * over the ceiling or ahead of the allowed pace), but the status follows the ceiling rule: missed when
 * A > target, achieved at the year end when A <= target, on_track when A <= E, behind when E < A <= target.
 *
 * Approximate actuals keep an Approximation: the cell's own when A comes from one cell, otherwise
 * marker 约 with an empty text.
 */
export function evaluateIndicator(
  indicator: Indicator,
  period: Period,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Evaluation {
  const ctx: Context = { indicator, diagnostics: [] };
  const yearEnd = isYearEnd(period);

  // Target, read first: its form may decide the direction.
  const targetCell = indicator.target;
  const targetParsed: ParsedCell = targetCell
    ? parseCell(targetCell.value, targetCell.format)
    : { kind: 'empty' };
  const bound = targetParsed.kind === 'text' ? parseBoundText(targetParsed.text) : null;

  // Direction.
  let direction: Direction | null = null;
  if (indicator.directionCell && !isBlankCell(indicator.directionCell)) {
    direction = parseDirection(cellText(indicator.directionCell.value));
    if (direction === null) addDiagnostic(ctx, indicator.directionCell, 'warning', 'unknown-direction');
  }
  if (direction === null) {
    if (targetParsed.kind === 'text' && isMilestoneTargetText(targetParsed.text)) direction = 'milestone';
    else if (bound) direction = bound.direction;
    else direction = 'higher';
  }

  // Target value.
  let target: Quantity | null = null;
  let targetText: string | null = null;
  let targetOk = false;
  if (targetParsed.kind === 'empty') {
    addDiagnostic(ctx, targetCell, 'error', 'target-missing');
  } else if (targetParsed.kind === 'unreadable') {
    addDiagnostic(ctx, targetCell, 'error', targetParsed.code);
  } else if (targetParsed.kind === 'text') {
    if (direction === 'milestone') {
      targetText = targetParsed.text;
      targetOk = true;
    } else if (bound) {
      target = bound.quantity;
    } else {
      addDiagnostic(ctx, targetCell, 'error', 'target-invalid');
    }
  } else {
    target = targetParsed.quantity;
  }
  if (target?.approximation && AT_LEAST_MARKERS.has(target.approximation.marker)) {
    // "95%以上" / "over 200" as a target is a bound, not an estimate.
    target = { ...target, approximation: null };
  }
  if (target) {
    if (target.approximation) addDiagnostic(ctx, targetCell, 'warning', 'approximate-value');
    const bad = target.value < 0 || (direction === 'higher' && target.value === 0);
    if (bad) {
      addDiagnostic(ctx, targetCell, 'error', 'target-invalid');
      if (direction !== 'milestone') target = null;
    } else {
      targetOk = true;
    }
  }

  // Aggregation.
  let aggregation: Aggregation | null = null;
  if (indicator.aggregationCell && !isBlankCell(indicator.aggregationCell)) {
    aggregation = parseAggregation(cellText(indicator.aggregationCell.value));
    if (aggregation === null) addDiagnostic(ctx, indicator.aggregationCell, 'warning', 'unknown-aggregation');
  }
  const unitIsPercent = isRateUnit(indicator.measureUnit);
  if (aggregation === null) aggregation = unitIsPercent || target?.percent ? 'last' : 'sum';
  if (direction === 'milestone') aggregation = 'last';

  const { cells, effective } = cellsThrough(ctx, period);

  if (direction === 'milestone') {
    return evaluateMilestone(
      ctx,
      { indicator, direction, aggregation, target, targetText },
      cells,
      targetOk,
      yearEnd,
    );
  }

  // Numeric actuals through the period.
  const parts: Part[] = [];
  const empties: { cell: SourceCell | null; label: string }[] = [];
  let actualErrors = false;
  for (const { cell, label } of cells) {
    const parsed: ParsedCell = cell ? parseCell(cell.value, cell.format) : { kind: 'empty' };
    if (parsed.kind === 'empty') empties.push({ cell, label });
    else if (parsed.kind === 'number') {
      parts.push({ cell: cell as SourceCell, quantity: parsed.quantity });
      if (parsed.quantity.approximation) addDiagnostic(ctx, cell, 'warning', 'approximate-value');
    } else {
      actualErrors = true;
      unreadableDiagnostic(ctx, cell as SourceCell, parsed, 'error');
    }
  }

  let actual: Quantity | null = null;
  const values: number[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const v = alignToTarget(parts[i].quantity, target, unitIsPercent);
    values[i] = v;
    if (!Number.isFinite(v)) {
      // Beyond what a double holds once scaled (1e308 and up): no reading is possible.
      actualErrors = true;
      addDiagnostic(ctx, parts[i].cell, 'error', 'not-a-number');
    }
  }
  if (parts.length > 0 && !actualErrors) {
    let value: number;
    let used: Part[] = parts;
    if (indicator.actuals.kind === 'cumulative' || aggregation === 'last') {
      value = values[values.length - 1];
      used = [parts[parts.length - 1]];
    } else if (aggregation === 'sum') {
      value = cleanNumber(values.reduce((s, v) => s + v, 0));
      for (const e of empties) {
        addDiagnostic(ctx, e.cell, 'warning', 'empty-in-period', { period: e.label });
      }
    } else {
      value = cleanNumber(values.reduce((s, v) => s + v, 0) / values.length);
    }
    if (Number.isFinite(value)) {
      actual = {
        value,
        approximation: combinedApproximation(used),
        percent: target ? target.percent : used.some((p) => p.quantity.percent),
      };
    } else {
      // The sum itself overflows.
      actualErrors = true;
      addDiagnostic(ctx, used[used.length - 1].cell, 'error', 'not-a-number');
    }
  }

  const hasErrors = ctx.diagnostics.some((d) => d.severity === 'error');
  let expected: number | null = null;
  if (target && effective) {
    expected = milestoneExpected(ctx, effective, aggregation, target, unitIsPercent);
    if (expected === null) {
      expected =
        aggregation === 'sum' ? cleanNumber(target.value * elapsedFraction(effective)) : target.value;
    }
    if (!Number.isFinite(expected)) expected = null;
  }
  const completion = actual && target && !actualErrors ? ratio(actual.value, target.value) : null;
  const pace = actual && !actualErrors ? ratio(actual.value, expected) : null;

  let status: Status;
  if (hasErrors || !targetOk || !target) status = 'invalid';
  else if (!actual) status = 'no_data';
  else status = numericStatus(direction, actual.value, target.value, expected, period, thresholds);

  // Written out rather than spread from `base`: this object is built once per indicator, and a literal
  // with a fixed shape is several times faster to build than a spread.
  return {
    indicator,
    direction,
    aggregation,
    target,
    targetText,
    actual: actualErrors ? null : actual,
    actualText: null,
    expected,
    completion: status === 'invalid' ? null : completion,
    pace: status === 'invalid' ? null : pace,
    status,
    diagnostics: ctx.diagnostics,
  };
}

function evaluateMilestone(
  ctx: Context,
  base: Pick<Evaluation, 'indicator' | 'direction' | 'aggregation' | 'target' | 'targetText'>,
  cells: readonly { cell: SourceCell | null; label: string }[],
  targetOk: boolean,
  yearEnd: boolean,
): Evaluation {
  let latest: { cell: SourceCell; parsed: ParsedCell } | null = null;
  for (const { cell } of cells) {
    if (!cell) continue;
    const parsed = parseCell(cell.value, cell.format);
    if (parsed.kind === 'unreadable') unreadableDiagnostic(ctx, cell, parsed, 'error');
    else if (parsed.kind !== 'empty') latest = { cell, parsed };
  }
  let status: Status;
  const hasErrors = ctx.diagnostics.some((d) => d.severity === 'error');
  if (hasErrors || !targetOk) status = 'invalid';
  else if (!latest) status = 'no_data';
  else {
    let state = milestoneState(latest.parsed, base.target);
    if (state === 'unknown') {
      addDiagnostic(ctx, latest.cell, 'warning', 'unknown-milestone-word');
      state = 'in-progress';
    }
    if (state === 'done') status = 'achieved';
    else if (yearEnd) status = 'missed';
    else status = state === 'in-progress' ? 'on_track' : 'behind';
  }
  return {
    indicator: base.indicator,
    direction: base.direction,
    aggregation: base.aggregation,
    target: base.target,
    targetText: base.targetText,
    actual: null,
    actualText: latest ? cellText(latest.cell.value) : null,
    expected: null,
    completion: null,
    pace: null,
    status,
    diagnostics: ctx.diagnostics,
  };
}

/** Evaluates every indicator for the same period and thresholds. */
export function evaluateIndicators(
  indicators: readonly Indicator[],
  period: Period,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Evaluation[] {
  return indicators.map((ind) => evaluateIndicator(ind, period, thresholds));
}
