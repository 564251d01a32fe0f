/**
 * A key that gives the status letters their words (STATUS - C – Complete  P – Progressing above the table,
 * 注：√表示已完成 below it): each row's letter means what the key says, and a task that is only going on is
 * behind once it is due or its date was put back.
 */
import { runCheck, type CellValue, type Lang } from '../../src/engine';
import { letterKey } from '../../src/engine/read/letterKey';
import { gridFromRows, sourceFromRows } from '../support/grids';

function statuses(rows: CellValue[][], lang: Lang, date: string, yearStart = 1) {
  const r = runCheck({ sources: [sourceFromRows('Review', rows)], lang, date, yearStart });
  return r.report.evaluations.map((e) => [e.indicator.name, e.status, e.sourceStatus?.word ?? null]);
}

const plan: CellValue[][] = [
  ['STATUS - C – Complete     P – Progressing     N – Not started     W – Withdrawn'],
  ['Operational Plan 2014/2015 Second Quarter Review'],
  ['KEY INITIATIVES', 'TARGET DATE', 'STATUS', 'COMMENT'],
  ['Digitise and archive planning maps', 'April 2015', 'C', null],
  ['Investigate online tracking modules', 'April 2015', 'P', 'Working with the supplier.'],
  ['Progress Stage II of electronic lodgement', 'December 2014', 'P', 'Awaiting the payment gateway.'],
  [
    'Develop compliance framework',
    'February 2015',
    'P',
    'The target date has been pushed back until June 2015.',
  ],
  ['Review signage policy', 'June 2015', 'W', 'No longer required.'],
];

describe('a key to the status letters', () => {
  it('reads each letter by the key above the table', () => {
    expect(statuses(plan, 'en-US', '2015-01-10', 7)).toEqual([
      ['Digitise and archive planning maps', 'achieved', 'C (Complete)'],
      ['Investigate online tracking modules', 'on_track', 'P (Progressing)'],
      // Due by the quarter's end and only going on: behind.
      ['Progress Stage II of electronic lodgement', 'behind', 'P (Progressing)'],
      // Not yet due, but its date was put back.
      ['Develop compliance framework', 'behind', 'P (Progressing)'],
      ['Review signage policy', 'not_rated', 'W (Withdrawn)'],
    ]);
  });

  it('lets the key overrule what a letter would mean alone (A – Achieved is no amber)', () => {
    const rows: CellValue[][] = [
      ['Measure', 'Target', 'Actual', 'Status'],
      ['Homes let', 100, 104, 'A'],
      ['Repairs on time', 0.9, 0.8, 'N'],
      [null],
      ['Key: A = Achieved, N = Not achieved'],
    ];
    expect(statuses(rows, 'en-US', '2025-01-10').map((s) => s[1])).toEqual(['achieved', 'missed']);
  });

  it('reads marks explained in a note below a Chinese table', () => {
    const rows: CellValue[][] = [
      ['2024年1-9月重点项目推进情况表'],
      ['序号', '项目名称', '建设内容', '完成时限', '完成状态'],
      [1, '城区污水管网改造', '改造管网12公里', '2024年6月底', '√'],
      [2, '体育公园建设', '建成开放', '2024年12月底', '○'],
      ['注：√表示已完成，○表示推进中'],
    ];
    expect(statuses(rows, 'zh-CN', '2024-10-10').map((s) => s[1])).toEqual(['achieved', 'on_track']);
  });

  it('needs two entries that name statuses: a line of other codes is no key', () => {
    const grid = gridFromRows('Sheet1', [
      ['Codes: HR – Human Resources, FIN – Finance'],
      ['Measure', 'Target', 'Actual', 'Status'],
      ['Homes let', 100, 104, 'HR'],
    ]);
    expect(letterKey(grid, 2, 3).size).toBe(0);
    const key = letterKey(gridFromRows('Sheet1', plan), 3, 8);
    expect(Object.fromEntries(key)).toEqual({
      C: 'Complete',
      P: 'Progressing',
      N: 'Not started',
      W: 'Withdrawn',
    });
  });
});

describe('work that only goes on, at the year’s end', () => {
  it('is not met by its word alone: behind once due, on track while its deadline is in a later year', () => {
    const rows: CellValue[][] = [
      ['2024年重点项目推进情况表'],
      ['序号', '项目名称', '建设内容', '完成时限', '完成状态'],
      [1, '城区污水管网改造', '改造管网12公里', '2024年6月底', '已完成'],
      [2, '体育公园建设', '建成开放', '2024年12月底', '推进中'],
      [3, '体育馆建设', '建成开放', '2025年12月底', '推进中'],
    ];
    expect(statuses(rows, 'zh-CN', '2025-01-15').map((s) => s[1])).toEqual([
      'achieved',
      'behind',
      'on_track',
    ]);
  });
});

describe('work that only goes on, in a year that starts in April', () => {
  it('is behind once its month is past and on track while its month falls in a later fiscal year', () => {
    const rows: CellValue[][] = [
      ['Corporate Action Plan 2024/25: year-end update'],
      ['Action', 'Timescale', 'Status'],
      ['Adopt the Local Plan', 'March 2025', 'In progress'],
      ['Open the new leisure centre', 'December 2025', 'In progress'],
      ['Replace the housing system', 'March 2026', 'In progress'],
      ['Review the parking strategy', 'Q2 2025/26', 'In progress'],
    ];
    expect(statuses(rows, 'en-US', '2025-04-20', 4).map((s) => s[1])).toEqual([
      'behind',
      'on_track',
      'on_track',
      'on_track',
    ]);
  });
});

describe('a task whose date was put back', () => {
  it('is behind even where its deadline falls in a later year', () => {
    const rows: CellValue[][] = [
      ['2024年重点项目推进情况表'],
      ['序号', '项目名称', '完成时限', '完成状态', '备注'],
      [1, '体育馆建设', '2025年6月底', '推进中', null],
      [2, '图书馆改造', '2025年3月底', '推进中', '因设计变更,完工时间推迟至2025年9月'],
    ];
    expect(statuses(rows, 'zh-CN', '2024-10-10').map((s) => s[1])).toEqual(['on_track', 'behind']);
  });
});
