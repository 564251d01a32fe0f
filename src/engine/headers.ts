/**
 * Header recognition: which column of an indicator sheet plays which role.
 *
 * Matching is exact after normalisation (trim, full-width → half-width, line breaks and spaces removed,
 * lower case), so "单位" never matches "责任单位" or "填报单位". The only prefix/suffix forms accepted:
 * a year before a target / actual / period header ("2019年目标", "2019年完成情况"), a unit in brackets
 * after any header ("年度目标（万元）"), and 完成/actual or 目标/target after a quarter or month
 * ("一季度完成", "Q1 actual", "一季度目标", "Q1 target").
 */
import type { ColumnRole } from './model';
import { headerKey } from './core/normalize';

export interface HeaderMatch {
  readonly role: ColumnRole;
  /** Quarter (0-3), month (0-11) or milestone (0-3) index. */
  readonly index?: number;
}

type PlainRole = Exclude<ColumnRole, 'quarter' | 'month' | 'milestone'>;

/** Plain aliases, in the user's words. Keys are compared after headerKey(). */
export const HEADER_ALIASES: Readonly<Record<PlainRole, readonly string[]>> = {
  id: ['序号', '编号', '指标编号', '序列号', 'No.', 'No', 'Nr.', '#', 'ID', 'Item No.'],
  category: ['类别', '分类', '类型', '领域', '板块', '指标类别', '指标类型', 'Category', 'Area', 'Group'],
  name: [
    '指标',
    '指标名称',
    '目标任务',
    '任务',
    '工作任务',
    '考核指标',
    '工作内容',
    '任务名称',
    '项目',
    '项目名称',
    'Indicator',
    'Indicator name',
    'KPI',
    'Task',
    'Measure',
    'Objective',
  ],
  unit: ['单位', '计量单位', '指标单位', 'Unit', 'Units', 'Unit of measure', 'UoM'],
  direction: ['方向', '指标方向', '属性', '指标属性', 'Direction', 'Polarity'],
  aggregation: ['汇总方式', '累计方式', '统计方式', 'Aggregation'],
  target: [
    '年度目标',
    '全年目标',
    '目标值',
    '年度任务',
    '目标',
    '年度目标值',
    '全年目标值',
    '全年任务',
    '年度计划',
    '全年计划',
    'Annual target',
    'Target',
    'Full-year target',
    'Year target',
  ],
  cumulative: [
    '累计完成',
    '完成值',
    '实际完成',
    '截至目前完成',
    '完成情况',
    '累计完成值',
    '累计完成数',
    '实际完成值',
    '完成数',
    '完成',
    '截至目前完成情况',
    '累计',
    'Actual',
    'Actuals',
    'Actual to date',
    'YTD',
    'YTD actual',
    'Cumulative',
  ],
  owner: [
    '责任部门',
    '责任单位',
    '牵头单位',
    '责任人',
    '牵头部门',
    '责任处室',
    '负责部门',
    '主责部门',
    'Owner',
    'Department',
    'Responsible',
    'Dept.',
  ],
  notes: ['备注', '说明', '备注说明', 'Notes', 'Note', 'Comment', 'Comments', 'Remarks'],
};

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const EN_MONTHS = [
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];
const EN_ORDINALS = ['first', 'second', 'third', 'fourth'];
const RANGE_DASHES = ['-', '~', '—', '–', '－', '～', '至', '到', '−'];

/** Words under a quarter group that say "this is the target" / "this is the actual". */
const PLAN_WORDS = new Set([
  '计划',
  '计划值',
  '计划数',
  '目标',
  '目标值',
  '任务',
  'plan',
  'planned',
  'target',
]);
const ACTUAL_SUFFIXES = [
  '完成情况',
  '完成值',
  '完成数',
  '实际完成',
  '累计完成',
  '完成',
  '实际',
  '实绩',
  'actuals',
  'actual',
  'done',
];
const PLAN_SUFFIXES = ['目标任务', '目标值', '目标', '计划', '任务', 'target', 'plan', 'milestone'];

function quarterKeys(q: number): string[] {
  const n = q + 1;
  const cn = CN_DIGITS[q];
  const start = q * 3 + 1;
  const end = start + 2;
  const keys = [
    `${cn}季度`,
    `第${cn}季度`,
    `${n}季度`,
    `第${n}季度`,
    `${cn}季`,
    `q${n}`,
    `${n}q`,
    `qtr${n}`,
    `quarter${n}`,
    `${EN_ORDINALS[q]}quarter`,
    `${n}${['st', 'nd', 'rd', 'th'][q]}quarter`,
  ];
  for (const d of RANGE_DASHES) {
    keys.push(`${start}${d}${end}月`, `${start}月${d}${end}月`, `${start}${d}${end}月份`);
  }
  return keys;
}

function monthKeys(m: number): string[] {
  const n = m + 1;
  const keys = [`${n}月`, `${n}月份`, `${CN_DIGITS[m]}月`, `${CN_DIGITS[m]}月份`, `m${n}`];
  if (n < 10) keys.push(`0${n}月`);
  for (const en of EN_MONTHS[m]) keys.push(en, `${en}.`);
  return keys;
}

const EXACT = new Map<string, HeaderMatch>();
/** Quarter and month keys only: the stems that take a 完成/目标 suffix. */
const PERIOD = new Map<string, HeaderMatch>();

(function build() {
  for (const role of Object.keys(HEADER_ALIASES) as PlainRole[]) {
    for (const alias of HEADER_ALIASES[role]) {
      const key = headerKey(alias);
      if (!EXACT.has(key)) EXACT.set(key, { role });
    }
  }
  for (let q = 0; q < 4; q++) {
    for (const key of quarterKeys(q)) {
      const k = headerKey(key);
      PERIOD.set(k, { role: 'quarter', index: q });
      EXACT.set(k, { role: 'quarter', index: q });
    }
  }
  for (let m = 0; m < 12; m++) {
    for (const key of monthKeys(m)) {
      const k = headerKey(key);
      PERIOD.set(k, { role: 'month', index: m });
      EXACT.set(k, { role: 'month', index: m });
    }
  }
})();

const YEAR_PREFIX = /^(?:19|20)\d{2}(?:年度|年)?/;
const TRAILING_BRACKET = /[(（[【][^()（）[\]【】]*[)）\]】]$/;
const YEAR_ROLES = new Set<ColumnRole>(['target', 'cumulative', 'quarter', 'month', 'milestone']);

function matchPeriodWithSuffix(key: string): HeaderMatch | null {
  // "一季度完成", "Q1 actual", "一季度目标", "Q1 target", "target Q1"
  for (const suffix of ACTUAL_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stem = PERIOD.get(key.slice(0, key.length - suffix.length));
      if (stem) return stem;
    }
  }
  for (const suffix of PLAN_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stem = PERIOD.get(key.slice(0, key.length - suffix.length));
      if (stem && stem.role === 'quarter') return { role: 'milestone', index: stem.index };
    }
  }
  if (key.startsWith('target') && key.length > 6) {
    const stem = PERIOD.get(key.slice(6));
    if (stem && stem.role === 'quarter') return { role: 'milestone', index: stem.index };
  }
  return null;
}

function matchKey(key: string, depth: number): HeaderMatch | null {
  if (key.length === 0) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const period = matchPeriodWithSuffix(key);
  if (period) return period;
  if (depth > 2) return null;
  // A trailing colon, a unit or note in brackets: "年度目标（万元）", "Target (2019)".
  if (key.endsWith(':') || key.endsWith('：')) return matchKey(key.slice(0, -1), depth + 1);
  if (TRAILING_BRACKET.test(key)) return matchKey(key.replace(TRAILING_BRACKET, ''), depth + 1);
  const year = YEAR_PREFIX.exec(key);
  if (year && year[0].length < key.length) {
    const rest = matchKey(key.slice(year[0].length), depth + 1);
    if (rest && YEAR_ROLES.has(rest.role)) return rest;
  }
  return null;
}

/** The role a header cell's text names, or null when it is not a recognised header. */
export function matchHeader(text: string): HeaderMatch | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 60) return null;
  return matchKey(headerKey(text), 0);
}

/** Year named in a header such as "2019年完成情况", "2019年目标" or "2019 target"; null otherwise. */
export function headerYear(text: string): number | null {
  if (typeof text !== 'string' || text.length > 60) return null;
  const key = headerKey(text);
  const m = /^((?:19|20)\d{2})(?!\d)/.exec(key);
  if (!m) return null;
  const rest = key.slice(4).replace(/^年度|^年/, '');
  if (rest === '' || matchKey(rest, 0) || isActualGroup(rest) || isPlanGroup(rest)) return Number(m[1]);
  return null;
}

/** Sub-header under a group ("一季度" over 目标 | 完成): is it the target or the actual? */
export function subHeaderKind(text: string): 'plan' | 'actual' | null {
  const key = headerKey(text);
  if (PLAN_WORDS.has(key)) return 'plan';
  const m = matchKey(key, 0);
  if (m?.role === 'target') return 'plan';
  if (m?.role === 'cumulative') return 'actual';
  return null;
}

/** Group header over sub-headers: a year or the whole year ("2019年", "全年", "Annual"). */
export function isYearGroup(text: string): boolean {
  const key = headerKey(text);
  return /^(?:(?:19|20)\d{2}(?:年度|年)?|全年|年度|本年|annual|fullyear|year)$/.test(key);
}

/** Group header that says its columns are targets ("季度目标", "分季度目标", "Quarterly targets"). */
export function isPlanGroup(text: string): boolean {
  const key = headerKey(text);
  if (key.includes('完成') || key.includes('actual')) return false;
  return key.includes('目标') || key.includes('计划') || key.includes('target') || key.includes('plan');
}

/** Group header that says its columns are actuals ("完成情况", "2019年完成情况", "Actuals"). */
export function isActualGroup(text: string): boolean {
  const key = headerKey(text);
  return key.includes('完成') || key.includes('实际') || key.includes('actual');
}
