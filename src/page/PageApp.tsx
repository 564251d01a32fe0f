/**
 * The offline page: the pane's hook (usePaneActions) and components over the file port, with what a
 * page has instead of a workbook around them — the file picker, the downloads, copying a table to the
 * clipboard — and the choice of language.
 */
import {
  FluentProvider,
  makeStyles,
  Select,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { cellLinks, usePeriodChoices } from '../taskpane/App';
import { ActionBar } from '../taskpane/components/ActionBar';
import { CheckResults } from '../taskpane/components/CheckResults';
import { CopyTables } from '../taskpane/components/CopyTables';
import { Notices } from '../taskpane/components/Notices';
import { SettingsForm } from '../taskpane/components/SettingsForm';
import { SheetList } from '../taskpane/components/SheetList';
import { type UiLang, uiTexts } from '../taskpane/i18n';
import { panePeriodLabel } from '../taskpane/state/periods';
import { usePaneActions } from '../taskpane/usePaneActions';
import { copyTable } from './clipboard';
import { downloadNames, Downloads } from './Downloads';
import { FilePicker } from './FilePicker';
import { type FilePort, type PickedFiles, TABLE_KEYS } from './filePort';
import { type PageTexts, pageTexts } from './texts';

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '880px',
    marginLeft: 'auto',
    marginRight: 'auto',
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  lang: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface PageAppProps {
  readonly port: FilePort;
  readonly initialLang: UiLang;
  readonly today: () => string;
  readonly theme: 'light' | 'dark';
  /** Tells the page around it the language chosen (html lang, title). */
  readonly onLang?: (lang: UiLang) => void;
}

function LanguageChoice(props: { lang: UiLang; p: PageTexts; onChange: (lang: UiLang) => void }) {
  const id = useId();
  const c = useStyles();
  return (
    <div className={c.lang}>
      <label htmlFor={id}>{props.p.language}</label>
      <Select id={id} value={props.lang} onChange={(_, d) => props.onChange(d.value as UiLang)}>
        {(['zh-CN', 'en-US'] as const).map((l) => (
          <option key={l} value={l} lang={l}>
            {props.p.langNames[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function PageApp({ port, initialLang, today, theme, onLang }: PageAppProps) {
  const [uiLang, setUiLang] = useState(initialLang);
  const [picked, setPicked] = useState<PickedFiles>({ files: [], previous: null });
  const [copied, setCopied] = useState<{ kind: 'success' | 'warning'; text: string } | null>(null);
  const c = useStyles();
  const p = pageTexts(uiLang);
  const base = uiTexts(uiLang);
  const t = useMemo(
    () => ({
      ...base,
      writeReport: p.makeReport,
      steps: { ...base.steps, ...p.steps },
      working: { ...base.working, ...p.working },
      copyHeading: p.copyHeading,
      copyHint: () => p.copyTableHint,
    }),
    [base, p],
  );
  const checkIn = useMemo(() => ({ kind: 'off-thread', offThread: port }) as const, [port]);
  const { state, actions } = usePaneActions({ port, uiLang, today, checkIn });
  const periods = usePeriodChoices(state, t, uiLang);
  const disabled = state.busy !== null;
  // New files or settings drop the downloads of the last report (the port forgets them).
  const outputs = useMemo(
    () => (state.written ? port.outputs() : null),
    [state.written, state.settings, picked, port],
  );
  const hasTable = state.sheets?.sheets.some((r) => r.kind === 'table') ?? false;
  const pick = (next: PickedFiles) => {
    setPicked(next);
    setCopied(null);
    port.setFiles(next);
  };
  const copy = async (key: string) => {
    if (!outputs) return;
    const indicators = key === TABLE_KEYS.indicators;
    const ok = await copyTable(indicators ? outputs.tables.indicators : outputs.tables.attention);
    const name = indicators ? t.copyIndicatorTable : t.copyAttentionTable;
    setCopied(ok ? { kind: 'success', text: p.copied(name) } : { kind: 'warning', text: p.copyFailed });
  };
  const notice = copied ?? (state.notice?.kind === 'report' ? null : state.notice);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main className={c.page} lang={uiLang}>
        <header className={c.header}>
          <h1 className={c.title}>{p.title}</h1>
          <LanguageChoice
            lang={uiLang}
            p={p}
            onChange={(l) => {
              setUiLang(l);
              onLang?.(l);
            }}
          />
        </header>
        <Text>{p.intro}</Text>
        <Notices
          error={state.error}
          notice={notice}
          ignored={state.settingsIgnored}
          cut={state.cutSheets}
          t={t}
          disabled={disabled}
          onInsertTemplate={() => undefined}
          onDismissError={actions.dismissError}
          onDismissIgnored={actions.dismissSettingsNote}
          onGoToReport={() => undefined}
        />
        <FilePicker
          picked={picked}
          problems={port.problems()}
          p={p}
          lang={uiLang}
          disabled={disabled}
          onPick={pick}
        />
        {picked.files.length > 0 && (
          <SheetList
            sheets={state.sheets?.sheets ?? null}
            ownSheets={state.ownSheets}
            lang={uiLang}
            t={t}
            disabled={disabled}
            onRefresh={actions.refresh}
            columns={state.settings.columns}
            onApplyColumns={actions.applyColumns}
          />
        )}
        <SettingsForm
          key={state.settingsLoads}
          settings={state.settings}
          periods={periods}
          t={t}
          disabled={disabled}
          onChange={actions.changeSettings}
        />
        <ActionBar
          t={t}
          busy={state.busy}
          canCheck={hasTable}
          onCheck={actions.check}
          onWrite={actions.write}
        />
        {outputs && <Downloads outputs={outputs} names={downloadNames(picked.files[0]?.name)} p={p} />}
        {outputs && state.written && (
          <CopyTables
            written={state.written}
            t={t}
            disabled={disabled}
            copyKey=""
            onSelect={(k) => void copy(k)}
          />
        )}
        {state.check && (
          <CheckResults
            view={state.check}
            periodLabel={panePeriodLabel(state.check.period, uiLang, state.check.yearStart)}
            lang={uiLang}
            t={t}
            {...cellLinks(port, actions)}
          />
        )}
      </main>
    </FluentProvider>
  );
}
