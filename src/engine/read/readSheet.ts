/**
 * The sheet reader: finds the indicator table in a Grid by its header (single or two-row, merged), maps
 * columns by their header words, and walks the rows below into category rows, indicator rows, blank rows
 * and notes/signature lines. Never throws: what it cannot read in the sheet becomes a Diagnostic or a skip
 * reason; a failure of the reader itself becomes the skip reason `internal-error`, with its message, so a
 * fault of the program is never mistaken for a fault of the sheet.
 */
import type { Grid, SheetReading, SheetSource, SheetTable, SkipReason } from '../model';
import { hasReportMarker, isOwnOutputSheetName } from '../core/ownOutput';
import { bodyMerges, readBody, tableShape } from './body';
import { rowIsEmpty } from './cells';
import { findHeader, type HeaderCandidate } from './findHeader';
import { headerYear } from './headers';
import { hiddenDiagnostics, mergeDiagnostics } from './marks';
import { readPreamble, yearIn } from './preamble';

function skipped(file: string | undefined, sheet: string, reason: SkipReason): SheetReading {
  const base = { kind: 'skipped' as const, sheet, reason };
  return file !== undefined ? { ...base, file } : base;
}

/** The year of the table: in its title, else in a header ("2019年完成情况"), else in the reporting date. */
function tableYear(title: string | null, best: HeaderCandidate, reportingDate: string | null): number | null {
  const fromTitle = yearIn(title);
  if (fromTitle !== null) return fromTitle;
  for (const t of best.texts) {
    const y = headerYear(t);
    if (y !== null) return y;
  }
  return yearIn(reportingDate);
}

/** The first grid row holding something, or -1. */
function firstFilledRow(values: Grid['values']): number {
  for (let r = 0; r < values.length; r++) if (!rowIsEmpty(values[r])) return r;
  return -1;
}

function readGrid(source: SheetSource): SheetReading {
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

  const shape = tableShape(best.cols);
  const bodyStart = best.rows[best.rows.length - 1] + 1;
  const { fills, valueMerges } = bodyMerges(grid, bodyStart, best.cols.plain, shape.valueColumns);
  const body = readBody(source, best, shape, fills);
  if (body.indicators.length === 0) return skipped(file, sheet, { code: 'no-indicators' });

  const merged = mergeDiagnostics(grid, file, valueMerges, new Set(shape.valueColumns), body.indicators);
  const span = { headerRows: best.rows, lastRow: body.lastRow, nameCol: best.cols.plain.name };
  const preamble = readPreamble(values, first, best.rows[0]);
  const table: SheetTable = {
    ...(file !== undefined ? { file } : {}),
    sheet,
    headerRows: best.rows.map((r) => grid.originRow + r),
    title: preamble.title,
    reportingUnit: preamble.reportingUnit,
    reportingDate: preamble.reportingDate,
    year: tableYear(preamble.title, best, preamble.reportingDate),
    granularity: shape.granularity,
    indicators: body.indicators,
    diagnostics: [...hiddenDiagnostics(grid, file, span), ...body.diagnostics, ...merged],
  };
  return { kind: 'table', table };
}

/** Reads one sheet into its indicator table, or says why it was skipped. Never throws. */
export function readSheet(source: SheetSource): SheetReading {
  try {
    return readGrid(source);
  } catch (e) {
    // Not a fault of the sheet: the reader failed on it. Say so, with the message, and read the rest.
    const sheet = typeof source?.grid?.name === 'string' ? source.grid.name : '';
    const message = e instanceof Error ? e.message : String(e);
    return skipped(source?.file, sheet, { code: 'internal-error', message });
  }
}

/** Reads every sheet, in order. */
export function readSheets(sources: readonly SheetSource[]): SheetReading[] {
  return sources.map(readSheet);
}
