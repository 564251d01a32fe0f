/**
 * Renders a report workbook (three native charts) with LibreOffice through scripts/render-sample.sh and
 * checks the pages: every page converts to a non-blank PNG, the PDF text holds the title, the status
 * words and the chart titles. Skipped with a one-line reason where LibreOffice or poppler is missing;
 * in CI (CI=true) their absence is a failure.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inflateSync } from 'zlib';
import type { ChartPlacement, ReportLayout, SheetLayout } from '../../src/engine';
import { renderReportWorkbook } from '../../src/file/writeXlsx';

const SCRIPT = path.resolve(__dirname, '../../scripts/render-sample.sh');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdftoppm', 'pdftotext'].filter((t) => !has(t));
const inCi = process.env.CI === 'true';
if (missing.length > 0 && !inCi) {
  console.log(
    `render test skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils)`,
  );
}
const renderTest = missing.length === 0 || inCi ? test : test.skip;

const STATUS_WORDS = ['已完成', '序时推进', '进度滞后', '严重滞后'];
const CHART_TITLES = ['各类别完成率', '需关注指标完成情况', '各状态指标数'];

function sampleLayout(): ReportLayout {
  const styles: SheetLayout['styles'] = {
    title: { bold: true, fontSize: 18, hAlign: 'center', vAlign: 'middle' },
    subtitle: { fontSize: 11, hAlign: 'center' },
    h1: { bold: true, fontSize: 13 },
    para: { wrap: true, vAlign: 'top' },
    th: { bold: true, fill: 'D9E1F2', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true },
    td: { border: 'thin', vAlign: 'middle' },
    num: { border: 'thin', numFmt: '#,##0.##' },
    pct: { border: 'thin', numFmt: '0.0%' },
    achieved: { border: 'thin', fill: 'C6EFCE', fontColor: '006100', hAlign: 'center' },
    on_track: { border: 'thin', fill: 'DDEBF7', fontColor: '1F4E79', hAlign: 'center' },
    behind: { border: 'thin', fill: 'FFEB9C', fontColor: '9C5700', hAlign: 'center' },
    at_risk: { border: 'thin', fill: 'FFC7CE', fontColor: '9C0006', hAlign: 'center' },
  };
  const c = (value: string | number | null, style?: string) => ({ value, style });
  const indicators: [string, string, string, number, number, number, string, string][] = [
    ['职能目标任务', '科技下乡活动', '场次', 150, 112.5, 125, 'achieved', '科普部'],
    ['职能目标任务', '科普讲座', '场', 40, 30, 31, 'on_track', '科普部'],
    ['职能目标任务', '发放科普资料', '万份', 12.5, 9.375, 7.2, 'at_risk', '科普部'],
    ['党的建设', '理论学习', '次', 24, 18, 16, 'behind', '办公室'],
    ['党的建设', '=1+1 注入测试', '次', 12, 9, 9, 'on_track', '办公室'],
    ['学会建设', '学术交流活动', '次', 20, 15, 12, 'behind', '学会部'],
  ];
  const statusText: Record<string, string> = {
    achieved: '已完成',
    on_track: '序时推进',
    behind: '进度滞后',
    at_risk: '严重滞后',
  };
  const rows: SheetLayout['rows'][number][] = [
    [c('商洛市科学技术协会2026年度目标任务对标报告', 'title')],
    [c('截至第三季度 · 2026年11月29日', 'subtitle')],
    [],
    [c('一、总体情况', 'h1')],
    [
      c(
        '截至第三季度，共监测目标任务6项，已完成年度目标1项，序时推进2项，进度滞后2项，严重滞后1项。总体完成率为87.5%，发放科普资料进度明显滞后。',
        'para',
      ),
    ],
    [],
    [
      c('序号', 'th'),
      c('类别', 'th'),
      c('指标', 'th'),
      c('单位', 'th'),
      c('年度目标', 'th'),
      c('序时目标', 'th'),
      c('累计完成', 'th'),
      c('完成率', 'th'),
      c('状态', 'th'),
      c('责任部门', 'th'),
    ],
  ];
  indicators.forEach(([cat, name, unit, target, expected, actual, status, owner], i) => {
    rows.push([
      c(i + 1, 'td'),
      c(cat, 'td'),
      c(name, 'td'),
      c(unit, 'td'),
      c(target, 'num'),
      c(expected, 'num'),
      c(actual, 'num'),
      c(actual / target, 'pct'),
      c(statusText[status], status),
      c(owner, 'td'),
    ]);
  });
  rows.push([]);
  const dataTop = rows.length + 1; // chart data block: header row, then data rows
  rows.push([
    null,
    c('类别', 'th'),
    c('完成率', 'th'),
    null,
    c('状态', 'th'),
    c('项数', 'th'),
    null,
    c('需关注指标', 'th'),
    c('完成率', 'th'),
    c('序时目标', 'th'),
  ]);
  const cats = [
    ['职能目标任务', 0.78],
    ['党的建设', 0.71],
    ['学会建设', 0.6],
  ] as const;
  const counts = [
    ['已完成', 1],
    ['序时推进', 2],
    ['进度滞后', 2],
    ['严重滞后', 1],
  ] as const;
  const attention = [
    ['发放科普资料', 0.576, 0.75],
    ['理论学习', 0.667, 0.75],
    ['学术交流活动', 0.6, 0.75],
  ] as const;
  for (let i = 0; i < 4; i++) {
    rows.push([
      null,
      cats[i] ? c(cats[i][0], 'td') : null,
      cats[i] ? c(cats[i][1], 'pct') : null,
      null,
      c(counts[i][0], 'td'),
      c(counts[i][1], 'num'),
      null,
      attention[i] ? c(attention[i][0], 'td') : null,
      attention[i] ? c(attention[i][1], 'pct') : null,
      attention[i] ? c(attention[i][2], 'pct') : null,
    ]);
  }
  const chartTop = rows.length + 1; // 0-based row of the first chart = chartTop (1-based row chartTop+1)
  const charts: ChartPlacement[] = [
    {
      chart: {
        id: 'completion-by-category',
        type: 'bar',
        title: CHART_TITLES[0],
        categories: cats.map((x) => x[0]),
        series: [{ name: '完成率', values: cats.map((x) => x[1]), color: '4472C4' }],
        referenceLine: { value: 1, label: '年度目标100%' },
        percentAxis: true,
      },
      categoriesRange: `$B$${dataTop + 1}:$B$${dataTop + 3}`,
      seriesRanges: [`$C$${dataTop + 1}:$C$${dataTop + 3}`],
      from: { row: chartTop, col: 0 },
      to: { row: chartTop + 18, col: 5 },
    },
    {
      chart: {
        id: 'attention',
        type: 'bar',
        title: CHART_TITLES[1],
        categories: attention.map((x) => x[0]),
        series: [
          { name: '完成率', values: attention.map((x) => x[1]), color: 'C00000' },
          { name: '序时目标', values: attention.map((x) => x[2]), color: 'A5A5A5' },
        ],
        percentAxis: true,
      },
      categoriesRange: `$H$${dataTop + 1}:$H$${dataTop + 3}`,
      seriesRanges: [`$I$${dataTop + 1}:$I$${dataTop + 3}`, `$J$${dataTop + 1}:$J$${dataTop + 3}`],
      from: { row: chartTop, col: 5 },
      to: { row: chartTop + 18, col: 10 },
    },
    {
      chart: {
        id: 'status-count',
        type: 'column',
        title: CHART_TITLES[2],
        categories: counts.map((x) => x[0]),
        series: [{ name: '项数', values: counts.map((x) => x[1]) }],
      },
      categoriesRange: `$E$${dataTop + 1}:$E$${dataTop + 4}`,
      seriesRanges: [`$F$${dataTop + 1}:$F$${dataTop + 4}`],
      from: { row: chartTop + 19, col: 0 },
      to: { row: chartTop + 37, col: 5 },
    },
  ];
  return {
    sheets: [
      {
        name: '对标报告',
        columnWidths: [6, 14, 24, 8, 11, 11, 11, 10, 11, 12],
        rows,
        rowHeights: { 1: 30, 5: 48 },
        merges: [
          { top: 1, left: 1, bottom: 1, right: 10 },
          { top: 2, left: 1, bottom: 2, right: 10 },
          { top: 5, left: 1, bottom: 5, right: 10 },
        ],
        styles,
        tables: [{ name: 'Indicators', range: `A7:J${7 + indicators.length}`, headerRow: 7 }],
        charts,
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [chartTop + 1] },
        freeze: { row: 0 },
      },
    ],
  };
}

/** Share of non-white pixels in a PNG (8-bit RGB/RGBA, non-interlaced, as pdftoppm writes). */
function inkShare(png: Buffer): number {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9];
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 1;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = Buffer.alloc(stride);
  const cur = Buffer.alloc(stride);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const cc = i >= channels ? prev[i - channels] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - cc;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - cc);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : cc;
      }
      cur[i] = (line[i] + pred) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = x * channels;
      if (cur[o] < 240 || cur[o + (channels > 1 ? 1 : 0)] < 240 || cur[o + (channels > 2 ? 2 : 0)] < 240)
        ink++;
    }
    cur.copy(prev);
  }
  return ink / (width * height);
}

describe('render with LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-render-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  renderTest(
    'the report workbook renders to pages with its text and three charts',
    async () => {
      if (missing.length > 0) throw new Error(`CI=true but not installed: ${missing.join(', ')}`);
      const xlsx = path.join(dir, 'report.xlsx');
      await fs.writeFile(xlsx, await renderReportWorkbook(sampleLayout()));
      const images = path.join(dir, 'images');
      const pdfs = path.join(dir, 'pdf');
      const run = spawnSync('bash', [SCRIPT, '--outdir', images, '--pdf-dir', pdfs, xlsx], {
        encoding: 'utf8',
      });
      if (run.status !== 0) console.log(run.stderr);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('report-xlsx');

      const pngs = (await fs.readdir(images)).filter((f) => /^report-xlsx-\d+\.png$/.test(f)).sort();
      expect(pngs.length).toBeGreaterThanOrEqual(2); // the tables, then the charts on their own page
      const shares: number[] = [];
      for (const f of pngs) {
        const data = await fs.readFile(path.join(images, f));
        expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
        shares.push(inkShare(data));
      }
      for (const s of shares) expect(s).toBeGreaterThan(0.002); // no blank page

      const pdf = path.join(pdfs, 'report-xlsx.pdf');
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain('商洛市科学技术协会2026年度目标任务对标报告');
      for (const w of STATUS_WORDS) expect(text.stdout).toContain(w);
      expect(text.stdout).toContain('=1+1 注入测试'); // written as text, shown as text
      // Chart titles come from the chart parts: each chart was drawn, on the page after the row break.
      const pages = pngs.length;
      const lastPage = spawnSync('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-'], {
        encoding: 'utf8',
      });
      const chartText = spawnSync('pdftotext', ['-f', '2', '-l', String(pages), pdf, '-'], {
        encoding: 'utf8',
      }).stdout;
      for (const t of CHART_TITLES) expect(chartText).toContain(t);
      // The reference line's legend entry (LibreOffice spaces CJK and digits apart): the line was drawn.
      expect(chartText.replace(/\s+/g, '')).toContain('年度目标100%');
      expect(lastPage.status).toBe(0);
      // Chart pages carry much more ink than a page of a few table rows would.
      expect(Math.max(...shares.slice(1))).toBeGreaterThan(0.02);
    },
    180_000,
  );

  renderTest(
    'a .docx renders through the same script',
    async () => {
      if (missing.length > 0) throw new Error(`CI=true but not installed: ${missing.join(', ')}`);
      const { Document, Packer, Paragraph, TextRun } = await import('docx');
      const doc = new Document({
        sections: [
          { children: [new Paragraph({ children: [new TextRun('目标任务对标报告 Target report')] })] },
        ],
      });
      const docx = path.join(dir, 'report.docx');
      await fs.writeFile(docx, await Packer.toBuffer(doc));
      const images = path.join(dir, 'images-docx');
      const run = spawnSync('bash', [SCRIPT, '--outdir', images, docx], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const png = await fs.readFile(path.join(images, 'report-docx-1.png'));
      expect(png.length).toBeGreaterThan(1000);
      expect(inkShare(png)).toBeGreaterThan(0.0005);
    },
    180_000,
  );

  test('the script refuses a missing file with a one-line message', () => {
    const run = spawnSync('bash', [SCRIPT, '--outdir', path.join(dir, 'x'), path.join(dir, 'nope.xlsx')], {
      encoding: 'utf8',
    });
    if (missing.length > 0) {
      expect(run.status).toBe(3);
    } else {
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('nope.xlsx');
    }
  });
});
