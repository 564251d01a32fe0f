/**
 * The offline page's entry: starts the Web Worker from its source inlined in the page (a file:// page
 * may not load a worker file), builds the file port and renders the page in the browser's language.
 */
import { createRoot } from 'react-dom/client';
import { defaultSettings } from '../addin/reportSettings';
import { isoToday } from '../taskpane/App';
import { uiLangFrom, type UiLang } from '../taskpane/i18n';
import { createFilePort } from './filePort';
import { PageApp } from './PageApp';
import { pageTexts } from './texts';

/** The element the build puts the worker's source in. */
const WORKER_SOURCE_ID = 'target-report-worker';

function startWorker(): Worker {
  const source = document.getElementById(WORKER_SOURCE_ID)?.textContent ?? '';
  if (!source) throw new Error('the page was built without its worker');
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(url);
}

function showLang(lang: UiLang): void {
  document.documentElement.lang = lang;
  document.title = pageTexts(lang).title;
}

const container = document.getElementById('container');
if (container) {
  const lang = uiLangFrom(navigator.language);
  showLang(lang);
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const port = createFilePort(startWorker(), defaultSettings(lang));
  createRoot(container).render(
    <PageApp
      port={port}
      initialLang={lang}
      today={isoToday}
      theme={dark ? 'dark' : 'light'}
      onLang={showLang}
    />,
  );
}
