import fc from 'fast-check';
import { buildChangesNarrative } from './helpers';
import {
  type ChangesSinceLastCheckIn,
  type CheckInSnapshot,
  type Lang,
  type Period,
  type ReportTable,
  type Status,
  type StatusChange,
  STATUSES,
} from '../../src/engine/model';
import { compareWithPrevious, completionTrend } from '../../src/engine/evaluate/changes';
import { recordCheckIn, snapshotFromEvaluations } from '../../src/engine/evaluate/history';
import {
  addPreviousStatusColumn,
  changesSection,
  periodCodeLabel,
  previousStatusColumn,
} from '../../src/engine/wording/changes';
import { trendChartSpec } from '../../src/engine/wording/charts';
import { makeEvaluation, type EvalSpec } from '../support/evaluations';
import { junkIn } from '../support/text';

/** Texts shown to users: no junk, and never the no-value dash. */
const junk = (text: string): string[] => junkIn(text, { dash: true });

const Q3: Period = { kind: 'quarter', quarter: 3 };

// Q2 → Q3 of one organisation. 职能目标任务: completions 6/12, 8/12 → 9/12, 9/12 (58.3% → 75.0%).
// 党的建设: 12/24 → 24/24 and the new 新增指标 1/5 (50.0% → 60.0%); 新增指标 appears only in Q3.
const spec = (s: EvalSpec): EvalSpec => ({ sheet: '目标任务', ...s });
const q2 = [
  spec({
    id: '1',
    name: '科技下乡',
    category: '一、职能目标任务',
    target: 12,
    actual: 6,
    status: 'on_track',
  }),
  spec({ id: '2', name: '培训农民', category: '一、职能目标任务', target: 12, actual: 8, status: 'at_risk' }),
  spec({ id: '3', name: '整改措施', category: '二、党的建设', target: 24, actual: 12, status: 'on_track' }),
].map(makeEvaluation);
const q3 = [
  spec({ id: '1', name: '科技下乡', category: '一、职能目标任务', target: 12, actual: 9, status: 'behind' }),
  spec({
    id: '2',
    name: '培训农民',
    category: '一、职能目标任务',
    target: 12,
    actual: 9,
    status: 'on_track',
  }),
  spec({ id: '3', name: '整改措施', category: '二、党的建设', target: 24, actual: 24, status: 'achieved' }),
  spec({ id: '4', name: '新增指标', category: '二、党的建设', target: 5, actual: 1, status: 'at_risk' }),
].map(makeEvaluation);
const changes = compareWithPrevious(q3, snapshotFromEvaluations(q2, 'Q2', '2019-07-05T10:00:00'));

function allTexts(s: { heading: string; paragraphs: readonly string[] }): string[] {
  return [s.heading, ...s.paragraphs];
}

describe('since the last check-in: zh-CN', () => {
  const s = changesSection(changes, Q3, 'zh-CN');
  const text = s.paragraphs.join('');

  test('the heading names the previous check-in', () => {
    expect(s.heading).toBe('与上次对标（第二季度）相比的变化情况');
  });

  test('summary with counts, then each group with the status before and now', () => {
    expect(s.paragraphs[0]).toMatch(/^前三季度，与上次对标（第二季度）相比，/);
    expect(text).toContain('新完成年度目标1项');
    expect(text).toContain('恢复序时进度1项');
    expect(text).toContain('新出现进度滞后1项');
    expect(text).toContain('新完成年度目标的有整改措施（上次为序时推进）');
    expect(text).toContain('恢复序时进度的有培训农民（由严重滞后转为序时推进）');
    expect(text).toContain('新出现进度滞后的有科技下乡（由序时推进转为进度滞后）');
    // An indicator that was not there last time is not "newly behind": it has no before.
    expect(text).not.toContain('新增指标');
  });

  test('pace per category in percentage points, category numbers stripped', () => {
    expect(s.paragraphs[1]).toBe(
      '从各类别看，职能目标任务平均完成率由58.3%提高到75.0%，提高16.7个百分点；党的建设平均完成率由50.0%提高到60.0%，提高10.0个百分点。',
    );
  });

  test('several names are joined the Chinese way', () => {
    const two: ChangesSinceLastCheckIn = {
      ...changes,
      newlyBehind: [
        { key: 'a', name: '甲', category: null, before: 'on_track', after: 'behind' },
        { key: 'b', name: '乙', category: null, before: 'achieved', after: 'at_risk' },
        { key: 'c', name: '丙', category: null, before: 'no_data', after: 'missed' },
      ],
      recovered: [],
      newlyAchieved: [],
    };
    const t = changesSection(two, Q3, 'zh-CN').paragraphs[0];
    expect(t).toContain(
      '甲（由序时推进转为进度滞后）、乙（由已完成转为严重滞后）和丙（由暂无数据转为未完成）',
    );
    expect(t).toContain('新出现进度滞后3项');
  });

  test('the same name in several sheets says which sheet', () => {
    const c: ChangesSinceLastCheckIn = {
      ...changes,
      newlyBehind: [
        { key: '|商州区|1', name: '科技下乡', category: null, before: 'on_track', after: 'behind' },
        { key: 'b.xlsx|洛南县|1', name: '科技下乡', category: null, before: 'on_track', after: 'at_risk' },
      ],
      recovered: [
        { key: '|商州区|2', name: '培训农民', category: null, before: 'behind', after: 'on_track' },
      ],
      newlyAchieved: [],
    };
    const zh = changesSection(c, Q3, 'zh-CN').paragraphs[0];
    expect(zh).toContain(
      '科技下乡（商州区，由序时推进转为进度滞后）和科技下乡（洛南县，由序时推进转为严重滞后）',
    );
    expect(zh).toContain('恢复序时进度的有培训农民（由进度滞后转为序时推进）');
    expect(changesSection(c, Q3, 'en-US').paragraphs[0]).toContain(
      '科技下乡 (商州区, from on track to behind) and 科技下乡 (洛南县, from on track to at risk)',
    );
  });

  test('a fall and an unchanged category', () => {
    const c: ChangesSinceLastCheckIn = {
      ...changes,
      categoryPace: [
        { category: '职能目标任务', before: 0.75, after: 0.6 },
        { category: '党的建设', before: 0.5, after: 0.50001 },
      ],
    };
    const t = changesSection(c, Q3, 'zh-CN').paragraphs[1];
    expect(t).toContain('职能目标任务平均完成率由75.0%下降到60.0%，下降15.0个百分点');
    expect(t).toContain('党的建设平均完成率为50.0%，与上次持平');
  });

  test('points agree with the percentages shown (rounded first)', () => {
    const c: ChangesSinceLastCheckIn = {
      ...changes,
      categoryPace: [{ category: 'A', before: 0.58349, after: 0.75051 }],
    };
    // 58.3% → 75.1%: 16.8 points, not 16.7 (75.051 − 58.349 = 16.702).
    expect(changesSection(c, Q3, 'zh-CN').paragraphs[1]).toContain('由58.3%提高到75.1%，提高16.8个百分点');
  });
});

describe('since the last check-in: en-US', () => {
  const s = changesSection(changes, Q3, 'en-US');
  const text = s.paragraphs.join(' ');

  test('heading, summary and groups with the statuses', () => {
    expect(s.heading).toBe('Since the last check-in (Q2)');
    expect(s.paragraphs[0]).toMatch(/^As of Q3, compared with the last check-in \(Q2\), /);
    expect(text).toContain(
      '1 indicator newly achieved the annual target, 1 indicator recovered to pace and 1 indicator fell behind pace.',
    );
    expect(text).toContain('Newly achieved: 整改措施 (on track at the last check-in).');
    expect(text).toContain('Recovered: 培训农民 (from at risk to on track).');
    expect(text).toContain('Newly behind and needing attention: 科技下乡 (from on track to behind).');
  });

  test('pace per category in percentage points', () => {
    expect(s.paragraphs[1]).toBe(
      'Average completion by category: 职能目标任务 rose from 58.3% to 75.0%, up 16.7 percentage points; 党的建设 rose from 50.0% to 60.0%, up 10.0 percentage points.',
    );
    const fall = changesSection(
      { ...changes, categoryPace: [{ category: 'Outreach', before: 0.75, after: 0.6 }] },
      Q3,
      'en-US',
    ).paragraphs[1];
    expect(fall).toBe(
      'Average completion by category: Outreach fell from 75.0% to 60.0%, down 15.0 percentage points.',
    );
  });

  test('plural and the English list', () => {
    const c: ChangesSinceLastCheckIn = {
      ...changes,
      newlyBehind: [
        { key: 'a', name: 'Training', category: null, before: 'on_track', after: 'behind' },
        { key: 'b', name: 'Outreach', category: null, before: 'achieved', after: 'at_risk' },
      ],
      recovered: [],
      newlyAchieved: [],
      categoryPace: [],
    };
    const t = changesSection(c, { kind: 'month', month: 8 }, 'en-US');
    expect(t.paragraphs).toEqual([
      'As of the end of August, compared with the last check-in (Q2), 2 indicators fell behind pace. Newly behind and needing attention: Training (from on track to behind) and Outreach (from achieved to at risk).',
    ]);
  });
});

describe('nothing moved', () => {
  const still: ChangesSinceLastCheckIn = {
    previousPeriod: 'Q1',
    newlyBehind: [],
    recovered: [],
    newlyAchieved: [],
    categoryPace: [],
    previousStatus: new Map<string, Status>([['|目标任务|1', 'on_track']]),
  };

  test('one sentence saying no status changed, in both languages', () => {
    expect(changesSection(still, { kind: 'quarter', quarter: 2 }, 'zh-CN')).toEqual({
      heading: '与上次对标（第一季度）相比的变化情况',
      paragraphs: ['上半年，与上次对标（第一季度）相比，各项目标任务的完成状态没有变化。'],
    });
    expect(changesSection(still, { kind: 'quarter', quarter: 2 }, 'en-US').paragraphs).toEqual([
      'As of Q2, compared with the last check-in (Q1), no indicator changed status.',
    ]);
  });

  test('the same snapshot compared with itself: no changes, pace unchanged', () => {
    const same = compareWithPrevious(q2, snapshotFromEvaluations(q2, 'Q1', 't'));
    const s = changesSection(same, { kind: 'quarter', quarter: 2 }, 'zh-CN');
    expect(s.paragraphs[0]).toContain('完成状态没有变化');
    expect(s.paragraphs[1]).toContain('职能目标任务平均完成率为58.3%，与上次持平');
  });

  test('nothing comparable (no shared indicator) is said plainly', () => {
    const none: ChangesSinceLastCheckIn = { ...still, previousStatus: new Map() };
    expect(changesSection(none, Q3, 'zh-CN').paragraphs).toEqual([
      '前三季度，与上次对标（第一季度）相比，没有可比对的目标任务。',
    ]);
    expect(changesSection(none, Q3, 'en-US').paragraphs).toEqual([
      'As of Q3, compared with the last check-in (Q1), there are no indicators to compare.',
    ]);
  });

  test('an unreadable previous period leaves the brackets out, not empty', () => {
    const s = changesSection({ ...still, previousPeriod: '' }, Q3, 'zh-CN');
    expect(s.heading).toBe('与上次对标相比的变化情况');
    expect(s.paragraphs[0]).toMatch(/^前三季度，与上次对标相比，/);
    expect(changesSection({ ...still, previousPeriod: '' }, Q3, 'en-US').heading).toBe(
      'Since the last check-in',
    );
  });
});

test('as narrative blocks: a numbered first-level heading and the paragraphs', () => {
  const blocks = buildChangesNarrative(changes, Q3, 'zh-CN', 3);
  expect(blocks[0]).toEqual({ kind: 'heading1', text: '三、与上次对标（第二季度）相比的变化情况' });
  expect(blocks.slice(1).every((b) => b.kind === 'paragraph')).toBe(true);
  expect(blocks).toHaveLength(3);
  expect(buildChangesNarrative(changes, Q3, 'en-US', 2)[0].text).toBe('2. Since the last check-in (Q2)');
});

test('period codes of the history read as people say them', () => {
  expect(periodCodeLabel('Q1', 'zh-CN')).toBe('第一季度');
  expect(periodCodeLabel('M7', 'zh-CN')).toBe('7月');
  expect(periodCodeLabel('M7', 'en-US')).toBe('July');
  expect(periodCodeLabel('FY', 'zh-CN')).toBe('全年');
});

describe('previous status column', () => {
  test('labels per indicator, 新增 / New where the indicator is new', () => {
    const zh = previousStatusColumn(q3, changes, 'zh-CN');
    expect(zh.column).toMatchObject({ key: 'previousStatus', header: '上次状态', kind: 'text' });
    expect(zh.values).toEqual(['序时推进', '严重滞后', '序时推进', '新增']);
    const en = previousStatusColumn(q3, changes, 'en-US');
    expect(en.column.header).toBe('Previous status');
    expect(en.values).toEqual(['On track', 'At risk', 'On track', 'New']);
    expect(en.column.width).toBeGreaterThanOrEqual('Previous status'.length);
  });

  test('inserted before the status column, formats kept in step', () => {
    const table: ReportTable = {
      name: 'Attention',
      caption: '表2',
      columns: [
        { key: 'name', header: '指标', kind: 'text', width: 10 },
        { key: 'pace', header: '进度', kind: 'percent', numFmt: '0.0%', width: 8 },
        { key: 'status', header: '状态', kind: 'status', width: 8 },
        { key: 'owner', header: '责任部门', kind: 'text', width: 8 },
      ],
      rows: [
        ['科技下乡', 0.8, '进度滞后', '科普部'],
        ['新增指标', 0.4, '严重滞后', null],
      ],
      rowStatus: ['behind', 'at_risk'],
      numFmts: [
        [null, '0.0%', null, null],
        [null, '0.0%', null, null],
      ],
    };
    const out = addPreviousStatusColumn(table, [q3[0], q3[3]], changes, 'zh-CN');
    expect(out.columns.map((c) => c.key)).toEqual(['name', 'pace', 'previousStatus', 'status', 'owner']);
    expect(out.rows).toEqual([
      ['科技下乡', 0.8, '序时推进', '进度滞后', '科普部'],
      ['新增指标', 0.4, '新增', '严重滞后', null],
    ]);
    expect(out.numFmts).toEqual([
      [null, '0.0%', null, null, null],
      [null, '0.0%', null, null, null],
    ]);
    expect(out.rowStatus).toEqual(['behind', 'at_risk']);
    // The input table is not changed.
    expect(table.columns).toHaveLength(4);
  });
});

describe('trend chart', () => {
  const q1 = q2.map((e) => ({ ...e, completion: (e.completion ?? 0) / 2 }));
  const snap = (evals: typeof q2, p: string): CheckInSnapshot => snapshotFromEvaluations(evals, p, 't');

  test('one check-in: no chart', () => {
    expect(trendChartSpec(completionTrend([snap(q3, 'Q3')]), 'zh-CN')).toBeNull();
    expect(trendChartSpec(completionTrend([]), 'en-US')).toBeNull();
  });

  test('three check-ins: a line per category over the periods, percent axis', () => {
    let history: CheckInSnapshot[] = [];
    history = recordCheckIn(history, snap(q3, 'Q3'));
    history = recordCheckIn(history, snap(q1, 'Q1'));
    history = recordCheckIn(history, snap(q2, 'Q2'));
    const chart = trendChartSpec(completionTrend(history), 'zh-CN');
    expect(chart).not.toBeNull();
    expect(chart).toMatchObject({
      id: 'completion-trend',
      type: 'line',
      categories: ['第一季度', '第二季度', '第三季度'],
      percentAxis: true,
      referenceLine: { value: 1 },
    });
    expect(chart?.series.map((s) => s.name)).toEqual(['职能目标任务', '党的建设']);
    expect(chart?.series[0].values).toEqual([0.2917, 0.5833, 0.75]);
    // 党的建设 in Q3: 整改措施 100%, 新增指标 20% → 60%.
    expect(chart?.series[1].values).toEqual([0.25, 0.5, 0.6]);
    expect(new Set(chart?.series.map((s) => s.color)).size).toBe(2);
    const en = trendChartSpec(completionTrend(history), 'en-US');
    expect(en?.categories).toEqual(['Q1', 'Q2', 'Q3']);
    expect(en?.title).toBe('Average completion by category over the check-ins');
  });

  test('month check-ins of a year from April are labelled by their calendar month', () => {
    const trend = { periods: ['M1', 'M2'], categories: [null], values: [[0.1, 0.2]] };
    expect(trendChartSpec(trend, 'en-US', 4)?.categories).toEqual(['April', 'May']);
    expect(trendChartSpec(trend, 'zh-CN', 4)?.categories).toEqual(['4月', '5月']);
    // A calendar year: month 1 is January.
    expect(trendChartSpec(trend, 'en-US')?.categories).toEqual(['January', 'February']);
  });

  test('a category missing at one check-in gives a gap (null), never NaN', () => {
    const chart = trendChartSpec(
      {
        periods: ['Q1', 'Q2'],
        categories: [null, 'B'],
        values: [
          [0.5, 0.7],
          [null, 0.4],
        ],
      },
      'en-US',
    );
    expect(chart?.series).toEqual([
      expect.objectContaining({ name: 'Other indicators', values: [0.5, 0.7] }),
      expect.objectContaining({ name: 'B', values: [null, 0.4] }),
    ]);
    const uncategorised = trendChartSpec(
      { periods: ['Q1', 'Q2'], categories: [null], values: [[0.5, 0.7]] },
      'zh-CN',
    );
    expect(uncategorised?.series[0].name).toBe('全部指标');
  });
});

describe('property: no text holds NaN, undefined, null, empty brackets or doubled punctuation', () => {
  const names = [
    '科技下乡',
    '培训农民（县区）',
    'Training, field',
    '',
    ' ',
    'null',
    'NaN',
    '（）',
    '整改措施，',
    '“”',
    'a..b',
    '一、宣传',
  ];
  const categories = [null, '一、职能目标任务', '党的建设', '', 'undefined', '（二）', 'Outreach'];
  const statusArb = fc.constantFrom(...STATUSES);
  const changeArb: fc.Arbitrary<StatusChange> = fc.record({
    key: fc.string(),
    name: fc.constantFrom(...names),
    category: fc.constantFrom(...categories),
    before: statusArb,
    after: statusArb,
  });
  const ratioArb = fc.oneof(
    fc.double({ min: -2, max: 5, noNaN: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, 1),
  );
  const changesArb: fc.Arbitrary<ChangesSinceLastCheckIn> = fc.record({
    previousPeriod: fc.constantFrom('Q1', 'Q2', 'Q3', 'M1', 'M11', 'FY', '', 'xx', 'null'),
    newlyBehind: fc.array(changeArb, { maxLength: 4 }),
    recovered: fc.array(changeArb, { maxLength: 4 }),
    newlyAchieved: fc.array(changeArb, { maxLength: 4 }),
    categoryPace: fc.array(
      fc.record({ category: fc.constantFrom(...categories), before: ratioArb, after: ratioArb }),
      { maxLength: 4 },
    ),
    previousStatus: fc
      .array(fc.tuple(fc.string(), statusArb), { maxLength: 3 })
      .map((pairs) => new Map<string, Status>(pairs)),
  });
  const periodArb: fc.Arbitrary<Period> = fc.oneof(
    fc.constantFrom<Period>({ kind: 'year' }),
    fc.integer({ min: 1, max: 4 }).map((q) => ({ kind: 'quarter', quarter: q }) as Period),
    fc.integer({ min: 1, max: 12 }).map((m) => ({ kind: 'month', month: m }) as Period),
  );
  const langArb = fc.constantFrom<Lang>('zh-CN', 'en-US');

  test('changes sections', () => {
    fc.assert(
      fc.property(changesArb, periodArb, langArb, (c, p, lang) => {
        const texts = allTexts(changesSection(c, p, lang));
        const found = texts.flatMap(junk);
        expect(found).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('trend charts', () => {
    const trendArb = fc
      .record({
        periods: fc.uniqueArray(fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'M5', 'FY'), { maxLength: 5 }),
        categories: fc.uniqueArray(fc.constantFrom(...categories), { maxLength: 4 }),
      })
      .chain(({ periods, categories: cats }) =>
        fc
          .array(
            fc.array(fc.oneof(ratioArb, fc.constant(null)), {
              minLength: periods.length,
              maxLength: periods.length,
            }),
            {
              minLength: cats.length,
              maxLength: cats.length,
            },
          )
          .map((values) => ({ periods, categories: cats, values })),
      );
    fc.assert(
      fc.property(trendArb, langArb, (trend, lang) => {
        const chart = trendChartSpec(trend, lang);
        if (trend.periods.length < 2) expect(chart).toBeNull();
        if (!chart) return;
        const texts = [
          chart.title,
          chart.valueAxisTitle ?? 'x',
          ...chart.categories,
          ...chart.series.map((s) => s.name),
        ];
        expect(texts.flatMap(junk)).toEqual([]);
        for (const s of chart.series) {
          expect(s.values).toHaveLength(trend.periods.length);
          for (const v of s.values) expect(v === null || Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
