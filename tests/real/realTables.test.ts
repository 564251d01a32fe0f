/**
 * The real-table corpus (tests/fixtures/real): tables that offices have published, rebuilt as they keep
 * them in Excel. Each is read as a person reads it — its period, every indicator row it has (and none of
 * the rows that are not indicators), and for each indicator the status its source gives.
 *
 * Sources rarely tell "achieved" from "on track" (Green, ☺, 顺利推进 say only that the target is met), so
 * statuses are compared by what they say: met (achieved, on track), not met (behind, at risk, missed),
 * not rated, no data.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCheck, type Period, type Status } from '../../src/engine';
import { readWorkbookFile } from '../../src/file/readXlsx';

const DIR = path.join(__dirname, '..', 'fixtures', 'real');

interface ExpectedIndicator {
  readonly row: number;
  readonly name?: string;
  readonly indicator?: string;
  readonly orgUnit?: string;
  readonly status: Status;
  readonly sourceStatus?: string;
}
interface ExpectedSheet {
  readonly sheet: string;
  readonly period: {
    readonly code: string | null;
    readonly yearStartMonth?: number;
    /** The organisation's year as the source names it (2017/18, 2021–22, FY 2010), where it is not the calendar year. */
    readonly fiscalYear?: string;
    /** The year the table is of, and where the page states it (null: nowhere on it). */
    readonly year?: number | null;
    readonly statedIn?: string | null;
  };
  readonly indicators: readonly ExpectedIndicator[];
  readonly notIndicators?: readonly { readonly row: number }[];
}
interface ExpectedFile {
  readonly file: string;
  readonly sheets: readonly ExpectedSheet[];
}

const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as {
  files: ExpectedFile[];
};

type Verdict = 'met' | 'not met' | Status;
function verdict(s: Status): Verdict {
  if (s === 'achieved' || s === 'on_track') return 'met';
  if (s === 'behind' || s === 'at_risk' || s === 'missed') return 'not met';
  return s;
}

/** The calendar year a period of the organisation's year `year` (from month `ys`) ends in. */
function endsIn(year: number, p: Period, ys: number): number {
  const months = p.kind === 'year' ? 12 : p.kind === 'quarter' ? p.quarter * 3 : p.month;
  const calendarMonth = ((months - 1 + ys - 1) % 12) + 1;
  return calendarMonth < ys ? year + 1 : year;
}

/** Through month 9 is the third quarter: the same period, however it is written. */
function sameSpan(code: string, p: Period): boolean {
  const months = p.kind === 'year' ? 12 : p.kind === 'quarter' ? p.quarter * 3 : p.month;
  const m = /^(Q|M)(\d+)$/.exec(code);
  const want = code === 'FY' ? 12 : m ? (m[1] === 'Q' ? Number(m[2]) * 3 : Number(m[2])) : -1;
  return months === want;
}

describe.each(expected.files.map((f) => [f.file, f] as const))('%s', (file, spec) => {
  let sources: Awaited<ReturnType<typeof readWorkbookFile>>;
  beforeAll(async () => {
    sources = await readWorkbookFile(path.join(DIR, file));
  });

  it.each(spec.sheets.map((s) => [s.sheet, s] as const))('sheet %s', (_name, sheet) => {
    const result = runCheck({
      sources: sources.filter((s) => s.grid.name === sheet.sheet),
      lang: 'zh-CN',
      date: '2025-01-15',
      yearStart: sheet.period.yearStartMonth ?? 1,
    });
    if (sheet.period.code) expect(sameSpan(sheet.period.code, result.period)).toBe(true);
    // A calendar year the report names is the table's own (a year read from the page around the table,
    // where the sheet names none, is left unnamed, not guessed).
    // The report names the organisation's year by the calendar year it starts in (2011/12 from October);
    // the corpus the calendar year the table is of: where the period is known, the calendar year it ends in.
    const { year } = result.report.options;
    const ys = sheet.period.yearStartMonth ?? 1;
    const calendarYear =
      year != null && ys !== 1 && sheet.period.code ? endsIn(year, result.period, ys) : year;
    if (
      sheet.period.statedIn &&
      !sheet.period.fiscalYear &&
      typeof sheet.period.year === 'number' &&
      calendarYear != null
    )
      expect(`year ${calendarYear}`).toBe(`year ${sheet.period.year}`);
    const evaluations = [...result.report.evaluations];
    const unmatched = new Set(evaluations.map((_, i) => i));
    const mismatches: string[] = [];
    for (const want of sheet.indicators) {
      const inRow = evaluations
        .map((e, i) => ({ e, i }))
        .filter(({ e, i }) => unmatched.has(i) && e.indicator.row === want.row);
      const byOrg = want.orgUnit ? inRow.filter(({ e }) => e.indicator.org === want.orgUnit) : [];
      const hit = byOrg[0] ?? inRow[0];
      if (!hit) {
        mismatches.push(`row ${want.row} (${want.indicator ?? want.name}) was not read`);
        continue;
      }
      unmatched.delete(hit.i);
      if (verdict(hit.e.status) !== verdict(want.status)) {
        mismatches.push(
          `row ${want.row} (${want.indicator ?? want.name}): ${hit.e.status}, the source says ${want.status}` +
            (want.sourceStatus ? ` (${want.sourceStatus})` : ''),
        );
      }
    }
    for (const i of unmatched) {
      mismatches.push(
        `row ${evaluations[i].indicator.row} (${evaluations[i].indicator.name}) is not an indicator`,
      );
    }
    const notIndicators = new Set((sheet.notIndicators ?? []).map((n) => n.row));
    for (const e of evaluations) {
      if (notIndicators.has(e.indicator.row))
        mismatches.push(`row ${e.indicator.row} was read as an indicator`);
    }
    expect(mismatches).toEqual([]);
  });
});

it('names the source of every table of the corpus, and of no other (SOURCES.md)', () => {
  const sources = fs.readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8');
  const named = [...sources.matchAll(/^## (\S+\.xlsx)\s*$/gm)].map((m) => m[1]).sort();
  const workbooks = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  expect(named).toEqual(workbooks);
  expect(expected.files.map((f) => f.file).sort()).toEqual(workbooks);
});

it('reads every table of the corpus (none is refused)', async () => {
  for (const f of expected.files) {
    const sources = await readWorkbookFile(path.join(DIR, f.file));
    const result = runCheck({ sources, lang: 'en-US', date: '2025-01-15' });
    const tables = result.readings.filter((r) => r.kind === 'table');
    expect({ file: f.file, tables: tables.length }).toEqual({ file: f.file, tables: f.sheets.length });
  }
});

/** True when a text writes `year` across two years (2017/18, 2021–22, 2011-2012, 2025 to 2026, 2007/08年度). */
function writesSpan(text: string, year: number): boolean {
  const next = year + 1;
  const second = `(?:${next}|${String(next % 100).padStart(2, '0')})`;
  return new RegExp(
    `(?<!\\d)${year}\\s*(?:[/\\-–—]|\\sto\\s)\\s*${second}(?![\\d年])|${year}\\s*[/\\-–—]\\s*${second}\\s*年度`,
  ).test(text);
}

/** True when a text names `year` after FY (FY 2010, FY2024, Fiscal Year 2015). */
function writesFy(text: string, year: number): boolean {
  return new RegExp(
    `\\bF(?:Y|iscal Year)\\s*'?(?:${year}|${year % 100})\\b(?!\\s*[/\\-–—]\\s*\\d)`,
    'i',
  ).test(text);
}

/** A source's name for its year: the first calendar year, and whether it is named after FY or spans two. */
function fiscalOf(label: string): { year: number; named: 'span' | 'fy' } {
  const short = /^\s*fy\s*'?(\d{2})$/i.exec(label);
  // FY 11-12 is the span 2011/12, written short.
  const shortSpan = /^\s*fy\s*(\d{2})\s*[/\-–—]\s*\d{2}$/i.exec(label);
  const year = short
    ? 2000 + Number(short[1])
    : shortSpan
      ? 2000 + Number(shortSpan[1])
      : Number(/(?:19|20)\d{2}/.exec(label)?.[0]);
  // FY 2022-23 spans two years: named by its span, as the report names it (2022/23).
  const span = /(?:19|20)\d{2}\s*[/\-–—]\s*\d{2}/.test(label) || shortSpan !== null;
  return { year, named: /^\s*(fy|fiscal year)/i.test(label) && !span ? 'fy' : 'span' };
}

describe('the year as each table names it, with no year start given', () => {
  const named = expected.files.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.period.fiscalYear ? [[f.file, s.sheet, s.period.fiscalYear, s.period.code] as const] : [],
    ),
  );

  it('has tables that write their year so, for the checks below to bite', async () => {
    let written = 0;
    for (const [file, sheet, label] of named) {
      const grids = (await readWorkbookFile(path.join(DIR, file))).filter((s) => s.grid.name === sheet);
      const want = fiscalOf(label);
      const words = grids.flatMap((s) => [s.grid.name, ...s.grid.values.flat().map(String)]);
      if (words.some((w) => (want.named === 'span' ? writesSpan(w, want.year) : writesFy(w, want.year))))
        written++;
    }
    expect(written).toBeGreaterThanOrEqual(30);
  });

  it.each(named)('%s, sheet %s (%s)', async (file, sheet, label, code) => {
    const sources = (await readWorkbookFile(path.join(DIR, file))).filter((s) => s.grid.name === sheet);
    const r = runCheck({ sources, lang: 'en-US', date: '2025-01-15' });
    const want = fiscalOf(label);
    const { year, yearNamed } = r.report.options;
    // A year the report names as a financial year is the source's, named the source's way.
    if (yearNamed) expect({ year, yearNamed }).toEqual({ year: want.year, yearNamed: want.named });
    // And where the page writes it so, the report names it so (a table of years down its rows, each row
    // its own year, has no one year: code null).
    const words = sources.flatMap((s) => [
      s.grid.name,
      ...s.grid.values.flat().filter((v): v is string => typeof v === 'string'),
    ]);
    const written = words.some((w) =>
      want.named === 'span' ? writesSpan(w, want.year) : writesFy(w, want.year),
    );
    if (written && code !== null) {
      expect({ year, yearNamed }).toEqual({ year: want.year, yearNamed: want.named });
      const title = r.report.title;
      if (want.named === 'span')
        expect(title).toContain(`${want.year}/${String((want.year + 1) % 100).padStart(2, '0')}`);
      else expect(title).toContain(`FY ${want.year}`);
    }
  });
});

describe('rows whose names say per cent', () => {
  it('are read as shares or levels against their target, never paced as part of a year', async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const f of expected.files) {
      const sources = await readWorkbookFile(path.join(DIR, f.file));
      for (const sheet of f.sheets) {
        const rows = sheet.indicators.filter(
          (i) =>
            /%|\bper\s?cent/i.test(i.name ?? i.indicator ?? '') &&
            (i as { kind?: string }).kind !== undefined &&
            ['share', 'level'].includes((i as { kind?: string }).kind ?? ''),
        );
        if (rows.length === 0) continue;
        const result = runCheck({
          sources: sources.filter((s) => s.grid.name === sheet.sheet),
          lang: 'en-US',
          date: '2025-01-15',
          yearStart: sheet.period.yearStartMonth ?? 1,
        });
        for (const want of rows) {
          const e = result.report.evaluations.find(
            (ev) => ev.indicator.row === want.row && (!want.orgUnit || ev.indicator.org === want.orgUnit),
          );
          if (!e) continue;
          checked++;
          // (The office's own target for the period, May Target beside 08/09 Target, is no pacing.)
          const ownPlan = e.indicator.periodTargetCell?.value ?? null;
          const prorated =
            e.target !== null &&
            e.expected !== null &&
            e.expected !== e.target.value &&
            e.expected !== ownPlan;
          if (e.kind === 'amount' || prorated)
            wrong.push(`${f.file} row ${want.row}: ${e.kind}, ${e.expected}`);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(wrong).toEqual([]);
  });
});
