/** en-US: the narrative of the report, in plain English. */
import type { ChangeWay, Status } from '../../model';
import type { GapWords, JudgedWords, NarrativeTemplates, NumbersText, PointsWords } from '../types';
import { format } from './format';

/** A status as the opening and the section summaries count it ("9 achieved, 8 behind pace"). */
const COUNTED: Readonly<Record<Status, string>> = {
  achieved: 'achieved',
  on_track: 'on track',
  behind: 'behind pace',
  at_risk: 'at risk',
  missed: 'missed',
  not_rated: 'not rated',
  no_data: 'with no data',
  invalid: 'with invalid data',
};

/** A status group's heading in a section. */
const GROUP: Readonly<Record<Status, string>> = {
  achieved: 'Achieved the annual target',
  on_track: 'On track',
  behind: 'Behind pace',
  at_risk: 'At risk',
  missed: 'Missed the annual target',
  not_rated: 'Not rated',
  no_data: 'No data',
  invalid: 'Invalid data',
};

const HEADLINES = {
  'milestone-missed': 'not completed by the year end',
  'milestone-not-started': 'not started',
  'milestone-behind': 'behind schedule',
  'milestone-at-risk': 'at risk, well behind schedule',
  missed: 'missed the annual target',
  'at-risk': 'at risk, well behind pace',
  behind: 'behind pace',
  'over-annual-ceiling': 'above the annual ceiling',
  'over-pace-ceiling': 'above the pace ceiling',
  'over-ceiling': 'above the ceiling',
} as const;

const MILESTONE_WORDS: Readonly<Partial<Record<Status, string>>> = {
  achieved: 'completed',
  on_track: 'in progress',
  behind: HEADLINES['milestone-behind'],
  at_risk: HEADLINES['milestone-at-risk'],
  missed: HEADLINES['milestone-missed'],
};

/** How the result was reached: done, projected for the year, or the year's as estimated at its end. */
function reachedVerb(n: { readonly projected: boolean; readonly estimated: boolean }): string {
  return n.projected ? 'is projected to reach' : n.estimated ? 'reached an estimated' : 'reached';
}

function targets(n: number): string {
  return `${n} ${n === 1 ? 'target' : 'targets'}`;
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}

/** A share against a target in points: 7.0 percentage points below the pace target of 75.0%. */
function versus(what: string, figure: string, v: PointsWords): string {
  if (v.side === 'equal') return `level with the ${what} of ${figure}`;
  return `${v.diff} ${v.side === 'above' ? 'above' : 'below'} the ${what} of ${figure}`;
}

/** The target a row's figures are told against: the year's, or the period's own where the table gives only that. */
function goal(n: NumbersText): string {
  return n.periodTarget ? 'target for the period' : 'annual target';
}

/** …and a ceiling's. */
function ceiling(n: NumbersText): string {
  return n.periodTarget ? 'ceiling for the period' : 'annual ceiling';
}

/** A share's result against the pace target where the text gives it, else against the annual target. */
function shareVersus(n: NumbersText, withPace: boolean): string | null {
  if (withPace && n.versusPace && n.expected) return versus('pace target', n.expected, n.versusPace);
  return n.versusTarget ? versus(goal(n), n.target, n.versusTarget) : null;
}

function approx(n: NumbersText): string {
  return n.actualBase ? ` (counted as ${n.actualBase})` : '';
}

function gapPhrase(g: GapWords): string {
  return {
    'behind-pace': `${g.points} behind pace`,
    'over-annual-ceiling': `${g.points} over the annual ceiling`,
    'over-pace-ceiling': `${g.points} over the pace ceiling`,
    'below-target': `${g.points} below target`,
    'above-ceiling': `${g.points} above the ceiling`,
    'behind-rank': `${places(g.points)} short of the target`,
    'short-of-target': `at ${g.points} of target`,
  }[g.kind];
}

/** 1 place, 2 places. */
function places(n: string): string {
  return `${n} ${n === '1' ? 'place' : 'places'}`;
}

/** 1st, 2nd, 3rd, 11th, 22nd. */
function ordinal(n: string): string {
  if (!/^\d+$/.test(n)) return n;
  const teen = /1\d$/.test(n);
  const suffix = teen
    ? 'th'
    : (({ '1': 'st', '2': 'nd', '3': 'rd' } as Record<string, string>)[n.slice(-1)] ?? 'th');
  return `${n}${suffix}`;
}

/** grew 6.1% / fell 2.1% / was unchanged on the year / was 93%. */
function changed(change: ChangeWay | null, actual: string): string {
  if (change === 'up') return `grew ${actual}`;
  if (change === 'down') return `fell ${actual}`;
  if (change === 'flat') return 'was unchanged on the year';
  return `was ${actual}`;
}

/** Where a result stands against a band: in the 6.5–7% band, below the target of about 3%. */
function bandPhrase(j: Extract<JudgedWords, { form: 'band' }>): string {
  const where = { within: j.about ? 'in line with' : 'in', below: 'below', above: 'above' }[j.position];
  return j.about ? `${where} the target of about ${j.target}` : `${where} the ${j.range} band`;
}

/** A result against its target by its kind (after the name): grew 6.1%, 0.9 percentage points below the 7% target. */
/** "the 95% target", but "the target of about 6%": a target in words goes after the noun. */
function theTarget(target: string): string {
  return /^[\d.,%‰$£€¥+-]+$/.test(target) ? `the ${target} target` : `the target of ${target}`;
}

function judgedPhrase(j: JudgedWords): string {
  switch (j.form) {
    case 'growth': {
      const side = j.ceiling
        ? {
            below: `within the ${j.target} ceiling`,
            above: `${j.diff} above the ${j.target} ceiling`,
            equal: `at the ${j.target} ceiling`,
          }[j.side]
        : {
            below: `${j.diff} below the ${j.target} target`,
            above: `${j.diff} above the ${j.target} target`,
            equal: `in line with the ${j.target} target`,
          }[j.side];
      return `${changed(j.change, j.actual)}, ${side}`;
    }
    case 'decrease': {
      const side = {
        below: `${j.diff} short of the targeted ${j.target} fall`,
        above: `${j.diff} more than the targeted ${j.target} fall`,
        equal: `matching the targeted ${j.target} fall`,
      }[j.side];
      return `${changed(j.change, j.actual)}, ${side}`;
    }
    case 'rate': {
      const side = {
        below: `${j.diff} below ${theTarget(j.target)}`,
        above: `${j.diff} above ${theTarget(j.target)}`,
        equal: `meeting ${theTarget(j.target)}`,
      }[j.side];
      return `was ${j.actual}, ${side}`;
    }
    case 'floor': {
      if (j.tolerated) return `was ${j.actual}, ${j.diff} short of ${j.target} but within its tolerance`;
      if (j.strict && j.onBound) return `was ${j.actual}, meeting the ${j.target} standard`;
      const standard = `the standard of ${j.strict ? 'more than' : 'at least'} ${j.target}`;
      return j.met
        ? `was ${j.actual}, meeting ${standard}`
        : `was ${j.actual}, ${j.diff} short of ${standard}`;
    }
    case 'ceiling':
      if (j.tolerated) return `was ${j.actual}, ${j.diff} above ${j.target} but within its tolerance`;
      if (j.strict && j.met) return `was ${j.actual}, ${j.onBound ? 'at' : 'kept below'} ${j.target}`;
      return j.met
        ? `was ${j.actual}, kept within ${j.target}`
        : `was ${j.actual}, ${j.diff} above the ${j.target} ceiling`;
    case 'band':
      return `${changed(j.change, j.actual)}, ${bandPhrase(j)}`;
    case 'rank': {
      if (j.earlier !== null)
        return j.met
          ? `ranked ${ordinal(j.actual)}, up from ${ordinal(j.earlier)}`
          : `ranked ${ordinal(j.actual)}, not up from ${ordinal(j.earlier)}`;
      const goal = j.target === '1' ? 'first place' : `the top ${j.target}`;
      return j.met
        ? `ranked ${ordinal(j.actual)}, meeting the target of ${goal}`
        : `ranked ${ordinal(j.actual)}, ${places(j.diff)} short of the target of ${goal}`;
    }
    case 'completion': {
      const behind = j.points ? `, ${j.points} behind pace` : '';
      return j.actual !== null
        ? `was ${j.actual}, ${j.completion} complete${behind}`
        : `was ${j.completion} complete${behind}`;
    }
    case 'period-completion':
      return `reached ${j.completion} of the target for the period`;
  }
}

export const narrative: NarrativeTemplates = {
  subtitle: (asOf, date) => (date ? `${asOf} · Report date ${date}` : asOf),
  noIndicators: (asOf) => `${asOf}, the selected sheets hold no targets to check.`,
  opening: (asOf, total, shares) => {
    const parts = shares.map((s) => `${s.count} ${COUNTED[s.status]}${s.share ? ` (${s.share})` : ''}`);
    return `${asOf}, ${targets(total)} ${total === 1 ? 'was' : 'were'} monitored${parts.length > 0 ? `: ${format.list(parts)}` : ''}.`;
  },
  overall: (assessed, good, share, total, yearEnd, rated) => {
    const verb = yearEnd
      ? `${good === 1 ? 'has' : 'have'} achieved the annual target`
      : `${good === 1 ? 'has' : 'have'} achieved the annual target or ${good === 1 ? 'is' : 'are'} on pace`;
    const which = rated ? 'rated' : 'with complete data';
    // One target judged among others: said of it, not as "1 of the 1 target" with its share.
    if (assessed === 1 && total > 1) {
      const said = good === 1 ? verb : yearEnd ? 'has missed the annual target' : 'is not on pace';
      return `The one target ${which} ${said}.`;
    }
    return assessed === total
      ? `Overall, ${good} of ${targets(total)} (${share}) ${verb}.`
      : `Of the ${targets(assessed)} ${which}, ${good} (${share}) ${verb}.`;
  },
  weakestCategory: (category, total, behind, yearEnd) =>
    `By category, ${category} is furthest behind, with ${behind} of ${targets(total)} ${yearEnd ? 'missed' : 'behind pace or missed'}.`,
  furthestBehind: (name, gap) => `${name} is furthest behind, ${gapPhrase(gap)}.`,
  needAttention: (names, count) =>
    `Needing attention: ${format.list(names)}${count > names.length ? `, ${count} targets in all` : ''}.`,
  standoutOver: (name, completion, periodTarget) =>
    `${name} exceeded its ${periodTarget ? 'target for the period' : 'annual target'} by the widest margin, at ${completion} of target.`,
  allGood: (yearEnd) =>
    yearEnd
      ? 'All targets with data have achieved the annual target.'
      : 'All targets with data have achieved the annual target or are on pace.',
  categoryHeading: (category, others) => category ?? (others ? 'Other targets' : 'Progress on targets'),
  categorySummary: (total, counts) => {
    const parts = counts.map((s) => `${s.count} ${COUNTED[s.status]}`);
    return `This section covers ${targets(total)}${parts.length > 0 ? `: ${format.list(parts)}` : ''}.`;
  },
  otherCategoriesHeading: 'Other categories',
  otherCategories: (categories, total, counts) => {
    const parts = counts.map((s) => `${s.count} ${COUNTED[s.status]}`);
    return `The other ${categories} categories cover ${targets(total)}${parts.length > 0 ? `: ${format.list(parts)}` : ''}; each target is in the table of indicators.`;
  },
  highlight: (over, gap) => {
    const parts: string[] = [];
    if (over) {
      parts.push(
        over.several
          ? `${over.name} exceeded its ${over.periodTarget ? 'target for the period' : 'annual target'} by the widest margin, at ${over.completion} of target`
          : `${over.name} exceeded its ${over.periodTarget ? 'target for the period' : 'annual target'}, at ${over.completion} of target`,
      );
    }
    if (gap)
      parts.push(
        gap.several
          ? `${gap.name} shows the biggest gap, ${gapPhrase(gap.gap)}`
          : `${gap.name} is ${gapPhrase(gap.gap)}`,
      );
    return parts.length > 0 ? `${parts.join('; ')}.` : '';
  },
  group: (status, clauses, total) =>
    clauses.length === 0
      ? ''
      : `${GROUP[status]} (${total}): ${clauses.join('; ')}${total > clauses.length ? `; the other ${total - clauses.length} are in the indicators table` : ''}.`,
  totals: (clauses) => {
    const text = clauses.join('; ');
    return text === '' ? '' : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  totalName: 'the total',
  clause: (c) => {
    if (c.kind === 'name') return c.name;
    if (c.kind === 'judged') return `${c.name} ${judgedPhrase(c.j)}`;
    const n = c.n;
    if (c.kind === 'higher') {
      const share = shareVersus(n, c.withPace);
      if (share) return `${c.name} reached ${n.actual}, ${share}`;
      const text = `${c.name} ${reachedVerb(n)} ${n.actual}${approx(n)}, ${n.completion} of the ${goal(n)} of ${n.target}`;
      return c.withPace ? `${text} and ${n.pace} of the pace target of ${n.expected}` : text;
    }
    const head = `${c.name} was ${n.actual}${approx(n)}`;
    switch (c.kind) {
      case 'lower-missed':
        return `${head}, above the ${ceiling(n)} of ${n.target}`;
      case 'lower-over-pace':
        return `${head}, above the pace ceiling of ${n.expected} but within the ${ceiling(n)} of ${n.target}`;
      case 'lower-against-ceiling':
        return `${head}, against ${n.periodTarget ? 'a' : 'an'} ${ceiling(n)} of ${n.target}`;
      case 'lower-within-pace':
        return `${head}, within the pace ceiling of ${n.expected}`;
      case 'lower-within-target':
        return `${head}, within the ${ceiling(n)} of ${n.target}`;
    }
  },
  milestones: (groups) => {
    const parts = groups.map(
      (g) =>
        `${g.notStarted ? HEADLINES['milestone-not-started'] : (MILESTONE_WORDS[g.status] ?? '')}: ${g.names}`,
    );
    return parts.length > 0 ? `Milestone tasks ${parts.join('; ')}.` : '';
  },
  notRated: (items, rest) =>
    items.length === 0
      ? ''
      : `${items.map((it) => `${it.name}: not rated${it.reason ? ` (${it.reason})` : ''}`).join('; ')}${rest > 0 ? `; the other ${rest} are in the indicators table` : ''}.`,
  missingData: (invalid, noData, inProblems) => {
    const parts: string[] = [];
    if (invalid)
      parts.push(
        `invalid data for ${invalid}${inProblems ? ', with the cells listed in the data check' : ''}`,
      );
    if (noData) parts.push(`no data yet for ${noData}`);
    if (parts.length === 0) return '';
    const text = parts.join('; ');
    return inProblems ? `In addition, there is ${text}.` : `There is ${text}.`;
  },
  problemsHeading: 'Issues and next steps',
  problemsIntro: (asOf, count, yearEnd, byGap) =>
    `${asOf}, ${targets(count)} ${yearEnd ? 'missed the annual target' : `${count === 1 ? 'is' : 'are'} behind pace or missed`}${byGap ? ', from the largest gap to the smallest' : ''}:`,
  problem: (p, asOf) => {
    const d = p.detail;
    let detail = '';
    if (d.kind === 'reported') detail = `The progress reported ${lowerFirst(asOf)} is "${d.text}"`;
    else if (d.kind === 'judged') detail = `${asOf} it ${judgedPhrase(d.j)}`;
    else if (d.kind === 'lower') {
      detail = `${asOf} it was ${d.n.actual}${approx(d.n)}`;
      if (d.over?.of === 'target') detail += `, ${d.over.amount} above the ${ceiling(d.n)} of ${d.n.target}`;
      else if (d.over?.of === 'pace')
        detail += `, ${d.over.amount} above the pace ceiling of ${d.n.expected}`;
      if (d.points) detail += `, ${d.points} over`;
    } else if (d.kind === 'higher' && d.n.versusTarget) {
      detail = `${asOf} it reached ${d.n.actual}, ${shareVersus(d.n, true)}`;
      if (d.n.versusPace && d.gapToTarget)
        detail += ` and ${d.gapToTarget} short of the ${goal(d.n)} of ${d.n.target}`;
    } else if (d.kind === 'higher') {
      detail = `${asOf} it ${reachedVerb(d.n)} ${d.n.actual}${approx(d.n)}, ${d.n.completion} of the ${goal(d.n)} of ${d.n.target}`;
      if (d.points) detail += `, ${d.points} behind pace`;
      const gaps: string[] = [];
      if (d.gapToPace) gaps.push(`${d.gapToPace} short of the pace target of ${d.n.expected}`);
      if (d.gapToTarget) gaps.push(`${d.gapToTarget} short of the ${goal(d.n)}`);
      if (gaps.length > 0) detail += `; ${format.list(gaps)}`;
    }
    let text = `${format.sectionNumber(p.n, 2)}${p.name}: ${HEADLINES[p.headline]}.`;
    if (detail) text += ` ${detail}.`;
    if (p.progress) text += ` The progress reported is "${p.progress}".`;
    if (p.note) text += ` The office's note: "${p.note}".`;
    if (p.owner) text += ` Responsible: ${p.owner}.`;
    return text;
  },
  problemsRest: (rest) =>
    `The other ${targets(rest)} ${rest === 1 ? 'is' : 'are'} in the table of indicators needing attention.`,
  nothingBehind: (asOf, assessed, yearEnd, notRated, withoutData) => {
    if (assessed > 0)
      return `${asOf}, every target with data has ${yearEnd ? 'achieved the annual target' : 'achieved the annual target or is on pace'}; none is behind.`;
    if (withoutData > 0)
      return `${asOf}, ${withoutData === 1 ? 'the target has' : `none of the ${withoutData} targets has`} ${withoutData === 1 ? 'no' : 'an'} actual yet, so there is nothing to check against.`;
    return notRated > 0
      ? `${asOf}, none of the indicators has a target to check against; their figures are in the table of indicators.`
      : `${asOf}, there are no actuals to check yet.`;
  },
  nextSteps: ({ anyBehind, noData, invalid, yearEnd, judged }) => {
    let text: string;
    if (!judged) {
      // Nothing judged: no results to build on, no shortfall to make up.
      if (noData && invalid) return 'Next, missing data should be filled in and invalid data corrected.';
      if (noData) return 'Next, missing data should be filled in so that the targets can be checked.';
      if (invalid) return 'Next, invalid data should be corrected so that the targets can be checked.';
      return 'Next, the indicators will continue to be monitored.';
    }
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
  nameWithPlace: (name, place) => `${name} (${place})`,
  rowPlace: (row) => `row ${row}`,
  indicatorById: (id) => `Indicator ${id}`,
  indicatorByRow: (row) => `Indicator in row ${row}`,
  unnamedIndicator: 'Unnamed indicator',
};
