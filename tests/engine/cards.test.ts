/**
 * Measures kept as cards down the sheet (a caption, then a label and a figure a row), as web pages of key
 * performance figures print them: read as one table, every figure keeping its own cell.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { cardsFolded } from '../../src/engine/read/cards';
import { statusWord } from '../../src/engine/read/cellKinds';
import { gridFromRows, sourceFromRows } from '../support/grids';

const page: CellValue[][] = [
  ['Key performance targets'],
  ['Please see below results for our key performance for 2020/21.'],
  [],
  ['Security of supply 2020/21'],
  ['South West (CI)'],
  ['Ofgem target', 58.1],
  ['IIS performance', 58.46],
  ['Our performance', '-0.6% against target'],
  ['South Wales (CI)'],
  ['Ofgem target', 52.5],
  ['IIS performance', 38.9],
  ['Our performance', '25.9% better than target'],
  [],
  ['Availability of supply 2020/21'],
  ['South West (CML)'],
  ['Ofgem target', 43.5],
  ['IIS performance', 41.5],
  ['Our performance', '4.6% better than target'],
];

describe('measures kept as cards', () => {
  it('reads each card as a measure: its caption the name, the target and result beside their labels', () => {
    const r = runCheck({
      sources: [sourceFromRows('KPIs', page)],
      lang: 'en-US',
      date: '2021-07-01',
      yearStart: 4,
    });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.row,
        e.indicator.name,
        e.target?.value,
        e.actual?.value,
        e.status,
      ]),
    ).toEqual([
      [7, 'South West (CI)', 58.1, 58.46, 'missed'],
      [11, 'South Wales (CI)', 52.5, 38.9, 'achieved'],
      [17, 'South West (CML)', 43.5, 41.5, 'achieved'],
    ]);
    // Each figure keeps its own cell on the sheet: South Wales's target is B10.
    const wales = r.report.evaluations[1].indicator;
    expect([wales.target?.row, wales.target?.col]).toEqual([10, 2]);
  });

  it('leaves a sheet alone whose cards differ in their labels, or that holds a table between them', () => {
    const other = page.map((row) => [...row]);
    other[15] = ['Budget', 43.5];
    expect(cardsFolded(gridFromRows('S', other))).toBeNull();
    const table = page.slice(0, 8).concat(
      [
        ['Measure', 'Target', 'Actual'],
        ['Complaints', 10, 12],
      ],
      page.slice(8),
    );
    expect(cardsFolded(gridFromRows('S', table))).toBeNull();
  });
});

describe('a margin on the target as the verdict', () => {
  it.each([
    ['25.9% better than target', 'achieved'],
    ['0.5% ahead of target', 'achieved'],
    ['-0.6% against target', 'missed'],
    ['3% worse than target', 'missed'],
  ])('%s is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });

  it('is no verdict with more words after it', () => {
    expect(statusWord('25.9% better than target for the region')).toBeNull();
  });
});
