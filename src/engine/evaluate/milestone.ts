/**
 * Milestone tasks (完成类): the latest progress word through the period decides. Done → achieved; at the
 * year end anything else → missed; before it in progress → on track, not started → behind. A word that
 * says none of these is read as in progress, with a warning.
 */
import type { Evaluation, Quantity, SourceCell, Status } from '../model';
import { parseCell, sourceText, type ParsedCell } from '../core/quantity';
import { addDiagnostic, keptDiagnostics, unreadableDiagnostic, type Context } from './context';
import { isDoneWord, isInProgressWord, isNotStartedWord } from './vocabulary';
import type { PeriodCells } from './periodCells';

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

export function evaluateMilestone(
  ctx: Context,
  base: Pick<Evaluation, 'indicator' | 'direction' | 'aggregation' | 'target' | 'targetText'>,
  { cells }: PeriodCells,
  targetOk: boolean,
  yearEnd: boolean,
): Evaluation {
  let latest: { cell: SourceCell; parsed: ParsedCell } | null = null;
  for (const cell of cells) {
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
    actualText: latest ? sourceText(latest.cell) : null,
    expected: null,
    completion: null,
    pace: null,
    status,
    diagnostics: keptDiagnostics(ctx),
  };
}
