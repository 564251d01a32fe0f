/**
 * "Since the last check-in" in words: the section (heading and paragraphs: a summary sentence, then the
 * indicators newly achieved, recovered and newly behind, each with the status before and now, and the
 * change of average completion per category in percentage points), and the previous-status column of
 * the attention table. Without a previous check-in the caller produces none of this. Names come through
 * cleanText and sentences through tidySentence, so no text holds "undefined", "NaN", empty brackets or
 * doubled punctuation.
 */
import type {
  ChangesSinceLastCheckIn,
  Evaluation,
  Lang,
  Period,
  ReportTable,
  StatusChange,
  TableColumn,
} from '../model';
import { parsePeriod } from '../core/period';
import { cleanCategory, cleanText, tidySentence } from '../core/text';
import { localeFor } from '../locale';
import type { Locale } from '../locale/types';
import { changeKind, paceLines } from '../report/changes';

/** A period code of the history (Q2, M7, FY) as people say it: 第二季度 / Q2; unknown codes as written. */
export function periodCodeLabel(code: string, lang: Lang, yearStart?: number): string {
  const p = parsePeriod(code);
  return p ? localeFor(lang).format.periodLabel(p, yearStart) : cleanText(code);
}

/** A category as the pace lines and the trend chart name it (the uncategorised: all, or the others). */
export function categoryLabel(category: string | null, anyCategory: boolean, L: Locale): string {
  const c = cleanCategory(category);
  if (c) return c;
  return anyCategory ? L.changes.otherIndicators : L.changes.allIndicators;
}

/** The sheet part of an Indicator.key (`file|sheet|id`), or ''. */
function sheetOfKey(key: string): string {
  const parts = typeof key === 'string' ? key.split('|') : [];
  return parts.length >= 3 ? cleanText(parts[parts.length - 2]) : '';
}

/**
 * The changes in words: the same name in several sheets (one per county, say) is followed by its sheet,
 * as the main narrative does.
 */
function changeWords(changes: ChangesSinceLastCheckIn, L: Locale): Map<StatusChange, string> {
  const all = [...changes.newlyBehind, ...changes.recovered, ...changes.newlyAchieved];
  const name = (c: StatusChange): string => cleanText(c.name) || L.narrative.unnamedIndicator;
  const seen = new Map<string, number>();
  for (const c of all) seen.set(name(c), (seen.get(name(c)) ?? 0) + 1);
  const achieved = new Set(changes.newlyAchieved);
  return new Map(
    all.map((c) => {
      const n = name(c);
      const sheet = (seen.get(n) ?? 0) > 1 ? sheetOfKey(c.key) : '';
      const words = achieved.has(c)
        ? L.changes.achieved(n, sheet, c.before)
        : L.changes.change(n, sheet, c.before, c.after);
      return [c, words];
    }),
  );
}

export interface ChangesSection {
  /** Without a section number (the caller numbers the sections). */
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/**
 * The "since the last check-in" part: heading (unnumbered) and paragraphs. `period` is this check-in's
 * period. An empty change set gives one sentence saying nothing changed (or that nothing is comparable).
 */
export function changesSection(
  changes: ChangesSinceLastCheckIn,
  period: Period,
  lang: Lang,
  yearStart?: number,
): ChangesSection {
  const L = localeFor(lang);
  const T = L.changes;
  const previous = periodCodeLabel(changes.previousPeriod, lang, yearStart);
  const asOf = L.format.periodAsOf(period, yearStart);
  const paragraphs: string[] = [];
  const kind = changeKind(changes);
  if (kind === 'nothing-comparable') paragraphs.push(T.nothingComparable(asOf, previous));
  else if (kind === 'unchanged') paragraphs.push(T.unchanged(asOf, previous));
  else {
    const words = changeWords(changes, L);
    const of = (list: readonly StatusChange[]): string[] => list.map((c) => words.get(c) ?? '');
    paragraphs.push(
      T.moved({
        asOf,
        previous,
        newlyAchieved: of(changes.newlyAchieved),
        recovered: of(changes.recovered),
        newlyBehind: of(changes.newlyBehind),
      }),
    );
  }
  const { lines, anyCategory } = paceLines(changes);
  const pace = T.pace(
    lines.map((l) => ({
      label: categoryLabel(l.category, anyCategory, L),
      before: L.format.percent(l.before),
      after: L.format.percent(l.after),
      change:
        l.change === 'same'
          ? { kind: 'same' }
          : { kind: l.change, points: L.format.points(Math.abs(l.diff)) },
    })),
  );
  if (pace) paragraphs.push(pace);
  return { heading: T.heading(previous), paragraphs: paragraphs.map(tidySentence) };
}

/** The previous status of an indicator (by Indicator.key): its label, or 新增 / New when it was not there. */
function previousStatusLabel(changes: ChangesSinceLastCheckIn, indicatorKey: string, lang: Lang): string {
  const L = localeFor(lang);
  const s = changes.previousStatus.get(indicatorKey);
  return s ? (L.format.status[s] ?? L.format.status.invalid) : L.changes.newIndicator;
}

/** The column's definition and its values, one per evaluation in the order given. */
export function previousStatusColumn(
  evaluations: readonly Evaluation[],
  changes: ChangesSinceLastCheckIn,
  lang: Lang,
): { column: TableColumn; values: string[] } {
  const T = localeFor(lang).changes;
  const values = evaluations.map((e) => previousStatusLabel(changes, e.indicator.key, lang));
  const header = T.previousStatusHeader;
  const width = T.previousStatusWidth(header, values);
  return { column: { key: 'previousStatus', header, kind: 'text', width }, values };
}

/**
 * A copy of a table of indicators with the previous-status column inserted just before the status
 * column (at the end when there is none). `rowEvaluations` are the table's rows in order.
 */
export function addPreviousStatusColumn(
  table: ReportTable,
  rowEvaluations: readonly Evaluation[],
  changes: ChangesSinceLastCheckIn,
  lang: Lang,
): ReportTable {
  const { column, values } = previousStatusColumn(rowEvaluations, changes, lang);
  const statusAt = table.columns.findIndex((c) => c.key === 'status');
  const at = statusAt >= 0 ? statusAt : table.columns.length;
  const insert = <T>(row: readonly T[], value: T): T[] => [...row.slice(0, at), value, ...row.slice(at)];
  return {
    ...table,
    columns: insert(table.columns, column),
    rows: table.rows.map((r, i) => insert(r, values[i] ?? null)),
    ...(table.numFmts ? { numFmts: table.numFmts.map((r) => insert<string | null>(r, null)) } : {}),
  };
}
