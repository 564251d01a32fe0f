/** @jest-environment jsdom */
/**
 * The pane page's first script (src/taskpane/boot.js): plain ES5, so it runs in Internet Explorer and
 * the old Edge, where the bundle cannot even be parsed; and what it shows in each case.
 */
import '../support/jsdom';
import * as fs from 'fs';
import * as path from 'path';

const SOURCE = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'boot.js'), 'utf8');
// acorn comes with webpack (terser); it parses by language version.
const acorn = require('acorn') as { parse(code: string, options: { ecmaVersion: number }): unknown };

const g = globalThis as unknown as Record<string, unknown>;
const realAgent = navigator.userAgent;

function setAgent(agent: string): void {
  Object.defineProperty(window.navigator, 'userAgent', { value: agent, configurable: true });
}

function boot(): { started(): void; fail(reason: string): void } {
  new Function(SOURCE)();
  return g.targetReportBoot as { started(): void; fail(reason: string): void };
}

function message(): HTMLElement | null {
  return document.getElementById('boot-message');
}

beforeEach(() => {
  document.body.innerHTML = '<div id="container">pane</div>';
  g.Office = {};
});

afterEach(() => {
  setAgent(realAgent);
  delete g.Office;
  delete g.targetReportBoot;
  window.onerror = null;
  jest.useRealTimers();
});

test('parses as ES5 (what Internet Explorer 11 understands), and the check would catch newer syntax', () => {
  expect(() => acorn.parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  expect(() => acorn.parse('let x = () => `${1}`;', { ecmaVersion: 5 })).toThrow();
});

test.each([
  ['Internet Explorer (Trident)', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'],
  [
    'the old Edge (EdgeHTML)',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763',
  ],
])('%s: says at once that this Office cannot show the pane, in both languages', (_, agent) => {
  setAgent(agent);
  boot();
  const box = message() as HTMLElement;
  expect(box.dataset.reason).toBe('browser');
  expect(box.textContent).toContain('Internet Explorer');
  expect(box.textContent).toContain('此 Office 无法显示本任务窗格');
  expect(box.textContent).toContain('This Office cannot show the task pane');
  expect(box.textContent).toContain('target-report.html');
  expect((document.getElementById('container') as HTMLElement).style.display).toBe('none');
});

test('Chromium-based Edge ("Edg/") is not taken for the old Edge', () => {
  setAgent(
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0',
  );
  boot();
  expect(message()).toBeNull();
});

test('a script error before the pane started: "did not start", once', () => {
  boot();
  window.onerror?.('SyntaxError: Unexpected token', 'taskpane.js', 1, 1, new SyntaxError('x'));
  expect(message()?.dataset.reason).toBe('start');
  window.onerror?.('another', '', 0, 0, new Error('y'));
  expect(document.querySelectorAll('#boot-message')).toHaveLength(1);
});

test('no start within the time allowed: "did not start"; a pane that started is left alone', () => {
  jest.useFakeTimers();
  boot();
  jest.advanceTimersByTime(31_000);
  expect(message()?.dataset.reason).toBe('start');

  document.body.innerHTML = '<div id="container">pane</div>';
  boot().started();
  jest.advanceTimersByTime(31_000);
  expect(message()).toBeNull();
});

test('the bundle reports a host it cannot run on; an unknown reason reads as "did not start"', () => {
  boot().fail('requirement');
  expect(message()?.dataset.reason).toBe('requirement');
  document.body.innerHTML = '<div id="container"></div>';
  boot().fail('nonsense');
  expect(message()?.dataset.reason).toBe('start');
});

test('the language of the browser comes first', () => {
  Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });
  boot().fail('requirement');
  const sections = (message() as HTMLElement).querySelectorAll('section');
  expect([...sections].map((s) => s.getAttribute('lang'))).toEqual(['en-US', 'zh-CN']);
  Object.defineProperty(window.navigator, 'language', { value: 'zh-CN', configurable: true });
  document.body.innerHTML = '<div id="container"></div>';
  boot().fail('requirement');
  const again = (message() as HTMLElement).querySelectorAll('section');
  expect([...again].map((s) => s.getAttribute('lang'))).toEqual(['zh-CN', 'en-US']);
});
