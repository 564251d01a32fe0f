/**
 * A target stated once above a table of shares with no target column ("has met and exceeded its 80%
 * service performance target"; 目标值为95%) is every row's target, named as such in a note; a share of
 * targets ("45% of targets were met") or two different shares are no such target.
 */
import { parsePeriodCode, runCheck, toResultJson, type CellValue, type Lang } from '../../src/engine';
import { targetInLine } from '../../src/engine/read/preamble';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: Lang = 'en-US') {
  const r = runCheck({
    sources: [sourceFromRows('Report card', rows)],
    lang,
    date: '2022-06-30',
    period: parsePeriodCode('FY'),
  });
  return { json: toResultJson(r.report), report: r.report };
}

const above = (line: string): CellValue[][] => [
  ['Grants and Contributions Service Standard Report Card, 2021 to 2022'],
  [line],
  ['Program name', '2020-2021', null, '2021-2022', null],
  [null, 'Number of occurrences', 'Performance (%)', 'Number of occurrences', 'Performance (%)'],
  ['Airports Capital Assistance Program', 105, 0.99, 74, 1],
  ['Recovery of the Airport System', '-', '-', 85, 0.76],
  ['Ferry Services Contribution Program', '-', '-', 35, 0.92],
];

describe('a target stated above a table of shares', () => {
  it("is every row's target where the table has none, and says so", () => {
    const { json, report } = check(
      above('Transport Canada has met and exceeded its 80% service performance target for its programs.'),
    );
    expect(json.indicators.map((i) => [i.target, i.actual, i.status])).toEqual([
      [0.8, 1, 'achieved'],
      [0.8, 0.76, 'missed'],
      [0.8, 0.92, 'achieved'],
    ]);
    const notes = report.diagnostics.filter((d) => d.code === 'target-from-caption');
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatchObject({ severity: 'info', cell: 'A2' });
  });

  it('a share of targets, or none, leaves the rows without one', () => {
    for (const line of ['In 2021, 45% of targets were met.', 'The results of each program, by standard.']) {
      const { json } = check(above(line));
      expect(json.indicators.every((i) => i.target === null && i.status === 'not_rated')).toBe(true);
    }
  });

  it('reads the ways offices state one share as the target, in both languages', () => {
    expect(targetInLine('Our service standard target is 80%.')?.text).toBe('80%');
    expect(targetInLine('a target of 95 % of calls')?.text).toBe('95%');
    expect(targetInLine('各项服务承诺目标值为95%')?.text).toBe('95%');
    expect(targetInLine('按時辦結率達到98%的目標')?.value).toBe(0.98);
    // A goal's share of cases meeting their standard, as time-standard tables state it.
    expect(
      targetInLine('Our goal is that 80% of the applications will meet the published service standards')
        ?.value,
    ).toBe(0.8);
    expect(targetInLine('45% of targets were met; 30% were not')).toBeNull();
    // Two different shares: neither is every row's.
    expect(targetInLine('a target of 80% for grants and a target of 90% for contributions')).toBeNull();
  });
});
