/**
 * The narrative as facts, without words, after the shape of a Chinese official report: an opening with
 * the overall picture and what stands out; one section per category (summary, highlight, one group per
 * status, milestones, missing data); a section on problems listing every indicator behind pace or missed,
 * ordered by how far behind. wording/narrative.ts turns these facts into sentences.
 *
 * Long lists are cut so that a report over tens of thousands of indicators stays readable (and is built
 * in linear time); the tables still list every indicator, so nothing is lost:
 * - a status group in a category names at most GROUP_LIST_LIMIT (20) indicators, then the rest is
 *   referred to the indicators table;
 * - the problems section describes at most PROBLEM_LIST_LIMIT (50) indicators, the furthest behind
 *   first, then the rest is referred to the table of indicators needing attention;
 * - lists of names (milestones, missing or invalid data) name at most NAME_LIST_LIMIT (20), then
 *   "and N more".
 * Below these limits the text is exactly as without them.
 *
 * Two measures are used:
 * - Overall completion (opening paragraph): the share of indicators with complete data (every status
 *   except no_data and invalid) that have achieved the annual target or are on pace. It counts
 *   indicators, so one large over-achievement cannot hide several shortfalls.
 * - How far behind (problems section and "biggest gap"), and the order of indicators behind: the one
 *   gap and attention order of evaluate/gaps.ts, as the tables and charts use it.
 */
import {
  BEHIND_STATUSES,
  GOOD_STATUSES,
  STATUSES,
  type Evaluation,
  type Quantity,
  type Status,
  type StatusCounts,
} from '../model';
import { finite, writtenDecimals } from '../core/numbers';
import { firstInOrder } from '../core/order';
import { compareAttention, gapPoints, lagOf } from '../evaluate/gaps';
import { isPercentUnit } from '../core/quantity';
import { isBlankCell } from '../evaluate/context';
import { cleanCategory, cleanText } from '../core/text';
import { isNotStartedWord } from '../evaluate/vocabulary';
import { formOf, isLevel, judgedFacts, paceShown, unitOf, type ItemForm, type JudgedFacts } from './kinds';

/** At most this many indicators described in one status group of a category (see the module comment). */
export const GROUP_LIST_LIMIT = 20;
/** At most this many indicators described one by one in the problems section. */
export const PROBLEM_LIST_LIMIT = 50;
/** At most this many names in one list of names. */
export const NAME_LIST_LIMIT = 20;
/**
 * At most this many category sections, in order; the categories after them are summed up in one
 * paragraph (a sheet whose every indicator is a category of its own would otherwise give a section each).
 */
export const CATEGORY_SECTION_LIMIT = 100;

/** An indicator as the narrative sees it. */
export interface NarrativeItem {
  readonly index: number;
  readonly ev: Evaluation;
  readonly status: Status;
  readonly direction: 'higher' | 'lower' | 'milestone';
  /** Cleaned texts ('' when absent). */
  readonly owner: string;
  readonly category: string;
  /** Milestone text as reported (推进中…). */
  readonly milestoneText: string;
  /** A milestone behind whose reported words say it has not started (未开始, 尚未启动, Not started). */
  readonly notStarted: boolean;
  /** Numbers to show (actual and target): false for milestones and indicators without them. */
  readonly numeric: boolean;
  /** actual / target, for ranking over-achievement (higher-is-better only). */
  readonly completionValue: number | null;
  /** How far behind as a ratio of the target, > 0 when behind (evaluate/gaps.ts). */
  readonly lag: number | null;
  /** The gap in points as shown: the first key of the attention order. */
  readonly points: number | null;
  /** Behind, at risk or missed. */
  readonly behind: boolean;
  /** How its result is stated: by the rule of its target kind (report/kinds.ts). */
  readonly form: ItemForm;
}

/** The figures of a numeric indicator (only for the indicators the narrative names). */
export interface ItemFigures {
  readonly actual: Quantity;
  readonly target: Quantity;
  /** The measure unit, cleaned. */
  readonly unit: string;
  /** Differences are percentage points (a percentage target or actual with a percentage unit). */
  readonly percent: boolean;
  /** Pace target, when it differs from the annual target. */
  readonly expected: number | null;
  readonly completion: number;
  /** actual / expected, when expected is shown. */
  readonly pace: number | null;
  /** Short of the pace target (shown) and of the annual target (higher-is-better). */
  readonly gapToPace: number | null;
  readonly gapToTarget: number | null;
  /** Over the pace ceiling and the annual ceiling (lower-is-better). */
  readonly overPace: number | null;
  readonly overTarget: number | null;
  /** How far behind (> 0), for "落后序时进度…". */
  readonly lag: number | null;
  /** A level (达到) rather than a running total (完成). */
  readonly level: boolean;
  /** The result is the office's projection of the year's (预计全年, YE Proj.), not a figure done. */
  readonly projected: boolean;
  /** The result is the year's as estimated at its end (2023年完成情况(预计)), judged as the year's result. */
  readonly estimated: boolean;
  /** Growth, decrease, bands, floors, ceilings and rates: the result against the target by its kind. */
  readonly judged: JudgedFacts | null;
  /** The target is the period's own (the sheet gives a target for the quarter or month, none for the year). */
  readonly periodTarget: boolean;
}

/**
 * actual / target of a numeric indicator, or null when it has no numbers to show (a milestone, a missing
 * figure). Where the evaluation's completion (the rate the sheet prints, as the tables show it) is the
 * same ratio but for the last digit's rounding (a rate printed to a tenth of a point may be half of one
 * off, or a little more where the sheet rounded twice): 6222 of 15653 printed 39.8% is not told as
 * 39.7%. A rate of another base (of the period's plan) or rounded to whole points is left alone.
 */
function completionOf(ev: Evaluation): { completion: number | null } | null {
  const a = ev.actual;
  const t = ev.target;
  if (ev.direction === 'milestone' || !a || !t || !finite(a.value) || !finite(t.value) || t.value === 0)
    return null;
  const ratio = a.value / t.value;
  if (!finite(ratio)) return { completion: null };
  const shown = ev.completion;
  if (!finite(shown)) return { completion: ratio };
  // The office's rate to a tenth of a point, worked from figures it rounded to print (234亿元 of 266亿元:
  // 87.9 %, not 88.0 %), stands; a rate in whole per cent (58% for 35 of 60) is the ratio rounded.
  const tenths = Math.abs(shown * 100 - Math.round(shown * 100)) > 1e-6;
  const rounding = tenths
    ? Math.min(
        MAX_ROUNDING,
        (halfLastDigit(a.value) + Math.abs(ratio) * halfLastDigit(t.value)) / Math.abs(t.value),
      )
    : 0;
  return { completion: Math.abs(shown - ratio) <= SAME_RATE + rounding ? shown : ratio };
}

/** How far the figures' own rounding may take a printed rate from their ratio, at most (0.2 points). */
const MAX_ROUNDING = 0.002;

/** How far a rate printed to a tenth of a point may be from the ratio it stands for. */
const SAME_RATE = 0.00055;

/** Half the last digit a figure is written to (234 → 0.5, 4.61 → 0.005). */
function halfLastDigit(v: number): number {
  const a = Math.abs(v);
  // (JavaScript writes these with an exponent: no last digit to speak of.)
  if (a >= 1e21 || (a < 1e-6 && a !== 0)) return 0;
  return 0.5 * 10 ** -writtenDecimals(a);
}

/** The figures of a numeric item. */
export function figuresOf(item: NarrativeItem): ItemFigures {
  const ev = item.ev;
  const a = ev.actual as Quantity;
  const t = ev.target as Quantity;
  const unit = unitOf(ev);
  const A = a.value;
  const T = t.value;
  const E = finite(ev.expected) && ev.expected > 0 ? ev.expected : null;
  const lower = ev.direction === 'lower';
  const shownE = paceShown(E, unit, lower, t, a);
  const expected = shownE !== null && Math.abs(shownE - T) > 1e-9 * Math.max(1, Math.abs(T)) ? shownE : null;
  return {
    actual: a,
    target: t,
    unit,
    percent: (t.percent || isPercentUnit(unit)) && (t.percent || a.percent),
    expected,
    completion: completionOf(ev)?.completion ?? A / T,
    // The pace is the exact measure the status rests on (as in the tables and the JSON).
    pace: expected !== null && E !== null ? A / E : null,
    gapToPace: !lower && expected !== null && expected > A ? expected - A : null,
    gapToTarget: !lower && T > A ? T - A : null,
    overPace: lower && shownE !== null && A > shownE ? A - shownE : null,
    overTarget: lower && A > T ? A - T : null,
    lag: item.lag !== null && item.lag > 0 ? item.lag : null,
    level: isLevel(ev),
    projected: ev.indicator.resultProjected === true,
    estimated: ev.indicator.resultEstimated === true && ev.indicator.resultProjected !== true,
    judged: item.form === 'amount' ? null : judgedFacts(ev, item.form),
    periodTarget: targetOfPeriod(ev),
  };
}

/** Whether the target judged is the period's own: the year's target cell empty, the period's filled. */
function targetOfPeriod(ev: Evaluation): boolean {
  const { target, periodTargetCell } = ev.indicator;
  return isBlankCell(target ?? null) && !isBlankCell(periodTargetCell ?? null);
}

/** The narrative's view of every evaluation, in sheet order (categories and owners cleaned once each). */
export function narrativeItems(evaluations: readonly Evaluation[]): NarrativeItem[] {
  const categories = new Map<string | null | undefined, string>();
  const owners = new Map<string | null | undefined, string>();
  return evaluations.map((ev, index) => {
    const raw = completionOf(ev);
    const direction = ev.direction === 'lower' || ev.direction === 'milestone' ? ev.direction : 'higher';
    // Judged by the period's own target: short of it by what is left of it, not by the year's pace.
    const form = formOf(ev, raw !== null);
    // A completion alone is behind the share of the year gone by its own points (evaluate/gaps.ts).
    const lag = !raw
      ? form === 'completion'
        ? lagOf(ev)
        : null
      : finite(ev.periodCompletion)
        ? Math.max(0, 1 - ev.periodCompletion)
        : lagOf(ev);
    const status: Status = STATUSES.includes(ev.status) ? ev.status : 'invalid';
    let category = categories.get(ev.indicator.category);
    if (category === undefined)
      categories.set(ev.indicator.category, (category = cleanCategory(ev.indicator.category)));
    let owner = owners.get(ev.indicator.owner);
    if (owner === undefined) owners.set(ev.indicator.owner, (owner = cleanText(ev.indicator.owner)));
    return {
      index,
      ev,
      status,
      direction,
      owner,
      category,
      milestoneText: cleanText(ev.actualText),
      notStarted:
        direction === 'milestone' &&
        (status === 'behind' || status === 'at_risk') &&
        !!ev.actualText &&
        isNotStartedWord(ev.actualText),
      numeric: raw !== null,
      completionValue: raw && direction === 'higher' && form === 'amount' ? raw.completion : null,
      lag,
      points: gapPoints(lag),
      behind: BEHIND_STATUSES.includes(status),
      form,
    };
  });
}

/** The one attention order (evaluate/gaps.ts): the furthest behind first, then by urgency, then in sheet order. */
function compareItems(x: NarrativeItem, y: NarrativeItem): number {
  return compareAttention(x, y);
}

/** True for an indicator behind whose gap in points is shown. */
function hasGap(it: NarrativeItem): boolean {
  return it.behind && it.lag !== null && it.lag > 0;
}

/** The indicator behind furthest (with a gap in points), and how many are behind with one. */
function lagging(items: readonly NarrativeItem[]): { first: NarrativeItem | null; count: number } {
  const gapped = items.filter(hasGap);
  return { first: firstInOrder(gapped, compareItems, 1)[0] ?? null, count: gapped.length };
}

/** A list in the attention order, cut after `limit`. */
function cutInOrder(items: readonly NarrativeItem[], limit: number): ItemList {
  return { items: firstInOrder(items, compareItems, limit), total: items.length };
}

function overAchieving(it: NarrativeItem): boolean {
  return (
    it.direction === 'higher' &&
    it.completionValue !== null &&
    it.completionValue > 1 &&
    GOOD_STATUSES.includes(it.status)
  );
}

/** The indicator furthest over its annual target (the first of equals). */
function biggestOverAchievement(items: readonly NarrativeItem[]): NarrativeItem | null {
  let best: NarrativeItem | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (overAchieving(it) && (!best || (it.completionValue ?? 0) > (best.completionValue ?? 0))) best = it;
  }
  return best;
}

/** A list of indicators to name, cut after a limit: the first ones and how many there are in all. */
export interface ItemList {
  readonly items: readonly NarrativeItem[];
  readonly total: number;
}

function cut(items: readonly NarrativeItem[], limit: number): ItemList {
  return { items: items.length > limit ? items.slice(0, limit) : items, total: items.length };
}

/** A status with its count and its share of a total (null when the total is 0). */
export interface StatusShare {
  readonly status: Status;
  readonly count: number;
  readonly share: number | null;
}

function shares(counts: readonly { status: Status; count: number }[], total: number): StatusShare[] {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => ({ status: c.status, count: c.count, share: total > 0 ? c.count / total : null }));
}

/** The statuses of the groups of a category section, in this order; no data and invalid are listed apart. */
const GROUP_STATUSES: readonly Status[] = ['achieved', 'on_track', 'behind', 'at_risk', 'missed'];

export interface CategoryFacts {
  /** Cleaned category; '' for the uncategorised. */
  readonly category: string;
  readonly total: number;
  readonly counts: readonly StatusShare[];
  /** The biggest over-achievement (and whether several over-achieve), and the biggest gap. */
  readonly over: { readonly item: NarrativeItem; readonly several: boolean } | null;
  readonly gap: { readonly item: NarrativeItem; readonly several: boolean } | null;
  /** Numeric indicators per status (behind ones furthest first), each cut at GROUP_LIST_LIMIT. */
  readonly groups: readonly { readonly status: Status; readonly list: ItemList }[];
  /**
   * Milestone tasks per status (GROUP_STATUSES order), those whose words say they have not started apart
   * after the others of their status, names cut at NAME_LIST_LIMIT.
   */
  readonly milestones: readonly {
    readonly status: Status;
    readonly notStarted: boolean;
    readonly list: ItemList;
  }[];
  readonly noData: ItemList;
  readonly invalid: ItemList;
  /** Indicators not rated (each with its reason), cut at NAME_LIST_LIMIT. */
  readonly notRated: ItemList;
}

function categoryFacts(category: string, items: readonly NarrativeItem[]): CategoryFacts {
  const counts = new Map<Status, number>();
  const groups = new Map<Status, NarrativeItem[]>();
  const milestones = new Map<Status, NarrativeItem[]>();
  const noData: NarrativeItem[] = [];
  const invalid: NarrativeItem[] = [];
  const notRated: NarrativeItem[] = [];
  let overCount = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    counts.set(it.status, (counts.get(it.status) ?? 0) + 1);
    if (overAchieving(it)) overCount++;
    if (it.status === 'no_data') noData.push(it);
    else if (it.status === 'invalid') invalid.push(it);
    else if (it.status === 'not_rated') notRated.push(it);
    if (it.direction === 'milestone' && (it.status === 'no_data' || it.status === 'invalid')) continue;
    const into = it.direction === 'milestone' && it.form !== 'completion' ? milestones : groups;
    const list = into.get(it.status);
    if (list) list.push(it);
    else into.set(it.status, [it]);
  }
  const over = biggestOverAchievement(items);
  const behind = lagging(items);
  return {
    category,
    total: items.length,
    counts: shares(
      STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      items.length,
    ),
    over: over ? { item: over, several: overCount > 1 } : null,
    gap: behind.first ? { item: behind.first, several: behind.count > 1 } : null,
    groups: GROUP_STATUSES.flatMap((status) => {
      const group = groups.get(status) ?? [];
      if (group.length === 0) return [];
      const list = GOOD_STATUSES.includes(status)
        ? cut(group, GROUP_LIST_LIMIT)
        : cutInOrder(group, GROUP_LIST_LIMIT);
      return [{ status, list }];
    }),
    milestones: GROUP_STATUSES.flatMap((status) =>
      [false, true].flatMap((notStarted) => {
        const list = (milestones.get(status) ?? []).filter((it) => it.notStarted === notStarted);
        return list.length > 0 ? [{ status, notStarted, list: cut(list, NAME_LIST_LIMIT) }] : [];
      }),
    ),
    noData: cut(noData, NAME_LIST_LIMIT),
    invalid: cut(invalid, NAME_LIST_LIMIT),
    notRated: cut(notRated, NAME_LIST_LIMIT),
  };
}

/** What stands out in the opening: the weakest category, the furthest behind, or the best result. */
export type Standout =
  | {
      readonly kind: 'weakest-category';
      readonly category: string;
      readonly total: number;
      readonly behind: number;
      /** Every one of them missed (not a projection of the year behind): at the year's end, "missed". */
      readonly allMissed: boolean;
    }
  | { readonly kind: 'furthest-behind'; readonly item: NarrativeItem }
  | { readonly kind: 'need-attention'; readonly items: readonly NarrativeItem[]; readonly count: number }
  | { readonly kind: 'over'; readonly item: NarrativeItem }
  | { readonly kind: 'all-good' };

/** `categories` in order of first appearance (the uncategorised where they first appear). */
function standoutOf(items: readonly NarrativeItem[], categories: readonly CategoryFacts[]): Standout | null {
  const behind = items.filter((it) => it.behind);
  if (behind.length > 0) {
    if (categories.length > 1) {
      let worst: { category: string; total: number; behind: number; allMissed: boolean } | null = null;
      // Two categories as far behind (1 of 2 each): neither is the weakest.
      let tied = false;
      for (const c of categories) {
        const n = c.counts.reduce((s, x) => s + (BEHIND_STATUSES.includes(x.status) ? x.count : 0), 0);
        if (n === 0) continue;
        if (worst && n * worst.total === worst.behind * c.total) tied = true;
        if (!worst || n / c.total > worst.behind / worst.total) {
          const missed = c.counts.find((x) => x.status === 'missed')?.count ?? 0;
          worst = { category: c.category, total: c.total, behind: n, allMissed: missed === n };
          tied = false;
        }
      }
      if (worst && worst.category && !tied) return { kind: 'weakest-category', ...worst };
    }
    const furthest = lagging(behind).first;
    if (furthest) return { kind: 'furthest-behind', item: furthest };
    return { kind: 'need-attention', items: behind.slice(0, 3), count: behind.length };
  }
  const over = biggestOverAchievement(items);
  if (over) return { kind: 'over', item: over };
  return items.some((it) => GOOD_STATUSES.includes(it.status)) ? { kind: 'all-good' } : null;
}

/** The opening paragraph: nothing to check, the units' opening, or the counts and what stands out. */
export type OpeningFacts =
  | { readonly kind: 'no-indicators' }
  | { readonly kind: 'units' }
  | {
      readonly kind: 'counts';
      readonly total: number;
      readonly shares: readonly StatusShare[];
      /** Overall completion, unless every indicator is assessed at the year end. */
      readonly overall: {
        readonly assessed: number;
        readonly good: number;
        readonly share: number;
        /** Rows not rated are left out of `assessed` too. */
        readonly rated: boolean;
      } | null;
      readonly standout: Standout | null;
    };

export interface ProblemsFacts {
  /** Behind, at risk or missed: the furthest behind first, cut at PROBLEM_LIST_LIMIT. */
  readonly behind: ItemList;
  /** Indicators rated with complete data (rows not rated left out: they have no target to be behind). */
  readonly assessed: number;
  /** Rows not rated (no target, data only, not applicable…). */
  readonly notRated: number;
  /** Every row behind has missed its target (none merely behind pace, as a projection can be). */
  readonly allMissed: boolean;
  readonly noData: ItemList;
  readonly invalid: ItemList;
}

export interface NarrativeFacts {
  readonly items: readonly NarrativeItem[];
  readonly opening: OpeningFacts;
  /** Category sections in order of first appearance; the uncategorised last; at most CATEGORY_SECTION_LIMIT. */
  readonly categories: readonly CategoryFacts[];
  /** The categories beyond CATEGORY_SECTION_LIMIT, summed up: how many, their indicators and statuses. */
  readonly otherCategories: {
    readonly count: number;
    readonly total: number;
    readonly counts: readonly StatusShare[];
  } | null;
  /** True when some indicator has a category (the uncategorised then are "the others"). */
  readonly anyCategory: boolean;
  /** Absent without indicators. */
  readonly problems: ProblemsFacts | null;
}

function countOf(counts: StatusCounts, s: Status): number {
  const n = counts.byStatus?.[s];
  return finite(n) && n > 0 ? Math.round(n) : 0;
}

function openingFacts(
  counts: StatusCounts,
  items: readonly NarrativeItem[],
  /** In order of first appearance. */
  categories: readonly CategoryFacts[],
  yearEnd: boolean,
  withUnits: boolean,
): OpeningFacts {
  const statusCounts = STATUSES.map((status) => ({ status, count: countOf(counts, status) }));
  const countedTotal = statusCounts.reduce((s, c) => s + c.count, 0);
  const total =
    finite(counts?.total) && counts.total >= countedTotal ? Math.round(counts.total) : countedTotal;
  if (total === 0 && items.length === 0) return { kind: 'no-indicators' };
  if (withUnits) return { kind: 'units' };
  // Of the rows judged: those with data, less those not rated (a share of rows never judged says nothing).
  const notRated = countOf(counts, 'not_rated');
  const assessed = total - countOf(counts, 'no_data') - countOf(counts, 'invalid') - notRated;
  const good = countOf(counts, 'achieved') + countOf(counts, 'on_track');
  return {
    kind: 'counts',
    total,
    shares: shares(statusCounts, total),
    overall:
      assessed > 0 && !(yearEnd && assessed === total)
        ? { assessed, good, share: good / assessed, rated: notRated > 0 }
        : null,
    standout: standoutOf(items, categories),
  };
}

function problemsFacts(items: readonly NarrativeItem[]): ProblemsFacts {
  const behind: NarrativeItem[] = [];
  const noData: NarrativeItem[] = [];
  const invalid: NarrativeItem[] = [];
  let notRated = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.behind) behind.push(it);
    else if (it.status === 'no_data') noData.push(it);
    else if (it.status === 'invalid') invalid.push(it);
    else if (it.status === 'not_rated') notRated++;
  }
  return {
    behind: cutInOrder(behind, PROBLEM_LIST_LIMIT),
    assessed: items.length - noData.length - invalid.length - notRated,
    notRated,
    allMissed: behind.every((it) => it.status === 'missed'),
    noData: cut(noData, NAME_LIST_LIMIT),
    invalid: cut(invalid, NAME_LIST_LIMIT),
  };
}

function otherCategories(rest: readonly CategoryFacts[]): NarrativeFacts['otherCategories'] {
  if (rest.length === 0) return null;
  const byStatus = new Map<Status, number>();
  let total = 0;
  for (const c of rest) {
    total += c.total;
    for (const s of c.counts) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + s.count);
  }
  const counts = shares(
    STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    total,
  );
  return { count: rest.length, total, counts };
}

/**
 * The facts of the narrative. `yearEnd` is the full year only (FY), as the narrative speaks of it;
 * `withUnits`: several units give the opening instead.
 */
export function narrativeFacts(
  evaluations: readonly Evaluation[],
  counts: StatusCounts,
  yearEnd: boolean,
  withUnits: boolean,
): NarrativeFacts {
  const items = narrativeItems(evaluations);
  // The indicators per category (uncategorised under ''), in order of first appearance: one pass.
  const grouped = new Map<string, NarrativeItem[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const g = grouped.get(it.category);
    if (g) g.push(it);
    else grouped.set(it.category, [it]);
  }
  const inAppearance = [...grouped.entries()].map(([c, its]) => categoryFacts(c, its));
  const categories = [
    ...inAppearance.filter((c) => c.category !== ''),
    ...inAppearance.filter((c) => c.category === ''),
  ];
  return {
    items,
    opening: openingFacts(counts, items, inAppearance, yearEnd, withUnits),
    categories: categories.slice(0, CATEGORY_SECTION_LIMIT),
    otherCategories: otherCategories(categories.slice(CATEGORY_SECTION_LIMIT)),
    anyCategory: categories.some((c) => c.category !== ''),
    problems: items.length > 0 ? problemsFacts(items) : null,
  };
}
