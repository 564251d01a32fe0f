/**
 * The WorkbookPort on Office.js: the only code in the project that talks to Excel. Each method runs in
 * its own Excel.run batch; `run` and `host` are parameters so tests (and the browser demo) can drive the
 * same code against the Excel API test double.
 *
 * Undo: with ExcelApi 1.20 every action that changes the workbook runs as one Excel.run with
 * `mergeUndoGroup: true` ("Undo capabilities with the Excel JavaScript API"; RunOptions.mergeUndoGroup,
 * ExcelApi 1.20), so one Ctrl+Z takes back the whole report, check-in included, or all flags. Should Excel
 * refuse the grouping (UndoNotSupported, an API in the group that cannot be undone), the action runs
 * again without it — every action here can run twice and give the same workbook. Before 1.20 each sync
 * is its own undo step, and Excel may clear the undo history after an add-in's change.
 */
import type { Evaluation, Lang, ReportLayout } from '../../engine';
import {
  type HistoryTableRow,
  PortError,
  type ProgressCallback,
  type WorkbookPort,
  type WriteReportOptions,
} from '../port';
import type { ReportSettings } from '../reportSettings';
import { onSheetsChanged } from './events';
import type { ExcelBatch, ExcelRun } from './run';
import { clearFlags, flagShortfalls } from './flags';
import { writeHistory } from './history';
import { readSheets } from './readGrids';
import { officeHost, requireBaseline, supports, type HostEnv } from './requirements';
import { selectRange } from './select';
import { loadSettings, saveSettings } from './settings';
import { insertTemplate } from './template';
import { writeReport } from './writeReport';

const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** Office errors → PortError with a code the pane can explain; PortErrors pass through. */
export function toPortError(error: unknown): PortError {
  if (error instanceof PortError) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' && e.message ? e.message : String(error);
  if (PAYLOAD_ERRORS.has(code)) return new PortError('too-large', message);
  if (code === 'AccessDenied' || code === 'InvalidOperationInCellEditMode') {
    return new PortError(code === 'AccessDenied' ? 'sheet-protected' : 'unknown', message);
  }
  return new PortError('unknown', message);
}

const officeRun: ExcelRun = ((first: unknown, second?: ExcelBatch<unknown>) =>
  second === undefined
    ? Excel.run(first as ExcelBatch<unknown>)
    : Excel.run(first as Excel.RunOptions, second)) as ExcelRun;

export function createExcelPort(run: ExcelRun = officeRun, hostEnv?: HostEnv): WorkbookPort {
  const host = (): HostEnv => {
    // A run function from a test double or demo may carry its own host (requirement sets, settings).
    const h = hostEnv ?? (run as { host?: HostEnv }).host ?? officeHost();
    requireBaseline(h);
    return h;
  };
  const guarded = async <T>(batch: (context: Excel.RequestContext, h: HostEnv) => Promise<T>): Promise<T> => {
    const h = host();
    try {
      return await run((context) => batch(context, h));
    } catch (error) {
      throw toPortError(error);
    }
  };
  /** An action that changes the workbook: one undo step where the host can group them. */
  const changing = async <T>(
    batch: (context: Excel.RequestContext, h: HostEnv) => Promise<T>,
  ): Promise<T> => {
    const h = host();
    if (!supports(h, 'undoGroup')) return guarded(batch);
    try {
      return await run({ mergeUndoGroup: true }, (context) => batch(context, h));
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'UndoNotSupported') throw toPortError(error);
      return guarded(batch);
    }
  };
  return {
    readSheets: (onProgress?: ProgressCallback) =>
      guarded((ctx, h) => readSheets(ctx, h, undefined, onProgress)),
    writeReport: (layout: ReportLayout, options?: WriteReportOptions) =>
      changing((ctx, h) => writeReport(ctx, h, layout, options)),
    flagShortfalls: (evaluations: readonly Evaluation[], lang: Lang) =>
      changing((ctx) => flagShortfalls(ctx, evaluations, lang)),
    clearFlags: () => changing((ctx) => clearFlags(ctx)),
    selectRange: (sheet: string, address: string) => guarded((ctx) => selectRange(ctx, sheet, address)),
    loadSettings: async () => loadSettings(host().settings),
    saveSettings: async (settings: ReportSettings) => saveSettings(host().settings, settings),
    insertTemplate: (lang: Lang) => changing((ctx, h) => insertTemplate(ctx, h, lang)),
    writeHistory: (rows: readonly HistoryTableRow[], lang: Lang) =>
      changing((ctx, h) => writeHistory(ctx, h, rows, lang)),
    onSheetsChanged: async (callback: () => void) => {
      const unsubscribe = await guarded((ctx, h) => onSheetsChanged(ctx, h, run, callback));
      return () => {
        void unsubscribe().catch(() => undefined);
      };
    },
  };
}
