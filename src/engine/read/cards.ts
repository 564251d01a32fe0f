/**
 * Measures kept as cards down the sheet, each under its own caption with a label and a figure a row
 * ("WPD South West (CI)", then Ofgem target | 58.1, IIS performance | 58.46, WPD performance | -0.6%
 * against target): read as one table, a row per card under the labels as headings, every cell keeping
 * its own address and every indicator the row of its result.
 */
import type { CellValue, Grid } from '../model';
import { headerKey } from '../core/normalize';
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

/**
 * A label a role's words name (Ofgem target, IIS performance, Status), in the column given, a value beside
 * it — or nothing beside it, where the form left that line empty (存在困难和问题 | ).
 */
function labelAt(row: readonly CellValue[] | undefined, col: number): string | null {
  const cols = filled(row);
  if (cols.length === 0 || cols.length > 2 || cols[0] !== col || (cols.length === 2 && cols[1] !== col + 1))
    return null;
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

/** A label as compared between cards: its words without spaces or line breaks (项 目\n名 称 is 项目名称). */
function labelKey(label: string): string {
  return headerKey(label).replace(/\s+/g, '');
}

/** The labels of a card, as compared between cards. */
function labelsOf(values: Grid['values'], card: Card, col: number): string[] {
  return card.rows.map((r) => labelKey(stringOf(values[r][col]) ?? ''));
}

/** The role a label's words name (name, target, actual, status…), or null. */
function roleOf(label: string): string | null {
  return headerRoles(label)[0]?.role ?? null;
}

/**
 * The sheet's cards as one table (a heading row of the labels, a row per card), or null where the sheet
 * keeps no two cards of the same labels, or anything else between them but captions and blank rows.
 * Cards that each name their item on a labelled row (a project's form: 项目名称 | 我市任务 | 进展情况 |
 * 进度是否滞后, one form a project under the report's title) may differ in their labels: the table has
 * every label any card has, a card's cell empty where it has none, and the captions are the forms' titles.
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
  if (cards.some((card) => filled(values[card.caption])[0] !== col)) return null;
  const labelText = (r: number) => stringOf(values[r][col]) ?? '';
  const named = cards.every((card) => card.rows.some((r) => roleOf(labelText(r)) === 'name'));
  const first = labelsOf(values, cards[0], col);
  if (!named && cards.some((card) => labelsOf(values, card, col).join('|') !== first.join('|'))) return null;
  // Every label of every card, in the order first met, with the words the first card to have it writes.
  const labels = new Map<string, string>();
  for (const card of cards)
    for (const r of card.rows)
      if (!labels.has(labelKey(labelText(r)))) labels.set(labelKey(labelText(r)), labelText(r));
  const roles = [...labels.values()].map(roleOf);
  if (!roles.includes('target') && !(named && roles.includes('status'))) return null;
  // Between the cards, only captions of their sections and blank rows.
  const top = cards[0].caption;
  const last = Math.max(...cards[cards.length - 1].rows);
  const taken = new Set(cards.flatMap((c) => [c.caption, ...c.rows]));
  for (let r = top; r <= last; r++) if (!taken.has(r) && filled(values[r]).length > 1) return null;
  return fold(grid, cards, col, top, last, [...labels.keys()], named);
}

/**
 * The fold itself: the lines above kept in place, the heading row, a row per card. `keys`: the labels,
 * in the table's order; `named`: the cards name their items, and their captions (the forms' titles) are
 * left out.
 */
function fold(
  grid: Grid,
  cards: readonly Card[],
  col: number,
  first: number,
  last: number,
  keys: readonly string[],
  named: boolean,
): FoldedPairs {
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
  // A heading row of the labels, over a blank corner where the captions name the rows.
  const lead = named ? 0 : 1;
  const keyAt = (r: number) => labelKey(stringOf(values[r][col]) ?? '');
  const head = line();
  keys.forEach((key, i) => {
    const card = cards.find((c) => c.rows.some((r) => keyAt(r) === key))!;
    put(
      head,
      i + lead,
      card.rows.find((r) => keyAt(r) === key)!,
      col,
    );
  });
  if (!named) outValues[head][0] = null;
  // The result's label: the row each card's indicator stands on.
  const resultKey = keys.find((k) => headerRoles(k)[0]?.role === 'actual') ?? keys[0];
  for (const card of cards) {
    const to = line();
    if (!named) put(to, 0, card.caption, col);
    for (const r of card.rows) put(to, keys.indexOf(keyAt(r)) + lead, r, col + 1);
    const result = card.rows.find((r) => keyAt(r) === resultKey) ?? card.rows[0];
    rows.set(originRow + to, originRow + result);
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
