/**
 * The check-in history sheet: one visible sheet the add-in owns ("对标记录" / "Check-in history"), holding
 * the whole history table (engine historyToRows) and protected against accidental edits.
 *
 * Layout: row 1 a note saying what the sheet is, row 2 the column labels in the report language (the
 * engine's historyWords), row 3 the language-neutral column codes ("period", "taken_at", …) that
 * historyFromGrid looks for (hidden), then one row per indicator per check-in (engine historyTable: the
 * local date-time and the status in words shown; the stored timestamp, match key and status code in
 * hidden columns). Rows 1–3 stay frozen. Each write replaces the whole table (the engine
 * has already replaced the snapshot of a re-run period), so two writes of the same history give the same
 * sheet.
 *
 * Which sheet: a sheet named like the history sheet in either language that the add-in owns — its id is
 * in the workbook settings' owned sheet ids AND it holds the header codes in A:B of its first rows (the
 * settings alone are not trusted, see ownership.ts). With none, the sheet is created under the report
 * language's name. A sheet of that name the add-in did not make is never touched (PortError name-taken).
 *
 * Protection: the sheet is protected without a password (worksheet.protection, ExcelApi 1.2, inside the
 * 1.7 baseline), with column widths and row heights left adjustable. Before writing, the add-in lifts
 * that protection; when someone has protected the sheet with a password, unprotecting fails and the
 * write stops with PortError sheet-protected, nothing changed.
 *
 * Round trips (constant): sync 1 lists the sheets with their protection, and the workbook protection;
 * sync 2 only when a sheet has one of the names (reads its first rows); one sync to lift the protection
 * when the sheet is protected; then the writes, packed by estimated size into batches under ~3.5 MB
 * (payload.ts): one sync up to tens of thousands of rows, one more per ~3.5 MB beyond. Protecting again
 * is part of the last batch. So a first check-in takes 2 syncs and each later one 4. With the report
 * (writeReport's `history` option) the listing and the first-rows probe are shared with the report's.
 *
 * Text safety as in writeReport: strings are written with Excel's text marker (a leading apostrophe,
 * which Excel strips), so keys, ids such as "001", dates and "=…" stay exactly the text written.
 */
import {
  columnLetters,
  displayWidth,
  HISTORY_HEADER_SEARCH_ROWS,
  HISTORY_HIDDEN_COLUMNS,
  HISTORY_SHEET_NAME,
  historyWords,
  type Lang,
} from '../../engine';
import { PortError } from '../port';
import {
  MAX_CHUNK_BYTES,
  OP_OVERHEAD_BYTES,
  op,
  packBatches,
  runBatches,
  utf8Length,
  type Op,
} from './payload';
import { supports, type HostEnv } from './requirements';
import { ownedSheetIds, persist, setOwnedSheetIds } from './settings';
import { charsToPoints } from './columnWidth';

export type HistoryTableRow = readonly (string | number | null)[];

/** 1-based worksheet row of the header codes; the note and the labels sit above it. */
export const HISTORY_HEADER_ROW = 3;

/** What the protection still allows: resizing columns and rows. */
export const HISTORY_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** Column widths in characters per column code. */
const WIDTHS: Readonly<Record<string, number>> = {
  period: 8,
  taken_at: 24,
  recorded: 17,
  key: 26,
  sheet: 16,
  id: 10,
  name: 32,
  category: 16,
  target: 13,
  actual: 13,
  expected: 13,
  completion: 11,
  status: 11,
  status_name: 12,
};
const DEFAULT_WIDTH = 13;
const PERCENT_COLUMNS = new Set(['completion']);

/** The value sent to Excel for one history cell: text with the text marker, finite numbers, else empty. */
export function historyCellValue(v: string | number | null | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return v === '' ? '' : `'${v}`;
}

function cellBytes(v: string | number): number {
  return typeof v === 'number' ? String(v).length : utf8Length(JSON.stringify(v));
}

function otherLang(lang: Lang): Lang {
  return lang === 'zh-CN' ? 'en-US' : 'zh-CN';
}

function hasHeaderCodes(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row[0] === 'period' && row[1] === 'taken_at');
}

/** The worksheets (name, id, visibility, protection) and the workbook's structure protection: one sync. */
export interface SheetListing {
  readonly worksheets: Excel.WorksheetCollection;
  readonly workbookProtected: boolean;
}

export async function listSheets(context: Excel.RequestContext): Promise<SheetListing> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility,items/protection/protected');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  return { worksheets, workbookProtected: protection.protected };
}

/** Where the check-in goes: the add-in's own history sheet, or a new one (target null). */
export interface HistoryPlan {
  readonly target: Excel.Worksheet | null;
  readonly ownName: string;
  readonly lang: Lang;
  readonly rows: readonly HistoryTableRow[];
}

/**
 * Queues the loads that tell whether a sheet named like the history sheet is the add-in's (its first
 * rows); `resolve`, after the next sync, gives the plan or throws (name-taken, sheet-protected).
 * `needsSync` is false when there is nothing to look at.
 */
export function probeHistory(
  listing: SheetListing,
  host: HostEnv,
  rows: readonly HistoryTableRow[],
  lang: Lang,
): { readonly needsSync: boolean; resolve(): HistoryPlan } {
  const header = rows[0];
  if (!header || header[0] !== 'period' || header[1] !== 'taken_at') {
    throw new PortError('unknown', 'the check-in history has no header row');
  }
  const ownName = HISTORY_SHEET_NAME[lang];
  const items = listing.worksheets.items;
  const existing: Excel.Worksheet[] = [];
  for (const name of [ownName, HISTORY_SHEET_NAME[otherLang(lang)]]) {
    const ws = items.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (ws && !existing.includes(ws)) existing.push(ws);
  }
  const probes = existing.map((ws) => {
    const head = ws.getRange(`A1:B${HISTORY_HEADER_SEARCH_ROWS}`);
    head.load('values');
    return { ws, head };
  });
  return {
    needsSync: probes.length > 0,
    resolve: () => {
      // The add-in's only when both agree: its id is recorded and it holds the header codes.
      const owned = new Set(ownedSheetIds(host.settings));
      const ours = probes.find((p) => owned.has(p.ws.id) && hasHeaderCodes(p.head.values));
      const clash = existing.find((w) => w.name.toLowerCase() === ownName.toLowerCase());
      if (!ours && clash) {
        throw new PortError(
          'name-taken',
          `a sheet named "${clash.name}" already exists and was not made by Target Report`,
          clash.name,
        );
      }
      if (!ours && listing.workbookProtected) {
        throw new PortError('sheet-protected', 'the workbook structure is protected; no sheet can be added');
      }
      return { target: ours?.ws ?? null, ownName, lang, rows };
    },
  };
}

/** One sync: lifts the protection of the add-in's history sheet (ours has no password). */
export async function unprotectHistory(context: Excel.RequestContext, plan: HistoryPlan): Promise<void> {
  const target = plan.target;
  if (!target || !target.protection.protected) return;
  target.protection.unprotect();
  try {
    await context.sync();
  } catch {
    throw passwordProtected(target.name);
  }
}

/**
 * The writes of a check-in: clear (or add) the sheet, the table, freeze and protect. `sheet()` gives the
 * written sheet once the ops have run (its id loaded when it was added).
 */
export function historyOps(
  worksheets: Excel.WorksheetCollection,
  plan: HistoryPlan,
): { readonly ops: Op[]; sheet(): Excel.Worksheet } {
  const holder: { ws: Excel.Worksheet | null } = { ws: plan.target };
  const ws = (): Excel.Worksheet => holder.ws as Excel.Worksheet;
  const ops: Op[] = [];
  const target = plan.target;
  if (target) {
    const hidden = target.visibility !== 'Visible';
    ops.push(
      op(() => {
        const all = target.getRange();
        all.unmerge();
        all.clear('All');
        all.format.useStandardWidth = true;
        all.format.useStandardHeight = true;
        if (hidden) target.visibility = 'Visible';
      }, 5 * OP_OVERHEAD_BYTES),
    );
  } else {
    ops.push(op(() => (holder.ws = worksheets.add(plan.ownName))));
  }
  for (const item of tableOps(ws, plan.rows, plan.lang)) ops.push(item);
  ops.push(
    op(() => {
      ws().freezePanes.freezeRows(HISTORY_HEADER_ROW);
      ws().protection.protect(HISTORY_PROTECTION);
      if (!target) ws().load('id');
    }, 2 * OP_OVERHEAD_BYTES),
  );
  return { ops, sheet: ws };
}

export async function writeHistory(
  context: Excel.RequestContext,
  host: HostEnv,
  rows: readonly HistoryTableRow[],
  lang: Lang,
): Promise<{ sheetName: string }> {
  const listing = await listSheets(context);
  const probe = probeHistory(listing, host, rows, lang);
  if (probe.needsSync) await context.sync();
  const plan = probe.resolve();
  await unprotectHistory(context, plan);
  const { ops, sheet } = historyOps(listing.worksheets, plan);
  if (supports(host, 'suspendScreenUpdating')) {
    ops.unshift(op(() => context.application.suspendScreenUpdatingUntilNextSync()));
  }
  try {
    await runBatches(context, packBatches(ops));
  } catch (error) {
    await reprotectHistory(context, plan);
    throw error;
  }
  if (!plan.target) {
    setOwnedSheetIds(host.settings, [...ownedSheetIds(host.settings), sheet().id]);
    await persist(host.settings);
  }
  return { sheetName: plan.target ? plan.target.name : plan.ownName };
}

function passwordProtected(name: string): PortError {
  return new PortError(
    'sheet-protected',
    `the sheet "${name}" is protected with a password; remove the protection to record the check-in`,
    name,
  );
}

/** After a failed write, puts the protection back (best effort; it may still be on). */
export async function reprotectHistory(context: Excel.RequestContext, plan: HistoryPlan): Promise<void> {
  if (!plan.target) return;
  try {
    plan.target.protection.protect(HISTORY_PROTECTION);
    await context.sync();
  } catch {
    // Already protected, or the workbook is gone: nothing more to do.
  }
}

/** Note, labels, then the table in row blocks under MAX_CHUNK_BYTES; formats and column widths. */
function tableOps(ws: () => Excel.Worksheet, rows: readonly HistoryTableRow[], lang: Lang): Op[] {
  const codes = rows[0].map((c) => (typeof c === 'string' ? c : ''));
  const width = rows.reduce((m, r) => Math.max(m, r.length), codes.length);
  const last = columnLetters(width);
  const words = historyWords(lang);
  const labels: Readonly<Record<string, string>> = words.columns;
  const note = words.note;
  const label = (c: number): string => labels[codes[c]] ?? codes[c] ?? '';
  const top = HISTORY_HEADER_ROW - 1; // 0-based row of the codes
  const ops: Op[] = [];

  ops.push(
    op(
      () => {
        const head: (string | number)[][] = [new Array(width).fill(''), new Array(width).fill('')];
        head[0][0] = historyCellValue(note);
        for (let c = 0; c < width; c++) head[1][c] = historyCellValue(label(c));
        ws().getRangeByIndexes(0, 0, 2, width).values = head;
      },
      utf8Length(note) + width * 24,
    ),
  );

  const percentCols = codes.map((c, i) => (PERCENT_COLUMNS.has(c) ? i : -1)).filter((i) => i >= 0);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      let rowBytes = 4;
      const row = rows[end];
      for (let c = 0; c < width; c++) rowBytes += cellBytes(historyCellValue(row[c])) + 1;
      if (end > start && bytes + rowBytes > MAX_CHUNK_BYTES) break;
      bytes += rowBytes;
      end++;
    }
    const from = start;
    const count = end - start;
    const dataFrom = Math.max(from, 1); // the codes row keeps the General format
    const dataCount = end - dataFrom;
    ops.push(
      op(
        () => {
          const values: (string | number)[][] = new Array(count);
          for (let r = 0; r < count; r++) {
            const row = rows[from + r];
            const out: (string | number)[] = new Array(width);
            for (let c = 0; c < width; c++) out[c] = historyCellValue(row[c]);
            values[r] = out;
          }
          ws().getRangeByIndexes(top + from, 0, count, width).values = values;
          if (dataCount > 0) {
            for (const c of percentCols) {
              ws().getRangeByIndexes(top + dataFrom, c, dataCount, 1).numberFormat = Array.from(
                { length: dataCount },
                () => ['0.0%'],
              );
            }
          }
        },
        bytes + percentCols.length * (dataCount * 9 + OP_OVERHEAD_BYTES),
      ),
    );
    start = end;
  }

  ops.push(
    op(() => {
      const title = ws().getRange('A1');
      title.format.font.bold = true;
      const labelRow = ws().getRange(`A2:${last}2`);
      labelRow.format.font.bold = true;
      labelRow.format.fill.color = '#D9E1F2';
      // The codes historyFromGrid reads back by: kept, hidden (the labels above say it in words).
      const codeRow = ws().getRange(`A${HISTORY_HEADER_ROW}:${last}${HISTORY_HEADER_ROW}`);
      codeRow.format.font.color = '#808080';
      codeRow.format.font.size = 9;
      codeRow.rowHidden = true;
    }, 6 * OP_OVERHEAD_BYTES),
  );
  for (let c = 0; c < width; c++) {
    const points = charsToPoints(Math.max(WIDTHS[codes[c]] ?? DEFAULT_WIDTH, displayWidth(label(c)) + 2));
    const col = columnLetters(c + 1);
    const hidden = (HISTORY_HIDDEN_COLUMNS as readonly string[]).includes(codes[c]);
    ops.push(
      op(() => {
        const range = ws().getRange(`${col}:${col}`);
        range.format.columnWidth = points;
        if (hidden) range.columnHidden = true;
      }),
    );
  }
  return ops;
}
