/**
 * The pane's state as plain data, and the one function that changes it. The hook (usePaneActions)
 * dispatches what happened; components only read.
 */
import type {
  HistoryTableRow,
  IgnoredSetting,
  OwnSheetKind,
  ReportSettings,
  WriteReportResult,
} from '../../addin/port';
import type { ReportLayout } from '../../engine';
import type { BusyTask, CutSheet, UiLang, WorkStep } from '../i18n';
import type { CheckView, SheetsShown } from './checkView';
import type { PaneError } from './errors';
import { defaultSettings } from './settings';

export type Notice =
  | { readonly kind: 'report'; readonly sheet: string }
  | { readonly kind: 'success' | 'info' | 'warning' | 'template'; readonly text: string };

/** What a write waiting for the user's answer will write. */
export interface PendingWrite {
  readonly layout: ReportLayout;
  readonly history: readonly HistoryTableRow[];
  /** The report sheet's name when the user chose another one. */
  readonly sheetName?: string;
}

/** A write waiting for the user's answer: another name, or what to do with an edited report sheet. */
export type Ask = {
  /** The name offered, and the names already in use. */
  readonly suggested: string;
  readonly taken: readonly string[];
  readonly pending: PendingWrite;
} & (
  { readonly kind: 'name'; readonly takenName: string } | { readonly kind: 'edited'; readonly sheet: string }
);

export interface Busy {
  readonly task: BusyTask;
  /** The named steps of this task (empty for short tasks) and the one under way. */
  readonly steps: readonly WorkStep[];
  readonly step: number;
  /** How far the current step is, 0…1; null when not known. */
  readonly progress: number | null;
}

export interface OwnSheet {
  readonly name: string;
  readonly kind: OwnSheetKind;
}

export interface PaneState {
  readonly settings: ReportSettings;
  /** Bumped when settings come from the workbook, so the form takes them as its drafts. */
  readonly settingsLoads: number;
  readonly settingsIgnored: readonly IgnoredSetting[];
  /** The sheets read, as the sheet list and the period drop-down show them; null before the first read. */
  readonly sheets: SheetsShown | null;
  readonly ownSheets: readonly OwnSheet[];
  /** Sheets read only in part. */
  readonly cutSheets: readonly CutSheet[];
  readonly check: CheckView | null;
  readonly written: WriteReportResult | null;
  readonly busy: Busy | null;
  readonly error: PaneError | null;
  readonly notice: Notice | null;
  readonly ask: Ask | null;
}

export type PaneEvent =
  | {
      readonly type: 'settings-loaded';
      readonly settings: ReportSettings;
      readonly ignored: readonly IgnoredSetting[];
    }
  | { readonly type: 'settings-changed'; readonly settings: ReportSettings }
  | {
      readonly type: 'read';
      readonly sheets: SheetsShown;
      readonly ownSheets: readonly OwnSheet[];
      readonly cutSheets: readonly CutSheet[];
    }
  | { readonly type: 'started'; readonly task: BusyTask; readonly keepMessages: boolean }
  | { readonly type: 'step'; readonly step: WorkStep }
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'finished' }
  | { readonly type: 'checked'; readonly check: CheckView }
  | { readonly type: 'written'; readonly result: WriteReportResult }
  | { readonly type: 'failed'; readonly error: PaneError }
  | { readonly type: 'dismiss-error' }
  | { readonly type: 'dismiss-settings-note' }
  | { readonly type: 'notice'; readonly notice: Notice }
  | { readonly type: 'ask'; readonly ask: Ask | null };

/** The named steps of each long task. */
export const TASK_STEPS: Readonly<Record<BusyTask, readonly WorkStep[]>> = {
  load: ['reading'],
  check: ['reading', 'checking'],
  write: ['reading', 'checking', 'writing'],
  flag: ['reading', 'checking', 'flagging'],
  clear: [],
  template: [],
  select: [],
};

export function initialPaneState(uiLang: UiLang): PaneState {
  return {
    settings: defaultSettings(uiLang),
    settingsLoads: 0,
    settingsIgnored: [],
    sheets: null,
    ownSheets: [],
    cutSheets: [],
    check: null,
    written: null,
    busy: null,
    error: null,
    notice: null,
    ask: null,
  };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case 'settings-loaded':
      return {
        ...state,
        settings: event.settings,
        settingsIgnored: event.ignored,
        settingsLoads: state.settingsLoads + 1,
      };
    case 'settings-changed':
      return { ...state, settings: event.settings, check: null };
    case 'read':
      return { ...state, sheets: event.sheets, ownSheets: event.ownSheets, cutSheets: event.cutSheets };
    case 'started': {
      const steps = TASK_STEPS[event.task];
      const busy: Busy = { task: event.task, steps, step: 0, progress: null };
      return event.keepMessages ? { ...state, busy } : { ...state, busy, error: null, notice: null };
    }
    case 'step': {
      if (!state.busy) return state;
      const step = Math.max(0, state.busy.steps.indexOf(event.step));
      return { ...state, busy: { ...state.busy, step, progress: null } };
    }
    case 'progress':
      return state.busy ? { ...state, busy: { ...state.busy, progress: event.fraction } } : state;
    case 'finished':
      return { ...state, busy: null };
    case 'checked':
      return { ...state, check: event.check };
    case 'written':
      return { ...state, written: event.result, notice: { kind: 'report', sheet: event.result.sheetName } };
    case 'failed':
      return { ...state, error: event.error };
    case 'dismiss-error':
      return { ...state, error: null };
    case 'dismiss-settings-note':
      return { ...state, settingsIgnored: [] };
    case 'notice':
      return { ...state, notice: event.notice };
    case 'ask':
      return { ...state, ask: event.ask };
  }
}
