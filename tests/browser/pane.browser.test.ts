/**
 * The production build of the task pane in real headless Chromium: built with webpack (production config
 * plus the test-only harness page that injects the Excel API double), served from 127.0.0.1, and driven
 * through check → write report. Saves a screenshot to docs/images/taskpane.png.
 *
 * Without /usr/bin/chromium the browser part is skipped with a one-line reason, except under CI=true,
 * where it fails. The bundle checks (no exceljs/jszip/docx, initial JS size) run either way.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import * as zlib from 'zlib';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true';
const SCREENSHOT = path.join(ROOT, 'docs', 'images', 'taskpane.png');
const SCREENSHOT_DARK = path.join(ROOT, 'docs', 'images', 'taskpane-dark.png');
/** Initial JavaScript of the pane, gzipped. */
const MAX_INITIAL_JS_GZIP = 350 * 1024;

let outDir = '';
let buildError: Error | null = null;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'target-report-pane-'));
  try {
    await promisify(execFile)(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
        '-c',
        path.join(ROOT, 'webpack.harness.config.js'),
        '--env',
        `outputPath=${outDir}`,
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 280_000 },
    );
  } catch (e) {
    const err = e as Error & { stdout?: string; stderr?: string };
    buildError = new Error(`webpack build failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}, 300_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

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

describe('production bundle', () => {
  test('loads office.js from Microsoft’s CDN; the harness page does not', () => {
    const dir = built();
    const pane = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    expect(pane).toMatch(/src=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    const harness = fs.readFileSync(path.join(dir, 'harness.html'), 'utf8');
    expect(harness).not.toContain('appsforoffice.microsoft.com');
    expect(harness).toContain('harness/harness.js');
    // The harness page runs exactly the production scripts.
    expect(initialScripts(harness).filter((s) => !s.startsWith('harness/'))).toEqual(initialScripts(pane));
    for (const file of ['manifest.xml', 'commands.html', 'assets/icon-32.png', 'assets/icon-80.png']) {
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    }
  });

  test('holds none of exceljs, jszip or docx, and its initial JS is at most 350 KB gzipped', () => {
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

browserDescribe(`task pane in headless Chromium (${HAVE_CHROMIUM ? CHROMIUM : 'not installed'})`, () => {
  test('check → counts → write report → done, with no network beyond loopback', async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI=true but ${CHROMIUM} is missing: install the chromium package`);
    const dir = built();
    const { chromium } = await import('playwright-core');
    const server = await serve(dir);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // playwright gives the browser a fresh temporary profile (its user-data-dir) and removes it afterwards.
    const browser = await chromium
      .launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      })
      .catch(async (e) => {
        await new Promise((resolve) => server.close(resolve));
        throw e;
      });
    try {
      const context = await browser.newContext({ viewport: { width: 340, height: 640 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const offLoopback: string[] = [];
      const pageErrors: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        offLoopback.push(url.href);
        return route.abort();
      });
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(m.text());
      });

      await page.goto(`${base}/harness.html`);
      // 1. The sheets, read from the Excel double by the production adapter.
      await page.locator('li', { hasText: '目标任务' }).getByText('6 项指标').waitFor();
      await page.locator('li', { hasText: '填表说明' }).waitFor();

      // 2. Check: counts per status.
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await page.getByText('检查结果（第三季度）').waitFor();
      const count = (status: string) => page.locator(`li[data-status="${status}"]`).innerText();
      expect((await count('achieved')).replace(/\s+/g, '')).toBe('已完成1');
      expect((await count('invalid')).replace(/\s+/g, '')).toBe('数据有误1');
      await page.getByRole('button', { name: '转到 目标任务!G10' }).waitFor();

      // 3. Write report: the progress shows, then the done message; the sheet exists in the workbook.
      await page.getByRole('button', { name: '写入报告', exact: true }).click();
      await page.getByText('报告已写入工作表“对标报告”。').waitFor({ timeout: 60_000 });
      const sheets = (await page.evaluate('window.__harness.sheetNames()')) as string[];
      expect(sheets).toEqual(expect.arrayContaining(['目标任务', '填表说明', '对标报告']));
      await page.getByRole('button', { name: '转到报告' }).click();
      await page.waitForFunction('window.__harness.selection() !== null');
      await page.getByRole('button', { name: '问题指标表' }).waitFor();

      await page.mouse.move(0, 0);
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      process.stdout.write(`task pane screenshot: ${SCREENSHOT}\n`);

      // English UI in the dark theme.
      await page.goto(`${base}/harness.html?lang=en-US&theme=dark`);
      await page.locator('li', { hasText: '目标任务' }).getByText('6 indicators').waitFor();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.getByText('Check results (Q3)').waitFor();
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor,
      );
      const [r, g, b] = (background.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      expect(r + g + b).toBeLessThan(3 * 96);
      await page.screenshot({ path: SCREENSHOT_DARK, fullPage: true });
      process.stdout.write(`dark theme screenshot: ${SCREENSHOT_DARK}\n`);

      expect(offLoopback).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 180_000);
});
