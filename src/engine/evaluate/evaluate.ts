/**
 * The pace and status rules (序时进度), one evaluation per indicator. Each rule lives here once:
 * - direction: from the direction column, else milestone when the target is text such as 完成 / Done,
 *   else lower when the target is written as a ceiling (≤5%, 不超过5%), else higher;
 * - aggregation: from the aggregation column, else `last` for percentages, rates and names that say a
 *   level (办结率, 人均…: nameWords.ts), else `sum`;
 * - actual A, expected E, completion = A / target, pace = A / E;
 * - statuses with thresholds as a parameter (status.ts).
 *
 * Which cells a period covers: see periodCells.ts.
 *
 * Precedence: `invalid` (any error diagnostic: bad target, unreadable actual) wins over `no_data`,
 * because the author must fix the sheet either way.
 */
import { judgeIndicator, needsJudgement } from './judge';
import { judgedWithGrowth } from './withGrowth';
import { directionFromName, isLevelName, otherWordsOf } from './nameWords';
import {
  DEFAULT_THRESHOLDS,
  type Aggregation,
  type Approximation,
  type Direction,
  type Evaluation,
  type Indicator,
  type Period,
  type Quantity,
  type SourceCell,
  type Status,
  type Thresholds,
} from '../model';
import { cleanNumber } from '../core/numbers';
import { scanQuantities } from '../core/grammar';
import { toHans } from '../core/hans';
import { elapsedFraction, isYearEnd, periodOfRow } from '../core/period';
import { cellText, parseCell, type ParsedCell } from '../core/quantity';
import {
  addDiagnostic,
  isBlankCell,
  keptDiagnostics,
  unreadableDiagnostic,
  type Context,
  type Part,
} from './context';
import { evaluateMilestone } from './milestone';
import {
  alignToTarget,
  cellsThrough,
  milestoneExpected,
  quartersToDate,
  totalsOnTheLine,
  type PeriodCells,
} from './periodCells';
import { numericStatus, ratio } from './status';
import {
  AT_LEAST_MARKERS,
  isMilestoneTargetText,
  isZeroGoal,
  isRateUnit,
  parseAggregation,
  parseBoundText,
  parseDirection,
} from './vocabulary';

function combinedApproximation(parts: readonly Part[]): Approximation | null {
  if (!parts.some((p) => p.quantity.approximation !== null)) return null;
  // One source cell: keep its text (20多 stays 20多). A sum or mean with approximate parts is
  // approximate as a whole, with no single text: marker 约 and an empty text.
  if (parts.length === 1) return parts[0].quantity.approximation;
  return { text: '', marker: '约' };
}

/**
 * A goal in words with no figure at all (减少, 有效提升, 明显改善, "Improve", "Maintain"): a word of the way
 * things should go, no digit, no numeral read as one. Not a note in the target's place (见附件) or stray
 * letters.
 */
function aimInWords(text: string): boolean {
  const t = toHans(text).trim();
  return t.length <= 20 && AIM_WORD.test(t) && !/\d/.test(t) && scanQuantities(t).mentions.length === 0;
}

const AIM_WORD =
  /减少|降低|下降|提高|提升|增加|增长|改善|优化|加强|增强|有效|显著|明显|稳步|持续|逐步|保持|稳定|\b(?:improve|increase|reduce|decrease|maintain|sustain|lower|raise)/i;

/** The direction and the target, read together: the target's form may decide the direction. */
interface TargetReading {
  readonly direction: Direction;
  readonly target: Quantity | null;
  readonly targetText: string | null;
  readonly targetOk: boolean;
}

function readDirectionAndTarget(ctx: Context): TargetReading {
  const indicator = ctx.indicator;
  const targetCell = indicator.target;
  const targetParsed: ParsedCell = targetCell
    ? parseCell(targetCell.value, targetCell.format)
    : { kind: 'empty' };
  const bound = targetParsed.kind === 'text' ? parseBoundText(targetParsed.text) : null;
  // None at all (零事故): a bound of 0, not a milestone, its words kept.
  const none = targetParsed.kind === 'text' && isZeroGoal(targetParsed.text);

  let direction: Direction | null = null;
  const directionCell =
    indicator.directionCell && !isBlankCell(indicator.directionCell) ? indicator.directionCell : null;
  const directionGiven = directionCell !== null;
  if (directionCell) {
    direction = parseDirection(cellText(directionCell.value));
    if (direction === null) addDiagnostic(ctx, directionCell, 'warning', 'unknown-direction');
  }
  if (direction === null) {
    if (targetParsed.kind === 'text' && isMilestoneTargetText(targetParsed.text) && !none)
      direction = 'milestone';
    else if (bound) direction = bound.direction;
    // No direction given: the name's words (城镇登记失业率, 事故死亡人数 are better lower), else higher.
    else
      direction =
        directionFromName(
          indicator.name,
          isRateUnit(indicator.measureUnit),
          indicator.category ?? null,
          otherWordsOf(indicator),
        ) ?? 'higher';
  }

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
    } else if (bound && none) {
      target = bound.quantity;
      targetText = targetParsed.text;
      targetOk = true;
    } else if (bound) {
      target = bound.quantity;
    } else if (!directionGiven && aimInWords(targetParsed.text)) {
      // A target in words alone (减少, 有效提升, "Improve"), its direction only guessed from the name: a
      // goal in words, not a figure typed wrong.
      direction = 'milestone';
      targetText = targetParsed.text;
      targetOk = true;
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
  return { direction, target, targetText, targetOk };
}

/**
 * The aggregation column, else `last` for percentages, rates and level names, else `sum`; milestones take
 * the last.
 */
function readAggregation(
  ctx: Context,
  direction: Direction,
  target: Quantity | null,
  unitIsPercent: boolean,
): Aggregation {
  const cell = ctx.indicator.aggregationCell;
  let aggregation: Aggregation | null = null;
  if (cell && !isBlankCell(cell)) {
    aggregation = parseAggregation(cellText(cell.value));
    if (aggregation === null) addDiagnostic(ctx, cell, 'warning', 'unknown-aggregation');
  }
  if (aggregation === null) {
    const level = unitIsPercent || target?.percent || isLevelName(ctx.indicator.name);
    aggregation = level ? 'last' : 'sum';
  }
  return direction === 'milestone' ? 'last' : aggregation;
}

/** The index of the value at which a running total of finite values stops being finite. */
function overflowAt(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += values[i];
    if (!Number.isFinite(total)) return i;
  }
  return values.length - 1;
}

const EMPTY_CELL: ParsedCell = { kind: 'empty' };

/** The numeric actual through the period, or null; `errors` when a cell could not be read. */
function readActual(
  ctx: Context,
  { cells, labels }: PeriodCells,
  target: Quantity | null,
  aggregation: Aggregation,
  unitIsPercent: boolean,
): { actual: Quantity | null; errors: boolean } {
  const parts: Part[] = [];
  // The period cell each part was read from (its quarter, on a quarter sheet).
  const partAt: number[] = [];
  // The empty cells' positions, for the warning when a sum leaves them out.
  const empties: number[] = [];
  let errors = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const parsed: ParsedCell = cell ? parseCell(cell.value, cell.format) : EMPTY_CELL;
    if (parsed.kind === 'empty') empties.push(i);
    else if (parsed.kind === 'number') {
      parts.push({ cell: cell as SourceCell, quantity: parsed.quantity });
      partAt.push(i);
      if (parsed.quantity.approximation) addDiagnostic(ctx, cell, 'warning', 'approximate-value');
    } else {
      errors = true;
      unreadableDiagnostic(ctx, cell as SourceCell, parsed, 'error');
    }
  }
  const values: number[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const v = alignToTarget(parts[i].quantity, target, unitIsPercent);
    values[i] = v;
    if (!Number.isFinite(v)) {
      // Beyond what a double holds once scaled (1e308 and up): no reading is possible.
      errors = true;
      addDiagnostic(ctx, parts[i].cell, 'error', 'number-too-large');
    }
  }
  if (parts.length === 0 || errors) return { actual: null, errors };
  let value: number;
  let used: Part[] = parts;
  if (ctx.indicator.actuals.kind === 'cumulative' || aggregation === 'last') {
    value = values[values.length - 1];
    used = [parts[parts.length - 1]];
    // A level whose period is not in yet (cancer figures a month behind): the latest before it stands.
    const at = partAt[partAt.length - 1];
    if (ctx.indicator.actuals.kind !== 'cumulative' && at < cells.length - 1)
      addDiagnostic(ctx, used[0].cell, 'info', 'earlier-result', { period: labels[cells.length - 1] ?? '' });
  } else if (aggregation === 'sum' && quartersToDate(ctx, partAt, values, target, unitIsPercent)) {
    value = values[values.length - 1];
    used = [parts[parts.length - 1]];
    addDiagnostic(ctx, used[0].cell, 'info', 'quarters-to-date');
  } else if (aggregation === 'sum' && onTheLine(ctx, partAt, values, target)) {
    value = values[values.length - 1];
    used = [parts[parts.length - 1]];
    addDiagnostic(ctx, used[0].cell, 'info', 'periods-to-date');
  } else if (aggregation === 'sum') {
    value = cleanNumber(values.reduce((s, v) => s + v, 0));
    for (const i of empties)
      addDiagnostic(ctx, cells[i], 'warning', 'empty-in-period', { period: labels[i] });
  } else {
    value = cleanNumber(values.reduce((s, v) => s + v, 0) / values.length);
  }
  if (!Number.isFinite(value)) {
    // The sum itself overflows: named at the cell where the running total passes the limit.
    addDiagnostic(ctx, used[overflowAt(values)].cell, 'error', 'sum-too-large');
    return { actual: null, errors: true };
  }
  const percent = target ? target.percent : used.some((p) => p.quantity.percent);
  return { actual: { value, approximation: combinedApproximation(used), percent }, errors: false };
}

/** Quarter or month figures that are totals to date by the straight line to the year's target. */
function onTheLine(ctx: Context, at: readonly number[], values: readonly number[], target: Quantity | null) {
  const a = ctx.indicator.actuals;
  if (!target || (a.kind !== 'quarters' && a.kind !== 'months')) return false;
  return totalsOnTheLine(
    values,
    at.map((i) => i + 1),
    a.cells.length,
    target.value,
  );
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
  const { direction, target, targetText, targetOk } = readDirectionAndTarget(ctx);
  const unitIsPercent = isRateUnit(indicator.measureUnit);
  const aggregation = readAggregation(ctx, direction, target, unitIsPercent);
  const { cells, effective } = cellsThrough(ctx, period);
  if (direction === 'milestone') {
    const base = { indicator, direction, aggregation, target, targetText };
    return evaluateMilestone(ctx, base, cells, targetOk, isYearEnd(period));
  }

  const { actual, errors } = readActual(ctx, cells, target, aggregation, unitIsPercent);
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
  const completion = actual && target && !errors ? ratio(actual.value, target.value) : null;
  const pace = actual && !errors ? ratio(actual.value, expected) : null;

  let status: Status;
  if (hasErrors || !targetOk || !target) status = 'invalid';
  else if (!actual) status = 'no_data';
  else status = numericStatus(direction, actual.value, target.value, expected, period, thresholds);

  // Written out rather than spread: this object is built once per indicator, and a literal with a fixed
  // shape is several times faster to build than a spread.
  return {
    indicator,
    direction,
    aggregation,
    target,
    targetText,
    actual: errors ? null : actual,
    actualText: null,
    expected,
    completion: status === 'invalid' ? null : completion,
    pace: status === 'invalid' ? null : pace,
    status,
    diagnostics: keptDiagnostics(ctx),
  };
}

/** Evaluates every indicator for the same period and thresholds. */
export function evaluateIndicators(
  indicators: readonly Indicator[],
  period: Period,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  /** Nothing gave the period: a figure to date then reaches a month not known (see judge.ts). */
  periodAssumed = false,
  yearStart = 1,
): Evaluation[] {
  const evaluations = indicators.map((ind) => {
    // (A row whose name says its figures run to an earlier month is paced to that month.)
    const own = periodOfRow(ind.name, period, yearStart);
    return needsJudgement(ind)
      ? judgeIndicator(ind, own, thresholds, periodAssumed)
      : evaluateIndicator(ind, own, thresholds);
  });
  return judgedWithGrowth(evaluations, period, thresholds, periodAssumed);
}
