/**
 * From a table found by evidence (findTables) to its indicators: the body rows walked top to bottom into
 * category rows, indicator rows and the rest, with the layouts real tables use —
 * - a merged group name over sub-rows (the sub-row's indicator is "group — sub-indicator");
 * - a name heading over two columns (group | item): the rightmost filled cell names the indicator;
 * - a cross-tab (areas down the rows, indicators across): one indicator per area and indicator group;
 * - organisations side by side (one value and status column each, a shared target): one per organisation;
 * - months across with their years (Dec 17 … Apr 18): the months of the latest year are its actuals;
 * - a table of one row under a caption that names the indicator.
 * Never throws; rows that are not indicators are left out, never guessed into one.
 */
import { letterKey } from './letterKey';
import { columnLetters } from '../core/address';
import { headerKey, normalizeText } from '../core/normalize';
import { toHans } from '../core/hans';
import { cleanText, oneLineHeading } from '../core/text';
import {
  dayWithYear,
  dueBy,
  fiscalMonth,
  monthWithYear,
  monthsWithYear,
  statedPace,
  statedPeriod,
  yearOf,
  yearStartOfMonths,
  yearStartOfNumberedMonth,
} from '../core/statedPeriod';
import { calendarFraction, elapsedFraction, monthOfName, periodCode } from '../core/period';
import { fiscalYearWords, yearStartIn } from '../core/fiscalYear';
import { isLastYearFloor, notApplicableReason, scanQuantities, type Mention } from '../core/grammar';
import { headingUnit, isMoneyScale, unitInName, unitOfCell, unitOfFormat, unitPower } from './units';
import {
  countIn,
  dateSerialText,
  isDateFormat,
  isEmptyText,
  isFigureCell,
  isPercentFormat,
  isPercentUnit,
  isRateUnitText,
  isStandardTimeUnit,
  parseCell,
  unitWithoutScale,
} from '../core/quantity';
import { planShape, rowKindColumn, rowKindOf, YEAR_FIGURE_HEADING, type RowRole } from './rowKinds';
import {
  isCommentLine,
  isPageLine,
  isExplanation,
  isFooterLine,
  isOverallGoal,
  isGrandTotalName,
  isTotalName,
  isNextItem,
  isRateName,
  stripNumbering,
} from './labels';
import { type Preamble, readPreamble, rowTexts, targetInLine, yearIn } from './preamble';
import type {
  ActualsLayout,
  CellValue,
  Grid,
  Indicator,
  Month,
  Period,
  SheetTable,
  SourceCell,
  StatedPeriod,
  TableReading,
} from '../model';
import { isColumnNumbers } from './cells';
import { cellKind, isFigureKind, isStatusName, mergedForEachRow, numberTyped, statusWord } from './cellKinds';
import {
  statusQuestion,
  headerParts,
  headerRoles,
  headingLeaf,
  namesPledges,
  isProjectionHeading,
  startsAnotherTable,
  yearInHeading,
  PLEDGE_WITHIN,
  withoutIssuer,
  YEAR_TO_DATE,
} from './headerWords';
import { headerYear } from './headers';
import {
  growthWordsDown,
  isAbsoluteLeaf,
  isGrowthTargetText,
  isTimeAlone,
  isStandardHeading,
  yearLabel,
  type FoundTable,
  type RoleColumn,
} from './findTables';
import { yearRolesInCaption } from './captionYears';

export interface WalkOptions {
  readonly file?: string;
  /** The month the organisation's year starts (1 = January). */
  readonly yearStart: number;
  /**
   * The unit of measure a line above an earlier table of the sheet names (单位:万元 under the title, over
   * both 一、本月 and 二、累计): the figures' unit where this table's own lines name none.
   */
  readonly sheetUnit?: string | null;
}

type Row = readonly CellValue[] | undefined;

function text(v: CellValue | undefined): string | null {
  if (typeof v === 'string') {
    const t = normalizeText(v);
    return t === '' ? null : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) {
    // (15 digits of the largest doubles round past the largest: 1.7976931348623157e308 stays as typed)
    const shown = Number(v.toPrecision(15));
    return String(Number.isFinite(shown) ? shown : v);
  }
  return null;
}

function filled(v: CellValue | undefined): boolean {
  return !(v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

/** The columns of each role, picked out of a found table. */
interface Roles {
  readonly name: number[];
  readonly id: number;
  readonly category: number;
  readonly unit: number;
  readonly owner: number;
  readonly notes: number;
  readonly direction: number;
  readonly aggregation: number;
  readonly previous: number;
  readonly baseline: number;
  readonly growth: number;
  /** The gap to the target as the sheet states it (与目标差距). */
  readonly gap: number;
  /** Plain (not per-organisation, not per-group) value columns. */
  readonly target: number;
  /** Other columns a row's target may be in, where the target's column is empty on that row. */
  readonly targetAlternates: readonly number[];
  /** …and its result. */
  readonly actualAlternates: readonly number[];
  /** Verdicts as columns, a mark under the one that holds (findTables markedVerdicts): the others. */
  readonly statusAlternates: readonly number[];
  readonly periodTarget: number;
  /** The months to date the period target covers, where its heading says (前三季度投资计划: 9). */
  readonly periodTargetMonths: number | null;
  readonly actual: number;
  readonly completion: number;
  /** A completion of the period's own target or of a rate's target (完成1-4月投资计划, 增速完成率). */
  readonly periodCompletion: number;
  readonly status: number;
  /** A self-evaluation's score (得分) and full marks (分值). */
  readonly score: number;
  readonly maxScore: number;
  /** When each task is due (完成时限). */
  readonly deadline: number;
  readonly quarters: number[];
  readonly months: number[];
  readonly plans: number[];
  readonly orgs: { org: string; target: number; actual: number; status: number; completion: number }[];
  readonly groups: { group: string; target: number; actual: number; completion: number; status: number }[];
  /** A period the headings state over the values ("Q4 2023/24" over Value | Target). */
  readonly headingPeriod: Period | null;
}

function pick(cols: readonly RoleColumn[], role: RoleColumn['role']): number {
  return cols.find((c) => c.role === role && !c.org && !c.group)?.col ?? -1;
}

function rolesOf(found: FoundTable, grid: Grid, yearStart: number): Roles {
  const cols = found.columns;
  const periodTarget = cols.find(
    (c) => c.role === 'periodTarget' && !c.org && !c.group && !isPaceShareColumn(grid, found, c),
  );
  const quarters = [-1, -1, -1, -1];
  const months = new Array<number>(12).fill(-1);
  const plans = [-1, -1, -1, -1];
  // Months with years: only the latest year's months are this year's actuals.
  const latest = latestDatedMonth(grid, found, cols);
  const fiscalYearOf = (y: number, m: number): number => (m >= yearStart ? y : y - 1);
  // So too quarters with theirs (Q3 23/24 | Q4 23/24 | Q1 24/25 | Q2 24/25, a rolling year of quarters).
  const quarterYear = (c: RoleColumn): number | null => headerYear(headingLeaf(c.header));
  const latestQuarterYear = Math.max(
    -Infinity,
    ...cols
      .filter((c) => c.role === 'periodActual' && c.period?.kind === 'quarter' && !c.org && !c.group)
      .map((c) => quarterYear(c) ?? -Infinity),
  );
  for (const c of cols) {
    if (!c.period) continue;
    if (c.role === 'periodActual') {
      if (c.period.kind === 'quarter') {
        const year = quarterYear(c);
        if (year === null || year === latestQuarterYear) quarters[c.period.index] = c.col;
      } else {
        const cal = c.period.index + 1;
        if (c.period.year !== undefined && latest) {
          if (fiscalYearOf(c.period.year, cal) !== fiscalYearOf(latest.year, latest.month)) continue;
        }
        months[fiscalMonth(cal, yearStart) - 1] = c.col;
      }
    } else if (c.role === 'periodPlan' && c.period.kind === 'quarter') plans[c.period.index] = c.col;
  }
  const orgs = [...new Set(cols.filter((c) => c.org && c.role === 'actual').map((c) => c.org!))].map(
    (org) => ({
      org,
      // Each its own target where the organisations' columns hold one (任务数 | 完成 per area).
      target: cols.find((c) => c.org === org && c.role === 'target')?.col ?? -1,
      actual: cols.find((c) => c.org === org && c.role === 'actual')?.col ?? -1,
      status: cols.find((c) => c.org === org && c.role === 'status')?.col ?? -1,
      completion: cols.find((c) => c.org === org && c.role === 'completion')?.col ?? -1,
    }),
  );
  const groups = [...new Set(cols.filter((c) => c.group).map((c) => c.group!))].map((group) => ({
    group,
    target: cols.find((c) => c.group === group && c.role === 'target')?.col ?? -1,
    actual: cols.find((c) => c.group === group && c.role === 'actual')?.col ?? -1,
    completion: cols.find((c) => c.group === group && c.role === 'completion')?.col ?? -1,
    status: cols.find((c) => c.group === group && c.role === 'status')?.col ?? -1,
  }));
  const grouped = headingPeriodColumn(found, grid);
  // A month heading names a calendar month (January 2018): counted in the organisation's year. A quarter
  // is the year's own.
  const headingPeriod: Period | null = grouped?.period
    ? grouped.period.kind === 'quarter'
      ? { kind: 'quarter', quarter: (grouped.period.index + 1) as 1 }
      : { kind: 'month', month: fiscalMonth(grouped.period.index + 1, yearStart) }
    : null;
  return {
    name: nameColumns(found, grid),
    id: pick(cols, 'id'),
    category: pick(cols, 'category'),
    unit: pick(cols, 'unit'),
    owner: pick(cols, 'owner'),
    notes: pick(cols, 'notes'),
    direction: pick(cols, 'direction'),
    aggregation: pick(cols, 'aggregation'),
    previous: pick(cols, 'previous'),
    baseline: pick(cols, 'baseline'),
    growth: pick(cols, 'growth'),
    gap: pick(cols, 'gap'),
    target: pick(cols, 'target'),
    targetAlternates: cols.find((c) => c.role === 'target' && !c.org && !c.group)?.alternates ?? [],
    actualAlternates: cols.find((c) => c.role === 'actual' && !c.org && !c.group)?.alternates ?? [],
    statusAlternates: cols.find((c) => c.role === 'status' && !c.org && !c.group)?.alternates ?? [],
    periodTarget: periodTarget?.col ?? -1,
    periodTargetMonths: periodTarget?.span ?? null,
    actual:
      found.layout === 'side-by-side' ? -1 : (cols.find((c) => c.role === 'actual' && !c.group)?.col ?? -1),
    completion: pick(cols, 'completion'),
    periodCompletion: pick(cols, 'periodCompletion'),
    status: pick(cols, 'status'),
    score: pick(cols, 'score'),
    maxScore: pick(cols, 'maxScore'),
    deadline: pick(cols, 'deadline'),
    quarters,
    months,
    plans,
    orgs: orgs.length >= 1 && found.layout === 'side-by-side' ? orgs : [],
    groups: found.layout === 'cross-tab' ? groups : [],
    headingPeriod,
  };
}

/**
 * The result column whose heading states the table's period (Q3 › Value | Target | Status). Of a rolling
 * window of quarters with their years (Q3 2016/17 … Q2 2017/18), the latest that holds data.
 */
function headingPeriodColumn(found: FoundTable, grid: Grid): RoleColumn | undefined {
  const stated = found.columns.filter(
    (c) => (c.role === 'actual' || c.role === 'periodTarget') && c.period && !c.org,
  );
  const dated = stated
    .map((c) => ({ c, year: yearInHeading(c.header.split(' › ')[0]) }))
    .filter((d): d is { c: RoleColumn; year: number } => d.year !== null && hasData(grid, found, d.c.col));
  if (dated.length < 2 || new Set(dated.map((d) => d.year)).size < 2) return stated[0];
  return dated.reduce((a, b) =>
    b.year > a.year || (b.year === a.year && b.c.period!.index > a.c.period!.index) ? b : a,
  ).c;
}

function hasData(grid: Grid, found: FoundTable, c: number): boolean {
  for (let r = found.bodyStart; r < found.bodyEnd; r++) if (filled(grid.values[r]?.[c])) return true;
  return false;
}

/** The name column, or the columns one name heading spans (工程 group | item), left to right. */
function nameColumns(found: FoundTable, grid: Grid): number[] {
  const name = found.columns.find((c) => c.role === 'name');
  if (!name) return [];
  const leafRow = found.headerRows[found.headerRows.length - 1];
  for (const m of grid.merges) {
    const top = m.top - grid.originRow;
    const bottom = m.bottom - grid.originRow;
    const left = m.left - grid.originCol;
    const right = m.right - grid.originCol;
    if (leafRow >= top && leafRow <= bottom && name.col >= left && name.col <= right && right > left) {
      const out: number[] = [];
      for (let c = left; c <= right; c++) out.push(c);
      return out;
    }
  }
  return [name.col];
}

/** Vertically merged text cells fill every row they span (a group name, an owner over sub-rows). */
function mergeFills(grid: Grid, from: number, to: number): Map<number, CellValue> {
  const fills = new Map<number, CellValue>();
  for (const m of grid.merges) {
    const top = m.top - grid.originRow;
    const bottom = m.bottom - grid.originRow;
    if (bottom <= top || bottom < from || top >= to) continue;
    const left = m.left - grid.originCol;
    const right = m.right - grid.originCol;
    const value = grid.values[top]?.[left];
    if (!filled(value)) continue;
    for (let r = Math.max(top, from); r <= Math.min(bottom, to - 1); r++) {
      for (let c = left; c <= right; c++) if (!(r === top && c === left)) fills.set(r * 65536 + c, value);
    }
  }
  return fills;
}

/** A table's stated period: in its caption or title rows, its headings, or a 填报日期 line. */
function periodOf(
  grid: Grid,
  found: FoundTable,
  roles: Roles,
  yearStart: number,
  namedYear?: (dateText: string) => number | null,
): StatedPeriod | null {
  if (roles.headingPeriod) {
    const head = headingPeriodColumn(found, grid);
    const text = head?.header.split(' › ')[0] ?? '';
    return { period: roles.headingPeriod, text, year: yearOf(text) };
  }
  // The captions nearest the table first, then its result headings, then the sheet's own title rows.
  const { captions, rows } = titleTexts(grid, found);
  // A result column still empty in every row (FY 26 Actual, kept for the year's end while the quarters
  // fill) says nothing of the period reached.
  const results = found.columns.filter(
    (c) => (c.role === 'actual' || c.role === 'completion') && hasData(grid, found, c.col),
  );
  const pace = paceInColumn(grid, found.headerRows, found.bodyStart, found.bodyEnd);
  // The dates a result's heading runs between (Achieved 01 April 06 to 30 June 06) say its period
  // before any caption ("The tables below show … the first six months of this year").
  const dated = results.filter((c) => DATED_SPAN.test(c.header)).map((c) => c.header);
  const p =
    periodInTexts(
      [
        ...dated,
        ...captions,
        ...results.map((c) => c.header),
        ...rows,
        ...asOfInResults(grid, found, results),
      ],
      yearStart,
      pace,
      namedYear,
    ) ?? periodInColumns(grid, found, yearStart);
  // A report dated the month after its figures (July 2013 over a June column): the months with results say
  // the period, not the date.
  if (p && p.period.kind === 'month' && statedPeriod(p.text, yearStart)?.weak) {
    let latest = 0;
    roles.months.forEach((c, i) => {
      if (c >= 0 && hasData(grid, found, c)) latest = i + 1;
    });
    if (latest > 0 && latest < p.period.month) return null;
  }
  return p;
}

/** A result's words opening on the date they stand at (截至9月底，…; As at 30 September, …). */
const AS_OF_LEAD =
  /^(?:(?:截至|截止)(?:到|至)?|到)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:份|底|末|\s*\d{1,2}\s*日)?|^(?:as\s+(?:at|of)|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?/i;

/**
 * The date the results' words open on, where nothing above them dates the table (十件民生实事 | 进展情况:
 * 截至9月底，新增城镇就业1.05万人): that date, where every result that opens on one opens on the same.
 */
function asOfInResults(grid: Grid, found: FoundTable, results: readonly RoleColumn[]): string[] {
  const seen = new Map<string, string>();
  for (const c of results) {
    for (let r = found.bodyStart; r < Math.min(found.bodyEnd, found.bodyStart + 40); r++) {
      const v = grid.values[r]?.[c.col];
      if (typeof v !== 'string') continue;
      const m = AS_OF_LEAD.exec(toHans(normalizeText(v)).trim());
      if (!m) continue;
      const stated = statedPeriod(m[0], 1);
      if (stated) seen.set(JSON.stringify(stated.period), m[0]);
    }
  }
  return seen.size === 1 ? [...seen.values()] : [];
}

/** Columns that carry the period on every row, as a list or a data feed does (PERIOD_MONTH, Fiscal Qtr, Year). */
const MONTH_COLUMN = /^(?:period|reporting|calendar)?(?:month|mth)$/;
const QUARTER_COLUMN = /^(?:period|reporting|fiscal|fy)?(?:quarter|qtr)$/;
const YEAR_COLUMN = /^(?:period|reporting|fiscal|fy|calendar)?(?:year|yr)$/;

/**
 * The period stated by columns that hold one month or quarter on every row (PERIOD_YEAR 2017 |
 * PERIOD_MONTH 6; Fiscal Year 2022 | Fiscal Qtr 1), where nothing above the table states one. A month is
 * the calendar's, counted into the year as it starts; a quarter the year's own.
 */
function periodInColumns(grid: Grid, found: FoundTable, yearStart: number): StatedPeriod | null {
  const head = grid.values[found.headerRows[found.headerRows.length - 1]] ?? [];
  const one = (c: number): CellValue | null => {
    let seen: CellValue | null = null;
    let count = 0;
    for (let r = found.bodyStart; r < Math.min(found.bodyEnd, grid.values.length); r++) {
      const v = grid.values[r]?.[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      const t = typeof v === 'string' ? normalizeText(v) : v;
      if (seen !== null && t !== seen) return null;
      seen = t;
      count++;
    }
    return count >= 2 ? seen : null;
  };
  let period: Period | null = null;
  let text = '';
  let year: number | null = null;
  for (let c = 0; c < head.length; c++) {
    const h = head[c];
    if (typeof h !== 'string' || h.length > 30) continue;
    const key = headerKey(h);
    const isMonth = MONTH_COLUMN.test(key);
    const isQuarter = !isMonth && QUARTER_COLUMN.test(key);
    const isYear = !isMonth && !isQuarter && YEAR_COLUMN.test(key);
    if (!isMonth && !isQuarter && !isYear) continue;
    const v = one(c);
    if (v === null) continue;
    const n = typeof v === 'number' ? v : /^\s*\d{1,4}\s*$/.test(String(v)) ? Number(v) : null;
    if (isYear && n !== null && n >= 1900 && n <= 2100) year = n;
    else if (isMonth) {
      const m = n ?? monthOfName(String(v).trim());
      if (m !== null && Number.isInteger(m) && m >= 1 && m <= 12) {
        period = { kind: 'month', month: fiscalMonth(m, yearStart) };
        text = `${normalizeText(h)} ${String(v)}`;
      }
    } else if (isQuarter) {
      const q = /^\s*q?\s*([1-4])\s*$/i.exec(String(v));
      if (q) {
        period = { kind: 'quarter', quarter: Number(q[1]) as 1 | 2 | 3 | 4 };
        text = `${normalizeText(h)} ${String(v)}`;
      }
    }
  }
  return period ? { period, text, year } : null;
}

/** From one day to another (01 April 06 to 30 June 06, 1 Jan 2024 - 31 Mar 2024). */
const DATED_SPAN =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+(?:\d{2}|\d{4})\s*(?:to|-|–|—|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+(?:\d{2}|\d{4})\b/i;

/** A heading of the pace alone: 时间进度, 序时进度(%), 时序进度要求. */
const PACE_HEADING = /^(?:时间|序时|时序)进度(?:要求)?(?:[(（]%[)）])?$/;

/**
 * The pace a column states (时间进度 over 58.3% in every row): one share of the year, the same in every row
 * that has one (at least two), as a ratio or as a number of per cent; null when no such column.
 */
export function paceInColumn(
  grid: Grid,
  headerRows: readonly number[],
  bodyStart: number,
  bodyEnd: number,
): StatedPeriod['pace'] | null {
  for (const h of headerRows) {
    const row = grid.values[h] ?? [];
    for (let c = 0; c < row.length; c++) {
      const head = row[c];
      if (typeof head !== 'string' || !isPaceHeading(head)) continue;
      const fraction = paceDown(grid, c, bodyStart, bodyEnd);
      if (fraction === null) return null;
      return { fraction, text: `${normalizeText(head)} ${Math.round(fraction * 1000) / 10}%` };
    }
  }
  return null;
}

/** A heading of the pace alone (PACE_HEADING), in either script and however spaced. */
function isPaceHeading(head: string): boolean {
  return PACE_HEADING.test(toHans(normalizeText(head)).replace(/\s+/g, ''));
}

/**
 * The one share of the year down a column (58.3%, 0.583 or "58.3%" typed as text in every row that has
 * one, at least two), else null.
 */
function paceDown(grid: Grid, c: number, bodyStart: number, bodyEnd: number): number | null {
  let value: number | null = null;
  let count = 0;
  for (let r = bodyStart; r < Math.min(bodyEnd, grid.values.length); r++) {
    const cell = grid.values[r]?.[c];
    let v: number;
    if (typeof cell === 'number') v = cell;
    else if (typeof cell === 'string' && cell.trim() !== '') {
      const p = parseCell(cell);
      if (p.kind !== 'number' || !p.quantity.percent) return null;
      v = p.quantity.value;
    } else continue;
    if (value !== null && Math.abs(v - value) > 1e-9) return null;
    value = v;
    count++;
  }
  if (value === null || count < 2) return null;
  const fraction = value > 1 ? value / 100 : value;
  return fraction > 0 && fraction <= 1 ? fraction : null;
}

/**
 * A column of the pace as a share of the year (时间进度 | 序时进度 over 75% in every row): the share of the
 * year gone, never a figure to date for the row's target.
 */
function isPaceShareColumn(grid: Grid, found: FoundTable, col: RoleColumn): boolean {
  const leaf = headingLeaf(col.header);
  return isPaceHeading(leaf) && paceDown(grid, col.col, found.bodyStart, found.bodyEnd) !== null;
}

/** The first period stated in the texts (2024年1-9月, "Quarter 2"), else the first one only hinted (填报日期). */
export function periodInTexts(
  texts: readonly string[],
  yearStart: number,
  column: StatedPeriod['pace'] | null = null,
  /** The year the table's headings and title name, beside a form's date of this text (statedOf). */
  namedYear?: (dateText: string) => number | null,
): StatedPeriod | null {
  let weak: ReturnType<typeof statedPeriod> = null;
  let weakAt = -1;
  let found: ReturnType<typeof statedPeriod> = null;
  for (let i = 0; i < texts.length; i++) {
    const p = statedPeriod(texts[i], yearStart);
    if (p && !p.weak) {
      // The same span stated with its year further on (全年实际值 before the form's own 2019年度): that one.
      found = p.year === null ? (sameSpanWithYear(texts, i + 1, p, yearStart) ?? p) : p;
      // The plan's year (2019年度中央项目分类型完成情况) beside the date its figures run to (至7月底,…): that date.
      found = toDateInPlanYear(texts, i, found, yearStart) ?? found;
      break;
    }
    if (p && !weak) {
      weak = p;
      weakAt = i;
    }
  }
  if (!found && weak) {
    // The headings' and title's year, else a short text's; a paragraph names many (从2016年开始…2019年),
    // and counts only where it names one ("… on handling correspondence during the calendar year 2013.").
    const named =
      namedYear?.(weak.text) ??
      texts.map((t, i) => (i === weakAt || t.length > 60 ? null : yearOf(t))).find((y) => y !== null) ??
      texts.map((t, i) => (i === weakAt ? null : onlyYearIn(t))).find((y) => y !== null) ??
      null;
    const against = dateAgainstYear(weak, named, yearStart);
    if (against === 'after') return wholeYear(weak, named!);
    if (against === 'before') weak = null;
  }
  found ??= weak;
  if (!found) return periodOfPace(texts, column);
  const pace = paceOfPeriod(texts, found.period, column);
  const period = pace ? intoNextMonth(found.period, pace.fraction) : found.period;
  return { period, text: found.text, year: found.year, ...(pace ? { pace } : {}) };
}

/** A period a text states for sure or weakly (statedPeriod). */
type Stated = NonNullable<ReturnType<typeof statedPeriod>>;

/**
 * A date within the year, stated by another text (至7月底, 截至2019年7月底), where the one found names the
 * year by its plan alone (2019年度…完成情况): the date the figures run to, in that year.
 */
function toDateInPlanYear(
  texts: readonly string[],
  at: number,
  p: Stated,
  yearStart: number,
): ReturnType<typeof statedPeriod> {
  if (p.period.kind !== 'year' || p.year === null || !/^(?:19|20)\d{2}年度$/.test(p.text)) return null;
  const year = p.year;
  const q = otherStated(
    texts,
    yearStart,
    0,
    at,
    (x) => x.period.kind !== 'year' && TO_A_DATE.test(x.text) && (x.year ?? year) === year,
  );
  return q ? { ...q, year } : null;
}

/** A date the figures run to: 至7月底, 截至9月末, 截止到2019年7月31日. */
const TO_A_DATE = /^(?:截至|截止|截止到|截止至|至)/;

/** The first period that texts[from…] (but the one at `skip`) state for sure and `test` holds for. */
function otherStated(
  texts: readonly string[],
  yearStart: number,
  from: number,
  skip: number,
  test: (q: Stated) => boolean,
): ReturnType<typeof statedPeriod> {
  for (let j = from; j < texts.length; j++) {
    if (j === skip) continue;
    const q = statedPeriod(texts[j], yearStart);
    if (q && !q.weak && test(q)) return q;
  }
  return null;
}

/** The first of texts[from…] stating the same span as `p`, with its year; null where none does. */
function sameSpanWithYear(
  texts: readonly string[],
  from: number,
  p: Stated,
  yearStart: number,
): ReturnType<typeof statedPeriod> {
  const code = periodCode(p.period);
  return otherStated(texts, yearStart, from, -1, (q) => q.year !== null && periodCode(q.period) === code);
}

/** The one year a text names, however often; null where it names none or more than one. */
function onlyYearIn(text: string): number | null {
  const years = new Set([...text.matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

/**
 * Where a form's date (填报日期：2019年3月5日) falls against the year the table names (2018年度, "Annual
 * Report 2016-17"): `after` its year ended (the form was filed then: its results are the whole year's, not
 * the new year's first months), `before` it began (a title's year after the date, or a date that is
 * itself no form's: it says nothing of how far the year is), or null: within it, no year named, or no
 * weak date.
 */
function dateAgainstYear(
  stated: Pick<StatedPeriod, 'period' | 'text' | 'year'> & { readonly weak?: boolean },
  named: number | null,
  yearStart: number,
): 'after' | 'before' | null {
  if (named === null || stated.year === null || stated.weak !== true) return null;
  // The date's own year as the organisation counts it: a month before the year's start is the last year's.
  const through = stated.period.kind === 'year' ? 12 : monthsInto(stated.period);
  const calendarMonth = ((through - 1 + yearStart - 1) % 12) + 1;
  const dateYear = yearStart === 1 || calendarMonth >= yearStart ? stated.year : stated.year - 1;
  // (A financial year may be named by the year it ends in, FY 2017 for 2016-17: only a calendar year's
  // date is told to come before it.)
  return dateYear > named ? 'after' : dateYear < named && yearStart === 1 ? 'before' : null;
}

/** The whole year named, for a form filed after it. */
function wholeYear(stated: StatedPeriod, named: number): StatedPeriod {
  return { period: { kind: 'year' }, text: stated.text, year: named };
}

/** How many months of the year a period runs through. */
function monthsInto(period: Period): number {
  return Math.round(elapsedFraction(period) * 12);
}

/**
 * A stated pace past the period's end (时间进度要求(62.5%) with 截至8月15日, read as the first seven months):
 * the figures run into the next month, which the period then is, short of its end (as of August).
 */
function intoNextMonth(period: Period, pace: number): Period {
  // (A day past the middle of a month, 截至8月20日, is that month under way already.)
  if (period.kind === 'month' && period.elapsed !== undefined) return period;
  const months = Math.round(elapsedFraction(period) * 12);
  return pace > elapsedFraction(period) && months + 1 < 12
    ? { kind: 'month', month: (months + 1) as Month }
    : period;
}

/**
 * Where nothing else states the period, the pace stated does (时间进度75% → the first nine months; 时间进度
 * 55% → the first seven, at 55%): the month it falls in, at the stated share.
 */
function periodOfPace(texts: readonly string[], column: StatedPeriod['pace'] | null): StatedPeriod | null {
  const pace = paceIn(texts, column);
  if (!pace) return null;
  const year = texts.map(yearOf).find((y) => y !== null) ?? null;
  if (pace.fraction >= 1 - 1e-9) return { period: { kind: 'year' }, text: pace.text, year };
  const month = Math.min(12, Math.max(1, Math.ceil(pace.fraction * 12 - ROUNDED_PACE * 12))) as Month;
  const period: Period = { kind: 'month', month };
  const calendar = Math.abs(pace.fraction - month / 12) < ROUNDED_PACE;
  return { period, text: pace.text, year, ...(calendar ? {} : { pace }) };
}

/**
 * The pace the same words state for the period (时间进度要求(62.5%) for 1至8月上半月, or for 截至8月15日, read as
 * the first seven months), where it lies within a month of the period's end and differs from the
 * calendar's; null otherwise.
 */
function paceOfPeriod(
  texts: readonly string[],
  period: Period,
  column: StatedPeriod['pace'] | null,
): StatedPeriod['pace'] | null {
  if (period.kind === 'year') return null;
  // (By the month's end: a day within it, 截至8月20日, states its own share, which the words may state.)
  const end = calendarFraction(period);
  const pace = paceIn(texts, column);
  if (!pace) return null;
  const off = Math.abs(pace.fraction - end);
  return off < 1 / 12 - 1e-9 && off >= ROUNDED_PACE ? pace : null;
}

/** The pace the words state, else the one the 时间进度 column states. */
function paceIn(texts: readonly string[], column: StatedPeriod['pace'] | null): StatedPeriod['pace'] | null {
  for (const t of texts) {
    const pace = statedPace(t);
    if (pace) return pace;
  }
  return column;
}

/** A pace this close to the calendar's is the calendar's, rounded (58.3% or 58% for 7/12). */
const ROUNDED_PACE = 0.005;

function sourceCell(grid: Grid, r: number, c: number, value: CellValue): SourceCell {
  const f = grid.numberFormats?.[r]?.[c];
  return { value, format: f ?? null, row: grid.originRow + r, col: grid.originCol + c };
}

/** Everything the walk over one table's body needs, made once. */
interface Walk {
  readonly grid: Grid;
  readonly found: FoundTable;
  readonly file?: string;
  readonly roles: Roles;
  /** The cell's value, or the value of the merged area over it. */
  readonly at: (r: number, c: number) => CellValue;
  readonly cellAt: (r: number, c: number, withFill?: boolean) => SourceCell | null;
  /** The value cellAt reads without the fill: a value column's merged verdict included (ownOrMerged). */
  readonly valueAt: (r: number, c: number) => CellValue;
  /** Columns whose filling makes a row hold figures; those of them that hold figures. */
  readonly valueCols: readonly number[];
  readonly numericCols: ReadonlySet<number>;
  /** Completion columns headed in per cent (占计划(%)): their plain numbers are points. */
  readonly pointsCols: ReadonlySet<number>;
  /** The words a key on the sheet gives the status column's letters (P → Progressing). */
  readonly statusKey: ReadonlyMap<string, string>;
  /** The target's and the result's heading leaves, where they hold more than their role's word. */
  readonly figureHeadings: string | null;
  /** The result column is a growth rate in per cent (同比增长(%)): its plain numbers are growth. */
  readonly resultIsGrowth: boolean;
  /** The result's and the target's headings both name a fall (同比下降(%)): 13.6 is a fall of 13.6 %. */
  readonly fallsAsSizes: boolean;
  /** The result's heading says per cent (% Fulfilling Standard, 完成率(%)). */
  readonly resultInPercent: boolean;
  /** The gap column's heading is to the pace (超(+)欠(-)均衡进度, 超欠序时进度, 进度差). */
  readonly gapOfPace: boolean;
  readonly targetInTime: boolean;
  readonly targetBound: 'at_most' | 'at_least' | null;
  readonly targetTimeShare: number | null;
  /**
   * The result column is a figure to date (Year to date, YTD, 截至目前) and nothing in the table dates it:
   * no period columns, no target to date beside it.
   */
  readonly resultToDate: boolean;
  /** The target heading names a later year than the result heading (2016-17 Status | 2018 Goal). */
  readonly targetForLaterYear: boolean;
  /** The result column is a projection of the year's result (PROJECTED 24/25, 预计全年完成). */
  readonly resultProjected: boolean;
  readonly resultEstimated: boolean;
  /** The status column asks whether the row keeps pace (是否达序): its yes is on track, its no behind. */
  readonly statusAsks: Indicator['statusAsks'] | null;
  /** The name column's heading names pledges (服務承諾, 承諾標準, Pledge). */
  readonly namedAsPledges: boolean;
  readonly pledgesInNames: boolean;
  /** Targets of growth, amounts beside last year's and no growth column: the growth is worked out. */
  readonly growthOverPrevious: boolean;
  /** Targets of a change, amounts beside the baseline and no growth column: the change is worked out. */
  readonly growthOverBaseline: boolean;
  /** The power of ten from the result heading's unit to the target heading's (万元 results, 亿元 target: -4). */
  readonly resultScale: number;
  readonly granularity: SheetTable['granularity'];
  /** The caption naming a one-indicator table, when it has no name column. */
  readonly caption: string | null;
  /** The lines above the headings: title, office, date, and the unit they name for the whole table. */
  readonly preamble: Preamble;
  /** The month the organisation's year starts. */
  readonly yearStart: number;
  readonly indicators: Indicator[];
  readonly seen: Set<string>;
  /** Rows where one text is merged across figure columns ("New measure for FY 2025"). */
  readonly wordsForFigures: ReadonlySet<number>;
  /** Rows whose name is merged along over the target's cell (主要任务 | 全年目标任务 as one text): the task is the target. */
  readonly nameOverTarget: ReadonlySet<number>;
}

/**
 * Targets of growth (年度目标（增长%）, a target column in per cent, or one of 增长7% texts) against one column
 * of amounts to date beside last year's (1-9月累计 | 上年同期), and no growth column: the growth is worked out.
 */
function growthOverPrevious(grid: Grid, found: FoundTable, roles: Roles): boolean {
  return roles.previous >= 0 && growthFrom(grid, found, roles);
}

/**
 * Targets of a change (Reduce by 30%, -20%, 下降10%) against amounts beside the measure's baseline
 * (Baseline (2019/20) | Target 2024/25 | Latest), no last year's figure and no growth column: the change
 * from the baseline is worked out.
 */
function growthOverBaseline(grid: Grid, found: FoundTable, roles: Roles): boolean {
  return roles.previous < 0 && roles.baseline >= 0 && growthFrom(grid, found, roles);
}

/** Targets of growth and amounts for results, one column of each, no growth column, no periods' columns. */
function growthFrom(grid: Grid, found: FoundTable, roles: Roles): boolean {
  if (roles.growth >= 0 || roles.actual < 0 || roles.target < 0) return false;
  if (roles.quarters.some((c) => c >= 0) || roles.months.some((c) => c >= 0)) return false;
  const actual = found.columns.find((c) => c.col === roles.actual);
  const target = found.columns.find((c) => c.col === roles.target);
  if (!actual || !target || actual.unit === '%') return false;
  return (
    GROWTH_HEADING.test(target.header) ||
    target.unit === '%' ||
    growthWordsDown(grid, roles.target, found.bodyStart, found.bodyEnd)
  );
}

/**
 * A column whose plain numbers are percentage points: one of them is above 3 (86.3 beside 2 and 1.2),
 * where a column of ratios (0.863) has none.
 */
function holdsPoints(grid: Grid, found: FoundTable, col: number): boolean {
  for (let r = found.bodyStart; r < found.bodyEnd; r++) {
    const v = grid.values[r]?.[col];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? numberTyped(v) : null;
    if (n !== null && Math.abs(n) > 3) return true;
  }
  return false;
}

/** The rows of a body whose name cell is merged along the row over the target's column. */
function nameOverTarget(
  grid: Grid,
  from: number,
  to: number,
  nameCols: readonly number[],
  target: number,
): Set<number> {
  const rows = new Set<number>();
  if (target < 0) return rows;
  for (const m of grid.merges) {
    const r = m.top - grid.originRow;
    if (m.bottom !== m.top || r < from || r >= to) continue;
    const left = m.left - grid.originCol;
    if (nameCols.includes(left) && left < target && m.right - grid.originCol >= target) rows.add(r);
  }
  return rows;
}

/**
 * The rows of a body where a text merged along the row, right of the names, covers a figure column:
 * words for the figures (a note or a group label merged across the whole row is not one).
 */
function textAcrossFigures(
  grid: Grid,
  from: number,
  to: number,
  valueCols: readonly number[],
  nameCols: readonly number[],
): Set<number> {
  const rows = new Set<number>();
  if (nameCols.length === 0) return rows;
  const lastName = Math.max(...nameCols);
  for (const m of grid.merges) {
    const r = m.top - grid.originRow;
    if (m.bottom !== m.top || m.right <= m.left || r < from || r >= to) continue;
    const left = m.left - grid.originCol;
    if (left <= lastName) continue;
    const right = m.right - grid.originCol;
    const v = grid.values[r]?.[left];
    if (typeof v === 'string' && v.trim() !== '' && valueCols.some((c) => c >= left && c <= right))
      rows.add(r);
  }
  return rows;
}

/**
 * A value column's cell: its own value, or where it is blank, the value merged down over it when that is
 * each row's (mergedForEachRow).
 */
function ownOrMerged(
  grid: Grid,
  fills: ReadonlyMap<number, CellValue>,
  r: number,
  c: number,
  resultColumn: boolean,
): CellValue {
  const own = grid.values[r]?.[c] ?? null;
  if (filled(own)) return own;
  const merged = fills.get(r * 65536 + c);
  return merged !== undefined && mergedForEachRow(merged, resultColumn) ? merged : own;
}

/** The walk's cells: with the merged value where asked, and a value column's merged verdict (ownOrMerged). */
function cellReader(
  grid: Grid,
  found: FoundTable,
  roles: Roles,
  valueCols: readonly number[],
  fills: ReadonlyMap<number, CellValue>,
  at: (r: number, c: number) => CellValue,
): Pick<Walk, 'cellAt' | 'valueAt'> {
  // The columns of results and verdicts, whose words merged down over rows are each row's.
  const results = new Set([
    roles.actual,
    roles.status,
    ...roles.quarters,
    ...roles.months,
    ...roles.orgs.flatMap((o) => [o.actual, o.status]),
    ...roles.groups.flatMap((g) => [g.actual, g.status]),
    ...found.columns.filter((c) => c.role === 'periodActual').map((c) => c.col),
  ]);
  const values = new Set(valueCols);
  const valueAt = (r: number, c: number): CellValue =>
    values.has(c) ? ownOrMerged(grid, fills, r, c, results.has(c)) : (grid.values[r]?.[c] ?? null);
  return {
    valueAt,
    cellAt: (r, c, withFill = false) =>
      c < 0 ? null : sourceCell(grid, r, c, withFill ? at(r, c) : valueAt(r, c)),
  };
}

function walkOf(grid: Grid, found: FoundTable, options: WalkOptions): Walk {
  const roles = rolesOf(found, grid, options.yearStart);
  const fills = mergeFills(grid, found.bodyStart, found.bodyEnd);
  const at = (r: number, c: number): CellValue => {
    if (c < 0) return null;
    const own = grid.values[r]?.[c];
    if (filled(own)) return own ?? null;
    return fills.get(r * 65536 + c) ?? null;
  };
  const valueCols = [
    roles.target,
    ...roles.targetAlternates,
    ...roles.actualAlternates,
    ...roles.statusAlternates,
    roles.periodTarget,
    roles.actual,
    roles.completion,
    roles.status,
    roles.previous,
    roles.growth,
    // A form's score: a row with marks and no figures is an indicator judged by them.
    roles.score,
    ...roles.quarters,
    ...roles.months,
    ...roles.plans,
    ...roles.orgs.flatMap((o) => [o.target, o.actual, o.status, o.completion]),
    ...roles.groups.flatMap((g) => [g.target, g.actual, g.completion, g.status]),
    // Columns of earlier years count too: a row with figures only there is an indicator with none yet.
    ...found.columns.filter((c) => c.role === 'periodActual' || c.role === 'history').map((c) => c.col),
  ].filter((c) => c >= 0);
  const { cellAt, valueAt } = cellReader(grid, found, roles, valueCols, fills, at);
  const quarterCount = roles.quarters.filter((c) => c >= 0).length;
  const monthCount = roles.months.filter((c) => c >= 0).length;
  // The result's and the target's headings both name a fall (同比下降(%) | 改善目标:同比下降(%)).
  const falls = [roles.actual, roles.target].every((col) =>
    found.columns.some((c) => c.col === col && namesFall(c.header)),
  );
  const sharesOfTimeKept = timeKeptShares(grid, found, roles.target, roles.actual);
  return {
    grid,
    found,
    ...(options.file !== undefined ? { file: options.file } : {}),
    roles,
    at,
    cellAt,
    valueAt,
    valueCols,
    numericCols: new Set(valueCols.filter((c) => isNumericColumn(grid, found, c))),
    statusKey: roles.status >= 0 ? lightLetters(grid, found, roles.status) : new Map(),
    figureHeadings: figureHeadings(found, [roles.target, roles.actual]),
    pointsCols: new Set(
      found.columns
        .filter((c) => c.role === 'completion' && c.unit === '%' && holdsPoints(grid, found, c.col))
        .map((c) => c.col),
    ),
    resultIsGrowth: found.columns.some(
      (c) =>
        c.col === roles.actual &&
        ((c.unit === '%' && (GROWTH_HEADING.test(c.header) || falls)) || (falls && fallInPercent(c.header))),
    ),
    fallsAsSizes: falls,
    resultInPercent: found.columns.some((c) => c.col === roles.actual && c.unit === '%') || sharesOfTimeKept,
    gapOfPace: found.columns.some((c) => c.col === roles.gap && isPaceGapHeading(c.header)),
    targetInTime: found.columns.some((c) => c.col === roles.target && timeOfHeading(c.header)),
    targetBound: boundOfHeading(found.columns.find((c) => c.col === roles.target)?.header ?? ''),
    targetTimeShare:
      timeShareOfHeading(found.columns.find((c) => c.col === roles.target)) ?? shareOfCaption(grid, found),
    resultToDate:
      quarterCount === 0 &&
      monthCount === 0 &&
      roles.periodTarget < 0 &&
      found.columns.some((c) => c.col === roles.actual && TO_DATE_HEADING.test(c.header)),
    targetForLaterYear: laterTargetYear(grid, found, roles.target, roles.actual),
    resultProjected: found.columns.some((c) => c.col === roles.actual && isProjectionHeading(c.header)),
    resultEstimated: found.columns.some(
      (c) =>
        c.col === roles.actual && isProjectionHeading(c.header) && YEAR_END_ESTIMATE.test(toHans(c.header)),
    ),
    statusAsks: statusQuestion(found.columns.find((c) => c.col === roles.status)?.header),
    namedAsPledges:
      found.columns.some((c) => c.role === 'name' && namesPledges(c.header)) || hasStandardTimes(grid, found),
    pledgesInNames: pledgesInNames(grid, found, roles.name) && namesCharter(grid, found),
    growthOverPrevious: growthOverPrevious(grid, found, roles),
    growthOverBaseline: growthOverBaseline(grid, found, roles),
    resultScale: resultScaleOf(found, roles),
    granularity:
      quarterCount > 0 && quarterCount * 3 >= monthCount
        ? 'quarters'
        : monthCount > 0
          ? 'months'
          : roles.actual >= 0 || roles.orgs.length > 0 || roles.groups.length > 0
            ? 'cumulative'
            : 'none',
    caption: captionName(grid, found),
    preamble: preambleOf(grid, found, options.sheetUnit ?? null),
    yearStart: options.yearStart,
    indicators: [],
    seen: new Set(),
    wordsForFigures: textAcrossFigures(grid, found.bodyStart, found.bodyEnd, valueCols, roles.name),
    nameOverTarget: nameOverTarget(grid, found.bodyStart, found.bodyEnd, roles.name, roles.target),
  };
}

/** A row's first cell that says it holds a score or a weight (自评分数, 折合分数, 考成分数, 权数:2, 配分). */
const SCORE_LINE = /^(?:自评分数|自评得分|折合分数|考成分数|分数|权数|配分)(?:[:：]\s*\d+(?:\.\d+)?)?$/;

/** A gap column's heading that measures against the pace (超欠序时进度, 超(+)欠(-)均衡进度, 进度差). */
/**
 * A heading that gives its figures' signs, over (+) and short (-) of the task to date (超(+)、差(-)"双过半"
 * 任务数, 超(+)欠(-)时序任务): a figure below 0 is behind, as under a heading of the gap to the pace.
 */
const SIGNED_GAP_HEADING = /^超[(（][+＋][)）].{0,3}(?:欠|差|短)[(（][-－−][)）]/;

function isPaceGapHeading(header: string): boolean {
  return (
    PACE_GAP_HEADING.test(headerKey(header).replace(/[()（）+\-−]/g, '')) ||
    SIGNED_GAP_HEADING.test(headerKey(headingLeaf(header)))
  );
}
const PACE_GAP_HEADING =
  /^(?:超|超欠|快慢|与|快于|高于|超过)?(?:序时|时序|均衡|时间)?进度(?:差)?(?:个?百分点)?$|^超欠(?:序时|时序|均衡|时间)进度(?:个?百分点)?$/;

/** What a body row is: a blank, the end of the table, a section heading, a note, or an indicator row. */
type RowKind =
  | { readonly kind: 'blank' | 'end' | 'skip' }
  | { readonly kind: 'category'; readonly label: string }
  | { readonly kind: 'prose' }
  | { readonly kind: 'indicator'; readonly name: string; readonly group: string | null }
  | { readonly kind: 'total'; readonly name: string; readonly group: string | null };

function classifyRow(w: Walk, r: number, afterGap: boolean): RowKind {
  const row = w.grid.values[r];
  if (!row || row.every((v) => !filled(v))) return { kind: 'blank' };
  const lead = row.find((v) => filled(v));
  if (typeof lead === 'string' && isFooterLine(lead)) return { kind: 'end' };
  if (typeof lead === 'string' && isCommentLine(lead)) return { kind: 'skip' };
  // A score form's marks or weight (自評分數 | 目標達成率95%,得基準分80分… | 100分; 權數:2): scoring, no row.
  if (typeof lead === 'string' && SCORE_LINE.test(toHans(normalizeText(lead)).trim()))
    return { kind: 'skip' };
  if (isPageLine(row)) return { kind: 'skip' };
  const { name, group } = nameOf(w, r, w.caption);
  // (A verdict merged down over the row is one of its cells: see ownOrMerged.)
  const cellsInRow =
    row.filter((v) => filled(v)).length +
    w.valueCols.filter((c) => !filled(row[c]) && filled(w.valueAt(r, c))).length;
  if (name && isLabelledLine(w, r, name, cellsInRow)) return { kind: 'prose' };
  if (!w.valueCols.some((c) => filled(w.at(r, c)))) {
    // A measure whose figures are words across their columns ("New measure for FY 2025"): an indicator
    // with no figures yet.
    if (name && w.wordsForFigures.has(r) && !isTotalName(name)) return { kind: 'indicator', name, group };
    // A form's numbered indicator with its name but nothing filled in (指标4.不合格产品处置率 | | ): an
    // indicator with no figures, listed so that nothing is lost, never a section heading.
    if (name && NAMED_SLOT.test(toHans(normalizeText(name)))) return { kind: 'indicator', name, group };
    // A sub-row named as one read under another measure (- Province | - City under each measure), left
    // blank: that measure's sub-row with nothing reported yet — not where rows of figures of its own
    // follow it (不连彩色图则 over 下午6时前订购 | 1个工作天), which it heads.
    if (name && name.length <= 30 && !isTotalName(name) && readAlready(w, name) && !headsRows(w, r))
      return { kind: 'indicator', name, group };
    // An item of the table's numbered list left blank (1 | 战略性新兴产业产值 | | over 2 | 固定资产投资 |
    // 未达到序时进度): numbered in the id column as the row after it is, one before it — a sibling with
    // nothing reported yet, not a section over them (a section is numbered 一、 or 1 over 1.1).
    if (name && numberedBeforeNext(w, r)) return { kind: 'indicator', name, group };
    // A section heading: one label on its own (or beside its number). Not in a cross-tab, where a
    // label alone is an area with no figures; never a footnote (* …, 注…).
    const label = name ?? text(lead);
    // An item numbered right after the one above (5.信託管理收入 after 4.財產收入) with nothing filled in
    // is a sibling without figures, not a section over the rows below it.
    const previous = w.indicators.length > 0 ? w.indicators[w.indicators.length - 1].name : null;
    const heading =
      label &&
      !isNextItem(label, previous) &&
      cellsInRow <= 2 &&
      w.roles.groups.length === 0 &&
      (!/^[*†‡#※]/.test(label) || MARKED_HEADING.test(label)) &&
      !isExplanation(label) &&
      // A question (How do we measure satisfaction?) heads the explanation under it, not a group of rows.
      !/[?？]\s*$/.test(label);
    // (a heading's own note mark, **Cancer Targets, is no part of its name)
    return heading ? { kind: 'category', label: label.replace(/^[*†‡#※]+/, '') } : { kind: 'skip' };
  }
  // A long text alone in its row is a note; without a name column (a caption names the indicator) so
  // is any row of one cell.
  if (cellsInRow === 1 && w.indicators.length > 0 && isProse(lead)) return { kind: 'skip' };
  if (w.roles.name.length === 0 && cellsInRow < 2) return { kind: 'skip' };
  // After a gap, a sentence in a column of figures is a note under the table, not an indicator — unless
  // the row gives a verdict as the table's rows do (Deer density | Reductions towards 10 per km² | … | Amber),
  // or figures as the table's rows give them (Carbon footprint | 50% ↓ on 2005/06 baseline | 22.8% ↓ on
  // 2005/06 baseline; see figuresWithWords), or the row is numbered in the table's number
  // column (5 | 提高城乡低保标准 | 区民政局 | 标准不低于3480元/年…).
  if (
    afterGap &&
    w.valueCols.some((c) => w.numericCols.has(c) && isProse(row[c])) &&
    !(w.roles.status >= 0 && statusWord(text(row[w.roles.status]) ?? '') !== null) &&
    !figuresWithWords(row, w.valueCols) &&
    !(typeof row[w.roles.actual] === 'string' && isFigureKind(row[w.roles.actual] as string)) &&
    !(w.roles.id >= 0 && LIST_NUMBER.test(text(row[w.roles.id]) ?? ''))
  )
    return { kind: 'prose' };
  // A form's column numbers under its headings (1 | 2 | 3 … 14).
  if (isColumnNumbers(row)) return { kind: 'skip' };
  const again = headingAgain(row, w);
  if (again) return again.label !== null ? { kind: 'category', label: again.label } : { kind: 'skip' };
  // A total, or a row whose name says there is none (其他需要说明事项 | 无 | 总分 100 96).
  // (A total with its own target and the office's own verdict, 总计 | … | 80 | 达标, is the whole's measure.)
  if (name && isGrandTotalName(name) && !judgedWhole(w, r)) return { kind: 'total', name, group };
  // (So is a row whose category cell of its own, not merged down from above, says so: 合计 | 省重大工程项目.)
  const ownCategory = w.roles.category >= 0 ? text(row[w.roles.category]) : null;
  if (name && ownCategory !== null && isGrandTotalName(ownCategory) && !judgedWhole(w, r))
    return { kind: 'total', name, group };
  if (!name || (isTotalName(name) && !judgedWhole(w, r)) || notApplicableReason(name) === 'not-applicable')
    return { kind: 'skip' };
  // Others' figures for comparison under a measure (Scotland comparisons, Family group comparisons, 全省平均),
  // with no target of their own: the measure's context, not measures.
  if (
    BENCHMARK_ROW.test(toHans(normalizeText(name)).trim()) &&
    !(w.roles.target >= 0 && filled(w.at(r, w.roles.target)))
  )
    return { kind: 'skip' };
  // …and so is a total in a table its caption names, which has no name column (Total | 198.4 | 199.5).
  if (w.roles.name.length === 0 && typeof lead === 'string' && isTotalName(lead.trim()))
    return { kind: 'skip' };
  // A form's slot left unfilled (指标1: | / | /, "Indicator 2:", ……): no indicator; nor a status's count.
  if (EMPTY_SLOT.test(toHans(normalizeText(name))) || isStatusName(name)) return { kind: 'skip' };
  return { kind: 'indicator', name, group };
}

/** A row with its own target and the office's verdict in the status column. */
function judgedWhole(w: Walk, r: number): boolean {
  const { roles } = w;
  if (roles.status < 0 || roles.target < 0 || !filled(w.at(r, roles.target))) return false;
  const verdict = text(w.at(r, roles.status));
  return verdict !== null && statusWord(verdict) !== null;
}

/** The names of the indicators read so far in a walk, kept up as it goes (one look per row). */
const namesRead = new WeakMap<Walk, { count: number; names: Map<string, Set<string | null>> }>();

/** The headings (categories) each name was read under so far, kept up to date as rows are read. */
function headingsOfNames(w: Walk): Map<string, Set<string | null>> {
  let seen = namesRead.get(w);
  if (!seen) namesRead.set(w, (seen = { count: 0, names: new Map() }));
  for (; seen.count < w.indicators.length; seen.count++) {
    const { name, category } = w.indicators[seen.count];
    const under = seen.names.get(name);
    if (under) under.add(category);
    else seen.names.set(name, new Set([category]));
  }
  return seen.names;
}

/** Whether an indicator of that name was read above. */
function readAlready(w: Walk, name: string): boolean {
  return headingsOfNames(w).has(name);
}

/** The id column's whole number in row `r` (1, 12), else null. */
function idNumber(w: Walk, r: number): number | null {
  const t = w.roles.id >= 0 ? text(w.at(r, w.roles.id)) : null;
  return t !== null && /^\d{1,3}$/.test(t) ? Number(t) : null;
}

/** Row `r` is numbered n in the id column and the next numbered row, with figures, n + 1. */
function numberedBeforeNext(w: Walk, r: number): boolean {
  const n = idNumber(w, r);
  if (n === null) return false;
  for (let next = r + 1; next < w.found.bodyEnd; next++) {
    const id = w.roles.id >= 0 ? text(w.at(next, w.roles.id)) : null;
    if (id === null) continue;
    return idNumber(w, next) === n + 1 && w.valueCols.some((c) => filled(w.at(next, c)));
  }
  return false;
}

/** Whether the next row has figures under a name not read above: a row this one heads. */
function headsRows(w: Walk, r: number): boolean {
  const next = r + 1;
  if (next >= w.found.bodyEnd || !w.valueCols.some((c) => filled(w.at(next, c)))) return false;
  const { name } = nameOf(w, next, w.caption);
  // (A total under the table adds up the rows above; it is no row this one heads.)
  if (name === null || isTotalName(name)) return false;
  if (!readAlready(w, name)) return true;
  // The row below read already too (the same sub-rows under each service: Computerised land registers over
  // Orders placed before 6 pm, as Without colour plans was over it): this row heads it, unless the two were
  // read side by side before, siblings under one heading (- Province | - City).
  const own = nameOf(w, r, w.caption).name;
  return own !== null && !readAsSiblings(w, own, name);
}

/** Rows named `a` and `b` were read before under the same heading. */
function readAsSiblings(w: Walk, a: string, b: string): boolean {
  const names = headingsOfNames(w);
  const underA = names.get(a);
  const underB = names.get(b);
  return !!underA && !!underB && [...underA].some((h) => underB.has(h));
}

/**
 * A labelled line between the blocks of a table ("Strategic Plan Goal: | Invest in Public Infrastructure…"
 * merged across the figures' columns): the words of the block below, not a measure — a note, so that two
 * of them end the body above, as two notes do.
 */
function isLabelledLine(w: Walk, r: number, name: string, cellsInRow: number): boolean {
  if (cellsInRow !== 2 || !/[:：]\s*$/.test(name)) return false;
  const row = w.grid.values[r] ?? [];
  const first = row.findIndex((v) => filled(v));
  const at = row.findIndex((v, c) => c > first && filled(v));
  if (at < 0 || typeof row[at] !== 'string' || isFigureCell(w.cellAt(r, at))) return false;
  const sheetRow = w.grid.originRow + r;
  const sheetCol = w.grid.originCol + at;
  return w.grid.merges.some((m) => m.top === sheetRow && m.left === sheetCol && m.right > m.left);
}

/** A row of others' figures for comparison: Scotland comparisons, Family group comparisons, National average, 全省平均. */
const BENCHMARK_ROW =
  /^(?:(?:scotland|scottish|wales|welsh|england|english|uk|national|regional|family group|peer group|comparator group|benchmark(?:ing)? group)\s+(?:comparisons?|averages?|medians?|benchmarks?)|comparisons?|benchmark(?:ing)?)$|^(?:全国|全省|全市|同类|同级|同行业)(?:平均|均值)(?:水平|值|数)?$/i;

/** A form's numbered indicator slot with a name after its number (指标4.不合格产品处置率, Indicator 2: …). */
const NAMED_SLOT = /^(?:指标|indicator|kpi)\s*\d{1,2}\s*[:：.、]\s*[^\s.…。·]/i;

/** The label of a form's numbered slot with nothing after it (指标1:, 任务2：, Indicator 3:), or dots. */
const EMPTY_SLOT = /^(?:(?:指标|任务|项目|indicator|kpi|measure|target)\s*\d{1,2}\s*[:：.、]?|[.…。·]+)$/i;

/** Adds one indicator of a row: the row's shared fields, then its own. */
function emit(w: Walk, base: Indicator, extra: Partial<Indicator> & { name: string; keyPart: string }): void {
  let key = `${w.file ?? ''}|${w.grid.name}|${extra.keyPart}`;
  // A name read again under another heading (電話回覆 under 客運 and under 商務): told apart by the heading,
  // which stays the same from one check-in to the next as the row number may not; else by its row.
  const category = extra.category ?? base.category;
  if (w.seen.has(key) && category && !w.seen.has(`${key}|${category}`)) key = `${key}|${category}`;
  else if (w.seen.has(key)) key = `${key}#${base.row}`;
  w.seen.add(key);
  const { keyPart: _k, ...rest } = extra;
  w.indicators.push({ ...base, key, ...rest });
}

/**
 * The leaves of the given columns' headings in words, joined (Target turnaround time / Actual turnaround
 * time): what the figures measure. A heading fused with its role (降低目标(%)) is left to the target's sign.
 */
function figureHeadings(found: FoundTable, cols: readonly number[]): string | null {
  const leaves = cols
    .map((col) =>
      found.columns
        .find((c) => c.col === col)
        ?.header.split(' › ')
        .pop()
        ?.trim(),
    )
    .filter((t): t is string => !!t && /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(t));
  return leaves.length > 0 ? leaves.join(' / ') : null;
}

/**
 * The row's status cell, with the words its letter stands for; where verdicts are columns and a mark
 * ticks one (Met or Exceeded Target | Not Achieved, an X under one), the marked cell, its heading the words.
 */
function statusOf(
  w: Walk,
  r: number,
  row: readonly CellValue[] | undefined,
): Pick<Indicator, 'statusCell' | 'statusMeaning'> {
  const { roles } = w;
  if (roles.statusAlternates.length === 0)
    return { statusCell: w.cellAt(r, roles.status, true), ...statusMeaning(w, w.at(r, roles.status)) };
  const col = filledOf(roles.status, roles.statusAlternates, row);
  const cell = w.cellAt(r, col);
  if (!cell || !filled(cell.value)) return { statusCell: null };
  // The heading over the marked column: its lowest text in the heading rows.
  const heading = [...w.found.headerRows]
    .reverse()
    .map((h) => w.grid.values[h]?.[col])
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return { statusCell: cell, ...(heading ? { statusMeaning: oneLineLeaf(heading) } : {}) };
}

/**
 * The words the sheet's key gives the status column's letters; and, where the column's letters are a
 * light's (R, Y, G, with no N beside them), Y for yellow, not yes.
 */
function lightLetters(grid: Grid, found: FoundTable, col: number): ReadonlyMap<string, string> {
  const key = letterKey(grid, found.bodyStart, found.bodyEnd);
  if (key.has('Y')) return key;
  const letters = new Set<string>();
  for (let r = found.bodyStart; r < found.bodyEnd; r++) {
    const t = text(grid.values[r]?.[col])?.trim().toUpperCase();
    if (t && t.length === 1) letters.add(t);
  }
  if (!letters.has('Y') || letters.has('N') || !(letters.has('R') || letters.has('G'))) return key;
  return new Map([...key, ['Y', 'Yellow'], ['y', 'Yellow']]);
}

/** The words the sheet's key gives the row's status letter, where it has a key and the letter is in it. */
function statusMeaning(w: Walk, v: CellValue): { statusMeaning?: string } {
  const code = w.statusKey.size > 0 ? text(v) : null;
  const meaning = code !== null ? w.statusKey.get(code) : undefined;
  return meaning !== undefined ? { statusMeaning: meaning } : {};
}

/**
 * A row whose target is a growth (增长5%, or a per cent under a heading of growth: 预期目标(增速) 6.5%) beside
 * the result told as an amount and as its growth (完成情况 › 绝对值 | 增速): the growth answers it — as it
 * does where the amount is left blank and the growth's cell holds the row's result.
 */
function growthAsked(w: Walk, r: number, row: readonly CellValue[] | undefined, name: string): boolean {
  const { roles, grid } = w;
  if (roles.growth < 0 || roles.target < 0 || roles.actual < 0 || w.granularity !== 'cumulative')
    return false;
  // Beside the amount (完成情况 › 绝对值 | 增速), or a growth of its own beside the result (1-9月完成 | 增速(%)).
  const besideAmount = isAbsoluteLeaf(w.found.columns.find((c) => c.col === roles.actual)?.header ?? '');
  const growth = row?.[roles.growth];
  const target = row?.[roles.target];
  const words = typeof target === 'string' ? toHans(normalizeText(target)) : '';
  // The amount left blank and the growth's cell holding the row's result (完成, 预计与经济增长基本同步), or
  // the growth the row's name or target asks for (规模以上工业增加值增速 | 7 | | 6.8).
  const amount = row?.[roles.actual];
  const blank =
    amount === null || amount === undefined || (typeof amount === 'string' && isEmptyText(amount));
  const growthFilled = growth !== null && growth !== undefined && String(growth).trim() !== '';
  if (blank && growthFilled && (besideAmount || GROWTH_NAME.test(toHans(normalizeText(name))))) return true;
  if (typeof growth !== 'number' && !(typeof growth === 'string' && /\d/.test(normalizeText(growth))))
    return false;
  if (words !== '' && (isGrowthTargetText(words) || isLastYearFloor(words))) return true;
  if (!besideAmount) return false;
  // A per cent under a heading of growth (预期目标(增速) | 6.5%, "6%", 6 under 0"%").
  const heading = w.found.columns.find((c) => c.col === roles.target)?.header ?? '';
  const p = parseCell(target ?? null, grid.numberFormats?.[r]?.[roles.target]);
  if (p.kind !== 'number' || !p.quantity.percent) return false;
  if (GROWTH_HEADING.test(heading)) return true;
  // …or a per cent set for a measure of amounts (年度目标 5.5%以上 | 绝对值 1248.3亿元 | 增幅 9.1%): no share
  // of an amount, only its growth can answer it.
  const a = parseCell(amount ?? null, grid.numberFormats?.[r]?.[roles.actual]);
  const figure =
    a.kind === 'number'
      ? !a.quantity.percent
      : typeof amount === 'string' && /\d/.test(amount) && !/[%％]/.test(amount);
  return figure && !isRateName(name);
}

/**
 * A section heading with its own note mark (**Cancer Targets): the mark right against a short title, not a
 * footnote's sentence (* Figures are provisional.).
 */
const MARKED_HEADING = /^[*†‡#※]{1,3}(?=[A-Z\u3400-\u9fff])[^.。:：;；!?？]{2,40}$/;

/** The gap's cell: its column's, else a remark that is the gap and no more (gapInNotes). */
function gapCellOf(
  roles: Roles,
  note: CellValue,
  cellAt: (c: number) => SourceCell | null,
): { gapCell?: SourceCell | null } {
  if (roles.gap >= 0) return { gapCell: cellAt(roles.gap) };
  return gapInNotes(note) ? { gapCell: cellAt(roles.notes) } : {};
}

/**
 * A remark that is the gap to the target and nothing more (备注: 高于市政府下达目标4个百分点), where no column
 * holds the gap: the gap, from which the target may be told.
 */
function gapInNotes(v: CellValue | undefined): boolean {
  if (typeof v !== 'string' || v.length > 40 || !/目[标標]|target/i.test(v)) return false;
  const { mentions } = scanQuantities(withoutIssuer(v));
  return mentions.length === 1 && mentions[0].role === 'gap' && mentions[0].gapSign !== null;
}

/** The row's column for a role: the role's own, or the alternative the row fills where it is empty. */
function filledOf(col: number, alternates: readonly number[], row: readonly CellValue[] | undefined): number {
  if (alternates.length === 0 || given(row?.[col])) return col;
  return alternates.find((c) => given(row?.[c])) ?? col;
}

/** A cell with something in it other than a word that it does not apply (N/A, -, 无). */
function given(v: CellValue | undefined): boolean {
  return filled(v) && !(typeof v === 'string' && isEmptyText(v));
}

/**
 * A row of shares under a caption's unit (单位：万元 over 税收占比 | 62.57%; 單位：新臺幣千元；% over 計畫累計
 * 進度 › 實際 | 89.84): its figures are typed as per cent, its name says it is a share or a rate, or its
 * result's heading is one of progress in per cent, so the caption's unit of amounts is not its own.
 */
function shareRow(grid: Grid, r: number, name: string, roles: Roles, found: FoundTable): boolean {
  const formats = grid.numberFormats?.[r];
  return (
    SHARE_NAME.test(name) ||
    isPercentFormat(formats?.[roles.actual]) ||
    isPercentFormat(formats?.[roles.target]) ||
    SHARE_HEADING.test(found.columns.find((c) => c.col === roles.actual)?.header ?? '')
  );
}

/**
 * A row judged on money (its target's or result's heading speaks of investment: 年度计划投资 | 完成投资, as a
 * key projects' table has it), under a unit line naming money beside counts (单位：个、亿元).
 */
function moneyRow(found: FoundTable, roles: Roles): boolean {
  const heading = (col: number) => (col >= 0 ? (found.columns.find((c) => c.col === col)?.header ?? '') : '');
  return MONEY_HEADING.test(toHans(heading(roles.target) + ' ' + heading(roles.actual)));
}

const MONEY_HEADING = /投资|investment/i;

/**
 * The row's direction cell; none where it holds a plan's attribute (预期性 or 约束性 in a 属性 column says
 * how binding the target is, not which way is better).
 */
function directionCellOf(w: Walk, r: number): SourceCell | null {
  const { roles, at, cellAt } = w;
  return PLAN_ATTRIBUTE.test(toHans(text(at(r, roles.direction)) ?? ''))
    ? null
    : cellAt(r, roles.direction, true);
}

/** A plan's attribute of an indicator: 预期性, 约束性, 参考性, 指导性 (a target to aim at or one binding). */
const PLAN_ATTRIBUTE = /^\s*(?:预期性|约束性|参考性|指导性|预期|约束)(?:指标)?\s*$/;

/** A name that ends on a share or a rate: 税收占比, 所占比重, 完成率, 增长率 (a bracketed % after it). */
const SHARE_NAME = /(?:占比|比重|比例|率)\s*(?:[(（]\s*%\s*[)）])?$/;
/** A result's heading of progress or a share (累计进度, 計畫累計進度 › 實際, 完成比例, 百分点). */
const SHARE_HEADING = /[进進]度|占比|比重|比例|百分/;

/**
 * The heading's unit, unless it is per cent and the row's own cells write their figures with another
 * unit (城镇新增就业 | 2.7万人以上 | 1.34万人 under 预期增长(%) | 上半年完成(%)): a count, not a share.
 */
function rowOrHeadingUnit(w: Walk, row: Row): string | null {
  const { roles, found } = w;
  const heading = headingUnit(unitOfHeading(found, w.resultScale !== 0 ? roles.target : roles.actual));
  if (heading === null || !isPercentUnit(heading)) return heading;
  let own: string | null = null;
  for (const c of [roles.target, roles.actual]) {
    const v = c >= 0 ? row?.[c] : null;
    if (typeof v !== 'string') continue;
    const m = scanQuantities(v).mentions.find((x) => x.role === 'value');
    if (!m) continue;
    if (m.percent || !m.unit || isPercentUnit(m.unit) || (own !== null && own !== m.unit)) return heading;
    own = m.unit;
  }
  return own ?? heading;
}

/** The fields every indicator of row r shares. */
function rowBase(w: Walk, r: number, name: string, group: string | null, category: string | null): Indicator {
  const { roles, at, cellAt, grid, found } = w;
  const row = grid.values[r];
  const id = text(roles.id >= 0 ? row?.[roles.id] : null);
  const rowCategory = roles.category >= 0 ? (text(at(r, roles.category)) ?? category) : category;
  const unit =
    unitOfCell(text(at(r, roles.unit))) ??
    unitInName(name) ??
    rowOrHeadingUnit(w, row) ??
    // (a caption's unit of money or count is not a share's; a caption of per cent is every row's: 单位：%)
    (w.preamble.measureUnit !== null &&
    (isRateUnitText(w.preamble.measureUnit) || !shareRow(grid, r, name, roles, found))
      ? w.preamble.measureUnit
      : null) ??
    (w.preamble.moneyUnit && moneyRow(found, roles) ? w.preamble.moneyUnit : null) ??
    // (the unit the figures' own format shows: #,##0"万元", "£"#,##0.00)
    unitOfFormat(grid.numberFormats?.[r]?.[roles.actual] ?? grid.numberFormats?.[r]?.[roles.target], name);
  const steps = roles.plans.some((c) => c >= 0) ? roles.plans.map((c) => cellAt(r, c)) : null;
  // A row of rates (城镇化率 %) beside the amounts is judged as it stands; an amount's growth is in per cent.
  const overPrevious = w.growthOverPrevious && !(unit !== null && isRateUnitText(unit));
  // The growth judged, told as a bare number (增速(%) | 5.2): a growth in per cent.
  const asked = growthAsked(w, r, row, name);
  const growthInPercent =
    asked &&
    typeof row?.[roles.growth] === 'number' &&
    !isPercentFormat(grid.numberFormats?.[r]?.[roles.growth]);
  // No target column, results in per cent, and the lines above state one share as the target: every row's.
  const stated =
    roles.target < 0 && roles.targetAlternates.length === 0 && w.resultInPercent ? w.preamble.target : null;
  return {
    key: '',
    ...(w.file !== undefined ? { file: w.file } : {}),
    sheet: grid.name,
    row: grid.originRow + r,
    id: id !== null && id.length > 1 && /[、.]$/.test(id) ? id.slice(0, -1) : id,
    category: rowCategory ? stripNumbering(rowCategory) : null,
    name,
    measureUnit: overPrevious ? '%' : unit,
    milestoneTargets: steps,
    directionCell: directionCellOf(w, r),
    aggregationCell: cellAt(r, roles.aggregation, true),
    target: stated
      ? {
          value: stated.text,
          format: null,
          row: grid.originRow + stated.row,
          col: grid.originCol + stated.col,
        }
      : cellAt(r, filledOf(roles.target, roles.targetAlternates, row)),
    ...(stated ? { targetInCaption: true as const } : {}),
    actuals: actualsOf(w.granularity, roles, (c) =>
      cellAt(r, c !== roles.actual ? c : asked ? roles.growth : filledOf(c, roles.actualAlternates, row)),
    ),
    owner: text(at(r, roles.owner)),
    notes: text(at(r, roles.notes)),
    group,
    previousCell: cellAt(r, roles.previous),
    ...(roles.baseline >= 0 ? { baselineCell: cellAt(r, roles.baseline) } : {}),
    growthCell: cellAt(r, roles.growth),
    ...gapCellOf(roles, at(r, roles.notes), (c) => cellAt(r, c, true)),
    ...(roles.gap >= 0 && w.gapOfPace ? { gapOfPace: true as const } : {}),
    ...(w.resultIsGrowth || growthInPercent ? { resultIsGrowth: true as const } : {}),
    ...(w.resultIsGrowth && w.fallsAsSizes ? { fallsAsSizes: true as const } : {}),
    ...(w.resultInPercent ? { resultInPercent: true as const } : {}),
    ...(w.targetInTime ? { targetInTime: true as const } : {}),
    ...(w.targetBound ? { targetBound: w.targetBound } : {}),
    ...(w.targetTimeShare !== null ? { targetTimeShare: w.targetTimeShare } : {}),
    ...(w.resultToDate ? { resultToDate: true as const } : {}),
    ...(w.targetForLaterYear ? { targetForLaterYear: true as const } : {}),
    ...(w.resultProjected ? { resultProjected: true as const } : {}),
    ...(w.resultEstimated ? { resultEstimated: true as const } : {}),
    ...(w.statusAsks ? { statusAsks: w.statusAsks } : {}),
    ...(w.namedAsPledges ? { namedAsPledges: true as const } : {}),
    ...(w.pledgesInNames ? { pledgesInNames: true as const } : {}),
    ...(overPrevious ? { growthOverPrevious: true as const } : {}),
    ...(w.growthOverBaseline && !(unit !== null && isRateUnitText(unit))
      ? { growthOverBaseline: true as const }
      : {}),
    ...(w.resultScale !== 0 ? { resultScale: w.resultScale } : {}),
    ...((w.granularity === 'months' || w.granularity === 'quarters') && roles.actual >= 0
      ? { toDateCell: cellAt(r, roles.actual) }
      : {}),
    periodTargetCell: cellAt(r, roles.periodTarget),
    ...(roles.periodTargetMonths !== null ? { periodTargetMonths: roles.periodTargetMonths } : {}),
    completionCell: cellAt(r, roles.completion, true),
    ...(w.pointsCols.has(roles.completion) ? { completionInPoints: true } : {}),
    ...(roles.periodCompletion >= 0 ? { periodCompletionCell: cellAt(r, roles.periodCompletion) } : {}),
    ...statusOf(w, r, row),
    ...(w.figureHeadings !== null ? { figureHeadings: w.figureHeadings } : {}),
    ...(roles.score >= 0 && roles.maxScore >= 0
      ? { scoreCell: cellAt(r, roles.score), maxScoreCell: cellAt(r, roles.maxScore) }
      : {}),
    ...(roles.deadline >= 0
      ? {
          deadline: deadlineOf(
            at(r, roles.deadline),
            w.grid.numberFormats?.[r]?.[roles.deadline],
            w.yearStart,
          ),
        }
      : {}),
    targetInName: (roles.target < 0 && roles.periodTarget < 0) || w.nameOverTarget.has(r),
  };
}

/** The indicators of one row, by the table's layout. */
function emitRow(w: Walk, r: number, base: Indicator): void {
  const { roles, cellAt } = w;
  const row = w.grid.values[r] ?? [];
  const name = base.name;
  const has = (cols: readonly number[]): boolean => cols.some((c) => c >= 0 && filled(row[c]));
  if (roles.groups.length > 0) {
    for (const g of roles.groups) {
      if (!has([g.target, g.actual, g.completion, g.status])) continue;
      const indicator = oneLineHeading(g.group, true);
      emit(w, base, {
        name: indicator,
        keyPart: `${name}|${indicator}`,
        org: name,
        // The group's unit: in its name, else in its figures' headings (计划投资额(万元) | 累计完成投资额(万元)).
        measureUnit:
          unitInName(g.group) ??
          headingUnit(unitOfHeading(w.found, g.actual)) ??
          headingUnit(unitOfHeading(w.found, g.target)) ??
          base.measureUnit,
        target: cellAt(r, g.target),
        actuals: { kind: 'cumulative', cell: cellAt(r, g.actual) },
        completionCell: cellAt(r, g.completion),
        completionInPoints: w.pointsCols.has(g.completion),
        statusCell: cellAt(r, g.status),
        targetInName: g.target < 0,
      });
    }
    return;
  }
  if (roles.orgs.length > 0) {
    for (const o of roles.orgs) {
      if (!has([o.actual, o.status, o.completion])) continue;
      emit(w, base, {
        name,
        keyPart: `${base.id ?? name}|${o.org}`,
        org: o.org,
        ...(o.target >= 0 ? { target: cellAt(r, o.target) } : {}),
        actuals: { kind: 'cumulative', cell: cellAt(r, o.actual) },
        statusCell: cellAt(r, o.status),
        completionCell: cellAt(r, o.completion),
        completionInPoints: w.pointsCols.has(o.completion),
      });
    }
    return;
  }
  const parts = compoundParts(
    name,
    roles.target >= 0 ? row[roles.target] : null,
    roles.actual >= 0 ? row[roles.actual] : null,
    // (a share done or a verdict of the row's own judges it as one task)
    has([roles.completion, roles.status]),
  );
  if (parts.length <= 1) {
    emit(w, base, { name, keyPart: base.id ?? name });
    return;
  }
  // The parts share the row's target text: in the target cell, or in the task's own words.
  // (The last name column with the row's words: a name merged across two columns is in the left one.)
  const own = roles.name.filter((c) => filled(row[c]));
  const nameCol = own.length > 0 ? own[own.length - 1] : roles.name[roles.name.length - 1];
  const shared: Partial<Indicator> =
    roles.target < 0 && roles.periodTarget < 0 && roles.name.length > 0
      ? { target: cellAt(r, nameCol, true), targetInName: false }
      : {};
  for (const part of parts)
    emit(w, base, {
      name: part.name,
      keyPart: `${base.id ?? name}|${part.name}`,
      ...shared,
      ...part.fields,
    });
}

/** The table as read: its rows, how it was read and the period it states. */
/**
 * The role of a column as a reading names it, without the organisation or group it carries ("actual
 * (2020年预计值)", "target (Phase I)" → actual, target).
 */
export function readingRole(role: string): string {
  const at = role.indexOf(' (');
  return at < 0 ? role : role.slice(0, at);
}

/** True when the target's heading names a later year than the result's (2016-17 Status | 2018 Goal). */
function laterTargetYear(grid: Grid, found: FoundTable, target: number, actual: number): boolean {
  const yearOf = (col: number): number | null => {
    const c = col >= 0 ? found.columns.find((x) => x.col === col) : undefined;
    return c ? yearInHeading(c.header) : null;
  };
  const t = yearOf(target);
  const a = yearOf(actual) ?? (actual >= 0 ? latestYearBeside(grid, found, actual) : null);
  return t !== null && a !== null && t > a;
}

/**
 * The latest year in the column headed Year right after a result's (Latest › Data | Year, as SDG progress
 * tables give each figure its year): the result's year, where every filled cell there is a year.
 */
function latestYearBeside(grid: Grid, found: FoundTable, actual: number): number | null {
  const col = actual + 1;
  const heading = grid.values[found.headerRows[found.headerRows.length - 1]]?.[col];
  if (typeof heading !== 'string' || !/^\s*(?:year|年份?|年度)\s*$/i.test(heading)) return null;
  let latest: number | null = null;
  for (let r = found.bodyStart; r < found.bodyEnd; r++) {
    const v = grid.values[r]?.[col];
    if (v === null || v === undefined || v === '') continue;
    const y = typeof v === 'number' ? v : /^\s*\d{4}\s*$/.test(String(v)) ? Number(v) : NaN;
    if (!Number.isInteger(y) || y < 1900 || y > 2100) return null;
    if (latest === null || y > latest) latest = y;
  }
  return latest;
}

/** The year the target and result headings all name, when they name one. */
function judgedYear(found: FoundTable): number | null {
  // A column without a heading (a target read by its cells) names no year, and leaves it to the others.
  // Verdicts alone (Outcome | 2018-19: Achieved) name it where no target or result does.
  const figures = found.columns.some((c) => c.role === 'target' || c.role === 'actual');
  const years = found.columns
    .filter(
      (c) =>
        (c.role === 'target' || c.role === 'actual' || (!figures && c.role === 'status')) &&
        c.header.trim() !== '' &&
        // A target or standard of no year (目標, Bench Mark) beside results of one (2020年實際成績) leaves the
        // year to the results.
        !(
          c.role === 'target' &&
          yearInHeading(c.header) === null &&
          (isStandardHeading(c.header) || figures)
        ),
    )
    .map((c) => yearInHeading(c.header));
  return years.length > 0 && years.every((y) => y !== null && y === years[0]) ? years[0] : null;
}

/**
 * The year the headings over a table's period results all name (Achievement Rate Implemented in 2023 ›
 * 1st Qtr. … 4th Qtr.), where no target or result column names one.
 */
function periodResultsYear(found: FoundTable): number | null {
  // The heading over them, not a month's own (February 2019 is a month of the year from April 2018).
  const years = found.columns
    .filter((c) => c.role === 'periodActual')
    .map((c) => (c.header.includes(' › ') ? yearInHeading(c.header.split(' › ')[0]) : null));
  return years.length > 0 && years.every((y) => y !== null && y === years[0]) ? years[0] : null;
}

/**
 * A section row that says how far its items are (已完成的項目, 按计划进行的项目, "Completed", "On schedule"):
 * the cell, to stand as each item's status. Null for any other section.
 */
function statusSection(w: Walk, r: number, label: string): SourceCell | null {
  let words = normalizeText(label)
    // With its count (其中超额完成任务的已有10项, 已完成的共19项): the rows' verdict.
    .replace(/^其中\s*/, '')
    .replace(/的?\s*(?:已有|已|共有|共|有)?\s*\d+\s*[项項个個件]$/, '')
    .replace(/(?:的)?(?:项目|項目|承诺|承諾|工作|措施|任务|任務|items?|pledges?)$/i, '');
  // The places or units that passed a ceiling (煤矿全年死亡人数超过全年控制指标的省份): the verdict they share.
  const places = /(超过|超出)(全年|年度)?控制指标的(省份|省|地区|市州|县区|区县|单位|企业)$/.exec(
    toHans(words),
  );
  if (places) words = `${places[1]}${places[2] ?? ''}控制指标`;
  if (words === '' || statusWord(words) === null) return null;
  const row = w.grid.values[r] ?? [];
  const c = row.findIndex((v) => typeof v === 'string' && v.trim() !== '');
  return { value: words, format: null, row: w.grid.originRow + r, col: w.grid.originCol + Math.max(0, c) };
}

/** Years a target is due over: 三年內, 3年内, "within three years", "over the next 5 years". */
const YEARS_SPAN =
  /([一二两兩三四五六七八九十\d]{1,2})\s*(?:个)?\s*年\s*(?:之)?\s*[内內]|\b(?:within|over|in)\s+(?:the\s+next\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b/i;
/** The year it is counted from: 自2019-20年起, 由2016-17年度開始, "from 2022", "starting in 2019". */
const SPAN_START =
  /(?:自|由|从|從)\s*((?:19|20)\d{2})(?:\s*[-/]\s*\d{2,4})?\s*(?:年度?)?\s*(?:起|开始|開始)|\b(?:from|starting(?:\s+in)?)\s+((?:19|20)\d{2})\b/i;

/**
 * Marks the indicators whose target is due over several years (自2019-20年起,三年內採用三項…), with how
 * many of those years were over before the table's year.
 */
function withTargetSpans(
  indicators: Indicator[],
  year: number | null,
  yearStart: number,
  /** The table's year is named by its two calendar years (2023/24). */
  spanYear: boolean,
): Indicator[] {
  return indicators.map((ind) => {
    const target = ind.target && typeof ind.target.value === 'string' ? ind.target.value : '';
    const span = targetSpanIn(`${target} ${ind.name}`, year);
    const later = laterDeadline(ind, year, yearStart, spanYear);
    return span || later ? { ...ind, ...(span ? { targetSpan: span } : {}), ...later } : ind;
  });
}

/**
 * A deadline in a year after the table's (2025年12月底 in a 2024 table; March 2026 in a 2024/25 table whose
 * year starts in April): not yet due. Of a 2023/24 table whose start nothing gives, 2024 may be the year's
 * own end: only a deadline past 2024 is later.
 */
function laterDeadline(
  ind: Indicator,
  year: number | null,
  yearStart: number,
  spanYear: boolean,
): Partial<Indicator> | null {
  if (!ind.deadline || year === null) return null;
  const p = dueBy(ind.deadline.text, yearStart);
  if (!p || p.year === null) return null;
  const fiscal = FISCAL_LABEL.test(p.text);
  const due = yearStart === 1 || fiscal ? p.year : fiscalYearOf(p, yearStart);
  const last = spanYear && yearStart === 1 && !fiscal ? year + 1 : year;
  return due > last ? { deadline: { ...ind.deadline, later: true } } : null;
}

/**
 * A year named by its two halves or as a fiscal year (2025/26, 2025-26, FY26): counted from its start. Not
 * a day (2025-03-31).
 */
const FISCAL_LABEL = /\d{4}\s*[-/–]\s*\d{2,4}\b(?!\s*[-/–.]\s*\d)|\bFY\s*\d/i;

/**
 * The year a stated period is in, counted as the organisation's year is: a month, or a run of months,
 * named with its calendar year and nothing else (January 2018, Jan-18, 2018年1月; January to March 2018,
 * 2018年1-3月; as at 31 March 2018, a quarter's end) in a year from April (or July) is in the year that
 * started in 2017. A range across a year end (Oct '21 – Jan '22) or a year named by its halves or as FY
 * names the year otherwise.
 */
function yearOfStated(stated: StatedPeriod, yearStart: number): number | null {
  if (stated.year === null || yearStart === 1) return stated.year;
  if (stated.period.kind !== 'month' && stated.period.kind !== 'quarter') return stated.year;
  const calendar =
    monthWithYear(stated.text)?.year === stated.year ||
    monthsWithYear(stated.text)?.year === stated.year ||
    (!FISCAL_LABEL.test(stated.text) && dayWithYear(stated.text) === stated.year);
  return calendar ? fiscalYearOf(stated, yearStart) : stated.year;
}

/**
 * A table's year where its period is stated with a calendar year (January 2018, January to March 2018) in
 * an organisation whose year starts after January: the organisation's year the period is in. Both readers
 * of a table (the standard one and the walk by evidence) take the year through here.
 */
export function inOrganisationYear<Y extends Pick<SheetTable, 'year' | 'yearNamed'>>(
  years: Y,
  stated: StatedPeriod | null | undefined,
  yearStart: number,
): Y {
  return stated && !years.yearNamed && years.year === stated.year
    ? { ...years, year: yearOfStated(stated, yearStart) }
    : years;
}

/**
 * The fiscal year of a month or quarter named with its calendar year (March 2026 in a year starting in
 * April is in 2025/26): the year the fiscal year starts in.
 */
function fiscalYearOf(p: { period: Period; year: number | null }, yearStart: number): number {
  const y = p.year ?? 0;
  if (p.period.kind !== 'month' && p.period.kind !== 'quarter') return y;
  const last = p.period.kind === 'month' ? p.period.month : p.period.quarter * 3;
  const calendarMonth = ((last - 1 + yearStart - 1) % 12) + 1;
  return calendarMonth >= yearStart ? y : y - 1;
}

function targetSpanIn(text: string, year: number | null): Indicator['targetSpan'] | null {
  const m = YEARS_SPAN.exec(text);
  if (!m) return null;
  const n = countIn(m[1] ?? m[2]);
  if (n === null || n < 2 || n > 20) return null;
  const start = SPAN_START.exec(text);
  const from = start ? Number(start[1] ?? start[2]) : null;
  const done = from !== null && year !== null ? year - from : null;
  if (done !== null && (done < 0 || done >= n - 1)) return null;
  return { years: n, done };
}

/**
 * The year a title names the results' with (2017/18 Performance Targets and 2016/17 Achievements), where a
 * target or result column is headed by a year alone or by nothing: the table is of the results' year.
 */
function titleResultYear(found: FoundTable, lines: readonly string[]): number | null {
  const byTitle = found.columns.some(
    (c) =>
      (c.role === 'target' || c.role === 'actual') &&
      (c.header.trim() === '' || yearLabel(c.header) !== null),
  );
  if (!byTitle) return null;
  for (const [year, role] of yearRolesInCaption(lines)) if (role === 'actual') return year;
  return null;
}

/**
 * The organisation's year of the latest month with results among months written with their years
 * (June '16 | Sept '16 | Dec '16 | Mar '17, filled to Dec '16, a year from April: 2016), or null.
 */
function datedYear(grid: Grid, found: FoundTable, yearStart: number): number | null {
  const latest = latestDatedMonth(
    grid,
    found,
    found.columns.filter((c) => !c.org && !c.group),
  );
  if (!latest) return null;
  return latest.month >= yearStart ? latest.year : latest.year - 1;
}

/** The latest calendar month with results among month columns written with their years (Dec '16). */
function latestDatedMonth(
  grid: Grid,
  found: FoundTable,
  cols: readonly RoleColumn[],
): { year: number; month: number } | null {
  let latest: { year: number; month: number } | null = null;
  for (const c of cols) {
    if (c.role !== 'periodActual' || c.period?.kind !== 'month' || !c.period.year) continue;
    if (!hasData(grid, found, c.col)) continue;
    const ym = { year: c.period.year, month: c.period.index + 1 };
    if (!latest || ym.year * 12 + ym.month > latest.year * 12 + latest.month) latest = ym;
  }
  return latest;
}

/**
 * The one year the target's and result's headings name, where some name none (2017 年目标 beside 表现):
 * the year a form's date is weighed against.
 */
function figureHeadingsYear(found: FoundTable): number | null {
  const years = new Set<number>();
  for (const c of found.columns) {
    if (c.role !== 'target' && c.role !== 'actual') continue;
    const y = yearInHeading(c.header);
    if (y !== null) years.add(y);
  }
  return years.size === 1 ? [...years][0] : null;
}

/**
 * "Month 2" in the table's words over a "May 2013" column: the latest month column is the organisation's
 * second month, so its year starts in April; with the words that say so ("Month 2, May 2013").
 */
function numberedMonthStart(
  found: FoundTable,
  stated: StatedPeriod | null,
  monthColumns: readonly { readonly col: number; readonly month: number }[],
): { start: number; text: string } | null {
  if (!stated || monthColumns.length === 0) return null;
  const last = monthColumns.reduce((a, c) => (c.col > a.col ? c : a));
  const start = yearStartOfNumberedMonth(stated.text, last.month);
  const heading = found.columns.find((c) => c.col === last.col)?.header ?? '';
  return start === null ? null : { start, text: `${stated.text}, ${oneLineLeaf(heading)}` };
}
/** The year the indicators' own heading names (2017-18年度環保事務目標 | 成果). */
function nameHeadingYear(found: FoundTable): number | null {
  const name = found.columns.find((c) => c.role === 'name' && c.source === 'header');
  return name ? yearInHeading(name.header) : null;
}

/**
 * What the lines above the table's headings say: its title, office, date and unit; the unit the sheet
 * named above an earlier table where these lines name none.
 */
function preambleOf(grid: Grid, found: FoundTable, sheetUnit: string | null = null): Preamble {
  const headerTop = found.headerRows[0] ?? found.bodyStart;
  const own = readPreamble(grid.values, Math.max(0, found.captionRows[0] ?? headerTop), headerTop);
  if (own.measureUnit !== null) return own;
  // The names headed by the money the figures are counted in (Ushs Thousands | Approved Budget | …): the
  // rows' unit, as a caption's unit line gives it.
  const unit = nameHeadingMoney(found) ?? sheetUnit;
  return unit !== null ? { ...own, measureUnit: unit } : own;
}

/** The name column's heading where it names money in thousands or millions (Ushs Thousands, UShs 000's). */
function nameHeadingMoney(found: FoundTable): string | null {
  const name = found.columns.find((c) => c.role === 'name');
  const leaf = name ? oneLineLeaf(name.header).trim() : '';
  return leaf !== '' && isMoneyScale(leaf) ? leaf : null;
}

/**
 * A table's stated period (periodOf), a form's date weighed against the year its headings or title name
 * (periodInTexts).
 */
function statedOf(w: Walk, above: ReturnType<typeof titleTexts>, yearStart: number): StatedPeriod | null {
  const { grid, found, preamble } = w;
  const namedYear = (dateText: string): number | null =>
    titleResultYear(found, [...above.captions, ...above.rows]) ??
    judgedYear(found) ??
    periodResultsYear(found) ??
    nameHeadingYear(found) ??
    figureHeadingsYear(found) ??
    // (not the title that is itself the date: "monthly performance update: January 2017")
    (preamble.title?.includes(dateText) ? null : yearIn(preamble.title)) ??
    preamble.unitLineYear ??
    // …else the one year the sheet's name names (2019年度…自评表 over a form dated 2020年2月18日)
    onlyYearIn(grid.name);
  return periodOf(grid, found, w.roles, yearStart, namedYear);
}

/** The unit of measure the lines above a table name (see WalkOptions.sheetUnit). */
export function unitAbove(grid: Grid, found: FoundTable): string | null {
  return preambleOf(grid, found).measureUnit;
}

function tableOf(w: Walk, options: WalkOptions, seriesPeriod?: StatedPeriod | null): SheetTable {
  const { grid, found } = w;
  const { preamble } = w;
  const above = titleTexts(grid, found);
  const stated = seriesPeriod ?? statedOf(w, above, options.yearStart);
  const headingStated = !seriesPeriod && !!w.roles.headingPeriod;
  const reading: TableReading = {
    layout: found.layout,
    confidence: found.confidence,
    columns: found.columns.map((c) => ({
      column: columnLetters(grid.originCol + c.col),
      role: c.role + (c.org ? ` (${c.org})` : '') + (c.group ? ` (${c.group})` : ''),
      header: c.header,
      source: c.source,
      score: c.score,
    })),
  };
  const ending = headingStated ? null : yearEndingAt(found, stated);
  const monthColumns = found.columns
    .filter((c) => c.role === 'periodActual' && c.period?.kind === 'month' && !c.org && !c.group)
    .map((c) => ({ col: c.col, month: c.period!.index + 1 }));
  const byMonths = yearStartOfMonths(
    monthColumns,
    found.columns.some((c) => c.role === 'actual' && YEAR_TO_DATE.test(c.header)),
  );
  const numbered = byMonths === null ? numberedMonthStart(found, stated, monthColumns) : null;
  const monthsStart = byMonths ?? numbered?.start ?? null;
  const calendarYears = tableYear(
    // The year the period states, else the one the target and result headings name (2015-16年度工作表現
    // › 目標), else the title's (荔城区2022年…计划主要指标执行情况), else the date's. A period only a
    // heading states (Q2 2016/17, the first of a rolling window of quarters) names its year last.
    ending?.year ??
      (headingStated ? null : stated?.year) ??
      titleResultYear(found, [...above.captions, ...above.rows]) ??
      judgedYear(found) ??
      periodResultsYear(found) ??
      nameHeadingYear(found) ??
      datedYear(grid, found, monthsStart ?? options.yearStart) ??
      yearIn(preamble.title) ??
      preamble.unitLineYear ??
      // (the sheet's own title, where the line nearest the table is a form's (年度总体目标 › 保障学校正常
      // 工作运行) and the title above the form's blocks names the year: …绩效自评表(2021年))
      yearIn(above.rows[0] ?? null) ??
      (headingStated ? stated?.year : null) ??
      // (the one year the sheet's name names, 2019年度…自评表, before the date the form was filled in)
      onlyYearIn(grid.name) ??
      yearIn(preamble.reportingDate),
    [
      ...(stated ? [stated.text] : []),
      ...above.captions,
      ...above.rows,
      ...found.columns
        .filter(
          (c) =>
            c.role === 'target' ||
            c.role === 'actual' ||
            c.role === 'periodActual' ||
            (c.role === 'status' && yearInHeading(c.header) !== null) ||
            (c.role === 'name' && c.source === 'header'),
        )
        .map((c) => c.header),
      grid.name,
      ...above.figureRows,
      ...pageFootersBelow(grid, w.indicators),
    ],
    monthsStart,
    found.columns.filter((c) => c.role === 'history').map((c) => c.header),
    ending,
    yearStartOfMonths(monthColumns, true),
  );
  const years = inOrganisationYear(calendarYears, stated, options.yearStart);
  // The target and the result headed by one calendar year (2020 TARGET | 2020 RESULT) in an organisation
  // whose year starts after January: the year that ends in it, as FY 2020 is (an annual report for the
  // year to June 2020), never the year that starts in it.
  const yearHeadings = found.columns.filter(
    (c) => (c.role === 'target' || c.role === 'actual') && yearInHeading(c.header) !== null,
  );
  const endsIn =
    !years.yearNamed &&
    w.yearStart !== 1 &&
    monthsStart === null &&
    years.year != null &&
    years.year === judgedYear(found) &&
    yearHeadings.length > 0 &&
    yearHeadings.every((c) => BARE_YEAR_HEADING.test(oneLineLeaf(c.header)));
  return {
    ...(w.file !== undefined ? { file: w.file } : {}),
    sheet: grid.name,
    headerRows: found.headerRows.map((r) => grid.originRow + r),
    title: preamble.title,
    reportingUnit: preamble.reportingUnit,
    reportingDate: preamble.reportingDate,
    ...years,
    ...(numbered && years.yearStartShown === numbered.start ? { yearStartText: numbered.text } : {}),
    ...(endsIn ? { yearNamed: 'fy' as const } : {}),
    granularity: w.granularity,
    indicators: withTargetSpans(
      standardsBelow(grid, targetLinesBelow(grid, w.indicators)),
      years.year ?? null,
      w.yearStart,
      years.yearNamed === 'span',
    ),
    diagnostics: [],
    reading,
    statedPeriod: stated,
  };
}

/** A Chinese heading of the year's result as estimated at its end: 完成情况(预计), 预计完成, 全年预计. */
const YEAR_END_ESTIMATE = /完成[^()（）]{0,4}[(（]\s*预计\s*[)）]|预计(?:全年)?完成|全年预计/;

/**
 * The page footers copied with the table below its last indicator (FY 2025-2026 Annual Budget | | | Page
 * 99): the document's name, with its year, for the table's year when nothing nearer names it.
 */
function pageFootersBelow(grid: Grid, indicators: readonly Indicator[]): string[] {
  const out: string[] = [];
  if (indicators.length === 0) return out;
  const last = indicators[indicators.length - 1].row - grid.originRow;
  const end = Math.min(grid.values.length, last + 1 + PAGE_FOOTER_REACH);
  for (let r = last + 1; r < end; r++) {
    const row = grid.values[r];
    if (!row || !isPageLine(row)) continue;
    const first = row.find((v) => typeof v === 'string' && v.trim() !== '');
    if (typeof first === 'string') out.push(first);
  }
  return out;
}

/** How many rows below a table's last indicator its page footer may sit. */
const PAGE_FOOTER_REACH = 5;

/** A heading's own words, under the groups over it (Not achieved › 2020 RESULT: 2020 RESULT), on one line. */
function oneLineLeaf(header: string): string {
  return oneLineHeading(headingLeaf(header));
}

/** A target's or a result's heading by one calendar year and its word alone: 2020 TARGET, Actual 2021. */
const BARE_YEAR_HEADING =
  /^\s*(?:(?:19|20)\d{2}\s+(?:target|actual|result|outturn|performance|achieved|achievement|estimated?)s?|(?:target|actual|result|outturn|performance|achieved|achievement)s?\s+(?:19|20)\d{2})\s*$/i;

/** A year-to-date heading in English words (YTD, "Year to date"): the year runs from the first month shown. */

/** A row holding a number that is no day typed as a number (a day's serial is a whole 20000–80000). */
function holdsFigures(row: readonly CellValue[] | undefined): boolean {
  return !!row?.some((v) => typeof v === 'number' && !(Number.isInteger(v) && v >= 20000 && v <= 80000));
}

/** The texts above a found table: its captions, nearest first, and the sheet's own title rows. */
function titleTexts(
  grid: Grid,
  found: FoundTable,
): { captions: string[]; rows: string[]; figureRows: string[] } {
  // (A footnote to a figure marked in a table above, "+ … in December 2020 contributed to …" under 259+,
  // speaks of that figure, not of this table's period.)
  const texts = (rows: readonly number[]): string[] =>
    rows.flatMap((r) => rowTexts(grid, r)).filter((t) => !isFootnoteToMark(grid, t));
  const top = Math.min(found.headerRows[0] ?? found.bodyStart, 8);
  // Title lines, not the rows of a table above this one (its headings 一月 | 二月 … state no period here;
  // its rows of figures, FY 2006 | 68% | 32%, neither).
  const rows = Array.from({ length: Math.max(0, top) }, (_, r) => r).filter(
    (r) => !found.captionRows.includes(r) && texts([r]).length <= 3 && !holdsFigures(grid.values[r]),
  );
  const captions = found.captionRows.filter((r) => !holdsFigures(grid.values[r]));
  // …though their words may still name the year the way the office does (FY 2007).
  const figureRows = found.captionRows.filter((r) => holdsFigures(grid.values[r]));
  return { captions: texts(captions.reverse()), rows: texts(rows), figureRows: texts(figureRows) };
}

/** A line opening on a mark (*, #, +, †) that some figure on the sheet carries after it (72*, 259+). */
function isFootnoteToMark(grid: Grid, text: string): boolean {
  const mark = /^\s*([*#+†‡※])\s*\S/.exec(text)?.[1];
  if (!mark) return false;
  const marked = new RegExp(`\\d\\s*\\${mark}\\s*$`);
  return grid.values.some((row) =>
    row?.some((v) => typeof v === 'string' && v.length <= 24 && marked.test(v)),
  );
}

/** A financial year's span whose end a stated date is (2015–16 with "at 30 June 2016"). */
interface YearEnding {
  /** The span's first year (2015). */
  readonly year: number;
  /** The month the year starts in (7). */
  readonly start: number;
  readonly text: string;
}

const MONTH_ENDS: Readonly<Record<string, number>> = { march: 3, june: 6, september: 9 };

/**
 * The results' year, where a date the sheet states is the end of it: the results are under a financial
 * year's span (2015–16 › Achieved %) and the date is the last day of a quarter in its second year ("at 30
 * June 2016"): the year is 2015–16, from July. Only the year ends offices use (March, June, September).
 */
function yearEndingAt(found: FoundTable, stated: StatedPeriod | null): YearEnding | null {
  if (!stated || stated.year === null) return null;
  const m = /\b(30|31)\s+(march|june|september)\s+((?:19|20)\d{2})\b/i.exec(stated.text);
  if (!m) return null;
  const month = MONTH_ENDS[m[2].toLowerCase()];
  const end = Number(m[3]);
  if ((month === 3) !== (m[1] === '31')) return null;
  const spans = found.columns.some(
    (c) =>
      c.role === 'actual' &&
      yearInHeading(c.header) === end - 1 &&
      /(?:19|20)\d{2}\s*[/\-–—]\s*\d{2}/.test(c.header),
  );
  return spans ? { year: end - 1, start: month + 1, text: stated.text } : null;
}

/**
 * A table's year and how its words name it (2017/18, FY 2010: core/fiscalYear), and its year's start:
 * the one its month columns show (`monthsStart`, core/statedPeriod yearStartOfMonths), else the one a
 * run of months in its words says ("April to March"), with those words. `texts`: the table's words, the
 * nearest to its period first.
 */
export function tableYear(
  year: number | null,
  texts: readonly string[],
  monthsStart: number | null,
  startTexts: readonly string[] = [],
  ending: YearEnding | null = null,
  monthsRun: number | null = null,
): Pick<SheetTable, 'year' | 'yearNamed' | 'yearStartShown' | 'yearStartText'> {
  const words = fiscalYearWords(texts, year);
  // Months that open a year of two calendar years the words name (2024/25 Target | Apr-24 … Jul-24):
  // the year starts with the first of them, as Apr … Mar across the year end would show.
  if (monthsStart === null && monthsRun !== null && monthsRun !== 1 && words.named === 'span') {
    if (!words.start || words.start.month === monthsRun) monthsStart = monthsRun;
  }
  // Where the table's own words say nothing of its start, the headings of earlier results may (Achieved
  // 01 April 05 to 31 March 06 beside this quarter's result): the organisation's year is the same; so
  // may the date the results' year ends on (2015–16 › Achieved, "at 30 June 2016": a year from July).
  const from =
    words.start ??
    startTexts.map(yearStartIn).find((s) => s !== null) ??
    (ending ? { month: ending.start, year: ending.year, text: ending.text } : null);
  const start =
    monthsStart !== null
      ? { yearStartShown: monthsStart }
      : from
        ? { yearStartShown: from.month, yearStartText: from.text }
        : {};
  // Months shown across a year end (Jun-16 … Mar-17) are a year of two calendar years: a span.
  const named = words.named ?? (monthsStart !== null && monthsStart !== 1 && year !== null ? 'span' : null);
  return {
    year: words.year ?? year,
    ...(named ? { yearNamed: named } : {}),
    ...start,
  };
}

/**
 * Reads a found table's body into a SheetTable (or null when no row is an indicator). The caller has
 * checked the table's confidence.
 */
export function walkTable(grid: Grid, found: FoundTable, options: WalkOptions): SheetTable | null {
  const walk = walkOf(grid, found, options);
  const kinds = rowKindsOf(walk);
  if (kinds) {
    // The column naming each row's kind is no category (计划 / 完成 under 类别), and the one naming the
    // indicators no owner or category (Service | Budget / Actual).
    const taken = new Set([kinds.col, kinds.nameCol]);
    const { category, owner } = walk.roles;
    const w =
      taken.has(category) || taken.has(owner)
        ? {
            ...walk,
            roles: {
              ...walk.roles,
              category: taken.has(category) ? -1 : category,
              owner: taken.has(owner) ? -1 : owner,
            },
          }
        : walk;
    walkRowKinds(w, kinds);
    return w.indicators.length > 0 ? tableOf(w, options) : null;
  }
  const w = walk;
  let category: string | null = firstSection(w);
  // A section of items by how far they are (已完成的項目, 按計劃進行的項目): their status, where they have none.
  let sectionStatus: SourceCell | null = null;
  let strays = 0;
  let afterGap = false;
  // A row other than an indicator's since the last indicator: a note, a blank, a sentence.
  let interrupted = false;
  let held: {
    r: number;
    name: string;
    group: string | null;
    category: string | null;
    sectionStatus: SourceCell | null;
  } | null = null;
  const emit = (
    r: number,
    name: string,
    group: string | null,
    rowCategory: string | null,
    status: SourceCell | null,
  ): void => {
    const base = rowBase(w, r, name, group, rowCategory);
    const own = base.statusCell && base.statusCell.value !== null && base.statusCell.value !== '';
    emitRow(w, r, status && !own ? { ...base, statusCell: status } : base);
  };
  // The table's total rows (合计, Total): read apart once the walk is done (SheetTable.totals).
  const totals: { r: number; name: string; group: string | null; category: string | null }[] = [];
  for (let r = found.bodyStart; r < found.bodyEnd; r++) {
    // After notes under the table, a row of another table's headings (Sr. No. | Financial Year | Units
    // Assisted …) ends this one.
    if ((interrupted && startsAnotherTable(w.grid.values[r])) || headsAnotherTable(w, r)) break;
    const row = classifyRow(w, r, afterGap);
    if (row.kind === 'end') break;
    if (row.kind === 'total') totals.push({ r, name: row.name, group: row.group, category });
    interrupted = row.kind !== 'indicator' && row.kind !== 'category' && w.indicators.length > 0;
    if (row.kind === 'blank') afterGap ||= w.indicators.length > 0;
    else if (row.kind === 'category') {
      sectionStatus = statusSection(w, r, row.label);
      if (!sectionStatus) category = stripNumbering(row.label);
    } else if (row.kind === 'prose') {
      // Two notes in a row end the body.
      if (++strays >= 2) break;
      // A row taken for a note after a gap is the table's own where the table goes on below it
      // (Percentage of applications meeting the standard | Data not available until 2024).
      const own = afterGap ? classifyRow(w, r, false) : null;
      held =
        own?.kind === 'indicator' ? { r, name: own.name, group: own.group, category, sectionStatus } : null;
    } else if (row.kind === 'indicator') {
      strays = 0;
      if (held) emit(held.r, held.name, held.group, held.category, held.sectionStatus);
      held = null;
      // The table goes on after the blank rows left between its groups: the gap was inside it.
      afterGap = false;
      emit(r, row.name, row.group, category, sectionStatus);
      // A group named on its first row and left blank below (经济指标 | 1 | 地区生产总值, then | 2 | 利用外资),
      // as a merged cell would show it: the rows below are in it.
      const own = w.roles.category >= 0 ? text(w.at(r, w.roles.category)) : null;
      if (own !== null) category = own;
    }
  }
  itemsOverLetteredRows(w);
  if (w.indicators.length === 0 || isParagraphBlock(w)) return null;
  const series = monthSeries(w, options.yearStart);
  if (series) w.indicators.splice(0, w.indicators.length, ...series.indicators);
  else pastYearsDown(w);
  const table = tableOf(w, options, series?.period);
  if (series || totals.length === 0) return table;
  // Each total row read as a row of the table is, apart from its indicators (keys of their own).
  const apart: Walk = { ...w, indicators: [], seen: new Set() };
  for (const t of totals) emitRow(apart, t.r, rowBase(apart, t.r, t.name, t.group, t.category));
  const read = withTargetSpans(apart.indicators, table.year ?? null, w.yearStart, table.yearNamed === 'span');
  return read.length > 0 ? { ...table, totals: read } : table;
}

/**
 * A row of texts alone that opens as this table's heading row does but goes on otherwise (Region 3 |
 * Actual FY 11-12 | Target FY 11-12 above, Region 3 | FY 11-12 Budget ($) | Staff (PY) below a gap): the
 * next table's headings. The same row again, in capitals or not, is the same headings pasted with the
 * next page.
 */
const FIGURE_KINDS: ReadonlySet<string> = new Set(['number', 'quantity', 'percent']);

function headsAnotherTable(w: Walk, r: number): boolean {
  const row = w.grid.values[r] ?? [];
  const head = w.grid.values[w.found.headerRows[0] ?? -1] ?? [];
  const texts = row.filter(filled);
  // Words only: a figure typed as text (1, 100%) is a row of data.
  if (texts.length < 2 || texts.some((v) => typeof v !== 'string' || FIGURE_KINDS.has(cellKind(v))))
    return false;
  const first = row.findIndex(filled);
  if (first < 0 || heading(row[first]) !== heading(head[first])) return false;
  const width = Math.max(row.length, head.length);
  for (let c = first + 1; c < width; c++) if (heading(row[c]) !== heading(head[c])) return true;
  return false;
}

/** A heading cell as headings compare: case, spaces, footnote marks and a colon after it aside (REGION 3 = Region 3:). */
function heading(v: CellValue | undefined): string | null {
  return typeof v === 'string' ? headerKey(v).replace(/[:：]$/, '') || null : text(v);
}

/** The column naming each row's kind (Target / Actual), and the column of the year's figure (-1: none). */
interface RowKinds {
  readonly col: number;
  readonly year: number;
  /** The kinds are in the name column itself, under a row naming the indicator (Homes delivered / Target / Actual). */
  readonly inName: boolean;
  /**
   * The column naming the indicators when the kinds fill the column read as the names (Service | Budget /
   * Actual): the texts to its left, on each pair's first row; -1 otherwise.
   */
  readonly nameCol: number;
}

/** The indicator's name on a row of a Target / Actual table. */
function kindRowName(w: Walk, kinds: RowKinds, r: number): string | null {
  return kinds.nameCol >= 0 ? text(w.at(r, kinds.nameCol)) : nameOf(w, r, null).name;
}

/**
 * Target and Actual rows in the name column itself, each pair under a row that names the indicator and
 * holds no figures (Affordable homes delivered | · | Target | 50 … | Actual | 42 …).
 */
function kindsInName(w: Walk): boolean {
  if (w.roles.name.length !== 1) return false;
  const col = w.roles.name[0];
  let pairs = 0;
  for (let r = w.found.bodyStart + 1; r + 1 < w.found.bodyEnd; r++) {
    const [k, next] = [rowKindOf(w.at(r, col)), rowKindOf(w.at(r + 1, col))];
    const above = w.at(r - 1, col);
    const labelAbove =
      typeof above === 'string' &&
      rowKindOf(above) === null &&
      !w.valueCols.some((c) => filled(w.at(r - 1, c)));
    if (k !== null && next !== null && k !== next && labelAbove) pairs++;
  }
  return pairs >= 1;
}

/**
 * A time allowed for each case as the target (1 Hour, 2 Weeks, 7 working days) beside results that are
 * the shares of cases done in it, typed without their sign (100, 93.33, 50: every one from 0 to 100, a
 * third or more a full 100): each result a per cent of the cases (judged as any time standard is).
 */
function timeKeptShares(grid: Grid, found: FoundTable, target: number, actual: number): boolean {
  if (target < 0 || actual < 0) return false;
  let times = 0;
  let filled = 0;
  let shares = 0;
  let hundreds = 0;
  for (let r = found.bodyStart; r < found.bodyEnd; r++) {
    const t = grid.values[r]?.[target];
    if (typeof t === 'string' && t.trim() !== '') {
      filled++;
      if (isTimeAlone(t)) times++;
    } else if (typeof t === 'number') filled++;
    const a = grid.values[r]?.[actual];
    if (typeof a === 'number') {
      if (a < 0 || a > 100) return false;
      shares++;
      if (a === 100) hundreds++;
    }
  }
  return filled >= 2 && times === filled && shares >= 2 && hundreds * 3 >= shares;
}

/**
 * A column of no role whose cells state the time each case is to be done within (審查申請所需的標準時間 |
 * 由申請當日起計3個月內, "Within 10 working days"): the rows are standards kept case by case, as a pledge
 * table's are, their targets and results the shares of cases that kept them.
 */
/** Words that name a charter of pledges: Client Charter, Performance Pledges, 服务承诺, service standards. */
const CHARTER_WORDS = /charter|pledge|承诺|承諾|服务标准|服務標準|service standards?\b/i;

/** The sheet's name, the lines above the table or its headings name a charter (CHARTER_WORDS). */
function namesCharter(grid: Grid, found: FoundTable): boolean {
  if (CHARTER_WORDS.test(grid.name)) return true;
  const top = found.headerRows[0] ?? found.bodyStart;
  for (let r = 0; r < top; r++) if (rowTexts(grid, r).some((t) => CHARTER_WORDS.test(t))) return true;
  return found.columns.some((c) => CHARTER_WORDS.test(c.header));
}

/** Half or more of the body's names pledge a time to act within (see Indicator.pledgesInNames). */
function pledgesInNames(grid: Grid, found: FoundTable, nameCols: readonly number[]): boolean {
  let names = 0;
  let pledges = 0;
  for (let r = found.bodyStart; r < found.bodyEnd; r++) {
    // The row's name across its columns (1. | To inform applicants … within 5 working days).
    let name = '';
    for (const c of nameCols) {
      const v = grid.values[r]?.[c];
      if (typeof v === 'string') name += ` ${v}`;
    }
    if (name.trim() === '') continue;
    names++;
    if (PLEDGE_WITHIN.test(name)) pledges++;
  }
  return pledges > 0 && pledges * 2 >= names;
}

function hasStandardTimes(grid: Grid, found: FoundTable): boolean {
  const taken = new Set(found.columns.map((c) => c.col));
  const width = Math.max(0, ...found.columns.map((c) => c.col + 1));
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    let times = 0;
    let texts = 0;
    for (let r = found.bodyStart; r < found.bodyEnd; r++) {
      const v = grid.values[r]?.[c];
      if (typeof v !== 'string' || v.trim() === '') continue;
      // Twenty texts without a time: a column of something else (each text is scanned for figures).
      if (++texts > 20 && times === 0) break;
      const mentions = scanQuantities(v).mentions;
      const limit =
        mentions.length > 0 &&
        mentions.some((m) => m.comparator === 'at_most') &&
        mentions.every((m) => !m.percent && m.unit !== null && isStandardTimeUnit(m.unit));
      if (limit) times++;
    }
    if (times >= 2 && times >= texts * 0.6) return true;
  }
  return false;
}

/** A table of Target and Actual rows under period columns (or one column of the year's figures). */
function rowKindsOf(w: Walk): RowKinds | null {
  const { grid, found, roles } = w;
  if (roles.orgs.length > 0 || roles.groups.length > 0 || roles.name.length === 0) return null;
  let width = 0;
  for (let r = found.bodyStart; r < found.bodyEnd; r++) width = Math.max(width, grid.values[r]?.length ?? 0);
  const periods = [...roles.quarters, ...roles.months].filter((c) => c >= 0);
  const taken = new Set([...roles.name, ...periods, roles.target, roles.actual, roles.periodTarget]);
  const free = Array.from({ length: width }, (_, c) => c).filter((c) => !taken.has(c));
  const inName = kindsInName(w);
  let col = inName ? roles.name[0] : rowKindColumn(grid, free, found.bodyStart, found.bodyEnd);
  // The kinds in the column read as the names, the names in a column of texts to its left.
  let nameCol = -1;
  if (col < 0 && roles.name.length === 1) {
    col = rowKindColumn(grid, roles.name, found.bodyStart, found.bodyEnd);
    for (let c = col - 1; c >= 0 && nameCol < 0; c--) {
      if (periods.includes(c)) break;
      let texts = 0;
      for (let r = found.bodyStart; r < found.bodyEnd; r++)
        if (typeof grid.values[r]?.[c] === 'string') texts++;
      if (texts > 0) nameCol = c;
    }
    if (nameCol < 0) return null;
  }
  if (col < 0) return null;
  const kinds0 = { col, year: -1, inName, nameCol };
  // The kinds pair up: a row of the other kind right below a named one, unnamed or under the same name.
  let paired = false;
  for (let r = found.bodyStart; r + 1 < found.bodyEnd && !paired; r++) {
    const [k, next] = [rowKindOf(w.at(r, col)), rowKindOf(w.at(r + 1, col))];
    const [name, below] = [kindRowName(w, kinds0, r), kindRowName(w, kinds0, r + 1)];
    paired = k !== null && next !== null && k !== next && name !== null && (below === null || below === name);
  }
  if (!paired && !inName) return null;
  const heading = (c: number) =>
    found.headerRows
      .map((r) => text(grid.values[r]?.[c]))
      .filter((t): t is string => t !== null)
      .join(' ');
  let year = free.find((c) => c !== col && YEAR_FIGURE_HEADING.test(normalizeText(heading(c)).trim())) ?? -1;
  if (year < 0 && periods.length === 0) year = roles.actual >= 0 ? roles.actual : roles.target;
  return periods.length > 0 || year >= 0 ? { ...kinds0, year } : null;
}

/** Rows grouped by indicator: a named row starts one, the rows of the other kind below it join it. */
function walkRowKinds(w: Walk, kinds: RowKinds): void {
  let category: string | null = firstSection(w);
  let current: {
    name: string;
    group: string | null;
    first: number;
    rows: Partial<Record<RowRole, number>>;
  } | null = null;
  let groupCategory = category;
  // With the kinds in the name column: the label above the pair names it, once used; a label not used
  // by a pair below it was a section's heading.
  let label: string | null = null;
  let labelUsed = false;
  const flush = (): void => {
    if (current)
      emitKinds(
        w,
        current.first,
        current.rows,
        rowBase(w, current.first, current.name, current.group, groupCategory),
        kinds,
      );
    current = null;
  };
  for (let r = w.found.bodyStart; r < w.found.bodyEnd; r++) {
    const kind = rowKindOf(w.at(r, kinds.col));
    if (kind === null) {
      const row = classifyRow(w, r, false);
      if (row.kind === 'end') break;
      if (row.kind === 'category' && kinds.inName) {
        flush();
        if (label !== null && !labelUsed) category = stripNumbering(label);
        label = row.label;
        labelUsed = false;
      } else if (row.kind === 'category') {
        flush();
        category = stripNumbering(row.label);
      } else if (row.kind === 'indicator') {
        flush();
        emitRow(w, r, rowBase(w, r, row.name, row.group, category));
      }
      continue;
    }
    const named = kinds.inName
      ? { name: label, group: null }
      : kinds.nameCol >= 0
        ? { name: kindRowName(w, kinds, r), group: null }
        : nameOf(w, r, w.caption);
    if (kinds.inName) labelUsed = true;
    const { name, group } = named;
    if (name && (!current || current.name !== name || current.rows[kind] !== undefined)) {
      flush();
      if (isTotalName(name)) continue;
      current = { name, group, first: r, rows: {} };
      groupCategory = category;
    }
    if (current && current.rows[kind] === undefined) current.rows[kind] = r;
  }
  flush();
}

/** A cell holding a percentage (95%, or 0.95 under a per-cent format). */
function isPercentCell(c: SourceCell | null): boolean {
  if (!c) return false;
  const p = parseCell(c.value, c.format);
  return p.kind === 'number' && p.quantity.percent;
}

/** A plain figure of a cell, or null. */
function figureOf(c: SourceCell | null): number | null {
  if (!c) return null;
  const p = parseCell(c.value, c.format);
  return p.kind === 'number' ? p.quantity.value : null;
}

/** One indicator from its Target and Actual rows. */
function emitKinds(
  w: Walk,
  first: number,
  rows: Partial<Record<RowRole, number>>,
  base: Indicator,
  kinds: RowKinds,
): void {
  const { roles, cellAt } = w;
  const t = rows.target;
  const a = rows.actual;
  const periodCols =
    w.granularity === 'quarters' ? roles.quarters : w.granularity === 'months' ? roles.months : [];
  const yearTarget = t !== undefined && kinds.year >= 0 ? cellAt(t, kinds.year) : null;
  const plans =
    t !== undefined && periodCols.some((c) => c >= 0) ? periodCols.map((c) => cellAt(t, c)) : null;
  const listed = plans ? plans.filter((_, i) => periodCols[i] >= 0) : [];
  const shape = plans ? planShape(listed.map(figureOf), figureOf(yearTarget)) : null;
  const lastPlan = [...listed].reverse().find((c) => figureOf(c) !== null) ?? null;
  // Without the year's figure, equal plain figures a period (50 a quarter) may be each period's own or one
  // level (28 days): only rates (95% each quarter) are sure to be a level; the others have no year's target.
  const sureLevel =
    shape === 'to-date' ||
    (shape === 'level' && listed.every((c) => c === null || figureOf(c) === null || isPercentCell(c)));
  const target = figureOf(yearTarget) !== null || !lastPlan ? yearTarget : sureLevel ? lastPlan : null;
  // The verdict, the completion and the remarks are the result row's, where it has them.
  const own = (col: number): SourceCell | null => {
    const on = a !== undefined && col >= 0 && filled(w.at(a, col)) ? a : first;
    return cellAt(on, col, true);
  };
  const actuals: ActualsLayout =
    a === undefined
      ? { kind: 'none' }
      : periodCols.length > 0
        ? actualsOf(w.granularity, roles, (c) => cellAt(a, c))
        : { kind: 'cumulative', cell: cellAt(a, kinds.year) };
  emit(w, base, {
    name: base.name,
    keyPart: base.id ?? base.name,
    target,
    targetInName: false,
    milestoneTargets: null,
    actuals,
    ...(plans && shape ? { periodPlans: { cells: plans, shape } } : {}),
    ...(a !== undefined && periodCols.length > 0 && kinds.year >= 0
      ? { toDateCell: cellAt(a, kinds.year) }
      : {}),
    statusCell: own(roles.status),
    completionCell: own(roles.completion),
    notes: text(own(roles.notes)?.value),
  });
}

/**
 * A table whose rows are months: one measure over time, not an indicator a month. Either the rows are
 * named by their months (July 2018 | 68% | 90%, …, August 2019 | 64% | 90%: the measure is named by the
 * caption that states its standard, "We will serve you … within 10 minutes", else the nearest caption
 * line, else the sheet), or a measure's name is merged down rows that a month column tells apart (A&E 4
 * Hour Wait | June 2017 | 83.0% …, | July 2017 | 82.3% …). Each measure is judged on its latest month
 * with a result, and the latest such month states the period.
 */
function monthSeries(w: Walk, yearStart: number): { indicators: Indicator[]; period: StatedPeriod } | null {
  const rows = w.indicators;
  const named = rows.length >= 3 ? rows.map((i) => monthWithYear(i.name)) : [];
  if (named.length > 0 && named.every((m) => m !== null)) {
    const k = latestResult(rows, 0, rows.length);
    const name = seriesName(w) ?? w.grid.name;
    const key = `${w.file ?? ''}|${w.grid.name}|${name}`;
    const indicator = { ...rows[k], name, key: w.seen.has(key) ? `${key}#${rows[k].row}` : key };
    return { indicators: [indicator], period: monthPeriod(named[k]!, rows[k].name, yearStart) };
  }
  const column = monthColumn(w);
  if (column === null) return null;
  const label = (i: Indicator): string => String(w.grid.values[i.row - w.grid.originRow]?.[column] ?? '');
  const kept: Indicator[] = [];
  let latest: { month: { year: number; month: number }; text: string } | null = null;
  for (let a = 0; a < rows.length;) {
    let b = a + 1;
    while (b < rows.length && rows[b].name === rows[a].name) b++;
    const k = latestResult(rows, a, b);
    kept.push(rows[k]);
    const month = monthWithYear(label(rows[k]))!;
    if (!latest || month.year * 12 + month.month > latest.month.year * 12 + latest.month.month)
      latest = { month, text: label(rows[k]) };
    a = b;
  }
  if (kept.length === rows.length || !latest) return null;
  return { indicators: kept, period: monthPeriod(latest.month, latest.text, yearStart) };
}

/** A row's name that is a year and nothing else (2023-24, 2022/23, FY2021, 2020, 2019年度): the year. */
const YEAR_LABEL =
  /^\s*(?:fy\s*'?)?((?:19|20)\d{2})(?:\s*[/\-–—]\s*(?:\d{2}|(?:19|20)\d{2}))?\s*(?:年度?)?\s*$/i;

/**
 * Years down the rows, one measure each run (Triage category 2 | Year | Target | Actual: 2023-24 | 80% |
 * 71.7%, 2022-23 | | 69%, 2021-22 | | 68%): where a later year holds the target and the years before it
 * only their results, those earlier years are the measure's record, not indicators of their own. The
 * year judged is named by the measure: its category, else the caption above the table. A run whose every
 * year has its target (Year | Target | Achievement, each year judged) is left as it is.
 */
function pastYearsDown(w: Walk): void {
  const rows = w.indicators;
  const drop = new Set<Indicator>();
  const renamed = new Map<Indicator, string>();
  for (let a = 0; a < rows.length;) {
    let b = a;
    while (b < rows.length && rows[b].category === rows[a].category && YEAR_LABEL.test(rows[b].name)) b++;
    if (b - a < 2) {
      a = Math.max(b, a + 1);
      continue;
    }
    const run = rows.slice(a, b);
    const year = (i: Indicator) => Number(YEAR_LABEL.exec(i.name)![1]);
    const targeted = run.filter((i) => hasFigure(i.target));
    if (targeted.length > 0 && targeted.length < run.length) {
      const latest = Math.max(...targeted.map(year));
      const past = run.filter((i) => !hasFigure(i.target) && year(i) < latest);
      past.forEach((i) => drop.add(i));
      const name = run[0].category ?? seriesName(w);
      if (past.length > 0 && name) for (const i of run) if (!drop.has(i)) renamed.set(i, cleanText(name));
    }
    a = b;
  }
  if (drop.size === 0) return;
  const kept = rows
    .filter((i) => !drop.has(i))
    .map((i) => {
      const name = renamed.get(i);
      if (!name) return i;
      const key = `${w.file ?? ''}|${w.grid.name}|${name}`;
      return { ...i, name, key: w.seen.has(key) ? `${key}#${i.row}` : key };
    });
  rows.splice(0, rows.length, ...kept);
}

/** A column with no role whose every indicator row holds a month and its year (June 2017). */
function monthColumn(w: Walk): number | null {
  const used = new Set(w.found.columns.map((c) => c.col));
  const width = Math.max(0, ...w.indicators.map((i) => w.grid.values[i.row - w.grid.originRow]?.length ?? 0));
  for (let c = 0; c < width; c++) {
    if (used.has(c)) continue;
    const all = w.indicators.every((i) => {
      const v = w.grid.values[i.row - w.grid.originRow]?.[c];
      return typeof v === 'string' && monthWithYear(v) !== null;
    });
    if (all && w.indicators.length >= 2) return c;
  }
  return null;
}

/** The last of rows[from, to) with a result, else the first. */
function latestResult(rows: readonly Indicator[], from: number, to: number): number {
  let k = to - 1;
  while (k > from && !hasResult(rows[k])) k--;
  return k;
}

function monthPeriod(month: { year: number; month: number }, text: string, yearStart: number): StatedPeriod {
  return { period: { kind: 'month', month: fiscalMonth(month.month, yearStart) }, text, year: month.year };
}

/** When a task is due, from the words of its deadline cell (6月底前, 年底前, Q3 2019/20), or null. */
/** A deadline's cell: its words, or a date (a day typed as a date, or written in figures). */
function deadlineOf(
  v: CellValue,
  format: string | null | undefined,
  yearStart: number,
): Indicator['deadline'] {
  const text = typeof v === 'number' && isDateFormat(format) ? dateSerialText(v) : v;
  if (typeof text !== 'string') return null;
  const p = dueBy(text, yearStart);
  return p ? { period: p.period, text: p.text } : null;
}

function hasResult(ind: Indicator): boolean {
  const a = ind.actuals;
  if (a.kind === 'cumulative') return filled(a.cell?.value);
  return a.kind !== 'none' && a.cells.some((c) => filled(c?.value));
}

/** The caption line over a series that names its measure: one with a figure (its standard), else the nearest. */
function seriesName(w: Walk): string | null {
  const lines: string[] = [];
  for (const r of [...w.found.captionRows].reverse()) {
    const t = (w.grid.values[r] ?? []).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (t && t.length <= 120 && !statedPeriod(t)) lines.push(oneLineHeading(t));
  }
  return lines.find((t) => scanQuantities(t).mentions.length > 0) ?? lines[0] ?? null;
}

/**
 * A body of one row of texts that is the form's overall goal (a 绩效自评表's 年度总体目标: 预期目标 beside 实际
 * 完成情况; under a numbered section 三、目标完成情况, a goal a row, its targets in words), or whose every cell
 * is a sentence: text to read, not an indicator table.
 */
function isParagraphBlock(w: Walk): boolean {
  const overall = w.found.headerRows.some((h) =>
    (w.grid.values[h] ?? []).some((v) => typeof v === 'string' && isOverallGoal(v)),
  );
  if (overall && w.indicators.length > 1)
    return w.indicators.every((i) => i.name.length >= 8 && typeof i.target?.value !== 'number');
  if (w.indicators.length !== 1) return false;
  let rows = 0;
  for (let r = w.found.bodyStart; r < w.found.bodyEnd; r++) {
    const row = w.grid.values[r];
    const cells = row?.filter((v) => filled(v)) ?? [];
    if (cells.length === 0) continue;
    const texts = overall ? cells.every((v) => typeof v === 'string') : cells.every((v) => isProse(v));
    if (++rows > 1 || !texts) return false;
  }
  return rows === 1;
}

/**
 * A line under an indicator that states its target, and the verdict beside it ("Target: 100% | Not
 * achieved" below the measure's row of years): the indicator's target and status, no indicator of its own.
 */
function targetLinesBelow(grid: Grid, indicators: readonly Indicator[]): Indicator[] {
  const out: Indicator[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    const next = indicators[i + 1];
    const line = next && next.row === ind.row + 1 ? TARGET_LINE.exec(next.name.trim()) : null;
    if (!line || (ind.target && filled(ind.target.value))) {
      out.push(ind);
      continue;
    }
    const r = next.row - grid.originRow;
    const row = grid.values[r] ?? [];
    const nameCol = row.findIndex((v) => typeof v === 'string' && v.trim() === next.name.trim());
    const verdictCol = row.findIndex(
      (v, c) => c !== nameCol && typeof v === 'string' && statusWord(v) !== null,
    );
    out.push({
      ...ind,
      target: sourceCell(grid, r, Math.max(0, nameCol), line[1].trim()),
      targetInName: false,
      ...(verdictCol >= 0 ? { statusCell: sourceCell(grid, r, verdictCol, row[verdictCol]) } : {}),
    });
    i++;
  }
  return out;
}

/** A line that states a target after its label: "Target: 100%", "Target – at least 95%", 目标：100%. */
const TARGET_LINE = /^(?:target|standard|目标|目标值)\s*[:：\-–—]\s*(\S.{0,60})$/i;

/**
 * Targets stated under the table ("The standards explained": a label and a sentence with the figure,
 * such as "Cases … should not exceed 39 cases per year"), matched to the indicators without a target by
 * the words their names share.
 */
function standardsBelow(grid: Grid, indicators: readonly Indicator[]): Indicator[] {
  if (!indicators.some((i) => !i.target || i.target.value === null)) return [...indicators];
  const lastRow = Math.max(...indicators.map((i) => i.row)) - grid.originRow;
  const standards: { words: Set<string>; cell: SourceCell }[] = [];
  for (let r = lastRow + 1; r < grid.values.length && r < lastRow + 60; r++) {
    const row = grid.values[r];
    const cols = (row ?? []).map((v, c) => (filled(v) ? c : -1)).filter((c) => c >= 0);
    if (cols.length !== 2) continue;
    const label = text(row![cols[0]]);
    const sentence = row![cols[1]];
    // (A label, not a long sentence of its own: the rows of another table below are no standards.)
    if (!label || label.length > 80 || typeof sentence !== 'string') continue;
    if (cellKind(sentence) !== 'sentence') continue;
    standards.push({ words: nameWords(label), cell: sourceCell(grid, r, cols[1], sentence) });
  }
  if (standards.length === 0) return [...indicators];
  return indicators.map((ind) => {
    if (ind.target && ind.target.value !== null) return ind;
    const words = nameWords(ind.name);
    let best: { n: number; cell: SourceCell } | null = null;
    for (const s of standards) {
      let n = 0;
      for (const w of words) if (s.words.has(w)) n++;
      if (n > 0 && (!best || n > best.n)) best = { n, cell: s.cell };
    }
    return best ? { ...ind, target: best.cell, targetInName: false } : ind;
  });
}

const STOP_WORDS = new Set([
  'of',
  'the',
  'and',
  'to',
  'in',
  'for',
  'a',
  'an',
  'on',
  'at',
  'by',
  'with',
  'cases',
  'wait',
  'standard',
  'trust',
  'overall',
  'rate',
  'number',
  'percentage',
]);

function nameWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeText(name)
    .toLowerCase()
    .split(/[^a-z0-9&\u4e00-\u9fff-]+/)) {
    if (w.length >= 2 && !STOP_WORDS.has(w)) out.add(w);
  }
  return out;
}

/**
 * One row holding several indicators: a target text with figures of different sorts ("地区生产总值达到
 * 678亿元，增长9.5%": a level and a growth), or an enumeration answered one by one ("二氧化硫、氮氧化物
 * 排放量下降3%" with "分别下降4.4%和3.5%"). One part per indicator; none (or one) for a plain row.
 */
const SHARED_NOUNS = [
  '排放量',
  '消耗量',
  '用量',
  '产量',
  '总量',
  '数量',
  '浓度',
  '人数',
  '面积',
  '比例',
  '比重',
];

function compoundParts(
  name: string,
  targetValue: CellValue | undefined,
  resultValue: CellValue | undefined,
  judgedWhole: boolean,
): { name: string; fields: Partial<Indicator> }[] {
  const targetText = typeof targetValue === 'string' && targetValue.trim() ? targetValue : name;
  const { mentions } = scanQuantities(targetText);
  const values = mentions.filter((m) => m.role === 'value');
  // A level and a growth in one Chinese text (地区生产总值1000亿元、增长6%); an English sentence's figures are
  // its standard's parts ("reduce by 10 per cent from 2000-01 565 days"), not measures of their own.
  if (
    values.length >= 2 &&
    values.some((m) => m.change === null) &&
    values.some((m) => m.change !== null) &&
    /[\u4e00-\u9fff]/.test(targetText)
  ) {
    const base = values[0].label || name;
    return values.map((m, i) => ({
      name:
        i === 0 || !m.change ? m.label || base : `${m.label || base}${m.change === 'up' ? '增长' : '下降'}`,
      fields: { targetMention: i },
    }));
  }
  // Two targets of different sorts, each in its clause with its own words (城镇新增就业21万人，城镇调查失业率
  // 控制在6%左右): one indicator each, answered by the result's figure of its sort.
  if (
    values.length === 2 &&
    values[0].percent !== values[1].percent &&
    values.every((m) => m.change === null && m.label.length >= 2) &&
    inClausesOfTheirOwn(targetText, values[0].text, values[1].text)
  ) {
    return values.map((m, i) => ({ name: m.label, fields: { targetMention: i, resultMention: 0 } }));
  }
  // Two amounts in units of their own, each in its clause with its own words (新建成幼儿园7所，新增学位6800个;
  // 实施重点项目89个，完成投资130.42亿元), where the result answers in one of those units: one indicator
  // each, answered by the result's figure in its unit. (A share done, 80%, or a verdict is the whole
  // task's.)
  const units = values.map((m) => (m.unit === null ? null : unitWithoutScale(m.unit)));
  if (
    !judgedWhole &&
    values.length === 2 &&
    values.every((m) => !m.percent && m.change === null && m.unit !== null && m.label.length >= 2) &&
    units[0] !== units[1] &&
    /[\u4e00-\u9fff]/.test(targetText) &&
    typeof resultValue === 'string' &&
    scanQuantities(resultValue).mentions.some(
      (m) => m.unit !== null && units.includes(unitWithoutScale(m.unit)),
    ) &&
    inClausesOfTheirOwn(targetText, values[0].text, values[1].text)
  ) {
    return values.map((m, i) => ({
      name: clauseOf(targetText, m.text) ?? m.label,
      fields: { targetMention: i },
    }));
  }
  // An enumeration answered with 分别 / respectively: one (二氧化硫、氮氧化物排放量分别下降3%) or one in each
  // clause (化学需氧量、氨氮排放量分别下降2%，二氧化硫、氮氧化物排放量分别下降3%), its items answered in turn.
  const result = typeof resultValue === 'string' ? resultValue : '';
  // (matched in Simplified characters: 分別 is 分别, 數量 数量; the names keep their own)
  if (
    values.length >= 1 &&
    /分别|respectively/.test(toHans(result)) &&
    values.every((m) => m.percent === values[0].percent)
  ) {
    const groups = enumeratedGroups(targetText, values, name);
    const total = groups?.reduce((n, items) => n + items.length, 0) ?? 0;
    const answers = scanQuantities(result).mentions.filter(
      (m) => m.role === 'value' && m.percent === values[0].percent,
    );
    if (groups && total >= 2 && answers.length === total) {
      let k = 0;
      return groups.flatMap((items, g) =>
        items.map((item) => ({
          name: item,
          fields: { ...(groups.length > 1 ? { targetMention: g } : {}), resultMention: k++ },
        })),
      );
    }
  }
  return [];
}

/**
 * The items each figure of an enumeration is for, in order (化学需氧量、氨氮排放量分别下降2%，二氧化硫… → [化学需氧量,
 * 氨氮排放量], [二氧化硫…]); with several figures, each in its clause and its items before it. Null where a
 * figure is not found, or one of several has fewer than one item (a lone figure lists at least two).
 */
function enumeratedGroups(text: string, values: readonly Mention[], name: string): string[][] | null {
  const groups: string[][] = [];
  let from = 0;
  for (const m of values) {
    const at = text.indexOf(m.text, from);
    if (at < 0) return null;
    const before = text.slice(values.length > 1 ? from : 0, at);
    const clause = values.length > 1 ? before.split(/[,，;；。]/).pop()! : before;
    const label = (at > 0 ? clause : m.label || name).replace(/\s*分别\s*$/, '');
    const items = label
      .split(/[、,，和及与與]/)
      .map((x) => x.trim())
      .filter(Boolean);
    if (items.length < (values.length > 1 ? 1 : 2)) return null;
    const last = items[items.length - 1];
    // The measure the items share, written once after the last: 二氧化硫、氮氧化物排放量.
    const shared = SHARED_NOUNS.find((n) => toHans(last).endsWith(n) && last !== n);
    const noun = shared ? last.slice(last.length - shared.length) : '';
    groups.push(items.map((item) => (noun && !item.endsWith(noun) ? `${item}${noun}` : item)));
    from = at + m.text.length;
  }
  return groups;
}

/** A clause mark (，；。) stands between the two figures' texts: "… 85% of plans within 54 days" has none. */
/** The clause of a text that holds `figure` (between clause marks), its own words; null when not found. */
function clauseOf(text: string, figure: string): string | null {
  const at = text.indexOf(figure);
  if (at < 0) return null;
  const marks = /[,，;；。]/g;
  let start = 0;
  let end = text.length;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else if (m.index >= at + figure.length) {
      end = m.index;
      break;
    }
  }
  const clause = text.slice(start, end).trim();
  return clause.length >= figure.length + 2 ? clause : null;
}

function inClausesOfTheirOwn(text: string, first: string, second: string): boolean {
  const a = text.indexOf(first);
  const b = a < 0 ? -1 : text.indexOf(second, a + first.length);
  if (b <= a) return false;
  const between = text.slice(a + first.length, b);
  // A clause that says the first again (…减至17 461令，即2002年耗纸量的95%): one target, written twice.
  return /[,，;；。]/.test(between) && !RESTATED.test(toHans(between.split(/[,，;；。]/).pop() ?? ''));
}

/** Words opening a clause that says the same figure another way: 即, 亦即, 也就是, 相当于, i.e., that is. */
const RESTATED = /^\s*(?:即|亦即|也就是(?:说)?|相当于|i\.e\.|that is)/i;

function actualsOf(
  granularity: SheetTable['granularity'],
  roles: Roles,
  cell: (c: number) => SourceCell | null,
): ActualsLayout {
  if (granularity === 'quarters') return { kind: 'quarters', cells: roles.quarters.map(cell) };
  if (granularity === 'months') return { kind: 'months', cells: roles.months.map(cell) };
  if (granularity === 'cumulative') return { kind: 'cumulative', cell: cell(roles.actual) };
  return { kind: 'none' };
}

/** The indicator's name (and its group) in a row: the rightmost filled cell of the name columns. */
function nameOf(w: Walk, r: number, caption: string | null): { name: string | null; group: string | null } {
  const { roles, at } = w;
  if (roles.name.length === 0) return { name: caption, group: null };
  const texts = roles.name.map((c) => text(at(r, c)));
  let last = -1;
  for (let i = texts.length - 1; i >= 0; i--) {
    if (texts[i]) {
      last = i;
      break;
    }
  }
  if (last < 0) return { name: null, group: null };
  const name = numberedName(w.found, roles.name[last], texts[last]!);
  // A number under the same heading (地区 over 1 | 佛山产业园) is the row's place in a list, not a group.
  const before = texts.slice(0, last).filter((t): t is string => !!t && t !== name && !LIST_NUMBER.test(t));
  return { name, group: before.length > 0 ? before.join(' — ') : null };
}

/** A row's number or letter in a list or ranking: 1, 2., 3、, (4), a, (b), c. */
const LIST_NUMBER = /^[(（]?(?:\d{1,3}|[a-z])[.、．)）]?$/i;

/** The number or letter that places a row in a list (6, a, (b)), from its name columns, lower case; else null. */
function listLabel(w: Walk, r: number): string | null {
  for (const c of w.roles.name) {
    const t = text(w.at(r, c));
    if (t && LIST_NUMBER.test(t)) return t.replace(/[(（).、．)）]/g, '').toLowerCase();
  }
  return null;
}

function hasFigure(cell: SourceCell | null | undefined): boolean {
  return !!cell && filled(cell.value);
}

/** A row numbered as an item (7 | Network Latency) between two worksheet rows. */
function numberedBetween(w: Walk, from: number, to: number): boolean {
  for (let row = from + 1; row < to; row++) {
    if (/^\d+$/.test(listLabel(w, row - w.grid.originRow) ?? '')) return true;
  }
  return false;
}

/** A result, a status or a completion in the row. */
function answered(ind: Indicator): boolean {
  return hasResult(ind) || hasFigure(ind.statusCell) || hasFigure(ind.completionCell);
}

/** A target cell that states shares alone (>80%, Not less than 80% of the speed offered): no count. */
function isShareTarget(cell: SourceCell | null): boolean {
  if (!hasFigure(cell)) return false;
  const v = cell!.value;
  if (typeof v === 'number') return /%/.test(cell!.format ?? '');
  const mentions = scanQuantities(String(v)).mentions;
  return mentions.length > 0 && mentions.every((m) => m.percent);
}

/**
 * A numbered item with a target and no result over rows lettered a, b, c… that have results (6 | Average
 * download speeds | Not less than 80% | — over a | 150M plan | >80% | 100%): the item heads its rows, and
 * is no indicator of its own. Its rows are its group, and a row without a target of its own takes the
 * item's where that is a share (a count is the item's whole, never each row's).
 */
function itemsOverLetteredRows(w: Walk): void {
  const inds = w.indicators;
  for (let i = 0; i < inds.length - 2; i++) {
    const item = inds[i];
    const number = listLabel(w, item.row - w.grid.originRow);
    if (number === null || !/^\d+$/.test(number) || answered(item) || !hasFigure(item.target)) continue;
    // Lettered from a (a letter written twice by mistake still letters a row).
    const letter = (k: number): string | null => listLabel(w, inds[k].row - w.grid.originRow);
    if (i + 1 >= inds.length || letter(i + 1) !== 'a') continue;
    let j = i + 1;
    // The rows run on while lettered, until the letters start again or the next item's number comes
    // (a page's headings pasted between them are no break).
    while (
      j < inds.length &&
      /^[a-z]$/.test(letter(j) ?? '') &&
      (j === i + 1 || (letter(j) !== 'a' && !numberedBetween(w, inds[j - 1].row, inds[j].row)))
    )
      j++;
    const rows = inds.slice(i + 1, j);
    if (rows.length < 2 || !rows.every(answered)) continue;
    const share = isShareTarget(item.target);
    const under = rows.map((ind) => ({
      ...ind,
      group: ind.group ?? item.name,
      ...(!hasFigure(ind.target) && share ? { target: item.target } : {}),
    }));
    inds.splice(i, j - i, ...under);
  }
}

/**
 * A row named by a number under a heading that says what it numbers (Priority | 1, Category | 2): the
 * heading and the number (Priority 1). A list's own number (序号, No.) stays as written.
 */
function numberedName(found: FoundTable, col: number, name: string): string {
  if (!/^\d{1,2}$/.test(name)) return name;
  const heading =
    found.columns
      .find((c) => c.col === col)
      ?.header.split(' › ')
      .pop()
      ?.trim() ?? '';
  if (!/^[A-Za-z][A-Za-z ]{2,20}$/.test(heading) || /^(?:no|number|item|ref|rank|id)\b/i.test(heading))
    return name;
  // A heading that names the rows' measures (KPI | 1) numbers a list.
  return headerRoles(heading)[0]?.role === 'name' ? name : `${heading} ${name}`;
}

/** The name of a one-row table given by its caption ("PERFORMANCE INDICATOR #1: NUMBER OF …"). */
function captionName(grid: Grid, found: FoundTable): string | null {
  if (found.columns.some((c) => c.role === 'name')) return null;
  const caption = found.captionRows[found.captionRows.length - 1];
  if (caption === undefined) return null;
  const t = (grid.values[caption] ?? []).map(text).find((x) => x !== null) ?? null;
  return t
    ? t.replace(/^(performance indicator|indicator|kpi|指标)\s*#?\s*\d*\s*[:：.]\s*/i, '').trim() || t
    : null;
}

/** A name of a growth (规模以上工业增加值增速, 居民收入增长, 增幅): its figure is the growth. */
const GROWTH_NAME = /(?:增速|增幅|增长率?)(?:[(（][^)）]*[)）])?$/;

/** A heading of growth: 同比增长, 增速, 增幅, % change, growth. */
const GROWTH_HEADING = /增长|增速|增幅|growth|change/i;
/** A heading of a fall in per cent (同比下降(%), 改善目标:同比下降(%)): its figures are the falls' sizes. */
const FALL_HEADING = /(?:下降|降低|降幅|减少|削减)(?:目标|任务)?$/;
/** …or the fall in the heading's brackets as its unit (年度约束性目标(下降%), 前三季度同比(下降%)). */
const FALL_BRACKET = /^(?:同比)?(?:下降|降低|降幅|减少|削减)(?:率|幅度)?\s*[%％]?$/;

/** A fall in per cent in the heading's brackets (前三季度同比(下降%)): its figures are per cent. */
function fallInPercent(header: string): boolean {
  const { bracket } = headerParts(header);
  return bracket !== null && FALL_BRACKET.test(bracket) && /[%％]$/.test(bracket);
}

function namesFall(header: string): boolean {
  const { key, bracket } = headerParts(header);
  return FALL_HEADING.test(key) || (bracket !== null && FALL_BRACKET.test(bracket));
}
/** A result heading that says the year is not over: "Year to date", YTD, "to date", 年初至今, 截至目前. */
const TO_DATE_HEADING = new RegExp(
  String.raw`${YEAR_TO_DATE.source}|\bto[\s-]*date\b|年初至今|截[至止]目前|至今`,
  'i',
);

/** A heading that gives its figures' unit of time in brackets (Target (working days), … (minutes)). */
/** The bound a target's heading names: Upper limit, Ceiling, 上限 a ceiling; Lower limit, 下限 a floor. */
function boundOfHeading(header: string): 'at_most' | 'at_least' | null {
  const leaf = normalizeText(headingLeaf(header)).toLowerCase();
  if (/\blower limit\b|下限/.test(leaf)) return 'at_least';
  if (/\b(?:upper limit|limit|ceiling)\b|上限|限值/.test(leaf)) return 'at_most';
  return null;
}

function timeOfHeading(header: string): boolean {
  const bracket = headerParts(headingLeaf(header)).bracket;
  return bracket !== null && isStandardTimeUnit(bracket);
}

/**
 * The one share a target's heading states of the cases its time is for (Target time to respond to 90% of
 * cases): 0.9; used only where the targets are times.
 */
function timeShareOfHeading(column: FoundTable['columns'][number] | undefined): number | null {
  if (!column || !/\b(?:time|times|days?|hours?|minutes?)\b|时限|工作日/i.test(column.header)) return null;
  const shares = scanQuantities(column.header).mentions.filter((m) => m.percent && !m.points);
  return shares.length === 1 && shares[0].value > 0 && shares[0].value <= 1 ? shares[0].value : null;
}

/**
 * The share of cases a line above the table sets for every row's time ("Our goal is that 80% of the
 * applications … will meet the published service standards"), or null (preamble targetInLine).
 */
function shareOfCaption(grid: Grid, found: FoundTable): number | null {
  const { captions, rows } = titleTexts(grid, found);
  for (const line of [...captions, ...rows]) {
    const share = targetInLine(line);
    if (share) return share.value;
  }
  return null;
}

function unitOfHeading(found: FoundTable, col: number): string | null {
  if (col < 0) return null;
  return found.columns.find((c) => c.col === col)?.unit ?? null;
}

/**
 * The power of ten that brings the results to the target's unit, when their headings name units of one
 * thing in different sizes (年度目标（亿元） | 1-9月完成（万元）: -4); 0 otherwise.
 */
function resultScaleOf(found: FoundTable, roles: Roles): number {
  const t = unitOfHeading(found, roles.target);
  const a = unitOfHeading(found, roles.actual);
  if (!t || !a || t === a) return 0;
  const [tp, ap] = [unitPower(t), unitPower(a)];
  return tp && ap && tp.base === ap.base ? ap.power - tp.power : 0;
}

/** A column whose cells are mostly figures (a sentence in it is out of place). */
function isNumericColumn(grid: Grid, found: FoundTable, c: number): boolean {
  let figures = 0;
  let filledCount = 0;
  let seen = false;
  for (let r = found.bodyStart; r < found.bodyEnd && filledCount < 200; r++) {
    const row = grid.values[r];
    // Up to the first blank row after the data: notes under the table do not count.
    if (!row || row.every((x) => !filled(x))) {
      if (seen) break;
      continue;
    }
    seen = true;
    const v = row[c];
    if (!filled(v)) continue;
    filledCount++;
    const k = cellKind(v, grid.numberFormats?.[r]?.[c]);
    if (k === 'number' || k === 'percent' || k === 'quantity' || k === 'na') figures++;
  }
  return filledCount > 0 && figures >= filledCount * 0.6;
}

/**
 * A row's figures as the table's rows give them: a number in a value column (Accuracy of water meters |
 * Inaccuracy not exceeding ±3% | 97.3%), or two value cells or more each opening with a figure (a bound's
 * sign before it allowed).
 */
function figuresWithWords(row: Row, cols: readonly number[]): boolean {
  let figures = 0;
  let others = 0;
  for (const c of cols) {
    const v = row?.[c];
    if (!filled(v)) continue;
    if (typeof v === 'number') return true;
    if (/^\s*[≤≥<>]?\s*[-+]?\d/.test(String(v))) figures++;
    else others++;
  }
  return figures >= 2 && others === 0;
}

function isProse(v: CellValue | undefined): boolean {
  if (typeof v !== 'string' || normalizeText(v).length <= 25) return false;
  const k = cellKind(v);
  return k === 'sentence' || k === 'text';
}

/**
 * The heading row printed again: a page's header repeated (every cell the heading's words), or a
 * section's own heading row (Natural Resources | FY 2010 Targeted | FY 2010 Actual under Education |
 * FY 2010 Targeted | FY 2010 Actual), whose text in the name column is the section's label. Null for
 * any other row.
 */
function headingAgain(row: Row, w: Walk): { readonly label: string | null } | null {
  const nameCol = w.roles.name[w.roles.name.length - 1] ?? -1;
  // Any of the heading rows (a year row over Actual | Target, then the Actual | Target row itself).
  for (const h of w.found.headerRows) {
    const head = w.grid.values[h];
    let same = 0;
    let label: string | null = null;
    let other = false;
    for (let c = 0; c < (row?.length ?? 0) && !other; c++) {
      const t = text(row?.[c]);
      if (!t) continue;
      if (t === text(head?.[c])) same++;
      else if (c === nameCol) label = t;
      else other = true;
    }
    if (!other && same >= 2) return { label };
  }
  return null;
}

/**
 * True when the name column's heading is no heading word but a section's label (Education over its
 * measures): the table's first section, whose later sections repeat the heading row with their own.
 */
function sectionHeading(w: Walk): boolean {
  const nameCol = w.roles.name[w.roles.name.length - 1] ?? -1;
  const column = w.found.columns.find((c) => c.col === nameCol);
  // (Money in thousands over the names, Ushs Thousands, is the figures' unit: see preambleOf.)
  return column !== undefined && column.source !== 'header' && nameHeadingMoney(w.found) === null;
}

/** The first section's label: the name column's heading, where later sections repeat the heading row. */
function firstSection(w: Walk): string | null {
  if (!sectionHeading(w)) return null;
  const leaf = w.found.headerRows[w.found.headerRows.length - 1];
  const nameCol = w.roles.name[w.roles.name.length - 1];
  const label = leaf === undefined ? '' : text(w.grid.values[leaf]?.[nameCol]);
  if (!label) return null;
  for (let r = w.found.bodyStart; r < w.found.bodyEnd; r++) {
    if (headingAgain(w.grid.values[r], w)?.label) return label;
  }
  return null;
}
