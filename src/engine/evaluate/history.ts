/**
 * Check-in history: a snapshot per check-in (period, when, and per indicator its key, target, actual,
 * expected and status), stored as a plain table (a sheet the add-in owns, or a history workbook for the
 * CLI). The comparison with the previous check-in is in changes.ts.
 */
import { hasHistoryHeader } from '../core/ownOutput';
import { normalizeText } from '../core/normalize';
import { periodRank } from '../core/period';
import {
  HISTORY_COLUMNS,
  HISTORY_SHEET_NAME,
  STATUSES,
  type CellValue,
  type CheckInSnapshot,
  type Diagnostic,
  type Evaluation,
  type Grid,
  type HistoryRow,
  type Lang,
  type SheetSource,
  type SnapshotEntry,
  type Status,
} from '../model';
import { shownName } from '../core/text';

export function historyKey(sheet: string, id: string | null, name: string): string {
  return `${normalizeText(sheet)}|${id ? normalizeText(id) : normalizeText(name)}`;
}

/** historyKey with each sheet's part made once (a snapshot holds one key per indicator). */
function historyKeys(): (sheet: string, id: string | null, name: string) => string {
  const prefixes = new Map<string, string>();
  return (sheet, id, name) => {
    let prefix = prefixes.get(sheet);
    if (prefix === undefined) prefixes.set(sheet, (prefix = `${normalizeText(sheet)}|`));
    return prefix + (id ? normalizeText(id) : normalizeText(name));
  };
}

export function snapshotFromEvaluations(
  evaluations: readonly Evaluation[],
  period: string,
  takenAt: string,
): CheckInSnapshot {
  const keyOf = historyKeys();
  return {
    period,
    takenAt,
    entries: evaluations.map((e) => ({
      key: keyOf(e.indicator.sheet, e.indicator.id, e.indicator.name),
      sheet: e.indicator.sheet,
      id: e.indicator.id,
      name: shownName(e.indicator),
      category: e.indicator.category,
      target: e.target?.value ?? null,
      actual: e.actual?.value ?? null,
      expected: e.expected,
      completion: e.completion,
      status: e.status,
    })),
  };
}

/** Adds a snapshot; a snapshot of the same period replaces the earlier one. Sorted by period. */
export function recordCheckIn(
  history: readonly CheckInSnapshot[],
  snapshot: CheckInSnapshot,
): CheckInSnapshot[] {
  return [...history.filter((s) => s.period !== snapshot.period), snapshot].sort(
    (a, b) => periodRank(a.period) - periodRank(b.period),
  );
}

/** The latest snapshot of a period before `period`, or null. */
export function previousSnapshot(
  history: readonly CheckInSnapshot[],
  period: string,
): CheckInSnapshot | null {
  const rank = periodRank(period);
  let best: CheckInSnapshot | null = null;
  for (const s of history) {
    const r = periodRank(s.period);
    if (r < rank && (!best || r > periodRank(best.period))) best = s;
  }
  return best;
}

// ───────────── storage as a table ─────────────

/**
 * The check-in history among a workbook's grids: a sheet named like the history sheet (either language,
 * any letter case) holding the history table — with both, the one named in `lang` wins — else the first
 * sheet holding the table under another name (a renamed history sheet). Null when there is none, e.g.
 * before the first check-in or when a user's own sheet merely carries that name.
 */
export function findHistoryGrid(sources: readonly SheetSource[], lang?: Lang): Grid | null {
  const names = Object.values(HISTORY_SHEET_NAME).map((n) => n.toLowerCase());
  const withTable = sources.map((s) => s.grid).filter(hasHistoryHeader);
  const named = withTable.filter((g) => names.includes(g.name.trim().toLowerCase()));
  const preferred = lang
    ? named.find((g) => g.name.trim().toLowerCase() === HISTORY_SHEET_NAME[lang].toLowerCase())
    : undefined;
  return preferred ?? named[0] ?? withTable[0] ?? null;
}

/** How a history table shows a check-in to a reader: the local date-time and the status in words. */
export interface HistoryShown {
  readonly localTime: (iso: string) => string;
  readonly statusName: (status: Status) => string;
}

/** Without words: the stored timestamp and the status code (what a test or a machine reads). */
const AS_STORED: HistoryShown = { localTime: (iso) => iso, statusName: (s) => s };

/** The whole history as rows (the header of codes first), in HISTORY_COLUMNS order. */
export function historyToRows(
  history: readonly CheckInSnapshot[],
  shown: HistoryShown = AS_STORED,
): HistoryRow[] {
  const rows: HistoryRow[] = [[...HISTORY_COLUMNS]];
  for (const s of history) {
    const recorded = shown.localTime(s.takenAt);
    for (const e of s.entries) {
      rows.push([
        s.period,
        s.takenAt,
        recorded,
        e.key,
        e.sheet,
        e.id,
        e.name,
        e.category,
        e.target,
        e.actual,
        e.expected,
        e.completion,
        e.status,
        shown.statusName(e.status),
      ]);
    }
  }
  return rows;
}

function asText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}
function asNumber(v: CellValue | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** Reads a history table back from a grid (the history sheet). Rows it cannot read are named in diagnostics. */
export function historyFromGrid(
  grid: Grid,
  file?: string,
): { history: CheckInSnapshot[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const headerIndex = grid.values.findIndex(
    (r) => r && asText(r[0]) === 'period' && asText(r[1]) === 'taken_at',
  );
  if (headerIndex < 0) return { history: [], diagnostics };
  const header = grid.values[headerIndex].map((v) => asText(v));
  const col = (name: (typeof HISTORY_COLUMNS)[number]) => header.indexOf(name);
  const byPeriod = new Map<string, { takenAt: string; entries: SnapshotEntry[] }>();
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || row.length === 0) continue;
    const period = asText(row[col('period')]);
    const status = asText(row[col('status')]) as Status | null;
    const name = asText(row[col('name')]);
    const sheet = asText(row[col('sheet')]);
    if (!period || periodRank(period) < 0 || !status || !STATUSES.includes(status) || !name || !sheet) {
      if (row.some((v) => v !== null && v !== '')) {
        diagnostics.push({
          file,
          sheet: grid.name,
          cell: `A${grid.originRow + r}`,
          severity: 'warning',
          code: 'history-row-unreadable',
        });
      }
      continue;
    }
    const id = asText(row[col('id')]);
    const entry: SnapshotEntry = {
      key: asText(row[col('key')]) ?? historyKey(sheet, id, name),
      sheet,
      id,
      name,
      category: asText(row[col('category')]),
      target: asNumber(row[col('target')]),
      actual: asNumber(row[col('actual')]),
      expected: asNumber(row[col('expected')]),
      completion: asNumber(row[col('completion')]),
      status,
    };
    const slot = byPeriod.get(period) ?? { takenAt: asText(row[col('taken_at')]) ?? '', entries: [] };
    slot.entries.push(entry);
    byPeriod.set(period, slot);
  }
  const history = [...byPeriod.entries()]
    .map(([period, s]) => ({ period, takenAt: s.takenAt, entries: s.entries }))
    .sort((a, b) => periodRank(a.period) - periodRank(b.period));
  return { history, diagnostics };
}
