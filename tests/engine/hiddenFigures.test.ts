/**
 * A hidden column of figures with no word in it (a helper's sums, last year's copy) is no part of the
 * table: the office keeps it out of sight, and the report reads the table as the office sees it.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { withoutHiddenFigureColumns } from '../../src/engine/read/hiddenFigures';
import { gridFromRows } from '../support/grids';

const rows: CellValue[][] = [
  ['Our performance'],
  ["Here's our results for quarter two, 2024/25 which is July to September 2024:"],
  ['Customer satisfaction:', 12345, 0.585, 'Target: 70%'],
  ['Complaints responded to on time:', 12345, 0.97, 'Target: 95%'],
  ['Residents’ trust in us:', 12345, 0.581, 'Target: 60%'],
];

function statuses(hidden: number[]) {
  const grid = { ...gridFromRows('Sheet1', rows), hiddenColumns: hidden };
  const r = runCheck({ sources: [{ grid }], lang: 'en-US', date: '2025-04-10', yearStart: 4 });
  return r.report.evaluations.map((e) => [e.indicator.name, e.actual?.value ?? null, e.status]);
}

describe('a hidden column of figures', () => {
  it('is left out: the visible figures are the result and the target', () => {
    expect(statuses([2])).toEqual([
      ['Customer satisfaction:', 0.585, 'behind'],
      ['Complaints responded to on time:', 0.97, 'on_track'],
      ['Residents’ trust in us:', 0.581, 'behind'],
    ]);
  });

  it('keeps a hidden column with a word in it, and every cell keeps its address', () => {
    const grid = {
      ...gridFromRows('S', [
        ['Target', 'Actual'],
        [5, 7],
      ]),
      hiddenColumns: [2],
    };
    expect(withoutHiddenFigureColumns(grid)).toBe(grid);
    const figures = {
      ...gridFromRows('S', [
        ['Name', 5, 1],
        ['Other', 7, 2],
      ]),
      hiddenColumns: [2],
    };
    expect(withoutHiddenFigureColumns(figures).values).toEqual([
      ['Name', null, 1],
      ['Other', null, 2],
    ]);
  });
});
