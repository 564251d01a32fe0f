import fc from 'fast-check';
import {
  type Approximation,
  DEFAULT_THRESHOLDS,
  type Direction,
  type Evaluation,
  type Lang,
  type NarrativeBlock,
  type Period,
  type Quantity,
  type Status,
  type StatusCounts,
  STATUSES,
} from '../../src/engine/model';
import { expectNoJunk } from '../support/text';
import { buildNarrative, type NarrativeInput } from '../../src/engine/wording/narrative';

// ───────────────────────────── Helpers ─────────────────────────────

interface Spec {
  name: string;
  status: Status;
  category?: string | null;
  unit?: string | null;
  owner?: string | null;
  direction?: Direction;
  aggregation?: 'sum' | 'last' | 'average';
  target?: number | null;
  actual?: number | null;
  expected?: number | null;
  approx?: Approximation | null;
  percent?: boolean;
  actualText?: string | null;
  sheet?: string;
  id?: string | null;
  row?: number;
  /** The office's own completion (完成率), when it differs from actual / target or has no target. */
  completion?: number | null;
  kind?: Evaluation['kind'];
}

function quantity(
  v: number | null | undefined,
  approx: Approximation | null,
  percent: boolean,
): Quantity | null {
  return v === null || v === undefined ? null : { value: v, approximation: approx, percent };
}

function ev(s: Spec): Evaluation {
  const target = quantity(s.target, null, s.percent ?? false);
  const actual = quantity(s.actual, s.approx ?? null, s.percent ?? false);
  const expected = s.expected ?? null;
  return {
    indicator: {
      key: `|${s.sheet ?? '目标任务'}|${s.id ?? s.name}`,
      sheet: s.sheet ?? '目标任务',
      row: s.row ?? 5,
      id: s.id ?? null,
      category: s.category ?? null,
      name: s.name,
      measureUnit: s.unit ?? null,
      directionCell: null,
      aggregationCell: null,
      target: null,
      milestoneTargets: null,
      actuals: { kind: 'none' },
      owner: s.owner ?? null,
      notes: null,
    },
    direction: s.direction ?? 'higher',
    aggregation: s.aggregation ?? 'sum',
    target,
    targetText: s.direction === 'milestone' ? '完成' : null,
    actual,
    actualText: s.actualText ?? null,
    expected,
    completion:
      s.completion !== undefined ? s.completion : target && actual ? actual.value / target.value : null,
    pace: expected && actual ? actual.value / expected : null,
    status: s.status,
    diagnostics: [],
    ...(s.kind ? { kind: s.kind } : {}),
  };
}

function countsOf(evals: readonly Evaluation[]): StatusCounts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const e of evals) byStatus[e.status] += 1;
  return { total: evals.length, byStatus };
}

const Q3: Period = { kind: 'quarter', quarter: 3 };

function narrate(
  evals: readonly Evaluation[],
  lang: Lang,
  extra: Partial<NarrativeInput['options']> = {},
  title = '商洛市科学技术协会2019年第三季度目标任务对标报告',
): NarrativeBlock[] {
  return buildNarrative({
    evaluations: evals,
    counts: countsOf(evals),
    options: {
      lang,
      period: Q3,
      thresholds: DEFAULT_THRESHOLDS,
      unitName: '商洛市科学技术协会',
      year: 2019,
      date: '2019-10-08',
      ...extra,
    },
    title,
  });
}

const texts = (blocks: readonly NarrativeBlock[], kind?: NarrativeBlock['kind']): string[] =>
  blocks.filter((b) => !kind || b.kind === kind).map((b) => b.text);

/** What must never appear in any generated text. */
const expectClean = (text: string): void => expectNoJunk(text);

/** The sample: 12 indicators in two categories and one without a category, as at Q3. */
function sample(): Evaluation[] {
  return [
    ev({
      name: '科技下乡',
      category: '职能目标任务',
      unit: '场次',
      target: 150,
      actual: 184,
      expected: 112.5,
      status: 'achieved',
      owner: '科普部',
    }),
    ev({
      name: '培训群众',
      category: '职能目标任务',
      unit: '人次',
      target: 25000,
      actual: 28000,
      expected: 18750,
      status: 'achieved',
      owner: '科普部',
    }),
    ev({
      name: '科普惠农服务站',
      category: '职能目标任务',
      unit: '个',
      target: 46,
      actual: 30,
      expected: 34.5,
      status: 'behind',
      owner: '科普部',
    }),
    ev({
      name: '科技人员继续教育',
      category: '职能目标任务',
      unit: '场次',
      target: 24,
      actual: 20,
      expected: 18,
      status: 'on_track',
      owner: '学会部',
      approx: { text: '20多', marker: '多' },
    }),
    ev({
      name: '争取中省资金',
      category: '职能目标任务',
      unit: '万元',
      target: 200,
      actual: 100,
      expected: 150,
      status: 'at_risk',
      owner: '办公室',
    }),
    ev({
      name: '发放科普资料',
      category: '职能目标任务',
      unit: '份',
      target: 200000,
      actual: 160000,
      expected: 150000,
      status: 'on_track',
      owner: '科普部',
    }),
    ev({
      name: '党组成立',
      category: '党的建设',
      direction: 'milestone',
      actualText: '已完成',
      status: 'achieved',
    }),
    ev({
      name: '巡察整改',
      category: '党的建设',
      direction: 'milestone',
      actualText: '推进中',
      status: 'on_track',
    }),
    ev({
      name: '制度汇编',
      category: '党的建设',
      direction: 'milestone',
      actualText: '未开始',
      status: 'behind',
      owner: '办公室',
    }),
    ev({
      name: '违纪案件',
      category: '党的建设',
      direction: 'lower',
      unit: '件',
      target: 2,
      actual: 1,
      expected: 1.5,
      status: 'on_track',
    }),
    ev({ name: '科普画廊', unit: '个', target: 10, status: 'no_data', owner: '科普部' }),
    ev({ name: '学会年会', unit: '次', actual: 3, status: 'invalid' }),
  ];
}

// ───────────────────────────── zh-CN ─────────────────────────────

describe('narrative zh-CN', () => {
  const blocks = narrate(sample(), 'zh-CN');
  const all = texts(blocks);
  const paragraphs = texts(blocks, 'paragraph');

  it('starts with title and the period line', () => {
    expect(blocks[0]).toEqual({ kind: 'title', text: '商洛市科学技术协会2019年第三季度目标任务对标报告' });
    expect(blocks[1].kind).toBe('subtitle');
    expect(blocks[1].text).toContain('2019年前三季度');
    expect(blocks[1].text).toContain('2019年10月8日');
  });

  it('opening paragraph: totals and shares per status, overall completion, what stands out', () => {
    const opening = paragraphs[0];
    expect(opening).toContain(
      '2019年前三季度，共监测目标任务12项，其中已完成年度目标3项、占25.0%，序时推进4项、占33.3%，进度滞后2项、占16.7%，严重滞后1项、占8.3%，暂无数据1项、占8.3%，数据有误1项、占8.3%。',
    );
    // no "未完成" part when none missed
    expect(opening).not.toContain('未完成年度目标0项');
    // overall completion: achieved + on track among the 10 with complete data
    expect(opening).toContain('在数据完整的10项目标任务中，已完成或达到序时进度的7项、占70.0%。');
    // what stands out: the category with the largest share behind
    expect(opening).toContain('从类别看，职能目标任务方面进度相对滞后，6项中有2项落后于序时进度或未完成。');
  });

  it('names said without their notes’ marks ([1], a trailing *) or a form’s slot label (指标1：)', () => {
    const named = [
      ev({
        name: 'Data projects completed [3]',
        unit: 'projects',
        target: 5,
        actual: 14,
        status: 'achieved',
        kind: 'amount',
      }),
      ev({
        name: '指标1：完成中型灌区节水改造项目数量',
        unit: '个',
        target: 1,
        actual: 1,
        status: 'achieved',
        kind: 'amount',
      }),
      ev({
        name: 'Tenants satisfied with repairs*',
        unit: '%',
        target: 80,
        actual: 85,
        status: 'achieved',
        kind: 'amount',
      }),
    ];
    const en = texts(narrate(named, 'en-US')).join('\n');
    expect(en).toContain('Data projects completed reached 14');
    expect(en).not.toMatch(/\[3\]|repairs\*/);
    const zh = texts(narrate(named, 'zh-CN')).join('\n');
    expect(zh).toContain('完成中型灌区节水改造项目数量');
    expect(zh).not.toContain('指标1');
  });

  it('the overall share counts the rows rated: one not rated is left out, and the words say so', () => {
    const withUnrated = [
      ...sample(),
      ev({ name: '科普经费', unit: '万元', target: 0, actual: 0, status: 'not_rated', kind: 'amount' }),
    ];
    const zh = texts(narrate(withUnrated, 'zh-CN'), 'paragraph')[0];
    expect(zh).toContain('在参与评价的10项目标任务中，已完成或达到序时进度的7项、占70.0%。');
    const en = texts(narrate(withUnrated, 'en-US'), 'paragraph')[0];
    expect(en).toContain(
      'Of the 10 targets rated, 7 (70.0%) have achieved the annual target or are on pace.',
    );
  });

  it('one numbered section per category in order of first appearance, uncategorised last', () => {
    expect(texts(blocks, 'heading1')).toEqual([
      '一、职能目标任务完成情况',
      '二、党的建设任务完成情况',
      '三、其他目标任务完成情况',
      '四、存在问题和下一步打算',
    ]);
  });

  it('category section: actual against target with units, grouped by status, biggest over-achievement and gap', () => {
    const start = blocks.findIndex((b) => b.text === '一、职能目标任务完成情况');
    const section = texts(
      blocks.slice(
        start + 1,
        blocks.findIndex((b) => b.text.startsWith('二、')),
      ),
    );
    const joined = section.join('\n');
    expect(section[0]).toContain(
      '本部分共有目标任务6项，其中已完成年度目标2项，序时推进2项，进度滞后1项，严重滞后1项。',
    );
    expect(section[0]).toContain('科技下乡超额完成幅度最大，完成年度目标的122.7%');
    expect(section[0]).toContain('争取中省资金差距最大，落后序时进度25.0个百分点');
    expect(joined).toContain(
      '已完成年度目标的有2项：科技下乡完成184场次，为年度目标150场次的122.7%；培训群众完成2.8万人次，为年度目标2.5万人次的112.0%。',
    );
    expect(joined).toContain('发放科普资料完成16万份，为年度目标20万份的80.0%、序时目标15万份的106.7%');
    expect(joined).toContain(
      // A pace target of whole things is shown whole (34.5个 → 35个); the pace stays exact (30 / 34.5).
      '进度滞后的有1项：科普惠农服务站完成30个，为年度目标46个的65.2%、序时目标35个的87.0%。',
    );
    expect(joined).toContain('严重滞后的有1项：争取中省资金完成100万元，为年度目标200万元的50.0%');
  });

  it('approximate inputs stay as written', () => {
    const joined = all.join('\n');
    expect(joined).toContain('科技人员继续教育完成20多场次（按20场次计）');
    expect(joined).not.toMatch(/继续教育完成20场次/);
  });

  it('milestones: 已完成 / 正在推进 / 尚未开始; lower-is-better under its ceiling', () => {
    const joined = all.join('\n');
    expect(joined).toContain('完成类任务中，党组成立已完成，巡察整改正在推进，制度汇编尚未开始。');
    // A pace ceiling of whole things is shown whole, rounded down (1.5件 → 1件).
    expect(joined).toContain('违纪案件为1件，未超过序时控制值1件');
  });

  it('no-data and invalid indicators are named briefly', () => {
    const joined = all.join('\n');
    expect(joined).toContain('学会年会数据有误，科普画廊暂无数据。');
    expect(joined).toContain(
      '此外，学会年会数据有误，科普画廊暂无数据，有关单元格已在数据检查中列出，请核对后重新对标。',
    );
  });

  it('存在问题: every indicator behind, ordered by gap, with unit gaps, 个百分点 and 责任部门', () => {
    const i = blocks.findIndex((b) => b.text === '四、存在问题和下一步打算');
    const problems = texts(blocks.slice(i + 1), 'paragraph');
    expect(problems[0]).toBe('2019年前三季度，有3项目标任务进度滞后或未完成，按差距由大到小排列如下：');
    expect(problems[1]).toBe(
      '（一）争取中省资金进度严重滞后。2019年前三季度完成100万元，为年度目标200万元的50.0%，落后序时进度25.0个百分点，较序时目标150万元差50万元，距年度目标还差100万元。责任部门：办公室。',
    );
    expect(problems[2]).toBe(
      '（二）科普惠农服务站进度滞后。2019年前三季度完成30个，为年度目标46个的65.2%，落后序时进度9.8个百分点，较序时目标35个差5个，距年度目标还差16个。责任部门：科普部。',
    );
    // a milestone has no numeric gap: listed after the numeric ones
    expect(problems[3]).toBe('（三）制度汇编尚未开始。2019年前三季度填报情况为“未开始”。责任部门：办公室。');
    expect(problems[problems.length - 1]).toMatch(/^下一步，各责任部门要针对进度滞后的目标任务认真分析原因/);
    expect(problems[problems.length - 1]).toMatch(/同时，及时补齐和更正有关数据，确保对标结果准确。$/);
  });

  it('ends with the issuing body and the date as signature blocks', () => {
    expect(blocks.slice(-2)).toEqual([
      { kind: 'signature', text: '商洛市科学技术协会' },
      { kind: 'signature', text: '2019年10月8日' },
    ]);
  });

  it('every text is clean', () => {
    all.forEach(expectClean);
  });
});

// ───────────────────────────── en-US ─────────────────────────────

describe('narrative en-US', () => {
  const blocks = narrate(sample(), 'en-US');
  const all = texts(blocks);
  const joined = all.join('\n');

  it('opening paragraph mirrors zh-CN', () => {
    const opening = texts(blocks, 'paragraph')[0];
    expect(opening).toContain(
      'As of Q3 2019, 12 targets were monitored: 3 achieved (25.0%), 4 on track (33.3%), 2 behind pace (16.7%), 1 at risk (8.3%), 1 with no data (8.3%) and 1 with invalid data (8.3%).',
    );
    expect(opening).toContain(
      'Of the 10 targets with complete data, 7 (70.0%) have achieved the annual target or are on pace.',
    );
    expect(opening).toContain(
      'By category, 职能目标任务 is furthest behind, with 2 of 6 targets behind pace or missed.',
    );
  });

  it('sections and wording', () => {
    expect(texts(blocks, 'heading1')).toEqual([
      '1. 职能目标任务',
      '2. 党的建设',
      '3. Other targets',
      '4. Issues and next steps',
    ]);
    expect(joined).toContain(
      '培训群众 reached 28,000 person-times, 112.0% of the annual target of 25,000 person-times',
    );
    expect(joined).toContain(
      '发放科普资料 reached 160,000 copies, 80.0% of the annual target of 200,000 copies',
    );
    expect(joined).toContain('科技下乡 exceeded its annual target by the widest margin, at 122.7% of target');
    expect(joined).toContain('争取中省资金 shows the biggest gap, 25.0 percentage points behind pace');
    expect(joined).toContain('科技人员继续教育 reached more than 20 sessions (counted as 20 sessions)');
    expect(joined).toContain(
      'Milestone tasks completed: 党组成立; in progress: 巡察整改; not started: 制度汇编.',
    );
  });

  it('issues ordered by gap with percentage points and the responsible department', () => {
    const i = blocks.findIndex((b) => b.text === '4. Issues and next steps');
    const problems = texts(blocks.slice(i + 1), 'paragraph');
    expect(problems[1]).toMatch(/^\(a\) 争取中省资金: at risk/);
    expect(problems[1]).toContain('25.0 percentage points behind pace');
    expect(problems[1]).toContain(
      'RMB 500,000 short of the pace target of RMB 1.5 million and RMB 1 million short of the annual target',
    );
    expect(problems[1]).toMatch(/Responsible: 办公室\.$/);
    expect(problems[2]).toMatch(/^\(b\) 科普惠农服务站: behind pace/);
    expect(problems[3]).toMatch(/^\(c\) 制度汇编: not started/);
    expect(problems[problems.length - 1]).toMatch(
      /missing data should also be filled in and invalid data corrected\.$/,
    );
  });

  it('signature and cleanliness', () => {
    expect(blocks.slice(-2).map((b) => b.text)).toEqual(['商洛市科学技术协会', '8 October 2019']);
    all.forEach(expectClean);
  });
});

// ───────────────────────────── Edge cases ─────────────────────────────

describe('narrative edge cases', () => {
  it('every row on pace: the opening says it once', () => {
    const evals = [
      ev({ name: '科技下乡', unit: '场次', target: 150, actual: 120, expected: 112.5, status: 'on_track' }),
      ev({ name: '科普培训', unit: '期', target: 200, actual: 160, expected: 150, status: 'on_track' }),
    ];
    const opening = texts(narrate(evals, 'zh-CN'), 'paragraph')[0];
    expect(opening).toContain('总体看，已完成或达到序时进度的目标任务共2项、占100.0%。');
    expect(opening).not.toContain('有数据的目标任务均已完成或达到序时进度');
    const en = texts(narrate(evals, 'en-US'), 'paragraph')[0];
    expect(en).toContain('Overall, 2 of 2 targets (100.0%) have achieved the annual target or are on pace.');
    expect(en).not.toContain('All targets with data');
  });

  it('at the year end, the weakest category is the one with the most targets missed', () => {
    const evals = [
      ev({ name: '科技下乡', category: '职能', unit: '场次', target: 150, actual: 120, status: 'missed' }),
      ev({ name: '科普培训', category: '职能', unit: '期', target: 200, actual: 210, status: 'achieved' }),
      ev({ name: '党建', category: '党建', unit: '次', target: 12, actual: 12, status: 'achieved' }),
      ev({ name: '学习', category: '党建', unit: '次', target: 12, actual: 13, status: 'achieved' }),
    ];
    const year = { period: { kind: 'year' } as const };
    const zh = texts(narrate(evals, 'zh-CN', year)).join('\n');
    expect(zh).toContain('从类别看，职能方面完成情况相对较差，2项中有1项未完成年度目标。');
    expect(zh).not.toContain('序时');
    const en = texts(narrate(evals, 'en-US', year)).join('\n');
    expect(en).toContain('By category, 职能 is furthest behind, with 1 of 2 targets missed.');
  });

  it('nothing behind: one sentence says so, next steps keep the pace', () => {
    const evals = [
      ev({ name: '科技下乡', unit: '场次', target: 150, actual: 120, expected: 112.5, status: 'on_track' }),
      ev({ name: '科普培训', unit: '期', target: 200, actual: 256, expected: 150, status: 'achieved' }),
    ];
    const zh = texts(narrate(evals, 'zh-CN'));
    expect(zh).toContain(
      '2019年前三季度，有数据的目标任务均已完成或达到序时进度，未发现进度滞后的目标任务。',
    );
    expect(zh.join('\n')).toContain('下一步，将持续跟踪各项目标任务进展');
    expect(zh.join('\n')).not.toContain('更正有关数据');
    // no categories at all: a single section without "其他"
    expect(zh).toContain('一、目标任务完成情况');
    expect(zh.join('\n')).toContain('其中，科普培训超额完成幅度最大，完成年度目标的128.0%。');
    const en = texts(narrate(evals, 'en-US'));
    expect(en).toContain(
      'As of Q3 2019, every target with data has achieved the annual target or is on pace; none is behind.',
    );
    expect(en).toContain('1. Progress on targets');
  });

  it('nothing rated: no target was met, so none is said to be; the next steps only follow the figures', () => {
    const evals = [
      ev({ name: '地区生产总值', unit: '亿元', target: null, actual: 226.4, status: 'not_rated' }),
      ev({ name: '规模以上工业增加值', unit: '亿元', target: null, actual: 80.1, status: 'not_rated' }),
    ];
    const year = { period: { kind: 'year' } as const };
    const zh = texts(narrate(evals, 'zh-CN', year)).join('\n');
    expect(zh).toContain('所列指标均未设目标或不作评价，暂无可对标的目标任务');
    expect(zh).toContain('下一步，将持续跟踪各项指标运行情况。');
    expect(zh).not.toMatch(/均已完成|巩固工作成效|再上新台阶/);
    const en = texts(narrate(evals, 'en-US', year)).join('\n');
    expect(en).toContain('none of the indicators has a target to check against');
    expect(en).toContain('Next, the indicators will continue to be monitored.');
    expect(en).not.toMatch(/every target with data|experience will be summed up/);
    // Rows with targets but no figures beside them: no data, with the figures to fill in.
    const missing = [
      ...evals,
      ev({ name: '一般公共预算收入', unit: '亿元', target: 50, actual: null, status: 'no_data' }),
    ];
    const zh2 = texts(narrate(missing, 'zh-CN', year)).join('\n');
    expect(zh2).toContain('尚无可对标的完成数据');
    expect(zh2).toContain('下一步，将及时补齐有关数据，确保对标结果准确。');
    expect(zh2).not.toMatch(/均已完成|所列指标均未设目标/);
  });

  it('quotes the rate the sheet prints to a tenth of a point, worked from figures it rounded; a whole per cent is the ratio rounded', () => {
    const year = { period: { kind: 'year' } as const };
    const printed = ev({
      name: '省重点建设项目',
      unit: '亿元',
      target: 266,
      actual: 234,
      completion: 0.879,
      status: 'missed',
    });
    const zh = texts(narrate([printed], 'zh-CN', year)).join('\n');
    expect(zh).toContain('为年度目标266亿元的87.9%');
    expect(zh).not.toContain('88.0%');
    // 35 of 60 printed as 58%: the ratio, 58.3%, not "58.0%".
    const whole = ev({
      name: 'Construction Inspections',
      target: 60,
      actual: 35,
      completion: 0.58,
      status: 'missed',
    });
    const en = texts(narrate([whole], 'en-US', year)).join('\n');
    expect(en).toContain('58.3% of the annual target of 60');
    // A printed rate far from the ratio (another measure) is not taken for it.
    const other = ev({
      name: '县重点项目',
      unit: '亿元',
      target: 67.9,
      actual: 7.7,
      completion: 0.2,
      status: 'at_risk',
    });
    expect(texts(narrate([other], 'zh-CN', year)).join('\n')).toContain('为年度目标67.9亿元的11.3%');
  });

  it('at the fourth quarter, the year’s end as the statuses take it, speaks of the year’s targets, not of pace', () => {
    const evals = [
      ev({ name: '城镇新增就业', unit: '人', target: 5000, actual: 5200, status: 'achieved' }),
      ev({ name: '新建养老床位', unit: '张', target: 300, actual: 240, status: 'missed' }),
    ];
    const q4 = { period: { kind: 'quarter', quarter: 4 } as const };
    const zh = texts(narrate(evals, 'zh-CN', q4)).join('\n');
    expect(zh).toContain('有1项目标任务未完成年度目标');
    expect(zh).not.toMatch(/进度滞后或未完成|序时进度|加快工作进度/);
    const en = texts(narrate(evals, 'en-US', q4)).join('\n');
    expect(en).toContain('1 target missed the annual target');
    expect(en).not.toMatch(/behind pace|on pace/);
  });

  it('targets only: the problems section says how many have no result yet, without naming them twice', () => {
    const evals = [
      ev({ name: '研发经费投入增长', unit: '%', target: 10, actual: null, status: 'no_data' }),
      ev({ name: '孵化载体总数', unit: '个', target: 17, actual: null, status: 'no_data' }),
      ev({ name: '进出口贸易总额', unit: '亿元', target: 10.2, actual: null, status: 'no_data' }),
    ];
    const year = { period: { kind: 'year' } as const };
    const zh = texts(narrate(evals, 'zh-CN', year));
    expect(zh).toContain('2019年全年，所列3项目标任务均尚无完成数据，暂无可对标的结果。');
    // Named once, by their category, not again under the problems with 此外.
    expect(zh.filter((p) => p.includes('孵化载体总数'))).toHaveLength(1);
    expect(zh.join('\n')).not.toContain('此外');
    expect(zh).toContain('下一步，将及时补齐有关数据，确保对标结果准确。');
    const en = texts(narrate(evals, 'en-US', year));
    expect(en.join('\n')).toContain(
      'none of the 3 targets has an actual yet, so there is nothing to check against.',
    );
    expect(en.filter((p) => p.includes('孵化载体总数'))).toHaveLength(1);
    // One row: the row, not "all 1".
    const one = texts(narrate(evals.slice(0, 1), 'zh-CN', year)).join('\n');
    expect(one).toContain('该项目标任务尚无完成数据');
    // With a row judged, the rows without data are still listed among the problems.
    const mixed = [
      ...evals,
      ev({ name: '孵化面积', unit: '万平方米', target: 10, actual: 12, status: 'achieved' }),
    ];
    const zh2 = texts(narrate(mixed, 'zh-CN', year));
    expect(zh2.join('\n')).toContain('此外，');
    expect(zh2.filter((p) => p.includes('孵化载体总数'))).toHaveLength(2);
  });

  it('full year: 完成年度目标 / 未完成年度目标, no pace target, 全年', () => {
    const evals = [
      ev({
        name: '科技下乡',
        unit: '场次',
        target: 150,
        actual: 184,
        expected: 150,
        status: 'achieved',
        category: '职能',
      }),
      ev({
        name: '培训农民',
        unit: '人',
        target: 12000,
        actual: 10120,
        expected: 12000,
        status: 'missed',
        category: '职能',
        owner: '科普部',
      }),
    ];
    const zh = texts(narrate(evals, 'zh-CN', { period: { kind: 'year' } }));
    const joined = zh.join('\n');
    expect(zh[1]).toMatch(/^2019年全年/);
    expect(joined).toContain(
      '2019年全年，共监测目标任务2项，其中已完成年度目标1项、占50.0%，未完成年度目标1项、占50.0%。',
    );
    expect(joined).toContain('未完成年度目标的有1项：培训农民完成1.01万人，为年度目标1.2万人的84.3%。');
    expect(joined).toContain(
      '（一）培训农民未完成年度目标。2019年全年完成1.01万人，为年度目标1.2万人的84.3%，距年度目标还差1880人。责任部门：科普部。',
    );
    // At the year's end no pace is left: the gap is to the target itself, as the share of it done (a count
    // 15.7 "points below target" would read as a rate's).
    expect(joined).toContain('其中，培训农民差距最大，完成年度目标的84.3%。');
    expect(joined).not.toContain('低于目标15.7个百分点');
    expect(joined).not.toContain('序时');
    expect(joined).toContain('下一步，将认真分析未完成目标任务的原因');
    const en = texts(narrate(evals, 'en-US', { period: { kind: 'year' } }));
    expect(en[1]).toMatch(/^For the full year 2019/);
    expect(en.join('\n')).toContain('is furthest behind, at 84.3% of target');
    expect(en.join('\n')).not.toContain('15.7 percentage points below target');
    expect(en.join('\n')).not.toContain('behind pace');
  });

  it('lower-is-better over its ceiling is a problem with the overshoot', () => {
    const evals = [
      ev({
        name: '安全事故',
        unit: '起',
        direction: 'lower',
        target: 4,
        actual: 5,
        expected: 3,
        status: 'missed',
        owner: '办公室',
      }),
    ];
    const joined = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(joined).toContain('安全事故为5起，超出年度控制目标4起');
    expect(joined).toContain(
      '（一）安全事故超出年度控制目标。2019年前三季度为5起，比年度控制目标4起多1起，超出25.0%。责任部门：办公室。',
    );
    // A count is over its ceiling by a share of it; only rates differ by points.
    expect(joined).not.toContain('百分点');
    const en = texts(narrate(evals, 'en-US')).join('\n');
    expect(en).toContain('1 incident above the annual ceiling of 4 incidents, 25.0% over.');
    expect(en).not.toContain('percentage points');
  });

  it('percent indicators: percentages and gaps in percentage points', () => {
    const evals = [
      ev({
        name: '群众满意率',
        unit: '%',
        aggregation: 'last',
        target: 0.95,
        actual: 0.85,
        expected: 0.95,
        percent: true,
        status: 'behind',
        owner: '办公室',
      }),
    ];
    const joined = texts(narrate(evals, 'zh-CN')).join('\n');
    // A share judged as it stands: told against its target in points, never as a share of it (为年度目标
    // 95.0%的89.5%) nor behind a pace it does not have (落后序时进度10.5个百分点).
    expect(joined).toContain('进度滞后的有1项：群众满意率为85%，比目标95%低10.0个百分点。');
    expect(joined).toContain('（一）群众满意率进度滞后。2019年前三季度为85%，比目标95%低10.0个百分点。');
    expect(joined).toContain('其中，群众满意率差距最大，低于目标10.0个百分点。');
    expect(joined).not.toContain('的89.5%');
    expect(joined).not.toContain('落后序时进度');
  });

  it('a share paced through the year: told against its pace target and its annual target in points', () => {
    const evals = [
      ev({
        name: '一般公共预算支出执行率',
        unit: '%',
        aggregation: 'last',
        target: 1,
        actual: 0.68,
        expected: 0.75,
        percent: true,
        status: 'behind',
        owner: '财政局',
      }),
      ev({
        name: '资金到位率',
        unit: '%',
        aggregation: 'last',
        target: 0.95,
        actual: 0.8,
        expected: 0.7125,
        percent: true,
        status: 'on_track',
      }),
    ];
    const zh = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(zh).toContain('资金到位率达到80.0%，比序时目标71.3%高8.8个百分点');
    expect(zh).toContain('一般公共预算支出执行率达到68.0%，比序时目标75.0%低7.0个百分点');
    expect(zh).toContain(
      '2019年前三季度达到68.0%，比序时目标75.0%低7.0个百分点，距年度目标100.0%还差32.0个百分点。',
    );
    expect(zh).not.toMatch(/为年度目标[\d.]+%的/);
    const en = texts(narrate(evals, 'en-US')).join('\n');
    expect(en).toContain('资金到位率 reached 80.0%, 8.8 percentage points above the pace target of 71.3%');
    expect(en).toContain(
      'it reached 68.0%, 7.0 percentage points below the pace target of 75.0% and 32.0 percentage points short of the annual target of 100.0%',
    );
    expect(en).not.toContain('of the annual target of 100.0% and');
  });

  it('same name in two sheets: the sheet is named', () => {
    const evals = [
      ev({ name: '科技下乡', sheet: '商州区', unit: '场次', target: 10, actual: 12, status: 'achieved' }),
      ev({
        name: '科技下乡',
        sheet: '洛南县',
        unit: '场次',
        target: 10,
        actual: 5,
        expected: 7.5,
        status: 'at_risk',
      }),
    ];
    const joined = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(joined).toContain('科技下乡（商州区）完成12场次');
    expect(joined).toContain('（一）科技下乡（洛南县）进度严重滞后。');
  });

  it('same name for two organisations on one sheet: the organisation is named, not the sheet', () => {
    const forOrg = (e: Evaluation, org: string): Evaluation => ({ ...e, indicator: { ...e.indicator, org } });
    const evals = [
      forOrg(
        ev({
          name: 'Current Tenant Arrears %',
          sheet: 'Performance',
          target: 1.96,
          actual: 1.36,
          direction: 'lower',
          status: 'on_track',
        }),
        'SSHA',
      ),
      forOrg(
        ev({
          name: 'Current Tenant Arrears %',
          sheet: 'Performance',
          target: 1.96,
          actual: 1.76,
          direction: 'lower',
          status: 'on_track',
        }),
        'MMHA',
      ),
    ];
    const joined = texts(narrate(evals, 'en-US')).join('\n');
    expect(joined).toContain('Current Tenant Arrears % (SSHA) was 1.36');
    expect(joined).toContain('Current Tenant Arrears % (MMHA) was 1.76');
    expect(joined).not.toContain('(Performance)');
  });

  it('same name twice on one sheet: the rows are named', () => {
    const evals = [
      ev({ name: '科技下乡', row: 5, unit: '场次', target: 10, actual: 12, status: 'achieved' }),
      ev({ name: '科技下乡', row: 9, unit: '场次', target: 10, actual: 11, status: 'achieved' }),
    ];
    const joined = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(joined).toContain('科技下乡（第5行）完成12场次');
    expect(joined).toContain('科技下乡（第9行）完成11场次');
  });

  it('the same name under two numbered items: each is named by the item it is part of', () => {
    // (二)江门重点项目 | 其中:基础设施工程 | 产业工程 | (三)恩平重点项目 | 其中:基础设施工程 | 产业工程
    const part = (name: string, row: number, actual: number, completion: number, status: Status) =>
      ev({ name, row, unit: '亿元', actual, completion, status, kind: 'amount', aggregation: 'last' });
    const evals = [
      ev({
        name: '江门重点项目',
        id: '(二)',
        row: 4,
        unit: '亿元',
        target: 55.28,
        actual: 43.77,
        status: 'on_track',
      }),
      part('其中:基础设施工程', 5, 3.31, 0.3626, 'at_risk'),
      part('产业工程', 6, 23.52, 0.8584, 'on_track'),
      ev({
        name: '恩平重点项目',
        id: '(三)',
        row: 8,
        unit: '亿元',
        target: 57.35,
        actual: 45.22,
        status: 'on_track',
      }),
      part('其中:基础设施工程', 9, 3.64, 0.4656, 'at_risk'),
      part('产业工程', 10, 23.59, 0.8022, 'on_track'),
    ];
    const zh = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(zh).toContain('基础设施工程（江门重点项目）');
    expect(zh).toContain('基础设施工程（恩平重点项目）');
    expect(zh).toContain('产业工程（恩平重点项目）');
    expect(zh).not.toMatch(/第\d+行/);
    const en = texts(narrate(evals, 'en-US')).join('\n');
    expect(en).toContain('产业工程 (江门重点项目)');
  });

  it('rows of one name: told apart by the words of their targets, or by the numbered or "of which" row above', () => {
    // 就业促进行动 | 1、充分就业社区创建18个; — 2、新增技能人才2400人;
    const byTarget = (target: number, actual: number, words: string, row: number) => ({
      ...ev({ name: '(一)就业促进行动', row, unit: '个', target, actual, status: 'achieved' }),
      targetSource: words,
    });
    const zh1 = texts(
      narrate(
        [byTarget(18, 18, '1、充分就业社区创建18个;', 5), byTarget(2400, 2450, '2、新增技能人才2400人;', 6)],
        'zh-CN',
      ),
    ).join('\n');
    expect(zh1).toContain('就业促进行动（充分就业社区创建18个）完成18个');
    expect(zh1).toContain('就业促进行动（新增技能人才2400人）完成2450个');
    expect(zh1).not.toContain('(一)');
    // A target that is a figure with its unit (2.5 days) names nothing: the row does.
    const days = (target: number, row: number) => ({
      ...ev({
        name: 'Bankruptcy',
        row,
        unit: 'days',
        target,
        actual: 3,
        status: 'missed',
        direction: 'lower',
      }),
      targetSource: `${target} days`,
    });
    expect(texts(narrate([days(2.5, 8), days(9, 9)], 'en-US')).join('\n')).toContain('Bankruptcy (row 8)');
    // A standard of a time (94% within 1.5 hours) says more than its figures: it names the row.
    const within = (target: number, words: string, row: number) => ({
      ...ev({
        name: '- for pipe diameter up to 300mm',
        row,
        target,
        actual: 0.99,
        percent: true,
        status: 'achieved',
      }),
      targetSource: words,
    });
    expect(
      texts(
        narrate(
          [within(0.94, '94% within 1.5 hours', 16), within(0.75, '75% within 1 hour and 15 minutes', 17)],
          'en-US',
        ),
      ).join('\n'),
    ).toContain('for pipe diameter up to 300mm (94% within 1.5 hours)');
    // 3、企业所得税40% | 国税征收 | 地税征收 | 4、个人所得税40% | 国税征收 | 地税征收
    const tax = (
      [
        ['3、企业所得税40%', 11],
        ['国税征收', 12],
        ['4、个人所得税40%', 14],
        ['国税征收', 15],
      ] as const
    ).map(([name, row]) =>
      ev({ name, row, unit: '万元', target: 100, actual: 80, expected: 75, status: 'on_track' }),
    );
    const zh2 = texts(narrate(tax, 'zh-CN')).join('\n');
    expect(zh2).toContain('国税征收（企业所得税40%）');
    expect(zh2).toContain('国税征收（个人所得税40%）');
    // 财政总收入 | 其中:税收收入 | 非税收入 | 地方一般公共预算收入 | 其中:税收收入 | 非税收入
    const revenue = [
      '财政总收入',
      '其中:税收收入',
      '非税收入',
      '地方一般公共预算收入',
      '其中:税收收入',
      '非税收入',
    ].map((name, i) =>
      ev({ name, row: 5 + i, unit: '万元', target: 100, actual: 80, expected: 75, status: 'on_track' }),
    );
    const zh3 = texts(narrate(revenue, 'zh-CN')).join('\n');
    expect(zh3).toContain('非税收入（财政总收入）');
    expect(zh3).toContain('税收收入（地方一般公共预算收入）');
    expect(zh3).not.toMatch(/第\d+行/);
  });

  it('rows of one name in categories of their own: told apart by the category, as the table heads them', () => {
    // 7户企业合计 | 利润总额 — 其中:川投集团 | 利润总额 — 化工控股集团 | 利润总额
    const profit = (category: string, row: number, actual: number) =>
      ev({ name: '利润总额', category, row, unit: '万元', target: 50000, actual, status: 'achieved' });
    const zh = texts(
      narrate(
        [
          profit('7户企业合计', 5, 140000),
          profit('其中:川投集团', 7, 64504),
          profit('化工控股集团', 8, 63325),
        ],
        'zh-CN',
      ),
    ).join('\n');
    expect(zh).toContain('利润总额（7户企业合计）完成14亿元');
    expect(zh).toContain('利润总额（川投集团）完成6.45亿元');
    expect(zh).toContain('利润总额（化工控股集团）完成6.33亿元');
    expect(zh).not.toMatch(/第\d+行|其中[:：]/);
    // A bullet before the category or the name, and a count in brackets after the category, go.
    const lgus = (name: string, category: string, row: number) =>
      ev({ name, category, row, target: 6, actual: 4, expected: 3, status: 'on_track' });
    const en = texts(
      narrate(
        [
          lgus('- Province', '- No of LGUs with complete data entry (107 LGUs)', 13),
          lgus('- Province', '- No. of LGUs with e-SLGR submitted', 17),
        ],
        'en-US',
      ),
    ).join('\n');
    expect(en).toContain('Province (No of LGUs with complete data entry) reached 4');
    expect(en).toContain('Province (No. of LGUs with e-SLGR submitted) reached 4');
    expect(en).not.toMatch(/- Province|- No|\(row \d+\)|LGUs\)\) reached/);
    // A long category by its numbered label.
    const pendency = (category: string, row: number) =>
      ev({
        name: 'Average First Action Pendency',
        category,
        row,
        target: 25.4,
        actual: 25.7,
        status: 'missed',
        direction: 'lower',
      });
    const goals = texts(
      narrate(
        [
          pendency('GOAL 1: Optimize Patent Quality and Timeliness', 6),
          pendency('GOAL 2: Optimize Trademark Quality and Timeliness', 11),
        ],
        'en-US',
      ),
    ).join('\n');
    expect(goals).toContain('Average First Action Pendency (GOAL 1)');
    expect(goals).toContain('Average First Action Pendency (GOAL 2)');
    // A category that is an indicator's name too (a row read as a section) names nothing: the rows do.
    const maps = (
      [
        ['不连彩色图则', '亲身领取', 13],
        ['附连彩色图则', '亲身领取', 14],
        ['附连彩色图则', '不连彩色图则', 20],
      ] as const
    ).map(([name, category, row]) =>
      ev({ name, category, row, target: 0.97, actual: 1, percent: true, status: 'achieved' }),
    );
    const zh2 = texts(narrate(maps, 'zh-CN')).join('\n');
    expect(zh2).toContain('附连彩色图则（第14行）');
    expect(zh2).toContain('附连彩色图则（第20行）');
  });

  it('a name loses its Chinese list number as it does its figure one: (一)税收收入, 一、歲入合計; 一般… stays', () => {
    const evals = ['(一)税收收入', '二、歲入合計', '一般公共预算收入'].map((name, i) =>
      ev({ name, row: 5 + i, unit: '万元', target: 100, actual: 80, expected: 75, status: 'on_track' }),
    );
    const zh = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(zh).toContain('税收收入完成80万元');
    expect(zh).toContain('：税收收入完成');
    expect(zh).toContain('；歲入合計完成80万元');
    expect(zh).toContain('；一般公共预算收入完成80万元');
  });

  it("a result beside the office's completion, without a target: both are said", () => {
    const evals = [
      ev({
        name: '产业工程',
        unit: '亿元',
        actual: 23.52,
        completion: 0.8584,
        status: 'on_track',
        kind: 'amount',
        aggregation: 'last',
      }),
      ev({
        name: '森林覆盖率',
        unit: '%',
        actual: 61.2,
        completion: 0.98,
        status: 'on_track',
        kind: 'level',
        aggregation: 'last',
      }),
      ev({ name: '科普活动', actual: null, completion: 0.5, status: 'on_track', kind: 'amount' }),
    ];
    const zh = texts(narrate(evals, 'zh-CN')).join('\n');
    expect(zh).toContain('产业工程完成23.52亿元，完成率为85.8%');
    // Behind the share of the year gone (two thirds at Q3 here, by its pace): by how many points.
    const behind = {
      ...ev({
        name: '基础设施工程',
        unit: '亿元',
        actual: 3.31,
        completion: 0.3626,
        status: 'at_risk',
        kind: 'amount',
      }),
      pace: 0.3626 / 0.75,
    };
    expect(texts(narrate([behind], 'zh-CN')).join('\n')).toContain(
      '基础设施工程完成3.31亿元，完成率为36.3%，落后序时进度38.7个百分点',
    );
    expect(texts(narrate([behind], 'en-US')).join('\n')).toMatch(
      /36\.3% complete, 38\.7 percentage points behind pace/,
    );
    expect(zh).toContain('森林覆盖率达到61.2%，完成率为98.0%');
    expect(zh).toContain('科普活动完成率为50.0%');
    // What must stay low (deaths against 全年控制指标) is, not "is done".
    const ceiling = ev({
      name: '煤矿事故死亡人数',
      unit: '人',
      actual: 1973,
      completion: 0.832,
      status: 'achieved',
      kind: 'amount',
      direction: 'lower',
      aggregation: 'last',
    });
    expect(texts(narrate([ceiling], 'zh-CN')).join('\n')).toContain(
      '煤矿事故死亡人数为1973人，完成率为83.2%',
    );
    expect(texts(narrate([ceiling], 'en-US')).join('\n')).toMatch(
      /煤矿事故死亡人数 was 1,973[^,]*, 83\.2% complete/,
    );
    const en = texts(narrate(evals, 'en-US')).join('\n');
    expect(en).toMatch(/产业工程 was RMB 2\.35 billion, 85\.8% complete/);
    expect(en).toContain('科普活动 was 50.0% complete');
  });

  it('a figure to date against a target of an amount is done (完成), a level is reached (达到)', () => {
    const amount = ev({
      name: '完成投资',
      unit: '亿元',
      target: 3.11,
      actual: 2.53,
      status: 'on_track',
      kind: 'amount',
      aggregation: 'last',
    });
    // A name that opens with the word says it once (完成投资2.53亿元, not 完成投资完成2.53亿元).
    expect(texts(narrate([amount], 'zh-CN')).join('\n')).toContain('完成投资2.53亿元，为年度目标');
    // …and so does one that closes on it (重点建设项目完成投资629亿元, not …完成投资完成629亿元).
    const closing = ev({
      name: '重点建设项目完成投资',
      unit: '亿元',
      target: 3.11,
      actual: 2.53,
      status: 'on_track',
      kind: 'amount',
      aggregation: 'last',
    });
    expect(texts(narrate([closing], 'zh-CN')).join('\n')).toContain(
      '重点建设项目完成投资2.53亿元，为年度目标',
    );
    const named = ev({
      name: '固定资产投资',
      unit: '亿元',
      target: 3.11,
      actual: 2.53,
      status: 'on_track',
      kind: 'amount',
      aggregation: 'last',
    });
    expect(texts(narrate([named], 'zh-CN')).join('\n')).toContain('固定资产投资完成2.53亿元');
    const level = ev({
      name: '床位数',
      unit: '张',
      target: 500,
      actual: 480,
      status: 'on_track',
      kind: 'level',
      aggregation: 'last',
    });
    expect(texts(narrate([level], 'zh-CN')).join('\n')).toContain('床位数达到480张');
  });

  it('no indicators, no unit name, no date, no year: nothing odd', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const blocks = buildNarrative({
        evaluations: [],
        counts: {
          total: 0,
          byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
        },
        options: { lang, period: { kind: 'month', month: 3 }, thresholds: DEFAULT_THRESHOLDS, date: '' },
        title: '',
      });
      texts(blocks).forEach(expectClean);
      expect(blocks.some((b) => b.kind === 'signature')).toBe(false);
      expect(blocks[0].kind).toBe('title');
      expect(blocks[1].text).toBe(lang === 'zh-CN' ? '截至3月底' : 'As of the end of March');
      expect(blocks[2].text).toBe(
        lang === 'zh-CN'
          ? '截至3月底，所选工作表中没有可对标的目标任务。'
          : 'As of the end of March, the selected sheets hold no targets to check.',
      );
    }
  });

  it('empty names, units and owners fall back cleanly', () => {
    const evals = [
      ev({
        name: '  ',
        id: '7',
        unit: '',
        owner: '',
        target: 10,
        actual: 2,
        expected: 7.5,
        status: 'at_risk',
      }),
      ev({ name: '', row: 12, unit: null, target: 10, actual: null, status: 'no_data' }),
    ];
    const zh = texts(narrate(evals, 'zh-CN'));
    zh.forEach(expectClean);
    const joined = zh.join('\n');
    expect(joined).toContain('（一）序号7指标进度严重滞后。2019年前三季度完成2，为年度目标10的20.0%');
    expect(joined).not.toContain('责任部门：');
    expect(joined).toContain('第12行指标暂无数据');
  });
});

// ───────────────────────────── Property ─────────────────────────────

describe('narrative property: every generated text is clean', () => {
  const word = fc.stringMatching(/^[甲乙丙丁科技下乡培训 ，。、（）()a-z0-9.,]{0,8}$/);
  const approximation = fc.option(
    fc.record({
      text: fc.constantFrom('20多', '近二十万', '约200', '200左右', '两千余', '', 'about 5'),
      marker: fc.constantFrom('多', '近', '约', '左右', '余', 'about', ''),
    }),
    { nil: null },
  );
  const num = fc.option(
    fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: false }),
      fc.integer({ min: 0, max: 300 }),
      fc.constant(0),
    ),
    { nil: null },
  );
  // (A name that opens like a problem's list mark, "(a) 技", would be counted as a problem below.)
  const name = word.filter((w) => !/^\s*(?:\([a-z]+\)|（[一二三四五六七八九十]+）)/.test(w));
  const spec = fc.record({
    name,
    status: fc.constantFrom(...STATUSES),
    category: fc.option(fc.constantFrom('职能目标任务', '党的建设', '', '  ', '一、科普'), { nil: null }),
    unit: fc.option(fc.constantFrom('场次', '万元', '%', '', '人次', 'sessions'), { nil: null }),
    owner: fc.option(word, { nil: null }),
    direction: fc.constantFrom<Direction>('higher', 'lower', 'milestone'),
    aggregation: fc.constantFrom<'sum' | 'last' | 'average'>('sum', 'last', 'average'),
    target: num,
    actual: num,
    expected: num,
    approx: approximation,
    percent: fc.boolean(),
    actualText: fc.option(fc.constantFrom('推进中', '未开始', '已完成', '', ' '), { nil: null }),
    sheet: fc.constantFrom('目标任务', '商州区', ''),
    id: fc.option(fc.constantFrom('1', '2', ''), { nil: null }),
    row: fc.integer({ min: -1, max: 40 }),
  });
  const period = fc.oneof(
    fc.constant<Period>({ kind: 'year' }),
    fc.integer({ min: 1, max: 4 }).map((q) => ({ kind: 'quarter', quarter: q }) as Period),
    fc.integer({ min: 1, max: 12 }).map((m) => ({ kind: 'month', month: m }) as Period),
  );

  it('has no NaN / undefined / null / Infinity, empty brackets, doubled punctuation or space before Chinese punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 12 }),
        fc.constantFrom<Lang>('zh-CN', 'en-US'),
        period,
        fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: undefined }),
        fc.option(word, { nil: undefined }),
        fc.constantFrom('2019-10-08', '', 'not a date'),
        word,
        (specs, lang, p, year, unitName, date, title) => {
          const evals = specs.map(ev);
          const blocks = buildNarrative({
            evaluations: evals,
            counts: countsOf(evals),
            options: { lang, period: p, thresholds: DEFAULT_THRESHOLDS, year, unitName, date },
            title,
          });
          expect(blocks.length).toBeGreaterThan(1);
          for (const b of blocks) expectClean(b.text);
          // one problem paragraph per indicator behind, at risk or missed
          const behind = evals.filter((e) => ['behind', 'at_risk', 'missed'].includes(e.status)).length;
          const items = blocks.filter((b) => /^（[一二三四五六七八九十]+）|^\([a-z]+\) /.test(b.text)).length;
          expect(items).toBe(behind);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ───────────────────────────── extra sections ─────────────────────────────

describe('narrative with several units and a previous check-in', () => {
  function withExtras(lang: Lang, extras: Pick<NarrativeInput, 'units' | 'changes'>): NarrativeBlock[] {
    const evals = sample();
    return buildNarrative({
      evaluations: evals,
      counts: countsOf(evals),
      options: {
        lang,
        period: Q3,
        thresholds: DEFAULT_THRESHOLDS,
        unitName: '商洛市科学技术协会',
        year: 2019,
        date: '2019-10-08',
      },
      title: 'T',
      ...extras,
    });
  }
  const units = {
    heading: '各单位目标任务完成情况',
    opening: '前三季度，全系统共有2个单位填报目标任务完成情况。',
    perUnit: ['商州区共有目标任务6项。', '洛南县共有目标任务6项。'],
  };
  const changes = {
    heading: '与上次对标（第二季度）相比的变化情况',
    paragraphs: ['前三季度，与上次对标（第二季度）相比，各项目标任务的完成状态没有变化。'],
  };

  it('units: the organisation opens, a first section has a paragraph per unit, the rest renumbered', () => {
    const blocks = withExtras('zh-CN', { units });
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: units.opening });
    expect(blocks[3]).toEqual({ kind: 'heading1', text: '一、各单位目标任务完成情况' });
    expect(blocks.slice(4, 6).map((b) => b.text)).toEqual(units.perUnit);
    expect(texts(blocks, 'heading1')).toEqual([
      '一、各单位目标任务完成情况',
      '二、职能目标任务完成情况',
      '三、党的建设任务完成情况',
      '四、其他目标任务完成情况',
      '五、存在问题和下一步打算',
    ]);
    // the usual opening is replaced, not repeated
    expect(texts(blocks, 'paragraph').some((p) => p.includes('共监测目标任务12项'))).toBe(false);
  });

  it('changes: a numbered section just before the problems section', () => {
    const blocks = withExtras('zh-CN', { changes });
    expect(texts(blocks, 'heading1')).toEqual([
      '一、职能目标任务完成情况',
      '二、党的建设任务完成情况',
      '三、其他目标任务完成情况',
      '四、与上次对标（第二季度）相比的变化情况',
      '五、存在问题和下一步打算',
    ]);
    const at = blocks.findIndex((b) => b.text === '四、与上次对标（第二季度）相比的变化情况');
    expect(blocks[at + 1]).toEqual({ kind: 'paragraph', text: changes.paragraphs[0] });
    expect(blocks[at + 2].text).toBe('五、存在问题和下一步打算');
  });

  it('both, in English: numbered 1. to 6.', () => {
    const blocks = withExtras('en-US', {
      units: { heading: 'Units compared', opening: 'As of Q3, 2 units reported.', perUnit: ['A has 6.'] },
      changes: { heading: 'Since the last check-in (Q2)', paragraphs: ['Nothing changed.'] },
    });
    expect(texts(blocks, 'heading1').map((h) => h.split(' ')[0])).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
    ]);
    expect(texts(blocks, 'heading1')[0]).toBe('1. Units compared');
    expect(texts(blocks, 'heading1')[4]).toBe('5. Since the last check-in (Q2)');
  });

  it('an empty section leaves no heading, and no extras leave the narrative as it was', () => {
    const plain = withExtras('zh-CN', {});
    expect(withExtras('zh-CN', { changes: { heading: '变化', paragraphs: [] } })).toEqual(plain);
    const noUnits = withExtras('zh-CN', { units: { ...units, perUnit: [' '] } });
    expect(texts(noUnits, 'heading1')).toHaveLength(texts(plain, 'heading1').length);
    expect(noUnits[2].text).toBe(units.opening);
  });
});

describe('a name of punctuation only', () => {
  const SPEC_BEHIND = {
    name: '0、）)',
    status: 'behind' as const,
    category: null,
    unit: null,
    owner: null,
    direction: 'higher' as const,
    aggregation: 'sum' as const,
    target: null,
    actual: null,
    expected: null,
    approx: null,
    percent: false,
    actualText: null,
    sheet: '目标任务',
    id: null,
    row: 0,
  };

  it('is named as unnamed, and its problem paragraph still opens with its letter (found by the property above)', () => {
    const e = ev(SPEC_BEHIND);
    const blocks = buildNarrative({
      evaluations: [e],
      counts: countsOf([e]),
      options: {
        lang: 'en-US',
        period: { kind: 'month', month: 1 },
        thresholds: DEFAULT_THRESHOLDS,
        date: '2019-10-08',
      },
      title: '',
    });
    expect(blocks.filter((b) => /^\([a-z]+\) /.test(b.text)).map((b) => b.text)).toEqual([
      '(a) Unnamed indicator: behind pace.',
    ]);
  });

  it('loses the punctuation left at its start once the list number is gone (0、）下 → 下)', () => {
    const e = ev({ ...SPEC_BEHIND, name: '0、）下' });
    const blocks = buildNarrative({
      evaluations: [e],
      counts: countsOf([e]),
      options: {
        lang: 'en-US',
        period: { kind: 'year' },
        thresholds: DEFAULT_THRESHOLDS,
        date: '2019-10-08',
      },
      title: '',
    });
    expect(blocks.filter((b) => /^\([a-z]+\) /.test(b.text)).map((b) => b.text)).toEqual([
      '(a) 下: behind pace.',
    ]);
  });

  /** The year-end narrative in Chinese of one indicator behind, named `name`. */
  const narrativeOf = (name: string): string => {
    const e = ev({ ...SPEC_BEHIND, name });
    return buildNarrative({
      evaluations: [e],
      counts: countsOf([e]),
      options: {
        lang: 'zh-CN',
        period: { kind: 'year' },
        thresholds: DEFAULT_THRESHOLDS,
        date: '2019-10-08',
      },
      title: '',
    })
      .map((b) => b.text)
      .join('\n');
  };

  it('names a name spread over its cell by spaces without them (財 產 收 入 → 財產收入), keeping spaces between words', () => {
    expect(narrativeOf('6.財 產 收 入')).toContain('財產收入');
    expect(narrativeOf('6.財 產 收 入')).not.toContain('財 產');
    expect(narrativeOf('A&E 4 hour wait')).toContain('A&E 4 hour wait');
  });

  it('names a sub-row by itself, not by its "of which" (其中:重点新建项目 → 重点新建项目)', () => {
    const text = narrativeOf('  其中:重点新建项目');
    expect(text).toContain('重点新建项目');
    expect(text).not.toContain('其中:');
  });

  it('names a row that leads into its parts without its closing colon and dash ("…solid waste: -", 主要指标：)', () => {
    expect(narrativeOf('Collection and disposal of solid waste: -')).toMatch(/solid waste[^:]/);
    expect(narrativeOf('Carry out cleaning drains:-')).not.toContain('drains:');
    expect(narrativeOf('主要经济指标：')).not.toContain('指标：');
    expect(narrativeOf('Well-being score')).toContain('Well-being score');
  });
});

describe('a row named by its target', () => {
  const named = (name: string, target: number, actual: number, extra: Partial<Spec> = {}) => ({
    ...ev({ name, row: 5, unit: '', target, actual, status: 'achieved', ...extra }),
    targetSource: name,
  });

  it('is named by what it measures where the text gives its figures', () => {
    const zh = texts(
      narrate(
        [
          named('新增技能人才2400人', 2400, 2450, { unit: '人' }),
          named('改造提升农村道路40公里', 40, 40, { unit: '公里' }),
        ],
        'zh-CN',
      ),
    ).join('\n');
    expect(zh).toContain('新增技能人才完成2450人，为年度目标2400人的102.1%');
    // Words between the measure and the figure (提升农村道路) are kept: the name stays whole.
    expect(zh).toContain('改造提升农村道路40公里完成40公里');
  });

  it('keeps its whole name where no figure follows it (a row told in words or a completion alone)', () => {
    const words = {
      ...ev({ name: '中央财政一般性支出压减5%以上', row: 6, status: 'achieved', direction: 'milestone' }),
      targetSource: '中央财政一般性支出压减5%以上',
    };
    expect(texts(narrate([words], 'zh-CN')).join('\n')).toContain('中央财政一般性支出压减5%以上');
  });
});

describe('names and categories written in both Chinese and English', () => {
  const evals = [
    ev({
      name: '上訴要求減刑 - Appeal against sentence',
      category: '刑事法援上訴案件 Criminal Legal Aid Appeals',
      row: 5,
      target: 0.9,
      actual: 0.97,
      percent: true,
      status: 'achieved',
    }),
  ];

  it.each([
    [
      'zh-CN',
      '上訴要求減刑完成97.0%',
      '刑事法援上訴案件任务完成情况',
      /Appeal against sentence|Criminal Legal Aid/,
    ],
    ['en-US', 'Appeal against sentence reached 97.0%', 'Criminal Legal Aid Appeals', /上訴|刑事/],
  ] as const)("%s: each in the report's language", (lang, name, heading, other) => {
    const text = texts(narrate(evals, lang)).join('\n');
    expect(text).toContain(name);
    expect(text).toContain(heading);
    expect(text).not.toMatch(other);
  });

  it('a name with a figure or a code in Latin letters is no pair of languages', () => {
    for (const name of ['5G基站建设', 'PM2.5浓度', 'GDP增长', '电路出租服务(Line Rate)统计值']) {
      const zh = texts(narrate([ev({ name, row: 5, target: 10, actual: 12, status: 'achieved' })], 'zh-CN'));
      expect(zh.join('\n')).toContain(name);
    }
  });
});

describe('the completion a row states', () => {
  const row = (completion: number) =>
    ev({
      name: '政府性基金收入',
      row: 7,
      unit: '万元',
      target: 15653,
      actual: 6222,
      completion,
      status: 'behind',
    });

  it('is the rate told where it is the ratio rounded, so that the narrative and the table agree', () => {
    // 6222 / 15653 = 39.749%: printed 39.8% (rounded twice), and shown so in the table.
    const zh = texts(narrate([row(0.398)], 'zh-CN')).join('\n');
    expect(zh).toContain('为年度目标1.57亿元的39.8%');
    expect(zh).not.toContain('39.7%');
    expect(texts(narrate([row(0.398)], 'en-US')).join('\n')).toContain('39.8% of the annual target');
  });

  it('is not told as the share of the annual target where it is of another base or rounded to whole points', () => {
    // 78.5%: of the months' own plan; 40%: rounded to whole points. The ratio is 39.7%.
    for (const c of [0.785, 0.4]) {
      const zh = texts(narrate([row(c)], 'zh-CN')).join('\n');
      expect([c, zh.includes('为年度目标1.57亿元的39.7%')]).toEqual([c, true]);
    }
  });
});

describe('the problems listed', () => {
  const verdict = (name: string, row: number) =>
    ev({ name, row, direction: 'milestone', actualText: '未达到序时进度', status: 'behind' });
  const intro = (evals: Evaluation[], lang: Lang) =>
    texts(narrate(evals, lang)).find((t) => /如下：$|missed.*:$/.test(t)) ?? '';

  it('are not said to be in order of their gaps where no gap is measured (verdicts only)', () => {
    const evals = [verdict('固定资产投资', 5), verdict('战略性新兴产业产值', 6)];
    expect(intro(evals, 'zh-CN')).toBe('2019年前三季度，有2项目标任务进度滞后或未完成，分述如下：');
    expect(intro(evals, 'en-US')).toBe('As of Q3 2019, 2 targets are behind pace or missed:');
  });

  it('are said to be in order where two or more have a gap, and a single one is not "ordered"', () => {
    const measured = (name: string, actual: number, row: number) =>
      ev({ name, row, unit: '个', target: 100, actual, expected: 75, status: 'behind' });
    expect(intro([measured('甲', 60, 5), measured('乙', 50, 6)], 'zh-CN')).toContain(
      '按差距由大到小排列如下',
    );
    expect(intro([measured('甲', 60, 5)], 'zh-CN')).toBe(
      '2019年前三季度，有1项目标任务进度滞后或未完成，具体如下：',
    );
  });
});

describe('small differences and projections', () => {
  it('shows a difference in points that rounds to nothing with the decimals it takes (0.03, never 0.0)', () => {
    const row = ev({
      name: 'Applications decided within 8 weeks',
      percent: true,
      target: 1,
      actual: 0.9997,
      status: 'missed',
      kind: 'level',
    });
    const zh = texts(narrate([row], 'zh-CN', { period: { kind: 'year' } })).join('\n');
    expect(zh).toContain('0.03个百分点');
    expect(zh).not.toContain('0.0个百分点');
    const en = texts(narrate([row], 'en-US', { period: { kind: 'year' } })).join('\n');
    expect(en).toContain('0.03 percentage points');
  });

  it('at the year’s end, tells a category and the next steps of rows behind (projections) as behind, not missed', () => {
    const projected = (name: string, category: string, status: Status) =>
      ev({
        name,
        category,
        unit: '个',
        target: 100,
        actual: status === 'achieved' ? 120 : 80,
        expected: 100,
        status,
      });
    const evals = [
      projected('甲', '预算', 'behind'),
      projected('乙', '预算', 'achieved'),
      projected('丙', '采购', 'achieved'),
    ];
    const zh = texts(narrate(evals, 'zh-CN', { period: { kind: 'year' } })).join('\n');
    expect(zh).toContain('从类别看，预算方面进度相对滞后，2项中有1项落后于序时进度或未完成。');
    expect(zh).not.toContain('未完成目标任务的原因');
    const en = texts(narrate(evals, 'en-US', { period: { kind: 'year' } })).join('\n');
    expect(en).toContain('with 1 of 2 targets behind pace or missed');
    expect(en).not.toContain('causes of the missed targets');
    // Missed at the year's end: said so.
    const missed = [
      projected('甲', '预算', 'missed'),
      projected('乙', '预算', 'achieved'),
      projected('丙', '采购', 'achieved'),
    ];
    const zh2 = texts(narrate(missed, 'zh-CN', { period: { kind: 'year' } })).join('\n');
    expect(zh2).toContain('2项中有1项未完成年度目标');
    expect(zh2).toContain('未完成目标任务的原因');
  });
});

describe('a target for the period alone', () => {
  const periodOnly = (e: Evaluation): Evaluation => ({
    ...e,
    indicator: {
      ...e.indicator,
      target: null,
      periodTargetCell: { value: e.target?.value ?? null, row: 5, col: 3 },
    },
  });

  it('is told as the period’s target, never the annual one (Q1 2023/24 › Target)', () => {
    const homes = periodOnly(
      ev({
        name: 'Number of private sector homes improved',
        target: 45,
        actual: 39,
        expected: 45,
        status: 'behind',
      }),
    );
    const fires = periodOnly(
      ev({
        name: 'Accidental Dwelling Fires',
        direction: 'lower',
        target: 85,
        actual: 82,
        expected: 85,
        status: 'on_track',
        row: 6,
      }),
    );
    const zh = texts(narrate([homes, fires], 'zh-CN')).join('\n');
    expect(zh).toContain('为本期目标45的86.7%');
    expect(zh).toContain('控制在本期目标85以内');
    expect(zh).not.toMatch(/年度目标45|年度目标85/);
    const en = texts(narrate([homes, fires], 'en-US')).join('\n');
    expect(en).toContain('86.7% of the target for the period of 45');
    expect(en).toContain('within the ceiling for the period of 85');
    expect(en).not.toMatch(/annual (?:target|ceiling) of (?:45|85)/);
  });
});

describe('one target judged among others', () => {
  it('is said of that target, not as "Of the 1 target rated, 1 (100.0%) has…"', () => {
    const rated = ev({
      name: 'Homes improved',
      unit: 'homes',
      target: 40,
      actual: 36,
      expected: 30,
      status: 'on_track',
    });
    const unrated = {
      ...ev({ name: 'Rough sleepers', actual: 25, status: 'not_rated', row: 6 }),
      notRated: 'no-target' as const,
    };
    const en = texts(narrate([rated, unrated], 'en-US')).join('\n');
    expect(en).toContain('The one target rated has achieved the annual target or is on pace.');
    expect(en).not.toContain('Of the 1 target');
    const behind = { ...rated, status: 'behind' as const };
    expect(texts(narrate([behind, unrated], 'en-US')).join('\n')).toContain(
      'The one target rated is not on pace.',
    );
  });
});
