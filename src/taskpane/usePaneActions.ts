/**
 * The pane's actions and their busy state: reading and checking the workbook, writing the report (with
 * the check-in, asking when a name is taken or the report sheet was edited), flags, the template,
 * selecting cells, and the settings. It talks to the workbook only through the WorkbookPort and to the
 * engine through plain functions; components get its state and callbacks, never the port.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { findHistoryGrid, PortError, type ReportSettings, type WorkbookPort } from '../addin/port';
import type { ColumnMapping, ReportLayout } from '../engine';
import { type BusyTask, uiTexts, type UiLang, type UiTexts, type WorkStep } from './i18n';
import {
  type CheckProgress,
  type CheckRequest,
  type CheckShown,
  type Checked,
  type OffThread,
} from './state/check';
import { withSheetColumns } from './state/columns';
import { isHistorySheetName, toPaneError } from './state/errors';
import { freeSheetName, nextFreeSheetName } from './state/names';
import {
  type Ask,
  initialPaneState,
  type Notice,
  type PaneEvent,
  paneReducer,
  type PaneState,
  type PendingWrite,
} from './state/paneState';
import { mergeSettings } from './state/settings';

export interface PaneOptions {
  readonly port: WorkbookPort;
  /** The pane's own language (from Office's display language). */
  readonly uiLang: UiLang;
  /** Today's date as yyyy-mm-dd, for the report; the engine never reads the clock. */
  readonly today: () => string;
  /** Where the sheets are checked and the report is made. */
  readonly checkIn: CheckPlace;
}

/** The engine's half the pane runs on its own thread: ./work.ts, loaded by ./loadWork.ts. */
export type Work = typeof import('./work');

/** Where the sheets are checked and the report's layout is built. */
export type CheckPlace =
  /** Off this thread (the offline page: its Web Worker); only what is shown comes back. */
  | { readonly kind: 'off-thread'; readonly offThread: OffThread }
  /** On this thread: the sheets read through the port, the engine's half loaded by `load` (the pane). */
  | { readonly kind: 'here'; readonly load: () => Promise<Work> };

export type EditedChoice = { readonly replace: true } | { readonly keepAs: string };

export interface PaneActions {
  readonly refresh: () => void;
  readonly check: () => void;
  readonly write: () => void;
  readonly answerName: (name: string | null) => void;
  readonly answerEdited: (choice: EditedChoice | null) => void;
  readonly flag: () => void;
  readonly clearFlags: () => void;
  readonly insertTemplate: () => void;
  readonly select: (sheet: string, address: string, after?: Notice) => void;
  readonly changeSettings: (next: ReportSettings) => void;
  /** Saves the user's columns for a sheet and checks again with them. */
  readonly applyColumns: (sheet: string, mapping: ColumnMapping) => void;
  readonly dismissError: () => void;
  readonly dismissSettingsNote: () => void;
}

/** Lets the browser paint the step just announced before the engine works synchronously. */
function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads the sheets through the port and checks them on this thread, with the history sheet's check-ins. */
async function checkHere(
  port: WorkbookPort,
  loadWork: () => Promise<Work>,
  request: CheckRequest,
  on: CheckProgress,
): Promise<Checked> {
  const [sheets, { checkSheets, historyFromGrid }] = await Promise.all([
    port.readSheets(on.progress),
    loadWork(),
  ]);
  on.step('checking');
  await yieldToPaint();
  // Earlier check-ins live in the history sheet the add-in keeps; this one is added on "Write report".
  const historyGrid = findHistoryGrid(sheets, request.settings.lang);
  return checkSheets(sheets, request, historyGrid ? historyFromGrid(historyGrid).history : []);
}

interface Live {
  settings: ReportSettings;
  today: () => string;
  busy: boolean;
  refreshPending: boolean;
  mounted: boolean;
}

type Dispatch = (event: PaneEvent) => void;

/** What the hooks below share: the live values, the dispatch, and the step and progress reporters. */
interface Shared {
  readonly live: { current: Live };
  readonly dispatch: Dispatch;
  readonly step: (s: WorkStep) => void;
  readonly progress: (done: number, total: number) => void;
}
/** A check's outcome: what is shown, and the whole result where the check ran on this thread. */
type Outcome = CheckShown & { readonly result: Checked['result'] | null; readonly hasTable: boolean };
type ReadAndCheck = () => Promise<Outcome | null>;
type Run = (task: BusyTask, action: () => Promise<void>, keepMessages?: boolean) => Promise<void>;
type WriteReport = (pending: PendingWrite, taken: readonly string[], choice?: EditedChoice) => Promise<void>;
type WriteChecked = (checked: Outcome) => Promise<void>;

export function usePaneActions({ port, uiLang, today, checkIn }: PaneOptions): {
  state: PaneState;
  actions: PaneActions;
} {
  const [state, dispatch] = useReducer(paneReducer, uiLang, initialPaneState);
  const t = uiTexts(uiLang);
  const live = useRef<Live>({
    settings: state.settings,
    today,
    busy: false,
    refreshPending: false,
    mounted: true,
  });
  live.current.today = today;
  const step = useCallback((s: WorkStep) => dispatch({ type: 'step', step: s }), []);
  const progress = useCallback(
    (done: number, total: number) => dispatch({ type: 'progress', fraction: total > 0 ? done / total : 0 }),
    [],
  );
  const shared = useMemo(() => ({ live, dispatch, step, progress }), [live, step, progress]);
  const readAndCheck = useReadAndCheck(port, checkIn, shared, t);
  const run = useRun(live, dispatch, readAndCheck);
  const writeReport = useWriteReport(port, live, dispatch, step, progress, t);
  const writeChecked = useWriteChecked(checkIn, shared, writeReport);
  const ask = state.ask;
  const actions = useMemo(
    () => paneActions({ port, live, dispatch, run, readAndCheck, writeReport, writeChecked, step, t, ask }),
    [port, run, readAndCheck, writeReport, writeChecked, step, t, ask],
  );
  useStart(port, live, dispatch, run, readAndCheck);
  return { state, actions };
}

/** Reads every sheet and runs the engine with the current settings (here, or off this thread). */
function useReadAndCheck(port: WorkbookPort, checkIn: CheckPlace, shared: Shared, t: UiTexts): ReadAndCheck {
  return useCallback(async () => {
    const { live, dispatch, step, progress } = shared;
    const request: CheckRequest = {
      settings: live.current.settings,
      date: live.current.today(),
      takenAt: new Date().toISOString(),
    };
    step('reading');
    const on: CheckProgress = { step, progress };
    const checked: CheckShown & { result?: Checked['result'] } =
      checkIn.kind === 'off-thread'
        ? await checkIn.offThread.check(request, on)
        : await checkHere(port, checkIn.load, request, on);
    if (!live.current.mounted) return null;
    if (checked.missingColumns.length > 0) {
      const text = t.columnsMissing(checked.missingColumns);
      dispatch({ type: 'notice', notice: { kind: 'warning', text } });
    }
    dispatch({
      type: 'read',
      sheets: checked.sheets,
      ownSheets: checked.ownSheets,
      cutSheets: checked.cutSheets,
    });
    const hasTable = checked.sheets.sheets.some((r) => r.kind === 'table');
    return { ...checked, result: checked.result ?? null, hasTable };
  }, [port, checkIn, shared, t]);
}

/** Runs one action at a time; whatever it throws becomes a message in plain words. */
function useRun(live: { current: Live }, dispatch: Dispatch, readAndCheck: ReadAndCheck): Run {
  const run: Run = useCallback(
    async (task, action, keepMessages = false) => {
      const l = live.current;
      if (l.busy) {
        if (task === 'load') l.refreshPending = true;
        return;
      }
      l.busy = true;
      dispatch({ type: 'started', task, keepMessages });
      try {
        await action();
      } catch (e) {
        if (l.mounted) dispatch({ type: 'failed', error: toPaneError(e) });
      } finally {
        l.busy = false;
        if (l.mounted) dispatch({ type: 'finished' });
        if (l.refreshPending && l.mounted) {
          l.refreshPending = false;
          void run('load', async () => void (await readAndCheck()), true);
        }
      }
    },
    [live, dispatch, readAndCheck],
  );
  return run;
}

/** Writes the report and the check-in; a taken name or an edited report sheet asks the user. */
function useWriteReport(
  port: WorkbookPort,
  live: { current: Live },
  dispatch: Dispatch,
  step: (s: WorkStep) => void,
  progress: (done: number, total: number) => void,
  t: UiTexts,
): WriteReport {
  return useCallback(
    async (pending, taken, choice) => {
      step('writing');
      try {
        const result = await port.writeReport(pending.layout, {
          ...(pending.sheetName ? { sheetName: pending.sheetName } : {}),
          ...(choice && 'replace' in choice ? { replaceEdited: true } : {}),
          ...(choice && 'keepAs' in choice ? { keepEditedAs: choice.keepAs } : {}),
          history: { rows: pending.history, lang: live.current.settings.lang },
          onProgress: progress,
        });
        if (live.current.mounted) dispatch({ type: 'written', result });
      } catch (e) {
        const err = toPaneError(e);
        const reportName = pending.sheetName ?? pending.layout.sheets[0]?.name ?? '';
        const all = [...new Set([...taken, err.sheet ?? reportName])];
        if (err.code === 'name-taken' && !isHistorySheetName(err.sheet) && err.sheet === reportName) {
          const suggested = nextFreeSheetName(reportName, all);
          dispatch({
            type: 'ask',
            ask: { kind: 'name', takenName: reportName, suggested, taken: all, pending },
          });
        } else if (err.code === 'report-edited') {
          const suggested = freeSheetName(t.editedCopyName(reportName), all);
          dispatch({
            type: 'ask',
            ask: { kind: 'edited', sheet: reportName, suggested, taken: all, pending },
          });
        } else throw e;
      }
    },
    [port, live, dispatch, step, progress, t],
  );
}

/**
 * Writes the report of a check: where the check ran off this thread, the report is made there too;
 * else its layout and the check-in history table are built here and written through the port.
 */
function useWriteChecked(checkIn: CheckPlace, shared: Shared, writeReport: WriteReport): WriteChecked {
  return useCallback(
    async (r) => {
      const { live, dispatch, step, progress } = shared;
      if (checkIn.kind === 'off-thread') {
        step('writing');
        const result = await checkIn.offThread.writeChecked(progress);
        if (live.current.mounted) dispatch({ type: 'written', result });
        return;
      }
      if (!r.result) throw new PortError('unknown', 'the check ran elsewhere: no report here');
      const { buildReportLayout, historyTable } = await checkIn.load();
      const layout: ReportLayout = buildReportLayout(r.result.report);
      // The history in the report's language, its date-times as this machine's clock shows them.
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      const { rows } = historyTable(r.result.history, live.current.settings.lang, zone);
      await writeReport({ layout, history: rows }, r.sheetNames);
    },
    [checkIn, shared, writeReport],
  );
}

interface ActionDeps {
  readonly port: WorkbookPort;
  readonly live: { current: Live };
  readonly dispatch: Dispatch;
  readonly run: Run;
  readonly readAndCheck: ReadAndCheck;
  readonly writeReport: WriteReport;
  readonly writeChecked: WriteChecked;
  readonly step: (s: WorkStep) => void;
  readonly t: UiTexts;
  readonly ask: Ask | null;
}

/** The pane's actions over the hooks above (plain closures; rebuilt when one of them changes). */
function paneActions({
  port,
  live,
  dispatch,
  run,
  readAndCheck,
  writeReport,
  writeChecked,
  step,
  t,
  ask,
}: ActionDeps): PaneActions {
  const checked = (r: NonNullable<Awaited<ReturnType<ReadAndCheck>>>) =>
    dispatch({ type: 'checked', check: r.view });
  const notice = (n: Notice) => dispatch({ type: 'notice', notice: n });
  const check = () =>
    void run('check', async () => {
      const r = await readAndCheck();
      if (r?.hasTable) checked(r);
    });
  const changeSettings = (next: ReportSettings) => {
    live.current.settings = next;
    dispatch({ type: 'settings-changed', settings: next });
    port.saveSettings(next).catch(() => {
      if (live.current.mounted) notice({ kind: 'warning', text: t.settingsSaveFailed });
    });
  };
  return {
    refresh: () => void run('load', async () => void (await readAndCheck())),
    check,
    write: () =>
      void run('write', async () => {
        const r = await readAndCheck();
        if (!r?.hasTable) return;
        checked(r);
        await writeChecked(r);
      }),
    answerName: (name) => {
      dispatch({ type: 'ask', ask: null });
      if (ask?.kind !== 'name' || name === null) return;
      void run('write', () => writeReport({ ...ask.pending, sheetName: name }, ask.taken));
    },
    answerEdited: (choice) => {
      dispatch({ type: 'ask', ask: null });
      if (ask?.kind !== 'edited' || choice === null) return;
      void run('write', () => writeReport(ask.pending, ask.taken, choice));
    },
    flag: () =>
      void run('flag', async () => {
        const r = await readAndCheck();
        if (!r?.hasTable) return;
        checked(r);
        step('flagging');
        // Flags need the whole report: only where the check ran on this thread (the pane).
        if (!r.result) throw new PortError('unsupported-host', 'flags need the workbook');
        const n = await port.flagShortfalls(r.result.report.evaluations, live.current.settings.lang);
        notice({ kind: 'success', text: t.flagged(n) });
      }),
    clearFlags: () =>
      void run('clear', async () => notice({ kind: 'success', text: t.cleared(await port.clearFlags()) })),
    insertTemplate: () =>
      void run('template', async () => {
        const name = await port.insertTemplate(live.current.settings.lang);
        await port.selectRange(name, 'A1').catch(() => undefined);
        notice({ kind: 'template', text: t.templateInserted(name) });
        await readAndCheck();
      }),
    select: (sheet, address, after) =>
      void run(
        'select',
        async () => {
          await port.selectRange(sheet, address);
          if (after) notice(after);
        },
        !after,
      ),
    changeSettings,
    applyColumns: (sheet, mapping) => {
      const s = live.current.settings;
      changeSettings({ ...s, columns: withSheetColumns(s.columns, sheet, mapping) });
      check();
    },
    dismissError: () => dispatch({ type: 'dismiss-error' }),
    dismissSettingsNote: () => dispatch({ type: 'dismiss-settings-note' }),
  };
}

/** Start: the settings saved in the workbook, then the sheets; follow sheets being added or renamed. */
function useStart(
  port: WorkbookPort,
  live: { current: Live },
  dispatch: Dispatch,
  run: Run,
  readAndCheck: ReadAndCheck,
): void {
  useEffect(() => {
    const l = live.current;
    l.mounted = true;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void run('load', async () => {
      try {
        const saved = await port.loadSettings();
        if (!cancelled && saved) {
          l.settings = mergeSettings(l.settings, saved.settings);
          dispatch({ type: 'settings-loaded', settings: l.settings, ignored: saved.ignored });
        }
      } catch {
        // Unreadable saved settings: keep the defaults; the next change saves good ones.
      }
      await readAndCheck();
    });
    port
      .onSheetsChanged(() => {
        if (!cancelled) void run('load', async () => void (await readAndCheck()), true);
      })
      .then(
        (off) => {
          if (cancelled) off();
          else unsubscribe = off;
        },
        () => undefined, // without the event the Refresh button still works
      );
    return () => {
      cancelled = true;
      l.mounted = false;
      unsubscribe?.();
    };
  }, [port, live, dispatch, run, readAndCheck]);
}
