/**
 * Judging targets as offices write them: figures with units in the cell, limits, bands, growth rates and
 * decreases, targets inside the task's own words, results in sentences, completion rates alone, rows not
 * rated, and the status the sheet itself gives. Each target kind has its rule here, once:
 * - amount: a running total, on pace when it reaches the share of the target the period demands;
 * - level / share: a level compared with the target as it stands (no pace);
 * - growth: the growth to date against the target growth (增幅不低于目标), the gap in percentage points;
 * - decrease: the decrease to date against the target decrease (a decrease of at least …);
 * - a band (between, about): within it is on target; "about" is a band of ±ABOUT_RATE points for rates
 *   and ±ABOUT_SHARE of the value for amounts, on the side the direction cares about;
 * - milestone: judged by its words (已完成 / 推进中 / 未启动);
 * - not rated: "does not apply", "data only", an annual measure not yet due.
 * Where the figures cannot decide, the sheet's own status (a RAG column, 已完成, ☺, a verdict opening the
 * result's sentence) is used; where the sheet's status and the figures disagree, the sheet's stands and a
 * note says what the figures say.
 */
import {
  isDoneWord,
  isInProgressWord,
  isMilestoneTargetText,
  isNotStartedWord,
  isZeroGoal,
  parseAggregation,
  parseBoundText,
  parseDirection,
  isNeutralDirection,
  signComparator,
  signIsStrict,
} from './vocabulary';
import { PLEDGE_WITHIN, withoutIssuer } from '../read/headerWords';
import { memo } from '../core/memo';
import { unitPower } from '../read/units';
import { numericStatus } from './status';
import { totalsOnTheLine } from './periodCells';
import { cellAddress } from '../core/address';
import {
  cellText,
  isEmptyText,
  isFigureCell,
  isPlainFigureText,
  parseCell,
  formatTimeUnit,
  isStandardTimeUnit,
  sourceText,
  timeUnitMinutes,
  unitWithoutScale,
} from '../core/quantity';
import { elapsedFraction, isYearEnd, monthOfName } from '../core/period';
import { cleanNumber, sameFigure, scaleByPowerOfTen } from '../core/numbers';
import { toHans } from '../core/hans';
import { normalizeText } from '../core/normalize';
import { cleanText } from '../core/text';
import { notApplicableReason, scanQuantities, type Mention } from '../core/grammar';
import { cellKind, oneOrZero, statedStatus, statusWord } from '../read/cellKinds';
import type {
  Comparator,
  Diagnostic,
  DiagnosticCode,
  Direction,
  Evaluation,
  Indicator,
  Period,
  Quantity,
  Severity,
  SourceCell,
  Status,
  TargetKind,
  Thresholds,
} from '../model';
import {
  accruesOverYear,
  directionFromName,
  isLevelName,
  isTimeTarget,
  namesPercentage,
  otherWordsOf,
} from './nameWords';
import { isClimbTarget, isRankName, isRankUnit, placeAndEarlier, rankResult, rankTarget } from './rank';
import { gradeRanks, isGrade } from './grades';

/** Half-width of the band "about" draws around a rate: 0.5 percentage points. */
export const ABOUT_RATE = 0.005;
/** Half-width of the band "about" draws around an amount: 5 % of the value. */
export const ABOUT_SHARE = 0.05;

/** A figure read from a cell: a number, or a mention in a text. */
interface Figure {
  readonly value: number;
  readonly high: number | null;
  readonly percent: boolean;
  readonly points: boolean;
  readonly unit: string | null;
  readonly comparator: Comparator | null;
  /** The bound excludes the figure (> 80, 低于5%): see Mention.strict. */
  readonly strict?: true;
  readonly change: 'up' | 'down' | null;
  readonly approximation: { readonly text: string; readonly marker: string } | null;
  readonly role: Mention['role'];
  /** The words before the figure in its clause (已完成, 开工): what it counts. */
  readonly label: string;
  /** The text the figure was read from, when it was a text. */
  readonly text: string | null;
  /** Written inside brackets, an aside to the figures before them ("92% … (40%+ of Jobs Done)"). */
  readonly aside?: true;
}

type CellReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'na'; readonly reason: string; readonly text: string }
  | { readonly kind: 'figures'; readonly figures: readonly Figure[]; readonly text: string | null }
  | { readonly kind: 'words'; readonly text: string }
  | { readonly kind: 'unreadable'; readonly code: DiagnosticCode; readonly text: string };

function fromMention(m: Mention, text: string): Figure {
  const at = m.text ? text.indexOf(m.text) : -1;
  return {
    ...(at > 0 && insideBrackets(text, at) ? { aside: true as const } : {}),
    value: m.value,
    high: m.high,
    percent: m.percent,
    points: m.points,
    unit: m.unit,
    comparator: m.comparator,
    ...(m.strict ? { strict: m.strict } : {}),
    change: m.change,
    approximation: m.approximation,
    role: m.role,
    label: m.label,
    text,
  };
}

/** True when position `at` of the text is inside brackets opened before it and not yet closed. */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** What a cell says, for judging. */
function readCell(cell: SourceCell | null | undefined): CellReading {
  if (!cell || cell.value === null || cell.value === undefined) return { kind: 'empty' };
  const parsed = parseCell(cell.value, cell.format);
  if (parsed.kind === 'empty') {
    const t = typeof cell.value === 'string' ? cell.value : '';
    const na = notApplicableReason(t);
    return na && t.trim() !== '' ? { kind: 'na', reason: na, text: t.trim() } : { kind: 'empty' };
  }
  if (parsed.kind === 'unreadable') return { kind: 'unreadable', code: parsed.code, text: parsed.text };
  if (parsed.kind === 'number') {
    const q = parsed.quantity;
    return {
      kind: 'figures',
      // A figure typed as text and nothing more ("95", "1,200", "95%") reads as the number does.
      text:
        typeof cell.value === 'string' && !isPlainFigureText(cell.value)
          ? (parsed.quantity.approximation?.text ?? cell.value)
          : null,
      figures: [
        {
          value: q.value,
          high: null,
          percent: q.percent,
          points: false,
          // A time shown with its unit by the cell's format (15 shown as "15 mins").
          unit: q.percent ? null : formatTimeUnit(cell.format),
          comparator: null,
          change: null,
          approximation: q.approximation,
          role: 'value',
          label: '',
          text: null,
        },
      ],
    };
  }
  const text = parsed.text;
  const na = notApplicableReason(text);
  if (na) return { kind: 'na', reason: na, text };
  const { mentions } = scanQuantities(text);
  const figures = mentions.map((m) => fromMention(m, text));
  if (figures.length === 0) return { kind: 'words', text };
  return { kind: 'figures', figures, text };
}

// ───────────────────────────── the target ─────────────────────────────

export interface TargetSpec {
  readonly kind: TargetKind;
  readonly comparator: Comparator | null;
  readonly direction: 'higher' | 'lower';
  /** In the target's terms: a rate as a fraction, a decrease as its size (下降3.4% → 0.034). */
  readonly value: number;
  readonly high: number | null;
  readonly percent: boolean;
  readonly points: boolean;
  readonly unit: string | null;
  readonly approximation: Quantity['approximation'];
  /** The text the target was read from, when it was a text. */
  readonly text: string | null;
  /** How far past the target still meets it, as the target's words allow (≤ 355 m³ +/–10%: 35.5). */
  readonly tolerance?: number;
  /**
   * The bound is written to exclude the target (> 80%, 低于5%). Offices that write so count the figure
   * itself as met (90% against a sign of > and 90%, "Achieved"), and so does the judge: it is how the
   * bound is said.
   */
  readonly strict?: true;
}

/** The figure that states the target among several (the one with a comparator or a change word). */
function primary(figures: readonly Figure[]): Figure | null {
  const values = figures.filter((f) => f.role === 'value');
  const first = values[0];
  if (!first) return null;
  // A later figure with a comparator or a change word states the target when it is of the same sort as
  // the first ("现行16%的税率降至13%"); one of another sort is a condition ("92% … less than 18 weeks").
  // (One in brackets after a first figure outside them is an aside to it: "92% of Survey Responses
  // (Responses: 40%+ of Jobs Done)".)
  const sameSort = (f: Figure): boolean =>
    f.percent === first.percent && (f.percent || f.unit === first.unit) && (!f.aside || first.aside === true);
  return values.find((f) => (f.comparator || f.change) && (f === first || sameSort(f))) ?? first;
}

const BOUND_WORD =
  /least|less than|more than|fewer than|exceed|minimum|maximum|\bmax\b|\bmin\b|within|under|over|up to|below|above|不低于|不少于|不超过|不高于|以上|以下|以内|低于|高于|超过|达到|控制|至少|最多|[≥≤≧≦<>＞＜+]/i;

/**
 * The comparator the name gives the target's own figure ("… in at least 78 per cent of cases" beside a
 * target of 78%; "No more than 20 per cent of calls … abandoned" beside 20%).
 */
function comparatorOfFigureInName(name: string, f: Figure): Comparator | null {
  // Most names have no bound in them: no scan for those.
  if (!BOUND_WORD.test(name)) return null;
  const mentions = scanQuantities(name).mentions;
  const m = mentions.find(
    (x) =>
      x.role === 'value' &&
      x.comparator !== null &&
      x.comparator !== 'about' &&
      x.comparator !== 'between' &&
      x.percent === f.percent &&
      sameFigure(x.value, f.value),
  );
  if (m) return m.comparator;
  // A time the name pledges to work within (Resolve your complaint within 15 working days) beside a
  // target time of another figure (10 working days, the target set since): a time to stay within.
  const isTime = (x: { percent: boolean; unit: string | null }): boolean =>
    !x.percent && x.unit !== null && isStandardTimeUnit(x.unit);
  if (isTime(f) && mentions.some((x) => x.role === 'value' && x.comparator === 'at_most' && isTime(x)))
    return 'at_most';
  return null;
}

/**
 * A comparator written at the end of the name itself: 城镇登记失业率低于(%), 森林覆盖率达到, "The percentage of
 * calls answered within 20 seconds will be no less than:".
 */
function comparatorInName(name: string): Comparator | null {
  const n = name.replace(/[(（][^)）]*[)）]\s*$/, '').trim();
  if (/(低于|不超过|不高于|以内|以下|控制在)$/.test(n)) return 'at_most';
  if (/(不低于|不少于|以上|达到|超过)$/.test(n)) return 'at_least';
  const end = n.replace(/[\s:：.…]+$/, '');
  if (/\b(?:no|not) (?:less|fewer|lower) than$|\bat least$|\ba minimum of$/i.test(end)) return 'at_least';
  if (
    /\b(?:no|not) (?:more|greater|higher) than$|\bat most$|\b(?:not|will not|to not|shall not) exceed$|\ba maximum of$/i.test(
      end,
    )
  )
    return 'at_most';
  if (/\((lower is better|lower better|smaller is better)\)/i.test(name)) return 'at_most';
  if (/\((higher is better|higher better|bigger is better)\)/i.test(name)) return 'at_least';
  return null;
}

function kindOf(f: Figure, unitIsRate: boolean, name: string, aggregationLast: boolean): TargetKind {
  if (f.change === 'up' && (f.percent || f.points)) return 'growth';
  if (f.change === 'down' && (f.percent || f.points)) return 'decrease';
  // A per cent beside an economy's sum named without a rate (地区生产总值 | 6%以上, 社会消费品零售总额 |
  // 5%): the sum's growth, as the plan's main targets are given — never a share of a sum.
  if (f.percent && !unitIsRate && f.value <= 0.5 && ECONOMY_SUM.test(name) && !RATE_NAMED.test(name))
    return 'growth';
  // A per cent unit, or a name that says its figure is one ("% of repairs kept", "Arrears %").
  if (f.percent || unitIsRate || namesPercentage(name)) return 'share';
  // A level by the task's name (森林覆盖率) or by the words the target gives its figure (污染防治:
  // PM2.5平均浓度控制在35微克/立方米以内).
  // (So by the words after a time: "7 minutes mean response time".)
  if (aggregationLast || isLevelName(name) || isLevelName(f.label)) return 'level';
  if (isTimeTarget(f.text) && isLevelName(f.text)) return 'level';
  // A time in seconds or less (20ms, 30 seconds) is how long one thing takes, never a year's total.
  if (f.unit !== null && SHORT_TIME_UNIT.test(f.unit.trim())) return 'level';
  return 'amount';
}

/** An economy's sum as a plan's main targets name it (增加值, 生产总值, 零售总额, 一般公共预算收入, 投资). */
const ECONOMY_SUM =
  /(?:增加值|总产值|生产总值|GDP|零售总额|预算收入|财政收入|税收收入|税收|固定资产投资|工业投资|出口总额|进出口总额|进出口|出口额|外贸出口|营业收入|销售收入|利润总额|可支配收入|消费支出)(?:[(（][^)）]{0,8}[)）])?$/i;
/** A name that says its figure is a rate, a share or an index (增长率, 比重, 占比, 指数): no sum. */
const RATE_NAMED = /率|比重|占比|比例|指数|增速|增幅|增长|下降|降低|完成/;

const SHORT_TIME_UNIT = /^(?:ms|msec|milliseconds?|secs?|seconds?|毫秒|秒|秒钟|秒鐘)$/i;

/** A unit of measure that says its figure is a level ("Number of incidents in the last 12 months"). */
function unitIsLevel(unit: string | null): boolean {
  // A rate's unit ("per cent") is a share's, not a level's.
  return unit !== null && unit.length > 3 && !RATE_UNIT.test(unit) && isLevelName(unit);
}

/** A unit of measure that makes a figure a rate: %, ‰, 率, 百分比, "per cent", "percentage". */
const RATE_UNIT = /[%‰率]|百分|per\s?cent/i;

export interface TargetContext {
  readonly name: string;
  /** The row's category (二级指标 of a performance form: 成本指标 makes a sum a ceiling). */
  readonly category: string | null;
  /** The measure's other words: the name the row is a part of, the headings over its figures. */
  readonly others: readonly (string | null | undefined)[];
  readonly unitIsRate: boolean;
  readonly directionColumn: Direction | null;
  /** The sign in the direction column (指标性质 ≥): the target's comparator where its text has none. */
  readonly signColumn?: Comparator | null;
  /** That sign excludes the target (>, <). */
  readonly signStrict?: boolean;
  readonly aggregationLast: boolean;
  /** The indicator is a place in a league by its name or unit (营商环境评价排名, 位次). */
  readonly rank: boolean;
  /** The row is a standard kept case by case (a pledge table's): its share is of the cases that kept it. */
  readonly pledge?: boolean;
  /** Where the measure stood before its target was set (Baseline), as one plain figure. */
  readonly baseline?: Figure | null;
}

/**
 * A change counted from a stated base, as the level it makes: 比2015年(24.31)降低10个百分点 is at most
 * 14.31, 较2020年(35.2)下降15% at most 29.92, 比上年(120)增加20 at least 140 — in the base's own terms.
 */
function fromBase(f: Figure, base: Figure): Figure {
  const sign = f.change === 'down' ? -1 : 1;
  let value: number;
  if (f.points) value = base.value + sign * (base.percent ? f.value : f.value * 100);
  else if (f.percent) value = base.value * (1 + sign * f.value);
  else value = base.value + sign * f.value;
  return {
    ...f,
    value: cleanNumber(value),
    high: null,
    change: null,
    points: false,
    percent: base.percent,
    comparator: sign < 0 ? 'at_most' : 'at_least',
  };
}

/**
 * A tolerance alone as the target (+/-3%, ±2%, plus or minus 5 per cent): a band around nothing, the
 * variance held within it either way.
 */
function toleranceAlone(text: string | null, f: Figure): TargetSpec | null {
  const m = text ? TOLERANCE_ALONE.exec(normalizeText(text)) : null;
  if (!m) return null;
  const size = f.percent ? Number(m[1]) / 100 : Number(m[1]);
  if (!(size > 0)) return null;
  return {
    kind: f.percent ? 'share' : 'level',
    comparator: 'between',
    direction: 'lower',
    value: -size,
    high: size,
    percent: f.percent,
    points: false,
    unit: f.unit,
    approximation: null,
    text,
  };
}
const TOLERANCE_ALONE = /^\s*(?:\+\s*\/\s*[-–—−]|±|plus or minus)\s*(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)?\s*$/i;

/** A plain target under the measure's baseline, both in the same terms (both shares, or neither). */
function belowBaseline(f: Figure, baseline: Figure | null | undefined): boolean {
  return (
    !!baseline &&
    f.change === null &&
    f.high === null &&
    f.percent === baseline.percent &&
    f.value < baseline.value
  );
}

/** The target as a spec, from the figures read in its cell (or in the task's text). */
export function targetSpec(
  figures: readonly Figure[],
  text: string | null,
  ctx: TargetContext,
): TargetSpec | null {
  const first = primary(figures);
  if (!first) return null;
  const band = toleranceAlone(text, first);
  if (band) return band;
  const base = figures.find((x) => x.role === 'base');
  const f = base && first.change !== null ? fromBase(first, base) : first;
  if (ctx.rank && !f.percent && !f.points && f.change === null)
    return rankSpec(f.value, text, ctx.directionColumn);
  const kind = kindOf(f, ctx.unitIsRate, ctx.name, ctx.aggregationLast);
  let comparator =
    f.comparator ?? ctx.signColumn ?? comparatorInName(ctx.name) ?? comparatorOfFigureInName(ctx.name, f);
  // The bound excludes its figure (> 80, 低于5%; a sign column's >): see Mention.strict.
  let strict =
    f.comparator !== null
      ? f.strict === true
      : comparator !== null && comparator === ctx.signColumn && !!ctx.signStrict;
  // "≥266米 / ≥95%": at least; 约/左右 on a target is a band; 近/多/余 are only how the figure was written.
  if (
    comparator === null &&
    f.approximation &&
    /^(以上|超过|逾|over|more than|\+|or more|plus)$/.test(f.approximation.marker)
  ) {
    comparator = 'at_least';
    strict = /^(超过|逾|over|more than)$/.test(f.approximation.marker);
  }
  // A share of cases done within a time (95%會於5個工作天内完成, "90% within 10 days"): a share to reach,
  // whatever the name says of the time.
  if (comparator === null && f.percent && figures.some((x) => isTimeLimit(x))) comparator = 'at_least';
  let direction: 'higher' | 'lower';
  if (ctx.directionColumn === 'higher' || ctx.directionColumn === 'lower') direction = ctx.directionColumn;
  else if (comparator === 'at_least') direction = 'higher';
  else if (comparator === 'at_most') direction = 'lower';
  else if (kind === 'decrease') direction = 'higher';
  // A pledge's share (85% of civil legal aid cases within 3 months): of the cases that kept it, more better.
  else if (ctx.pledge && kind === 'share') direction = 'higher';
  // A target written below zero (-5.00, a fall in energy use per unit of GDP) is met by going further down,
  // and so is one set below the measure's baseline, where the name says nothing of its way (Poverty rate:
  // baseline 37.7, target 31.2).
  else
    direction =
      directionFromName(ctx.name, kind === 'share', ctx.category, ctx.others) ??
      (f.value <= 0 || belowBaseline(f, ctx.baseline) ? 'lower' : 'higher');
  return {
    kind,
    comparator,
    direction,
    value: kind === 'decrease' ? Math.abs(f.value) : f.value,
    high: f.high,
    percent: f.percent,
    points: f.points,
    unit: f.unit,
    approximation: comparator === 'about' || comparator === 'at_least' ? null : f.approximation,
    text,
    ...withTolerance(text, f),
    ...(strict && (comparator === 'at_least' || comparator === 'at_most') ? { strict: true as const } : {}),
  };
}

/** A tolerance written after the target (≤ 71% (+/–10%), 95% ± 2 points, "plus or minus 5%"). */
const TOLERANCE =
  /(?:\+\s*\/\s*[-–—−]|±|plus or minus|上下浮动)\s*(\d+(?:\.\d+)?)\s*(%|per\s?cent|个百分点|百分点|pp|percentage points?)?/i;

/**
 * The tolerance a target's words allow, in the target's own terms: a per cent of it (355 m³ +/–10%:
 * 35.5; 71% (+/–10%): 7.1 points, the narrower reading), or points of a share (95% ± 2 points: 0.02).
 */
function withTolerance(text: string | null, f: Figure): { tolerance: number } | Record<string, never> {
  const m = text ? TOLERANCE.exec(text) : null;
  if (!m) return {};
  const size = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const tolerance = /^(%|per\s?cent)$/.test(unit)
    ? Math.abs(f.value) * (size / 100)
    : unit !== ''
      ? size / 100
      : f.percent
        ? size / 100
        : size;
  return tolerance > 0 ? { tolerance } : {};
}

/**
 * A place as the target: the worst place allowed (前10名: at most 10th), better lower, a level never paced.
 * A direction column saying otherwise stands.
 */
function rankSpec(place: number, text: string | null, column: Direction | null): TargetSpec {
  return {
    kind: 'rank',
    comparator: 'at_most',
    direction: column === 'higher' ? 'higher' : 'lower',
    value: place,
    high: null,
    percent: false,
    points: false,
    unit: null,
    approximation: null,
    text,
  };
}

/** A place read as a result (第8名, 全省第一): a plain figure. */
const PLACE_FIGURE: Figure = {
  value: 0,
  high: null,
  percent: false,
  points: false,
  unit: null,
  comparator: null,
  change: null,
  approximation: null,
  role: 'value',
  label: '',
  text: null,
};

// ───────────────────────────── the actual ─────────────────────────────

/** The figure among a result's that answers the target (growth for growth, the same unit for an amount). */
function answer(figures: readonly Figure[], t: TargetSpec): Figure | null {
  const values = figures.filter((f) => f.role === 'value');
  if (values.length === 0) return null;
  if (t.kind !== 'growth' && t.kind !== 'decrease') {
    const moved = wentTo(values);
    if (moved) return moved;
  }
  if (t.kind === 'growth' || t.kind === 'decrease') {
    const changed = values.filter((f) => f.change !== null && (f.percent || f.points));
    if (changed.length > 0) return changed[0];
    // (a growth told as about so much, 预计7%左右, is that growth)
    const pct = values.filter((f) => f.percent && (f.comparator === null || f.comparator === 'about'));
    return pct[0] ?? null;
  }
  if (t.kind === 'share' || t.percent) {
    // (never a figure in a unit of its own for a target in per cent: 已安排财政赤字2.18万亿元 is no 赤字率)
    return (
      values.find((f) => f.percent && f.comparator === null && !f.points) ??
      partOfWhole(values) ??
      values.find(
        (f) =>
          f.comparator === null &&
          (!t.percent || f.unit === null || f.unit === t.unit || RATE_UNIT.test(f.unit)),
      ) ??
      values.find((f) => f.percent) ??
      null
    );
  }
  const sameUnit = values.filter(
    (f) => !f.percent && (t.unit === null || f.unit === null || f.unit === t.unit),
  );
  // A figure in the target's own unit before one with none (…8300安置小区配套幼儿园等7所 against 7所; 599B、
  // 855H等4条公交线路 against 3条): a bare number in a sentence may be a name's.
  const ownUnit = t.unit === null ? [] : sameUnit.filter((f) => f.unit === t.unit);
  // Else a figure in the same unit at another scale (1.2亿元 against 5000万元): never a count of something
  // else a sentence mentions (新引进金融机构41家 against 280万元/人).
  return (
    doneOf(ownUnit) ??
    ownUnit[0] ??
    doneOf(sameUnit) ??
    sameUnit[0] ??
    values.find((f) => !f.percent && unitsAlike(f.unit!, t.unit!)) ??
    null
  );
}

/**
 * A result told as a move from one figure to another ("IMR reduced from 58 in 2005 to 42 in 2012",
 * "from 1.34 per 10,000 … to 0.68 per 10,000", 从58人下降到42人): the figure it went to, of the same sort
 * as the one it came from (the years between are no figures of it).
 */
function wentTo(values: readonly Figure[]): Figure | null {
  const i = values.findIndex((f) => FROM_LABEL.test(f.label.trim()));
  if (i < 0) return null;
  const from = values[i];
  const english = /from$/i.test(from.label.trim());
  return (
    values
      .slice(i + 1)
      .find(
        (f) =>
          f.percent === from.percent &&
          (f.unit === from.unit || f.unit === null || from.unit === null) &&
          (english ? TO_LABEL.test(f.label.trim()) : true),
      ) ?? null
  );
}

const FROM_LABEL = /(?:^|\s)from$|(?:从|從|由)$|^(?:从|從|由)/i;

/**
 * A count out of its whole ("194 of 201 commitments", "16 out of 20"), for a target in per cent: the
 * share (96.5 %), never the count read as a per cent.
 */
function partOfWhole(values: readonly Figure[]): Figure | null {
  for (let i = 0; i + 1 < values.length; i++) {
    const [part, whole] = [values[i], values[i + 1]];
    if (
      OF_LABEL.test(whole.label.trim()) &&
      !part.percent &&
      !whole.percent &&
      part.comparator === null &&
      whole.value > 0 &&
      part.value >= 0 &&
      part.value <= whole.value &&
      (part.unit === null || whole.unit === null || part.unit === whole.unit)
    )
      return {
        ...part,
        value: Math.round((part.value / whole.value) * 1000) / 1000,
        percent: true,
        unit: null,
        text: null,
      };
  }
  return null;
}
const OF_LABEL = /^(?:out )?of$/i;
const TO_LABEL = /(?:^|[\s)])to$/i;

/** A Chinese measure word for a count of things (个, 家, 所, 座, 处, 项, 件, 台, 套, 条, 栋, 间, 户). */
const COUNT_WORDS = /^[个個家所座处處项項件台套条條栋棟间間户戶]$/;

/**
 * Units of one measure: at another scale (万元, 亿元), one naming the other (人次, 人; working days, days),
 * or two times (minutes, seconds).
 */
function unitsAlike(a: string, b: string): boolean {
  const x = unitWithoutScale(a);
  const y = unitWithoutScale(b);
  if (x.includes(y) || y.includes(x)) return true;
  // Counts of things by their measure words (5个 against 建成5家, 3所, 2座): one measure.
  if (COUNT_WORDS.test(x) && COUNT_WORDS.test(y)) return true;
  return timeUnitMinutes(a) !== null && timeUnitMinutes(b) !== null;
}

/** 完工12个 beside 已开工18个: what is done answers the target, not what is started or under way. */
const DONE_WORDS_ZH = '完成|完工|建成|竣工|办结|交付|投用|投产|通车';
const DONE_LABEL = new RegExp(`(${DONE_WORDS_ZH})$`);
const STARTED_LABEL = /(开工|在建|启动|施工|签约|签|开展|推进|实施)$/;

function doneOf(figures: readonly Figure[]): Figure | null {
  if (figures.length < 2 || !figures.some((f) => STARTED_LABEL.test(f.label))) return null;
  return figures.find((f) => DONE_LABEL.test(f.label)) ?? null;
}

/** The figures of one indicator of several in a row: the i-th value figure (kept as a list). */
function pickMention(figures: readonly Figure[], i: number | undefined): readonly Figure[] {
  if (i === undefined) return figures;
  const values = figures.filter((f) => f.role === 'value');
  return values[i] ? [values[i]] : figures;
}

/**
 * The result's figures for one indicator of an enumeration ("分别下降4.4%和3.5%"): the i-th figure of the
 * target's sort, with the change word the first one carries.
 */
function resultFigures(figures: readonly Figure[], t: TargetSpec, i: number | undefined): readonly Figure[] {
  if (i === undefined) return figures;
  const sorted = figures.filter((f) => f.role === 'value' && f.percent === (t.percent || t.points));
  const f = sorted[i];
  if (!f) return figures;
  const change = sorted.find((x) => x.change)?.change ?? null;
  return [{ ...f, change: f.change ?? change }];
}

/** The result in the target's terms: a decrease as its size, "增长-2%" against a decrease as 2 %. */
function inTargetTerms(f: Figure, t: TargetSpec): number {
  // (a bare figure against a decrease, 52% beside "30% reduction", is its size; a bare -5% the change)
  if (t.kind === 'decrease')
    return f.change === null ? Math.abs(f.value) : f.change === 'down' ? f.value : -f.value;
  if (t.kind === 'growth') return f.change === 'down' ? -f.value : f.value;
  return f.value;
}

/**
 * The share of the target's time gone: of the year, or of the years a target is due over when the row
 * says from when (自2019-20年起三年內: a third at the end of 2019-20).
 */
function spanFraction(ind: Indicator, period: Period): number {
  const span = ind.targetSpan;
  return span && span.done !== null
    ? (span.done + elapsedFraction(period)) / span.years
    : elapsedFraction(period);
}

/** A completion rate as a fraction: 0.748, "74.8%", or 74.8 in a column headed (%). */
function completionOf(cell: SourceCell | null | undefined, inPoints = false): number | null {
  const r = readCell(cell);
  if (r.kind !== 'figures') return null;
  const f = r.figures.find((x) => x.role === 'value' || x.role === 'completion');
  if (!f) return null;
  if (f.percent) return f.value;
  // A figure with its unit is no share of the task (达到目标60元 in the share column: the standard met).
  if (f.unit !== null) return null;
  // Headed in per cent (占计划(%)): 2 is 2%; otherwise a small number is a ratio (1.2 is 120%).
  return inPoints || Math.abs(f.value) > 3 ? cleanNumber(f.value / 100) : f.value;
}

// ───────────────────────────── statuses ─────────────────────────────

const GOOD: ReadonlySet<Status> = new Set(['achieved', 'on_track']);
const BAD: ReadonlySet<Status> = new Set(['behind', 'at_risk', 'missed']);

/** The band a target draws (between, about), else null; the report states a result against it too. */
export function band(
  t: Pick<TargetSpec, 'comparator' | 'value' | 'high' | 'percent' | 'points' | 'tolerance'>,
): { low: number; high: number } | null {
  if (t.tolerance !== undefined) {
    const low = t.comparator === 'at_most' ? -Infinity : t.value - t.tolerance;
    const high = t.comparator === 'at_least' ? Infinity : (t.high ?? t.value) + t.tolerance;
    return { low, high };
  }
  if (t.comparator === 'between' && t.high !== null) return { low: t.value, high: t.high };
  if (t.comparator === 'about') {
    const w = t.percent || t.points ? ABOUT_RATE : Math.abs(t.value) * ABOUT_SHARE;
    return { low: t.value - w, high: t.value + w };
  }
  return null;
}

/** a ≥ b, allowing for floating-point noise (12 significant digits). */
function geq(a: number, b: number): boolean {
  return a >= b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The status of a level, share, growth or decrease — or of a result against the period's own target:
 * compared as it stands, no pace. Lower is better: at most the target (or the band's top); higher is
 * better: at least the target (or the band's bottom), a shortfall graded by the thresholds.
 */
function levelStatus(a: number, t: TargetSpec, yearEnd: boolean, thresholds: Thresholds): Status {
  const ok: Status = yearEnd ? 'achieved' : 'on_track';
  const b = band(t);
  if (t.direction === 'lower') {
    const ceiling = b ? b.high : t.value;
    return geq(ceiling, a) ? ok : yearEnd ? 'missed' : 'behind';
  }
  const floor = b ? b.low : t.value;
  return geq(a, floor) ? ok : shortfall(a, floor, yearEnd, thresholds);
}

function shortfall(a: number, target: number, yearEnd: boolean, thresholds: Thresholds): Status {
  if (yearEnd) return 'missed';
  if (target > 0 && a / target >= thresholds.behind) return 'behind';
  return target > 0 ? 'at_risk' : 'behind';
}

/** A completion rate alone against the share of the year gone (null at the year's end: no pace left). */
function completionPace(rate: number, period: Period): number | null {
  return isYearEnd(period) ? null : rate / elapsedFraction(period);
}

/** A completion rate alone, against the share of the year gone. */
function completionStatus(rate: number, period: Period, thresholds: Thresholds): Status {
  if (rate >= 1 - 1e-9) return 'achieved';
  const pace = completionPace(rate, period);
  if (pace === null) return 'missed';
  if (pace >= thresholds.onTrack - 1e-9) return 'on_track';
  if (pace >= thresholds.behind - 1e-9) return 'behind';
  return 'at_risk';
}

/**
 * The share used of a ceiling alone (占全年控制指标 40.6%: deaths against the year's control figure):
 * within the share of the year gone is on track, over it behind, over the whole ceiling missed; at the
 * year end within the ceiling is achieved.
 */
function ceilingShareStatus(rate: number, period: Period): Status {
  if (isYearEnd(period)) return rate <= 1 + 1e-9 ? 'achieved' : 'missed';
  if (rate > 1 + 1e-9) return 'missed';
  return rate <= elapsedFraction(period) + 1e-9 ? 'on_track' : 'behind';
}

/** A rate alone, by the direction: a share of a ceiling (lower is better) or a completion rate. */
function rateStatus(rate: number, lower: boolean, period: Period, thresholds: Thresholds): Status {
  return lower ? ceilingShareStatus(rate, period) : completionStatus(rate, period, thresholds);
}

function milestoneStatus(text: string, period: Period): Status | null {
  if (isDoneWord(text)) return 'achieved';
  if (isNotStartedWord(text)) return isYearEnd(period) ? 'missed' : 'behind';
  if (isInProgressWord(text)) return isYearEnd(period) ? 'missed' : 'on_track';
  return null;
}

// ───────────────────────────── the judgement ─────────────────────────────

interface Ctx {
  readonly indicator: Indicator;
  readonly diagnostics: Diagnostic[];
}

function note(
  ctx: Ctx,
  cell: SourceCell | null | undefined,
  severity: Severity,
  code: DiagnosticCode,
  extra: Record<string, string | number> = {},
): void {
  const params: Record<string, string | number> = { name: ctx.indicator.name, ...extra };
  const text = cell ? sourceText(cell) : '';
  if (text !== '' && params.text === undefined) params.text = text;
  ctx.diagnostics.push({
    ...(ctx.indicator.file !== undefined ? { file: ctx.indicator.file } : {}),
    sheet: ctx.indicator.sheet,
    ...(cell ? { cell: cellAddress(cell.row, cell.col) } : {}),
    severity,
    code,
    params,
  });
}

/** The result cells through the period, latest last (a cumulative column is one cell). */
function resultCells(ind: Indicator, period: Period): { cells: (SourceCell | null)[]; toDate: boolean } {
  const a = ind.actuals;
  if (a.kind === 'cumulative') return { cells: [a.cell], toDate: false };
  // No result column, and a figure where the verdict goes (✓ on the other rows, 84.1% on this one): the
  // figure is the result.
  if (a.kind === 'none') {
    return { cells: ind.statusCell && isFigureCell(ind.statusCell) ? [ind.statusCell] : [], toDate: false };
  }
  const n = periodsThrough(a.kind, period);
  const through = a.cells.slice(0, n);
  // The office's own figure to date (YTD) once the period reaches the row's latest figure: 91.3% to date
  // rather than June's 92.1%, 8 waiting now rather than 12 + 10 + 8; at the last of the columns, the
  // year's figure of a row that gives no period's (C-Diff cases: Yearly position 7).
  const own = ind.toDateCell;
  if (
    own &&
    hasValue(own) &&
    (through.some(hasValue) || n >= a.cells.length) &&
    !a.cells.slice(n).some(hasValue)
  ) {
    return { cells: [own], toDate: true };
  }
  return { cells: through, toDate: false };
}

/** How many of a row's quarter or month columns a period covers. */
function periodsThrough(kind: 'quarters' | 'months', period: Period): number {
  if (kind === 'quarters') {
    return period.kind === 'year'
      ? 4
      : period.kind === 'quarter'
        ? period.quarter
        : Math.floor(period.month / 3);
  }
  return period.kind === 'year' ? 12 : period.kind === 'quarter' ? period.quarter * 3 : period.month;
}

function hasValue(c: SourceCell | null): boolean {
  return (
    !!c && c.value !== null && c.value !== undefined && !(typeof c.value === 'string' && isEmptyText(c.value))
  );
}

/**
 * Y or N, 是 or 否, alone in a status column ("Target achieved?", 是否完成): met, or not. Only there:
 * elsewhere a letter is a code.
 */
function yesOrNo(text: string): Status | null {
  const t = text.trim().toLowerCase();
  return t === 'y' || t === '是' ? 'achieved' : t === 'n' || t === '否' ? 'missed' : null;
}

/**
 * A yes or no to the status column's question: "does it keep pace?" (是否达序: 是 / 否) on track or behind,
 * "is it behind?" (进度是否滞后: 是 / 否) behind or on track; any other word as it says.
 */
function answerTo(asks: Indicator['statusAsks'], s: Status): Status {
  if (asks === 'pace') return s === 'achieved' ? 'on_track' : s === 'missed' ? 'behind' : s;
  if (asks === 'behind') return s === 'achieved' ? 'behind' : s === 'missed' ? 'on_track' : s;
  return s;
}

/**
 * A verdict the notes give: the whole of them (超额完成), or the one clause of a few that is a verdict
 * (同比增加10亿元，增速远超全年目标; 年度效益目标任务提前完成；位居全国第3).
 */
function noteVerdict(notes: string): Status | null {
  const whole = statusWord(notes);
  if (whole) return whole;
  const clauses = notes.split(/[,，;；。]/).filter((c) => c.trim() !== '');
  if (clauses.length < 2 || clauses.length > 3) return null;
  const verdicts = new Set(clauses.map(statusWord).filter((s): s is Status => s !== null));
  return verdicts.size === 1 ? [...verdicts][0] : null;
}

/** A cell's figure with its sign (-215, "-5.2", "－２１５", "+3*"), or null for anything else. */
function signedFigure(v: SourceCell['value'] | undefined): number | null {
  const parsed = parseCell(v ?? null, null);
  return parsed.kind === 'number' && Number.isFinite(parsed.quantity.value) ? parsed.quantity.value : null;
}

/** The sheet's own status for the row: its status cell, or a verdict in the result's or completion's text. */
function sheetStatus(ind: Indicator, resultText: string | null): { status: Status; word: string } | null {
  const cell = ind.statusCell;
  // A 1 or a 0 in the verdict's column (Was the target met? | 1): yes or no.
  const one = cell ? oneOrZero(cell.value) : null;
  if (cell && one !== null) {
    const s: Status = one === 1 ? 'achieved' : 'missed';
    return { status: answerTo(ind.statusAsks, s), word: cellText(cell.value).trim() };
  }
  // A figure above or below the target in the verdict's column (2 above target, 7.7% above standard, 低于
  // 目标0.9个百分点): good or bad by the indicator's direction, not by the word (2 C. difficile cases above
  // target is a miss).
  const gap = cell && typeof cell.value === 'string' ? statedGap(cell) : null;
  if (gap && decidesTarget(gap)) return gapVerdict(ind, gap);
  if (cell && typeof cell.value === 'string' && cell.value.trim() !== '') {
    // A letter the sheet's key explains (P – Progressing): what the key says it means.
    const keyed = ind.statusMeaning
      ? (statusWord(ind.statusMeaning) ?? statedStatus(ind.statusMeaning)?.status ?? null)
      : null;
    const s = keyed ?? statusWord(cell.value) ?? statedStatus(cell.value)?.status ?? yesOrNo(cell.value);
    const word = keyed ? `${cell.value.trim()} (${ind.statusMeaning})` : cell.value.trim();
    if (s) {
      const answer = answerTo(ind.statusAsks, s);
      // Not behind, and the progress says the task is done (进度是否滞后: 否 beside 已完成该项任务): done.
      const done = answer === 'on_track' && resultText ? statedStatus(resultText) : null;
      if (done?.status === 'achieved') return done;
      return { status: answer, word };
    }
  }
  const scored = scoreStatus(ind);
  if (scored) return scored;
  // A signed figure under a heading of the gap to the pace (超(+)欠(-)均衡进度 | -215): below 0 is behind it.
  // (A row with the period's own share done beside it, 占年初预算月进度% | 超(+)短(-)月进度, is told by that.)
  const paceGap =
    ind.gapOfPace && ind.gapCell && !hasValue(ind.periodCompletionCell ?? null)
      ? signedFigure(ind.gapCell.value)
      : null;
  if (paceGap !== null)
    return { status: paceGap < 0 ? 'behind' : 'on_track', word: cellText(ind.gapCell!.value) };
  // A verdict in words under the gap's heading (与市确保目标序时进度比较 | 达到市确保目标序时进度): what it says.
  const gapWord = ind.gapCell && typeof ind.gapCell.value === 'string' ? statusWord(ind.gapCell.value) : null;
  if (gapWord)
    return { status: answerTo(ind.statusAsks, gapWord), word: cellText(ind.gapCell!.value).trim() };
  // A status word standing alone in the notes (备注: 达到时间进度, 超额完成).
  // (Not 预计完成 alone in a finance table's notes, where it marks the figure as an estimate.)
  const noteWord = ind.notes && !ESTIMATE_MARK.test(ind.notes.trim()) ? noteVerdict(ind.notes) : null;
  if (noteWord) return { status: noteWord, word: ind.notes! };
  // The gap to a target the row does not give, told in the notes (城镇登记失业率 3.1 | 低于市计划的0.7个百分点;
  // 比既定的目标低0.74个百分点): good or bad by the indicator's direction, as in the verdict's column.
  const noteGap = ind.notes && !hasValue(ind.target) ? gapInNotes(ind.notes) : null;
  if (noteGap) return gapVerdict(ind, noteGap);
  for (const t of [
    resultText,
    typeof ind.completionCell?.value === 'string' ? ind.completionCell.value : null,
  ]) {
    if (!t) continue;
    const s = statedStatus(t);
    if (s) return s;
  }
  return null;
}

/** A stated gap to the target: met on the better side of it by the indicator's direction, else missed. */
function gapVerdict(ind: Indicator, gap: StatedGap): { status: Status; word: string } {
  const lower = directionFromName(ind.name, false, ind.category ?? null, otherWordsOf(ind)) === 'lower';
  const s: Status = (gap.side === 'below') === lower ? 'achieved' : 'missed';
  return { status: answerTo(ind.statusAsks, s), word: gap.text };
}

/** A gap to the target that decides the row by its direction: its size stated, or its side alone (高于预期目标). */
function decidesTarget(gap: StatedGap): boolean {
  return gap.of === 'target' && (gap.size !== null || gap.bare === true);
}

/** The one clause of the notes that is a gap to the target in figures, or null. */
function gapInNotes(notes: string): StatedGap | null {
  const gaps = toHans(notes)
    .split(/[,，;；。]/)
    .map((clause) =>
      gapOfText(
        clause
          .trim()
          // 低于市计划的0.7个百分点 → 低于计划0.7个百分点; 比既定的目标低0.74个百分点 → 低于目标0.74个百分点
          .replace(NOTE_GAP_BEFORE, '$1$2')
          .replace(NOTE_GAP_AFTER, '$2于$1'),
      ),
    )
    .filter((g): g is StatedGap => g !== null && decidesTarget(g));
  return gaps.length === 1 ? { ...gaps[0], text: notes.trim() } : null;
}

/** Whose and which target, between the comparison and the gap: 低于[市][既定的]计划[的]0.7个百分点. */
const NOTE_GAP_BEFORE =
  /^(低于|高于|超过|超出)(?:[省市县区]|上级)?(?:既定|下达|确定|预期)?的?(目标|计划)(?:任务)?的?(?=\d)/;
/** The comparison after the target: 比[既定的]目标低0.74个百分点. */
const NOTE_GAP_AFTER = /^比(?:[省市县区]|上级)?(?:既定|下达|确定|预期)?的?(目标|计划)(?:任务)?(低|高)(?=\d)/;

/** A remark that the figure is an estimate (预计完成, 预计数, 预估). */
const ESTIMATE_MARK = /^(?:预计完成|预计数|预计|预估|估计数|預計完成|預計數|預計|預估)$/;

/**
 * The office's own plan for the period, where the sheet gives one beside the year's target (一季度目标任务
 * beside 年度投资计划): the figure the period demands, instead of the year's share. Only a figure between
 * nothing and the year's target counts.
 */
function planForPeriod(
  ind: Indicator,
  period: Period,
  target: number,
  percent = false,
  amount = false,
): number | null {
  if (ind.periodPlans) return rowPlan(ind.periodPlans, ind.actuals.kind, period, target, percent);
  const cell = milestoneCell(ind, period);
  if (!cell) return null;
  // An amount's quarters that add up to the year's target (分季度目标 2500 | 3500 | 3500 | 2500 of 12000):
  // each quarter's own share, the plan through the period their sum.
  const own = amount ? ownQuarterPlans(ind, target) : null;
  if (own && period.kind !== 'year') {
    const quarters = period.kind === 'quarter' ? period.quarter : period.month / 3;
    const plan = cleanNumber(own.slice(0, quarters).reduce((a, b) => a + b, 0));
    return plan > 0 && plan <= target ? plan : null;
  }
  const p = parseCell(cell.value, cell.format);
  if (p.kind !== 'number' || p.quantity.percent !== percent) return null;
  const plan = p.quantity.value;
  return plan > 0 && plan <= target ? plan : null;
}

/**
 * The four quarters' plans of a row, where they are plain figures adding up to the year's target (within
 * 2 %, as offices round and slip) and the last is not the target itself (then they run to date): each
 * quarter's own part. Else null.
 */
function ownQuarterPlans(ind: Indicator, target: number): number[] | null {
  const cells = ind.milestoneTargets;
  if (!cells || cells.length !== 4) return null;
  const plans: number[] = [];
  for (const c of cells) {
    const p = c ? parseCell(c.value, c.format) : null;
    if (!p || p.kind !== 'number' || p.quantity.percent || p.quantity.value < 0) return null;
    plans.push(p.quantity.value);
  }
  const sum = plans.reduce((a, b) => a + b, 0);
  if (sameFigure(plans[3], target) || Math.abs(sum - target) > Math.abs(target) * 0.02) return null;
  return plans;
}

/** The cell of the period's own target: the row's period target, or its quarter's milestone target. */
function periodPlanCell(ind: Indicator, period: Period): SourceCell | null {
  return ind.periodTargetCell ?? milestoneCell(ind, period);
}

/** The milestone target of the quarter the period ends (Q1 Target … Q4 Target), where the row has one. */
function milestoneCell(ind: Indicator, period: Period): SourceCell | null {
  const plans = ind.milestoneTargets;
  if (!plans || period.kind === 'year') return null;
  const index =
    period.kind === 'quarter' ? period.quarter - 1 : period.month % 3 === 0 ? period.month / 3 - 1 : -1;
  return index >= 0 ? (plans[index] ?? null) : null;
}

/**
 * The plan through the period from a row of period targets: each period's own added up, or the one at the
 * period for totals to date and levels. Only a figure between nothing and the year's target counts: a
 * plain one, or a percentage for a target that is one (`percent`).
 */
function rowPlan(
  plans: NonNullable<Indicator['periodPlans']>,
  granularity: Indicator['actuals']['kind'],
  period: Period,
  target: number,
  percent = false,
): number | null {
  if (period.kind === 'year' || (granularity !== 'quarters' && granularity !== 'months')) return null;
  const n = periodsThrough(granularity, period);
  if (n < 1) return null;
  let plan = 0;
  for (let i = plans.shape === 'own' ? 0 : n - 1; i < n; i++) {
    const c = plans.cells[i];
    const p = c ? parseCell(c.value, c.format) : null;
    if (!p || p.kind !== 'number' || p.quantity.percent !== percent) return null;
    plan += p.quantity.value;
  }
  plan = cleanNumber(plan);
  return plan > 0 && plan <= target ? plan : null;
}

/**
 * The sheet's own target to date beside the year's (Annual Target | YTD Target | YTD Actual; 全年預算數 |
 * 同期分配預算數): the figure the results so far are judged against, and the sheet's word that the year is
 * under way. Only a plain figure between nothing and the year's target counts.
 */
function targetToDate(ind: Indicator, target: number, period: Period, percent = false): number | null {
  const cell = ind.periodTargetCell;
  if (!cell || !isFigureCell(ind.target)) return null;
  const p = parseCell(cell.value, cell.format);
  if (p.kind !== 'number' || p.quantity.percent !== percent) return null;
  const v = p.quantity.value;
  if (!(v > 0 && v < target)) return null;
  // A plan for more months than the period (前三季度投资计划 at 1-7月): its share of them; for fewer, none.
  const months = ind.periodTargetMonths;
  if (months === undefined) return v;
  const elapsed = elapsedFraction(period) * 12;
  return elapsed <= months + 1e-9 ? (v * elapsed) / months : null;
}

/**
 * A level against the office's figure for the period (levelPlan): at or beyond it on track; short of it
 * behind, or at risk by the thresholds for a figure to reach; over a ceiling's figure behind. Not missed
 * before the year's end: a level can come back.
 */
function plannedLevelStatus(a: number, plan: number, direction: Direction, thresholds: Thresholds): Status {
  if (direction === 'lower') return geq(plan, a) ? 'on_track' : 'behind';
  return geq(a, plan) ? 'on_track' : shortfall(a, plan, false, thresholds);
}

/**
 * The office's own figure for the period of a level or share (a plan row, a Q2 target column, a target to
 * date), in the target's own terms, before the year's end; null for a band, a target read from the
 * period's own column, or none given.
 */
function levelPlan(r: Reading, spec: TargetSpec): number | null {
  if (r.yearEnd || r.fromPeriodTarget || band(spec)) return null;
  const percent = spec.percent || spec.points;
  const plan =
    planForPeriod(r.ind, r.period, spec.value, percent) ??
    targetToDate(r.ind, spec.value, r.period, percent) ??
    accruedShare(r, spec);
  // The year's own figure again (a Q2 target of 75% in a 75% year) is no profile: the level's rule stands.
  return plan !== null && !sameFigure(plan, spec.value) ? plan : null;
}

/**
 * A share that builds up over the year (预算执行率, 资金到位率, council tax collected) with a target for the
 * whole year (90% or more): before the year's end its plan is that target times the share of the year
 * gone (100% → 75% by September).
 */
function accruedShare(r: Reading, spec: TargetSpec): number | null {
  // A target well short of the whole (24.5% collected) is the period's own already.
  if (!spec.percent || spec.direction !== 'higher' || spec.comparator === 'at_most' || spec.value < 0.9)
    return null;
  return accruesOverYear(r.ind.name) ? spec.value * elapsedFraction(r.period) : null;
}

/** Marks as a figure, typed as a number or as text ("4"); null for anything else. */
function marks(cell: SourceCell | null | undefined): number | null {
  if (!cell) return null;
  const parsed = parseCell(cell.value, cell.format);
  return parsed.kind === 'number' && !parsed.quantity.percent && parsed.quantity.approximation === null
    ? parsed.quantity.value
    : null;
}

/** Full marks (得分 = 分值) as the office's word that the indicator was met; fewer marks, behind it. */
function scoreStatus(ind: Indicator): { status: Status; word: string } | null {
  const score = marks(ind.scoreCell);
  const max = marks(ind.maxScoreCell);
  if (score === null || max === null || !(max > 0) || score < 0 || score > max * 1.5) {
    return null;
  }
  return { status: score >= max ? 'achieved' : 'behind', word: `${score}/${max}` };
}

function quantity(
  value: number,
  percent: boolean,
  approximation: Quantity['approximation'] = null,
): Quantity {
  return { value: value === 0 ? 0 : value, approximation, percent };
}

/** What the judgement reads of a row once: its target, its result cells, the sheet's own word on it. */
interface Reading {
  readonly ind: Indicator;
  readonly ctx: Ctx;
  readonly period: Period;
  readonly thresholds: Thresholds;
  readonly yearEnd: boolean;
  readonly unitIsRate: boolean;
  readonly target: CellReading;
  readonly targetCell: SourceCell | null;
  /** The target is the period's own (一季度目标, the target under "Q2 2023/24"), not the year's. */
  readonly fromPeriodTarget: boolean;
  /** The target is last year's figure moved as the target says (比上年下降3%, Increase). */
  readonly fromLastYear: boolean;
  readonly spec: TargetSpec | null;
  /** A target in words (a milestone): 完成, 应补尽补, 显著提升. */
  readonly targetWords: string | null;
  /**
   * The target is a standard each case is held to, the results shares of cases, no share set: a time
   * (isTimeStandard) or a tolerance alone (isToleranceStandard).
   */
  readonly standard: 'time-standard' | 'case-standard' | null;
  readonly cells: readonly (SourceCell | null)[];
  readonly readings: readonly CellReading[];
  /** The latest filled result cell and what it says. */
  readonly last: CellReading;
  readonly lastCell: SourceCell | null;
  readonly resultText: string | null;
  readonly source: { readonly status: Status; readonly word: string } | null;
  readonly completion: number | null;
  /** A completion of the period's own target or of a rate's (完成1-4月投资计划, 增速完成率), never paced. */
  readonly periodCompletion: number | null;
  /** What that completion says, standing as the sheet's word where the sheet gives none of its own. */
  readonly periodVerdict: { readonly status: Status; readonly word: string } | null;
  /** The gap to the target or the pace the sheet states (与目标差距), when it has a column for it. */
  readonly gap: StatedGap | null;
  /** What the target is read against: the name, the direction column, whether the row is a place. */
  readonly tctx: TargetContext;
  /** The result is the office's own figure to date (YTD), not the period columns. */
  readonly toDate: boolean;
  /**
   * The result is a figure to date whose month nothing gives (a "Year to date" column, no period stated
   * or chosen): the year is not over, and how far into it is not known.
   */
  readonly dateUnknown: boolean;
}

/** The gap a sheet states: below or above the target (低于目标0.9个百分点) or the pace (低于序时进度5个百分点). */
interface StatedGap {
  readonly side: 'below' | 'above';
  readonly of: 'target' | 'pace';
  /** The size, as read (0.009 for 0.9个百分点), with whether it is in points; null when not stated. */
  readonly size: { readonly value: number; readonly points: boolean } | null;
  readonly text: string;
  /** The words say the result is held within the target (控制在年初预定目标3%的范围之内). */
  readonly within?: boolean;
  /** The words say whether the target was met, whichever way is better (好于年度目标0.6个百分点, 未达到). */
  readonly met?: boolean;
  /** The words say only which side of the target the result is (高于预期目标, 低于年度目标), no size. */
  readonly bare?: boolean;
}

/**
 * Above or below the target, and no more (高于预期目标, 低于年度目标): which is better depends on the measure,
 * so the indicator's direction decides.
 */
const TARGET_SIDE =
  /^(高于|低于)(?:[省市县区]|上级)?(?:年初|年度|全年)?(?:下达的?|确定的?|既定的?)?(?:预期|预定)?的?(?:目标|计划)(?:任务)?(?:要求)?$/;

/** A result held within its target, in words (控制在年初预定目标2.5%的范围之内, 控制在目标以内). */
const HELD_WITHIN = /^控制在.{0,12}(?:目标|计划|控制线|控制指标).{0,12}(?:以内|之内|范围内)$/;

/** The gap in a column that says against what (与年度计划比): 高20.3个百分点, 低5%, 持平. */
const GAP_WORDS = /^(?:(高|超|多|快)|(低|少|慢|差))(?:出|于)?\s*(\d+(?:\.\d+)?)\s*(个百分点|百分点|%|％)$/;

/** The gap in the measure's own count (与控制指标进度目标比较: 低63人, 超4人, 低10起). */
const GAP_COUNT = /^(?:(高|超|多)|(低|少))(?:出|于|过)?\s*\d+\s*(?:人|起|个|家|件|次|例|宗|名|户|辆|处)$/;

function gapInWords(plain: string, text: string): StatedGap | null {
  const said = statusWord(plain);
  if (said === 'achieved' || said === 'missed')
    return { side: 'above', of: 'target', size: null, text, met: said === 'achieved' };
  const t = toHans(plain).replace(/\s+/g, '');
  if (HELD_WITHIN.test(t)) return { side: 'below', of: 'target', size: null, text, within: true };
  const side = TARGET_SIDE.exec(t);
  if (side)
    return { side: side[1] === '高于' ? 'above' : 'below', of: 'target', size: null, text, bare: true };
  if (/^(?:增幅|增速)?(?:与(?:年初|年度|全年)?(?:预期|预定)?(?:计划|目标))?持平$/.test(t))
    return { side: 'above', of: 'target', size: null, text };
  const count = GAP_COUNT.exec(t);
  if (count) return { side: count[1] ? 'above' : 'below', of: 'target', size: null, text };
  const m = GAP_WORDS.exec(t);
  if (!m) return null;
  const points = /百分点/.test(m[4]);
  return {
    side: m[1] ? 'above' : 'below',
    of: 'target',
    size: { value: Number(m[3]) / 100, points },
    text,
  };
}

const BELOW_PACE = /(低于|落后|慢于|滞后|差)[^，,。；;]{0,6}(序时|时序|时间)进度/;
const ABOVE_PACE = /(超|快于|高于|领先)[^，,。；;]{0,6}(序时|时序|时间)进度/;

/**
 * The office's comparison written in the completion column, where other rows have their rates (65.6% |
 * 高于年度目标任务0.6个百分点): the gap to the target, as a gap column would state it.
 */
function gapInCompletion(cell: SourceCell | null | undefined): StatedGap | null {
  if (typeof cell?.value !== 'string') return null;
  const gap = statedGap(cell);
  return gap?.of === 'target' && gap.size !== null ? gap : null;
}

function statedGap(cell: SourceCell | null | undefined): StatedGap | null {
  return gapOfText(cell ? cellText(cell.value).trim() : '');
}

function gapOfText(text: string): StatedGap | null {
  if (text === '') return null;
  const hans = toHans(text);
  if (BELOW_PACE.test(hans)) return { side: 'below', of: 'pace', size: null, text };
  if (ABOVE_PACE.test(hans)) return { side: 'above', of: 'pace', size: null, text };
  // (The body that set the target is no part of the gap: 高于市政府下达目标4个百分点.)
  const plain = withoutIssuer(text);
  const m = scanQuantities(plain).mentions.find((x) => x.role === 'gap' && x.gapSign !== null);
  if (!m) return gapInWords(plain, text);
  return {
    side: m.gapSign! < 0 ? 'below' : 'above',
    of: 'target',
    size: { value: m.value, points: m.points },
    text,
  };
}

/**
 * A reference to an item of a list in a name (地区生产总值(第1项)), or a project's phase (春晓三山学校(三期),
 * 二期工程): no target.
 */
const ORDINAL_REFERENCE =
  /第\s*[\d一二三四五六七八九十百]+\s*(项|条|个|批|期|号|类|部分|章|节)|[(（]\s*[\d一二三四五六七八九十]+\s*期\s*[)）]|[\d一二三四五六七八九十]+期(?=工程|项目)|[\d一二三四五六七八九十]+年(?:一贯制|制|义务教育|免费教育)/g;

/**
 * The target a task names: a place ("Top ten ranking for research quality", 营商环境评价进入全省前三), else
 * figures written as targets ("新增4000张养老床位", "≥95%") — not descriptors ("18-week referral", "62-day
 * wait", "9+3") nor a list number (第1项).
 */
function targetInName(ind: Indicator, tctx: TargetContext): TargetSpec | null {
  const place = rankTarget(ind.name, tctx.rank);
  if (place !== null) return rankSpec(place, ind.name, tctx.directionColumn);
  const mentions = scanQuantities(ind.name.replace(ORDINAL_REFERENCE, ' ')).mentions.filter(
    (m) =>
      m.role !== 'qualifier' &&
      // (A count of what is measured, in another unit than the row's: 82个项目投资 in 亿元 is no target.)
      !otherUnitThanRow(m, ind.measureUnit) &&
      (m.unit !== null ||
        m.percent ||
        m.comparator !== null ||
        m.change !== null ||
        COUNT_IN_WAN.test(m.text) ||
        LEVEL_TO_REACH.test(m.label)),
  );
  // A pledge's time in the name sets its standard in a charter of pledges, not in a table of measures
  // where one name happens to hold a time (Complaint responses within 10 working days beside Tenancies
  // sustained: no target given, none set).
  if (isPledgeWithin(ind, mentions))
    return ind.namedAsPledges === true || ind.pledgesInNames === true ? everyCase(ind.name, tctx) : null;
  // Figures of the row's unit's kind are read in it, as its cells are (5亿元 in a row of 万元: 50000).
  const scale = rowUnitScale(ind.measureUnit);
  const scaled = WRITTEN_SCALE.test(toHans(normalizeText(ind.name)));
  const all = mentions.map((m) => {
    const f = fromMention(m, ind.name);
    return scale && ind.measureUnit ? toRowUnit(f, scale, ind.measureUnit, scaled) : f;
  });
  // A share's name (Percentage of 911 calls answered within 10 seconds): its other figures say what is
  // counted and how fast, never the share to reach.
  const figures = SHARE_NAMED.test(ind.name) ? all.filter((f) => f.percent) : all;
  if (figures.length > 0) return targetSpec(pickMention(figures, ind.targetMention), ind.name, tctx);
  // A charter's pledge with no figure ("All development projects are implemented according to
  // schedule") beside the share of cases that kept it, as its heading says: every case.
  const pledge = PLEDGE_WITHIN.test(ind.name) || EVERY_CASE_WORDS.test(ind.name);
  // A pledge table's standard (服務 | 承諾標準 | 成績: 100%) is one too, whatever its words.
  const byHeading = ind.namedAsPledges === true;
  return (ind.resultInPercent || byHeading) && (pledge || byHeading) && resultsInPercent(ind)
    ? everyCase(ind.name, tctx)
    : null;
}

/**
 * A figure in a name in another unit than the one the row's figures are in (82个 beside a unit of 亿元): it
 * says what is measured, not how much. Units of one kind at different scales (万元, 亿元) are one unit.
 */
function otherUnitThanRow(
  m: { unit: string | null; percent: boolean },
  rowUnit: string | null | undefined,
): boolean {
  if (!m.unit || m.percent || !rowUnit) return false;
  const a = m.unit.trim();
  const b = rowUnit.trim();
  return a !== '' && b !== '' && !a.includes(b) && !b.includes(a) && unitBase(a) !== unitBase(b);
}

/** A unit without its scale (亿元 → 元, $m → $), to tell units of one kind from units of another. */
const unitBase = (unit: string): string =>
  unitScaleOf(unit)?.base ?? toHans(normalizeText(unit)).trim().toLowerCase();

/** A name that opens on the share it measures: Percentage of …, % of …, Proportion of …. */
const SHARE_NAMED = /^\s*(?:(?:the\s+)?(?:percentage|per\s?cent|proportion|share)\s+of\b|%\s*of\b)/i;

/** Words of a pledge kept case by case, besides a time to keep it within: all, every, on schedule. */
const EVERY_CASE_WORDS =
  /\b(?:all|every|each)\b|\b(?:on|according to(?: the)?) (?:schedule|time)\b|\bstipulated\b/i;

/**
 * A count written in 万 or 亿, lakhs or crores, without its unit (为3.078万60岁以上老年人接种, "operationalization
 * of 1.5 lakh Ayushman Arogya Mandirs"): a figure, not a list number.
 */
const COUNT_IN_WAN = /\d\s*(?:[万萬亿億]|lakhs?|lacs?|crores?)$/i;
/** A level the task brings the measure to ("Sustain TFR to 2.0", "Bring the backlog down to 40"). */
const LEVEL_TO_REACH =
  /\b(?:sustain|maintain|keep|hold|bring|reach|raise|increase|reduce|lower|cut)\b.*\b(?:to|at)$/i;

/**
 * A pledge to do something within a time ("processed within 5 working days", "completed four (4) months
 * before the due date", a target cell of "7 working days") whose results are shares: the time is the
 * standard, and the pledge is for every case.
 */
function isPledgeWithin(
  ind: Indicator,
  figures: readonly { percent: boolean; unit: string | null }[],
  inTargetCell = false,
): boolean {
  if (!(PLEDGE_WITHIN.test(ind.name) || ind.namedAsPledges === true)) return false;
  if (allTimes(ind, figures, inTargetCell))
    return resultsInPercent(ind) || completionInPercent(ind) || hundredsKept(ind);
  // Two pledges in one, a time and a count (… within 1 hour. … for 15,000 farmers within 1 year.), under
  // a heading that gives the share of cases that met the standard: that share.
  return (
    !inTargetCell &&
    ind.resultInPercent === true &&
    figures.some((f) => !f.percent && f.unit !== null && isStandardTimeUnit(f.unit)) &&
    figures.every((f) => !f.percent) &&
    resultsInPercent(ind)
  );
}

/**
 * Plain figures of 100 or less, most of them 100, beside a pledge's time (within 24 hours | 100 | 100 |
 * 100): the share of cases that kept it, typed without its sign.
 */
function hundredsKept(ind: Indicator): boolean {
  let seen = 0;
  let hundreds = 0;
  for (const c of resultCellsOf(ind)) {
    if (!hasValue(c)) continue;
    const p = parseCell(c!.value, c!.format);
    if (p.kind !== 'number' || p.quantity.percent || p.quantity.value < 0 || p.quantity.value > 100)
      return false;
    seen++;
    if (p.quantity.value === 100) hundreds++;
  }
  return seen >= 2 && hundreds * 2 >= seen;
}

/**
 * Figures that are all times: with a unit of time, or plain in a target column whose heading gives one
 * (Target set for reply (working days) | 15).
 */
function allTimes(
  ind: Indicator,
  figures: readonly { percent: boolean; unit: string | null }[],
  inTargetCell: boolean,
): boolean {
  return (
    figures.length > 0 &&
    figures.every(
      (m) =>
        !m.percent &&
        (m.unit !== null ? isStandardTimeUnit(m.unit) : inTargetCell && ind.targetInTime === true),
    )
  );
}

/**
 * A time each case is held to (15 working days) beside the share of cases done within it (% of replies
 * within target: 72), and no share set: the share cannot be weighed against a time.
 */
function isTimeStandard(
  ind: Indicator,
  figures: readonly { percent: boolean; unit: string | null }[],
): boolean {
  return allTimes(ind, figures, true) && resultsInPercent(ind);
}

/**
 * A tolerance alone as the target (Inaccuracy not exceeding ±3%) beside shares far above it (97.3%): the
 * error each case is held within, the results the shares of cases held within it, no share set.
 */
function isToleranceStandard(
  ind: Indicator,
  figures: readonly { value: number; percent: boolean }[],
  text: string | null,
): boolean {
  if (figures.length !== 1 || !text || !/±|\+\s*\/\s*[-–—−]|plus or minus/i.test(text)) return false;
  if (/\d\s*(?:±|\+\s*\/|plus or minus)/i.test(text)) return false;
  if (!resultsInPercent(ind)) return false;
  const bound = figures[0].value;
  return resultCellsOf(ind).every((c) => {
    if (!hasValue(c)) return true;
    const p = parseCell(c!.value, c!.format);
    return (
      p.kind !== 'number' || (p.quantity.percent ? p.quantity.value : p.quantity.value / 100) > 0.5 + bound
    );
  });
}

/** A share beside counts (ACHIEVEMENT 119 | ACHIEVEMENT PERCENT 100%): the share of the cases. */
function completionInPercent(ind: Indicator): boolean {
  const c = ind.completionCell;
  if (!c || !hasValue(c)) return false;
  const p = parseCell(c.value, c.format);
  return p.kind === 'number' && p.quantity.percent;
}

/** The share a pledge over the row's group states (at least 90% of returned items …), else null. */
function shareInGroup(ind: Indicator, group: string, tctx: TargetContext): TargetSpec | null {
  const spec = targetInName({ ...ind, name: group }, tctx);
  return spec?.percent ? spec : null;
}

/** A target the reading sets itself (100 %, 0, the heading's 90 %), bounded so, read from `text`. */
function boundTarget(
  figure: string,
  comparator: 'at_least' | 'at_most',
  text: string | null,
  tctx: TargetContext,
): TargetSpec | null {
  const figures = scanQuantities(figure).mentions.map((m) => ({ ...fromMention(m, text ?? ''), comparator }));
  return targetSpec(figures, text, tctx);
}

/** A share of cases to reach (0.9: at least 90 %). */
function shareOfCases(share: number, text: string | null, tctx: TargetContext): TargetSpec | null {
  return boundTarget(`${Math.round(share * 10000) / 100}%`, 'at_least', text, tctx);
}

/** Every case: at least 100 %. */
function everyCase(text: string, tctx: TargetContext): TargetSpec | null {
  return boundTarget('100%', 'at_least', text, tctx);
}

/** A time something is to be done within (within 10 days, 5个工作日内). */
function isTimeLimit(f: Figure): boolean {
  return f.comparator === 'at_most' && !f.percent && f.unit !== null && isStandardTimeUnit(f.unit);
}

/** Every result cell of a row, whatever the period. */
function resultCellsOf(ind: Indicator): readonly (SourceCell | null)[] {
  const a = ind.actuals;
  return a.kind === 'cumulative' ? [a.cell] : a.kind === 'none' ? [] : a.cells;
}

/** True when the row's filled results are all percentages, by their format or their heading. */
function resultsInPercent(ind: Indicator): boolean {
  let seen = 0;
  for (const c of resultCellsOf(ind)) {
    if (!hasValue(c)) continue;
    const p = parseCell(c!.value, c!.format);
    if (p.kind === 'number' && (p.quantity.percent || ind.resultInPercent)) seen++;
    // A share typed as text with a note's mark ("90%(1)"): its one figure.
    else if (p.kind === 'text' && isOneShare(p.text)) seen++;
    else if (!(p.kind === 'text' && notApplicableReason(p.text))) return false;
  }
  return seen > 0;
}

function isOneShare(text: string): boolean {
  const { mentions } = scanQuantities(text);
  return mentions.length === 1 && mentions[0].percent && mentions[0].comparator === null;
}

/** Half a unit of time, in words (Half a day, half an hour, 半天, 半个工作日), a footnote's mark after it. */
const HALF_TIME =
  /^(?:half an? (?:working |calendar )?(?:hour|day|week|month)(?:\s+[ivx]{1,4})?|半(?:个)?(?:小时|天|日|工作日|工作天|月)内?)$/i;

/**
 * A time each case is held to, with no share set: met where every case kept it (100 %), whatever share
 * it is held to; else not rated.
 */
function timeKept(
  ind: Indicator,
  text: string,
  tctx: TargetContext,
): { spec: TargetSpec | null; standard: Reading['standard'] } {
  return everyCaseKept(ind)
    ? { spec: everyCase(text, tctx), standard: null }
    : { spec: null, standard: 'time-standard' };
}

/** Every result a share of 100 % or more: each case kept the standard. */
function everyCaseKept(ind: Indicator): boolean {
  let seen = 0;
  for (const c of resultCellsOf(ind)) {
    if (!hasValue(c)) continue;
    const p = parseCell(c!.value, c!.format);
    if (p.kind !== 'number' || p.quantity.value < (p.quantity.percent ? 1 : 100)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * Figures under headings of growth in per cent (同比增长(%) | 全年目标(%)): a bare 6.2 is growth of 6.2 %,
 * a bare -2.3 a fall of 2.3 %.
 */
function asGrowth(r: CellReading, falls = false): CellReading {
  if (r.kind !== 'figures') return r;
  const fallen = (v: number): 'up' | 'down' => ((falls ? -v : v) < 0 ? 'down' : 'up');
  return {
    ...r,
    figures: r.figures.map((f) =>
      f.role === 'value' && !f.percent && !f.points && f.change === null && f.unit === null
        ? {
            ...f,
            value: cleanNumber(Math.abs(f.value) / 100),
            high: f.high === null ? null : cleanNumber(f.high / 100),
            percent: true,
            change: fallen(f.value),
          }
        : // A per cent below nothing beside growths (Target: -10%, % Change: -7.6%): a fall of its size.
          f.role === 'value' && f.percent && f.change === null && f.value < 0 && f.high === null
          ? { ...f, value: cleanNumber(-f.value), change: 'down' as const }
          : f,
    ),
  };
}

/**
 * The growth of an amount over the same period of last year (520 beside 上年同期 480: growth of 8.3 %), for
 * targets of growth; the reading as it is when either is not a plain positive figure.
 */
function growthOver(r: CellReading, previous: CellReading): CellReading {
  if (r.kind !== 'figures' || previous.kind !== 'figures') return r;
  const plain = (x: CellReading & { kind: 'figures' }) =>
    x.figures.length === 1 && !x.figures[0].percent && x.figures[0].change === null ? x.figures[0] : null;
  const now = plain(r);
  const before = plain(previous);
  if (!now || !before || before.value <= 0 || now.value < 0) return r;
  const g = now.value / before.value - 1;
  return {
    ...r,
    figures: [
      {
        ...now,
        // Growth is stated to a tenth of a per cent (增长8.3%), as offices and statistics give it.
        value: Math.round(Math.abs(g) * 1000) / 1000,
        high: null,
        percent: true,
        unit: null,
        change: g < 0 ? 'down' : 'up',
      },
    ],
  };
}

/** Words naming last year as the base of a target: 比上年, 较去年, "on last year", "than the previous year". */
const LAST_YEAR =
  /(?:比|较|同比|与)?(?:上年|去年|上一年|前一年)(?:同期)?(?:水平)?|\b(?:on|than|from|over|compared (?:with|to)|vs\.?)?\s*(?:the\s+)?(?:last|previous|prior)\s+year(?:'s)?(?:\s+(?:level|figure|outturn|performance))?/i;
const LAST_YEAR_ALL = new RegExp(LAST_YEAR.source, 'gi');
/** A target of a way only (Increase, Reduce, Maintain, 提高, 不低于上年水平): last year's figure is its bar. */
const WAY_ONLY: readonly [RegExp, Comparator][] = [
  [/^(?:increase|improve|higher|more|grow|up|提高|增加|上升|增长|高于|好于|有所提高|有所增加)$/i, 'at_least'],
  [
    /^(?:maintain(?: or improve)?|sustain|no (?:fall|decrease|reduction)|保持|持平|不低于|不减少|稳定|只增不减)$/i,
    'at_least',
  ],
  [/^(?:reduce|decrease|lower|fewer|down|减少|下降|降低|低于|有所下降)$/i, 'at_most'],
  [/^(?:no increase|不高于|不超过|不增加|控制在)$/i, 'at_most'],
];

/**
 * A target set against last year, with last year's figure beside it (2022/23 actual | Increase; 2022年
 * 60.5 | 较上年提高0.5个百分点; 比上年下降3%; "Reduce by 10%"): the bar it makes, as a target spec; null for
 * any other target, or without a plain figure for last year.
 */
function fromLastYear(ind: Indicator, target: CellReading, tctx: TargetContext): TargetSpec | null {
  if (!ind.previousCell || (target.kind !== 'figures' && target.kind !== 'words') || !target.text)
    return null;
  const last = readCell(ind.previousCell);
  const before = last.kind === 'figures' && last.figures.length === 1 ? last.figures[0] : null;
  if (!before || before.change !== null || before.comparator !== null) return null;
  const text = target.text;
  const named = LAST_YEAR.test(text);
  const base: Figure = { ...before, role: 'base' };
  if (target.kind === 'figures') {
    // A change from last year: named so, or "Reduce by 10%" beside last year's figure.
    const f = primary(target.figures);
    if (!f || f.change === null || (!named && !/\bby\b/i.test(text))) return null;
    return targetSpec([f, base], text, tctx);
  }
  const way = text
    .replace(LAST_YEAR_ALL, ' ')
    .replace(/[。.，,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*水平$/, '');
  const found = WAY_ONLY.find(([re]) => re.test(way));
  if (!found) return null;
  return targetSpec([{ ...before, comparator: found[1] }], text, tctx);
}

/**
 * The growth cell's reading as the result, where the row has no other (nor its own completion rate) and no
 * target but one of growth.
 */
function growthOnly(
  ind: Indicator,
  target: Pick<Reading, 'target' | 'spec'>,
): Extract<CellReading, { kind: 'figures' }> | null {
  // (A row with its own completion rate, 完成率 62.5% beside 同比下降16.2%, is told by that.)
  if (ind.resultIsGrowth || !ind.growthCell || hasValue(ind.completionCell ?? null)) return null;
  const ofGrowth = target.spec
    ? target.spec.kind === 'growth' || target.spec.kind === 'decrease'
    : target.target.kind === 'empty';
  if (!ofGrowth) return null;
  const g = asGrowth(readCell(ind.growthCell), ind.fallsAsSizes === true);
  return g.kind === 'figures' ? g : null;
}

/** The target: its cell, the period's own target, or the task's own words. */
function readTarget(
  ind: Indicator,
  tctx: TargetContext,
  overPrevious: boolean,
  /** The period's own target cell, where the row has one. */
  periodPlan: SourceCell | null,
): Pick<
  Reading,
  'target' | 'targetCell' | 'fromPeriodTarget' | 'spec' | 'targetWords' | 'fromLastYear' | 'standard'
> {
  let targetCell: SourceCell | null = ind.target ?? null;
  const rowScale = rowUnitScale(ind.measureUnit);
  const read = (cell: SourceCell | null): CellReading => inRowUnit(readCell(cell), rowScale, ind.measureUnit);
  let target = read(targetCell);
  let fromPeriodTarget = false;
  if (target.kind === 'empty' && ind.periodTargetCell) {
    targetCell = ind.periodTargetCell;
    target = read(targetCell);
    fromPeriodTarget = true;
  } else if (target.kind === 'words' && periodPlan) {
    // A year's target in words only (Annual SDF review complete and submitted to Council) beside the
    // period's own in figures (Q1 Target: 25): the period's is what its result is judged by.
    const plan = read(periodPlan);
    if (plan.kind === 'figures') {
      targetCell = periodPlan;
      target = plan;
      fromPeriodTarget = true;
    }
  }
  if (ind.resultIsGrowth || overPrevious) target = asGrowth(target, ind.fallsAsSizes === true);
  // A target not known ("Not available", "Not established"), or a dash in its place beside a result (年度计划
  // — | 226.4): none set. (A dash beside a dash: the row does not apply.)
  if (
    (target.kind === 'words' && NOTHING_KNOWN.test(toHans(target.text).trim())) ||
    (target.kind === 'na' &&
      target.reason === 'not-applicable' &&
      DASH_ONLY.test(target.text.trim()) &&
      anyResult(ind))
  )
    target = { kind: 'na', reason: 'no-target', text: target.text };
  let spec: TargetSpec | null = null;
  let targetWords: string | null = null;
  let standard: Reading['standard'] = null;
  const targetText = target.kind === 'figures' || target.kind === 'words' ? target.text : null;
  const place = rankTarget(targetText, tctx.rank);
  if (place !== null) spec = rankSpec(place, targetText, tctx.directionColumn);
  else if (target.kind === 'figures') {
    if (isPledgeWithin(ind, target.figures, true)) spec = everyCase(target.text ?? ind.name, tctx);
    else if (isTimeStandard(ind, target.figures)) {
      // The share of cases the heading holds the time to (Target time to respond to 90% of cases).
      if (ind.targetTimeShare !== undefined) spec = shareOfCases(ind.targetTimeShare, target.text, tctx);
      else ({ spec, standard } = timeKept(ind, target.text ?? ind.name, tctx));
    } else if (isToleranceStandard(ind, target.figures, target.text)) {
      standard = 'case-standard';
    } else spec = targetSpec(pickMention(target.figures, ind.targetMention), target.text, tctx);
    if (spec && isNothingPlanned(spec, tctx) && anyResult(ind)) {
      target = { kind: 'na', reason: 'no-target', text: target.text ?? '0' };
      spec = null;
    }
  } else if (target.kind === 'words') {
    // None at all (零事故, "Zero fatalities"): at most 0.
    if (target.text !== null && isZeroGoal(target.text))
      spec = boundTarget('0', 'at_most', target.text, tctx);
    // A time in words (Half a day, 半天) each case is held to, beside shares of cases: as a time in figures.
    else if (target.text !== null && HALF_TIME.test(target.text.trim()) && resultsInPercent(ind))
      ({ spec, standard } = timeKept(ind, target.text, tctx));
    else targetWords = target.text;
  } else if (target.kind === 'empty' && ind.targetInName) {
    // A pledge written once over its rows (… at least 90% of returned items … | Brotherton, Laidlaw):
    // each row's target is the share in the pledge's words (a count over a group is the group's own).
    spec = targetInName(ind, tctx) ?? (ind.group ? shareInGroup(ind, ind.group, tctx) : null);
  }
  const relative = overPrevious ? null : fromLastYear(ind, target, tctx);
  if (relative)
    return {
      target,
      targetCell,
      fromPeriodTarget,
      spec: relative,
      targetWords: null,
      fromLastYear: true,
      standard: null,
    };
  return { target, targetCell, fromPeriodTarget, spec, targetWords, fromLastYear: false, standard };
}

/** A result in any of the row's result cells. */
function anyResult(ind: Indicator): boolean {
  const a = ind.actuals;
  return a.kind === 'cumulative' ? hasValue(a.cell) : a.kind !== 'none' && a.cells.some(hasValue);
}

/**
 * A target of a bare 0 for work whose name says nothing of which way is better, or says more is better
 * (Implementation Provisions Adopted | 0, Number of households to be provided affordable housing units |
 * 0) beside a result: nothing was planned, so nothing is judged (where no result is in, the row is still
 * waiting for its data). A 0 of what is better fewer (violations, injuries), a bound (≤ 0) or a share
 * (0%) stays a target.
 */
function isNothingPlanned(spec: TargetSpec, tctx: TargetContext): boolean {
  return (
    spec.value === 0 &&
    spec.comparator === null &&
    !spec.percent &&
    spec.kind === 'amount' &&
    tctx.directionColumn === null &&
    directionFromName(tctx.name, false, tctx.category, tctx.others) !== 'lower'
  );
}

/** The one plain figure of a cell (37.7, 95%), with no change, bound or range: else null. */
function plainFigure(c: CellReading): Figure | null {
  if (c.kind !== 'figures' || c.figures.length !== 1) return null;
  const f = c.figures[0];
  return f.change === null && f.comparator === null && f.high === null ? f : null;
}

function readRow(ind: Indicator, period: Period, thresholds: Thresholds, periodAssumed: boolean): Reading {
  const unit = ind.measureUnit ?? null;
  const unitIsRate = !!unit && RATE_UNIT.test(unit);
  const tctx: TargetContext = {
    name: ind.name,
    category: ind.category ?? null,
    others: otherWordsOf(ind),
    unitIsRate,
    directionColumn: ind.directionCell ? parseDirection(cellText(ind.directionCell.value)) : null,
    signColumn:
      (ind.directionCell ? signComparator(cellText(ind.directionCell.value)) : null) ??
      ind.targetBound ??
      null,
    signStrict: !!ind.directionCell && signIsStrict(cellText(ind.directionCell.value)),
    aggregationLast:
      (!!ind.aggregationCell && parseAggregation(cellText(ind.aggregationCell.value)) === 'last') ||
      unitIsLevel(unit),
    rank: isRankName(ind.name) || isRankUnit(unit),
    pledge: ind.namedAsPledges === true,
    baseline: plainFigure(readCell(ind.baselineCell)),
  };
  // The result: the cells through the period; the latest filled one speaks for a level.
  const results = resultCells(ind, period);
  const { toDate } = results;
  let cells = results.cells;
  // Amounts beside last year's, or the baseline's, answer targets of growth by their growth.
  const previous = ind.growthOverPrevious
    ? readCell(ind.previousCell)
    : ind.growthOverBaseline
      ? readCell(ind.baselineCell)
      : null;
  const rowScale = rowUnitScale(ind.measureUnit);
  const raw = cells.map((c) => inRowUnit(readCell(c), rowScale, ind.measureUnit));
  let readings = ind.resultIsGrowth
    ? raw.map((r) => asGrowth(r, ind.fallsAsSizes === true))
    : previous
      ? raw.map((r) => growthOver(r, previous))
      : raw;
  let at = -1;
  for (let i = readings.length - 1; i >= 0; i--) {
    if (readings[i].kind !== 'empty') {
      at = i;
      break;
    }
  }
  let last: CellReading = at >= 0 ? readings[at] : { kind: 'empty' };
  let resultText = last.kind === 'figures' || last.kind === 'words' || last.kind === 'na' ? last.text : null;
  const ctx: Ctx = { indicator: ind, diagnostics: [] };
  if (ind.growthOverBaseline) {
    // (Only where the change was worked out: a share beside its baseline is judged as it stands.)
    if (previous && at >= 0 && readings[at] !== raw[at])
      note(ctx, ind.baselineCell ?? null, 'info', 'growth-from-baseline');
  } else if (previous && at >= 0 && last.kind === 'figures' && last.figures[0]?.percent) {
    note(ctx, ind.previousCell, 'info', 'growth-from-previous');
  }
  const target = readTarget(ind, tctx, previous !== null, periodPlanCell(ind, period));
  if (target.fromLastYear) note(ctx, ind.previousCell, 'info', 'target-from-previous');
  if (ind.targetInCaption) note(ctx, ind.target ?? null, 'info', 'target-from-caption');
  // No result but the growth beside it (规模以上工业增加值 | | 7.5 under 同比增长(%)), with no target or a target
  // of growth: the growth is the result. So it is where the gap to the target is stated in points beside an
  // amount (806亿元 | 3.2 | 低于目标1.8个百分点): an amount has no points, its growth has.
  const gap = statedGap(ind.gapCell) ?? gapInCompletion(ind.completionCell);
  const gapOfGrowth = gap?.of === 'target' && gap.size?.points === true && !percentFigure(last);
  const growth = at < 0 || gapOfGrowth ? growthOnly(ind, target) : null;
  if (growth) {
    cells = [ind.growthCell ?? null];
    readings = [growth];
    at = 0;
    last = growth;
    resultText = growth.text;
  }
  const dateUnknown = ind.resultToDate === true && periodAssumed && isYearEnd(period);
  const periodCompletion = completionOf(ind.periodCompletionCell, true);
  return {
    ind,
    ctx,
    period,
    thresholds,
    // A result to a date nothing gives, for a year before the target's, or projected, or a task due in a
    // later year: the target's year is not over.
    yearEnd:
      isYearEnd(period) &&
      !dateUnknown &&
      ind.deadline?.later !== true &&
      ind.targetForLaterYear !== true &&
      ind.resultProjected !== true &&
      ind.targetSpan === undefined,
    unitIsRate,
    ...target,
    cells,
    readings,
    last,
    lastCell: at >= 0 ? cells[at] : null,
    resultText,
    source: sheetStatus(ind, resultText),
    completion: completionTold(ind, last, target),
    periodCompletion,
    periodVerdict:
      periodCompletion !== null ? periodCompletionVerdict(periodCompletion, ind, period, thresholds) : null,
    gap,
    tctx,
    toDate,
    dateUnknown,
  };
}

/**
 * The completion the row states: its own column's; else, for a target in words, the share or the plan and
 * the amount done its result tells; else, for an amount to build up, the share alone its result gives
 * (建成高标准农田8.3万亩 | 整体进度70%).
 */
function completionTold(
  ind: Indicator,
  last: CellReading,
  target: Pick<Reading, 'spec' | 'targetWords'>,
): number | null {
  const own = ownCompletion(ind, last);
  if (own !== null) return own;
  if (target.targetWords) return shareToldDone(last) ?? planAndDoneTold(last);
  const spec = target.spec;
  if (spec === null) return namedCompletion(ind, last);
  return spec !== null && spec.kind === 'amount' && !spec.percent && !spec.points
    ? shareToldDone(last)
    : null;
}

/**
 * A row with no target whose name says its figure is the share of the year's plan done (投资完成率 63.4%,
 * 4个省重大项目完成年度投资计划 69.4%): that share, the completion.
 */
function namedCompletion(ind: Indicator, last: CellReading): number | null {
  if (last.kind !== 'figures' || last.figures.length !== 1 || !NAMED_COMPLETION.test(toHans(ind.name)))
    return null;
  const f = last.figures[0];
  if (f.comparator !== null || f.change !== null) return null;
  if (f.percent) return f.value;
  return ind.measureUnit && /^\s*[%％]\s*$/.test(ind.measureUnit) ? f.value / 100 : null;
}
const NAMED_COMPLETION =
  /(?:投资|计划|任务|目标)完成率$|计划(?:竣工|完工|开工)率$|完成(?:年度|全年)(?:投资)?(?:计划|目标|任务)(?:的?比例)?$/;

/**
 * The completion the sheet states, unless it is the result's own share again (21.21%(7/33) | 21.21%
 * under "Accomplishment rate"), which says nothing of the target.
 */
function ownCompletion(ind: Indicator, last: CellReading): number | null {
  const c = completionOf(ind.completionCell, ind.completionInPoints === true);
  if (c === null || last.kind !== 'figures') return c;
  const values = last.figures.filter((f) => f.role === 'value');
  return values.length === 1 && values[0].percent && Math.abs(values[0].value - c) < 1e-9 ? null : c;
}

/**
 * The share of a task in words done, as its result tells it (坟墓迁移进度达60%, 工程进度完成60%, 完成率60%,
 * 形象进度40%, 已完成60%, 完成总工程量的60%): its one figure, a share the words before it call progress.
 */
function shareToldDone(last: CellReading): number | null {
  if (last.kind !== 'figures' || last.figures.length !== 1) return null;
  const f = last.figures[0];
  return bareShare(f) && (f.role === 'completion' || SHARE_DONE.test(toHans(f.label))) ? f.value : null;
}
const SHARE_DONE =
  /完成(?:了)?(?:总?(?:工程量|工作量|任务|计划)的?)?\s*$|进度(?:达到?|为)?\s*$|\bcomplete(?:d)?\s*$/i;

/**
 * The share done of a plan the result states with it, in the plan's unit (年度计划投资5亿元，已完成投资2.1亿元:
 * 42%; 本年度总投资6000万元的19个项目完成投资3000万元: 50%), where the target is in words.
 */
function planAndDoneTold(last: CellReading): number | null {
  if (last.kind !== 'figures') return null;
  const plain = last.figures.filter((f) => !f.percent && f.change === null && f.value > 0);
  const plan = plain.find((f) => PLAN_WORDS.test(toHans(f.label)));
  if (!plan) return null;
  const done = plain.filter(
    (f) =>
      f !== plan && f.unit === plan.unit && DONE_OF_PLAN.test(toHans(f.label)) && !PLAN_WORDS.test(f.label),
  );
  return done.length === 1 ? cleanNumber(done[0].value / plan.value) : null;
}
const PLAN_WORDS = /(?:计划|总投资|目标|任务)[^，,。；;]{0,6}$/;
/** What is done of it, by the words for done (DONE_LABEL's) or for money in place (到位), a few words before. */
const DONE_OF_PLAN = new RegExp(`(?:${DONE_WORDS_ZH}|到位)[^，,。；;]{0,6}$`);

/** Words that the year's target is reached already, before the year's end. */
const YEAR_DONE_WORD = /超额完成|提前完成|(?:全年|年度)(?:目标)?任务|(?:全年|年度)目标/;

/**
 * A text read from a cell, shown as the cell has it: reading makes its punctuation half-width (，（） as
 * ,()), which a report in Chinese must not show.
 */
function asWritten(text: string | null, cell: SourceCell | null): string | null {
  if (!text || !cell || typeof cell.value !== 'string') return text;
  return normalizeText(cell.value).trim() === text.trim() ? cleanText(cell.value) || text : text;
}

/**
 * The evaluation, with the sheet's own rating standing where the figures cannot decide or disagree
 * (and a note saying what the figures say).
 */
function finish(r: Reading, e: Partial<Evaluation> & { status: Status; direction: Direction }): Evaluation {
  let status = e.status;
  const source = r.source ?? r.periodVerdict;
  if (source) {
    const decided = GOOD.has(status) || BAD.has(status);
    const agrees =
      (GOOD.has(status) && GOOD.has(source.status)) || (BAD.has(status) && BAD.has(source.status));
    // A completion of the period's own target is the measure itself: it stands over the year's pace.
    const byPeriod = !r.source && status !== 'invalid' && status !== source.status;
    // The office's word that the year's target is reached already (超额完成, 完成全年目标, 提前完成) says more
    // than "on track" by the figures; 已完成 alone may be the month's work.
    const doneEarly =
      status === 'on_track' && source.status === 'achieved' && YEAR_DONE_WORD.test(toHans(source.word));
    if (byPeriod || doneEarly || !decided || !agrees) {
      if (decided) {
        // A verdict from the marks names the score's cell and the marks (3/4), not the result's.
        const marks = scoreStatus(r.ind);
        const scored = marks !== null && marks.word === source.word && marks.status === source.status;
        note(
          r.ctx,
          scored ? r.ind.scoreCell : (r.ind.statusCell ?? r.lastCell),
          'info',
          'status-from-sheet',
          {
            status,
            word: source.word,
            ...(scored ? { text: source.word } : {}),
          },
        );
      }
      // At the year's end the office's "on track" is met — unless its word says only that the work goes
      // on (In progress, 推进中) or that the target is still to be met (On track to meet target): that
      // stays on track, and behind once due (overdue). Behind or at risk is then missed: the year is out.
      status = !r.yearEnd
        ? beforeYearEnd(source, r.ind)
        : source.status === 'on_track' && !goesOn(source.word)
          ? 'achieved'
          : source.status === 'behind' || source.status === 'at_risk'
            ? 'missed'
            : source.status;
    }
  }
  // A projection of the year that answers yes (Projected 21/22: Yes) is on course, not done, as a projected
  // figure that reaches its target is — unless the office's verdict beside it says done.
  if (
    status === 'achieved' &&
    r.ind.resultProjected === true &&
    !hasValue(r.ind.statusCell ?? null) &&
    YES_ANSWER.test(r.resultText ?? '')
  )
    status = 'on_track';
  return {
    indicator: r.ind,
    aggregation: 'last',
    target: null,
    actual: null,
    expected: null,
    completion: null,
    pace: null,
    diagnostics: r.ctx.diagnostics,
    ...e,
    targetText: asWritten(e.targetText === undefined ? r.targetWords : e.targetText, r.targetCell),
    actualText: asWritten(e.actualText ?? null, r.lastCell),
    status,
    sourceStatus: source,
    ...(!r.source && r.periodVerdict ? { periodCompletion: r.periodCompletion } : {}),
    kind: e.kind ?? r.spec?.kind ?? (r.unitIsRate || namesPercentage(r.ind.name) ? 'share' : 'amount'),
    comparator: e.comparator ?? r.spec?.comparator ?? null,
    targetHigh: r.spec?.high ?? null,
    ...(r.spec?.tolerance !== undefined ? { tolerance: r.spec.tolerance } : {}),
    ...(r.spec?.strict && (e.comparator ?? r.spec.comparator) === r.spec.comparator ? { strict: true } : {}),
    targetSource: asWritten(r.spec?.text ?? r.targetWords ?? null, r.targetCell),
    actualSource: asWritten(r.resultText, r.lastCell),
  };
}

const YES_ANSWER = /^\s*(?:yes|y|是)\s*$/i;

/** Unreadable cells (an error value, a date…) make the row invalid, each named. */
/**
 * A date typed as the target (Aug-18, 31/03/2024): the date a task is due by. The date it was done, typed
 * in the result's place, meets it when it is no later (within the due month, when the target shows a
 * month only); words in the result's place say how far the task is. Null for any other target.
 */
function byDueDate(r: Reading): Evaluation | null {
  const dueCell = r.targetCell;
  if (r.target.kind !== 'unreadable' || r.target.code !== 'date-in-number-column' || !dueCell) return null;
  const due = r.target.text;
  const base = { direction: 'milestone' as const, targetText: due, kind: 'milestone' as const };
  if (r.last.kind === 'unreadable' && r.last.code === 'date-in-number-column') {
    // Both dates as the cells show them (yyyy-mm-dd): to the day, or to the month where only a month shows.
    const shown = /d/i.test(dueCell.format ?? 'd') ? 10 : 7;
    const met = r.last.text.slice(0, shown) <= due.slice(0, shown);
    return finish(r, { ...base, status: met ? 'achieved' : 'missed', actualText: r.last.text });
  }
  if (r.last.kind === 'empty') return finish(r, { ...base, status: 'no_data' });
  if (r.last.kind === 'words') {
    return finish(r, {
      ...base,
      status: milestoneStatus(r.last.text, r.period) ?? 'no_data',
      actualText: r.last.text,
    });
  }
  return null;
}

/**
 * A day the task is due by, in words (By 31 July, 6月30日前), and the day it was done, in words, as the
 * result (18 June 2020, 6月18日完成): met when it was done no later. Where either day names no year,
 * the two are compared within the one year named, or within a year (a report due "By 31 July" each
 * year, sent on 5 September 2019, was late).
 */
function byDaysInWords(r: Reading): Evaluation | null {
  const dueText = r.target.kind === 'words' || r.target.kind === 'figures' ? r.target.text : null;
  const doneText = r.last.kind === 'words' || r.last.kind === 'figures' ? r.last.text : null;
  if (!dueText || !doneText) return null;
  // The day due: "By 31 July", or a day alone where the result is a day too (31-Dec-2010 | 19-Dec-10).
  const dueWords = DUE_BY.exec(dueText.trim());
  const due = writtenDay(dueWords ? (dueWords[1] ?? dueWords[2]) : dueText.trim());
  const done = due ? writtenDay(doneText.trim().replace(DONE_WORDS, '')) : null;
  if (!due || !done) return null;
  const key = (d: WrittenDay, year: number): number => year * 10000 + d.month * 100 + d.day;
  const year = done.year ?? due.year ?? 0;
  const met = key(done, year) <= key(due, due.year ?? year);
  return finish(r, {
    status: met ? 'achieved' : 'missed',
    direction: 'milestone',
    kind: 'milestone',
    targetText: dueText,
    actualText: doneText,
  });
}

interface WrittenDay {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
}

/** "By 31 July", "no later than 30 June 2020", "6月30日前", "2020年6月30日之前": the day (group 1 or 2). */
const DUE_BY =
  /^(?:by|before|no later than|not later than|on or before)\s+(.+?)\.?$|^(.+?日)\s*(?:前|之前|以前)$/i;
/** Words around the day a task was done (Adopted 25 June 2020, 6月18日完成). */
const DONE_WORDS =
  /^(?:(?:adopted|approved|completed|done|sent|released|reported|published|delivered|achieved)\s+(?:on\s+)?|on\s+)|\s*(?:已?完成|建成|竣工|印发|出台|通过)$|\.$/gi;

/**
 * A day written out: 18 June 2020, June 18, 2020, 31 July, 2020年6月18日, 6月18日, and as exports write
 * it: 31-Dec-2010, 19-Dec-10, 3Jun11, 2010-12-31.
 */
function writtenDay(text: string): WrittenDay | null {
  const t = text.toLowerCase();
  const joined = /^(\d{1,2})[-/. ]?([a-z]{3,9})\.?[-/. ]?(\d{4}|\d{2})$/.exec(t);
  const joinedMonth = joined ? monthOfName(joined[2]) : null;
  if (joined && joinedMonth !== null) return day(Number(joined[1]), joinedMonth, fullYear(joined[3]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return day(Number(iso[3]), Number(iso[2]), iso[1]);
  // A month's name in full or as its three letters: never a longer word (12 mayors is no day).
  let m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:,?\s+(\d{4}))?$/.exec(t);
  let month = m ? monthOfName(m[2]) : null;
  if (m && month !== null) return day(Number(m[1]), month, m[3]);
  m = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(t);
  month = m ? monthOfName(m[1]) : null;
  if (m && month !== null) return day(Number(m[2]), month, m[3]);
  m = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  if (m) return day(Number(m[3]), Number(m[2]), m[1]);
  return null;
}

/** A year of two digits as a day's export writes it (10 → 2010, 98 → 1998). */
function fullYear(y: string): string {
  if (y.length !== 2) return y;
  const n = Number(y);
  return String(n < 70 ? 2000 + n : 1900 + n);
}

function day(d: number, month: number, year: string | undefined): WrittenDay | null {
  return d >= 1 && d <= 31 && month >= 1 && month <= 12
    ? { day: d, month, year: year ? Number(year) : null }
    : null;
}

function unreadable(r: Reading): Evaluation | null {
  r.readings.forEach((x, i) => {
    if (x.kind === 'unreadable') note(r.ctx, r.cells[i], 'error', x.code);
  });
  if (r.target.kind === 'unreadable') note(r.ctx, r.targetCell, 'error', r.target.code);
  if (!r.ctx.diagnostics.some((d) => d.severity === 'error')) return null;
  return finish(r, { status: 'invalid', direction: directionOf(r) });
}

/** The direction of a row not judged against its target: its target's, else its name's words, else higher. */
function directionOf(r: Reading, share = false): 'higher' | 'lower' {
  return (
    r.spec?.direction ??
    directionFromName(r.ind.name, share, r.ind.category ?? null, otherWordsOf(r.ind)) ??
    'higher'
  );
}

const DASH_ONLY = /^[-–—−_/\\]+$/;
const SAYS_NOT_APPLICABLE = /不适用|不涉及|个案|未有申请/;

/** Not rated: the target, the result or the status cell says the row is not judged (yet). */
function notRated(r: Reading): Evaluation | null {
  const naStatus = readCell(r.ind.statusCell);
  const naTarget = r.target.kind === 'na' ? r.target : null;
  const naResult = r.last.kind === 'na' ? r.last : naStatus.kind === 'na' ? naStatus : null;
  // (A dash or 无 for the result is no figure yet; words that say it does not apply, 不適用 or 未有個案 for
  // a pledge no case called on, are not rated.)
  const rated =
    naResult &&
    naResult.reason === 'not-applicable' &&
    naStatus.kind !== 'na' &&
    !(r.last.kind === 'na' && SAYS_NOT_APPLICABLE.test(toHans(r.last.text)));
  // A dash for the verdict beside no result ("Not available until 2018" | -): nothing to rate yet.
  const noneYet =
    r.last.kind === 'empty' && naStatus.kind === 'na' && DASH_ONLY.test(naStatus.text) && naTarget === null;
  // No step set for the period and no result yet (Quarter 1 Target: "No milestone for the quarter").
  const naPeriod = r.last.kind === 'empty' && !r.yearEnd ? readCell(periodPlanCell(r.ind, r.period)) : null;
  const periodNotDue = naPeriod?.kind === 'na' && naPeriod.reason === 'not-due' ? naPeriod : null;
  const why = naTarget ?? (rated || noneYet ? null : naResult) ?? periodNotDue;
  // An annual measure not due before the year end is due then.
  if (!why || (r.yearEnd && naResult?.reason === 'not-due' && !naTarget)) return null;
  return finish(r, {
    status: 'not_rated',
    direction: directionOf(r),
    notRated: why.reason,
    ...figuresAsRead(r),
  });
}

/**
 * What a row not rated still shows of its figures: its target and its one result figure, as read (规模以上
 * 工业总产值 226.4亿元 beside a plan of "—"; a cost of $119.8 million against $163.2 million, "n/a" rated).
 */
function figuresAsRead(r: Reading): Pick<Evaluation, 'target' | 'actual'> | Record<string, never> {
  const t = r.target.kind !== 'na' ? r.spec : null;
  const values = r.last.kind === 'figures' ? r.last.figures.filter((f) => f.role === 'value') : [];
  const f =
    values.length === 1 && values[0].comparator === null && values[0].change === null ? values[0] : null;
  if (!t && !f) return {};
  return {
    target: t ? quantity(t.value, t.percent || t.points, t.approximation) : null,
    actual: f ? quantity(f.value, f.percent, f.approximation) : null,
  };
}

/**
 * A row whose direction column says no way is better (a data feed's DESIRED_CHANGE N, Neutral, 中性):
 * the figure is watched, its target a forecast. Not rated, unless the office gave its own verdict.
 */
function noWayBetter(r: Reading): Evaluation | null {
  const cell = r.ind.directionCell;
  if (r.source || !cell || !isNeutralDirection(cellText(cell.value))) return null;
  return finish(r, { status: 'not_rated', direction: directionOf(r), notRated: 'data-only' });
}

/** The result written as the target itself ("≥266米 / ≥266米", "降至13% / 降至13%"): done as targeted. */
function asTargeted(r: Reading): Evaluation | null {
  const targetText = r.spec?.text ?? r.targetWords;
  if (
    !targetText ||
    !r.resultText ||
    !(
      sameWords(targetText, r.resultText) ||
      reachedInWords(targetText, r.resultText) ||
      // The office's forecast that the target's own words will hold (预计完成市级下达目标 for 完成市级下达目标),
      // its verdict as 预计可以完成 is (a target with figures is weighed by them).
      (!/\d/.test(targetText) &&
        sameWords(
          toHans(targetText).replace(AGAINST_LAST_YEAR, ''),
          toHans(r.resultText).replace(FORECAST, ''),
        ))
    )
  )
    return null;
  // A progress word in the target's place ("in progress" beside "in progress"): no target set yet, and
  // the same word as the result is no verdict on one. A target to complete (已完成 | 已完成) is done.
  const word = r.spec ? null : statusWord(targetText);
  if (word !== null && word !== 'achieved') {
    return finish(
      { ...r, source: null },
      { status: 'not_rated', direction: 'milestone', notRated: 'no-target' },
    );
  }
  const spec = r.spec;
  const target = spec ? quantity(spec.value, spec.percent || spec.points, spec.approximation) : null;
  // A plain figure written again as the result (5所 | 5所): the result is that figure, all of the target.
  const figure =
    spec && spec.comparator === null && spec.high === null && spec.kind !== 'rank' ? target : null;
  return finish(r, {
    status: 'achieved',
    direction: spec?.direction ?? 'milestone',
    target,
    targetText: spec ? null : r.targetWords,
    actualText: r.resultText,
    kind: spec?.kind ?? 'milestone',
    ...(figure ? { actual: figure, completion: spec!.kind === 'amount' ? 1 : null } : {}),
  });
}

/**
 * A grade set as the target (Good, 良好以上, AA) and the grade the result is (Outstanding, 合格, AA+): met
 * by the same grade or a better one on the scale both are on; short of it, behind, and missed at the year's
 * end (a water class, the period's own measurement, missed at once). The sheet's own verdict beside them
 * decides instead.
 */
function byGrade(r: Reading): Evaluation | null {
  // (The sheet's own verdict beside the grades, 达标 / 未达标, stands.)
  if (r.spec || r.source || !r.targetWords || !r.resultText) return null;
  const ranks = gradeRanks(toHans(r.targetWords), toHans(r.resultText), toHans(r.ind.name));
  if (!ranks) return null;
  const met = ranks.result <= ranks.target;
  return finish(r, {
    status: met ? 'achieved' : r.yearEnd || ranks.ofPeriod ? 'missed' : 'behind',
    direction: 'milestone',
    kind: 'milestone',
    targetText: r.targetWords,
    actualText: r.resultText,
  });
}

/** The result's figure that is a percentage (a rate, a growth), which a gap in points can be read against. */
function percentFigure(reading: CellReading) {
  return reading.kind === 'figures'
    ? reading.figures.find((x) => x.role === 'value' && x.percent)
    : undefined;
}

/**
 * No target written, but the gap to it stated beside the result (完成情况 增长6.1% | 与目标差距 低于目标0.9个
 * 百分点): a percentage result and a gap in points give the target (7%), judged as any; otherwise the
 * stated side decides — below the target or the pace is behind (missed at the year end), at or above it on
 * track (achieved).
 */
function byStatedGap(r: Reading): Evaluation | null {
  const gap = r.gap;
  if (!gap) return null;
  const f = percentFigure(r.last);
  if (gap.of === 'target' && gap.size?.points && f) {
    // Offices state a fall's gap in the fall's own terms when the indicator is one to bring down
    // (能耗下降2.1% | 低于目标1.3个百分点: the target is a fall of 3.4%), else in terms of growth (进出口
    // 下降8% | 低于目标15个百分点: the target is growth of 7%).
    const sign = gap.side === 'below' ? -1 : 1;
    const falling = f.change === 'down' && directionFromName(r.ind.name) === 'lower';
    const result = falling ? f.value : f.change === 'down' ? -f.value : f.value;
    const target = cleanNumber(result - sign * gap.size.value);
    const kind: TargetKind = f.change === null ? 'share' : falling || target < 0 ? 'decrease' : 'growth';
    const spec: TargetSpec = {
      kind,
      comparator: null,
      direction: 'higher',
      value: Math.abs(target),
      high: null,
      percent: true,
      points: false,
      unit: null,
      approximation: null,
      text: null,
    };
    note(r.ctx, r.ind.gapCell, 'info', 'target-from-gap', { text: gap.text });
    return againstTarget({ ...r, spec }, spec);
  }
  // Below a ceiling, or its pace, is within it (死亡人数 | 与控制指标进度目标比较: 低63人); level with it too.
  const lower = directionFromName(r.ind.name, false, r.ind.category ?? null, otherWordsOf(r.ind)) === 'lower';
  const good =
    gap.met ??
    (gap.within === true || /持平$/.test(gap.text.replace(/\s+/g, '')) || (gap.side === 'below') === lower);
  const status: Status = r.yearEnd ? (good ? 'achieved' : 'missed') : good ? 'on_track' : 'behind';
  // The row's own figures stand beside the office's statement (105.66 | 82.2 | 高于序时进度2.2个百分点).
  return finish(r, {
    status,
    direction: lower ? 'lower' : 'higher',
    actualText: r.resultText,
    ...figuresAsRead(r),
    completion: r.completion,
  });
}

/**
 * A place to climb ("Improved National Student Survey ranking", 位次前移) with a result giving the place and
 * the one before it ("Ranked 17th … (20th in 2011)"): any place above the earlier one meets it.
 */
function byClimb(r: Reading): Evaluation | null {
  const words = r.targetWords ?? (r.ind.targetInName ? r.ind.name : null);
  if (!r.tctx.rank || !isClimbTarget(words)) return null;
  const places = placeAndEarlier(r.resultText);
  if (!places || places.earlier <= 1) return null;
  // The place just above the earlier one, with no comparator: a climb rather than a place named.
  const spec: TargetSpec = {
    ...rankSpec(places.earlier - 1, words, r.tctx.directionColumn),
    comparator: null,
  };
  return againstTarget({ ...r, spec }, spec);
}

/**
 * A completion held to the whole of its target (增速完成率 96.43%, 完成1-4月投资计划 132.1%): the target is
 * the period's own, or a rate's, so the share is never paced through the year. At or above it the period
 * is on track (achieved at the year's end); short of it behind, or at risk by the thresholds (missed at the
 * year's end).
 */
function periodCompletionVerdict(
  rate: number,
  ind: Indicator,
  period: Period,
  thresholds: Thresholds,
): { status: Status; word: string } {
  const yearEnd = isYearEnd(period);
  const status: Status =
    rate >= 1 - 1e-9
      ? yearEnd
        ? 'achieved'
        : 'on_track'
      : yearEnd
        ? 'missed'
        : rate >= thresholds.behind - 1e-9
          ? 'behind'
          : 'at_risk';
  return { status, word: cellText(ind.periodCompletionCell?.value ?? null).trim() };
}

/** A row with no target but its completion of the period's own target or of a rate's: judged by it. */
function byPeriodCompletion(r: Reading): Evaluation {
  // The row's figure to date is shown as its result.
  const done = r.last.kind === 'figures' && r.last.figures.length === 1 ? r.last.figures[0] : null;
  return finish(r, {
    status: r.periodVerdict!.status,
    direction: 'higher',
    kind: 'amount',
    ...(done ? { actual: quantity(done.value, done.percent, done.approximation) } : {}),
    actualText: r.resultText,
    completion: r.periodCompletion,
  });
}

/** A verdict against a ceiling: within or over a control figure (在控制指标以内, 超过全年控制指标). */
const CEILING_VERDICT = /控制(?:指标|目标|数|线)/;

/**
 * The office's verdict before the year's end, on a row with no target of its own in the sheet (the year's
 * constraint named by its heading, 达标 / 未达标 by place): not met so far is behind, the year still to run —
 * unless the word is of a ceiling passed (超过控制指标), which no later month undoes. Beside a standard of
 * its own (水质控制目标 Ⅲ against 劣Ⅴ), the verdict is the period's own.
 */
function beforeYearEnd(source: { status: Status; word: string }, ind: Indicator): Status {
  const ownTarget = ind.target !== null && cellText(ind.target.value).trim() !== '';
  return source.status === 'missed' && !ownTarget && !CEILING_VERDICT.test(toHans(source.word))
    ? 'behind'
    : source.status;
}

/** No target in figures: a row for information, or a milestone judged by its words or its rate. */
function withoutTargetFigure(r: Reading): Evaluation {
  if (r.completion === null && r.periodCompletion !== null && !r.source) return byPeriodCompletion(r);
  // (A figure in a sentence that says the work was done on a day, "1 budget forum conducted on May 26,
  // 2016", leaves the words to judge it.)
  const doneOnDay = r.last.kind === 'figures' && r.last.text !== null && isDoneWord(r.last.text);
  if (!r.targetWords && r.last.kind === 'figures' && r.completion === null && !r.source && !doneOnDay) {
    // Shown, though not judged: the one figure the row has (89.6% with no standard beside it), not a
    // figure picked out of a sentence.
    const only =
      r.last.figures.length === 1 && cellKind(r.last.text ?? undefined) !== 'sentence'
        ? r.last.figures[0]
        : null;
    return finish(r, {
      status: 'not_rated',
      // A share against a time standard (Two week wait: 89.6 %) is better higher, as with a target.
      direction: directionOf(r, !!only?.percent),
      notRated: r.standard ?? 'no-target',
      ...(r.standard && r.target.kind === 'figures' ? { targetText: r.target.text } : {}),
      // (A fall shown as the change it is: % Change -2.9%, read as a fall of 2.9 %.)
      ...(only
        ? {
            actual: quantity(
              only.change === 'down' && only.value > 0 ? -only.value : only.value,
              only.percent,
              only.approximation,
            ),
          }
        : {}),
      actualText: r.resultText,
    });
  }
  const words = r.last.kind === 'words' || r.last.kind === 'figures' ? r.last.text : null;
  let status: Status | null = words ? milestoneStatus(words, r.period) : null;
  // A figure against a target in words (与经济增长同步 | 6.8%): shown, with nothing to weigh it by.
  if (
    status === null &&
    r.targetWords &&
    r.last.kind === 'figures' &&
    r.completion === null &&
    !r.source &&
    cellKind(r.last.text ?? undefined) !== 'sentence'
  ) {
    const only = r.last.figures.length === 1 ? r.last.figures[0] : null;
    return finish(r, {
      status: 'not_rated',
      direction: 'milestone',
      notRated: 'target-in-words',
      kind: 'milestone',
      targetText: r.targetWords,
      ...(only ? { actual: quantity(only.value, only.percent, only.approximation) } : {}),
      actualText: words,
    });
  }
  // A rate of what must stay low (deaths, accidents: a share of the year's ceiling) is better lower, as
  // is one the office's verdict measures against a ceiling (超过全年控制指标 over a list of provinces).
  const lower =
    status === null &&
    r.completion !== null &&
    (directionFromName(r.ind.name) === 'lower' ||
      (!!r.source && CEILING_VERDICT.test(toHans(r.source.word))));
  const byRate = status === null && r.completion !== null;
  if (byRate) status = rateStatus(r.completion!, lower, r.period, r.thresholds);
  // Words of progress and no target at all (… | | We continue to add our phone number to all letters): an
  // update given, with nothing set to weigh it by.
  if (
    status === null &&
    words &&
    !r.targetWords &&
    !r.ind.targetInName &&
    r.target.kind === 'empty' &&
    !hasValue(r.ind.statusCell ?? null) &&
    !notApplicableReason(words)
  )
    return finish(r, {
      status: 'not_rated',
      direction: 'milestone',
      notRated: 'no-target',
      kind: 'milestone',
      actualText: words,
    });
  // Judged by its rate: the figure done so far is its actual (完成造林绿化面积 698 beside 占任务的 24.1%),
  // and a name is no target (桃城区).
  // (Not the share itself, told as the result: 进度达60% is its completion, no figure done beside it.)
  // (So is an amount the office rates by how far it is over or short of the pace: 11330 | 超(+)欠(-) 180.)
  const byPaceGap = !byRate && r.ind.gapOfPace === true && !!r.source && !r.targetWords;
  // (And the one figure done beside the office's own verdict, 467.4 | 按计划开工建设: shown, never lost.)
  const byVerdict = !byRate && !!r.source && !r.targetWords && !words;
  const one =
    (byRate || byPaceGap || byVerdict) && r.last.kind === 'figures' && r.last.figures.length === 1
      ? r.last.figures[0]
      : null;
  const done = one && !(one.percent && one.value === r.completion) ? one : null;
  return finish(r, {
    status: status ?? 'no_data',
    // Judged by the share of the task done: more done is better, unless the words say what is counted
    // must stay low.
    direction: lower ? 'lower' : (byRate || byPaceGap) && !r.targetWords ? 'higher' : 'milestone',
    kind: byPaceGap ? 'amount' : r.targetWords || r.completion === null ? 'milestone' : 'amount',
    targetText: r.targetWords ?? (r.ind.targetInName && !byRate && !byPaceGap ? r.ind.name : null),
    ...(done ? { actual: quantity(done.value, done.percent, done.approximation) } : {}),
    actualText: words,
    completion: r.completion,
    // What the status rests on: the completion against the share of the year gone (as a table's 进度).
    pace: byRate && !lower && !r.yearEnd ? completionPace(r.completion!, r.period) : null,
  });
}

/**
 * The result in the target's terms: a running total adds its period figures (`summed`); a level is its
 * latest.
 */
function resultValue(
  r: Reading,
  spec: TargetSpec,
): {
  figure: Figure | null;
  value: number | null;
  summed: boolean;
  /** A percentage brought to the target's percentage points (93% beside 95 in a % column is 93). */
  inPoints: boolean;
} {
  let figure: Figure | null = null;
  let value: number | null = null;
  let summed = false;
  let inPoints = false;
  // Beside targets that are totals to date, the results are too: the latest stands.
  const runningTotal =
    spec.kind === 'amount' &&
    !r.fromPeriodTarget &&
    !r.toDate &&
    r.ind.actuals.kind !== 'cumulative' &&
    r.ind.periodPlans?.shape !== 'to-date';
  const lastText = r.last.kind === 'figures' || r.last.kind === 'words' ? r.last.text : null;
  const place = spec.kind === 'rank' ? rankResult(lastText) : null;
  if (place !== null) {
    figure = { ...PLACE_FIGURE, value: place, text: lastText };
    value = place;
  } else if (runningTotal && r.readings.every((x) => x.kind !== 'words')) {
    summed = true;
    let sum = 0;
    const values: number[] = [];
    const periods: number[] = [];
    let lastAt = -1;
    for (let i = 0; i < r.readings.length; i++) {
      const x = r.readings[i];
      const f = x.kind === 'figures' ? answer(x.figures, spec) : null;
      if (!f) continue;
      sum += f.value;
      figure = f;
      value = sum;
      values.push(f.value);
      periods.push(i + 1);
      lastAt = i;
    }
    // Figures that rise with the straight line to the target are totals to date: the latest stands.
    const perYear = r.ind.actuals.kind === 'quarters' ? 4 : 12;
    if (figure && totalsOnTheLine(values, periods, perYear, spec.value)) {
      summed = false;
      value = figure.value;
      note(r.ctx, r.cells[lastAt], 'info', 'periods-to-date');
    }
  } else if (r.last.kind === 'figures') {
    figure =
      answer(resultFigures(r.last.figures, spec, r.ind.resultMention), spec) ?? changeInRateRow(r, spec);
    value = figure ? inTargetTerms(figure, spec) : null;
    // A level whose period is not in yet (cancer figures a month behind): the latest before it stands.
    const layout = r.ind.actuals.kind;
    const n = r.cells.length;
    if (
      figure &&
      !r.toDate &&
      (layout === 'months' || layout === 'quarters') &&
      r.lastCell !== r.cells[n - 1]
    )
      note(r.ctx, r.lastCell, 'info', 'earlier-result', { period: `${layout === 'months' ? 'M' : 'Q'}${n}` });
  } else if (r.last.kind === 'words' && spec.percent && ALL_OF_THEM.test(r.last.text)) {
    // "All" (every e-mail acknowledged) against a share: the whole of it.
    figure = { ...PLACE_FIGURE, value: 1, percent: true, text: r.last.text };
    value = 1;
  } else if (
    r.last.kind === 'words' &&
    (spec.kind === 'growth' || spec.kind === 'decrease') &&
    FLAT.test(toHans(normalizeText(r.last.text)).trim())
  ) {
    // Level with last year (同比持平, unchanged) against a target of growth or a fall: a change of nothing.
    figure = { ...PLACE_FIGURE, value: 0, percent: true, change: 'up', text: r.last.text };
    value = 0;
  }
  // Results counted in another size of the target's unit, as the headings say (万元 against 亿元).
  if (
    figure &&
    value !== null &&
    r.ind.resultScale &&
    !figure.percent &&
    !spec.percent &&
    figure.unit === null
  ) {
    value = scaleByPowerOfTen(value, r.ind.resultScale);
  }
  // A time in another unit than the target's: "51 seconds" against "3 minutes" is 0.85 minutes.
  if (figure && value !== null && figure.unit && spec.unit && figure.unit !== spec.unit) {
    const from = timeUnitMinutes(figure.unit);
    const to = timeUnitMinutes(spec.unit);
    if (from !== null && to !== null) value = cleanNumber((value * from) / to);
  }
  // Percentages written as numbers beside a percentage target: 95.4 against 95.4% or 0.954.
  if (figure && value !== null) {
    if (spec.percent && !figure.percent && (Math.abs(value) > 1.5 || perCentByUnit(value, spec, r)))
      value = cleanNumber(value / 100);
    else if (!spec.percent && figure.percent && (r.unitIsRate || Math.abs(spec.value) > 1.5)) {
      value = cleanNumber(value * 100);
      inPoints = true;
    } else if (!spec.percent && !figure.percent && figure.text === null && figure.unit === null) {
      value = inWrittenScale(value, spec, r.ind.measureUnit);
    }
  }
  return { figure, value, summed, inPoints };
}

/**
 * A bare number in a row in per cent beside a target of growth or a fall (较2015年下降(%) | 下降比例高于12% |
 * 17.1): the change in the target's terms, as the row's unit says.
 */
function changeInRateRow(r: Reading, spec: TargetSpec): Figure | null {
  if (!r.unitIsRate || (spec.kind !== 'growth' && spec.kind !== 'decrease') || r.last.kind !== 'figures')
    return null;
  const bare = r.last.figures.filter((f) => f.role === 'value');
  const f = bare.length === 1 ? bare[0] : null;
  return f && !f.percent && !f.points && f.unit === null && f.comparator === null && f.change === null
    ? f
    : null;
}

/**
 * A small bare number in a row whose unit is per cent, beside a percentage target (居民消费价格涨幅 | % |
 * 3%左右 | 0.4; 不良贷款比例 | % | ≤5% | 0.48): a number of per cent, as the unit says (0.4 %, 0.48 %), unless
 * as a ratio it is nearer the target and at most four times it (完成率 | % | 95% | 0.96; | 90% | 0.3).
 */
function perCentByUnit(value: number, spec: TargetSpec, r: Reading): boolean {
  if (!r.unitIsRate || value === 0 || spec.value === 0) return false;
  const distance = (x: number) => Math.abs(Math.log(Math.abs(x / spec.value)));
  return distance(value / 100) <= distance(value) || Math.abs(value / spec.value) > 4;
}

/** A result level with last year's, in words alone: 持平, 同比持平, 与上年持平, unchanged, no change. */
const FLAT =
  /^(?:(?:同比|与上年|与去年|较上年|比上年)?(?:基本)?持平|unchanged|no change|flat|level with last year)[。.]?$/i;

/** A result that is the word for every case, with nothing else: All, all of them, 全部. */
const ALL_OF_THEM = /^\s*(?:all(?: of them)?|全部|全數|全数)\s*[.。]?\s*$/i;

/** The power of ten of 万亿, 万, 亿, thousand, million or billion. */
function scalePower(word: string): number {
  const w = word.toLowerCase();
  if (w === '万亿') return 12;
  if (w === '万') return 4;
  if (w === '亿') return 8;
  if (w === 'thousand') return 3;
  return w === 'million' || w === 'mn' ? 6 : 9;
}

/** 万 or 亿 (million, billion) after the target's number, as written (≤202.6万元, 149.5 million passengers). */
const WRITTEN_SCALE =
  /[\d零〇一二两三四五六七八九十百千]\s*(万亿|万|亿)|\d\s*(thousand|million|billion|mn|bn)\b/i;
/**
 * The scale a row's unit opens on, and what it counts: 万元 → 4 of 元, 亿元 → 8, 万人 → 4 of 人, million
 * passengers → 6 of passengers, $ million or $m → 6 of $. Null for a unit of no scale.
 */
function rowUnitScale(unit: string | null | undefined): { base: string; power: number } | null {
  return unit ? unitScaleOf(unit) : null;
}

/** rowUnitScale of a unit, kept per unit: every row asks it, of a handful of units. */
const unitScaleOf = memo((unit: string): { base: string; power: number } | null => {
  const u = toHans(normalizeText(unit)).trim();
  const en = /^(thousands?|millions?|billions?|mn|bn)\s+(\S.*)$/i.exec(u);
  if (en) return { base: en[2].toLowerCase(), power: scalePower(en[1].replace(/s$/i, '')) };
  const p = unitPower(u);
  return p && p.power > 0 ? p : null;
});

/**
 * The figures a text gives in the row's unit, where the unit has its scale: 5000万元 in a row of 万元 is
 * 5000, 4亿元 is 40000, "149.5 million passengers" in a row of million passengers 149.5 — as a bare
 * number in the row is. Figures of other units, and shares, are left as they are.
 */
function inRowUnit(
  r: CellReading,
  scale: { base: string; power: number } | null,
  unit: string | null | undefined,
): CellReading {
  if (!scale || !unit || r.kind !== 'figures' || r.text === null) return r;
  const scaled = WRITTEN_SCALE.test(toHans(normalizeText(r.text)));
  if (!r.figures.some((f) => ofRowBase(f, scale, scaled))) return r;
  return { ...r, figures: r.figures.map((f) => toRowUnit(f, scale, unit, scaled)) };
}

/** A figure of the row's unit's kind (its base unit, or a scale word with no unit read). */
function ofRowBase(f: Figure, scale: { base: string; power: number }, scaled: boolean): boolean {
  if (f.percent || f.points) return false;
  if (f.unit !== null && toHans(f.unit).toLowerCase() === scale.base) return true;
  // A scale word with no unit read (全年80亿, "149.5 million passengers", "$120 million").
  return scaled && (f.unit === null || f.unit.toLowerCase() === scale.base);
}

/** A figure in the row's unit where it is of its kind (5亿元 in a row of 万元: 50000), else as it is. */
function toRowUnit(f: Figure, scale: { base: string; power: number }, unit: string, scaled: boolean): Figure {
  if (!ofRowBase(f, scale, scaled)) return f;
  const down = (v: number): number => scaleByPowerOfTen(v, -scale.power);
  return { ...f, value: down(f.value), high: f.high === null ? null : down(f.high), unit };
}

/**
 * A bare number against a target written with 万 or 亿 (≤202.6万元 beside 132.9): offices write the
 * result in the target's own scale, as the 单位 line of the form says. The result is read in that scale
 * when it is nearer the target so (132.9 → 1,329,000 against 2,026,000), else as it is.
 */
function inWrittenScale(value: number, spec: TargetSpec, unit: string | null): number {
  // (in Simplified characters: 10000萬 is 10000万)
  const m = spec.text ? WRITTEN_SCALE.exec(toHans(normalizeText(spec.text))) : null;
  if (!m || value === 0 || spec.value === 0) return value;
  // A row whose unit has its scale (万元, million passengers): its target and results were read in it
  // (inRowUnit), a bare result being in it already.
  if (rowUnitScale(unit) !== null) return value;
  const scaled = scaleByPowerOfTen(value, scalePower(m[1] ?? m[2]));
  const distance = (x: number) => Math.abs(Math.log(Math.abs(x / spec.value)));
  return Math.sign(value) === Math.sign(spec.value) && distance(scaled) < distance(value) ? scaled : value;
}

/**
 * A running total to a date nothing gives: what holds whatever the month — the target reached, a ceiling
 * passed, nothing against a ceiling of nothing — else null (its pace cannot be judged).
 */
function toDateUndated(value: number, spec: TargetSpec): Status | null {
  const b = band(spec);
  if (spec.direction === 'lower') {
    const ceiling = b ? b.high : spec.value;
    if (!geq(ceiling, value)) return 'missed';
    return ceiling === 0 ? 'on_track' : null;
  }
  return geq(value, b ? b.low : spec.value) ? 'achieved' : null;
}

/**
 * A bare percentage in the result's own cell beside a target that is no share (考核完成情况 100% beside
 * 962元/月): how much of the task is done, not a figure in the target's terms. Null otherwise.
 */
function shareDone(last: CellReading, spec: TargetSpec): number | null {
  if (
    last.kind !== 'figures' ||
    spec.percent ||
    spec.points ||
    (spec.kind !== 'amount' && spec.kind !== 'level')
  )
    return null;
  const values = last.figures.filter((f) => f.role === 'value');
  return values.length === 1 && bareShare(values[0]) ? values[0].value : null;
}

/** A percentage and nothing else: no points, change, bound or unit (100%, not 增长8%, ≥95% or 5个百分点). */
function bareShare(f: Figure): boolean {
  return f.percent && !f.points && f.change === null && f.comparator === null && f.unit === null;
}

/** A figure against the target, by the rule of its kind. */
function againstTarget(r: Reading, spec: TargetSpec): Evaluation {
  const { period, thresholds } = r;
  const direction: Direction = spec.direction;
  const targetQ = quantity(spec.value, spec.percent || spec.points, spec.approximation);
  const { figure, value, summed, inPoints } = resultValue(r, spec);
  // The share done as the sheet states it (形象进度 65%) beside a result told in a sentence ("1家已基本完成
  // 建设、4家进度70%以上…"): the figures of the sentence are details, the share is the office's measure.
  // So is the share of cases beside their count, against a pledge for every case (119 | 100%).
  const told =
    r.completion !== null &&
    r.last.kind === 'figures' &&
    (cellKind(r.last.text ?? undefined) === 'sentence' ||
      (spec.percent && figure !== null && !figure.percent && completionInPercent(r.ind)));
  if (value === null || told) {
    // No figure: a completion rate alone, a verdict in words, or nothing yet.
    const completion = r.completion ?? (value === null ? shareDone(r.last, spec) : null);
    if (completion !== null) {
      const status = rateStatus(completion, direction === 'lower', period, thresholds);
      // What the status rests on, as for a completion alone: the completion against the year gone.
      const pace = direction !== 'lower' && !r.yearEnd ? completionPace(completion, period) : null;
      // The result as told stays in view beside the share it is judged by (已完成改造22个 | 44%).
      const told = r.last.kind === 'figures' || r.last.kind === 'words' ? r.last.text : null;
      return finish(r, {
        status,
        direction,
        target: targetQ,
        completion,
        pace,
        kind: spec.kind,
        ...(told ? { actualText: told } : {}),
      });
    }
    const words = r.last.kind === 'words' ? r.last.text : null;
    const ms = words ? milestoneStatus(words, period) : null;
    return finish(r, { status: ms ?? 'no_data', direction, target: targetQ, actualText: words });
  }
  const actualQ = quantity(
    value,
    spec.percent || spec.points || (!inPoints && (figure?.percent ?? false)),
    figure?.approximation ?? null,
  );
  let status: Status;
  let expected: number | null;
  if (spec.kind === 'amount' && !r.fromPeriodTarget && r.dateUnknown) {
    const undated = toDateUndated(value, spec);
    return finish(r, {
      status: undated ?? 'not_rated',
      direction,
      target: targetQ,
      actual: actualQ,
      completion: r.completion ?? (spec.value !== 0 ? value / spec.value : null),
      kind: spec.kind,
      comparator: spec.comparator,
      actualText: figure?.text ?? null,
      ...(summed ? { aggregation: 'sum' as const } : {}),
      ...(undated === null ? { notRated: 'to-date-undated' } : {}),
    });
  }
  if (spec.kind === 'amount' && !r.fromPeriodTarget) {
    // A running total: against the share of the target the period demands (the band's bottom, or its
    // top for a ceiling).
    const b = band(spec);
    const t = b ? (direction === 'lower' ? b.high : b.low) : spec.value;
    const toDate = targetToDate(r.ind, t, period);
    expected = planForPeriod(r.ind, period, t, false, true) ?? toDate ?? t * spanFraction(r.ind, period);
    status = numericStatus(
      direction === 'lower' ? 'lower' : 'higher',
      unroundedResult(value, t, r.completion),
      t,
      expected,
      period,
      thresholds,
      // The year is under way by the sheet's own target to date, or by what the reading knows (a
      // projected result, a target for a later year).
      toDate !== null || !r.yearEnd,
    );
    // A projection of the year's result (YE Proj., 预计全年) that reaches the target is on course to it:
    // the year is not over, and the figure is not yet done — unless the office says it is (完成).
    if (status === 'achieved' && r.ind.resultProjected === true && r.source?.status !== 'achieved')
      status = 'on_track';
  } else {
    // A level or a share with the office's own figure for the period beside the year's (council tax
    // collected: 97% for the year, 56% by Q2; days lost per FTE: 8 a year, 4 by Q2): judged against that
    // figure, the year's being for its end.
    const plan = levelPlan(r, spec);
    expected = plan ?? spec.value;
    status =
      plan !== null
        ? plannedLevelStatus(value, plan, direction, thresholds)
        : levelStatus(value, spec, r.yearEnd, thresholds);
  }
  const planned = spec.kind !== 'amount' && expected !== spec.value;
  const ratio = spec.value !== 0 ? value / spec.value : null;
  return finish(r, {
    status,
    direction,
    target: targetQ,
    actual: actualQ,
    expected,
    completion: r.completion ?? (spec.kind === 'amount' ? ratio : null),
    pace: (spec.kind === 'amount' || planned) && expected ? value / expected : null,
    kind: spec.kind,
    comparator: spec.comparator,
    actualText: figure?.text ?? null,
    // The period figures added up: the result is their sum, as the narrative says (完成, not 达到).
    ...(summed ? { aggregation: 'sum' as const } : {}),
  });
}

/**
 * The result as the office's own completion gives it, where the result shown is that figure rounded
 * (上半年完成 14 of 年度计划 29 beside 完成进度 50: 14.5 shown as 14): the completion was worked from the
 * figure before rounding. Else the result as shown.
 */
function unroundedResult(value: number, target: number, completion: number | null): number {
  if (completion === null || target <= 0 || !Number.isFinite(value)) return value;
  const decimals = (String(value).split('.')[1] ?? '').length;
  const half = 0.5 * 10 ** -decimals;
  const exact = completion * target;
  return Math.abs(exact - value) <= half + 1e-9 ? exact : value;
}

/**
 * Judges one indicator read by evidence (or with targets and results written as text). Never throws:
 * what it cannot read is a diagnostic naming the cell.
 */
export function judgeIndicator(
  ind: Indicator,
  period: Period,
  thresholds: Thresholds,
  /** Nothing gave the period (neither the user nor the sheets): it is the latest with data, or the year end. */
  periodAssumed = false,
): Evaluation {
  const r = readRow(ind, period, thresholds, periodAssumed);
  return overdue(
    byDueDate(r) ??
      byDaysInWords(r) ??
      unreadable(r) ??
      notRated(r) ??
      noWayBetter(r) ??
      asTargeted(r) ??
      byGrade(r) ??
      (r.spec ? againstTarget(r, r.spec) : (byStatedGap(r) ?? byClimb(r) ?? withoutTargetFigure(r))),
    period,
  );
}

/**
 * A task on track by its pace or its words but due by now (完成时限 6月底前, checked at the third
 * quarter, still 推进中) is behind. The sheet's own verdict on the task stands; a word that says only that
 * work goes on (In progress, Progressing, 推进中) is no verdict on its date.
 */
function overdue(judged: Evaluation, period: Period): Evaluation {
  const due = judged.indicator.deadline;
  if (!due) return judged;
  const e = due.later ? notDueYet(judged) : judged;
  if (e.status !== 'on_track') return e;
  if (e.sourceStatus && !goesOn(e.sourceStatus.word)) return e;
  // …and so is one whose comment says its date was put back ("the target date has been pushed back"). A
  // deadline in a later year than the table's is not due yet.
  const late = !due.later && elapsedFraction(due.period) <= elapsedFraction(period) + 1e-9;
  return late || DATE_PUT_BACK.test(toHans(normalizeText(e.indicator.notes ?? '')))
    ? { ...e, status: 'behind' }
    : e;
}

/**
 * A task due in a later year than the table's (Target Date 30/06/2025 in a 2024 plan) cannot have missed
 * it yet: short of done at the year's end it is behind (or at risk, where the sheet says so), never missed.
 * A ceiling already passed is missed all the same.
 */
function notDueYet(e: Evaluation): Evaluation {
  if (e.status !== 'missed' || e.direction === 'lower') return e;
  const said = e.sourceStatus?.status;
  return { ...e, status: said === 'at_risk' ? 'at_risk' : 'behind' };
}

const DATE_PUT_BACK =
  /\b(?:(?:pushed|put|moved) back|postponed|rescheduled|behind schedule)\b|(?:date|deadline|completion)\s+(?:\w+\s+){0,3}(?:revised|extended|deferred|delayed)\b|延期|推迟|滞后/i;

/** Words that say the work goes on, and nothing of its pace: a letter with the key's word in brackets too. */
const WORK_GOES_ON =
  /^(?:[A-Z]{1,3}\s*\()?(?:in progress|progressing|ongoing|under way|underway|started|推进中|进行中|实施中|正在推进|on track to meet(?: the)? target|to be achieved in the future)\)?$/i;

/** The word says the work goes on (WORK_GOES_ON), however its spaces and characters are typed. */
function goesOn(word: string): boolean {
  return WORK_GOES_ON.test(toHans(normalizeText(word)));
}

/**
 * A target's words that say none is known ("Not available", "Unknown", "None"): no target set, so the same
 * words beside it are no verdict. (Not established, TBD… are the grammar's not-applicable words.)
 */
const NOTHING_KNOWN =
  /^(?:not available|not known|unknown|none|n\/?k|unavailable)\.?$|^(?:[省市县区州]级)?(?:未下达|未设|未定|暂未下达|不设|无)(?:年度)?(?:目标|任务|指标)(?:任务)?$/i;

/**
 * What a target in words is measured against, before its words (与上年相比显著提高 answered 显著提高):
 * the result need not say it again.
 */
const AGAINST_LAST_YEAR =
  /^\s*(?:(?:与|和|同)(?:上年|去年|上一?年度)(?:同期)?相比|[较比](?:上年|去年|上一?年度)(?:同期)?|同比)[，,]?\s*/;

/** A forecast before a result's words: 预计, 预计全年, 预计年底. */
const FORECAST = /^\s*预计(?:全年|年底|年内)?\s*/;

/** The same words, spaces and final punctuation aside. */
function sameWords(a: string, b: string): boolean {
  const k = (t: string): string => t.replace(/[\s。.;；]+/g, '').toLowerCase();
  return k(a).length > 0 && k(a) === k(b);
}

/**
 * A result that says the target's own words were reached (零死亡 | 实现零死亡目标; "Zero fatalities" |
 * "Zero fatalities achieved"), not that they are striven for (力争实现零死亡).
 */
function reachedInWords(target: string, result: string): boolean {
  // (in Simplified characters: 實現零死亡目標 is 实现零死亡目标)
  const k = (t: string): string =>
    toHans(t)
      .replace(/["“”]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const goal = k(target).replace(/[。.;；,，]+$/, '');
  if (goal.length < 2 || goal.length > 16 || /\d|[。.;；,，]/.test(goal)) return false;
  // The clause the goal is written in: what comes before it there says it was reached.
  const clause = k(result)
    .split(/[。.;；,，]/)
    .find((c) => c.includes(goal));
  if (clause === undefined) return false;
  const before = clause.slice(0, clause.indexOf(goal));
  const after = clause.slice(clause.indexOf(goal) + goal.length);
  if (/力争|确保|争取|努力|有望|预计|计划|将|能|可|未|没有/.test(before)) return false;
  if (/\b(?:not|never|aims?|aiming|to|will|expected)\b/.test(before)) return false;
  return (
    /(?:实现|达到|完成)/.test(before) ||
    /^\s*(?:(?:was|were|has been|have been)\s+)?(?:achieved|met|reached|maintained)\b/.test(after)
  );
}

/** A goal written in words: 达到省级标准, 与经济增长同步, 保持稳定, "Maintain current levels". */
const GOAL_IN_WORDS =
  /(达到|同步|保持|确保|提升|提高|改善|稳定|符合|合格|优化|加强|健全|争创|持续|显著|明显|有效|全面|进一步|不断|逐步|力争)|\b(achiev|maintain|improv|ensur|meet|increas|reduc|deliver|sustain)\w*/i;

/** True when an indicator needs the judgement of this module rather than the plain numeric rule. */
export function needsJudgement(ind: Indicator): boolean {
  // Rows read by evidence (real tables) are all judged here.
  if (ind.targetInName !== undefined) return true;
  // A place in a league (营商环境评价排名): better lower and never paced, which only this module knows.
  if (isRankName(ind.name) || isRankUnit(ind.measureUnit)) return true;
  // The office's own figure to date beside the period columns (YTD): the judgement weighs it.
  if (ind.toDateCell && hasValue(ind.toDateCell)) return true;
  // A direction column's word that no way is better (N, Neutral): only this module leaves such rows unrated.
  if (ind.directionCell && isNeutralDirection(cellText(ind.directionCell.value))) return true;
  // Rows of the standard layout: only where the plain rule cannot read a cell — a target or a result
  // written with its unit or in a sentence ("26000人", "增长9.5%"), or a not-applicable mark.
  const t = ind.target?.value;
  if (typeof t === 'string' && !isEmptyText(t)) {
    if (notApplicableReason(t)) return true;
    const p = parseCell(t, ind.target?.format);
    // A target this rule cannot read: one with figures in words (增长9.5%), or a goal in words (达到省级标准,
    // 与经济增长同步), judged by the result's words — never a data error. A note in the target's place
    // (见附件, 待统计) stays an error naming the cell.
    if (p.kind === 'text' && !parseBoundText(p.text) && !isMilestoneTargetText(p.text)) {
      if (scanQuantities(p.text).mentions.length > 0 || GOAL_IN_WORDS.test(p.text)) return true;
      // …or a grade (良好以上, "Good or better"), met by the same or a better one.
      if (isGrade(toHans(p.text), toHans(ind.name))) return true;
    }
  }
  return resultCellsOf(ind).some((c) => {
    if (!c || typeof c.value !== 'string') return false;
    if (notApplicableReason(c.value) && !isEmptyText(c.value)) return true;
    const p = parseCell(c.value, c.format);
    // …or the whole task done in words (已全部建设完成) beside a target in figures: judged by its words.
    return (
      p.kind === 'text' &&
      (ALL_OF_THEM.test(p.text) || scanQuantities(p.text).mentions.length > 0 || isDoneWord(p.text))
    );
  });
}
