/**
 * Targets and results kept in rows of their own, one pair per measure: "Target % answered by due date"
 * over "Actual % answered by due date" (the kinds of work across); a measure's row with a Target row and
 * an Actual row under it (the quarters across); "Homes built | Target | 200" over "| Actual | 97" (a label
 * column beside the name). Read as the same table with each pair folded into one row, a target's column
 * and a result's under each heading, every cell keeping its own address and every indicator the row that
 * names it.
 */
import type { CellValue, Diagnostic, Grid, Indicator, SheetTable } from '../model';
import { mapSourceCells } from './sourceCells';
import { columnLetters, parseCellAddress } from '../core/address';
import { parseNumberText } from '../core/quantity';
import { headingPeriod } from './findTables';
import { headerRoles } from './headerWords';
import { rowIsEmpty, stringOf } from './cells';

/** Only small sheets are folded: a table kept in pairs of rows has a few dozen measures. */
const MAX_ROWS = 2_000;
/** The label column is one of the sheet's first columns. */
const LABEL_COLUMNS = 4;

type PairRole = 'target' | 'actual';

interface Label {
  readonly role: PairRole;
  /** The words after the role's (% answered by due date), '' for the role's word alone. */
  readonly rest: string;
}

interface Pair {
  readonly target: number;
  readonly actual: number;
  /** The row that names the measure, and its name. */
  readonly nameRow: number;
  readonly nameCol: number;
  readonly name: string;
}

export interface FoldedPairs {
  readonly grid: Grid;
  /** The sheet's own cell (1-based row, column) of each folded cell, keyed `row,col` in the folded grid. */
  readonly cells: ReadonlyMap<string, { readonly row: number; readonly col: number }>;
  /** The sheet's row that names each folded row's measure, by the folded row (1-based). */
  readonly rows: ReadonlyMap<number, number>;
  /** The sheet's rows (1-based) the pairs and their headings take: another table may stand outside them. */
  readonly span: { readonly from: number; readonly to: number };
  /** Cells and rows the map leaves out stand where they are (a grid changed only in part). */
  readonly inPlace?: true;
}

/**
 * The role a short word names, each word asked once: a sheet's first columns repeat a few words (Target,
 * Actual, Number, Percentage…) down thousands of rows. Bounded, for a sheet of words all different.
 */
const ROLE_SEEN = new Map<string, PairRole | null>();
const SEEN_MAX = 1024;

function roleOf(text: string): PairRole | null {
  let role = ROLE_SEEN.get(text);
  if (role === undefined) {
    const top = headerRoles(text)[0];
    role = top && top.score >= 1 && (top.role === 'target' || top.role === 'actual') ? top.role : null;
    if (ROLE_SEEN.size >= SEEN_MAX) ROLE_SEEN.clear();
    ROLE_SEEN.set(text, role);
  }
  return role;
}

/** A target's or a result's label: the role's word alone (Target, 实际), or first (Target % answered). */
function labelOf(v: CellValue | undefined): Label | null {
  if (typeof v !== 'string' || v.length > 80) return null;
  // (A longer text, or one with a figure in it, must open with a word of letters: most names, and 指标1-1
  // or "1", are passed over here.)
  if ((v.length > 14 || /\d/.test(v)) && !LEADING_WORD.test(v)) return null;
  const t = stringOf(v);
  if (!t) return null;
  const word = t.replace(/[\s:：]+$/, '');
  // (A role's word alone has no figure in it: 指标1-1 and "1" are passed over unasked.)
  if (word.length <= 12 && !/\d/.test(word)) {
    const role = roleOf(word);
    if (role) return { role, rest: '' };
  }
  const m = /^([A-Za-z]{1,12})[\s:：-]+(\S.*)$/.exec(t);
  const role = m ? roleOf(m[1]) : null;
  if (m && role) return { role, rest: m[2].trim().toLowerCase() };
  // The role's word last (Electronic take up target | Electronic take up (actual)).
  const e = /^(\S.*?)[\s:：-]+[(（]?([A-Za-z]{1,12})[)）]?$/.exec(t);
  const last = e ? roleOf(e[2]) : null;
  return e && last ? { role: last, rest: e[1].trim().toLowerCase() } : null;
}

/** The words of a label that name the measure, as written (the role's word left out). */
function restAsWritten(written: string, rest: string): string {
  const at = written.toLowerCase().indexOf(rest);
  return at < 0 ? written : written.slice(at, at + rest.length).trim();
}

const LEADING_WORD = /^\s*[A-Za-z]{1,12}[\s:：-]/;

/** A figure, typed or written as text ("0.95", "1,130", "89%"). */
function isFigure(v: CellValue | undefined): boolean {
  return typeof v === 'number' || (typeof v === 'string' && v.length <= 24 && parseNumberText(v) !== null);
}

function hasFigureAfter(row: readonly CellValue[] | undefined, col: number): boolean {
  return (row ?? []).some((v, c) => c > col && isFigure(v));
}

/** The measure a pair of role labels belongs to: the words they share, a name beside, or the row above. */
function pairName(
  grid: Grid,
  top: number,
  col: number,
  rest: string,
): Omit<Pair, 'target' | 'actual'> | null {
  const values = grid.values;
  if (rest !== '') {
    // Both rows name it: the result's row stands for it.
    const own = labelOf(values[top]?.[col])?.role === 'actual' ? top : top + 1;
    const written = stringOf(values[own]?.[col])!;
    return { nameRow: own, nameCol: col, name: restAsWritten(written, rest) };
  }
  for (let c = col - 1; c >= 0; c--) {
    const t = stringOf(values[top]?.[c]);
    if (t && !/^\d{1,3}[.)]?$/.test(t)) return { nameRow: top, nameCol: c, name: t };
  }
  // The measure's own row above, with no figure of its own.
  const above = values[top - 1];
  if (!above || hasFigureAfter(above, col)) return null;
  for (let c = 0; c <= col; c++) {
    const t = stringOf(above[c]);
    if (t && !labelOf(t)) return { nameRow: top - 1, nameCol: c, name: t };
  }
  return null;
}

function pairsIn(grid: Grid): { col: number; pairs: Pair[] } | null {
  const values = grid.values;
  if (values.length > MAX_ROWS) return null;
  for (let col = 0; col < LABEL_COLUMNS; col++) {
    const pairs: Pair[] = [];
    const alone: Pair[] = [];
    for (let r = 0; r < values.length; r++) {
      const a = labelOf(values[r]?.[col]);
      if (!a) continue;
      const b = labelOf(values[r + 1]?.[col]);
      const figures = hasFigureAfter(values[r], col);
      if (b && a.role !== b.role && a.rest === b.rest && (figures || hasFigureAfter(values[r + 1], col))) {
        const named = pairName(grid, r, col, a.rest);
        if (named) {
          pairs.push({
            target: a.role === 'target' ? r : r + 1,
            actual: a.role === 'actual' ? r : r + 1,
            ...named,
          });
          r++;
          continue;
        }
      }
      // A measure with only its result's row (Actual volume of replies completed) or only its target's.
      if (a.rest !== '' && figures) {
        const name = stringOf(values[r]?.[col])!;
        alone.push({
          target: a.role === 'target' ? r : -1,
          actual: a.role === 'actual' ? r : -1,
          nameRow: r,
          nameCol: col,
          name: restAsWritten(name, a.rest),
        });
      }
    }
    if (pairs.length >= 2) {
      // A lone target's or result's row counts only in the pairs' own block of rows (no blank row between).
      let top = Math.min(...pairs.map((p) => Math.min(p.target, p.actual, p.nameRow)));
      let bottom = Math.max(...pairs.map((p) => Math.max(p.target, p.actual, p.nameRow)));
      while (top > 0 && !rowIsEmpty(values[top - 1])) top--;
      while (bottom + 1 < values.length && !rowIsEmpty(values[bottom + 1])) bottom++;
      const near = alone.filter((p) => p.nameRow >= top && p.nameRow <= bottom);
      return { col, pairs: [...pairs, ...near].sort((x, y) => x.nameRow - y.nameRow) };
    }
  }
  return null;
}

/** The columns after the labels that hold a figure in a pair's rows. */
function valueColumns(grid: Grid, col: number, pairs: readonly Pair[]): number[] {
  const out = new Set<number>();
  for (const p of pairs) {
    for (const r of [p.target, p.actual]) {
      if (r < 0) continue;
      (grid.values[r] ?? []).forEach((v, c) => {
        if (c > col && v !== null && v !== undefined && v !== '') out.add(c);
      });
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The row of headings over the value columns: the nearest row above the first pair with words only there. */
function headingRow(grid: Grid, first: number, cols: readonly number[]): number {
  for (let r = first - 1; r >= 0; r--) {
    const row = grid.values[r] ?? [];
    // (Rows of figures between, a measure's other lines, are passed over.)
    if (cols.some((c) => isFigure(row[c]))) continue;
    if (cols.filter((c) => stringOf(row[c])).length >= Math.min(2, cols.length)) return r;
    // (A blank row ends the pairs' own table: headings above it are another's.)
    if (rowIsEmpty(row)) return -1;
  }
  return -1;
}

/**
 * The sheet with each pair of a target's row and a result's row folded into one row, or null where the
 * sheet keeps no such pairs (two at least, in one of its first columns).
 */
export function rowPairsFolded(grid: Grid): FoldedPairs | null {
  const found = pairsIn(grid);
  if (!found) return null;
  const { col, pairs } = found;
  const cols = valueColumns(grid, col, pairs);
  if (cols.length === 0) return null;
  const firstName = Math.min(...pairs.map((p) => p.nameRow));
  const head = headingRow(grid, firstName, cols);
  const headings = cols.map((c) => (head >= 0 ? stringOf(grid.values[head]?.[c]) : null));
  // Periods or names of their own over each pair (Q1 | Q2, MC | PQ): a heading over Target | Actual; words
  // of a role or a span (Annual | YTD): one heading each, "Annual Target", "YTD Actual".
  const grouped =
    headings.every((h) => h !== null) &&
    headings.every((h) => headingPeriod(h!) !== null || headerRoles(h!).length === 0);
  const values: CellValue[][] = [];
  // The cells' number formats where they were taken (95% typed as 0.95), nothing for the fold's headings.
  const formats: (string | null)[][] = [];
  const cells = new Map<string, { row: number; col: number }>();
  const rows = new Map<number, number>();
  const titleEnd = head >= 0 ? head : firstName;
  // The pairs' own title and caption lines above their headings, up to a row with a figure (another
  // table may stand above).
  let captionFrom = titleEnd;
  while (captionFrom > 0 && !hasFigureAfter(grid.values[captionFrom - 1], -1)) captionFrom--;
  for (let r = captionFrom; r < titleEnd; r++) values.push([...(grid.values[r] ?? [])]);
  const nameHeading = head >= 0 ? (stringOf(grid.values[head]?.[pairs[0].nameCol]) ?? 'Measure') : 'Measure';
  if (headings.every((h) => h === null)) values.push([nameHeading, 'Target', 'Actual']);
  else if (grouped) {
    values.push([nameHeading, ...headings.flatMap((h) => [h, null])]);
    values.push([null, ...headings.flatMap(() => ['Target', 'Actual'])]);
  } else values.push([nameHeading, ...headings.flatMap((h) => [`${h} Target`, `${h} Actual`])]);
  const single = headings.every((h) => h === null);
  for (const p of pairs) {
    const at = values.length;
    const row: CellValue[] = [p.name];
    const rowFormats: (string | null)[] = [null];
    cells.set(`${at + 1},1`, { row: p.nameRow + grid.originRow, col: p.nameCol + grid.originCol });
    rows.set(at + 1, p.nameRow + grid.originRow);
    const take = (r: number, c: number) => {
      if (r >= 0)
        cells.set(`${at + 1},${row.length + 1}`, { row: r + grid.originRow, col: c + grid.originCol });
      row.push(r >= 0 ? (grid.values[r]?.[c] ?? null) : null);
      rowFormats.push(r >= 0 ? (grid.numberFormats?.[r]?.[c] ?? null) : null);
    };
    if (single) {
      const c = cols[cols.length - 1];
      take(p.target, c);
      take(p.actual, c);
    } else {
      for (const c of cols) {
        take(p.target, c);
        take(p.actual, c);
      }
    }
    formats[values.length] = rowFormats;
    values.push(row);
  }
  const last = Math.max(...pairs.map((p) => Math.max(p.target, p.actual, p.nameRow)));
  return {
    grid: {
      name: grid.name,
      originRow: 1,
      originCol: 1,
      values,
      merges: [],
      ...(grid.numberFormats ? { numberFormats: values.map((_, r) => formats[r] ?? []) } : {}),
    },
    cells,
    rows,
    span: { from: titleEnd + grid.originRow, to: last + grid.originRow },
  };
}

/**
 * The table read from the folded grid, its cells put back where the sheet has them; null where a cell
 * it read has no place on the sheet (a heading the fold wrote).
 */
export function unfolded(table: SheetTable, folded: FoldedPairs): SheetTable | null {
  let lost = false;
  const back = (x: unknown): unknown =>
    mapSourceCells(x, (c) => {
      const at = folded.cells.get(`${c.row},${c.col}`);
      // (An empty cell the fold wrote, where a measure has no target's row, has no place to be lost.)
      if (!at && !folded.inPlace && c.value !== null && c.value !== undefined && c.value !== '') lost = true;
      return at ? { ...c, row: at.row, col: at.col } : c;
    });
  const address = (a1: string | undefined): string | undefined => {
    const p = a1 ? parseCellAddress(a1) : null;
    const at = p ? folded.cells.get(`${p.row},${p.col}`) : undefined;
    return at ? `${columnLetters(at.col)}${at.row}` : a1;
  };
  const diagnostic = (d: Diagnostic): Diagnostic => (d.cell ? { ...d, cell: address(d.cell)! } : d);
  const indicators = table.indicators.map((i) => {
    const row = folded.rows.get(i.row);
    return { ...(back(i) as Indicator), row: row ?? i.row };
  });
  if (lost || (!folded.inPlace && table.indicators.some((i) => !folded.rows.has(i.row)))) return null;
  if (folded.inPlace) return { ...table, indicators, diagnostics: table.diagnostics.map(diagnostic) };
  const { reading: _reading, ...rest } = table;
  return {
    ...rest,
    indicators,
    headerRows: [],
    diagnostics: table.diagnostics.map(diagnostic),
  };
}
