/**
 * The sheet reader: finds the indicator table in a Grid by its header (single or two-row, merged), maps
 * columns by their header words, and walks the rows below into category rows, indicator rows, blank rows
 * and notes/signature lines. Never throws: what it cannot read in the sheet becomes a Diagnostic or a skip
 * reason; a failure of the reader itself becomes the skip reason `internal-error`, with its message, so a
 * fault of the program is never mistaken for a fault of the sheet.
 */
import { columnLetters } from '../core/address';
import { normalizeText } from '../core/normalize';
import { cleanText } from '../core/text';
import type {
  CellValue,
  ColumnMapping,
  Grid,
  Indicator,
  SheetReading,
  SheetSource,
  SheetTable,
  SkipReason,
  SourceCell,
  StatedPeriod,
} from '../model';
import { hasHistoryHeader, hasReportMarker, isOwnOutputSheetName } from '../core/ownOutput';
import {
  CONFIDENT,
  findTables,
  headingPeriod,
  projectYear,
  yearLabel,
  yearNumberText,
  type FoundTable,
} from './findTables';
import {
  inOrganisationYear,
  paceInColumn,
  periodInTexts,
  readingRole,
  tableYear,
  unitAbove,
  walkTable,
} from './walkTable';
import { bodyMerges, readBody, tableShape } from './body';
import { rowIsEmpty } from './cells';
import { isFigureKind } from './cellKinds';
import { findHeader, type HeaderCandidate } from './findHeader';
import { headerYear } from './headers';
import { headerRoles, headingLeaf, indicatorLevel, levelRoles, startsAnotherTable } from './headerWords';
import { hiddenDiagnostics, mergeDiagnostics } from './marks';
import { type Preamble, readPreamble, rowTexts, yearIn } from './preamble';
import { isFigureCell } from '../core/quantity';
import { fiscalMonth, monthWithYear, statedPeriod, yearStartOfMonths } from '../core/statedPeriod';
import { withMonthHeadings } from './dateHeadings';
import { withoutHiddenFigureColumns } from './hiddenFigures';
import { withoutSideKey } from './sideKey';
import { withoutSumRows } from './sumRows';
import { looksTransposed, transposedGrid, turnBack } from './transposed';
import { listBack, statusGridAsList } from './statusGrid';
import { rowPairsFolded, unfolded } from './rowPairs';
import { cardsFolded } from './cards';
import { continuedBlocks } from './continuedBlocks';
import { halvesSideBySide } from './halves';
import { closingMoney, isMoneyScale } from './units';

function skipped(file: string | undefined, sheet: string, reason: SkipReason): SheetReading {
  const base = { kind: 'skipped' as const, sheet, reason };
  return file !== undefined ? { ...base, file } : base;
}

/**
 * The year of the table: in its title, else beside its unit (中華民國97年度 | 單位:新臺幣元), else in a
 * header ("2019年完成情况"), else in the reporting date.
 */
function titleOrHeaderYear(preamble: Preamble, best: HeaderCandidate): number | null {
  const fromTitle = yearIn(preamble.title) ?? preamble.unitLineYear;
  if (fromTitle !== null) return fromTitle;
  for (const t of best.texts) {
    const y = headerYear(t);
    if (y !== null) return y;
  }
  return yearIn(preamble.reportingDate);
}

/** The first grid row holding something, or -1. */
function firstFilledRow(values: Grid['values']): number {
  for (let r = 0; r < values.length; r++) if (!rowIsEmpty(values[r])) return r;
  return -1;
}

/**
 * Where the standard reading found no results a reader would find, which way the evidence must find
 * them: 'heading' when it has no result column at all (Measure | Annual Target | Quarterly Target |
 * Quarterly Actual): a column of results named so; 'any' when it took words for the results (every
 * indicator with a figure for its target has words in its result column, 完成情况 | 完成: a status column
 * read as the results, and none a figure), or left them blank (完成情况 left empty beside 1-9月完成): a
 * column of figures beside them, by its heading or its cells. Null when the standard reading stands.
 */
function missedResults(table: SheetTable): 'heading' | 'any' | null {
  if (table.indicators.every((ind) => ind.actuals.kind === 'none')) return 'heading';
  let words = 0;
  let blanks = 0;
  for (const ind of table.indicators) {
    if (ind.actuals.kind !== 'cumulative' || !isFigureCell(ind.target)) continue;
    const cell = ind.actuals.cell;
    if (isFigureCell(cell)) return null;
    if (cell && typeof cell.value === 'string' && cell.value.trim() !== '') words++;
    else blanks++;
  }
  return words > 0 || blanks > 0 ? 'any' : null;
}

/**
 * True when a heading of the standard reading is merged down past its heading rows (MEASURE over 23/24 |
 * 24/25; 预算科目 beside 累计完成数 › 中央级 … 合计): the headings go on below, which the reading by content
 * takes in.
 */
function headingsMergedBelow(grid: Grid, table: SheetTable): boolean {
  const last = table.headerRows[table.headerRows.length - 1];
  return grid.merges.some((m) => m.top <= last && m.top >= table.headerRows[0] && m.bottom > last);
}

/**
 * True when a heading of the standard reading names what only the reading by content takes in: a target
 * to date (YTD Target, 同期分配预算数), or the sheet's own verdict (是否完成, 评价, Status) or marks (得分),
 * which must stand beside the figures (居民消费价格涨幅 3左右 | 0.3 | 完成; 人居环境整治 | 达到省级标准 | 已达标); or
 * months with their years (Dec 17 | Jan 18, dates under a month format), which the evidence puts in order.
 */
const BARE_YEAR_HEADING = /^(?:19|20)\d{2}(?:[/-]\d{2})?\s*(?:年度?)?$/;

function headingOnlyEvidenceReads(grid: Grid, table: SheetTable): boolean {
  // Months with their years (Dec 17 | Jan 18, or dates under a month format): the evidence orders them.
  const monthsWithYears = table.headerRows.some(
    (row) =>
      (grid.values[row - grid.originRow] ?? []).filter((v) => typeof v === 'string' && monthWithYear(v))
        .length >= 2,
  );
  if (monthsWithYears) return true;
  // A project's years over their targets and results (Year 1 | Year 2 | Year 3 › Target | Actual): the
  // evidence takes the latest year reported.
  if (
    table.headerRows.some(
      (row) =>
        (grid.values[row - grid.originRow] ?? []).filter(
          (v) => typeof v === 'string' && projectYear(v) !== null,
        ).length >= 2,
    )
  ) {
    return true;
  }
  // A year alone over a column the standard headings leave (2022年 beside 2023年目标, or typed as a number:
  // 2015 | 2016 | 2016 target): that year's figures, last year's or the target's own.
  if (
    table.headerRows.some((row) =>
      (grid.values[row - grid.originRow] ?? []).some(
        (v) => (typeof v === 'string' && BARE_YEAR_HEADING.test(v.trim())) || yearNumberText(v) !== null,
      ),
    )
  ) {
    return true;
  }
  return table.headerRows.some((row) =>
    (grid.values[row - grid.originRow] ?? []).some((v) => {
      if (typeof v !== 'string') return false;
      const top = headerRoles(v)[0];
      if (top?.role === 'periodTarget') return true;
      // A month's plan (8月份目标): the period the table reports, where the results name none.
      if (top?.role === 'target' && headingPeriod(v)?.kind === 'month') return true;
      // A growth beside the results (1-9月 › 完成值 | 同比增长%): what answers a target of growth.
      if (top?.role === 'growth') return true;
      // The gap to the pace the office states (超(+)欠(-)均衡进度): its verdict, which the evidence reads.
      if (top?.role === 'gap' && top.score >= 1) return true;
      return (top?.role === 'status' || top?.role === 'score') && top.score >= 1;
    }),
  );
}

/**
 * True when two headings of the standard reading's rows name the indicator (考核指标 | 考核内容, KPIs |
 * Measures) and no level words tell them apart (一级指标 | 二级指标): which one names the rows and which
 * their groups, only the cells below tell.
 */
function twoNameHeadings(grid: Grid, table: SheetTable): boolean {
  return table.headerRows.some((row) => {
    const texts = new Map<number, string>();
    (grid.values[row - grid.originRow] ?? []).forEach((v, c) => {
      if (typeof v === 'string' && v.trim() !== '') texts.set(c, v);
    });
    if (levelRoles(texts)) return false;
    let names = 0;
    for (const text of texts.values()) {
      const top = headerRoles(text)[0];
      if (top?.role === 'name' && top.score >= 1) names++;
    }
    return names >= 2;
  });
}

/**
 * Rows with two figures or more above the standard header: another table may stand above the one the
 * header words found (a progress table, then a form below it with the standard headings).
 */
function figureRowsAbove(grid: Grid, table: SheetTable): boolean {
  const header = (table.headerRows[0] ?? grid.originRow) - grid.originRow;
  for (let r = 0; r < header; r++) {
    let figures = 0;
    for (const v of grid.values[r] ?? []) if (typeof v === 'number' && ++figures >= 2) return true;
  }
  return false;
}

/**
 * Another table's headings below the standard one, after a blank row (序号 | 指标 | 单位 | 1—7月份完成 under a
 * 指标名称 | 年度目标 | 完成情况 table): the standard reading ends there, and the next table is left to the
 * reading by evidence.
 */
function tableBelow(grid: Grid, table: SheetTable): boolean {
  const last = table.indicators[table.indicators.length - 1];
  if (!last) return false;
  let gap = false;
  for (let r = last.row - grid.originRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || rowIsEmpty(row)) {
      gap = true;
      continue;
    }
    if (gap && startsAnotherTable(row)) return true;
  }
  return false;
}

/** The reading by evidence holds every row of the standard one, and more. */
function moreRows(evidence: SheetTable, strict: SheetTable): boolean {
  const rows = new Set(evidence.indicators.map((ind) => ind.row));
  return (
    strict.indicators.every((ind) => rows.has(ind.row)) &&
    evidence.indicators.length > strict.indicators.length
  );
}

/** The reading by evidence holds every row of the standard one, and more rows above its header. */
function tableAbove(evidence: SheetTable, strict: SheetTable): boolean {
  const header = strict.headerRows[0] ?? 0;
  return moreRows(evidence, strict) && evidence.indicators.some((ind) => ind.row < header);
}

/** The rows read as indicators, in order. */
function rowsRead(table: SheetTable): string {
  return table.indicators.map((ind) => ind.row).join(',');
}

const RESULT_ROLES: ReadonlySet<string> = new Set(['actual', 'periodActual']);

/** The texts of rows [from, to), row by row (their labelled dates too): where a title states the period. */
function textsOfRows(grid: Grid, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r < Math.min(to, grid.values.length); r++) out.push(...rowTexts(grid, r));
  return out;
}

function isFilledCell(c: SourceCell | null | undefined): boolean {
  return (
    !!c &&
    c.value !== null &&
    c.value !== undefined &&
    !(typeof c.value === 'string' && c.value.trim() === '')
  );
}

/** Whether the evidence found figures for results, in a column read as `need` asks. */
function foundResults(table: SheetTable, need: 'heading' | 'any'): boolean {
  // A result column named so, or headed by its year alone (Measure | 2015/16 | 2016/17 | Target).
  if (
    need === 'heading' &&
    !table.reading?.columns.some(
      (c) => RESULT_ROLES.has(readingRole(c.role)) && (c.source === 'header' || yearLabel(c.header) !== null),
    )
  ) {
    return false;
  }
  // Where the standard reading has no result column at all, results in words (目前进展: 主体已完工) count.
  const found = need === 'heading' ? isFilledCell : isFigureCell;
  return table.indicators.some((ind) =>
    ind.actuals.kind === 'cumulative'
      ? found(ind.actuals.cell)
      : ind.actuals.kind !== 'none' && ind.actuals.cells.some(found),
  );
}

/**
 * The sheet's own verdicts, which the standard reading has no column for (Indicator | Target | Update |
 * Rating: Green, Amber), found by the evidence on every row the standard reading read.
 */
function foundVerdicts(evidence: SheetTable, strict: SheetTable): boolean {
  const headed = (role: string) =>
    evidence.reading?.columns.some((c) => c.role === role && c.source === 'header') === true;
  const status = headed('status');
  // (Or the gap to the pace the office states, 与时序进度比较: 超时序进度3.5个百分点, beside a completion.)
  const gap = headed('gap') && headed('completion');
  if (!status && !gap) return false;
  const rows = new Set(evidence.indicators.map((ind) => ind.row));
  return (
    strict.indicators.every((ind) => rows.has(ind.row)) &&
    evidence.indicators.some((ind) => isFilledCell(status ? ind.statusCell : ind.gapCell))
  );
}

function readGrid(source: SheetSource, yearStart: number): SheetReading {
  const grid = source.grid;
  const { file } = source;
  const sheet = grid.name;
  if (isOwnOutputSheetName(sheet)) return skipped(file, sheet, { code: 'own-output' });
  const values = grid.values ?? [];
  const first = firstFilledRow(values);
  if (first < 0) return skipped(file, sheet, { code: 'empty' });
  if (hasReportMarker(values)) return skipped(file, sheet, { code: 'own-output' });

  const { best, partial } = findHeader(grid, first);
  if (!best) {
    if (!partial) return skipped(file, sheet, { code: 'no-header' });
    const column = partial.cols.plain.name === -1 ? 'name' : 'target';
    return skipped(file, sheet, { code: 'missing-column', column });
  }

  // Month headings name calendar months (4月, April): counted in the organisation's year.
  const monthCols = best.cols.months;
  const cols = yearStart === 1 ? best.cols : { ...best.cols, months: inOwnYear(monthCols, yearStart) };
  const header = cols === best.cols ? best : { ...best, cols };
  const shape = tableShape(cols);
  const bodyStart = best.rows[best.rows.length - 1] + 1;
  const { fills, valueMerges } = bodyMerges(grid, bodyStart, cols.plain, shape.valueColumns);
  const preamble = readPreamble(values, first, best.rows[0]);
  const body = readBody(source, header, shape, fills, preamble.measureUnit);
  if (body.indicators.length === 0) return skipped(file, sheet, { code: 'no-indicators' });

  const merged = mergeDiagnostics(grid, file, valueMerges, new Set(shape.valueColumns), body.indicators);
  const span = { headerRows: best.rows, lastRow: body.lastRow, nameCol: best.cols.plain.name };
  // Over one result column the title is the only word on the period (2024年卫生健康主要指标（1-9月）).
  const titleTexts = textsOfRows(grid, first, best.rows[0]);
  const stated =
    shape.granularity === 'cumulative'
      ? periodInTexts(titleTexts, yearStart, paceInColumn(grid, best.rows, bodyStart, body.lastRow + 1))
      : undefined;
  const table: SheetTable = {
    ...(file !== undefined ? { file } : {}),
    sheet,
    headerRows: best.rows.map((r) => grid.originRow + r),
    title: preamble.title,
    reportingUnit: preamble.reportingUnit,
    reportingDate: preamble.reportingDate,
    ...inOrganisationYear(
      tableYear(
        stated?.year ?? titleOrHeaderYear(preamble, best),
        [...(stated ? [stated.text] : []), ...titleTexts, ...best.texts, sheet],
        yearStartOfMonths(monthCols.map((col, i) => ({ col, month: i + 1 })).filter((m) => m.col >= 0)),
      ),
      stated,
      yearStart,
    ),
    granularity: shape.granularity,
    ...(stated !== undefined ? { statedPeriod: stated } : {}),
    indicators: withoutSumRows(body.indicators),
    ...(body.totals.length > 0 ? { totals: body.totals } : {}),
    diagnostics: [...hiddenDiagnostics(grid, file, span), ...body.diagnostics, ...merged],
  };
  return { kind: 'table', table };
}

/** Columns by calendar month (index 0 = January) → by the organisation's month (index 0 = its first). */
function inOwnYear(byCalendar: readonly number[], yearStart: number): number[] {
  const out = new Array<number>(12).fill(-1);
  byCalendar.forEach((col, i) => {
    out[fiscalMonth(i + 1, yearStart) - 1] = col;
  });
  return out;
}

export interface ReadOptions {
  /** The month the organisation's year starts (1 = January, the default). */
  readonly yearStart?: number;
  /**
   * The user's word on which column is which, per sheet name ('*' for every sheet): the sheet is read
   * that way, by evidence, whatever the standard reading would make of it.
   */
  readonly columns?: Readonly<Record<string, ColumnMapping>>;
}

/**
 * Reads one sheet into its indicator table, or says why it was skipped. Never throws. A sheet of the
 * standard layout is read by its header words; any other is read by evidence, as a person would read it
 * (findTables, walkTable); what looks like a table but cannot be read with confidence says what it lacks.
 */
export function readSheet(given: SheetSource, options: ReadOptions = {}): SheetReading {
  let reading = readSheetAsIs(given, options);
  // The heading rows printed again down the sheet (a table pasted page by page): read without them.
  const again = reading.kind === 'table' ? withoutHeadingsAgain(given, reading.table) : null;
  if (again) {
    const second = readSheetAsIs(again, options);
    if (second.kind === 'table') reading = second;
  }
  return withNamesAsWritten(
    withPeriodOfSheetName(reading, options.yearStart ?? 1, given.file ?? given.fileName),
    given.grid,
  );
}

/**
 * A name as a cell of its row has it: the whole cell, or the part of it the name is (a clause of a row of
 * two targets), where reading changed the cell's characters one for one; '' when no cell has it.
 */
function writtenIn(row: readonly CellValue[] | undefined, name: string): string {
  for (const v of row ?? []) {
    if (typeof v !== 'string' || !FULL_WIDTH.test(v)) continue;
    const read = normalizeText(v);
    if (read === name) return cleanText(v);
    const at = read.length === v.length ? read.indexOf(name) : -1;
    if (at >= 0) return v.slice(at, at + name.length);
  }
  return '';
}

/** Punctuation that reading makes half-width and a Chinese cell writes full-width (，（）：；！？). */
const MADE_HALF_WIDTH = /[,():;!?]/;
/** A full-width form of an ASCII character, or the ideographic space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/**
 * Each indicator with its name and its notes as their cells have them (Indicator.nameAsWritten,
 * notesAsWritten), where reading made the cell's punctuation half-width: 新建成公办中小学、幼儿园7所，新增学位
 * 6800个 keeps its comma in the report, and so does an office's reason quoted with a shortfall.
 */
function withNamesAsWritten(reading: SheetReading, grid: Grid): SheetReading {
  if (reading.kind !== 'table') return reading;
  let changed = false;
  const asWritten = (row: number, text: string | null): string | null => {
    if (!text || !MADE_HALF_WIDTH.test(text)) return null;
    const written = writtenIn(grid.values[row - grid.originRow], text);
    return written && written !== text ? written : null;
  };
  const indicators = reading.table.indicators.map((ind) => {
    const name = asWritten(ind.row, ind.name);
    const notes = asWritten(ind.row, ind.notes);
    if (!name && !notes) return ind;
    changed = true;
    return { ...ind, ...(name ? { nameAsWritten: name } : {}), ...(notes ? { notesAsWritten: notes } : {}) };
  });
  return changed ? { kind: 'table', table: { ...reading.table, indicators } } : reading;
}

/**
 * The sheet with the rows below its headings that repeat one of them cell for cell (two texts or more,
 * nothing else: a page's header pasted with the page) left blank, where they come right under a row of
 * the table (an indicator read, or a row of three cells or more with a figure; a heading under its own
 * caption, under another heading row or after a blank row starts a table of its own); null when none.
 */
function withoutHeadingsAgain(source: SheetSource, table: SheetTable): SheetSource | null {
  const { grid } = source;
  const { headerRows } = table;
  // The rows read as indicators, gathered only when a heading is met again.
  let read: Set<number> | null = null;
  // Where captions name the indicators (a heading under each one's name), the lines above a heading
  // are its block's caption, never category lines of the rows above.
  const namesInColumn = !table.reading || table.reading.columns.some((c) => c.role === 'name');
  const heads = headerRows
    .map((r) => grid.values[r - grid.originRow])
    .filter((row): row is CellValue[] => Array.isArray(row) && row.filter(isText).length >= 2);
  if (heads.length === 0) return null;
  const last = headerRows[headerRows.length - 1] - grid.originRow;
  let values: CellValue[][] | null = null;
  for (let r = last + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || row.length === 0 || !repeatsHeading(row, heads)) continue;
    // Right under a row of the table, or under its category lines (Call Response) right under one: a
    // heading after a blank row and a title heads a table of its own (this quarter's below last
    // quarter's, of one template).
    let above = r - 1;
    while (namesInColumn && above > last && filledCount(grid.values[above]) === 1) above--;
    read ??= new Set(table.indicators.map((i) => i.row - grid.originRow));
    // (The heading rows after the first of them, blanked just now, go with it.)
    const headingAbove = values !== null && values[above]?.length === 0 && !rowIsEmpty(grid.values[above]);
    if (!headingAbove && !read.has(above) && !isDataRow(grid.values[above])) continue;
    values ??= grid.values.slice() as CellValue[][];
    values[r] = [];
  }
  return values ? { ...source, grid: { ...grid, values } } : null;
}

/** A row of three cells or more with a figure among them: a table's row, not a heading's. */
function isDataRow(row: readonly CellValue[] | undefined): boolean {
  return filledCount(row) >= 3 && (row ?? []).some((v) => typeof v === 'number');
}

function filledCount(row: readonly CellValue[] | undefined): number {
  let n = 0;
  for (const v of row ?? []) if (v !== null && v !== undefined && v !== '') n++;
  return n;
}

function isText(v: CellValue | undefined): boolean {
  return typeof v === 'string' && v.trim() !== '';
}

function repeatsHeading(row: readonly CellValue[], heads: readonly (readonly CellValue[])[]): boolean {
  // Most rows open with a number or a name no heading has: passed over at their first cell.
  if (!isText(row[0]) && row[0] !== null && row[0] !== undefined && row[0] !== '') return false;
  for (const h of heads) if (sameTexts(row, h)) return true;
  return false;
}

/** Every filled cell of the row is a text, the same as the heading's in its column. */
function sameTexts(row: readonly CellValue[], head: readonly CellValue[]): boolean {
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === '') continue;
    if (!isText(v) || !isText(head[c]) || (v as string).trim() !== (head[c] as string).trim()) return false;
    same++;
  }
  return same >= 2;
}

/**
 * A table of one result column whose words state no period, on a sheet named by its period (6月,
 * 1-11月, 一季度, Q2 2024/25: an office's sheet a month): the sheet's name states it; else a file named by
 * its period (2024年三季度重点工作完成情况.xlsx, "KPI report Q2 2024-25.xlsx"), in words that state one
 * outright (a date alone, as an export stamps it, is none; nor is a year, 2024年度目标任务.xlsx).
 */
function withPeriodOfSheetName(
  reading: SheetReading,
  yearStart: number,
  fileName: string | undefined,
): SheetReading {
  if (reading.kind !== 'table') return reading;
  const t = reading.table;
  if (t.statedPeriod || t.granularity !== 'cumulative') return reading;
  const stated = periodInTexts([t.sheet], yearStart) ?? periodInFileName(fileName, yearStart);
  return stated ? { kind: 'table', table: { ...t, statedPeriod: stated } } : reading;
}

/** The period a file's name states outright, without its folders and extension; null when none. */
function periodInFileName(file: string | undefined, yearStart: number): StatedPeriod | null {
  if (!file) return null;
  const name = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[a-z0-9]{2,5}$/i, '');
  const p = statedPeriod(name, yearStart);
  // A file named by its year (2024年度目标任务.xlsx) names the plan, not how far into it the check is.
  return p && !p.weak && p.period.kind !== 'year'
    ? { period: p.period, text: p.text, year: p.year, inFileName: true }
    : null;
}

/**
 * The sheet as it stands; or, printed in two blocks of months over the same rows, the blocks side by side;
 * or, a list printed in two halves side by side, the halves one under the other;
 * or, where it keeps a target's row and a result's row for each measure that the reading as it stands
 * does not pair (the kinds of work across, no year's column), folded into one row each, whichever pairs
 * more targets with results.
 */
function readSheetAsIs(given: SheetSource, options: ReadOptions): SheetReading {
  const first = readSheetOnce(given, options);
  if (first.kind === 'skipped' && first.reason.code === 'internal-error') return first;
  if (options.columns?.[given.grid.name] ?? options.columns?.['*']) return first;
  // Counted only when a second reading is to be weighed against it (a pass over every row).
  let counted: number | null = null;
  const before = () => (counted ??= first.kind === 'table' ? paired(first.table) : 0);
  try {
    // A table printed in two blocks of months, the same rows in each: one table of all the months.
    const blocks = continuedBlocks(given.grid);
    const whole = blocks ? readSheetOnce({ ...given, grid: blocks.grid }, options) : null;
    const joined = blocks && whole?.kind === 'table' ? unfolded(whole.table, blocks) : null;
    if (joined) return { kind: 'table', table: joined };
    // A list printed in two halves side by side: one table of all its rows, where that reads as many.
    const halves = halvesSideBySide(given.grid);
    const both = halves ? readSheetOnce({ ...given, grid: halves.grid }, options) : null;
    const all = halves && both?.kind === 'table' ? unfolded(both.table, halves) : null;
    if (all && all.indicators.length >= (first.kind === 'table' ? first.table.indicators.length : 1))
      return { kind: 'table', table: all };
    // Measures kept as cards, a caption over a label and a figure a row: one table of the cards.
    const cards = cardsFolded(given.grid);
    const carded = cards ? readSheetOnce({ ...given, grid: cards.grid }, options) : null;
    const read = cards && carded?.kind === 'table' ? unfolded(carded.table, cards) : null;
    // Taken where it pairs more targets with results, or where nothing else read the sheet (forms whose
    // task and progress are words).
    if (read && (paired(read) > before() || (first.kind !== 'table' && read.indicators.length > 0)))
      return { kind: 'table', table: read };
    const folded = rowPairsFolded(given.grid);
    if (!folded) return first;
    const inner = readSheetOnce({ ...given, grid: folded.grid }, options);
    const pairs = inner.kind === 'table' ? unfolded(inner.table, folded) : null;
    if (!pairs) return first;
    // Another table on the sheet, above or below the pairs, keeps its own reading.
    const { from, to } = folded.span;
    const others =
      first.kind === 'table' ? first.table.indicators.filter((i) => i.row < from || i.row > to) : [];
    const table: SheetTable =
      others.length > 0 && first.kind === 'table'
        ? {
            ...first.table,
            indicators: withUniqueKeys([...others, ...pairs.indicators].sort((a, b) => a.row - b.row)),
          }
        : pairs;
    return paired(table) > before() ? { kind: 'table', table } : first;
  } catch {
    // The fold is a second look: where it fails, the reading as it stands holds.
    return first;
  }
}

/** Indicators with the same key told apart by their rows, as stacked tables' are. */
function withUniqueKeys(indicators: readonly Indicator[]): Indicator[] {
  const seen = new Set<string>();
  return indicators.map((ind) => {
    if (!seen.has(ind.key)) {
      seen.add(ind.key);
      return ind;
    }
    const key = `${ind.key}#${ind.row}`;
    seen.add(key);
    return { ...ind, key };
  });
}

/** How many indicators have a figure for their target and one for a result. */
function paired(table: SheetTable): number {
  let n = 0;
  for (const ind of table.indicators) {
    if (!isFigureCell(ind.target) && !isFigureCell(ind.periodTargetCell)) continue;
    const a = ind.actuals;
    if (a.kind === 'cumulative' ? isFigureCell(a.cell) : a.kind !== 'none' && a.cells.some(isFigureCell)) n++;
  }
  return n;
}

function readSheetOnce(given: SheetSource, options: ReadOptions): SheetReading {
  try {
    // Month headings typed as dates (Apr-24 …) are read as the months they show.
    // A status key standing apart to the right (Well Above … Well below) is no part of the table.
    // A hidden column of figures alone is no part of the table either.
    const grid = withMonthHeadings(withoutSideKey(withoutHiddenFigureColumns(given.grid)));
    const source = grid === given.grid ? given : { ...given, grid };
    const mapping = options.columns?.[source.grid.name] ?? options.columns?.['*'];
    // The product's check-in history, renamed: its own output, not a table to read (its labelled header
    // row names indicators, targets and actuals, so it is told by its codes before any reading).
    if (hasHistoryHeader(source.grid)) return skipped(source.file, source.grid.name, { code: 'own-output' });
    const strict = readGrid(source, options.yearStart ?? 1);
    if (
      strict.kind === 'skipped' &&
      (strict.reason.code === 'own-output' || strict.reason.code === 'empty')
    ) {
      return strict;
    }
    if (strict.kind === 'table' && !mapping) {
      const need =
        missedResults(strict.table) ??
        (headingsMergedBelow(source.grid, strict.table) || headingOnlyEvidenceReads(source.grid, strict.table)
          ? 'any'
          : null);
      const names = twoNameHeadings(source.grid, strict.table);
      const above = figureRowsAbove(source.grid, strict.table);
      const below = tableBelow(source.grid, strict.table);
      if (!need && !names && !above && !below) return strict;
      const again = readByEvidence(source, options, undefined);
      if (again?.kind !== 'table') return strict;
      if (need && (foundResults(again.table, need) || foundVerdicts(again.table, strict.table))) return again;
      if (above && tableAbove(again.table, strict.table)) return again;
      if (below && moreRows(again.table, strict.table)) return again;
      // The same rows, named by the column whose cells name them.
      return names && rowsRead(again.table) === rowsRead(strict.table) ? again : strict;
    }
    const evidence = readByEvidence(source, options, mapping);
    // Indicators across, the headings down the first column (项目 | 城镇新增就业 | 新建学校 over 年度目标 |
    // 1-9月完成): the table turned, read, and turned back.
    if (evidence?.kind !== 'table' && !mapping && looksTransposed(source.grid)) {
      const turned = readByEvidence({ ...source, grid: transposedGrid(source.grid) }, options, undefined);
      if (turned?.kind === 'table') {
        const table = turnBack(turned.table);
        // The title above the row of names states the period (Housing dashboard – quarter 3 2024/25).
        const namesAt = (table.indicators[0]?.row ?? source.grid.originRow) - source.grid.originRow;
        const above = textsOfRows(source.grid, 0, namesAt);
        const stated = table.statedPeriod ?? periodInTexts(above, options.yearStart ?? 1);
        return { kind: 'table', table: stated ? { ...table, statedPeriod: stated } : table };
      }
    }
    // Places down the rows, measures across, a verdict in every cell (地区 | PM2.5平均浓度降幅 | … over 达标):
    // read as the list of verdicts it stands for.
    if (evidence?.kind !== 'table' && !mapping) {
      const list = statusGridAsList(source.grid);
      const read = list ? readByEvidence({ ...source, grid: list.grid }, options, undefined) : null;
      if (list && read?.kind === 'table')
        return { kind: 'table', table: listBack(read.table, list, source.grid) };
    }
    // A standard header lacking its name or target column says so as it always has.
    if (
      evidence?.kind === 'skipped' &&
      strict.kind === 'skipped' &&
      strict.reason.code === 'missing-column'
    ) {
      return strict;
    }
    // Headings over rows of figures that name no column the reader knows (Department | Target Response
    // time | % of cases responded to within target): a table to ask about, its columns listed.
    if (!evidence && strict.kind === 'skipped' && strict.reason.code === 'no-header' && !mapping) {
      const ask = headingsOverFigures(source.grid);
      if (ask) return skipped(source.file, source.grid.name, ask);
    }
    return evidence ?? strict;
  } catch (e) {
    // Not a fault of the sheet: the reader failed on it. Say so, with the message, and read the rest.
    const sheet = typeof given?.grid?.name === 'string' ? given.grid.name : '';
    const message = e instanceof Error ? e.message : String(e);
    return skipped(given?.file, sheet, { code: 'internal-error', message });
  }
}

/** Reads every sheet, in order. */
export function readSheets(sources: readonly SheetSource[], options: ReadOptions = {}): SheetReading[] {
  return sources.map((s) => readSheet(s, options));
}

/** A scored performance form's table: its indicators' headings with their full marks and the marks given. */
function isScoredForm(t: FoundTable): boolean {
  const by = (role: string) => t.columns.some((c) => c.role === role && c.source === 'header');
  return by('name') && by('maxScore') && by('score');
}

/** A performance form's table whose indicators are named by the deepest of their levels (一级 | 二级 | 三级指标). */
function isLevelledForm(t: FoundTable): boolean {
  return t.columns.some(
    (c) => c.role === 'name' && c.source === 'header' && indicatorLevel(headingLeaf(c.header)) !== null,
  );
}

/**
 * The tables of a sheet without those above a scored performance form (一级指标 | 二级指标 | 三级指标 | 分值 |
 * 指标值 | 实际值 | 得分): the form's own fields over its indicators — the funds block (项目资金(万元) | 年初预算数 |
 * 全年执行数 | 执行率, scored apart) and the overall goal — never indicators of their own. So too the
 * fields right above a form of levels without marks (项目基本情况, 预算执行情况 over 一级指标 | 二级指标 |
 * 三级指标 | 指标值 | 完成值), where no blank row parts them from it: a table apart stays.
 */
function aboveAForm(tables: readonly FoundTable[], grid: Grid): FoundTable[] {
  const form = tables.find(isScoredForm) ?? tables.find(isLevelledForm);
  if (!form) return [...tables];
  const top = form.headerRows[0] ?? form.bodyStart;
  const scored = isScoredForm(form);
  const partOfForm = (t: FoundTable): boolean => {
    if (scored) return true;
    for (let r = t.bodyEnd; r < top; r++) if (rowIsEmpty(grid.values[r])) return false;
    return true;
  };
  return tables.filter((t) => t === form || t.bodyStart > top || isScoredForm(t) || !partOfForm(t));
}

/**
 * Every confident table the evidence finds on the sheet, as one table (stacked tables one after the
 * other); a table-like sheet without a confident reading is skipped with what it lacks; null when the
 * sheet holds nothing table-like.
 */
function readByEvidence(
  source: SheetSource,
  options: ReadOptions,
  mapping?: ColumnMapping,
): SheetReading | null {
  const grid = source.grid;
  const found = findTables(grid, mapping);
  const confident = aboveAForm(
    found.filter((t) => t.confidence >= CONFIDENT),
    grid,
  );
  // A unit line over the sheet holds for the tables below it until another names one.
  let sheetUnit: string | null = null;
  const yearStart = options.yearStart ?? 1;
  const captions = confident.length > 1 ? captionSections(grid, confident) : null;
  const tables = confident
    .map((t, i) => {
      sheetUnit = unitAbove(grid, t) ?? sheetUnit;
      const table = walkTable(grid, t, { file: source.file, yearStart, sheetUnit });
      const section =
        confident.length > 1
          ? (sectionOf(grid, t) ??
            captions?.[i] ??
            sectionLikeFirst(grid, confident[0], t, i) ??
            numberedCaption(grid, t))
          : null;
      return table && section ? inSection(table, section) : table;
    })
    .filter((t): t is SheetTable => t !== null);
  if (tables.length === 0) {
    // Ask only where headings speak of indicators (a name or a target, a result, a rate, a status by
    // their words); a contact list or a summary is skipped as before, never asked about.
    const unsure = found.find(
      (t) =>
        t.confidence < CONFIDENT &&
        t.headerRows.length > 0 &&
        t.columns.some((c) => c.source === 'header' && ASKING_ROLES.has(c.role)),
    );
    return unsure ? skipped(source.file, grid.name, needsColumns(grid, unsure)) : null;
  }
  const first = tables[0];
  const indicators = withUniqueKeys(tables.flatMap((t) => withoutSumRows(t.indicators)));
  const totals = withUniqueKeys(tables.flatMap((t) => t.totals ?? []));
  const stated = tables.map((t) => t.statedPeriod).find((p) => p) ?? null;
  // The year (and how it is named) of the table whose period is checked, where one states a period with
  // a year; else the first table's.
  const { year: _year, yearNamed: _named, ...rest } = first;
  const { year, yearNamed } = tables.find((t) => t.statedPeriod?.year != null) ?? first;
  const table: SheetTable = {
    ...rest,
    year,
    ...(yearNamed ? { yearNamed } : {}),
    indicators,
    ...(totals.length > 0 ? { totals } : {}),
    diagnostics: tables.flatMap((t) => t.diagnostics),
    statedPeriod: stated,
  };
  return { kind: 'table', table };
}

/**
 * The section a table of several stacked on a sheet stands for, where its heading row names it over the
 * indicators' column (Education | FY 2010 Targeted | FY 2010 Actual, then Natural Resources | …): the
 * category of its indicators that have none.
 */
function sectionOf(grid: Grid, t: FoundTable): string | null {
  const over = overNames(grid, t);
  if (over === null || over.kind !== 'words' || /^[\d\s.,%-]+$/.test(over.text)) return null;
  return over.text;
}

/**
 * What the last heading row holds over the names found by their content: words, or nothing (blank, or the
 * money the figures are in, Ushs Thousands); null where a heading word names the names.
 */
function overNames(grid: Grid, t: FoundTable): { kind: 'words'; text: string } | { kind: 'nothing' } | null {
  const name = t.columns.find((c) => c.role === 'name');
  const leaf = t.headerRows[t.headerRows.length - 1];
  if (!name || name.source === 'header' || leaf === undefined) return null;
  const v = grid.values[leaf]?.[name.col];
  if (v === null || v === undefined || (typeof v === 'string' && (v.trim() === '' || isMoneyScale(v))))
    return { kind: 'nothing' };
  return typeof v === 'string' ? { kind: 'words', text: v.trim() } : null;
}

/**
 * The sections of stacked tables with nothing over their names, or the money their figures are in (Ushs
 * Thousands): the line above each one's headings (Overall Revenue Performance; Table V1.1: Overview of
 * Vote Expenditures) — where every table has one of its own, else none (a title over the first table
 * alone is no section of it).
 */
function captionSections(grid: Grid, tables: readonly FoundTable[]): (string | null)[] | null {
  const lines = tables.map((t) => (overNames(grid, t)?.kind === 'nothing' ? captionLine(grid, t) : null));
  // (The same line over each, How are we doing?, tells none of them apart.)
  return lines.every((l) => l !== null) && new Set(lines).size === lines.length ? lines : null;
}

/**
 * The line right above a table's headings, without its table number or its closing money (Table V1.1:
 * Overview of Vote Expenditures (UShs Billion) → Overview of Vote Expenditures); else null.
 */
function captionLine(grid: Grid, t: FoundTable): string | null {
  const above = lineAboveHeadings(grid, t);
  if (above === null) return null;
  const words = above.replace(TABLE_NUMBER, '');
  const line = (closingMoney(words)?.before ?? words).trim();
  return line !== '' && line.length <= 60 ? line : null;
}

/** The one text of the row right above a table's headings, when that row is a caption of it. */
function lineAboveHeadings(grid: Grid, t: FoundTable): string | null {
  const top = t.headerRows[0];
  if (top === undefined || !t.captionRows.includes(top - 1)) return null;
  const texts = (grid.values[top - 1] ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
  return texts.length === 1 ? (texts[0] as string).trim() : null;
}

/** A caption's table number before its words: Table V1.1:, Table 3 -, 表2 . */
const TABLE_NUMBER = /^(?:table|tab\.|表)\s*[a-z]?\d+(?:\.\d+)*[a-z]?\s*[:：.\-–—]?\s*/i;

/**
 * The section of a later stacked table whose heading row repeats the first one's, all but the label over
 * the names (SERVICES PROVIDED | FY 2022-23 Budget …, then PERFORMANCE INDICATORS | FY 2022-23 Budget …):
 * that label, where the first one's is a section too — even when it is a heading's word.
 */
function sectionLikeFirst(grid: Grid, first: FoundTable, t: FoundTable, index: number): string | null {
  if (index === 0 || sectionOf(grid, first) === null) return null;
  const name = t.columns.find((c) => c.role === 'name');
  const leaf = t.headerRows[t.headerRows.length - 1];
  const firstLeaf = first.headerRows[first.headerRows.length - 1];
  if (!name || leaf === undefined || firstLeaf === undefined) return null;
  const row = grid.values[leaf] ?? [];
  const firstRow = grid.values[firstLeaf] ?? [];
  const width = Math.max(row.length, firstRow.length);
  for (let c = 0; c < width; c++) {
    if (c !== name.col && (row[c] ?? null) !== (firstRow[c] ?? null)) return null;
  }
  const v = row[name.col];
  return typeof v === 'string' && v.trim() !== '' && v !== firstRow[name.col] ? v.trim() : null;
}

/**
 * The numbered line right above a stacked table's headings (一、11月份财政收支完成情况 over the month's table,
 * 二、11月份累计完成情况 over the year to date's): its section, which tells its rows from the other table's.
 */
function numberedCaption(grid: Grid, t: FoundTable): string | null {
  const text = lineAboveHeadings(grid, t);
  return text !== null && NUMBERED_LINE.test(text) && text.length <= 40 ? text : null;
}
const NUMBERED_LINE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*\S/;

function inSection(table: SheetTable, section: string): SheetTable {
  return {
    ...table,
    indicators: table.indicators.map((i) => (i.category === null ? { ...i, category: section } : i)),
  };
}

/** Roles whose heading words make a sheet worth asking about. */
const ASKING_ROLES: ReadonlySet<string> = new Set([
  'name',
  'target',
  'periodTarget',
  'actual',
  'periodActual',
  'completion',
  'status',
]);

/**
 * A row of three or more short headings over two rows that fill their columns with figures among words:
 * a table whose columns none of the reader's words name — its columns, each with the role its heading's
 * words suggest, if any, for the user to settle. Null where the sheet holds no such rows.
 */
function headingsOverFigures(grid: Grid): SkipReason | null {
  const values = grid.values ?? [];
  const limit = Math.min(values.length - 2, 40);
  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    const cols: number[] = [];
    let heads = true;
    for (let c = 0; c < row.length && c < 64; c++) {
      const v = row[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      if (typeof v !== 'string' || v.trim().length > 80 || isFigureKind(v)) heads = false;
      cols.push(c);
    }
    if (!heads || cols.length < 3) continue;
    const below = [values[r + 1] ?? [], values[r + 2] ?? []];
    const figures = below.every(
      (b) =>
        cols.filter((c) => b[c] !== null && b[c] !== undefined && b[c] !== '').length >= 2 &&
        cols.some(
          (c) => typeof b[c] === 'number' || (typeof b[c] === 'string' && isFigureKind(b[c] as string)),
        ),
    );
    if (!figures) continue;
    const columns = cols.map((c) => {
      const header = (row[c] as string).trim();
      return {
        column: columnLetters(grid.originCol + c),
        header,
        guess: headerRoles(header)[0]?.role ?? null,
        figures: columnHoldsFigures(values, r, c),
      };
    });
    const named = columns.some((c) => c.guess === 'name');
    return {
      code: 'needs-columns',
      missing: named ? ['value'] : ['name', 'value'],
      headerRow: grid.originRow + r,
      columns,
    };
  }
  return null;
}

/** What a table-like sheet lacks, with every column's heading and best guess, for the user to settle. */
function needsColumns(grid: Grid, t: FoundTable): SkipReason {
  const leaf = t.headerRows[t.headerRows.length - 1];
  const row = grid.values[leaf] ?? [];
  const columns = [];
  for (let c = 0; c < row.length && c < 64; c++) {
    const v = row[c];
    const header = typeof v === 'string' ? v.trim() : '';
    const guess = t.columns.find((x) => x.col === c)?.role ?? null;
    if (!header && !guess) continue;
    columns.push({
      column: columnLetters(grid.originCol + c),
      header,
      guess,
      figures: columnHoldsFigures(grid.values, leaf, c),
    });
  }
  return { code: 'needs-columns', missing: t.missing, headerRow: grid.originRow + leaf, columns };
}

/** Whether most filled cells of column c in the rows below the headings (up to 40) hold figures. */
function columnHoldsFigures(values: Grid['values'], headerRow: number, c: number): boolean {
  let filled = 0;
  let figures = 0;
  for (let r = headerRow + 1; r < values.length && r <= headerRow + 40; r++) {
    const v = values[r]?.[c];
    if (v === null || v === undefined || v === '') continue;
    filled++;
    if (typeof v === 'number' || (typeof v === 'string' && isFigureKind(v))) figures++;
  }
  return filled > 0 && figures * 2 >= filled;
}
