/**
 * The task pane, in the Fluent UI v9 manner: a hook gathers the state (usePaneActions owns the actions
 * and their busy state), a render function draws it from presentational components, the styles live
 * apart (App.styles.ts). It reaches the workbook only through the WorkbookPort it is given; nothing here
 * calls Office.js.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { WorkbookPort } from '../addin/port';
import { usePaneStyles } from './App.styles';
import { ActionBar } from './components/ActionBar';
import { CheckResults, type CheckResultsProps } from './components/CheckResults';
import { CopyTables } from './components/CopyTables';
import { FirstRun } from './components/FirstRun';
import { Notices } from './components/Notices';
import { SettingsForm, type PeriodChoice } from './components/SettingsForm';
import { SheetNameDialog } from './components/SheetNameDialog';
import { SheetList } from './components/SheetList';
import { type UiLang, uiTexts, type UiTexts } from './i18n';
import type { PaneState } from './state/paneState';
import { panePeriodLabel, periodChoices, periodCodeLabel } from './state/periods';
import { givenYearStart, PERIOD_AUTO } from './state/settings';
import { type PaneActions, usePaneActions, type Work } from './usePaneActions';

export interface AppProps {
  readonly port: WorkbookPort;
  /** Loads the engine's half the pane runs (./loadWork.ts). */
  readonly work: () => Promise<Work>;
  /** The pane's own language (from Office's display language). */
  readonly uiLang: UiLang;
  /** Today's date as yyyy-mm-dd, for the report; the engine never reads the clock. */
  readonly today?: () => string;
  readonly theme?: 'light' | 'dark';
  /** Shows ⌘C instead of Ctrl+C. */
  readonly isMac?: boolean;
  /** The help page (next to the pane in the built add-in). */
  readonly helpUrl?: string;
}

/** Local date as yyyy-mm-dd. */
export function isoToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The help page for a language: one page, a section per language. */
export function helpUrlFor(uiLang: UiLang, base = 'help.html'): string {
  return `${base}#${uiLang}`;
}

/** The period drop-down's choices for what was read (the offline page shows the same). */
export function usePeriodChoices(state: PaneState, t: UiTexts, uiLang: UiLang): readonly PeriodChoice[] {
  const { sheets, settings } = state;
  return useMemo(() => {
    const auto = sheets?.autoPeriod ?? null;
    return periodChoices(sheets, settings.period).map((code) => ({
      code,
      label:
        code === PERIOD_AUTO
          ? auto
            ? t.periodAutoWith(panePeriodLabel(auto, uiLang, givenYearStart(settings.yearStart)))
            : t.periodAuto
          : periodCodeLabel(code, uiLang, givenYearStart(settings.yearStart)),
    }));
  }, [sheets, settings.period, settings.yearStart, t, uiLang]);
}

interface AppView {
  readonly uiLang: UiLang;
  readonly theme: 'light' | 'dark';
  readonly t: UiTexts;
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly classes: ReturnType<typeof usePaneStyles>;
  readonly periods: readonly PeriodChoice[];
  readonly noIndicatorSheet: boolean;
  readonly copyKey: string;
  readonly helpUrl: string;
  readonly cellLinks: CellLinks;
}

type CellLinks = Pick<CheckResultsProps, 'onSelectCell' | 'onSelectRow'>;

/**
 * Going to a cell or a row from the check results, where the port can select one; none where it cannot
 * (the offline page's files), and the results name the file, sheet and cell in plain text instead.
 */
export function cellLinks(port: WorkbookPort, actions: PaneActions): CellLinks {
  if (port.canSelectCells === false) return {};
  return {
    onSelectCell: (d) => actions.select(d.sheet, d.cell),
    onSelectRow: (sheet, row) => actions.select(sheet, `${row}:${row}`),
  };
}

function useApp({
  port,
  work,
  uiLang,
  today = isoToday,
  theme = 'light',
  isMac = false,
  helpUrl,
}: AppProps): AppView {
  const t = uiTexts(uiLang);
  const checkIn = useMemo(() => ({ kind: 'here', load: work }) as const, [work]);
  const { state, actions } = usePaneActions({ port, uiLang, today, checkIn });
  const classes = usePaneStyles();
  const { sheets } = state;
  const periods = usePeriodChoices(state, t, uiLang);
  return {
    uiLang,
    theme,
    t,
    state,
    actions,
    classes,
    periods,
    noIndicatorSheet: sheets !== null && !sheets.sheets.some((r) => r.kind === 'table'),
    copyKey: isMac ? '⌘C' : 'Ctrl+C',
    helpUrl: helpUrl ?? helpUrlFor(uiLang),
    cellLinks: cellLinks(port, actions),
  };
}

function renderApp(v: AppView) {
  const { t, state, actions, classes: c } = v;
  const disabled = state.busy !== null;
  return (
    <FluentProvider theme={v.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main className={c.page} lang={v.uiLang}>
        <Notices
          error={state.error}
          notice={state.notice}
          ignored={state.settingsIgnored}
          cut={state.cutSheets}
          t={t}
          disabled={disabled}
          onInsertTemplate={actions.insertTemplate}
          onDismissError={actions.dismissError}
          onDismissIgnored={actions.dismissSettingsNote}
          onGoToReport={(sheet) => actions.select(sheet, 'A1')}
        />
        {v.noIndicatorSheet && (
          <FirstRun t={t} disabled={disabled} helpUrl={v.helpUrl} onInsertTemplate={actions.insertTemplate} />
        )}
        <SheetList
          sheets={state.sheets?.sheets ?? null}
          ownSheets={state.ownSheets}
          lang={v.uiLang}
          t={t}
          disabled={disabled}
          onRefresh={actions.refresh}
          columns={state.settings.columns}
          onApplyColumns={actions.applyColumns}
        />
        <SettingsForm
          key={state.settingsLoads}
          settings={state.settings}
          periods={v.periods}
          t={t}
          disabled={disabled}
          onChange={actions.changeSettings}
        />
        <ActionBar
          t={t}
          busy={state.busy}
          canCheck={state.sheets !== null && !v.noIndicatorSheet}
          onCheck={actions.check}
          onWrite={actions.write}
          onFlag={actions.flag}
          onClearFlags={actions.clearFlags}
          onInsertTemplate={actions.insertTemplate}
        />
        {state.check && (
          <CheckResults
            view={state.check}
            periodLabel={panePeriodLabel(state.check.period, v.uiLang, state.check.yearStart)}
            lang={v.uiLang}
            t={t}
            {...v.cellLinks}
          />
        )}
        {state.written && (
          <CopyTables
            written={state.written}
            t={t}
            disabled={disabled}
            copyKey={v.copyKey}
            onSelect={(range) =>
              actions.select((state.written as { sheetName: string }).sheetName, range, {
                kind: 'info',
                text: t.copySelected(v.copyKey),
              })
            }
          />
        )}
        <SheetNameDialog ask={state.ask} t={t} onName={actions.answerName} onEdited={actions.answerEdited} />
      </main>
    </FluentProvider>
  );
}

export function App(props: AppProps) {
  return renderApp(useApp(props));
}
