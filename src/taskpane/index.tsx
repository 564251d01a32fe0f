/**
 * The pane's entry: the only place that asks Office about the host (display language, theme,
 * requirement sets) before handing a WorkbookPort to the React app.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelPort } from '../addin/excel/createExcelPort';
import { App } from './App';
import { ErrorBar } from './components/ErrorBar';
import { uiLangFrom, uiTexts, type UiLang } from './i18n';

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

function Unsupported({ uiLang, theme }: { uiLang: UiLang; theme: 'light' | 'dark' }) {
  return (
    <FluentProvider
      theme={theme === 'dark' ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100vh', padding: 12 }}
    >
      <ErrorBar error={{ code: 'unsupported-host', detail: 'ExcelApi 1.7' }} t={uiTexts(uiLang)} />
    </FluentProvider>
  );
}

function start(info: { host: Office.HostType | null }) {
  const container = document.getElementById('container');
  if (!container) return;
  const ctx = typeof Office !== 'undefined' ? Office.context : undefined;
  const uiLang = uiLangFrom(ctx?.displayLanguage ?? navigator.language);
  const theme = themeFromOffice(
    ctx?.officeTheme as { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined,
  );
  const root = createRoot(container);
  const supported =
    info.host === Office.HostType.Excel && !!ctx?.requirements?.isSetSupported?.('ExcelApi', '1.7');
  if (!supported) {
    root.render(<Unsupported uiLang={uiLang} theme={theme} />);
    return;
  }
  const isMac = /Mac/i.test(navigator.platform || navigator.userAgent);
  root.render(<App port={createExcelPort()} uiLang={uiLang} theme={theme} isMac={isMac} />);
}

if (typeof Office === 'undefined') {
  // office.js did not load (opened outside Office, or offline): say so instead of a blank pane.
  const container = document.getElementById('container');
  if (container) {
    createRoot(container).render(<Unsupported uiLang={uiLangFrom(navigator.language)} theme="light" />);
  }
} else {
  void Office.onReady(start);
}
