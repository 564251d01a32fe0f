import fc from 'fast-check';
import { consolidatedTable } from './helpers';
import {
  type Consolidation,
  type Lang,
  type Period,
  type ReportTable,
  type Status,
  STATUSES,
  type UnitEvaluations,
} from '../../src/engine/model';
import { consolidateUnits } from '../../src/engine/evaluate/consolidate';
import { consolidatedJson } from '../../src/engine/report/units';
import { unitsChartSpec, unitsNarrative, unitsTable } from '../../src/engine/wording/units';
import type { EvalSpec } from '../support/evaluations';
import { junkIn } from '../support/text';
import { twoUnits, unitOf as unit } from '../support/twoUnits';

/** Texts shown to users: no junk, and never the no-value dash. */
const junk = (text: string): string[] => junkIn(text, { dash: true });

const Q3: Period = { kind: 'quarter', quarter: 3 };

const [a, b] = twoUnits();
const c = consolidateUnits([a, b], Q3);

function rowOf(t: ReportTable, name: string): Record<string, unknown> {
  const row = t.rows.find((r) => r[0] === name);
  if (!row) throw new Error(`no row ${name}`);
  return Object.fromEntries(t.columns.map((col, i) => [col.key, row[i]]));
}

describe('consolidated table', () => {
  const zh = consolidatedTable(c, 'zh-CN');
  const en = consolidatedTable(c, 'en-US');

  test('headers in both languages', () => {
    expect(zh.columns.map((col) => col.header)).toEqual([
      '指标',
      '单位',
      '填报单位数',
      '年度目标合计',
      '累计完成合计',
      '序时目标',
      '完成率',
      '状态',
      '说明',
    ]);
    expect(en.columns.map((col) => col.header)).toEqual([
      'Indicator',
      'Unit',
      'Units reporting',
      'Annual target (total)',
      'Actual to date (total)',
      'Pace target',
      'Completion',
      'Status',
      'Note',
    ]);
    expect(zh.rows).toHaveLength(4);
    expect(zh.rowStatus).toEqual(c.consolidated.map((r) => r.status));
  });

  test('a count is summed over units, status by the same rules', () => {
    expect(rowOf(zh, '科技下乡')).toEqual({
      name: '科技下乡',
      unit: '场次',
      units: 2,
      target: 150,
      actual: 110,
      expected: 112.5,
      completion: 0.733333333333,
      status: '进度滞后',
      note: null,
    });
    const i = zh.rows.findIndex((r) => r[0] === '科技下乡');
    expect(zh.numFmts?.[i]).toEqual([null, null, '#,##0', '#,##0', '#,##0', '#,##0.0#', '0.0%', null, null]);
  });

  test('a level is not summed: mean, range and units meeting target in the note', () => {
    expect(rowOf(zh, '科学素质达标率')).toMatchObject({
      units: 2,
      target: 0.1,
      actual: 0.095,
      status: '进度滞后',
      note: '各单位平均值，区间0.08～0.11；达标1/2个单位',
    });
    expect(rowOf(en, '科学素质达标率').note).toBe(
      'mean of units, range 0.08–0.11; meeting target in 1 of 2 units',
    );
  });

  test('a percentage level: range and figures as percentages', () => {
    const asPercent = (u: UnitEvaluations): UnitEvaluations => ({
      name: u.name,
      evaluations: u.evaluations.map((e) =>
        e.indicator.name === '科学素质达标率' && e.target && e.actual
          ? { ...e, target: { ...e.target, percent: true }, actual: { ...e.actual, percent: true } }
          : e,
      ),
    });
    const pc = consolidateUnits([asPercent(a), asPercent(b)], Q3);
    expect(pc.consolidated.find((r) => r.name === '科学素质达标率')?.percent).toBe(true);
    expect(pc.consolidated.find((r) => r.name === '科技下乡')?.percent).toBe(false);
    const pzh = consolidatedTable(pc, 'zh-CN');
    const pen = consolidatedTable(pc, 'en-US');
    expect(rowOf(pzh, '科学素质达标率').note).toBe('各单位平均值，区间8.0%～11.0%；达标1/2个单位');
    expect(rowOf(pen, '科学素质达标率').note).toBe(
      'mean of units, range 8.0%–11.0%; meeting target in 1 of 2 units',
    );
    const i = pzh.rows.findIndex((r) => r[0] === '科学素质达标率');
    expect(pzh.numFmts?.[i].slice(3, 7)).toEqual(['0.0%', '0.0%', '0.0%', '0.0%']);
    // the same values without the percent flag keep plain numbers
    expect(rowOf(zh, '科学素质达标率').note).toBe('各单位平均值，区间0.08～0.11；达标1/2个单位');
  });

  test('disagreeing units of measure: no sum, the units named', () => {
    expect(rowOf(zh, '宣传资料')).toEqual({
      name: '宣传资料',
      unit: null,
      units: 2,
      target: null,
      actual: null,
      expected: null,
      completion: null,
      status: '数据有误',
      note: '计量单位不一致（万份/份），未合计',
    });
    expect(rowOf(en, '宣传资料').note).toBe('units of measure differ (万份/份), not summed');
  });

  test('an indicator missing in some units is kept and flagged', () => {
    expect(rowOf(zh, '院士工作站')).toMatchObject({ units: 1, target: 1, actual: 1, note: '缺：商州区' });
    expect(rowOf(en, '院士工作站').note).toBe('not reported by 商州区');
  });

  test('large sums are written in 万 (zh-CN) or thousands (en-US), the unit saying so', () => {
    const big = consolidateUnits(
      [
        unit('甲', [
          {
            name: '培训群众',
            unit: '人次',
            target: 20000,
            actual: 15000,
            expected: 15000,
            status: 'on_track',
          },
        ]),
        unit('乙', [
          { name: '培训群众', unit: '人次', target: 8000, actual: 6000, expected: 6000, status: 'on_track' },
        ]),
      ],
      Q3,
    );
    expect(rowOf(consolidatedTable(big, 'zh-CN'), '培训群众')).toMatchObject({
      unit: '万人次',
      target: 2.8,
      actual: 2.1,
      expected: 2.1,
    });
    expect(rowOf(consolidatedTable(big, 'en-US'), '培训群众')).toMatchObject({
      unit: '人次 (thousands)',
      target: 28,
      actual: 21,
    });
  });

  test('many missing units are cut short in the note', () => {
    const names = Array.from({ length: 9 }, (_, i) => `单位${i + 1}`);
    const units = names.map((n, i) =>
      unit(n, [
        { name: '科技下乡', unit: '场次', target: 10, actual: 8, expected: 7.5, status: 'on_track' },
        ...(i === 0
          ? [
              {
                name: '院士工作站',
                unit: '个',
                target: 1,
                actual: 1,
                expected: 1,
                status: 'achieved' as Status,
              },
            ]
          : []),
      ]),
    );
    const t = consolidatedTable(consolidateUnits(units, Q3), 'zh-CN');
    expect(rowOf(t, '院士工作站').note).toBe('缺：单位2、单位3、单位4、单位5、单位6等8个单位');
  });
});

describe('units compared', () => {
  test('table ranked best first, counts per status and the share on pace', () => {
    const t = unitsTable(c.units, 'zh-CN');
    expect(t.columns.map((col) => col.header)).toEqual([
      '排名',
      '单位',
      '指标数',
      '已完成',
      '序时推进',
      '进度滞后',
      '严重滞后',
      '未完成',
      '序时推进及以上占比',
    ]);
    expect(t.rows).toEqual([
      [1, '商州区', 3, 1, 1, 0, 1, 0, 0.666666666667],
      [2, '洛南县', 4, 1, 1, 1, 1, 0, 0.5],
    ]);
    expect(t.numFmts?.[0][8]).toBe('0.0%');
    expect(unitsTable(c.units, 'en-US').columns.map((col) => col.header)).toEqual([
      'Rank',
      'Unit',
      'Indicators',
      'Achieved',
      'On track',
      'Behind',
      'At risk',
      'Missed',
      'On pace or better',
    ]);
  });

  test('no-data and invalid columns appear only when a unit has them', () => {
    const withGaps = consolidateUnits(
      [
        unit('甲', [{ name: 'x', target: 1, actual: null, status: 'no_data' }]),
        unit('乙', [{ name: 'x', target: 1, actual: 1, status: 'achieved' }]),
      ],
      Q3,
    );
    const t = unitsTable(withGaps.units, 'zh-CN');
    expect(t.columns.map((col) => col.key)).toContain('no_data');
    expect(t.columns.map((col) => col.key)).not.toContain('invalid');
    expect(t.rows[0].slice(0, 2)).toEqual([1, '乙']);
  });

  test('the rank order holds even when the summaries come unsorted', () => {
    const t = unitsTable([...c.units].reverse(), 'zh-CN');
    expect(t.rows.map((r) => r[1])).toEqual(['商州区', '洛南县']);
  });

  test('chart: share on pace per unit, ranked', () => {
    expect(unitsChartSpec(c.units, 'zh-CN')).toMatchObject({
      id: 'units-ranking',
      type: 'bar',
      categories: ['商州区', '洛南县'],
      series: [{ name: '序时推进及以上占比', values: [0.6667, 0.5] }],
      percentAxis: true,
    });
    expect(unitsChartSpec(c.units, 'en-US').title).toBe('Share of indicators on pace or better, by unit');
  });
});

describe('units narrative', () => {
  test('zh-CN: the organisation first, then a paragraph per unit', () => {
    const n = unitsNarrative(c, 'zh-CN', Q3, { units: [a, b], scope: '全市' });
    expect(n.heading).toBe('各单位目标任务完成情况');
    expect(n.opening).toContain('前三季度，全市共有2个单位填报目标任务完成情况，汇总后共有目标任务4项');
    expect(n.opening).toContain('进度滞后2项、占50.0%');
    expect(n.opening).toContain('数据有误1项、占25.0%');
    expect(n.opening).toContain('水平类和比率类指标不作合计');
    expect(n.opening).toContain('汇总后进度滞后或未完成的有科技下乡和科学素质达标率');
    expect(n.opening).toContain('商州区序时推进及以上的目标任务占比最高，为66.7%；洛南县最低，为50.0%');
    expect(n.opening).toContain('院士工作站只在部分单位填报');
    expect(n.opening).toContain('宣传资料（万份、份）各单位填报的计量单位不一致，未作合计');
    expect(n.perUnit).toEqual([
      '商州区共有目标任务3项，其中已完成1项，序时推进1项，严重滞后1项，序时推进及以上占66.7%，在2个单位中排第1位。进度滞后或未完成的有宣传资料（严重滞后）。',
      '洛南县共有目标任务4项，其中已完成1项，序时推进1项，进度滞后1项，严重滞后1项，序时推进及以上占50.0%，在2个单位中排第2位。进度滞后或未完成的有科学素质达标率（严重滞后）和科技下乡（进度滞后）。',
    ]);
    expect(unitsNarrative(c, 'zh-CN', Q3).opening).toContain('全系统共有2个单位');
  });

  test('en-US: the organisation first, then a paragraph per unit', () => {
    const n = unitsNarrative(c, 'en-US', Q3, { units: [a, b] });
    expect(n.heading).toBe('Units compared');
    expect(n.opening).toContain(
      'As of Q3, 2 units reported across the organisation, giving 4 indicators once consolidated',
    );
    expect(n.opening).toContain('2 behind (50.0%)');
    expect(n.opening).toContain('Consolidated, 科技下乡 and 科学素质达标率 are behind pace or missed.');
    expect(n.opening).toContain(
      '商州区 has the highest share of indicators on pace or better (66.7%) and 洛南县 the lowest (50.0%).',
    );
    expect(n.opening).toContain('院士工作站 is reported by only some units');
    expect(n.opening).toContain('different units of measure for 宣传资料 (万份, 份), so it is not summed');
    expect(n.perUnit[1]).toBe(
      '洛南县 has 4 indicators: 1 achieved, 1 on track, 1 behind and 1 at risk. 50.0% are on pace or better, ranking 2 of 2. Behind pace or missed: 科学素质达标率 (at risk) and 科技下乡 (behind).',
    );
  });

  test('without the evaluations, the unit paragraphs keep to counts', () => {
    const n = unitsNarrative(c, 'zh-CN', Q3);
    expect(n.perUnit[0]).not.toContain('进度滞后或未完成的有');
    expect(n.perUnit[0]).toContain('在2个单位中排第1位');
  });

  test('equal shares are said once; a unit with nothing to assess gets one sentence', () => {
    const same = consolidateUnits(
      [unit('甲', [{ name: 'x', target: 1, actual: 1, status: 'achieved' }]), unit('乙', [])],
      Q3,
    );
    const zh = unitsNarrative(same, 'zh-CN', Q3);
    expect(zh.perUnit).toContain('乙未填报可对标的目标任务。');
    const even = consolidateUnits(
      [
        unit('甲', [{ name: 'x', target: 1, actual: 1, status: 'achieved' }]),
        unit('乙', [{ name: 'x', target: 1, actual: 1, status: 'on_track' }]),
      ],
      Q3,
    );
    expect(unitsNarrative(even, 'zh-CN', Q3).opening).toContain('序时推进及以上的目标任务占比均为100.0%');
    expect(unitsNarrative(even, 'en-US', Q3).opening).toContain(
      'Every unit has 100.0% of its indicators on pace or better.',
    );
  });
});

describe('JSON addition', () => {
  test('keys exactly as the contract says, optional keys only where they apply', () => {
    const j = consolidatedJson(c);
    expect(Object.keys(j)).toEqual(['consolidated', 'units']);
    const base = ['key', 'name', 'unit', 'units', 'target', 'actual', 'expected', 'status'];
    const byName = Object.fromEntries(j.consolidated.map((r) => [r.name, r]));
    expect(Object.keys(byName['科技下乡'])).toEqual(base);
    expect(Object.keys(byName['科学素质达标率'])).toEqual([...base, 'range']);
    expect(Object.keys(byName['院士工作站'])).toEqual([...base, 'missingIn']);
    expect(byName['科技下乡']).toEqual({
      key: '科技下乡',
      name: '科技下乡',
      unit: '场次',
      units: ['商州区', '洛南县'],
      target: 150,
      actual: 110,
      expected: 112.5,
      status: 'behind',
    });
    expect(byName['科学素质达标率'].range).toEqual({ min: 0.08, max: 0.11 });
    expect(byName['院士工作站'].missingIn).toEqual(['商州区']);
    expect(byName['宣传资料']).toMatchObject({ unit: null, target: null, actual: null, status: 'invalid' });
    for (const u of j.units) {
      expect(Object.keys(u)).toEqual(['name', 'byStatus', 'onPaceShare']);
      expect(Object.keys(u.byStatus)).toEqual([...STATUSES]);
    }
    expect(j.units.map((u) => [u.name, u.onPaceShare])).toEqual([
      ['商州区', 0.6667],
      ['洛南县', 0.5],
    ]);
    // Round trip through JSON changes nothing (no NaN turned into null, no undefined dropped).
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('30 units', () => {
  const names = Array.from({ length: 30 }, (_, i) => `第${i + 1}县`);
  const units = names.map((n, i) =>
    unit(n, [
      {
        id: '1',
        name: '科技下乡',
        unit: '场次',
        target: 100,
        actual: 50 + i * 2,
        expected: 75,
        status: 50 + i * 2 >= 75 ? 'on_track' : 'behind',
      },
      { id: '2', name: '院士工作站', unit: '个', target: 1, actual: 1, expected: 0.75, status: 'achieved' },
    ]),
  );
  const big = consolidateUnits(units, Q3);

  test('sums over all units, ranking from best to worst', () => {
    const t = consolidatedTable(big, 'zh-CN');
    expect(rowOf(t, '科技下乡')).toMatchObject({ units: 30, target: 3000, expected: 2250 });
    const ranking = unitsTable(big.units, 'zh-CN');
    expect(ranking.rows).toHaveLength(30);
    expect(ranking.rows.map((r) => r[0])).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const shares = ranking.rows.map((r) => r[r.length - 1] as number);
    expect([...shares].sort((x, y) => y - x)).toEqual(shares);
    expect(unitsChartSpec(big.units, 'zh-CN').categories).toHaveLength(30);
    expect(unitsNarrative(big, 'zh-CN', Q3).perUnit).toHaveLength(30);
  });
});

describe('more units than a chart shows', () => {
  const units = Array.from({ length: 41 }, (_, i) =>
    unit(`第${i + 1}县`, [
      {
        id: '1',
        name: '科技下乡',
        unit: '场次',
        target: 100,
        actual: 100 - i,
        expected: 75,
        status: 'on_track',
      },
      {
        id: '2',
        name: '培训农民',
        unit: '人次',
        target: 100,
        actual: i < 20 ? 80 : 10,
        expected: 75,
        status: i < 20 ? 'on_track' : 'behind',
      },
    ]),
  );
  const many = consolidateUnits(units, Q3);

  test('the ranking chart shows the 15 best and the 15 weakest, and says so; the table keeps every unit', () => {
    const ranked = unitsTable(many.units, 'zh-CN').rows.map((r) => r[1]);
    expect(ranked).toHaveLength(41);
    const zh = unitsChartSpec(many.units, 'zh-CN');
    expect(zh.categories).toEqual([...ranked.slice(0, 15), ...ranked.slice(-15)]);
    expect(zh.series[0].values).toHaveLength(30);
    expect(zh.title).toBe('各单位目标任务序时推进及以上占比（共41个单位，列前15名和后15名）');
    expect(unitsChartSpec(many.units, 'en-US').title).toBe(
      'Share of indicators on pace or better, by unit (the top 15 and the bottom 15 of 41 units)',
    );
  });
});

describe('property: every text produced is clean, every number finite', () => {
  const indicatorNames = [
    '科技下乡',
    '培训农民',
    '科学素质达标率',
    '宣传资料',
    'Training',
    '院士工作站',
    '（）',
    'null',
    '',
  ];
  const unitNames = ['商州区', '洛南县', '丹凤县', 'Unit A', '山阳县', '（）', 'NaN'];
  const statusArb = fc.constantFrom(...STATUSES);
  const valueArb = fc.oneof(
    fc.constant(null),
    fc.constant(0),
    fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 0, max: 200000 }),
  );
  const specArb: fc.Arbitrary<EvalSpec> = fc.record({
    name: fc.constantFrom(...indicatorNames),
    id: fc.constantFrom(null, '1', '2', '3'),
    unit: fc.constantFrom(null, '场次', '万份', '份', '%', '个'),
    direction: fc.constantFrom<'higher' | 'lower' | 'milestone'>('higher', 'higher', 'lower', 'milestone'),
    aggregation: fc.constantFrom<'sum' | 'last' | 'average'>('sum', 'last', 'average'),
    target: valueArb,
    actual: valueArb,
    expected: valueArb,
    status: statusArb,
  });
  const unitsArb = fc
    .uniqueArray(fc.constantFrom(...unitNames), { minLength: 1, maxLength: 5 })
    .chain((ns) =>
      fc.tuple(...ns.map((n) => fc.array(specArb, { maxLength: 6 }).map((specs) => unit(n, specs)))),
    );
  const periodArb = fc.constantFrom<Period>(
    { kind: 'quarter', quarter: 1 },
    { kind: 'quarter', quarter: 3 },
    { kind: 'month', month: 7 },
    { kind: 'year' },
  );
  const langArb = fc.constantFrom<Lang>('zh-CN', 'en-US');

  function checkTable(t: ReportTable, generated: readonly string[]): string[] {
    const texts = [t.caption, ...t.columns.map((col) => col.header)];
    for (const row of t.rows) {
      expect(row).toHaveLength(t.columns.length);
      row.forEach((v, i) => {
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        else if (typeof v === 'string' && generated.includes(t.columns[i].key)) texts.push(v);
        else if (v !== null) expect(typeof v).toBe('string');
      });
    }
    return texts.flatMap(junk);
  }

  function checkJsonNumbers(x: unknown): void {
    if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
    else if (Array.isArray(x)) x.forEach(checkJsonNumbers);
    else if (x && typeof x === 'object') Object.values(x).forEach(checkJsonNumbers);
    else expect(x === undefined).toBe(false);
  }

  test('tables, chart, narrative and JSON', () => {
    fc.assert(
      fc.property(unitsArb, periodArb, langArb, (units, period, lang) => {
        const cons: Consolidation = consolidateUnits(units, period);
        const found: string[] = [];
        found.push(...checkTable(consolidatedTable(cons, lang), ['status', 'note']));
        found.push(...checkTable(unitsTable(cons.units, lang), []));
        const chart = unitsChartSpec(cons.units, lang);
        found.push(
          ...[chart.title, chart.valueAxisTitle ?? 'x', ...chart.series.map((s) => s.name)].flatMap(junk),
        );
        for (const v of chart.series[0].values) expect(v !== null && Number.isFinite(v)).toBe(true);
        for (const withUnits of [true, false]) {
          const n = unitsNarrative(cons, lang, period, withUnits ? { units } : {});
          found.push(...[n.heading, n.opening, ...n.perUnit].flatMap(junk));
          expect(n.perUnit).toHaveLength(units.length);
        }
        const j = consolidatedJson(cons);
        checkJsonNumbers(j);
        expect(j.consolidated).toHaveLength(cons.consolidated.length);
        expect(found).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
