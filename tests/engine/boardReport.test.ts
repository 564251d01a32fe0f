/**
 * A hospital board's performance report as trusts keep it: "Month 2" in the title over a "May 2013"
 * column (the organisation's second month: a year from April), a Standard column in the target's place, and
 * an "Against standard" verdict that states a figure's side of it (2 above target: a miss for a count of
 * infections, a pass for a share of patients), and a Position column of verdicts beside the figures.
 */
import { runCheck, toResultJson, type CellValue } from '../../src/engine';
import { headerRoles } from '../../src/engine/read/headerWords';
import { yearStartOfNumberedMonth } from '../../src/engine/core/statedPeriod';
import { sourceFromRows } from '../support/grids';

const rows: CellValue[][] = [
  ['Integrated Performance Report – Month 2'],
  ['Indicator', 'Standard', 'May 2013', 'Against standard'],
  ['Adult inpatients who had a VTE risk assessment', 0.95, 0.9562, 'Above standard'],
  ['Cancer 62 day performance', 0.85, 0.835, 'Below standard'],
  ['Clostridium Difficile reported cases', null, 8, '2 above target'],
  ['Patients spend >=90% of time on stroke unit', 0.9, null, '7.7% above standard'],
];

function check(yearStart?: number) {
  const r = runCheck({
    sources: [sourceFromRows('Month 2', rows)],
    lang: 'en-US',
    date: '2013-07-10',
    ...(yearStart !== undefined ? { yearStart } : {}),
  });
  return { json: toResultJson(r.report), report: r.report };
}

describe("a board report's numbered month", () => {
  it('"Month 2" over a May column starts the year in April, and reads May as the period', () => {
    const { json, report } = check();
    expect(json.yearStart).toBe(4);
    expect(json.period).toBe('M2');
    expect(report.options.yearStartSource?.text).toBe('Month 2, May 2013');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('Adult inpatients who had a VTE risk assessment')).toMatchObject({ actual: 0.9562 });
    expect(row('Cancer 62 day performance')).toMatchObject({ actual: 0.835 });
  });

  it('the numbered month against the month named, only to a usual year start', () => {
    expect(yearStartOfNumberedMonth('Month 2', 5)).toBe(4);
    expect(yearStartOfNumberedMonth('IPR Month 9', 12)).toBe(4);
    expect(yearStartOfNumberedMonth('Month 3', 9)).toBe(7);
    // January: nothing to say; a start no organisation uses (Month 2 over June): none.
    expect(yearStartOfNumberedMonth('Month 2', 2)).toBeNull();
    expect(yearStartOfNumberedMonth('Month 2', 6)).toBeNull();
    expect(yearStartOfNumberedMonth('May 2013', 5)).toBeNull();
  });
});

describe('an Against standard verdict', () => {
  it('is the status column', () => {
    expect(headerRoles('Against standard')[0]?.role).toBe('status');
  });

  it("judges a figure's side of the target by the indicator's direction", () => {
    const { json } = check();
    const status = (name: string) => json.indicators.find((i) => i.name === name)!.status;
    // Eight infections, two above their trajectory: fewer is better, so behind.
    expect(['behind', 'missed']).toContain(status('Clostridium Difficile reported cases'));
    // A share of patients 7.7% above its standard: on track.
    expect(['on_track', 'achieved']).toContain(status('Patients spend >=90% of time on stroke unit'));
    expect(status('Cancer 62 day performance')).toBe('behind');
  });
});

describe("a board report's Position column", () => {
  const rows: CellValue[][] = [
    ['Integrated Performance Report: Month 2'],
    ['Standard', 'Standard / trajectory', 'Month', 'Performance', 'Previous month', 'Position'],
    [
      'Cancer 62 day wait standard',
      null,
      'April 2017',
      null,
      null,
      'Met (for the first time since June 2016)',
    ],
    [
      'Cancer two week wait standard',
      null,
      'April 2017',
      null,
      null,
      'Not met (breaches for Lower GI patients)',
    ],
    ['Diagnostic waits: national six-week standard', null, 'May 2017', null, null, 'Met'],
    ['Four-hour wait performance', 0.9, 'May 2017', 0.864, 0.888, 'Below the trajectory level of 90%'],
  ];

  it('is the verdict beside the figures, and the standard or trajectory the target', () => {
    const r = runCheck({
      sources: [sourceFromRows('IPR', rows)],
      lang: 'en-US',
      date: '2017-07-12',
      yearStart: 4,
    });
    const json = toResultJson(r.report);
    expect(json.sheets[0].columns.map((c) => [c.column, c.role])).toEqual(
      expect.arrayContaining([
        ['B', 'target'],
        ['D', 'actual'],
        ['F', 'status'],
      ]),
    );
    // Rows with a verdict and no figure are read, judged by their verdicts.
    expect(json.indicators.map((i) => i.name)).toHaveLength(4);
    const status = (name: string) => json.indicators.find((i) => i.name === name)!.status;
    expect(['on_track', 'achieved']).toContain(status('Cancer 62 day wait standard'));
    expect(['behind', 'missed']).toContain(status('Cancer two week wait standard'));
    expect(status('Four-hour wait performance')).toBe('behind');
    expect(json.indicators.find((i) => i.name === 'Four-hour wait performance')).toMatchObject({
      target: 0.9,
    });
  });
});
