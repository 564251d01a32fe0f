/**
 * Figures and signs typed full-width, as Chinese input methods type them, in titles, headings and
 * texts as well as in figures: a form's column numbers （１）, a year of Taiwan's calendar １０７年度, a
 * year after an English heading's words, a target's scale １００００万. Each reads as its half-width twin.
 */
import { readSheets, runCheck, type CellValue } from '../../src/engine';
import { rocYear } from '../../src/engine/core/fiscalYear';
import { toResultJson } from '../../src/engine/json';
import { isColumnNumbers, isColumnNumberText, mayNumberColumns } from '../../src/engine/read/cells';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

describe('figures and signs typed full-width', () => {
  it('reads a form’s column numbers （１） | （３）=（２）－（１）', () => {
    expect(isColumnNumberText('（３）=（２）－（１）')).toBe(true);
    expect(isColumnNumbers([null, '（ １ ）', '（ ２ ）', '（ ３ ） = （ ２ ） － （ １ ）', '（４）'])).toBe(
      true,
    );
  });

  it('looks no further at a row whose name is no column’s number or letter', () => {
    for (const cell of [null, '', 3, '（２）', '乙', '栏次']) expect(mayNumberColumns(cell)).toBe(true);
    for (const cell of ['地区生产总值', 'Gas safety checks', '1号线'])
      expect(mayNumberColumns(cell)).toBe(false);
  });

  it('reads a year of Taiwan’s calendar in full-width figures', () => {
    expect(rocYear('１０７年度')).toBe(2018);
    expect(rocYear('中華民國９７年度')).toBe(2008);
  });

  it('reads a year after an English heading’s words (Actual Performance in ２０１０)', () => {
    expect(headerRoles('二○一○年的實際表現\nActual Performance in ２０１０')[0]?.role).toBe('actual');
  });

  it('reads a sub-heading that opens with a year in full-width figures (１０７年度預算數) as a heading', () => {
    const rows: CellValue[][] = [
      ['計畫名稱', '可支用預算數', null, null, '決算數', '執行率'],
      [null, '１０７年度\n預算數', '以前年度\n保留數', '合計'],
      ['高雄港聯外高架道路計畫', 680000, 0, 680000, 674590, 0.992],
      ['高雄港洲際貨櫃中心第二期工程計畫', 1607064, 309133, 1916197, 1736168, 0.906],
    ];
    const [r] = readSheets([sourceFromRows('附表1', rows, { merges: ['B1:D1', 'A1:A2', 'E1:E2', 'F1:F2'] })]);
    expect(r.kind === 'table' ? r.table.headerRows : null).toEqual([1, 2]);
  });

  it('reads a result in the scale its target is written in (１００００万 beside 7965)', () => {
    const rows: CellValue[][] = [
      ['２０１７年１－８月民生实事完成情况'],
      ['序号', '项目名称', '目标任务', '１－８月实际完成'],
      [1, '完成征缴基金１００００万元', '１００００万', 7965],
      [2, '新增城镇就业', '８０００人', 6500],
    ];
    const r = runCheck({ sources: [sourceFromRows('表', rows)], lang: 'zh-CN', date: '2017-09-10' });
    expect(r.report.evaluations[0].actual?.value).toBe(79650000);
  });
});

describe('texts shown as typed, their full-width punctuation kept', () => {
  const rows: CellValue[][] = [
    ['序号', '项目名称', '年度目标任务', '进展情况'],
    [1, '建设市民中心', '年底前建成投用（一期）', '主体已完工，正在进行内部装修（约完成80%）'],
    [2, '城镇老旧小区改造', '改造老旧小区50个', '已完成改造22个，其余28个已开工'],
  ];

  it('the result and the target in words, in the table and the JSON, as the cells have them', () => {
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-07-10' });
    const cells = r.report.tables.indicators.rows.flat();
    expect(cells).toContain('主体已完工，正在进行内部装修（约完成80%）');
    expect(cells).toContain('已完成改造22个，其余28个已开工');
    expect(cells).toContain('年底前建成投用（一期）');
    expect(cells.some((c) => typeof c === 'string' && /[,()]/.test(c))).toBe(false);
  });

  it('a phase in Chinese numerals (一期, 二期工程) is no count to reach', () => {
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-07-10' });
    const e = r.report.evaluations.find((x) => x.indicator.name === '建设市民中心')!;
    expect(e.target).toBeNull();
    expect(e.targetText).toBe('年底前建成投用（一期）');
  });

  it('a name as its cell has it, in the table, the narrative, the charts and the JSON; its key as read', () => {
    const named: CellValue[][] = [
      ['2022年民生实事项目进展情况表（截至9月底）'],
      ['序号', '项目内容', '进展情况', '责任单位'],
      [1, '新建成公办中小学、幼儿园7所，新增学位6800个（含幼儿园）', '已完成', '教育局'],
      [2, '新增公交线路3条', '新增公交线路4条', '交通运输局'],
    ];
    const r = runCheck({ sources: [sourceFromRows('表1', named)], lang: 'zh-CN', date: '2022-10-15' });
    const written = '新建成公办中小学、幼儿园7所，新增学位6800个（含幼儿园）';
    const first = r.report.evaluations[0];
    expect(first.indicator.name).toBe('新建成公办中小学、幼儿园7所,新增学位6800个(含幼儿园)');
    expect(first.indicator.key).not.toContain('，');
    expect(r.report.tables.indicators.rows.flat()).toContain(written);
    const narrative = r.report.narrative.map((b) => b.text).join('\n');
    expect(narrative).toContain('新建成公办中小学、幼儿园7所，新增学位6800个');
    expect(narrative).not.toContain('7所,新增');
    expect(r.report.charts.flatMap((c) => c.categories).some((c) => c.includes('7所,'))).toBe(false);
    expect(toResultJson(r.report).indicators[0].name).toBe(written);
    // A name without full-width punctuation is as read.
    expect(r.report.evaluations[1].indicator.nameAsWritten).toBeUndefined();
    // A row of two targets read as two, each named by its clause as written.
    const split = named.map((row, i) =>
      i === 2 ? [1, written, '新建成7所，新增学位6800个', '教育局'] : row,
    );
    const parts = runCheck({ sources: [sourceFromRows('表1', split)], lang: 'zh-CN', date: '2022-10-15' });
    expect(parts.report.tables.indicators.rows.flat()).toContain('新增学位6800个（含幼儿园）');
  });
});
