/**
 * Nothing lost: the CLI never writes to an input file and writes its outputs atomically; text that begins
 * with = + - @ stays text in every output; no output links anywhere; and the add-in leaves every source
 * cell's value and formula as it was.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { buildReportLayout, type Grid, runCheck } from '../../src/engine';
import { buildDocx } from '../../src/file/docx';
import { renderReportWorkbook } from '../../src/file/writeXlsx';
import { createExcelDouble, type DoubleSheetInit } from '../support/excelDouble';
import { expectOneLineError, runCli } from '../support/runCli';
import {
  FORMULA_LIKE,
  HEADER_ZH,
  arbIndicatorSheet,
  arbPeriod,
  cellCaseSheet,
  doubleCorpus,
  formulaLikeSheet,
  layoutSheet,
  listFiles,
  plainSheet,
  removeDir,
  sha256,
  tempDir,
  writeXlsx,
} from './corpus';

/** The command in process; `lang` is TARGET_REPORT_LANG. */
const cli = (args: string[], cwd: string, lang = 'zh-CN') => runCli(args, cwd, { lang });

let dir: string;
beforeAll(async () => {
  dir = await tempDir('lost');
});
afterAll(async () => {
  await removeDir(dir);
});

// ───────────────────────────── inputs are never written ─────────────────────────────

describe('the CLI never writes to an input file', () => {
  let work: string;
  let input: string;
  let hash: string;
  beforeAll(async () => {
    work = path.join(dir, 'never');
    await fs.mkdir(work, { recursive: true });
    input = await writeXlsx(path.join(work, 'in.xlsx'), [plainSheet()]);
    await writeXlsx(path.join(work, 'second.xlsx'), [layoutSheet()]);
    hash = await sha256(input);
    await fs.symlink(input, path.join(work, 'link.xlsx'));
    await fs.link(input, path.join(work, 'hard.xlsx'));
  });
  afterEach(async () => {
    expect(await sha256(input)).toBe(hash);
  });

  test.each([
    ['--out', 'in.xlsx'],
    ['--out', './in.xlsx'],
    ['--out', 'sub/../in.xlsx'],
    ['--json', 'in.xlsx'],
    ['--docx', 'in.xlsx'],
    ['--out', 'link.xlsx'],
    ['--out', 'hard.xlsx'],
  ])('refuses %s %s (one line, exit 2, input unchanged)', async (option, target) => {
    const before = await listFiles(work);
    const r = await cli(['report', 'in.xlsx', option, target], work);
    expectOneLineError(r);
    expect(r.stderr).toMatch(/输入文件/);
    expect(await listFiles(work)).toEqual(before);
  });

  test('refuses an output that is the second of several inputs', async () => {
    const h2 = await sha256(path.join(work, 'second.xlsx'));
    const r = await cli(
      ['report', 'in.xlsx', 'second.xlsx', '--out', 'second.xlsx', '--lang', 'en-US'],
      work,
      'en-US',
    );
    expectOneLineError(r, 'second.xlsx');
    expect(r.stderr).toMatch(/never written over an input/);
    expect(await sha256(path.join(work, 'second.xlsx'))).toBe(h2);
  });

  test('refuses an output inside a folder input that names one of its workbooks', async () => {
    const folder = path.join(work, 'units');
    await fs.mkdir(folder, { recursive: true });
    const a = await writeXlsx(path.join(folder, 'a.xlsx'), [plainSheet()]);
    const ha = await sha256(a);
    const r = await cli(['report', 'units', '--out', 'units/a.xlsx'], work);
    expectOneLineError(r);
    expect(await sha256(a)).toBe(ha);
  });

  test('a full run (xlsx, json, docx, default name) leaves every input byte for byte as it was', async () => {
    const inputs = ['in.xlsx', 'second.xlsx'];
    const hashes = await Promise.all(inputs.map((f) => sha256(path.join(work, f))));
    const r1 = await cli(
      ['report', ...inputs, '--out', 'o/r.xlsx', '--json', 'o/r.json', '--docx', 'o/r.docx'],
      work,
    );
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    const r2 = await cli(['report', 'in.xlsx'], work);
    expect(r2.code).toBe(0);
    expect(await listFiles(work)).toContain('in.report.xlsx');
    // Running again over its own default output is fine too (the report is found and left alone).
    const r3 = await cli(['report', 'in.xlsx'], work);
    expect(r3.code).toBe(0);
    expect(await Promise.all(inputs.map((f) => sha256(path.join(work, f))))).toEqual(hashes);
  });
});

// ───────────────────────────── atomic writes ─────────────────────────────

describe('outputs are written atomically', () => {
  let work: string;
  beforeAll(async () => {
    work = path.join(dir, 'atomic');
    await fs.mkdir(work, { recursive: true });
    await writeXlsx(path.join(work, 'in.xlsx'), [cellCaseSheet()]);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('after success the output folder holds exactly the outputs (no temporary files)', async () => {
    const r = await cli(
      ['report', 'in.xlsx', '--out', 'out/r.xlsx', '--json', 'out/r.json', '--docx', 'out/r.docx'],
      work,
    );
    expect(r.code).toBe(0);
    expect(await listFiles(path.join(work, 'out'))).toEqual(['r.docx', 'r.json', 'r.xlsx']);
  });

  test('a failure at the final rename leaves the previous report intact and no temporary file', async () => {
    const out = path.join(work, 'out');
    const before = await Promise.all(['r.xlsx', 'r.json', 'r.docx'].map((f) => sha256(path.join(out, f))));
    const rename = jest
      .spyOn(fs, 'rename')
      .mockRejectedValue(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    const r = await cli(
      ['report', 'in.xlsx', '--period', 'Q1', '--out', 'out/r.xlsx', '--json', 'out/r.json'],
      work,
    );
    expect(rename).toHaveBeenCalled();
    expect(r.code).not.toBe(0);
    expectOneLineError(r, 'r.xlsx', /读写出错/);
    jest.restoreAllMocks();
    expect(await listFiles(out)).toEqual(['r.docx', 'r.json', 'r.xlsx']);
    expect(await Promise.all(['r.xlsx', 'r.json', 'r.docx'].map((f) => sha256(path.join(out, f))))).toEqual(
      before,
    );
  });

  test('a write cut off half way leaves the previous report intact and no temporary file', async () => {
    const out = path.join(work, 'out');
    const before = await sha256(path.join(out, 'r.xlsx'));
    const realOpen = fs.open.bind(fs);
    jest.spyOn(fs, 'open').mockImplementation((async (p: string, flags?: string, mode?: number) => {
      const handle = await realOpen(p, flags, mode);
      const realWrite = handle.writeFile.bind(handle);
      handle.writeFile = (async (data: Buffer) => {
        await realWrite(Buffer.from(data).subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }) as typeof handle.writeFile;
      return handle;
    }) as typeof fs.open);
    const r = await cli(['report', 'in.xlsx', '--period', 'Q2', '--out', 'out/r.xlsx'], work);
    jest.restoreAllMocks();
    expectOneLineError(r, 'r.xlsx');
    expect(await listFiles(out)).toEqual(['r.docx', 'r.json', 'r.xlsx']);
    expect(await sha256(path.join(out, 'r.xlsx'))).toBe(before);
  });

  test('an output that is a folder is refused before anything is written', async () => {
    await fs.mkdir(path.join(work, 'taken.xlsx'), { recursive: true });
    const r = await cli(['report', 'in.xlsx', '--out', 'taken.xlsx'], work);
    expectOneLineError(r, 'taken.xlsx');
    expect(await listFiles(work)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });
});

// ───────────────────────────── text stays text; no links ─────────────────────────────

/** Text content of <t>, <w:t>, <a:t>, <c:v> elements: what the user typed, not markup. */
const TEXT_ELEMENTS = /<((?:\w+:)?(?:t|v))(?:\s[^>]*)?>[^<]*<\/\1>/g;
/** Namespace and schema URIs the OOXML formats themselves use. */
const ALLOWED_URI = [
  'http://schemas.openxmlformats.org/',
  'http://schemas.microsoft.com/',
  'http://purl.org/',
  'http://www.w3.org/',
  'http://www.openxmlformats.org/',
  'http://schemas.microsoft.com/office/',
  'urn:',
];

async function unzip(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.files[name].async('string'));
    else parts.set(name, '');
  }
  return parts;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** No external links, hyperlinks, linked parts or URLs other than the schemas' own. */
function expectNoLinks(parts: Map<string, string>, kind: 'xlsx' | 'docx'): void {
  for (const name of parts.keys()) {
    expect(name).not.toMatch(/externalLink|connections|queryTable|webextension|customXml\/item/i);
  }
  for (const [name, xml] of parts) {
    expect({ part: name, external: /TargetMode\s*=\s*"External"/i.test(xml) }).toEqual({
      part: name,
      external: false,
    });
    expect({ part: name, hyperlink: /<(\w+:)?hyperlinks?[\s>]/.test(xml) }).toEqual({
      part: name,
      hyperlink: false,
    });
    const markup = xml.replace(TEXT_ELEMENTS, '');
    const uris = markup.match(/(?:https?|ftp|file):\/\/[^"'<>\s]*/gi) ?? [];
    for (const uri of uris) {
      expect({ part: name, uri, allowed: ALLOWED_URI.some((a) => uri.startsWith(a)) }).toEqual({
        part: name,
        uri,
        allowed: true,
      });
    }
    if (kind === 'docx') {
      // Field codes could fetch or link (HYPERLINK, INCLUDETEXT, INCLUDEPICTURE); page numbers are fine.
      const fields = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1].trim());
      const simple = [...xml.matchAll(/<w:fldSimple[^>]*w:instr="([^"]*)"/g)].map((m) => m[1].trim());
      for (const f of [...fields, ...simple]) expect(f).toMatch(/^(PAGE|NUMPAGES|SECTIONPAGES)\b/);
    }
  }
}

describe('text that begins with = + - @ is written as text; no output links anywhere', () => {
  let work: string;
  let xlsx: Map<string, string>;
  let docx: Map<string, string>;
  let json: {
    indicators: { name: string; owner: string | null; category: string | null; unit: string | null }[];
  };
  const texts = [FORMULA_LIKE.name, FORMULA_LIKE.plus, FORMULA_LIKE.minus, FORMULA_LIKE.at];

  beforeAll(async () => {
    work = path.join(dir, 'text');
    await fs.mkdir(work, { recursive: true });
    await writeXlsx(path.join(work, 'in.xlsx'), [formulaLikeSheet()]);
    for (const lang of ['zh-CN', 'en-US']) {
      const r = await cli(
        [
          'report',
          'in.xlsx',
          '--period',
          'Q3',
          '--lang',
          lang,
          '--out',
          `${lang}.xlsx`,
          '--docx',
          `${lang}.docx`,
          '--json',
          `${lang}.json`,
        ],
        work,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    xlsx = await unzip(path.join(work, 'zh-CN.xlsx'));
    docx = await unzip(path.join(work, 'zh-CN.docx'));
    json = JSON.parse(await fs.readFile(path.join(work, 'zh-CN.json'), 'utf8'));
  });

  test('the JSON carries the texts exactly', () => {
    expect(json.indicators.map((i) => i.name)).toEqual(expect.arrayContaining(texts));
    expect(json.indicators[0].owner).toBe(FORMULA_LIKE.owner);
    expect(json.indicators[0].category).toBe(FORMULA_LIKE.category);
    expect(json.indicators[1].unit).toBe(FORMULA_LIKE.unit);
  });

  test.each(['zh-CN', 'en-US'])(
    'xlsx (%s): no cell holds a formula; the texts are string cells',
    async (lang) => {
      const parts = await unzip(path.join(work, `${lang}.xlsx`));
      const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect(sheets.length).toBeGreaterThan(0);
      for (const s of sheets) expect(parts.get(s)).not.toMatch(/<f[\s>/]/);
      // Cell by cell, through exceljs: each text is a plain string value wherever it appears.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(work, `${lang}.xlsx`));
      const found = new Map<string, number>();
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            const v = cell.value;
            if (typeof v === 'string') {
              for (const t of [...texts, FORMULA_LIKE.owner])
                if (v === t) found.set(t, (found.get(t) ?? 0) + 1);
            }
          }),
        ),
      );
      for (const t of texts) expect(found.get(t) ?? 0).toBeGreaterThan(0);
      expect(found.get(FORMULA_LIKE.owner) ?? 0).toBeGreaterThan(0);
    },
  );

  test('docx: the texts appear literally, and never as a field', () => {
    const doc = docx.get('word/document.xml') as string;
    const plain = decodeXml([...doc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    for (const t of texts) expect(plain).toContain(t);
    expect(plain).toContain(FORMULA_LIKE.owner);
  });

  test('xlsx and docx make no external link and no network reference', async () => {
    expectNoLinks(xlsx, 'xlsx');
    expectNoLinks(docx, 'docx');
    for (const lang of ['en-US']) {
      expectNoLinks(await unzip(path.join(work, `${lang}.xlsx`)), 'xlsx');
      expectNoLinks(await unzip(path.join(work, `${lang}.docx`)), 'docx');
    }
  });

  test("an input cell's hyperlink target is not carried into any output", async () => {
    for (const f of ['zh-CN.xlsx', 'zh-CN.docx', 'en-US.xlsx', 'en-US.docx']) {
      const parts = await unzip(path.join(work, f));
      for (const [name, xml] of parts)
        expect({ name, has: xml.includes('example.com') }).toEqual({ name, has: false });
    }
    for (const f of ['zh-CN.json', 'en-US.json']) {
      expect(await fs.readFile(path.join(work, f), 'utf8')).not.toContain('example.com');
    }
  });
});

// ───────────────────────────── the add-in path ─────────────────────────────

describe('the add-in leaves every source cell as it was (Excel API test double, whole corpus)', () => {
  const corpus = doubleCorpus();

  test.each(corpus.map((c) => [c.label]))(
    '%s: read → check → write report → flag → clear flags',
    async (label) => {
      const book = corpus.find((c) => c.label === label)!;
      const excel = createExcelDouble({ sheets: book.sheets as unknown as DoubleSheetInit[] });
      const port = createExcelPort(excel.run, excel.host);
      const names = book.sheets.map((s) => s.name);
      const cellsBefore = names.map((n) => excel.cells(n));
      const sheetState = () =>
        (JSON.parse(excel.snapshot()) as { sheets: { name: string }[] }).sheets.filter((s) =>
          names.includes(s.name),
        );
      const stateBefore = sheetState();

      const formulasBefore = cellsBefore
        .flatMap((c) => c.formulas.flat())
        .filter((f) => typeof f === 'string');
      if (book.sheets.some((s) => s.formulas)) expect(formulasBefore.length).toBeGreaterThan(0);

      for (const lang of ['zh-CN', 'en-US'] as const) {
        const sources = await port.readSheets();
        const { report } = runCheck({ sources, lang, date: '2026-10-08' });
        expect(report.evaluations.length).toBeGreaterThan(0);
        // Formulas are read by their values: 50 + 60 + 70 against 40*5.
        const withFormula = report.evaluations.find((e) => e.indicator.name === '公式有结果');
        if (withFormula) {
          expect(withFormula.target?.value).toBe(200);
          expect(withFormula.actual?.value).toBe(180);
        }
        await port.writeReport(buildReportLayout(report));
        const flagged = await port.flagShortfalls(report.evaluations, lang);
        expect(flagged).toBeGreaterThan(0);
        // Flags change no value and no formula.
        expect(names.map((n) => excel.cells(n))).toEqual(cellsBefore);
        await port.clearFlags();
        expect(names.map((n) => excel.cells(n))).toEqual(cellsBefore);
      }
      // After clearing the flags, the source sheets are exactly as they were (formats, merges, hidden…).
      expect(sheetState()).toEqual(stateBefore);

      // The report sheet holds the = + - @ texts as text, not as formulas.
      const reportSheet = excel.workbookState.sheets.find((s) => !names.includes(s.name));
      expect(reportSheet).toBeDefined();
      const all = excel.cells(reportSheet!.name);
      const flat = all.values.flatMap((row, r) => row.map((v, c) => ({ v, f: all.formulas[r][c] })));
      for (const t of [FORMULA_LIKE.name, FORMULA_LIKE.plus, FORMULA_LIKE.minus, FORMULA_LIKE.at]) {
        if (!book.sheets.some((s) => s.values.some((row) => row.includes(t)))) continue;
        const hits = flat.filter((x) => x.v === t);
        expect({ t, hits: hits.length > 0 }).toEqual({ t, hits: true });
        for (const h of hits) expect(h.f === null || h.f === t).toBe(true);
      }
      for (const x of flat)
        if (typeof x.f === 'string' && x.f.startsWith('=')) expect(x.f).not.toMatch(/HYPERLINK|cmd\|/i);
    },
  );
});

/** A generated grid as the Excel double takes it: error values as {error}, formulas as formula + no value. */
function toDoubleSheet(grid: Grid): DoubleSheetInit {
  const values: DoubleSheetInit['values'] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  grid.values.forEach((row, r) => {
    values.push(
      row.map((v) =>
        v !== null && typeof v === 'object' ? (v.kind === 'error' ? { error: v.code } : null) : v,
      ),
    );
    formulas.push(
      row.map((v) =>
        v !== null && typeof v === 'object' && v.kind === 'formula'
          ? v.formula.startsWith('=')
            ? v.formula
            : `=${v.formula}`
          : null,
      ),
    );
    numberFormats.push(row.map((_, c) => grid.numberFormats?.[r]?.[c] ?? null));
  });
  return { name: grid.name, values, formulas, numberFormats };
}

describe('the add-in over random indicator sheets', () => {
  test('read → check → write report → flag → clear flags never changes a source value or formula', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbIndicatorSheet(), { minLength: 1, maxLength: 2 }),
        arbPeriod,
        async (sheets, period) => {
          const inits = sheets.map((s, i) => toDoubleSheet({ ...s.grid, name: `单位${i + 1}` }));
          const excel = createExcelDouble({ sheets: inits });
          const port = createExcelPort(excel.run, excel.host);
          const names = inits.map((s) => s.name);
          const before = names.map((n) => excel.cells(n));
          const sources = await port.readSheets();
          const { report } = runCheck({ sources, lang: 'zh-CN', period, date: '2026-10-08' });
          expect(report.evaluations).toHaveLength(sheets.reduce((n, s) => n + s.rows.length, 0));
          await port.writeReport(buildReportLayout(report));
          await port.flagShortfalls(report.evaluations, 'zh-CN');
          expect(names.map((n) => excel.cells(n))).toEqual(before);
          await port.clearFlags();
          expect(names.map((n) => excel.cells(n))).toEqual(before);
          for (const n of names) expect(excel.sheet(n).conditionalFormats).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('any text beginning with = + - @ stays text (random names, owners and units)', () => {
  const arbLead = fc.constantFrom('=', '+', '-', '@', '=+', '-=', '@=');
  const arbBody = fc
    .array(fc.constantFrom(...'ABCxyz0123456789()!$&|"\'<>/:;,.%*指标完成率人次万元'.split('')), {
      minLength: 1,
      maxLength: 20,
    })
    .map((a) => a.join(''));
  const arbFormulaText = fc.tuple(arbLead, arbBody).map(([lead, body]) => `${lead}${body}项`);

  test('xlsx: no formula element, each text a string cell; docx: each text literally', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(arbFormulaText, { minLength: 1, maxLength: 4 }),
        arbFormulaText,
        async (names, owner) => {
          const values = [
            [...HEADER_ZH],
            ...names.map((n, i) => [i + 1, '职能', n, '项', 100, 10, 10, 10, null, owner, null]),
          ];
          const grid: Grid = { name: '目标任务', originRow: 1, originCol: 1, values, merges: [] };
          const { report } = runCheck({ sources: [{ grid }], lang: 'zh-CN', date: '2026-10-08' });
          expect(report.evaluations.map((e) => e.indicator.name)).toEqual(names);
          const data = await renderReportWorkbook(buildReportLayout(report));
          const zip = await JSZip.loadAsync(data);
          const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
          for (const s of sheets) expect(await zip.files[s].async('string')).not.toMatch(/<f[\s>/]/);
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(data as unknown as ArrayBuffer);
          const strings = new Set<string>();
          wb.eachSheet((ws) =>
            ws.eachRow((row) =>
              row.eachCell((cell) => {
                expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
                if (typeof cell.value === 'string') strings.add(cell.value);
              }),
            ),
          );
          for (const t of [...names, owner]) expect(strings.has(t)).toBe(true);
          const doc = await JSZip.loadAsync(await buildDocx(report));
          const xml = await doc.files['word/document.xml'].async('string');
          const plain = decodeXml(
            [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
          );
          for (const t of names) expect(plain).toContain(t);
        },
      ),
      { numRuns: 15 },
    );
  });
});
