/** zh-CN: the narrative of the report, after the shape of a Chinese official report. */
import type { ChangeWay, Status } from '../../model';
import type { GapWords, JudgedWords, NarrativeTemplates, NumbersText, PointsWords } from '../types';
import { format } from './format';

/** A status as the narrative says it (the opening, the groups). */
const STATUS_WORDS: Readonly<Record<Status, string>> = {
  achieved: '已完成年度目标',
  on_track: '序时推进',
  behind: '进度滞后',
  at_risk: '严重滞后',
  missed: '未完成年度目标',
  not_rated: '不作评价',
  no_data: '暂无数据',
  invalid: '数据有误',
};

function statusWords(s: Status, yearEnd: boolean): string {
  return yearEnd && s === 'achieved' ? '完成年度目标' : STATUS_WORDS[s];
}

function approx(n: NumbersText): string {
  return n.actualBase ? `（按${n.actualBase}计）` : '';
}

function gapPhrase(g: GapWords): string {
  return {
    'behind-pace': `落后序时进度${g.points}`,
    'over-annual-ceiling': `超出年度控制目标${g.points}`,
    'over-pace-ceiling': `超出序时控制进度${g.points}`,
    'below-target': `低于目标${g.points}`,
    'above-ceiling': `超出控制目标${g.points}`,
    'behind-rank': `落后目标${g.points}个位次`,
    'short-of-target': `完成年度目标的${g.points}`,
  }[g.kind];
}

/** 增长6.1% / 下降2.1% / 与上年持平 / 为93%. */
function changed(change: ChangeWay | null, actual: string): string {
  if (change === 'up') return `增长${actual}`;
  if (change === 'down') return `下降${actual}`;
  if (change === 'flat') return '与上年持平';
  return `为${actual}`;
}

/** The target a row's figures are told against: the year's, or the period's own where the table gives only that. */
function goal(n: NumbersText): string {
  return n.periodTarget ? '本期目标' : '年度目标';
}

/** …and a ceiling's. */
function ceiling(n: NumbersText): string {
  return n.periodTarget ? '本期控制目标' : '年度控制目标';
}

/** A share against a target in points: 比序时目标75.0%低7.0个百分点, 与年度目标95.0%持平. */
function versus(what: string, figure: string, v: PointsWords): string {
  return v.side === 'equal'
    ? `与${what}${figure}持平`
    : `比${what}${figure}${v.side === 'above' ? '高' : '低'}${v.diff}`;
}

/** A share's result against the pace target where the text gives it, else against the annual target. */
function shareVersus(n: NumbersText, withPace: boolean): string | null {
  if (withPace && n.versusPace && n.expected) return versus('序时目标', n.expected, n.versusPace);
  return n.versusTarget ? versus(goal(n), n.target, n.versusTarget) : null;
}

/** Where a result stands against a band: 在6.5%—7%区间内, 低于3%左右的目标. */
function bandPhrase(j: Extract<JudgedWords, { form: 'band' }>): string {
  const side = { within: '', below: '低于', above: '高于' }[j.position];
  if (j.about) return j.position === 'within' ? `符合${j.target}左右的目标` : `${side}${j.target}左右的目标`;
  return j.position === 'within' ? `在${j.range}区间内` : `${side}${j.range}的目标区间`;
}

/** A result against its target by its kind (after the name): 增长6.1%，低于目标0.9个百分点. */
/** A name that ends in its change (地区生产总值增长) takes its figure without 为: 地区生产总值增长5.2%. */
const NAME_OF_CHANGE = /(?:增长|下降|提高|降低|减少|增加)$/;

/**
 * A name that is the measure of what was done, its word in it: opening with it (完成投资) or closing on it
 * (重点建设项目完成投资, 固定资产投资完成额): the figure follows without the word again.
 */
const DONE_NAMED = /^完成|完成(?:投资|投资额|额|数|量|值)$/;

function withName(name: string, phrase: string): string {
  const change = NAME_OF_CHANGE.exec(name)?.[0];
  if (!change) return name + phrase;
  // …增长 + 为5.2% or 增长5.2%: the name's own word says the change once (…增长5.2%, not …增长增长5.2%).
  if (phrase.startsWith('为')) return name + phrase.slice(1);
  return phrase.startsWith(change) ? name + phrase.slice(change.length) : name + phrase;
}

function judgedPhrase(j: JudgedWords): string {
  switch (j.form) {
    case 'growth': {
      const side = j.ceiling
        ? {
            below: `控制在目标${j.target}以内`,
            above: `超出控制目标${j.diff}`,
            equal: `与控制目标${j.target}持平`,
          }[j.side]
        : { below: `低于目标${j.diff}`, above: `高于目标${j.diff}`, equal: '达到目标' }[j.side];
      return `${changed(j.change, j.actual)}，${side}`;
    }
    case 'decrease': {
      const side = {
        below: `降幅低于目标${j.diff}`,
        above: `降幅高于目标${j.diff}`,
        equal: `达到下降${j.target}的目标`,
      }[j.side];
      return `${changed(j.change, j.actual)}，${side}`;
    }
    case 'rate': {
      const side = {
        below: `比目标${j.target}低${j.diff}`,
        above: `比目标${j.target}高${j.diff}`,
        equal: `达到目标${j.target}`,
      }[j.side];
      return `为${j.actual}，${side}`;
    }
    case 'floor': {
      if (j.tolerated) return `为${j.actual}，低于${j.target}的标准${j.diff}，在允许偏差范围内`;
      if (j.strict && j.onBound) return `为${j.actual}，达到${j.target}的标准`;
      const standard = `${j.strict ? '高于' : '不低于'}${j.target}的标准`;
      return j.met ? `为${j.actual}，达到${standard}` : `为${j.actual}，未达到${standard}，差${j.diff}`;
    }
    case 'ceiling':
      if (j.tolerated) return `为${j.actual}，超出${j.target}的控制目标${j.diff}，在允许偏差范围内`;
      if (j.strict && j.met) return `为${j.actual}，${j.onBound ? '为' : '低于'}${j.target}的控制目标`;
      return j.met
        ? `为${j.actual}，控制在${j.target}${j.target.endsWith('左右') ? '' : '以内'}`
        : `为${j.actual}，超出${j.target}的控制目标${j.diff}`;
    case 'band':
      return `${changed(j.change, j.actual)}，${bandPhrase(j)}`;
    case 'rank': {
      if (j.earlier !== null)
        return j.met
          ? `为第${j.actual}位，较此前第${j.earlier}位前移`
          : `为第${j.actual}位，未较此前第${j.earlier}位前移`;
      const goal = j.target === '1' ? '第1位的目标' : `前${j.target}位的目标`;
      return j.met ? `为第${j.actual}位，达到${goal}` : `为第${j.actual}位，未达到${goal}，差${j.diff}个位次`;
    }
    case 'completion': {
      // What must stay low (deaths against 控制指标) is not "done": it is.
      const share = `完成率为${j.completion}${j.points ? `，落后序时进度${j.points}` : ''}`;
      if (j.actual === null) return share;
      return `${j.lower ? '为' : j.level ? '达到' : '完成'}${j.actual}，${share}`;
    }
    case 'period-completion':
      return `完成本期目标的${j.completion}`;
  }
}

const HEADLINES = {
  'milestone-missed': '未按期完成',
  'milestone-not-started': '尚未开始',
  'milestone-behind': '进度滞后',
  'milestone-at-risk': '进度严重滞后',
  missed: '未完成年度目标',
  'at-risk': '进度严重滞后',
  behind: '进度滞后',
  'over-annual-ceiling': '超出年度控制目标',
  'over-pace-ceiling': '超过序时控制值',
  'over-ceiling': '超出控制目标',
} as const;

const MILESTONE_WORDS: Readonly<Partial<Record<Status, string>>> = {
  achieved: '已完成',
  on_track: '正在推进',
  behind: HEADLINES['milestone-behind'],
  at_risk: HEADLINES['milestone-at-risk'],
  missed: HEADLINES['milestone-missed'],
};

export const narrative: NarrativeTemplates = {
  subtitle: (asOf, date) => (date ? `${asOf}　报告日期：${date}` : asOf),
  noIndicators: (asOf) => `${asOf}，所选工作表中没有可对标的目标任务。`,
  opening: (asOf, total, shares) => {
    const parts = shares.map(
      (s) => `${statusWords(s.status, false)}${s.count}项${s.share ? `、占${s.share}` : ''}`,
    );
    return `${asOf}，共监测目标任务${total}项${parts.length > 0 ? `，其中${parts.join('，')}` : ''}。`;
  },
  overall: (assessed, good, share, total, yearEnd, rated) => {
    const what = yearEnd ? '完成年度目标的' : '已完成或达到序时进度的';
    return assessed === total
      ? `总体看，${what}目标任务共${good}项、占${share}。`
      : `在${rated ? '参与评价' : '数据完整'}的${assessed}项目标任务中，${what}${good}项、占${share}。`;
  },
  weakestCategory: (category, total, behind, yearEnd) => {
    // A category named as a side already (收入方面) is not said twice (收入方面方面).
    const side = /方面$/.test(category) ? category : `${category}方面`;
    return yearEnd
      ? `从类别看，${side}完成情况相对较差，${total}项中有${behind}项未完成年度目标。`
      : `从类别看，${side}进度相对滞后，${total}项中有${behind}项落后于序时进度或未完成。`;
  },
  furthestBehind: (name, gap) =>
    `其中，${name}${gap.kind === 'behind-pace' ? '进度最为滞后' : '差距最大'}，${gapPhrase(gap)}。`,
  needAttention: (names, count) =>
    `${format.list(names)}${count > names.length ? `等${count}项目标任务` : ''}进度滞后或未完成，需要重点关注。`,
  standoutOver: (name, completion, periodTarget) =>
    `其中，${name}超额完成幅度最大，完成${periodTarget ? '本期' : '年度'}目标的${completion}。`,
  allGood: (yearEnd) =>
    yearEnd ? '有数据的目标任务均已完成年度目标。' : '有数据的目标任务均已完成或达到序时进度。',
  categoryHeading: (category, others) => {
    if (category === null) return others ? '其他目标任务完成情况' : '目标任务完成情况';
    if (category.endsWith('完成情况')) return category;
    if (/(任务|目标|指标|工作)$/.test(category)) return `${category}完成情况`;
    return `${category}任务完成情况`;
  },
  categorySummary: (total, counts) => {
    const parts = counts.map((s) => `${statusWords(s.status, false)}${s.count}项`);
    return total === 1 && counts.length === 1
      ? `本部分共有目标任务1项，${parts[0].replace(/1项$/, '')}。`
      : `本部分共有目标任务${total}项，其中${parts.join('，')}。`;
  },
  otherCategoriesHeading: '其他类别目标任务完成情况',
  otherCategories: (categories, total, counts) => {
    const parts = counts.map((s) => `${statusWords(s.status, false)}${s.count}项`);
    return `其余${categories}个类别共有目标任务${total}项${parts.length > 0 ? `，其中${parts.join('，')}` : ''}，逐项情况见目标任务完成情况表。`;
  },
  highlight: (over, gap) => {
    const parts: string[] = [];
    if (over) {
      parts.push(
        over.several
          ? `${over.name}超额完成幅度最大，完成${over.periodTarget ? '本期' : '年度'}目标的${over.completion}`
          : `${over.name}超额完成，完成${over.periodTarget ? '本期' : '年度'}目标的${over.completion}`,
      );
    }
    if (gap)
      parts.push(
        gap.several ? `${gap.name}差距最大，${gapPhrase(gap.gap)}` : `${gap.name}${gapPhrase(gap.gap)}`,
      );
    return parts.length > 0 ? `${parts.join('；')}。` : '';
  },
  group: (status, clauses, total, yearEnd) =>
    clauses.length === 0
      ? ''
      : `${statusWords(status, yearEnd)}的有${total}项：${clauses.join('；')}${total > clauses.length ? `；其余${total - clauses.length}项见目标任务完成情况表` : ''}。`,
  totals: (clauses) => (clauses.length === 0 ? '' : `${clauses.join('；')}。`),
  totalName: null,
  clause: (c) => {
    if (c.kind === 'name') return c.name;
    if (c.kind === 'judged') return withName(c.name, judgedPhrase(c.j));
    const n = c.n;
    if (c.kind === 'higher') {
      const share = shareVersus(n, c.withPace);
      if (share) return `${c.name}达到${n.actual}，${share}`;
      // A name that is the measure and opens with the word (完成投资): said once, 完成投资74.2亿元 (a name
      // with its target's figure in it, 完成在职参保人数6300人, is followed by the word).
      const verb =
        (n.projected || n.estimated ? '预计' : '') +
        (n.level
          ? '达到'
          : DONE_NAMED.test(c.name) && !/\d/.test(c.name) && !n.projected && !n.estimated
            ? ''
            : '完成');
      const text = `${c.name}${verb}${n.actual}${approx(n)}，为${goal(n)}${n.target}的${n.completion}`;
      return c.withPace ? `${text}、序时目标${n.expected}的${n.pace}` : text;
    }
    const head = withName(c.name, `为${n.actual}${approx(n)}`);
    switch (c.kind) {
      case 'lower-missed':
        return `${head}，超出${ceiling(n)}${n.target}`;
      case 'lower-over-pace':
        return `${head}，超过序时控制值${n.expected}，未超出${ceiling(n)}${n.target}`;
      case 'lower-against-ceiling':
        return `${head}，${ceiling(n)}为${n.target}`;
      case 'lower-within-pace':
        return `${head}，未超过序时控制值${n.expected}`;
      case 'lower-within-target':
        return `${head}，控制在${goal(n)}${n.target}以内`;
    }
  },
  milestones: (groups) => {
    const parts = groups.map(
      (g) =>
        `${g.names}${g.notStarted ? HEADLINES['milestone-not-started'] : (MILESTONE_WORDS[g.status] ?? '')}`,
    );
    return parts.length > 0 ? `完成类任务中，${parts.join('，')}。` : '';
  },
  notRated: (items, rest) =>
    items.length === 0
      ? ''
      : `${items.map((it) => `${it.name}不作评价${it.reason ? `（${it.reason}）` : ''}`).join('；')}${rest > 0 ? `；其余${rest}项见目标任务完成情况表` : ''}。`,
  missingData: (invalid, noData, inProblems) => {
    const parts: string[] = [];
    if (invalid) parts.push(`${invalid}数据有误`);
    if (noData) parts.push(`${noData}暂无数据`);
    if (parts.length === 0) return '';
    const tail = inProblems && invalid ? '，有关单元格已在数据检查中列出，请核对后重新对标' : '';
    return `${inProblems ? '此外，' : ''}${parts.join('，')}${tail}。`;
  },
  problemsHeading: '存在问题和下一步打算',
  problemsIntro: (asOf, count, yearEnd, byGap) =>
    `${asOf}，有${count}项目标任务${yearEnd ? '未完成年度目标' : '进度滞后或未完成'}，${byGap ? '按差距由大到小排列' : count === 1 ? '具体' : '分述'}如下：`,
  problem: (p, asOf) => {
    const d = p.detail;
    let detail = '';
    if (d.kind === 'reported') detail = `${asOf}填报情况为“${d.text}”`;
    else if (d.kind === 'judged') detail = `${asOf}${judgedPhrase(d.j)}`;
    else if (d.kind === 'lower') {
      const parts: string[] = [`${asOf}为${d.n.actual}${approx(d.n)}`];
      if (d.over?.of === 'target') parts.push(`比${ceiling(d.n)}${d.n.target}多${d.over.amount}`);
      else if (d.over?.of === 'pace') parts.push(`比序时控制值${d.n.expected}多${d.over.amount}`);
      if (d.points) parts.push(`超出${d.points}`);
      detail = parts.join('，');
    } else if (d.kind === 'higher' && d.n.versusTarget) {
      const parts = [`${asOf}达到${d.n.actual}`, shareVersus(d.n, true)];
      if (d.n.versusPace && d.gapToTarget) parts.push(`距${goal(d.n)}${d.n.target}还差${d.gapToTarget}`);
      detail = parts.join('，');
    } else if (d.kind === 'higher') {
      const parts: string[] = [
        `${asOf}${d.n.projected || d.n.estimated ? '预计' : ''}${d.n.level ? '达到' : '完成'}${d.n.actual}${approx(d.n)}`,
        `为${goal(d.n)}${d.n.target}的${d.n.completion}`,
      ];
      if (d.points) parts.push(`落后序时进度${d.points}`);
      if (d.gapToPace) parts.push(`较序时目标${d.n.expected}差${d.gapToPace}`);
      if (d.gapToTarget) parts.push(`距${goal(d.n)}还差${d.gapToTarget}`);
      detail = parts.join('，');
    }
    let text = `${format.sectionNumber(p.n, 2)}${p.name}${HEADLINES[p.headline]}。`;
    if (detail) text += `${detail}。`;
    if (p.progress) text += `进展情况为“${p.progress}”。`;
    if (p.note) text += `填报说明：“${p.note}”。`;
    if (p.owner) text += `责任部门：${p.owner}。`;
    return text;
  },
  problemsRest: (rest) => `其余${rest}项见需关注的目标任务表。`,
  nothingBehind: (asOf, assessed, yearEnd, notRated, withoutData) => {
    if (assessed > 0)
      return `${asOf}，有数据的目标任务均${yearEnd ? '已完成年度目标' : '已完成或达到序时进度'}，未发现进度滞后的目标任务。`;
    if (withoutData > 0)
      return `${asOf}，${withoutData === 1 ? '该项目标任务' : `所列${withoutData}项目标任务均`}尚无完成数据，暂无可对标的结果。`;
    return notRated > 0
      ? `${asOf}，所列指标均未设目标或不作评价，暂无可对标的目标任务，各项数据见目标任务完成情况表。`
      : `${asOf}，尚无可对标的完成数据。`;
  },
  nextSteps: ({ anyBehind, noData, invalid, yearEnd, judged }) => {
    let text: string;
    if (!judged) {
      // Nothing judged: no results to build on, no shortfall to make up.
      if (noData || invalid)
        return `下一步，将及时${noData && invalid ? '补齐和更正' : noData ? '补齐' : '更正'}有关数据，确保对标结果准确。`;
      return '下一步，将持续跟踪各项指标运行情况。';
    }
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
  nameWithPlace: (name, place) => `${name}（${place}）`,
  rowPlace: (row) => `第${row}行`,
  indicatorById: (id) => `序号${id}指标`,
  indicatorByRow: (row) => `第${row}行指标`,
  unnamedIndicator: '未命名指标',
};
