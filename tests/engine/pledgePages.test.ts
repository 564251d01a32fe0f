/**
 * A department's pledge page: a title naming each year's role (2017/18 Performance Targets and 2016/17
 * Achievements) over small tables of Services | 2017/18 | an achievement column, each target a standard kept
 * case by case (15 minutes, 94% within 1.5 hours) and each achievement the share of cases that kept it.
 */
import { runCheck, type CellValue, type Lang } from '../../src/engine';
import { yearRolesInCaption } from '../../src/engine/read/captionYears';
import { sourceFromRows } from '../support/grids';

function pledgePage(achievementHeading: string | null): CellValue[][] {
  return [
    ['Performance Targets and Achievements'],
    ['2017/18 Performance Targets and 2016/17 Achievements'],
    ['Account-related Services'],
    ['Services', '2017/18', achievementHeading],
    ['Taking up of consumership - in person', '15 minutes', 1],
    ['Taking up of consumership - by phone', '15 minutes', 0.9998],
    ['Refund of water deposit', '9 working days', 0.9996],
    ['Valve closure for pipes up to 300mm', '94% within 1.5 hours', 0.9587],
    ['Main burst interruption', '85% within 8 hours', 0.8],
    ['Water quality', '96% compliance with Water Quality Objectives', 'Target achieved'],
  ];
}

/** The check of one sheet, its figures of 1 or less formatted as per cents, as the pages print them. */
function check(
  rows: CellValue[][],
  options: { lang?: Lang; date?: string; yearStart?: number; merges?: string[] } = {},
) {
  const formats = rows.map((row) => row.map((v) => (typeof v === 'number' && v <= 1 ? '0.00%' : null)));
  return runCheck({
    sources: [sourceFromRows('Performance Targets', rows, { formats, merges: options.merges ?? [] })],
    lang: options.lang ?? 'en-US',
    date: options.date ?? '2017-08-01',
    ...(options.yearStart !== undefined ? { yearStart: options.yearStart } : {}),
  });
}

function read(rows: CellValue[][]) {
  return check(rows, { yearStart: 4 }).report.evaluations.map((e) => [
    e.indicator.row,
    e.indicator.name,
    e.status,
  ]);
}

const want = [
  [5, 'Taking up of consumership - in person', 'achieved'],
  [6, 'Taking up of consumership - by phone', 'not_rated'],
  [7, 'Refund of water deposit', 'not_rated'],
  [8, 'Valve closure for pipes up to 300mm', 'achieved'],
  [9, 'Main burst interruption', 'missed'],
  [10, 'Water quality', 'achieved'],
];

describe('a pledge page whose title names each year’s role', () => {
  it('reads the year’s column as the target and the column without a heading as the achievement', () => {
    expect(read(pledgePage(null))).toEqual(want);
  });

  it('reads the same with the achievement column headed by its year, the target then a later year’s', () => {
    // The results are for a year before the target's: a shortfall is behind, not missed (targetForLaterYear).
    const later = { achieved: 'on_track', missed: 'behind' } as Record<string, string>;
    expect(read(pledgePage('2016/17'))).toEqual(
      // (A verdict in words stays the office's own.)
      want.map(([row, name, status]) => [row, name, row === 10 ? status : (later[status] ?? status)]),
    );
  });

  it('takes the column of figures left without a heading as the achievement, not one of officers’ names', () => {
    const rows = pledgePage(null).map((row, i) =>
      i < 3 ? row : [row[0], i === 3 ? null : 'J. Smith', ...row.slice(1)],
    );
    expect(read(rows)).toEqual(want);
  });

  it('is the report of the results’ year, as the title names it', () => {
    for (const heading of [null, '2016/17']) {
      const r = check(pledgePage(heading), { yearStart: 4 });
      expect(r.report.options.year).toBe(2016);
    }
  });

  it('finds each year’s role in titles written either way, in either language', () => {
    expect([...yearRolesInCaption(['2017/18 Performance Targets and 2016/17 Achievements'])]).toEqual([
      [2017, 'target'],
      [2016, 'actual'],
    ]);
    expect([...yearRolesInCaption(['2024年目标与2023年完成情况'])]).toEqual([
      [2024, 'target'],
      [2023, 'actual'],
    ]);
    expect([...yearRolesInCaption(['FY2023 Actual vs FY2024 Target'])]).toEqual([
      [2023, 'actual'],
      [2024, 'target'],
    ]);
    // One role, or a year with no role: nothing to go by.
    expect(yearRolesInCaption(['2024年目标任务完成情况']).size).toBe(0);
    expect(yearRolesInCaption(['Performance 2016/17 and 2017/18']).size).toBe(0);
  });

  it('leaves years side by side as they were where the title names no roles', () => {
    const rows = pledgePage('2016/17');
    rows[1] = ['Performance Pledges'];
    const r = check(rows, { yearStart: 4 });
    const roles = r.readings[0].kind === 'table' ? r.readings[0].table.reading?.columns : [];
    expect(roles?.find((c) => c.column === 'B')?.role).not.toBe('target');
  });
});

describe('a time standard every case kept', () => {
  it('is met when every case (100 %) kept the time, and not rated below it', () => {
    const rows: CellValue[][] = [
      ['Handling Members’ Correspondence'],
      ['A report on the handling of correspondence from Members during the calendar year 2013.'],
      [],
      ['Department or Agency', 'Target set for reply (working days)', '% of replies within target'],
      ['Companies House', 10, 1],
      ['Insolvency Service', 15, 0.89],
    ];
    const r = check(rows, { date: '2014-05-13' });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status, e.notRated ?? null])).toEqual([
      [5, 'achieved', null],
      [6, 'not_rated', 'time-standard'],
    ]);
  });

  it('reads a time in words as a time, and a tolerance alone as the standard each case is held within', () => {
    const rows: CellValue[][] = [
      ['Performance Pledges 2016/17'],
      ['Services', 'Target', 'Achievement'],
      ['Response to fault complaints', 'Half a day', 1],
      ['Response to other complaints', 'Half a day', 0.97],
      ['Accuracy of water meters', 'Inaccuracy not exceeding ±3%', 0.973],
      ['Meter errors', 'Not exceeding 3%', 0.021],
    ];
    const r = check(rows, { yearStart: 4 });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.status, e.notRated ?? null])).toEqual([
      [3, 'achieved', null],
      [4, 'not_rated', 'time-standard'],
      [5, 'not_rated', 'case-standard'],
      // A ceiling on the figure itself (no ±): judged as one.
      [6, 'achieved', null],
    ]);
  });

  it('reads the pledges as the names where a column of them stands beside the services, each service their group', () => {
    const rows: CellValue[][] = [
      ['常規服務'],
      ['服務', '承諾', '2015-16年工作目標', '成果'],
      ['清理堵塞污水管/排水渠', '於即日回應在下午一時前接獲的投訴', 0.99, 0.9976],
      [null, '於翌日正午前回應在下午一時後接獲的投訴', 0.99, 0.9931],
      ['回應投訴', '於10天內回應', 0.98, 0.9841],
    ];
    const r = check(rows, { lang: 'zh-CN', date: '2016-08-01', yearStart: 4, merges: ['A3:A4'] });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.indicator.category, e.status])).toEqual([
      ['於即日回應在下午一時前接獲的投訴', '清理堵塞污水管/排水渠', 'achieved'],
      ['於翌日正午前回應在下午一時後接獲的投訴', '清理堵塞污水管/排水渠', 'achieved'],
      // A share of complaints answered in time: more is better, whatever 投訴 says.
      ['於10天內回應', '回應投訴', 'achieved'],
    ]);
  });
});

describe('a Macau pledge list headed 服務質量指標', () => {
  it('reads each pledge (服務質量指標) with its rate to reach (預設達標率), on a page of targets only', () => {
    const head = [null, '服務質量指標', '預設達標率'];
    const rows: CellValue[][] = [
      ['2024 服務承諾'],
      [null, '服務項目', null],
      [1, '郵政函件'],
      head,
      [null, '市民於各郵政分局截郵時間前投寄之本澳郵件,於第二個工作日派予收件人。', 0.96],
      [null, '最多五個工作日內初步回覆國際掛號郵件查詢。', 1],
      [2, '郵政包裹'],
      head,
      [null, '保證包裹可於投寄當日或下一個工作天離境寄發往目的地。', 1],
    ];
    const formats = rows.map((row) => row.map((v) => (typeof v === 'number' && v <= 1 ? '0%' : null)));
    const r = runCheck({
      sources: [sourceFromRows('2024服務承諾', rows, { formats })],
      lang: 'zh-CN',
      date: '2025-01-15',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.target?.value, e.status])).toEqual([
      [5, 0.96, 'no_data'],
      [6, 1, 'no_data'],
      [9, 1, 'no_data'],
    ]);
  });
});
