/**
 * The data notes as facts: which diagnostics and skipped sheets a reader of the report must know about,
 * in which order. Errors first (cells that made an indicator invalid, disagreeing units of measure), then
 * sheets not read, hidden rows and columns (still read), merged cells, indicators missing in some units,
 * approximate values read as their base value, and the other warnings. At most NOTES_LIMIT lines are
 * shown (wording/notes.ts); the JSON result holds them all.
 */
import type { Diagnostic, DiagnosticCode, Report, SkipReason } from '../model';

/** At most this many lines of data notes (the last one then says how many more there are). */
export const NOTES_LIMIT = 30;

/** After the errors and the sheets not read, the notes in this order; codes not listed come last. */
const NOTE_ORDER: readonly DiagnosticCode[] = [
  'period-from-sheet',
  'period-from-file-name',
  'pace-from-sheet',
  'year-start-from-sheet',
  'hidden-rows',
  'hidden-columns',
  'merged-body-cell',
  'unit-mismatch',
  'missing-in-units',
  'approximate-value',
  'formula-no-result',
  'period-not-in-sheet',
  'duplicate-id',
  'unknown-direction',
  'unknown-aggregation',
  'unknown-milestone-word',
  'empty-in-period',
];
/** Not worth a reader's attention in the report (still in the JSON result). */
const UNNOTED_CODES: readonly DiagnosticCode[] = ['long-text', 'history-row-unreadable'];
/** The product's own report and history sheets, and empty sheets, are skipped without a note. */
const UNNOTED_SKIPS: readonly SkipReason['code'][] = ['own-output', 'empty'];

export type SkippedSheet = Report['skippedSheets'][number];

export type NoteFact = { readonly diagnostic: Diagnostic } | { readonly skipped: SkippedSheet };

/** The notes to write, in order (before removing repeated sentences and cutting at NOTES_LIMIT). */
export function noteFacts(
  diagnostics: readonly Diagnostic[],
  skippedSheets: readonly SkippedSheet[],
): NoteFact[] {
  const ranked: { rank: number; order: number; fact: NoteFact }[] = [];
  diagnostics.forEach((d, i) => {
    if (UNNOTED_CODES.includes(d.code)) return;
    const at = NOTE_ORDER.indexOf(d.code);
    const rank = d.severity === 'error' ? 0 : 2 + (at >= 0 ? at : NOTE_ORDER.length);
    ranked.push({ rank, order: i, fact: { diagnostic: d } });
  });
  skippedSheets.forEach((s, i) => {
    if (UNNOTED_SKIPS.includes(s.reason.code)) return;
    ranked.push({ rank: 1, order: i, fact: { skipped: s } });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map((r) => r.fact);
}
