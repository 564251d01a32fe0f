/**
 * A workbook kept a sheet a month (1-6月, then 1-11月 beside it): the latest sheet is the check, the
 * earlier ones its earlier check-ins — compared with, never judged again by this month's pace.
 */
import { runCheck, type CellValue, type SheetSource } from '../../src/engine';
import { describeSkipReason } from '../../src/engine/wording/messages';
import { sourceFromRows } from '../support/grids';

/** One month's sheet of the office's indicators, results to date. */
function monthSheet(name: string, title: string, results: readonly [number, number]): SheetSource {
  const rows: CellValue[][] = [
    [title],
    ['序号', '指标', '单位', '年度目标', '完成'],
    [1, '固定资产投资', '亿元', 100, results[0]],
    [2, '新增就业', '人', 5000, results[1]],
  ];
  return { file: '进度.xlsx', grid: sourceFromRows(name, rows).grid };
}

const june = monthSheet('1-6月', '2024年1-6月重点指标完成情况', [60, 2800]);
const november = monthSheet('1-11月', '2024年1-11月重点指标完成情况', [95, 4900]);

describe('sheets of earlier months beside the latest', () => {
  it('checks the latest month only and compares it with the earlier sheet as an earlier check-in', () => {
    const r = runCheck({ sources: [june, november], lang: 'zh-CN', date: '2024-12-05' });
    expect(r.period).toEqual({ kind: 'month', month: 11 });
    expect(r.report.evaluations.map((e) => [e.indicator.sheet, e.status])).toEqual([
      ['1-11月', 'on_track'],
      ['1-11月', 'on_track'],
    ]);
    // The June sheet is an earlier check-in: recorded at its own period, under the November sheet's name.
    expect(r.history.map((s) => s.period)).toEqual(['Q2', 'M11']);
    const earlier = r.history[0];
    expect(earlier.entries.map((e) => [e.sheet, e.name, e.actual, e.status])).toEqual([
      ['1-11月', '固定资产投资', 60, 'on_track'],
      ['1-11月', '新增就业', 2800, 'on_track'],
    ]);
    expect(r.report.changes?.previousPeriod).toBe('Q2');
    // …and the notes say so, naming the period as the sheet states it.
    const skipped = r.report.skippedSheets.find((s) => s.sheet === '1-6月');
    expect(skipped?.reason).toEqual({ code: 'earlier-period', text: '2024年1-6月', later: '1-11月' });
    expect(describeSkipReason(skipped!.reason, 'en-US')).toContain('an earlier check-in');
    expect(r.report.notes?.join('\n')).toContain('工作表“1-6月”所述期间“2024年1-6月”早于本次对标期间');
  });

  it('reads the period from the sheet’s name where its words state none (6月, 11月)', () => {
    const named = (name: string, results: readonly [number, number]): SheetSource =>
      monthSheet(name, '重点指标完成情况', results);
    const r = runCheck({
      sources: [named('6月', [60, 2800]), named('11月', [95, 4900])],
      lang: 'zh-CN',
      date: '2024-12-05',
    });
    expect(r.period).toEqual({ kind: 'month', month: 11 });
    expect(r.report.evaluations.map((e) => [e.indicator.sheet, e.status])).toEqual([
      ['11月', 'on_track'],
      ['11月', 'on_track'],
    ]);
    expect(r.history.map((s) => s.period)).toEqual(['Q2', 'M11']);
    // A name that states no period (汇总) leaves the reading as it was: no period stated.
    const plain = runCheck({ sources: [named('汇总', [95, 4900])], lang: 'zh-CN', date: '2024-12-05' });
    expect(plain.report.options.periodSource).toEqual({ kind: 'year-end' });
  });

  it('keeps a sheet of other indicators that states an earlier period: nothing is lost', () => {
    const other: SheetSource = {
      file: '进度.xlsx',
      grid: sourceFromRows('民生实事', [
        ['2024年上半年民生实事进展'],
        ['序号', '项目', '单位', '年度目标', '完成'],
        [1, '新建幼儿园', '所', 4, 2],
      ]).grid,
    };
    const r = runCheck({ sources: [other, november], lang: 'zh-CN', date: '2024-12-05' });
    expect(r.report.evaluations.map((e) => e.indicator.sheet)).toEqual(['民生实事', '1-11月', '1-11月']);
    expect(r.report.skippedSheets).toEqual([]);
  });

  it('keeps two units’ sheets of one template, one a month behind: they are two units, not a series', () => {
    const unit = (name: string, month: number, results: readonly [number, number]): SheetSource =>
      monthSheet(name, `${name}2024年1-${month}月重点指标完成情况`, results);
    const r = runCheck({
      sources: [unit('城关镇', 9, [70, 3900]), unit('高新区', 10, [85, 4300])],
      lang: 'zh-CN',
      date: '2024-11-05',
    });
    expect(r.report.evaluations.map((e) => e.indicator.sheet)).toEqual([
      '城关镇',
      '城关镇',
      '高新区',
      '高新区',
    ]);
    expect(r.report.skippedSheets).toEqual([]);
  });

  it('with two units’ files, each a sheet a month, compares each unit with its own earlier month', () => {
    const inFile = (file: string, x: SheetSource): SheetSource => ({ ...x, file });
    const r = runCheck({
      sources: [
        inFile('城关镇.xlsx', monthSheet('1-6月', '2024年1-6月重点指标完成情况', [60, 2800])),
        inFile('城关镇.xlsx', monthSheet('1-11月', '2024年1-11月重点指标完成情况', [95, 4900])),
        inFile('高新区.xlsx', monthSheet('1-6月', '2024年1-6月重点指标完成情况', [20, 1000])),
        inFile('高新区.xlsx', monthSheet('1-11月', '2024年1-11月重点指标完成情况', [95, 4900])),
      ],
      lang: 'zh-CN',
      date: '2024-12-05',
    });
    expect(r.report.evaluations).toHaveLength(4);
    const [june, november] = r.history;
    expect([june.period, november.period]).toEqual(['Q2', 'M11']);
    // One check-in for June, both units in it, keyed as November's are: each unit compared with its own.
    expect(june.entries.map((e) => e.actual)).toEqual([60, 2800, 20, 1000]);
    expect(new Set(june.entries.map((e) => e.key))).toEqual(new Set(november.entries.map((e) => e.key)));
    expect(r.report.changes?.recovered.map((c) => c.name)).toEqual(['固定资产投资', '新增就业']);
  });

  it('checks this year’s sheet, not last year’s kept beside it, and says why', () => {
    const lastYear = monthSheet('2023年', '2023年1-12月重点指标完成情况', [98, 5100]);
    const r = runCheck({ sources: [lastYear, november], lang: 'zh-CN', date: '2024-12-05' });
    // Last year's full year is no later than this November: the check is this year's.
    expect(r.period).toEqual({ kind: 'month', month: 11 });
    expect(r.report.evaluations.map((e) => [e.indicator.sheet, e.status])).toEqual([
      ['1-11月', 'on_track'],
      ['1-11月', 'on_track'],
    ]);
    expect(r.report.skippedSheets.map((s) => s.reason)).toEqual([
      { code: 'earlier-year', text: '2023年1-12月', later: '1-11月' },
    ]);
    // Last year's periods are not this year's check-ins.
    expect(r.history.map((s) => s.period)).toEqual(['M11']);
  });
});

describe('files of earlier months beside the latest, named by their periods', () => {
  /** One month's file: the same sheet name and title, the period in the file's name alone. */
  const monthFile = (file: string, results: readonly [number, number]): SheetSource => ({
    file,
    grid: sourceFromRows('Sheet1', [
      ['重点指标完成情况'],
      ['序号', '指标', '单位', '年度目标', '完成'],
      [1, '固定资产投资', '亿元', 100, results[0]],
      [2, '新增就业', '人', 5000, results[1]],
    ]).grid,
  });

  it('a file a month is one office’s series: the latest checked, the earlier an earlier check-in', () => {
    const r = runCheck({
      sources: [
        monthFile('/reports/2024年1-6月重点指标.xlsx', [60, 2800]),
        monthFile('/reports/2024年1-11月重点指标.xlsx', [95, 4900]),
      ],
      lang: 'zh-CN',
      date: '2024-12-05',
    });
    expect(r.period).toEqual({ kind: 'month', month: 11 });
    expect(r.report.evaluations.map((e) => [e.indicator.file, e.status])).toEqual([
      ['/reports/2024年1-11月重点指标.xlsx', 'on_track'],
      ['/reports/2024年1-11月重点指标.xlsx', 'on_track'],
    ]);
    expect(r.history.map((s) => s.period)).toEqual(['Q2', 'M11']);
    expect(r.report.changes?.previousPeriod).toBe('Q2');
    expect(r.report.skippedSheets.map((s) => [s.file, s.reason.code])).toEqual([
      ['/reports/2024年1-6月重点指标.xlsx', 'earlier-period'],
    ]);
  });

  it('two units’ files named by their periods stay two units', () => {
    const r = runCheck({
      sources: [
        monthFile('/reports/城关镇2024年1-6月.xlsx', [60, 2800]),
        monthFile('/reports/高新区2024年1-11月.xlsx', [95, 4900]),
      ],
      lang: 'zh-CN',
      date: '2024-12-05',
    });
    expect(r.report.evaluations).toHaveLength(4);
    expect(r.report.skippedSheets).toEqual([]);
  });
});
