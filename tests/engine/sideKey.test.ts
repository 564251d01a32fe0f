/**
 * A status key printed to the right of a scorecard, apart from it (Well Above … Well below down a column of
 * its own, beside the header rows): the key to the statuses' colours, read as neither headings nor data.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { withoutSideKey } from '../../src/engine/read/sideKey';
import { gridFromRows, sourceFromRows } from '../support/grids';

const scorecard: CellValue[][] = [
  ['2012/2013 2nd QUARTER CORPORATE PERFORMANCE SCORECARD'],
  ['1 July - 31 December 2012'],
  [null, null, null, null, null, null, 'Well Above'],
  ['Perspectives, KPIs', 'Status', 'Target', 'Actual', 'Reason for variance', null, 'Above'],
  ['An Opportunity City', null, null, null, null, null, 'On target'],
  ['1.A % of building plans approved within 30 days', null, 0.8, 0.801, 'Target achieved', null, 'Below'],
  ['1.B % Spend of capital budget', null, 0.2694, 0.2941, 'Target achieved', null, 'Well below'],
  ['1.C Number of households with access to water', null, 10000, 9200, 'Contractor delays'],
];

function evaluations(rows: CellValue[][]) {
  const r = runCheck({
    // The perspective's line merged across the table, as the report prints it.
    sources: [sourceFromRows('Annexure A', rows, { merges: ['A5:F5'] })],
    lang: 'en-US',
    date: '2013-01-20',
    yearStart: 7,
  });
  return r.report.evaluations.map((e) => [e.indicator.row, e.target?.value ?? null, e.actual?.value ?? null]);
}

describe('a status key beside the table', () => {
  it('reads the scorecard under its real headings, the key left out', () => {
    expect(evaluations(scorecard)).toEqual([
      [6, 0.8, 0.801],
      [7, 0.2694, 0.2941],
      [8, 10000, 9200],
    ]);
  });

  it('leaves out a key under its own heading (Key), and keeps every other cell where it was', () => {
    const rows = scorecard.map((row) => [...row]);
    rows[1] = ['1 July - 31 December 2012', null, null, null, null, null, 'Key:'];
    const grid = withoutSideKey(gridFromRows('S', rows));
    expect(grid.values.map((row) => row[6] ?? null)).toEqual(rows.map(() => null));
    expect(grid.values.map((row) => row.slice(0, 5))).toEqual(rows.map((row) => row.slice(0, 5)));
  });

  it('keeps a status column apart from the figures: its words repeat, and they run down the whole table', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Target', 'Actual', null, null],
      ['Homes built', 200, 210, null, 'Green'],
      ['Repairs on time', 0.95, 0.9, null, 'Amber'],
      ['Complaints answered', 0.9, 0.7, null, 'Red'],
      ['Rent collected', 0.98, 0.99, null, 'Green'],
    ];
    const grid = gridFromRows('S', rows);
    expect(withoutSideKey(grid)).toBe(grid);
  });

  it('keeps a column that holds other cells, and words that are no status', () => {
    const withNote = scorecard.map((row) => [...row]);
    withNote[9] = [null, null, null, null, null, null, 'Checked by finance'];
    const grid = gridFromRows('S', withNote);
    expect(withoutSideKey(grid)).toBe(grid);
    const places = gridFromRows('S', [
      ['Indicator', 'Target', 'Actual', null, 'North'],
      ['Homes built', 200, 210, null, 'South'],
      ['Repairs on time', 0.95, 0.9, null, 'East'],
    ]);
    expect(withoutSideKey(places)).toBe(places);
  });
});
