/**
 * Measures kept as cards down the sheet, each under its own caption with a label and a figure a row
 * ("WPD South West (CI)", then Ofgem target | 58.1, IIS performance | 58.46, WPD performance | -0.6%
 * against target): read as one table, a row per card under the labels as headings, every cell keeping
 * its own address and every indicator the row of its result.
 */
import type { CellValue, Grid } from '../model';
import { headerRoles } from './headerWords';
import { isBlank, stringOf } from './cells';
import type { FoldedPairs } from './rowPairs';

/** Only small sheets: a page of cards holds a few dozen measures. */
const MAX_ROWS = 500;
/** A card has two labelled rows or more, and a few at most. */
const MAX_LABELS = 6;

interface Card {
  /** The caption's row (0-based), and the labelled rows under it. */
  readonly caption: number;
  readonly rows: readonly number[];
}

/** The filled columns of a row. */
function filled(row: readonly CellValue[] | undefined): number[] {
  const out: number[] = [];
  if (row) for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) out.push(c);
  return out;
}

/** A label a role's words name (Ofgem target, IIS performance, Status), in the column given, a value beside it. */
function labelAt(row: readonly CellValue[] | undefined, col: number): string | null {
  const cols = filled(row);
  if (cols.length !== 2 || cols[0] !== col || cols[1] !== col + 1) return null;
  const label = stringOf(row![col]);
  if (!label || label.length > 40 || /\d/.test(label)) return null;
  return headerRoles(label).length > 0 ? label : null;
}

/** The cards from the row given: a caption of one text, then labelled rows under it. */
function cardAt(values: Grid['values'], r: number): Card | null {
  const cols = filled(values[r]);
  if (cols.length !== 1 || typeof values[r][cols[0]] !== 'string') return null;
  const col = cols[0];
  const rows: number[] = [];
  for (let k = r + 1; k < values.length && rows.length < MAX_LABELS; k++) {
    if (labelAt(values[k], col) === null) break;
    rows.push(k);
  }
  return rows.length >= 2 ? { caption: r, rows } : null;
}

/** The labels of a card, as compared between cards. */
function labelsOf(values: Grid['values'], card: Card, col: number): string[] {
  return card.rows.map((r) => (stringOf(values[r][col]) ?? '').toLowerCase());
}

/**
 * The sheet's cards as one table (a heading row of the labels, a row per card), or null where the sheet
 * keeps no two cards of the same labels, or anything else between them but captions and blank rows.
 */
export function cardsFolded(grid: Grid): FoldedPairs | null {
  const values = grid.values;
  if (values.length > MAX_ROWS) return null;
  const cards: Card[] = [];
  for (let r = 0; r < values.length; r++) {
    const card = cardAt(values, r);
    if (!card) continue;
    cards.push(card);
    r = card.rows[card.rows.length - 1];
  }
  if (cards.length < 2) return null;
  const col = filled(values[cards[0].caption])[0];
  const labels = labelsOf(values, cards[0], col);
  if (!labels.some((l) => headerRoles(l)[0]?.role === 'target')) return null;
  for (const card of cards) {
    if (filled(values[card.caption])[0] !== col) return null;
    if (labelsOf(values, card, col).join('|') !== labels.join('|')) return null;
  }
  // Between the cards, only captions of their sections and blank rows.
  const first = cards[0].caption;
  const last = cards[cards.length - 1].rows[cards[0].rows.length - 1];
  const taken = new Set(cards.flatMap((c) => [c.caption, ...c.rows]));
  for (let r = first; r <= last; r++) if (!taken.has(r) && filled(values[r]).length > 1) return null;
  return fold(grid, cards, col, first, last);
}

/** The fold itself: the lines above kept in place, the heading row, a row per card. */
function fold(grid: Grid, cards: readonly Card[], col: number, first: number, last: number): FoldedPairs {
  const { values, originRow, originCol } = grid;
  const formats = grid.numberFormats;
  const cells = new Map<string, { row: number; col: number }>();
  const rows = new Map<number, number>();
  const outValues: CellValue[][] = [];
  const outFormats: (string | null | undefined)[][] = [];
  const put = (to: number, c: number, fromRow: number, fromCol: number) => {
    outValues[to][c] = values[fromRow]?.[fromCol] ?? null;
    outFormats[to][c] = formats?.[fromRow]?.[fromCol] ?? null;
    cells.set(`${originRow + to},${originCol + c}`, { row: originRow + fromRow, col: originCol + fromCol });
  };
  const line = () => {
    outValues.push([]);
    outFormats.push([]);
    return outValues.length - 1;
  };
  // The title and the lines above the first card, where they stand.
  for (let r = 0; r < first; r++) {
    const to = line();
    for (const c of filled(values[r])) put(to, c, r, c);
  }
  // A heading row of the first card's labels, over a blank corner.
  const head = line();
  cards[0].rows.forEach((r, i) => put(head, i + 1, r, col));
  // (The corner names the rows, as the captions do.)
  outValues[head][0] = null;
  // The result's label stands at the same place in every card (the labels are the same).
  const found = cards[0].rows.findIndex(
    (r) => headerRoles(stringOf(values[r][col]) ?? '')[0]?.role === 'actual',
  );
  const result = found >= 0 ? found : 0;
  for (const card of cards) {
    const to = line();
    put(to, 0, card.caption, col);
    card.rows.forEach((r, i) => put(to, i + 1, r, col + 1));
    rows.set(originRow + to, originRow + card.rows[result]);
  }
  return {
    grid: {
      ...grid,
      values: outValues,
      ...(formats ? { numberFormats: outFormats } : {}),
      merges: [],
      originCol,
    },
    cells,
    rows,
    span: { from: originRow + first, to: originRow + last },
  };
}
