/**
 * Statements of service performance as agencies publish them: a "Performance standard" column is each
 * measure's bar where its cells are figures (Output | Performance standard | Actual), the standards' own
 * names where they are words; and blocks stacked on one sheet under headings of their own words
 * (Impact measure | Baseline | Target | Result above Output | Performance standard | Actual) are each
 * read by their own headings.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date = '2024-08-10') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang: 'en-US', date }).report;
}

const OUTPUTS: CellValue[][] = [
  ['Output', 'Performance standard', 'Actual'],
  ['Audits completed by statutory deadline', '95%', '97%'],
  ['Reports to Parliament tabled', '12', '14'],
  ['Inquiries responded to within 20 working days', '90%', '86%'],
];

describe('a performance standard', () => {
  it('is the target where its cells are figures, the measures named by the column beside it', () => {
    const report = check([['Statement of Service Performance 2023/24'], ...OUTPUTS]);
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      'Audits completed by statutory deadline',
      'Reports to Parliament tabled',
      'Inquiries responded to within 20 working days',
    ]);
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([0.95, 12, 0.9]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });

  it('is the standards’ names where its cells are words', () => {
    const report = check([
      ['Service standards 2023/24'],
      ['Service', 'Performance standard', 'Target', 'Result'],
      ['Passports', 'Passports issued within 10 working days', '90%', '93%'],
      ['Visas', 'Visa decisions within 15 working days', '85%', '80%'],
    ]);
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      'Passports issued within 10 working days',
      'Visa decisions within 15 working days',
    ]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
  });
});

describe('blocks stacked under headings of their own words', () => {
  it('are each read by their own headings', () => {
    const report = check([
      ['Statement of Service Performance 2023/24'],
      [],
      ['Impacts'],
      ['Impact measure', 'Baseline', 'Target', 'Result 2023/24'],
      ['Percentage of public entities with good performance reporting', '45%', '60%', '58%'],
      ["Parliament's satisfaction with our advice", '80%', '85%', '90%'],
      [],
      ['Outputs'],
      ...OUTPUTS,
    ]);
    expect(report.evaluations.map((e) => [e.indicator.row, e.target?.value, e.actual?.value])).toEqual([
      [5, 0.6, 0.58],
      [6, 0.85, 0.9],
      [10, 0.95, 0.97],
      [11, 12, 14],
      [12, 0.9, 0.86],
    ]);
  });
});
