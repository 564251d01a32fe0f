/** The data notes in words: numbered sentences, repeated ones once, at most NOTES_LIMIT lines. */
import type { Diagnostic, Lang } from '../model';
import { cleanText, tidySentence } from '../core/text';
import { localeFor } from '../locale';
import { NOTES_LIMIT, noteFacts, type SkippedSheet } from '../report/notes';
import { describeDiagnostic, describeSkipReason } from './messages';

/**
 * The data notes (数据说明 / Data notes): what a reader must know about the data behind the report, one
 * numbered sentence each, in the order of report/notes.ts. Sentences come from describeDiagnostic. At
 * most NOTES_LIMIT lines: past that, the last line says how many more notes the JSON result holds.
 * Empty when there is nothing to say.
 */
export function buildDataNotes(
  diagnostics: readonly Diagnostic[],
  skippedSheets: readonly SkippedSheet[],
  lang: Lang,
): string[] {
  const M = localeFor(lang).messages;
  const texts = noteFacts(diagnostics, skippedSheets).map((f) => {
    if ('diagnostic' in f) return describeDiagnostic(f.diagnostic, lang);
    const s = f.skipped;
    const earlier = s.reason.code === 'earlier-period' || s.reason.code === 'earlier-year';
    const sentence = earlier ? M.earlierSheet : M.sheetNotRead;
    return tidySentence(sentence(cleanText(s.file), cleanText(s.sheet), describeSkipReason(s.reason, lang)));
  });
  const unique = [...new Set(texts.filter((t) => t !== ''))];
  const shown = unique.length > NOTES_LIMIT ? unique.slice(0, NOTES_LIMIT - 1) : unique;
  const lines = shown.map((t, i) => M.numberedNote(i + 1, t));
  const more = unique.length - shown.length;
  if (more > 0) lines.push(M.moreNotes(more));
  return lines;
}
