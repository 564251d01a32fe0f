/**
 * The columns step as plain data: which column the user gives each role on a sheet the reader could not
 * read with confidence, pre-filled with the reader's guesses; the saved mappings per sheet, and which of
 * them still name a column the sheet has.
 */
import {
  type ColumnMapping,
  type Grid,
  headerKey,
  parseCellAddress,
  type SkipReason,
  USER_ROLES,
  type UserRole,
} from '../../engine';
import { type ColumnsBySheet, SETTING_LIMITS } from '../../addin/reportSettings';

export type NeedsColumns = Extract<SkipReason, { code: 'needs-columns' }>;

/** The column chosen for each role ('' = none). */
export type ColumnChoices = Readonly<Record<UserRole, string>>;

/** The drop-down's entries: a column letter and what the list shows ("C · 年度目标"). */
export interface ColumnOption {
  readonly column: string;
  readonly label: string;
}

export function columnOptions(reason: NeedsColumns): ColumnOption[] {
  return reason.columns.map((c) => ({
    column: c.column,
    label: c.header ? `${c.column} · ${c.header}` : c.column,
  }));
}

const isUserRole = (s: string | null): s is UserRole => s !== null && (USER_ROLES as string[]).includes(s);

/**
 * The choices the step opens with: the mapping saved for the sheet where it names one of its columns,
 * else the reader's guess (the first column guessed for a role), else none.
 */
export function initialChoices(reason: NeedsColumns, saved?: ColumnMapping): ColumnChoices {
  const letters = new Set(reason.columns.map((c) => c.column));
  const byHeader = new Map(reason.columns.map((c) => [headerKey(c.header), c.column]));
  const out = Object.fromEntries(USER_ROLES.map((r) => [r, ''])) as Record<UserRole, string>;
  for (const c of reason.columns) {
    if (isUserRole(c.guess) && out[c.guess] === '') out[c.guess] = c.column;
  }
  for (const role of USER_ROLES) {
    const ref = saved?.[role]?.trim();
    if (!ref) continue;
    const column = letters.has(ref.toUpperCase()) ? ref.toUpperCase() : byHeader.get(headerKey(ref));
    if (column) out[role] = column;
  }
  return out;
}

/** Columns given to more than one role. */
export function repeatedColumns(choices: ColumnChoices): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const role of USER_ROLES) {
    const c = choices[role];
    if (!c) continue;
    if (seen.has(c)) repeated.add(c);
    seen.add(c);
  }
  return [...repeated];
}

/** The mapping to save and read with: the roles given a column. */
export function mappingOf(choices: ColumnChoices): ColumnMapping {
  return Object.fromEntries(USER_ROLES.filter((r) => choices[r]).map((r) => [r, choices[r]]));
}

/** The saved mappings with this sheet's replaced (an empty mapping removes it), within the bound. */
export function withSheetColumns(all: ColumnsBySheet, sheet: string, mapping: ColumnMapping): ColumnsBySheet {
  const rest = Object.entries(all).filter(([name]) => name !== sheet);
  const next = Object.keys(mapping).length > 0 ? [...rest, [sheet, mapping] as const] : rest;
  return Object.fromEntries(next.slice(-SETTING_LIMITS.columnSheets));
}

/** A saved role naming a column the sheet no longer has. */
export interface MissingColumn {
  readonly sheet: string;
  readonly role: UserRole;
  readonly column: string;
}

/** Rows looked at for a heading named in a mapping (the reader looks as far). */
const HEADING_ROWS = 400;

/** Whether the grid has the column: by letter, a column holding something; by heading, a cell reading so. */
function hasColumn(grid: Grid, ref: string): boolean {
  const rows = grid.values ?? [];
  const cell = /^[A-Za-z]{1,3}$/.test(ref) ? parseCellAddress(`${ref}1`) : null;
  if (cell) {
    const c = cell.col - grid.originCol;
    return c >= 0 && rows.some((r) => r?.[c] !== null && r?.[c] !== undefined && r?.[c] !== '');
  }
  const key = headerKey(ref);
  return rows
    .slice(0, HEADING_ROWS)
    .some((r) => (r ?? []).some((v) => typeof v === 'string' && headerKey(v) === key));
}

/**
 * The saved mappings to read with: each role naming a column its sheet still has; the others are left
 * out and listed, for the pane to say so. Mappings of sheets not in the workbook are left out silently.
 */
export function usableColumns(
  all: ColumnsBySheet,
  grids: readonly Grid[],
): { columns: ColumnsBySheet; missing: MissingColumn[] } {
  const columns: Record<string, ColumnMapping> = {};
  const missing: MissingColumn[] = [];
  for (const grid of grids) {
    const mapping = all[grid.name];
    if (!mapping) continue;
    const kept: Partial<Record<UserRole, string>> = {};
    for (const role of USER_ROLES) {
      const ref = mapping[role];
      if (ref === undefined) continue;
      if (hasColumn(grid, ref)) kept[role] = ref;
      else missing.push({ sheet: grid.name, role, column: ref });
    }
    if (Object.keys(kept).length > 0) columns[grid.name] = kept;
  }
  return { columns, missing };
}
