/**
 * Client charters and service pledges as councils and agencies publish them: the time each case is
 * allowed in a column of its own (Period: 1 Hour, 2 Weeks) beside counts of the cases and the share kept,
 * typed without its sign; headings with "the" in them (% Meeting the Standard); a pledge of weeks, or of
 * a time and a count at once; and a pledge's time in the name beside a target time of another figure.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { headerKey } from '../../src/engine/core/normalize';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], merges: string[] = []) {
  return runCheck({
    sources: [sourceFromRows('Client Charter', rows, { merges })],
    lang: 'en-US',
    date: '2013-12-31',
    period: { kind: 'year' },
  });
}

function statuses(rows: CellValue[][], merges: string[] = []) {
  return check(rows, merges).report.evaluations.map((e) => [e.indicator.row, e.status]);
}

/** A council's counter services: the time allowed, the cases, the cases kept and missed, the share kept. */
const COUNTER = [
  "DISTRICT COUNCIL'S CLIENT CHARTER ACHIEVEMENT (JANUARY 2013 – DECEMBER 2013)",
  [
    'NO',
    'TRANSACTIONS',
    'PERIOD',
    'TOTAL RECEIVED',
    'TOTAL IMPLEMENTED AS PER TARGET',
    'TOTAL TARGET NOT ACHIEVED',
    'ACHIEVEMENTS',
    'REVIEWS',
  ],
  [1, 'Advertisement Licence', '1 Hour', 5, 5, '-', 100],
  [2, 'Non-risky Business Licence', '1 Day', 15, 14, 1, 93.33, 'Incomplete documents'],
  [3, 'Outdoor Billboard Advertisement Licence', '1 Day', 2, 2, '-', 100],
  [4, 'Planning Permission pre-Consultation Reviews', '2 Weeks', 15, 11, 4, 73.33, 'Incomplete documents'],
  [5, 'Zoning Review Application', '1 Hour', 5, 5, '-', 100],
] as const;

function counterRows(): CellValue[][] {
  return [[COUNTER[0]], ...COUNTER.slice(1).map((r) => [...(r as readonly CellValue[])])];
}

describe('a council’s counter services: the time allowed beside the share of cases kept', () => {
  it('reads the time allowed as the target and the shares typed without their sign as per cents', () => {
    const r = check(counterRows());
    const rows = r.report.evaluations.map((e) => ({
      row: e.indicator.row,
      target: e.indicator.target?.value,
      status: e.status,
    }));
    expect(rows).toEqual([
      { row: 3, target: '1 Hour', status: 'achieved' },
      // Not every case within the time, and no share of cases set: a time standard, not rated.
      { row: 4, target: '1 Day', status: 'not_rated' },
      { row: 5, target: '1 Day', status: 'achieved' },
      { row: 6, target: '2 Weeks', status: 'not_rated' },
      { row: 7, target: '1 Hour', status: 'achieved' },
    ]);
    // Every case within the time: the full share, as a per cent.
    expect([r.report.evaluations[0].actual?.value, r.report.evaluations[0].actual?.percent]).toEqual([
      1,
      true,
    ]);
    expect(r.report.evaluations[1].notRated).toBe('time-standard');
  });

  it('leaves the counts of cases kept and missed aside, as headings of the row, not its target or result', () => {
    expect(headerRoles('TOTAL IMPLEMENTED AS PER TARGET')[0]?.role).toBe('ignore');
    expect(headerRoles('Number completed within standard')[0]?.role).toBe('ignore');
    expect(headerRoles('TOTAL TARGET NOT ACHIEVED')[0]?.role).toBe('ignore');
    // (A total target is still the target.)
    expect(headerRoles('Total target')[0]?.role).toBe('target');
    expect(headerRoles('TRANSACTIONS')[0]?.role).toBe('name');
  });

  it('takes no column of other figures as the time allowed, nor times under another heading', () => {
    // Received counts where the times were: no time allowed, so no target.
    const counts = counterRows().map((row, i) => (i < 2 ? row : row.map((v, c) => (c === 2 ? 10 + i : v))));
    expect(check(counts).report.evaluations.every((e) => e.indicator.target?.value !== '1 Hour')).toBe(true);
    // Times under a heading that names something else (an officer) are not the time allowed.
    const officer = counterRows().map((row, i) =>
      i === 1 ? row.map((v, c) => (c === 2 ? 'Officer' : v)) : row,
    );
    expect(check(officer).report.evaluations.every((e) => e.indicator.target === null)).toBe(true);
  });

  it('does not read shares into figures of a time kept as a level (days taken, not per cents)', () => {
    const days = counterRows().map((row, i) =>
      i < 2 ? row : row.map((v, c) => (c === 6 ? [0.5, 1.5, 0.8, 9, 0.2][i - 2] : v)),
    );
    expect(check(days).report.evaluations.some((e) => e.actual?.percent === true)).toBe(false);
  });
});

describe('a charter’s shares of cases meeting the standard', () => {
  const rows = (): CellValue[][] => [
    ['CLIENT CHARTER ACHIEVEMENT FOR JANUARY – DECEMBER 2008'],
    [
      'No',
      'Services',
      'Commitment',
      'Meeting the Client Charter Duration/Standard',
      null,
      'Exceeding the Client Charter Duration/Standard',
    ],
    [
      null,
      null,
      null,
      'Total Meeting the Standard',
      '% Meeting the Standard',
      'Total Not Meeting the Standard',
      '% Not Meeting the Standard',
    ],
    [
      1,
      'Paddy Plantation',
      'To distribute the plantation schedule within 7 working days.',
      '30,600',
      100,
      0,
      0,
    ],
    [
      2,
      'Irrigation',
      'To distribute agricultural input within 3 working weeks after receipt of the supply.',
      '2',
      100,
      0,
      0,
    ],
    [
      3,
      'Farmers Institution Development',
      'To complete fertiliser registration within 1 hour from receipt of application.\nTo organise trainings for 15,000 farmers within 1 year.',
      '38,666',
      100,
      0,
      0,
    ],
    [
      4,
      'Public Complaints',
      'An acknowledgement letter is issued within 1 working day and the reply within 1 working week.',
      '91',
      96,
      4,
      4,
    ],
  ];

  it('reads "the" in a heading as if it were not there, and each pledge as one for every case', () => {
    expect(headerKey('% Meeting the Standard')).toBe(headerKey('% Meeting Standard'));
    expect(headerKey('Theme')).toBe('theme');
    expect(statuses(rows(), ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2'])).toEqual([
      [4, 'achieved'],
      [5, 'achieved'],
      [6, 'achieved'],
      [7, 'missed'],
    ]);
  });
});

describe('a pledge’s time in the name beside a target time of another figure', () => {
  it('is a time to stay within, whatever its figure', () => {
    const r = check([
      ['Commitment 1'],
      ['December 2025 performance'],
      ['Promise', 'Target', 'Performance'],
      ['Acknowledge your complaint within 5 working days.', 'Target: 5 working days', '4 working days'],
      [
        'Resolve your complaint within 15 working days on average.',
        'Target: 10 working days',
        '26.6 working days',
      ],
      ['Resolve your appeal within 15 working days on average.', 'Target: 10 working days', '8 working days'],
    ]);
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.comparator, e.status])).toEqual([
      [4, 'at_most', 'achieved'],
      [5, 'at_most', 'missed'],
      [6, 'at_most', 'achieved'],
    ]);
  });
});

describe('a promise with no target, answered in words', () => {
  it('is not rated: an update given, with nothing set to weigh it by (not a row without data)', () => {
    const r = check([
      ['Commitment 1'],
      ['Promise', 'Target', 'Performance'],
      ['Acknowledge your complaint within 5 working days.', 'Target: 5 working days', '4 working days'],
      [
        'Retain our phone number for those who prefer to call.',
        null,
        'We continue to add our number to all letters.',
      ],
      ['Publish a complaints guide.', null, null],
    ]);
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status, e.notRated ?? null])).toEqual([
      [3, 'achieved', null],
      [4, 'not_rated', 'no-target'],
    ]);
  });
});

describe('a time in a name outside a charter', () => {
  it('sets no standard in a table of measures where one or two names hold a time', () => {
    const rows: CellValue[][] = [
      ['Headline measure', 'Q4 2022/23'],
      ['Gas safety compliance', '99.98%'],
      ['Forecast rent collection rate', '94.02%'],
      ['Tenancies sustained', '94%'],
      ['Complaint responses within 10 working days', '75%'],
      ['Emergency repairs within 24 hours', '96%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Key trends', rows)], lang: 'en-US', date: '2023-05-01' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Gas safety compliance', 'not_rated'],
      ['Forecast rent collection rate', 'not_rated'],
      ['Tenancies sustained', 'not_rated'],
      ['Complaint responses within 10 working days', 'not_rated'],
      ['Emergency repairs within 24 hours', 'not_rated'],
    ]);
    // Nor where every name holds one, in a table that does not call itself a charter.
    const measures: CellValue[][] = [
      ['Measure', 'Result'],
      ['Invoices paid within 30 days', '96.2%'],
      ['Complaints responded to within 10 working days', '91%'],
    ];
    const m = runCheck({ sources: [sourceFromRows('KPIs', measures)], lang: 'en-US', date: '2023-05-01' });
    expect(m.report.evaluations.map((e) => e.status)).toEqual(['not_rated', 'not_rated']);
    // In a charter, where the names are pledges, each one is kept case by case: 100% of them.
    const charter: CellValue[][] = [
      ['Our pledge', 'Achievement'],
      ['Reply to written enquiries within 10 working days', '97%'],
      ['Issue licences within 5 working days', '100%'],
    ];
    const c = runCheck({ sources: [sourceFromRows('Pledges', charter)], lang: 'en-US', date: '2023-05-01' });
    expect(c.report.evaluations.map((e) => [e.status, e.target?.value])).toEqual([
      ['missed', 1],
      ['achieved', 1],
    ]);
  });
});

describe('the time allowed beside the share of cases kept to it, headed as a share (PERIOD | ACHIEVEMENT %)', () => {
  it('is the target, never a result of 14 or 30', () => {
    const rows: CellValue[][] = [
      ['Client Charter Achievements 1st Quarter of 2022'],
      ['BIL.', 'TITLE', 'PERIOD', 'ACHIEVEMENT %'],
      ['1.', 'Notification of Objection Meeting result to the objector', '14 days', 0],
      ['2.', 'Transfer process by the property owner (if completed)', '30 minutes', 1],
      ['3.', 'Change of address by property owner process (if completed)', '30 minutes', 1],
      ['4.', 'Interview results notification after the Council Meeting', '14 working days', 0],
    ];
    const r = check(rows);
    const columns = r.report.tablesRead?.[0]?.reading?.columns ?? [];
    expect(columns.map((c) => [c.column, c.role.split(' ')[0]])).toEqual([
      ['B', 'name'],
      ['C', 'target'],
      ['D', 'completion'],
    ]);
    // Judged by the share kept; no time allowed is taken for what was done.
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual, e.completion])).toEqual([
      [3, null, 0],
      [4, null, 1],
      [5, null, 1],
      [6, null, 0],
    ]);
  });
});
