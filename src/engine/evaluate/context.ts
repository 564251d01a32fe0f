/** What evaluating one indicator carries along: the indicator and the diagnostics found so far. */
import type { Diagnostic, DiagnosticCode, Indicator, Quantity, Severity, SourceCell } from '../model';
import { cellAddress } from '../core/address';
import { isEmptyText, sourceText, type ParsedCell } from '../core/quantity';
import { shownName } from '../core/text';

export interface Part {
  readonly cell: SourceCell;
  readonly quantity: Quantity;
}

export interface Context {
  readonly indicator: Indicator;
  readonly diagnostics: Diagnostic[];
}

/** The diagnostics an evaluation keeps: one shared empty list for the many with none (read-only). */
const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);
export function keptDiagnostics(ctx: Context): readonly Diagnostic[] {
  return ctx.diagnostics.length > 0 ? ctx.diagnostics : NO_DIAGNOSTICS;
}

export function addDiagnostic(
  ctx: Context,
  cell: SourceCell | null,
  severity: Severity,
  code: DiagnosticCode,
  extra: Readonly<Record<string, string | number>> = {},
): void {
  const params: Record<string, string | number> = { name: shownName(ctx.indicator) };
  const text = cell ? sourceText(cell) : '';
  if (text !== '') params.text = text;
  Object.assign(params, extra);
  const d: Diagnostic = {
    ...(ctx.indicator.file !== undefined ? { file: ctx.indicator.file } : {}),
    sheet: ctx.indicator.sheet,
    ...(cell ? { cell: cellAddress(cell.row, cell.col) } : {}),
    severity,
    code,
    params,
  };
  ctx.diagnostics.push(d);
}

/** Same answer as parseCell(…).kind === 'empty' (only null and the "no value" texts are empty), without parsing. */
export function isBlankCell(cell: SourceCell | null): boolean {
  if (!cell || cell.value === null || cell.value === undefined) return true;
  return typeof cell.value === 'string' && isEmptyText(cell.value);
}

export function unreadableDiagnostic(
  ctx: Context,
  cell: SourceCell,
  parsed: ParsedCell,
  severity: Severity,
): void {
  if (parsed.kind === 'unreadable') addDiagnostic(ctx, cell, severity, parsed.code);
  else if (parsed.kind === 'text') addDiagnostic(ctx, cell, severity, 'not-a-number');
}
