/**
 * What the pane shows after "Check", from the check's view (checkView.ts): the indicators behind pace
 * (in the report's attention order, with completion and the gap to the pace target), and — with an
 * earlier check-in — what changed (newly behind, back on track), worded in the pane's language. Each
 * item knows its sheet and row, so the pane can take the user there. Plain data; the Preview component
 * draws it.
 */
import {
  type Evaluation,
  formatPercent,
  formatPoints,
  gapsOf,
  shownName,
  type Lang,
  parsePeriod,
  type Status,
} from '../../engine';
import type { ChangedEvaluation, CheckView, PreviewLists } from './checkView';
import { panePeriodLabel } from './periods';

export interface PreviewItem {
  readonly key: string;
  readonly name: string;
  /** The workbook file the indicator is in, when the sheets came from files. */
  readonly file?: string;
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  readonly status: Status;
  /** "73.3%" — null without a completion. */
  readonly completion: string | null;
  /** "12.5个百分点" — how far behind the pace target; null when there is no number to compare. */
  readonly gap: string | null;
  /** The status at the earlier check-in (changes only). */
  readonly before?: Status;
}

/** The preview's lists worded in the pane's language (the period, completion and gaps). */
export type PanePreview = PreviewLists<PreviewItem>;

function item(e: Evaluation, lang: Lang, before?: Status): PreviewItem {
  const points = e.status === 'missed' ? null : gapsOf(e).points;
  return {
    key: e.indicator.key,
    name: shownName(e.indicator),
    ...(e.indicator.file !== undefined ? { file: e.indicator.file } : {}),
    sheet: e.indicator.sheet,
    row: e.indicator.row,
    status: e.status,
    completion:
      e.completion !== null && Number.isFinite(e.completion) ? formatPercent(e.completion, lang) : null,
    gap: points !== null ? formatPoints(points / 100, lang) : null,
    ...(before ? { before } : {}),
  };
}

export function previewOf(view: CheckView, lang: Lang): PanePreview {
  const changed = (list: readonly ChangedEvaluation[]) => list.map((c) => item(c.evaluation, lang, c.before));
  const changes = view.changes;
  const period = changes ? parsePeriod(changes.previousPeriod) : null;
  return {
    behind: view.behind.map((e) => item(e, lang)),
    behindTotal: view.behindTotal,
    changes: changes
      ? {
          previousPeriod: period ? panePeriodLabel(period, lang, view.yearStart) : changes.previousPeriod,
          newlyBehind: changed(changes.newlyBehind),
          recovered: changed(changes.recovered),
        }
      : null,
  };
}
