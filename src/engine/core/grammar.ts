/**
 * The grammar of quantities: how offices write a figure in a cell or inside a sentence, in Chinese and
 * English — "8950人", "不低于60元", "1000万人以上", "6.5%—7%", "下降3.4%以上", "增长9.5%", "3%左右",
 * "≥95%", "<= 10", "Max. 2.0% of rent roll", "100%+", "not to exceed 39 cases per year", "22 Days".
 *
 * One scan, left to right, turns a text into mentions: each a number with what was written around it —
 * its unit, its comparator (at least / at most / about / between), its change word (增长 / 下降), an
 * approximation (20多, 近二十万), its role in the sentence (a value, a completion rate such as 完成率115%,
 * or a gap such as 低于目标0.9个百分点) and the words before it (地区生产总值). Words are matched by the
 * longest phrase starting at each position from a fixed vocabulary (at most MAX_PHRASE characters), so
 * the scan is linear in the text with no backtracking, whatever the text holds.
 *
 * Values are in base units: 678亿元 is 6.78e10 with unit 元; 95% is 0.95 (percent); 2个百分点 is 0.02
 * (points); £1.2m is 1,200,000 with unit £.
 */
import { CURRENCY_NAME } from './money';
import { toHans } from './hans';
import { normalizeText, withoutFootnoteMarks } from './normalize';
import { LIST_NUMBER } from './text';
import { scaleByPowerOfTen } from './numbers';
import { INDIAN_GROUPS, parseChineseNumeral, timeUnitMinutes, withDecimalPoint } from './quantity';

export type Comparator = 'at_least' | 'at_most' | 'about' | 'between';
export type Change = 'up' | 'down';
/** What a number says in its clause: a value, a completion rate (完成率115%), a gap to the target. */
/**
 * What a figure is in its text: a value, a completion rate, a gap to the target, the base a change is
 * counted from (比2015年(24.31)降低10个百分点: 24.31), or a qualifier that says what is counted and is no
 * figure to reach (实现200人以上较大自然村公交通达率97%以上: 200人以上; "10 or more dwellings determined
 * within 13 weeks": 10 or more).
 */
export type MentionRole = 'value' | 'completion' | 'gap' | 'base' | 'qualifier';
/** Why a cell holds no figure to judge: a dash or 无, "Data only", an annual measure, "TBC"… */
export type NotApplicableReason =
  'not-applicable' | 'data-only' | 'annual' | 'not-due' | 'to-be-confirmed' | 'no-target';

export interface Mention {
  /** The number in base units (the low end of a range). */
  readonly value: number;
  /** The high end of a range (comparator between), else null. */
  readonly high: number | null;
  /** Written as a percentage, per mille or percentage points: the value is a fraction (95% → 0.95). */
  readonly percent: boolean;
  /** Percentage points (个百分点, pp): a difference of two percentages. */
  readonly points: boolean;
  /** The unit of measure as written after (or, for currency signs, before) the number: 人, 元, days, £. */
  readonly unit: string | null;
  readonly comparator: Comparator | null;
  /** The bound excludes its figure: more than, less than (> 80, 低于5%, under 4 days), not "at least". */
  readonly strict?: true;
  readonly change: Change | null;
  /** The approximation as written (20多, 近二十万, 约200), with its marker; null when exact. */
  readonly approximation: { readonly text: string; readonly marker: string } | null;
  /** 力争 / "aim": a target the office strives for rather than commits to. */
  readonly aspirational: boolean;
  readonly role: MentionRole;
  /** For a gap: +1 when the figure is above the target (高于目标), −1 when below (低于目标). */
  readonly gapSign: 1 | -1 | null;
  /** The words before the number in its clause, without the grammar's own words: 地区生产总值. */
  readonly label: string;
  /** The mention as written (from its first grammar word to its last unit or suffix). */
  readonly text: string;
}

export interface ScanResult {
  readonly mentions: readonly Mention[];
  /** The text with the mentions taken out, punctuation trimmed: what was not understood. */
  readonly rest: string;
}

// ───────────────────────────── vocabulary ─────────────────────────────

type Word =
  | { readonly t: 'cmp'; readonly v: Comparator; readonly aspire?: boolean; readonly strict?: boolean }
  | { readonly t: 'cmp-after'; readonly v: Comparator } // 以上 / 以内 / 左右 / "or more"
  | { readonly t: 'near' } // 近 / nearly: an approximation, not a comparator
  | { readonly t: 'change'; readonly v: Change; readonly lead?: boolean }
  | { readonly t: 'role'; readonly v: 'completion' }
  | { readonly t: 'gap'; readonly sign: 1 | -1 }
  | { readonly t: 'pct'; readonly power: -2 | -3 }
  | { readonly t: 'points' }
  | { readonly t: 'currency'; readonly v: string }
  | { readonly t: 'range' }
  | { readonly t: 'sep' }
  | { readonly t: 'cn-percent' } // 百分之 before a numeral
  | { readonly t: 'noun' }; // a noun that holds a grammar word (增加值 is value added, no increase)

const WORDS = new Map<string, Word>();
function add(words: readonly string[], w: Word): void {
  // (Traditional text is read in Simplified characters, core/hans: 不低於 is 不低于.)
  for (const k of words) WORDS.set(k.toLowerCase(), w);
}
add(['不低于', '不少于', '不小于', '大于等于', '至少', '最少', '不得低于', '不得少于', '达到', '突破'], {
  t: 'cmp',
  v: 'at_least',
});
add(['超过', '逾', '高于', '大于', '多于'], { t: 'cmp', v: 'at_least', strict: true });
// A range's opening word (between 5 and 10 days, 介于3至5之间): its ends follow.
add(['between', '介于'], { t: 'cmp', v: 'between' });
add(['确保', '确保达到', '确保完成'], { t: 'cmp', v: 'at_least' });
// Raised to a level (提高至13%, "increase to 95%"): the level to reach, not a growth of that much.
add(
  [
    '提高至',
    '提高到',
    '提升至',
    '提升到',
    '增加至',
    '增加到',
    '增至',
    '升至',
    '上升至',
    '上升到',
    'increase to',
    'increased to',
    'raise to',
    'raised to',
    'rise to',
    'improve to',
    'improved to',
    'increasing to',
    'rising to',
    'raising to',
    'rises to',
    'increases to',
    'improving to',
  ],
  { t: 'cmp', v: 'at_least' },
);
add(['力争', '力争达到', '力争完成', '争取', '争取达到'], { t: 'cmp', v: 'at_least', aspire: true });
add(['≥', '>=', '=>', '≧'], { t: 'cmp', v: 'at_least' });
add(['>', '＞'], { t: 'cmp', v: 'at_least', strict: true });
add(
  [
    'at least',
    'minimum of',
    'minimum',
    'min.',
    'min',
    'no less than',
    'not less than',
    'no fewer than',
    'not fewer than',
    'a minimum of',
  ],
  { t: 'cmp', v: 'at_least' },
);
add(['more than', 'over', 'above', 'greater than', 'exceed', 'exceeding', 'in excess of'], {
  t: 'cmp',
  v: 'at_least',
  strict: true,
});
add(['aim for', 'aim to', 'aiming for', 'target of', 'stretch target'], {
  t: 'cmp',
  v: 'at_least',
  aspire: true,
});
add(
  [
    '不超过',
    '不高于',
    '不大于',
    '不多于',
    '小于等于',
    '控制在',
    '控制到',
    '最多',
    '至多',
    '不得超过',
    '不得高于',
    '压减到',
    '压缩到',
    '降至',
    '降到',
    // lowered to a level (下降到3%, "reduce to 5%"): the level, not a fall of that much
    '下降至',
    '下降到',
    '降低至',
    '降低到',
    '减少至',
    '减少到',
    '减至',
    'reduce to',
    'reduced to',
    'decrease to',
    'decreased to',
    'cut to',
    'lower to',
    'lowered to',
    'reducing to',
    'decreasing to',
    'falling to',
    'reduces to',
    'decreases to',
  ],
  { t: 'cmp', v: 'at_most' },
);
add(['低于', '小于', '少于'], { t: 'cmp', v: 'at_most', strict: true });
add(['≤', '<=', '=<', '≦'], { t: 'cmp', v: 'at_most' });
add(['<', '＜'], { t: 'cmp', v: 'at_most', strict: true });
add(
  [
    'at most',
    'max.',
    'max',
    'maximum of',
    'maximum',
    'a maximum of',
    'no more than',
    'not more than',
    'not to exceed',
    'not exceed',
    'not exceeding',
    'no higher than',
    'not higher than',
    'no greater than',
    'up to',
    'within',
    'capped at',
  ],
  { t: 'cmp', v: 'at_most' },
);
add(['less than', 'under', 'below', 'fewer than', 'lower than'], { t: 'cmp', v: 'at_most', strict: true });
add(
  [
    '约',
    '大约',
    '大概',
    '约为',
    '约合',
    'about',
    'around',
    'approximately',
    'approx.',
    'approx',
    'circa',
    'c.',
    'ca.',
    '~',
    '≈',
    '～',
  ],
  {
    t: 'cmp',
    v: 'about',
  },
);
add(['近', '将近', '接近', 'nearly', 'almost'], { t: 'near' });
add(
  [
    '以上',
    '及以上',
    '或以上',
    '以上的',
    'or more',
    'or above',
    'and above',
    'and over',
    'plus',
    'or higher',
    'or greater',
    '+',
  ],
  {
    t: 'cmp-after',
    v: 'at_least',
  },
);
add(
  [
    '以内',
    '以下',
    '之内',
    // right after a time: 5个工作日内, 24小时内
    '内',
    '及以下',
    '或以下',
    'or less',
    'or fewer',
    'or below',
    'and below',
    'and under',
    'or lower',
    'max',
    'maximum',
    'or under',
  ],
  {
    t: 'cmp-after',
    v: 'at_most',
  },
);
add(['左右', '上下', 'or so'], { t: 'cmp-after', v: 'about' });
add(['增加值', '增长点', '增长极'], { t: 'noun' });
add(
  [
    '增长',
    '增加',
    '提高',
    '提升',
    '上升',
    '上涨',
    '增速',
    '增幅',
    '涨幅',
    '同比增长',
    '同比增加',
    '同比提高',
    '比上年增长',
    '比上年增加',
    '比上年提高',
    // a 绩效自评表's target over last year's (超上年2%, 超过上年度5%)
    '超上年',
    '超上年度',
    '超过上年',
    '超过上年度',
    '年均增长',
    '增长率',
    '同比增速',
    'increase',
    'increase of',
    'increase by',
    'increased by',
    'growth',
    'growth of',
    'grow by',
    'rise',
    'rise of',
    'rise by',
    'up by',
    // an arrow beside a figure (35% ↑ on last year)
    '↑',
  ],
  { t: 'change', v: 'up' },
);
add(
  [
    '下降',
    '负增长',
    '再降',
    '降',
    '再降低',
    '再压减',
    '压缩',
    '减少',
    '降低',
    '压减',
    '压降',
    '降幅',
    '缩减',
    '削减',
    '同比下降',
    '同比减少',
    '比上年下降',
    '比上年减少',
    '年均下降',
    'decrease',
    'decrease of',
    'decrease by',
    'decreased by',
    'reduce',
    'reduce by',
    'reduced by',
    'reduction',
    'reduction of',
    'fall',
    'fall by',
    'fall of',
    'down by',
    'cut by',
    'decline',
    'decline of',
    // an arrow beside a figure (50% ↓ on 2005/06 baseline)
    '↓',
  ],
  { t: 'change', v: 'down' },
);
// A change said by one word before the whole text's figure, as plans translated into English write it
// (Up 6.5 approx., Down 3.2): only there, so that "follow up 95% of contacts" stays a share.
add(['up'], { t: 'change', v: 'up', lead: true });
add(['down'], { t: 'change', v: 'down', lead: true });
add(
  [
    '完成率',
    '任务完成率',
    '完成比例',
    '完成进度',
    '进度',
    '占年任务之比',
    '占年任务的',
    '占年度任务的',
    '占全年任务的',
    '占年度目标的',
    '占全年目标的',
    '完成全年任务的',
    '完成年度任务的',
    '完成年度目标的',
    '完成全年目标的',
    '完成年度计划的',
    '完成全年计划的',
    '为年度目标的',
    '为全年目标的',
    '达年度目标的',
    'completion rate',
    'completion',
    'percent complete',
    'complete at',
  ],
  { t: 'role', v: 'completion' },
);
add(
  [
    '低于目标',
    '比目标低',
    '比年目标低',
    '比年度目标低',
    '比年目标任务低',
    '比年度目标任务低',
    '比目标任务低',
    '比计划目标低',
    '低于预期目标',
    '低于年度目标',
    '低于年初预期目标',
    '低于年初目标',
    '低于全年目标',
    '低于全年预期目标',
    '落后目标',
    '落后于目标',
    // as Kunming's offices write it (塌目标1.8个百分点: below the target by 1.8 points)
    '塌目标',
    '低于计划',
    '比计划低',
    '低于年度计划',
    '比年度计划低',
    '比年计划低',
    '比全年计划低',
    '差',
    'below target by',
    'short of target by',
    'short by',
    'under target by',
  ],
  {
    t: 'gap',
    sign: -1,
  },
);
add(
  [
    '高于目标',
    '比目标高',
    '比年目标高',
    '比年度目标高',
    '比年目标任务高',
    '比年度目标任务高',
    '比目标任务高',
    '比计划目标高',
    '超出目标',
    '超过目标',
    '高于预期目标',
    '高于年度目标',
    '高于年初预期目标',
    '高于年初目标',
    '高于全年目标',
    '高于全年预期目标',
    '超目标',
    '高于计划',
    '比计划高',
    '高于年度计划',
    '比年度计划高',
    '比年计划高',
    '比全年计划高',
    '超计划',
    '超年度计划',
    '超过计划',
    '超过年度计划',
    'above target by',
    'ahead of target by',
    'over target by',
  ],
  {
    t: 'gap',
    sign: 1,
  },
);
add(['%', 'percent', 'per cent', 'pct'], { t: 'pct', power: -2 });
add(['‰'], { t: 'pct', power: -3 });
add(
  ['个百分点', '百分点', 'percentage points', 'percentage point', 'pp', 'ppt', 'ppts', '% points', '% pts'],
  {
    t: 'points',
  },
);
add(['百分之'], { t: 'cn-percent' });
add(['£'], { t: 'currency', v: '£' });
add(['$', 'us$'], { t: 'currency', v: '$' });
add(['€'], { t: 'currency', v: '€' });
add(['¥', 'rmb'], { t: 'currency', v: '¥' });
add(['—', '–', '-', '~', '～', '至', '到', 'to', '－', '−', '——'], { t: 'range' });
add([',', '，', ';', '；', '。', '、', '!', '！', '?', '？', '\n'], { t: 'sep' });

/** Per first character, the lengths of the phrases that start with it, longest first. */
const LENGTHS_BY_FIRST = new Map<string, number[]>();
for (const k of WORDS.keys()) {
  const list = LENGTHS_BY_FIRST.get(k[0]) ?? [];
  if (!list.includes(k.length)) list.push(k.length);
  LENGTHS_BY_FIRST.set(k[0], list);
}
for (const list of LENGTHS_BY_FIRST.values()) list.sort((a, b) => b - a);

/** Units of measure written after Chinese or Arabic numbers (longest first when matched). */
const CJK_UNITS = [
  '人次',
  '户次',
  '家次',
  '场次',
  '批次',
  '架次',
  '车次',
  '千瓦时',
  '万千瓦时',
  '平方公里',
  '平方米',
  '立方米',
  '平方公尺',
  '立方公尺',
  '公尺',
  '微克',
  '毫克',
  '毫米',
  '厘米',
  '吨标准煤',
  '标准煤',
  '吨标煤',
  '标煤',
  '分贝',
  '公里',
  '千米',
  '公顷',
  '千瓦',
  // Taiwan's kilowatt (265.1萬瓩)
  '瓩',
  '兆瓦',
  '美元',
  '港元',
  '欧元',
  '个月',
  // a time to do something in (5个工作日内办结, 5個工作天內完成)
  '个工作日',
  '个工作天',
  '工作日',
  '工作天',
  '个小时',
  '小时',
  '分钟',
  '公斤',
  '千克',
  '张床',
  '人',
  '个',
  '家',
  '户',
  '项',
  '场',
  '次',
  '期',
  '篇',
  '件',
  '名',
  '所',
  '座',
  '处',
  '条',
  '米',
  '亩',
  '吨',
  '元',
  '辆',
  '台',
  '套',
  '张',
  '本',
  '册',
  '份',
  '栋',
  '间',
  '床',
  '岁',
  '天',
  '日',
  '年',
  '批',
  '支',
  '只',
  '头',
  '株',
  '棵',
  '口',
  '宗',
  '起',
  '例',
  '部',
  '幅',
  '门',
  '块',
  '盏',
  '位',
  '对',
  '组',
  '轮',
  '届',
  '卷',
  '首',
  '集',
  '片',
  '层',
  '级',
  '倍',
];
const CJK_UNIT_SET = new Set(CJK_UNITS);

/**
 * Units of measure alone, as a caption lists them (单位：万元 / 单位：个、亿元 / %, 万人): no organisation
 * is named so. A multiplier may come first (万元, 亿元, 万人, 千户).
 */
/**
 * A target that asks for no less than last year (不低于上年预算执行数, 高于上年水平, 与上年持平): a growth of at
 * least nothing. Matched in Simplified characters, spaces aside.
 */
export function isLastYearFloor(text: string): boolean {
  return LAST_YEAR_FLOOR.test(text.replace(/\s+/g, ''));
}

const LAST_YEAR_FLOOR =
  /^(?:增长|增幅|增速)?(?:不低于|高于|超过|不少于|略高于|持平于|与)上年(?:同期)?(?:的)?(?:水平|预算执行数|执行数|实绩|完成数|实际完成数|持平)?$/;

export function isMeasureUnitList(text: string): boolean {
  const parts = text.split(/[、,，/;；\s]+/).filter((p) => p !== '');
  return (
    parts.length > 0 &&
    parts.every((p) => {
      const u = p.replace(CURRENCY_NAME, '').replace(/^(万亿|萬億|万|萬|亿|億|千|百)(?=.)/, '');
      const en = u.toLowerCase();
      return CJK_UNIT_SET.has(u) || u === '%' || u === '‰' || EN_UNITS.has(en) || EN_UNIT_KEYS.has(en);
    })
  );
}
const MAX_CJK_UNIT = Math.max(...CJK_UNITS.map((u) => u.length));

/** English units after a number ("22 Days", "39 cases", "12 weeks"), compared in lower case. */
const EN_UNITS = new Set([
  'day',
  'days',
  'working days',
  'working day',
  'calendar days',
  'calendar day',
  'business days',
  'business day',
  'clear days',
  'clear day',
  'working weeks',
  'working week',
  'calendar weeks',
  'calendar week',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'hrs',
  'hr',
  'minute',
  'minutes',
  'mins',
  'min',
  'second',
  'seconds',
  'secs',
  'ms',
  'millisecond',
  'milliseconds',
  'case',
  'cases',
  'people',
  'persons',
  'person',
  'homes',
  'home',
  'households',
  'houses',
  'dwellings',
  'units',
  'unit',
  'properties',
  'visits',
  'calls',
  'jobs',
  'sessions',
  'places',
  'beds',
  'schools',
  'patients',
  'incidents',
  'complaints',
  // what goes wrong, counted ("Zero breaches reported", "Nil escapes", "3 fatalities")
  'breaches',
  'deaths',
  'fatalities',
  'escapes',
  'accidents',
  'injuries',
  'fires',
  'offences',
  'failures',
  'errors',
  'defects',
  'outages',
  'spills',
  'items',
  'km',
  'miles',
  'tonnes',
  'tons',
  'kg',
  'hectares',
  'ha',
  'acres',
  'mw',
  'kwh',
  'mwh',
  // a noise level (≤55 dB(A), 噪声55dB)
  'db',
  'dba',
  'trees',
  'events',
  'applications',
  'referrals',
  'admissions',
  'staff',
  'apprenticeships',
]);
/** The English units of more than one word as a heading's key writes them (workingdays). */
const EN_UNIT_KEYS = new Set([...EN_UNITS].filter((u) => u.includes(' ')).map((u) => u.replace(/\s+/g, '')));

/** Multipliers after Arabic digits: 1.2万, 3亿, 3千, £1.2m, 500k, 2bn. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['万', 4],
  ['萬', 4],
  ['亿', 8],
  ['億', 8],
  ['千', 3],
  ['bn', 9],
  ['billion', 9],
  ['m', 6],
  ['mn', 6],
  ['million', 6],
  ['k', 3],
  ['thousand', 3],
  // South Asia's: a lakh is a hundred thousand, a crore ten million (46 lakhs, Rs. 25 crore)
  ['lakhs', 5],
  ['lakh', 5],
  ['lacs', 5],
  ['lac', 5],
  ['crores', 7],
  ['crore', 7],
]);

/** Chinese numeral characters (digits, units, 点). */
const CN_NUMERAL = new Set(Array.from('零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩'));
const APPROX_AFTER = new Set(['多', '余', '开外', '来']);

// ───────────────────────────── not applicable ─────────────────────────────

const NOT_APPLICABLE: ReadonlyMap<string, NotApplicableReason> = new Map([
  ['-', 'not-applicable'],
  ['--', 'not-applicable'],
  ['---', 'not-applicable'],
  ['—', 'not-applicable'],
  ['——', 'not-applicable'],
  ['–', 'not-applicable'],
  ['−', 'not-applicable'],
  ['/', 'not-applicable'],
  ['\\', 'not-applicable'],
  ['无', 'not-applicable'],
  ['不适用', 'not-applicable'],
  ['不涉及', 'not-applicable'],
  // no case arose in the year, so no standard to keep (a pledge's result: 未有個案, No case)
  ['未有个案', 'not-applicable'],
  ['没有个案', 'not-applicable'],
  ['无个案', 'not-applicable'],
  ['未有申请', 'not-applicable'],
  // a county or an office given no share of the task: no target set for it
  ['无任务', 'no-target'],
  ['无此项任务', 'no-target'],
  ['本年无任务', 'no-target'],
  // a measure new this year: no target to judge it by yet
  // (a council's plan writes "New" where a measure's first target is still to be set)
  ['new', 'no-target'],
  ['new pi', 'no-target'],
  ['new measure', 'no-target'],
  ['new indicator', 'no-target'],
  ['new kpi', 'no-target'],
  // a target not yet set ("Not established", the measure still being developed)
  ['not established', 'no-target'],
  ['target not established', 'no-target'],
  ['baseline year', 'no-target'],
  // a baseline still to be set (Establish baseline; New measure for 2003/04, Baseline to be established)
  ['establish baseline', 'no-target'],
  ['establish a baseline', 'no-target'],
  ['baseline to be established', 'no-target'],
  ['to be established', 'no-target'],
  ['to be developed', 'no-target'],
  // a measure tried out this year, no target set for it yet (KPI Pilot)
  ['pilot', 'no-target'],
  ['kpi pilot', 'no-target'],
  ['pilot measure', 'no-target'],
  ['pilot kpi', 'no-target'],
  ['新增指标', 'no-target'],
  ['n/a', 'not-applicable'],
  ['na', 'not-applicable'],
  ['n.a.', 'not-applicable'],
  ['not applicable', 'not-applicable'],
  ['x', 'not-applicable'],
  ['data only', 'data-only'],
  ['data only indicator', 'data-only'],
  ['data only measure', 'data-only'],
  ['contextual', 'data-only'],
  ['contextual indicator', 'data-only'],
  ['for information', 'data-only'],
  ['for information only', 'data-only'],
  ['info only', 'data-only'],
  ['information only', 'data-only'],
  ['monitor only', 'data-only'],
  ['monitoring only', 'data-only'],
  ['no target', 'data-only'],
  ['no target set', 'data-only'],
  ['not targeted', 'data-only'],
  ['仅监测', 'data-only'],
  ['不设目标', 'data-only'],
  ['不设具体目标', 'data-only'],
  ['annual', 'annual'],
  ['annual measure', 'annual'],
  ['annual indicator', 'annual'],
  ['annual kpi', 'annual'],
  ['annual pi', 'annual'],
  ['annual only', 'annual'],
  ['annual target', 'annual'],
  ['reported annually', 'annual'],
  ['annual reporting', 'annual'],
  ['annually reported', 'annual'],
  ['yearly reporting', 'annual'],
  ['reported yearly', 'annual'],
  ['collected annually', 'annual'],
  ['annual data', 'annual'],
  ['年度指标', 'annual'],
  ['年底统计', 'annual'],
  ['年终考核', 'annual'],
  ['年底考核', 'annual'],
  ['年终统计', 'annual'],
  ['not due', 'not-due'],
  // no step planned for the quarter (a South African quarterly report's "No milestone for the quarter")
  ['no milestone', 'not-due'],
  ['no milestone for the quarter', 'not-due'],
  ['no target for the quarter', 'not-due'],
  ['not targeted for the quarter', 'not-due'],
  ['measured twice per year', 'not-due'],
  ['measured twice a year', 'not-due'],
  ['measured annually', 'not-due'],
  ['measured yearly', 'not-due'],
  ['six-monthly', 'not-due'],
  ['six monthly', 'not-due'],
  ['not yet due', 'not-due'],
  ['not yet available', 'not-due'],
  ['not available yet', 'not-due'],
  ['due in q4', 'not-due'],
  ['data not available', 'not-due'],
  ['data not yet available', 'not-due'],
  ['awaiting data', 'not-due'],
  ['data awaited', 'not-due'],
  ['暂无数据', 'not-due'],
  ['数据暂缺', 'not-due'],
  ['year end only', 'annual'],
  ['year-end measure', 'annual'],
  ['未到期', 'not-due'],
  ['暂未统计', 'not-due'],
  ['tbc', 'to-be-confirmed'],
  ['tbd', 'to-be-confirmed'],
  ['to be confirmed', 'to-be-confirmed'],
  ['to be determined', 'to-be-confirmed'],
  ['待确定', 'to-be-confirmed'],
  ['待定', 'to-be-confirmed'],
]);

const REPORTED_LATER = /^\s*(?:to be|will be)\s+(?:reported|published|confirmed|made available|available)\b/i;
const REPORTED_ANNUALLY =
  /^\s*(?:reported|measured|collected)\s+(?:annually|once a year|yearly|at (?:the )?year[- ]end)\b/i;

/** Why a cell holds nothing to judge ("-", 不适用, "Data only", "Annual measure", "TBC"), or null. */
export function notApplicableReason(text: string): NotApplicableReason | null {
  if (typeof text !== 'string') return null;
  // "N/A" opening a note on why (N/A In fiscal year 2016-17, no investigations were completed.).
  if (/^\s*n\/a(?=[\s.:;,–—-])/i.test(text)) return 'not-applicable';
  // (a note by its first clause alone: "Establish baseline; New measure for 2003/04")
  const clause = text.split(/[;；]/)[0];
  if (clause !== text) return notApplicableReason(clause);
  // A result promised later, or a measure reported once a year ("To be reported to Full Council once
  // audited", "Reported annually to the Association of Public Sector Excellence").
  if (REPORTED_LATER.test(text)) return 'not-due';
  if (REPORTED_ANNUALLY.test(text)) return 'annual';
  if (text.length > 40) return null;
  const k = withoutFootnoteMarks(
    toHans(normalizeText(text))
      .toLowerCase()
      .replace(/[.。:：!！*]+$/, ''),
  )
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return NOT_APPLICABLE.get(k) ?? null;
}

// ───────────────────────────── the scan ─────────────────────────────

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Work done by the current scan, in elementary steps (dictionary probes and characters read): a test
 * holds it against the text's length to prove the scan linear without timing it.
 */
let work = 0;

/** The longest vocabulary phrase at s[i…], respecting word boundaries for Latin words. */
function wordAt(s: string, lower: string, i: number): { word: Word; length: number } | null {
  const lengths = LENGTHS_BY_FIRST.get(lower[i]);
  if (!lengths) {
    work++;
    return null;
  }
  for (const len of lengths) {
    work++;
    if (i + len > s.length) continue;
    const w = WORDS.get(lower.slice(i, i + len));
    if (!w) continue;
    // A Latin word must not run into a letter on either side ("over" is not in "overall").
    const first = lower.charCodeAt(i);
    const last = lower.charCodeAt(i + len - 1);
    if (isAsciiLetter(first) && i > 0 && isAsciiLetter(lower.charCodeAt(i - 1))) continue;
    if (isAsciiLetter(last) && i + len < s.length && isAsciiLetter(lower.charCodeAt(i + len))) continue;
    if (w.t === 'near' && !figureAt(s, i + len)) continue;
    if (w.t === 'change' && w.lead && (s.slice(0, i).trim() !== '' || !figureAt(s, i + len))) continue;
    return { word: w, length: len };
  }
  return null;
}

interface NumberToken {
  readonly value: number;
  readonly end: number;
  /** Chinese numerals only (二十, 两千). */
  readonly chinese: boolean;
  /** The power of ten of a multiplier written after the digits (5万: 4, 2m: 6), else 0. */
  readonly power?: number;
}

/** Digits grouped the Indian way (quantity's INDIAN_GROUPS), where a number starts. */
const INDIAN_AT = new RegExp(`${INDIAN_GROUPS}(?![\\d,])`, 'y');

/** Rand in millions or billions written close up (R0,25 bn, R1.2 billion): a sum, not a code like R1. */
function isRandSum(s: string, i: number): boolean {
  if (s[i - 1] !== 'R' || isAsciiLetter(s.charCodeAt(i - 2))) return false;
  RAND_SUM.lastIndex = i;
  return RAND_SUM.test(s);
}
/** A size written after a sum of money: bn, billion, million, mn, m, k. */
const SIZE_AFTER = '\\s?(?:bn|billion|million|mn|m|k)(?![A-Za-z])';
const RAND_SUM = new RegExp(`\\d+(?:[.,]\\d{1,2})?${SIZE_AFTER}`, 'iy');

/** A decimal comma's digits and the size after them: ",62 bn", ",5m", ",8 million". */
const DECIMAL_COMMA_AT = new RegExp(`^,\\d{1,2}(?!\\d)${SIZE_AFTER}`, 'i');

/** An Arabic number at s[i…]: 1,234.5, 1 234, 1,76,325, .5, 1.2万, 3亿, 1.5e3, £1.2m; null when none. */
function arabicAt(s: string, i: number): NumberToken | null {
  let j = i;
  const n = s.length;
  let digits = '';
  let run = 0; // digits since the last thousands separator
  let grouped = false;
  if (s.charCodeAt(i + 1) === 44 || s.charCodeAt(i + 2) === 44) {
    INDIAN_AT.lastIndex = i;
    const m = INDIAN_AT.exec(s);
    if (m) {
      digits = m[0].replace(/,/g, '');
      j = i + m[0].length;
      grouped = true;
    }
  }
  while (!grouped && j < n) {
    work++;
    const c = s.charCodeAt(j);
    if (isDigit(c)) {
      digits += s[j];
      run++;
      j++;
      continue;
    }
    // A thousands separator (1,234 or 1 234): at most three digits before it, exactly three after it.
    const sep = c === 44 || (c === 32 && digits.length > 0);
    const three =
      isDigit(s.charCodeAt(j + 1)) &&
      isDigit(s.charCodeAt(j + 2)) &&
      isDigit(s.charCodeAt(j + 3)) &&
      !isDigit(s.charCodeAt(j + 4));
    if (sep && digits.length > 0 && run <= 3 && three) {
      run = 0;
      j++;
      continue;
    }
    break;
  }
  let frac = '';
  // A decimal comma before a size (R 0,62 bn, £0,5m, 1,8 million): one or two digits after it, never three.
  const decimalComma =
    s.charCodeAt(j) === 44 && digits.length > 0 && DECIMAL_COMMA_AT.exec(s.slice(j, j + 14));
  if (j < n && (s.charCodeAt(j) === 46 /* . */ || decimalComma) && isDigit(s.charCodeAt(j + 1))) {
    j++;
    while (j < n && isDigit(s.charCodeAt(j))) frac += s[j++];
  }
  if (digits === '' && frac === '') return null;
  let value = Number(`${digits || '0'}${frac ? '.' + frac : ''}`);
  // Exponent: 1.5e3.
  const e = /^[eE][+-]?\d{1,3}(?![\dA-Za-z])/.exec(s.slice(j, j + 6));
  if (e) {
    value = Number(`${digits || '0'}${frac ? '.' + frac : ''}${e[0]}`);
    j += e[0].length;
  }
  // A multiplier in words after a space: "1.7 million", "2.4 billion", "46 lakhs" (not "5 m", which may be
  // metres).
  const spelled = /^ (million|billion|thousand|bn|lakhs?|lacs?|crores?)(?![A-Za-z])/i.exec(
    s.slice(j, j + 10),
  );
  if (spelled) j++;
  // A multiplier: 万, 亿, 千 (not 千米 / 千瓦 / 千克), m, k, bn (not a longer word).
  let multiplied = 0;
  for (const [word, power] of MULTIPLIERS) {
    if (s.startsWith(word, j) || s.slice(j, j + word.length).toLowerCase() === word) {
      const after = s.charCodeAt(j + word.length);
      if (isAsciiLetter(word.charCodeAt(0)) && (isAsciiLetter(after) || isDigit(after))) continue;
      if (word === '千' && /^千(米|瓦|克)/.test(s.slice(j, j + 2))) continue;
      value = scaleByPowerOfTen(value, power);
      multiplied = power;
      j += word.length;
      // 1万2千 and 3亿5千万: a further numeral group.
      const more = chineseAt(s, j, true);
      if (more && power >= 4) {
        value += more.value;
        j = more.end;
      }
      break;
    }
  }
  return Number.isFinite(value) ? { value, end: j, chinese: false, power: multiplied } : null;
}

/** Set phrases of policy that begin with a numeral (两个确立, 八项规定, 一岗双责). */
const SET_PHRASE =
  /^(?:两个(?:确立|维护|务必|一百年|毫不动摇|坚持)|四个(?:意识|自信|全面|服务)|三严三实|八项规定|一岗双责|三会一课|两学一做|五位一体|三重一大|两新一重|六稳|六保|一带一路|一票否决|三大攻坚战|四下基层)/;

/**
 * A Chinese numeral at s[i…] (二十, 两千, 一百零五, 三点五); only when followed by a unit, a percent or
 * a multiplier's group, so that words such as 一般 or 十四五 are not read as numbers.
 */
function chineseAt(s: string, i: number, continuation = false): NumberToken | null {
  let j = i;
  while (j < s.length && j - i < 24 && CN_NUMERAL.has(s[j])) j++;
  if (j === i) return null;
  // Ordinals and names: 第一, 一般, 十四五 (digits only followed by a non-unit).
  const before = i > 0 ? s[i - 1] : '';
  if (!continuation && (before === '第' || before === '初' || before === '周' || before === '星期'))
    return null;
  let end = j;
  // 三点五
  if (s[j] === '点' && CN_NUMERAL.has(s[j + 1] ?? '')) {
    end = j + 1;
    while (end < s.length && CN_NUMERAL.has(s[end])) end++;
  }
  work += (end - i) * (end - i);
  let value = parseChineseNumeral(s.slice(i, end));
  // The numeral may have swallowed a unit-like 万 at its end that parse rejects: try one shorter.
  // Only a multiplier is so swallowed: a run that reads as no number (十五五, a plan's name) is none.
  while (value === null && end > i + 1 && '万亿千百'.includes(s[end - 1])) {
    end--;
    work += end - i;
    value = parseChineseNumeral(s.slice(i, end));
  }
  if (value === null) return null;
  // A set phrase of policy (两个确立, 八项规定, 四个意识, 三严三实): a name, never a count.
  if (!continuation && SET_PHRASE.test(s.slice(i, i + 6))) return null;
  // 一批, 一系列, 一些: "a number of", not one.
  if (end === i + 1 && s[i] === '一' && /^(批|系列|些|揽子)/.test(s.slice(end, end + 2))) return null;
  // Once, not a count to reach: 为老年人免费体检一次, 一次性补助 (a count of times is written in figures, 1次, or
  // after a grammar word: 不少于一次).
  if (!continuation && end === i + 1 && s[i] === '一' && s[end] === '次') return null;
  if (!continuation) {
    const rest = s.slice(end, end + MAX_CJK_UNIT + 1);
    // A grade, not a count: 二级及以上综合医院, 三级甲等, 一级指标.
    if (rest.startsWith('级')) return null;
    // A phase, not a count: 一期工程, 建成体育公园（二期） (a count of sessions is written in digits: 10期).
    if (rest.startsWith('期')) return null;
    const followedByUnit =
      CJK_UNITS.some((u) => rest.startsWith(u)) ||
      rest.startsWith('个百分点') ||
      APPROX_AFTER.has(rest[0] ?? '') ||
      /^(以上|以内|左右|余|多)/.test(rest);
    if (!followedByUnit) return null;
  }
  return { value, end, chinese: true };
}

/** The unit after a number at s[i…]: a known CJK unit, an English unit word, or null. */
function unitAt(s: string, lower: string, i: number): { unit: string; end: number } | null {
  // CJK: the longest known unit (万元 is 万 multiplier + 元 and was consumed by the number).
  for (let len = Math.min(MAX_CJK_UNIT, s.length - i); len >= 1; len--) {
    const u = s.slice(i, i + len);
    if (CJK_UNIT_SET.has(u)) return { unit: u, end: i + len };
  }
  // English: skip one space, then the longest unit word (two words at most).
  let j = i;
  if (s[j] === ' ') j++;
  const m = /^[a-z]+(?: [a-z]+)?/.exec(lower.slice(j, j + 24));
  if (m) {
    const two = m[0];
    if (EN_UNITS.has(two)) return { unit: s.slice(j, j + two.length), end: j + two.length };
    const one = two.split(' ')[0];
    if (EN_UNITS.has(one)) return { unit: s.slice(j, j + one.length), end: j + one.length };
  }
  return null;
}

interface Pending {
  comparator: Comparator | null;
  strict: boolean;
  aspire: boolean;
  change: Change | null;
  role: MentionRole;
  gapSign: 1 | -1 | null;
  near: string | null;
  aboutWord: string | null;
  currency: string | null;
  cnPercent: boolean;
  /** Where the words of this mention start (the first grammar word before the number). */
  start: number;
  /** Where the label (words before the grammar words) starts: after the last separator. */
  clauseStart: number;
}

function freshPending(clauseStart: number): Pending {
  return {
    comparator: null,
    strict: false,
    aspire: false,
    change: null,
    role: 'value',
    gapSign: null,
    near: null,
    aboutWord: null,
    currency: null,
    cnPercent: false,
    start: -1,
    clauseStart,
  };
}

/** A share in words: 一半, 三分之一 (the whole first, then the part). */
const CN_SHARE = /^(一半|([一二两三四五六七八九十]{1,2})分之([一二两三四五六七八九十]{1,2}))/;

/**
 * A share in words after a change (压减一半, 降低三分之一) or before a bound (一半以上), as per cent: the
 * number in per cent, the pending mention told so; else null.
 */
function shareInWordsAt(s: string, i: number, p: Pending): NumberToken | null {
  const share = CN_SHARE.exec(s.slice(i, i + 12));
  if (!share || (p.change === null && !/^(以上|以内|左右)/.test(s.slice(i + share[0].length)))) return null;
  const part = share[1] === '一半' ? 50 : shareOfWords(share[2], share[3]);
  if (part === null) return null;
  p.cnPercent = true;
  return { value: part, end: i + share[0].length, chinese: true };
}

/** The part in per cent of a whole in words (三, 一 → 33.33); null for a part above its whole. */
function shareOfWords(whole: string, part: string): number | null {
  const w = parseChineseNumeral(whole);
  const n = parseChineseNumeral(part);
  if (w === null || n === null || w === 0 || n > w) return null;
  return Math.round((n / w) * 1e6) / 1e4;
}

/** True when a grammar word of two or more characters starts here (百分之, 百分点 before 百 as a numeral). */
function startsWord(s: string, lower: string, i: number): boolean {
  const w = wordAt(s, lower, i);
  return w !== null && w.length >= 2;
}

function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 0xff0d;
}

function skipDigits(s: string, i: number): number {
  let j = i;
  while (j < s.length && (isDigit(s.charCodeAt(j)) || s[j] === '.')) j++;
  return j;
}

const YEARS_WITHIN = /^\s?(?:个)?(?:年|周年)(?:之)?(?:内|內|以内|以內)/;
/** Years counted back or in a row (近三年, 连续三年, 过去5年): a time frame, not a figure to reach. */
const YEARS_RUN_BEFORE = /(?:连续|近|最近|过去|前)\s*$/;
const YEARS_AFTER = /^\s?(?:个)?年(?!度)/;
/**
 * The years a target is set over (三年内) or counted back (近三年, 连续三年): when, not a figure to reach;
 * and a school grade (七至九年级, 一年级新生), which names who.
 */
function isTimeFrame(s: string, start: number, end: number): boolean {
  return (
    YEARS_WITHIN.test(s.slice(end, end + 5)) ||
    /^\s?年级/.test(s.slice(end, end + 3)) ||
    // A programme's or a set's name (新三年行动计划, 四大新兴产业, 十大民生实事): no figure to reach.
    PROGRAMME_NAME.test(s.slice(end, end + 6)) ||
    // A reform named by its "one" (一件事一次办, 一网通办, 一站式服务): a name, not a count.
    (s.slice(start, end) === '一' && ONE_STOP.test(s.slice(end, end + 4))) ||
    // A term named by its number (五保户, 三保障): who or what, not a count.
    (NUMBERED_TERM.test(s.slice(start, end + 2)) && !/\d/.test(s.slice(start, end))) ||
    (YEARS_RUN_BEFORE.test(s.slice(Math.max(0, start - 3), start)) && YEARS_AFTER.test(s.slice(end, end + 3)))
  );
}
const NUMBERED_TERM = /^(?:五保|三保障|两不愁|三农)/;
const ONE_STOP = /^(?:件事|次办|网通办|网统管|站式|门式|窗(?:受理|通办|式)|次性告知)/;
const PROGRAMME_NAME = /^(?:年(?:行动|计划|攻坚|规划|专项)|大(?:[\u4e00-\u9fff]{2}))/;
const YEAR_SECOND_HALF = /^[-–—/]\d{2}(?!\d)/;

/** A date's part, a rate's base (per 1,000) or a list mark inside the text (…;\n2)完成…): no figure. */
function isNoFigure(s: string, lower: string, at: number, num: NumberToken, negative: boolean): boolean {
  if (isDatePart(s, lower, at, num) || isPerBase(lower, at, num.value)) return true;
  return !negative && listMarkEnd(s, at) > 0;
}

/** A list mark's number and its closing mark (2) / 2. / 2、), not more of a number (2.5万, 2%). */
const LIST_MARK_AT = /\d{1,2}\s*[)）.、．](?![\d%])/y;

/**
 * The end of a list mark at `i` that opens the text or follows a line break or a clause's end (…416人;
 * 2)完成… / ；(2)… / 目标：1.…): the item's numbering, no figure; -1 where there is none.
 */
function listMarkEnd(s: string, i: number): number {
  let j = i - 1;
  if (j >= 0 && (s[j] === '(' || s[j] === '（')) j--;
  while (j >= 0 && s[j] === ' ') j--;
  if (j >= 0 && !LIST_MARK_BEFORE.has(s[j])) return -1;
  LIST_MARK_AT.lastIndex = i;
  return LIST_MARK_AT.test(s) ? LIST_MARK_AT.lastIndex : -1;
}
const LIST_MARK_BEFORE = new Set(['\n', ';', '；', '。', ':', '：']);
const MONTH_WORDS = /^\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/;
const MONTH_DAY_BEFORE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s$/;
/** A day written in figures: 31.12.2024, 31/03/2024, 31/3/24, 31-03-2024, 2024-03-31. */
const NUMERIC_DATE =
  /(?<![\d.,/-])(?:(\d{1,2})([./])(\d{1,2})\2(?:\d{4}|\d{2})|(\d{1,2})-(\d{1,2})-\d{4}|\d{4}-(\d{1,2})-(\d{1,2}))(?![\d.,/-]*\d)/g;

/** True when the number at s[at…end] lies inside a day written in figures ("as on 31.12.2024"). */
function inNumericDate(s: string, from0: number, end: number): boolean {
  // A number read from its point (.2024 of 31.12.2024) starts at its first digit.
  const at = s.charCodeAt(from0) === 46 ? from0 + 1 : from0;
  const after = s.charCodeAt(end);
  const joined = (c: number): boolean => c === 46 || c === 47 || c === 45; // . / -
  if (
    !(joined(after) && isDigit(s.charCodeAt(end + 1))) &&
    !(joined(s.charCodeAt(at - 1)) && isDigit(s.charCodeAt(at - 2)))
  )
    return false;
  const from = Math.max(0, at - 11);
  const near = s.slice(from, Math.min(s.length, end + 11));
  for (const m of near.matchAll(NUMERIC_DATE)) {
    const start = from + (m.index ?? 0);
    if (at < start || at >= start + m[0].length) continue;
    const day = Number(m[1] ?? m[4] ?? m[7]);
    const month = Number(m[3] ?? m[5] ?? m[6]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
  }
  return false;
}

const ROC_YEAR_PART = /^年(?:度|\s?\d{1,2}\s?月|[上下]半年|底|初|第?[一二三四1-4]季)/;

/**
 * A number that is part of a date or a period, not a figure: 2019年, 1-7月, 9月底, 30日, 三季度, "19
 * October 2024", "2023/24".
 */
function isDatePart(s: string, lower: string, at: number, num: NumberToken): boolean {
  if (inNumericDate(s, at, num.end)) return true;
  let j = num.end;
  // 1-7月: look past a range to the word after it.
  const range = /^\s?[-~～—–至到]\s?\d{1,2}/.exec(s.slice(j, j + 6));
  if (range && num.value >= 1 && num.value <= 12) j += range[0].length;
  const next = s.slice(j, j + 2);
  if (/^(月|日|号|季度|季)/.test(next)) return true;
  // An ordinal (the 4th floor, 21st century): a place in an order, not a figure.
  if (Number.isInteger(num.value) && /^(?:st|nd|rd|th)\b/i.test(s.slice(num.end, num.end + 3))) return true;
  // …and in Chinese (第3批, 第5座水厂), as 第三批 is.
  if (Number.isInteger(num.value) && s[at - 1] === '第') return true;
  // A road's or a line's number (104国道, 3号线): a name, not a figure.
  if (/^(国道|省道|县道|乡道|号线)/.test(s.slice(num.end, num.end + 3))) return true;
  // A generation's or a dimension's name (5G基站, 3D打印, 4K超高清): a name too.
  if (
    Number.isInteger(num.value) &&
    num.value >= 2 &&
    num.value <= 8 &&
    !/[$£€¥￥]/.test(s[at - 1] ?? '') &&
    /^(?:[GD](?![A-Za-z0-9])|K[\u4e00-\u9fff])/.test(s.slice(num.end, num.end + 2))
  )
    return true;
  if (next[0] === '年' && Number.isInteger(num.value) && num.value >= 1900 && num.value <= 2100) return true;
  // A year of Taiwan's calendar with its month or its part (92年9月完成, 110年度, 112年上半年): a date too.
  if (
    num.value >= 40 &&
    num.value <= 150 &&
    Number.isInteger(num.value) &&
    ROC_YEAR_PART.test(s.slice(j, j + 7))
  )
    return true;
  // The end of a span of years (2019-20年, 1996 至 97 年度): its two digits are a year too.
  if (next[0] === '年' && /(?:19|20)\d{2}\s?[-–—至到]\s?$/.test(s.slice(Math.max(0, at - 8), at)))
    return true;
  if (MONTH_WORDS.test(lower.slice(j, j + 12)) && num.value >= 1 && num.value <= 31) return true;
  const before = lower.slice(Math.max(0, at - 16), at);
  // A day after its month (September 27, Sept. 27th): a date, as 27 September is.
  if (Number.isInteger(num.value) && num.value >= 1 && num.value <= 31 && MONTH_BEFORE.test(before))
    return true;
  if (Number.isInteger(num.value) && num.value >= 1900 && num.value <= 2100) {
    // …and the year after it (September 27, 2016).
    if (MONTH_DAY_BEFORE.test(before)) return true;
    if (/^\/\d{2}(?!\d)/.test(s.slice(j, j + 4))) return true; // 2023/24
    // A year a sentence names, nothing counted after it ("Maintained unqualified audit opinion for 2012").
    if (
      /\b(?:for|in|during|since)\s$/.test(before) &&
      /^\s*(?:$|[.,;:)]|financial|fiscal|year)/.test(lower.slice(j, j + 12))
    )
      return true;
    if (Number(/^\/(\d{4})(?!\d)/.exec(s.slice(j, j + 6))?.[1]) === num.value + 1) return true; // 2020/2021
    // A fiscal year written with a dash (fiscal year 2016-17, 2016-2017): the next year after it.
    const span = /^[-–—](\d{2}|\d{4})(?![\d%.])/.exec(s.slice(j, j + 6));
    if (span && Number(span[1]) === (span[1].length === 2 ? (num.value + 1) % 100 : num.value + 1))
      return true;
    // …and the year that ends such a span (2016-2017).
    const start = /((?:19|20)\d{2})[-–—]$/.exec(s.slice(Math.max(0, at - 5), at));
    if (start && Number(start[1]) + 1 === num.value) return true;
    if (/^\s?[-–—至到]\s?\d{2}(?!\d)\s?年/.test(s.slice(j, j + 8))) return true; // 2019-20年(度), 1996 至 97 年度
    if (
      /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/.test(
        lower.slice(Math.max(0, at - 11), at),
      )
    )
      return true;
  }
  return false;
}

const ZERO: Mention = {
  value: 0,
  high: null,
  percent: false,
  points: false,
  unit: null,
  comparator: 'at_most',
  change: null,
  approximation: null,
  aspirational: false,
  role: 'value',
  gapSign: null,
  label: '',
  text: '',
};

/** Records a grammar word in the pending mention; false for words that mean nothing outside a mention. */
function applyWord(p: Pending, word: Word, written: string): boolean {
  switch (word.t) {
    case 'cmp':
      p.comparator = word.v;
      if (word.v === 'about') p.aboutWord = written;
      p.strict = word.strict ?? false;
      p.aspire = p.aspire || (word.aspire ?? false);
      return true;
    case 'near':
      p.near = written;
      return true;
    case 'change':
      p.change = word.v;
      return true;
    case 'role':
      p.role = 'completion';
      return true;
    case 'gap':
      p.role = 'gap';
      p.gapSign = word.sign;
      return true;
    case 'currency':
      p.currency = word.v;
      return true;
    case 'cn-percent':
      p.cnPercent = true;
      return true;
    default:
      // A dash between words, a stray "+", "%" or 以上 outside a figure: just text.
      return false;
  }
}

/**
 * Every figure in a text, with what was written around it. Linear in the text's length: each position
 * is looked at a bounded number of times. Never throws.
 */
export function scanQuantities(input: string, stats?: { work: number }): ScanResult {
  work = 0;
  if (!stats && typeof input === 'string' && input.length <= 48) {
    // Sheets repeat the same short texts (units, targets, status words) on many rows.
    const hit = SCANNED.get(input);
    if (hit) return hit;
    const result = nilScan(input) ?? scan(input);
    if (SCANNED.size >= 4096) SCANNED.clear();
    SCANNED.set(input, result);
    return result;
  }
  const result = nilScan(input) ?? scan(input);
  if (stats) stats.work = work;
  return result;
}

/** A small number in words or figures (two, 5): its value; null for other words. */
export function countOf(word: string): number | null {
  const i = NUMBER_WORDS.indexOf(word.toLowerCase());
  if (i >= 0) return i + 1;
  return /^\d{1,4}$/.test(word) ? Number(word) : null;
}

/** Scans of short texts already made (the results are never changed by their users). */
const SCANNED = new Map<string, ScanResult>();

/** Small numbers in words, one to twenty: NUMBER_WORDS[n - 1] is n. */
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** A figure in words with its digits in brackets ("four (4) months", "forty-five (45) days"). */
const NUMBER_WORD_DIGITS = new RegExp(
  `\\b((?:${[...NUMBER_WORDS, 'thirty', 'forty', 'forty-five', 'sixty', 'ninety'].join('|')})\\s*)\\((\\d{1,3})\\)(?=\\s*[A-Za-z])`,
  'gi',
);
const BOUND_NUMBER_WORD = new RegExp(
  `\\b((?:no|not) (?:more|fewer|less) than (?:a (?:ratio|rate) of )?|(?:less|more|fewer) than (?:a (?:ratio|rate) of )?|at (?:least|most) (?:an average of )?|(?:an )?average of (?:at least )?)(${NUMBER_WORDS.join('|')})\\b(?![-\\s]*of\\b)`,
  'gi',
);

/**
 * A rate's base after "per" (per 1,000 prisoners, per 100,000 population: 10, 100, 1,000…), which is no
 * figure to reach: "five per 100 prisoners" is 5, not 100.
 */
function isPerBase(lower: string, start: number, value: number): boolean {
  return (
    /\bper\s+$/.test(lower.slice(Math.max(0, start - 6), start)) &&
    value >= 10 &&
    Number.isInteger(Math.log10(value))
  );
}

/**
 * The text as scanned: in Simplified characters, figures in words as digits, and what is no figure
 * (names in quotation marks, a share's working, note marks, clock times, labels) blanked, its length kept.
 */
function scannable(written: string): string {
  const hans = withoutQuotedNames(toHans(written));
  return withoutLabels(withoutClockTimes(withoutNoteMarks(withoutShareWorkings(digitsForWords(hans)))));
}

/**
 * A name in quotation marks or title marks (“一村一块田”改革试验, “三品一标”认证, 《十四五规划》): its
 * numerals name it, never count it, so each is blanked to a space (the text keeps its length).
 */
function withoutQuotedNames(s: string): string {
  return QUOTE_HINT.test(s) ? s.replace(QUOTED_NAME, (w) => w.replace(NAME_NUMERAL, ' ')) : s;
}

const QUOTE_HINT = /[“「『《"]/;
/** A short quoted text with a Han character in it, its marks included. */
const QUOTED_NAME =
  /“(?=[^”]*\p{Script=Han})[^”%％]{1,16}”|「[^」%％]{1,16}」|『[^』%％]{1,16}』|《[^》%％]{1,24}》|"(?=[^"]*\p{Script=Han})[^"%％]{1,16}"/gu;
const NAME_NUMERAL = /[0-9一二三四五六七八九十百千万两〇零]/g;

/**
 * Figures written in words, as digits of the same length (so the texts taken stay where they were
 * written): a figure with its digits in brackets ("four (4) months", "fourteen (14) working days"), and a
 * small number after a bound ("no more than three escapes", "at least nine hours").
 */
function digitsForWords(s: string): string {
  return s
    .replace(NUMBER_WORD_DIGITS, (_m, word: string, digits: string) => `${word}  ${digits}`)
    .replace(BOUND_NUMBER_WORD, (_m, bound: string, word: string) => {
      const digits = String(NUMBER_WORDS.indexOf(word.toLowerCase()) + 1);
      return bound + digits.padStart(word.length, ' ');
    });
}

/**
 * A space between a figure and a Chinese word, as Hong Kong and Taiwan write (在 1997 年 2 月, 派發了
 * 15 000 份, 動用 40 億元): read as if there were none. A space between digits (15 000) stays.
 */
const SPACE_BY_FIGURE = /(?<=\d) (?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]) (?=\d)/g;

function scan(input: string): ScanResult {
  if (typeof input !== 'string' || input.length === 0) return { mentions: [], rest: '' };
  // Matched in Simplified characters (萬元 is 万元), its texts taken from the text as written.
  const written = withDecimalPoint(normalizeText(input).slice(0, 4000)).replace(SPACE_BY_FIGURE, '');
  const s = scannable(written);
  const lower = s.toLowerCase();
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const meta: MentionPlace[] = [];
  let clause = 0;
  let p = freshPending(0);
  // A list number before the text (1. / 2、/ *4. / (3)) numbers the item: it is no figure.
  let i = LIST_NUMBER.exec(s)?.[0].length ?? 0;
  const n = s.length;
  while (i < n) {
    work++;
    const c = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
    // A number: Arabic (with a minus sign where no number stands before it), or Chinese numerals.
    let num: NumberToken | null = null;
    let numStart = i;
    let negative = false;
    if (
      isMinus(c) &&
      isDigit(s.charCodeAt(i + 1)) &&
      !isDigit(prev) &&
      prev !== 37 /* % */ &&
      !isAsciiLetter(prev)
    ) {
      negative = true;
      numStart = i + 1;
    }
    const d = s.charCodeAt(numStart);
    if (isDigit(d) || (d === 46 && isDigit(s.charCodeAt(numStart + 1)))) {
      const joined =
        (prev === 47 /* / */ &&
          i > 1 &&
          (isDigit(s.charCodeAt(i - 2)) || isAsciiLetter(s.charCodeAt(i - 2)))) ||
        (isMinus(prev) && i > 1 && isAsciiLetter(s.charCodeAt(i - 2)));
      if ((isAsciiLetter(prev) || joined) && !negative && !isRandSum(s, i)) {
        // Q2, FY24, M7, COVID-19: part of a word, not a figure.
        i = skipDigits(s, i);
        continue;
      }
      num = arabicAt(s, numStart);
      if (num && isNoFigure(s, lower, numStart, num, negative)) {
        // The year's second half goes with it (2019-20年, 2023/24).
        const half = num.value >= 1900 ? YEAR_SECOND_HALF.exec(s.slice(num.end, num.end + 4)) : null;
        i = num.end + (half?.[0].length ?? 0);
        p = freshPending(p.clauseStart);
        continue;
      }
    } else if (CN_NUMERAL.has(s[i]) && !startsWord(s, lower, i)) {
      // A share in words (压减一半); else, after a grammar word (近, 约, 百分之, 增长…), a numeral needs no
      // unit to be a figure.
      num = shareInWordsAt(s, i, p) ?? chineseAt(s, i, p.cnPercent || p.start >= 0);
      if (!num) {
        // Not a figure (一般, 第一, 十四五): skip the whole run of numeral characters.
        while (i < n && CN_NUMERAL.has(s[i])) i++;
        continue;
      }
    }
    if (num && isTimeFrame(s, numStart, num.end)) {
      // The years a target is set over (三年内, 两年內): when it is due, not a figure to reach.
      i = num.end;
      p = freshPending(p.clauseStart);
      continue;
    }
    if (num) {
      const signed = negative ? { ...num, value: -num.value } : num;
      const m = readMention(s, lower, i, signed, p);
      const mention = written === s ? m.mention : asWritten(m, written, p.clauseStart);
      mentions.push(placedRole(s, lower, m, mention));
      meta.push({ clause, noun: qualifies(s, m, mention) ? nounFollows(s, lower, m.end) : false });
      taken.push([m.start, m.end]);
      i = m.end;
      p = freshPending(i);
      continue;
    }
    const none = noneAt(s, lower, i, p.clauseStart);
    if (none) {
      mentions.push(none.mention);
      meta.push({ clause, noun: false });
      taken.push([i, none.end]);
      i = none.end;
      p = freshPending(i);
      continue;
    }
    const w = wordAt(s, lower, i);
    if (w) {
      const word = w.word;
      const at = i;
      i += w.length;
      if (word.t === 'sep') {
        p = freshPending(i);
        clause++;
        continue;
      }
      if (applyWord(p, word, s.slice(at, i)) && p.start < 0) p.start = at;
      continue;
    }
    i++;
  }
  markQualifiers(mentions, meta);
  return { mentions: joinDurations(mentions, written), rest: restOf(s, taken) };
}

/**
 * A comparator's word after a figure at `j` (以上, 以内, 左右, or more, max), or approx. written after it
 * as 左右 is (Up 6.5 approx.); `bounds` when it may replace an "about" before the figure.
 */
function suffixAt(
  s: string,
  lower: string,
  j: number,
): { end: number; comparator: Comparator; written: string; bounds: boolean } | null {
  let k = j;
  while (s[k] === ' ') k++;
  const after = wordAt(s, lower, k);
  if (after?.word.t === 'cmp-after') {
    const end = k + after.length;
    return { end, comparator: after.word.v, written: s.slice(k, end), bounds: true };
  }
  if (after?.word.t === 'cmp' && after.word.v === 'about' && APPROX_WORD_AFTER.test(lower.slice(k, k + 14))) {
    const end = k + after.length;
    return { end, comparator: 'about', written: s.slice(k, end), bounds: false };
  }
  return null;
}

/** "approx." or "approximately" written after its figure. */
const APPROX_WORD_AFTER = /^approx(?:\.|imately\b)/;

/** A mention with the role its place gives it: the base a change is from, a qualifier, or as read. */
function placedRole(s: string, lower: string, at: { start: number; end: number }, mention: Mention): Mention {
  if (isBase(s, at.start, at.end, mention)) return { ...mention, role: 'base' };
  if (describesWhoIsCounted(lower, at.start, at.end, mention) || slotNumber(lower, at.start, at.end, mention))
    return { ...mention, role: 'qualifier' };
  return mention;
}

/**
 * The number of a slot in a form's list, never a figure: 指标1：…, 目标2、…, Indicator 3: … (a bare
 * whole number straight after the slot's word and before a colon or a list mark).
 */
const SLOT_WORD =
  /(?:指标|指標|目标|目標|任务|任務|事项|事項|措施|项目|項目|\b(?:indicator|target|objective|goal|measure|kpi|outcome|priority|action|task))\s*$/;
function slotNumber(lower: string, start: number, end: number, m: Mention): boolean {
  if (
    m.unit !== null ||
    m.percent ||
    m.comparator !== null ||
    m.change !== null ||
    !Number.isInteger(m.value)
  )
    return false;
  return (
    /^\s*[:：、]/.test(lower.slice(end, end + 3)) &&
    SLOT_WORD.test(lower.slice(Math.max(0, start - 12), start))
  );
}

/**
 * A figure in English that says who or what is counted, never a figure to reach: an age band (aged 16 to
 * 64, age 16 plus, NEET (18 to 24)), a score's range, a qualification level and above (RQF level 4+), or
 * an age or a span the measure is taken at or over (MMR2 at 5 years, in a rolling 3 year period,
 * development (3 years)). `lower` is the text in lower case.
 */
function describesWhoIsCounted(lower: string, start: number, end: number, m: Mention): boolean {
  if (m.percent || m.change !== null) return false;
  const before = lower.slice(Math.max(0, start - 16), start);
  const after = lower.slice(end, end + 12);
  if (/\b(?:aged?|ages)\s*$/.test(before)) return true;
  // (the range a score runs over: quality of life - range ( -0.8 to 1.0 ))
  if (m.comparator === 'between' && /\b(?:range|scale)\b[\s:–-]*\(?\s*$/.test(before)) return true;
  if (/\b(?:level|grade|key stage)\s*$/.test(before) && m.comparator === 'at_least' && m.unit === null)
    return true;
  const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
  if (
    bracketed &&
    m.comparator === 'between' &&
    m.unit === null &&
    Number.isInteger(m.value) &&
    m.high !== null &&
    Number.isInteger(m.high) &&
    m.high <= 120
  )
    return true;
  if (m.comparator !== null || !/^(?:years?|months?|weeks?)$/.test(m.unit ?? '')) return false;
  return bracketed || /\b(?:at|rolling)\s*$/.test(before) || /^\s*(?:old|olds|period)\b/.test(after);
}

/** Where a mention stands: its clause (commas and stops part them), and the noun after it, if any. */
interface MentionPlace {
  readonly clause: number;
  readonly noun: 'han' | 'word' | false;
}

/**
 * A result or a goal of none in one word, alone or that it was so ("Nil", "Zero", "None reported"): a
 * figure of 0, at most. "None" alone is not: a target of "None" is no target set. Only the whole text:
 * "none of the homes" is no figure.
 */
const NIL =
  /^\s*(nil|zero|none(?=\s+(?:reported|recorded|identified|received|occurred)))(?:\s+(?:reported|recorded|identified|received|occurred))?\s*\.?\s*$/;

/** The scan of a text that is NIL: its one figure of 0; null for any other text. */
function nilScan(input: string): ScanResult | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const nil = NIL.exec(input.toLowerCase());
  if (!nil) return null;
  const at = input.toLowerCase().indexOf(nil[1]);
  return { mentions: [{ ...ZERO, text: input.slice(at, at + nil[1].length), label: '' }], rest: '' };
}

/**
 * A figure starts at s[i], after spaces: a digit or a Chinese numeral. 近 (nearly) is one only right before
 * its figure, never inside a name or a word (习近平, 近年来).
 */
function figureAt(s: string, i: number): boolean {
  let j = i;
  while (s.charCodeAt(j) === 32) j++;
  return isDigit(s.charCodeAt(j)) || CN_NUMERAL.has(s[j] ?? '');
}

/** "no cases", "zero incidents" at `i`: a figure of 0, at most. */
function noneAt(
  s: string,
  lower: string,
  i: number,
  clauseStart: number,
): { mention: Mention; end: number } | null {
  const none = /^(no|zero|nil)\s+/.exec(lower.slice(i, i + 6));
  if (!none || (i > 0 && isAsciiLetter(lower.charCodeAt(i - 1)))) return null;
  const u = unitAt(s, lower, i + none[0].length);
  if (!u) return null;
  const text = s.slice(i, u.end);
  return { mention: { ...ZERO, unit: u.unit, text, label: cleanLabel(s.slice(clauseStart, i)) }, end: u.end };
}

/**
 * A figure with 以上 / 以下 / "or more" that a noun follows, with a figure after it in the same clause,
 * qualifies what is counted (200人以上较大自然村…通达率97%以上, 500万元以上项目10个, "10 or more dwellings
 * determined within 13 weeks"): the later figure is the one to reach. Without a later figure
 * (完成工程量50%以上) or with a conjunction after it (30亿元以上并开工5个项目) the figure stays a value. In
 * English the later figure must itself be a standard (a share, or with a comparator), since "10 000+ youths
 * in the 52 districts" is the target and where it is met.
 */
function markQualifiers(mentions: Mention[], meta: readonly MentionPlace[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const noun = meta[k].noun;
    if (!noun || mentions[k].role !== 'value') continue;
    // An age before whom it counts (为6-9岁学龄儿童, 0-6岁儿童, 65岁以上老年人) says who is served, never what
    // to reach; an age with nothing after it is a level (人均预期寿命达到78岁).
    if (noun === 'han' && AGE_UNIT.test(mentions[k].unit ?? '')) {
      mentions[k] = { ...mentions[k], role: 'qualifier' };
      continue;
    }
    for (let j = k + 1; j < mentions.length && meta[j].clause === meta[k].clause; j++) {
      const later = mentions[j];
      if (later.role !== 'value') continue;
      if (noun === 'word' && !later.percent && later.comparator === null) continue;
      mentions[k] = { ...mentions[k], role: 'qualifier' };
      break;
    }
    // A count right before it (为3.078万60岁以上老年人接种): the count is of those it qualifies.
    const before = mentions[k - 1];
    if (
      noun === 'han' &&
      mentions[k].role === 'value' &&
      before?.role === 'value' &&
      meta[k - 1].clause === meta[k].clause &&
      !before.percent
    ) {
      mentions[k] = { ...mentions[k], role: 'qualifier' };
    }
  }
}

/**
 * A figure that may say what is counted, as a noun follows it: one with 以上 / 以下 after it, an age before
 * whom it counts (6-9岁儿童7050人), or a bound amount before 的 (收入超过10万元的村达到55%).
 */
function qualifies(s: string, m: { suffixed: boolean; end: number }, mention: Mention): boolean {
  return (
    m.suffixed ||
    mention.unit === '岁' ||
    mention.unit === '周岁' ||
    boundOfWhatIsCounted(s, m.end, mention) ||
    yearsSpan(mention)
  );
}

/**
 * A span of a few years before what is done in it (两年扩招200万人, 三年新建学校12所): the time allowed, not the
 * figure to reach, where a figure follows in the clause (markQualifiers).
 */
function yearsSpan(m: Mention): boolean {
  return (
    m.unit === '年' &&
    !m.percent &&
    m.comparator === null &&
    m.change === null &&
    Number.isInteger(m.value) &&
    m.value >= 1 &&
    m.value <= 10
  );
}

/**
 * A bound amount, then 的 and a noun (超过10万元的村): what is counted, not a goal (达到10万元的目标); a share
 * so bound is the share to reach (至少85%的建筑图则在54天内审批).
 */
function boundOfWhatIsCounted(s: string, end: number, m: Mention): boolean {
  return (
    m.comparator !== null && !m.percent && s[end] === '的' && !GOAL_AFTER_OF.test(s.slice(end + 1, end + 3))
  );
}

const GOAL_AFTER_OF = /^(?:目标|任务|要求|水平|基础|标准|规模|幅度|增速|速度)/;

/** Units of a person's age. */
const AGE_UNIT = /^(?:周?岁|足岁|月龄|个?月龄)$/;

/** Characters that join a second task or clause rather than begin a noun (并 / 且 / 和 …). */
const JOINING_HAN = new Set(Array.from('并且和及或与而等'));
/** English words after "10 or more" that are no noun it qualifies. */
const JOINING_WORDS =
  /^(?:and|or|but|by|within|in|per|of|on|to|for|at|each|every|a|an|the|than|from|over|under|with|is|are|was|were)\b/;

/** Whether a noun starts at `at`: a Chinese character that joins nothing ('han'), an English word ('word'). */
function nounFollows(s: string, lower: string, at: number): 'han' | 'word' | false {
  const c = s.charCodeAt(at);
  // A change word after the figure (实现10%以上增长) is the figure's, no noun it counts.
  if (c >= 0x4e00 && c <= 0x9fff)
    return JOINING_HAN.has(s[at]) || wordAt(s, lower, at)?.word.t === 'change' ? false : 'han';
  if (c !== 32) return false;
  let k = at;
  while (s.charCodeAt(k) === 32) k++;
  return isAsciiLetter(s.charCodeAt(k)) && !JOINING_WORDS.test(lower.slice(k, k + 8)) ? 'word' : false;
}

/**
 * "3 hours and 11 minutes", "1 min 20 secs", 3小时11分钟: one duration in the larger unit (3.18 hours), not
 * two figures of which the first would be taken alone.
 */
function joinDurations(mentions: Mention[], written: string): Mention[] {
  if (mentions.length < 2) return mentions;
  const out: Mention[] = [];
  let from = 0;
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    const at = written.indexOf(a.text, from);
    const next = b ? written.indexOf(b.text, at < 0 ? from : at + a.text.length) : -1;
    if (at >= 0) from = at + a.text.length;
    const big = a.unit ? timeUnitMinutes(a.unit) : null;
    const small = b?.unit ? timeUnitMinutes(b.unit) : null;
    const between = at >= 0 && next >= 0 ? written.slice(at + a.text.length, next) : null;
    if (
      b &&
      big !== null &&
      small !== null &&
      small < big &&
      between !== null &&
      /^\s*(?:and|&|,|，|又|零)?\s*$/i.test(between) &&
      a.role === 'value' &&
      b.role === 'value' &&
      !a.percent &&
      !b.percent &&
      a.high === null &&
      b.high === null &&
      b.comparator === null &&
      b.change === null
    ) {
      out.push({
        ...a,
        value: a.value + (b.value * small) / big,
        text: written.slice(at, next + b.text.length),
      });
      from = next + b.text.length;
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A rate per hundred ("five per 100 prisoners", "per hundred"): a percentage by another name. */
const PER_HUNDRED = /per (?:100|hundred)\b(?![,.]?\s?\d)/y;

/**
 * After a first figure and its unit (s[unitStart…unitEnd], or a word of letters where the grammar knows
 * no unit: Mbps), a range word and a second figure with the same unit: the second figure, and where its
 * unit ends. 10 km - 20 km, 10人至20人, 3万元-5万元 (each end with its own multiplier), 2Mbps - 35Mbps.
 */
function rangeOfUnitAt(
  s: string,
  lower: string,
  unitStart: number,
  unitEnd: number,
  low: number,
): { high: number; end: number } | null {
  let end = unitEnd;
  if (end === unitStart)
    end += /^[A-Za-z]{2,8}(?:\/[A-Za-z]{1,4})?/.exec(s.slice(unitStart, unitStart + 14))?.[0].length ?? 0;
  const unit = s.slice(unitStart, end).trim();
  if (unit === '') return null;
  let k = end;
  while (s[k] === ' ') k++;
  const dash = wordAt(s, lower, k);
  if (dash?.word.t !== 'range') return null;
  k += dash.length;
  while (s[k] === ' ') k++;
  const second = isDigit(s.charCodeAt(k)) ? arabicAt(s, k) : null;
  if (!second || second.value <= low) return null;
  k = second.end;
  while (s[k] === ' ') k++;
  if (!s.startsWith(unit, k)) return null;
  const after = s.charCodeAt(k + unit.length);
  if (isAsciiLetter(unit.charCodeAt(unit.length - 1)) && isAsciiLetter(after)) return null;
  return { high: second.value, end: k + unit.length };
}

/** A percent sign, per mille or percentage points after position j (spaces skipped), or null. */
function percentAt(
  s: string,
  lower: string,
  j: number,
): { end: number; power: number; points: boolean } | null {
  let k = j;
  while (s[k] === ' ') k++;
  PER_HUNDRED.lastIndex = k;
  const per = PER_HUNDRED.exec(lower);
  // Per 100 things of the same kind (prisoners, cases); per 100 km is a rate of its own.
  if (per && !unitAt(s, lower, k + per[0].length + 1))
    return { end: k + per[0].length, power: -2, points: false };
  const w = wordAt(s, lower, k);
  if (w?.word.t === 'pct') return { end: k + w.length, power: w.word.power, points: false };
  if (w?.word.t === 'points') return { end: k + w.length, power: -2, points: true };
  return null;
}

/** 20多, 两千余, 20多万: an approximation right after the digits (and a 万 / 亿 after it). */
function approxAt(s: string, j: number): { end: number; marker: string; power: number } | null {
  const ch = s[j];
  if (!ch || !APPROX_AFTER.has(ch)) return null;
  const mult = /^(万亿|万|亿)/.exec(s.slice(j + 1, j + 3));
  const power = mult ? (mult[1] === '万亿' ? 12 : mult[1] === '万' ? 4 : 8) : 0;
  return { end: j + 1 + (mult ? mult[1].length : 0), marker: ch, power };
}

/**
 * A range after a first number: 6.5%—7%, 6.5-7%, 6.5 to 7 per cent, 3至5个. `low` is the first number as
 * written; the percent sign may stand after either end.
 */
function rangeAt(
  s: string,
  lower: string,
  j: number,
  first: NumberToken,
  lowPower: number,
  /** A range word came before the first end ("between"). */
  opened = false,
): { end: number; low: number; high: number; percent: { power: number; points: boolean } | null } | null {
  let k = j;
  while (s[k] === ' ') k++;
  // After "between", "and" parts the ends as a dash does (between 5 and 10 days).
  const and = opened && /^and (?=\d)/.test(lower.slice(k, k + 5)) ? 3 : 0;
  const dash = and ? null : wordAt(s, lower, k);
  if (!and && dash?.word.t !== 'range') return null;
  k += and || dash!.length;
  while (s[k] === ' ') k++;
  const c = s.charCodeAt(k);
  const second = isDigit(c) ? arabicAt(s, k) : CN_NUMERAL.has(s[k] ?? '') ? chineseAt(s, k, true) : null;
  // The multiplier after the second end counts for both (3-5万元 is 3万 to 5万).
  const shared = second?.power && !first.power ? second.power : 0;
  const low = shared ? scaleByPowerOfTen(first.value, shared) : first.value;
  if (!second || second.value <= low) return null;
  const pct = percentAt(s, lower, second.end);
  const power = pct ? pct.power : lowPower;
  return {
    end: pct ? pct.end : second.end,
    low: power !== 0 ? scaleByPowerOfTen(low, power) : low,
    high: power !== 0 ? scaleByPowerOfTen(second.value, power) : second.value,
    percent: pct ? { power: pct.power, points: pct.points } : null,
  };
}

/** After the number at `at`: percent, multiplier, unit, range, approximation and suffix words. */
function readMention(
  s: string,
  lower: string,
  at: number,
  first: NumberToken,
  p: Pending,
): { mention: Mention; start: number; end: number; suffixed: boolean } {
  let j = first.end;
  let value = first.value;
  let high: number | null = null;
  let approxMarker: string | null = p.near;
  let comparator = p.comparator;
  let aboutWord: string | null = p.comparator === 'about' ? p.aboutWord : null;
  const approx = (): void => {
    const a = approxAt(s, j);
    if (!a) return;
    approxMarker = approxMarker ?? a.marker;
    value = a.power ? scaleByPowerOfTen(value, a.power) : value;
    j = a.end;
  };
  approx();
  const pct = percentAt(s, lower, j);
  if (pct) j = pct.end;
  let power = pct ? pct.power : p.cnPercent ? -2 : 0;
  let points = pct?.points ?? false;
  if (power !== 0) value = scaleByPowerOfTen(value, power);
  const range = rangeAt(s, lower, j, first, power, comparator === 'between');
  if (range) {
    ({ low: value, high } = range);
    j = range.end;
    if (range.percent) ({ power, points } = range.percent);
    comparator = 'between';
  }
  const percent = power !== 0;
  // The unit of measure (a currency sign before the number stands for the unit).
  let unit: string | null = p.currency;
  const unitStart = j;
  const u = unitAt(s, lower, j);
  if (u && (!percent || u.unit === '个')) {
    if (!percent) unit = p.currency ?? u.unit;
    j = u.end;
  }
  if (high === null && !percent) {
    // A range with the unit at both ends (10 km - 20 km, 10人至20人, 3万元-5万元, 2Mbps - 35Mbps).
    const both = rangeOfUnitAt(s, lower, unitStart, u ? u.end : unitStart, value);
    if (both) {
      high = both.high;
      j = both.end;
      comparator = 'between';
    }
  }
  approx();
  // Suffix words: 以上 / 以内 / 左右 / or more / + / max.
  const suffix = suffixAt(s, lower, j);
  let suffixed = false;
  if (suffix) {
    suffixed = suffix.comparator !== 'about';
    j = suffix.end;
    if (suffix.comparator === 'about') aboutWord = suffix.written;
    if (comparator === null || (comparator === 'about' && suffix.bounds)) comparator = suffix.comparator;
  }
  // A change written after a share ("124% increase", "30% reduction on prior year", "50% ↓").
  let change = p.change;
  if (change === null && percent) {
    let c = j;
    while (s[c] === ' ') c++;
    const arrow = s[c] === '↓' || s[c] === '↑';
    const w = (c > j && isAsciiLetter(s.charCodeAt(c))) || arrow ? wordAt(s, lower, c) : null;
    if (w?.word.t === 'change' && !isAsciiLetter(s.charCodeAt(c + w.length))) {
      change = w.word.v;
      j = c + w.length;
    } else if (c > j) {
      // The change after what changed ("70% Malaria mortality reduction", "60% Filaria / Microfilaria
      // Reduction"): up to three words of it between — not a share of something ("80% of schools …").
      change = changeAfterSubject(s, lower, c);
    }
  }
  // "between" with no second end bounds nothing.
  if (comparator === 'between' && high === null) comparator = null;
  const start = p.start >= 0 ? p.start : at;
  const text = s.slice(start, j);
  const marker = approxMarker ?? (comparator === 'about' ? aboutWord : null);
  const label = cleanLabel(s.slice(p.clauseStart, start));
  const mention: Mention = {
    value: value === 0 ? 0 : value,
    high,
    percent,
    points,
    unit,
    comparator,
    // Strict only as its own word bounds it: "超过80%以上" and "> about 5" are not.
    ...(p.strict && !suffixed && comparator === p.comparator ? { strict: true as const } : {}),
    change,
    approximation: marker !== null ? { text, marker } : null,
    aspirational: p.aspire,
    ...gapAfter(lower, j, p),
    label,
    text,
  };
  return { mention, start, end: j, suffixed };
}

/**
 * A figure's side of its target said after it (R7m under budget, 3% below target, 2 days ahead of plan,
 * 7.7% above standard): a gap, not a result; else the role the words before it gave.
 */
function gapAfter(lower: string, j: number, p: Pending): Pick<Mention, 'role' | 'gapSign'> {
  GAP_AFTER.lastIndex = j;
  const m = p.role === 'value' ? GAP_AFTER.exec(lower) : null;
  if (!m) return { role: p.role, gapSign: p.gapSign };
  return { role: 'gap', gapSign: SHORT_OF.has(m[1]) ? -1 : 1 };
}
const GAP_AFTER =
  / ?(under|below|short of|behind|over|above|ahead of) (?:the )?(?:budget|target|plan|standard|trajectory)\b/y;
const SHORT_OF: ReadonlySet<string> = new Set(['under', 'below', 'short of', 'behind']);

/** A word of what changed, with what parts it from the next ("Malaria ", "Filaria / "). */
const SUBJECT_WORD = /^[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*(?:\s*\/\s*|\s+)/;
/** A share's own small words ("80% of schools …"): no subject of a change follows. */
const SHARE_OF = /^(?:of|in|for|to|at|on|by|from|with|the|a|an|and|or|than|per)$/i;

/** A change word after up to three words of what changed, from `c` on (see readMention); else null. */
function changeAfterSubject(s: string, lower: string, c: number): Change | null {
  let d = c;
  for (let words = 0; words < 3; words++) {
    const w = SUBJECT_WORD.exec(s.slice(d, d + 40));
    if (!w || (words === 0 && SHARE_OF.test(w[0].replace(/[\s/]+$/, '')))) return null;
    d += w[0].length;
    const v = wordAt(s, lower, d);
    if (v?.word.t === 'change' && !isAsciiLetter(s.charCodeAt(d + v.length))) return v.word.v;
  }
  return null;
}

const SHARE_WORKING = /(?<=%\s*)[(（]\s*\d[\d,]*(?:\.\d+)?\s*\/\s*\d[\d,]*(?:\.\d+)?\s*[)）]/g;

/**
 * Times of the day (上午10时至11时, 下午12时30分至2时, 9am to 5pm): when, not how much; blanked like a
 * note's mark. A time taken (24小时, 4分钟内) is no time of the day and stays.
 */
/**
 * Figures that label rather than count, blanked (each character a space, so that places in the text
 * stay): a plan's formula (“1+7+N”重点工作, 1+5+n) and a version (架构图2.0版, 3.0版本).
 */
function withoutLabels(s: string): string {
  if (!s.includes('+') && !s.includes('版')) return s;
  return s.replace(LABEL_FIGURES, (w) => ' '.repeat(w.length));
}

const LABEL_FIGURES = /(?<![\d.])\d+(?:\+(?:\d+|[a-z](?![a-z])))+|(?<![\d.])\d+(?:\.\d+)+\s?版(?:本)?/gi;

function withoutClockTimes(s: string): string {
  return CLOCK_HINT.test(s) ? s.replace(CLOCK_TIME, (w) => ' '.repeat(w.length)) : s;
}

const CLOCK_HINT = /[时点]|\d\s?[ap]\.?m\b/i;
const CLOCK_ZH =
  '(?:(?:上午|下午|中午|晚上|早上|凌晨|傍晚)\\s?\\d{1,2}[时点]|(?<![\\d.])\\d{1,2}时)(?:\\d{1,2}分)?';
const CLOCK_EN = '\\b\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b\\.?';
const CLOCK_TIME = new RegExp(
  `${CLOCK_ZH}(?:\\s?(?:至|到|[-–—~])\\s?${CLOCK_ZH})?|${CLOCK_EN}(?:\\s?(?:to|until|[-–—])\\s?${CLOCK_EN})?`,
  'gi',
);

/**
 * A note's mark right after a figure ("90%(1)", "1,234 (2)", "95%(注1)", "0.12 (6.f)") or a verdict
 * ("Achieved (5)"), the note under the table: blanked
 * (the text keeps its length, so every place in it still points into the text as written).
 */
function withoutNoteMarks(s: string): string {
  return s.includes('(') || s.includes('（') ? s.replace(NOTE_MARK, (w) => ' '.repeat(w.length)) : s;
}

const NOTE_MARK =
  /(?:(?<=[\d%％])\s?[（(](?:注|note\s?)?[1-9](?:\.[a-z])?|(?<=\b(?:achieved|met|exceeded|not achieved|not met|on target|off target)\s?)[（(]\d{1,2}(?:\.[a-z])?)[)）](?=\s*$|[\s,，;；。])/gi;

/**
 * A share's working in brackets after it (27.27%(9/33), 81.60% (1,428/1,750)) blanked out, each character
 * a space so that places in the text stay: its cases, no figure of its own.
 */
function withoutShareWorkings(s: string): string {
  return s.includes('/') ? s.replace(SHARE_WORKING, (w) => ' '.repeat(w.length)) : s;
}

/** A figure in brackets after 比 / 较 and the year it was (比2015年(24.31)…): the base of a change. */
function isBase(s: string, start: number, end: number, m: Mention): boolean {
  if (m.change !== null || m.comparator !== null) return false;
  const before = s.slice(Math.max(0, start - 12), start);
  // "565 days baseline", "a baseline of 565 days": the level a change is measured from.
  if (/^\s*base\s*line\b|^\s*baseline\b/i.test(s.slice(end, end + 12))) return true;
  if (/\bbaseline\s*(?:level\s*)?(?:of|:)?\s*$/i.test(s.slice(Math.max(0, start - 24), start))) return true;
  return (
    /(?:比|较)\s*(?:\d{4}\s*年(?:底|末)?|上年|去年|基期)\s*[(（]\s*$/.test(before) &&
    /^\s*[)）]/.test(s.slice(end))
  );
}

/** A mention read in Simplified characters, with its text, label and approximation as written. */
function asWritten(
  m: { mention: Mention; start: number; end: number },
  written: string,
  clause: number,
): Mention {
  const text = written.slice(m.start, m.end);
  const a = m.mention.approximation;
  return {
    ...m.mention,
    text,
    label: cleanLabel(written.slice(clause, m.start)),
    approximation: a ? { ...a, text } : null,
  };
}

/** The words before a figure, as a label: spaces and colons trimmed, 为/是/: at the end removed. */
function cleanLabel(text: string): string {
  return text
    .replace(/^[\s:：,，;；、(（]+/, '')
    .replace(/[\s:：(（为是达的]+$/, '')
    .trim();
}

function restOf(s: string, taken: readonly [number, number][]): string {
  if (taken.length === 0) return s.trim();
  let out = '';
  let last = 0;
  for (const [a, b] of taken) {
    out += s.slice(last, a) + ' ';
    last = b;
  }
  out += s.slice(last);
  return out.replace(/[\s,，;；。、:：]+/g, ' ').trim();
}
