/** Turns whatever an action threw into something the pane can say in plain words. */
import { PORT_ERROR_CODES, type PortErrorCode } from '../../addin/port';
import { HISTORY_SHEET_NAME } from '../../engine';
import type { PaneErrorCode, UiTexts } from '../i18n';

export interface PaneError {
  readonly code: PaneErrorCode;
  /** The raw text, shown only under "Details" next to a plain-words message. */
  readonly detail: string;
  readonly sheet?: string;
}

const CODES = PORT_ERROR_CODES;

function isPortErrorLike(
  e: unknown,
): e is { code: PortErrorCode; detail?: unknown; sheet?: unknown; message?: unknown } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    (CODES as readonly string[]).includes((e as { code: string }).code) &&
    (e as { name?: unknown }).name === 'PortError'
  );
}

export function toPaneError(e: unknown): PaneError {
  if (isPortErrorLike(e)) {
    const detail = typeof e.detail === 'string' && e.detail ? e.detail : String(e.message ?? e.code);
    return typeof e.sheet === 'string' && e.sheet
      ? { code: e.code, detail, sheet: e.sheet }
      : { code: e.code, detail };
  }
  // A script of the pane's own that did not arrive (webpack's error for a chunk it could not load).
  if (e instanceof Error && e.name === 'ChunkLoadError') return { code: 'not-loaded', detail: e.message };
  if (e instanceof Error) {
    const office = e as Error & { code?: unknown; debugInfo?: { errorLocation?: unknown } };
    // Office.js reports a protected sheet as an AccessDenied error.
    if (office.code === 'AccessDenied' || /protected/i.test(e.message)) {
      return { code: 'sheet-protected', detail: e.message };
    }
    const where =
      typeof office.debugInfo?.errorLocation === 'string' ? ` (${office.debugInfo.errorLocation})` : '';
    return { code: 'unknown', detail: `${e.name}: ${e.message}${where}` };
  }
  const text = typeof e === 'string' ? e : safeJson(e);
  return { code: 'unknown', detail: text || 'unknown error' };
}

function safeJson(v: unknown): string {
  try {
    return v === undefined ? '' : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
}

/** The history sheet's name in either language (any case): a clash there is not the report's. */
export function isHistorySheetName(name: string | undefined): boolean {
  const n = (name ?? '').toLowerCase();
  return Object.values(HISTORY_SHEET_NAME).some((h) => h.toLowerCase() === n);
}

/** The words for an error: the history sheet's name clash has its own. */
export function errorText(error: PaneError, t: UiTexts): { title: string; body: string } {
  const text =
    error.code === 'name-taken' && isHistorySheetName(error.sheet)
      ? t.historyNameTaken
      : t.errors[error.code];
  return { title: text.title, body: text.body(error.sheet) };
}
