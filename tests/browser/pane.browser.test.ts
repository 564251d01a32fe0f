/**
 * The production build of the task pane in real headless Chromium, used as a person would: built with
 * webpack (production config, for a production address, plus the test-only harness page that injects
 * the Excel API double; the build the offline page's test shares, ./sharedBuild.ts), served from 127.0.0.1, and driven with the mouse and with the keyboard at
 * 320 px and 450 px, in both languages, in the light and the dark theme, with an accessibility scan
 * (axe-core, WCAG 2.1 A and AA) of each. Screenshots go to out/pane/ (npm run render-sample copies two
 * of them to docs/images/).
 *
 * Without /usr/bin/chromium the browser part is skipped with a one-line reason, except under CI=true,
 * where it fails. The build checks (manifest, page script, bundle content and size) run either way.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { axeViolations, CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium, settled } from './browserSupport';
import { ADDIN_URL, sharedBuild } from './sharedBuild';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'out', 'pane');
/**
 * Initial JavaScript of the pane, gzipped: 248 KB on 2026-12-04 (351 KB before the reader, the evaluator
 * and the report's layout moved to a script loaded after the first paint; docs/PERFORMANCE.md).
 */
const MAX_INITIAL_JS_GZIP = 280 * 1024;

let outDir = '';
let buildError: Error | null = null;

beforeAll(async () => {
  try {
    outDir = await sharedBuild();
  } catch (e) {
    buildError = e as Error;
  }
}, 1_800_000);

function built(): string {
  if (buildError) throw buildError;
  return outDir;
}

/** The script files taskpane.html loads, in order. */
function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

describe('production build', () => {
  test('loads office.js from Microsoft’s CDN; the harness page does not', () => {
    const dir = built();
    const pane = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    expect(pane).toMatch(/src=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    const harness = fs.readFileSync(path.join(dir, 'harness.html'), 'utf8');
    expect(harness).not.toMatch(/src=["']?https:\/\/appsforoffice/);
    expect(harness).toContain('harness/harness.js');
    // The harness page runs exactly the production scripts.
    expect(initialScripts(harness).filter((s) => !s.startsWith('harness/'))).toEqual(initialScripts(pane));
    for (const file of [
      'manifest.xml',
      'commands.html',
      'help.html',
      'assets/icon-32.png',
      'assets/icon-80.png',
    ]) {
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    }
  });

  test('the page script comes first, inline, and stays ES5 after minifying', () => {
    const pane = fs.readFileSync(path.join(built(), 'taskpane.html'), 'utf8');
    const scripts = [...pane.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts[0][1]).not.toMatch(/src=/);
    const inline = scripts[0][2];
    expect(inline).toContain('targetReportBoot');
    const acorn = require('acorn') as { parse(code: string, options: { ecmaVersion: number }): unknown };
    expect(() => acorn.parse(inline, { ecmaVersion: 5 })).not.toThrow();
  });

  test('a production build points every URL of the manifest at ADDIN_URL: no localhost is left', () => {
    const xml = fs.readFileSync(path.join(built(), 'manifest.xml'), 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      expect(url.startsWith(ADDIN_URL) || url === new URL(ADDIN_URL).origin).toBe(true);
    }
    const app = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).OfficeApp;
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(`${ADDIN_URL}/taskpane.html`);
    expect(app.SupportUrl['@DefaultValue']).toBe(`${ADDIN_URL}/help.html#en-US`);
    expect(xml).not.toContain('Local/dev build');
  });

  test('holds none of exceljs, jszip or docx; its initial JS is at most 280 KB gzipped, without the reader', () => {
    const dir = built();
    const scripts = initialScripts(fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    const jsFiles = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
    const sources = jsFiles.flatMap((f) => {
      const map = path.join(dir, `${f}.map`);
      return fs.existsSync(map) ? (JSON.parse(fs.readFileSync(map, 'utf8')).sources as string[]) : [];
    });
    expect(sources.some((s) => s.includes('src/taskpane/App.tsx'))).toBe(true);
    expect(sources.some((s) => s.includes('src/engine/pipeline.ts'))).toBe(true);
    // The reader and the evaluator are in a script of their own, loaded after the pane is drawn.
    const initialSources = scripts.flatMap(
      (f) => JSON.parse(fs.readFileSync(path.join(dir, `${f}.map`), 'utf8')).sources as string[],
    );
    expect(initialSources.some((s) => s.includes('src/taskpane/App.tsx'))).toBe(true);
    for (const heavy of [
      'src/engine/pipeline.ts',
      'src/engine/read/findTables.ts',
      'src/engine/layout/layout.ts',
      // The language packs the pane draws with need none of the grammar that reads figures.
      'src/engine/core/grammar.ts',
    ]) {
      expect(initialSources.filter((s) => s.includes(heavy))).toEqual([]);
    }
    const forbidden = sources.filter((s) => /node_modules\/(exceljs|jszip|docx)\//.test(s));
    expect(forbidden).toEqual([]);
    // Nothing test-only in the production files either.
    expect(sources.filter((s) => /tests\//.test(s))).toEqual([]);
    const gzipped = scripts.reduce(
      (sum, s) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, s))).length,
      0,
    );
    process.stdout.write(`pane initial JS: ${(gzipped / 1024).toFixed(0)} KB gzipped\n`);
    expect(gzipped).toBeLessThanOrEqual(MAX_INITIAL_JS_GZIP);
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

if (!HAVE_CHROMIUM && !IN_CI) {
  process.stdout.write(
    `skipping the browser test: ${CHROMIUM} is not installed (apt-get install chromium)\n`,
  );
}

const browserDescribe = HAVE_CHROMIUM || IN_CI ? describe : describe.skip;

interface Run {
  readonly browser: Browser;
  readonly base: string;
  readonly offLoopback: string[];
  readonly pageErrors: string[];
}

let run: Run | null = null;
let server: http.Server | null = null;

async function open(
  query: string,
  opts: {
    width: number;
    locale?: string;
    scale?: number;
    height?: number;
    /** The first request for a file of this name fails, as on a network that drops it. */
    dropOnce?: RegExp;
  } = { width: 320 },
): Promise<Page> {
  const r = run as Run;
  const context = await r.browser.newContext({
    viewport: { width: opts.width, height: opts.height ?? 720 },
    deviceScaleFactor: opts.scale ?? 1,
    locale: opts.locale ?? 'zh-CN',
  });
  const page = await context.newPage();
  let dropped = false;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (opts.dropOnce && !dropped && opts.dropOnce.test(url.pathname)) {
      dropped = true;
      return route.abort('connectionreset');
    }
    if (url.hostname === '127.0.0.1') return route.continue();
    r.offLoopback.push(url.href);
    return route.abort();
  });
  page.on('pageerror', (e) => r.pageErrors.push(String(e)));
  page.on('console', (m) => {
    // The browser's own line for the request dropped on purpose is expected.
    const expected = dropped && /ERR_CONNECTION_RESET/.test(m.text());
    if (m.type() === 'error' && !expected) r.pageErrors.push(m.text());
  });
  await page.goto(`${r.base}/${query}`);
  return page;
}

/** True when what is drawn at the element's top-left corner is the element itself (nothing covers it). */
async function uncovered(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + 2, r.top + 2);
    return !!top && (el === top || el.contains(top));
  }, selector);
}

/** The pane's strings for the two UI languages, as the test needs them. */
const UI = {
  'zh-CN': {
    indicators: '7 项指标',
    refresh: '刷新',
    period: '对标期间',
    q2: '第二季度',
    q3: '第三季度',
    resultsQ3: '检查结果（第三季度）',
    language: '报告语言',
    otherLanguage: 'English',
    otherLang: 'en-US',
    title: '报告标题',
    onTrack: '序时推进线（%）',
    check: '检查',
    results: '检查结果（第二季度）',
    write: '写入报告',
    written: (sheet: string) => `报告已写入工作表“${sheet}”。`,
    goToReport: '转到报告',
    attentionTable: '问题指标表',
    flag: '标记问题指标',
    clear: '清除标记',
    template: '插入模板',
    keep: '保留修改稿并写入新报告',
    report: 'Target report',
  },
  'en-US': {
    indicators: '7 indicators',
    refresh: 'Refresh',
    period: 'Period',
    q2: 'Q2',
    q3: 'Q3',
    resultsQ3: 'Check results (Q3)',
    language: 'Report language',
    otherLanguage: '中文',
    otherLang: 'zh-CN',
    title: 'Report title',
    onTrack: 'On track from (%)',
    check: 'Check',
    results: 'Check results (Q2)',
    write: 'Write report',
    written: (sheet: string) => `The report is written to the sheet "${sheet}".`,
    goToReport: 'Go to report',
    attentionTable: 'Attention table',
    flag: 'Flag shortfalls',
    clear: 'Clear flags',
    template: 'Insert template',
    keep: 'Keep it and write a new report',
    report: '对标报告',
  },
} as const;

type UiLang = keyof typeof UI;

/** Waits until an expression over the page (and its harness) holds. */
async function until(page: Page, expression: string): Promise<void> {
  await page.waitForFunction(expression, null, { timeout: 30_000 });
}

/** A field of the settings the pane saved in the workbook, as an expression for until(). */
const saved = (field: string) => `window.__harness.settings()['targetReport.settings']?.${field}`;
const selection = `window.__harness.selection()`;

/**
 * Every control with the mouse: the tooltip and both drop-downs open without covering the pane, an
 * option is chosen and takes effect (saved, used by the check, the report in the chosen language), the
 * text fields, Check, the links to rows and cells, Write report, Go to report, the copy buttons, flags,
 * an edited report sheet kept under another name, and the template.
 */
async function mouseFlow(page: Page, lang: UiLang): Promise<void> {
  const u = UI[lang];
  await page.locator('li', { hasText: '目标任务' }).getByText(u.indicators).waitFor();

  await page.getByRole('button', { name: u.refresh }).hover();
  await page.getByRole('tooltip').waitFor();
  expect(await uncovered(page, 'main h2')).toBe(true);
  await page.mouse.move(0, 700);

  await page.getByRole('combobox', { name: u.period }).click();
  await page.getByRole('listbox').waitFor();
  expect(await uncovered(page, 'main h2')).toBe(true);
  await page.getByRole('option', { name: u.q2, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  expect(await page.getByRole('combobox', { name: u.period }).innerText()).toContain(u.q2);
  await until(page, `${saved('period')} === 'Q2'`);

  await page.getByRole('combobox', { name: u.language }).click();
  await page.getByRole('listbox').waitFor();
  expect(await uncovered(page, 'main h2')).toBe(true);
  await page.getByRole('option', { name: u.otherLanguage }).click();
  await until(page, `${saved('lang')} === '${u.otherLang}'`);

  await page.getByLabel(u.title).click();
  await page.getByLabel(u.title).fill('2024 对标');
  await page.getByLabel(u.onTrack).click();
  await page.getByLabel(u.onTrack).fill('95');
  await page.locator('main h2').first().click();
  await until(page, `${saved('title')} === '2024 对标' && ${saved('thresholds.onTrack')} === 0.95`);

  await page.getByRole('button', { name: u.check, exact: true }).click();
  await page.getByText(u.results).waitFor();
  await settled(page);
  // A link in the preview selects the indicator's row.
  await page.locator('[data-item-status] button').first().click();
  await until(page, `/^A\\d+:XFD\\d+$/.test(${selection}?.address ?? '')`);
  // Back to the third quarter, where a cell holds text instead of a number: its link selects the cell.
  await page.getByRole('combobox', { name: u.period }).click();
  await page.getByRole('option', { name: u.q3, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: u.check, exact: true }).click();
  await page.getByText(u.resultsQ3).waitFor();
  await page.getByRole('button', { name: /目标任务!G10/ }).click();
  await until(page, `${selection}?.address === 'G10'`);
}

async function writeFlow(page: Page, lang: UiLang): Promise<void> {
  const u = UI[lang];
  await page.getByRole('button', { name: u.write, exact: true }).click();
  await page.getByText(u.written(u.report)).waitFor({ timeout: 60_000 });
  expect(await page.evaluate('window.__harness.sheetNames()')).toEqual(expect.arrayContaining([u.report]));
  await page.getByRole('button', { name: u.goToReport }).click();
  await until(page, `${selection}?.sheet === '${u.report}'`);
  await page.getByRole('button', { name: u.attentionTable }).click();
  await settled(page);
  await page.getByRole('button', { name: u.flag }).click();
  await settled(page);
  await page.getByRole('button', { name: u.clear }).click();
  await settled(page);
}

/** Someone edits the report sheet by hand; Write report asks, and the edited sheet is kept. */
async function editedFlow(page: Page, lang: UiLang): Promise<void> {
  const u = UI[lang];
  await page.evaluate((sheet) => (window as any).__harness.edit(sheet, 'A1', '手工修改的标题'), u.report);
  await page.getByRole('button', { name: u.write, exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: u.keep }).click();
  await page.getByText(u.written(u.report)).waitFor({ timeout: 60_000 });
  // Once the dialog has gone, the pane is no longer hidden from assistive technology.
  await dialog.waitFor({ state: 'detached' });
  await until(page, `!document.getElementById('container').hasAttribute('aria-hidden')`);
  const names = (await page.evaluate('window.__harness.sheetNames()')) as string[];
  expect(names.filter((n) => n.startsWith(u.report))).toHaveLength(2);
}

/**
 * Tab through the whole pane: every enabled control is reached; then a drop-down is opened, an option
 * chosen and Check pressed with the keyboard alone.
 */
async function keyboardFlow(page: Page, lang: UiLang): Promise<void> {
  const u = UI[lang];
  await page.locator('li', { hasText: '目标任务' }).getByText(u.indicators).waitFor();
  await settled(page);
  const controls = (await page.evaluate(() => {
    const sel =
      'main button:not([disabled]), main [role="combobox"], main input:not([disabled]), main a[href]';
    return [...document.querySelectorAll(sel)]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el, i) => {
        (el as HTMLElement).dataset.kbd = String(i);
        return String(i);
      });
  })) as string[];
  // Refresh, 2 drop-downs, 4 fields, Check, Write report, 3 more buttons.
  expect(controls.length).toBeGreaterThanOrEqual(12);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const reached = new Set<string>();
  for (let i = 0; i < controls.length * 3 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const k = (await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? '',
    )) as string;
    if (k) reached.add(k);
  }
  expect(controls.filter((c) => !reached.has(c))).toEqual([]);

  await page.getByRole('combobox', { name: u.period }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  await until(page, `${saved('period')} === 'Q1'`);
  await page.getByRole('button', { name: u.check, exact: true }).focus();
  await page.keyboard.press('Enter');
  await settled(page);
  await page.locator('[data-status="achieved"]').waitFor();
}

/** No sideways scroll, and every field inside the content edge. */
async function fitsWidth(page: Page): Promise<{ overflow: number; outside: string[] }> {
  return page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const box = main.getBoundingClientRect();
    const padRight = parseFloat(getComputedStyle(main).paddingRight);
    const edge = box.right - padRight + 0.5;
    const outside = [...main.querySelectorAll('input, [role="combobox"], button')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => el.getBoundingClientRect().right > edge)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
    return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, outside };
  });
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).slice(0, 3).map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

browserDescribe(`task pane in headless Chromium (${HAVE_CHROMIUM ? CHROMIUM : 'not installed'})`, () => {
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    const dir = built();
    server = await serve(dir);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // playwright gives the browser a fresh temporary profile (its user-data-dir) and removes it afterwards.
    const browser = await launchChromium();
    run = { browser, base, offLoopback: [], pageErrors: [] };
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await run?.browser.close();
    if (server) await new Promise((resolve) => (server as http.Server).close(resolve));
  });

  const requireChromium = () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI=true but ${CHROMIUM} is missing: install the chromium package`);
  };

  test.each([
    ['zh-CN', 320, 'light'],
    ['en-US', 320, 'dark'],
    ['en-US', 450, 'light'],
    ['zh-CN', 450, 'dark'],
  ] as const)(
    '%s at %i px, %s theme: mouse, keyboard, accessibility',
    async (lang, width, theme) => {
      requireChromium();
      const page = await open(`harness.html?lang=${lang}&theme=${theme}`, { width, locale: lang });
      const u = UI[lang];
      // The pane as one first sees it after Check (the picture in README comes from here).
      await page.locator('li', { hasText: '目标任务' }).getByText(u.indicators).waitFor();
      await page.getByRole('button', { name: u.check, exact: true }).click();
      await page.getByText(u.resultsQ3).waitFor();
      await settled(page);
      await page.mouse.move(0, 0);
      const shot = `taskpane-${lang}-${width}-${theme}.png`;
      await page.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
      if (lang === 'zh-CN' && width === 320 && theme === 'light') {
        fs.copyFileSync(path.join(SHOTS, shot), path.join(SHOTS, 'taskpane.png'));
      }
      if (theme === 'dark') {
        const [bg, dot] = await page.evaluate(() => [
          getComputedStyle(document.querySelector('main') as Element).backgroundColor,
          getComputedStyle(document.querySelector('[data-dot="no_data"]') as Element).backgroundColor,
        ]);
        expect(luminance(bg)).toBeLessThan(0.05);
        // The "no data" dot stands out from the dark background (non-text contrast, WCAG 1.4.11).
        expect(contrast(bg, dot)).toBeGreaterThanOrEqual(3);
        if (lang === 'en-US') fs.copyFileSync(path.join(SHOTS, shot), path.join(SHOTS, 'taskpane-dark.png'));
      }
      expect(await axeViolations(page)).toEqual([]);

      await keyboardFlow(page, lang);
      await page.reload();
      await mouseFlow(page, lang);
      expect(await axeViolations(page)).toEqual([]);
      await writeFlow(page, lang);
      await editedFlow(page, lang);
      expect(await axeViolations(page)).toEqual([]);
      const before = ((await page.evaluate('window.__harness.sheetNames()')) as string[]).length;
      await page.getByRole('button', { name: UI[lang].template }).click();
      await until(page, `window.__harness.sheetNames().length === ${before + 1}`);
      await page.context().close();
    },
    300_000,
  );

  /** The columns step's words, per pane language. */
  const COLUMNS = {
    'zh-CN': {
      choose: '指定列：区县任务',
      step: '指定工作表“区县任务”的列',
      name: '指标名称',
      notes: '备注',
      none: '（无）',
      county: 'A · 栏目',
      apply: '应用并检查',
      read: '3 项指标',
      results: /^检查结果/,
      yearStart: '年度起始月份',
      april: '4月',
    },
    'en-US': {
      choose: 'Choose columns: 区县任务',
      step: 'Columns of the sheet "区县任务"',
      name: 'Indicator name',
      notes: 'Notes',
      none: '(none)',
      county: 'A · 栏目',
      apply: 'Apply and check',
      read: '3 indicators',
      results: /^Check results/,
      yearStart: 'Year starts in',
      april: 'April',
    },
  } as const;

  test.each([
    ['zh-CN', 'light'],
    ['en-US', 'dark'],
  ] as const)(
    'the columns step at 320 px, %s, %s theme: mouse, keyboard, accessibility; the year start',
    async (lang, theme) => {
      requireChromium();
      const page = await open(`harness.html?lang=${lang}&theme=${theme}&book=columns`, {
        width: 320,
        locale: lang,
      });
      const u = COLUMNS[lang];
      await settled(page);
      // Mouse: open the step from the sheet list.
      await page.getByRole('button', { name: u.choose }).click();
      const step = page.getByRole('group', { name: u.step });
      await step.waitFor();
      expect(await fitsWidth(page)).toEqual({ overflow: 0, outside: [] });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `columns-${lang}-${theme}.png`), fullPage: true });
      // Mouse: the name drop-down opens on a click, its list over the pane, and the column is chosen.
      await step.getByRole('combobox', { name: u.name }).click();
      await page.getByRole('listbox').waitFor();
      await page.getByRole('option', { name: u.county }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      expect(await step.getByRole('combobox', { name: u.name }).innerText()).toContain(u.county);
      // Keyboard: the notes drop-down set to none (Enter, Home, Enter), then Tab on to Apply and Enter.
      await step.getByRole('combobox', { name: u.notes }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      expect(await step.getByRole('combobox', { name: u.notes }).innerText()).toContain(u.none);
      let onApply = false;
      for (let i = 0; i < 20 && !onApply; i++) {
        await page.keyboard.press('Tab');
        onApply = await page.evaluate((name) => document.activeElement?.textContent === name, u.apply);
      }
      expect(onApply).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText(u.results).waitFor();
      await settled(page);
      const savedColumns = `${saved('columns')}?.['区县任务']`;
      await until(page, `JSON.stringify(${savedColumns}) === '{"name":"A","target":"B","actual":"C"}'`);
      await page.locator('li', { hasText: '区县任务' }).getByText(u.read).waitFor();
      // The year start, with the mouse: saved, and the pane still clean for assistive technology.
      await page.getByRole('combobox', { name: u.yearStart }).click();
      await page.getByRole('listbox').waitFor();
      await page.getByRole('option', { name: u.april, exact: true }).click();
      await until(page, `${saved('yearStart')} === 4`);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    180_000,
  );

  test('320 px at 125 % zoom, and 320 px: no sideways scroll, every field inside the edge', async () => {
    requireChromium();
    for (const [width, scale] of [
      [256, 1.25],
      [320, 1],
    ] as const) {
      const page = await open('harness.html?lang=zh-CN', { width, scale });
      await page.locator('li', { hasText: '目标任务' }).getByText('7 项指标').waitFor();
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await settled(page);
      expect(await fitsWidth(page)).toEqual({ overflow: 0, outside: [] });
      await page.context().close();
    }
  }, 120_000);

  test.each([
    ['zh-CN', 'light', '早前期间的工作表（用于对比）', '检查'],
    ['en-US', 'dark', 'Sheets of earlier periods (compared with)', 'Check'],
  ] as const)(
    'a sheet a month at 320 px, %s, %s theme: the earlier month listed apart, then checked against it',
    async (lang, theme, heading, check) => {
      requireChromium();
      const page = await open(`harness.html?lang=${lang}&theme=${theme}&book=months`, {
        width: 320,
        locale: lang,
      });
      await settled(page);
      const earlier = page.getByRole('list', { name: heading });
      await earlier.getByText('1-6月', { exact: true }).waitFor();
      expect(await fitsWidth(page)).toEqual({ overflow: 0, outside: [] });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `months-${lang}-${theme}.png`), fullPage: true });
      // Mouse: the check compares with the earlier month (what changed since the second quarter).
      await page.getByRole('button', { name: check, exact: true }).click();
      await page
        .getByText(lang === 'zh-CN' ? /第二季度/ : /Q2/)
        .first()
        .waitFor();
      await page.context().close();
    },
    120_000,
  );

  test('a blank workbook opens on the welcome; its help link leads to the help page, in both languages', async () => {
    requireChromium();
    const page = await open('harness.html?lang=zh-CN&book=blank', { width: 320 });
    const welcome = page.locator('[data-first-run]');
    await welcome.getByText('开始使用目标对标').waitFor();
    expect(await page.locator('[data-error-code]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await welcome.getByRole('link', { name: /使用说明/ }).getAttribute('href')).toBe(
      'help.html#zh-CN',
    );
    await welcome.getByRole('button', { name: '插入模板' }).click();
    await page.locator('li', { hasText: '指标模板' }).waitFor();
    await page.goto(`${(run as Run).base}/help.html#zh-CN`);
    await page.getByRole('heading', { name: '目标对标 使用说明' }).waitFor();
    await page.getByRole('heading', { name: 'Target report — Help' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('where office.js could not be loaded, the page says so in both languages (real page script)', async () => {
    requireChromium();
    const page = await open('harness.html?office=missing', { width: 320 });
    const box = page.locator('#boot-message[data-reason="office-js"]');
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain('无法加载 Office 脚本库');
    expect(text).toContain('could not be loaded');
    expect(text).toContain('target-report.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-no-office-js.png'), fullPage: true });
    await page.context().close();
  }, 60_000);

  test('the first script is only what the pane draws; the checking half arrives after, and again when the network dropped it', async () => {
    requireChromium();
    const page = await open('harness.html?lang=zh-CN', { width: 320, dropOnce: /^\/work\.[0-9a-f]+\.js$/ });
    const error = page.locator('[data-error-code="not-loaded"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('加载项未能完整加载');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-not-loaded.png'), fullPage: true });
    await page.getByRole('button', { name: '刷新', exact: true }).click();
    await page.locator('li', { hasText: '目标任务' }).getByText('7 项指标').waitFor();
    expect(await page.locator('[data-error-code]').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  test('no request left the machine and no page error was logged', () => {
    requireChromium();
    expect((run as Run).offLoopback).toEqual([]);
    expect((run as Run).pageErrors).toEqual([]);
  });
});
