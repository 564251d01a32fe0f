/**
 * An annual performance statement laid out Measure | Assessment | Target | Outcome: the measure written once
 * over its criteria, each criterion under "Assessment", the result under "Outcome" in figures, words or a
 * sentence that ends with the office's verdict.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { statedStatus } from '../../src/engine/read/cellKinds';
import { sourceFromRows } from '../support/grids';

const rows: CellValue[][] = [
  ['Table 4: Performance against 2023–24 criteria'],
  ['Measure', 'Assessment', 'Target', 'Outcome'],
  [
    'Timeliness of our advice',
    'Median time to complete a costing request is under 15 business days.',
    '<15 business days',
    '12 business days',
  ],
  [null, 'Non-urgent requests completed within 60 business days.', '95 per cent', '91 per cent'],
  [
    null,
    'Urgent requests are completed within five business days.',
    '95 per cent within five business days',
    'Target not met. One request took 16 business days after clarification.',
  ],
  [
    'Legislative obligations are met',
    'The annual report is published within 30 days.',
    '30 days',
    '31 days – the Act was amended to allow publication by sitting day. Revised timeframe met.',
  ],
  [null, 'The confidentiality of all requests is maintained.', 'Yes', 'Yes'],
];

function read() {
  const merges = [
    { top: 3, bottom: 5, left: 1, right: 1 },
    { top: 6, bottom: 7, left: 1, right: 1 },
  ];
  const r = runCheck({
    sources: [sourceFromRows('Performance', rows, { merges })],
    lang: 'en-US',
    date: '2024-10-01',
    yearStart: 7,
  });
  return r.report.evaluations;
}

describe('a performance statement: Measure | Assessment | Target | Outcome', () => {
  it('names each row by its criterion, grouped by the measure written once above it', () => {
    expect(read().map((e) => [e.indicator.row, e.indicator.name, e.indicator.category])).toEqual([
      [3, 'Median time to complete a costing request is under 15 business days.', 'Timeliness of our advice'],
      [4, 'Non-urgent requests completed within 60 business days.', 'Timeliness of our advice'],
      [5, 'Urgent requests are completed within five business days.', 'Timeliness of our advice'],
      [6, 'The annual report is published within 30 days.', 'Legislative obligations are met'],
      [7, 'The confidentiality of all requests is maintained.', 'Legislative obligations are met'],
    ]);
  });

  it('judges the outcome right of the target as the result', () => {
    const got = read().map((e) => [e.indicator.row, e.actual?.value ?? null, e.status]);
    expect(got[0]).toEqual([3, 12, 'achieved']);
    expect(got[1]).toEqual([4, 0.91, 'missed']);
    expect(got[4]).toEqual([7, null, 'achieved']);
  });

  it('takes the office’s verdict where a sentence opens or closes with it', () => {
    const byRow = new Map(read().map((e) => [e.indicator.row, e]));
    expect(byRow.get(5)?.status).toBe('missed');
    expect(byRow.get(6)?.status).toBe('achieved');
    expect(byRow.get(6)?.sourceStatus?.status).toBe('achieved');
  });
});

describe('a verdict that closes a result in words', () => {
  it('is the last sentence, on the target, met or not', () => {
    expect(statedStatus('31 days – the Act was amended. Revised timeframe met.')?.status).toBe('achieved');
    expect(statedStatus('Two late reports in the year; target not met')?.status).toBe('missed');
    expect(statedStatus('The standard was reviewed. Target achieved.')?.status).toBe('achieved');
  });

  it('is no verdict inside a sentence or about something else', () => {
    expect(statedStatus('We met the minister on the revised timeframe for the report.')).toBeNull();
    expect(statedStatus('31 days. Consultation met.')).toBeNull();
  });
});
