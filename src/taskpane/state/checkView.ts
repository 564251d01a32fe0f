/**
 * What the check view shows of a check, and only that: the counts, the indicators the preview lists
 * (at most MAX_PREVIEW_ITEMS of each list), the data problems the view lists (at most
 * MAX_LISTED_DIAGNOSTICS, with how many there are), and of each sheet read its name and what the sheet
 * list and the period drop-down need. Its size does not grow with the number of indicators, so the
 * offline page's Web Worker sends this across (structured clone) and keeps the whole report itself;
 * the pane builds the same view from its own check. One type for both front ends.
 */
import {
  attentionEvaluations,
  type Diagnostic,
  type Evaluation,
  latestPeriodWithData,
  type Period,
  type Report,
  type SheetReading,
  type Status,
} from '../../engine';

/** At most this many indicators behind pace are listed in the pane; the report lists them all. */
export const MAX_PREVIEW_ITEMS = 50;

/** The most diagnostics listed in the pane; the report lists them all. */
export const MAX_LISTED_DIAGNOSTICS = 100;

const BEHIND: readonly Status[] = ['behind', 'at_risk', 'missed'];

/** An indicator whose status changed since the earlier check-in, with its status then. */
export interface ChangedEvaluation {
  readonly evaluation: Evaluation;
  readonly before: Status;
}

/**
 * The preview's lists: the indicators behind pace in the report's attention order (the first
 * MAX_PREVIEW_ITEMS, with how many there are), and with an earlier check-in its period and the first
 * MAX_PREVIEW_ITEMS of each change. As checked (evaluations) in the view; as worded in the preview.
 */
export interface PreviewLists<Item, Changed = Item> {
  readonly behind: readonly Item[];
  readonly behindTotal: number;
  readonly changes: {
    readonly previousPeriod: string;
    readonly newlyBehind: readonly Changed[];
    readonly recovered: readonly Changed[];
  } | null;
}

export interface CheckView extends PreviewLists<Evaluation, ChangedEvaluation> {
  readonly period: Period;
  /** The month the organisation's year starts in (1-12), for the periods' labels; absent: January. */
  readonly yearStart?: number;
  readonly counts: Report['counts'];
  /** The first MAX_LISTED_DIAGNOSTICS data problems. */
  readonly diagnostics: readonly Diagnostic[];
  readonly diagnosticsTotal: number;
}

/** A sheet as the sheet list and the period drop-down see it: a table counted, or why it was not read. */
export type SheetShown =
  | {
      readonly kind: 'table';
      readonly sheet: string;
      readonly indicators: number;
      /** The sheet has month columns (the drop-down then offers months). */
      readonly months: boolean;
    }
  | Extract<SheetReading, { kind: 'skipped' }>;

export interface SheetsShown {
  readonly sheets: readonly SheetShown[];
  /** The period "auto" picks for these sheets (the latest with data); null without indicators. */
  readonly autoPeriod: Period | null;
}

export function checkViewOf(report: Report, period: Period): CheckView {
  const behindAll = attentionEvaluations(report.evaluations).filter((e) => BEHIND.includes(e.status));
  const byKey = new Map(report.evaluations.map((e) => [e.indicator.key, e]));
  const changed = (list: readonly { key: string; before: Status }[]): ChangedEvaluation[] =>
    list
      .flatMap((c) => {
        const evaluation = byKey.get(c.key);
        return evaluation ? [{ evaluation, before: c.before }] : [];
      })
      .slice(0, MAX_PREVIEW_ITEMS);
  const changes = report.changes;
  return {
    period,
    ...(report.options.yearStart !== undefined ? { yearStart: report.options.yearStart } : {}),
    counts: report.counts,
    behind: behindAll.slice(0, MAX_PREVIEW_ITEMS),
    behindTotal: behindAll.length,
    changes: changes
      ? {
          previousPeriod: changes.previousPeriod,
          newlyBehind: changed(changes.newlyBehind),
          recovered: changed(changes.recovered),
        }
      : null,
    diagnostics: report.diagnostics.slice(0, MAX_LISTED_DIAGNOSTICS),
    diagnosticsTotal: report.diagnostics.length,
  };
}

export function sheetsShownOf(readings: readonly SheetReading[]): SheetsShown {
  const indicators = readings.flatMap((r) => (r.kind === 'table' ? r.table.indicators : []));
  return {
    sheets: readings.map((r) =>
      r.kind === 'table'
        ? {
            kind: 'table',
            sheet: r.table.sheet,
            indicators: r.table.indicators.length,
            months: r.table.granularity === 'months',
          }
        : r,
    ),
    autoPeriod: indicators.length > 0 ? (latestPeriodWithData(indicators) ?? null) : null,
  };
}
