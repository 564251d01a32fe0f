/**
 * What an indicator's own words say about its direction, when no direction column says it: costs,
 * arrears, days to relet, complaints, missed collections, incidents, cases, 失业率, 事故, 投诉, 能耗 → lower
 * is better; a rate of something done (办结率, 满意率, "% responded to within target") → higher is better
 * whatever else the name holds. Input vocabulary in both languages at once (a sheet's language is not
 * known), matched on the normalised name.
 */
import { memo } from '../core/memo';
import { normalizeText } from '../core/normalize';
import { toHans } from '../core/hans';
import { scanQuantities } from '../core/grammar';
import { parseDirection } from './vocabulary';
import type { Indicator } from '../model';

/** Words that make a smaller figure the better one. */
const LOWER_ZH = [
  '失业率',
  '失业人数',
  '价格',
  '物价',
  '涨幅',
  'cpi',
  '能耗',
  '能源消耗',
  // Water used per unit of output (万元GDP用水量): an intensity, to be brought down.
  '用水强度',
  '万元gdp用水',
  '单位gdp用水',
  '万元地区生产总值用水',
  '万元生产总值用水',
  '万元工业增加值用水',
  '煤耗',
  '水耗',
  '排放',
  '碳排放',
  '二氧化碳',
  '污染',
  '细颗粒物',
  'pm2.5',
  'pm10',
  '浓度',
  '事故',
  '死亡',
  '伤亡',
  '发生数',
  '发生率',
  '发案',
  '案件',
  '刑事',
  '火灾',
  '投诉',
  '信访',
  '上访',
  '欠费',
  '欠款',
  '拖欠',
  '逾期',
  '不良贷款',
  '负债率',
  // a state enterprise's receivables and stock held (“两金”占流动资产比重), to be pressed down
  '两金',
  '赤字',
  '成本',
  '差错',
  '超标',
  '未达标',
  // water worse than the lowest class (劣Ⅴ类水体比例), to be brought down
  '劣ⅴ类',
  '劣v类',
  '劣五类',
  '劣于ⅴ类',
  '劣于v类',
  '贫困发生率',
  '辍学',
  '流失',
  '等待',
  // a waiting time (平均轮候时间, 等候时间, 候诊时间), a stay or a time taken (平均住院日, 所需时间)
  '等候',
  '轮候',
  '候诊',
  '平均住院日',
  '所需时间',
  '时限',
  '用时',
  '时长',
  '耗时',
  '天数',
  '空置',
  '闲置',
  '库存',
  '违法',
  '违规',
  '隐患',
  '出生缺陷',
  '孕产妇死亡',
  '婴儿死亡',
  '传染病',
  '感染',
  // patients back in hospital soon after leaving it (出院31天内非计划再入院率)
  '再入院',
  '再住院',
  // budget discipline in a department's self-evaluation (部门整体绩效): changes to the budget and money left
  // unspent are to be kept down
  '预算调整率',
  '结转结余',
];
const LOWER_EN = [
  'arrears',
  'exclusion',
  'exclusions',
  // pupils sent home from school, for a day or more
  'suspension',
  'suspensions',
  'cost',
  'costs',
  // what customers pay (relative electricity price, % of the national average bill)
  'price',
  'prices',
  'bill',
  'bills',
  'e-bill',
  'tariff',
  'tariffs',
  'relet',
  're-let',
  'void',
  'voids',
  'vacant',
  'vacancy',
  'vacancies',
  'complaint',
  'complaints',
  'missed',
  // people who could not get what they needed ("Persons unable to obtain or delaying … necessary medical care")
  'unable to',
  // people in poverty ("Proportion of population living below the national poverty line", poverty headcount)
  'below the poverty line',
  'below the national poverty line',
  'below the international poverty line',
  'below poverty line',
  'poverty rate',
  'poverty headcount',
  'in poverty',
  'incident',
  'incidents',
  // harms that should never happen in care (the NHS's Never Events)
  'never event',
  'never events',
  // a hospital's beds in use, held under a ceiling for safe flow (92% for general and acute beds)
  'bed occupancy',
  'cases',
  'infection',
  'infections',
  'c.diff',
  'c. diff',
  'c difficile',
  'mrsa',
  'e.coli',
  'falls',
  'pressure ulcer',
  'pressure ulcers',
  'death',
  'deaths',
  'mortality',
  'sickness',
  'absence',
  // a workforce's days off sick and its losses (Days sick per member of staff, Voluntary leavers / staff,
  // Early retirements, Ill health retirements)
  'days sick',
  'sick days',
  'voluntary leavers',
  'early retirement',
  'early retirements',
  'ill health retirement',
  'ill health retirements',
  'ill-health retirement',
  'ill-health retirements',
  // people killed or seriously injured on the roads (KSI)
  'killed or seriously injured',
  'killed and seriously injured',
  'seriously injured',
  'waiting',
  'wait',
  'waits',
  'delayed',
  'delay',
  'delays',
  'backlog',
  'overdue',
  'outstanding',
  'readmission',
  'readmissions',
  'fly-tipping',
  'fly tipping',
  'crime',
  'crimes',
  // those held (Rate of youth in custody (per 10,000))
  'in custody',
  'incarceration',
  'offences',
  'offenses',
  'burglary',
  'burglaries',
  'robbery',
  'robberies',
  'theft',
  'thefts',
  'assaults',
  'collisions',
  'escapes',
  'anti-social',
  'antisocial',
  'exclusions',
  'neet',
  'rough sleepers',
  'rough sleeping',
  'temporary accommodation',
  'errors',
  // a rate of mistakes (Error rate on payments), not a share done right
  'error rate',
  'error rates',
  'fraud',
  'accidents',
  'injury',
  'injuries',
  'fires',
  'casualties',
  'fatalities',
  // a rate of deaths (Motorcyclist fatality rate per 100,000 registrations)
  'fatality',
  // safety events a regulator is told of (Notifiable occurrences per million passenger boardings)
  'notifiable occurrences',
  'reportable occurrences',
  'safety occurrences',
  'occurrences per',
  'tobacco use',
  'pendency',
  'landfill',
  'landfilled',
  'smoking prevalence',
  'obesity',
  'days lost',
  'time taken',
  'time to',
  'days to',
  'average days',
  'average time',
  'processing time',
  // how long a service takes to reach or to hand over (ambulance, fire and police response times)
  'response time',
  'response times',
  // how long a caller waits to be answered (Average speed of answering a customer call: 03:58 against 06:00)
  'speed of answer',
  'speed to answer',
  'speed of answering',
  'handover time',
  'turnaround time',
  'mean time',
  'below standard',
  'turnover',
  'unemployment',
  // people out of work, counted or as a share (Number of youths unemployed, % of people unemployed)
  'unemployed',
  'jobless',
  'neet',
  'claimant count',
  'out-of-work',
  'debt',
  // borrowing against assets or equity, kept within a limit (Gearing Ratio: total debt / total assets)
  'gearing',
  'leverage',
  'emissions',
  'carbon',
  'breaches',
  'deficit',
  'violation',
  'violations',
  'agency spend',
  'agency staff',
  'overspend',
  'cancelled',
  'cancellations',
  'did not attend',
  'dna',
  'homeless',
  'homelessness',
  // what is thrown away (vaccine wasted, wastage) and what an agency spends against its approved level
  'wasted',
  'wastage',
  // water, energy and fuel used (per household consumption, energy consumption)
  'consumption',
  'expense',
  'expenses',
  // roads or homes in poor repair (road network to be considered for maintenance treatment)
  'maintenance treatment',
  'in need of repair',
  'poor condition',
  'loss',
  'losses',
  // complaints and appeals found right against the office
  'upheld',
  'litter',
  // an attainment or outcome gap between groups, to be closed
  'gap between',
  'difference between',
  'attainment gap',
  // spending off its budget either way, and rules broken
  'variance',
  'budget vs',
  'budget versus',
  'unbilled',
  'non-revenue water',
  'interruptions',
  // trains or rooms too full
  'crowded',
  'overcrowded',
  'overcrowding',
  'interruption',
  'interrupted',
  // a water network's failures and what customers lose by them
  'blockages',
  'leakage',
  'leaked',
  'sewer collapses',
  'collapses',
  'bursts',
  'spills',
  'properties at risk',
  'time lost',
  // an electricity network's reliability: minutes customers lost supply, and the standard indices of
  // interruptions' duration and frequency (SAIDI, SAIFI, CAIDI, MAIFI)
  'minutes lost',
  'saidi',
  'saifi',
  'caidi',
  'maifi',
  // the days customers take to pay what they owe (Debtors days)
  'debtor days',
  'debtors days',
  'debtors’ days',
  "debtors' days",
  'off supply',
  'off water supply',
  'leaks',
  'main breaks',
  // what is lost or given up on (rent lost to empty homes, calls lost, rent written off)
  'rent lost',
  'income lost',
  'calls lost',
  'empty homes',
  'empty properties',
  'written off',
  'written-off',
  'write off',
  'write-off',
  'write offs',
  'write-offs',
  'accident rate',
  'accident frequency',
  // tenancies ended by the landlord (Number of evictions for ASB, rent arrears evictions)
  'evictions',
  'eviction',
  // what spoils a recycling collection or a supply (Contamination: tonnage per month rejected)
  'contamination',
];
/** Words that make a larger figure the better one, whatever else the name holds (a rate of a good outcome). */
const HIGHER = [
  '办结率',
  '处理率',
  '满意率',
  '满意度',
  '达标率',
  '合格率',
  '覆盖率',
  '完成率',
  '及时率',
  '优良',
  '化解率',
  '结案率',
  '查办率',
  '破案率',
  '下降率',
  '降低率',
  '减少率',
  '治理率',
  '处置率',
  '回复率',
  '解决率',
  '参保率',
  '收缴率',
  // rates of what was done as it should be (库存数量真实率, 收购价格执行率, 库存成本核算率): higher, whatever
  // the name counts (inventory, prices, costs)
  '执行率',
  '真实率',
  '核算率',
  '到位率',
  '保障率',
  '落实率',
  '兑现率',
  '准确率',
  '正确率',
  '知晓率',
  '普及率',
  '通过率',
  '完好率',
  '规范率',
  '清欠',
  // a pledge to act within a time (投诉后12小时内处理, 2星期内通知): the share done so
  '内处理',
  '内答复',
  '内回复',
  '内办结',
  '内完成',
  '内通知',
  '内作出',
  'within',
  'on time',
  // …or in a time the office has set ("% of incident responses carried out in prescribed time")
  'in prescribed time',
  'in the prescribed time',
  'in target time',
  'in the target time',
  'in agreed time',
  'in the agreed time',
  'in required time',
  'in the required time',
  // a pledge to answer ("Respond before noon of next day for complaints…"): the share answered so
  'respond ',
  'reply to',
  'replied',
  'answered',
  'responded',
  'resolved',
  'coordinated',
  'handled',
  'dealt with',
  'cessation',
  'satisf',
  // work done right (Accuracy of cases for which the calculation of benefit was correct)
  'accuracy',
  'accurate',
  'correctly',
  'was correct',
  'were correct',
  'collected',
  'collection rate',
  'recovered',
  // homes put to use again (% of empty homes brought back into use)
  'back into use',
  'returned to use',
  'reduction',
  // what a cost or a time was cut by (Cost savings achieved, Average time savings): more is better
  'savings',
  'saving',
  'reduced',
  'prevented',
  'prevention',
  'cleared',
  // crimes solved, and offenders brought before a court
  'clearance',
  'solved',
  'detected',
  'detection',
  'brought to justice',
  // what a charge or a fee brings back of what it costs ("Aviation Operating Cost Recovery", "Percent of
  // revenue retained"): higher, whatever the name says of costs
  'cost recovery',
  'retained',
  'compliant',
  'compliance',
  'completed',
  'acceptable',
  // "streets with acceptably low levels of litter": the share that is clean
  'acceptably',
  // "% of agendas posted without errors": the share done right
  'without error',
  'error-free',
  'error free',
  'free of error',
  // an inspection grade ("schools rated good or outstanding"): not an outstanding backlog
  'good or outstanding',
  'outstanding or good',
  'rated good',
];

/** Any of the words, anywhere: one expression for the whole list (a name is tested 100,000 times). */
function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/**
 * Any of the words as a whole English word (not "cost" inside "costume"), not negated by "non-"
 * ("compliance" is no word of "non-compliances").
 */
function anyWordOf(words: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z]|\\bnon[- ])(?:${anyOf(words).source})(?![a-z])`);
}

/** Words that measure how long something takes. */
const DURATION = [
  'days to',
  'days for',
  'weeks to',
  'months to',
  'minutes to',
  // (Seconds to dispatch high priority calls)
  'seconds to',
  'number of weeks',
  '# of days',
  'number of days',
  'average days',
  'avg days',
  'hours to',
  'time to',
  'time taken',
  'days taken',
  'hours taken',
  'weeks taken',
  'duration taken',
  'average duration',
  'mean duration',
  'average time',
  'response time',
  'processing time',
  'turnaround time',
  'latency',
  '时延',
];
const SHARE_OR_REDUCTION = /%|\bpercent|\bproportion\b|\bshare\b|\bwithin\b|\breduc|\bsavings?\b/;

const SPAN = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s*-?\s*(?:hours?|hrs?|weeks?|wks?|days?|minutes?|mins?|months?)\b`;
/** A time standard (4 hour, less than four months), not the window a figure is taken over (rolling 12 months). */
const TIME_STANDARD = new RegExp(String.raw`(?<!\b(?:rolling|last|past|previous|trailing)\s)\b${SPAN}`);
/** A waiting time: in a share, the share seen within it (排队轮候时间 at 90%), else the time itself. */
const WAITING_TIMES = /\bwaiting times?\b|轮候|等候|等待|候诊/;
const COUNT_OF = /^(?:total )?(?:number|no\.?|count|#)\s/;
const OVER_STANDARD = new RegExp(
  String.raw`(?<!\bno\s)(?<!\bnot\s)\b(?:more than|over|longer than|exceeding|beyond|greater than|in excess of)[\s:：]+(?:\([a-z]\)\s*)?${SPAN}`,
);

/**
 * The direction an indicator's name implies: 'lower' for costs, arrears, complaints, incidents, 失业率,
 * 事故…; 'higher' when the name is a rate of a good outcome (办结率, "% resolved"); null when the words
 * say nothing.
 */
export function directionFromName(
  name: string | null | undefined,
  share = false,
  category: string | null = null,
  /** The measure's other words, tried in turn where the name's say nothing: the name the row is a part of,
   *  the headings over its figures. */
  others: readonly (string | null | undefined)[] = [],
): 'higher' | 'lower' | null {
  if (typeof name !== 'string' || name.length === 0) return null;
  // Items under a satisfaction heading named only by their subject (Customer Satisfaction › Leakage,
  // Interruptions, Taste and odour): scores of how satisfied customers are, better higher.
  if (category !== null && SATISFACTION_HEADING.test(category) && BARE_SUBJECT.test(name.trim()))
    return 'higher';
  // Items that finish their heading's sentence ("Number of properties experiencing unplanned interruptions
  // in excess of:" › (a) 6 hours, (b) 12 hours): read as the whole sentence.
  if (category !== null && /[:：]\s*$/.test(category.trim())) {
    const whole = directionOfName(`${category.trim()} ${name}`, share);
    if (whole) return whole;
  }
  return (
    directionOfName(name, share) ??
    (!share && category !== null && COST_HEADING.test(category) ? 'lower' : null) ??
    (category !== null ? timeUnderHeading(name, category) : null) ??
    // A part of a measure named over its parts (Serious Electrical Incident Index › Rate per 100 km of
    // line), or a row named by what it is for under headings that say what is measured (Type of
    // application | Target turnaround time | Actual turnaround time): those words, where the name's say nothing.
    otherWords(others, share) ??
    measureOver(category, share)
  );
}

/**
 * The direction of a measure stated over its parts as a target, a bound on a figure (The rate of escapes
 * from prison … is below 0.05% of the average prison population › Public prisons, Contracted prisons;
 * Reduce burglaries by 10% › Domestic, Commercial): its words, where the part's name says nothing. A
 * heading with no bound in it (Reducing reoffending › Offenders in work) names a theme, not the measure.
 */
function measureOver(category: string | null, share: boolean): 'higher' | 'lower' | null {
  if (category === null || !statesABound(category)) return null;
  return directionOfName(category, share);
}

/** A text states a bound with a figure in digits (a numeral inside a word, 減少二氧化碳, is no bound). */
const statesABound = memo(
  (text: string) =>
    scanQuantities(text).mentions.some(
      (m) => m.role === 'value' && (m.comparator !== null || m.change !== null) && /\d/.test(m.text),
    ),
  200,
);

/**
 * The words beside a row's name that may say which way is better (directionFromName's others): its group,
 * the headings over its figures, and its target's own words where the target names the measure (7 minutes
 * mean response time beside a category's name).
 */
export function otherWordsOf(ind: Indicator): (string | null | undefined)[] {
  const target = ind.target?.value;
  return [ind.group, ind.figureHeadings, typeof target === 'string' && isTimeTarget(target) ? target : null];
}

/**
 * A target written as a time and the measure it bounds ("7 minutes mean response time", "18 days average
 * processing time"): its words name the measure where the row's name is the category it is for.
 */
export function isTimeTarget(text: string | null | undefined): boolean {
  return typeof text === 'string' && TIME_TARGET.test(text);
}

const TIME_TARGET =
  /^\s*(?:[<≤]\s*)?\d[\d.,]*\s*(?:minutes?|mins?|hours?|hrs?|days?|working days|weeks?|分钟|小时|天|个?工作日)(?:\s*[(（][^)）]*[)）])?\s+\S/i;

function otherWords(
  others: readonly (string | null | undefined)[],
  share: boolean,
): 'higher' | 'lower' | null {
  for (const t of others) {
    const d = t ? (directionOfName(t, share) ?? (timeStatistic(t) ? 'lower' : null)) : null;
    if (d) return d;
  }
  return null;
}

/** A time standard of a statistic ("120 minutes (2 hours) 90th centile", "8 minutes mean"): shorter is better. */
function timeStatistic(text: string): boolean {
  return isTimeTarget(text) && TIME_STATISTIC.test(text);
}

const TIME_STATISTIC = /\b(?:mean|average|median|\d{1,2}(?:st|nd|rd|th)\s*(?:per)?centile)\b/i;

/**
 * Items under a heading of a time taken, named by what they time alone (Network Latency › www.google.com,
 * 时延 › 国际出口): that time, shorter being better — not a share within it.
 */
function timeUnderHeading(name: string, category: string): 'lower' | null {
  const heading = toHans(normalizeText(category)).toLowerCase();
  const n = toHans(normalizeText(name)).toLowerCase();
  return DURATION_WORD.test(heading) && !SHARE_OR_REDUCTION.test(n) && !SHARE_OR_REDUCTION.test(heading)
    ? 'lower'
    : null;
}

/**
 * The cost heading of a performance form (二级指标 成本指标, 经济成本指标) or of an output statement's
 * measures (Quantity … Timeliness › Cost): the sums under it (运行维护费 150万, Average rent rebate per
 * tenancy) are ceilings on what is spent. A rate under it (执行率, 达标率) keeps its own words.
 */
const COST_HEADING = /成本指标|^\s*(?:cost|costs|cost measures?|cost indicators?|cost of services?)\s*$/i;

const SATISFACTION_HEADING = /satisf|满意/i;
/** A subject in a few words, with no figure and no word of what is counted ("Taste and odour", 服务态度). */
const BARE_SUBJECT =
  /^(?!.*(?:\d|%|number|rate|time|cost|complaint|per\b|率|数|次|时间))(?:[a-z&'’-]+(?:\s+[a-z&'’-]+){0,3}|[\u4e00-\u9fff]{1,8})$/i;

function directionOfName(name: string, share: boolean): 'higher' | 'lower' | null {
  // Cases told by what happens in them ("% of triple zero cases where the caller receives advice"): the
  // calls or files of a service, no harm counted; the clause says which way is better.
  const n = toHans(normalizeText(name))
    .toLowerCase()
    .replace(/\bcases?(?=\s+(?:where|in which|when)\b)/g, 'instances')
    // (错时延时开放, opening at other and longer hours, is a service given: no time taken, no 时延)
    .replace(LONGER_HOURS, '');
  // The office's own word in brackets ("… (Minimise)", "失业率（反向指标）", "(higher is better)"): it decides.
  // A change either way, as accounts name it ("Net increase / (decrease) in cash held"): no way is better.
  if (EITHER_WAY.test(n)) return null;
  const stated = statedDirection(n);
  if (stated) return stated;
  // A name that is the aim itself ("Reduce % of calls lost to 5%", "To increase the number of…").
  if (AIM_DOWN.test(n) || WE_REDUCE_COUNT.test(n)) return 'lower';
  if (AIM_UP.test(n)) return 'higher';
  // An aim and the measure that shows it ("Target ongoing reduction in the debt burden, as measured by the
  // debt-to-revenue ratio"): the figures are that measure, and the aim says which way is better.
  const measured = AIM_AS_MEASURED.exec(n);
  if (measured) return /^(?:reduc|decreas|lower|cut)/.test(measured[1]) ? 'lower' : 'higher';
  // A ceiling in the aim's words ("growth in staff … does not exceed population growth").
  if (NOT_EXCEED.test(n)) return 'lower';
  // What was left undone ("Violations Not Addressed Within 18 Months", "complaints not resolved"): fewer better.
  if (LEFT_UNDONE.test(n)) return 'lower';
  // A harm within a time ("% of patients who died within 30 days", "Emergency readmissions within 28 days
  // of discharge", "re-offended within 12 months"): the cases it befell, fewer better — not a share done in time.
  if (HARM_WITHIN.test(n) || STAFF_LEFT_WITHIN.test(n)) return 'lower';
  // What an audit found to put right (# high recommendations from the internal audit): fewer better.
  if (AUDIT_FINDINGS.test(n) && !ACTED_ON.test(n) && !/\bimplement/.test(n)) return 'lower';
  // A share against a time standard ("Cancer: 2 week wait", "no more than 18 weeks", "A&E 4 hour
  // wait"): the share seen within it, higher being better — unless the share is of those over it
  // ("waiting more than 52 weeks").
  // A share named by its standard alone ("Emergency access: A&E waiting times" at 95%) is the same share.
  if (share && (TIME_STANDARD.test(n) || WAITING_TIMES.test(n)))
    return OVER_STANDARD.test(n) ? 'lower' : 'higher';
  // A count of the cases over a time standard ("Number of patients with a length of stay in the emergency
  // department greater than 24 hours"): fewer better.
  if (!share && COUNT_OF.test(n) && OVER_STANDARD.test(n)) return 'lower';
  // How long something takes ("Average # of Days to Respond"): shorter is better, whatever it is for —
  // unless the name is a share done within a time, or a reduction in it.
  if (DURATION_WORD.test(n) && !SHARE_OR_REDUCTION.test(n)) {
    // Time that holds a harm off ("days Senior Care clients are enrolled to delay institutional placement"):
    // more is better.
    return HOLDS_OFF.test(n) ? 'higher' : 'lower';
  }
  // A mean or a centile of a time standard in minutes or hours ("Mean response (7mins)", "90th
  // percentile (15 mins)"): a time taken, shorter being better.
  if (TIME_TAKEN.test(n) && !SHARE_WITHIN.test(n)) return 'lower';
  // A name ending in a fall (单位GDP能耗下降, 主要污染物减排, 化学需氧量排放量减少(%)): its figures are the
  // size of the fall, and a larger one is better, whatever falls.
  if (FALL_SIZE.test(n)) return 'higher';
  // Household waste per head (BV84, NI 191): collected, yet less is better.
  if (WASTE_PER_HEAD.test(n)) return 'lower';
  // Places found short of a standard ("% of sites falling below cleanliness standard for detritus").
  if (BELOW_STANDARD.test(n)) return 'lower';
  if (SPENDING_CONTROL.test(n)) return 'lower';
  // Rules broken: "non-compliances" holds a word of the good outcome and counts its opposite — unless
  // what is counted is their being dealt with ("non-compliances are followed up").
  // (A name that opens on the compliance it measures, "Compliance with statutory timeframes … communicate
  // any reasons for non-compliance", counts the cases that comply.)
  if (NON_COMPLIANCE.test(n) && !ACTED_ON.test(n) && !COMPLIANCE_FIRST.test(n)) return 'lower';
  // The office's work, named by what it does ("Investigating incidents/complaints", "Considering and
  // processing safety cases"): the cases dealt with, more being more work done.
  // So too a count of the papers it dealt with ("Number of debt files reviewed, processed and approved"),
  // whatever they are about.
  if (
    WORK_DONE.test(n) ||
    TAKEN_OFF.test(n) ||
    ZH_WORK_DONE.test(n) ||
    PAPERS_DEALT_WITH.test(n) ||
    HELPED_INTO_WORK.test(n) ||
    HELP_GIVEN.test(n) ||
    SCREENED_FOR.test(n)
  )
    return 'higher';
  // A harm held where it began ("% of fires confined to the room of origin", "spills contained within the
  // site"): the cases held, more being better, though the harm itself is better less.
  if (HELD_WHERE_BEGAN.test(n)) return 'higher';
  // The cases that met a standard ("Incidents that met the APM", "calls meeting the response standard"):
  // more being better, though the cases themselves are harms.
  if (MET_STANDARD.test(n) && !MISSED_STANDARD.test(n)) return 'higher';
  if (HIGHER_ZH_WORD.test(n) || HIGHER_EN_WORD.test(n)) return 'higher';
  // A pledge to act within a time (在48小时内约见投诉人, 3个工作日内联络): the share done so, more being better,
  // whatever it is done about — unless what befalls within the time is a harm (出院31天内非计划再入院).
  const within = ZH_WITHIN.exec(n);
  if (within && !ZH_HARM_AFTER.test(n.slice(within.index + within[0].length))) return 'higher';
  // 低污染技术, 预防污染技术: a kind of thing counted, not the pollution itself.
  const zh = n.includes('污染') ? n.replace(CLEAN_KIND, '') : n;
  if (LOWER_ZH_WORD.test(zh) || LOWER_EN_WORD.test(n)) return 'lower';
  return null;
}

/**
 * A screening or a test for a harm ("MRSA Screening", "screened for chlamydia", "tested for HIV"): the
 * people screened, more being better, though the harm itself is better less.
 */
const SCREENED_FOR = /\bscreen(?:ing|ed)\b|\btested for\b/;

const EITHER_WAY =
  /\bincrease\s*(?:\/|or)?\s*\(?decrease\)?|\bdecrease\s*(?:\/|or)?\s*\(?increase\)?|增[加长]?\s*[（(/]?\s*减[少]?/;

/** A share, or one within a time ("% responded to within 8 minutes"); "percentile" is neither. */
const SHARE_WITHIN = /%|\bper ?cent(?:age)?\b|\bproportion\b|\bshare\b|\bwithin\b|\breduc/;
const TIME_TAKEN =
  /\b(?:mean|median|\d{1,2}(?:st|nd|rd|th)\s+(?:percentile|centile))\b.*?\d+\s*(?:mins?|minutes?|hrs?|hours?|secs?|seconds?)\b/;
const BELOW_STANDARD = /\b(?:below|short of|failing|not meeting)\s+(?:the\s+)?(?:[a-z-]+\s+)?standards?\b/;
const AIM_DOWN = /^(?:to\s+)?(?:reduce|decrease|lower|cut|minimi[sz]e|bring down)\b/;
const AIM_UP = /^(?:to\s+)?(?:increase|improve|raise|maximi[sz]e|grow)\b/;
const AIM_AS_MEASURED =
  /\b(reduc(?:e|ed|es|ing|tion)|decreas(?:e|ed|es|ing)|lower(?:ing)?|cut|increas(?:e|ed|es|ing)|rais(?:e|ed|es|ing))\b[^.;]{0,120}?,?\s+(?:as\s+)?measured\s+by\b/;
const NOT_EXCEED = /\b(?:does|do|will|shall|should|to)\s+not\s+exceed\b|\bnot\s+to\s+exceed\b/;
/** "We reduce the number of high risk illegal waste sites" (not "We reduce the risk of flooding for more households"). */
const WE_REDUCE_COUNT =
  /^we\s+(?:will\s+)?(?:reduce|cut|lower|decrease)\s+the\s+(?:number|rate|proportion|percentage|amount|level)\s+of\b/;

/** Each bracketed part of a name, such as "(minimise)" or "（反向）" (a name may hold several). */
const BRACKETED = /[(（\[【]([^()（）\[\]【】]{1,24})[)）\]】]/g;

/** A direction stated in brackets in the name, in the words of a direction column (vocabulary.ts). */
function statedDirection(n: string): 'higher' | 'lower' | null {
  if (!/[(（[【]/.test(n)) return null;
  for (const m of n.matchAll(BRACKETED)) {
    const d = parseDirection(
      m[1].replace(/\bminimi[sz]e\b/, 'minimize').replace(/\bmaximi[sz]e\b/, 'maximize'),
    );
    if (d === 'higher' || d === 'lower') return d;
  }
  return null;
}

const DURATION_WORD = anyWordOf(DURATION);
/**
 * The Chinese words anywhere, the English ones from the start of a word ("on time", not the end of
 * "interruption time"; "satisf" and "without error" still open longer words).
 */
const HIGHER_ZH_WORD = anyOf(HIGHER.filter((w) => !/[a-z]/i.test(w)));
const HIGHER_EN_WORD = new RegExp(`(?<![a-z])(?:${anyOf(HIGHER.filter((w) => /[a-z]/i.test(w))).source})`);
const LONGER_HOURS = /错时|延时(?:开放|服务|办理|办公|营业)/g;
const CLEAN_KIND = /(?:[低无零少]|预防|防治|治理)污染/g;
const HELD_WHERE_BEGAN =
  /\b(?:confined|contained|kept)\s+(?:to|within|in)\s+(?:the\s+|its\s+)?(?:room|floor|area|site|building|compartment|premises|property|origin)\b/;
const MET_STANDARD =
  /\b(?:that|which|who)\s+(?:met|meet|meets)\b|\b(?:incidents|calls|cases|responses|patients|applications|requests|claims|jobs)\s+meeting\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}(?:standards?|targets?|apm|thresholds?|requirements?)\b/;
const MISSED_STANDARD = /\b(?:not|never|failed to|fail to)\s+(?:met|meet|meets|meeting)\b/;
const HARM_WITHIN =
  /\b(?:died|deaths?|dying|mortality|re-?admi(?:tted|ssions?)|infections?|re-?offend(?:ed|ing)?)\b.{0,40}?\bwithin\s+(?:\d|one|two|three|four|six|seven|twelve|a\b)/;
/** Staff who left within a time of starting ("% of staff who left the organisation within 12 months"). */
const STAFF_LEFT_WITHIN =
  /\b(?:staff|employees?|starters?|recruits?|workforce|nurses?|officers?)\b.{0,40}?\b(?:left|leaving|leavers?|resigned|quit)\b.{0,40}?\bwithin\b/;
/** A time limit in Chinese (48小时内, 三个工作日之内, 7天内) and the harms that may befall within one. */
const ZH_WITHIN =
  /(?:\d+|[一二三四五六七八九十两半]+)\s*个?\s*(?:小时|工作日|工作天|天|日|星期|周|分钟|个月)之?内/;
const ZH_HARM_AFTER = /死亡|再入院|再住院|返院|感染|复发|返修|重复|再次/;
/** What a time is spent for, when it keeps a harm away (to delay placement, to prevent eviction). */
const HOLDS_OFF =
  /\b(?:days?|weeks?|months?|years?)\s+(?!to\b)\S+.*?\bto\s+(?:delay|prevent|avoid|postpone|defer)\b/;
const WORK_DONE =
  /^(?:investigating|considering|processing|handling|dealing with|inspecting|conducting|carrying out|completing|answering|responding to|resolving|notifying|informing|warning)\b/;
/**
 * The office's work on a harm, in Chinese (办结信访案件, 查处违法案件, 整改安全隐患, 破获刑事案件, 整治安全隐患,
 * 更换改造存在安全隐患的窨井设施, 拆除违法建筑): the cases dealt with, more being more work done — not what is
 * still left (未整改隐患).
 */
const ZH_WORK_DONE =
  /(?<![未没尚])(?:办结|化解|查处|查办|整改|处置|破获|侦破|调处|排查|清理|整治|治理|消除|改造|更换|拆除|取缔|关停|清除|修复|打击)/;
/** Those taken off a list to wait on ("People removed from the elective surgery waiting list"): work done. */
const TAKEN_OFF =
  /\b(?:removed|taken off|cleared|treated|admitted|housed|selected|placed|rehoused|offered)\s+(?:from|off)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}(?:waiting lists?|backlog|register)\b/;
const NON_COMPLIANCE = /\bnon[- ]?(?:complian|conform)/;
const COMPLIANCE_FIRST = /^\s*(?:(?:%|percentage|per\s?cent|proportion)\s*(?:of\s+)?)?compliance\b/;
const AUDIT_FINDINGS =
  /\b(?:recommendations?|findings?|high priority actions?)\b.*\b(?:audit|auditors?|ombudsman|inspection)\b|\b(?:audit|auditors?)\b.*\b(?:recommendations?|findings?)\b/;
const LEFT_UNDONE =
  /\b(?:not\s+(?:yet\s+)?|(?:cannot|can not|could not|unable to)\s+be\s+)(?:addressed|resolved|actioned|closed|dealt with|investigated|responded to|cleared|collected|recovered|repaired|fixed)\b|\bun(?:collectable|collectible|recoverable)\b/;
/** People helped out of a harm ("unemployed people helped into work", "NEETs supported into training"). */
const HELPED_INTO_WORK =
  /\b(?:helped|supported|assisted|moved|placed|progressed|returned)\s+(?:back\s+)?(?:in)?to\s+(?:paid\s+)?(?:work|employment|jobs?|training|education|learning)\b/;
/**
 * People helped, whatever they were helped out of ("Number of Homeless households to be provided
 * affordable housing units", "Households assisted out of homelessness"): more being more help given.
 */
const HELP_GIVEN =
  /\b(?:households?|people|persons?|families|individuals|clients|residents|tenants)\b.{0,40}?\b(?:(?:to be\s+)?(?:assisted|supported|helped|rehoused)\b|(?:to be\s+)?provided(?:\s+with)?\s+(?:(?:affordable|permanent|social|new|stable|decent)\s+)?(?:housing|homes?)\b)/;
const PAPERS_DEALT_WITH =
  /^(?:number|no\.?|#)\s+of\s+(?:[a-z-]+\s+){0,4}?(?:files?|documents?|papers?|applications?|reports?|plans?|bills?|claims?|submissions?)\s+(?:were\s+)?(?:reviewed|processed|approved|prepared|submitted|handled|analy[sz]ed|audited|completed|issued|produced|published|assessed|determined)\b/;
const ACTED_ON =
  /\b(?:followed up|resolved|actioned|addressed|closed|dealt with|investigated|responded to|acted (?:up)?on|accepted|adopted)\b/;
const LOWER_ZH_WORD = anyOf(LOWER_ZH);
const LOWER_EN_WORD = anyWordOf(LOWER_EN);
const WASTE_PER_HEAD =
  /\bresidual (?:household )?waste\b|\bwaste (?:collected |produced |generated )?per (?:head|household|person|capita)\b|人均(?:生活)?垃圾/;
/** A spending or staffing control rate (经费控制率, 财政供养人员控制率): what was used of what was allowed. */
const SPENDING_CONTROL = /(?:经费|费用|成本|支出|开支|人员|编制|预算)\S{0,4}控制率/;
const FALL_SIZE = /(下降|降低|减少|减排|压减|削减|降幅|下降幅度|降低幅度)(率)?\s*([(（][^)）]*[)）])?$/;

/**
 * Units of measure that count whole things (个, 户, 家, 场, 期, 人, 篇, 件…; cases, homes…): a pace
 * target in such a unit is shown as a whole number, rounded up.
 */
const COUNTABLE = new Set([
  '个',
  '户',
  '家',
  '场',
  '期',
  '人',
  '篇',
  '件',
  '项',
  '次',
  '场次',
  '人次',
  '户次',
  '家次',
  '名',
  '所',
  '座',
  '处',
  '条',
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
  '张床',
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
  '门',
  '块',
  '位',
  '对',
  '组',
  '轮',
  '届',
  '首',
  '集',
  '篇次',
  '期次',
  '个次',
  'cases',
  'case',
  'people',
  'persons',
  'homes',
  'households',
  'houses',
  'dwellings',
  'units',
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
  'items',
  'events',
  'applications',
  'apprenticeships',
  'trees',
  'no.',
  'number',
  'nos',
]);

/** True for a unit of measure that counts whole things (个, 户, 人次, homes…). */
export function isCountableUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && countable(unit);
}
// 万人, 千户: counted in tens of thousands, not whole things. Each unit as written normalised once: a
// sheet has a handful and asks for each on every row's pace figure.
const countable = memo((unit: string) => COUNTABLE.has(toHans(normalizeText(unit)).toLowerCase()));

const LEVEL_WORDS =
  /(率|比例|比重|指数|覆盖|满意度|浓度|密度|人均|平均|均值|速度|强度|(?:单位|万元)(?:GDP|地区生产总值|国内生产总值|工业增加值|产值|建筑面积|面积)|(?:GDP|生产总值|增加值|产值)(?:能耗|电耗|水耗|用水量|用能|二氧化碳排放|碳排放)|每(?:十万|百万|万|千|百)?(?:常住|户籍)?(?:人|户|平方公里|平方米|亩)|average|\bavg\b|\bspeeds?\b|\binterest cover\b|\btime taken\b|\b(?:business|working) days for\b|\byield\b|\brates?\b|\bratios?\b|\bindex(?:es)?\b|\bper\s|intensity|\bscores?\b|satisf|days to|time to|percentage|proportion|response time|handover time|turnaround time|\bavailability\b|\bmean\b|\bmedian\b|centile|\bdaily\b|\bper day\b|日均|每日)/i;
/**
 * A count of what stands at a date rather than what was done in the period (households in temporary
 * accommodation, the waiting list, open cases, 在册, 年末…): its latest figure is the one that counts.
 */
const STOCK_WORDS =
  /(在册|在园|在校|存量|年末|期末|月末|登记失业人数|\bin temporary accommodation\b|\bwaiting list\b|\bon the (housing )?register\b|\bbacklog\b|\b(patients|people|households) waiting\b|\bwaiting (over|more than|longer than)\b|\bcaseload\b|\bopen cases\b|\bas at\b|\bat (month|quarter|year)[ -]end\b|\bcurrently\b|\bin the (?:last|past) (?:12|twelve) months\b|\brolling (?:12|twelve)[- ]months?\b|\b12[- ]month rolling\b|近12个月|滚动12个月)/i;

/**
 * A name that says its figure is a level, not an amount: a rate, a share, an index, an average, a count a
 * day ("patients on trolleys (daily)", 日均客流) (办结率,
 * 森林覆盖率, 人均…, "% satisfied", "average days to relet"), an intensity, a figure per unit of output or
 * per head (单位GDP能耗, 万元工业增加值用水量, 能耗强度, 每万人口发明专利拥有量), or a count standing at a date
 * ("households in temporary accommodation"). Its figures to date are the latest one, never a sum of the
 * periods, and its pace is the target itself.
 */
export function isLevelName(name: string | null | undefined): boolean {
  if (!name) return false;
  const n = toHans(name);
  if (PER_HEAD_FLOW.test(n) && !SHARE_WORDS.test(n)) return false;
  return (
    LEVEL_WORDS.test(n) ||
    STOCK_WORDS.test(n) ||
    STANDARD_ENDING.test(n) ||
    PAYMENT_STANDARD.test(n) ||
    namesPercentage(n)
  );
}

/**
 * A task to raise a standard, a level or an allowance (提高城乡低保标准, 提高农村救助水平, 提高孤儿基本生活补贴):
 * its figure is the standard reached (元/人·月), not an amount added up over the year. Only a raise, and only as the name's last
 * word: 标准厂房 (standard factory buildings) and "9个社区达到…标准" are counted.
 */
const STANDARD_ENDING = /提高.*(?:标准|水平|补贴|补助|津贴)\s*(?:[(（][^)）]*[)）])?$/;
/**
 * A payment's standard (城市低保标准, 重度残疾人护理补贴标准, 农村五保户年分散供养标准不低于2640元): so much per
 * person a month or a year, a level however it is named, where the name ends on it or states its figure.
 */
const PAYMENT_STANDARD =
  /(?:低保|补贴|补助|供养|救助|津贴|抚恤|护理|生活)(?:费|金)?标准(?=\s*(?:$|[(（]|不低于|不少于|提高|达到|由))/;

/**
 * A name that says its figure is a percentage ("% of repairs completed right first time", "Current
 * Tenant Arrears %", "Percent of revenue retained", 占比(%)): a share or a level, never a sum of the
 * periods — as with a per cent unit of measure. A per cent sign after a number is a rate the name states
 * (增值税50%, GDP增长7%), not the figure's unit.
 */
const PERCENT_NAME = /(?<![\d.]\s*)[%％‰]|\bper\s?cent(?:age)?\b|\bproportion\b|百分比/i;

export function namesPercentage(name: string | null | undefined): boolean {
  // (after the measure's list number: "1. % INST EXAMND…" is a share, where "12 %" would be a figure)
  return !!name && PERCENT_NAME.test(name.replace(LIST_NUMBER_LEAD, ''));
}

const LIST_NUMBER_LEAD = /^\s*(?:\d{1,3}[.、)]|[(（]\d{1,3}[)）])\s*/;

/**
 * What each person earns, spends or produces over the period (人均可支配收入, 人均消费支出, 人均GDP): per head,
 * but added up over the year like any amount (1-9月人均可支配收入 is nine months' income) — unless the
 * name is a rate or share of it (人均可支配收入增长率).
 */
const PER_HEAD_FLOW =
  /人均(?:可支配|纯)?(?:收入|消费|生活消费|支出)|人均(?:地区)?(?:生产总值|GDP)|per capita (?:disposable )?(?:income|spending|consumption)/i;
const SHARE_WORDS = /(率|比例|比重|指数|%|％|\brates?\b|\bratios?\b|\bshare\b|\bindex\b)/i;

/**
 * A share that builds up over the year as money is spent, received or collected (预算执行率, 资金到位率,
 * 支出进度, 拨付率, council tax or non-domestic rates collected, capital programme spend): by a quarter into the year it is
 * expected at a quarter of its target, not at the whole of it.
 */
const ACCRUING_SHARE =
  /(?:预算|资金|支出|投资|项目|经费)[^，,；;]{0,4}(?:执行率|到位率|支付率|拨付率|使用率|执行进度|支出进度)|^(?:支出|支付|执行|拨付)进度|\b(?:council tax|business rates?|non[- ]?domestic(?: rates?)?|nn?dr|rents?|income|debts?|arrears)\b[^,;]{0,30}\bcollect(?:ed|ion)\b|\bcollection rates?\b|\b(?:capital|revenue|budget|programme|program)\b[^,;]{0,30}\b(?:spend|spent|expenditure)\b/i;

/** A share of what is due so far (Rent collected as % due, 占应收): a level, whatever it collects. */
const SHARE_OF_DUE = /\bdue\b|\bto date\b|应收|应缴|应拨/i;

export function accruesOverYear(name: string): boolean {
  const n = toHans(name);
  return ACCRUING_SHARE.test(n) && !SHARE_OF_DUE.test(n);
}
