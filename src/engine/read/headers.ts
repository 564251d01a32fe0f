/**
 * Header recognition: which column of an indicator sheet plays which role.
 *
 * Matching is exact after normalisation (trim, full-width → half-width, line breaks and spaces removed,
 * lower case), so "单位" never matches "责任单位" or "填报单位". The only prefix/suffix forms accepted:
 * a year before a target / actual / period header ("2019年目标", "2019年完成情况", "FY 26 Q1") or after a
 * quarter ("Q1 2026", "Q1 FY26"), a unit in brackets after any header ("年度目标（万元）"), and 完成/actual
 * or 目标/target after a quarter or month ("一季度完成", "Q1 actual", "一季度目标", "Q1 target").
 */
import type { ColumnRole } from '../model';
import { headerKey } from '../core/normalize';
import {
  ACTUAL_SUFFIXES,
  HEADER_ALIASES,
  monthKeys,
  PLAN_SUFFIXES,
  PLAN_WORDS,
  quarterKeys,
  monthSpanKeys,
  type PlainHeaderRole,
} from './vocabulary';

export interface HeaderMatch {
  readonly role: ColumnRole;
  /** Quarter (0-3), month (0-11) or milestone (0-3) index. */
  readonly index?: number;
}

const EXACT = new Map<string, HeaderMatch>();
/** Quarter and month keys only: the stems that take a 完成/目标 suffix. */
const PERIOD = new Map<string, HeaderMatch>();

(function build() {
  for (const role of Object.keys(HEADER_ALIASES) as PlainHeaderRole[]) {
    for (const alias of HEADER_ALIASES[role]) {
      const key = headerKey(alias);
      if (!EXACT.has(key)) EXACT.set(key, { role });
    }
  }
  for (let q = 0; q < 4; q++) {
    for (const key of quarterKeys(q)) {
      const k = headerKey(key);
      PERIOD.set(k, { role: 'quarter', index: q });
      EXACT.set(k, { role: 'quarter', index: q });
    }
  }
  for (const m of [2, 5, 8, 11]) {
    for (const key of monthSpanKeys(m)) {
      const k = headerKey(key);
      PERIOD.set(k, { role: 'month', index: m });
      EXACT.set(k, { role: 'month', index: m });
    }
  }
  for (let m = 0; m < 12; m++) {
    for (const key of monthKeys(m)) {
      const k = headerKey(key);
      PERIOD.set(k, { role: 'month', index: m });
      EXACT.set(k, { role: 'month', index: m });
    }
  }
})();

const YEAR_PREFIX = /^(?:19|20)\d{2}(?:年度|年)?/;
/** A fiscal year before a quarter (FY 26 Q1, FY2026 Q4, FY 2025-26 Q2, 2025/26 Q3). */
const FISCAL_PREFIX = /^(?:fy(?:19|20)?\d{2}(?:[-/](?:19|20)?\d{2})?|(?:19|20)\d{2}[-/](?:19|20)?\d{2})/;
/** A year after a quarter (Q1 2026, Q1 FY26, Q1 24/25, Q2 2023-24). */
const YEAR_SUFFIX = /(?:fy(?:19|20)?\d{2}|(?:19|20)?\d{2}[-/](?:19|20)?\d{2}|(?:19|20)\d{2})$/;
const TRAILING_BRACKET = /[(（[【][^()（）[\]【】]*[)）\]】]$/;
const YEAR_ROLES = new Set<ColumnRole>(['target', 'cumulative', 'quarter', 'month', 'milestone']);

function matchPeriodWithSuffix(key: string): HeaderMatch | null {
  // "一季度完成", "Q1 actual", "一季度目标", "Q1 target", "target Q1"
  for (const suffix of ACTUAL_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stem = PERIOD.get(key.slice(0, key.length - suffix.length));
      if (stem) return stem;
    }
  }
  for (const suffix of PLAN_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stem = PERIOD.get(key.slice(0, key.length - suffix.length));
      if (stem && stem.role === 'quarter') return { role: 'milestone', index: stem.index };
    }
  }
  if (key.startsWith('target') && key.length > 6) {
    const stem = PERIOD.get(key.slice(6));
    if (stem && stem.role === 'quarter') return { role: 'milestone', index: stem.index };
  }
  return null;
}

function matchKey(key: string, depth: number): HeaderMatch | null {
  if (key.length === 0) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const period = matchPeriodWithSuffix(key);
  if (period) return period;
  if (depth > 2) return null;
  // A trailing colon, a unit or note in brackets: "年度目标（万元）", "Target (2019)".
  if (key.endsWith(':') || key.endsWith('：')) return matchKey(key.slice(0, -1), depth + 1);
  const bracket = TRAILING_BRACKET.exec(key);
  if (bracket) {
    // A period in the brackets ("Target (Q2)", "Actual (Q2)") is the column's period, not its unit.
    const period = PERIOD.get(bracket[0].slice(1, -1));
    const rest = matchKey(key.slice(0, bracket.index), depth + 1);
    if (period && rest?.role === 'target' && period.role === 'quarter')
      return { role: 'milestone', index: period.index };
    if (period && rest?.role === 'cumulative') return period;
    return rest;
  }
  const year = YEAR_PREFIX.exec(key);
  if (year && year[0].length < key.length) {
    const rest = matchKey(key.slice(year[0].length), depth + 1);
    if (rest && YEAR_ROLES.has(rest.role)) return rest;
  }
  const fiscal = FISCAL_PREFIX.exec(key);
  if (fiscal && fiscal[0].length < key.length) {
    const stem = PERIOD.get(key.slice(fiscal[0].length));
    if (stem?.role === 'quarter') return stem;
  }
  const after = YEAR_SUFFIX.exec(key);
  if (after && after.index > 0) {
    // (the year set off by a slash or a dash, as a transit board's Q2/2016 is)
    const stem = PERIOD.get(key.slice(0, after.index).replace(/[/.-]$/, ''));
    // A quarter's (a month of a year, February 2019 beside February 2018, is read by the dated headings).
    if (stem?.role === 'quarter') return stem;
  }
  return null;
}

/** The role a header cell's text names, or null when it is not a recognised header. */
export function matchHeader(text: string): HeaderMatch | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 60) return null;
  return matchKey(headerKey(text), 0);
}

/** Year named in a header such as "2019年完成情况", "2019年目标" or "2019 target"; null otherwise. */
export function headerYear(text: string): number | null {
  if (typeof text !== 'string' || text.length > 60) return null;
  const key = headerKey(text);
  // A quarter or a half with its year after it (Q3 2018, Quarter 3 2018, H1 2024, Q2/2016): that year.
  const part = /^(?:q[1-4]|quarter[1-4]|qtr[1-4]|h[12])[/.-]?((?:19|20)\d{2})$/.exec(key);
  if (part) return Number(part[1]);
  // …or the year of two calendar years it falls in (Q1 24/25, Q2 2023-24): the first of them.
  const span = /^(?:q[1-4]|quarter[1-4]|qtr[1-4]|h[12])((?:19|20)?\d{2})[-/](?:19|20)?\d{2}$/.exec(key);
  if (span) return span[1].length === 2 ? 2000 + Number(span[1]) : Number(span[1]);
  const m = /^((?:19|20)\d{2})(?!\d)/.exec(key);
  if (!m) return null;
  const rest = key.slice(4).replace(/^年度|^年/, '');
  if (rest === '' || matchKey(rest, 0) || isActualGroup(rest) || isPlanGroup(rest)) return Number(m[1]);
  return null;
}

/** Sub-header under a group ("一季度" over 目标 | 完成): is it the target or the actual? */
export function subHeaderKind(text: string): 'plan' | 'actual' | null {
  const key = headerKey(text);
  if (PLAN_WORDS.has(key)) return 'plan';
  const m = matchKey(key, 0);
  if (m?.role === 'target') return 'plan';
  if (m?.role === 'cumulative') return 'actual';
  return null;
}

/** Group header over sub-headers: a year or the whole year ("2019年", "全年", "Annual"). */
export function isYearGroup(text: string): boolean {
  const key = headerKey(text);
  return /^(?:(?:19|20)\d{2}(?:年度|年)?|全年|年度|本年|annual|fullyear|year)$/.test(key);
}

/** Group header that says its columns are targets ("季度目标", "分季度目标", "Quarterly targets"). */
export function isPlanGroup(text: string): boolean {
  const key = headerKey(text);
  if (key.includes('完成') || key.includes('actual')) return false;
  return key.includes('目标') || key.includes('计划') || key.includes('target') || key.includes('plan');
}

/** Group header that says its columns are actuals ("完成情况", "2019年完成情况", "Actuals"). */
export function isActualGroup(text: string): boolean {
  const key = headerKey(text);
  return key.includes('完成') || key.includes('实际') || key.includes('actual');
}
