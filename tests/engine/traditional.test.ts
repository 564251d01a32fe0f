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

/**
 * Each rule that matches words reads Traditional text as Simplified: a sheet written in Traditional
 * characters reads as its Simplified twin, row for row (what the twin is made with, toHans, is the same
 * reading the rules use).
 */
describe('a Traditional sheet reads as its Simplified twin', () => {
  const reading = (rows: CellValue[][], date: string, merges: string[] = []) => {
    const r = runCheck({ sources: [sourceFromRows('表', rows, { merges })], lang: 'zh-CN', date });
    return r.report.evaluations.map((e) => [e.indicator.row, e.status, e.actual?.value ?? null]);
  };
  const twin = (rows: CellValue[][]) =>
    rows.map((row) => row.map((v) => (typeof v === 'string' ? toHans(v) : v)));
  const same = (rows: CellValue[][], date: string, merges: string[] = []) => {
    const t = reading(rows, date, merges);
    expect(t).toEqual(reading(twin(rows), date, merges));
    return t;
  };

  it('reads 後, 於 and 徵 as 后, 于 and 征', () => {
    expect(toHans('進度滯後，不低於95%，徵收')).toBe('进度滞后，不低于95%，征收');
  });

  it('reads a result in the scale its target is written in (10000萬 beside 7965)', () => {
    const rows: CellValue[][] = [
      ['2017年1-8月民生實事完成情況'],
      ['序號', '項目名稱', '目標任務', '1-8月實際完成'],
      [1, '完成徵繳基金10000萬元', '10000萬', 7965],
      [2, '新增城鎮就業', '8000人', 6500],
    ];
    expect(same(rows, '2017-09-10')[0]).toEqual([3, 'on_track', 79650000]);
  });

  it('takes the office’s 超額完成 over “on track” by the figures', () => {
    const rows: CellValue[][] = [
      ['2017年1—7月民生工程實施進度表'],
      ['序號', '項目內容', '目標任務', '進度', '備註'],
      [1, '促進高校畢業生就業(%)', 78, 96.8, '超額完成'],
      [2, '青年勞動者技能培訓(人)', 3000, 2265, '達到時間進度'],
    ];
    expect(same(rows, '2017-08-10').map((x) => x[1])).toEqual(['achieved', 'on_track']);
  });

  it('reads a goal of none reached in words (零死亡 | 實現零死亡目標)', () => {
    const rows: CellValue[][] = [
      ['2012年安全生產目標完成情況'],
      ['序號', '目標內容', '目標值', '完成情況'],
      [1, '煤礦、危險化學品死亡事故', '零死亡', '實現零死亡目標'],
      [2, '重大安全生產事故', '零事故', '杜絕了重大安全生產事故的發生'],
    ];
    expect(same(rows, '2013-01-15').map((x) => x[1])).toEqual(['achieved', 'no_data']);
  });

  it('reads a 單位 column of places as the rows’ names (全縣, 鎮, 鄉)', () => {
    const rows: CellValue[][] = [
      ['1-6月份全縣招商引資目標任務完成情況'],
      ['序號', '單  位', '1-6月份纍計到位資金(萬元)', '年度目標任務(萬元)'],
      [null, '全縣', 159145, 1500000],
      [1, '龍駒寨街道辦事處', 20000, 150000],
      [2, '棣花鎮', 15000, 100000],
      [3, '竹林關鎮', 12000, 80000],
      [4, '寺坪鄉', 9000, 60000],
    ];
    expect(same(rows, '2023-07-15')).toHaveLength(5);
  });

  it('reads a gap in words against the target, where no target column is given', () => {
    const rows: CellValue[][] = [
      ['上半年主要經濟指標完成情況'],
      ['指  標', '單位', '上半年完成', '增長(%)', '與年初預期目標比'],
      ['固定資產投資', '億元', 781.6, 16, '增幅與年初預期目標持平'],
      ['城鎮登記失業率', '%', 2.35, null, '控制在年初預定目標2.5%的範圍之內'],
      ['規模以上工業增加值', '億元', 530.2, 5.1, '低於序時進度'],
    ];
    expect(same(rows, '2016-07-20').map((x) => x[1])).toEqual(['on_track', 'on_track', 'behind']);
  });

  it('reads a target said again another way as one target (亦即) and an enumeration answered 分別', () => {
    const rows: CellValue[][] = [
      ['環保目標進度一覽表'],
      ['序號', '2004年目標', '2004年進度'],
      [1, '目標是將耗紙量減至17 461令,亦即2002年耗紙量的95%。', '未能達到目標。2004年的耗紙量為18 810令。'],
      [2, '二氧化硫、氮氧化物排放量下降3%', '二氧化硫、氮氧化物排放量分別下降4.4%和3.5%'],
    ];
    expect(same(rows, '2005-03-01').map((x) => x[0])).toEqual([3, 4, 4]);
  });

  it('passes over a form’s empty slot (指標1: | / | /)', () => {
    const rows: CellValue[][] = [
      ['項目支出績效自評表(2022年度)'],
      ['一級指標', '二級指標', '三級指標', '年度指標值', '實際完成值'],
      ['效益指標', '社會效益指標', '保護全市人口財產不受損失', '有效保護', '有效保護'],
      [null, '生態效益指標', '指標1:', '/', '/'],
      [null, '可持續影響指標', '已建工程良性運行', '良性運行', '良性運行'],
    ];
    expect(same(rows, '2023-03-01').map((x) => x[0])).toEqual([3, 5]);
  });

  it('reads a cross-tab whose offices sit between the measure and its figures (市人力資源社會保障局)', () => {
    const rows: CellValue[][] = [
      ['2019年民生工程項目完成情況表'],
      ['地區', '城鎮新增就業(人)', null, '下崗失業人員再就業(人)', null],
      [null, '市人力資源社會保障局', null, '市總工會', null],
      [null, '目標任務', '進度', '目標任務', '進度'],
      ['東坡區', 8000, 9000, 100, 120],
      ['彭山區', 3800, 4000, 60, 50],
    ];
    const merges = ['A2:A4', 'B2:C2', 'D2:E2', 'B3:C3', 'D3:E3'];
    expect(same(rows, '2020-01-15', merges)).toHaveLength(4);
    const r = runCheck({
      sources: [sourceFromRows('表', rows, { merges })],
      lang: 'zh-CN',
      date: '2020-01-15',
    });
    expect([...new Set(r.report.evaluations.map((e) => e.indicator.name))]).toEqual([
      '城鎮新增就業(人)',
      '下崗失業人員再就業(人)',
    ]);
  });
});
