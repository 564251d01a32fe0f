/** @jest-environment jsdom */
/**
 * The pane's entry: Office.onReady → display language, theme and requirement-set check → the app on the
 * Office.js port (here backed by the Excel API double), or a plain "unsupported Excel" message.
 */
import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { createExcelDouble } from '../support/excelDouble';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
});

const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  document.body.innerHTML = '';
});

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

async function startPane() {
  document.body.innerHTML = '<div id="container"></div>';
  await act(async () => {
    jest.isolateModules(() => {
      require('../../src/taskpane/index');
    });
  });
}

test('Excel without ExcelApi 1.7 gets a plain "unsupported version" message in its language', async () => {
  fakeOffice({ lang: 'zh-CN', excelApi: '1.6' });
  await startPane();
  await screen.findByText('Excel 版本过旧');
  expect(document.body.textContent).toContain('ExcelApi 1.7');
  expect(screen.queryByRole('button', { name: '检查' })).toBeNull();
});

test('a host other than Excel is not supported either', async () => {
  fakeOffice({ lang: 'en-US', excelApi: '1.12', host: 'Word' });
  await startPane();
  await screen.findByText('Excel version not supported');
});

test('Excel with ExcelApi 1.7 gets the pane in its display language, reading the workbook through the adapter', async () => {
  fakeOffice({ lang: 'en-GB', excelApi: '1.7', theme: { bodyBackgroundColor: '#FFFFFF' } });
  await startPane();
  await screen.findByText('Indicators', { selector: 'li span' });
  expect(screen.getByText('1 indicator')).toBeTruthy();
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(false),
  );
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
