/**
 * Sheets written in Traditional characters (Hong Kong, Macau, Taiwan) are read by the same vocabulary as
 * Simplified ones: headings, status words, units, periods and figures. What the sheet says is shown as
 * written: names, texts and approximate figures keep their Traditional characters.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { toHans } from '../../src/engine/core/hans';
import { scanQuantities } from '../../src/engine/core/grammar';
import { statedPeriod } from '../../src/engine/core/statedPeriod';
import { parseCell } from '../../src/engine/core/quantity';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

describe('Traditional characters read as Simplified, for matching only', () => {
  it('maps the characters that differ and nothing else', () => {
    expect(toHans('關鍵績效指標 年度目標值 實際值 達成度')).toBe('关键绩效指标 年度目标值 实际值 达成度');
    const simplified = '新增城镇就业1000人，完成率85%';
    expect(toHans(simplified)).toBe(simplified);
    // Characters in everyday Simplified use stay as they are, so a Simplified text never changes.
    expect(toHans('显著提高，于年底前')).toBe('显著提高，于年底前');
    expect(toHans('abc 123')).toBe('abc 123');
  });

  it('knows Traditional headings', () => {
    expect(headerRoles('年度目標值')[0]?.role).toBe('target');
    expect(headerRoles('實際完成數')[0]?.role).toBe('actual');
    expect(headerRoles('指標名稱')[0]?.role).toBe('name');
    expect(headerRoles('負責單位')[0]?.role).toBe('owner');
    expect(headerRoles('服務目標')[0]?.role).toBe('target');
    expect(headerRoles('2020年實際成績')[0]?.role).toBe('actual');
  });

  it('reads figures, units and periods, keeping the texts as written', () => {
    const [m] = scanQuantities('新增就業崗位約20萬個').mentions;
    expect(m.value).toBe(200000);
    expect(m.text).toBe('約20萬個');
    expect(m.label).toBe('新增就業崗位');
    const q = parseCell('約1.5萬');
    expect(q.kind === 'number' && [q.quantity.value, q.quantity.approximation?.text]).toEqual([
      15000,
      '約1.5萬',
    ]);
    const p = statedPeriod('2019年第三季度執行情況');
    expect(p?.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(p?.text).toContain('第三季度');
  });

  it('reads and judges a Traditional table as its Simplified twin, its names shown as written', () => {
    const traditional: CellValue[][] = [
      ['2019年1-9月重點工作完成情況表'],
      ['序號', '指標名稱', '計量單位', '年度目標', '1-9月累計完成', '負責單位', '備註'],
      [1, '新增城鎮就業', '萬人', 1.2, 1.05, '人社局', null],
      [2, '新建學校', '所', 4, 1, '教育局', '進度滯後'],
      [3, '城市污水處理率', '%', '≥95%', '96%', '住建局', null],
      [4, '建成公園', '個', '完成', '已完成', '住建局', null],
    ];
    const simplified = traditional.map((row) => row.map((v) => (typeof v === 'string' ? toHans(v) : v)));
    const check = (rows: CellValue[][]) =>
      runCheck({ sources: [sourceFromRows('进度', rows)], lang: 'zh-CN', date: '2019-10-15' });
    const t = check(traditional);
    const s = check(simplified);
    expect(t.period).toEqual(s.period);
    expect(t.period).toEqual({ kind: 'quarter', quarter: 3 });
    const facts = (r: ReturnType<typeof check>) =>
      r.report.evaluations.map((e) => [
        e.status,
        e.target?.value ?? null,
        e.actual?.value ?? null,
        e.direction,
      ]);
    expect(facts(t)).toEqual(facts(s));
    expect(facts(t).map((f) => f[0])).toEqual(['on_track', 'at_risk', 'on_track', 'achieved']);
    expect(t.report.evaluations.map((e) => [e.indicator.name, e.indicator.measureUnit])).toEqual([
      ['新增城鎮就業', '萬人'],
      ['新建學校', '所'],
      ['城市污水處理率', '%'],
      ['建成公園', '個'],
    ]);
  });
});
