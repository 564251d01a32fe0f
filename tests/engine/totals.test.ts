/**
 * A table's total row (合计, 总计, Total) is the sum of the rows it stands under: never counted among the
 * indicators, but told after the opening, in figures, as an indicator's clause tells them — the headline
 * an office's own report opens with (合计完成1015.19亿元，为年度计划的103.1%).
 */
import { runCheck, toResultJson, type CellValue, type Lang } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(sheets: readonly { name: string; rows: CellValue[][] }[], lang: Lang = 'zh-CN') {
  return runCheck({
    sources: sheets.map((s) => sourceFromRows(s.name, s.rows)),
    lang,
    date: '2024-11-13',
  });
}

/** The opening paragraph of the narrative. */
function opening(result: ReturnType<typeof check>): string {
  return result.report.narrative.find((b) => b.kind === 'paragraph')?.text ?? '';
}

// A city's key projects to October, as its office keeps them: the total on top, read by its headings.
const PROJECTS: CellValue[][] = [
  ['前10月全市100个重点推进项目完成投资情况'],
  ['序号', '行  业', '项目数(个)', '年度计划投资(亿元)', '前10月累计完成投资(亿元)'],
  [null, '合计', 100, 984.59, 1015.19],
  [1, '工业项目', 35, 440.07, 469.13],
  [2, '服务业项目', 33, 246.35, 265.03],
  [3, '城市管理项目', 1, 8, 4.61],
];

// The standard headings, a total row below the indicators.
const STANDARD: CellValue[][] = [
  ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度'],
  ['1', '科普讲座', '场次', 40, 10, 10, 10],
  ['2', '科普展览', '场次', 20, 4, 4, 4],
  ['', '合计', '场次', 60, 14, 14, 14],
];

describe("a table's total row", () => {
  it('read by its headings: not an indicator, told after the opening in both languages', () => {
    const zh = check([{ name: '前10月', rows: PROJECTS }]);
    expect(zh.report.evaluations.map((e) => e.indicator.name)).toEqual([
      '工业项目',
      '服务业项目',
      '城市管理项目',
    ]);
    expect(zh.report.counts.total).toBe(3);
    const text = opening(zh);
    expect(text).toContain('共监测目标任务3项');
    expect(text).toMatch(/。合计完成1015\.19亿元，为年度目标984\.59亿元的103\.1%/);
    const en = opening(check([{ name: '前10月', rows: PROJECTS }], 'en-US'));
    expect(en).toMatch(
      /\. The total reached RMB 101\.52 billion, 103\.1% of the annual target of RMB 98\.46 billion/,
    );
  });

  it('given in the JSON beside the indicators, as they are, and not in its summary', () => {
    const json = toResultJson(check([{ name: '前10月', rows: PROJECTS }]).report);
    expect(json.indicators.map((i) => i.name)).not.toContain('合计');
    expect(json.summary.total).toBe(3);
    expect(json.totals).toHaveLength(1);
    expect(json.totals[0]).toMatchObject({
      sheet: '前10月',
      row: 3,
      name: '合计',
      target: 984.59,
      actual: 1015.19,
    });
  });

  it('of the standard headings: the same, with its pace where the year is under way', () => {
    const result = check([{ name: '科普', rows: STANDARD }]);
    expect(result.report.evaluations.map((e) => e.indicator.name)).toEqual(['科普讲座', '科普展览']);
    // 42 of 60 by the third quarter: 70.0% of the year's target, 93.3% of the pace target of 45.
    expect(opening(result)).toMatch(/合计完成42场次，为年度目标60场次的70\.0%、序时目标45场次的93\.3%/);
  });

  it('one per sheet: each told apart by its sheet, none counted', () => {
    const result = check([
      { name: '重点项目', rows: PROJECTS },
      { name: '科普', rows: STANDARD },
    ]);
    expect(result.report.counts.total).toBe(5);
    const text = opening(result);
    expect(text).toMatch(/合计（重点项目）完成1015\.19亿元/);
    expect(text).toMatch(/；合计（科普）完成42场次/);
    const en = opening(
      check(
        [
          { name: '重点项目', rows: PROJECTS },
          { name: '科普', rows: STANDARD },
        ],
        'en-US',
      ),
    );
    expect(en).toMatch(
      /\. The total \(重点项目\) reached RMB 101\.52 billion, .*; the total \(科普\) reached 42 sessions/,
    );
  });

  it('of two tables stacked on one sheet: each table’s own', () => {
    const second = PROJECTS.slice(1).map((r) => (r[1] === '合计' ? [null, '合计', 50, 500, 420.5] : r));
    const text = opening(check([{ name: '前10月', rows: [...PROJECTS, [], ['二、续建项目'], ...second] }]));
    // (the same name twice: told apart by their rows)
    expect(text).toMatch(
      /合计（第3行）完成1015\.19亿元.*；合计（第10行）完成420\.5亿元，为年度目标500亿元的84\.1%/,
    );
  });

  it('a subtotal or a score is not the whole table’s total: not told', () => {
    const rows = STANDARD.map((r) => (r[1] === '合计' ? [r[0], '小计', ...r.slice(2)] : r));
    expect(opening(check([{ name: '科普', rows }]))).not.toMatch(/小计/);
  });

  it('a total without figures to tell adds nothing', () => {
    const rows = PROJECTS.map((r) => (r[1] === '合计' ? [null, '合计', 100, null, null] : r));
    const text = opening(check([{ name: '前10月', rows }]));
    expect(text).not.toMatch(/合计/);
    expect(text).toMatch(/。$/);
  });
});
