/**
 * A page's footer copied with a table from a budget book (City of Azle FY 2022-2023 Budget | | | 144):
 * the document's name with its year and the page's number — no indicator, in either reader.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { isPageLine } from '../../src/engine/read/labels';
import { sourceFromRows } from '../support/grids';

describe('a page footer below the table', () => {
  it('is no indicator under a standard heading', () => {
    const rows: CellValue[][] = [
      ['指标名称', '年度目标', '完成'],
      ['Percent of citizen complaints responded to within 24 hours', 1, 0.97],
      ['Number of departments operating within budget', 6, 6],
      [],
      ['City of Azle FY 2022-2023 Budget', null, 144],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2022-10-01',
      yearStart: 10,
    });
    expect(r.report.evaluations.map((e) => e.indicator.row)).toEqual([2, 3]);
  });

  it('is no indicator under headings the evidence reader reads', () => {
    const rows: CellValue[][] = [
      ['KEY INDICATORS OF PERFORMANCE:', 'FY 20-21', 'FY 21-22', 'FY 22-23'],
      [null, 'Actual', 'Estimate', 'Projection'],
      ['Percent of citizen complaints responded to within 24 hours', 0.97, 0.97, 1],
      ['Number of departments operating within budget', 5, 6, 6],
      [],
      ['City of Azle FY 2022-2023 Budget', null, null, '144'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('S', rows)],
      lang: 'en-US',
      date: '2022-10-01',
      yearStart: 10,
    });
    expect(r.report.evaluations.map((e) => e.indicator.row)).toEqual([3, 4]);
  });

  it('needs the document’s year and name, and the page number alone', () => {
    expect(isPageLine(['Annual Report 2019-20', 37])).toBe(true);
    expect(isPageLine(['2024 Business Plan', null, '12'])).toBe(true);
    expect(isPageLine(['Budget variance explained', 144])).toBe(false);
    expect(isPageLine(['FY 2022 Budget', 144, 150])).toBe(false);
    expect(isPageLine(['Capital spend against the 2023 budget', 0.87])).toBe(false);
    expect(isPageLine(['Projects delivered within the 2023 budget', 12])).toBe(false);
  });
});

describe('a page footer naming the document’s financial year', () => {
  it('names the year of targets headed by the year they end in', () => {
    const rows: CellValue[][] = [
      [
        'Performance Measure',
        'Prior Year Actual (2024)',
        'Current Year Estimate (2025)',
        'Budget Year Target (2026)',
      ],
      ['Percentage of Council directives implemented on time', 1, 1, 1],
      ['Number of agenda packets published', 24, 24, 24],
      [],
      ['FY 2025-2026 Annual Budget | Colleyville', null, null, 'Page 99'],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'en-US', date: '2025-01-15' });
    expect(r.report.options).toMatchObject({ year: 2025, yearNamed: 'span' });
    expect(r.report.title).toContain('2025/26');
    // Without the footer the year is the target's own, 2026.
    const bare = runCheck({
      sources: [sourceFromRows('S', rows.slice(0, 3))],
      lang: 'en-US',
      date: '2025-01-15',
    });
    expect(bare.report.options.year).toBe(2026);
  });
});
