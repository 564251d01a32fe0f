/**
 * Diagnostics and skipped sheets in words, in the report's language. Every diagnostic becomes one clean
 * sentence naming its sheet and cell. Parameters may be missing: the parts that need them are left out,
 * so a sentence never shows "undefined", empty quotes or doubled punctuation.
 *
 * Parameters read (all optional): text (cell text as written), name (indicator name), id, count,
 * range, column, period (Q1…Q4, M1…M12, FY or a label), unit / units, value (the value used).
 */
import type { Diagnostic, Lang, Month, SkipReason } from '../model';
import { normalizeText } from '../core/normalize';
import { parsePeriodCode } from '../core/period';
import { cleanText, tidySentence } from '../core/text';
import { localeFor } from '../locale';
import type { Locale, MessageParts } from '../locale/types';

type Params = Readonly<Record<string, string | number>> | undefined;

/** A parameter as clean text, or '' when absent, empty or not finite. */
function param(params: Params, key: string, L: Locale): string {
  const v = params?.[key];
  if (typeof v === 'number') return Number.isFinite(v) ? L.format.number(v) : '';
  return cleanText(v);
}

/** The cell text as written (whitespace collapsed), or '' when absent or a placeholder word. */
function textParam(params: Params): string {
  const v = params?.text;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v !== 'string') return '';
  const t = normalizeText(v);
  return /^(nan|null|undefined|-?infinity)$/i.test(t) ? '' : t;
}

/** A parameter as a whole count, or null. */
function countParam(params: Params): number | null {
  const v = params?.count;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/** "Q3" → 第三季度, "M3" → 3月, "FY" → 全年; other text as written. */
function periodParam(params: Params, L: Locale): string {
  const raw = param(params, 'period', L);
  const t = raw.toUpperCase();
  const p = parsePeriodCode(t === 'YEAR' ? 'FY' : t);
  return p ? L.format.periodLabel(p) : raw;
}

function parts(p: Params, L: Locale): MessageParts {
  return {
    text: textParam(p),
    name: param(p, 'name', L),
    id: param(p, 'id', L),
    range: param(p, 'range', L) || param(p, 'column', L),
    units: param(p, 'units', L) || param(p, 'unit', L),
    value: param(p, 'value', L),
    count: countParam(p),
    period: periodParam(p, L),
    month: monthParam(p, L),
    calendar: shareParam(p, 'calendar', L),
  };
}

/** A share of 0–1 as a percentage (0.667 → 66.7%); '' for anything else. */
function shareParam(params: Params, key: string, L: Locale): string {
  const v = params?.[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? L.format.percent(v, 1) : '';
}

/** A calendar month (1–12) by its name; '' for anything else. */
function monthParam(params: Params, L: Locale): string {
  const m = Number(params?.month);
  return Number.isInteger(m) && m >= 1 && m <= 12
    ? L.format.periodLabel({ kind: 'month', month: m as Month })
    : '';
}

function body(d: Diagnostic, L: Locale): string {
  const template = L.messages.diagnostic[d.code];
  return template ? template(parts(d.params, L)) : L.messages.unknownDiagnostic;
}

/**
 * The same sentence without the location, for lists that show the sheet and cell beside it
 * (the task pane's clickable cell links).
 */
export function describeDiagnosticBody(d: Diagnostic, lang: Lang): string {
  const L = localeFor(lang);
  return tidySentence(L.messages.bodySentence(body(d, L)));
}

/** One sentence naming the sheet and cell, for every DiagnosticCode. */
export function describeDiagnostic(d: Diagnostic, lang: Lang): string {
  const L = localeFor(lang);
  const where = L.messages.location(cleanText(d.file), cleanText(d.sheet), cleanText(d.cell));
  return tidySentence(L.messages.sentence(where, body(d, L)));
}

/**
 * Why a sheet was skipped, as a phrase without final punctuation (the caller puts it after the
 * sheet name): 未找到指标表的表头 / no indicator table header found.
 */
export function describeSkipReason(r: SkipReason, lang: Lang): string {
  const M = localeFor(lang).messages;
  // The template of the reason's own code (the record pairs each code with its kind of reason).
  const template = M.skipReason[r.code] as ((reason: SkipReason) => string) | undefined;
  if (!template) return M.unknownSkipReason;
  if (r.code === 'earlier-period' || r.code === 'earlier-year') {
    return template({ ...r, text: cleanText(r.text), later: cleanText(r.later) });
  }
  return template(r.code === 'internal-error' ? { ...r, message: cleanText(r.message) } : r);
}
