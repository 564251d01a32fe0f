/**
 * A key that gives the status column's letters their words ("STATUS - C – Complete  P – Progressing  W –
 * Withdrawn" above the table, "注：√表示已完成，○表示推进中" below it): the row's letter means what the key
 * says. Only a key of two entries or more, each a status word, counts.
 */
import type { Grid } from '../model';
import { stringOf } from './cells';
import { statedStatus, statusWord, VERDICT_MARK } from './cellKinds';

/** C – Complete, P = Progressing, NS: Not started (a code of one to three capitals, a dash, its words). */
const LATIN_ENTRY =
  /(?:^|[\s;,(])([A-Z]{1,3})\s*[-–—=:]\s*([A-Za-z][A-Za-z '’/-]*?)(?=\s*(?:[;,)]|$|\s[A-Z]{1,3}\s*[-–—=:]\s))/g;
/** √表示已完成, ○为推进中, ×—未完成 (a mark, its verb or a dash, its words). */
const MARK_ENTRY = /([√✓✔○●◎△▲×✗☆★])\s*(?:表示|为|為|[-–—=:：])\s*([\u4e00-\u9fff]{2,8})/g;

/** A key's entry on a line of its own: a mark, then its words (* Performance target achieved or exceeded). */
const LINE_ENTRY = new RegExp(`^\\s*(${VERDICT_MARK})\\s+([A-Za-z\\u4e00-\\u9fff].{4,200})$`);

/** A line's entries, code → words, where two or more name a status; else null. */
function entriesOf(text: string): Map<string, string> | null {
  if (text.length > 300) return null;
  const out = new Map<string, string>();
  for (const re of [LATIN_ENTRY, MARK_ENTRY]) {
    for (const m of text.matchAll(re)) {
      const words = m[2].trim();
      if (statusWord(words) !== null) out.set(m[1], words);
    }
  }
  return out.size >= 2 ? out : null;
}

/** Rows at the body's end looked at too: a key's note is often taken in as the body's last rows. */
const BODY_TAIL = 10;

/**
 * The key's codes and their words, from the text cells of the rows outside the table's body (bodyStart…
 * bodyEnd, end excluded) and of the body's last rows; an empty map where the sheet has none.
 */
export function letterKey(grid: Grid, bodyStart: number, bodyEnd: number): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  // Entries one to a line (a results legend: * achieved … / ** not achieved …): two or more make a key.
  const lines = new Map<string, string>();
  const values = grid.values;
  const skipTo = Math.max(bodyStart, bodyEnd - BODY_TAIL);
  for (let r = 0; r < values.length; r++) {
    if (r === bodyStart && skipTo > bodyStart) r = skipTo;
    const row = values[r];
    if (!row) continue;
    for (const v of row) {
      const t = stringOf(v);
      if (!t) continue;
      const line = LINE_ENTRY.exec(t);
      if (line && statedStatus(line[2]) !== null && !lines.has(line[1])) lines.set(line[1], line[2].trim());
      if (!/[-–—=:：]|表示|为|為/.test(t)) continue;
      const entries = entriesOf(t);
      if (entries) for (const [code, words] of entries) if (!out.has(code)) out.set(code, words);
    }
  }
  if (lines.size >= 2) for (const [code, words] of lines) if (!out.has(code)) out.set(code, words);
  return out;
}
