/** Above the header: the title, the reporting unit (填报单位) and date, and the year they name. */
import type { Grid } from '../model';
import { normalizeText, toHalfWidth } from '../core/normalize';
import { toHans } from '../core/hans';
import { isMeasureUnitList, scanQuantities } from '../core/grammar';
import { cleanNumber } from '../core/numbers';
import { rocYear } from '../core/fiscalYear';
import { yearsInFigures } from '../core/statedPeriod';
import { cellString, numberText, type Row } from './cells';
import { isDateFormat } from '../core/quantity';
import { captionUnit, closingMoney, moneyInUnits } from './units';

/** A label that names the office, never a unit of measure. */
const OFFICE_LABEL =
  /填[报報][单單]位|[报報]送[单單]位|填[报報]部[门門]|填表[单單]位|[编編]制[单單]位|[单單]位名[称稱]|reporting unit|organi[sz]ation/i;
/** A label of the office or of the unit (单位：万元, which may name either). */
const UNIT_LABEL = new RegExp(`(${OFFICE_LABEL.source}|[单單]位|unit)\\s*[:：]\\s*`, 'i');
// (An English date's own word, not the end of another: "Next update:" dates no report.)
const DATE_LABEL = /(填报日期|报送日期|填表日期|编制日期|日期|\breporting date|\bdate)\s*[:：]\s*/i;
const ATTACHMENT = /^(?:附件|附表|attachment|annex)\s*\d*\s*[:：]?$/i;

/** A date serial as Excel counts days (1900 system) → YYYY-MM-DD; null outside Excel's dates. */
function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The value after a label: up to the next label (or a wide gap), else the next cell to the right. */
function labelValue(
  text: string,
  label: RegExp,
  next: RegExp,
  row: Row,
  c: number,
): { value: string | null; usedCol: number } {
  const none = { value: null, usedCol: -1 };
  const m = label.exec(text);
  if (!m) return none;
  let rest = text.slice(m.index + m[0].length);
  const stop = next.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.trim();
  const gap = /\s{2,}/.exec(rest);
  let value = gap ? rest.slice(0, gap.index) : rest;
  value = value.replace(/[(（]\s*(?:盖章|公章|章)\s*[)）]$/, '').trim();
  if (value.length > 0) return { value: normalizeText(value), usedCol: -1 };
  if (!row || stop) return none;
  for (let k = c + 1; k < row.length && k < c + 6; k++) {
    const v = row[k];
    if (typeof v === 'number') {
      return { value: label === DATE_LABEL ? serialToIso(v) : numberText(v), usedCol: k };
    }
    if (typeof v === 'string' && v.trim().length > 0) {
      if (UNIT_LABEL.test(v) || DATE_LABEL.test(v)) return none;
      return { value: normalizeText(v), usedCol: k };
    }
  }
  return none;
}

export interface Preamble {
  title: string | null;
  reportingUnit: string | null;
  reportingDate: string | null;
  /** The one unit of measure a 单位 line names for the whole table (单位：万元, 單位:新臺幣元, Unit: £000). */
  measureUnit: string | null;
  /** The year named beside that unit, on its line (中華民國97年度 | 單位:新臺幣元). */
  unitLineYear: number | null;
  /** The unit of money a 单位 line names beside units of count (单位：个、亿元 → 亿元), for rows of money. */
  moneyUnit?: string | null;
  /**
   * The one share the lines set as every row's target (targetInLine: "its 80% service performance target",
   * 目标值为95%, "Our goal is that 80% of … will meet"), with the cell it is written in (grid row and
   * column), else null.
   */
  target?: { readonly text: string; readonly row: number; readonly col: number } | null;
}

export function readPreamble(values: Grid['values'], fromRow: number, toRow: number): Preamble {
  const out: Preamble = {
    title: null,
    reportingUnit: null,
    reportingDate: null,
    measureUnit: null,
    unitLineYear: null,
  };
  for (let r = fromRow; r < toRow; r++) {
    const row = values[r];
    if (!row) continue;
    const used = new Set<number>();
    for (let c = 0; c < row.length; c++) {
      if (used.has(c)) continue;
      const v = row[c];
      if (typeof v !== 'string' || v.trim().length === 0) continue;
      const text = toHalfWidth(v).replace(/[\r\n]+/g, '  ');
      const isUnit = UNIT_LABEL.test(text);
      const isDate = DATE_LABEL.test(text);
      if (isUnit || isDate) {
        if (isUnit) {
          const u = labelValue(text, UNIT_LABEL, DATE_LABEL, row, c);
          // 单位：万元 names the figures' unit of measure, not the office (填报单位：… always names the office).
          const measure = u.value && !OFFICE_LABEL.test(text) ? captionUnit(u.value) : null;
          if (!measure && u.value && !OFFICE_LABEL.test(text) && out.moneyUnit == null)
            out.moneyUnit = moneyInUnits(u.value);
          if (measure && out.measureUnit === null) {
            out.measureUnit = measure;
            out.unitLineYear = firstYearIn(
              row.filter((x, k) => k !== c && typeof x === 'string') as string[],
            );
          } else if (
            u.value &&
            !out.reportingUnit &&
            !isMeasureUnitList(u.value) &&
            !UNIT_MARKS.test(u.value)
          )
            out.reportingUnit = u.value;
          if (u.usedCol >= 0) used.add(u.usedCol);
        }
        if (isDate) {
          const d = labelValue(text, DATE_LABEL, UNIT_LABEL, row, c);
          if (d.value && !out.reportingDate) out.reportingDate = d.value;
          if (d.usedCol >= 0) used.add(d.usedCol);
        }
        continue;
      }
      const t = cellString(v);
      if (t && !out.title && !ATTACHMENT.test(t)) out.title = t;
      const target = t ? targetInLine(t) : null;
      if (target !== null) {
        // Two different targets stated: neither is every row's.
        out.target =
          out.target === undefined || out.target?.text === target.text
            ? { text: target.text, row: r, col: c }
            : null;
      }
      // A caption closing with the money its figures are in (Overview of Vote Expenditures (UShs Billion)).
      const money = t && out.measureUnit === null ? closingMoney(t) : null;
      if (money) out.measureUnit = money.money;
    }
  }
  return out;
}

/**
 * The one share a line sets as every row's target: stated as the target (its 80% service performance
 * target; a target of 90%; 目标值为95%; 95%的目标), or a goal's share of cases ("Our goal is that 80% of
 * the applications … will meet the published service standards"); null for any other line, and for a
 * share of targets ("45% of targets were met"). As written (80%), with its value (0.8).
 */
export function targetInLine(line: string): { readonly text: string; readonly value: number } | null {
  const t = toHans(toHalfWidth(line));
  const found = new Set<string>();
  for (const re of LINE_TARGETS) for (const m of t.matchAll(re)) found.add(m[1]);
  if (found.size === 1) {
    const figure = [...found][0];
    return { text: `${figure}%`, value: cleanNumber(Number(figure) / 100) };
  }
  if (found.size > 1 || !CAPTION_GOAL.test(t)) return null;
  const shares = scanQuantities(t).mentions.filter((m) => m.percent && !m.points);
  return shares.length === 1 && shares[0].value > 0 && shares[0].value <= 1
    ? { text: shares[0].text, value: shares[0].value }
    : null;
}
const SHARE = String.raw`(\d{1,3}(?:\.\d+)?)\s*%`;
const LINE_TARGETS = [
  // 80% service performance target, 95% standard (a word or three between, none that makes it a share of them)
  new RegExp(
    String.raw`${SHARE}\s+(?:(?!of\b|were\b|was\b|met\b|are\b)[a-z-]+\s+){0,3}(?:target|standard|goal)s?\b`,
    'gi',
  ),
  // target of 80%, the standard is 90%, goal: 95%
  new RegExp(String.raw`\b(?:target|standard|goal)\s*(?:is|was|of|at|:)\s*(?:at least\s+)?${SHARE}`, 'gi'),
  // 目标值为95%, 目标是90%, 95%的服务目标
  new RegExp(String.raw`目标值?\s*(?:为|是|:)\s*(?:不低于|达到)?\s*${SHARE}`, 'g'),
  new RegExp(String.raw`${SHARE}的[\u4e00-\u9fff]{0,6}目标`, 'g'),
];
/** A goal of cases meeting a standard or a time ("Our goal is that 80% of … will meet", 目标…达到). */
const CAPTION_GOAL =
  /\b(?:goal|target|aim|commit(?:ment|ted)?)\b[^.]*\b(?:meet|met|within|standards?)\b|目标[^。]*(?:达到|以内|时限)/i;

/** Marks no office's name carries but units do (微克/立方公尺, 億元;%, ‰, 1/10万): a units line. */
const UNIT_MARKS = /[/%‰;；]|\d/;

/** A label a date follows (填报日期：, 截至, 统计时间, "As at", Date:), at the end of its cell. */
const DATE_BEFORE = /(?:日期|截至|截止|时间|時間|\bas at|\bas of|\bdate)\s*[:：]?\s*$/i;

/**
 * The texts of a title row, its dates typed as dates included where a label names them (填报日期： |
 * 2024-10-08 → "填报日期： 2024-10-08"): the words a period is read from.
 */
export function rowTexts(grid: Grid, r: number): string[] {
  const row = grid.values[r] ?? [];
  const out: string[] = [];
  let label: string | null = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string') {
      if (v.trim() === '') continue;
      out.push(v);
      label = DATE_BEFORE.test(v.trim()) ? v.trim() : null;
    } else if (typeof v === 'number' && label !== null && isDateFormat(grid.numberFormats?.[r]?.[c])) {
      const iso = serialToIso(v);
      if (iso) out.push(`${label} ${iso}`);
      label = null;
    }
  }
  return out;
}

/** A year looked ahead to (展望2018-19年度, "looking ahead to 2024"): the next year's plans, not this one's. */
const OUTLOOK_YEAR =
  /(?:展望|来年|明年|下一?年度?|looking (?:ahead|forward) to|next year,?|in the coming year,?)\s*(?:的)?\s*(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?/gi;

/** The first year named in the texts (yearIn), or null. */
function firstYearIn(texts: readonly string[]): number | null {
  for (const t of texts) {
    const y = yearIn(t);
    if (y !== null) return y;
  }
  return null;
}

export function yearIn(given: string | null): number | null {
  if (!given) return null;
  const text = yearsInFigures(given).replace(OUTLOOK_YEAR, ' ');
  const zh = /((?:19|20)\d{2})\s*年/.exec(text);
  if (zh) return Number(zh[1]);
  const roc = rocYear(text);
  if (roc !== null) return roc;
  const iso = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return iso ? Number(iso[1]) : null;
}
