/**
 * Labels in the body of an indicator table: section numbering (一、 （二） 第三部分 IV.), category labels
 * with their numbering stripped, notes and signature lines that end the table, totals that are no indicators.
 */
import { headerKey, toHalfWidth } from '../core/normalize';
import { toHans } from '../core/hans';
import { closeUpChinese, GOAL_CODE } from '../core/text';

const CN_NUM = '一二三四五六七八九十百零〇两';
/** A section label on its own, as found in the id column: 一, 二、, （三）, 第四部分, IV, B. */
export const SECTION_ID = new RegExp(
  `^(?:[${CN_NUM}]+|[(（][${CN_NUM}\\d]+[)）]|第[${CN_NUM}\\d]+(?:部分|章|节|类|项|篇)?|[IVX]+|[A-Z])[、.．:：\\s]*$`,
);
/** A label that starts with section numbering: 一、…, （二）…, 第三部分…, II. … */
export const SECTION_START = new RegExp(
  `^(?:[${CN_NUM}]+[、.．:：\\s]|[(（][${CN_NUM}]+[)）]|第[${CN_NUM}\\d]+(?:部分|章|节|类|篇)|[IVX]+[.、:]\\s)`,
);
/** The numbering stripped from a category label. */
const SECTION_PREFIX = new RegExp(
  `^(?:第[${CN_NUM}\\d]+(?:部分|章|节|类|项|篇)?[、.．:：,，\\s]*|[${CN_NUM}]+[、.．:：,，\\s]+|[(（][${CN_NUM}\\d]+[)）][、.．\\s]*|\\d+(?:\\.\\d+)*[、.．:：\\s]+|[IVX]+[.、:：\\s]+|[A-Z][.、:：)）]\\s*)`,
);
export function isSectionLabel(text: string): boolean {
  const t = toHalfWidth(text).trim();
  return SECTION_ID.test(t) || SECTION_START.test(t);
}
export const PURE_NUMBER_ID = /^\d+(?:\.\d+)*[.、．]?$/;

/** An item's number in Arabic figures before its words: 5.信託管理收入, 3、…, 12．… (not 1.2.3 outlines). */
const ITEM_NUMBER = /^\s*(\d{1,2})\s*[.、．]\s*(?!\d)/;

/**
 * True when `label` is numbered as the item right after `before` (5.信託管理收入 after 4.財產收入): a
 * sibling of the items above, not a section over the rows below it.
 */
export function isNextItem(label: string, before: string | null): boolean {
  if (before === null) return false;
  const a = ITEM_NUMBER.exec(toHalfWidth(label));
  const b = ITEM_NUMBER.exec(toHalfWidth(before));
  return a !== null && b !== null && Number(a[1]) === Number(b[1]) + 1;
}

/**
 * A section's label without its numbering (一、, 1., (三)), and with the lines a cell wrapped, or the
 * spaces a form pads its characters with, closed up between Chinese characters (社会效益\n指标, 产 出 指 标 →
 * 社会效益指标, 产出指标): Chinese sets no space between words.
 */
export function stripNumbering(label: string): string {
  // (a goal's code, 1.A or 3.C, is part of the label, not its numbering; nor is a time standard's figure,
  // 18 Weeks, 4 Hour A&E, 2 Year Olds)
  const kept = GOAL_CODE.test(label) || FIGURE_OF_TIME.test(label);
  const stripped = kept ? label : label.replace(SECTION_PREFIX, '').trim();
  const out = stripped.length > 0 ? stripped : label;
  return out.includes(' ') || out.includes('\n') ? closeUpChinese(out) : out;
}

/** A label opening on a span of time (18 Weeks, 6 Weeks diagnostic waits, 4 Hour A&E, 2 Year Olds). */
const FIGURE_OF_TIME = /^\s*\d{1,3}\s+(?:weeks?|days?|hours?|hrs?|minutes?|mins?|months?|years?)\b/i;

const FOOTER_PREFIXES = [
  '填表人',
  '填报人',
  '审核人',
  '制表人',
  '制表',
  '联系电话',
  '单位负责人',
  '主要负责人',
  '分管领导',
  '填表日期',
  '统计人',
  'prepared by',
  'reviewed by',
  'approved by',
  'checked by',
  'compiled by',
];
const FOOTER_WITH_COLON =
  /^(?:注|备注|说明|附注|注释|联系人|负责人|审核|审批|日期|电话|来源|数据来源|note|notes|contact|tel|phone|source)\s*[:：]/i;
const FOOTER_NOTE_NUMBER = /^注\s*\d/;

/** A colour key's heading line (Key, Legend, RAG key, 图例): what follows explains the statuses. */
const KEY_LINE =
  /^(?:key|legend|colou?r key|rag key|status key|key to (?:status|symbols|ratings)|图例|圖例)[:：]?$/i;

export function isFooterLine(text: string): boolean {
  // In Simplified characters: 註:, 備註: and 說明: are the same lines.
  const t = toHans(toHalfWidth(text)).trim();
  if (t.length === 0) return false;
  if (KEY_LINE.test(t)) return true;
  const lower = t.toLowerCase();
  for (const p of FOOTER_PREFIXES) if (lower.startsWith(p)) return true;
  return FOOTER_WITH_COLON.test(t) || FOOTER_NOTE_NUMBER.test(t) || t === '注';
}

/**
 * A comment row under an indicator, as scorecard exports write them ("COMMENTS: 38 residents have…",
 * "Commentary: …", "Update: …"): part of the indicator above, neither a category nor the table's end.
 */
const COMMENT_LINE =
  /^(?:comments?|commentary|officer comments?|narrative|explanation|update|latest update|progress update)\s*[:：]/i;
export function isCommentLine(text: string): boolean {
  return COMMENT_LINE.test(toHalfWidth(text).trim());
}

/**
 * A sentence explaining the row above ("The 2022–23 actual is higher than the 2022–23 target due to …"),
 * written across the table under a measure: a long text ending with a full stop, no section heading.
 */
export function isExplanation(text: string): boolean {
  const t = toHalfWidth(text).trim();
  // (…or cut short with an ellipsis: "Monthly Performance: Absence has reduced slightly in May. …")
  return (t.length >= 60 && /(?:[.。…]|\.\.\.)$/.test(t)) || isFormula(t);
}

/**
 * How the figure above is worked out ("Total debt (including finance leases) / total assets * 100",
 * 实际完成值÷年度目标值×100%): a line under its indicator, never a section of its own.
 */
function isFormula(t: string): boolean {
  return /(?:[*×]|(?<=[\s)])x)\s*100\b|÷/.test(t) || (t.length >= 40 && /\s\/\s+[a-z]/.test(t));
}

const TOTAL_NAMES = new Set([
  '合计',
  '总计',
  '小计',
  '总合计',
  // a self-evaluation form's score line (总分 | 100 | 96)
  '总分',
  '总得分',
  '合计得分',
  '得分合计',
  'total',
  'subtotal',
  'grandtotal',
  'sum',
  'totalscore',
  // the line that sums up the rows above ("Overall: Achieved")
  'overall',
]);
export function isTotalName(name: string): boolean {
  // (Every total's name holds 计, 計 or 分, or an English word for it: most names need no more look.)
  return name.length <= 12 && TOTAL_HINT.test(name) && TOTAL_NAMES.has(totalKey(name));
}

/**
 * A total's name as the lists hold it: Simplified, lower case, without spaces (Grand Total → grandtotal),
 * and without the count of what it adds up in brackets after it (合计(3项), 合计（63个）, Total (12)).
 */
function totalKey(name: string): string {
  return toHans(name).toLowerCase().replace(/\s+/g, '').replace(COUNT_AFTER, '');
}
const COUNT_AFTER =
  /[(（][0-9一二三四五六七八九十百]+(?:项|个|家|条|件|类|所|items?|measures?|indicators?)?[)）]$/;

/**
 * The whole table's total (合计, 总计, Total, Grand Total), as against a group's subtotal (小计) or a form's
 * score (总分): the figure the report states beside the indicators, never one of them.
 */
export function isGrandTotalName(name: string): boolean {
  return isTotalName(name) && GRAND_TOTAL_NAMES.has(totalKey(name));
}
const GRAND_TOTAL_NAMES = new Set(['合计', '总计', '总合计', 'total', 'grandtotal']);
const TOTAL_HINT = /[计計分]|total|sum|overall/i;

/**
 * The heading of a form's overall goal, written as text beside its outcome (年度 总体 目标, Overall goals),
 * or a form's numbered section on its goals (三、目标完成情况), whose indicators follow in a section of their
 * own (四、年度绩效指标完成情况).
 */
export function isOverallGoal(text: string): boolean {
  const key = headerKey(text);
  if (
    /^(年度)?(总体|整体)(绩效)?目标(完成情况|实现情况|完成)?$|^年度(绩效)?目标(完成情况|实现情况)$|^当年(整体)?绩效目标$|^overall(goal|objective)s?$/.test(
      key,
    )
  )
    return true;
  return /^[一二三四五六七八九十]{1,2}[、.．](年度)?(绩效)?目标(完成情况|实现情况)$/.test(key);
}

/**
 * A table's title line, as an office heads a table or form (成安县民政局2020年度预算项目绩效自评表, 2024年重点
 * 建设项目投资完成情况, "Accomplishment Report 2015", "Appendix A"): a name of a table (…表, …表（续）), a
 * year's account (a year and 情况, 报告, 统计, 汇总, 一览), or an English report's or appendix's heading.
 * A category inside a table ("二、民生实事", "Housing") is none of these.
 */
export function isTableTitle(text: string): boolean {
  const t = toHalfWidth(text)
    .trim()
    .replace(/[(（][^()（）]*[)）]$/, '')
    .trim();
  if (t.length < 4 || t.length > 80) return false;
  if (/表$/.test(t)) return true;
  const year = /(?:19|20)\d{2}/.test(t);
  if (year && /(?:情况|报告|報告|统计|統計|汇总|彙總|一览|一覽)$/.test(t)) return true;
  return /^(?:appendix|annex|schedule|table)\s+[a-z\d]{1,3}\b/i.test(t) || (year && /\breport\b/i.test(t));
}

/** A page's mark as a printed table carries it (Page 2 of 3, PAGE: 2 OF 3, 第2页 共3页, —2—). */
const PAGE_MARK =
  /^(?:page\s*[:：]?\s*\d+(?:\s*(?:of|\/)\s*\d+)?|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|[-—–]\s*\d{1,3}\s*[-—–])$/i;

/**
 * A row of a printed page's furniture (a page's number, "DATE: … | TIME: … | PAGE: 2 OF 3" as a report
 * heads each page): texts only, one of them a page's mark. Neither an indicator nor a section. So is a
 * page's footer copied with the table: the document's name with its year, and the page's number alone at
 * the far end (City of Azle FY 2022-2023 Budget | | | 144).
 */
export function isPageLine(row: readonly unknown[]): boolean {
  if (isPageFooter(row)) return true;
  let mark = false;
  for (const v of row) {
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string') return false;
    if (!mark && PAGE_MARK.test(toHalfWidth(v).trim())) mark = true;
  }
  return mark;
}

/** A document's name with its year and the page's number after it, the row's only two cells. */
export function isPageFooter(row: readonly unknown[]): boolean {
  let first: unknown;
  let last: unknown;
  let count = 0;
  for (const v of row) {
    if (v === null || v === undefined || v === '') continue;
    if (++count > 2) return false;
    if (count === 1) first = v;
    else last = v;
  }
  if (count !== 2 || typeof first !== 'string' || !PAGE_FOOTER.test(first) || !TITLE_CASE.test(first))
    return false;
  const page = typeof last === 'string' && /^\s*\d{1,4}\s*$/.test(last) ? Number(last) : last;
  return typeof page === 'number' && Number.isInteger(page) && page > 0 && page < 10000;
}

/** Words in title case, as a document's name is written (small words and figures aside): no indicator's. */
const TITLE_WORD = "(?:[A-Z][\\w'’.&-]*|of|and|the|for|to|in|on|&|[-–—]|[\\d/–-]+)";
const TITLE_CASE = new RegExp(`^\\s*${TITLE_WORD}(?:\\s+${TITLE_WORD})*\\s*$`);

/** A document named with its year: FY 2022-2023 Budget, Annual Report 2019-20, 2024 Business Plan. */
const PAGE_FOOTER =
  /(?:19|20)\d{2}\b.*\b(?:budget|annual report|business plan|corporate plan|performance report)\s*$|^\s*(?:budget|annual report|business plan|corporate plan|performance report)\b.*(?:19|20)\d{2}/i;

/**
 * A measure that is itself a rate or a share (城镇调查失业率, 第三产业增加值比重, 居民消费价格指数): a target in
 * per cent for it is a level it should reach, never a growth of it.
 */
export function isRateName(name: string): boolean {
  return RATE_NAME.test(toHans(toHalfWidth(name)));
}
const RATE_NAME = /率|比重|占比|比例|指数|%/;
