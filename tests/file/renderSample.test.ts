/**
 * The bundled sample, end to end as a user gets it: the CLI writes the report workbook and the Word file,
 * LibreOffice renders both (scripts/render-sample.sh), and the pages are checked: every page renders,
 * the chart pages exist (the chart titles of the report are drawn), and the PDF text holds the report's
 * title and status words. Skipped with a one-line reason where LibreOffice or poppler is missing; in CI
 * (CI=true) their absence is a failure.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { appendixWords, headerLines, type Lang, runCheck, statusLabel } from '../../src/engine';
import { readWorkbookFile } from '../../src/file/readXlsx';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/sample/indicators-sample.xlsx');
const SCRIPT = path.join(ROOT, 'scripts/render-sample.sh');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdftoppm', 'pdftotext'].filter((t) => !has(t));
const inCi = process.env.CI === 'true';
if (missing.length > 0 && !inCi) {
  console.log(`sample render test skipped: ${missing.join(', ')} not installed (see README)`);
}
const renderTest = missing.length === 0 || inCi ? test : test.skip;
const DATE = new Date('2018-10-08T09:00:00');

function pdfText(pdf: string, first?: number, last?: number): string {
  const args = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), pdf, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  expect(r.status).toBe(0);
  // LibreOffice spaces CJK text and digits apart in charts; compare without spaces.
  return r.stdout.replace(/\s+/g, '');
}

/** Each page's text as pdftotext -layout gives it, line by line, spaces inside a line removed. */
function pageLines(pdf: string, page: number): string[] {
  const r = spawnSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return r.stdout
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l !== '');
}

/** Every page's lines (pageLines), page by page. */
function allPageLines(pdf: string, pages: number): string[][] {
  return Array.from({ length: pages }, (_, i) => pageLines(pdf, i + 1));
}

type SampleReport = ReturnType<typeof runCheck>['report'];

/** Words a title line must never end inside. */
const TITLE_WORDS = ['商洛市科学技术协会', '目标任务', '完成情况', '对标报告', '年度', '第三季度'];

/**
 * The rendered Word file, page by page: the title's lines end between words; the text has no period-and-
 * date line and no file path; each appendix starts on its page under its label; no table header word is
 * broken; each chart is drawn (its title on a page of the charts appendix); the data notes name files
 * without folders.
 */
function checkWordPages(text: readonly string[][], lang: Lang, report: SampleReport): void {
  const W = appendixWords(lang);
  const labelPage = (n: number) => text.findIndex((lines) => lines[0] === W.label(n).replace(/\s+/g, ''));
  const [tablesAt, chartsAt, notesAt] = [labelPage(1), labelPage(2), labelPage(3)];
  expect(tablesAt).toBeGreaterThan(0);
  expect(chartsAt).toBeGreaterThan(tablesAt);
  expect(notesAt).toBeGreaterThan(chartsAt);
  const body = text.slice(0, tablesAt).flat();

  // The title: its first lines, each ending between words (zh-CN: cut by the rule, in a trapezoid).
  const title = report.title.replace(/\s+/g, '');
  let joined = '';
  const ends: number[] = [];
  for (const line of body) {
    if (joined.length >= title.length) break;
    joined += line;
    ends.push(joined.length);
  }
  expect(joined).toBe(title);
  for (const end of ends.slice(0, -1)) {
    for (const w of TITLE_WORDS) {
      for (let i = title.indexOf(w); i >= 0; i = title.indexOf(w, i + 1)) {
        expect(end > i && end < i + w.length).toBe(false);
      }
    }
  }
  if (lang === 'zh-CN') expect(ends.length).toBe(2);

  // The text: no period-and-date line, no file path.
  expect(body.join('')).not.toMatch(/报告日期|Reportdate/);
  expect(body.join('')).not.toMatch(/[\w.-]+[\\/][\w.-]+\.(xlsx|docx|json)/);

  // The tables: every header whole, or in its lines cut between words, on one text line each.
  expectHeadersWhole(text.slice(tablesAt, chartsAt).flat(), lang, report);

  // The charts: each drawn on a page of the charts appendix.
  const chartPages = text.slice(chartsAt, notesAt).map((lines) => lines.join(''));
  for (const c of report.charts) {
    expect(chartPages.some((p) => p.includes(c.title.replace(/\s+/g, '')))).toBe(true);
  }

  // The data notes: the sample's skipped sheets, named by file name only.
  const notes = text.slice(notesAt).flat().join('');
  expect(notes).toContain('indicators-sample.xlsx');
  expect(notes).not.toContain('assets/');
}

/** Every table header whole, or in its lines cut between words (zh-CN) or at spaces, on one text line each. */
function expectHeadersWhole(lines: readonly string[], lang: Lang, report: SampleReport): void {
  const headers = [report.tables.indicators, report.tables.attention].flatMap((t) =>
    t.columns.map((c) => c.header),
  );
  for (const h of headers) {
    const pieces = lang === 'zh-CN' ? headerLines(h) : h.split(/\s+/);
    for (const piece of pieces) expect(lines.some((l) => l.includes(piece.replace(/\s+/g, '')))).toBe(true);
  }
}

/**
 * The rendered workbook, page by page: no table header word is broken; each chart is drawn whole on a
 * page of its own — its title there, and each of its category labels there beside its bar, then again in
 * the chart's data below it (on that page or, for a long block, the next), so no chart runs on to a second
 * page across or down.
 */
function checkWorkbookPages(text: readonly string[][], lang: Lang, report: SampleReport): void {
  expectHeadersWhole(text.flat(), lang, report);
  const squash = (x: string) => x.replace(/\s+/g, '');
  // The last page holding a chart's title: a title may also head a table ("Indicators by status").
  const chartPages = report.charts.map((c) =>
    text.reduce((last, lines, p) => (lines.join('').includes(squash(c.title)) ? p : last), -1),
  );
  for (const page of chartPages) expect(page).toBeGreaterThan(0);
  expect(new Set(chartPages).size).toBe(report.charts.length);
  report.charts.forEach((c, i) => {
    const page = text[chartPages[i]].join('');
    const withNext = page + (text[chartPages[i] + 1] ?? []).join('');
    for (const cat of c.categories) {
      expect(page).toContain(squash(cat));
      // In the data the label wraps in its cell, its lines among the figures': its start is told.
      const start = squash(cat).slice(0, 6);
      expect(withNext.split(start).length - 1).toBeGreaterThanOrEqual(2);
    }
  });
}

describe.each<Lang>(['zh-CN', 'en-US'])('the sample report rendered by LibreOffice (%s)', (lang) => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-sample-render-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  renderTest(
    'the workbook and the Word file render, with title, statuses and charts',
    async () => {
      if (missing.length > 0) throw new Error(`CI=true but not installed: ${missing.join(', ')}`);
      const xlsx = path.join(dir, 'report.xlsx');
      const docx = path.join(dir, 'report.docx');
      const err: string[] = [];
      // A unit name in Chinese makes a title longer than a line: cut between words.
      const unit = lang === 'zh-CN' ? ['--unit-name', '商洛市科学技术协会'] : [];
      const code = await run(
        ['report', SAMPLE, '--lang', lang, '--out', xlsx, '--docx', docx, '--notes', ...unit],
        {
          stdout: () => undefined,
          stderr: (s) => err.push(s),
          cwd: ROOT,
          now: () => DATE,
        },
      );
      expect(err.join('')).toBe('');
      expect(code).toBe(0);

      // What the report should show, from the same engine.
      const { report } = runCheck({
        sources: await readWorkbookFile(SAMPLE),
        lang,
        date: '2018-10-08',
        unitName: unit[1],
      });
      const squash = (s: string) => s.replace(/\s+/g, '');
      const statuses = (['achieved', 'on_track', 'behind', 'at_risk'] as const).map((s) =>
        statusLabel(s, lang),
      );

      const images = path.join(dir, 'images');
      const pdfs = path.join(dir, 'pdf');
      const r = spawnSync('bash', [SCRIPT, '--outdir', images, '--pdf-dir', pdfs, xlsx, docx], {
        encoding: 'utf8',
      });
      if (r.status !== 0) console.log(r.stderr);
      expect(r.status).toBe(0);

      // The workbook: every page renders; the text pages hold title and statuses; the charts are drawn.
      const xlsxPages = (await fs.readdir(images)).filter((f) => /^report-xlsx-\d+\.png$/.test(f));
      expect(xlsxPages.length).toBeGreaterThanOrEqual(3);
      for (const f of xlsxPages) expect((await fs.stat(path.join(images, f))).size).toBeGreaterThan(2000);
      const sheetText = pdfText(path.join(pdfs, 'report-xlsx.pdf'));
      expect(sheetText).toContain(squash(report.title));
      for (const w of statuses) expect(sheetText).toContain(squash(w));
      expect(report.charts.length).toBeGreaterThanOrEqual(3);
      for (const c of report.charts) expect(sheetText).toContain(squash(c.title));
      checkWorkbookPages(allPageLines(path.join(pdfs, 'report-xlsx.pdf'), xlsxPages.length), lang, report);

      // The Word file: pages render; title, statuses and the problems section are there.
      const docxPages = (await fs.readdir(images)).filter((f) => /^report-docx-\d+\.png$/.test(f));
      expect(docxPages.length).toBeGreaterThanOrEqual(2);
      const docText = pdfText(path.join(pdfs, 'report-docx.pdf'));
      expect(docText).toContain(squash(report.title));
      for (const w of statuses) expect(docText).toContain(squash(w));
      expect(docText).toContain(lang === 'zh-CN' ? '存在问题' : 'Issuesandnextsteps');
      checkWordPages(allPageLines(path.join(pdfs, 'report-docx.pdf'), docxPages.length), lang, report);
    },
    420_000,
  );
});
