/**
 * The WorkbookPort on Office.js: the only code in the project that talks to Excel. Each method runs in
 * its own Excel.run batch; `run` and `host` are parameters so tests (and the browser demo) can drive the
 * same code against the Excel API test double.
 */
import type { Evaluation, Lang, ReportLayout } from '../../engine';
import { PortError, type ReportSettings, type WorkbookPort, type WriteReportOptions } from '../port';
import { clearFlags, flagShortfalls } from './flags';
import { writeHistory, type HistoryTableRow } from './history';
import { readSheets } from './readGrids';
import { officeHost, requireBaseline, type HostEnv } from './requirements';
import { selectRange } from './select';
import { loadSettings, saveSettings } from './settings';
import { insertTemplate } from './template';
import { onSheetsChanged } from './events';
import { writeReport } from './writeReport';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

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

export function createExcelPort(
  run: ExcelRun = (batch) => Excel.run(batch),
  hostEnv?: HostEnv,
): WorkbookPort {
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
  return {
    readSheets: () => guarded((ctx, h) => readSheets(ctx, h)),
    writeReport: (layout: ReportLayout, options?: WriteReportOptions) =>
      guarded((ctx, h) => writeReport(ctx, h, layout, options)),
    flagShortfalls: (evaluations: readonly Evaluation[], lang: Lang) =>
      guarded((ctx) => flagShortfalls(ctx, evaluations, lang)),
    clearFlags: () => guarded((ctx) => clearFlags(ctx)),
    selectRange: (sheet: string, address: string) => guarded((ctx) => selectRange(ctx, sheet, address)),
    loadSettings: async () => loadSettings(host().settings),
    saveSettings: async (settings: ReportSettings) => saveSettings(host().settings, settings),
    insertTemplate: (lang: Lang) => guarded((ctx, h) => insertTemplate(ctx, h, lang)),
    writeHistory: (rows: readonly HistoryTableRow[], lang: Lang) =>
      guarded((ctx, h) => writeHistory(ctx, h, rows, lang)),
    onSheetsChanged: async (callback: () => void) => {
      const unsubscribe = await guarded((ctx, h) => onSheetsChanged(ctx, h, callback));
      return () => {
        void unsubscribe().catch(() => undefined);
      };
    },
  };
}
