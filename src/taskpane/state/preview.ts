/**
 * What the pane shows after "Check", from the engine's report: the indicators behind pace (in the
 * report's attention order, with completion and the gap to the pace target), and — with an earlier
 * check-in — what changed (newly behind, back on track). Each item knows its sheet and row, so the pane
 * can take the user there. Plain data; the Preview component draws it.
 */
import {
  attentionEvaluations,
  type Evaluation,
  formatPercent,
  formatPoints,
  gapsOf,
  type Lang,
  parsePeriod,
  type Report,
  type Status,
  type StatusChange,
} from '../../engine';
import { panePeriodLabel } from './periods';

/** At most this many indicators behind pace are listed in the pane; the report lists them all. */
export const MAX_PREVIEW_ITEMS = 50;

const BEHIND: readonly Status[] = ['behind', 'at_risk', 'missed'];

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

export interface PanePreview {
  readonly behind: readonly PreviewItem[];
  readonly behindTotal: number;
  readonly changes: {
    readonly previousPeriod: string;
    readonly newlyBehind: readonly PreviewItem[];
    readonly recovered: readonly PreviewItem[];
  } | null;
}

function item(e: Evaluation, lang: Lang, before?: Status): PreviewItem {
  const points = e.status === 'missed' ? null : gapsOf(e).points;
  return {
    key: e.indicator.key,
    name: e.indicator.name,
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

export function previewOf(report: Report, lang: Lang): PanePreview {
  const behindAll = attentionEvaluations(report.evaluations).filter((e) => BEHIND.includes(e.status));
  const byKey = new Map(report.evaluations.map((e) => [e.indicator.key, e]));
  const changed = (list: readonly StatusChange[]): PreviewItem[] =>
    list.flatMap((c) => {
      const e = byKey.get(c.key);
      return e ? [item(e, lang, c.before)] : [];
    });
  const changes = report.changes;
  const period = changes ? parsePeriod(changes.previousPeriod) : null;
  return {
    behind: behindAll.slice(0, MAX_PREVIEW_ITEMS).map((e) => item(e, lang)),
    behindTotal: behindAll.length,
    changes: changes
      ? {
          previousPeriod: period
            ? panePeriodLabel(period, lang, report.options.yearStart)
            : changes.previousPeriod,
          newlyBehind: changed(changes.newlyBehind).slice(0, MAX_PREVIEW_ITEMS),
          recovered: changed(changes.recovered).slice(0, MAX_PREVIEW_ITEMS),
        }
      : null,
  };
}
