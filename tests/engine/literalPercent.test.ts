/**
 * A percentage typed as itself under a format that writes the sign after it (87.4 under 0.0"%" or
 * 0.0\%, shown as 87.4%), as offices type shares to keep Excel from multiplying them by 100: read as
 * the share it shows, exactly as 0.874 under 0.0%.
 */
import { readSheets, runCheck, type CellValue } from '../../src/engine';
import { isLiteralPercentFormat, parseCell } from '../../src/engine/core/quantity';
import { sourceFromRows } from '../support/grids';

describe('a percentage typed as itself, its sign in the format', () => {
  it('reads 87.4 under 0.0"%" or 0.0\\% as 87.4 %', () => {
    const share = { kind: 'number', quantity: { value: 0.874, approximation: null, percent: true } };
    expect(parseCell(87.4, '0.0"%"')).toEqual(share);
    expect(parseCell(87.4, '0.0\\%')).toEqual(share);
    expect(parseCell(0.874, '0.0%')).toEqual(share);
    // A sign in words that is no number's (a format of text alone), or none at all.
    expect(isLiteralPercentFormat('"%"')).toBe(false);
    expect(isLiteralPercentFormat('0.0')).toBe(false);
  });

  it('reads a progress column of such shares as the share of the task done, as with a % format', () => {
    const tasks = ['新建公办幼儿园5所', '完成上横河泵站主体工程', '改造农村公路30公里'];
    const rows = (values: number[]): CellValue[][] => [
      ['2022年度民生实事项目进度表(截至10月31日)'],
      ['序号', '项目内容', '当前进度', '牵头单位'],
      ...values.map((v, i): CellValue[] => [i + 1, tasks[i], v, '县水利局']),
    ];
    const formats = (n: number, format: string) => [
      [],
      [],
      ...Array.from({ length: n }, () => [null, null, format]),
    ];
    const read = (values: number[], format: string) => {
      const source = sourceFromRows('Sheet1', rows(values), {
        formats: formats(values.length, format),
      });
      const [r] = readSheets([source]);
      const roles = r.kind === 'table' ? r.table.reading?.columns.map((c) => `${c.column}:${c.role}`) : null;
      const statuses = runCheck({
        sources: [source],
        lang: 'zh-CN',
        date: '2022-11-05',
      }).report.evaluations.map((e) => e.status);
      return { roles, statuses };
    };
    const typed = read([80, 95, 100], '0"%"');
    expect(typed).toEqual(read([0.8, 0.95, 1], '0%'));
    expect(typed.roles).toContain('C:completion');
  });
});

describe('a share written with a space before its sign, or in words', () => {
  it('reads 95 %, 95 per cent and 95 percent as 95 %', () => {
    const share = { kind: 'number', quantity: { value: 0.95, approximation: null, percent: true } };
    for (const text of ['95 %', '95 per cent', '95 percent', '95 Per Cent'])
      expect(parseCell(text)).toEqual(share);
    expect(parseCell('10 per centre').kind).toBe('text');
  });

  it('judges a result of 100 % against a target of 100 % as it judges 100% against 100%', () => {
    const rows = (sign: string): CellValue[][] => [
      ['SERVICE LEVEL ANALYSIS: FY 2022-23'],
      ['SERVICES PROVIDED', 'FY 2022-23 Target', 'FY 2022-23 YE Proj.'],
      [
        'Percentage of Open Records Requests fulfilled in accordance with State Law',
        `100${sign}`,
        `100${sign}`,
      ],
      ['Percentage of members that have completed Open Meetings Act training', `100${sign}`, `95${sign}`],
    ];
    const statuses = (sign: string) =>
      runCheck({
        sources: [sourceFromRows('Administration', rows(sign))],
        lang: 'en-US',
        date: '2023-03-01',
      }).report.evaluations.map((e) => e.status);
    expect(statuses(' %')).toEqual(statuses('%'));
    expect(statuses(' per cent')).toEqual(statuses('%'));
  });
});
