/**
 * The narrative in words: the facts of report/narrative.ts through the templates of the report's
 * language. Title and period line; the opening; with several units, a section with a paragraph per unit;
 * one numbered section per category; after an earlier check-in, what changed; the problems section; the
 * issuing body and date. Sections are numbered in the order they appear. Every sentence goes through
 * tidySentence, so no text holds "undefined", "NaN", empty brackets or doubled punctuation.
 */
import type { Evaluation, NarrativeBlock, Quantity, ReportOptions, StatusCounts } from '../model';
import { finite } from '../core/numbers';
import { normalizeText } from '../core/normalize';
import { isPercentUnit } from '../core/quantity';
import { scanQuantities } from '../core/grammar';
import { displayWidth } from '../core/measure';
import { reportsYearEnd } from '../core/period';
import {
  BULLET,
  LEAD_IN_LABEL,
  cleanText,
  shownName,
  tidySentence,
  withoutListNumber,
  withoutNoteMarks,
} from '../core/text';
import { localeFor } from '../locale';
import type {
  ClauseWords,
  GapWords,
  JudgedWords,
  Locale,
  NumbersText,
  PointsWords,
  ProblemWords,
} from '../locale/types';
import { judgedFacts, sideOf, unitOf, type JudgedFacts } from '../report/kinds';
import {
  figuresOf,
  GROUP_LIST_LIMIT,
  narrativeFacts,
  narrativeItems,
  type CategoryFacts,
  type ItemList,
  type NarrativeItem,
  type OpeningFacts,
  type ProblemsFacts,
} from '../report/narrative';
import { notRatedReason } from './tables';
import { sourceText } from '../report/tables';
import { statusWord } from '../read/cellKinds';
import { nameWithoutUnit } from '../read/units';
import { defaultTitle } from './title';

export interface NarrativeInput {
  readonly evaluations: readonly Evaluation[];
  readonly counts: StatusCounts;
  readonly options: ReportOptions;
  readonly title: string;
  /**
   * Several units (see wording/units.ts): `opening` on the whole organisation replaces the usual
   * opening paragraph, and a first numbered section (`heading`) holds one paragraph per unit.
   */
  readonly units?: {
    readonly heading: string;
    readonly opening: string;
    readonly perUnit: readonly string[];
  };
  /** What changed since the last check-in (wording/changes.ts): a section just before the problems. */
  readonly changes?: { readonly heading: string; readonly paragraphs: readonly string[] };
  /** The title when `title` is empty once cleaned (the report's default title). */
  readonly defaultTitle?: string;
  /** The tables' total rows (合计, Total), evaluated: told after the opening, never counted. */
  readonly totals?: readonly Evaluation[];
}

/** The stop closing a sentence quoted in the text, which the text's own stop follows. */
const SENTENCE_END = /[\s。．.；;，,、]+$/;
/** Spaces set between Chinese characters to spread a short name over its cell (財 產 收 入): not words. */
const HAN_PADDING = /(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])/g;
/** A colon (and a dash) closing a name that leads into its parts ("…solid waste: -", "drains:-"). */
const LEAD_IN_END = /\s*[:：]\s*[-–—]?\s*$/;
/** A bound closing a name (城镇登记失业率低于, 森林覆盖率达到). */
const BOUND_END = /(?:不低于|不少于|不超过|不高于|低于|高于|以内|以下|以上|控制在|达到|超过)$/;

/**
 * A name as the text says it beside its figures, which carry its unit and its bound: without a unit in
 * brackets at its end (开展农村青年技能培训(人) → 开展农村青年技能培训完成1255人) and, where the target bounds
 * the figure, without the bound's word (城镇登记失业率低于(%) → 城镇登记失业率为4.2%，控制在4.3%以内).
 */
function saidWithFigures(name: string, comparator: Evaluation['comparator'] | null): string {
  const bare = nameWithoutUnit(name);
  if (comparator === null) return bare.length > 0 ? bare : name;
  const unbound = bare.replace(BOUND_END, '');
  // A bound after the target's own figure (减少农村贫困人口1000万以上) is part of the target's words.
  if (unbound.length < 2 || /\d[万亿千百]?$/.test(unbound)) return bare.length > 0 ? bare : name;
  return unbound;
}

/** Punctuation, and a sub-row's "of which" (其中：重点新建项目, 分部门:国税部门), before a name. */
const LEADING_PUNCTUATION = new RegExp(
  `^(?:[\\s)）\\]】}>》,，、.。:：;；!！?？]+|${LEAD_IN_LABEL.source.slice(1)})+`,
);

/** A change word opening a figure as written (下降8%左右, 同比增长5%左右, "fall of about 2%"). */
const CHANGE_LEAD =
  /^(?:(?:同比|比上年|年均)?(?:增长|增加|提高|上升|上涨|下降|减少|降低|压减|压降|回落|下滑|负增长|降|增)|(?:increase|growth|rise|up|decrease|fall|decline|reduction|down|cut)(?:\s+(?:of|by))?\s+)/i;

/** Names and numbers of the items, in words, made once each and only for the items named. */
/**
 * How rows of the same name are told apart: by their organisation (SSHA, MMHA) where each has its own, else
 * by their sheet where each is on its own, else by their category, else by the words of each one's target (就业促进行动 with
 * 1、充分就业社区创建18个 and 2、新增技能人才2400人), else by the numbered item each is part of (其中:基础设施工程
 * under (二)江门重点项目 and under (三)恩平重点项目), else by their row.
 */
function placeOf(
  group: readonly NarrativeItem[],
  T: Locale['narrative'],
  partOf: (it: NarrativeItem) => string,
  /** Every name the report's rows have. */
  names: ReadonlySet<string>,
): (it: NarrativeItem) => string {
  const distinct = (of: (it: NarrativeItem) => string): boolean => {
    const seen = new Set(group.map(of));
    return !seen.has('') && seen.size === group.length;
  };
  const org = (it: NarrativeItem) => cleanText(it.ev.indicator.org);
  const sheet = (it: NarrativeItem) => cleanText(it.ev.indicator.sheet);
  // Its category, where each has its own (利润总额 of 川投集团 and of 化工控股集团; 各类事故死亡人数 of 天津 and of
  // 山西): without an "of which" (其中:) or a bullet before it, nor the count in brackets after it (省重大项目
  // (3个)). A long one names no row, nor one that is an indicator's name too (a row read as a section).
  const category = (it: NarrativeItem) => {
    let c = cleanText(it.category.replace(LEADING_PUNCTUATION, '').replace(TRAILING_BRACKETS, ''));
    // A long one by its numbered label (GOAL 1: Optimize Patent Quality and Timeliness → GOAL 1).
    if (displayWidth(c) > TARGET_PLACE_WIDTH) c = NUMBERED_LABEL.exec(c)?.[1] ?? '';
    return c !== '' && !names.has(c) ? c : '';
  };
  // A target in words, short enough to name a row by (城镇新增就业2450人), not a figure (≥12, 2.5 days).
  const targetWords = (it: NarrativeItem) => {
    const t = withoutListNumber(cleanText(it.ev.targetSource ?? it.ev.targetText));
    return displayWidth(t) <= TARGET_PLACE_WIDTH && /\p{L}{2}/u.test(t.replace(FIGURE_WITH_UNIT, ''))
      ? t
      : '';
  };
  const row = (it: NarrativeItem) => {
    const r = it.ev.indicator.row;
    return Number.isInteger(r) && r > 0 ? T.rowPlace(r) : '';
  };
  if (distinct(org)) return org;
  if (distinct(sheet)) return sheet;
  if (distinct(category)) return category;
  if (distinct(targetWords)) return targetWords;
  if (distinct(partOf)) return partOf;
  if (distinct(row)) return row;
  return (it) => sheet(it) || row(it);
}

/**
 * A row named by its target (固定资产投资增长10%, 新增技能人才2400人): named by what the target measures
 * (固定资产投资, 新增技能人才), as the text goes on to give the result and the target; null for any other
 * name. Only a Chinese name that is its target's one figure after the words of the measure — the whole
 * target, or the clause of it that a row of two targets is named by (新建成幼儿园7所 of 新建成幼儿园7所，新增学位
 * 6800个).
 */
function measureOfTarget(ev: Evaluation, name: string): string | null {
  if (!ev.targetSource) return null;
  const bare = (t: string) => t.replace(CLOSING_PUNCTUATION, '');
  const whole = bare(withoutListNumber(cleanText(ev.targetSource)));
  const target = bare(name);
  const named =
    ev.indicator.targetMention === undefined
      ? whole === target
      : whole.split(/[,，;；。]/).some((clause) => clause.trim() === target);
  if (!named) return null;
  const mentions = scanQuantities(target).mentions;
  if (mentions.length !== 1) return null;
  const { label, text } = mentions[0];
  // The name is the measure's words and the figure with its own words (增长, 不低于, 控制在) and nothing
  // else: 改造提升农村道路40公里 says more between them than a figure's words. The measure may list what it
  // counts (新建成公办中小学、幼儿园7所), where the figure's own words are the last item.
  if (!target.endsWith(text) || (FIGURE_LEAD.exec(text)?.[0].length ?? 0) > 4) return null;
  const measure = target.slice(0, target.length - text.length);
  if (measure !== label && !(measure.endsWith(label) && ITEMS_BEFORE.test(measure.slice(0, -label.length))))
    return null;
  return /^[\u3400-\u9fff].*[\u3400-\u9fff]$/.test(measure) && measure.length >= 2 ? measure : null;
}
/** Items listed before the last (新建成公办中小学、): no clause of their own. */
const ITEMS_BEFORE = /^[^,，。；;：:]+、$/;
/** The words before a figure in a mention's text (增长, 控制在, 达到每日). */
const FIGURE_LEAD = /^[^\d一二三四五六七八九十两百千万亿零〇]*/;
const CLOSING_PUNCTUATION = /[。.;；,，\s]+$/;

/** A label's number before its words: GOAL 1: …, Objective 1.1 – …, Priority B: …, 目标一：…. */
const NUMBERED_LABEL = /^((?:[\p{L}]+\s*)?(?:\d+(?:\.\d+)*|[A-Z]|[一二三四五六七八九十]+))\s*[:：–—-]\s*\S/u;

/** Words in brackets closing a label (省重大项目 (3个), 市重大项目（在库18个）). */
const TRAILING_BRACKETS = /\s*[(（][^()（）]*[)）]\s*$/;

/** A figure with its unit or sign (2450人, 2.5 days, 95%): "94% within 1.5 hours" leaves "within". */
const FIGURE_WITH_UNIT = /\d[\d.,]*\s*(?:[%％]|\p{L}+)?/gu;
/** A target's words longer than this (in columns, a Chinese character two) do not name a row. */
const TARGET_PLACE_WIDTH = 40;

/** A sub-row's "of which" opening a list under the row above (其中:改征增值税, "of which: …"). */
const OF_WHICH = /^\s*(?:其中|of\s+which|including)\s*[:：]?/i;

/**
 * The name of the item each row is part of: for a row without a number of its own (in an id column or
 * opening its name: 3、企业所得税40%), the nearest row above it on its sheet with one; for a row opening
 * with "of which" (其中:) and the rows after it, the row above it. '' for a numbered row, or none above.
 */
function partsOf(items: readonly NarrativeItem[], names: readonly string[]): string[] {
  const parts: string[] = new Array(items.length);
  let sheet: string | null = null;
  let parent = '';
  items.forEach(({ ev }, i) => {
    const here = `${ev.indicator.file ?? ''}|${ev.indicator.sheet}`;
    const first = here !== sheet;
    if (first) {
      sheet = here;
      parent = '';
    }
    const name = cleanText(ev.indicator.name);
    if (cleanText(ev.indicator.id) || withoutListNumber(name) !== name) {
      parent = names[i];
      parts[i] = '';
      return;
    }
    if (OF_WHICH.test(name) && !first) parent = names[i - 1];
    parts[i] = parent;
  });
  return parts;
}

class ItemWords {
  private readonly names: string[];
  private readonly numbers: (NumbersText | null | undefined)[];

  constructor(
    private readonly L: Locale,
    items: readonly NarrativeItem[],
    /** The report is at the year's end: the pace is the year's target itself. */
    readonly yearEnd = false,
  ) {
    const T = L.narrative;
    const fallback = (id: string, row: number): string =>
      id
        ? T.indicatorById(id)
        : Number.isInteger(row) && row > 0
          ? T.indicatorByRow(row)
          : T.unnamedIndicator;
    // Punctuation left at the start once the list number is gone ("0、）下" → 下) goes too; a name of
    // punctuation only ("0、）)") names nothing.
    const names = items.map(({ ev, numeric, form }) => {
      const name = withoutListNumber(withoutNoteMarks(cleanText(shownName(ev.indicator))))
        .replace(LEADING_PUNCTUATION, '')
        .replace(BULLET, '')
        .replace(LEAD_IN_END, '')
        .replace(HAN_PADDING, '');
      if (!/[\p{L}\p{N}]/u.test(name)) return fallback(cleanText(ev.indicator.id), ev.indicator.row);
      const own = L.format.ownLabel(name);
      // Named by its measure only where the text gives the figures with it (never a row told in words).
      if (!numeric || form === 'completion') return own;
      return measureOfTarget(ev, own) ?? saidWithFigures(own, ev.comparator ?? null);
    });
    // Names met more than once: one lookup per name (a count per name would take two).
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      const before = seen.size;
      seen.add(n);
      if (seen.size === before) repeated.add(n);
    }
    // The same name more than once (one per county's sheet, one per housing association's column): say
    // which one, by the first of its organisation, its sheet and its row that tells the rows apart.
    const groups = new Map<string, NarrativeItem[]>();
    names.forEach((name, i) => {
      if (!repeated.has(name)) return;
      const group = groups.get(name);
      if (group) group.push(items[i]);
      else groups.set(name, [items[i]]);
    });
    const places = new Map<string, (it: NarrativeItem) => string>();
    if (groups.size > 0) {
      const parents = partsOf(items, names);
      const partOf = (it: NarrativeItem): string => parents[it.index];
      const all = new Set(names);
      for (const [name, group] of groups) places.set(name, placeOf(group, T, partOf, all));
    }
    this.names = names.map((name, i) => {
      const place = repeated.has(name) ? places.get(name)!(items[i]) : '';
      return place ? T.nameWithPlace(name, place) : name;
    });
    this.numbers = new Array(items.length);
  }

  name(item: NarrativeItem): string {
    return this.names[item.index];
  }

  nameList(list: ItemList): string {
    const names = list.items.map((it) => this.name(it));
    return list.total > names.length
      ? this.L.format.cutList(names, list.total, 'item')
      : this.L.format.list(names);
  }

  /** A difference in the indicator's unit; percentages differ by percentage points. */
  private difference(diff: number, percent: boolean, unit: string, approximate: boolean): string {
    const f = this.L.format;
    let text: string;
    if (percent) text = f.points(diff);
    else if (isPercentUnit(unit)) text = f.pointsOf(f.number(diff));
    else text = f.quantity({ value: diff, approximation: null, percent: false }, unit);
    return approximate ? f.about(text) : text;
  }

  /** The item's numbers as text; null for an item without numbers. */
  figures(item: NarrativeItem): NumbersText | null {
    if (!item.numeric) return null;
    const cached = this.numbers[item.index];
    if (cached) return cached;
    const g = figuresOf(item);
    const f = this.L.format;
    const approximate = g.actual.approximation !== null;
    const shown = (v: number): string =>
      f.quantity({ value: v, approximation: null, percent: g.percent } satisfies Quantity, g.unit);
    // A share in per cent is told against its targets in points (see NumbersText).
    const inPoints = g.percent && g.level && !approximate;
    const versus = (to: number): PointsWords => {
      const d = g.actual.value - to;
      return { side: sideOf(d), diff: f.points(Math.abs(d)) };
    };
    const words: NumbersText = {
      actual: f.quantity(g.actual, g.unit),
      actualBase: approximate ? f.quantity({ ...g.actual, approximation: null }, g.unit) : null,
      target: f.quantity(g.target, g.unit),
      expected: g.expected !== null ? shown(g.expected) : null,
      completion: f.percent(g.completion, 1),
      pace: g.pace !== null ? f.percent(g.pace, 1) : null,
      level: g.level,
      projected: g.projected,
      estimated: g.estimated,
      versusPace: inPoints && g.expected !== null ? versus(g.expected) : null,
      versusTarget: inPoints ? versus(g.target.value) : null,
      periodTarget: g.periodTarget,
    };
    this.numbers[item.index] = words;
    return words;
  }

  /**
   * The item's gaps as text; null for an item without numbers. Made only where they are told (the
   * problems, the furthest behind), not for every clause that names the item's figures.
   */
  gaps(item: NarrativeItem): Gaps | null {
    if (!item.numeric) return null;
    const g = figuresOf(item);
    const approximate = g.actual.approximation !== null;
    const diff = (v: number | null): string | null =>
      v === null ? null : this.difference(v, g.percent, g.unit, approximate);
    // Over its annual ceiling, a count is over by a share of it (5 against 4 incidents: 25.0% over), a rate
    // by the points between them (35% against 30%: 5.0 points), never by the share in points.
    const over = item.direction === 'lower' && item.status === 'missed';
    const rate = g.percent || isPercentUnit(g.unit);
    return {
      gapToPace: diff(g.gapToPace),
      gapToTarget: diff(g.gapToTarget),
      overPace: diff(g.overPace),
      overTarget: diff(g.overTarget),
      points:
        g.lag === null
          ? null
          : over && !rate
            ? this.L.format.percent(g.lag)
            : over && g.overTarget !== null
              ? diff(g.overTarget)
              : this.L.format.points(g.lag),
    };
  }

  /** How far behind, in words (for an item behind with a gap). */
  gap(item: NarrativeItem): GapWords | null {
    // (A row with only its completion rate, 开工率 48.0% by August, is behind by its lag too.)
    const points =
      this.gaps(item)?.points ?? (item.lag !== null && item.lag > 0 ? this.L.format.points(item.lag) : null);
    if (!points) return null;
    const j = this.judged(item);
    // Judged by the period's own target: short of it, not behind the year's pace.
    if (j?.form === 'period-completion') return { kind: 'below-target', points };
    if (j?.form === 'rank') return { kind: 'behind-rank', points: j.diff };
    if (j && 'diff' in j) {
      const lower = j.form === 'ceiling' || (j.form === 'rate' && item.direction === 'lower');
      return { kind: lower ? 'above-ceiling' : 'below-target', points: j.diff };
    }
    // (A completion rate alone is behind the pace of the year, as an amount is.)
    if (j && j.form !== 'completion')
      return { kind: item.direction === 'lower' ? 'above-ceiling' : 'below-target', points };
    // At the year's end no pace is left to be behind: short of the target, by the share of it done (16 of
    // 20 forums: at 80.0% of target, not "20.0 percentage points below").
    if (item.direction !== 'lower') {
      const done = this.figures(item)?.completion;
      return this.yearEnd
        ? done
          ? { kind: 'short-of-target', points: done }
          : { kind: 'below-target', points }
        : { kind: 'behind-pace', points };
    }
    return { kind: item.status === 'missed' ? 'over-annual-ceiling' : 'over-pace-ceiling', points };
  }

  /** The result against its target by the rule of its kind, in words; null for the plain rule. */
  judged(item: NarrativeItem): JudgedWords | null {
    if (item.form === 'completion' || item.form === 'period-completion') {
      const j = judgedFacts(item.ev, item.form);
      const f = this.L.format;
      if (j?.form === 'period-completion') return { form: j.form, completion: f.percent(j.completion, 1) };
      if (j?.form !== 'completion') return null;
      const a = item.ev.actual;
      return {
        ...j,
        completion: f.percent(j.completion, 1),
        actual: j.actual !== null && a ? f.quantity(a, unitOf(item.ev)) : null,
        points: j.points !== null ? f.points(j.points) : null,
      };
    }
    const facts = item.numeric ? figuresOf(item) : null;
    return facts?.judged ? judgedWords(this.L, facts.judged, facts) : null;
  }
}

/** The figures of a judged item in words: sizes of changes, targets, bands, differences. */
function judgedWords(
  L: Locale,
  j: JudgedFacts,
  g: { target: Quantity; actual: Quantity; unit: string; percent: boolean },
): JudgedWords {
  const f = L.format;
  const q = (value: number, base: Quantity): string => f.figure({ ...base, value }, g.unit);
  const target = q(g.target.value, g.target);
  // A change said by its word (增长6.1%, 下降8%左右): an approximate result written with its own change
  // word (预计下降8%左右) keeps only its figure, or the word would be said twice.
  const changeActual =
    g.actual.approximation && CHANGE_LEAD.test(g.actual.approximation.text)
      ? {
          ...g.actual,
          approximation: {
            ...g.actual.approximation,
            text: g.actual.approximation.text.replace(CHANGE_LEAD, ''),
          },
        }
      : g.actual;
  const diff = (d: number): string =>
    g.percent
      ? f.points(d)
      : isPercentUnit(g.unit)
        ? f.pointsOf(f.number(d))
        : q(d, { ...g.target, approximation: null });
  switch (j.form) {
    case 'growth':
    case 'decrease':
      return { ...j, actual: q(j.actual, changeActual), target, diff: diff(j.diff) };
    case 'band':
      return {
        ...j,
        actual: q(j.actual, j.change !== null ? changeActual : g.actual),
        range: f.range(q(j.range.low, g.target), q(j.range.high, g.target)),
        target,
      };
    case 'completion':
      return {
        ...j,
        completion: f.percent(j.completion, 1),
        actual: j.actual !== null ? q(j.actual, g.actual) : null,
        points: j.points !== null ? f.points(j.points) : null,
      };
    case 'period-completion':
      return { form: j.form, completion: f.percent(j.completion, 1) };
    case 'rank':
      // Places are whole numbers, shown bare: 第5位, 5th.
      return {
        ...j,
        actual: f.number(j.actual),
        target: f.number(j.target),
        diff: f.number(j.diff),
        earlier: j.earlier !== null ? f.number(j.earlier) : null,
      };
    default:
      return { ...j, actual: q(j.actual, g.actual), target, diff: diff(j.diff) };
  }
}

/** The gaps of an item as text (null when there is none). */
interface Gaps {
  readonly gapToPace: string | null;
  readonly gapToTarget: string | null;
  readonly overPace: string | null;
  readonly overTarget: string | null;
  readonly points: string | null;
}

/** The form of an item's clause in a status group. */
function clauseWords(w: ItemWords, item: NarrativeItem): ClauseWords {
  const name = w.name(item);
  const j = w.judged(item);
  if (j) return { kind: 'judged', name, j };
  const n = w.figures(item);
  if (!n) return { kind: 'name', name };
  if (item.direction !== 'lower') {
    const withPace = !!(n.expected && n.pace) && ['on_track', 'behind', 'at_risk'].includes(item.status);
    return { kind: 'higher', name, n, withPace };
  }
  switch (item.status) {
    case 'missed':
      // Missed by the office's word (its marks) with a result within the ceiling: the figures as they are.
      return { kind: overItsCeiling(item) ? 'lower-missed' : 'lower-against-ceiling', name, n };
    case 'behind':
    case 'at_risk':
      return { kind: n.expected ? 'lower-over-pace' : 'lower-against-ceiling', name, n };
    default:
      return {
        kind: n.expected && item.status === 'on_track' ? 'lower-within-pace' : 'lower-within-target',
        name,
        n,
      };
  }
}

/** A result above its ceiling, by the figures (not only by the office's word on it). */
function overItsCeiling(item: NarrativeItem): boolean {
  const a = item.ev.actual?.value;
  const t = item.ev.target?.value;
  return !(typeof a === 'number' && typeof t === 'number') || a > t;
}

/**
 * The result's text as the office typed it (its full-width commas kept), where the evaluation read it
 * (its figures, or its words) from a text: the result cell whose text that is; null for a plain figure.
 */
function writtenResult(ev: Evaluation, read: string | null = sourceText(ev.actualSource)): string | null {
  if (!read) return null;
  const a = ev.indicator.actuals;
  const cells = a.kind === 'cumulative' ? [a.cell] : a.kind === 'none' ? [] : a.cells;
  for (const cell of cells) {
    const v = cell?.value;
    if (typeof v === 'string' && normalizeText(cleanText(v)) === normalizeText(read)) return cleanText(v);
  }
  return read;
}

/**
 * The office's own words on a row, from its remark or reason column (偏差原因分析及改进措施, Commentary), to
 * quote with the row's shortfall: where they say more than a verdict (未完成, Missed) and are not the
 * progress already quoted.
 */
function officeNote(item: NarrativeItem): string | null {
  const { notes, notesAsWritten } = item.ev.indicator;
  const t = cleanText(notesAsWritten ?? notes).replace(SENTENCE_END, '');
  if (t === '' || t === item.milestoneText || (t.match(/\p{L}/gu)?.length ?? 0) < 4) return null;
  if (statusWord(t) !== null) return null;
  if (t.length <= NOTE_LENGTH) return t;
  // A long commentary: its first sentences up to the length, or its start, marked as cut.
  const head = t.slice(0, NOTE_LENGTH);
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('. '), head.lastIndexOf('；'));
  return `${end > NOTE_LENGTH / 2 ? head.slice(0, end) : head.replace(SENTENCE_END, '')}…`;
}
/** The most of an office's note quoted with a shortfall (the rest is in its sheet). */
const NOTE_LENGTH = 160;

/** One item of the problems section: its headline and the numbers behind it. */
function problemWords(w: ItemWords, item: NarrativeItem, n: number): ProblemWords {
  const note = officeNote(item);
  const base = { n, name: w.name(item), owner: item.owner, ...(note ? { note } : {}) };
  const num = w.figures(item);
  const missed = item.status === 'missed';
  const j = w.judged(item);
  if (j) {
    const over = j.form === 'ceiling' || (j.form === 'band' && j.position === 'above');
    const headline = over
      ? 'over-ceiling'
      : missed
        ? 'missed'
        : item.status === 'at_risk'
          ? 'at-risk'
          : 'behind';
    // A completion the office states beside its progress in words: the words say what the rate is of.
    const words = j.form === 'completion' && j.actual === null ? writtenResult(item.ev) : null;
    const progress = words ? words.replace(SENTENCE_END, '') : '';
    return { ...base, headline, detail: { kind: 'judged', j }, ...(progress ? { progress } : {}) };
  }
  if (item.direction === 'milestone' || !num) {
    const milestone = item.direction === 'milestone';
    // A milestone behind is "not started" only where its words say so (完成情况不够理想 is behind).
    const headline = missed
      ? milestone
        ? 'milestone-missed'
        : 'missed'
      : item.notStarted
        ? 'milestone-not-started'
        : item.status === 'at_risk'
          ? milestone
            ? 'milestone-at-risk'
            : 'at-risk'
          : milestone
            ? 'milestone-behind'
            : 'behind';
    const detail = item.milestoneText
      ? { kind: 'reported' as const, text: writtenResult(item.ev, item.milestoneText) ?? item.milestoneText }
      : { kind: 'none' as const };
    return { ...base, headline, detail };
  }
  const gaps = w.gaps(item) as Gaps;
  if (item.direction === 'lower') {
    const over =
      missed && gaps.overTarget
        ? { of: 'target' as const, amount: gaps.overTarget }
        : gaps.overPace && num.expected
          ? { of: 'pace' as const, amount: gaps.overPace }
          : null;
    return {
      ...base,
      headline: missed ? (overItsCeiling(item) ? 'over-annual-ceiling' : 'missed') : 'over-pace-ceiling',
      // (Over the ceiling by what the sentence has said already is not said twice.)
      detail: {
        kind: 'lower',
        n: num,
        over,
        points: over && gaps.points === over.amount ? null : gaps.points,
      },
    };
  }
  return {
    ...base,
    headline: missed ? 'missed' : item.status === 'at_risk' ? 'at-risk' : 'behind',
    detail: {
      kind: 'higher',
      n: num,
      // At the year's end the share of the target and what is left of it say it all: no pace is left.
      points: w.yearEnd ? null : gaps.points,
      gapToPace: gaps.gapToPace && num.expected ? gaps.gapToPace : null,
      gapToTarget: gaps.gapToTarget,
    },
  };
}

function openingParagraph(
  L: Locale,
  w: ItemWords,
  o: Extract<OpeningFacts, { kind: 'counts' }>,
  asOf: string,
  yearEnd: boolean,
): string {
  const T = L.narrative;
  const f = L.format;
  const shares = o.shares.map((s) => ({ ...s, share: s.share !== null ? f.percent(s.share, 1) : null }));
  let text = T.opening(asOf, o.total, shares);
  if (o.overall) {
    const { assessed, good, share, rated } = o.overall;
    text += f.sentenceGap + T.overall(assessed, good, f.percent(share, 1), o.total, yearEnd, rated);
  }
  const s = o.standout;
  let standout = '';
  if (s?.kind === 'weakest-category')
    standout = T.weakestCategory(L.format.ownLabel(s.category), s.total, s.behind, yearEnd && s.allMissed);
  else if (s?.kind === 'furthest-behind')
    standout = T.furthestBehind(w.name(s.item), w.gap(s.item) as GapWords);
  else if (s?.kind === 'need-attention')
    standout = T.needAttention(
      s.items.map((it) => w.name(it)),
      s.count,
    );
  else if (s?.kind === 'over') {
    const n = w.figures(s.item);
    standout = T.standoutOver(w.name(s.item), n?.completion ?? '', n?.periodTarget);
  }
  // Every row with data good: said already where the overall sentence counts them all.
  else if (s?.kind === 'all-good' && !(o.overall && o.overall.good === o.overall.assessed))
    standout = T.allGood(yearEnd);
  if (standout) text += f.sentenceGap + standout;
  return text;
}

/**
 * The tables' total rows told in figures, as an indicator's clause tells them (合计完成1015.19亿元，为年度目标
 * 984.59亿元的103.1%); several of the same name told apart by their sheet. '' where none has figures.
 */
function totalsSentence(L: Locale, totals: readonly Evaluation[], yearEnd: boolean): string {
  if (totals.length === 0) return '';
  // Called as the language calls a total ("the total"), or as the sheet names it (合计, 总计).
  const called = L.narrative.totalName;
  const items = narrativeItems(
    called === null
      ? totals
      : totals.map((ev) => ({
          ...ev,
          indicator: { ...ev.indicator, name: called, nameAsWritten: undefined },
        })),
  );
  const w = new ItemWords(L, items, yearEnd);
  const told = items.filter((it) => it.numeric).slice(0, GROUP_LIST_LIMIT);
  return L.narrative.totals(told.map((it) => L.narrative.clause(clauseWords(w, it))));
}

/** Paragraphs on one category: summary, highlight, one paragraph per status group, milestones, gaps in data. */
function categoryParagraphs(L: Locale, w: ItemWords, c: CategoryFacts, yearEnd: boolean): string[] {
  const T = L.narrative;
  const out: string[] = [];
  let summary = T.categorySummary(
    c.total,
    c.counts.map((s) => ({ ...s, share: null })),
  );
  const overNumbers = c.over ? w.figures(c.over.item) : null;
  const gap = c.gap ? w.gap(c.gap.item) : null;
  const highlight = T.highlight(
    c.over && overNumbers
      ? {
          name: w.name(c.over.item),
          completion: overNumbers.completion,
          several: c.over.several,
          periodTarget: overNumbers.periodTarget,
        }
      : null,
    c.gap && gap ? { name: w.name(c.gap.item), gap, several: c.gap.several } : null,
  );
  if (highlight) summary += L.format.sentenceGap + highlight;
  out.push(summary);
  for (const g of c.groups) {
    const clauses = g.list.items.map((it) => T.clause(clauseWords(w, it)));
    const text = T.group(g.status, clauses, g.list.total, yearEnd);
    if (text) out.push(text);
  }
  const ms = T.milestones(
    c.milestones.map((m) => ({ status: m.status, notStarted: m.notStarted, names: w.nameList(m.list) })),
  );
  if (ms) out.push(ms);
  const notRated = T.notRated(
    c.notRated.items.map((it) => ({ name: w.name(it), reason: notRatedReason(L, it.ev.notRated) })),
    c.notRated.total - c.notRated.items.length,
  );
  if (notRated) out.push(notRated);
  const missing = T.missingData(w.nameList(c.invalid), w.nameList(c.noData), false);
  if (missing) out.push(missing);
  return out;
}

function problemParagraphs(
  L: Locale,
  w: ItemWords,
  p: ProblemsFacts,
  asOf: string,
  yearEnd: boolean,
): string[] {
  const T = L.narrative;
  const out: string[] = [];
  const withoutData = p.assessed === 0 && p.invalid.total === 0 && p.notRated === 0 ? p.noData.total : 0;
  if (p.behind.total > 0) {
    // At the year's end the rows behind have missed their targets — unless a projection is only behind.
    // Said to be in order of their gaps (evaluate/gaps.ts) only where two rows listed or more have one in
    // points (rows behind by an office's word alone come after them): a list of verdicts has no order.
    const byGap = p.behind.items.filter((it) => it.points !== null).length > 1;
    out.push(T.problemsIntro(asOf, p.behind.total, yearEnd && p.allMissed, byGap));
    p.behind.items.forEach((it, i) => out.push(T.problem(problemWords(w, it, i + 1), asOf)));
    if (p.behind.total > p.behind.items.length)
      out.push(T.problemsRest(p.behind.total - p.behind.items.length));
  } else {
    // Rows not rated are named as the reason only where every other row was judged or had data.
    const missing = p.noData.total + p.invalid.total;
    out.push(T.nothingBehind(asOf, p.assessed, yearEnd, missing === 0 ? p.notRated : 0, withoutData));
  }
  // Every row without its result (targets only): how many is said above, and their names by category.
  const missing = withoutData > 0 ? '' : T.missingData(w.nameList(p.invalid), w.nameList(p.noData), true);
  if (missing) out.push(missing);
  out.push(
    T.nextSteps({
      anyBehind: p.behind.total > 0,
      noData: p.noData.total > 0,
      invalid: p.invalid.total > 0,
      // A projection of the year behind is still to be made up, not a target missed.
      yearEnd: yearEnd && (p.behind.total === 0 || p.allMissed),
      judged: p.assessed > 0,
    }),
  );
  return out;
}

/** The report's narrative as blocks; the adapters lay them out (headings, right-aligned signature). */
export function buildNarrative(input: NarrativeInput): NarrativeBlock[] {
  const { options } = input;
  const L = localeFor(options.lang);
  const T = L.narrative;
  const f = L.format;
  const year = finite(options.year) && Number.isInteger(options.year) ? options.year : null;
  // Results to date that nothing dates: the year is under way, however far into it.
  const toDate = options.periodSource?.kind === 'to-date';
  const yearEnd = reportsYearEnd(options);
  const asOf = toDate
    ? f.yearToDateAsOf(year, options.yearStart, options.yearNamed)
    : year === null
      ? f.periodAsOf(options.period, options.yearStart)
      : f.periodAsOfInYear(options.period, year, options.yearStart, options.yearNamed);
  const unitName = cleanText(options.unitName);
  const date = f.date(options.date);
  const unitsOpening = typeof input.units?.opening === 'string' ? input.units.opening.trim() : '';
  const facts = narrativeFacts(input.evaluations ?? [], input.counts, yearEnd, unitsOpening !== '');
  const w = new ItemWords(L, facts.items, yearEnd);

  const blocks: NarrativeBlock[] = [];
  const push = (kind: NarrativeBlock['kind'], text: string): void => {
    const t = tidySentence(text);
    if (t) blocks.push({ kind, text: t } as NarrativeBlock);
  };
  let section = 0;
  const heading = (text: string): void => push('heading1', `${f.sectionNumber(++section, 1)}${text}`);
  const numbered = (h: string | undefined, paragraphs: readonly string[] | undefined): void => {
    const ps = (paragraphs ?? []).filter((p) => cleanText(p) !== '');
    if (!cleanText(h) || ps.length === 0) return;
    heading(cleanText(h));
    for (const p of ps) push('paragraph', p);
  };

  push('title', cleanText(input.title) || cleanText(input.defaultTitle ?? defaultTitle([], options)));
  push('subtitle', T.subtitle(asOf, date));
  const o = facts.opening;
  if (o.kind === 'no-indicators') push('paragraph', T.noIndicators(asOf));
  else if (o.kind === 'units') push('paragraph', unitsOpening);
  else {
    const totals = totalsSentence(L, input.totals ?? [], yearEnd);
    push('paragraph', openingParagraph(L, w, o, asOf, yearEnd) + (totals ? f.sentenceGap + totals : ''));
  }

  // Several units: one short paragraph per unit, best first.
  if (unitsOpening) numbered(input.units?.heading, input.units?.perUnit);
  for (const c of facts.categories) {
    heading(T.categoryHeading(L.format.ownLabel(c.category) || null, facts.anyCategory));
    for (const p of categoryParagraphs(L, w, c, yearEnd)) push('paragraph', p);
  }
  const rest = facts.otherCategories;
  if (rest) {
    heading(T.otherCategoriesHeading);
    push(
      'paragraph',
      T.otherCategories(
        rest.count,
        rest.total,
        rest.counts.map((s) => ({ ...s, share: null })),
      ),
    );
  }
  if (input.changes) numbered(input.changes.heading, input.changes.paragraphs);
  if (facts.problems) {
    heading(T.problemsHeading);
    for (const p of problemParagraphs(L, w, facts.problems, asOf, yearEnd)) push('paragraph', p);
  }
  if (unitName) push('signature', unitName);
  if (date) push('signature', date);
  return blocks;
}
