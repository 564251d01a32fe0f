/**
 * The narrative of the report, after the shape of a Chinese official report (see the seed report):
 * title and period line; an opening paragraph with the overall picture; one numbered section per
 * category stating each indicator's actual against its target; a section on problems (存在问题) listing
 * every indicator behind pace or missed, ordered by how far behind; the issuing body and date.
 * With several units the opening speaks of the whole organisation and a first section gives a paragraph
 * per unit; after an earlier check-in a section on what changed comes just before the problems section.
 * Sections are numbered in the order they appear.
 *
 * Long lists are cut so that a report over tens of thousands of indicators stays readable (and is built
 * in linear time); the tables still list every indicator, so nothing is lost:
 * - a status group in a category names at most GROUP_LIST_LIMIT (20) indicators, then "其余N项见目标任务
 *   完成情况表" / "the other N are in the indicators table";
 * - the problems section describes at most PROBLEM_LIST_LIMIT (50) indicators, the furthest behind
 *   first, then "其余N项见需关注的目标任务表" / "the other N are in the table of indicators needing
 *   attention";
 * - lists of names (milestones, missing or invalid data) name at most NAME_LIST_LIMIT (20), then
 *   "等N项" / "and N more".
 * Below these limits the text is exactly as without them.
 *
 * Facts are computed once (prepareItem) and turned into words by one template set per language
 * (ZH, EN). Numbers go through format.ts only.
 *
 * Two measures are used and defined here:
 * - Overall completion (opening paragraph): the share of indicators with complete data (every status
 *   except no_data and invalid) that have achieved the annual target or are on pace. It counts
 *   indicators, so one large over-achievement cannot hide several shortfalls.
 * - How far behind (problems section and "biggest gap"): percentage points between the share of the
 *   annual target due by now (序时进度 = expected / target) and the share done (actual / target):
 *   (expected − actual) / target, the way Chinese reports write "落后序时进度16.7个百分点". For a
 *   lower-is-better indicator it is (actual − ceiling) / target. It equals the pace gap (1 − pace)
 *   scaled by expected / target, so the order is the pace-gap order whenever the indicators share the
 *   same expected share.
 */
import {
  cleanText,
  formatDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatQuantity,
  isPercentUnit,
  joinList,
  periodAsOf,
  sectionNumber,
  tidySentence,
} from './format';
import { cleanCategory } from './core/text';
import type {
  Evaluation,
  Lang,
  NarrativeBlock,
  Period,
  Quantity,
  ReportOptions,
  Status,
  StatusCounts,
} from './model';

export interface NarrativeInput {
  readonly evaluations: readonly Evaluation[];
  readonly counts: StatusCounts;
  readonly options: ReportOptions;
  readonly title: string;
  /**
   * Several units (see units.ts, unitsNarrative): `opening` on the whole organisation replaces the usual
   * opening paragraph, and a first numbered section (`heading`) holds one paragraph per unit.
   */
  readonly units?: {
    readonly heading: string;
    readonly opening: string;
    readonly perUnit: readonly string[];
  };
  /**
   * What changed since the last check-in (see changes.ts, changesSection): a numbered section after the
   * category sections, just before the problems section.
   */
  readonly changes?: { readonly heading: string; readonly paragraphs: readonly string[] };
}

// ───────────────────────────── Facts ─────────────────────────────

const ORDER: readonly Status[] = [
  'achieved',
  'on_track',
  'behind',
  'at_risk',
  'missed',
  'no_data',
  'invalid',
];
const BEHIND: readonly Status[] = ['behind', 'at_risk', 'missed'];

/** At most this many indicators described in one status group of a category (see the module comment). */
export const GROUP_LIST_LIMIT = 20;
/** At most this many indicators described one by one in the problems section. */
export const PROBLEM_LIST_LIMIT = 50;
/** At most this many names in one list of names. */
export const NAME_LIST_LIMIT = 20;

/** A list of names, cut after NAME_LIST_LIMIT: 甲、乙…等N项 / "a, b, … and N more". */
function nameList(names: readonly string[], lang: Lang): string {
  if (names.length <= NAME_LIST_LIMIT) return joinList(names, lang);
  const shown = names.slice(0, NAME_LIST_LIMIT);
  return lang === 'zh-CN'
    ? `${shown.join('、')}等${names.length}项`
    : `${shown.join(', ')} and ${names.length - NAME_LIST_LIMIT} more`;
}
const SEVERITY: Readonly<Record<Status, number>> = {
  missed: 0,
  at_risk: 1,
  behind: 2,
  invalid: 3,
  no_data: 4,
  on_track: 5,
  achieved: 6,
};

/** A number as text with its exactness, ready for a template. */
interface Numbers {
  /** Actual as written ("20多场次"). */
  readonly actual: string;
  /** The exact base value when the actual is approximate ("20场次"), else null. */
  readonly actualBase: string | null;
  readonly target: string;
  /** Pace target, when it differs from the annual target. */
  readonly expected: string | null;
  /** actual / target. */
  readonly completion: string;
  /** actual / expected, when expected is shown. */
  readonly pace: string | null;
  /** Distance to the pace target and to the annual target, in the unit (null when not short). */
  readonly gapToPace: string | null;
  readonly gapToTarget: string | null;
  /** Amount above the pace ceiling / the annual ceiling (lower-is-better). */
  readonly overPace: string | null;
  readonly overTarget: string | null;
  /** How far behind, in percentage points ("16.7个百分点"), when behind. */
  readonly points: string | null;
  /** The level kind of actual: a running total ("完成") or a level ("达到"). */
  readonly level: boolean;
}

interface Item {
  readonly index: number;
  readonly ev: Evaluation;
  readonly status: Status;
  readonly name: string;
  readonly owner: string;
  readonly category: string;
  readonly direction: 'higher' | 'lower' | 'milestone';
  /** Milestone text as reported (推进中…). */
  readonly milestoneText: string;
  /** numbersOf's cache: formatted on first use, as the narrative names only a few of many indicators. */
  numbers: Numbers | null | undefined;
  readonly lang: Lang;
  /** True when numbers.points is shown (behind by a positive, finite lag): known without formatting. */
  readonly hasPoints: boolean;
  /** actual / target, for ranking over-achievement (higher-is-better only). */
  readonly completionValue: number | null;
  /** How far behind as a ratio of the target (see the file comment), > 0 when behind. */
  readonly lag: number | null;
  /** lag when > 0, else null: the first key of byLag. */
  readonly lagKey: number | null;
  /** SEVERITY of status: the second key of byLag. */
  readonly severity: number;
  /** Behind, at risk or missed. */
  readonly behind: boolean;
}

function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

function isPercentQuantity(q: Quantity | null, unit: string): boolean {
  return (q?.percent ?? false) || isPercentUnit(unit);
}

/** A difference in the indicator's unit; percentages differ by percentage points. */
function formatDifference(
  diff: number,
  ref: Quantity,
  unit: string,
  approximate: boolean,
  lang: Lang,
): string {
  let text: string;
  if (ref.percent) text = formatPoints(diff, lang);
  else if (isPercentUnit(unit)) {
    text =
      lang === 'zh-CN'
        ? `${formatNumber(diff, lang)}个百分点`
        : `${formatNumber(diff, lang)} percentage points`;
  } else text = formatQuantity({ value: diff, approximation: null, percent: false }, unit, lang);
  if (!approximate) return text;
  return lang === 'zh-CN' ? `约${text}` : `about ${text}`;
}

/** The raw ratios of a numeric indicator (cheap; no text), or null when it has no numbers to show. */
function rawNumbers(ev: Evaluation): { completion: number | null; lag: number | null } | null {
  const a = ev.actual;
  const t = ev.target;
  if (ev.direction === 'milestone' || !a || !t || !finite(a.value) || !finite(t.value) || t.value === 0)
    return null;
  const A = a.value;
  const T = t.value;
  const E = finite(ev.expected) && ev.expected > 0 ? ev.expected : null;
  const completion = A / T;
  let lag: number | null = null;
  if (ev.direction !== 'lower') {
    const due = E ?? T;
    lag = (due - A) / T;
  } else {
    const ceiling = ev.status === 'missed' ? T : (E ?? T);
    lag = (A - ceiling) / T;
  }
  if (!finite(lag)) lag = null;
  return { completion: finite(completion) ? completion : null, lag };
}

/** The numbers of a numeric indicator as text (only for the indicators the narrative names). */
function formatNumbers(ev: Evaluation, unit: string, lag: number | null, lang: Lang): Numbers {
  const a = ev.actual as Quantity;
  const t = ev.target as Quantity;
  const A = a.value;
  const T = t.value;
  const E = finite(ev.expected) && ev.expected > 0 ? ev.expected : null;
  const approximate = a.approximation !== null;
  const ref: Quantity = {
    value: 0,
    approximation: null,
    percent: isPercentQuantity(t, unit) && (t.percent || a.percent),
  };
  const show = (v: number): string =>
    formatQuantity({ value: v, approximation: null, percent: ref.percent }, unit, lang);
  const expectedShown = E !== null && Math.abs(E - T) > 1e-9 * Math.max(1, Math.abs(T)) ? E : null;
  const completion = A / T;
  const lower = ev.direction === 'lower';
  return {
    actual: formatQuantity(a, unit, lang),
    actualBase: approximate ? formatQuantity({ ...a, approximation: null }, unit, lang) : null,
    target: formatQuantity(t, unit, lang),
    expected: expectedShown !== null ? show(expectedShown) : null,
    completion: formatPercent(completion, lang, 1),
    pace: expectedShown !== null ? formatPercent(A / expectedShown, lang, 1) : null,
    gapToPace:
      !lower && expectedShown !== null && expectedShown > A
        ? formatDifference(expectedShown - A, ref, unit, approximate, lang)
        : null,
    gapToTarget: !lower && T > A ? formatDifference(T - A, ref, unit, approximate, lang) : null,
    overPace: lower && E !== null && A > E ? formatDifference(A - E, ref, unit, approximate, lang) : null,
    overTarget: lower && A > T ? formatDifference(A - T, ref, unit, approximate, lang) : null,
    points: lag !== null && lag > 0 ? formatPoints(lag, lang) : null,
    level: ev.aggregation !== 'sum',
  };
}

function fallbackName(ev: Evaluation, lang: Lang): string {
  const id = cleanText(ev.indicator.id);
  const row = ev.indicator.row;
  if (id) return lang === 'zh-CN' ? `序号${id}指标` : `Indicator ${id}`;
  if (Number.isInteger(row) && row > 0)
    return lang === 'zh-CN' ? `第${row}行指标` : `Indicator in row ${row}`;
  return lang === 'zh-CN' ? '未命名指标' : 'Unnamed indicator';
}

function prepareItems(evaluations: readonly Evaluation[], lang: Lang): Item[] {
  const names = evaluations.map((ev) => cleanText(ev.indicator.name) || fallbackName(ev, lang));
  const seen = new Map<string, number>();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  // Categories and owners repeat on many rows: cleaned once each.
  const categories = new Map<string | null | undefined, string>();
  const owners = new Map<string | null | undefined, string>();
  return evaluations.map((ev, index) => {
    let name = names[index];
    if ((seen.get(name) ?? 0) > 1) {
      // The same name in several sheets (one per county, say): say which one.
      const sheet = cleanText(ev.indicator.sheet);
      const row = ev.indicator.row;
      const where =
        sheet || (Number.isInteger(row) && row > 0 ? (lang === 'zh-CN' ? `第${row}行` : `row ${row}`) : '');
      if (where) name = lang === 'zh-CN' ? `${name}（${where}）` : `${name} (${where})`;
    }
    const raw = rawNumbers(ev);
    const direction = ev.direction === 'lower' || ev.direction === 'milestone' ? ev.direction : 'higher';
    const lag = raw?.lag ?? null;
    const status: Status = ORDER.includes(ev.status) ? ev.status : 'invalid';
    let category = categories.get(ev.indicator.category);
    if (category === undefined)
      categories.set(ev.indicator.category, (category = cleanCategory(ev.indicator.category)));
    let owner = owners.get(ev.indicator.owner);
    if (owner === undefined) owners.set(ev.indicator.owner, (owner = cleanText(ev.indicator.owner)));
    return {
      index,
      ev,
      status,
      name,
      owner,
      category,
      direction,
      milestoneText: cleanText(ev.actualText),
      numbers: raw ? undefined : null,
      lang,
      hasPoints: raw !== null && lag !== null && lag > 0,
      completionValue: raw && direction === 'higher' ? raw.completion : null,
      lag,
      lagKey: lag !== null && lag > 0 ? lag : null,
      severity: SEVERITY[status],
      behind: BEHIND.includes(status),
    };
  });
}

/** An item's numbers as text, formatted on first use. */
function numbersOf(item: Item): Numbers | null {
  if (item.numbers === undefined)
    item.numbers = formatNumbers(item.ev, cleanText(item.ev.indicator.measureUnit), item.lag, item.lang);
  return item.numbers;
}

/** Indicators ordered by how far behind: numeric gaps largest first, then those without a gap. */
function compareLag(x: Item, y: Item): number {
  const lx = x.lagKey;
  const ly = y.lagKey;
  if (lx !== null && ly !== null && lx !== ly) return ly - lx;
  if (lx !== null && ly === null) return -1;
  if (lx === null && ly !== null) return 1;
  if (x.severity !== y.severity) return x.severity - y.severity;
  return x.index - y.index;
}

function byLag(items: readonly Item[]): Item[] {
  return items.slice().sort(compareLag);
}

function biggestOverAchievement(items: readonly Item[]): Item | null {
  let best: Item | null = null;
  for (const it of items) {
    if (it.direction !== 'higher' || it.completionValue === null || it.completionValue <= 1) continue;
    if (it.status !== 'achieved' && it.status !== 'on_track') continue;
    if (!best || it.completionValue > (best.completionValue ?? 0)) best = it;
  }
  return best;
}

function overAchievers(items: readonly Item[]): number {
  let n = 0;
  for (const it of items) {
    if (
      it.direction === 'higher' &&
      it.completionValue !== null &&
      it.completionValue > 1 &&
      (it.status === 'achieved' || it.status === 'on_track')
    )
      n++;
  }
  return n;
}

/** The indicators behind with a gap in points, furthest behind first. */
function lagging(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) if (it.behind && it.hasPoints) out.push(it);
  return out.sort(compareLag);
}

// ───────────────────────────── Templates ─────────────────────────────

interface StatusShare {
  readonly status: Status;
  readonly count: number;
  /** "16.7%", or null when the total is 0. */
  readonly share: string | null;
}

interface Templates {
  readonly defaultTitle: (unitName: string, year: number | null) => string;
  readonly subtitle: (asOf: string, date: string) => string;
  readonly noIndicators: (asOf: string) => string;
  readonly opening: (asOf: string, total: number, shares: readonly StatusShare[]) => string;
  readonly overall: (
    assessed: number,
    good: number,
    share: string,
    total: number,
    yearEnd: boolean,
  ) => string;
  readonly weakestCategory: (category: string, total: number, behind: number) => string;
  readonly furthestBehind: (item: Item) => string;
  readonly needAttention: (names: readonly string[], count: number) => string;
  readonly standoutOver: (item: Item) => string;
  readonly allGood: (yearEnd: boolean) => string;
  readonly categoryHeading: (n: number, category: string, anyCategory: boolean) => string;
  readonly categorySummary: (total: number, counts: readonly StatusShare[]) => string;
  readonly highlight: (
    over: Item | null,
    overSeveral: boolean,
    gap: Item | null,
    gapSeveral: boolean,
  ) => string;
  /** `clauses` may be the first GROUP_LIST_LIMIT of `total`. */
  readonly group: (status: Status, clauses: readonly string[], total: number, yearEnd: boolean) => string;
  readonly clause: (item: Item) => string;
  readonly milestones: (byStatus: ReadonlyMap<Status, string[]>) => string;
  readonly missingData: (
    noData: readonly string[],
    invalid: readonly string[],
    inProblems: boolean,
  ) => string;
  readonly problemsHeading: (n: number) => string;
  readonly problemsIntro: (asOf: string, count: number, yearEnd: boolean) => string;
  readonly problemItem: (n: number, item: Item, asOf: string) => string;
  /** After the first PROBLEM_LIST_LIMIT problems: where the other `rest` are. */
  readonly problemsRest: (rest: number) => string;
  readonly nothingBehind: (asOf: string, assessed: number, yearEnd: boolean) => string;
  readonly nextSteps: (anyBehind: boolean, noData: boolean, invalid: boolean, yearEnd: boolean) => string;
}

// zh-CN ------------------------------------------------------------------------------------------

const ZH_OPENING_LABEL = (s: Status, yearEnd: boolean): string =>
  ({
    achieved: yearEnd ? '完成年度目标' : '已完成年度目标',
    on_track: '序时推进',
    behind: '进度滞后',
    at_risk: '严重滞后',
    missed: '未完成年度目标',
    no_data: '暂无数据',
    invalid: '数据有误',
  })[s];

function zhApprox(n: Numbers): string {
  return n.actualBase ? `（按${n.actualBase}计）` : '';
}

function zhGapPhrase(item: Item): string {
  const n = numbersOf(item);
  if (!n?.points) return '';
  if (item.direction !== 'lower') return `落后序时进度${n.points}`;
  return item.status === 'missed' ? `超出年度控制目标${n.points}` : `超出序时控制进度${n.points}`;
}

function zhClause(item: Item): string {
  const n = numbersOf(item);
  if (!n) return item.name;
  if (item.direction === 'lower') {
    const head = `${item.name}为${n.actual}${zhApprox(n)}`;
    switch (item.status) {
      case 'missed':
        return `${head}，超出年度控制目标${n.target}`;
      case 'behind':
      case 'at_risk':
        return n.expected
          ? `${head}，超过序时控制值${n.expected}，未超出年度控制目标${n.target}`
          : `${head}，年度控制目标为${n.target}`;
      default:
        return n.expected && item.status === 'on_track'
          ? `${head}，未超过序时控制值${n.expected}`
          : `${head}，控制在年度目标${n.target}以内`;
    }
  }
  const verb = n.level ? '达到' : '完成';
  let text = `${item.name}${verb}${n.actual}${zhApprox(n)}，为年度目标${n.target}的${n.completion}`;
  if (n.expected && n.pace && ['on_track', 'behind', 'at_risk'].includes(item.status)) {
    text += `、序时目标${n.expected}的${n.pace}`;
  }
  return text;
}

function zhProblem(n: number, item: Item, asOf: string): string {
  const num = numbersOf(item);
  let headline: string;
  let detail = '';
  if (item.direction === 'milestone' || !num) {
    headline =
      item.status === 'missed'
        ? item.direction === 'milestone'
          ? '未按期完成'
          : '未完成年度目标'
        : item.direction === 'milestone'
          ? '尚未开始'
          : item.status === 'at_risk'
            ? '进度严重滞后'
            : '进度滞后';
    if (item.milestoneText) detail = `${asOf}填报情况为“${item.milestoneText}”`;
  } else if (item.direction === 'lower') {
    headline = item.status === 'missed' ? '超出年度控制目标' : '超过序时控制值';
    const parts: string[] = [`${asOf}为${num.actual}${zhApprox(num)}`];
    if (item.status === 'missed' && num.overTarget)
      parts.push(`比年度控制目标${num.target}多${num.overTarget}`);
    else if (num.overPace && num.expected) parts.push(`比序时控制值${num.expected}多${num.overPace}`);
    if (num.points) parts.push(`超出${num.points}`);
    detail = parts.join('，');
  } else {
    headline =
      item.status === 'missed' ? '未完成年度目标' : item.status === 'at_risk' ? '进度严重滞后' : '进度滞后';
    const verb = num.level ? '达到' : '完成';
    const parts: string[] = [
      `${asOf}${verb}${num.actual}${zhApprox(num)}`,
      `为年度目标${num.target}的${num.completion}`,
    ];
    if (num.points) parts.push(`落后序时进度${num.points}`);
    if (num.gapToPace && num.expected) parts.push(`较序时目标${num.expected}差${num.gapToPace}`);
    if (num.gapToTarget) parts.push(`距年度目标还差${num.gapToTarget}`);
    detail = parts.join('，');
  }
  let text = `${sectionNumber(n, 2, 'zh-CN')}${item.name}${headline}。`;
  if (detail) text += `${detail}。`;
  if (item.owner) text += `责任部门：${item.owner}。`;
  return text;
}

const ZH: Templates = {
  defaultTitle: (unitName, year) =>
    `${unitName}${year !== null ? `${year}年度` : ''}目标任务完成情况对标报告`,
  subtitle: (asOf, date) => (date ? `${asOf}　报告日期：${date}` : asOf),
  noIndicators: (asOf) => `${asOf}，所选工作表中没有可对标的目标任务。`,
  opening: (asOf, total, shares) => {
    const parts = shares.map(
      (s) => `${ZH_OPENING_LABEL(s.status, false)}${s.count}项${s.share ? `、占${s.share}` : ''}`,
    );
    return `${asOf}，共监测目标任务${total}项${parts.length > 0 ? `，其中${parts.join('，')}` : ''}。`;
  },
  overall: (assessed, good, share, total, yearEnd) => {
    const what = yearEnd ? '完成年度目标的' : '已完成或达到序时进度的';
    return assessed === total
      ? `总体看，${what}目标任务共${good}项、占${share}。`
      : `在数据完整的${assessed}项目标任务中，${what}${good}项、占${share}。`;
  },
  weakestCategory: (category, total, behind) =>
    `从类别看，${category}方面进度相对滞后，${total}项中有${behind}项落后于序时进度或未完成。`,
  furthestBehind: (item) => `其中，${item.name}进度最为滞后，${zhGapPhrase(item)}。`,
  needAttention: (names, count) =>
    `${joinList(names, 'zh-CN')}${count > names.length ? `等${count}项目标任务` : ''}进度滞后或未完成，需要重点关注。`,
  standoutOver: (item) =>
    `其中，${item.name}超额完成幅度最大，完成年度目标的${numbersOf(item)?.completion ?? ''}。`,
  allGood: (yearEnd) =>
    yearEnd ? '有数据的目标任务均已完成年度目标。' : '有数据的目标任务均已完成或达到序时进度。',
  categoryHeading: (n, category, anyCategory) => {
    let label: string;
    if (!category) label = anyCategory ? '其他目标任务完成情况' : '目标任务完成情况';
    else if (category.endsWith('完成情况')) label = category;
    else if (/(任务|目标|指标|工作)$/.test(category)) label = `${category}完成情况`;
    else label = `${category}任务完成情况`;
    return `${sectionNumber(n, 1, 'zh-CN')}${label}`;
  },
  categorySummary: (total, counts) => {
    const parts = counts.map((s) => `${ZH_OPENING_LABEL(s.status, false)}${s.count}项`);
    return total === 1 && counts.length === 1
      ? `本部分共有目标任务1项，${parts[0].replace(/1项$/, '')}。`
      : `本部分共有目标任务${total}项，其中${parts.join('，')}。`;
  },
  highlight: (over, overSeveral, gap, gapSeveral) => {
    const parts: string[] = [];
    const overNumbers = over ? numbersOf(over) : null;
    if (over && overNumbers) {
      parts.push(
        overSeveral
          ? `${over.name}超额完成幅度最大，完成年度目标的${overNumbers.completion}`
          : `${over.name}超额完成，完成年度目标的${overNumbers.completion}`,
      );
    }
    if (gap && numbersOf(gap)?.points) {
      parts.push(gapSeveral ? `${gap.name}差距最大，${zhGapPhrase(gap)}` : `${gap.name}${zhGapPhrase(gap)}`);
    }
    return parts.length > 0 ? `${parts.join('；')}。` : '';
  },
  group: (status, clauses, total, yearEnd) =>
    clauses.length === 0
      ? ''
      : `${ZH_OPENING_LABEL(status, yearEnd)}的有${total}项：${clauses.join('；')}${total > clauses.length ? `；其余${total - clauses.length}项见目标任务完成情况表` : ''}。`,
  clause: zhClause,
  milestones: (by) => {
    const words: [Status, string][] = [
      ['achieved', '已完成'],
      ['on_track', '正在推进'],
      ['behind', '尚未开始'],
      ['at_risk', '尚未开始'],
      ['missed', '未按期完成'],
    ];
    const parts = words
      .filter(([s]) => (by.get(s) ?? []).length > 0)
      .map(([s, w]) => `${nameList(by.get(s) ?? [], 'zh-CN')}${w}`);
    return parts.length > 0 ? `完成类任务中，${parts.join('，')}。` : '';
  },
  missingData: (noData, invalid, inProblems) => {
    const parts: string[] = [];
    if (invalid.length > 0) parts.push(`${nameList(invalid, 'zh-CN')}数据有误`);
    if (noData.length > 0) parts.push(`${nameList(noData, 'zh-CN')}暂无数据`);
    if (parts.length === 0) return '';
    const tail = inProblems && invalid.length > 0 ? '，有关单元格已在数据检查中列出，请核对后重新对标' : '';
    return `${inProblems ? '此外，' : ''}${parts.join('，')}${tail}。`;
  },
  problemsHeading: (n) => `${sectionNumber(n, 1, 'zh-CN')}存在问题和下一步打算`,
  problemsIntro: (asOf, count, yearEnd) =>
    `${asOf}，有${count}项目标任务${yearEnd ? '未完成年度目标' : '进度滞后或未完成'}，按差距由大到小排列如下：`,
  problemItem: zhProblem,
  problemsRest: (rest) => `其余${rest}项见需关注的目标任务表。`,
  nothingBehind: (asOf, assessed, yearEnd) =>
    assessed === 0
      ? `${asOf}，尚无可对标的完成数据。`
      : `${asOf}，有数据的目标任务均${yearEnd ? '已完成年度目标' : '已完成或达到序时进度'}，未发现进度滞后的目标任务。`,
  nextSteps: (anyBehind, noData, invalid, yearEnd) => {
    let text: string;
    if (anyBehind) {
      text = yearEnd
        ? '下一步，将认真分析未完成目标任务的原因，总结经验、查找不足，在新的一年里加大工作力度，推动各项目标任务全面落实'
        : '下一步，各责任部门要针对进度滞后的目标任务认真分析原因，制定针对性措施，加快工作进度，确保全面完成年度目标任务';
    } else {
      text = yearEnd
        ? '下一步，将认真总结经验，巩固工作成效，推动各项工作再上新台阶'
        : '下一步，将持续跟踪各项目标任务进展，保持工作力度，确保全面完成年度目标任务';
    }
    if (noData || invalid) {
      text += `；同时，及时${noData && invalid ? '补齐和更正' : noData ? '补齐' : '更正'}有关数据，确保对标结果准确`;
    }
    return `${text}。`;
  },
};

// en-US ------------------------------------------------------------------------------------------

const EN_LABEL = (s: Status): string =>
  ({
    achieved: 'achieved',
    on_track: 'on track',
    behind: 'behind pace',
    at_risk: 'at risk',
    missed: 'missed',
    no_data: 'with no data',
    invalid: 'with invalid data',
  })[s];

const EN_GROUP = (s: Status): string =>
  ({
    achieved: 'Achieved the annual target',
    on_track: 'On track',
    behind: 'Behind pace',
    at_risk: 'At risk',
    missed: 'Missed the annual target',
    no_data: 'No data',
    invalid: 'Invalid data',
  })[s];

function targets(n: number): string {
  return `${n} ${n === 1 ? 'target' : 'targets'}`;
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}

function enApprox(n: Numbers): string {
  return n.actualBase ? ` (counted as ${n.actualBase})` : '';
}

function enGapPhrase(item: Item): string {
  const n = numbersOf(item);
  if (!n?.points) return '';
  if (item.direction !== 'lower') return `${n.points} behind pace`;
  return item.status === 'missed'
    ? `${n.points} over the annual ceiling`
    : `${n.points} over the pace ceiling`;
}

function enClause(item: Item): string {
  const n = numbersOf(item);
  if (!n) return item.name;
  if (item.direction === 'lower') {
    const head = `${item.name} was ${n.actual}${enApprox(n)}`;
    switch (item.status) {
      case 'missed':
        return `${head}, above the annual ceiling of ${n.target}`;
      case 'behind':
      case 'at_risk':
        return n.expected
          ? `${head}, above the pace ceiling of ${n.expected} but within the annual ceiling of ${n.target}`
          : `${head}, against an annual ceiling of ${n.target}`;
      default:
        return n.expected && item.status === 'on_track'
          ? `${head}, within the pace ceiling of ${n.expected}`
          : `${head}, within the annual ceiling of ${n.target}`;
    }
  }
  let text = `${item.name} reached ${n.actual}${enApprox(n)}, ${n.completion} of the annual target of ${n.target}`;
  if (n.expected && n.pace && ['on_track', 'behind', 'at_risk'].includes(item.status)) {
    text += ` and ${n.pace} of the pace target of ${n.expected}`;
  }
  return text;
}

function enProblem(n: number, item: Item, asOf: string): string {
  const num = numbersOf(item);
  let headline: string;
  let detail = '';
  const when = lowerFirst(asOf);
  if (item.direction === 'milestone' || !num) {
    headline =
      item.status === 'missed'
        ? item.direction === 'milestone'
          ? 'not completed by the year end'
          : 'missed the annual target'
        : item.direction === 'milestone'
          ? 'not started'
          : item.status === 'at_risk'
            ? 'at risk, well behind pace'
            : 'behind pace';
    if (item.milestoneText) detail = `The progress reported ${when} is "${item.milestoneText}"`;
  } else if (item.direction === 'lower') {
    headline = item.status === 'missed' ? 'above the annual ceiling' : 'above the pace ceiling';
    let text = `${asOf} it was ${num.actual}${enApprox(num)}`;
    if (item.status === 'missed' && num.overTarget)
      text += `, ${num.overTarget} above the annual ceiling of ${num.target}`;
    else if (num.overPace && num.expected)
      text += `, ${num.overPace} above the pace ceiling of ${num.expected}`;
    if (num.points) text += `, ${num.points} over`;
    detail = text;
  } else {
    headline =
      item.status === 'missed'
        ? 'missed the annual target'
        : item.status === 'at_risk'
          ? 'at risk, well behind pace'
          : 'behind pace';
    let text = `${asOf} it reached ${num.actual}${enApprox(num)}, ${num.completion} of the annual target of ${num.target}`;
    if (num.points) text += `, ${num.points} behind pace`;
    const gaps: string[] = [];
    if (num.gapToPace && num.expected)
      gaps.push(`${num.gapToPace} short of the pace target of ${num.expected}`);
    if (num.gapToTarget) gaps.push(`${num.gapToTarget} short of the annual target`);
    if (gaps.length > 0) text += `; ${joinList(gaps, 'en-US')}`;
    detail = text;
  }
  let text = `${sectionNumber(n, 2, 'en-US')}${item.name}: ${headline}.`;
  if (detail) text += ` ${detail}.`;
  if (item.owner) text += ` Responsible: ${item.owner}.`;
  return text;
}

const EN: Templates = {
  defaultTitle: (unitName, year) =>
    `${unitName ? `${unitName}: ` : ''}Report on ${year !== null ? `${year} ` : ''}targets`,
  subtitle: (asOf, date) => (date ? `${asOf} · Report date ${date}` : asOf),
  noIndicators: (asOf) => `${asOf}, the selected sheets hold no targets to check.`,
  opening: (asOf, total, shares) => {
    const parts = shares.map((s) => `${s.count} ${EN_LABEL(s.status)}${s.share ? ` (${s.share})` : ''}`);
    return `${asOf}, ${targets(total)} ${total === 1 ? 'was' : 'were'} monitored${parts.length > 0 ? `: ${joinList(parts, 'en-US')}` : ''}.`;
  },
  overall: (assessed, good, share, total, yearEnd) => {
    const verb = yearEnd
      ? `${good === 1 ? 'has' : 'have'} achieved the annual target`
      : `${good === 1 ? 'has' : 'have'} achieved the annual target or ${good === 1 ? 'is' : 'are'} on pace`;
    return assessed === total
      ? `Overall, ${good} of ${targets(total)} (${share}) ${verb}.`
      : `Of the ${targets(assessed)} with complete data, ${good} (${share}) ${verb}.`;
  },
  weakestCategory: (category, total, behind) =>
    `By category, ${category} is furthest behind, with ${behind} of ${targets(total)} behind pace or missed.`,
  furthestBehind: (item) => `${item.name} is furthest behind, ${enGapPhrase(item)}.`,
  needAttention: (names, count) =>
    `Needing attention: ${joinList(names, 'en-US')}${count > names.length ? `, ${count} targets in all` : ''}.`,
  standoutOver: (item) =>
    `${item.name} exceeded its annual target by the widest margin, at ${numbersOf(item)?.completion ?? ''} of target.`,
  allGood: (yearEnd) =>
    yearEnd
      ? 'All targets with data have achieved the annual target.'
      : 'All targets with data have achieved the annual target or are on pace.',
  categoryHeading: (n, category, anyCategory) =>
    `${sectionNumber(n, 1, 'en-US')}${category || (anyCategory ? 'Other targets' : 'Progress on targets')}`,
  categorySummary: (total, counts) => {
    const parts = counts.map((s) => `${s.count} ${EN_LABEL(s.status)}`);
    return `This section covers ${targets(total)}${parts.length > 0 ? `: ${joinList(parts, 'en-US')}` : ''}.`;
  },
  highlight: (over, overSeveral, gap, gapSeveral) => {
    const parts: string[] = [];
    const overNumbers = over ? numbersOf(over) : null;
    if (over && overNumbers) {
      parts.push(
        overSeveral
          ? `${over.name} exceeded its annual target by the widest margin, at ${overNumbers.completion} of target`
          : `${over.name} exceeded its annual target, at ${overNumbers.completion} of target`,
      );
    }
    if (gap && numbersOf(gap)?.points) {
      parts.push(
        gapSeveral
          ? `${gap.name} shows the biggest gap, ${enGapPhrase(gap)}`
          : `${gap.name} is ${enGapPhrase(gap)}`,
      );
    }
    return parts.length > 0 ? `${parts.join('; ')}.` : '';
  },
  group: (status, clauses, total) =>
    clauses.length === 0
      ? ''
      : `${EN_GROUP(status)} (${total}): ${clauses.join('; ')}${total > clauses.length ? `; the other ${total - clauses.length} are in the indicators table` : ''}.`,
  clause: enClause,
  milestones: (by) => {
    const words: [Status, string][] = [
      ['achieved', 'completed'],
      ['on_track', 'in progress'],
      ['behind', 'not started'],
      ['at_risk', 'not started'],
      ['missed', 'not completed by the year end'],
    ];
    const parts = words
      .filter(([s]) => (by.get(s) ?? []).length > 0)
      .map(([s, w]) => `${w}: ${nameList(by.get(s) ?? [], 'en-US')}`);
    return parts.length > 0 ? `Milestone tasks ${parts.join('; ')}.` : '';
  },
  missingData: (noData, invalid, inProblems) => {
    const parts: string[] = [];
    if (invalid.length > 0)
      parts.push(
        `invalid data for ${nameList(invalid, 'en-US')}${inProblems ? ', with the cells listed in the data check' : ''}`,
      );
    if (noData.length > 0) parts.push(`no data yet for ${nameList(noData, 'en-US')}`);
    if (parts.length === 0) return '';
    const text = parts.join('; ');
    return inProblems ? `In addition, there is ${text}.` : `There is ${text}.`;
  },
  problemsHeading: (n) => `${sectionNumber(n, 1, 'en-US')}Issues and next steps`,
  problemsIntro: (asOf, count, yearEnd) =>
    `${asOf}, ${targets(count)} ${yearEnd ? 'missed the annual target' : `${count === 1 ? 'is' : 'are'} behind pace or missed`}, from the largest gap to the smallest:`,
  problemItem: enProblem,
  problemsRest: (rest) =>
    `The other ${targets(rest)} ${rest === 1 ? 'is' : 'are'} in the table of indicators needing attention.`,
  nothingBehind: (asOf, assessed, yearEnd) =>
    assessed === 0
      ? `${asOf}, there are no actuals to check yet.`
      : `${asOf}, every target with data has ${yearEnd ? 'achieved the annual target' : 'achieved the annual target or is on pace'}; none is behind.`,
  nextSteps: (anyBehind, noData, invalid, yearEnd) => {
    let text: string;
    if (anyBehind) {
      text = yearEnd
        ? 'Next, the causes of the missed targets will be analysed and the lessons carried into next year’s work'
        : 'Next, the responsible departments should analyse the causes of the delays, take targeted measures and speed up work so that the annual targets are met';
    } else {
      text = yearEnd
        ? 'Next, the year’s experience will be summed up and the results consolidated'
        : 'Next, progress on every target will continue to be tracked so that the annual targets are met';
    }
    if (noData && invalid) text += '; missing data should also be filled in and invalid data corrected';
    else if (noData) text += '; missing data should also be filled in';
    else if (invalid) text += '; invalid data should also be corrected';
    return `${text}.`;
  },
};

// ───────────────────────────── Assembly ─────────────────────────────

function asOfText(period: Period, year: number | null, lang: Lang): string {
  if (year === null) return periodAsOf(period, lang);
  if (lang === 'zh-CN') {
    switch (period.kind) {
      case 'quarter':
        return `截至${year}年${periodAsOf(period, lang).replace(/^截至/, '')}`;
      case 'month':
        return `截至${year}年${period.month}月底`;
      case 'year':
        return `${year}年全年`;
    }
  }
  return `${periodAsOf(period, lang)} ${year}`;
}

function countOf(counts: StatusCounts, s: Status): number {
  const n = counts.byStatus?.[s];
  return finite(n) && n > 0 ? Math.round(n) : 0;
}

function shares(
  counts: readonly { status: Status; count: number }[],
  total: number,
  lang: Lang,
): StatusShare[] {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => ({
      status: c.status,
      count: c.count,
      share: total > 0 ? formatPercent(c.count / total, lang, 1) : null,
    }));
}

function countItems(items: readonly Item[]): { status: Status; count: number }[] {
  const n = new Map<Status, number>();
  for (const it of items) n.set(it.status, (n.get(it.status) ?? 0) + 1);
  return ORDER.map((status) => ({ status, count: n.get(status) ?? 0 }));
}

/** Paragraphs on one category: summary, highlight, one paragraph per status group, milestones, gaps in data. */
function categoryParagraphs(items: readonly Item[], T: Templates, yearEnd: boolean, lang: Lang): string[] {
  const out: string[] = [];
  const counts = shares(countItems(items), items.length, lang);
  let summary = T.categorySummary(items.length, counts);
  const over = biggestOverAchievement(items);
  const behind = lagging(items);
  const highlight = T.highlight(over, overAchievers(items) > 1, behind[0] ?? null, behind.length > 1);
  if (highlight) summary += lang === 'zh-CN' ? highlight : ` ${highlight}`;
  out.push(summary);
  // One pass: the numeric indicators per status, the milestones per status, the names without data.
  const groups = new Map<Status, Item[]>();
  const milestoneMap = new Map<Status, string[]>();
  const noData: string[] = [];
  const invalid: string[] = [];
  for (const it of items) {
    if (it.status === 'no_data') noData.push(it.name);
    else if (it.status === 'invalid') invalid.push(it.name);
    if (it.direction === 'milestone') {
      if (it.status === 'no_data' || it.status === 'invalid') continue;
      const names = milestoneMap.get(it.status);
      if (names) names.push(it.name);
      else milestoneMap.set(it.status, [it.name]);
    } else {
      const group = groups.get(it.status);
      if (group) group.push(it);
      else groups.set(it.status, [it]);
    }
  }
  for (const status of ['achieved', 'on_track', 'behind', 'at_risk', 'missed'] as const) {
    const group = groups.get(status) ?? [];
    const ordered = status === 'achieved' || status === 'on_track' ? group : byLag(group);
    const text = T.group(status, ordered.slice(0, GROUP_LIST_LIMIT).map(T.clause), ordered.length, yearEnd);
    if (text) out.push(text);
  }
  const ms = T.milestones(milestoneMap);
  if (ms) out.push(ms);
  const missing = T.missingData(noData, invalid, false);
  if (missing) out.push(missing);
  return out;
}

/** The indicators of one category, and how many of them are behind, at risk or missed. */
interface CategoryGroup {
  readonly items: Item[];
  behind: number;
}

/** The report's narrative as blocks; the adapters lay them out (headings, right-aligned signature). */
export function buildNarrative(input: NarrativeInput): NarrativeBlock[] {
  const { options } = input;
  const lang: Lang = options.lang === 'en-US' ? 'en-US' : 'zh-CN';
  const T = lang === 'zh-CN' ? ZH : EN;
  const year = finite(options.year) && Number.isInteger(options.year) ? options.year : null;
  const yearEnd = options.period.kind === 'year';
  const asOf = asOfText(options.period, year, lang);
  const unitName = cleanText(options.unitName);
  const date = formatDate(options.date, lang);
  const items = prepareItems(input.evaluations ?? [], lang);

  const blocks: NarrativeBlock[] = [];
  const push = (kind: NarrativeBlock['kind'], text: string): void => {
    const t = tidySentence(text);
    if (t) blocks.push({ kind, text: t } as NarrativeBlock);
  };

  push('title', cleanText(input.title) || T.defaultTitle(unitName, year));
  push('subtitle', T.subtitle(asOf, date));

  // Opening: counts per status (from input.counts), overall completion, what stands out.
  const statusCounts = ORDER.map((status) => ({ status, count: countOf(input.counts, status) }));
  const countedTotal = statusCounts.reduce((s, c) => s + c.count, 0);
  const total =
    finite(input.counts?.total) && input.counts.total >= countedTotal
      ? Math.round(input.counts.total)
      : countedTotal;
  const unitsOpening = typeof input.units?.opening === 'string' ? input.units.opening.trim() : '';

  // The indicators per category (uncategorised under ''), in order of first appearance, with how many
  // are behind: one pass (a report can hold thousands of categories).
  const grouped = new Map<string, CategoryGroup>();
  for (const it of items) {
    let g = grouped.get(it.category);
    if (!g) grouped.set(it.category, (g = { items: [], behind: 0 }));
    g.items.push(it);
    if (it.behind) g.behind++;
  }

  if (total === 0 && items.length === 0) {
    push('paragraph', T.noIndicators(asOf));
  } else if (unitsOpening) {
    // Several units: the opening speaks of the whole organisation.
    push('paragraph', unitsOpening);
  } else {
    let opening = T.opening(asOf, total, shares(statusCounts, total, lang));
    const assessed = total - countOf(input.counts, 'no_data') - countOf(input.counts, 'invalid');
    const good = countOf(input.counts, 'achieved') + countOf(input.counts, 'on_track');
    if (assessed > 0 && !(yearEnd && assessed === total)) {
      opening +=
        (lang === 'zh-CN' ? '' : ' ') +
        T.overall(assessed, good, formatPercent(good / assessed, lang, 1), total, yearEnd);
    }
    const standout = standoutSentence(items, grouped, T, yearEnd);
    if (standout) opening += (lang === 'zh-CN' ? '' : ' ') + standout;
    push('paragraph', opening);
  }

  // One section per category, in order of first appearance; uncategorised indicators last.
  const categories = [...grouped.keys()].filter((c) => c !== '');
  const anyCategory = categories.length > 0;
  if (grouped.has('')) categories.push('');
  let section = 0;
  const numbered = (heading: string | undefined, paragraphs: readonly string[] | undefined): void => {
    const h = cleanText(heading);
    const ps = (paragraphs ?? []).filter((p) => cleanText(p) !== '');
    if (!h || ps.length === 0) return;
    section += 1;
    push('heading1', `${sectionNumber(section, 1, lang)}${h}`);
    for (const p of ps) push('paragraph', p);
  };

  // Several units: one short paragraph per unit, best first.
  if (unitsOpening) numbered(input.units?.heading, input.units?.perUnit);

  for (const category of categories) {
    const inCategory = grouped.get(category)?.items ?? [];
    section += 1;
    push('heading1', T.categoryHeading(section, category, anyCategory));
    for (const p of categoryParagraphs(inCategory, T, yearEnd, lang)) push('paragraph', p);
  }

  // Since the last check-in.
  if (input.changes) numbered(input.changes.heading, input.changes.paragraphs);

  // 存在问题: every indicator behind, at risk or missed, ordered by how far behind.
  if (items.length > 0) {
    section += 1;
    push('heading1', T.problemsHeading(section));
    const behind: Item[] = [];
    const noData: string[] = [];
    const invalid: string[] = [];
    for (const it of items) {
      if (it.behind) behind.push(it);
      else if (it.status === 'no_data') noData.push(it.name);
      else if (it.status === 'invalid') invalid.push(it.name);
    }
    behind.sort(compareLag);
    const assessed = items.length - noData.length - invalid.length;
    if (behind.length > 0) {
      push('paragraph', T.problemsIntro(asOf, behind.length, yearEnd));
      behind
        .slice(0, PROBLEM_LIST_LIMIT)
        .forEach((it, i) => push('paragraph', T.problemItem(i + 1, it, asOf)));
      if (behind.length > PROBLEM_LIST_LIMIT)
        push('paragraph', T.problemsRest(behind.length - PROBLEM_LIST_LIMIT));
    } else {
      push('paragraph', T.nothingBehind(asOf, assessed, yearEnd));
    }
    const missing = T.missingData(noData, invalid, true);
    if (missing) push('paragraph', missing);
    push('paragraph', T.nextSteps(behind.length > 0, noData.length > 0, invalid.length > 0, yearEnd));
  }

  if (unitName) push('signature', unitName);
  if (date) push('signature', date);
  return blocks;
}

/** One sentence on what stands out: the weakest category, the furthest behind, or the best result. */
function standoutSentence(
  items: readonly Item[],
  perCategory: ReadonlyMap<string, CategoryGroup>,
  T: Templates,
  yearEnd: boolean,
): string {
  const behind = items.filter((it) => it.behind);
  if (behind.length > 0) {
    // Per category, in order of first appearance: how many, how many behind.
    if (perCategory.size > 1) {
      let worst: { category: string; total: number; behind: number } | null = null;
      for (const [category, g] of perCategory) {
        const c = { total: g.items.length, behind: g.behind };
        if (c.behind === 0) continue;
        if (!worst || c.behind / c.total > worst.behind / worst.total)
          worst = { category, total: c.total, behind: c.behind };
      }
      if (worst && worst.category) return T.weakestCategory(worst.category, worst.total, worst.behind);
    }
    const ranked = lagging(behind);
    if (ranked.length > 0) return T.furthestBehind(ranked[0]);
    return T.needAttention(
      behind.slice(0, 3).map((it) => it.name),
      behind.length,
    );
  }
  const over = biggestOverAchievement(items);
  if (over) return T.standoutOver(over);
  if (items.some((it) => it.status === 'achieved' || it.status === 'on_track')) {
    return T.allGood(yearEnd);
  }
  return '';
}
