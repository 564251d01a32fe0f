/**
 * Finding indicator tables by evidence, as a person reads a sheet: a row of headings (one to five rows
 * deep, with merged group headings over sub-headings), the role of each column from its heading words
 * AND from the cells below it, and the body that runs to the next table or to the notes. Several tables
 * stacked on one sheet are found one by one; a table printed without headings is found from its cells
 * alone when they leave no doubt (a column of names beside a column of targets written as targets).
 *
 * Each column decision carries its evidence (the heading words, or what the cells hold) and a score;
 * a table whose reading is not confident says what is missing instead of guessing.
 */
import { headerKey, normalizeText } from '../core/normalize';
import { toHans } from '../core/hans';
import { matchHeader } from './headers';
import {
  bracketUnit,
  headerParts,
  headerRoles,
  headingInOneLanguage,
  isPairedResult,
  isProjectionHeading,
  isYearHeading,
  isPairedTarget,
  isRowLabelHeading,
  type HeaderRole,
  headingLeaf,
  levelRoles,
  monthsOfLead,
  spanOfTarget,
  yearInHeading,
  YEAR_TO_DATE,
} from './headerWords';
import { dayWithMonthAndYear, monthWithYear, statedPeriod } from '../core/statedPeriod';
import { elapsedFraction, monthOfName } from '../core/period';
import { isOverallGoal, isRateName, isTableTitle, isTotalName } from './labels';
import {
  type CellRange,
  type CellValue,
  type ColumnMapping,
  type Grid,
  USER_ROLES,
  type UserRole,
} from '../model';
import {
  cellKind,
  isFigureKind,
  isFigureValue,
  profileColumn,
  statedStatus,
  statusWord,
  type ColumnProfile,
} from './cellKinds';
import { notApplicableReason, scanQuantities } from '../core/grammar';
import { isStandardTimeUnit, parseCell, parseChineseNumeral } from '../core/quantity';
import { isBlank, isColumnNumbers, isColumnNumberText } from './cells';
import { yearRolesInCaption } from './captionYears';

/** A column's role in a table, with its evidence. */
export interface RoleColumn {
  /** Column index into the grid's rows (0-based, from grid.originCol). */
  readonly col: number;
  readonly role: ColumnRoleName;
  /** Per-period actuals and plans: the quarter (0–3) or month (0–11) in the sheet's own year. */
  readonly period?: { readonly kind: 'quarter' | 'month'; readonly index: number; readonly year?: number };
  /** The organisation a value column belongs to (several side by side), or the indicator group of a
   *  cross-tab (areas down the rows, indicators across). */
  readonly org?: string;
  readonly group?: string;
  /** The heading words, top to bottom ("Q4 2023/24 › Value"). */
  readonly header: string;
  /** A unit given in the heading's brackets: "完成目标(%)" → %. */
  readonly unit: string | null;
  readonly source: 'header' | 'content' | 'user';
  /** How sure the decision is, 0–1. */
  readonly score: number;
  /** A period target's months to date, from its heading (前三季度投资计划: 9). */
  readonly span?: number;
  /** Other columns under the same target heading, each row filling one of them (Target › Industry |
   *  Distributor): the row's target is in whichever it fills. */
  readonly alternates?: readonly number[];
}

/** history: a column of another year than the one judged (kept so that its rows are not lost). */
export type ColumnRoleName = Exclude<HeaderRole, 'ignore'> | 'periodActual' | 'periodPlan' | 'history';

export interface FoundTable {
  /** Grid row indexes of the heading rows (empty for a table printed without headings). */
  readonly headerRows: readonly number[];
  /** Grid row indexes of the body: [bodyStart, bodyEnd). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly columns: readonly RoleColumn[];
  readonly layout: 'rows' | 'cross-tab' | 'side-by-side' | 'headerless';
  /** 0–1: below CONFIDENT the table is not read but reported with what is missing. */
  readonly confidence: number;
  /** Roles the reading lacks (name, target or actual…), for the message. */
  readonly missing: readonly ('name' | 'value')[];
  /** Grid rows between the previous table (or the top) and the headings: title, caption, 填报 lines. */
  readonly captionRows: readonly number[];
}

/** A reading at or above this confidence is used; below it the user is asked. */
export const CONFIDENT = 0.6;
/** Header rows are looked for among this many rows holding something (stacked tables included). */
const SCAN_ROWS = 400;
/** Body rows looked at to profile a column. */
const PROFILE_ROWS = 200;

type Row = readonly CellValue[] | undefined;

function textAt(row: Row, c: number): string | null {
  const v = row?.[c];
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

function isEmptyRow(row: Row): boolean {
  if (!row) return true;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    return false;
  }
  return true;
}

function filledCols(row: Row): number[] {
  const out: number[] = [];
  if (!row) return out;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    out.push(c);
  }
  return out;
}

// ───────────────────────────── headings ─────────────────────────────

/** A heading's period, when it names one: 一季度, Q2, 3月, Jan, "Dec 17", "Quarter 1", 1-3月. */
export function headingPeriod(
  text: string,
): { kind: 'quarter' | 'month'; index: number; year?: number; plan: boolean } | null {
  const m = matchHeader(text);
  if (m && (m.role === 'quarter' || m.role === 'month' || m.role === 'milestone') && m.index !== undefined) {
    return { kind: m.role === 'month' ? 'month' : 'quarter', index: m.index, plan: m.role === 'milestone' };
  }
  const my = monthWithYear(text);
  if (my) return { kind: 'month', index: my.month - 1, year: my.year, plan: false };
  const k = headerParts(text).key;
  const stripped = k !== headerKey(text) ? matchHeader(k) : null;
  if (
    stripped &&
    (stripped.role === 'quarter' || stripped.role === 'month') &&
    stripped.index !== undefined
  ) {
    return { kind: stripped.role, index: stripped.index, plan: false };
  }
  // A quarter, with the month it ends or not (Q1 - Sep, Q4 - Jun 11, Quarter 1 - Sep 10, Qtr 2): that quarter.
  // (A bare Q1 is matchHeader's, above.)
  const q = /^(?:q|quarter|qtr)(one|two|three|four|[1-4])(?:[-–—]?([a-z]{3,9})\d{0,4})?$/.exec(k);
  if (q && (q[2] === undefined ? !/^q\d$/.test(k) : monthOfName(q[2]) !== null)) {
    const n = { one: 1, two: 2, three: 3, four: 4 }[q[1]] ?? Number(q[1]);
    return { kind: 'quarter', index: n - 1, plan: false };
  }
  // A month before the words of a plan (8月份目标, 3月目标, 十月底计划): that month's plan — not a month's
  // work plan (7月工作计划: the next steps in words). A month's result (8月完成) is a result to date, read
  // by statedPeriod.
  const monthPlan = MONTH_BEFORE_WORDS.exec(k);
  if (monthPlan && headerRoles(monthPlan[2])[0]?.role === 'target' && headerRoles(k)[0]?.role === 'target') {
    const month = monthNumber(monthPlan[1]);
    if (month !== null) return { kind: 'month', index: month - 1, plan: true };
  }
  // A quarter before the words of a result or a plan (一季度完成投资, 二季度计划投资): that quarter's.
  const lead = /^(第?[一二三四]季度)(.+)$/.exec(k);
  if (lead) {
    const quarter = matchHeader(lead[1]);
    const rest = headerRoles(lead[2])[0]?.role;
    if (
      quarter?.role === 'quarter' &&
      quarter.index !== undefined &&
      (rest === 'actual' || rest === 'target')
    ) {
      return { kind: 'quarter', index: quarter.index, plan: rest === 'target' };
    }
  }
  return null;
}

/** A month, then more words (8月份目标, 十二月底计划): the month and the words. */
const MONTH_BEFORE_WORDS = /^(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:底|末)?(.+)$/;

/** A month's number written in digits or in Chinese numerals (8, 08, 八, 十二), else null. */
function monthNumber(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

/** The first year of a heading that is twelve months from a month of it (Apr 2023 to Mar 2024, July 2022 - June 2023). */
function twelveMonthsFrom(text: string): number | null {
  const m =
    /^\s*([a-z]{3,9})\.?\s+((?:19|20)\d{2})\s*(?:to|-|–|—)\s*([a-z]{3,9})\.?\s+((?:19|20)\d{2})\s*$/i.exec(
      text,
    );
  if (!m) return null;
  const from = monthOfName(m[1]);
  const to = monthOfName(m[3]);
  if (from === null || to === null) return null;
  const months = (Number(m[4]) - Number(m[2])) * 12 + (to - from) + 1;
  return months === 12 ? Number(m[2]) : null;
}

/** How much a text reads like a heading: the best vocabulary score, 1 for a period heading. */
function headingScore(text: string): number {
  return headingReading(text).score;
}

/** headingScore, with the role the vocabulary reads (null for a period or for no word it knows). */
function headingReading(text: string): { score: number; role: string | null } {
  if (headingPeriod(text)) return { score: 1, role: null };
  const roles = headerRoles(text);
  if (roles.length === 0) {
    // A period stated over sub-headings ("Q4 2023/24", "2019年完成情况") counts a little.
    return { score: statedPeriod(text) && text.length <= 30 ? 0.5 : 0, role: null };
  }
  const role = roles[0].role;
  return { score: role === 'ignore' || AUXILIARY.has(role) ? 0.5 : roles[0].score, role };
}

interface RowHeading {
  readonly score: number;
  readonly hits: number;
  readonly texts: number;
  readonly numbers: number;
  /** The row opens with a serial number (4 | 建成公园 | 个 | 完成 | 已完成): a row of data, not headings. */
  readonly serial: boolean;
  /**
   * The different heading words among the hits: "New measure | New measure" under a target and a result
   * is a row of data with one; "目标 | 完成 | 目标 | 完成" has two.
   */
  readonly kinds: number;
  /** Headings the vocabulary knows as ones to leave aside, in a row with a heading over the names. */
  readonly aside: number;
  /** A heading of a figure's column (a target, a result, a status) is among the hits. */
  readonly valued?: boolean;
}

/** A text that opens with a figure or its bound (>=2個, ≥95%, 40次): a figure, not a heading such as 列2. */
const FIGURE_START = /^\s*(?:[<>≤≥＜＞=]=?|不低于|不少于|约|近)?\s*[-+]?\d/;

/**
 * A text that is data, not a heading: a figure written with its unit or bound (>=2個, 40次, 98%), or a
 * task with its amount (完成交通投资30亿元, 改造提升农村道路40公里).
 */
function isFigureText(t: string): boolean {
  return isFigureCell(t) || (t.length <= 60 && (countsInChinese(t) || SHARE_WITH_WORDS.test(t)));
}

/** A share with its words (95% national target, 99.4% performance achieved): a result or a target. */
const SHARE_WITH_WORDS = /^\s*[-+]?\d+(?:\.\d+)?\s*%\s+\p{L}/u;

/** A figure and little else ("10", "≥266米", "95%"), not a heading that holds a number (107年度預算數). */
function isFigureCell(t: string): boolean {
  if (
    t.length > 16 ||
    !FIGURE_START.test(normalizeText(t)) ||
    yearLabel(t) !== null ||
    headingScore(t) >= 0.6
  ) {
    return false;
  }
  // A year of any calendar (2019年, 107年度預算數, １０７年度) heads a column.
  if (/^\s*\d{2,4}\s*年/.test(normalizeText(t))) return false;
  return isFigureKind(t);
}

/** True when a text states an amount in a Chinese unit other than a time (30亿元, 40公里, 2条). */
function countsInChinese(text: string): boolean {
  if (!/\d/.test(text) || !/[\u4e00-\u9fff]/.test(text)) return false;
  return scanQuantities(text).mentions.some(
    (m) =>
      m.unit !== null &&
      /[\u4e00-\u9fff]/.test(m.unit) &&
      !/^(?:年|月|日|天|小时|周|季度|个月)$/.test(m.unit),
  );
}

/** A text that opens with a figure, its currency before it (R860.8m as budgeted, $5m, 147 days achieved). */
const FIGURE_OPENS =
  /^\s*(?:[R$£€¥]|Rs\.?\s?|RM\s?)?[-+]?\d[\d,.]*\s*(?:%|(?!st\b|nd\b|rd\b|th\b)[a-z]{1,2}\b)?\s+\p{L}/u;

/** A year written as a bare number (2019), which a figure typed as text can also be. */
const YEAR_OR_FIGURE = /^(?:19|20)\d{2}$/;

/** A row's number in a list, written as text: 1., (1), 1、, 12). */
const ROW_NUMBER = /^[(（]?\s*\d{1,3}\s*[.、．)）]\s*$|^[(（]\s*\d{1,3}\s*[)）]$/;

function rowHeading(row: Row): RowHeading {
  let score = 0;
  let hits = 0;
  let texts = 0;
  let numbers = 0;
  let serial = false;
  let first = true;
  const seen = new Set<string>();
  const unknown: string[] = [];
  const bareYears: string[] = [];
  // Headings of 41 to 60 characters ("Percentage of achieving the pledged target in 2019 (%)") count
  // only in a row without a verdict, where a measure's long name beside its verdict is a row of data.
  const long: { text: string; score: number }[] = [];
  let verdicts = 0;
  let prose = 0;
  let figureWords = 0;
  let aside = 0;
  let named = false;
  let valued = false;
  if (!row) return { score, hits, kinds: 0, texts, numbers, serial, aside };
  // Years typed as numbers one after another (2012 | 2013 | 2014 | 2014 target) head their columns.
  const yearNumbers = consecutiveYears(row);
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'number' && !yearNumbers) {
      // A small whole number first (not a year heading such as 2019) numbers a row of data.
      if (first) serial = Number.isInteger(v) && v >= 1 && v < 1000;
      first = false;
      numbers++;
      continue;
    }
    // A heading with a colon after it (Target:, 目标任务：) is the heading, as the band reads it.
    const t = typeof v === 'number' ? String(v) : oneLanguage(textAt(row, c))?.replace(/\s*[:：]\s*$/, '');
    if (!t) continue;
    // …and so does one written as a list's number (1., （1）, 1、).
    if (first) serial = ROW_NUMBER.test(normalizeText(t));
    first = false;
    // A figure written with its unit or bound (>=2個, 40次, 98%) is data, as a number is.
    if (isFigureText(t)) {
      numbers++;
      continue;
    }
    texts++;
    if (statusWord(t) !== null) verdicts++;
    if (FIGURE_OPENS.test(t) && !/^\s*(?:19|20)\d{2}\b/.test(t)) figureWords++;
    if (t.length > 60) {
      prose++;
      continue;
    }
    // A year heading (2016/17, 2016 to 2017) heads a column of that year's figures.
    const read = headingReading(t);
    const heading = read.score;
    const s = Math.max(heading, yearLabel(t) !== null ? 0.6 : 0);
    if (t.length > 40) {
      if (s >= 0.6) long.push({ text: t, score: s });
      continue;
    }
    if (s >= 0.6) {
      hits++;
      seen.add(t);
      if (read.role === 'name') named = true;
      if (read.role !== null && VALUE_ROLES.has(read.role as ColumnRoleName)) valued = true;
      if (heading < 0.6 && YEAR_OR_FIGURE.test(normalizeText(t).replace(/[*†‡]+$/, ''))) bareYears.push(t);
    } else {
      unknown.push(t);
      if (read.role === 'ignore') aside++;
    }
    score += s;
  }
  // A verdict beside sentences (节能 | • 100%设有空调装置的新工程项目… | 达标 | 2018年继续采用2017年的目标): a row
  // of data, whatever its short cells say.
  if (verdicts > 0 && prose > 0) return { score: 0, hits: 0, kinds: 0, texts, numbers, serial, aside: 0 };
  // …and beside figures told in words (R860.8m as budgeted | R139.6m achieved | Target not achieved).
  if (verdicts > 0 && figureWords >= 1 && figureWords + numbers >= 2)
    return { score: 0, hits: 0, kinds: 0, texts, numbers, serial, aside: 0 };
  // …and beside words no heading has (Finance Performance | Net income from all investment assets | Met
  // target: a row of a verdicts' table, its category's first, however its short cells read).
  if (verdicts > 0 && unknown.length >= verdicts && hits - verdicts <= 1 && verdictOnly(row))
    return { score: 0, hits: 0, kinds: 0, texts, numbers, serial, aside: 0 };
  if (verdicts === 0) {
    for (const l of long) {
      hits++;
      seen.add(l.text);
      score += l.score;
    }
  }
  // Figures typed as text that look like years (1980 | 1981 beside 100.1%) in a row of figures are
  // figures, not year headings.
  if (numbers > 0) {
    for (const t of bareYears) {
      hits--;
      seen.delete(t);
      score -= 0.6;
    }
  }
  // Headings that pair up (Target Length | Completed Length; Target turnaround time beside Actual
  // turnaround time, with no heading over the names) are headings too.
  if (unknown.length >= 1 && unknown.length + seen.size >= 2) {
    const all = [...seen, ...unknown];
    for (const t of unknown) {
      if (!isPairedTarget(t, all) && !isPairedResult(t, all)) continue;
      hits++;
      seen.add(t);
      score += 0.8;
    }
  }
  // Headings the vocabulary knows as ones to leave aside (Total Implemented As Per Target: a count beside
  // the share of cases) are headings too, in a row that names its indicators.
  return { score, hits, kinds: seen.size, texts, numbers, serial, aside: named ? aside : 0, valued };
}

/** A row whose last filled cell is a verdict (Met target, Did not meet target, 已完成). */
function verdictOnly(row: Row): boolean {
  for (let c = (row?.length ?? 0) - 1; c >= 0; c--) {
    const t = textAt(row, c);
    if (t !== null) return statusWord(t) !== null;
    if (typeof row?.[c] === 'number') return false;
  }
  return false;
}

function isHeadingRow(h: RowHeading): boolean {
  return h.kinds >= 2 && h.numbers <= 1 && !h.serial && h.hits + h.aside >= h.texts * 0.4;
}

/**
 * A row of headings with its corner left blank (| Result; | 2004-05 Targets | 2004-05 Estimated Outcome;
 * | 目標 | 工作成績): one heading it knows, and the rows' names below in the blank cells left of its
 * headings. The blank heads the names, as a heading that named them would.
 */
function blankCornerHeadings(grid: Grid, r: number, h: RowHeading): boolean {
  if (!h.valued || h.numbers > 0 || h.serial || h.hits < h.texts * 0.4) return false;
  const row = grid.values[r];
  const filled = filledCols(row);
  // (The blank may stand between headings too: Key business area | | Outturn.)
  const blanks: number[] = [];
  for (let c = 0; c < (filled[filled.length - 1] ?? 0); c++) {
    if (!isBlank(row?.[c])) continue;
    if (!grid.merges.some((m) => covers(grid, m, r, c))) blanks.push(c);
  }
  if (blanks.length === 0) return false;
  for (let k = r + 1; k < grid.values.length && k <= r + 2; k++) {
    const next = grid.values[k];
    if (isEmptyRow(next)) continue;
    // (A notes line below is no name: 注:… under the last row of a table, its corner blank.)
    return blanks.some((c) => {
      const t = textAt(next, c);
      return t !== null && !isFigureText(t) && !isNotesLine(t);
    });
  }
  return false;
}

/** Whether merged area m covers (r, c), grid indexes. */
function covers(grid: Grid, m: CellRange, r: number, c: number): boolean {
  const row = r + grid.originRow;
  const col = c + grid.originCol;
  return m.top <= row && m.bottom >= row && m.left <= col && m.right >= col;
}

// ───────────────────────────── merged areas ─────────────────────────────

interface MergeIndex {
  /** The merged area covering (r, c) in grid indexes, or undefined. */
  at(r: number, c: number): CellRange | undefined;
}

function mergeIndex(grid: Grid, fromRow: number, toRow: number): MergeIndex {
  const byRow = new Map<number, { left: number; right: number; top: number; area: CellRange }[]>();
  for (const m of grid.merges) {
    const top = m.top - grid.originRow;
    const bottom = m.bottom - grid.originRow;
    if (bottom < fromRow || top > toRow) continue;
    const left = m.left - grid.originCol;
    const right = m.right - grid.originCol;
    for (let r = Math.max(top, fromRow); r <= Math.min(bottom, toRow); r++) {
      let list = byRow.get(r);
      if (!list) byRow.set(r, (list = []));
      list.push({ left, right, top, area: m });
    }
  }
  return {
    at(r, c) {
      const list = byRow.get(r);
      if (!list) return undefined;
      for (const e of list) if (c >= e.left && c <= e.right) return e.area;
      return undefined;
    },
  };
}

/** A heading in two languages as the one line that reads (see headingInOneLanguage). */
function oneLanguage(text: string | null): string | null {
  return text === null ? null : headingInOneLanguage(text);
}

/** The text that covers (r, c): the cell's own, or its merged area's top-left cell's (a year typed as a number, 2002, as its text). */
function coveringText(grid: Grid, merges: MergeIndex, r: number, c: number): string | null {
  const own = textAt(grid.values[r], c) ?? yearNumberText(grid.values[r]?.[c]);
  if (own) return own;
  const m = merges.at(r, c);
  if (!m) return null;
  const top = grid.values[m.top - grid.originRow];
  return textAt(top, m.left - grid.originCol) ?? yearNumberText(top?.[m.left - grid.originCol]);
}

/** A year typed as a number in a row of headings (2002 | 2003 over 目標 | 實際): its text; else null. */
export function yearNumberText(v: CellValue | undefined): string | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1950 && v <= 2100 ? String(v) : null;
}

/**
 * A row whose numbers are years one after another, two or more, each a year on from the last or each a
 * year before it (2012 | 2013 | 2014, 2022 | 2021 | 2020): headings. Figures a row of data holds seldom
 * step by one.
 */
function consecutiveYears(row: Row): boolean {
  const years: number[] = [];
  for (const v of row ?? []) {
    if (typeof v !== 'number') continue;
    if (yearNumberText(v) === null) return false;
    years.push(v);
  }
  if (years.length < 2) return false;
  const step = years[1] - years[0];
  return (step === 1 || step === -1) && years.every((y, i) => i === 0 || y - years[i - 1] === step);
}

/** A row whose numbers are all years, two or more (2002 | 2002 | 2003 …): headings, not figures. */
function yearsRow(row: Row, cols: readonly number[]): boolean {
  const numbers = cols.filter((c) => typeof row?.[c] === 'number');
  return numbers.length >= 2 && numbers.every((c) => yearNumberText(row?.[c]) !== null);
}

// ───────────────────────────── the band of headings ─────────────────────────────

interface Band {
  readonly rows: number[];
  /** Per column: its heading texts, top to bottom (merged group texts repeated over their columns). */
  readonly texts: Map<number, string[]>;
  readonly width: number;
}

/** A day written out alone: 10/21/2020, 21.10.2020, 2020-10-21, 2020年10月21日. */
const DAY_TEXT =
  /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/;

/** True when a row above the headings is a group row over them, not a title or caption. */
function isGroupRow(
  grid: Grid,
  merges: MergeIndex,
  r: number,
  leafCols: readonly number[],
  span: number,
): boolean {
  const row = grid.values[r];
  const cols = filledCols(row);
  if (cols.length === 0) return false;
  // A title or caption: one text across (most of) the table.
  if (cols.length === 1) {
    const m = merges.at(r, cols[0]);
    const width = m ? m.right - m.left + 1 : 1;
    if (width >= Math.max(2, span * 0.8) || cols[0] === leafCols[0]) {
      // …unless it is a merged group heading that starts right of the first column.
      if (!(m && cols[0] > leafCols[0] && width < span)) return false;
    }
  }
  // A figure, typed as a number or as text ("83.9%"), is data; a day typed as text beside a title
  // (Scorecard - … | 10/21/2020) dates it. Years typed as numbers over the headings (2002 | 2003 over
  // 目標 | 實際) head them.
  const years = yearsRow(row, cols);
  if (
    cols.some(
      (c) =>
        (typeof row?.[c] === 'number' && !years) ||
        isFigureCell(textAt(row, c) ?? '') ||
        DAY_TEXT.test(textAt(row, c) ?? ''),
    )
  )
    return false;
  if (labelledCaption(grid, merges, r, cols, leafCols, span)) return false;
  // A table number or a unit line between the title and the headings (表一 … 单位：万元) is a caption.
  if (cols.some((c) => isCaptionLine(textAt(row, c) ?? ''))) return false;
  let overLeaf = 0;
  for (const c of cols) {
    const m = merges.at(r, c);
    const left = m ? m.left - grid.originCol : c;
    const right = m ? m.right - grid.originCol : c;
    if (leafCols.some((lc) => lc >= left && lc <= right)) overLeaf++;
  }
  return overLeaf >= 1 && cols.every((c) => isHeadingLike(textAt(row, c) ?? yearNumberText(row?.[c]) ?? ''));
}

/**
 * A label and its words across the rest of the table (Objective | Improve economic growth and
 * employability): a caption naming what the table below serves, not a group heading over its columns —
 * its words name no column's role or year, and the label is not merged down into the headings.
 */
function labelledCaption(
  grid: Grid,
  merges: MergeIndex,
  r: number,
  cols: readonly number[],
  leafCols: readonly number[],
  span: number,
): boolean {
  if (cols.length !== 2 || cols[0] !== leafCols[0]) return false;
  const label = merges.at(r, cols[0]);
  if (label && label.bottom - grid.originRow > r) return false;
  const m = merges.at(r, cols[1]);
  const width = m ? m.right - m.left + 1 : 1;
  const text = textAt(grid.values[r], cols[1]) ?? '';
  return width >= span - 1 && width >= 3 && headingScore(text) === 0 && yearLabel(text) === null;
}

/** A table's number (表一, 附表2, Table 3) or its unit line (单位：万元, 金额单位：元, Unit: £000). */
function isCaptionLine(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return (
    /^(附)?表[0-9一二三四五六七八九十]+[:：]?$/.test(t) ||
    /^table\d+[:：.]?$/i.test(t) ||
    /^(计量|金额|数量|計量|金額|數量)?[单單]位[:：]/.test(t) ||
    /^units?[:：]/i.test(t) ||
    // (Units in number), (Rs. in lakh), (in crore), (£000)
    /^[(（](units?in|rs\.?in|in(lakh|crore|million|thousand|number)|£000|\$000)/i.test(t) ||
    // An office's telephone or contact above the table (歙县民生办电话:0559-6521077, Tel: 01234 567890).
    CONTACT_LINE.test(t)
  );
}

/** A contact given with its number or address: 电话:0559-…, 联系人：…, Tel: 01234…, email: …@… */
const CONTACT_LINE = /(?:电话|電話|联系人|聯絡人|传真|傳真|tel|phone|fax)[:：]\s*[\d(（+]|e-?mail[:：]\S+@/i;

/** A text that can head columns: short, not a sentence. */
function isHeadingLike(text: string, longest = 45): boolean {
  const t = normalizeText(text);
  // Numbers (1.5, 1,000), abbreviations (S. No., Est., Dept.) and a unit in brackets at the end
  // ("Margin Money to be utilized. (Rs. Cr.)") are no sentence's punctuation.
  const words = t
    .replace(/\s*[(（][^()（）]*[)）]\s*$/, '')
    .replace(/\d[.,]\d/g, '')
    .replace(/\b[a-z]{1,4}\.(?=\s|$)/gi, '');
  return t.length > 0 && t.length <= longest && !/[，。；,;.]\s*\S/.test(words);
}

/**
 * The longest heading under a heading merged down beside it ("Mid and East Antrim comparative council
 * position"): the merge says the row is the headings' lower half, so a longer text still heads a column.
 */
const LONGEST_LOWER_HEADING = 80;

/** A section's number before its words: 一、, (一), （二）. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])/;

/** A heading that is a year and nothing else: 2019/20, 2023-24, FY2024, 2019年, 2019年度. */
/** The first half of the year as a heading, with or without its year: H1, H1: 2022-23, 上半年, 1-6月. */
const HALF_YEAR_LABEL =
  /^(?:h1|firsthalf|上半年|1[-—–~至到]6月)[:：]?(?:(?:fy)?(?:19|20)\d{2}(?:[/\-–—]\d{2,4})?(?:年度|年)?)?$/;

/**
 * A project's year by its number (Year 3, Yr 2, 第三年) over its Target | Actual: the years of a
 * programme, counted from its start, not calendar years. Kept apart from them (a negative number), and
 * never named as the table's year.
 */
export function projectYear(text: string): number | null {
  const key = headerKey(text);
  const m = /^(?:year|yr\.?)(\d{1,2})$/.exec(key) ?? /^第([一二三四五六七八九十]|\d{1,2})年$/.exec(key);
  if (!m) return null;
  const n = /\d/.test(m[1]) ? Number(m[1]) : '一二三四五六七八九十'.indexOf(m[1]) + 1;
  return n >= 1 ? -100 + n : null;
}

export function yearLabel(text: string): number | null {
  const key = headerKey(text.replace(YEAR_REMARK, ''));
  const m = /^(?:fy[:：]?)?((?:19|20)\d{2})(?:(?:[/\-–—]|to)(?:\d{2}|(?:19|20)\d{2}))?(?:年度|年)?$/.exec(
    key,
  );
  if (m) return Number(m[1]);
  // 23/24, FY24/25: two short years in a row.
  const s = /^(?:fy)?(\d{2})[/\-–—](\d{2})$/.exec(key);
  return s && (Number(s[1]) + 1) % 100 === Number(s[2]) ? 2000 + Number(s[1]) : null;
}

/** A remark on which year it is after a year (2014/15 (Q1 - previous financial year), 2015/16 (current year)). */
const YEAR_REMARK =
  /\s*[(（][^()（）]*\b(?:previous|prior|last|current|this)\b[^()（）]*\byear\b[^()（）]*[)）]\s*$/i;

function isSubHeadingRow(row: Row): boolean {
  const cols = filledCols(row);
  if (cols.length === 0) return false;
  // A numbered section alone on its row (一、一般公共预算收支完成情况) opens the body, whatever its words.
  if (cols.length === 1 && SECTION_NUMBER.test(String(row?.[cols[0]] ?? '').trim())) return false;
  let hits = 0;
  let years = 0;
  // (years typed as numbers one after another, 2014 | 2015 | 2016 | 2017 under Results | Targets)
  const yearNumbers = consecutiveYears(row);
  for (const c of cols) {
    const v = yearNumbers ? (yearNumberText(row?.[c]) ?? row?.[c]) : row?.[c];
    if (typeof v !== 'string') return false;
    if (v.length > 30 || isFigureText(v)) return false;
    if (headingScore(v) >= 0.6) hits++;
    else if (yearLabel(v) !== null) years++;
  }
  // A row of years under group headings (Actuals › 2016/17 | 2017/18, Aim › 2019/20) heads columns too.
  if (years >= 2 && hits + years === cols.length) return true;
  return hits >= 1 && hits >= cols.length * 0.5;
}

/**
 * True when row r (below heading row h) is the lower half of the headings: some heading cell of row h is
 * merged down into it, and its own cells are short texts (or years) standing under headings of row h.
 */
function isMergedInto(grid: Grid, merges: MergeIndex, h: number, r: number): boolean {
  const row = grid.values[r];
  const cols = filledCols(row);
  if (cols.length === 0) return false;
  // A heading merged down the whole block (绩效指标 beside every row of a form) is a side label, not the
  // upper half of two heading rows: only a merge that ends within the band's rows counts.
  const down = filledCols(grid.values[h]).some((c) => {
    const m = merges.at(h, c);
    return m !== undefined && m.bottom - grid.originRow >= r && m.bottom - grid.originRow <= h + 3;
  });
  if (!down) return false;
  return cols.every((c) => {
    const v = row?.[c];
    const text = typeof v === 'string' ? v : null;
    // A figure typed as text ("10", "≥266米") is data, as the number is.
    if (
      text === null ||
      !isHeadingLike(text, LONGEST_LOWER_HEADING) ||
      isFigureCell(text) ||
      merges.at(r, c)?.top === h + grid.originRow
    )
      return false;
    // Under a heading of row h: the cell itself, or a heading merged across over it.
    return textAt(grid.values[h], c) !== null || merges.at(h, c) !== undefined;
  });
}

/**
 * True when row r belongs to a form's overall goal: its label (年度总体目标完成情况, merged down over the
 * goal's words) covers the row at the table's first column or left of it.
 */
function goalRow(grid: Grid, merges: MergeIndex, r: number, first: number): boolean {
  for (let c = 0; c <= first; c++) {
    const t = coveringText(grid, merges, r, c);
    if (t) return isOverallGoal(t);
  }
  return false;
}

/**
 * A section's label under the headings (Workload Measures, alone in the first column or merged across the
 * table): the body's first group, not a row of sub-headings.
 */
function isSectionBelow(grid: Grid, merges: MergeIndex, r: number, leafCols: readonly number[]): boolean {
  const cols = filledCols(grid.values[r]);
  if (cols.length !== 1 || leafCols.length < 3) return false;
  const c = cols[0];
  const m = merges.at(r, c);
  const across =
    m !== undefined &&
    m.left - grid.originCol <= leafCols[0] &&
    m.right - grid.originCol >= leafCols[leafCols.length - 1];
  return across || c < leafCols[0];
}

function buildBand(grid: Grid, merges: MergeIndex, h: number, floor: number): Band {
  const values = grid.values;
  const leafCols = filledCols(values[h]);
  const rows = [h];
  let width = leafCols.length > 0 ? leafCols[leafCols.length - 1] + 1 : 0;
  // Sub-heading rows below ("Value | Target | Status" under "Q4 2023/24"), and a row the headings are
  // merged down into (预算科目 | 累计完成数 › 中央级 … 合计; MEASURE | ACTUAL › 23/24).
  // A form's overall goal (年度总体目标 | 年初设定目标 | 全年实际完成情况) has its words below, not headings.
  const goal = goalRow(grid, merges, h, leafCols[0] ?? 0);
  const deadlines = deadlineColumns(values[h]);
  // A third row below only where a heading of row h is merged down into it (县名 over four rows).
  for (let r = h + 1; !goal && r < values.length && r <= h + 3; r++) {
    if (isSectionBelow(grid, merges, r, leafCols) || datedUnder(values[r], deadlines)) break;
    const merged = isMergedInto(grid, merges, h, r);
    if (r === h + 3 ? !merged : !isSubHeadingRow(values[r]) && !merged) break;
    rows.push(r);
    const f = filledCols(values[r]);
    if (f.length > 0) width = Math.max(width, f[f.length - 1] + 1);
  }
  // Group rows above (project › sub-project › indicator › owner over 目标任务 | 进度 | 完成比例).
  const span = Math.max(1, width - (leafCols[0] ?? 0));
  for (let r = h - 1; r > floor && r >= h - 4; r--) {
    if (isEmptyRow(values[r])) break;
    // A form's overall goal above its indicators (年度总体目标 | 年初设定目标 | 全年实际完成情况, merged down
    // over the goal's own words) is a block of its own, not headings over them.
    if (goalRow(grid, merges, r, leafCols[0] ?? 0)) break;
    if (!isGroupRow(grid, merges, r, leafCols, span)) break;
    rows.unshift(r);
  }
  const texts = new Map<number, string[]>();
  for (let c = 0; c < width; c++) {
    const list: string[] = [];
    for (const r of rows) {
      // A heading with a colon after it (Target:, 目标任务：) is the heading.
      const t = oneLanguage(coveringText(grid, merges, r, c))?.replace(/\s*[:：]\s*$/, '');
      // A form's column number under its heading (預算數 over ( 1 )) names no role.
      if (t && list[list.length - 1] !== t && !isColumnNumberText(t)) list.push(t);
    }
    if (list.length > 0) texts.set(c, list);
  }
  // A group heading in an unmerged cell stands over the empty cells to its right that have sub-headings.
  for (const r of rows.slice(0, -1)) {
    const row = values[r];
    for (let c = 0; c < width; c++) {
      const t = textAt(row, c);
      if (!t || merges.at(r, c)) continue;
      for (let k = c + 1; k < width; k++) {
        if (textAt(row, k) || merges.at(r, k)) break;
        const below = texts.get(k);
        if (!below || below.length === 0 || below.includes(t)) break;
        below.unshift(t);
      }
    }
  }
  return { rows, texts, width };
}

// ───────────────────────────── roles ─────────────────────────────

const VALUE_ROLES: ReadonlySet<ColumnRoleName> = new Set([
  'target',
  'periodTarget',
  'actual',
  'periodActual',
  'completion',
  'periodCompletion',
  'status',
  'growth',
]);

/**
 * Columns read beside a table that never make one: a self-evaluation's score and full marks (得分 | 分值)
 * also head a form's budget block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分).
 */
const AUXILIARY: ReadonlySet<string> = new Set(['score', 'maxScore', 'deadline', 'gap']);

/** A variance's heading over the column's own words (Variance › to Target, Variance to › Prior Year). */
const VARIANCE_GROUP = /^(?:variance|variation|difference|deviation)(?:\s+(?:to|from|over|against|vs\.?))?$/;

/** The year's plan done (完成年度投资计划, 完成全年目标): an amount or, over percentages, the share of it. */
const DONE_OF_YEAR = /^完成(?:年度|全年).{0,8}(?:计划|目标|任务)$/;

/** The plan done, of no named span (完成投资计划, 完成计划): an amount done, or the share of it. */
const DONE_OF_PLAN = /^完成.{0,6}计划$/;

/**
 * The plan done in amounts (年度计划 | 中央资金 | 完成投资计划 | 投资计划完成率), read as a target: the result,
 * beside the plan. True where the candidate was so changed.
 */
function planDoneAsResult(cand: Candidate, leaf: string, out: readonly Candidate[]): boolean {
  const doneOfPlan = (heading: string) => DONE_OF_PLAN.test(headerParts(heading).key);
  if (cand.role !== 'target' || !doneOfPlan(leaf)) return false;
  if (!out.some((o) => o !== cand && o.role === 'target' && !doneOfPlan(headingLeaf(o.header)))) return false;
  Object.assign(cand, { role: 'actual', group: undefined });
  return true;
}

/** Headings that name either the progress as a result or as a share of the target: the cells decide. */
const PROGRESS_WORDS: ReadonlySet<string> = new Set(
  [
    '进度',
    '当前进度',
    '完成进度',
    '形象进度',
    '进度情况',
    '实施进度',
    '工作进度',
    '进展',
    'progress',
    '%progress',
    'progress%',
  ].map(headerKey),
);

/** The lowest heading over a column (Q2 › Actual: Actual). */
function leafOf(c: { readonly header: string }): string {
  return headingLeaf(c.header);
}

/** The headings over a column's lowest (2024年计划 › 绝对值: 2024年计划); '' for a heading of one row. */
function groupOf(c: { readonly header: string }): string {
  return c.header.split(' › ').slice(0, -1).join(' › ');
}

interface Candidate {
  col: number;
  role: ColumnRoleName;
  score: number;
  header: string;
  unit: string | null;
  period?: RoleColumn['period'];
  org?: string;
  group?: string;
  source: RoleColumn['source'];
  /** The year a year sub-heading names (Actuals › 2017/18): the latest year's columns are this year's. */
  year?: number;
  span?: number;
  /** A measure under a role's heading (年度目标 › 户数(户)): the leaf names the measure, the group the role. */
  measureLeaf?: boolean;
  /** The months a result runs to, as its sub-heading dates it (ACCOMPLISHMENT › as of September: 9). */
  toDateMonths?: number;
  alternates?: number[];
}

/** True when a heading names a plan rather than a result (目标, 计划, target). */
function isPlanWord(text: string): boolean {
  const k = headerKey(text);
  return !/(完成|实际|actual)/.test(k) && /(目标|计划|任务|target|plan)/.test(k);
}

function numericShare(p: ColumnProfile): number {
  if (p.filled === 0) return 0;
  return (p.counts.number + p.counts.percent + p.counts.quantity) / p.filled;
}

/** Resolves an ambiguous heading by the cells below it. */
function byContent(
  role: ColumnRoleName,
  p: ColumnProfile,
  others: readonly Candidate[],
  progressWord: boolean,
  ambiguous: boolean,
  /** A column of texts without a heading stands left of this one: the names, read by their cells. */
  namesLeft = false,
): ColumnRoleName {
  const numeric = numericShare(p);
  const texty = p.filled > 0 ? (p.counts.text + p.counts.sentence) / p.filled : 0;
  if (role === 'name' && numeric >= 0.6 && ambiguous) {
    // 目标任务 over figures is the target (a word that names the task in some sheets, its target in others).
    return others.some((o) => o.role === 'target') ? 'actual' : 'target';
  }
  // Texts under a target's heading where no column names the rows: the rows' names, long ones, or short
  // ones under a heading that names the task in some sheets (类别 | 序号 | 目标任务: 海陵路, 利用外资).
  if (
    role === 'target' &&
    texty >= 0.6 &&
    (p.meanTextLength >= 8 || ambiguous) &&
    !namesLeft &&
    !others.some((o) => o.role === 'name') &&
    // (Targets in words that open with their figure, 60% in 13 weeks, stay targets.)
    p.figureOpens < (p.counts.text + p.counts.sentence) * 0.6
  ) {
    return 'name';
  }
  // A heading that names the task or its target (工作目标, 目标任务) over short texts, beside a target
  // column of its own (完成标准) and no name column: the tasks.
  if (
    role === 'target' &&
    ambiguous &&
    texty >= 0.6 &&
    others.some((o) => o.role === 'target') &&
    !others.some((o) => o.role === 'name')
  ) {
    return 'name';
  }
  // "Goal" over long texts, or over a few repeated down the rows (Real Estate, Real Estate …) or each merged
  // down over its rows (words, not amounts: Php288.057), beside the measures and a target column of their own (Goal | Performance Measure |
  // 2003/04 Target): the goal the measures serve, their category.
  if (
    role === 'target' &&
    texty >= 0.8 &&
    (p.meanTextLength >= 20 ||
      (p.filled >= 3 && p.distinctTexts <= p.filled * 0.6) ||
      ((p.mergedDown ?? 0) >= p.filled * 0.5 && p.textsWithDigits === 0)) &&
    p.figureOpens === 0 &&
    others.some((o) => o.role === 'name') &&
    others.some((o) => o.role === 'target') &&
    !others.some((o) => o.role === 'category')
  ) {
    return 'category';
  }
  if (role === 'actual' && progressWord && p.filled > 0) {
    // 进度 / progress over percentages is a completion rate; over amounts or texts it is the result.
    const pct = (p.counts.percent + p.counts.number) / p.filled;
    if (pct >= 0.6 && p.counts.percent >= p.counts.number && p.maxNumber <= 3) return 'completion';
  }
  // 完成进度 over sentences (完成330个,完成率101.54%) is the result in words, its rate among them.
  if (role === 'completion' && progressWord && texty >= 0.6) return 'actual';
  // A verdict's heading over figures is the figure in its place (84.1% under "Was the Target met?") —
  // unless every one is a 1 or a 0: yes or no, as a list exports them.
  if (role === 'status' && numeric >= 0.6 && p.onesAndZeros < p.filled) return 'actual';
  // …and so is one over figures told with their date or source ("97 per 1 lakh live births (SRS 2018-20)",
  // "1,76,325 (as on 31.1.2025)"), where no other column holds the results.
  if (
    role === 'status' &&
    p.filled >= 3 &&
    p.figureOpens >= p.filled * 0.6 &&
    p.counts.status === 0 &&
    !others.some((o) => o.role === 'actual')
  ) {
    return 'actual';
  }
  // "Result" over marks alone (*, **, ◯, ■), beside figures headed as results: the office's verdict, each
  // mark explained by a key.
  if (role === 'actual' && p.filled >= 2 && p.marks === p.filled && others.some((o) => o.role === 'actual'))
    return 'status';
  // "Result" over ticks and crosses (✔ ✗, Achieved / Not achieved), or 进度情况 over 滞后 / 超序时: the
  // verdict, not the figure.
  // (A verdict merged down over its rows counts for each of them.)
  if (
    (role === 'actual' || (role === 'completion' && progressWord)) &&
    p.filled > 0 &&
    (p.counts.status + (p.mergedVerdictRows ?? 0) + p.counts.na) / (p.filled + (p.mergedRows ?? 0)) >= 0.8 &&
    p.counts.status > 0
  ) {
    return 'status';
  }
  // "Aim" over figures is the target, not higher-or-lower words.
  if (role === 'direction' && numeric >= 0.6 && !others.some((o) => o.role === 'target')) return 'target';
  return role;
}

/**
 * A category heading left of `col` over a different text on each row (Level of service | Actual |
 * Target): what the rows measure, should no heading name them.
 */
function rowsOwnCategoryLeft(
  cands: readonly Candidate[],
  profiles: ReadonlyMap<number, ColumnProfile>,
  col: number,
): boolean {
  // (A category on a few of the rows groups them: 经济指标 over three rows, 重点项目 over three more.)
  const rows = profiles.get(col)?.filled ?? 0;
  return cands.some((o) => {
    const p = o.role === 'category' && o.col < col ? profiles.get(o.col) : undefined;
    if (!p || p.filled < 2 || p.filled < rows * 0.8) return false;
    const texts = p.counts.text + p.counts.sentence;
    return texts >= p.filled * 0.8 && p.distinctTexts >= texts * 0.8;
  });
}

/**
 * Sub-headings that say "this period's figure" and nothing more (本期 beside 同期 | 增减率 under 累计): the
 * column takes the role of the group heading over it.
 */
const THIS_PERIOD_WORDS: ReadonlySet<string> = new Set(
  [
    '本期',
    '本期数',
    '本年',
    '本年数',
    '今年',
    '当年',
    '本期累计',
    '本年累计',
    '金额',
    '数额',
    '绝对额',
    // the figure itself beside its growth (1-10月 › 绝对值 | 同比增长%)
    '绝对值',
    '绝对数',
    '总量',
    '总额',
    '数值',
    '累计值',
  ].map(headerKey),
);

/** Leaves that name no role, only the figure under a heading that does (Baseline › Data). */
const FIGURE_LEAVES: ReadonlySet<string> = new Set(['data', 'value', 'values', 'figure', 'figures']);

/**
 * The figure under the heading that names it (Baseline › Data | Year, Latest › Data | Year, Target › Value):
 * the heading's role; the leaf says only that it is the figure (its year is beside it).
 */
function figureUnderHeading(
  leaf: string,
  upper: readonly string[],
  unit: string | null,
): { role: ColumnRoleName; score: number; unit: string | null } | null {
  if (upper.length === 0 || !FIGURE_LEAVES.has(headerKey(leaf))) return null;
  const over = upper[upper.length - 1];
  const above = headerRoles(over)[0];
  if (!above || (above.role !== 'baseline' && above.role !== 'target' && above.role !== 'actual'))
    return null;
  return { role: above.role, score: above.score * 0.9, unit: unit ?? bracketUnit(over) };
}

/** The role of the nearest group heading over a 本期 sub-heading, when it names a target or a result. */
function groupRole(
  upper: readonly string[],
): { role: ColumnRoleName; score: number; unit: string | null } | null {
  for (let i = upper.length - 1; i >= 0; i--) {
    const r = headerRoles(upper[i])[0];
    if (!r) continue;
    if (r.role !== 'actual' && r.role !== 'target' && r.role !== 'periodTarget') return null;
    return { role: r.role, score: r.score * 0.9, unit: bracketUnit(upper[i]) };
  }
  return null;
}

/** The words of a target heading around the part of the year it names (Target for …, Target (…)). */
const TARGET_WORDS = /\btargets?\b|\bfor\b|\b(?:to|by|until|up to|at)\s+(?:the\s+)?end\s+of\b|[()（）]/g;
const HALF_IN_TARGET = /\b(?:half[- ]?year(?:ly)?|first half|h1|mid[- ]?year|six[- ]months?)\b/;
const TO_THE_END =
  /\b(?:to|by|until|up to|at)\s+(?:the\s+)?end\s+of\b|\bcumulative\b|\bytd\b|\byear to date\b/;
const WHOLE_YEAR = /\b(?:annual|full[- ]year|year[- ]end|whole year|for the year)\b/;

/**
 * The part of the year an English target heading names: a quarter's plan (Target for Quarter 1, Target
 * (Q2), Quarter 2 target — one among the quarters' plans, or the period's own target when it is the only
 * one: lonePlanIsTarget), or a target for the months to date (Target to end of Q2, Half year target).
 * Null for a heading of the whole year or of no part of it.
 */
function partOfYearInTarget(
  leaf: string,
): { role: 'periodPlan' | 'periodTarget'; period?: RoleColumn['period']; span?: number } | null {
  const t = normalizeText(leaf).toLowerCase();
  if (WHOLE_YEAR.test(t)) return null;
  // The quarter in the words the quarter headings use (Q2, Quarter 1, first quarter).
  const q = headingPeriod(t.replace(TARGET_WORDS, ' ').trim());
  // A target to the end of a month (Target to end of Oct 21): the target for the months to date.
  if (q?.kind === 'month' && TO_THE_END.test(t)) return { role: 'periodTarget' };
  if (q?.kind === 'quarter') {
    const period = { kind: 'quarter' as const, index: q.index };
    return TO_THE_END.test(t)
      ? { role: 'periodTarget', period, span: (q.index + 1) * 3 }
      : { role: 'periodPlan', period };
  }
  return HALF_IN_TARGET.test(t) ? { role: 'periodTarget', span: 6 } : null;
}

/** The year of the month a result runs to (Actuals to end of Oct 20, Achievement up to Oct 21): 2020, 2021. */
function yearOfMonthTo(leaf: string): number | null {
  return monthTo(leaf)?.year ?? null;
}

/** The month and year a result runs to (Achieved 01 April 06 to 30 June 06: June 2006), else null. */
function monthTo(leaf: string): { year: number; month: number } | null {
  const t = normalizeText(leaf).toLowerCase();
  const to =
    /\b(?:to|by|until|up to|upto|till)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(.+)$/.exec(
      t,
    );
  const p = to ? headingPeriod(to[1].trim()) : null;
  return p?.kind === 'month' && p.year !== undefined ? { year: p.year, month: p.index + 1 } : null;
}

/** A sub-heading that dates what is under it: as of September, as at 31 December, up to June. */
const AS_OF_LEAF = /^\s*(?:as\s+(?:of|at|on)|up\s+to|to\s+end\s+of|through)\s/i;

/**
 * A column under a comparison's heading: under a gap's (与控制指标进度目标比较 › 当月 | 累计: 低12人 | 低90人)
 * the gap to date, the month's own not read; under last year's (与去年同期对比 › 累计: 减少244人) the change,
 * no result. Undefined when the heading above is no comparison.
 */
function underComparison(upper: readonly string[], leaf: string): 'gap' | null | undefined {
  const over = upper[upper.length - 1];
  if (over === undefined) return undefined;
  if (LAST_YEAR_GROUP.test(headerKey(over))) return null;
  if (headerRoles(over)[0]?.role !== 'gap') return undefined;
  if (headerRoles(leaf)[0]?.role === 'actual' || /累计/.test(leaf)) return 'gap';
  return /^(?:当月|本月|当期|本期|当季|本季)$/.test(headerKey(leaf)) ? null : undefined;
}

/** A group heading comparing with the same time last year: 与去年同期对比, 比上年同期, 同比. */
const LAST_YEAR_GROUP = /^(?:(?:与|比)(?:去年|上年)同期(?:对比|相比|比较|比)?|同比(?:增减|变化|情况)?)$/;

/** A group heading over what is under way, not done: 在建住房, 在建项目, 在建. */
const UNDER_WAY_GROUP = /^在建/;

function roleFromTexts(
  texts: readonly string[],
  /** Another column under the same headings names its target (Standard › Target (%) | Actual (%)). */
  targetBeside = false,
): {
  role: ColumnRoleName;
  score: number;
  period?: RoleColumn['period'];
  unit: string | null;
  year?: number;
  span?: number;
  measureLeaf?: boolean;
  toDateMonths?: number;
} | null {
  const leaf = texts[texts.length - 1];
  const upper = texts.slice(0, -1);
  const unit = bracketUnit(leaf);
  // Under a variance's heading (Variance › to Target, Variance to › Prior Year): the gap to the target, or
  // a change from last year that nothing here judges; its notes stay notes.
  const over =
    upper.length > 0
      ? normalizeText(upper[upper.length - 1])
          .toLowerCase()
          .trim()
      : '';
  if (VARIANCE_GROUP.test(over) && headerRoles(leaf)[0]?.role !== 'notes') {
    return /\b(?:target|plan|budget)\b/i.test(leaf) ? { role: 'gap', score: 0.9, unit } : null;
  }
  const comparison = underComparison(upper, leaf);
  if (comparison !== undefined) return comparison && { role: comparison, score: 0.9, unit };
  // What is under way, beside what is done (在建住房 › 户数 | 占计划(%) beside 完成住房 › …): not a result.
  if (upper.some((u) => UNDER_WAY_GROUP.test(headerKey(u)))) return null;
  // Twelve months from a month of one year (Apr 2023 to Mar 2024): that year's result, the year named by
  // its start (yearsOfResults then tells the latest from the year before).
  const twelve = twelveMonthsFrom(leaf);
  if (twelve !== null) return { role: 'actual', score: 0.9, unit, year: twelve };
  // A period heading: a quarter or month column (an actual, or a plan under a 目标 / 计划 group).
  const p = headingPeriod(leaf);
  if (p) {
    const plan = p.plan || upper.some(isPlanWord);
    const period = { kind: p.kind, index: p.index, ...(p.year !== undefined ? { year: p.year } : {}) };
    return { role: plan ? 'periodPlan' : 'periodActual', score: 1, period, unit };
  }
  // A plan for the months to date, longer than the period perhaps (前三季度投资计划 at 1-7月).
  const span = spanOfTarget(leaf);
  if (span !== null) return { role: 'periodTarget', score: 1, unit, span };
  const roles = headerRoles(leaf);
  // A target for a part of the year (Target for Quarter 1, Target (Q2), Half year target).
  const part =
    roles[0]?.role === 'target' || (roles.length === 0 && /^targets?\b/i.test(normalizeText(leaf)))
      ? partOfYearInTarget(leaf)
      : null;
  if (part) return { ...part, score: roles[0]?.score ?? 0.8, unit };
  const figure = figureUnderHeading(leaf, upper, unit);
  if (figure) return figure;
  if (roles.length > 0 && roles[0].role !== 'ignore') {
    let role = roles[0].role as ColumnRoleName;
    // Under a period group ("一季度" over 目标 | 完成; "Q4 2023/24" over Value | Target | Status).
    // The period is the table's own: the value is the result to date, the target the period's.
    const groupAt = upper.findIndex((u) => headingPeriod(u) !== null);
    const groupPeriod = groupAt >= 0 ? headingPeriod(upper[groupAt]) : null;
    if (groupPeriod && (role === 'target' || role === 'actual' || role === 'periodTarget')) {
      // With its year (Q3 2016/17 › Value beside Q2 2017/18 › Value: a rolling window of quarters).
      const year = groupPeriod.year ?? yearInHeading(upper[groupAt]);
      const period = {
        kind: groupPeriod.kind,
        index: groupPeriod.index,
        ...(year !== null && year !== undefined ? { year } : {}),
      };
      return { role: role === 'actual' ? 'actual' : 'periodTarget', score: roles[0].score, period, unit };
    }
    // 目标 / 完成 under a year group ("2019年" over 目标 | 完成) keep their plain roles, and so does a target
    // under a results heading (SERVICE/PRODUCT RESULTS › TARGET | ACTUAL ACCOMPLISHMENT, 1-7月完成情况 ›
    // 年度投资计划 | 1-7月完成投资).
    if (shareOfTargetAbove(role, unit, upper, targetBeside)) role = 'completion';
    // A year over the heading (FY 2023 › Actual, FY 2025 › Target), or in a target's or a result's own
    // words (FY 2010 Targeted, 03/04 est out-turn): the column is that year's.
    const year =
      upper.map((u) => yearLabel(u) ?? projectYear(u)).find((y) => y !== null) ??
      (role === 'target' || role === 'actual' ? (yearInHeading(leaf) ?? yearOfMonthTo(leaf)) : null);
    return { role, score: roles[0].score, unit, ...(year != null ? { year } : {}) };
  }
  if (roles.length > 0) return null; // a column to ignore (trend, score, deadline…)
  // 本期 under a result's heading is that result; so is 合计 beside its parts (累计完成数 › 中央级 | 省级 | 合计).
  if (upper.length > 0 && (THIS_PERIOD_WORDS.has(headerParts(leaf).key) || isTotalName(leaf))) {
    const g = groupRole(upper);
    if (g) return { role: g.role, score: g.score, unit: unit ?? g.unit };
  }
  // The first half under a target's heading (Target › H1: 2022-23, 目标 › 上半年): the target to date.
  if (upper.length > 0 && HALF_YEAR_LABEL.test(headerKey(leaf))) {
    const g = groupRole(upper);
    if (g?.role === 'target') return { role: 'periodTarget', score: g.score, unit: unit ?? g.unit };
  }
  // A year under a group heading (Actuals › 2017/18, Aim › 2019/20): the group's role, in that year.
  const year = upper.length > 0 ? yearLabel(leaf) : null;
  if (year !== null) {
    const g = headerRoles(upper[upper.length - 1])[0];
    if (g && g.role !== 'ignore' && g.role !== 'name' && g.role !== 'category') {
      return { role: g.role as ColumnRoleName, score: g.score * 0.9, unit, year };
    }
  }
  // A date a result's heading runs to (ACCOMPLISHMENT › as of September | as of December): the result to
  // that date; the latest is the table's (latestToDate).
  if (upper.length > 0 && AS_OF_LEAF.test(leaf)) {
    const g = groupRole(upper);
    const stated = statedPeriod(leaf, 1);
    if (g?.role === 'actual' && stated && !stated.weak) {
      const months = Math.round(elapsedFraction(stated.period) * 12);
      return { role: 'actual', score: g.score, unit: unit ?? g.unit, toDateMonths: months };
    }
  }
  // A measure under a target's or a result's heading (年度目标 › 户数(户) | 资金(万元), 1-9月完成 › 户数(户) |
  // 资金(万元)): the heading's role, for the measure the leaf names (crossTabGroups pairs them).
  if (upper.length > 0 && isHeadingLike(leaf) && !/^\d/.test(leaf.trim())) {
    const g = groupRole(upper);
    if (g && g.role !== 'periodTarget')
      return { role: g.role, score: g.score, unit: unit ?? g.unit, measureLeaf: true };
  }
  return null;
}

/**
 * A year over verdicts (Outcome | 2018-19: Achieved | 2019-20: -): that year's status, as its heading and
 * its words together say.
 */
function yearVerdicts(out: Candidate[], band: Band, profiles: ReadonlyMap<number, ColumnProfile>): void {
  for (const [c, texts] of band.texts) {
    if (out.some((o) => o.col === c)) continue;
    const p = profiles.get(c);
    const year = yearLabel(texts[texts.length - 1]);
    if (!p || year === null || p.filled === 0 || p.counts.status < p.filled * 0.6) continue;
    out.push({
      col: c,
      role: 'status',
      score: 0.6,
      header: texts.join(' › '),
      unit: null,
      year,
      source: 'header',
    });
  }
}

/**
 * "Achieved (%)" under a target's heading (Yearly Target › Balance | Achieved (%)): the share of that target
 * reached, not the result — unless the group holds a target of its own, when the group is a kind of case
 * and this its result (Standard › Target (%) | Actual (%) beside Enhanced › Target (%) | Actual (%)).
 */
function shareOfTargetAbove(
  role: ColumnRoleName,
  unit: string | null,
  upper: readonly string[],
  targetBeside: boolean,
): boolean {
  if (role !== 'actual' || unit !== '%' || targetBeside) return false;
  return upper.some((u) => headerRoles(u)[0]?.role === 'target');
}

/** The upper headings (joined) over a column headed as a target: a group that holds its own target. */
function groupsWithTarget(band: Band): Set<string> {
  const out = new Set<string>();
  for (const texts of band.texts.values()) {
    if (texts.length > 1 && headerRoles(texts[texts.length - 1])[0]?.role === 'target')
      out.add(texts.slice(0, -1).join('\u0000'));
  }
  return out;
}

/** Each column whose headings name its role, by those words alone. */
function rolesByHeadings(band: Band): Candidate[] {
  const out: Candidate[] = [];
  const withTarget = groupsWithTarget(band);
  for (const [c, texts] of band.texts) {
    const r = roleFromTexts(texts, texts.length > 1 && withTarget.has(texts.slice(0, -1).join('\u0000')));
    if (!r) continue;
    out.push({
      col: c,
      role: r.role,
      score: r.score,
      header: texts.join(' › '),
      unit: r.unit,
      period: r.period,
      source: 'header',
      ...(r.year !== undefined ? { year: r.year } : {}),
      ...(r.span !== undefined ? { span: r.span } : {}),
      ...(r.measureLeaf ? { measureLeaf: true } : {}),
      ...(r.toDateMonths !== undefined ? { toDateMonths: r.toDateMonths } : {}),
    });
  }
  return out;
}

function assignRoles(
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  exclusive: (cols: readonly number[]) => number[] | null,
): Candidate[] {
  const out = rolesByHeadings(band);
  // Target X beside Actual X (or Completed X): the target and the result of the measure the pair names.
  const leaves = [...band.texts.values()].map((t) => t[t.length - 1]);
  for (const [c, texts] of band.texts) {
    if (out.some((o) => o.col === c)) continue;
    const leaf = texts[texts.length - 1];
    const role = isPairedTarget(leaf, leaves) ? 'target' : isPairedResult(leaf, leaves) ? 'actual' : null;
    if (role === null) continue;
    const unit = bracketUnit(leaf);
    out.push({ col: c, role, score: 0.8, header: texts.join(' › '), unit, source: 'header' });
  }
  // Content decides between the readings of ambiguous words.
  for (const cand of out) {
    const p = profiles.get(cand.col);
    if (!p) continue;
    const leaf = band.texts.get(cand.col)?.slice(-1)[0] ?? '';
    const progress = PROGRESS_WORDS.has(headerParts(leaf).key);
    const ambiguous = headerRoles(leaf).filter((x) => x.score >= 0.8).length > 1;
    // The year's plan done (完成年度投资计划, 完成年度目标任务) over percentages, or over small figures beside
    // a result of its own (1-6月完成 1414.4 | 完成年度目标任务 50.1): the share of it done, not the amount.
    const shares =
      p.filled > 0 &&
      (p.counts.percent / p.filled >= 0.6 ||
        (p.counts.number / p.filled >= 0.6 &&
          p.maxNumber <= 150 &&
          out.some((o) => o !== cand && o.role === 'actual')));
    if (DONE_OF_YEAR.test(headerParts(leaf).key) && shares) {
      cand.role = 'completion';
      continue;
    }
    if (!shares && planDoneAsResult(cand, leaf, out)) continue;
    const role = byContent(
      cand.role,
      p,
      out.filter((o) => o !== cand),
      progress,
      ambiguous,
      textsLeftUnheaded(band, profiles, cand.col) ||
        rowsOwnCategoryLeft(out, profiles, cand.col) ||
        (cand.role === 'target' && fullerTextsLeft(band, profiles, cand.col)),
    );
    // A benchmark in words beside the year's own target (Benchmark | 2005/06 Target: "2004/05 Strategic
    // Plan in place") is where the measure started from, never a group of the rows.
    if (role === 'category' && isStandardHeading(leaf)) {
      Object.assign(cand, { role: 'baseline', score: Math.min(cand.score, 0.8) });
      continue;
    }
    if (role !== cand.role) {
      cand.role = role;
      cand.score = Math.min(cand.score, 0.8);
    }
  }
  signBeforeFigure(out, band, profiles);
  byLevels(out, band);
  // Places, firms or services beside another name column are not the names (县区 | 项目名称 | 年度目标任务;
  // 企业 | 指标 | 1-9月累计实现): they group the rows, where no other column does.
  if (out.some((o) => o.role === 'name' && !isRowLabelHeading(o.header))) {
    let grouped = out.some((o) => o.role === 'category');
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].role !== 'name' || !isRowLabelHeading(out[i].header)) continue;
      if (!grouped && !isYearHeading(out[i].header)) {
        out[i].role = 'category';
        grouped = true;
      } else out.splice(i, 1);
    }
  }
  goalNamesBesideTargets(out, profiles);
  targetAndResult(out);
  yearsBesideProjections(out, band, profiles);
  const years = latestYear(out, (col) => profiles.get(col));
  currentOverYear(out);
  verdictsUnderTarget(out, profiles);
  statusByWords(out, profiles);
  // Unknown headings over figures: organisations side by side (SSHA | MMHA), each its own actual —
  // unless a heading already names the actual (then an unknown column of figures is something else,
  // such as 项目个数), or the columns are years side by side (FY 2024 › Estimate is history).
  const periodOnly = periodOnlyResult(band, profiles, out);
  if (periodOnly) out.push(periodOnly);
  planYearsBesideAttribute(out, band, profiles);
  if (!out.some((o) => o.role === 'actual' || o.role === 'periodActual') && !years)
    out.push(...resultsByCells(band, profiles, out));
  datedResults(out);
  yearVerdicts(out, band, profiles);
  yearsOfResults(out);
  latestToDate(out);
  periodPairBesideToDate(out);
  latestPeriodGroup(out, (col) => profiles.get(col)?.filled);
  unpairedMeasures(out, band, exclusive);
  return out;
}

/**
 * A plan's table of its indicators by year beside their attribute (指标 | 2020年 | 2025年 | 属性, 预期性 /
 * 约束性): the plan's last year is its target, an earlier year its base — where no heading names a target.
 */
function planYearsBesideAttribute(
  out: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  if (out.some((o) => o.role === 'target' || o.role === 'actual')) return;
  if (!out.some((o) => o.role === 'direction' && PLAN_ATTRIBUTE_HEADING.test(headerKey(o.header)))) return;
  const years: { col: number; year: number; header: string }[] = [];
  for (const [col, texts] of band.texts) {
    if (out.some((o) => o.col === col)) continue;
    const leaf = texts[texts.length - 1];
    const year = yearLabel(leaf);
    const p = profiles.get(col);
    if (year !== null && p && p.filled > 0) years.push({ col, year, header: texts.join(' › ') });
  }
  if (years.length === 0) return;
  years.sort((a, b) => b.year - a.year);
  const [last, ...earlier] = years;
  out.push({
    col: last.col,
    role: 'target',
    score: 0.8,
    header: last.header,
    unit: null,
    year: last.year,
    source: 'header',
  });
  const base = earlier[0];
  if (base && !out.some((o) => o.role === 'baseline'))
    out.push({
      col: base.col,
      role: 'baseline',
      score: 0.8,
      header: base.header,
      unit: null,
      source: 'header',
    });
  out.sort((a, b) => a.col - b.col);
}

const PLAN_ATTRIBUTE_HEADING = /^(?:指标)?属性$/;

/**
 * Unknown headings over figures where no heading names a result: each its own actual, an organisation's
 * (SSHA | MMHA) or a year's, found by its cells.
 */
function resultsByCells(
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  out: readonly Candidate[],
): Candidate[] {
  const found: Candidate[] = [];
  for (const [c, texts] of band.texts) {
    if (out.some((o) => o.col === c)) continue;
    const p = profiles.get(c);
    if (!p || p.filled === 0) continue;
    const leaf = texts[texts.length - 1];
    if (headerRoles(leaf).some((x) => x.role === 'ignore')) continue;
    if (numericShare(p) >= 0.5 && leaf.length <= 40) {
      const year = yearLabel(leaf);
      found.push({
        col: c,
        role: 'actual',
        score: 0.6,
        header: texts.join(' › '),
        // (its heading's unit is the rows', however the column was found: 前10月累计完成投资(亿元))
        unit: bracketUnit(leaf),
        ...(year !== null ? { year } : { org: leaf }),
        source: 'content',
      });
    }
  }
  return found;
}

/**
 * A goal's heading over names, not figures, beside a target's column of figures (Goal | Category |
 * Indicator | … | Expected – Program Year, as a US grantee's yearly report has it): the goals the rows
 * serve, their category where none is named, never the target.
 */
function goalNamesBesideTargets(out: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  const figures = (c: Candidate) => {
    const p = profiles.get(c.col);
    return p !== undefined && p.filled > 0 && numericShare(p) >= 0.5;
  };
  const named = (c: Candidate) => {
    const p = profiles.get(c.col);
    return p !== undefined && p.filled > 0 && numericShare(p) === 0 && p.figureOpens === 0;
  };
  const targets = out.filter((c) => c.role === 'target' && !c.org && !c.group);
  if (!targets.some(figures) || !out.some((c) => c.role === 'name')) return;
  for (const c of targets) {
    if (!GOAL_ALONE.test(headerKey(c.header)) || !named(c)) continue;
    if (out.some((o) => o.role === 'category')) out.splice(out.indexOf(c), 1);
    else c.role = 'category';
  }
}

const GOAL_ALONE = /^(?:goals?|goalname|goaltitle)$/;

/**
 * Columns of figures found by their cells, each headed by a day (2024年12月31日(经审计) | 2023年12月31日(经审计),
 * 2023年6月30日 | 2022年12月31日, 31 March 2024 | 31 March 2023): the figures as they stood on each day, the
 * latest the result, the one before it in an earlier year last year's, any others history — not
 * organisations side by side.
 */
function datedResults(out: Candidate[]): void {
  const dated = out
    .filter((c) => c.role === 'actual' && c.source === 'content' && c.org !== undefined)
    .map((c) => ({ c, day: dayWithMonthAndYear(c.org!) }))
    .filter((d): d is { c: Candidate; day: number } => d.day !== null);
  if (dated.length < 2 || dated.length !== out.filter((c) => c.role === 'actual').length) return;
  dated.sort((a, b) => b.day - a.day);
  if (dated[0].day === dated[1].day) return;
  const latestYear = Math.floor(dated[0].day / 10000);
  for (const [i, { c, day }] of dated.entries()) {
    delete c.org;
    if (i === 0) continue;
    const earlierYear = Math.floor(day / 10000) < latestYear;
    c.role = earlierYear && !out.some((o) => o.role === 'previous') ? 'previous' : 'history';
  }
}

/**
 * The one column of figures headed by a period alone ("(Dec Qtr)", "March quarter 2024", H1) beside
 * headings that name no result: the period's result. Another unnamed column beside it ("Total Number
 * (Dec Qtr)", the cases counted) is then no organisation's result.
 */
function periodOnlyResult(
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  out: readonly Candidate[],
): Candidate | null {
  if (out.some((o) => o.role === 'actual' || o.role === 'periodActual' || o.role === 'history')) return null;
  const found: Candidate[] = [];
  for (const [c, texts] of band.texts) {
    const p = profiles.get(c);
    if (out.some((o) => o.col === c) || !p || numericShare(p) < 0.5) continue;
    const leaf = normalizeText(texts[texts.length - 1]).trim();
    const stated = leaf.length <= 30 ? statedPeriod(leaf) : null;
    if (!stated || stated.weak) continue;
    const rest = leaf.replace(stated.text, '').replace(/[\s()（）[\]]/g, '');
    if (rest === '' && headerRoles(leaf).length === 0)
      found.push({
        col: c,
        role: 'actual',
        score: 0.7,
        header: texts.join(' › '),
        unit: null,
        source: 'content',
      });
  }
  return found.length === 1 ? found[0] : null;
}

/**
 * Two headings that name the result, one over figures and one over words only (Performance › "number of
 * employees compensated" | Actual › 52; Results › "Return on expenditure exceeded target" | Actual ›
 * 2.91): the figures are the result. The words name the measure where no heading names the rows and they
 * differ row by row; else they speak of the result, as notes; verdicts (Performance | Position: Met, Not
 * met) are the status.
 */
function wordsBesideFigureResults(
  out: Candidate[],
  profiles: ReadonlyMap<number, ColumnProfile>,
  /** The body's rows, whose words may speak of the result (exceeded target, 未完成) or be verdicts. */
  body: { readonly grid: Grid; readonly from: number; readonly to: number },
): void {
  const talksOfResults = (col: number) => resultTalkDown(body.grid, col, body.from, body.to);
  const verdicts = (col: number) => verdictsDown(body.grid, col, body.from, body.to);
  const results = out.filter(
    (c) => c.role === 'actual' && !c.org && !c.group && !c.period && c.year === undefined,
  );
  if (results.length < 2) return;
  const profile = (c: Candidate) => profiles.get(c.col);
  const figures = (c: Candidate): boolean => {
    const p = profile(c);
    return !!p && p.filled > 0 && numericShare(p) >= 0.6;
  };
  const words = (c: Candidate): boolean => {
    const p = profile(c);
    return (
      !!p &&
      p.filled >= 2 &&
      // (a verdict here and there among the accounts of progress: still words, not a status column)
      (p.counts.text + p.counts.sentence + p.counts.status) / p.filled >= 0.8 &&
      numericShare(p) === 0 &&
      p.counts.status * 2 < p.filled
    );
  };
  if (!results.some(figures)) return;
  const named = out.some((o) => o.role === 'name');
  let status = out.some((o) => o.role === 'status');
  for (const c of results) {
    // Verdicts in words beside the figures (Performance | Position: Met, Not met): the status.
    if (!status && !figures(c) && verdicts(c.col)) {
      c.role = 'status';
      c.score = Math.min(c.score, 0.8);
      status = true;
      continue;
    }
    if (!words(c)) continue;
    const p = profile(c)!;
    const names =
      !named && p.counts.status === 0 && p.distinctTexts >= p.filled * 0.8 && !talksOfResults(c.col);
    c.role = names ? 'name' : 'notes';
    c.score = Math.min(c.score, 0.8);
  }
}

/**
 * The results beside words (wordsBesideFigureResults), the growth beside verdicts taken as the result
 * (verdictsBesideGrowth), and results since an earlier year left out (withoutResultsSince).
 */
function resultsBesideWords(
  cands: Candidate[],
  profiles: ReadonlyMap<number, ColumnProfile>,
  body: { readonly grid: Grid; readonly from: number; readonly to: number },
): Candidate[] {
  wordsBesideFigureResults(cands, profiles, body);
  verdictsBesideGrowth(cands, profiles, (col) => verdictsDown(body.grid, col, body.from, body.to));
  return withoutResultsSince(cands);
}

/**
 * A result added up since an earlier year (Total housing progress since 2022, 2019年以来累计完成) beside
 * the year's own (2023 housing progress): several years' work, against no year's target; not read.
 */
function withoutResultsSince(cands: Candidate[]): Candidate[] {
  const results = cands.filter((c) => c.role === 'actual' && !c.group && !c.period);
  const since = results.filter((c) => SINCE_YEAR.test(normalizeText(c.header)));
  if (since.length === 0 || since.length === results.length) return cands;
  return cands.filter((c) => !since.includes(c));
}

const SINCE_YEAR = /\bsince\s+(?:fy\s*)?(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*年?(?:以来|至今)/i;

/**
 * The result's heading over verdicts only, beside a column of growth in figures (年度约束性目标(下降%) |
 * 前三季度同比(下降%) | 完成情况: 超过年度约束性目标要求): the growth is the result, the words the office's
 * verdict on it — where no status column stands beside them.
 */
function verdictsBesideGrowth(
  cands: Candidate[],
  profiles: ReadonlyMap<number, ColumnProfile>,
  verdicts: (col: number) => boolean,
): void {
  const own = (role: Candidate['role']) =>
    cands.filter((c) => c.role === role && !c.org && !c.group && !c.period && c.year === undefined);
  const results = own('actual');
  const growth = own('growth');
  if (results.length !== 1 || growth.length !== 1 || own('status').length > 0) return;
  const words = profiles.get(results[0].col);
  const figures = profiles.get(growth[0].col);
  if (!words || !figures || figures.filled === 0 || numericShare(figures) < 0.6) return;
  if (numericShare(words) > 0 || !verdicts(results[0].col)) return;
  results[0].role = 'status';
  growth[0].role = 'actual';
}

/**
 * Measures under their roles' headings stand only where every figure column is one, paired
 * (measuresUnderRoles); else the leaves are parts of one figure (累计完成数 › 中央级 | 省级 | 合计) and no
 * column of their own.
 */
function unpairedMeasures(
  out: Candidate[],
  band: Band,
  exclusive: (cols: readonly number[]) => number[] | null,
): void {
  const measures = out.filter((c) => c.measureLeaf);
  if (measures.length === 0) return;
  if (
    measuresUnderRoles(
      out.filter((c) => VALUE_ROLES.has(c.role)),
      band,
    )
  )
    return;
  for (const c of measures) out.splice(out.indexOf(c), 1);
  alternativeTargets(measures, out, exclusive);
}

/**
 * Columns under one target's or one result's heading of which no row fills two (Target › Industry |
 * Distributor: a standard for some measures, the office's own for others; 本月进展情况 › 前期手续 | 在建形象进度:
 * a project's stage): one column, the row's cell in whichever it fills. Parts of one figure (中央级 | 省级 |
 * 合计) fill several on a row and stay out.
 */
function alternativeTargets(
  measures: readonly Candidate[],
  out: Candidate[],
  exclusive: (cols: readonly number[]) => number[] | null,
): void {
  for (const role of ['target', 'actual'] as const) {
    if (out.some((c) => c.role === role && !c.org && !c.group)) continue;
    const own = measures.filter((c) => c.role === role && !c.org && !c.group && !c.period);
    const under = own.filter((c) => groupOf(c) === groupOf(own[0]));
    if (under.length < 2 || under.length !== own.length) continue;
    // The most filled first: the column the table's other rules look at.
    const order = exclusive(under.map((c) => c.col));
    if (!order) continue;
    const first = under.find((c) => c.col === order[0])!;
    out.push({
      ...first,
      header: groupOf(first),
      measureLeaf: false,
      score: Math.min(first.score, 0.8),
      alternates: order.slice(1),
    });
  }
}

/** The period a column's upper heading names (Q2 › Actual, 二季度 › 完成): null where none does. */
function periodAbove(c: Candidate): { kind: 'quarter' | 'month'; index: number } | null {
  const parts = c.header.split(' › ');
  for (let i = parts.length - 2; i >= 0; i--) {
    const p = headingPeriod(parts[i]);
    if (p) return p.plan ? null : p;
  }
  return null;
}

/**
 * Each quarter (or month) over its own result, target and verdict (Q1 › Target | Actual | RAG, Q2 ›
 * Target | Actual | RAG …): the latest period with results is the table's; the periods before it are
 * history, kept and not judged. Only periods without their years (a rolling window of quarters with
 * years is told by headingPeriodColumn).
 */
function latestPeriodGroup(cands: Candidate[], filledOf: (col: number) => number | undefined): void {
  const results = cands.filter(
    (c) => c.role === 'actual' && c.period && c.period.year === undefined && !c.org && !c.group,
  );
  const kinds = new Set(results.map((c) => c.period!.kind));
  const indices = new Set(results.map((c) => c.period!.index));
  if (kinds.size !== 1 || indices.size < 2 || indices.size !== results.length) return;
  // Beside the year's own target (年度目标 | 一季度 › 计划 | 完成 …) the quarters' figures may be each
  // quarter's own or totals to date: left to the reading as it stands.
  if (cands.some((c) => c.role === 'target' && !periodAbove(c) && !c.org && !c.group)) return;
  const withData = results.filter((c) => (filledOf(c.col) ?? 0) > 0);
  if (withData.length === 0) return;
  const latest = Math.max(...withData.map((c) => c.period!.index));
  const kind = results[0].period!.kind;
  for (const c of cands) {
    const p = periodAbove(c);
    if (!p || p.kind !== kind || p.index === latest || c.org || c.group) continue;
    if (c.role === 'actual' || c.role === 'periodTarget' || AFTER_RESULT.has(c.role)) c.role = 'history';
  }
}
const AFTER_RESULT: ReadonlySet<ColumnRoleName> = new Set(['status', 'completion', 'gap', 'notes']);

/**
 * A period's pair beside the pair to date (Actual | Business Plan Goal | FYTD Actual | FYTD Goal, a
 * quarter's figures then the year's so far): the pair to date is what the office judges, the result and
 * the target to date; the quarter's own pair is history (kept, not judged).
 */
function periodPairBesideToDate(cands: Candidate[]): void {
  const plain = (role: Candidate['role']) =>
    cands.filter((c) => c.role === role && !c.org && !c.group && !c.period && c.year === undefined);
  const results = plain('actual');
  const targets = plain('target');
  const toDate = (c: Candidate) => YEAR_TO_DATE.test(normalizeText(c.header));
  const toDateTargets = plain('periodTarget').filter(toDate);
  if (results.length !== 2 || targets.length !== 1 || toDateTargets.length !== 1) return;
  const ofPeriod = results.filter((c) => !toDate(c));
  // (Annual | YTD over Target and Actual: the annual pair is the year's, no period's.)
  const ofYear = (c: Candidate) => WHOLE_YEAR_WORDS.test(normalizeText(c.header));
  if (ofPeriod.length !== 1 || toDate(targets[0]) || ofYear(targets[0]) || ofYear(ofPeriod[0])) return;
  ofPeriod[0].role = 'history';
  targets[0].role = 'history';
}

const WHOLE_YEAR_WORDS = /\b(?:annual|annually|yearly|full[- ]year|year[- ]end)\b|全年|年度/i;

/**
 * Results to date side by side (1-10月推进情况 | 1-11月推进情况): the latest is the result, the others are
 * history (kept, not judged).
 */
function latestToDate(cands: Candidate[]): void {
  const results = cands.filter((c) => c.role === 'actual' && !c.org && !c.group && !c.period);
  // Results to different dates (Achieved 01 April 05 to 31 March 06 | Achieved 01 April 06 to 30 June
  // 06): the latest is the result.
  const ends = results.map((c) => {
    const to = monthTo(leafOf(c));
    return to === null ? null : to.year * 12 + to.month;
  });
  if (ends.length >= 2 && ends.every((e) => e !== null) && new Set(ends).size === ends.length) {
    const last = Math.max(...(ends as number[]));
    results.forEach((c, i) => {
      if (ends[i] !== last) c.role = 'history';
    });
    return;
  }
  const spans = results
    .map((c) => ({ c, months: c.toDateMonths ?? monthsOfLead(leafOf(c), 'actual') }))
    .filter((s): s is { c: Candidate; months: number } => s.months !== null);
  if (spans.length < 2) return;
  const latest = Math.max(...spans.map((s) => s.months));
  for (const s of spans) if (s.months < latest) s.c.role = 'history';
  // What follows an earlier result up to the next one (as of September | % | VARIANCE | as of December |
  // % | VARIANCE) is that result's: its rate and gap are history too.
  const sorted = [...cands].sort((a, b) => a.col - b.col);
  let owner: Candidate | null = null;
  for (const c of sorted) {
    if (spans.some((s) => s.c === c)) owner = c;
    else if (owner?.role === 'history' && (c.role === 'gap' || c.role === 'completion')) c.role = 'history';
  }
}

/**
 * Results under bare years side by side (2017-18 | 2018-19 | 2019-20 | Target 2018-23): a series, not
 * organisations. The latest year is the result, the one before it the previous year's, the others are
 * history (kept, not judged).
 */
function yearsOfResults(cands: Candidate[]): void {
  const byYear = cands.filter((c) => c.role === 'actual' && c.source === 'content' && c.year !== undefined);
  if (byYear.length < 2) return;
  byYear.sort((a, b) => b.year! - a.year! || b.col - a.col);
  const hasPrevious = cands.some((c) => c.role === 'previous');
  // A series of years that ends the year before the target's (2010/11 … 2014/15 | Target 2015/16): the
  // target's year has no result yet, and the latest of the series is the year before it. (A goal two or
  // more years beyond the series, 2021 | 2022 | 2025 Target, is a goal some years ahead: the latest
  // result is judged against it as a step on the way.)
  const targetYear = Math.max(
    ...cands.filter((c) => c.role === 'target' && c.year !== undefined).map((c) => c.year!),
  );
  const latest = byYear[0].year!;
  const between = cands.some((c) => c.year !== undefined && c.year > latest && c.year < targetYear);
  const first = byYear[0].year! < targetYear && (targetYear - latest === 1 || between) ? 0 : 1;
  byYear.forEach((c, i) => {
    if (i < first) return;
    c.role = i === first && !hasPrevious ? 'previous' : 'history';
  });
}

/**
 * A result of a named year beside the current one (2023/24 Performance | Current Target | Current
 * Performance): the current one is the result, the year's the previous result.
 */
function currentOverYear(cands: Candidate[]): void {
  const results = cands.filter((c) => c.role === 'actual' && !c.org && !c.group && !c.period);
  const current = results.filter((c) => c.year === undefined && CURRENT.test(headerKey(c.header)));
  if (current.length === 0) return;
  for (const c of results) {
    if (c.year === undefined) continue;
    c.role = cands.some((o) => o.role === 'previous') ? 'history' : 'previous';
  }
}

const CURRENT = /current|latest|todate|ytd|本期|本年|当前|截至|累计/;

/**
 * A target's heading over verdicts only (Target | Met, Not met, Not met, Met): the office's verdict on
 * the target, not the target itself — where no status column stands beside it.
 */
function verdictsUnderTarget(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  if (cands.some((c) => c.role === 'status')) return;
  for (const c of cands) {
    const p = profiles.get(c.col);
    if (c.role !== 'target' || c.org || c.group || !p || p.filled < 2) continue;
    if (p.counts.status >= p.filled * 0.8) c.role = 'status';
  }
}

/**
 * Two status columns: the one whose cells are verdicts (Green, Red, 已完成) is the status, not one of
 * other words under a "Status" heading (Up to date, Overdue: whether the data is current).
 */
function statusByWords(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  const statuses = cands.filter((c) => c.role === 'status' && !c.org && !c.group);
  if (statuses.length < 2) return;
  const share = (c: Candidate) => {
    const p = profiles.get(c.col);
    return p && p.filled > 0 ? p.counts.status / p.filled : 0;
  };
  const verdicts = statuses.filter((c) => share(c) >= 0.8);
  if (verdicts.length === 0) return;
  for (const c of statuses) if (share(c) < 0.5) cands.splice(cands.indexOf(c), 1);
}

/**
 * A target written over two cells under one heading, its comparator's sign and then its figure (Target: > |
 * 90%; < | 5): the sign column states the comparator, as a form's sign column does (指标性质 | 指标值), and
 * the figures beside it are the target.
 */
function signBeforeFigure(
  cands: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  const target = cands.find((c) => c.role === 'target');
  const p = target ? profiles.get(target.col) : undefined;
  if (!target || !p || p.filled === 0 || p.signs < p.filled * 0.8) return;
  const next = target.col + 1;
  const q = profiles.get(next);
  const figures = q ? q.counts.number + q.counts.percent + q.counts.quantity : 0;
  if (!q || figures < q.filled * 0.6 || cands.some((c) => c.col === next)) return;
  const above = band.texts.get(next);
  if (above && above.join(' › ') !== target.header) return;
  if (!cands.some((c) => c.role === 'direction')) target.role = 'direction';
  else cands.splice(cands.indexOf(target), 1);
  cands.push({ ...target, col: next, role: 'target' });
  cands.sort((a, b) => a.col - b.col);
}

/** Levels of indicators (一级 | 二级 | 三级指标): the deepest is the name, its parent the category. */
function byLevels(cands: Candidate[], band: Band): void {
  const leaves = new Map<number, string>();
  for (const [c, texts] of band.texts) leaves.set(c, texts[texts.length - 1]);
  const levels = levelRoles(leaves);
  if (!levels) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.col === levels.name) Object.assign(c, { role: 'name', score: 1 });
    else if (c.col === levels.category) Object.assign(c, { role: 'category', score: 1 });
    else if (levels.aside.has(c.col)) cands.splice(i, 1);
  }
}

/**
 * Columns of several years side by side (Actuals › 2016/17 | 2017/18, Aim › 2019/20, Year to date ›
 * 2019/20; FY2024 › Goal | Actual, FY2025 › Goal): the table's own year is the latest with both a target
 * and a result, else the latest. Of an earlier year's results the last is the previous year's; the
 * other years' columns (history, and goals for years to come) are left out. True when there are years.
 */
function latestYear(cands: Candidate[], profile: (col: number) => ColumnProfile | undefined): boolean {
  const filled = (col: number) => profile(col)?.filled;
  // A year's results all dashes or n/a (FY 2022 › Actual: -- | -- | --): none in yet, as if empty.
  const dashed = (col: number) => {
    const p = profile(col);
    return p !== undefined && p.filled > 0 && p.counts.na === p.filled;
  };
  const years = cands.filter((c) => c.year !== undefined).map((c) => c.year!);
  if (new Set(years).size < 2) return false;
  if (nextYearAfterVerdicts(cands)) return true;
  // The latest year with a target and its result; a year whose result is only projected (TARGET 24/25 |
  // PROJECTED 24/25) when no year has both (FY2024 Goal | Actual beside FY2025 Goal | Projected).
  const paired = (y: number, known: boolean) =>
    cands.some((c) => c.year === y && c.role === 'target') &&
    cands.some((c) => c.year === y && c.role === 'actual' && !(known && isProjectionHeading(c.header)));
  // A project's years (Year 1 … Year 4): the latest whose results are in.
  const reported = (y: number) =>
    y >= 0 || cands.some((c) => c.year === y && c.role === 'actual' && (filled(c.col) ?? 1) > 0);
  const judged = years.filter((y) => paired(y, true) && reported(y));
  const projected = years.filter((y) => paired(y, false));
  // With no year's target at all, the latest year's known result before its projections (FY 2021 beside
  // FY 2022 Projected | FY 2023 Estimate).
  const untargeted = !cands.some((c) => c.year !== undefined && c.role === 'target');
  // So too beside a standard of no year (Bench Mark | 2018 Actual | 2019 Estimated | 2020 Target): the
  // latest known result is judged against the standard.
  const standard =
    judged.length === 0 &&
    cands.some((c) => c.year === undefined && c.role === 'target' && isStandardHeading(leafOf(c)));
  const known =
    untargeted || standard
      ? years.filter((y) =>
          cands.some((c) => c.year === y && c.role === 'actual' && !isProjectionHeading(c.header)),
        )
      : [];
  let latest = Math.max(
    ...(judged.length > 0 ? judged : projected.length > 0 ? projected : known.length > 0 ? known : years),
  );
  // A plan several years ahead (FY 25 … FY 29, each Target | Actual): the latest year with results in,
  // where two or more years after it have none yet.
  const withResults = judged.filter((y) =>
    cands.some((c) => c.year === y && c.role === 'actual' && (filled(c.col) ?? 0) > 0),
  );
  const inYet = (y: number) =>
    cands.some((c) => c.year === y && c.role === 'actual' && (filled(c.col) ?? 0) > 0 && !dashed(c.col));
  if (withResults.length > 0) {
    const last = Math.max(...withResults.filter(inYet), -Infinity);
    const after = judged.filter((y) => y > last);
    // (…or where the one year after it has its results dashed: a budget book's year ahead, FY 2022 ›
    // Target 98,000 | Actual --, beside FY 2021's results.)
    const dashedAhead =
      after.length === 1 && cands.some((c) => c.year === after[0] && c.role === 'actual' && dashed(c.col));
    if (last > -Infinity && (after.length >= 2 || dashedAhead)) latest = last;
  }
  // One goal to be reached by a year beyond every result (Target to 2020 | 2016/17 Performance | 2015/16
  // Performance): the latest result is judged against it, as a step on the way. (A target for the next
  // year beside this year's results, 2006-07 Target | 2005-06 Achievement, is that year's, not yet due.)
  const goals = cands.filter(
    (c) => c.year !== undefined && c.role === 'target' && GOAL_BY_YEAR.test(c.header),
  );
  const resultYears = years.filter((y) =>
    cands.some((c) => c.year === y && c.role === 'actual' && !isProjectionHeading(c.header)),
  );
  // …and so is the one target of a later year beside the result named the latest (Target 2024/25 |
  // Latest (2023/24)): the latest figure there is, judged against it.
  const yearTargets = cands.filter((c) => c.year !== undefined && c.role === 'target');
  const latestNamed = cands.filter(
    (c) => c.year !== undefined && c.role === 'actual' && LATEST_RESULT.test(normalizeText(leafOf(c))),
  );
  const goal =
    goals.length === 1
      ? goals[0]
      : latestNamed.length === 1 && yearTargets.length === 1
        ? yearTargets[0]
        : null;
  const goalAhead =
    judged.length === 0 &&
    projected.length === 0 &&
    goal !== null &&
    resultYears.length > 0 &&
    goal.year! > Math.max(...resultYears);
  if (goalAhead) latest = Math.max(...resultYears);
  // Last year's result, this year's result with no year, and targets for this year and the years after
  // (Actual 07/08 | Apr-May Actual | 08/09 Target | 09/10 Target | 10/11 Target): this year's target.
  const thisYear = resultYears.length > 0 ? Math.max(...resultYears) + 1 : null;
  if (
    judged.length === 0 &&
    projected.length === 0 &&
    !goalAhead &&
    thisYear !== null &&
    cands.some((c) => c.year === undefined && c.role === 'actual') &&
    cands.some((c) => c.year === thisYear && c.role === 'target')
  )
    latest = thisYear;
  const earlierResults = cands.filter((c) => c.year !== undefined && c.year < latest && c.role === 'actual');
  const previous = earlierResults.sort((a, b) => b.year! - a.year! || b.col - a.col)[0];
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.year === undefined || c.year === latest || (goalAhead && c === goal)) continue;
    if (c === previous && !cands.some((o) => o.role === 'previous')) c.role = 'previous';
    // Another year's column is not judged, but a row with figures only there is still a measure.
    else c.role = 'history';
  }
  return true;
}

/** A result's heading naming it the latest there is (Latest (2023/24), Most recent data, Latest outturn). */
const LATEST_RESULT = /^(?:latest|most recent|current)\b/i;

/** A target heading naming the year it is to be reached by: Target to 2020, Target by FY 2025. */
const GOAL_BY_YEAR = /\b(?:to|by|until)\s+(?:fy\s*)?(?:19|20)\d{2}/i;

/** A standard's heading, of no year and no target (Bench Mark, Benchmark, Standard, 基准值). */
export function isStandardHeading(text: string): boolean {
  return STANDARD_HEADING.test(text);
}
const STANDARD_HEADING =
  /^(?!.*(?:target|goal|目标|目標))(?:.*\b(?:bench\s?marks?|standards?)\b|.*(?:基准|基準|标准|標準))/i;

/**
 * Years over figures beside projections only, with no target (FY 2019 | FY 2020 | FY 2021 | FY 2022
 * Projected | FY 2023 Estimate): each year's result, so that the latest known one is judged.
 */
function yearsBesideProjections(
  out: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  const named = out.filter((o) => o.role === 'actual');
  if (named.length === 0 || !named.every((o) => isProjectionHeading(o.header))) return;
  if (out.some((o) => o.role === 'target' || o.role === 'periodTarget')) return;
  for (const [c, texts] of band.texts) {
    if (out.some((o) => o.col === c)) continue;
    const leaf = texts[texts.length - 1];
    const year = yearLabel(leaf);
    const p = profiles.get(c);
    if (year === null || !p || p.filled === 0 || numericShare(p) < 0.5) continue;
    out.push({
      col: c,
      role: 'actual',
      score: 0.8,
      header: texts.join(' › '),
      unit: null,
      year,
      source: 'header',
    });
  }
}

/**
 * Next year's target after this year's results (2017 年目标 | 表现 | 达标与否 | 2018 年目标; Target 2016-17 |
 * Actual | Met? | Target 2017-18): one result column with no year of its own, one year's target before
 * it and only later years' after it. The results are the earlier year's; the later targets are kept,
 * not judged.
 */
function nextYearAfterVerdicts(cands: Candidate[]): boolean {
  const results = cands.filter(
    (c) => (c.role === 'actual' || c.role === 'completion') && !c.org && !c.group && !c.period,
  );
  const result = results.find((c) => c.role === 'actual');
  if (!result || results.some((c) => c.year !== undefined)) return false;
  // (A year's target in words, taken for names by its cells, is still headed as one.)
  const headedTarget = (c: Candidate) =>
    c.role === 'target' || (c.source === 'header' && headerRoles(leafOf(c))[0]?.role === 'target');
  const targets = cands.filter((c) => c.year !== undefined && headedTarget(c));
  const before = targets.filter((t) => t.col < result.col);
  const after = targets.filter((t) => t.col > result.col);
  if (before.length !== 1 || after.length === 0 || after.some((t) => t.year! <= before[0].year!))
    return false;
  if (cands.some((c) => c.role === 'target' && c.year === undefined)) return false;
  before[0].role = 'target';
  for (const t of after) t.role = 'history';
  return true;
}

/**
 * Targets of growth beside a growth column (实际增幅): the growth is the result the targets are met by —
 * where there is no result column (GDP增长预期: 10%以上 | 实际增幅), or where the targets are in per cent
 * and the result column holds the amount whose growth it is (1-6月 (亿元) | 同比增长(%) | 全年目标(%)): the
 * amount cannot answer a growth target, and is left aside.
 */
function growthAsResult(
  cands: Candidate[],
  growthTargets: (col: number) => boolean,
  amountTargets: (col: number) => boolean,
): void {
  const target = cands.find((c) => c.role === 'target');
  const growth = cands.filter((c) => c.role === 'growth');
  if (!target || growth.length !== 1) return;
  const results = cands.filter(
    (c) => (c.role === 'actual' || c.role === 'periodActual') && !c.org && !c.group,
  );
  const named = /增长|增速|增幅|下降|降低|降幅|削减|growth/.test(headerKey(target.header));
  if (results.length === 0 && named) {
    growth[0].role = 'actual';
    // One column of figures taken for an organisation's result by its cells alone (年度削减目标(%) |
    // 上半年排放量(万吨) | 同比下降(%)) is the amount beside the fall, not a result.
    const guessed = cands.filter((c) => c.role === 'actual' && c.org && c.source === 'content');
    if (guessed.length === 1) cands.splice(cands.indexOf(guessed[0]), 1);
    return;
  }
  const inPercent = headerParts(target.header).bracket === '%';
  // One result column may be the period's (1-9月): it still holds the amount, not its growth.
  const amounts = results.filter(
    (c) => (!c.period || results.length === 1) && headerParts(c.header).bracket !== '%',
  );
  if (results.length === 0 || amounts.length !== results.length) return;
  if (!(named || inPercent || growthTargets(target.col))) return;
  // Targets of amounts among them (社会消费品零售总额 | 650 beside 增长6%左右): each row answered by the
  // figure its target asks for (walkTable's growthAsked), the amounts kept.
  if (!inPercent && amountTargets(target.col)) return;
  if (cands.some((c) => (c.role === 'actual' || c.role === 'periodActual') && (c.org || c.group))) return;
  for (const c of amounts) cands.splice(cands.indexOf(c), 1);
  // The unit column gave the amount's unit (亿元); the growth is in per cent, as its heading says.
  const unit = cands.find((c) => c.role === 'unit');
  if (unit) cands.splice(cands.indexOf(unit), 1);
  growth[0].role = 'actual';
}

/** A target written as growth or a fall (增长7%, 下降3%左右, 确保目标增长12%, "growth of 5%"). */
const GROWTH_TARGET =
  /^\s*(?:确保|力争|争取|预期|计划|奋斗)?\s*(?:目标)?\s*(?:同比)?(?:增长|增速|增幅|下降|降低)|^\s*(?:growth|increase|decrease|reduction)\s+(?:of\s+)?[-+]?\d/i;

/** Most of a column's texts (of its first rows) are targets of growth or a fall. */
/** Words that speak of a result against its target: exceeded target, fell short, 超额完成, 未达到. */
const RESULT_TALK =
  /\b(?:targets?|exceed\w*|achiev\w*|met|missed|short(?:fall)?|below|above|improv\w*|declin\w*|increas\w*|decreas\w*)\b|目标|超额|未完成|未达|已完成|达到|下降|增长|同比/i;

/** Of a column's texts in its first rows: how many there are, and how many `test` holds for. */
function textsDown(
  grid: Grid,
  col: number,
  from: number,
  to: number,
  test: (text: string) => boolean,
): { filled: number; hits: number } {
  let filled = 0;
  let hits = 0;
  const end = Math.min(to, from + PROFILE_ROWS);
  // A text merged down the column counts for every row it spans (均按进度推进中 over two tasks).
  const spans = new Map<number, number>();
  for (const m of grid.merges) {
    if (m.left !== m.right || m.left - grid.originCol !== col || m.bottom <= m.top) continue;
    spans.set(m.top - grid.originRow, m.bottom - m.top + 1);
  }
  for (let r = from; r < end; r++) {
    const v = grid.values[r]?.[col];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const rows = Math.max(1, Math.min(spans.get(r) ?? 1, end - r));
    filled += rows;
    if (test(v)) hits += rows;
  }
  return { filled, hits };
}

/** True when at least half of the column's words speak of the result against its target. */
function resultTalkDown(grid: Grid, col: number, from: number, to: number): boolean {
  const { filled, hits } = textsDown(grid, col, from, to, (v) => RESULT_TALK.test(v));
  return filled > 0 && hits >= filled * 0.5;
}

/** Most of a column's texts are verdicts on the result (Met, Not met (breaches …), 已完成): at least two. */
function verdictsDown(grid: Grid, col: number, from: number, to: number): boolean {
  const verdict = (v: string) => statusWord(v) !== null || statedStatus(v) !== null;
  const { filled, hits } = textsDown(grid, col, from, to, verdict);
  return hits >= 2 && hits >= filled * 0.6;
}

export function growthWordsDown(grid: Grid, col: number, from: number, to: number): boolean {
  let filled = 0;
  let growth = 0;
  let falls = 0;
  let percents = 0;
  const end = Math.min(to, from + PROFILE_ROWS);
  for (let r = from; r < end; r++) {
    const v = grid.values[r]?.[col];
    if (v === null || v === undefined || v === '') continue;
    filled++;
    if (typeof v === 'string' && GROWTH_TARGET.test(v)) growth++;
    else {
      // A per cent below nothing (-10%, a reduction to reach): a change, never a share of anything.
      const p = parseCell(v, grid.numberFormats?.[r]?.[col]);
      if (p.kind === 'number' && p.quantity.percent) {
        percents++;
        if (p.quantity.value < 0) falls++;
      }
    }
  }
  return filled > 0 && (growth >= filled * 0.6 || (falls > 0 && percents + growth >= filled * 0.6));
}

/**
 * A column with a target no growth can answer among its first rows' figures: a plain amount (650, "120"),
 * or a per cent for a measure that is a rate or a share (第三产业增加值比重 | 72%以上). A total row's sum is
 * none.
 */
function amountsDown(grid: Grid, col: number, nameCol: number, from: number, to: number): boolean {
  const end = Math.min(to, from + PROFILE_ROWS);
  for (let r = from; r < end; r++) {
    const name = nameCol >= 0 ? grid.values[r]?.[nameCol] : null;
    if (typeof name === 'string' && isTotalName(name)) continue;
    const v = grid.values[r]?.[col];
    if (typeof v !== 'number' && typeof v !== 'string') continue;
    if (typeof v === 'string' && GROWTH_TARGET.test(v)) continue;
    const p = parseCell(v, grid.numberFormats?.[r]?.[col]);
    if (p.kind !== 'number') continue;
    if (!p.quantity.percent && p.quantity.approximation === null) return true;
    if (p.quantity.percent && typeof name === 'string' && isRateName(name)) return true;
  }
  return false;
}

/**
 * Quarter columns of words (一季度 完成选址 | 二季度 开工建设 …), or the one quarter's (目标任务 | 三季度 |
 * 推进情况), beside a column of progress (目前进展): the quarters hold the plan, each quarter's step, and
 * the progress column the result.
 */
function wordPeriodsArePlans(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  if (!cands.some((c) => c.role === 'actual' && !c.period && !c.org && !c.group)) return;
  const periods = cands.filter((c) => c.role === 'periodActual' && c.period?.kind === 'quarter' && !c.org);
  if (periods.length < 1) return;
  // Headings that say the quarters hold results (一季度完成情况, "Q1 progress") are results.
  if (
    periods.some((c) => /完成|进展|进度|实际|实绩|情况|actual|progress|result|outturn|update/i.test(c.header))
  )
    return;
  let filled = 0;
  let figures = 0;
  for (const c of periods) {
    const p = profiles.get(c.col);
    if (!p) return;
    filled += p.filled;
    // Figures typed as text ("4", "0.90", as a list exports them) are figures too.
    figures += p.counts.number + p.counts.percent + p.counts.quantity;
  }
  // Steps in words, a figure among them at most now and then (完成投资40%).
  if (filled >= periods.length && figures * 5 <= filled) for (const c of periods) c.role = 'periodPlan';
}

/**
 * The same quarter or month of two years side by side (FY22 Quarter 1 | FY23 Quarter 1): the latest year's
 * is the result, the one before it last year's (or history beside a previous result already read).
 */
function samePeriodOfTwoYears(cands: Candidate[]): void {
  const periods = cands.filter((c) => c.role === 'periodActual' && c.period && !c.org && !c.group);
  const key = (c: Candidate) => `${c.period!.kind}${c.period!.index}`;
  for (const k of new Set(periods.map(key))) {
    const same = periods
      .filter((c) => key(c) === k)
      .map((c) => ({ c, year: c.period!.year ?? yearInHeading(c.header) }));
    if (same.length < 2 || same.some((s) => s.year === null)) continue;
    const latest = Math.max(...same.map((s) => s.year!));
    if (same.filter((s) => s.year === latest).length !== 1) continue;
    for (const s of same) {
      if (s.year === latest) continue;
      s.c.role = cands.some((o) => o.role === 'previous') ? 'history' : 'previous';
    }
  }
}

/**
 * A growth under the target's own heading (2024年计划 › 绝对值 | 增长%): the target told as a growth, read
 * where a row leaves the amount blank or N/A (研发经费投入增长 | - | 10), and never the result's growth.
 * (Read after crossTabGroups, which takes 2021年完成 › 增长% | 2022年计划 › 增长% for years side by side.)
 */
function growthOfTarget(cands: Candidate[]): void {
  const target = cands.find((c) => c.role === 'target' && !c.org && !c.group);
  const over = target ? groupOf(target) : '';
  if (!target || over === '') return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const g = cands[i];
    if (g.role !== 'growth' || groupOf(g) !== over) continue;
    target.alternates = [...(target.alternates ?? []), g.col];
    cands.splice(i, 1);
  }
}

/**
 * A result told twice under one heading, as an amount and as its growth (完成情况 › 绝对值 | 增速): the amount
 * is the result, the growth beside it — each row is judged by the one its target asks for (walkTable).
 */
function absoluteBesideGrowth(cands: Candidate[], band: Band): void {
  const growth = cands.find(
    (c) => c.role === 'actual' && !c.org && !c.group && GROWTH_LEAF.test(leafKey(c.header)),
  );
  if (!growth || cands.some((c) => c.role === 'growth')) return;
  const over = groupOf(growth);
  if (over === '') return;
  // (The nearest column each side with a heading of its own under the same group: a blank spacer
  // column between them changes nothing.)
  const own = (texts: readonly string[]): boolean => texts.length > 0 && texts.join(' › ') !== over;
  for (const col of [nearestHeaded(band, growth.col, -1, own), nearestHeaded(band, growth.col, 1, own)]) {
    const texts = band.texts.get(col) ?? [];
    const leaf = texts[texts.length - 1] ?? '';
    if (!isAbsoluteLeaf(leaf) || texts.slice(0, -1).join(' › ') !== over) continue;
    if (cands.some((c) => c.col === col)) return;
    cands.push({ ...growth, col, header: texts.join(' › ') });
    growth.role = 'growth';
    return;
  }
}

/**
 * A blank spacer column under a group heading merged over it and its neighbours (Q1 2021/22 › Value | |
 * Target): nothing in it down the rows and no heading of its own. A role read from the group alone goes to
 * the nearest column under it (Target › Industry, the spacer, Target › Distributor) where none of them has a
 * role of its own, else to no column.
 */
function offSpacers(cands: Candidate[], band: Band, prof: ReadonlyMap<number, ColumnProfile>): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const texts = band.texts.get(c.col) ?? [];
    if ((prof.get(c.col)?.filled ?? 0) > 0 || texts.length === 0) {
      out.push(c);
      continue;
    }
    const group = texts.join(' › ');
    const under = (col: number): boolean => {
      const t = band.texts.get(col) ?? [];
      return t.length > texts.length && t.slice(0, texts.length).join(' › ') === group;
    };
    if (!under(c.col - 1) && !under(c.col + 1)) {
      out.push(c);
      continue;
    }
    // (Where a column under the group has a role of its own, the group's role is read there already.)
    if (cands.some((o) => o !== c && under(o.col))) continue;
    const to = under(c.col - 1) ? c.col - 1 : c.col + 1;
    out.push({ ...c, col: to, header: (band.texts.get(to) ?? []).join(' › ') });
  }
  return out;
}

/** The nearest column from `col` in the direction `step` whose headings pass `headed`, or -1. */
function nearestHeaded(
  band: Band,
  col: number,
  step: 1 | -1,
  headed: (texts: readonly string[]) => boolean,
): number {
  for (let c = col + step; c >= 0 && c < band.width; c += step) if (headed(band.texts.get(c) ?? [])) return c;
  return -1;
}

const leafKey = (header: string): string => headerKey(headingLeaf(header));
/** The leaf of a result's growth: 增速, 增长%, 增幅, 同比增长. */
const GROWTH_LEAF = /^(?:同比|比上年)?(?:增速|增长|增幅|增长率|增减)(?:%|\(%\)|（%）)?$/;
/** The leaf of a result's amount: 绝对值, 总量, 数值, 完成值. */
const ABSOLUTE_LEAF = /^(?:绝对值|绝对额|总量|总额|数值|数量|完成值|完成数)$/;

/** True when a heading's last part names a result's amount beside its growth (完成情况 › 绝对值). */
export function isAbsoluteLeaf(header: string): boolean {
  return ABSOLUTE_LEAF.test(leafKey(header));
}

/**
 * The same run of months of two years side by side, each heading the results to date (Apr to Oct 02 |
 * Apr to Oct 03; April–September 2022 | April–September 2023): the latest year's is the result, the one
 * before it last year's.
 */
function sameMonthsOfTwoYears(cands: Candidate[]): void {
  const runs = cands
    .filter((c) => c.role === 'actual' && !c.org && !c.group)
    .map((c) => ({ c, run: monthsRunOf(c.header) }))
    .filter((x): x is { c: Candidate; run: { months: string; year: number } } => x.run !== null);
  for (const months of new Set(runs.map((x) => x.run.months))) {
    const same = runs.filter((x) => x.run.months === months);
    if (same.length < 2) continue;
    const latest = Math.max(...same.map((x) => x.run.year));
    if (same.filter((x) => x.run.year === latest).length !== 1) continue;
    for (const x of same) {
      if (x.run.year !== latest) x.c.role = cands.some((o) => o.role === 'previous') ? 'history' : 'previous';
    }
  }
}

/** A heading's run of months and the year it ends in (Apr to Oct 03 → apr-oct, 2003), else null. */
function monthsRunOf(header: string): { months: string; year: number } | null {
  const m =
    /^\s*([a-z]{3,9})\.?\s*(?:to|-|–|—|~)\s*([a-z]{3,9})\.?\s*('?\d{2}|(?:19|20)\d{2})\s*(?:\(|$)/i.exec(
      headingLeaf(header),
    );
  if (!m || monthOfName(m[1]) === null || monthOfName(m[2]) === null) return null;
  const end = monthWithYear(`${m[2]} ${m[3].replace("'", '')}`);
  return end ? { months: `${monthOfName(m[1])}-${end.month}`, year: end.year } : null;
}

/**
 * One period's plan and no other target (一季度目标 | 一季度完成; Q1 Target | Q1 Actual; Target for Quarter 1):
 * the target of the period itself, the result judged against it as it stands — not a step of a plan
 * whose year has no target.
 */
function lonePlanIsTarget(cands: Candidate[]): void {
  const plans = cands.filter((c) => c.role === 'periodPlan' && !c.org && !c.group);
  if (plans.length !== 1 || cands.some((c) => c.role === 'periodTarget')) return;
  const results = cands.filter((c) => c.role === 'periodActual' || c.role === 'actual');
  const p = plans[0].period;
  // Beside the year's target, only where the results name no period and no year of their own (年度目标 |
  // 8月份目标 | 进展情况; Annual target | Q3 target | Progress): the plan's period is the one the table
  // reports, and its plan the pace to date. Beside results of a period (1-8月完成) the period is theirs.
  if (cands.some((c) => c.role === 'target')) {
    const dated = (c: Candidate) =>
      c.period !== undefined ||
      c.year !== undefined ||
      c.toDateMonths !== undefined ||
      statedPeriod(leafOf(c), 1) !== null;
    if (results.some(dated)) return;
  }
  // Only beside results of that period (not 四季度计划目标 beside 10月完成情况: a step still to come).
  const other = (c: Candidate) =>
    c.period !== undefined && (c.period.kind !== p?.kind || c.period.index !== p.index);
  if (results.some(other)) return;
  plans[0].role = 'periodTarget';
}

/** A heading that is a year alone (2022年, 2022, 2022/23, 2022年实际). */
const BARE_YEAR = /^(?:(?:19|20)\d{2}(?:[/-]\d{2})?)(?:年度?|fy)?(?:实际|完成|实绩|actual|outturn)?$/;

/**
 * A column headed by a year alone, earlier than the year the target and result headings name (2022年 |
 * 2023年目标 | 2023年完成): last year's figures, the base of targets set against them (较上年提高…).
 */
function bareYearAsPrevious(
  cands: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  if (cands.some((c) => c.role === 'previous')) return;
  const judged = cands
    .filter((c) => (c.role === 'target' || c.role === 'actual') && !c.org && !c.group)
    .map((c) => yearInHeading(c.header));
  const year = judged.find((y): y is number => y !== null);
  if (year === undefined) return;
  let best: Candidate | null = null;
  let bestYear = 0;
  for (const [col, texts] of band.texts) {
    if (cands.some((c) => c.col === col)) continue;
    const header = texts.join(' › ');
    const y = yearInHeading(header);
    const p = profiles.get(col);
    if (y === null || y >= year || !BARE_YEAR.test(headerKey(header)) || !p || numericShare(p) < 0.6)
      continue;
    if (y > bestYear) {
      best = { col, role: 'previous', score: 0.8, header, unit: null, source: 'header' };
      bestYear = y;
    }
  }
  if (best) cands.push(best);
}

/**
 * A verdict's heading over what each row is judged on, left of the targets (Measure | Assessment | Target |
 * Outcome, with "PBO costing advice is sought by …" under Assessment): no cell a verdict and a different
 * text on every row — the rows' names, beside the names' own column (which then groups them).
 */
function criteriaUnderVerdictHeading(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  const status = cands.find((c) => c.role === 'status' && c.source === 'header');
  const target = cands.find((c) => c.role === 'target');
  if (!status || !target || status.col > target.col) return;
  const p = profiles.get(status.col);
  if (!p || p.filled < 3 || p.counts.status > 0 || p.counts.na > 0) return;
  if (p.counts.sentence + p.counts.text < p.filled * 0.8 || p.distinctTexts < p.filled * 0.8) return;
  if (cands.filter((c) => c.role === 'name' && c.col < status.col).length !== 1) return;
  Object.assign(status, { role: 'name', score: Math.min(status.score, 0.8) });
}

/**
 * Two headings that name the indicator (Objective | Measure), the left one repeated down its rows (Homes,
 * Homes, Environment …) and the right one different on every row: the left one groups the right one's
 * measures — their category.
 */
function repeatedNameIsCategory(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  const names = cands.filter((c) => c.role === 'name' && !c.org && !c.group).sort((a, b) => a.col - b.col);
  if (names.length !== 2) return;
  // Beside a category already (领域 | 任务 | 指标名称): the right one headed as the indicators' names, the
  // left one the nearer group, the category in the wider field's place.
  const category = cands.find((c) => c.role === 'category');
  if (
    category &&
    !(
      names[1].source === 'header' &&
      MEASURE_HEADING.test(headerKey(names[1].header)) &&
      !MEASURE_HEADING.test(headerKey(names[0].header))
    )
  )
    return;
  const [left, right] = names.map((c) => profiles.get(c.col));
  if (!left || !right || left.filled < 1 || right.filled < 3) return;
  // Words repeated down the rows, not numbers or codes (1-1 | 2 | 1 beside the measures are their ids),
  // or written once where a group starts (考核指标 merged down over its 考核内容, KPIs over Measures).
  const words = (left.counts.text + left.counts.sentence) / left.filled >= 0.8 && left.codes === 0;
  const repeats = left.filled >= 3 && left.distinctTexts <= left.filled * 0.6;
  // (…or merged down over its rows, fewer than the measures: 任务 over its 指标名称)
  const groupStarts =
    left.filled * 2 <= right.filled || ((left.mergedDown ?? 0) > 0 && left.filled < right.filled);
  const distinct = right.distinctTexts >= right.filled * 0.8;
  if (!(words && (repeats || groupStarts) && distinct)) return;
  if (category) cands.splice(cands.indexOf(category), 1);
  names[0].role = 'category';
}

/**
 * A column headed in words no role knows (Activity), left of the names headed as such, its words each
 * merged down over several of their rows (1.1 Governance, information and engagement over ten measures):
 * the group the measures serve, their category.
 */
function mergedGroupsLeftOfNames(
  cands: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  /** Whether a caption row crosses the names' column in the body (a finer group of its own). */
  captionAcross: (col: number) => boolean,
): void {
  if (cands.some((c) => c.role === 'category')) return;
  const names = cands.filter((c) => c.role === 'name' && c.source === 'header');
  if (names.length !== 1 || captionAcross(names[0].col)) return;
  const name = profiles.get(names[0].col);
  if (!name) return;
  const taken = new Set(cands.map((c) => c.col));
  // (the nearest such column: Perspective | Objective | Measure groups by objective)
  for (let c = names[0].col - 1; c >= 0; c--) {
    const p = profiles.get(c);
    const header = (band.texts.get(c) ?? []).join(' › ');
    if (!p || taken.has(c) || header.trim() === '' || p.filled < 1 || p.filled * 2 > name.filled) continue;
    const words = (p.counts.text + p.counts.sentence) / p.filled;
    if (words < 0.8 || (p.mergedDown ?? 0) < p.filled || p.meanTextLength < 6) continue;
    cands.push({ col: c, role: 'category', score: 0.6, header, unit: null, source: 'header' });
    return;
  }
}

/** A merged area across the column `col` and the next, on a row of the body (a caption between rows). */
function captionAcross(grid: Grid, col: number, from: number, to: number): boolean {
  return grid.merges.some((m) => {
    const top = m.top - grid.originRow;
    const left = m.left - grid.originCol;
    const right = m.right - grid.originCol;
    return top >= from && top < to && left <= col && right > col;
  });
}

/**
 * A direction's heading over sentences (Desired Outcome: "Residents feel safe in their neighbourhood"):
 * what is hoped for in words, remarks on the row, not which way its figures should go (Increase, 越高越好).
 */
function sentencesAreNoDirection(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  for (const c of cands.filter((x) => x.role === 'direction' && x.source === 'header')) {
    const p = profiles.get(c.col);
    if (!p || p.filled < 2 || (p.counts.sentence * 2 < p.filled && p.meanTextLength <= 24)) continue;
    if (cands.some((o) => o.role === 'notes')) cands.splice(cands.indexOf(c), 1);
    else Object.assign(c, { role: 'notes' });
  }
}

/** A month's own target (本月目标, 当月目标, Monthly Target, MONTHLY_TARGET): the month's, not the year's. */
const MONTH_OWN_TARGET = /^(?:本月|当月|月度)(?:目标|计划)|^month(?:ly)?\s*target|^target for the month$/i;

/**
 * A month's own target beside the target to date and no year's target (YTD_TARGET | YTD_ACTUAL |
 * MONTHLY_TARGET | MONTHLY_ACTUAL): the month's figures are a pair of their own, and the year to date is
 * what is judged — not the month's target taken for the year's.
 */
function monthOwnTargetBesideToDate(cands: Candidate[]): void {
  if (!cands.some((c) => c.role === 'periodTarget' && !c.org && !c.group)) return;
  const targets = cands.filter((c) => c.role === 'target' && !c.org && !c.group);
  if (
    targets.length === 0 ||
    !targets.every((c) => MONTH_OWN_TARGET.test(leafOf(c).replace(/_/g, ' ').trim()))
  )
    return;
  for (const c of targets) cands.splice(cands.indexOf(c), 1);
}

/**
 * A name column filled only where a group starts (一、就业促进行动 merged down its rows) beside a target
 * column of a different text on every row (2.募集青年就业见习岗位325个): the tasks are the targets' texts,
 * each naming its own target, and the names above them are their groups.
 */
function tasksUnderGroups(cands: Candidate[], profiles: ReadonlyMap<number, ColumnProfile>): void {
  if (cands.some((c) => c.role === 'category')) return;
  const names = cands.filter((c) => c.role === 'name');
  const target = cands.find((c) => c.role === 'target');
  if (names.length !== 1 || !target) return;
  const n = profiles.get(names[0].col);
  const t = profiles.get(target.col);
  if (!n || !t || t.filled < 3) return;
  const texts = t.counts.text + t.counts.sentence;
  const ownTexts = texts >= t.filled * 0.8 && t.distinctTexts >= texts * 0.8 && t.meanTextLength >= 8;
  if (!ownTexts || n.filled * 2 > t.filled) return;
  names[0].role = 'category';
  target.role = 'name';
  target.score = Math.min(target.score, 0.8);
}

/**
 * The target in a column left without a heading, between the names and the results, when no heading names
 * a target (Key Performance Indicator | (blank) | Q3 Performance: "3 hours" beside "3 hours and 11
 * minutes", 95% beside 88.9%): filled on the results' rows with figures of the same kinds.
 */
function unheadedTarget(cands: Candidate[], band: Band, profiles: ReadonlyMap<number, ColumnProfile>): void {
  if (cands.some((c) => c.role === 'target' || c.role === 'periodTarget')) return;
  const results = cands.filter((c) => c.role === 'actual');
  const name = cands.find((c) => c.role === 'name');
  if (results.length !== 1 || !name) return;
  const result = results[0];
  const figures = (p: ColumnProfile): number => p.counts.number + p.counts.percent + p.counts.quantity;
  const rp = profiles.get(result.col);
  if (!rp || rp.filled < 2) return;
  const taken = new Set(cands.map((c) => c.col));
  for (let col = name.col + 1; col < result.col; col++) {
    if (taken.has(col) || (band.texts.get(col) ?? []).some((t) => t.trim() !== '')) continue;
    const p = profiles.get(col);
    if (!p || p.filled < rp.filled * 0.6 || figures(p) < p.filled * 0.8 || figures(rp) < rp.filled * 0.8)
      continue;
    cands.push({ col, role: 'target', score: 0.6, header: '', unit: null, source: 'content' });
    return;
  }
}

/**
 * A client charter's or a service standard's time allowed for each case, in a column of its own between
 * the names and the one result column (Transactions | Period: 1 Hour, 2 Weeks | … | Achievements): the
 * target, where no column is one. Its heading names a time, or none.
 */
function timeAllowedAsTarget(cands: Candidate[], band: Band, timesIn: (col: number) => boolean): void {
  if (cands.some((c) => c.role === 'target' || c.role === 'periodTarget')) return;
  // Read as the result by its figures, beside the share of cases kept to it (PERIOD: 14 days | ACHIEVEMENT
  // %): the time allowed all the same.
  const timeRead = cands.find(
    (c) =>
      c.role === 'actual' &&
      c.source === 'content' &&
      TIME_ALLOWED.test(headerKey(c.header)) &&
      timesIn(c.col) &&
      cands.some((o) => o.role === 'completion' && o.col > c.col),
  );
  if (timeRead) {
    Object.assign(timeRead, { role: 'target', score: 0.6 });
    return;
  }
  const results = cands.filter((c) => c.role === 'actual');
  const name = cands.find((c) => c.role === 'name');
  if (results.length !== 1 || !name) return;
  const taken = new Set(cands.map((c) => c.col));
  for (let col = name.col + 1; col < results[0].col; col++) {
    if (taken.has(col)) continue;
    const heading = (band.texts.get(col) ?? []).filter((t) => t.trim() !== '');
    if (!heading.every((t) => TIME_ALLOWED.test(headerKey(t))) || !timesIn(col)) continue;
    cands.push({ col, role: 'target', score: 0.6, header: heading.join(' '), unit: null, source: 'content' });
    return;
  }
}

/** Headings over the time allowed for each case (Period, Duration, Time limit, Timeframe, Processing time). */
const TIME_ALLOWED =
  /^(?:period|duration|timelimit|timeframe|timescale|processingtime|turnaroundtime|servicetime|completionperiod|completiontime|timetaken|standardtime|timestandard|servicestandard|charterperiod|tempoh|期限|时限|办理时限|承诺时限)$/;

/** True when the column's cells, down the table's rows, are nearly all times (1 Hour, 2 Weeks, 7 working days). */
function timesDown(grid: Grid, col: number, from: number, to: number): boolean {
  let times = 0;
  let filled = 0;
  for (let r = from; r < to && r < grid.values.length; r++) {
    const v = grid.values[r]?.[col];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    filled++;
    if (typeof v === 'string' && isTimeAlone(v)) times++;
  }
  return filled >= 2 && times >= filled * 0.8;
}

/** A text that is one time and nothing else a figure could be (1 Hour, 2 Weeks, 7 working days). */
export function isTimeAlone(text: string): boolean {
  const m = scanQuantities(text).mentions;
  return m.length === 1 && !m[0].percent && m[0].unit !== null && isStandardTimeUnit(m[0].unit);
}

/** A target written as growth or a fall (增长7%, 下降3%左右, 确保目标增长12%, "growth of 5%"). */
export function isGrowthTargetText(text: string): boolean {
  return GROWTH_TARGET.test(text);
}

/**
 * The lines of one text above a table's headings (the sheet's title and captions), nearest last: within
 * the 40 filled rows above them (blank rows left between groups do not count).
 */
function titleLines(grid: Grid, headings: number): string[] {
  const out: string[] = [];
  let rows = 0;
  for (let r = headings - 1; r >= 0 && rows < 40; r--) {
    const cols = filledCols(grid.values[r]);
    if (cols.length === 0) continue;
    rows++;
    const text = cols.length === 1 ? textAt(grid.values[r], cols[0]) : null;
    if (text !== null) out.push(text);
  }
  return out.reverse();
}

/**
 * Columns headed by a year alone under a title that names each year's role (2017/18 Performance Targets
 * and 2016/17 Achievements over Services | 2017/18 | …): each takes the role its year is named with, as
 * the table's target and result (not two years' columns). A column of figures left without a heading,
 * right of the names, takes the one role the title names that no heading has.
 */
function yearsNamedByTitle(
  cands: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  lines: () => readonly string[],
): void {
  const name = cands.find((c) => c.role === 'name');
  // (The title is looked at only over a heading of a year alone.)
  if (!name || ![...band.texts.values()].some((t) => yearLabel(t[t.length - 1]) !== null)) return;
  const roles = yearRolesInCaption(lines());
  if (roles.size === 0) return;
  let named = 0;
  // Each a role of this year's table, not a year's column beside others.
  for (const [col, texts] of band.texts) {
    const year = yearLabel(texts[texts.length - 1]);
    const role = year !== null ? roles.get(year) : undefined;
    const p = profiles.get(col);
    if (!role || !p || p.filled === 0) continue;
    const c = cands.find((o) => o.col === col);
    if (c && c.role !== 'history' && c.role !== 'previous' && c.role !== 'actual' && c.role !== 'target')
      continue;
    const header = texts.join(' › ');
    if (c) {
      Object.assign(c, { role, source: 'header', header });
      delete c.year;
    } else cands.push({ col, role, score: 0.8, header, unit: null, source: 'header' });
    named++;
  }
  if (named === 0) return;
  const left = [...new Set(roles.values())].filter((role) => !cands.some((c) => c.role === role));
  if (left.length !== 1) return;
  const taken = new Set(cands.map((c) => c.col));
  // (Of figures or verdicts: a column of officers' names left without a heading is no result.)
  const unheaded = [...profiles].filter(
    ([col, p]) =>
      col > name.col &&
      !taken.has(col) &&
      p.filled > 0 &&
      p.counts.number + p.counts.percent + p.counts.quantity + p.counts.status >= p.filled * 0.6 &&
      !(band.texts.get(col) ?? []).some((t) => t.trim()),
  );
  if (unheaded.length !== 1) return;
  cands.push({ col: unheaded[0][0], role: left[0], score: 0.6, header: '', unit: null, source: 'content' });
  cands.sort((a, b) => a.col - b.col);
}

/**
 * The office's verdicts in a column left without a heading, right of the names (Output | 2019-20 | Target
 * | ☺ / 😐; ticks and crosses): the status, where no heading names one. Pictures need no second row to
 * tell them (a section of one measure); words do.
 */
function unheadedStatus(
  cands: Candidate[],
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  pictures: (col: number) => boolean,
): void {
  const name = cands.find((c) => c.role === 'name');
  if (!name || cands.some((c) => c.role === 'status')) return;
  const taken = new Set(cands.map((c) => c.col));
  for (const [col, p] of profiles) {
    // (A heading of a footnote's mark alone, "*", is none.)
    if (col <= name.col || taken.has(col) || (band.texts.get(col) ?? []).some((t) => /[^\s*†‡#※]/.test(t)))
      continue;
    if (p.filled === 0 || p.counts.status < p.filled * 0.8 || (p.filled < 2 && !pictures(col))) continue;
    cands.push({ col, role: 'status', score: 0.6, header: '', unit: null, source: 'content' });
    return;
  }
}

/** Every filled cell of the column in the body is a picture of a verdict (☺, 😐, ✓, ✗). */
function picturesDown(grid: Grid, col: number, from: number, to: number): boolean {
  let seen = 0;
  for (let r = from; r < to; r++) {
    const t = textAt(grid.values[r], col);
    if (t === null) continue;
    if (!isVerdictPicture(t.trim())) return false;
    seen++;
  }
  return seen > 0;
}

/** A verdict drawn, not written: a status word of cellKinds with no letter or digit in it (☺, ✓, ×). */
function isVerdictPicture(t: string): boolean {
  return !/[\p{L}\p{N}]/u.test(t) && statusWord(t) !== null;
}

/**
 * True when a column of texts with no heading stands left of column `col` (the names of a pledge table
 * whose first heading cell is empty: | Target | Actual), on two rows or more.
 */
function textsLeftUnheaded(band: Band, profiles: ReadonlyMap<number, ColumnProfile>, col: number): boolean {
  for (const [c, p] of profiles) {
    if (c >= col || p.filled < 2) continue;
    if ((band.texts.get(c) ?? []).some((t) => t.trim() !== '')) continue;
    if ((p.counts.text + p.counts.sentence) / p.filled >= 0.6) return true;
  }
  return false;
}

/**
 * True when a column of different texts under a heading of no known word stands left of column `col`,
 * filled on twice its rows or more (Sector/Sub Sector: Agriculture, Micro Enterprises … beside "RRBs not
 * Meeting Target/Sub-target", a remark on the first row): those name the rows.
 */
function fullerTextsLeft(band: Band, profiles: ReadonlyMap<number, ColumnProfile>, col: number): boolean {
  const own = profiles.get(col)?.filled ?? 0;
  for (const [c, p] of profiles) {
    if (c >= col || p.filled < 2 || p.filled < 2 * own) continue;
    const texts = p.counts.text + p.counts.sentence;
    if (texts < p.filled * 0.6 || p.distinctTexts < texts * 0.8) continue;
    const leaf = band.texts.get(c)?.slice(-1)[0] ?? '';
    if (headerRoles(leaf).length === 0) return true;
  }
  return false;
}

/** The name column when no heading names one: the leftmost column of longer, varied texts. */
function nameByContent(
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  taken: ReadonlySet<number>,
): Candidate | null {
  const cols = [...profiles.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    if (taken.has(c)) continue;
    const p = profiles.get(c)!;
    if (p.filled < 1) continue;
    const texty = (p.counts.text + p.counts.sentence) / p.filled;
    if (texty >= 0.6 && p.meanTextLength >= 2 && p.ownerLike < p.filled * 0.5) {
      const col = fullerNamesBeside(band, profiles, taken, c) ?? c;
      const header = band.texts.get(col)?.join(' › ') ?? '';
      return { col, role: 'name', score: 0.6, header, unit: null, source: 'content' };
    }
  }
  return null;
}

/**
 * A column of texts on every row right of column `c`, which has them on a few rows only, both unheaded and
 * left of a column of figures (| | Approved Budget over Recurrent | Wage, then | Non Wage): `c` writes
 * each group once, the column beside it names the rows. Null where there is none.
 */
function fullerNamesBeside(
  band: Band,
  profiles: ReadonlyMap<number, ColumnProfile>,
  taken: ReadonlySet<number>,
  c: number,
): number | null {
  const p = profiles.get(c)!;
  if ((band.texts.get(c) ?? []).some((t) => t.trim() !== '')) return null;
  const next = c + 1;
  const q = profiles.get(next);
  if (!q || taken.has(next) || (band.texts.get(next) ?? []).some((t) => t.trim() !== '')) return null;
  if (![...taken].some((t) => t > next)) return null;
  const texty = (q.counts.text + q.counts.sentence) / Math.max(1, q.filled);
  return texty >= 0.8 && q.filled >= 2 * p.filled && q.distinctTexts >= q.filled * 0.8 ? next : null;
}

/**
 * No column is named the rows' names, and the headings' corner is blank (| Annual Target | Result: Within 8
 * minutes, Within 12 minutes): the first column left of every figure's column, with no heading and texts
 * that differ row by row, names the rows, whatever its texts look like.
 */
function namesUnderBlankCorner(
  cands: Candidate[],
  band: Band,
  prof: ReadonlyMap<number, ColumnProfile>,
): void {
  const values = cands.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col);
  if (values.length === 0) return;
  const before = Math.min(...values);
  const taken = new Set(cands.map((c) => c.col));
  for (const c of [...prof.keys()].sort((a, b) => a - b)) {
    if (c >= before) return;
    const p = prof.get(c)!;
    if (taken.has(c) || (band.texts.get(c) ?? []).length > 0 || p.filled < 2) continue;
    // (Names told by a time or a count, Within 8 minutes, read as figures in words: they count too.)
    const words = p.counts.text + p.counts.sentence;
    const figures = p.counts.number + p.counts.percent;
    if (figures > p.filled * 0.2 || p.counts.status + p.counts.na > p.filled * 0.5) continue;
    if (p.distinctTexts < words * 0.8) continue;
    const col = fullerNamesBeside(band, prof, taken, c) ?? c;
    cands.push({ col, role: 'name', score: 0.6, header: '', unit: null, source: 'content' });
    return;
  }
}

// ───────────────────────────── tables ─────────────────────────────

function profiles(grid: Grid, cols: Iterable<number>, from: number, to: number): Map<number, ColumnProfile> {
  const out = new Map<number, ColumnProfile>();
  const end = Math.min(to, from + PROFILE_ROWS);
  const rows: number[] = [];
  for (let r = from; r < end; r++) if (isDataRow(grid.values[r])) rows.push(r);
  // The cells merged down over the rows below them, by column.
  const mergedDown = new Map<number, number>();
  const mergedRows = new Map<number, number>();
  const mergedVerdictRows = new Map<number, number>();
  for (const m of grid.merges) {
    const top = m.top - grid.originRow;
    if (m.bottom > m.top && top >= from && top < end && m.left === m.right) {
      const c = m.left - grid.originCol;
      mergedDown.set(c, (mergedDown.get(c) ?? 0) + 1);
      const below = Math.min(m.bottom - grid.originRow, end - 1) - top;
      mergedRows.set(c, (mergedRows.get(c) ?? 0) + below);
      const v = grid.values[top]?.[c];
      if (typeof v === 'string' && statusWord(v) !== null)
        mergedVerdictRows.set(c, (mergedVerdictRows.get(c) ?? 0) + below);
    }
  }
  for (const c of cols) {
    const cells: (CellValue | undefined)[] = [];
    const formats: (string | null | undefined)[] = [];
    for (const r of rows) {
      const row = grid.values[r];
      cells.push(row[c]);
      formats.push(grid.numberFormats?.[r]?.[c]);
    }
    const p = profileColumn(cells, formats);
    const merged = mergedDown.get(c);
    out.set(
      c,
      merged
        ? {
            ...p,
            mergedDown: merged,
            mergedRows: mergedRows.get(c) ?? 0,
            mergedVerdictRows: mergedVerdictRows.get(c) ?? 0,
          }
        : p,
    );
  }
  return out;
}

/** The columns a table body uses at all (up to the widest row, bounded). */
function usedColumns(grid: Grid, from: number, to: number, width: number): number[] {
  let w = width;
  const end = Math.min(to, from + PROFILE_ROWS);
  for (let r = from; r < end; r++) w = Math.max(w, Math.min(grid.values[r]?.length ?? 0, 256));
  return Array.from({ length: w }, (_, i) => i);
}

/**
 * Two columns headed as the name (Indicator | Description), one of them holding reference codes
 * (1.1.2.PI, KPI-04) beside the other's texts: the codes are the rows' ids, the texts their names.
 */
function codesAsIds(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  const names = cands.filter((c) => c.role === 'name');
  if (names.length < 2 || cands.some((c) => c.role === 'id')) return;
  const isCodes = (c: Candidate): boolean => {
    const p = prof.get(c.col);
    return p !== undefined && p.filled >= 2 && p.codes >= p.filled * 0.8;
  };
  const codes = names.find(isCodes);
  const texts = names.find((c) => {
    const p = prof.get(c.col);
    return c !== codes && p !== undefined && !isCodes(c) && p.meanTextLength >= 8;
  });
  if (codes && texts) codes.role = 'id';
}

/**
 * A name heading over list numbers only ((1), (2), 1., 一、) beside an unheaded column of texts (項目 |
 * 工作 | 目標 over (1) | 在四個工作天內完成開標程序… | 95%): the numbers are the items' ids, the texts
 * their names.
 */
function numbersAsIds(
  cands: Candidate[],
  band: Band,
  prof: ReadonlyMap<number, ColumnProfile>,
  onlyListNumbers: (col: number) => boolean,
): void {
  const names = cands.filter((c) => c.role === 'name');
  if (names.length !== 1 || cands.some((c) => c.role === 'id') || !onlyListNumbers(names[0].col)) return;
  const col = names[0].col + 1;
  const p = prof.get(col);
  if (cands.some((c) => c.col === col) || !p || p.filled < 2) return;
  if ((p.counts.text + p.counts.sentence) / p.filled < 0.8 || p.meanTextLength < 6) return;
  names[0].role = 'id';
  cands.push({
    col,
    role: 'name',
    score: 0.8,
    header: (band.texts.get(col) ?? []).join(' › '),
    unit: null,
    source: 'content',
  });
}

/** List numbers alone down a column: (1), （二）, 1., 3、, a), ①. */
function listNumbersDown(grid: Grid, col: number, bodyStart: number, bodyEnd: number): boolean {
  let numbers = 0;
  for (let r = bodyStart; r < bodyEnd; r++) {
    const v = grid.values[r]?.[col];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || !LIST_NUMBER_ALONE.test(v)) return false;
    numbers++;
  }
  return numbers >= 2;
}

const LIST_NUMBER_ALONE =
  /^\s*(?:[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-z]|[ivx]{1,4})\s*[)）]|(?:\d{1,3}|[a-z])\s*[.、)）]|[一二三四五六七八九十]{1,3}\s*[、.]|[①-⑳])\s*$/i;

/**
 * Two columns headed as the name, one holding a single label down every row (绩效指标 merged down the
 * left of a form) beside the other's different names: the label names no row.
 */
function oneLabelNoName(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  const names = cands.filter((c) => c.role === 'name');
  if (names.length < 2) return;
  const distinct = (c: Candidate): number => prof.get(c.col)?.distinctTexts ?? 0;
  if (!names.some((c) => distinct(c) >= 2)) return;
  for (const c of names) if (distinct(c) <= 1) cands.splice(cands.indexOf(c), 1);
}

/** A heading that names a target and its result together (Target and Report on Performance, 目标及完成情况). */
const TARGET_AND_RESULT =
  /target.*(?:and|&).*(?:performance|result|actual|outcome|achievement)|目标.*[和及与].*(?:完成|实际|结果)/;

/**
 * One heading merged over two columns that names a target and its result together (2011-2012 Target and
 * Report on Performance › 85% | Actual: 99% achieved): the left column the target, the right the result.
 */
function targetAndResult(cands: Candidate[]): void {
  for (const c of cands) {
    const next = cands.find((o) => o.col === c.col + 1 && o.header === c.header);
    const leaf = leafOf(c);
    if (!next || !TARGET_AND_RESULT.test(headerKey(leaf))) continue;
    c.role = 'target';
    next.role = 'actual';
  }
}

/**
 * Of two target columns, one headed as a target (Target beneficiaries) and one as the money set aside
 * (Budget, 预算): the target; the budget is what it costs, not what is to be reached.
 */
function namedTargetOverBudget(c: Candidate, prev: Candidate): boolean {
  if (c.role !== 'target') return false;
  const k = (x: Candidate): string => headerKey(leafOf(x));
  return /target|目标/.test(k(c)) && !/budget|预算/.test(k(c)) && /budget|预算/.test(k(prev));
}

/** A target or budget as revised in the year (调整预算数, 调整后目标, Revised target, Amended budget). */
const REVISED_TARGET =
  /^(?:调整后?|修订后?|修正后?|变动|变更后?)|(?:调整|修订)后?(?:的)?(?:预算|目标|计划|指标)|\b(?:revised|adjusted|amended|updated|current|latest)\b|\((?:revised|adjusted|amended)\)/i;

/**
 * Of two target columns, one as set at the start of the year (年初预算数, Original target) and one as
 * revised since (调整预算数, Revised target): the revised one is what the year is judged against.
 */
function revisedOverOriginal(c: Candidate, prev: Candidate): boolean {
  if (c.role !== 'target') return false;
  const leaf = (x: Candidate): string => normalizeText(leafOf(x));
  return REVISED_TARGET.test(leaf(c)) && !REVISED_TARGET.test(leaf(prev));
}

/** A column with another to read where a row leaves it blank. */
function withAlternate(c: Candidate, other: Candidate): Candidate {
  return { ...c, alternates: [...(c.alternates ?? []), other.col, ...(other.alternates ?? [])] };
}

/** Keeps one column per role (per organisation, group and period), the best scored. */
function settle(cands: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  const result = cands.find((c) => c.role === 'actual' && !c.org && !c.group && !c.period)?.col;
  for (const c of cands) {
    const key = [
      c.role === 'history' ? `history${c.col}` : c.role,
      c.org ?? '',
      c.group ?? '',
      c.period ? `${c.period.kind}${c.period.index}${c.period.year ?? ''}` : '',
    ].join('|');
    const prev = best.get(key);
    // The revised target first, the original where a row's revised one is blank or N/A.
    if (prev && c.score === prev.score && revisedOverOriginal(c, prev)) best.set(key, withAlternate(c, prev));
    else if (prev && c.score === prev.score && revisedOverOriginal(prev, c))
      best.set(key, withAlternate(prev, c));
    else if (
      !prev ||
      c.score > prev.score ||
      (c.score === prev.score && (namedTargetOverBudget(c, prev) || rateOfResult(c, prev, result)))
    )
      best.set(key, c);
  }
  const taken = new Set<number>();
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .filter((c) => {
      if (taken.has(c.col)) return false;
      taken.add(c.col);
      return true;
    })
    .sort((a, b) => a.col - b.col);
}

/**
 * Of two completion columns headed alike (Percent Complete after the plan's figures and again after the
 * year's), the one right after the result's column: the result's own rate.
 */
function rateOfResult(c: Candidate, prev: Candidate, result: number | undefined): boolean {
  if (c.role !== 'completion' || result === undefined || c.col < result) return false;
  return prev.col < result || c.col < prev.col;
}

/** A mark alone in its cell, ticking the column it stands in: X, ✓, √, ●. */
const TICK = /^\s*[xX✓✔√●•]\s*$/;

/**
 * Verdicts as columns, a mark under the one that holds for the row (Met or Exceeded Target | Within 3% of
 * achieving Target | Not Achieved | Target Not Yet Applicable, an X under one; 完成 | 基本完成 | 未完成, a √):
 * one status column, the row's cell in whichever it marks, the heading telling what the mark says. Two
 * headings at least must be verdicts, every filled cell a mark, and no row marked twice.
 */
function markedVerdicts(cands: Candidate[], band: Band, grid: Grid, from: number, to: number): Candidate[] {
  const end = Math.min(to, from + PROFILE_ROWS);
  // (A row of counts under the headings, Overall Achievement | 27 | 8 | 4, says how many rows each holds.)
  const counts = (r: number): boolean => {
    const row = grid.values[r] ?? [];
    const figure = (v: CellValue | undefined) =>
      v != null && v !== '' && parseCell(v, null).kind === 'number';
    return row.some(figure) && !row.some((v) => typeof v === 'string' && TICK.test(v));
  };
  const marks = (col: number): number | null => {
    let n = 0;
    for (let r = from; r < end; r++) {
      const v = grid.values[r]?.[col];
      if (isBlank(v) || counts(r)) continue;
      if (typeof v !== 'string' || !TICK.test(v)) return null;
      n++;
    }
    return n;
  };
  const verdict = (col: number): boolean => {
    const leaf = (band.texts.get(col) ?? []).at(-1) ?? '';
    return statusWord(leaf) !== null || notApplicableReason(leaf) !== null;
  };
  for (let first = 0; first < band.width; first++) {
    const run: number[] = [];
    for (let c = first; c < band.width && marks(c) !== null && (band.texts.get(c)?.length ?? 0) > 0; c++)
      run.push(c);
    if (run.length < 2 || run.filter(verdict).length < 2 || run.every((c) => marks(c) === 0)) continue;
    // One mark a row at most, on two rows at least.
    let marked = 0;
    for (let r = from; r < end; r++) {
      if (counts(r)) continue;
      const n = run.filter((c) => !isBlank(grid.values[r]?.[c])).length;
      if (n > 1) return cands;
      marked += n;
    }
    if (marked < 2) return cands;
    // (Never beside a status column of words, nor over the names.)
    const over = cands.filter((c) => run.includes(c.col));
    const kept = cands.filter((c) => !run.includes(c.col));
    if (kept.some((c) => c.role === 'status') || over.some((c) => c.role === 'name')) return cands;
    const status: Candidate = {
      col: run[0],
      role: 'status',
      score: 0.8,
      header: (band.texts.get(run[0]) ?? []).join(' › '),
      unit: null,
      source: 'header',
      alternates: run.slice(1),
    };
    return [...kept, status].sort((a, b) => a.col - b.col);
  }
  return cands;
}

/** An action plan's heading over its actions: Action, Actions, Action(s), OP Action. */
const ACTION_HEADING = /^(?:(?:dp|op)\s+)?actions?(?:\s*\(s\))?$/i;

/**
 * A notes heading over the first column (after the rows' numbers), of short and different texts, with no
 * name column (Actions | Service standard # days | Target (%) | % of standard met; Ref | Action | Target
 * Date | % Complete): the rows' names, not remarks.
 */
function notesAsNames(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  if (cands.some((c) => c.role === 'name')) return;
  const first = [...cands].sort((a, b) => a.col - b.col).find((c) => c.role !== 'id');
  if (!first || first.role !== 'notes') return;
  const p = prof.get(first.col);
  if (!p || p.filled < 2) return;
  const texts = p.counts.text + p.counts.sentence;
  // (An action plan's actions may be written out at length: Action(s) | Target | Status | Progress.)
  const actions = ACTION_HEADING.test(leafOf(first).trim());
  if (texts < p.filled * 0.8 || p.distinctTexts < texts * 0.8 || (p.meanTextLength > 60 && !actions)) return;
  first.role = 'name';
  first.score = Math.min(first.score, 0.8);
}

/** Cross-tab: value roles repeat under different group headings. Marks each column's group. */
function crossTabGroups(
  cands: Candidate[],
  band: Band,
  profile: (col: number) => ColumnProfile | undefined,
): boolean {
  const values = cands.filter((c) => VALUE_ROLES.has(c.role) && !c.period && !c.org);
  const counts = new Map<string, number>();
  for (const c of values) counts.set(c.role, (counts.get(c.role) ?? 0) + 1);
  if (![...counts.values()].some((n) => n >= 2)) return false;
  // The group of a column: its heading texts above the leaf. The indicator's name is the nearest one
  // that is not an office (an owners' row such as 市人力资源社会保障局 sits between name and leaf).
  const above = values.map((c) => {
    const texts = (band.texts.get(c.col) ?? []).slice(0, -1);
    return [...texts].reverse().find((t) => !OWNER_LIKE.test(toHans(normalizeText(t))));
  });
  const named =
    measuresUnderRoles(values, band) ??
    (above.every((t) => t === undefined) ? (pairsSideBySide(values, band) ?? above) : above);
  // Groups that are years (2015-16年度工作表現 | 2016-17年度目標) are years side by side, not measures: the
  // year with a target and its result is judged, the others kept as history (latestYear).
  const years = named.map((g) => (g === undefined ? null : yearInHeading(g)));
  if (years.every((y) => y !== null) && new Set(years).size >= 2) {
    values.forEach((c, i) => {
      c.year = years[i]!;
    });
    latestYear(cands, profile);
    return false;
  }
  const groups = new Set(named);
  if (groups.size < 2 || groups.has(undefined)) return false;
  // Measures or offices side by side each hold a target, a result or both alike; a group with a target
  // alone beside one with a target and its result (OUTPUTS › Budget beside RESULTS › Target | Actual) is a
  // part of one table's headings.
  const pairs = [...groups].map((g) =>
    ['target', 'actual'].filter((role) => values.some((c, i) => named[i] === g && c.role === role)).join(),
  );
  if (new Set(pairs).size > 1) return false;
  // Rows headed as indicators (指标, Indicator) are the measures: the groups over the figures are then the
  // areas or offices side by side (全区 | 我区单独 | 碧江高新区, each with 任务数 | 完成), not measures.
  const rowsAreMeasures = cands.some(
    (c) => c.role === 'name' && c.source === 'header' && MEASURE_HEADING.test(headerKey(c.header)),
  );
  if (rowsAreMeasures) {
    values.forEach((c, i) => {
      c.org = named[i];
    });
    return false;
  }
  // Marked only in a cross-tab: one heading over all the columns (1-7月完成情况 › 年度计划 | 前三季度计划 |
  // 完成投资) is no group.
  values.forEach((c, i) => {
    c.group = named[i];
  });
  return true;
}

/**
 * Measures under the headings of their roles (年度目标 › 户数(户) | 资金(万元), 1-9月完成 › 户数(户) | 资金(万元)):
 * each measure named by its leaf under the target's heading, the n-th result paired with the n-th target.
 * Null unless every value column is such a measure and each role has the same count of them, two or more.
 */
function measuresUnderRoles(values: readonly Candidate[], band: Band): (string | undefined)[] | null {
  if (values.length < 4 || !values.every((c) => c.measureLeaf)) return null;
  const leafOf = (c: Candidate): string => {
    const texts = band.texts.get(c.col) ?? [];
    return texts[texts.length - 1] ?? '';
  };
  const targets = values.filter((c) => c.role === 'target').sort((a, b) => a.col - b.col);
  const results = values.filter((c) => c.role === 'actual').sort((a, b) => a.col - b.col);
  if (targets.length < 2 || targets.length !== results.length || targets.length * 2 !== values.length)
    return null;
  const measure = new Map<Candidate, string>();
  targets.forEach((t, i) => {
    measure.set(t, leafOf(t));
    measure.set(results[i], leafOf(t));
  });
  return values.map((c) => measure.get(c));
}

/** The heading of a column of measures: 指标, 指标名称, 绩效指标, Indicator, Measure, KPI. */
const MEASURE_HEADING =
  /^(?:(?:主要|绩效|考核|年度)?指标(?:名称|内容)?|(?:performance\s*|key\s*performance\s*)?(?:indicators?|measures?)|kpis?)$/;

const OWNER_LIKE = /(局|委|办|厅|中心|部|处|科|院|政府|公司|集团|委员会|办公室|总工会|妇联|团委)$/;

/** The name of a place or an office: 开发区, 城关镇, 东湖街道, 市教育局, 高新技术产业园. */
const PLACE_OR_OFFICE =
  /(省|市|区|县|旗|镇|乡|街道|办事处|村|社区|园区|园|开发区|新区|局|委|办|厅|中心|公司|集团|医院|学校)$/;

/** True when a column's texts are three or more different places or offices (a 单位 column of units). */
function namesPlaces(grid: Grid, col: number, from: number, to: number): boolean {
  const texts: string[] = [];
  for (let r = from; r < to; r++) {
    const v = grid.values[r]?.[col];
    // (in Simplified characters: 縣 is 县, 鎮 镇)
    if (typeof v === 'string' && v.trim() !== '') texts.push(toHans(normalizeText(v).trim()));
  }
  if (texts.length < 3 || new Set(texts).size < texts.length * 0.8) return false;
  return texts.filter((t) => PLACE_OR_OFFICE.test(t) || isTotalName(t)).length >= texts.length * 0.8;
}

/**
 * Measures side by side under one heading row, each a target, its result and maybe its rate (计划完成数 |
 * 累计开工数 | 开工率 | 计划投资额 | 累计完成投资额 | 计划投资完成率): each run from a target on is one
 * measure, named by its result's heading as written (its unit apart). Null unless every run has one
 * target and one result, and there are two runs or more.
 */
function pairsSideBySide(values: readonly Candidate[], band: Band): string[] | null {
  const runs: Candidate[][] = [];
  for (const c of [...values].sort((a, b) => a.col - b.col)) {
    if (c.role === 'target') runs.push([c]);
    else if (runs.length === 0) return null;
    else runs[runs.length - 1].push(c);
  }
  if (runs.length < 2) return null;
  const names = new Map<Candidate, string>();
  for (const run of runs) {
    const roles = run.map((c) => c.role);
    if (new Set(roles).size !== roles.length || !roles.includes('actual')) return null;
    const result = run.find((c) => c.role === 'actual')!;
    const leaf = band.texts.get(result.col)?.slice(-1)[0] ?? '';
    const name = leaf.replace(/[(（][^)）]*[)）]\s*$/, '').trim();
    if (name === '') return null;
    for (const c of run) names.set(c, name);
  }
  return values.map((c) => names.get(c)!);
}

function dataRows(grid: Grid, from: number, to: number): number {
  let n = 0;
  for (let r = from; r < to; r++) if (isDataRow(grid.values[r])) n++;
  return n;
}

/**
 * A row of the body's data. Captions, section headings and notes stand alone in their row, a form's row
 * of column numbers (甲 | 乙 | 1 | 2 | 3) numbers the columns, and a total (合计 | 2825.4 | … | 150.1) sums
 * the rows: none is data.
 */
function isDataRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  return filledCols(row).length >= 2 && !isColumnNumbers(row) && !isTotalRow(row);
}

/** A row whose first text is a total's (合计, Total; its figures may stand left of it: 2019 | Total | 80). */
function isTotalRow(row: readonly CellValue[] | undefined): boolean {
  for (const c of filledCols(row)) {
    const t = textAt(row, c);
    if (t !== null) return isTotalName(t);
  }
  return false;
}

function confidenceOf(
  cols: readonly Candidate[],
  captionNames = false,
): { confidence: number; missing: ('name' | 'value')[] } {
  const missing: ('name' | 'value')[] = [];
  const name = cols.find((c) => c.role === 'name') ?? (captionNames ? cols[0] : undefined);
  const values = cols.filter(
    (c) => VALUE_ROLES.has(c.role) || c.role === 'periodActual' || c.role === 'periodPlan',
  );
  if (!name) missing.push('name');
  if (values.length === 0) missing.push('value');
  if (missing.length > 0) return { confidence: 0.3, missing };
  // Without a single value column named by its heading, the cells alone do not make a table of targets.
  if (values.some((v) => v.source === 'user') && name?.source === 'user') return { confidence: 1, missing };
  if (!values.some((v) => v.source !== 'content')) return { confidence: 0.45, missing: ['value'] };
  const fromHeader = cols.filter((c) => c.source === 'header' && !AUXILIARY.has(c.role)).length;
  const best = Math.max(...values.map((v) => v.score));
  const confidence = Math.min(
    1,
    0.4 + 0.15 * Math.min(fromHeader, 3) + 0.15 * best + (name!.source === 'header' ? 0.1 : 0),
  );
  return { confidence, missing };
}

/** Rows where a new table's headings start, after `from`. */
function headingRows(grid: Grid, from: number): number[] {
  const out: number[] = [];
  let seen = 0;
  // The columns the last heading row with a deadline heads so (Due date, 完成时限): a date under one is data.
  let deadlines: number[] = [];
  for (let r = from; r < grid.values.length && seen < SCAN_ROWS; r++) {
    const row = grid.values[r];
    if (isEmptyRow(row)) continue;
    seen++;
    const heading = rowHeading(row);
    if (!(isHeadingRow(heading) || blankCornerHeadings(grid, r, heading)) || datedUnder(row, deadlines))
      continue;
    out.push(r);
    const own = deadlineColumns(row);
    if (own.length > 0) deadlines = own;
  }
  return out;
}

/** The columns a heading row heads with a deadline (Due date, Target date, 完成时限). */
function deadlineColumns(row: Row): number[] {
  const out: number[] = [];
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const t = textAt(row, c);
    if (t && headerRoles(t)[0]?.role === 'deadline') out.push(c);
  }
  return out;
}

/** A day as a deadline is written: 31/03/2024, 2024-03-31. */
const WRITTEN_DAY = /^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*$/;

/**
 * A date or a period under a deadline's heading (Action | Due date | Status over "Adopt the Local Plan |
 * March 2024 | Partially achieved"): a row of data, however many heading words its other cells hold.
 */
function datedUnder(row: Row, deadlines: readonly number[]): boolean {
  return deadlines.some((c) => {
    const t = textAt(row, c);
    return (
      t !== null &&
      (WRITTEN_DAY.test(t) || headingPeriod(t) !== null || statedPeriod(t) !== null || yearLabel(t) !== null)
    );
  });
}

/** A line of notes or sources under a table (注:, 资料来源:, Note 1., Source:). */
function isNotesLine(t: string): boolean {
  return /^(注|备注|说明|附注|注释|资料来源|数据来源|note|notes|source|\*)\s*[:：\d.、]/i.test(
    toHans(normalizeText(t)),
  );
}

/** The first row at or after `from` where the body ends: a notes or signature line, or the grid's end. */
function bodyEnd(grid: Grid, from: number, limit: number): number {
  for (let r = from; r < limit; r++) {
    const row = grid.values[r];
    const cols = filledCols(row);
    if (cols.length !== 1) continue;
    const t = textAt(row, cols[0]);
    if (t && isNotesLine(t)) return r;
    if (r > from && isEmptyRow(grid.values[r - 1]) && anotherTableBelow(grid, r, limit)) return r - 1;
  }
  return limit;
}

/**
 * A caption of one text after a blank row, over headings of words no heading of this table has and rows
 * of figures under them ("Previous Year Allocations" over Num | Year | Recurrent | Total), or over the
 * labels of a box of facts ("… at a Glance" over Location: | FY2025 Budget: | Full-time): another table,
 * which ends this one at the blank row.
 */
function anotherTableBelow(grid: Grid, caption: number, limit: number): boolean {
  const head = grid.values[caption + 1];
  const first = grid.values[caption + 2];
  if (caption + 2 >= limit || !head || !first) return false;
  const cols = filledCols(head);
  if (cols.length < 3) return false;
  const words = cols.map((c) => textAt(head, c));
  // (A field's label may hold a year: "FY2025 Budget:" in a box of facts below the table.)
  if (!words.every((w) => w !== null && (!/\d/.test(w) || /[:：]\s*$/.test(w)))) return false;
  const under = filledCols(first);
  // (figures typed as text count as figures: "$4,649,840")
  const figures = under.filter((c) => parseCell(first[c] ?? null).kind === 'number').length;
  return under.length >= 3 && figures >= under.length * 0.6;
}

interface UserColumns {
  readonly cols: ReadonlyMap<number, UserRole>;
  /** The heading row the user's heading words were found in, when they name headings. */
  readonly headingRow: number | null;
}

/** Column letters to a grid column index: "C" → 2 (for a grid starting in column A). */
function letterColumn(grid: Grid, letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  const c = n - grid.originCol;
  return c >= 0 ? c : null;
}

/** Where the user's columns are: by letter, or by their heading words in the first rows. */
function resolveMapping(grid: Grid, mapping: ColumnMapping): UserColumns {
  const cols = new Map<number, UserRole>();
  let headingRow: number | null = null;
  for (const role of USER_ROLES) {
    const want = mapping[role];
    if (typeof want !== 'string' || want.trim() === '') continue;
    const byLetter = letterColumn(grid, want.trim());
    if (byLetter !== null) {
      cols.set(byLetter, role);
      continue;
    }
    const key = headerKey(want);
    for (let r = 0; r < Math.min(grid.values.length, SCAN_ROWS); r++) {
      const row = grid.values[r];
      const c = (row ?? []).findIndex((v) => typeof v === 'string' && headerKey(v) === key);
      if (c >= 0) {
        cols.set(c, role);
        headingRow = headingRow === null ? r : Math.max(headingRow, r);
        break;
      }
    }
  }
  return { cols, headingRow };
}

/** The user's roles replace the reader's for their columns (and their roles). */
function applyUser(cands: Candidate[], user: UserColumns, band: Band | null): Candidate[] {
  if (user.cols.size === 0) return cands;
  const roles = new Set(user.cols.values());
  const kept = cands.filter((c) => !user.cols.has(c.col) && !roles.has(c.role as UserRole));
  for (const [col, role] of user.cols) {
    const header = band?.texts.get(col)?.join(' › ') ?? '';
    kept.push({
      col,
      role,
      score: 1,
      header,
      unit: header ? bracketUnit(header) : null,
      source: 'user',
    });
  }
  return kept.sort((a, b) => a.col - b.col);
}

/**
 * Every indicator table on a sheet, top to bottom, each with its column roles and evidence; tables
 * below the confidence bar are returned too, with what they lack, so the caller can ask.
 */
export function findTables(grid: Grid, mapping?: ColumnMapping): FoundTable[] {
  const values = grid.values ?? [];
  const user = mapping
    ? resolveMapping(grid, mapping)
    : { cols: new Map<number, UserRole>(), headingRow: null };
  const heads = headingRows(grid, 0);
  // The row the user's heading words are in heads a table, whatever the reader made of it.
  if (user.headingRow !== null && !heads.includes(user.headingRow)) {
    heads.push(user.headingRow);
    heads.sort((a, b) => a - b);
  }
  const merges = mergeIndex(grid, 0, Math.min(values.length, (heads[heads.length - 1] ?? 0) + 6));
  const tables: FoundTable[] = [];
  let floor = -1;
  let i = 0;
  while (i < heads.length) {
    const h = heads[i];
    const band = buildBand(grid, merges, h, floor);
    // A form's row of column numbers under the headings (甲 | 乙 | 1 | 2 | 3): the body starts after it.
    const last = band.rows[band.rows.length - 1];
    const bandEnd = last + (isColumnNumbers(values[last + 1]) ? 2 : 1);
    // The next table's headings end this body (skip heading rows inside this band).
    let j = i + 1;
    while (j < heads.length && heads[j] < bandEnd) j++;
    let stop: number;
    let table: FoundTable | null;
    for (;;) {
      const nextHead = j < heads.length ? heads[j] : values.length;
      const end = bodyEnd(grid, bandEnd, nextHead);
      const nextBand = j < heads.length ? buildBand(grid, merges, heads[j], bandEnd - 1) : null;
      stop = nextBand
        ? Math.min(
            end,
            captionStart(grid, merges, bandEnd, nextBand.rows[0]),
            titleGap(grid, bandEnd, nextBand.rows[0]),
          )
        : end;
      table = readTable(grid, band, bandEnd, stop, floor, user);
      if (
        !table ||
        !nextBand ||
        stop !== Math.min(nextHead, nextBand.rows[0]) ||
        heads[j] === user.headingRow
      )
        break;
      if (!continuesBody(grid, table, nextBand, heads[j + 1] ?? values.length, user)) break;
      j++;
    }
    // A form's overall goal (年度目标完成情况 | 预期目标 | 目标实际完成情况 over the goal's words) is a block
    // of its own: its words are no indicators.
    if (table && !goalRow(grid, merges, h, filledCols(values[h])[0] ?? 0)) tables.push(table);
    floor = stop - 1;
    i = j;
  }
  if (tables.length === 0) {
    const headerless =
      user.cols.size > 0 ? userTable(grid, user) : (findHeaderless(grid) ?? findVerdictList(grid));
    if (headerless) tables.push(headerless);
  }
  return tables;
}

/**
 * A row of the body that only looks like headings ("TDP | Total fuel volume | Head of Service | New
 * measure for FY 2025": an office's title and a note, each a heading word): one row to three, each with its
 * indicator's name where the table's names are, and no table read under them.
 */
function continuesBody(
  grid: Grid,
  table: FoundTable,
  next: Band,
  nextEnd: number,
  user: UserColumns,
): boolean {
  const h = next.rows[0];
  // (Up to three such rows, one under the other, are rows of the body: 单位地区生产总值能耗降低率 | 完成市级下达目标.)
  if (next.rows.length > 3 || h !== table.bodyEnd) return false;
  const names = table.columns.filter((c) => c.role === 'name');
  const named = (r: number): boolean => names.some((c) => textAt(grid.values[r], c.col) !== null);
  if (names.length === 0 || !next.rows.every(named)) return false;
  const start = next.rows[next.rows.length - 1] + 1;
  const under = readTable(grid, next, start, bodyEnd(grid, start, nextEnd), h - 1, user);
  return !under || under.confidence < CONFIDENT || under.bodyEnd <= start;
}

/**
 * Where the caption block above the next table's headings starts: the section heading and caption lines
 * (one text each) right above the headings, after the last data row.
 */
function captionStart(grid: Grid, merges: MergeIndex, from: number, headings: number): number {
  const leafCols = filledCols(grid.values[headings]);
  const span = Math.max(1, (leafCols[leafCols.length - 1] ?? 0) + 1 - (leafCols[0] ?? 0));
  let r = headings;
  while (r - 1 >= from) {
    const cols = filledCols(grid.values[r - 1]);
    // A line of one text, or a label with its words across (Objective | Improve local housing…).
    if (cols.length > 1 && !labelledCaption(grid, merges, r - 1, cols, leafCols, span)) break;
    r--;
  }
  // Leave the blank rows to the body above (they end it anyway).
  while (r < headings && isEmptyRow(grid.values[r])) r++;
  return r;
}

/**
 * Where the next table's title block starts: at a gap of blank rows followed by a line of one text (its
 * title), two blank rows or more, or one before a table's title (…自评表, "Appendix A"). What lies below
 * the gap and above the next headings (the next form's unit, date and budget lines, a report's cover
 * lines) belongs to that table, never to this body. `headings` when there is no such gap.
 */
function titleGap(grid: Grid, from: number, headings: number): number {
  let cut = headings;
  let blank = 0;
  for (let r = from; r < headings; r++) {
    const row = grid.values[r];
    if (isEmptyRow(row)) {
      blank++;
      continue;
    }
    const cols = filledCols(row);
    const text = cols.length === 1 ? textAt(row, cols[0]) : null;
    if (text !== null && (blank >= 2 || (blank === 1 && isTableTitle(text)))) cut = r - blank;
    blank = 0;
  }
  return cut;
}

/**
 * Columns that are the one to their left, widened: a name written in cells merged across two columns
 * (项目内容 over C:D, each row's name merged C:D) leaves the right one no cell of its own, so its copy of
 * the heading names nothing.
 */
function withoutMergedOver(
  grid: Grid,
  band: Band,
  bodyStart: number,
  bodyEnd: number,
  prof: ReadonlyMap<number, ColumnProfile>,
): Band {
  const over = new Map<number, number>();
  for (const m of grid.merges) {
    if (m.top !== m.bottom || m.right <= m.left) continue;
    const r = m.top - grid.originRow;
    if (r < bodyStart || r >= bodyEnd) continue;
    for (let c = m.left - grid.originCol + 1; c <= m.right - grid.originCol; c++) {
      over.set(c, (over.get(c) ?? 0) + 1);
    }
  }
  if (over.size === 0) return band;
  const rows = dataRows(grid, bodyStart, bodyEnd);
  const texts = new Map(band.texts);
  let changed = false;
  for (const [c, n] of over) {
    if ((prof.get(c)?.filled ?? 0) > 0 || n < Math.max(2, rows * 0.5) || !texts.has(c)) continue;
    texts.delete(c);
    changed = true;
  }
  return changed ? { ...band, texts } : band;
}

/**
 * A target heading merged over the names and the column beside them (Target over "We will achieve at
 * least 90% …" | Brotherton): where the column beside holds no figure at all, the targets are in the
 * names' words, and the column beside only labels the rows (a library, a sub-measure).
 */
function withoutFigurelessTargetCopy(
  cands: Candidate[],
  prof: ReadonlyMap<number, ColumnProfile>,
): Candidate[] {
  const figures = (p: ColumnProfile | undefined): number =>
    p ? p.counts.number + p.counts.percent + p.counts.quantity + p.counts.sentence : 0;
  return cands.filter((c) => {
    if (c.role !== 'target' || c.source !== 'header') return true;
    const left = cands.find((n) => n.role === 'name' && n.col === c.col - 1 && n.header === c.header);
    return !left || figures(prof.get(c.col)) > 0 || (prof.get(left.col)?.counts.sentence ?? 0) === 0;
  });
}

/**
 * The columns, most filled first, where no row of the body fills two of them and some row fills one; null
 * otherwise.
 */
function eachRowFillsOne(
  grid: Grid,
  cols: readonly number[],
  bodyStart: number,
  bodyEnd: number,
): number[] | null {
  const counts = new Map<number, number>(cols.map((c) => [c, 0]));
  for (let r = bodyStart; r < bodyEnd; r++) {
    const row = grid.values[r];
    // (A total fills every column it sums.)
    if (isTotalRow(row)) continue;
    const own = cols.filter((c) => !isBlank(row?.[c]));
    if (own.length > 1) return null;
    if (own.length === 1) counts.set(own[0], counts.get(own[0])! + 1);
  }
  if ([...counts.values()].every((n) => n === 0)) return null;
  return [...cols].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b);
}

/**
 * A result's word over the first column, of names (no final stop), beside a result column of its own and
 * no name column (Performance | Realisation in 2023 | Realisation in 2022 | Target value for 2023): the
 * names. (Comments on the results end as sentences do, and stay notes.)
 */
function resultWordAsNames(
  cands: Candidate[],
  prof: ReadonlyMap<number, ColumnProfile>,
  grid: Grid,
  bodyStart: number,
  bodyEnd: number,
): void {
  if (cands.some((c) => c.role === 'name')) return;
  const actuals = cands
    .filter((c) => c.role === 'actual' && !c.org && !c.group)
    .sort((a, b) => a.col - b.col);
  const first = actuals[0];
  const p = first ? prof.get(first.col) : undefined;
  if (actuals.length < 2 || !p || p.filled < 2 || cands.some((c) => c.col < first.col)) return;
  if (p.counts.text + p.counts.sentence < p.filled * 0.8) return;
  // The other results are figures; on their rows the first column's texts end with no stop.
  const others = actuals.slice(1).map((c) => c.col);
  if (!others.some((c) => numericShare(prof.get(c)!) >= 0.5)) return;
  let rows = 0;
  let stops = 0;
  for (let r = bodyStart; r < bodyEnd; r++) {
    const row = grid.values[r];
    const v = row?.[first.col];
    if (typeof v !== 'string' || !others.some((c) => !isBlank(row?.[c]))) continue;
    rows++;
    if (/[.。]\s*$/.test(v)) stops++;
  }
  if (rows < 2 || stops > rows * 0.2) return;
  first.role = 'name';
  first.score = Math.min(first.score, 0.8);
}

/** A column whose filled cells all say not applicable (na, n/a, -; the grammar's words): no names, whatever its heading. */
function onlyNotApplicable(grid: Grid, col: number, bodyStart: number, bodyEnd: number): boolean {
  let marks = 0;
  for (let r = bodyStart; r < bodyEnd; r++) {
    const v = grid.values[r]?.[col];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || notApplicableReason(v) !== 'not-applicable') return false;
    marks++;
  }
  return marks > 0;
}

/**
 * A heading that names the indicator over a column left empty while the rows have texts elsewhere (the
 * traffic-light pictures of an INDICATOR column, "na" where nothing is rated): the names are where the
 * texts are.
 */
function namesWhereTextsAre(
  cands: Candidate[],
  band: Band,
  prof: ReadonlyMap<number, ColumnProfile>,
  notApplicableOnly: (col: number) => boolean,
): Candidate[] {
  const emptyNames = cands.filter(
    (c) =>
      c.role === 'name' &&
      c.source === 'header' &&
      ((prof.get(c.col)?.filled ?? 0) === 0 || notApplicableOnly(c.col)),
  );
  const textName = emptyNames.length > 0 ? nameByContent(band, prof, new Set(cands.map((c) => c.col))) : null;
  return textName ? [...cands.filter((c) => !emptyNames.includes(c)), textName] : cands;
}

/** The plans and the periods of two years the headings name (readTable's passes, in their order). */
function plansAndPeriods(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  wordPeriodsArePlans(cands, prof);
  samePeriodOfTwoYears(cands);
  sameMonthsOfTwoYears(cands);
  lonePlanIsTarget(cands);
}

/** The columns' roles by their headings and cells, spacers set aside, verdicts set out as marked columns joined. */
function firstRoles(
  grid: Grid,
  band: Band,
  bodyStart: number,
  bodyEnd: number,
  prof: ReadonlyMap<number, ColumnProfile>,
): Candidate[] {
  const fillsOne = (of: readonly number[]): number[] | null => eachRowFillsOne(grid, of, bodyStart, bodyEnd);
  const cands = offSpacers(
    assignRoles(withoutMergedOver(grid, band, bodyStart, bodyEnd, prof), prof, fillsOne),
    band,
    prof,
  );
  return markedVerdicts(cands, band, grid, bodyStart, bodyEnd);
}

function readTable(
  grid: Grid,
  band: Band,
  bodyStart: number,
  bodyEnd: number,
  floor: number,
  user: UserColumns,
): FoundTable | null {
  const cols = usedColumns(grid, bodyStart, bodyEnd, band.width);
  const prof = profiles(grid, cols, bodyStart, bodyEnd);
  let cands = firstRoles(grid, band, bodyStart, bodyEnd, prof);

  cands = namesWhereTextsAre(cands, band, prof, (col) => onlyNotApplicable(grid, col, bodyStart, bodyEnd));
  cands = withoutFigurelessTargetCopy(cands, prof);
  resultWordAsNames(cands, prof, grid, bodyStart, bodyEnd);
  notesAsNames(cands, prof);
  // After notesAsNames: comments on the results are never the names.
  cands = resultsBesideWords(cands, prof, { grid, from: bodyStart, to: bodyEnd });
  if (!cands.some((c) => c.role === 'name')) namesUnderBlankCorner(cands, band, prof);
  if (!cands.some((c) => c.role === 'name')) namesByCategory(cands, band, prof, grid, bodyStart, bodyEnd);
  if (!cands.some((c) => c.role === 'name')) targetsAsNames(cands, prof);
  officesAsNames(cands, prof);
  outcomeAsResult(cands, prof);
  quarterHeadings(cands);
  codesAsIds(cands, prof);
  numbersAsIds(cands, band, prof, (col) => listNumbersDown(grid, col, bodyStart, bodyEnd));
  yearsNamedByTitle(cands, band, prof, () => titleLines(grid, band.rows[0]));
  unheadedTarget(cands, band, prof);
  timeAllowedAsTarget(cands, band, (col) => timesDown(grid, col, bodyStart, bodyEnd));
  unheadedStatus(cands, band, prof, (col) => picturesDown(grid, col, bodyStart, bodyEnd));
  oneLabelNoName(cands, prof);
  growthAsResult(
    cands,
    (col) => growthWordsDown(grid, col, bodyStart, bodyEnd),
    (col) => amountsDown(grid, col, cands.find((c) => c.role === 'name')?.col ?? -1, bodyStart, bodyEnd),
  );
  bareYearAsPrevious(cands, band, prof);
  plansAndPeriods(cands, prof);
  tasksUnderGroups(cands, prof);
  criteriaUnderVerdictHeading(cands, prof);
  repeatedNameIsCategory(cands, prof);
  mergedGroupsLeftOfNames(cands, band, prof, (col) => captionAcross(grid, col, bodyStart, bodyEnd));
  sentencesAreNoDirection(cands, prof);
  monthOwnTargetBesideToDate(cands);
  absoluteBesideGrowth(cands, band);
  const crossTab = crossTabGroups(cands, band, (col) => prof.get(col));
  growthOfTarget(cands);
  if (orgsOf(cands).size >= 2) attachToOrgs(cands);
  cands = applyUser(settle(cands), user, band);
  if (crossTab) {
    // The row labels of a cross-tab are areas or units; the indicator names are the group headings. A
    // 单位 column of different names on every row (大龙山镇, 杨桥镇 …) is those units, not a unit of measure.
    let label = cands.find((c) => c.role === 'name');
    const units = cands.find((c) => c.role === 'unit');
    const p = units ? prof.get(units.col) : undefined;
    if (!label && units && p && p.filled >= 3 && p.distinctTexts >= p.filled * 0.8) {
      units.role = 'name';
      label = units;
    }
    if (!label) {
      const first = nameByContent(band, prof, new Set(cands.map((c) => c.col)));
      if (first) cands.push(first);
    }
  } else if (!cands.some((c) => c.role === 'name')) {
    // 单位 over places and offices (开发区, 高新区, 城关镇 | 全年目标 | 1-10月到位资金): the rows are those
    // units, each judged on the measure the title names — not a unit of measure.
    const units = cands.find((c) => c.role === 'unit');
    if (units && namesPlaces(grid, units.col, bodyStart, bodyEnd)) units.role = 'name';
  }
  const captionRows: number[] = [];
  for (let r = floor + 1; r < band.rows[0]; r++) if (!isEmptyRow(grid.values[r])) captionRows.push(r);
  // A one-indicator table under a caption that names it ("PERFORMANCE INDICATOR #1: …").
  const captionRow = captionRows.length > 0 ? grid.values[captionRows[captionRows.length - 1]] : undefined;
  const caption = captionRow ? textAt(captionRow, filledCols(captionRow)[0] ?? 0) : null;
  // A year or two down the rows under a caption that names the measure (MEASURE: Private investment
  // leveraged | Year | Status | Actual | Target): the caption names it, not the year.
  const names = cands.filter((c) => c.role === 'name');
  if (caption && names.length > 0 && names.every((c) => isYearHeading(leafOf(c)))) {
    if (dataRows(grid, bodyStart, bodyEnd) <= 2) cands = cands.filter((c) => !names.includes(c));
  }
  // Years down the rows with results and no target, and no caption to name the measure (Year | Status |
  // Historical Results under a measure's own block: FY 2005, FY 2004 …): the history of the measure
  // above, not indicators.
  if (
    !caption &&
    names.length === 1 &&
    !cands.some((c) => c.role === 'target' || c.role === 'periodTarget' || c.role === 'periodPlan') &&
    yearsDown(grid, names[0].col, bodyStart, bodyEnd)
  )
    return null;
  const captionNames =
    !cands.some((c) => c.role === 'name') &&
    !!caption &&
    !/[:：]\s*$|填报|填表|报送/.test(caption) &&
    dataRows(grid, bodyStart, bodyEnd) <= 2;
  const { confidence, missing } = confidenceOf(cands, captionNames);
  return {
    headerRows: band.rows,
    bodyStart,
    bodyEnd,
    columns: cands.map(toRoleColumn),
    // Side by side only while the organisations' columns are still there once the user has spoken.
    layout: crossTab ? 'cross-tab' : orgsOf(cands).size >= 2 ? 'side-by-side' : 'rows',
    confidence,
    missing,
    captionRows,
  };
}

/**
 * No column names the rows, and the targets are tasks in words beside their progress (| 2004年目标 |
 * 2004年进度: 令工地完全符合法定和合约的规定。 | 承建商有8宗…): each target's words name its row, and the
 * target is read from them.
 */
function targetsAsNames(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  const target = cands.find((c) => c.role === 'target' && c.source === 'header');
  const p = target ? prof.get(target.col) : undefined;
  if (!target || !p || p.filled < 2 || !cands.some((c) => c.role === 'actual')) return;
  if (p.counts.sentence + p.counts.text < p.filled * 0.8 || p.meanTextLength < 8) return;
  // (The name's words hold the target, as a task's do: 工作目标 | 进展.)
  Object.assign(target, { role: 'name', score: 0.6 });
}

/**
 * No column names the rows: a category column of texts, each row its own (项目类别 | 项目数 | 年度计划 | 完成),
 * or numbering its rows (Priority | 1 | 2), names them — unless a column of texts filled on as many rows
 * does (a column filled on some rows only is remarks: 开工情况).
 */
function namesByCategory(
  cands: Candidate[],
  band: Band,
  prof: ReadonlyMap<number, ColumnProfile>,
  grid: Grid,
  bodyStart: number,
  bodyEnd: number,
): void {
  const byContentName = nameByContent(band, prof, new Set(cands.map((c) => c.col)));
  const category = cands.find((c) => c.role === 'category');
  const categoryProfile = category ? prof.get(category.col) : undefined;
  const ownRows =
    categoryProfile !== undefined &&
    categoryProfile.filled >= 2 &&
    categoryProfile.counts.text + categoryProfile.counts.sentence >= categoryProfile.filled * 0.8 &&
    categoryProfile.distinctTexts >= (categoryProfile.counts.text + categoryProfile.counts.sentence) * 0.8;
  const namesFilled = byContentName ? (prof.get(byContentName.col)?.filled ?? 0) : 0;
  // Sentences right of every figure (Outcome | 2020 Target | 2020 Result | How did we perform): what
  // the office says of each row, not its name.
  const contentProfile = byContentName ? prof.get(byContentName.col) : undefined;
  const valueCols = cands.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col);
  const commentsAfter =
    byContentName !== null &&
    contentProfile !== undefined &&
    valueCols.length > 0 &&
    byContentName.col > Math.max(...valueCols) &&
    contentProfile.counts.text + contentProfile.counts.sentence >= contentProfile.filled * 0.8;
  if (
    category &&
    categoryProfile &&
    (ownRows ||
      numbersItsRows(grid, category.col, bodyStart, bodyEnd) ||
      labelsItsRows(grid, category.col, bodyStart, bodyEnd)) &&
    (namesFilled < categoryProfile.filled * 0.8 || commentsAfter)
  ) {
    category.role = 'name';
    category.score = Math.min(category.score, 0.8);
  } else if (byContentName) cands.push(byContentName);
}

/**
 * "Outcome" right of the rows' names, over sentences, where no column holds a result (Target | Outcome:
 * "Reduce suicide … by 20 per cent." | "The suicide rate for 2011-13 was 19.5 per cent lower …"): what
 * came of each, its result in words — not the outcome area a measure serves (Outcome | Measure | …).
 * Right of a target's column, with no result's column, it is the result whatever its cells hold
 * (Target | Outcome: 97 per cent, 12 business days, Yes).
 */
function outcomeAsResult(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  const name = cands.find((c) => c.role === 'name');
  if (!name || cands.some((c) => c.role === 'actual' || c.role === 'periodActual')) return;
  const outcome = cands.find(
    (c) =>
      c.role === 'category' &&
      c.source === 'header' &&
      c.col > name.col &&
      /^outcomes?$/i.test(c.header.trim()),
  );
  const p = outcome ? prof.get(outcome.col) : undefined;
  if (!outcome || !p || p.filled < 2) return;
  const afterTarget = cands.some((c) => c.role === 'target' && c.col < outcome.col);
  if (!afterTarget && (cands.some((c) => VALUE_ROLES.has(c.role)) || p.counts.sentence < p.filled * 0.6))
    return;
  outcome.role = 'actual';
  outcome.score = Math.min(outcome.score, 0.8);
}

/** Columns headed by their quarters: a quarter's plan beside its result, and results by quarter. */
function quarterHeadings(cands: Candidate[]): void {
  quarterBesideItsActual(cands);
  quartersOfResults(cands);
}

const QUARTER_FIRST = /^(?:q|qtr\.?\s*|quarter\s*)([1-4])\s+([a-z][a-z\s]*)$/;

/**
 * Results headed by their quarters (Q1 Value | Q2 Value; Quarter 1 Result | Quarter 2 Result): each that
 * quarter's, the latest filled one the table's — not the first taken as the result and the rest left
 * out. Only two quarters or more: one (Q3 Performance) is the result, its quarter the table's period.
 */
function quartersOfResults(cands: Candidate[]): void {
  const own = cands.filter((c) => c.role === 'actual' && !c.org && !c.group && !c.period);
  const quarters = own
    .map((c) => ({ c, index: quarterOfResult(normalizeText(leafOf(c)).toLowerCase().trim()) }))
    .filter((x): x is { c: Candidate; index: number } => x.index !== null);
  if (quarters.length < 2 || new Set(quarters.map((x) => x.index)).size !== quarters.length) return;
  for (const { c, index } of quarters)
    Object.assign(c, { role: 'periodActual', period: { kind: 'quarter', index } });
}

/** The quarter before the words of a result (Q1 Value, Quarter 2 Result, Q2 Outturn): its index, else null. */
function quarterOfResult(t: string): number | null {
  const m = QUARTER_FIRST.exec(t);
  if (!m || /\b(?:q|qtr|quarter|to|for)\b/.test(m[2])) return null;
  const role = headerRoles(m[2])[0];
  return role && role.role === 'actual' && role.score >= 0.8 ? Number(m[1]) - 1 : null;
}

/**
 * A quarter's heading alone right before that quarter's result (Q1 - Sep | Actual for Q1, Quarter 1 |
 * Actual for Quarter 1: an SDBIP's quarter pair): the quarter's plan, not a second result.
 */
function quarterBesideItsActual(cands: Candidate[]): void {
  const pairs: [Candidate, Candidate][] = [];
  for (const c of cands) {
    if (c.role !== 'periodActual' || c.period?.kind !== 'quarter' || c.source !== 'header') continue;
    const next = cands.find((o) => o.col === c.col + 1);
    const q = next ? QUARTER_NAMED.exec(next.header) : null;
    if (next && next.role === 'actual' && q && Number(q[1]) - 1 === c.period.index) pairs.push([c, next]);
  }
  for (const [plan, result] of pairs) {
    plan.role = 'periodPlan';
    plan.score = Math.min(plan.score, 0.8);
    // Several quarters side by side: each result is its quarter's.
    if (pairs.length > 1) Object.assign(result, { role: 'periodActual', period: plan.period });
  }
}

const QUARTER_NAMED = /(?:^|[^a-z0-9])(?:q|quarter|qtr\.?)\s*([1-4])(?![0-9])/i;

/**
 * Offices down the rows under an office's heading, and no other column names the rows (Department or
 * Agency | Target set for reply | % of replies within target): each office's figures are what is measured,
 * so the offices name the rows.
 */
function officesAsNames(cands: Candidate[], prof: ReadonlyMap<number, ColumnProfile>): void {
  if (cands.some((c) => c.role === 'name')) return;
  const owner = cands.find((c) => c.role === 'owner' && c.source === 'header');
  const p = owner ? prof.get(owner.col) : undefined;
  if (!owner || !p || p.filled < 3) return;
  const texts = p.counts.text + p.counts.sentence;
  if (texts < p.filled * 0.8 || p.distinctTexts < texts * 0.8) return;
  owner.role = 'name';
  owner.score = Math.min(owner.score, 0.8);
}

/** Every filled cell of a column in the body is a year (FY 2005, 2003/04), two of them at least. */
function yearsDown(grid: Grid, col: number, from: number, to: number): boolean {
  let years = 0;
  for (let r = from; r < to; r++) {
    const row = grid.values[r];
    if (filledCols(row).length < 2) continue;
    const t = textAt(row, col) ?? (typeof row?.[col] === 'number' ? String(row[col]) : null);
    if (t === null || yearLabel(t) === null) return false;
    years++;
  }
  return years >= 2;
}

/**
 * A column that numbers its rows by what it heads (Priority | 1 | 2 | 3 | Routine transport cases): each
 * row a small whole number or a short text of its own, no two the same.
 */
function numbersItsRows(grid: Grid, col: number, from: number, to: number): boolean {
  const seen = new Set<string>();
  let numbers = 0;
  for (let r = from; r < to; r++) {
    const row = grid.values[r];
    // Rows of words alone (a note, the next section's lines) are not the numbered rows.
    if (filledCols(row).length < 2 || !row?.some((x, c) => c !== col && isFigureValue(x))) continue;
    const v = row[col];
    const t = typeof v === 'number' ? String(v) : textAt(row, col);
    if (t === null || t.length > 40 || seen.has(t)) return false;
    if (/^\d{1,2}$/.test(t)) numbers++;
    seen.add(t);
  }
  return numbers >= 2;
}

/**
 * Every row of figures has its own label in the column, never the row's above (省重点项目 | 江门重点项目 |
 * 其中:基础设施工程 | 产业工程 | 恩平重点项目 | 其中:基础设施工程 | 产业工程): what each row counts, its sub-rows
 * repeating under each parent, not a category run down its rows.
 */
function labelsItsRows(grid: Grid, col: number, from: number, to: number): boolean {
  let rows = 0;
  let last: string | null = null;
  for (let r = from; r < to; r++) {
    const row = grid.values[r];
    if (filledCols(row).length < 2 || !row?.some((x, c) => c !== col && isFigureValue(x))) continue;
    const t = textAt(row, col);
    if (t === null || t.length > 40 || t === last) return false;
    last = t;
    rows++;
  }
  return rows >= 3;
}

/** The organisations whose value columns stand side by side. */
function orgsOf(cands: readonly Candidate[]): Set<string | undefined> {
  return new Set(cands.filter((c) => c.org).map((c) => c.org));
}

/** Side by side: a status column ("Target Met?") belongs to the organisation's column on its left. */
function attachToOrgs(cands: Candidate[]): void {
  const sorted = [...cands].sort((a, b) => a.col - b.col);
  let org: string | undefined;
  for (const c of sorted) {
    if (c.org) org = c.org;
    else if (org && (c.role === 'status' || c.role === 'completion')) c.org = org;
  }
}

function toRoleColumn(c: Candidate): RoleColumn {
  return {
    col: c.col,
    role: c.role,
    ...(c.period ? { period: c.period } : {}),
    ...(c.org ? { org: c.org } : {}),
    ...(c.group ? { group: c.group } : {}),
    header: c.header,
    unit: c.unit,
    source: c.source,
    score: c.score,
    ...(c.span !== undefined ? { span: c.span } : {}),
    ...(c.alternates ? { alternates: c.alternates } : {}),
  };
}

/**
 * A table the user described by column letters on a sheet without headings the reader knows: its body
 * is the rows with a name and a figure in the user's columns.
 */
function userTable(grid: Grid, user: UserColumns): FoundTable | null {
  const nameCol = [...user.cols].find(([, role]) => role === 'name')?.[0];
  const valueCols = [...user.cols].filter(([, role]) => role !== 'name').map(([c]) => c);
  if (nameCol === undefined || valueCols.length === 0) return null;
  const rows: number[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!textAt(row, nameCol)) continue;
    if (valueCols.some((c) => row?.[c] !== null && row?.[c] !== undefined && row?.[c] !== '')) rows.push(r);
  }
  if (rows.length === 0) return null;
  const first = rows[0];
  const looksLikeHeadings =
    rows.length > 1 &&
    filledCols(grid.values[first]).every((c) => typeof grid.values[first]?.[c] === 'string');
  const bodyStart = looksLikeHeadings ? rows[1] : first;
  const columns = applyUser([], user, null).map(toRoleColumn);
  return {
    headerRows: looksLikeHeadings ? [first] : [],
    bodyStart,
    bodyEnd: rows[rows.length - 1] + 1,
    columns,
    layout: 'rows',
    confidence: 1,
    missing: [],
    captionRows: [],
  };
}

// ───────────────────────────── tables printed without headings ─────────────────────────────

/**
 * A table with no heading row: a column of names beside a column of targets that read as targets
 * ("Target: 70%", "Below 1.1%", "18 days or less") and a column of results. Found only when the cells
 * leave no doubt; prose, contact lists and summaries have no such column.
 */
function findHeaderless(grid: Grid): FoundTable | null {
  const values = grid.values;
  // Rows with a text label and at least one figure beside it.
  const rows: number[] = [];
  for (let r = 0; r < values.length && rows.length < PROFILE_ROWS; r++) {
    const row = values[r];
    const cols = filledCols(row);
    if (cols.length < 2) continue;
    const label = textAt(row, cols[0]);
    if (!label || label.length < 3) continue;
    const figures = cols.slice(1).filter((c) => {
      const k = cellKind(row?.[c], grid.numberFormats?.[r]?.[c]);
      return k === 'number' || k === 'percent' || k === 'quantity';
    });
    if (figures.length >= 1) rows.push(r);
  }
  if (rows.length < 2) return null;
  const width = Math.min(32, Math.max(...rows.map((r) => values[r]?.length ?? 0)));
  const labelCol = filledCols(values[rows[0]])[0];
  let targetCol = -1;
  let actualCol = -1;
  let targetScore = 0;
  for (let c = labelCol + 1; c < width; c++) {
    let targets = 0;
    let figures = 0;
    for (const r of rows) {
      const v = values[r]?.[c];
      const k = cellKind(v, grid.numberFormats?.[r]?.[c]);
      if (k === 'number' || k === 'percent' || k === 'quantity') figures++;
      // A figure after its own label ("Current performance: 99.8%", "Target exceeded: 97.4%").
      else if (typeof v === 'string' && LABELLED_FIGURE.test(normalizeText(v))) figures++;
      if (typeof v === 'string' && TARGET_MARK.test(normalizeText(v))) targets++;
    }
    if (targets >= Math.max(2, rows.length * 0.4) && targets > targetScore) {
      targetScore = targets;
      targetCol = c;
    } else if (figures >= rows.length * 0.6 && actualCol < 0) actualCol = c;
  }
  // No column of targets: the labels may be the targets themselves ("To issue decisions within an average
  // of 90 working days" | 72 days): the targets are in the names.
  const statements =
    targetCol < 0 &&
    rows.filter((r) => TARGET_STATEMENT.test(normalizeText(textAt(values[r], labelCol) ?? ''))).length >=
      Math.max(3, rows.length * 0.6);
  if ((targetCol < 0 && !statements) || actualCol < 0) return null;
  if (actualCol === targetCol) return null;
  // The block runs on over rows with a label and a target or result in words ("Top 25% achieved"), and
  // over a blank row left between its groups.
  let last = rows[rows.length - 1];
  for (let r = last + 1; r < values.length; r++) {
    const row = values[r];
    if (isEmptyRow(row) && !isEmptyRow(values[r + 1])) continue;
    if (
      !textAt(row, labelCol) ||
      (!filledCols(row).includes(targetCol) && !filledCols(row).includes(actualCol))
    )
      break;
    last = r;
  }
  const columns: RoleColumn[] = [
    { col: labelCol, role: 'name', header: '', unit: null, source: 'content', score: 0.6 },
    ...(targetCol >= 0
      ? [{ col: targetCol, role: 'target', header: '', unit: null, source: 'content', score: 0.7 }]
      : []),
    { col: actualCol, role: 'actual', header: '', unit: null, source: 'content', score: 0.6 },
  ].sort((a, b) => a.col - b.col) as RoleColumn[];
  return {
    headerRows: [],
    bodyStart: rows[0],
    bodyEnd: last + 1,
    columns,
    layout: 'headerless',
    confidence: 0.6,
    missing: [],
    captionRows: Array.from({ length: rows[0] }, (_, i) => i).filter((r) => !isEmptyRow(values[r])),
  };
}

/**
 * Goals written as sentences, each with the office's verdict beside it and no headings ("1) To increase
 * transparency, the Office will provide quarterly fiscal monitoring reports" | Goal Met): three rows or
 * more of a long text and a verdict, one after another.
 */
function findVerdictList(grid: Grid): FoundTable | null {
  const values = grid.values;
  let run: number[] = [];
  let best: number[] = [];
  let cols: [number, number] | null = null;
  for (let r = 0; r < values.length && r < PROFILE_ROWS; r++) {
    // A blank row left between the goals does not end their list.
    if (run.length > 0 && isEmptyRow(values[r]) && !isEmptyRow(values[r + 1])) continue;
    const filled = filledCols(values[r]);
    const label = filled.length === 2 ? textAt(values[r], filled[0]) : null;
    const verdict = label && label.length >= 20 ? textAt(values[r], filled[1]) : null;
    const same = cols === null || (cols[0] === filled[0] && cols[1] === filled[1]);
    if (verdict !== null && statusWord(verdict) !== null && same) {
      cols = [filled[0], filled[1]];
      run.push(r);
      if (run.length > best.length) best = run;
      continue;
    }
    run = [];
    if (best.length < 3) cols = null;
  }
  if (best.length < 3 || cols === null) return null;
  return {
    headerRows: [],
    bodyStart: best[0],
    bodyEnd: best[best.length - 1] + 1,
    columns: [
      { col: cols[0], role: 'name', header: '', unit: null, source: 'content', score: 0.6 },
      { col: cols[1], role: 'status', header: '', unit: null, source: 'content', score: 0.6 },
    ],
    layout: 'headerless',
    confidence: 0.6,
    missing: [],
    captionRows: Array.from({ length: best[0] }, (_, i) => i).filter((r) => !isEmptyRow(values[r])),
  };
}

/** A figure after a short label and a colon: "Current performance: *99.8%", "Target exceeded: 97.4%". */
const LABELLED_FIGURE = /^[^:：\d]{2,40}[:：]\s*\*?\s*-?[\d,]*\.?\d+\s*%?\s*\*?$/;

/**
 * A target written as a sentence: a standard with its figure ("To issue decisions within an average of 90
 * working days", "To visit at least 95 per cent of …", 在5个工作日内办结, 不低于95%).
 */
const TARGET_STATEMENT =
  /\b(?:within|at least|no more than|not more than|at most|or less|or more|less than|more than|by at least)\b[^.]{0,40}\d|\d[^.]{0,30}\b(?:or less|or more|or better)\b|(?:不低于|不少于|不超过|不高于|控制在|达到)\s*\d|\d[^。]{0,10}(?:以上|以内|以下)/i;

/** A cell that says it is a target: "Target: 70%", "Below 1.1%", "18 days or less", "≥95%", 不低于60. */
const TARGET_MARK =
  /^(target|目标|计划|below|above|under|over|at least|at most|less than|more than|lower than|higher than|no more than|not more than|max|min|top|≥|≤|<|>|不低于|不超过|不少于|控制在)|(or less|or more|or fewer|or better|以上|以内|以下|\+)$/i;
