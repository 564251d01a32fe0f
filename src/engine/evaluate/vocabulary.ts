/**
 * The words of indicator sheets that the evaluation reads, in Chinese and English: directions
 * (越高越好, 反向, 完成类…), aggregations (累加, 期末, 平均…), milestone progress (已完成, 推进中, 未开始…),
 * targets written as a deliverable (完成, 建成投用) or as a bound (≤5%, 不低于95%), rate units (%, 率).
 * A new word of input goes here.
 */
import type { Aggregation, Direction, Quantity } from '../model';
import { normalizeText } from '../core/normalize';
import { toHans } from '../core/hans';
import { isRateUnitText, parseNumberText } from '../core/quantity';
import type { Comparator } from '../core/grammar';
import { memo } from '../core/memo';

function wordKey(text: string): string {
  return toHans(normalizeText(String(text ?? '')))
    .toLowerCase()
    .replace(/[。．.!！;；,，、]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const HIGHER_WORDS = new Set([
  '越高越好',
  '越大越好',
  '越多越好',
  '正向',
  '正向指标',
  '正',
  '高',
  '增',
  '↑',
  '≥',
  '≧',
  '>=',
  'higher',
  'higher is better',
  'high',
  'up',
  // a data feed's letter for the way a figure should move (DESIRED_CHANGE: U / D)
  'u',
  'increase',
  'positive',
  'max',
  'maximize',
  'more is better',
]);
const LOWER_WORDS = new Set([
  '越低越好',
  '越小越好',
  '越少越好',
  '反向',
  '反向指标',
  '逆向',
  '逆向指标',
  '负向',
  '控制',
  '控制类',
  '控制性',
  '控制性指标',
  '低',
  '降',
  '↓',
  '≤',
  '≦',
  '<=',
  'lower',
  'lower is better',
  'low',
  'down',
  'd',
  'decrease',
  'negative',
  'min',
  'minimize',
  'ceiling',
  'less is better',
]);
const MILESTONE_WORDS = new Set([
  '完成类',
  '定性',
  '定性指标',
  '定性类',
  '节点',
  '节点类',
  '里程碑',
  '是否完成',
  '完成',
  'milestone',
  'qualitative',
  'done',
  'yes/no',
  'binary',
]);

/**
 * A direction column's word that no way is better (a data feed's N, Neutral, 中性): the figure is watched,
 * and its target, if any, is a forecast, not a standard to meet.
 */
const NEUTRAL_WORDS = new Set([
  'n',
  'neutral',
  'no preference',
  'no direction',
  'monitor',
  'monitor only',
  'for monitoring',
  'contextual',
  'data only',
  '中性',
  '中性指标',
  '监测',
  '监测类',
  '监测指标',
]);

/** 越高越好 / 正向 / Higher → higher; 越低越好 / 反向 / 控制 / Lower → lower; 完成类 / 定性 / Milestone → milestone. */
export const parseDirection: (text: string) => Direction | null = memo(directionOf);

function directionOf(text: string): Direction | null {
  const k = wordKey(text);
  if (k === '') return null;
  if (HIGHER_WORDS.has(k)) return 'higher';
  if (LOWER_WORDS.has(k)) return 'lower';
  if (MILESTONE_WORDS.has(k)) return 'milestone';
  // (Bigger is better, Smaller is better, High is good, Low is good: a UK scorecard's polarity.)
  if (
    /越(高|大|多)越好|^正向/.test(k) ||
    /^higher\b|^(?:bigger|larger|greater|high) is (?:better|good)$/.test(k)
  )
    return 'higher';
  if (
    /越(低|小|少)越好|^(反向|逆向)|^控制/.test(k) ||
    /^lower\b|^(?:smaller|fewer|low) is (?:better|good)$/.test(k)
  )
    return 'lower';
  if (/^(完成|定性|节点|里程碑)/.test(k) || /^milestone/.test(k)) return 'milestone';
  return null;
}

/** N / Neutral / 中性 in a direction column: neither more nor less is better. */
export const isNeutralDirection: (text: string) => boolean = memo((text) => NEUTRAL_WORDS.has(wordKey(text)));

/**
 * A direction column that holds a form's sign before the target (指标性质 | 指标值: ≥ | 95): the target's
 * comparator, where the target's own text has none.
 */
export const signComparator: (text: string) => Comparator | null = memo(comparatorOfSign);

function comparatorOfSign(text: string): Comparator | null {
  const k = wordKey(text);
  // (> or =, as some budget books spell ≥)
  if (/^(≥|≧|>=|=>|>|>\s*(?:or|\/)\s*=|不低于|不少于)$/.test(k)) return 'at_least';
  if (/^(≤|≦|<=|=<|<|<\s*(?:or|\/)\s*=|不高于|不超过)$/.test(k)) return 'at_most';
  return null;
}

/** The sign excludes its figure (> | 95: more than 95, not at least). */
export const signIsStrict: (text: string) => boolean = memo((text) => /^[<>]$/.test(wordKey(text)));

/** 累加 / Sum → sum; 期末 / 最新 / Last → last; 平均 / Average → average. */
export const parseAggregation: (text: string) => Aggregation | null = memo(aggregationOf);

function aggregationOf(text: string): Aggregation | null {
  const k = wordKey(text);
  if (k === '') return null;
  if (/^(累加|累计|求和|合计|加总|汇总|sum|total|cumulative|add)$/.test(k)) return 'sum';
  if (
    /^(期末|期末值|最新|最新值|最近|时点|时点值|末期|last|latest|end of period|closing|point in time)$/.test(
      k,
    )
  ) {
    return 'last';
  }
  if (/^(平均|平均值|均值|平均数|average|avg|mean)$/.test(k)) return 'average';
  return null;
}

const DONE_WORDS = new Set([
  '完成',
  '已完成',
  '全部完成',
  '全面完成',
  '按期完成',
  '按时完成',
  '提前完成',
  '如期完成',
  '已经完成',
  '完成建设',
  '已建成',
  '建成',
  '已办结',
  '办结',
  '已落实',
  '已实现',
  '已达标',
  '达标',
  // a 绩效自评表's 实际完成值 for a target written in words (合规, 及时, 效果明显)
  '达成预期指标',
  '达成预期目标',
  '达成预期',
  '达到预期指标',
  '达到预期目标',
  '达到预期',
  '已达成',
  '已达到',
  '达到目标',
  '符合要求',
  '满足要求',
  '是',
  '√',
  '✓',
  '✔',
  '☑',
  'done',
  'yes',
  'y',
  'completed',
  'complete',
  'completed and ongoing',
  'finished',
  'achieved',
]);
const IN_PROGRESS_WORDS = new Set([
  '推进中',
  '进行中',
  '正在',
  '正在推进',
  '正在进行',
  '正在实施',
  '实施中',
  '建设中',
  '在建',
  '办理中',
  '有序推进',
  '稳步推进',
  '持续推进',
  '加快推进',
  '部分完成',
  '基本完成',
  'in progress',
  'in-progress',
  'ongoing',
  'underway',
  'under way',
  'started',
  'partially done',
  'partial',
]);
const NOT_STARTED_WORDS = new Set([
  '未开始',
  '未完成',
  '否',
  '尚未开始',
  '尚未完成',
  '未启动',
  '尚未启动',
  '未实施',
  '暂未开展',
  '未开展',
  '×',
  '✗',
  '✘',
  '☐',
  'not started',
  'not done',
  'not yet started',
  'no',
  'n',
]);

/**
 * A first sentence that says the work was done: "The 10 year programme was reviewed and updated in
 * September 2011.", "Target has been achieved."
 */
const DONE_SENTENCE =
  /^[^.;]*?\b(?:was|were|has been|have been)\s+(?:successfully\s+|fully\s+)?(?:reviewed|updated|completed|conducted|held|implemented|delivered|achieved|finali[sz]ed|undertaken|carried out|adopted|approved|published|launched|met)\b/;

const DONE_ADVERB_ZH = '(?:全部|全面|顺利|按期|如期|提前|圆满|超额)';
/**
 * The verb that says a task is done (完成, 建成, 竣工验收, 印发), and what may follow it: 并投入使用, 任务,
 * 年度目标任务.
 */
const DONE_VERB_ZH =
  // (what was done may come first: 建设完成, 改造完成)
  '(?:建设|改造|实施|整治|治理|安装|改革)?' +
  '(?:完成|建成通车|建成|竣工|完工|办结|交付使用|投入使用|建成投用|建成投运|上线|上线运行|投产|通车|开通|开业|交付|投入运营|运营|印发|出台|挂牌|揭牌|竣工验收|通过验收|完成验收)' +
  '(?:[并且](?:投入使用|投用|投入运营|交付使用|通过验收|验收|开放|运行))?' +
  '(?:任务|目标|建设|全年任务|年度任务|年度目标|年度目标任务|全年目标|全年目标任务|建设任务|改造任务|改革任务)?';
/**
 * A day, month or year as progress words write it: 2024年8月, 6月25日, 8月底, 9月中旬, 2024年底, 10月份.
 * Also how a deadline is written in a target (2024年6月底前), with its 前 or 之前.
 */
const DAY_ZH =
  '(?:(?:19|20)\\d{2}年)?\\d{1,2}月(?:\\d{1,2}[日号])?(?:底|末|初|份|上旬|中旬|下旬)?|(?:19|20)\\d{2}年(?:底|末|初|内)?';
/** What follows the work done: 并全部投入使用, 并于10月22日开业. */
const DONE_THEN_ZH = `(?:[并且](?:全部|已|均)?(?:于(?:${DAY_ZH}))?(?:投入使用|投用|投入运营|交付使用|开放|运行|开业|营业))?`;
/**
 * 已全部完成, 均已完成, 已竣工验收, 已建成并投入使用, 全面完成年度任务, 超额完成: the whole task done, in so
 * many words.
 */
const DONE_ZH = new RegExp(
  `^(?:(?:目前已经|已经|现已|目前已|均已|全部已|已)${DONE_ADVERB_ZH}?|${DONE_ADVERB_ZH})${DONE_VERB_ZH}${DONE_THEN_ZH}$`,
);
/** 已于2024年8月完成, 已于6月25日开通, 于2024年9月20日建成投用, 2024年8月已完成: the task done, with when. */
const DONE_ON_DAY_ZH = new RegExp(
  `^(?:(?:已经|现已|已|均已)?于(?:${DAY_ZH})(?:前|之前)?(?:已|全部)?|(?:${DAY_ZH})(?:(?:已经|已|全部已|均已)${DONE_ADVERB_ZH}?|顺利|如期|按期|提前))${DONE_VERB_ZH}${DONE_THEN_ZH}$`,
);
/** A deadline in a target's words (2024年6月底前, 9月底前, 年底前), taken out before it is asked for figures. */
const DEADLINE_ZH = new RegExp(`(?:${DAY_ZH})(?:前|之前|以前)?`, 'g');

/**
 * A deliverable with the day it was done: "EE Report submitted to DoL on 27/09/2013", "Plan approved on 5 May
 * 2014", "LEP was prepared and printed out on September 22, 2016".
 */
const DONE_ON_DAY =
  /^[^.;]*?\b(?:submitted|approved|adopted|completed|signed|published|held|tabled|launched|finali[sz]ed|issued|conducted|prepared|consolidated)\b[^.;]*?\bon\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:[/.-]\d{1,2}[/.-]|\s+[a-z]{3,9}\s+)(?:19|20)?\d{2}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})\b/;

/** A deliverable done when due, in so many words: "Campaign completed on time", "Plan delivered as planned". */
const DONE_ON_TIME =
  /^[^.;]*?\b(?:completed|delivered|held|run|launched|implemented|achieved|undertaken|carried out)\s+(?:on time|on schedule|as planned|as scheduled|in full)\b/;

/** 完成, 已完成, 是, √, ✓, Done, Yes, Completed, "… was reviewed and updated in September 2011." */
export function isDoneWord(text: string): boolean {
  const k = wordKey(text);
  return (
    DONE_WORDS.has(k) ||
    DONE_SENTENCE.test(k) ||
    DONE_ZH.test(k) ||
    DONE_ON_DAY_ZH.test(k) ||
    DONE_ON_DAY.test(k) ||
    (DONE_ON_TIME.test(k) && !/\b(?:not|to|will|shall|should|must)\b/.test(k))
  );
}
/** 推进中, 进行中, 正在…, In progress, Ongoing… */
export function isInProgressWord(text: string): boolean {
  const k = wordKey(text);
  return (
    IN_PROGRESS_WORDS.has(k) || /^正在/.test(k) || (/中$/.test(k) && !isNotStartedWord(text) && k.length <= 6)
  );
}
/**
 * A first sentence that says the work was not done: "The research study was not conducted.", "Has not
 * yet been completed".
 */
const NOT_DONE_SENTENCE =
  /^[^.;]*?\b(?:was|were|has|have|had|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:conducted|completed|done|achieved|started|held|implemented|delivered|met|finali[sz]ed|undertaken|carried out)\b/;

/** 未开始, 未完成, 否, Not started, No, "… was not conducted." */
export function isNotStartedWord(text: string): boolean {
  const k = wordKey(text);
  return (
    NOT_STARTED_WORDS.has(k) ||
    /^(尚未|暂未|未)(开始|启动|开展|实施|动工|开工|完成)/.test(k) ||
    NOT_DONE_SENTENCE.test(k)
  );
}

/** A text target that names a deliverable rather than a number: 完成, 完成建设, 建成投用, Done, 是, Yes. */
export function isMilestoneTargetText(text: string): boolean {
  const k = wordKey(text);
  if (k === '' || isDoneWord(k)) return k !== '';
  if (/[0-9]/.test(k.replace(DEADLINE_ZH, '')) && !/(完成|建成|实现)/.test(k)) return false;
  return (
    /(完成|建成|实现|通过|落实|达标|验收|开工|投用|投运|上线|出台|印发|覆盖|启动|挂牌|创建|举办|召开|制定|推进|投入使用|投入运营|竣工|完工|交付|投产|通车|开通|开业)/.test(
      k,
    ) || /\b(done|complete|completed|finish|finished|deliver|delivered|launch|launched|yes)\b/.test(k)
  );
}

/**
 * A target written as a bound: ≥95%, 不低于95%, 95%以上 (higher); ≤5%, 不超过5%, 控制在5%以内, 5%以内
 * (lower). Null when the text is not such a bound.
 */
export function parseBoundText(text: string): { direction: 'higher' | 'lower'; quantity: Quantity } | null {
  if (isZeroGoal(String(text ?? ''))) return { direction: 'lower', quantity: ZERO };
  const t = toHans(normalizeText(String(text ?? ''))).replace(/\s+/g, '');
  const lower =
    /^(?:≤|<=|＜=|不超过|不高于|不大于|控制在|低于|小于|<)(.+?)(?:以内|以下|之内)?$/.exec(t) ??
    /^(.+?)(?:以内|以下|之内)$/.exec(t);
  if (lower) {
    const q = parseNumberText(lower[1]);
    return q ? { direction: 'lower', quantity: q } : null;
  }
  const higher = /^(?:≥|>=|不低于|不少于|大于等于|至少|>)(.+)$/.exec(t);
  if (higher) {
    const q = parseNumberText(higher[1]);
    return q ? { direction: 'higher', quantity: q } : null;
  }
  return null;
}

const ZERO: Quantity = { value: 0, approximation: null, percent: false };

/**
 * A goal of none at all, in words: 零事故, 零死亡, 杜绝重大事故, 实现零发生, "Zero fatalities", "Nil
 * breaches": at most 0, better lower.
 */
export function isZeroGoal(text: string): boolean {
  const t = toHans(normalizeText(text)).trim();
  if (t.length > 40) return false;
  return (
    /^(?:实现|确保|力争)?(?:零[\u4e00-\u9fff]{1,8}|杜绝[\u4e00-\u9fff]{0,8})(?:目标)?$/.test(
      t.replace(/\s+/g, ''),
    ) || /^(?:zero|nil)\s+[a-z][a-z\s-]{2,30}$/i.test(t)
  );
}

/** A percentage or a rate by its unit of measure: %, ‰, 率, 百分点… */
export function isRateUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  return rateUnit(unit);
}

const rateUnit = memo(isRateUnitText);

/** Approximation markers that, on a target, mean "at least". */
export const AT_LEAST_MARKERS: ReadonlySet<string> = new Set([
  '以上',
  '超过',
  '逾',
  'over',
  'more than',
  '+',
  'or more',
  'plus',
]);
