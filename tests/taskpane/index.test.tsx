/** @jest-environment jsdom */
/**
 * The pane's entry: Office.onReady → display language, theme and requirement-set check → the app on the
 * Office.js port (here backed by the Excel API double), or — through the page's first script, boot.js —
 * a message in both languages saying why this Excel cannot run it and what to use instead.
 */
import '../support/jsdom';
import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import * as fs from 'fs';
import * as path from 'path';
import { createExcelDouble } from '../support/excelDouble';

const BOOT = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'boot.js'), 'utf8');

const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  delete g.targetReportBoot;
  window.onerror = null;
  document.body.innerHTML = '';
});

/** The page's first script, as taskpane.html runs it before office.js and the bundle. */
function runBoot(): void {
  new Function(BOOT)();
}

function fakeOffice(opts: { lang: string; excelApi: string; host?: string; theme?: object }) {
  const double = createExcelDouble({
    sheets: [
      {
        name: 'Indicators',
        values: [
          ['Indicator', 'Unit', 'Annual target', 'Q1', 'Q2', 'Q3', 'Q4'],
          ['Training sessions', 'sessions', 40, 10, 12, null, null],
        ],
      },
    ],
    requirementSets: { ExcelApi: opts.excelApi },
  });
  const info = { host: opts.host ?? 'Excel', platform: 'PC' };
  g.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: opts.lang,
      officeTheme: opts.theme,
      requirements: double.office.context.requirements,
      document: double.office.context.document,
    },
  };
  g.Excel = { run: double.run };
  return double;
}

async function startPane(withBoot = true) {
  document.body.innerHTML = '<div id="container"></div>';
  if (withBoot) runBoot();
  await act(async () => {
    jest.isolateModules(() => {
      require('../../src/taskpane/index');
    });
  });
}

test('Excel without ExcelApi 1.7: both languages say why, name what can run it, and what to use instead', async () => {
  fakeOffice({ lang: 'zh-CN', excelApi: '1.6' });
  await startPane();
  const box = document.getElementById('boot-message') as HTMLElement;
  expect(box.dataset.reason).toBe('requirement');
  expect(box.getAttribute('role')).toBe('alert');
  expect(box.textContent).toContain('此 Excel 不支持本加载项');
  expect(box.textContent).toContain('批量许可版 Excel 2016 只支持 ExcelApi 1.1');
  expect(box.textContent).toContain('This Excel cannot run the add-in');
  expect(box.textContent).toContain('target-report.html');
  expect(box.textContent).toContain('target-report command-line program');
  expect(box.textContent).not.toContain('版本过旧');
  expect(screen.queryByRole('button', { name: '检查' })).toBeNull();
});

test('a host other than Excel is not supported either', async () => {
  fakeOffice({ lang: 'en-US', excelApi: '1.12', host: 'Word' });
  await startPane();
  expect(document.getElementById('boot-message')?.dataset.reason).toBe('requirement');
});

test('office.js missing: the network is named as the cause, not the Excel version', async () => {
  await startPane();
  const box = document.getElementById('boot-message') as HTMLElement;
  expect(box.dataset.reason).toBe('office-js');
  expect(box.textContent).toContain('appsforoffice.microsoft.com');
  expect(box.textContent).toContain('不是 Excel 版本的问题');
  expect(box.textContent).toContain('not the Excel version');
  expect(box.textContent).toContain('target-report.html');
});

test('without the page script (a page built without it) the pane says it in its own words', async () => {
  fakeOffice({ lang: 'zh-CN', excelApi: '1.6' });
  await startPane(false);
  await screen.findByText('此 Excel 无法运行本加载项');
  expect(document.body.textContent).toContain('ExcelApi 1.1');
});

test('Excel with ExcelApi 1.7 gets the pane in its display language, reading the workbook through the adapter', async () => {
  fakeOffice({ lang: 'en-GB', excelApi: '1.7', theme: { bodyBackgroundColor: '#FFFFFF' } });
  await startPane();
  await screen.findByText('Indicators', { selector: 'li span' }, { timeout: 15_000 });
  expect(screen.getByText('1 indicator')).toBeTruthy();
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(false),
  );
  // The pane said it started: a later script error is the pane's own business, not a start failure.
  window.onerror?.('late error', '', 0, 0, new Error('late'));
  expect(document.getElementById('boot-message')).toBeNull();
});

test('the theme follows Office: dark pane background → dark Fluent theme', () => {
  let themeFromOffice: typeof import('../../src/taskpane/index').themeFromOffice = () => 'light';
  fakeOffice({ lang: 'en-US', excelApi: '1.7' });
  document.body.innerHTML = '';
  jest.isolateModules(() => {
    themeFromOffice = require('../../src/taskpane/index').themeFromOffice;
  });
  expect(themeFromOffice(undefined)).toBe('light');
  expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
  expect(themeFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
  expect(themeFromOffice({ bodyBackgroundColor: '#ffffff', isDarkTheme: true })).toBe('dark');
  expect(themeFromOffice({ bodyBackgroundColor: 'not a colour' })).toBe('light');
});
