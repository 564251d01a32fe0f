import {
  DEFAULT_THRESHOLDS,
  type Evaluation,
  type ReportOptions,
  type ReportTable,
  type SheetTable,
  type Status,
  STATUSES,
} from '../../src/engine/model';
import { buildAttentionTable } from './helpers';
import { displayWidth } from '../../src/engine/core/measure';
import { gapsOf } from '../../src/engine/evaluate/gaps';
import { checkInSnapshot, historyEvaluations, reportUnits } from '../../src/engine/evaluate/units';
import { statusLabel } from '../../src/engine/locale/index';
import { ATTENTION_CHART_LIMIT, CHART_COLORS } from '../../src/engine/report/charts';
import { countStatuses } from '../../src/engine/report/counts';
import { buildChartSpecs } from '../../src/engine/wording/charts';
import { buildDataNotes } from '../../src/engine/wording/notes';
import { buildIndicatorTable } from '../../src/engine/wording/tables';
import { defaultTitle } from '../../src/engine/wording/title';
import { makeEvaluation } from '../support/evaluations';
import { expectNoJunk } from '../support/text';

const Q3 = { kind: 'quarter', quarter: 3 } as const;

/** Two units each with an indicator of the same name (the case an organisation column tells apart). */
const TWO_UNITS = ['商州区', '洛南县'].map((sheet, i) =>
  makeEvaluation({
    sheet,
    name: '举办实用技术培训班',
    target: 10,
    actual: 2 + 3 * i,
    expected: 7.5,
    status: i === 0 ? 'at_risk' : 'behind',
  }),
);

function opts(over: Partial<ReportOptions> = {}): ReportOptions {
  return { lang: 'zh-CN', period: Q3, thresholds: DEFAULT_THRESHOLDS, date: '2019-10-10', ...over };
}

function table(over: Partial<SheetTable> = {}): SheetTable {
  return {
    sheet: '目标任务',
    headerRows: [3],
    title: null,
    reportingUnit: null,
    reportingDate: null,
    year: null,
    granularity: 'quarters',
    indicators: [],
    diagnostics: [],
    ...over,
  };
}

/** Column index by key. */
function col(t: ReportTable, key: string): number {
  const i = t.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i;
}

const approx = (e: Evaluation, text: string, marker: string): Evaluation => ({
  ...e,
  actual: { value: e.actual?.value ?? 0, approximation: { text, marker }, percent: false },
});

describe('countStatuses', () => {
  it('counts every status and always gives a key for every status', () => {
    const evs = (['achieved', 'achieved', 'behind', 'invalid'] as Status[]).map((status, i) =>
      makeEvaluation({ name: `i${i}`, status }),
    );
    const c = countStatuses(evs);
    expect(c.total).toBe(4);
    expect(Object.keys(c.byStatus).sort()).toEqual([...STATUSES].sort());
    expect(c.byStatus).toEqual({
      achieved: 2,
      on_track: 0,
      behind: 1,
      at_risk: 0,
      missed: 0,
      not_rated: 0,
      no_data: 0,
      invalid: 1,
    });
  });
  it('gives zeros for no evaluations', () => {
    const c = countStatuses([]);
    expect(c.total).toBe(0);
    expect(Object.values(c.byStatus)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('defaultTitle', () => {
  it('builds the seed title at the year end', () => {
    expect(
      defaultTitle([], opts({ unitName: '商洛市科学技术协会', year: 2018, period: { kind: 'year' } })),
    ).toBe('商洛市科学技术协会2018年度目标任务完成情况对标报告');
  });
  it('names the quarter and takes unit and year from the sheets', () => {
    const t = table({ reportingUnit: '填报单位：商洛市科协', year: 2019 });
    expect(defaultTitle([t], opts())).toBe('商洛市科协2019年前三季度目标任务完成情况对标报告');
    expect(defaultTitle([table({ year: 2019 })], opts())).toBe('2019年前三季度目标任务完成情况对标报告');
  });
  it('prefers the options over the sheets, and leaves out what is unknown', () => {
    const t = table({ reportingUnit: '某县', year: 2017 });
    expect(defaultTitle([t], opts({ unitName: '市科协', year: 2019 }))).toBe(
      '市科协2019年前三季度目标任务完成情况对标报告',
    );
    expect(defaultTitle([], opts())).toBe('前三季度目标任务完成情况对标报告');
    expect(defaultTitle([], opts({ period: { kind: 'month', month: 7 }, year: 2019 }))).toBe(
      '2019年1—7月目标任务完成情况对标报告',
    );
  });
  it('writes the English title', () => {
    expect(defaultTitle([table({ reportingUnit: 'Acme', year: 2019 })], opts({ lang: 'en-US' }))).toBe(
      'Target report: Acme, Q3 2019',
    );
    expect(defaultTitle([], opts({ lang: 'en-US', period: { kind: 'year' }, year: 2018 }))).toBe(
      'Target report: FY 2018',
    );
  });
  it('never shows null or undefined', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const t = defaultTitle([table()], opts({ lang }));
      expectNoJunk(t);
    }
  });
});

describe('buildIndicatorTable', () => {
  const evs: Evaluation[] = [
    makeEvaluation({
      name: '科技下乡',
      category: '职能目标任务',
      unit: '场次',
      owner: '科普部',
      target: 150,
      actual: 125,
      expected: 112.5,
      status: 'on_track',
    }),
    makeEvaluation({
      name: '培训群众',
      category: '职能目标任务',
      unit: '人次',
      target: 40000,
      actual: 28000,
      expected: 30000,
      status: 'at_risk',
    }),
    approx(
      makeEvaluation({
        name: '义诊',
        category: '职能目标任务',
        unit: '场次',
        target: 30,
        actual: 20,
        expected: 22.5,
        status: 'behind',
      }),
      '20多',
      '多',
    ),
    {
      ...makeEvaluation({
        name: '建成科技馆',
        category: '重点项目',
        direction: 'milestone',
        status: 'on_track',
      }),
      targetText: '完成',
      actualText: '推进中',
    },
    makeEvaluation({ name: '=SUM(A1)', unit: '个', target: 0, status: 'invalid' }),
  ];

  it('has the columns of the issue in both languages', () => {
    expect(buildIndicatorTable(evs, 'zh-CN').columns.map((c) => c.header)).toEqual([
      '序号',
      '类别',
      '指标',
      '单位',
      '年度目标',
      '序时目标',
      '累计完成',
      '完成率',
      '进度',
      '状态',
      '责任部门',
    ]);
    expect(buildIndicatorTable(evs, 'en-US').columns.map((c) => c.header)).toEqual([
      'No.',
      'Category',
      'Indicator',
      'Unit',
      'Annual target',
      'Pace target',
      'Actual to date',
      'Completion',
      'Pace',
      'Status',
      'Owner',
    ]);
  });

  it('at the year end, where every pace target is the target, leaves out the pace columns', () => {
    // At the year's end the pace target is the target.
    const year = (
      [
        ['早孕建册数', '人', 120, 69, 'missed'],
        ['老年人体检数', '人', 5662, 4044, 'missed'],
        ['科技下乡', '场次', 150, 184, 'achieved'],
      ] as const
    ).map(([name, unit, target, actual, status]) =>
      makeEvaluation({ name, unit, target, actual, expected: target, status }),
    );
    const headers = (t: ReportTable) => t.columns.map((c) => c.header);
    // No pace target, pace, gap to the pace: the year's own figures only.
    const lead = ['序号', '类别', '指标', '单位', '年度目标', '累计完成', '完成率'];
    expect(headers(buildIndicatorTable(year, 'zh-CN'))).toEqual([...lead, '状态', '责任部门']);
    // The attention table shows the completion where it showed the pace, and the points below the target.
    const attention = buildAttentionTable(year, 'zh-CN');
    expect(headers(attention)).toEqual([...lead, '距目标百分点', '距年度目标', '状态', '责任部门']);
    const first = attention.rows[0];
    expect(first[col(attention, 'name')]).toBe('早孕建册数');
    expect(first[col(attention, 'completion')]).toBeCloseTo(0.575, 6);
    expect(first[col(attention, 'gapPoints')]).toBeCloseTo(42.5, 6);
    expect(headers(buildAttentionTable(year, 'en-US'))).toContain('Gap to target (points)');
    // A report of the year's end says whose the actual is: the year's.
    expect(headers(buildIndicatorTable(year, 'zh-CN', 1, null, true))).toEqual([
      ...lead.map((h) => (h === '累计完成' ? '全年完成' : h)),
      '状态',
      '责任部门',
    ]);
    expect(headers(buildIndicatorTable(year, 'en-US', 1, null, true))).toContain('Actual for the year');
    // One row still paced (a target of a later year): the columns stay, each row with its own figures.
    const paced = [
      ...year,
      makeEvaluation({ name: '新建', unit: '个', target: 10, actual: 2, expected: 5, status: 'at_risk' }),
    ];
    expect(headers(buildIndicatorTable(paced, 'zh-CN'))).toContain('序时目标');
    expect(headers(buildAttentionTable(paced, 'zh-CN'))).toContain('落后序时百分点');
  });

  it('keeps numbers as numbers, percentages with one decimal, and status as text', () => {
    const t = buildIndicatorTable(evs, 'zh-CN');
    const r = t.rows[0];
    expect(r[col(t, 'no')]).toBe(1);
    expect(r[col(t, 'name')]).toBe('科技下乡');
    expect(r[col(t, 'target')]).toBe(150);
    // 场次 count whole things: the pace target is shown rounded up; the pace stays exact.
    expect(r[col(t, 'expected')]).toBe(113);
    expect(r[col(t, 'actual')]).toBe(125);
    expect(r[col(t, 'completion')]).toBeCloseTo(125 / 150, 10);
    expect(r[col(t, 'pace')]).toBeCloseTo(125 / 112.5, 10);
    expect(r[col(t, 'status')]).toBe(statusLabel('on_track', 'zh-CN'));
    expect(r[col(t, 'owner')]).toBe('科普部');
    expect(t.columns[col(t, 'completion')].numFmt).toBe('0.0%');
    expect(t.columns[col(t, 'pace')].numFmt).toBe('0.0%');
    expect(t.numFmts?.[0][col(t, 'target')]).toBe('#,##0');
    expect(t.numFmts?.[0][col(t, 'expected')]).toBe('#,##0'); // a whole pace target: no decimals
    expect(t.numFmts?.[0][col(t, 'completion')]).toBe('0.0%');
    expect(t.rowStatus).toEqual(evs.map((e) => e.status));
    expect(buildIndicatorTable(evs, 'en-US').rows[0][col(t, 'status')]).toBe('On track');
  });

  /** The cells of a table at [row, column key] pairs. */
  const cellsAt = (t: ReturnType<typeof buildIndicatorTable>, ...at: [number, string][]) =>
    at.map(([r, key]) => t.rows[r][col(t, key)]);
  /** An English row behind pace: name, unit, annual target, actual, pace target. */
  const enRow = (name: string, unit: string, target: number, actual: number, expected: number) =>
    makeEvaluation({ name, unit, target, actual, expected, status: 'behind' });

  it('writes large quantities in 万 (zh-CN) or thousands (en-US), the unit saying so', () => {
    // Most of the table's scalable rows are 10,000 or more: the whole table is in 万, the small row too.
    const large = [
      evs[1],
      makeEvaluation({
        name: '受益群众',
        unit: '人',
        target: 200000,
        actual: 79000,
        expected: 150000,
        status: 'behind',
      }),
      makeEvaluation({
        name: '科普讲座',
        unit: '人次',
        target: 4000,
        actual: 3000,
        expected: 3000,
        status: 'on_track',
      }),
    ];
    const zh = buildIndicatorTable(large, 'zh-CN');
    const r = zh.rows[0];
    expect(r[col(zh, 'unit')]).toBe('万人次');
    expect(r[col(zh, 'target')]).toBe(4);
    expect(r[col(zh, 'actual')]).toBe(2.8);
    expect(r[col(zh, 'expected')]).toBe(3);
    expect(zh.numFmts?.[0][col(zh, 'actual')]).toBe('#,##0.0#');
    expect(zh.rows[1][col(zh, 'actual')]).toBe(7.9);
    expect(zh.rows[1][col(zh, 'unit')]).toBe('万人');
    // one scale per column: 3,000 人次 under 7.9万人 is written 0.3万人次, never row by row
    expect(zh.rows[2][col(zh, 'actual')]).toBe(0.3);
    expect(zh.rows[2][col(zh, 'unit')]).toBe('万人次');
    // completion is a ratio and is not scaled
    expect(r[col(zh, 'completion')]).toBeCloseTo(0.7, 10);
    // A row too small for the scale keeps its figures and its unit: 85个, never 0.0085万个.
    const withSmall = buildIndicatorTable(
      [
        ...large,
        makeEvaluation({
          name: '科普展览',
          unit: '人次',
          target: 60000,
          actual: 41000,
          expected: 45000,
          status: 'behind',
        }),
        makeEvaluation({
          name: '改造小区',
          unit: '个',
          target: 85,
          actual: 30,
          expected: 56.7,
          status: 'at_risk',
        }),
      ],
      'zh-CN',
    );
    expect(cellsAt(withSmall, [4, 'unit'], [4, 'target'], [4, 'actual'], [0, 'unit'])).toEqual([
      '个',
      85,
      30,
      '万人次',
    ]);
    // The same rule in English: most rows are 10,000 or more, so the whole table is in thousands.
    const en = buildIndicatorTable(large, 'en-US');
    expect(en.rows[0][col(en, 'unit')]).toBe('人次 (thousands)');
    expect(en.rows[0][col(en, 'actual')]).toBe(28);
    expect(en.rows[1][col(en, 'actual')]).toBe(79);
    expect(en.rows[2][col(en, 'actual')]).toBe(3);
    expect(en.rows[2][col(en, 'unit')]).toBe('人次 (thousands)');
    expect(en.rows[0][col(en, 'completion')]).toBeCloseTo(0.7, 10);
    const millions = buildIndicatorTable(
      [enRow('Loans', 'USD', 5e7, 3.25e7, 3.75e7), enRow('Grants', '', 2e7, 1.5e7, 1.5e7)],
      'en-US',
    );
    expect(cellsAt(millions, [0, 'unit'], [0, 'actual'], [1, 'unit'])).toEqual([
      'USD (millions)',
      32.5,
      'millions',
    ]);
  });

  it('keeps an English table of figures under 10,000 and units already in thousands as they are', () => {
    const en = buildIndicatorTable(
      [enRow('Visits', 'visits', 9000, 6000, 6750), enRow('Sales', 'thousand USD', 90000, 60000, 67500)],
      'en-US',
    );
    expect(cellsAt(en, [0, 'unit'], [0, 'actual'], [1, 'unit'], [1, 'actual'])).toEqual([
      'visits',
      6000,
      'thousand USD',
      60000,
    ]);
  });

  it('keeps the whole table in plain figures when most of it is under 10,000 (no row of its own in 万)', () => {
    const zh = buildIndicatorTable(evs, 'zh-CN');
    expect(zh.rows[1][col(zh, 'unit')]).toBe('人次');
    expect(zh.rows[1][col(zh, 'actual')]).toBe(28000);
    expect(zh.numFmts?.[1][col(zh, 'actual')]).toBe('#,##0');
    expect(zh.rows[0][col(zh, 'actual')]).toBe(125);
  });

  it('shares one row of number formats between rows with the same formats, each row still its own', () => {
    const row = (name: string, actual: number) =>
      makeEvaluation({ name, unit: '场次', target: 100, actual, expected: 75, status: 'on_track' });
    const t = buildIndicatorTable([row('甲', 80), row('乙', 90), row('丙', 80.5), row('丁', 70)], 'zh-CN');
    const fmts = t.numFmts ?? [];
    const actual = col(t, 'actual');
    // Whole actuals share their formats' row; the fraction has its own, with the decimal format.
    expect(fmts[1]).toBe(fmts[0]);
    expect(fmts[3]).toBe(fmts[0]);
    expect(fmts[2]).not.toBe(fmts[0]);
    expect(fmts.map((f) => f[actual])).toEqual(['#,##0', '#,##0', '#,##0.0#', '#,##0']);
    expect(t.rows.map((r) => r[actual])).toEqual([80, 90, 80.5, 70]);
  });

  it('adds a unit column when several units report, so rows named alike can be told apart', () => {
    const two = TWO_UNITS;
    const zh = buildIndicatorTable(two, 'zh-CN');
    expect(zh.columns.map((c) => c.key).slice(0, 3)).toEqual(['no', 'org', 'category']);
    expect(zh.columns[1].header).toBe('填报单位');
    expect(zh.rows.map((r) => r[1])).toEqual(['商州区', '洛南县']);
    expect(buildIndicatorTable(two, 'en-US').columns[1].header).toBe('Organisation');
    // One unit: no such column.
    expect(buildIndicatorTable(two.slice(0, 1), 'zh-CN').columns.some((c) => c.key === 'org')).toBe(false);
  });

  it("makes each column as wide as its header's widest word, so no word breaks", () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      for (const t of [buildIndicatorTable(evs, lang), buildAttentionTable(evs, lang)]) {
        for (const c of t.columns) {
          const widest = Math.max(...c.header.split(/\s+/).map((w) => displayWidth(w)));
          expect(c.width).toBeGreaterThanOrEqual(widest);
        }
      }
    }
  });

  it('shows approximate actuals and milestones as written, and leaves what does not apply empty', () => {
    const t = buildIndicatorTable(evs, 'zh-CN');
    expect(t.rows[2][col(t, 'actual')]).toBe('20多');
    expect(t.numFmts?.[2][col(t, 'actual')]).toBeNull();
    expect(t.rows[3][col(t, 'target')]).toBe('完成');
    expect(t.rows[3][col(t, 'actual')]).toBe('推进中');
    expect(t.rows[3][col(t, 'completion')]).toBeNull();
    expect(t.rows[3][col(t, 'pace')]).toBeNull();
    expect(t.rows[3][col(t, 'unit')]).toBeNull();
    expect(t.rows[4][col(t, 'actual')]).toBeNull();
    expect(t.rows[4][col(t, 'status')]).toBe(statusLabel('invalid', 'zh-CN'));
  });

  it('writes an approximate sum as 约 and the number, and approximations in words in en-US', () => {
    const sum: Evaluation = {
      ...makeEvaluation({
        name: '受益群众',
        unit: '人',
        target: 200000,
        actual: 300000,
        expected: 150000,
        status: 'achieved',
      }),
      actual: { value: 300000, approximation: { text: '', marker: '约' }, percent: false },
    };
    const zh = buildIndicatorTable([sum, evs[2]], 'zh-CN');
    expect(zh.rows[0][col(zh, 'actual')]).toBe('约30万');
    // a row with an approximate figure keeps its raw numbers and unit, so the text and numbers agree
    expect(zh.rows[0][col(zh, 'unit')]).toBe('人');
    expect(zh.rows[0][col(zh, 'target')]).toBe(200000);
    const en = buildIndicatorTable([sum, evs[2]], 'en-US');
    expect(en.rows[0][col(en, 'actual')]).toBe('about 300,000');
    expect(en.rows[1][col(en, 'actual')]).toBe('more than 20');
  });

  it('keeps a name that looks like a formula as plain text', () => {
    const t = buildIndicatorTable(evs, 'zh-CN');
    expect(t.rows[4][col(t, 'name')]).toBe('=SUM(A1)');
  });

  it('never puts NaN or undefined in a cell', () => {
    const odd = makeEvaluation({
      name: 'x',
      target: 10,
      actual: null,
      expected: NaN as unknown as number,
      status: 'no_data',
    });
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const t = buildIndicatorTable([...evs, odd], lang);
      for (const row of t.rows) {
        for (const v of row) {
          expect(v === null || typeof v === 'string' || Number.isFinite(v)).toBe(true);
          expect(v).not.toBeUndefined();
        }
      }
    }
  });

  it('suggests wider columns for CJK text than for the same number of Latin letters', () => {
    expect(displayWidth('科技下乡')).toBe(8);
    expect(displayWidth('abcd')).toBe(4);
    const long = makeEvaluation({
      name: '组织开展第二十六届科技之春宣传月活动',
      target: 1,
      status: 'no_data',
    });
    const latin = makeEvaluation({ name: 'abcdefghijklmnopqr', target: 1, status: 'no_data' });
    const a = buildIndicatorTable([long], 'zh-CN');
    const b = buildIndicatorTable([latin], 'zh-CN');
    expect(a.columns[col(a, 'name')].width).toBeGreaterThan(b.columns[col(b, 'name')].width);
    expect(a.columns[col(a, 'name')].width).toBeLessThanOrEqual(40);
  });
});

describe('buildAttentionTable', () => {
  const evs: Evaluation[] = [
    makeEvaluation({ name: 'on', target: 100, actual: 80, expected: 75, status: 'on_track' }),
    makeEvaluation({
      name: 'behind90',
      unit: '场',
      target: 100,
      actual: 67.5,
      expected: 75,
      status: 'behind',
    }),
    makeEvaluation({
      name: 'risk50',
      unit: '场',
      target: 100,
      actual: 37.5,
      expected: 75,
      status: 'at_risk',
    }),
    makeEvaluation({ name: 'bad', target: null, status: 'invalid' }),
    makeEvaluation({
      name: 'ceiling',
      direction: 'lower',
      unit: '起',
      target: 10,
      actual: 9,
      expected: 7.5,
      status: 'behind',
    }),
    makeEvaluation({ name: 'done', target: 10, actual: 12, expected: 7.5, status: 'achieved' }),
    {
      ...makeEvaluation({ name: 'ms', direction: 'milestone', status: 'behind' }),
      targetText: '完成',
      actualText: '未开始',
    },
  ];

  it('lists only the statuses needing attention, furthest behind pace first', () => {
    const t = buildAttentionTable(evs, 'zh-CN');
    expect(t.rows.map((r) => r[col(t, 'name')])).toEqual(['risk50', 'ceiling', 'behind90', 'ms', 'bad']);
    expect(t.rowStatus).toEqual(['at_risk', 'behind', 'behind', 'behind', 'invalid']);
    expect(t.rows.map((r) => r[col(t, 'no')])).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the gap to pace and to target in the unit, and in points of pace', () => {
    const t = buildAttentionTable(evs, 'zh-CN');
    const risk = t.rows[0];
    expect(risk[col(t, 'gapToPace')]).toBe(37.5);
    // (75 − 37.5) / 100: the share done is 37.5 points below the share due by now
    expect(risk[col(t, 'gapPoints')]).toBe(37.5);
    expect(risk[col(t, 'gapToTarget')]).toBe(62.5);
    const behind = t.rows[2];
    expect(behind[col(t, 'gapToPace')]).toBe(7.5);
    expect(behind[col(t, 'gapPoints')]).toBe(7.5);
    // lower-is-better: (9 − 7.5) / 10 = 15 points over the pace; the pace ceiling of whole 起 is shown as 7,
    // so the gap to it is 2; under the ceiling → no target gap
    const ceiling = t.rows[1];
    expect(ceiling[col(t, 'gapToPace')]).toBe(2);
    expect(ceiling[col(t, 'gapPoints')]).toBe(15);
    expect(ceiling[col(t, 'gapToTarget')]).toBeNull();
    // milestone and invalid: no numbers
    expect(t.rows[3][col(t, 'gapToPace')]).toBeNull();
    expect(t.rows[4][col(t, 'gapPoints')]).toBeNull();
    expect(t.columns[col(t, 'gapPoints')].numFmt).toBe('0.0');
  });

  it('has headers in both languages', () => {
    expect(buildAttentionTable(evs, 'zh-CN').columns.map((c) => c.header)).toEqual([
      '序号',
      '类别',
      '指标',
      '单位',
      '年度目标',
      '序时目标',
      '累计完成',
      '进度',
      '距序时目标',
      '落后序时百分点',
      '距年度目标',
      '状态',
      '责任部门',
    ]);
    expect(buildAttentionTable(evs, 'en-US').columns.map((c) => c.header)).toEqual([
      'No.',
      'Category',
      'Indicator',
      'Unit',
      'Annual target',
      'Pace target',
      'Actual to date',
      'Pace',
      'Gap to pace',
      'Behind pace (points)',
      'Gap to target',
      'Status',
      'Owner',
    ]);
  });

  it('is empty when nothing needs attention', () => {
    expect(buildAttentionTable([evs[0], evs[5]], 'en-US').rows).toEqual([]);
  });

  it('gapsOf rounds points to one decimal and reports no shortfall as null', () => {
    expect(
      gapsOf(makeEvaluation({ name: 'a', target: 3, actual: 1, expected: 3, status: 'missed' })).points,
    ).toBe(66.7);
    expect(
      gapsOf(makeEvaluation({ name: 'a', target: 3, actual: 4, expected: 3, status: 'achieved' })),
    ).toEqual({
      toPace: null,
      points: null,
      toTarget: null,
    });
  });
});

describe('buildChartSpecs', () => {
  const evs: Evaluation[] = [
    makeEvaluation({
      name: 'a',
      category: '职能目标任务',
      target: 100,
      actual: 100,
      expected: 75,
      status: 'achieved',
    }),
    makeEvaluation({
      name: 'b',
      category: '职能目标任务',
      target: 100,
      actual: 50,
      expected: 75,
      status: 'at_risk',
    }),
    makeEvaluation({
      name: 'c',
      category: '党的建设',
      target: 10,
      actual: 9,
      expected: 7.5,
      status: 'on_track',
    }),
    makeEvaluation({
      name: 'd',
      category: '党的建设',
      direction: 'lower',
      target: 10,
      actual: 1,
      expected: 7.5,
      status: 'on_track',
    }),
    makeEvaluation({ name: 'e', category: null, target: 4, actual: 1, expected: 3, status: 'at_risk' }),
  ];

  it('charts completion per category in sheet order against the pace line of the period', () => {
    const [chart] = buildChartSpecs(evs, 'zh-CN', null, Q3);
    expect(chart.id).toBe('completion-by-category');
    expect(chart.type).toBe('bar');
    expect(chart.categories).toEqual(['职能目标任务', '党的建设', '其他']);
    // lower-is-better indicators do not count in the average completion
    expect(chart.series[0].values).toEqual([0.75, 0.9, 0.25]);
    // At Q3 the period demands 75 % of the year: the line a category is judged by, labelled as such.
    expect(chart.referenceLine).toEqual({ value: 0.75, label: '序时进度75%' });
    expect(chart.percentAxis).toBe(true);
    const m7 = buildChartSpecs(evs, 'en-US', null, { kind: 'month', month: 7 })[0];
    expect(m7.referenceLine).toEqual({ value: 0.5833, label: 'Pace of the period 58%' });
    expect(buildChartSpecs(evs, 'zh-CN', null, { kind: 'year' })[0].referenceLine?.value).toBe(1);
    expect(buildChartSpecs(evs, 'en-US', null, Q3)[0].categories).toEqual([
      '职能目标任务',
      '党的建设',
      'Other',
    ]);
  });

  it('over one category draws the pace as a bar beside the completion: a line of one point has no length', () => {
    const one = evs.filter((e) => e.indicator.category === '党的建设');
    const [chart] = buildChartSpecs(one, 'zh-CN', null, Q3);
    expect(chart.id).toBe('completion-by-category');
    expect(chart.categories).toEqual(['党的建设']);
    expect(chart.referenceLine).toBeUndefined();
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ['完成率', [0.9]],
      ['序时目标', [0.75]],
    ]);
  });

  it('counts a few indicators per status on an axis that steps by one, and many on Excel’s own', () => {
    const status = (list: Evaluation[]) =>
      buildChartSpecs(list, 'zh-CN', null, Q3).find((c) => c.id === 'status-count');
    expect(status(evs)?.valueStep).toBe(1);
    const many = Array.from({ length: 12 }, (_, i) =>
      makeEvaluation({ name: `n${i}`, target: 10, actual: 9, expected: 7.5, status: 'on_track' }),
    );
    expect(status(many)?.valueStep).toBeUndefined();
  });

  it('charts attention indicators, actual against pace target as shares of the target, furthest behind first', () => {
    const chart = buildChartSpecs(evs, 'zh-CN', null, Q3).find((c) => c.id === 'attention');
    expect(chart?.categories).toEqual(['e', 'b']);
    expect(chart?.series.map((s) => s.name)).toEqual(['累计完成', '序时目标']);
    expect(chart?.series[0].values).toEqual([0.25, 0.5]);
    expect(chart?.series[1].values).toEqual([0.75, 0.75]);
    const en = buildChartSpecs(evs, 'en-US', null, Q3).find((c) => c.id === 'attention');
    expect(en?.series.map((s) => s.name)).toEqual(['Actual to date', 'Pace target']);
  });

  it(`keeps at most ${ATTENTION_CHART_LIMIT} attention indicators, the ones furthest behind`, () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      makeEvaluation({ name: `n${i}`, target: 100, actual: 70 - i, expected: 75, status: 'at_risk' }),
    );
    const chart = buildChartSpecs(many, 'en-US', null, Q3).find((c) => c.id === 'attention');
    expect(chart?.categories).toHaveLength(ATTENTION_CHART_LIMIT);
    expect(chart?.categories[0]).toBe('n19');
    expect(chart?.categories[14]).toBe('n5');
  });

  it('draws the gap to the pace target: bars left of zero in red behind, right in green ahead, most behind first', () => {
    const mixed = [
      makeEvaluation({ name: 'slightly', target: 100, actual: 70, expected: 75, status: 'behind' }),
      makeEvaluation({ name: 'far', target: 100, actual: 40, expected: 75, status: 'at_risk' }),
      makeEvaluation({
        name: 'ceiling',
        direction: 'lower',
        target: 100,
        actual: 60,
        expected: 75,
        status: 'invalid',
      }),
    ];
    const chart = buildChartSpecs(mixed, 'zh-CN', mixed, Q3).find((c) => c.id === 'pace-gap');
    expect(chart?.type).toBe('bar');
    expect(chart?.overlap).toBe(true);
    expect(chart?.percentAxis).toBe(true);
    expect(chart?.categories).toEqual(['far', 'slightly', 'ceiling']);
    expect(chart?.series.map((x) => [x.name, x.color])).toEqual([
      ['落后序时进度', CHART_COLORS.behind],
      ['超前序时进度', CHART_COLORS.ahead],
    ]);
    // One value per category: in the red series when behind, in the green one when ahead.
    expect(chart?.series[0].values).toEqual([-0.35, -0.05, null]);
    expect(chart?.series[1].values).toEqual([null, null, 0.15]);
    expect(CHART_COLORS.behind).not.toBe(CHART_COLORS.ahead);
    const en = buildChartSpecs(mixed, 'en-US', mixed, Q3).find((c) => c.id === 'pace-gap');
    expect(en?.series.map((x) => x.name)).toEqual(['Behind pace', 'Ahead of pace']);
    // Only behind: no empty green series.
    const behind = buildChartSpecs(mixed.slice(0, 2), 'zh-CN', mixed.slice(0, 2), Q3).find(
      (c) => c.id === 'pace-gap',
    );
    expect(behind?.series).toHaveLength(1);
  });

  it('names each charted indicator with its unit when several units report', () => {
    const twoUnits = TWO_UNITS;
    const zh = buildChartSpecs(twoUnits, 'zh-CN', null, Q3);
    expect(zh.find((c) => c.id === 'attention')?.categories).toEqual([
      '举办实用技术培训班（商州区）',
      '举办实用技术培训班（洛南县）',
    ]);
    expect(zh.find((c) => c.id === 'pace-gap')?.categories).toEqual([
      '举办实用技术培训班（商州区）',
      '举办实用技术培训班（洛南县）',
    ]);
    const en = buildChartSpecs(twoUnits, 'en-US', null, Q3);
    expect(en.find((c) => c.id === 'attention')?.categories[0]).toBe('举办实用技术培训班 (商州区)');
    // One unit: the names alone.
    expect(
      buildChartSpecs(twoUnits.slice(0, 1), 'zh-CN', null, Q3).find((c) => c.id === 'attention')?.categories,
    ).toEqual(['举办实用技术培训班']);
  });

  it('counts statuses that occur, with their labels', () => {
    const chart = buildChartSpecs(evs, 'zh-CN', null, Q3).find((c) => c.id === 'status-count');
    expect(chart?.categories).toEqual(
      ['achieved', 'on_track', 'at_risk'].map((s) => statusLabel(s as Status, 'zh-CN')),
    );
    expect(chart?.series[0].values).toEqual([1, 2, 2]);
    const en = buildChartSpecs(evs, 'en-US', null, Q3).find((c) => c.id === 'status-count');
    expect(en?.categories).toEqual(['Achieved', 'On track', 'At risk']);
  });

  it('gives titles in the report language and no chart for no data', () => {
    const titles = buildChartSpecs(evs, 'zh-CN', null, Q3).map((c) => c.title);
    expect(titles.every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
    const en = buildChartSpecs(evs, 'en-US', null, Q3).map((c) => c.title);
    expect(en.every((t) => /^[\x20-\x7e]+$/.test(t))).toBe(true);
    expect(buildChartSpecs([], 'zh-CN', null, Q3)).toEqual([]);
  });
});

describe('reportUnits', () => {
  const ev = (file: string | undefined, sheet: string, name = '科技下乡') =>
    makeEvaluation({ ...(file !== undefined ? { file } : {}), sheet, name, status: 'achieved' });

  it('names units by sheet inside one workbook (or the add-in)', () => {
    const units = reportUnits([
      ev('a.xlsx', '商州区'),
      ev('a.xlsx', '商州区', '培训'),
      ev('a.xlsx', '洛南县'),
    ]);
    expect(units.map((u) => [u.name, u.evaluations.length])).toEqual([
      ['商州区', 2],
      ['洛南县', 1],
    ]);
    expect(reportUnits([ev(undefined, 'A'), ev(undefined, 'B')]).map((u) => u.name)).toEqual(['A', 'B']);
  });

  it('names units by file base name, file/sheet for a file of several sheets, keeps names unique', () => {
    expect(
      reportUnits([ev('in/商州区.xlsx', '目标任务'), ev('in\\洛南县.XLSX', '目标任务')]).map((u) => u.name),
    ).toEqual(['商州区', '洛南县']);
    expect(
      reportUnits([ev('a.xlsx', '一月'), ev('a.xlsx', '二月'), ev('b.xlsx', 'x')]).map((u) => u.name),
    ).toEqual(['a/一月', 'a/二月', 'b']);
    // the same base name in two folders: the file as given
    expect(reportUnits([ev('x/a.xlsx', 's'), ev('y/a.xlsx', 's')]).map((u) => u.name)).toEqual([
      'x/a.xlsx',
      'y/a.xlsx',
    ]);
    expect(reportUnits([])).toEqual([]);
  });

  it('keys the history by unit when several files hold the same sheet name', () => {
    const evs = [ev('商州区.xlsx', '目标任务'), ev('洛南县.xlsx', '目标任务')];
    expect(historyEvaluations(evs).map((e) => e.indicator.sheet)).toEqual(['商州区', '洛南县']);
    expect(historyEvaluations(evs).map((e) => e.indicator.key)).toEqual(evs.map((e) => e.indicator.key));
    const snap = checkInSnapshot(evs, Q3, '2019-10-08T09:00:00');
    expect(snap.period).toBe('Q3');
    expect(new Set(snap.entries.map((e) => e.key)).size).toBe(2);
    // one file: sheets as they are (quarterly files saved under new names still match)
    const single = [ev('2019Q3.xlsx', '目标任务')];
    expect(historyEvaluations(single)[0]).toBe(single[0]);
  });
});

describe('buildDataNotes', () => {
  it('is empty without diagnostics, and leaves out own sheets, empty sheets and long texts', () => {
    expect(buildDataNotes([], [], 'zh-CN')).toEqual([]);
    expect(
      buildDataNotes(
        [{ sheet: 's', cell: 'A1', severity: 'info', code: 'long-text' }],
        [
          { sheet: '对标报告', reason: { code: 'own-output' } },
          { sheet: 'Sheet2', reason: { code: 'empty' } },
        ],
        'en-US',
      ),
    ).toEqual([]);
  });

  it('names the file and sheet of a sheet not read, and gives each sentence once', () => {
    const d = { sheet: 's', cell: 'B2', severity: 'warning' as const, code: 'approximate-value' as const };
    const lines = buildDataNotes(
      [d, d],
      [{ file: 'a.xlsx', sheet: '联系人', reason: { code: 'no-header' } }],
      'zh-CN',
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1\.文件“a\.xlsx”中工作表“联系人”未读取：未找到指标表的表头/);
    expect(lines[1]).toMatch(/^2\.工作表“s”的B2单元格/);
  });
});

describe('table numbers', () => {
  it('defaults to 表1 / 表2 and takes the number given', () => {
    expect(buildIndicatorTable([], 'zh-CN').caption).toBe('表1 目标任务完成情况');
    expect(buildAttentionTable([], 'en-US', 4).caption).toBe('Table 4. Indicators needing attention');
  });
});

describe('unit name from the sheets', () => {
  it('is taken only when every sheet giving one agrees (several units do not name the organisation)', () => {
    const agree = [table({ reportingUnit: '填报单位：商洛市科协' }), table({ reportingUnit: '商洛市科协' })];
    expect(defaultTitle(agree, opts())).toBe('商洛市科协前三季度目标任务完成情况对标报告');
    const differ = [table({ reportingUnit: '商州区科协' }), table({ reportingUnit: '洛南县科协' })];
    expect(defaultTitle(differ, opts())).toBe('前三季度目标任务完成情况对标报告');
    expect(defaultTitle(differ, opts({ unitName: '商洛市科协' }))).toBe(
      '商洛市科协前三季度目标任务完成情况对标报告',
    );
  });
});
