/**
 * What the command line says about how each sheet was read: `--explain` (per sheet, its range, each
 * column's role with its evidence and confidence, what is missing), the line for a sheet whose columns
 * the reader could not settle (its columns, its guesses and the `--columns` to try), the period in the
 * organisation's own year, and the user's column settings that found no column.
 */
import {
  calendarMonth,
  type ColumnMapping,
  columnLetters,
  describeSkipReason,
  formatPercent,
  type Lang,
  type Month,
  namedYear,
  type Period,
  oneLineHeading,
  periodLabel,
  readingRole,
  type SheetReading,
  type SheetTable,
  type SkipReason,
} from '../engine';
import { roleOf, suggestedColumns } from './columns';
import { TEXT } from './messages';

type NeedsColumns = Extract<SkipReason, { code: 'needs-columns' }>;

/** A role as the user reads it (the reader's name when it has no words of its own). */
function roleLabel(role: string, lang: Lang): string {
  // A role of one column among several carries its heading: "actual (列2)".
  const [, base, rest] = /^(\w+)([\s\S]*)$/.exec(oneLineHeading(role)) ?? [role, role, ''];
  const label = TEXT[lang].roles[base];
  if (!label) return role;
  // Chinese brackets in a Chinese line: 年度目标（城镇新增就业(人)）.
  const group = lang === 'zh-CN' ? /^ \(([\s\S]*)\)$/.exec(rest) : null;
  return group ? `${label}（${group[1]}）` : `${label}${rest}`;
}

/** The month name a year starts in: "4月" / "April". */
function startMonth(yearStart: number, lang: Lang): string {
  return periodLabel({ kind: 'month', month: yearStart as Month }, lang);
}

/**
 * The period as the user knows it. Periods count in the organisation's year: with a year starting in
 * April, its month 6 is September, so the calendar month is named and the year said.
 */
export function periodText(period: Period, yearStart: number, lang: Lang): string {
  if (yearStart === 1) return periodLabel(period, lang);
  const t = TEXT[lang];
  const start = startMonth(yearStart, lang);
  if (period.kind !== 'month') return t.ofYear(periodLabel(period, lang), start);
  const cal = calendarMonth(period.month, yearStart) as Month;
  return t.monthOfYear(periodLabel({ kind: 'month', month: cal }, lang), period.month, start);
}

/** One line for a sheet the reader could not settle: its columns, its guesses, the --columns to try. */
export function needsColumnsText(sheet: string, reason: NeedsColumns, lang: Lang): string {
  const t = TEXT[lang];
  const missing = reason.missing.includes('name') ? t.missingName : t.missingValue;
  const found = reason.columns
    .map((c) =>
      t.foundColumn(c.column, oneLineHeading(c.header), c.guess === null ? null : roleLabel(c.guess, lang)),
    )
    .join(t.itemSep);
  return t.needsColumns(sheet, missing, found, suggestedColumns(reason.columns));
}

/** Why a sheet was skipped; a heading row without the name or target column says how to name it. */
export function skipReasonText(reason: SkipReason, lang: Lang): string {
  const text = describeSkipReason(reason, lang);
  return reason.code === 'missing-column'
    ? TEXT[lang].nameTheColumn(text, reason.column, roleLabel(reason.column, lang))
    : text;
}

/** Why a sheet was skipped, in one line (a sheet to settle says how). */
function skipText(sheet: string, reason: SkipReason, lang: Lang): string {
  return reason.code === 'needs-columns'
    ? needsColumnsText(sheet, reason, lang)
    : TEXT[lang].explainSkipped(sheet, skipReasonText(reason, lang));
}

/** "C" → 3, "AA" → 27: to order column letters. */
function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The rows a table spans: its first heading row to its last indicator. */
function rowSpan(table: SheetTable): [number, number] {
  const first = table.headerRows[0] ?? table.indicators[0]?.row ?? 1;
  const last = table.indicators.reduce((m, i) => Math.max(m, i.row), first);
  return [first, last];
}

/** The lines for one table: how it was read, each column, what is missing, the period it states. */
function tableLines(table: SheetTable, yearStart: number, lang: Lang): string[] {
  const t = TEXT[lang];
  const [top, bottom] = rowSpan(table);
  const n = table.indicators.length;
  const reading = table.reading;
  const stated = table.statedPeriod;
  const period = stated ? [t.explainPeriod(stated.text, periodText(stated.period, yearStart, lang))] : [];
  // A year named across two calendar years (2017/18) or after FY (FY 2010), as the report will name it.
  if (table.year !== null && table.yearNamed)
    period.push(t.explainYear(namedYear(table.year, table.yearNamed)));
  if (!reading) return [t.explainStandard(table.sheet, t.rows(top, bottom), n), ...period];
  // A table turned (indicators across) names its headings by their rows.
  const turned = reading.layout === 'transposed';
  const cols = reading.columns.map((c) => (turned ? Number(c.column) : letterIndex(c.column)));
  const range =
    cols.length === 0
      ? t.rows(top, bottom)
      : turned
        ? t.rows(Math.min(...cols), Math.max(...cols))
        : `${columnLetters(Math.min(...cols))}${top}:${columnLetters(Math.max(...cols))}${bottom}`;
  const lines = [t.explainTable(table.sheet, range, formatPercent(reading.confidence, lang), n)];
  for (const c of reading.columns) {
    // The row labels of a cross-tab are the organisations; its indicators are the group headings.
    const role = roleLabel(
      reading.layout === 'cross-tab' && c.role === 'name' ? 'crossTabLabel' : c.role,
      lang,
    );
    lines.push(
      t.explainColumn(
        turned ? t.rows(Number(c.column), Number(c.column)) : c.column,
        oneLineHeading(c.header),
        role,
        t.evidence[c.source],
        formatPercent(c.score, lang),
      ),
    );
  }
  // A grouped role carries its group: "target (Phase I)" is a target.
  const has = (...roles: string[]) => reading.columns.some((c) => roles.includes(readingRole(c.role)));
  const missing = [
    has('name') ? null : 'name',
    has('target', 'periodTarget', 'periodPlan') ? null : 'target',
    has('actual', 'periodActual', 'completion', 'status') ? null : 'actual',
  ].filter((r): r is string => r !== null);
  if (missing.length > 0)
    lines.push(t.explainMissing(missing.map((r) => roleLabel(r, lang)).join(t.itemSep)));
  return [...lines, ...period];
}

/** --explain: per sheet (under its file when there are several), how it was read or why not. */
export function explainLines(readings: readonly SheetReading[], yearStart: number, lang: Lang): string[] {
  const files = new Set(readings.map((r) => (r.kind === 'table' ? r.table.file : r.file)));
  const lines: string[] = [];
  let file: string | undefined;
  for (const r of readings) {
    const f = r.kind === 'table' ? r.table.file : r.file;
    if (files.size > 1 && f !== undefined && f !== file) lines.push(TEXT[lang].explainFile(f));
    file = f;
    if (r.kind === 'table') lines.push(...tableLines(r.table, yearStart, lang));
    else lines.push(skipText(r.sheet, r.reason, lang));
  }
  return lines;
}

/**
 * Notes for the user's column settings that were not used: a sheet the columns file names that no input
 * holds, and a role whose column a read table does not have.
 */
export function unusedColumnNotes(
  readings: readonly SheetReading[],
  columns: Readonly<Record<string, ColumnMapping>>,
  source: string,
  lang: Lang,
): string[] {
  const t = TEXT[lang];
  const notes: string[] = [];
  const sheets = new Set(readings.map((r) => (r.kind === 'table' ? r.table.sheet : r.sheet)));
  for (const sheet of Object.keys(columns))
    if (sheet !== '*' && !sheets.has(sheet)) notes.push(t.noSuchSheet(source, sheet));
  for (const r of readings) {
    if (r.kind !== 'table' || !r.table.reading) continue;
    const mapping = columns[r.table.sheet] ?? columns['*'];
    if (!mapping) continue;
    const used = new Set(r.table.reading.columns.filter((c) => c.source === 'user').map((c) => c.role));
    for (const [word, column] of Object.entries(mapping)) {
      const role = roleOf(word);
      if (role && !used.has(role) && column) notes.push(t.roleNotFound(r.table.sheet, role, column));
    }
  }
  return notes;
}
