/**
 * The names headed by the money the figures are counted in (Ushs Thousands | Approved Budget | …): the
 * rows' unit, never a section of them; where such tables are stacked, the line above each one's headings
 * names its section.
 */
import { readSheets, runCheck, type CellValue } from '../../src/engine';
import { format as en } from '../../src/engine/locale/en-US/format';
import { sourceFromRows } from '../support/grids';

const BUDGET: CellValue[][] = [
  ['Local Government Quarterly Performance Report FY 2020/21'],
  ['Overall Revenue Performance'],
  ['Ushs Thousands', 'Approved Budget', 'Cumulative Receipts', '% of Budget Received'],
  ['Locally Raised Revenues', 545891, 374223, 0.69],
  ['Discretionary Government Transfers', 4425320, 3487540, 0.79],
  [],
  ['Overall Expenditure Performance by Workplan'],
  ['Ushs Thousands', 'Approved Budget', 'Cumulative Releases', 'Cumulative Expenditure', '% Budget Spent'],
  ['Administration', 5566664, 4190072, 3460821, 0.62],
  ['Water', 1449099, 1100000, 473611, 0.33],
];

function read(rows: CellValue[][]) {
  const [reading] = readSheets([sourceFromRows('Summary', rows)], { yearStart: 7 });
  if (reading.kind !== 'table') throw new Error(`not read: ${JSON.stringify(reading)}`);
  return reading.table.indicators;
}

describe('names headed by money in thousands', () => {
  it('give the rows their unit, and the line above each table its section', () => {
    const rows = read(BUDGET);
    expect(rows.map((i) => [i.name, i.measureUnit, i.category])).toEqual([
      ['Locally Raised Revenues', 'Ushs Thousands', 'Overall Revenue Performance'],
      ['Discretionary Government Transfers', 'Ushs Thousands', 'Overall Revenue Performance'],
      ['Administration', 'Ushs Thousands', 'Overall Expenditure Performance by Workplan'],
      ['Water', 'Ushs Thousands', 'Overall Expenditure Performance by Workplan'],
    ]);
  });

  it('as other offices write them: UShs 000’s, KES Millions, R’000', () => {
    for (const heading of ["UShs 000's", 'KES Millions', 'R’000']) {
      const rows = read(BUDGET.map((r) => (r[0] === 'Ushs Thousands' ? [heading, ...r.slice(1)] : r)));
      expect(rows.map((i) => i.measureUnit)).toEqual([heading, heading, heading, heading]);
      expect(rows.map((i) => i.category)).not.toContain(heading);
    }
  });

  it('a word over the names is still the section it names', () => {
    const rows = read(BUDGET.map((r) => (r[0] === 'Ushs Thousands' ? ['Revenue', ...r.slice(1)] : r)));
    expect(rows.map((i) => i.category)).toEqual(['Revenue', 'Revenue', 'Revenue', 'Revenue']);
    expect(rows.map((i) => i.measureUnit)).toEqual([null, null, null, null]);
  });

  it('the report says the money with its code first and its scale in words', () => {
    expect(en.quantity({ value: 473611, approximation: null, percent: false }, 'Ushs Thousands')).toBe(
      'Ushs 473,611 thousand',
    );
    expect(en.quantity({ value: 12.5, approximation: null, percent: false }, 'KES Millions')).toBe(
      'KES 12.5 million',
    );
    const { report } = runCheck({
      sources: [sourceFromRows('Summary', BUDGET)],
      lang: 'en-US',
      date: '2021-04-20',
      yearStart: 7,
    });
    const text = report.narrative.map((b) => b.text).join('\n');
    expect(text).toMatch(
      /Water reached Ushs 473,611 thousand, 32\.7% of the annual target of Ushs 1,449,099 thousand/,
    );
    expect(text).toMatch(/^1\. Overall Revenue Performance$/m);
    expect(text).not.toMatch(/\d\. Ushs Thousands/);
  });
});

describe('stacked tables with nothing over their names', () => {
  const table = (caption: string | null, names: string[]): CellValue[][] => [
    ...(caption !== null ? [[caption]] : []),
    [null, 'Approved Budget', 'Spent', '% Budget Spent'],
    ...names.map((n, i) => [n, 100 + i, 40 + i, (40 + i) / (100 + i)]),
    [],
  ];

  it('take the line above each one’s headings as its section, its table number and money left out', () => {
    const rows = read([
      ...table('Table V1.1: Overview of Vote Expenditures (UShs Billion)', ['Wage', 'Non Wage']),
      ...table('Table V1.2: Releases and Expenditure by Program', ['Health Research', 'Public Health']),
    ]);
    expect(rows.map((i) => [i.name, i.category, i.measureUnit])).toEqual([
      ['Wage', 'Overview of Vote Expenditures', 'UShs Billion'],
      ['Non Wage', 'Overview of Vote Expenditures', 'UShs Billion'],
      // (a unit over the sheet holds for the tables below it until another names one)
      ['Health Research', 'Releases and Expenditure by Program', 'UShs Billion'],
      ['Public Health', 'Releases and Expenditure by Program', 'UShs Billion'],
    ]);
  });

  it('not where the lines are the same over each, or only the first table has one', () => {
    const same = read([
      ...table('How are we doing?', ['Wage', 'Non Wage']),
      ...table('How are we doing?', ['Health']),
    ]);
    expect(same.map((i) => i.category)).toEqual([null, null, null]);
    const first = read([
      ...table('Overview of Vote Expenditures', ['Wage', 'Non Wage']),
      ...table(null, ['Health']),
    ]);
    expect(first.map((i) => i.category)).toEqual([null, null, null]);
  });
});
