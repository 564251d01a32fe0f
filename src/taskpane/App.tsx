/**
 * The task pane. It talks to the workbook only through a WorkbookPort (the Office.js adapter in Excel,
 * a fake in tests) and to the engine through plain functions; no Office.js call sits in here.
 */
import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  CheckmarkCircle16Regular,
  DocumentAdd16Regular,
  DocumentTable16Regular,
  Flag16Regular,
  FlagOff16Regular,
} from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  findHistoryGrid,
  type ReportSettings,
  type WorkbookPort,
  type WriteReportResult,
} from '../addin/port';
import {
  buildReportLayout,
  type Diagnostic,
  historyFromGrid,
  type HistoryRow,
  historyToRows,
  type Period,
  type Report,
  type ReportLayout,
  runCheck,
  type SheetReading,
  type SheetSource,
} from '../engine';
import { CheckResults } from './components/CheckResults';
import { CopyTables } from './components/CopyTables';
import { ErrorBar } from './components/ErrorBar';
import { NameDialog } from './components/NameDialog';
import { SettingsForm, type PeriodChoice } from './components/SettingsForm';
import { SheetList } from './components/SheetList';
import { uiTexts, type BusyTask, type UiLang } from './i18n';
import { toPaneError, type PaneError } from './state/errors';
import { nextFreeSheetName } from './state/names';
import { autoPeriod, panePeriodLabel, periodChoices, periodCodeLabel, periodFromCode } from './state/periods';
import { PERIOD_AUTO, defaultSettings, mergeSettings } from './state/settings';

export interface AppProps {
  readonly port: WorkbookPort;
  /** The pane's own language (from Office's display language). */
  readonly uiLang: UiLang;
  /** Today's date as yyyy-mm-dd, for the report; the engine never reads the clock. */
  readonly today?: () => string;
  readonly theme?: 'light' | 'dark';
  /** Shows ⌘C instead of Ctrl+C. */
  readonly isMac?: boolean;
}

interface CheckState {
  readonly period: Period;
  readonly report: Report;
}

type Notice =
  | { readonly kind: 'report'; readonly text: string; readonly sheet: string }
  | { readonly kind: 'success' | 'info' | 'warning' | 'template'; readonly text: string };

interface NameAsk {
  readonly takenName: string;
  readonly suggested: string;
  readonly taken: readonly string[];
  readonly layout: ReportLayout;
  readonly historyRows: HistoryRow[];
}

/** Local date as yyyy-mm-dd. */
export function isoToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  progress: { position: 'sticky', top: 0, zIndex: 1, height: '2px' },
  messages: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
  },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mainButtons: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  moreButtons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  spinner: { justifyContent: 'flex-start' },
  body: { whiteSpace: 'normal' },
});

export function App({ port, uiLang, today = isoToday, theme = 'light', isMac = false }: AppProps) {
  const t = uiTexts(uiLang);
  const c = useStyles();
  const [settings, setSettings] = useState<ReportSettings>(() => defaultSettings(uiLang));
  const [readings, setReadings] = useState<readonly SheetReading[] | null>(null);
  const [check, setCheck] = useState<CheckState | null>(null);
  const [written, setWritten] = useState<WriteReportResult | null>(null);
  const [busy, setBusy] = useState<BusyTask | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [nameAsk, setNameAsk] = useState<NameAsk | null>(null);
  /** Bumped when settings are loaded from the workbook, so the form takes them as its drafts. */
  const [settingsLoads, setSettingsLoads] = useState(0);

  const todayRef = useRef(today);
  todayRef.current = today;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const busyRef = useRef(false);
  const refreshPending = useRef(false);
  const mounted = useRef(true);

  /** Reads every sheet and runs the engine with the current settings. */
  const readAndCheck = useCallback(async () => {
    const s = settingsRef.current;
    const sources: SheetSource[] = await port.readSheets();
    // Earlier check-ins live in the history sheet the add-in keeps; this check-in is added on "Write report".
    const historyGrid = findHistoryGrid(sources, s.lang);
    const result = runCheck({
      sources,
      history: historyGrid ? historyFromGrid(historyGrid).history : [],
      takenAt: new Date().toISOString(),
      lang: s.lang,
      period: periodFromCode(s.period),
      thresholds: s.thresholds,
      title: s.title.trim() || undefined,
      unitName: s.unitName.trim() || undefined,
      date: todayRef.current(),
    });
    if (!mounted.current) return null;
    setReadings(result.readings);
    const hasTable = result.readings.some((r) => r.kind === 'table');
    return { sources, result, hasTable };
  }, [port]);

  /**
   * Runs one action at a time; everything it throws becomes a message in plain words. Background
   * refreshes keep the messages already shown.
   */
  const run = useCallback(
    async (task: BusyTask, action: () => Promise<void>, opts: { keepMessages?: boolean } = {}) => {
      if (busyRef.current) {
        if (task === 'load') refreshPending.current = true;
        return;
      }
      busyRef.current = true;
      setBusy(task);
      if (!opts.keepMessages) {
        setError(null);
        setNotice(null);
      }
      try {
        await action();
      } catch (e) {
        if (mounted.current) setError(toPaneError(e));
      } finally {
        busyRef.current = false;
        if (mounted.current) setBusy(null);
        if (refreshPending.current && mounted.current) {
          refreshPending.current = false;
          void run('load', async () => void (await readAndCheck()), { keepMessages: true });
        }
      }
    },
    [readAndCheck],
  );

  const refresh = useCallback(
    (keepMessages: boolean) => run('load', async () => void (await readAndCheck()), { keepMessages }),
    [run, readAndCheck],
  );

  // Start: settings saved in the workbook, then the sheets; follow sheets being added or renamed.
  useEffect(() => {
    mounted.current = true;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void run('load', async () => {
      try {
        const saved = await port.loadSettings();
        if (!cancelled) {
          settingsRef.current = mergeSettings(settingsRef.current, saved?.settings);
          setSettings(settingsRef.current);
          setSettingsLoads((n) => n + 1);
        }
      } catch {
        // Unreadable saved settings: keep the defaults; the next change saves good ones.
      }
      await readAndCheck();
    });
    port
      .onSheetsChanged(() => {
        if (!cancelled) void refresh(true);
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
      mounted.current = false;
      unsubscribe?.();
    };
  }, [port, run, readAndCheck, refresh]);

  const changeSettings = (next: ReportSettings) => {
    settingsRef.current = next;
    setSettings(next);
    setCheck(null);
    port.saveSettings(next).catch(() => {
      if (mounted.current) setNotice({ kind: 'warning', text: t.settingsSaveFailed });
    });
  };

  const noIndicatorSheet = readings !== null && !readings.some((r) => r.kind === 'table');

  const doCheck = () =>
    run('check', async () => {
      const r = await readAndCheck();
      if (r?.hasTable) setCheck({ period: r.result.period, report: r.result.report });
    });

  /** Writes the layout; a name clash opens the dialog instead of an error. */
  const writeLayout = async (
    layout: ReportLayout,
    historyRows: HistoryRow[],
    taken: readonly string[],
    sheetName?: string,
  ) => {
    try {
      const res = await port.writeReport(layout, sheetName ? { sheetName } : undefined);
      // The check-in is recorded once its report is written (the same period replaces its snapshot).
      await port.writeHistory(historyRows, settingsRef.current.lang);
      if (!mounted.current) return;
      setWritten(res);
      setNotice({ kind: 'report', text: t.reportDone(res.sheetName), sheet: res.sheetName });
    } catch (e) {
      const err = toPaneError(e);
      if (err.code !== 'name-taken') throw e;
      const takenName = err.sheet ?? sheetName ?? layout.sheets[0]?.name ?? '';
      const all = [...new Set([...taken, takenName])];
      setNameAsk({
        takenName,
        suggested: nextFreeSheetName(takenName, all),
        taken: all,
        layout,
        historyRows,
      });
    }
  };

  const doWrite = () =>
    run('write', async () => {
      const r = await readAndCheck();
      if (!r?.hasTable) return;
      setCheck({ period: r.result.period, report: r.result.report });
      const layout = buildReportLayout(r.result.report);
      await writeLayout(
        layout,
        historyToRows(r.result.history),
        r.sources.map((s) => s.grid.name),
      );
    });

  const confirmName = (name: string) => {
    const ask = nameAsk;
    setNameAsk(null);
    if (ask) void run('write', () => writeLayout(ask.layout, ask.historyRows, ask.taken, name));
  };

  const doFlag = () =>
    run('flag', async () => {
      const r = await readAndCheck();
      if (!r?.hasTable) return;
      setCheck({ period: r.result.period, report: r.result.report });
      const n = await port.flagShortfalls(r.result.report.evaluations, settingsRef.current.lang);
      setNotice({ kind: 'success', text: t.flagged(n) });
    });

  const doClear = () =>
    run('clear', async () => {
      const n = await port.clearFlags();
      setNotice({ kind: 'success', text: t.cleared(n) });
    });

  const doTemplate = () =>
    run('template', async () => {
      const name = await port.insertTemplate(settingsRef.current.lang);
      await port.selectRange(name, 'A1').catch(() => undefined);
      setNotice({ kind: 'template', text: t.templateInserted(name) });
      await readAndCheck();
    });

  const select = (sheet: string, address: string, after?: Notice) =>
    run(
      'select',
      async () => {
        await port.selectRange(sheet, address);
        if (after) setNotice(after);
      },
      { keepMessages: !after },
    );

  const selectDiagnostic = (d: Diagnostic & { cell: string }) => void select(d.sheet, d.cell);

  const choices: PeriodChoice[] = useMemo(() => {
    const auto = autoPeriod(readings);
    return periodChoices(readings, settings.period).map((code) => ({
      code,
      label:
        code === PERIOD_AUTO
          ? auto
            ? t.periodAutoWith(panePeriodLabel(auto, uiLang))
            : t.periodAuto
          : periodCodeLabel(code, uiLang),
    }));
  }, [readings, settings.period, t, uiLang]);

  const disabled = busy !== null;
  const mainDisabled = disabled || readings === null || noIndicatorSheet;

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={c.root}>
      <div className={c.progress}>
        {busy && <ProgressBar thickness="medium" aria-label={t.working[busy]} />}
      </div>
      <div className={c.messages} aria-live="polite">
        {error && (
          <ErrorBar
            error={error}
            t={t}
            disabled={disabled}
            onInsertTemplate={doTemplate}
            onDismiss={() => setError(null)}
          />
        )}
        {noIndicatorSheet && notice?.kind !== 'template' && error?.code !== 'no-indicator-sheet' && (
          <ErrorBar
            error={{ code: 'no-indicator-sheet', detail: '' }}
            t={t}
            disabled={disabled}
            onInsertTemplate={doTemplate}
          />
        )}
        {notice && (
          <MessageBar
            intent={notice.kind === 'info' ? 'info' : notice.kind === 'warning' ? 'warning' : 'success'}
            layout="multiline"
          >
            <MessageBarBody className={c.body}>
              {notice.text}
              {notice.kind === 'report' && (
                <>
                  {' '}
                  <Link as="button" onClick={() => void select(notice.sheet, 'A1')}>
                    {t.goToReport}
                  </Link>
                </>
              )}
            </MessageBarBody>
            <MessageBarActions>{null}</MessageBarActions>
          </MessageBar>
        )}
      </div>

      <SheetList
        readings={readings}
        lang={uiLang}
        t={t}
        disabled={disabled}
        onRefresh={() => void refresh(false)}
      />

      <SettingsForm
        key={settingsLoads}
        settings={settings}
        periods={choices}
        t={t}
        disabled={disabled}
        onChange={changeSettings}
      />

      <div className={c.actions}>
        <div className={c.mainButtons}>
          <Button
            appearance="secondary"
            icon={<CheckmarkCircle16Regular />}
            disabled={mainDisabled}
            onClick={doCheck}
          >
            {t.check}
          </Button>
          <Button
            appearance="primary"
            icon={<DocumentTable16Regular />}
            disabled={mainDisabled}
            onClick={doWrite}
          >
            {t.writeReport}
          </Button>
        </div>
        <div className={c.moreButtons}>
          <Button
            size="small"
            appearance="subtle"
            icon={<Flag16Regular />}
            disabled={mainDisabled}
            onClick={doFlag}
          >
            {t.flagShortfalls}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<FlagOff16Regular />}
            disabled={disabled}
            onClick={doClear}
          >
            {t.clearFlags}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<DocumentAdd16Regular />}
            disabled={disabled}
            onClick={doTemplate}
          >
            {t.insertTemplate}
          </Button>
        </div>
        {busy && busy !== 'select' && (
          <Spinner size="extra-tiny" label={t.working[busy]} className={c.spinner} />
        )}
      </div>

      {check && (
        <CheckResults
          report={check.report}
          periodLabel={panePeriodLabel(check.period, uiLang)}
          lang={uiLang}
          t={t}
          onSelectCell={selectDiagnostic}
        />
      )}

      {written && (
        <CopyTables
          written={written}
          t={t}
          disabled={disabled}
          copyKey={isMac ? '⌘C' : 'Ctrl+C'}
          onSelect={(range) =>
            void select(written.sheetName, range, {
              kind: 'info',
              text: t.copySelected(isMac ? '⌘C' : 'Ctrl+C'),
            })
          }
        />
      )}

      <NameDialog
        takenName={nameAsk?.takenName ?? null}
        suggested={nameAsk?.suggested ?? ''}
        taken={nameAsk?.taken ?? []}
        t={t}
        onConfirm={confirmName}
        onCancel={() => setNameAsk(null)}
      />
    </FluentProvider>
  );
}
