/**
 * Tables of verdicts only: places or units down the rows, the measures across, and in every cell the
 * office's verdict and nothing else (地区 | PM2.5平均浓度降幅 | 优良天数比率升幅 over 达标 / 未达标; 地区 |
 * 能耗强度降低进度预警等级 over 三级（绿灯）). Read as the list they stand for — one row per place and
 * measure, named by the measure, its verdict its status — every cell keeping its own address.
 */
import type { CellValue, Diagnostic, Grid, Indicator, SheetTable } from '../model';
import { columnLetters, parseCellAddress } from '../core/address';
import { hanCount } from '../core/normalize';
import { statusWord } from './cellKinds';
import { headerRoles } from './headerWords';
import { mapSourceCells } from './sourceCells';

/** Only small sheets: a table of verdicts by place has tens of rows, not thousands. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 40;
/** How far down the heading row may stand (a title, a date line and a unit line above it). */
const HEADING_REACH = 8;

/** The grid as a list, and where each of its cells stands on the sheet (0-based, within the grid). */
export interface StatusList {
  readonly grid: Grid;
  /** The list's heading row (0-based), where the sheet's own heading row stands. */
  readonly heading: number;
  /** A cell of the list (row, column) → its cell on the sheet. */
  readonly at: (row: number, col: number) => { row: number; col: number };
}

const text = (v: CellValue | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;

/** A cell's value, a merged area's value in every cell it covers (a verdict written once for its rows). */
function valueAt(grid: Grid, r: number, c: number): CellValue {
  const own = grid.values[r]?.[c];
  if (own !== null && own !== undefined && own !== '') return own;
  const row = r + grid.originRow;
  const col = c + grid.originCol;
  const m = grid.merges.find((x) => x.top <= row && row <= x.bottom && x.left <= col && col <= x.right);
  return m ? (grid.values[m.top - grid.originRow]?.[m.left - grid.originCol] ?? null) : (own ?? null);
}

/** How many cells of a row hold something. */
function filledIn(grid: Grid, r: number): number {
  return (grid.values[r] ?? []).filter((v) => v !== null && v !== undefined && v !== '').length;
}

/**
 * The body rows under a heading row: down to a row of one cell (a note) or two blank rows; a blank row
 * between rows of the table (left after every few) is passed over.
 */
function bodyRows(grid: Grid, heading: number): number[] {
  const rows: number[] = [];
  for (let r = heading + 1; r < grid.values.length; r++) {
    const filled = filledIn(grid, r);
    if (filled === 0 && filledIn(grid, r + 1) >= 2) continue;
    if (filled <= 1) break;
    rows.push(r);
  }
  return rows;
}

/** The columns holding verdicts down the body, each under a heading that names no role of its own. */
function verdictColumns(grid: Grid, heading: number, body: readonly number[]): number[] {
  const head = grid.values[heading] ?? [];
  const cols: number[] = [];
  for (let c = 0; c < Math.min(head.length, MAX_COLUMNS); c++) {
    const word = text(head[c]);
    if (word === null || headerRoles(word).some((r) => r.score >= 0.8 && r.role !== 'name')) continue;
    const cells = body.map((r) => text(valueAt(grid, r, c))).filter((t): t is string => t !== null);
    if (cells.length < 3) continue;
    const verdicts = cells.filter((t) => statusWord(t) !== null).length;
    if (verdicts >= cells.length * 0.8) cols.push(c);
  }
  return cols;
}

/** The column left of the verdicts naming the places: texts, nearly all different, no verdicts. */
function placeColumn(grid: Grid, body: readonly number[], before: number): number | null {
  for (let c = before - 1; c >= 0; c--) {
    const cells = body.map((r) => text(valueAt(grid, r, c))).filter((t): t is string => t !== null);
    if (cells.length < body.length * 0.8) continue;
    if (cells.some((t) => statusWord(t) !== null)) return null;
    if (new Set(cells).size >= cells.length * 0.8) return c;
  }
  return null;
}

/**
 * The sheet as a list of its verdicts (place | measure | verdict), with the rows above its headings kept
 * as they are (its title states the period); null where the sheet is no table of verdicts only.
 */
export function statusGridAsList(grid: Grid): StatusList | null {
  if (grid.values.length > MAX_ROWS) return null;
  for (let h = 0; h < Math.min(HEADING_REACH, grid.values.length); h++) {
    const body = bodyRows(grid, h);
    if (body.length < 3) continue;
    const measures = verdictColumns(grid, h, body);
    if (measures.length < 2) continue;
    const place = placeColumn(grid, body, measures[0]);
    if (place === null) continue;
    return asList(grid, h, body, place, measures);
  }
  return null;
}

function asList(
  grid: Grid,
  h: number,
  body: readonly number[],
  place: number,
  measures: readonly number[],
): StatusList {
  const head = grid.values[h] ?? [];
  const chinese = measures.some((c) => hanCount(String(head[c] ?? '')) > 0);
  const headings = chinese ? ['地区', '指标名称', '达标情况'] : ['Area', 'Measure', 'Status'];
  const values: CellValue[][] = grid.values.slice(0, h).map((row) => [...(row ?? [])]);
  const where: { row: number; col: number }[][] = values.map((row, r) =>
    row.map((_, c) => ({ row: r, col: c })),
  );
  values.push(headings);
  where.push([
    { row: h, col: place },
    { row: h, col: measures[0] },
    { row: h, col: measures[0] },
  ]);
  for (const r of body) {
    // (A row of column numbers under the headings, 甲 | 乙 | 1 | 2, holds no verdict: no row of the list.)
    const verdicts = measures.filter((c) => {
      const t = text(valueAt(grid, r, c));
      return t !== null && statusWord(t) !== null;
    });
    if (verdicts.length === 0) continue;
    for (const c of measures) {
      values.push([valueAt(grid, r, place), head[c] ?? null, valueAt(grid, r, c)]);
      where.push([
        { row: r, col: place },
        { row: h, col: c },
        { row: r, col: c },
      ]);
    }
  }
  const list: Grid = {
    name: grid.name,
    originRow: grid.originRow,
    originCol: grid.originCol,
    values,
    // The title's merges stay; the list's own cells are single.
    merges: grid.merges.filter((m) => m.bottom < grid.originRow + h),
  };
  return { grid: list, heading: h, at: (row, col) => where[row]?.[col] ?? { row, col } };
}

/**
 * The list read, set back on the sheet: each cell at its own address, each indicator at the place's row
 * and named by its measure, the place its organisation.
 */
export function listBack(table: SheetTable, list: StatusList, grid: Grid): SheetTable {
  const toSheet = (row: number, col: number) => {
    const at = list.at(row - grid.originRow, col - grid.originCol);
    return { row: at.row + grid.originRow, col: at.col + grid.originCol };
  };
  const address = (a1: string | undefined): string | undefined => {
    const p = a1 ? parseCellAddress(a1) : null;
    if (!p) return a1;
    const at = toSheet(p.row, p.col);
    return `${columnLetters(at.col)}${at.row}`;
  };
  const indicators = table.indicators.map((i) => {
    const placed = mapSourceCells(i, (c) => ({ ...c, ...toSheet(c.row, c.col) })) as Indicator;
    // The list's place column is headed 地区 / Area beside 指标名称 / Measure, which the reader takes as the
    // rows' group (places beside a name column group the rows): that group is the place, the organisation.
    const org = i.category ?? null;
    return {
      ...placed,
      row: toSheet(i.row, grid.originCol).row,
      category: null,
      ...(org ? { org } : {}),
    };
  });
  const back = (d: Diagnostic): Diagnostic => (d.cell ? { ...d, cell: address(d.cell)! } : d);
  return {
    ...table,
    indicators,
    headerRows: table.headerRows.map((r) => toSheet(r, grid.originCol).row),
    diagnostics: table.diagnostics.map(back),
    ...(table.reading
      ? {
          reading: {
            ...table.reading,
            layout: 'cross-tab' as const,
            columns: table.reading.columns.map((c) => {
              const p = parseCellAddress(`${c.column}1`);
              const heading = grid.originRow + list.heading;
              return p ? { ...c, column: columnLetters(toSheet(heading, p.col).col) } : c;
            }),
          },
        }
      : {}),
  };
}
