/**
 * Finding the indicator table's header: one row, or two rows with group headers merged across the columns
 * under them ("一季度" over 目标 | 完成, "2019年" over 目标 | 完成情况). The candidate with the most columns
 * recognised wins; one that lacks the name or the target column says which, for the skip reason.
 */
import type { Grid } from '../model';
import { cellOf, rowIsEmpty, type Row } from './cells';
import {
  isActualGroup,
  isPlanGroup,
  isYearGroup,
  matchHeader,
  subHeaderKind,
  type HeaderMatch,
} from './headers';
import { levelRoles } from './headerWords';

/** How many rows holding something are searched for the header. */
const HEADER_SCAN_ROWS = 30;
/** How many rows (empty or not) at most are searched for the header. */
const HEADER_SCAN_LIMIT = 2000;

export const PLAIN_ROLES = [
  'id',
  'category',
  'name',
  'unit',
  'direction',
  'aggregation',
  'target',
  'cumulative',
  'owner',
  'notes',
] as const;
export type PlainRole = (typeof PLAIN_ROLES)[number];

/** Column of each role, as an index into the grid's rows (-1 = absent). */
export interface Columns {
  plain: Record<PlainRole, number>;
  quarters: number[];
  months: number[];
  milestones: number[];
}

function emptyColumns(): Columns {
  const plain = {} as Record<PlainRole, number>;
  for (const r of PLAIN_ROLES) plain[r] = -1;
  return {
    plain,
    quarters: [-1, -1, -1, -1],
    months: new Array<number>(12).fill(-1),
    milestones: [-1, -1, -1, -1],
  };
}

/** Assigns a column to a role unless the role already has one; true when assigned. */
function assign(cols: Columns, m: HeaderMatch, c: number): boolean {
  if (m.role === 'quarter' || m.role === 'month' || m.role === 'milestone') {
    const list = m.role === 'quarter' ? cols.quarters : m.role === 'month' ? cols.months : cols.milestones;
    const i = m.index ?? -1;
    if (i < 0 || i >= list.length || list[i] !== -1) return false;
    list[i] = c;
    return true;
  }
  const role = m.role as PlainRole;
  if (cols.plain[role] !== -1) return false;
  cols.plain[role] = c;
  return true;
}

export interface HeaderCandidate {
  /** Grid row indexes of the header (one or two). */
  readonly rows: readonly number[];
  readonly cols: Columns;
  readonly score: number;
  /** Texts of the header cells (for the year). */
  readonly texts: readonly string[];
}

/** Roles that are never a group header over other columns. */
const NEVER_GROUP = new Set(['id', 'category', 'name', 'unit', 'direction', 'aggregation', 'owner', 'notes']);

function rowMatches(row: Row): (HeaderMatch | null)[] {
  const out: (HeaderMatch | null)[] = [];
  if (!row) return out;
  const texts = new Map<number, string>();
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    out.push(typeof v === 'string' ? matchHeader(v) : null);
    if (typeof v === 'string') texts.set(c, v);
  }
  const levels = levelRoles(texts);
  if (levels) {
    out[levels.name] = { role: 'name' };
    out[levels.category] = { role: 'category' };
    for (const c of levels.aside) out[c] = null;
  }
  return out;
}

function singleCandidate(r: number, row: Row, matches: (HeaderMatch | null)[]): HeaderCandidate {
  const cols = emptyColumns();
  let score = 0;
  const texts: string[] = [];
  for (let c = 0; c < matches.length; c++) {
    const m = matches[c];
    if (m && assign(cols, m, c)) {
      score++;
      texts.push(String(cellOf(row, c)));
    }
  }
  return { rows: [r], cols, score, texts };
}

/** Resolves a lower header cell under its group header ("一季度" over 目标 | 完成, 完成情况 over 1月…). */
function resolveUnderGroup(group: string | null, lower: string): HeaderMatch | null {
  const lm = matchHeader(lower);
  if (group) {
    const kind = subHeaderKind(lower);
    const gm = matchHeader(group);
    if (kind && gm && (gm.role === 'quarter' || gm.role === 'milestone')) {
      return kind === 'plan' ? { role: 'milestone', index: gm.index } : { role: 'quarter', index: gm.index };
    }
    if (kind && gm && gm.role === 'month') return kind === 'actual' ? gm : null;
    if (kind && isYearGroup(group)) return kind === 'plan' ? { role: 'target' } : { role: 'cumulative' };
    if (lm && lm.role === 'quarter' && isPlanGroup(group)) return { role: 'milestone', index: lm.index };
    if (lm && lm.role === 'milestone' && isActualGroup(group) && !isPlanGroup(lower)) return lm;
  }
  return lm;
}

function doubleCandidate(
  r: number,
  upper: Row,
  upperMatches: (HeaderMatch | null)[],
  lower: Row,
  groupSpans: ReadonlyMap<number, number>,
): HeaderCandidate | null {
  if (!lower || !upper) return null;
  // The lower header row holds no numbers, and nothing under headers that are never groups.
  for (let c = 0; c < lower.length; c++) {
    const v = lower[c];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') return null;
    if (v.trim().length === 0) continue;
    const um = upperMatches[c];
    // (An adapter that copies a merged-down header into the cell below is tolerated.)
    if (um && NEVER_GROUP.has(um.role) && v !== cellOf(upper, c)) return null;
  }
  // Group text for every column covered by a horizontal merge starting in the upper row.
  const groupOf = new Map<number, string>();
  for (const [left, right] of groupSpans) {
    const g = cellOf(upper, left);
    if (typeof g !== 'string') continue;
    for (let c = left; c <= right; c++) groupOf.set(c, g);
  }
  const width = Math.max(upper.length, lower.length);
  periodGroupsUnmerged(upper, lower, width, groupOf);
  const cols = emptyColumns();
  let score = 0;
  let fromLower = 0;
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const uv = cellOf(upper, c);
    const upperText = typeof uv === 'string' && uv.trim().length > 0 ? uv : null;
    const lv = cellOf(lower, c);
    const lowerText = typeof lv === 'string' && lv.trim().length > 0 && lv !== upperText ? lv : null;
    if (!lowerText) {
      const um = upperMatches[c];
      // A group header's own column with nothing below: only plain headers merged down count.
      if (um && !groupSpans.has(c) && assign(cols, um, c)) {
        score++;
        texts.push(upperText ?? '');
      }
      continue;
    }
    const group = groupOf.get(c) ?? upperText;
    const m = resolveUnderGroup(group, lowerText);
    if (m) {
      if (assign(cols, m, c)) {
        score++;
        fromLower++;
        texts.push(lowerText);
        if (group) texts.push(group);
      }
    } else {
      const um = upperMatches[c];
      if (um && upperText && assign(cols, um, c)) {
        score++;
        texts.push(upperText);
      }
    }
  }
  if (fromLower === 0) return null;
  return { rows: [r, r + 1], cols, score, texts };
}

/**
 * A quarter's or a month's heading over sub-headings, left unmerged (Q1 | (blank) | Q2 | (blank) over
 * Target | Actual | Target | Actual): it heads the sub-headings up to the next heading above, as a merge
 * across them would. Only a period's heading that has a sub-heading under its own cell.
 */
function periodGroupsUnmerged(upper: Row, lower: Row, width: number, groupOf: Map<number, string>): void {
  let carried: string | null = null;
  for (let c = 0; c < width; c++) {
    if (groupOf.has(c)) {
      carried = null;
      continue;
    }
    const uv = cellOf(upper, c);
    const lv = cellOf(lower, c);
    const below = typeof lv === 'string' && lv.trim().length > 0;
    if (typeof uv === 'string' && uv.trim().length > 0) {
      const m = below ? matchHeader(uv) : null;
      carried = m && (m.role === 'quarter' || m.role === 'month') ? uv : null;
    } else if (uv !== null && uv !== undefined && uv !== '') carried = null;
    else if (carried && below) groupOf.set(c, carried);
    else carried = null;
  }
}

function isValid(c: HeaderCandidate): boolean {
  return c.cols.plain.name !== -1 && c.cols.plain.target !== -1;
}

/** Horizontal merges (left → right, grid columns) whose top-left cell is in each scanned grid row. */
function horizontalMerges(grid: Grid, fromRow: number, toRow: number): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const m of grid.merges) {
    if (m.right <= m.left) continue;
    const r = m.top - grid.originRow;
    if (r < fromRow || r > toRow) continue;
    let spans = out.get(r);
    if (!spans) out.set(r, (spans = new Map()));
    spans.set(m.left - grid.originCol, m.right - grid.originCol);
  }
  return out;
}

export interface HeaderSearch {
  readonly best: HeaderCandidate | null;
  /** Best candidate lacking a required column, for the skip reason. */
  readonly partial: HeaderCandidate | null;
}

export function findHeader(grid: Grid, firstRow: number): HeaderSearch {
  const values = grid.values;
  const rows: number[] = [];
  for (let r = firstRow; r < values.length && r < firstRow + HEADER_SCAN_LIMIT; r++) {
    if (!rowIsEmpty(values[r])) {
      rows.push(r);
      if (rows.length >= HEADER_SCAN_ROWS) break;
    }
  }
  if (rows.length === 0) return { best: null, partial: null };
  const merges = horizontalMerges(grid, rows[0], rows[rows.length - 1]);
  const matchCache = new Map<number, (HeaderMatch | null)[]>();
  const matchesOf = (r: number) => {
    let m = matchCache.get(r);
    if (!m) matchCache.set(r, (m = rowMatches(values[r])));
    return m;
  };
  let best: HeaderCandidate | null = null;
  let partial: HeaderCandidate | null = null;
  for (const r of rows) {
    const matches = matchesOf(r);
    const single = singleCandidate(r, values[r], matches);
    const candidates: HeaderCandidate[] = [];
    if (single.score >= 2 && r + 1 < values.length) {
      const dbl = doubleCandidate(r, values[r], matches, values[r + 1], merges.get(r) ?? new Map());
      if (dbl && dbl.score >= single.score) candidates.push(dbl);
    }
    candidates.push(single);
    for (const c of candidates) {
      if (isValid(c)) {
        if (!best || c.score > best.score) best = c;
      } else if (c.score >= 2 && (c.cols.plain.name !== -1 || c.cols.plain.target !== -1)) {
        if (!partial || c.score > partial.score) partial = c;
      }
    }
  }
  return { best, partial };
}
