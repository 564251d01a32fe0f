/**
 * The body of an indicator table, below its header: category rows, indicator rows, blank rows, totals, a
 * repeated header, and notes / signature lines that end the table. Vertically merged text cells (a
 * category or a unit merged down several rows) give their value to every row they span.
 *
 * Cost is proportional to the cells that hold something: missing rows are skipped, never visited cell by
 * cell, and what a row needs (cells with their row and column) is built by closures made once per sheet.
 */
import type {
  ActualsLayout,
  CellRange,
  CellValue,
  Diagnostic,
  Grid,
  Indicator,
  SheetSource,
  SheetTable,
  SourceCell,
} from '../model';
import { columnLetters } from '../core/address';
import { toHalfWidth } from '../core/normalize';
import {
  cellOf,
  cellString,
  isBlank,
  isColumnNumbers,
  mayNumberColumns,
  onlyCell,
  rowIsEmpty,
  textOf,
  type Row,
} from './cells';
import type { Columns, HeaderCandidate, PlainRole } from './findHeader';
import { matchHeader } from './headers';
import { startsAnotherTable } from './headerWords';
import { isStatusName, mergedForEachRow } from './cellKinds';
import { unitInName, unitOfCell, unitOfFormat } from './units';
import {
  isCommentLine,
  isFooterLine,
  isPageFooter,
  isPageLine,
  isSectionLabel,
  isGrandTotalName,
  isTotalName,
  PURE_NUMBER_ID,
  SECTION_ID,
  SECTION_START,
  isNextItem,
  stripNumbering,
} from './labels';

/** Roles whose vertically merged value applies to every row the merge spans. */
const FILL_ROLES: readonly PlainRole[] = [
  'category',
  'name',
  'unit',
  'direction',
  'aggregation',
  'owner',
  'notes',
];

/** Columns per row in the key of a filled cell (r × FILL_WIDTH + c). */
const FILL_WIDTH = 1 << 15;

/** Where the table's values are: its granularity and the columns whose content makes a row a data row. */
export interface TableShape {
  readonly granularity: SheetTable['granularity'];
  readonly valueColumns: readonly number[];
  readonly hasMilestones: boolean;
}

export function tableShape(cols: Columns): TableShape {
  const P = cols.plain;
  const quarterCount = cols.quarters.filter((c) => c >= 0).length;
  const monthCount = cols.months.filter((c) => c >= 0).length;
  const granularity: SheetTable['granularity'] =
    quarterCount > 0 && quarterCount * 3 >= monthCount
      ? 'quarters'
      : monthCount > 0
        ? 'months'
        : P.cumulative >= 0
          ? 'cumulative'
          : 'none';
  // Value columns: a non-empty one makes the row a data row.
  const valueCols: number[] = [P.target, ...cols.milestones];
  if (granularity === 'quarters') valueCols.push(...cols.quarters);
  else if (granularity === 'months') valueCols.push(...cols.months);
  else if (granularity === 'cumulative') valueCols.push(P.cumulative);
  return {
    granularity,
    valueColumns: valueCols.filter((c) => c >= 0),
    hasMilestones: cols.milestones.some((c) => c >= 0),
  };
}

/**
 * Merged areas in the body: text columns take the merged value in every row they span (`fills`, keyed
 * r × FILL_WIDTH + c), and so do value columns where it is each row's (a verdict, a mark, a result's words:
 * mergedForEachRow); other areas over value columns are kept for a warning (`valueMerges`).
 */
export function bodyMerges(
  grid: Grid,
  bodyStart: number,
  P: Readonly<Record<PlainRole, number>>,
  valueColumns: readonly number[],
): { fills: Map<number, CellValue>; valueMerges: CellRange[] } {
  const values = grid.values;
  const fillCols = new Set<number>();
  for (const role of FILL_ROLES) if (P[role] >= 0) fillCols.add(P[role]);
  const fills = new Map<number, CellValue>();
  const valueMerges: CellRange[] = [];
  for (const m of grid.merges) {
    const top = m.top - grid.originRow;
    const bottom = m.bottom - grid.originRow;
    const left = m.left - grid.originCol;
    const right = m.right - grid.originCol;
    if (bottom < bodyStart || top >= values.length || right < 0) continue;
    const value = cellOf(values[top], left);
    // A value column's merged verdict down its rows: each row's (no other value column under it).
    const eachRows =
      bottom > top &&
      left === right &&
      top >= bodyStart &&
      valueColumns.includes(left) &&
      mergedForEachRow(value, left !== P.target);
    const touchesValues = valueColumns.some((c) => c >= left && c <= right);
    if (touchesValues && top >= bodyStart && (bottom > top || right > left) && !eachRows) valueMerges.push(m);
    if (bottom <= top) continue;
    if (isBlank(value)) continue;
    const last = Math.min(bottom, values.length - 1);
    if (eachRows) for (let r = top + 1; r <= last; r++) fills.set(r * FILL_WIDTH + left, value);
    for (const c of fillCols) {
      if (c < left || c > right) continue;
      for (let r = Math.max(top, bodyStart); r <= last; r++) {
        if (r === top && c === left) continue;
        fills.set(r * FILL_WIDTH + c, value);
      }
    }
  }
  return { fills, valueMerges };
}

/** What the row walk needs of the sheet, built once per sheet. */
interface Body {
  readonly file: string | undefined;
  readonly sheet: string;
  readonly originRow: number;
  readonly P: Readonly<Record<PlainRole, number>>;
  readonly cols: Columns;
  readonly shape: TableShape;
  /** Column letters of a grid column (cached). */
  readonly letters: (c: number) => string;
  /** A text column's value, the merged value where a merge fills it. */
  readonly textCell: (r: number, row: Row, c: number) => CellValue;
  /** A cell with its merged value where a merge fills it (a text column's; a value column's verdict). */
  readonly cellAt: (r: number, row: Row, c: number) => SourceCell | null;
  readonly cellsAt: (r: number, row: Row, columns: readonly number[]) => (SourceCell | null)[];
  readonly diagnostics: Diagnostic[];
  /** `file|sheet|`, the start of every indicator key of the sheet (made once). */
  readonly keyPrefix: string;
  /** The unit the caption names for the whole table (单位：万元), for rows without their own. */
  readonly captionUnit: string | null;
}

function makeBody(
  source: SheetSource,
  best: HeaderCandidate,
  shape: TableShape,
  fills: ReadonlyMap<number, CellValue>,
  captionUnit: string | null,
): Body {
  const grid = source.grid;
  const { originRow, originCol } = grid;
  const formats = grid.numberFormats;
  const lettersOf = new Map<number, string>();
  const letters = (c: number): string => {
    let l = lettersOf.get(c);
    if (l === undefined) lettersOf.set(c, (l = columnLetters(originCol + c)));
    return l;
  };
  const hasFills = fills.size > 0;
  const textCell = (r: number, row: Row, c: number): CellValue => {
    if (c < 0) return null;
    if (hasFills) {
      const f = fills.get(r * FILL_WIDTH + c);
      if (f !== undefined) return f;
    }
    return cellOf(row, c);
  };
  const cellAt = (r: number, row: Row, c: number): SourceCell | null => {
    if (c < 0) return null;
    const f = formats?.[r]?.[c];
    // (A value column's fills are merged verdicts alone: see bodyMerges.)
    const value = textCell(r, row, c);
    return { value, format: f ?? null, row: originRow + r, col: originCol + c };
  };
  const cellsAt = (r: number, row: Row, columns: readonly number[]): (SourceCell | null)[] => {
    const out: (SourceCell | null)[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) out[i] = cellAt(r, row, columns[i]);
    return out;
  };
  return {
    file: source.file,
    sheet: grid.name,
    originRow,
    P: best.cols.plain,
    cols: best.cols,
    shape,
    letters,
    textCell,
    cellAt,
    cellsAt,
    diagnostics: [],
    keyPrefix: `${source.file ?? ''}|${grid.name}|`,
    captionUnit,
  };
}

/** The category of the rows read so far, and whether a notes line has ended the table. */
interface WalkState {
  category: string | null;
  inFooter: boolean;
  /** The name of the last indicator read. */
  lastName: string | null;
}

/** The texts of a row that decide what it is. */
interface RowTexts {
  readonly name: string | null;
  readonly idRaw: CellValue;
  readonly id: string | null;
  readonly category: string | null;
}

/**
 * A row without values: blank, a notes line, a total, a category label (in the name, id or category
 * column, or alone at the left), or an indicator whose target and actuals are all empty (invalid later:
 * target missing). True when the row is no indicator.
 */
function valuelessRowDone(b: Body, state: WalkState, row: readonly CellValue[], t: RowTexts): boolean {
  const P = b.P;
  if (rowIsEmpty(row)) return true;
  // Leftmost text of the row: a notes or signature line ends the table's body.
  let lead: string | null = null;
  let leadCol = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (!isBlank(v)) {
      lead = typeof v === 'string' ? v : null;
      leadCol = c;
      break;
    }
  }
  if (lead !== null && isFooterLine(lead)) state.inFooter = true;
  if (state.inFooter) return true;
  if (lead !== null && isCommentLine(lead)) return true;
  // A printed page's number or heading line (第2页, DATE: … | PAGE: 2 OF 3): no section.
  if (isPageLine(row)) return true;
  // Without an id column, a label or number left of the name plays the id's part here.
  let labelRaw: CellValue = t.idRaw;
  if (P.id < 0 && leadCol >= 0 && leadCol < P.name) labelRaw = cellOf(row, leadCol);
  const labelText = P.id < 0 ? textOf(labelRaw) : t.id;
  if (t.name) {
    if (isTotalName(t.name)) return true;
    if (labelText) {
      if (typeof labelRaw === 'string' && SECTION_ID.test(toHalfWidth(labelRaw).trim())) {
        state.category = stripNumbering(t.name);
        return true;
      }
    } else if (
      SECTION_START.test(t.name) ||
      // An item numbered right after the one above (5.信託管理收入 after 4.財產收入) is a sibling.
      (onlyCell(row, P.name) && !isNextItem(t.name, state.lastName))
    ) {
      state.category = stripNumbering(t.name);
      return true;
    }
    return false;
  }
  // `一 | 职能目标任务` with the label in the category column: the label wins over the numbering.
  if (t.category && (!t.id || SECTION_ID.test(toHalfWidth(t.id).trim()))) {
    state.category = stripNumbering(t.category);
  } else if (t.id) {
    if (typeof t.idRaw === 'string' && !PURE_NUMBER_ID.test(t.id)) state.category = stripNumbering(t.id);
  } else if (t.category) {
    state.category = stripNumbering(t.category);
  } else if (lead !== null && leadCol <= P.name) {
    const text = cellString(lead);
    if (text) state.category = stripNumbering(text);
  }
  return true;
}

/**
 * A numbered item with no figures of its own over sub-items numbered (1), (2) … below it (7 | 家庭农场“百千万
 * 工程” | | then (1)新创建示范家庭农场 | 80 | 95): the sub-items' heading, their category, not an indicator.
 */
function headsSubItems(b: Body, values: readonly Row[], r: number, t: RowTexts, state: WalkState): boolean {
  if (t.name === null || t.id === null || SUB_ITEM.test(t.name)) return false;
  const next = values[r + 1];
  if (!next) return false;
  const name = textOf(b.textCell(r + 1, next, b.P.name));
  const id = b.P.id >= 0 ? textOf(b.textCell(r + 1, next, b.P.id)) : null;
  if (name === null || !SUB_ITEM.test(name) || (id !== null && !SUB_ITEM.test(id))) return false;
  state.category = stripNumbering(t.name);
  return true;
}

/** A sub-item's number: (1), （2）, ①. */
const SUB_ITEM = /^\s*(?:[(（]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])/;

/** A row with values but no name (a category row carrying a subtotal), a total, or the header repeated. */
function valuedRowDone(b: Body, state: WalkState, row: readonly CellValue[], t: RowTexts): boolean {
  // A signature line with something in a figure's column (填表人：张三 | | 审核人：李四) ends the body too,
  // and a page's footer with its number (City of Azle FY 2022-2023 Budget | | | 144) is no row of it.
  if (state.inFooter || isPageFooter(row)) return true;
  const lead = row.find((v) => !isBlank(v));
  // (A row's number first, 1 or 1.1, is no signature: most rows need no look at the words.)
  if (typeof lead === 'string' && !/^\s*\d/.test(lead) && isFooterLine(lead)) {
    state.inFooter = true;
    return true;
  }
  if (!t.name) {
    // A category row carrying a subtotal: the label sits in the id column.
    if (typeof t.idRaw === 'string' && t.id && !PURE_NUMBER_ID.test(t.id) && isSectionLabel(t.id)) {
      state.category = stripNumbering(t.id);
    }
    return true;
  }
  if (isTotalName(t.name) || (mayNumberColumns(row[b.P.name]) && isColumnNumbers(row))) return true;
  const tv = cellOf(row, b.P.target);
  // The header repeated (a printed page's header, say).
  return typeof tv === 'string' && matchHeader(t.name)?.role === 'name' && matchHeader(tv)?.role === 'target';
}

/** The indicator of row r; a repeated id gets a warning, a repeated key the row number. */
function indicatorAt(
  b: Body,
  r: number,
  row: Row,
  t: RowTexts,
  name: string,
  category: string | null,
  /** Ids met so far, and each key met so far without the table's prefix. */
  seen: { readonly ids: Map<string, number>; readonly keys: Set<string> },
): Indicator {
  const { P, cols, file, sheet } = b;
  const worksheetRow = b.originRow + r;
  let id = t.id;
  if (id !== null && id.length > 1) {
    const lastCh = id.charCodeAt(id.length - 1);
    if (lastCh === 0x3001 || lastCh === 0x2e) id = id.slice(0, -1);
  }
  if (id !== null) {
    if (seen.ids.has(id)) {
      const d = {
        cell: b.letters(P.id) + worksheetRow,
        severity: 'warning' as const,
        code: 'duplicate-id' as const,
        params: { id },
      };
      b.diagnostics.push(file !== undefined ? { file, sheet, ...d } : { sheet, ...d });
    } else seen.ids.set(id, worksheetRow);
  }
  // Every key of the table starts with the same prefix: the part after it is what must be unique.
  let own = id ?? name;
  if (seen.keys.has(own)) own = `${own}#${worksheetRow}`;
  seen.keys.add(own);
  const key = b.keyPrefix + own;

  const granularity = b.shape.granularity;
  let actuals: ActualsLayout;
  if (granularity === 'quarters') actuals = { kind: 'quarters', cells: b.cellsAt(r, row, cols.quarters) };
  else if (granularity === 'months') actuals = { kind: 'months', cells: b.cellsAt(r, row, cols.months) };
  else if (granularity === 'cumulative')
    actuals = { kind: 'cumulative', cell: b.cellAt(r, row, P.cumulative) };
  else actuals = { kind: 'none' };

  const target = b.cellAt(r, row, P.target);
  // One shape for every indicator (`file` undefined for a grid without one): built 100,000 times on a
  // large sheet, a literal without a spread is several times cheaper.
  return {
    key,
    file,
    sheet,
    row: worksheetRow,
    id,
    category: t.category ? stripNumbering(t.category) : category,
    name,
    measureUnit:
      unitOfCell(textOf(b.textCell(r, row, P.unit))) ??
      unitInName(name) ??
      b.captionUnit ??
      // (the unit the figures' own format shows: #,##0"万元", "£"#,##0.00)
      unitOfFormat(target?.format ?? (actuals.kind === 'cumulative' ? actuals.cell?.format : null), name),
    directionCell: b.cellAt(r, row, P.direction),
    aggregationCell: b.cellAt(r, row, P.aggregation),
    target,
    milestoneTargets: b.shape.hasMilestones ? b.cellsAt(r, row, cols.milestones) : null,
    actuals,
    owner: textOf(b.textCell(r, row, P.owner)),
    notes: textOf(b.textCell(r, row, P.notes)),
    // The office's own figure to date (YTD, 累计) beside the period columns.
    toDateCell: granularity !== 'cumulative' ? b.cellAt(r, row, P.cumulative) : null,
  };
}

export interface BodyReading {
  readonly indicators: Indicator[];
  /** The table's total rows (合计, Total), read as its indicators are. */
  readonly totals: Indicator[];
  /** Diagnostics of the body (repeated ids). */
  readonly diagnostics: Diagnostic[];
  /** Grid row of the last indicator (the header's last row when there is none). */
  readonly lastRow: number;
}

/** Walks the rows below the header into indicators. */
export function readBody(
  source: SheetSource,
  best: HeaderCandidate,
  shape: TableShape,
  fills: ReadonlyMap<number, CellValue>,
  /** The unit the caption names for the whole table (单位：万元), for rows without their own. */
  captionUnit: string | null = null,
): BodyReading {
  const values = source.grid.values;
  const b = makeBody(source, best, shape, fills, captionUnit);
  const { P, textCell } = b;
  const valueColumns = shape.valueColumns;
  const state: WalkState = { category: null, inFooter: false, lastName: null };
  const seen = { ids: new Map<string, number>(), keys: new Set<string>() };
  const indicators: Indicator[] = [];
  // The table's total rows, read as its rows are, with keys of their own (SheetTable.totals).
  const totals: Indicator[] = [];
  const seenTotals = { ids: new Map<string, number>(), keys: new Set<string>() };
  let lastRow = best.rows[best.rows.length - 1];
  // A blank row after the indicators, then a row of another table's headings (序号 | 指标 | 单位 | 1—7月份完成):
  // the next table, not more of this one.
  let gap = false;
  for (let r = lastRow + 1; r < values.length; r++) {
    const row = values[r];
    if (!row || row.length === 0 || rowIsEmpty(row)) {
      gap ||= indicators.length > 0;
      continue;
    }
    if (gap && startsAnotherTable(row)) break;
    let hasValues = false;
    for (let i = 0; i < valueColumns.length; i++) {
      if (!isBlank(textCell(r, row, valueColumns[i]))) {
        hasValues = true;
        break;
      }
    }
    const idRaw = cellOf(row, P.id);
    const texts: RowTexts = {
      name: textOf(textCell(r, row, P.name)),
      idRaw,
      id: textOf(idRaw),
      category: P.category >= 0 ? textOf(textCell(r, row, P.category)) : null,
    };
    if (hasValues && texts.name !== null && !state.inFooter && isGrandTotalName(texts.name)) {
      totals.push(indicatorAt(b, r, row, texts, texts.name, state.category, seenTotals));
      continue;
    }
    const done = hasValues
      ? valuedRowDone(b, state, row, texts)
      : valuelessRowDone(b, state, row, texts) || headsSubItems(b, values, r, texts, state);
    // A status's count (RED | 2 | 4 | 11) is no indicator.
    if (done || texts.name === null || isStatusName(texts.name)) continue;
    indicators.push(indicatorAt(b, r, row, texts, texts.name, state.category, seen));
    state.lastName = texts.name;
    lastRow = r;
  }
  return { indicators, totals, diagnostics: b.diagnostics, lastRow };
}
