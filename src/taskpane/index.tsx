/**
 * The pane's entry: the only place that asks Office about the host (display language, theme,
 * requirement sets) before handing a WorkbookPort to the React app. Where the pane cannot run, the
 * page's first script (boot.js, plain ES5) says so in both languages; this tells it when the host lacks
 * what the pane needs, and that the pane has started.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelPort } from '../addin/excel/createExcelPort';
import { App } from './App';
import { ErrorBar } from './components/ErrorBar';
import { uiLangFrom, uiTexts, type UiLang } from './i18n';
import { loadWork } from './loadWork';

/** What boot.js offers the bundle. */
interface Boot {
  started(): void;
  fail(reason: 'office-js' | 'requirement' | 'start'): void;
}

function boot(): Boot | undefined {
  return (window as unknown as { targetReportBoot?: Boot }).targetReportBoot;
}

/** Dark when Office's pane background is dark (officeTheme is missing on some hosts: then light). */
export function themeFromOffice(
  officeTheme: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined,
) {
  if (!officeTheme) return 'light' as const;
  if (typeof officeTheme.isDarkTheme === 'boolean')
    return officeTheme.isDarkTheme ? ('dark' as const) : ('light' as const);
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(officeTheme.bodyBackgroundColor ?? '');
  if (!m) return 'light' as const;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? ('dark' as const) : ('light' as const);
}

/** Where boot.js is missing (a page built without it): the same fact, from the pane's own texts. */
function Unsupported({ uiLang, theme }: { uiLang: UiLang; theme: 'light' | 'dark' }) {
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main style={{ minHeight: '100vh', padding: 12 }}>
        <ErrorBar error={{ code: 'unsupported-host', detail: 'ExcelApi 1.7' }} t={uiTexts(uiLang)} />
      </main>
    </FluentProvider>
  );
}

function cannotRun(reason: 'office-js' | 'requirement', uiLang: UiLang, theme: 'light' | 'dark'): void {
  const b = boot();
  if (b) {
    b.fail(reason);
    return;
  }
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<Unsupported uiLang={uiLang} theme={theme} />);
}

function start(info: { host: Office.HostType | null }) {
  const container = document.getElementById('container');
  if (!container) return;
  const ctx = typeof Office !== 'undefined' ? Office.context : undefined;
  const uiLang = uiLangFrom(ctx?.displayLanguage ?? navigator.language);
  const theme = themeFromOffice(
    ctx?.officeTheme as { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined,
  );
  const supported =
    info.host === Office.HostType.Excel && !!ctx?.requirements?.isSetSupported?.('ExcelApi', '1.7');
  if (!supported) {
    cannotRun('requirement', uiLang, theme);
    return;
  }
  const isMac = /Mac/i.test(navigator.platform || navigator.userAgent);
  createRoot(container).render(
    <App port={createExcelPort()} work={loadWork} uiLang={uiLang} theme={theme} isMac={isMac} />,
  );
  boot()?.started();
}

if (typeof Office === 'undefined') {
  // office.js did not load (an isolated network, or the page opened outside Office).
  cannotRun('office-js', uiLangFrom(navigator.language), 'light');
} else {
  void Office.onReady(start);
}
