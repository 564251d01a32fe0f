/**
 * A police authority's year to date: the same run of months of two years side by side (Apr to Oct 02 |
 * Apr to Oct 03), the change between them, and reductions to reach written as per cents below nothing
 * (Target 03/04: -10%), with no heading over the names.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

const rows: CellValue[][] = [
  ['October 2003 performance report'],
  ['Performance year to date 2003 vs 2002 & targets'],
  [
    null,
    'Apr to Oct 02\n(000s)',
    'Apr to Oct 03\n(000s)',
    '% Change',
    'Target 03/04',
    'JD Rate Apr to Oct 03',
  ],
  ['Burglary', 67.2, 62, -0.076, -0.04, 0.114],
  ['Autocrime', 145.5, 136.2, -0.064, -0.07, 0.039],
  ['Gun Related Violent Crime', 2.34, 2.18, -0.068, -0.04, 'N/A'],
  ['TNOs', 646.5, 628, -0.029, null, 0.121],
];
const formats = rows.map((row, r) =>
  row.map((_, c) => (r >= 3 && (c === 3 || c === 4 || c === 5) ? '0.0%' : null)),
);

describe('the same months of two years, and reductions to reach', () => {
  it('reads a run of months as the results to date', () => {
    for (const h of ['Apr to Oct 03', 'April to October 2003', 'Apr-Sep 2023', 'Sept - Dec']) {
      expect([h, headerRoles(h)[0]?.role]).toEqual([h, 'actual']);
    }
  });

  it('judges the change against the reduction, the later year’s figure being this year’s', () => {
    const r = runCheck({
      sources: [sourceFromRows('October 2003', rows, { formats })],
      lang: 'en-US',
      date: '2003-11-20',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'month', month: 7 });
    // Each reduction a fall to reach, each change the fall it is (a size, its way in the kind).
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.kind, e.target?.value, e.actual?.value, e.status]),
    ).toEqual([
      [4, 'decrease', 0.04, 0.076, 'on_track'],
      [5, 'decrease', 0.07, 0.064, 'behind'],
      [6, 'decrease', 0.04, 0.068, 'on_track'],
      // No target: the change shown as it is, a fall.
      [7, 'share', undefined, -0.029, 'not_rated'],
    ]);
  });
});
