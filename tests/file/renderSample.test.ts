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
import { type Lang, runCheck, statusLabel } from '../../src/engine';
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
      const code = await run(['report', SAMPLE, '--lang', lang, '--out', xlsx, '--docx', docx], {
        stdout: () => undefined,
        stderr: (s) => err.push(s),
        cwd: ROOT,
        now: () => DATE,
      });
      expect(err.join('')).toBe('');
      expect(code).toBe(0);

      // What the report should show, from the same engine.
      const { report } = runCheck({ sources: await readWorkbookFile(SAMPLE), lang, date: '2018-10-08' });
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

      // The Word file: pages render; title, statuses and the problems section are there.
      const docxPages = (await fs.readdir(images)).filter((f) => /^report-docx-\d+\.png$/.test(f));
      expect(docxPages.length).toBeGreaterThanOrEqual(2);
      const docText = pdfText(path.join(pdfs, 'report-docx.pdf'));
      expect(docText).toContain(squash(report.title));
      for (const w of statuses) expect(docText).toContain(squash(w));
      expect(docText).toContain(lang === 'zh-CN' ? '存在问题' : 'Issuesandnextsteps');
    },
    240_000,
  );
});
