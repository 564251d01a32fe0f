/**
 * The header vocabulary: the words, in Chinese and English, that name each column of an indicator table.
 * A new header word goes here (HEADER_ALIASES for a plain column; the quarter and month stems, and the
 * plan / actual words and suffixes, for the period columns). Matching is in headers.ts.
 */
import type { ColumnRole } from '../model';
import { MONTH_WORDS } from '../core/period';

/** The roles named by a plain header (quarters, months and milestones are named by their period). */
export type PlainHeaderRole = Exclude<ColumnRole, 'quarter' | 'month' | 'milestone'>;

/** Plain aliases, in the user's words. Keys are compared after headerKey(). */
export const HEADER_ALIASES: Readonly<Record<PlainHeaderRole, readonly string[]>> = {
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
    '年任务',
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
    'Cumulative to date',
    // a data feed's short form beside the year (fy2017Cum)
    'Cum',
    'Cum.',
    // the year's own figure beside its quarters: the total of a count, the average of a rate
    'Year end',
    'Year-end',
    'Yr end',
    'Year end total',
    'Yr end total',
    'Year end total / average',
    'Yr end total / average',
    'Year end total/average',
    'Yr end total/average',
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
    '主体责任单位',
    '主责单位',
    // a Taiwan plan's responsible agency (主管機關, 主辦機關)
    '主管机关',
    '主办机关',
    'Owner',
    'Department',
    'Responsible',
    'Dept.',
  ],
  notes: [
    '备注',
    '说明',
    '备注说明',
    // a 绩效自评表's reasons for a shortfall, with what will be done about it
    '偏差原因分析',
    '偏差及原因分析',
    '偏差原因分析及改进措施',
    '未完成原因分析',
    '未完成原因分析及改进措施',
    '原因分析及改进措施',
    'Notes',
    'Note',
    'Comment',
    'Comments',
    'Commentary',
    'Remarks',
    // a plan's words on each action beside its status and share done (Progress Comment | % Complete)
    'Progress Comment',
    'Progress Comments',
    'Comment on progress',
    '进展情况说明',
  ],
};

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const EN_MONTHS = MONTH_WORDS;
const EN_ORDINALS = ['first', 'second', 'third', 'fourth'];
const RANGE_DASHES = ['-', '~', '—', '–', '－', '～', '至', '到', '−'];

/** Words under a quarter group that say "this is the target" / "this is the actual". */
export const PLAN_WORDS = new Set([
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
export const ACTUAL_SUFFIXES = [
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
export const PLAN_SUFFIXES = ['目标任务', '目标值', '目标', '计划', '任务', 'target', 'plan', 'milestone'];

export function quarterKeys(q: number): string[] {
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
    `${n}${['st', 'nd', 'rd', 'th'][q]}qtr`,
    `${n}${['st', 'nd', 'rd', 'th'][q]}qtr.`,
    `${EN_ORDINALS[q]}qtr`,
  ];
  for (const d of RANGE_DASHES) {
    keys.push(`${start}${d}${end}月`, `${start}月${d}${end}月`, `${start}${d}${end}月份`);
  }
  return keys;
}

/**
 * English headings of three months ending in month `m` (Jan-Mar, Apr – Jun, July to September): the
 * quarter's own figures, read as the column of its last month, so that the months are counted in the
 * organisation's year like any month column (Apr-Jun is a first quarter where the year starts in April).
 */
export function monthSpanKeys(m: number): string[] {
  if (m < 2) return [];
  const keys: string[] = [];
  for (const from of EN_MONTHS[m - 2]) {
    for (const to of EN_MONTHS[m]) {
      keys.push(`${from}to${to}`);
      for (const d of RANGE_DASHES) keys.push(`${from}${d}${to}`);
    }
  }
  return keys;
}

export function monthKeys(m: number): string[] {
  const n = m + 1;
  const keys = [`${n}月`, `${n}月份`, `${CN_DIGITS[m]}月`, `${CN_DIGITS[m]}月份`, `m${n}`];
  if (n < 10) keys.push(`0${n}月`);
  for (const en of EN_MONTHS[m]) keys.push(en, `${en}.`);
  return keys;
}
