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
  readonly period: { readonly code: string | null; readonly yearStartMonth?: number };
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

it('reads every table of the corpus (none is refused)', async () => {
  for (const f of expected.files) {
    const sources = await readWorkbookFile(path.join(DIR, f.file));
    const result = runCheck({ sources, lang: 'en-US', date: '2025-01-15' });
    const tables = result.readings.filter((r) => r.kind === 'table');
    expect({ file: f.file, tables: tables.length }).toEqual({ file: f.file, tables: f.sheets.length });
  }
});
