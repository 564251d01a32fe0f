/**
 * Statements of service performance as agencies publish them: a "Performance standard" column is each
 * measure's bar where its cells are figures (Output | Performance standard | Actual), the standards' own
 * names where they are words; and blocks stacked on one sheet under headings of their own words
 * (Impact measure | Baseline | Target | Result above Output | Performance standard | Actual) are each
 * read by their own headings; and a standard written as a time and the measure it bounds ("18 minutes mean
 * response time") beside a category's name: a level, better lower; a box of facts below a blank row
 * ("… at a Glance" over Location: | FY2025 Budget:) is no part of the table above it.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date = '2024-08-10', formats?: (string | null)[][]) {
  const source = sourceFromRows('Sheet1', rows, formats ? { formats } : {});
  return runCheck({ sources: [source], lang: 'en-US', date }).report;
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

describe('a standard written as a time and the measure it bounds', () => {
  it('is a level, better lower, where the row is named by its category', () => {
    const hms = (h: number, m: number, sec: number) => (h * 3600 + m * 60 + sec) / 86400;
    const report = check(
      [
        ['Response times 2021/22'],
        ['Category', 'Definition', 'National standard', 'Average performance 2021/22 (hh:mm:ss)'],
        [
          'C1',
          'Immediately life-threatening injuries and illnesses.',
          '7 minutes mean response time',
          hms(0, 9, 49),
        ],
        ['C2', 'Emergency.', '18 minutes mean response time', hms(0, 45, 42)],
        ['C3', 'Urgent calls.', '120 minutes (2 hours) 90th centile response time', hms(1, 48, 25)],
      ],
      '2022-05-10',
      [[], [], ...Array.from({ length: 3 }, () => [null, null, null, 'hh:mm:ss'])],
    );
    expect(report.evaluations.map((e) => [e.direction, e.kind, e.status])).toEqual([
      ['lower', 'level', 'missed'],
      ['lower', 'level', 'missed'],
      ['lower', 'level', 'achieved'],
    ]);
  });
});

describe('a box of facts below the table', () => {
  it('ends the table at the blank row above its caption', () => {
    const report = check([
      ['Performance Measures'],
      ['Measurement', 'FY2024 Goal', 'FY2024 Actual'],
      ['Percentage of drainage channels maintained to satisfactory levels', '100%', '90%'],
      ['Percentage of city streets swept twice a year', '100%', '100%'],
      [],
      ['Public Works – Storm Drain Division at a Glance'],
      ['Location:', 'FY2025 Budget:', 'Full-time'],
      ['Water Tower, 7800 Virgil Anthony', 4649840, 7.25],
    ]);
    expect(report.evaluations.map((e) => e.indicator.row)).toEqual([3, 4]);
  });
});
