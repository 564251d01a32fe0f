/**
 * The offline page (dist/target-report.html) in real headless Chromium, opened from disk (file://) as
 * someone would double-click it: the sample workbook picked, checked (counts as the command line
 * counts), the report made and its three downloads compared with what the command line writes for the
 * same input (the JSON the same text; the .xlsx and .docx the same text but for the check-in's time);
 * a table copied as HTML and text; no request that is not file:, data: or blob:; every control
 * reached with the mouse and with the keyboard at 360 px and 1280 px; an accessibility scan (axe-core,
 * WCAG 2.1 A and AA); the language switched. Screenshots go to out/page/. The build is the one the
 * pane's browser test uses (./sharedBuild.ts). How long the page takes until its file picker is usable
 * is printed, not asserted.
 *
 * Without /usr/bin/chromium the browser part is skipped with a one-line reason, except under CI=true,
 * where it fails. The build checks run either way.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeBenchWorkbook } from '../../scripts/bench/generate';
import { runCli } from '../support/runCli';
import { axeViolations, CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium, settled } from './browserSupport';
import { sharedBuild } from './sharedBuild';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'out', 'page');
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'indicators-sample.xlsx');

let pageFile = '';
let buildError: Error | null = null;

beforeAll(async () => {
  try {
    pageFile = path.join(await sharedBuild(), 'target-report.html');
  } catch (e) {
    buildError = e as Error;
  }
}, 1_800_000);

function built(): string {
  if (buildError) throw buildError;
  return pageFile;
}

describe('the offline page as built', () => {
  test('is one file: every script inline, the worker inline, nothing loaded from anywhere', () => {
    const html = fs.readFileSync(built(), 'utf8');
    // Checked as facts, so that a failure does not print the 1 MB page.
    const facts = {
      scriptWithSrc: /<script[^>]*\bsrc=/i.test(html),
      linkWithHref: /<link[^>]*\bhref=/i.test(html),
      inlineWorker: /<script type=["']?text\/plain["']? id=["']?target-report-worker["']?>/.test(html),
      // No address the browser could fetch: no http(s) URL in a src, href or url(…).
      remoteAddress: /(src|href)=["']?https?:|url\(["']?https?:/i.test(html),
      contentSecurityPolicy: /http-equiv=["']?Content-Security-Policy/i.test(html),
    };
    expect(facts).toEqual({
      scriptWithSrc: false,
      linkWithHref: false,
      inlineWorker: true,
      remoteAddress: false,
      contentSecurityPolicy: true,
    });
    const dir = path.dirname(built());
    expect(fs.readdirSync(dir).filter((f) => /^page(-worker)?\./.test(f))).toEqual([]);
  });
});

if (!HAVE_CHROMIUM && !IN_CI) {
  process.stdout.write(
    `skipping the page's browser test: ${CHROMIUM} is not installed (apt-get install chromium)\n`,
  );
}

const browserDescribe = HAVE_CHROMIUM || IN_CI ? describe : describe.skip;

/** The command line's outputs for the sample, run where the file's name is the page's file name. */
interface CliOutputs {
  readonly json: string;
  readonly xlsx: Buffer;
  readonly docx: Buffer;
}

async function cliOutputs(lang: string, source = SAMPLE): Promise<CliOutputs> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'target-report-page-cli-'));
  try {
    fs.copyFileSync(source, path.join(dir, path.basename(source)));
    const r = await runCli(
      [
        'report',
        path.basename(source),
        '--lang',
        lang,
        '--out',
        'r.xlsx',
        '--json',
        'r.json',
        '--docx',
        'r.docx',
      ],
      dir,
      { now: new Date() },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return {
      json: fs.readFileSync(path.join(dir, 'r.json'), 'utf8'),
      xlsx: fs.readFileSync(path.join(dir, 'r.xlsx')),
      docx: fs.readFileSync(path.join(dir, 'r.docx')),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A check-in's time: stored (ISO) or as the history sheet shows it (local "2026-09-30 14:05"). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** Every text and value of a package's XML parts (but a check-in's time), part by part. */
async function packageText(bytes: Buffer, parts: RegExp): Promise<Record<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(zip.files)
    .filter((n) => parts.test(n))
    .sort()) {
    const xml = await zip.file(name)!.async('string');
    out[name] = [...xml.matchAll(/<(?:t|v|w:t)(?:\s[^>]*)?>([^<]*)<\/(?:t|v|w:t)>/g)]
      .map((m) => m[1])
      .filter((text) => !ISO_TIME.test(text));
  }
  return out;
}

interface JsonSummary {
  readonly summary: { readonly total: number; readonly byStatus: Record<string, number> };
}

/** The check view's count per status is the command line's. */
async function expectCounts(page: Page, expected: JsonSummary): Promise<void> {
  for (const [status, n] of Object.entries(expected.summary.byStatus)) {
    const shown = await page.locator(`[data-status="${status}"] span`).last().innerText();
    expect([status, shown]).toEqual([status, n.toLocaleString('en-US')]);
  }
}

/** The visible, enabled controls of the page, each marked with a number. */
async function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel =
      'main button:not([disabled]), main [role="combobox"], main select, main input:not([disabled]):not([hidden]), main a[href]';
    return [...document.querySelectorAll(sel)]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el, i) => {
        (el as HTMLElement).dataset.kbd = String(i);
        return String(i);
      });
  });
}

/** Tab reaches every control. */
async function keyboardReachesAll(page: Page): Promise<void> {
  const controls = await markControls(page);
  expect(controls.length).toBeGreaterThanOrEqual(12);
  await page.locator('h1').click();
  const reached = new Set<string>();
  for (let i = 0; i < controls.length * 3 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const k = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? '');
    if (k) reached.add(k);
  }
  expect(controls.filter((c) => !reached.has(c))).toEqual([]);
}

/** The mouse reaches every control: each lies inside the page's width and nothing covers it. */
async function mouseReachesAll(page: Page): Promise<void> {
  const controls = await markControls(page);
  const blocked: string[] = [];
  for (const k of controls) {
    const el = page.locator(`[data-kbd="${k}"]`);
    await el.scrollIntoViewIfNeeded();
    const free = await el.evaluate((node) => {
      const r = node.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const inside = r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5;
      return inside && !!top && (node === top || node.contains(top));
    });
    if (!free)
      blocked.push(await el.evaluate((n) => n.getAttribute('aria-label') ?? n.textContent ?? n.tagName));
    else await el.hover();
  }
  expect(blocked).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
}

async function download(page: Page, kind: string, to: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-download="${kind}"]`).click(),
  ]);
  await file.saveAs(to);
  return fs.readFileSync(to);
}

browserDescribe(`offline page in headless Chromium (${HAVE_CHROMIUM ? CHROMIUM : 'not installed'})`, () => {
  let browser: Browser | null = null;
  const offline: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    browser = await launchChromium();
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The end of every visit: no request left the file, no error on the page; then the page is closed. */
  async function leave(context: BrowserContext): Promise<void> {
    expect(offline).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }

  const requireChromium = () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI=true but ${CHROMIUM} is missing: install the chromium package`);
  };

  async function open(
    width: number,
    locale: string,
    url = pathToFileURL(built()).href,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await (browser as Browser).newContext({
      viewport: { width, height: 900 },
      locale,
      acceptDownloads: true,
    });
    context.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url()) && r.url() !== url) offline.push(r.url());
    });
    await context.route(/^(https?|wss?|ftp):/, (route) =>
      route.request().url() === url ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    const started = Date.now();
    await page.goto(url);
    await page.getByRole('button', { name: locale === 'zh-CN' ? '选择文件…' : 'Pick files…' }).waitFor();
    process.stdout.write(
      `offline page at ${width} px: file picker usable after ${Date.now() - started} ms\n`,
    );
    return { context, page };
  }

  test('zh-CN at 1280 px: the sample checked, the three downloads as the command line writes them', async () => {
    requireChromium();
    const cli = await cliOutputs('zh-CN');
    const { context, page } = await open(1280, 'zh-CN');
    // With the mouse: the picker button opens the browser's file chooser.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '选择文件…' }).click(),
    ]);
    await chooser.setFiles(SAMPLE);
    await page.locator('[data-files] li', { hasText: 'indicators-sample.xlsx' }).waitFor();
    await page.getByText('项指标').first().waitFor();
    await settled(page);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByText(/^检查结果/).waitFor();
    await settled(page);
    const expected = JSON.parse(cli.json) as JsonSummary;
    await expectCounts(page, expected);
    // No workbook to go to: the data problems and the indicators behind pace name their file, sheet
    // and cell (or row) in plain text, with no link or button that would do nothing.
    const results = page.locator('section', { has: page.getByRole('heading', { name: /^检查结果/ }) });
    expect(await results.locator('button, a, [role="button"], [role="link"]').count()).toBe(0);
    const places = await results.locator('[data-place]').allInnerTexts();
    expect(
      places.filter((p) => /^文件“indicators-sample\.xlsx”中工作表“[^”]+”的[A-Z]+\d+单元格：/.test(p)),
    ).toHaveLength(
      (JSON.parse(cli.json) as { diagnostics: { cell?: string }[] }).diagnostics.filter((d) => d.cell).length,
    );
    const behind = ['behind', 'at_risk', 'missed'].reduce((n, k) => n + expected.summary.byStatus[k], 0);
    expect(behind).toBeGreaterThan(0);
    expect(
      places.filter((p) => /^文件“indicators-sample\.xlsx”中工作表“[^”]+”第 \d+ 行$/.test(p)),
    ).toHaveLength(behind);
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    await page.locator('[data-download="xlsx"]').waitFor({ timeout: 120_000 });
    await settled(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'page-zh-CN-1280.png'), fullPage: true });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'target-report-page-dl-'));
    try {
      const json = (await download(page, 'json', path.join(dir, 'r.json'))).toString('utf8');
      expect(json).toBe(cli.json);
      const xlsx = await download(page, 'xlsx', path.join(dir, 'r.xlsx'));
      const xlsxParts = /^xl\/(sharedStrings\.xml|worksheets\/sheet\d+\.xml|charts\/chart\d+\.xml)$/;
      const pageXlsx = await packageText(xlsx, xlsxParts);
      expect(Object.keys(pageXlsx).length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(pageXlsx).some((n) => n.startsWith('xl/charts/'))).toBe(true);
      expect(pageXlsx).toEqual(await packageText(cli.xlsx, xlsxParts));
      const docx = await download(page, 'docx', path.join(dir, 'r.docx'));
      const docxParts = /^word\/(document|footer\d*)\.xml$/;
      const pageDocx = await packageText(docx, docxParts);
      expect(pageDocx['word/document.xml'].join('')).toContain('指标');
      expect(pageDocx).toEqual(await packageText(cli.docx, docxParts));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    // Copy table: the copy event carries an HTML table and the same rows as text.
    await page.evaluate(() => {
      window.addEventListener('copy', (e) => {
        (window as unknown as { copied: string[] }).copied = [
          e.clipboardData?.getData('text/html') ?? '',
          e.clipboardData?.getData('text/plain') ?? '',
        ];
      });
    });
    await page.getByRole('button', { name: '指标表', exact: true }).click();
    const [html, text] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(html).toMatch(/^<table[\s\S]*<th[^>]*>[^<]+<\/th>[\s\S]*<\/table>$/);
    expect(text.split('\n').length).toBeGreaterThan(expected.summary.total);
    expect(text.split('\n')[0].split('\t').length).toBeGreaterThan(3);
    await page.getByText(/已复制/).waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await mouseReachesAll(page);
    await keyboardReachesAll(page);
    await leave(context);
  }, 300_000);

  test('en-US at 360 px with the keyboard; the language switched; no request leaves the file', async () => {
    requireChromium();
    const { context, page } = await open(360, 'en-US');
    expect(await page.locator('h1').innerText()).toBe('Target Report (offline)');
    await page.locator('input[data-input="files"]').setInputFiles(SAMPLE);
    await page
      .getByText(/indicators$/)
      .first()
      .waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Check', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Check results/).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Make report', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-download="docx"]').waitFor({ timeout: 120_000 });
    await settled(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'page-en-US-360.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await keyboardReachesAll(page);
    await mouseReachesAll(page);
    // The language: chosen with the keyboard, the page speaks Chinese.
    await page.getByLabel('Language', { exact: true }).focus();
    await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    await page.getByRole('heading', { name: '目标对标（离线版）' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // Scanned at rest, as before the switch: the mouse off the controls it last went over.
    await page.mouse.move(0, 0);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await leave(context);
  }, 300_000);
  test('the previous report: its history is read, and the new report records both check-ins', async () => {
    requireChromium();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'target-report-page-prev-'));
    try {
      const previous = path.join(dir, 'previous.report.xlsx');
      fs.writeFileSync(previous, (await cliOutputs('zh-CN')).xlsx);
      const { context, page } = await open(1280, 'zh-CN');
      await page.locator('input[data-input="files"]').setInputFiles(SAMPLE);
      await page.locator('input[data-input="previous"]').setInputFiles(previous);
      await page.locator('[data-previous]', { hasText: 'previous.report.xlsx' }).waitFor();
      // The history sheet is listed among the product's own sheets.
      await page.getByText('对标记录').first().waitFor();
      await settled(page);
      // Another period than the previous report's (a check-in of the same period replaces it).
      await page.getByRole('combobox', { name: '对标期间' }).click();
      await page.getByRole('option', { name: '第二季度', exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: '生成报告', exact: true }).click();
      await page.locator('[data-download="xlsx"]').waitFor({ timeout: 120_000 });
      const made = await download(page, 'xlsx', path.join(dir, 'new.xlsx'));
      const times = async (bytes: Buffer) => {
        const zip = await JSZip.loadAsync(bytes);
        const names = Object.keys(zip.files).filter((n) =>
          /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n),
        );
        const xml = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('');
        return new Set(xml.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g) ?? [])
          .size;
      };
      expect(await times(fs.readFileSync(previous))).toBe(1);
      expect(await times(made)).toBe(2);
      await leave(context);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  test('a macro-enabled workbook is read; an old .xls and a text file are named, with what to do', async () => {
    requireChromium();
    const { context, page } = await open(1280, 'en-US');
    await page.locator('input[data-input="files"]').setInputFiles([
      {
        name: 'units.xlsm',
        mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
        buffer: fs.readFileSync(SAMPLE),
      },
      {
        name: 'old.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: Buffer.from('D0CF11E0A1B11AE1', 'hex'),
      },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') },
    ]);
    await page.locator('[data-files] li', { hasText: 'units.xlsm' }).waitFor();
    await page
      .getByText(/indicators$/)
      .first()
      .waitFor();
    const problems = await page.locator('[data-file-problem]').allInnerTexts();
    expect(problems).toEqual([
      'old.xls: is in the old .xls format; open it in Excel and save it as .xlsx',
      'notes.txt: not an .xlsx workbook, left out.',
    ]);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await leave(context);
  }, 300_000);

  test('from a static web server: the page itself is the only request', async () => {
    requireChromium();
    const html = fs.readFileSync(built());
    const server = http.createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/target-report.html`;
      const { context, page } = await open(1280, 'en-US', url);
      await page.locator('input[data-input="files"]').setInputFiles(SAMPLE);
      await page
        .getByText(/indicators$/)
        .first()
        .waitFor();
      await settled(page);
      await leave(context);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);

  test('a 20,000-indicator workbook: read and checked in the worker, counted, the report downloaded', async () => {
    requireChromium();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'target-report-page-20k-'));
    try {
      const book = path.join(dir, 'bench-20000.xlsx');
      await writeBenchWorkbook(book, 20_000, 20);
      const cli = await cliOutputs('en-US', book);
      const expected = JSON.parse(cli.json) as JsonSummary;
      expect(expected.summary.total).toBe(20_000);
      const { context, page } = await open(1280, 'en-US');
      // The page's own thread: its longest task in each step, while the worker works (logged).
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      const longest = () =>
        page.evaluate(() => {
          const w = window as unknown as { longest: number };
          const ms = w.longest;
          w.longest = 0;
          return Math.round(ms);
        });
      const times: string[] = [];
      const timed = async (label: string, work: () => Promise<void>) => {
        await longest();
        const started = Date.now();
        await work();
        times.push(
          `${label} ${Date.now() - started} ms (longest task on the page's thread ${await longest()} ms)`,
        );
      };
      await timed('read', async () => {
        await page.locator('input[data-input="files"]').setInputFiles(book);
        await page.locator('[data-files] li', { hasText: 'bench-20000.xlsx' }).waitFor();
        await settled(page, 600_000);
      });
      await timed('check', async () => {
        await page.getByRole('button', { name: 'Check', exact: true }).click();
        await page.getByText(/^Check results/).waitFor({ timeout: 600_000 });
        await settled(page, 600_000);
      });
      await expect(page.getByText('20,000 indicators in all').first().isVisible()).resolves.toBe(true);
      await expectCounts(page, expected);
      await timed('report', async () => {
        await page.getByRole('button', { name: 'Make report', exact: true }).click();
        await page.locator('[data-download="xlsx"]').waitFor({ timeout: 600_000 });
        await settled(page, 600_000);
      });
      const json = (await download(page, 'json', path.join(dir, 'r.json'))).toString('utf8');
      expect((JSON.parse(json) as JsonSummary).summary).toEqual(expected.summary);
      // The whole JSON is the command line's; compared as a fact so that a failure does not print it.
      expect(json === cli.json).toBe(true);
      const xlsx = await download(page, 'xlsx', path.join(dir, 'r.xlsx'));
      const zip = await JSZip.loadAsync(xlsx);
      expect(zip.file('xl/workbook.xml')).not.toBeNull();
      expect(Object.keys(zip.files).some((n) => n.startsWith('xl/charts/'))).toBe(true);
      process.stdout.write(`offline page, 20,000 indicators: ${times.join(', ')}\n`);
      expect(pageErrors).toEqual([]);
      await context.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 1_500_000);
});
