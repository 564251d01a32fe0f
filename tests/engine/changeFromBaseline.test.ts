/**
 * A plan's targets as a change from a baseline (Baseline (2019/20) | Target 2024/25 | Latest): the result's
 * change from the baseline answers a target of a fall or a rise (Reduce by 30%, -20%), and the result
 * named the latest there is is judged against the later year's target as a step on the way.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function judged(latest: string) {
  const rows: CellValue[][] = [
    ['Carbon reduction plan - progress'],
    ['Indicator', 'Baseline (2019/20)', 'Target 2024/25', latest],
    ['Council CO2 emissions (tonnes)', 12500, 'Reduce by 30%', 9800],
    ['Fleet miles (km)', 850000, '-20%', 720000],
    ['Waste recycled', '42%', '50%', '46%'],
  ];
  const r = runCheck({ sources: [sourceFromRows('Plan', rows)], lang: 'en-US', date: '2024-11-15' });
  return r.report;
}

describe('a change from the baseline', () => {
  it('works out the fall from the baseline for a target of a fall, and says so', () => {
    const report = judged('Latest');
    // 9,800 is 21.6% below 12,500; 720,000 is 15.3% below 850,000.
    expect(report.evaluations.map((e) => [e.kind, e.target?.value, e.actual?.value])).toEqual([
      ['decrease', 0.3, 0.216],
      ['decrease', 0.2, 0.153],
      ['share', 0.5, 0.46],
    ]);
    expect(report.diagnostics.filter((d) => d.code === 'growth-from-baseline').map((d) => d.cell)).toEqual([
      'B3',
      'B4',
    ]);
  });

  it('judges the result named the latest, of a year before the target’s, as a step towards it', () => {
    const report = judged('Latest (2023/24)');
    expect(report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [0.216, 'at_risk'],
      [0.153, 'at_risk'],
      [0.46, 'behind'],
    ]);
  });
});
