/**
 * A department's output measures with a results legend above them, one mark to a line (* Performance
 * target achieved or exceeded / ** Performance target not achieved), and the marks alone under Result:
 * the office's verdicts — a cost well under its target is "not achieved" by the department's own rule.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { letterKey } from '../../src/engine/read/letterKey';
import { gridFromRows, sourceFromRows } from '../support/grids';

const rows = (legend: boolean): CellValue[][] => [
  ['Economic policy advice and support'],
  ...(legend
    ? [
        ['Results legend'],
        ['* Performance target achieved or exceeded in a desirable way'],
        [
          '** Performance target not achieved — exceeds 5 per cent or $50 million (cost measures only) variance',
        ],
      ]
    : [['Results']]),
  [],
  ['Performance measure', 'Unit', '2023–24 target', '2023–24 actual', 'Variance', 'Result'],
  ['Quality'],
  ['Key stakeholder satisfaction with advice', 'per cent', 85, 85, 0, '*'],
  ['Cost'],
  ['Total output cost', '$ million', 24, 22.2, -0.074, '**'],
];

describe('a results legend, one mark to a line', () => {
  it('gives each mark under Result its meaning, and the office’s verdict stands', () => {
    const r = runCheck({
      sources: [sourceFromRows('Output', rows(true))],
      lang: 'en-US',
      date: '2024-10-01',
      yearStart: 7,
    });
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.status, e.sourceStatus?.status ?? null]),
    ).toEqual([
      ['Key stakeholder satisfaction with advice', 'achieved', 'achieved'],
      ['Total output cost', 'missed', 'missed'],
    ]);
  });

  it('takes no key from a single line, and marks with no key are no verdicts', () => {
    const one = gridFromRows('Output', [['* Performance target achieved or exceeded'], ['Notes']]);
    expect(letterKey(one, 5, 5).size).toBe(0);
    const r = runCheck({
      sources: [sourceFromRows('Output', rows(false))],
      lang: 'en-US',
      date: '2024-10-01',
      yearStart: 7,
    });
    expect(r.report.evaluations.map((e) => e.sourceStatus ?? null)).toEqual([null, null]);
  });
});
