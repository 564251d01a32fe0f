/**
 * Progress tables that give each figure its year (SDG country reports: Baseline › Data | Year, Latest ›
 * Data | Year, Target 2030): the heading above "Data" says what the figure is, and the latest year beside
 * the result says how far off the target's year is.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

const SDG: CellValue[][] = [
  ['SDG 3: Good health and well-being — progress'],
  ['Indicator', 'Baseline', null, 'Latest', null, 'Target 2030'],
  [null, 'Data', 'Year', 'Data', 'Year', null],
  ['Maternal mortality ratio (per 100,000 live births)', 130, 2015, 97, 2020, 70],
  ['Under-five mortality rate (per 1,000 live births)', 43, 2015, 32, 2021, 25],
  ['Institutional deliveries (%)', 79, 2016, 89, 2021, 100],
];

function check(rows: CellValue[][]) {
  return runCheck({ sources: [sourceFromRows('SDG3', rows)], lang: 'en-US', date: '2023-05-01' });
}

function roles(result: ReturnType<typeof check>): string[] {
  const reading = result.readings[0];
  if (reading.kind !== 'table') throw new Error(`not read as a table: ${reading.kind}`);
  return (reading.table.reading?.columns ?? []).map((c) => `${c.column} ${c.role}`);
}

describe('a figure under the heading that names it, with its year beside it', () => {
  it('reads Baseline › Data as the baseline and Latest › Data as the result', () => {
    const r = check(SDG);
    expect(roles(r)).toEqual(['A name', 'B baseline', 'D actual', 'F target']);
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.target?.value])).toEqual([
      [97, 70],
      [32, 25],
      [89, 100],
    ]);
  });

  it('judges a result of 2021 against a target for 2030 as a step on the way: behind, not missed', () => {
    const r = check(SDG);
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['behind', 'behind', 'behind']);
  });

  it('a target of the same year as the latest figure is judged as due', () => {
    const rows = SDG.map((row, i) => (i === 1 ? [...row.slice(0, 5), 'Target 2021'] : row));
    const r = check(rows);
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'missed', 'missed']);
  });

  it('Target › Value under a target heading is the target', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Target', 'Latest'],
      [null, 'Value', 'Data'],
      ['Households connected', 500, 430],
      ['Roads resurfaced (km)', 40, 44],
    ];
    const r = check(rows);
    expect(roles(r)).toEqual(['A name', 'B target', 'C actual']);
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved']);
  });
});
