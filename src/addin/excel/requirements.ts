/**
 * What the adapter needs from the Office host besides the Excel request context: requirement-set checks
 * and the document settings. Passed in explicitly so tests (and the browser demo) can give their own.
 *
 * Baseline: ExcelApi 1.7 (declared in the manifest). Newer sets are used only after `isSetSupported`:
 * - 1.8  chart value-axis number format, series drawn over each other with formatted value labels and
 *        the category labels at the low end (the variance chart), data validation lists in the template
 * - 1.9  suspendScreenUpdatingUntilNextSync, page layout (A4, landscape, fit to width, row breaks),
 *        visible-cell areas (hidden rows / columns when a sheet has some), formatting many areas at
 *        once (worksheet.getRanges) — without it one range per styled rectangle
 * - 1.13 merged areas of a sheet
 * - 1.17 worksheet rename events
 * - 1.20 RunOptions.mergeUndoGroup (one undo step per action)
 * Without them the adapter still works: it simply skips that feature.
 */
import { PortError } from '../port';

/** The part of Office.Settings the adapter uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { error?: { message?: string } | null }) => void): void;
}

export interface HostEnv {
  isSetSupported(name: string, version: string): boolean;
  readonly settings: SettingsStore;
}

export const BASELINE_EXCEL_API = '1.7';

export type ExcelApiFeature =
  | 'chartAxisNumberFormat'
  | 'chartSeriesLayout'
  | 'dataValidation'
  | 'suspendScreenUpdating'
  | 'pageLayout'
  | 'rangeAreas'
  | 'visibleCells'
  | 'mergedAreas'
  | 'sheetRenamedEvent'
  | 'undoGroup';

/** The ExcelApi version each optional feature needs. */
export const FEATURE_VERSION: Readonly<Record<ExcelApiFeature, string>> = {
  chartAxisNumberFormat: '1.8',
  chartSeriesLayout: '1.8',
  dataValidation: '1.8',
  suspendScreenUpdating: '1.9',
  pageLayout: '1.9',
  rangeAreas: '1.9',
  visibleCells: '1.9',
  mergedAreas: '1.13',
  sheetRenamedEvent: '1.17',
  undoGroup: '1.20',
};

export function supports(host: HostEnv, feature: ExcelApiFeature): boolean {
  return host.isSetSupported('ExcelApi', FEATURE_VERSION[feature]);
}

/** Throws PortError('unsupported-host') when the host lacks ExcelApi 1.7. */
export function requireBaseline(host: HostEnv): void {
  if (!host.isSetSupported('ExcelApi', BASELINE_EXCEL_API)) {
    throw new PortError('unsupported-host', `ExcelApi ${BASELINE_EXCEL_API} is required`);
  }
}

/** The real host: Office.js globals. Only evaluated when a port method runs. */
export function officeHost(): HostEnv {
  if (typeof Office === 'undefined' || !Office.context || !Office.context.requirements) {
    throw new PortError('unsupported-host', 'Office.js is not available here');
  }
  return {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    get settings(): SettingsStore {
      return Office.context.document.settings as unknown as SettingsStore;
    },
  };
}
