/**
 * Header words: which role a column heading names, in Chinese and English at once, as offices write
 * them — 目标任务, 工作目标, 年度任务, 计划数, 已完成数, 1-9月累计完成, 完成率, 占年任务之比, Performance
 * Indicator, Current Performance, Outturn, RAG, Responsible officer…
 *
 * A heading is compared after normalisation (full-width → half-width, lower case, spaces removed), with
 * its bracketed part taken apart ("完成目标(%)" → 完成目标, unit %), a leading year or period taken apart
 * ("2019年完成情况", "Q2 target", "1-9月累计完成") and a trailing colon dropped. Each role has its words
 * in three strengths:
 * - `exact`: the heading is this word (score 1);
 * - `starts` / `ends`: the heading starts or ends with it (score 0.8), e.g. 年计划投资 … 完成率; a remark's
 *   opening words (Reasons for …, Comments on …) outrank what the heading ends with (score 0.9: "Reasons
 *   for Deviation from 2020/21 target" is a remark on the target, not the target);
 * - `contains`: the heading holds it somewhere (score 0.6).
 * Ambiguous words (目标任务 names the task in some sheets and its target in others; 进度 is a progress
 * text or a completion percentage) name two roles; the cells below decide (see the reader).
 */
import { FULL_MONTH_NAMES, monthOfName } from '../core/period';
import { hanCount, headerKey, languageLines, normalizeText } from '../core/normalize';
import { rocYear } from '../core/fiscalYear';
import { toHans } from '../core/hans';
import { statedPeriod, yearsInFigures } from '../core/statedPeriod';
import { parseChineseNumeral } from '../core/quantity';
import { HEADER_ALIASES } from './vocabulary';
import { statusWord } from './cellKinds';
import type { CellValue } from '../model';

/** The lowest heading over a column, of the headings joined with ' › ' (Q2 › Actual: Actual). */
export const headingLeaf = (header: string): string => header.split(' › ').pop() ?? '';

export type HeaderRole =
  | 'id'
  | 'category'
  | 'name'
  | 'unit'
  | 'direction'
  | 'aggregation'
  | 'target'
  | 'periodTarget'
  | 'actual'
  | 'completion'
  | 'periodCompletion'
  | 'previous'
  | 'growth'
  | 'status'
  | 'owner'
  | 'notes'
  | 'baseline'
  | 'gap'
  | 'score'
  | 'maxScore'
  | 'deadline'
  | 'ignore';

interface RoleWords {
  readonly exact: readonly string[];
  readonly starts?: readonly string[];
  readonly ends?: readonly string[];
  readonly contains?: readonly string[];
}

/**
 * Headings of row labels that name the indicators only where no other column does: places or firms down the rows
 * (县(市、区), 乡镇(街道): the bracket is taken apart; 县区 | 项目名称 | 年度目标任务: the tasks are the
 * names), and a pledge table's services (服务类别 | 服务标准 | 服务指标 | 实际表现).
 */
const ROW_LABEL_HEADINGS = [
  '地区',
  '省份',
  '省区市',
  '市州',
  '县',
  '县市区',
  '区县',
  '县区',
  '各县区',
  '乡镇',
  '镇',
  '镇街',
  '片区',
  '服务类别',
  '服务类型',
  // a pledge page's services (Services | 2017/18 | …; 服務 | 承諾 | 目標 | 成果: the pledges are the names)
  '服务',
  'services',
  // firms under contract (经营业绩责任书: 企业 | 指标 | 1-9月累计实现)
  '企业',
  '企业名称',
];
/** A series of years, one row each (Year | Target | Achievements): row labels too. */
/** Headings over a table's pledges (服務承諾 | 服務目標 | 實際成績; 服務 | 承諾標準 | 成績), Traditional read as Simplified. */
const PLEDGE_HEADINGS = [
  '服务承诺',
  '承诺标准',
  '承诺事项',
  '服务承诺事项',
  '承诺',
  'pledge',
  'our pledge',
  // a promise page (What we promised for 2006/07 | What we achieved | Current progress)
  'what we promised',
  'what we said we would do',
  'performance pledge',
  'commitment',
  'our commitment',
  // a client charter: the council's pledges to its clients (Malaysian councils and state offices)
  'client charter',
  "client's charter",
  'clients charter',
];
const YEAR_LABEL_HEADINGS = ['年度', '年份', 'year', 'years', 'financial year', 'fiscal year'];
/** A month's target (May Target, Sept target): the target to that month, by the month's name or its first letters. */
const MONTH_TARGETS = FULL_MONTH_NAMES.flatMap((m) => [
  m,
  m.slice(0, 3),
  ...(m === 'september' ? ['sept'] : []),
])
  .filter((m, i, all) => all.indexOf(m) === i)
  .map((m) => `${m} target`);
const ROW_LABEL_KEYS: ReadonlySet<string> = new Set(
  [...ROW_LABEL_HEADINGS, ...YEAR_LABEL_HEADINGS].map(headerKey),
);
const YEAR_LABEL_KEYS: ReadonlySet<string> = new Set(YEAR_LABEL_HEADINGS.map(headerKey));

/** True when a heading names the years down the rows (Year | Target | Achievements). */
export function isYearHeading(text: string): boolean {
  return YEAR_LABEL_KEYS.has(headerParts(text).key);
}

/** True when a heading names row labels that name the indicators where nothing else does (地区, 服务类别). */
export function isRowLabelHeading(text: string): boolean {
  return ROW_LABEL_KEYS.has(headerParts(text).key);
}

/** The vocabulary, one entry per role; words in any language. Compared after headerKey(). */
export const HEADER_WORDS: Readonly<Record<HeaderRole, RoleWords>> = {
  id: {
    exact: [
      ...HEADER_ALIASES.id,
      '排序',
      '项目编号',
      'ref',
      'ref.',
      'ref no',
      'reference',
      'code',
      'pi ref',
      'kpi ref',
      'kpi no',
      'pi no',
      'pi code',
      // a programme performance indicator's number (PPI No), as South African reports head it
      'ppi no',
      'ppi no.',
      'ppi',
      'measure ref',
      // serial numbers as Indian and other Commonwealth tables head them
      's.no.',
      's.no',
      'sno',
      'sl.no.',
      'sl.no',
      'slno',
      'sr.no.',
      'sr.no',
      'srno',
      'serial no',
      'serial no.',
      'serial number',
    ],
  },
  category: {
    exact: [
      ...HEADER_ALIASES.category,
      // the step of a service a standard is for (Service interaction | Service standard | Target (%))
      'service interaction',
      // Taiwan's plans: the strategic goal over its measures (策略績效目標 | 衡量指標 | 年度目標值)
      '策略绩效目标',
      '关键策略目标',
      // a council's promise a measure is of (Level of service | Performance measure | Target | Result);
      // without a measure beside it, what is measured
      'level of service',
      'levels of service',
      '指标分类',
      '一级指标',
      '评价内容',
      '工程名称',
      '工程',
      '类别名称',
      '专项',
      // whom a service pledge serves (服務對象, Macau and Hong Kong pledges)
      '服务对象',
      // the area a monitoring section lies in (区域 | 名称 › 断面)
      '区域',
      '区域名称',
      '所在区域',
      '重点领域',
      '所属领域',
      '分组',
      'theme',
      'priority',
      'outcome',
      // the outcome a programme's indicators serve, in its results framework (Expected Result | Performance
      // Indicator | Target): the goal they are grouped under, never the result achieved
      'expected result',
      'expected results',
      'expected outcome',
      'expected outcomes',
      'intended outcome',
      'intended outcomes',
      'strategic priority',
      'strategic goal',
      'strategic goals',
      // a plan's strategy or goal over its measures (Strategy / Goal | Performance Indicator | Target)
      'strategy / goal',
      'corporate priority',
      'service area',
      'portfolio area',
      'section',
      'domain',
      'objective area',
    ],
    ends: ['类别', '领域'],
  },
  name: {
    exact: [
      ...HEADER_ALIASES.name,
      // a programme's schemes and projects (Capital Programme Monitoring: Scheme | Budget | Spend to date)
      'scheme',
      // Taiwan's evaluation reports: the indicator said in words (分項 | 績效指標之說明 | 目標值 | 實績值)
      '绩效指标之说明',
      '指标之说明',
      // the items of a task or a 民生实事 (民生实事 | 具体事项 | 截至3月底完成情况)
      '具体事项',
      '具体项目',
      // Taiwan's plans: the measure (衡量指標, 關鍵績效指標)
      '衡量指标',
      '关键绩效指标',
      // a vote's programmes (Sub-Programme Name | Main budget | Expenditure to date)
      'sub-programme',
      'sub-programme name',
      'subprogramme',
      'programme name',
      'program name',
      // a service's published standards (Service standard | Target 2016 to 2017 | Results 2016 to 2017)
      'service standard',
      '服务标准',
      // a pledge page's services (服务范围 | 已达到的平均服务标准)
      '服务范围',
      // a customer commitment's goals (The goal we've set ourselves | Our target | Our progress)
      "the goal we've set ourselves",
      'the goal we have set ourselves',
      // a college's published outcomes (Student Achievement Metric | Target Level | Latest Reported Outcome)
      'student achievement metric',
      'achievement metric',
      'service standards',
      // a service inventory's standards, one a row under its service (Service Name | Standard Name)
      'standard name',
      'service standard name',
      'performance standard',
      'scheme name',
      // a national objective's words (Healthy People: Objective Number | Objective Description)
      'objective description',
      // an Indian review's schemes (Sl. No | Name of Scheme | Outlay | Expenditure)
      'name of scheme',
      'name of the scheme',
      // an action plan's lines (Action | Lead | Due date | Status; Key deliverable | Timescale | Progress)
      'deliverable',
      'deliverables',
      'key deliverable',
      'key deliverables',
      'key action',
      'key actions',
      'project',
      'project name',
      'project title',
      'programme',
      '重点工作',
      '重点任务',
      '主要任务',
      '实事项目',
      '任务项目',
      '任务项目指标',
      '民生实事',
      '民生实事项目',
      '实事名称',
      // the year's practical projects for the people, each a row (惠民实事 | 目标任务 | 完成情况; 实事内容)
      '惠民实事',
      '惠民实事项目',
      '实事内容',
      '民生实事内容',
      '事项',
      '事项名称',
      '民生事项',
      '民生事项名称',
      '民生实事名称',
      '工作事项',
      // the goal named as the task (工作目标 | 完成标准 | 完成情况): the cells decide, as for 目标任务; so
      // for a long-term goal over the year's (长远目标 | 2017 年目标 | 表现: 节约用水, 节能)
      '工作目标',
      '长远目标',
      '长期目标',
      '主要指标',
      '指标内容',
      '评价指标',
      '绩效指标',
      // an ESG report's measures under their area (管理項目 | 管理指標 | 2022年目標 | 2022年實績)
      '管理指标',
      '关键指标',
      '核心指标',
      '三级指标',
      '二级指标',
      // a performance goal form's measures (評價內容 | 績效內容 | 績效目標值 | 實際完成值)
      '绩效内容',
      '指标内容',
      '子项目',
      '建设内容',
      '内容',
      '考核内容',
      '量化指标',
      '量化指标任务',
      '任务内容',
      '主要内容',
      '具体内容',
      '工作内容及目标',
      '工作要点',
      '具体任务',
      '重点项目',
      '项目内容',
      '指标名',
      // Places down the rows, each with its own target (地区 | 年度计划投资 | 累计投资 | 完成年度百分比).
      ...ROW_LABEL_HEADINGS,
      ...YEAR_LABEL_HEADINGS,
      // Budget execution tables (预算执行情况表): the budget line is the indicator.
      '预算科目',
      '科目',
      '科目名称',
      '收入科目',
      '支出科目',
      '收入项目',
      '支出项目',
      'indicators',
      'performance indicator',
      'performance indicators',
      'kpis',
      'kpi description',
      'key performance indicator',
      'measures',
      'performance measure',
      'description',
      'metric',
      'indicator description',
      'pi',
      'pi description',
      'target description',
      'title',
      'national standard',
      'standard description',
      'key performance measure',
      'key measure',
      'key measures',
      'measurement',
      'measurements',
      'workload indicator',
      'workload indicators',
      'performance measures',
      'service standard',
      'type of service',
      'service type',
      // a client charter's counter services (No | Transactions | Period | Total received | Achievements)
      'transactions',
      'transaction',
      // a self-evaluation form that names its goals (目标名称 | 目标值 | … | 目标完成值)
      '目标名称',
      '绩效目标名称',
      // Pentana / Covalent exports: Code & Name merged over the code and the name
      'code & name',
      'code and name',
      'pi code & name',
      'code & title',
      // water monitoring sections (交接断面, 监测断面) and what is measured
      '名称',
      '断面名称',
      '监测断面',
      '交接断面',
      '考核断面',
      '断面',
      '点位名称',
      '监测点位',
      // drinking-water sources (水源地名称 | 水质类别)
      '水源地名称',
      '水源地',
      // service pledges (服務承諾 | 服務目標 | 實際成績), in Traditional characters read as Simplified
      ...PLEDGE_HEADINGS,
      '服务项目',
      'client charter objective',
      'success indicator',
      'success indicators',
      '计划名称',
      '计画名称',
      'service metric',
      'metric',
      'metrics',
      // a pledge list's pledges (Macau: 服務質量指標 | 預設達標率 | 實際達標率)
      '服务质量指标',
      '服务品质指标',
      // an office's activities, each a task with its deadline (PROPOSED ACTIVITIES | ACTUAL ACCOMPLISHMENT);
      // "Activity" alone heads the group a council's levels of service are of
      'proposed activities',
      'planned activities',
      'key activities',
    ],
    ends: [
      '指标名称',
      '项目名称',
      '任务名称',
      '工作任务',
      '实事项目',
      'indicator',
      'indicators',
      'measure',
      'measures',
      // an agency's targets by area (Agency / Target Area)
      'target area',
    ],
    // the measures listed by area (Performance measures by program area, Indicators by goal)
    starts: ['performance measures by', 'measures by', 'indicators by', 'kpis by'],
  },
  unit: {
    exact: [
      ...HEADER_ALIASES.unit,
      '统计单位',
      '数量单位',
      '度量单位',
      'measurement unit',
      'units of measure',
      'units of measurement',
      'unit of measurement',
      'measure unit',
      'units',
    ],
  },
  direction: {
    exact: [
      ...HEADER_ALIASES.direction,
      '指标性质',
      // the sign before a form's target value (预期指标值 › 符号 | 值 | 单位): ≥, ≤, ＝
      '符号',
      '指标符号',
      'good is',
      'good performance is',
      // a polarity asked as a question (What does good performance look like? High / Low)
      'what does good performance look like?',
      'what does good look like?',
      // Good performance | Bigger is better (a UK scorecard's polarity)
      'good performance',
      'higher or lower is better',
      'aim',
      'better if',
      // which way the figure should move (Desired Direction: Increase / Decrease)
      'desired direction',
      'preferred direction',
      'direction of improvement',
      'desired trend',
      'desired change',
      // Increase / Decrease under it; sentences of what is hoped for are no direction (see findTables)
      'desired outcome',
    ],
  },
  aggregation: {
    exact: [...HEADER_ALIASES.aggregation],
  },
  target: {
    exact: [
      ...HEADER_ALIASES.target,
      // a rectification ledger's problems to put right, one row an office (反馈问题数 | 已完成整改数 | 整改完成率)
      '问题数',
      '问题总数',
      '反馈问题数',
      '交办问题数',
      '问题(任务)数',
      '计划',
      '计划数',
      '计划值',
      // what is planned to be done (计划完成数 | 累计开工数), not what was done
      '计划完成数',
      '计划完成',
      '计划完成量',
      '年计划',
      '任务数',
      // the whole task set for the year (占总任务4.8亿元的154%), not a project's whole cost (总投资)
      '总任务',
      '总任务数',
      '目标数',
      '工作目标',
      '长远目标',
      '长期目标',
      '完成标准',
      '目标标准',
      '任务目标',
      '预期目标',
      '主要预期目标',
      // Macau's pledges: Achievement Rate Undertaken | Achievement Rate Implemented in 2023
      'achievement rate undertaken',
      'rate undertaken',
      // a ministry's key indicators: 指标名称 | 预期效果 (400项, 98%, 确定首批示范区创建名单) | 完成时限
      '预期效果',
      '预期成效',
      '预期指标',
      '考核目标',
      '年度目标任务',
      '目标任务',
      // a county's 民生实事: 实事名称 | 指标任务 (8000人以上高血压患者) | 责任单位
      '指标任务',
      '任务指标',
      '建设任务',
      '建设规模',
      '建设目标',
      '年度建设任务',
      '计划投资',
      '年投资计划',
      '年度投资计划',
      '指标值',
      // …with its unit beside it (绩效目标申报表: 指标值及单位 ≥6家)
      '指标值及单位',
      '指标值(含单位)',
      '年度指标值',
      // a self-evaluation form's target set at the start of the year (年初指标值 | 调整指标值 | 全年完成值)
      '年初指标值',
      '年初目标值',
      '全年指标值',
      '全年目标值',
      '标准',
      '考核标准',
      '指标要求',
      '目标要求',
      '预期指标值',
      '年度指标',
      // the task handed down from above (省下达任务, 市下达目标)
      '下达任务',
      '下达目标',
      '上级下达任务',
      '省下达任务',
      '市下达任务',
      // The budget is the year's target of a budget execution table (预算执行情况表).
      '预算',
      '预算数',
      '年度预算',
      '年度预算数',
      '全年预算',
      '全年预算数',
      '年初预算',
      '年初预算数',
      '调整预算',
      '调整预算数',
      '可支用预算',
      '可支用预算数',
      '调整后预算',
      '本年预算',
      '本年预算数',
      '预算安排数',
      'targets',
      'targeted',
      'full year target',
      'year-end target',
      'year end target',
      'annual plan',
      'plan',
      'planned',
      'standard',
      'annual standard',
      'national standard',
      // a standard, or the trajectory agreed towards it, whichever the row is held to
      'standard / trajectory',
      'standard/trajectory',
      'standard or trajectory',
      // an NHS scorecard's bar for each standard (Threshold | Q1 … Q4 | Yearly position)
      'threshold',
      'national threshold',
      // the least a franchise or a contract accepts (Target value | Minimum value): a floor under the target
      'minimum value',
      'minimum standard',
      // a franchise's or an operator's page (Delivered | Minimum required)
      'minimum required',
      'minimum requirement',
      'minimum level',
      // a limit the figure is held to (Feeder type | Qtr1 … | Upper limit; 污染物 | 控制上限): a ceiling or
      // a floor, as its word says (targetBound)
      'upper limit',
      'lower limit',
      'limit',
      'ceiling',
      '上限',
      '下限',
      '控制上限',
      '限值',
      // a regulator's floor or ceiling, or the firm's own warning line inside it (风险控制指标: 预警标准 |
      // 监管标准, ≥120% | ≥100%; a bank's 标准值 ≥8%)
      '监管标准',
      '监管要求',
      '监管标准值',
      '监管指标值',
      '标准值',
      '预警标准',
      '预警值',
      '预警线',
      'local target',
      // a plan's figure for its year beside the year's outcome (Projected Figure | Actual Figure: 预期目标 |
      // 执行情况, as plans translated into English head them); "Projected" alone is a forecast
      'projected figure',
      // a US grantee's yearly report (HUD CAPER: Expected – Program Year | Actual – Program Year, Expected
      // 2018 | Actual 2018): the year's planned outcome
      'expected',
      'expected – program year',
      'expected - program year',
      'expected program year',
      'goal',
      'target value',
      'annual goal',
      // a scorecard's goal from the office's plan (Business Plan Goal beside FYTD Goal)
      'plan goal',
      'business plan goal',
      // the task a higher level set (市定任务(2023年度), 省定任务)
      '市定任务',
      '省定任务',
      '县定任务',
      '区定任务',
      'target (annual)',
      'target 12 months',
      'initial target',
      'original target',
      'revised target',
      'agreed target',
      'aspiration',
      'benchmark',
      // New Zealand statements of service performance: BUDGETED STANDARD 2011/12
      'budgeted standard',
      'budget standard',
      'budget service standard',
      'budgeted service standard',
      // a US budget book's measures (FY 2022-23 Actual | FY 2023-24 Budget | FY 2023-24 YE Proj.), a
      // federal agency's goals (FY 2012 Plan | FY 2012 Actual)
      'plan',
      'budget',
      'budgeted',
      'adopted budget',
      'annual budget',
      'original budget',
      'revised budget',
      // revenue against its budget (Approved Budget | Cumulative Receipts | % Budget Received)
      'main budget',
      'main appropriation',
      // a college's floor and aim (Institution-Set Standard, Department Set Standard / Stretch Goal)
      'institution-set standard',
      'institution set standard',
      'department set standard',
      'stretch goal',
      'stretch target',
      'approved budget',
      // a national target beside each board's or district's result (Health target | National goal)
      'national goal',
      'national target',
      'target level',
      'approved estimates',
      'budget estimates',
      // an Indian plan's money for the year (Outlay (BE), Outlay BE (Rs. In Cr)) beside what was spent
      'outlay',
      'outlay be',
      'approved outlay',
      'annual outlay',
      'plan outlay',
      'revenue target',
      'collection target',
      // a ceiling handed down (安全生产控制指标: deaths, accidents), met by staying under it
      '控制指标',
      '年度控制指标',
      '全年控制指标',
      '控制数',
      '年度控制数',
      '控制目标',
      '年度控制目标',
      // the class a water section must reach (水质控制目标 | 指定功能水质类别)
      '水质目标',
      '水质控制目标',
      '目标水质',
      '目标水质类别',
      '指定功能水质类别',
      '功能区类别',
      '水质功能类别',
      '水环境功能区目标',
      'performance goal',
      'performance goals',
      // what an assessment requires (考核指标 | 考核要求 | 2007年), what a plan schedules (預定 | 實際)
      '考核要求',
      '预定',
      '预定进度',
      // a pledge's target: the share of cases to be done within the pledged time
      '服务目标',
      '承诺达标率',
      '目标达标率',
      '预设达标率',
      // 服务指标 (达到服务标准的百分比) beside 服务标准 (16个工作天): the share is the target, the standard
      // the pledge's own words
      '服务指标',
      // a count of those to reach (Target beneficiaries | Beneficiaries, Targeted households): the target
      'target beneficiaries',
      'targeted beneficiaries',
      'target households',
      'targeted households',
      'target participants',
      'target jobs',
      // the target handed down (Targets Allocated; see starts)
      'target allocated',
      'targets allocated',
      'allocated target',
      'allocated targets',
    ],
    starts: [
      // "Our target for repairs performance", "Target for A/B inspection grades": the target, whatever follows
      'our target',
      'target for',
      // the time each case is held to (Target time to respond to 90% of cases (minutes))
      'target time',
      // the time each office is held to (Target set for reply (working days))
      'target set',
      // the target handed down (Target allocated by MoRD)
      'target allocated',
      'targets allocated',
      // a count of those to reach (Target no. of jobs, Target number of households): the target
      'target no.',
      'target number',
      '年度目标',
      '全年目标',
      '年计划',
      '年度计划',
      '全年计划',
      '计划投资',
      // what is planned (计划造林 | 今日造林 | 累计完成)
      '计划',
      // this year's plan (当年计划投资, 本年计划完成) beside the project's total (概算投资)
      '当年计划',
      '本年计划',
      '本年度计划',
      '目标值',
      '下达任务',
      '下达计划',
      '下达目标',
      'target to meet',
      'target to be met',
      'target by',
      // Queensland's Service Delivery Statements: "2021–2022 Target/Est."
      'target/',
      '年度预算',
      '全年预算',
      '年初预算',
      '调整预算',
      'annual target',
      'target for',
      'target level',
      'target levels',
    ],
    ends: [
      '目标',
      '目标值',
      '计划',
      // a ceiling handed down (省政府下达全年控制指标, 国家下达控制数)
      '控制指标',
      '控制数',
      '任务数',
      '计划数',
      '预期',
      '预期目标',
      // 工作目标任务, 年度目标任务
      '目标任务',
      'target',
      'targets',
      'targeted',
    ],
    // whose targets for which year (World Bank's PAD Targets for Year 3)
    contains: ['targets for year', 'target for year'],
  },
  periodTarget: {
    exact: [
      'current target',
      'period target',
      'quarter target',
      'quarterly target',
      'ytd target',
      'fytd target',
      // (Year to Date Target beside Year to Date Performance, as a council's progress report heads them)
      'year to date target',
      'year-to-date target',
      'ytd goal',
      'fytd goal',
      'target to date',
      'target ytd',
      'profile',
      'profiled target',
      'cumulative target',
      '序时目标',
      '进度目标',
      '序时任务',
      '本期目标',
      '阶段目标',
      '季度目标',
      '时序目标',
      '累计目标',
      // the budget allotted to the months so far (全年預算數 | 同期分配預算數 | 累計實徵淨額)
      '同期分配预算数',
      '分配预算数',
      '累计分配预算数',
      'ytd budget',
      'budget to date',
      'profiled budget',
      // the plan to date, as a health scorecard heads it beside the year's target (YTD Plan, Trajectory)
      'ytd plan',
      'plan ytd',
      'plan to date',
      'ytd trajectory',
      'trajectory ytd',
      'trajectory',
      'q1 target',
      'q2 target',
      'q3 target',
      'q4 target',
      // the target to a month of the year (May Target beside Apr-May Actual)
      ...MONTH_TARGETS,
    ],
    // (时序进度 as offices often write 序时进度)
    starts: ['序时', '时序', 'ytd target', 'current target'],
  },
  actual: {
    exact: [
      // …and the problems put right (已完成整改数, 已办结数)
      '已完成整改数',
      '已整改数',
      '已整改问题数',
      '已完成整改问题数',
      '已办结数',
      '办结数',
      // the year's running total (本年累计)
      '本年累计',
      '本年累计数',
      // what a budget's holders spent of it (部门 | 预算数 | 支出数)
      '支出数',
      '实际支出',
      '实际支出数',
      // how a pledge stands now (承諾 | 目前情況), matched as written
      '目前情况',
      // what a pledge reached (服務 | 承諾標準 | 成績: 100%)
      '成绩',
      // the targets reached (服務目標 | 達致的目標 (2024)): the result, though the words hold 目標
      '达致的目标',
      '已达致的目标',
      '达到的目标',
      '实际达致的目标',
      // Macau's pledges: Achievement Rate Undertaken (the pledge) | Achievement Rate Implemented in 2023
      'achievement rate implemented',
      'rate implemented',
      '服务成绩',
      '实际成绩',
      // the share of cases that met a service standard (Service standard # days | Target (%) | % of standard met)
      '% of standard met',
      '% of standards met',
      'percentage of standard met',
      '% met',
      // the year's figure beside its quarters (Q1 … Q4 | Yearly position)
      'yearly position',
      'year end position',
      'year-end position',
      'annual position',
      ...HEADER_ALIASES.cumulative,
      '已完成数',
      '已完成',
      '到位资金',
      '实际到位资金',
      '资金到位',
      '到位内资',
      '到位外资',
      '实际到位',
      '实际值',
      '实际完成数',
      '完成量',
      '完成投资',
      '完成投资额',
      '累计完成投资',
      '累计完成投资额',
      '累计投资',
      '累计投资额',
      '累计投资金额',
      '累计完成额',
      '实施进度',
      '当前进度',
      '工作进度',
      '进展',
      '进展情况',
      '工作进展',
      '落实情况',
      '执行情况',
      // a budget's final accounts and what was realised of it (決算數, 實現數)
      '决算数',
      '实现数',
      '完成进度',
      '形象进度',
      '进度情况',
      '进度',
      '推进情况',
      '完成结果',
      '实绩',
      // Taiwan's plans: 目標值 | 實績值 (or 達成值); a budget's 预算数 | 实际数
      '实绩值',
      '达成值',
      '实际数',
      // the year's result in a plan's report (目标 | 全年实绩)
      '全年实绩',
      '年度实绩',
      '实际',
      '结果',
      '实际完成情况',
      '当前进展',
      '当前工作进展',
      '目前进展',
      '最新进展',
      '目前进度',
      '截至目前进展',
      '实施情况',
      '指标完成值',
      '实际完成值(b)',
      // what the year brought against targets written as tasks (2019-20年度環保事務目標 | 成果)
      '成果',
      '工作成果',
      '取得成果',
      '成效',
      '工作成效',
      '达成情况',
      'value',
      'current performance',
      'performance',
      'result',
      'results',
      'outturn',
      'achieved',
      'actual performance',
      'current value',
      'latest',
      'latest value',
      'latest data',
      'position',
      'current position',
      'latest position',
      'progress update',
      'progress to date',
      'performance to date',
      'current',
      'achievement',
      // the achievement so far (Achieved YTD, Achievement to date)
      'achieved ytd',
      'achieved to date',
      'achievement ytd',
      'achievement to date',
      // what was realised (NS: Realisation in 2023 | Realisation in 2022 | Target value for 2023)
      'realisation',
      'realization',
      'achievements',
      // the Philippine budget forms' words (Physical Target | Physical Accomplishment)
      'accomplishment',
      'accomplishments',
      'physical accomplishment',
      // …shortened in a narrow column (Physical › Target | Accom)
      'accom',
      'accomp',
      'accom.',
      'accomp.',
      'actual result',
      'figure',
      'data',
      'current figure',
      // a quarterly report's own period beside the one before (Last period | This period)
      'this period',
      // a scorecard's latest figure (Previous Period | Previous Period | Current Measurement | Target)
      'current measurement',
      'current measure',
      'this quarter',
      'this month',
      'current period',
      'current quarter',
      'current month',
      'year to date',
      'year-to-date',
      // the year's to date after its year (FY23 to Date, 2023 to date)
      'to date',
      'fy to date',
      'ytd performance',
      'performance ytd',
      // money spent against a budget
      'spend to date',
      'spent to date',
      'actual spend',
      'actual spend to date',
      'spend ytd',
      'ytd spend',
      'expenditure to date',
      'actual expenditure',
      'expenditure',
      'cumulative expenditure',
      'spent',
      'amount spent',
      'ytd actual',
      'fytd actual',
      'progress',
      // the year's result as far as it is known (2020年目标值 | 2020年预计值; TARGET 24/25 | PROJECTED 24/25)
      'projected',
      'projection',
      'year-end projection',
      'projected outturn',
      'forecast outturn',
      'year-end forecast',
      'ye proj.',
      'ye proj',
      'ye projection',
      'year end projection',
      // the share of cases within a client charter's time (% Fulfilling Standard)
      '% fulfilling standard',
      '% meeting standard',
      'fulfilling standard',
      'year-end estimate',
      'year end estimate',
      'estimate',
      'estimated',
      '预计值',
      '预计数',
      '预计完成',
      '预计完成数',
      '预计完成值',
      // a project's monitoring rounds (Base Value | Previous Follow-up | Latest Follow-up)
      'latest follow-up',
      'most recent follow-up',
      'most recent',
      'most recent value',
      // a national objective's last value against its target (Healthy People: Baseline Value | Final Value)
      'final value',
      // a water section's class this period (Ⅱ, 劣Ⅴ) against its target class
      '水质类别',
      '本期水质类别',
      '实际水质类别',
      '水质现状',
      // …written as the month's water quality (9月水质, 本月水质)
      '水质',
      '本月水质',
      '本期水质',
      '实际水质',
      '监测水质',
      '现状水质',
      // a commitment's result so far (Our progress (year to date)), a college's latest outcome
      'our progress',
      'our performance',
      'latest reported outcome',
      'latest outcome',
      // what was achieved by a date left blank (Achievement on)
      'achievement on',
      'achievement as on',
      // revenue collected against its budget or target (Cumulative Receipts, Collection H1: 2022-23)
      'receipts',
      'cumulative receipts',
      'actual receipts',
      'collection',
      'collections',
      'actual collection',
      'revenue collected',
      'amount collected',
      // a pledge's result: the share of cases done within the pledged time
      '实际成绩',
      '实际表现',
      // the year's performance beside its targets (Hong Kong: 2017 年目标 | 表现 | 达标与否); 工作表现 over
      // 目标 | 实际表现 is a year's group, not a result
      '表现',
      '执行情况百分比',
      '实际达标率',
      // the count started of the count planned (老旧小区改造: 计划任务数 | 开工数)
      '开工数',
      '已开工数',
      '实际开工数',
    ],
    starts: [
      '累计完成',
      // a running total of what the measure counts (累计开工数, 累计签约项目)
      '累计',
      // what was done (完成造林绿化面积, 完成投资额); 完成率, 完成目标 and 完成时限 are their own words
      '完成',
      '实际完成',
      '完成投资',
      '截至',
      'actual',
      'performance at',
      // revenue collected, with its period after the word (Collection H1: 2022-23)
      'collection',
      // the result so far (Performance to March 2002, Year to Mar 2024)
      'performance to',
      'year to',
      'outturn',
      'out-turn',
      // the year's result as far as it is known: ESTIMATED ACTUAL STANDARD 2011/12, Estimated Outturn Standard
      'estimated actual',
      'estimated outturn',
      // what was achieved by a date (Achievement on, Achievement as on 31.12.2015, Achievement upto Dec)
      'achievement on',
      'achievement as on',
      'achievement upto',
      'achievement up to',
      // the standard attained (已达到的平均服务标准, 達致的服務水平)
      '已达到的',
      '达到的',
      '已达致的',
      '达致的',
      '实际达到的',
    ],
    ends: [
      // the fall or rise achieved against a target of one (单位GDP能耗目标 | 单位GDP能耗实际下降)
      '实际下降',
      '实际降低',
      '实际下降率',
      // an estimated or forecast outturn: the year's result as far as it is known
      'outturn',
      'out-turn',
      // what was done against what was targeted (Houses Targeted | Houses Completed)
      'completed',
      'achieved',
      // a reduction achieved against a reduction target (能耗降低目标 | 能耗降低率)
      '降低率',
      '下降率',
      '实际值',
      'result',
      'results',
      '完成情况',
      '累计完成',
      '实际完成',
      '完成值',
      '完成数',
      '进展情况',
      '落实情况',
      // a period's progress (上半年推进情况, 一季度工作进展, 1-9月实施情况)
      '推进情况',
      '工作进展',
      '实施情况',
      '完成',
      // a period's result (秋冬季实际, 上半年实际), and what an Indian or Philippine form says was achieved
      // (Q2 Achievement, Cumulative Achievement, Physical Achievement)
      '实际',
      'actual',
      'outturn',
      'performance',
      'achievement',
    ],
  },
  // A completion held to the whole of its target, never paced through the year: the growth reached as a
  // share of the growth target (增速完成率 = 8.1% / 8.4%), or the share of the period's own plan done
  // (完成1-4月投资计划, read below).
  periodCompletion: {
    exact: ['增速完成率', '增幅完成率', '增长完成率', '增速目标完成率'],
    starts: ['增速完成率', '增幅完成率'],
  },
  completion: {
    exact: [
      '完成率',
      // …and their share put right
      '整改率',
      '办结率',
      '任务完成率',
      // a Philippine agency's Form A (Target | Actual Accomplishment | Accomplishment Rate)
      'accomplishment rate',
      'rate of accomplishment',
      '% accomplishment',
      'percent accomplishment',
      'percentage of accomplishment',
      '完成比例',
      '完成比率',
      // the share done, beside the target and the count done (工作目标 | 已完成数 | 占比)
      '占比',
      '完成占比',
      // the share beside the count achieved (2019 ACHIEVEMENT | 2019 ACHIEVEMENT PERCENT(%))
      'achievement rate',
      'rate of achievement',
      'achievement percent',
      'achievement percentage',
      'percentage of achievement',
      'percent of achievement',
      '完成百分比',
      '占年任务之比',
      '占年度任务',
      '占全年任务',
      // the same said as a sentence's end (完成造林2020亩，为全年任务的114%)
      '为全年任务的',
      '为年度任务的',
      '为全年计划的',
      '为年计划的',
      '为年度计划的',
      '为年度目标的',
      '为全年目标的',
      '占全年计划',
      '占年计划',
      '占年度计划',
      '占计划',
      '完成目标',
      '完成年度目标',
      '占年度目标',
      '年计划完成率',
      '计划完成率',
      '年度完成率',
      '投资完成率',
      '年计划投资完成率',
      '完成进度',
      '形象进度',
      '进度情况',
      '进度百分比',
      '进展比例',
      '进度比例',
      // the share of the year's planned projects started (老旧小区改造: 新开工小区数 | 开工率)
      '开工率',
      '目标完成率',
      '目标达成率',
      '达成率',
      '达成度',
      '为预算',
      '占预算',
      '完成预算',
      '预算完成率',
      '预算执行率',
      '为年度预算',
      '占年度预算',
      '为年初预算',
      '占年初预算',
      '为调整预算',
      '占调整预算',
      '% of target',
      'percentage of target',
      // the share of the target met (% Target, % of Targets Met)
      '% target',
      '% target met',
      '% of target met',
      '% targets met',
      '% of targets met',
      '% complete',
      '% completed',
      'percent complete',
      // a data feed's share done so far (percent_complete_to_date)
      'percent complete to date',
      '% complete to date',
      '% achieved',
      'completion',
      'completion rate',
      'percent of target',
      'achievement %',
      '% achievement',
      'progress %',
      // the result as a share of the goal (Performance Goals | Performance Goals Achieved | Success Rate)
      'success rate',
      // revenue as a share of its budget (% Budget Received, % of budget collected)
      '% budget received',
      '% of budget received',
      '% of budget',
      '% of budget collected',
      'percent of budget',
      // spending as a share of its budget (% Budget Spent, % of budget spent, Actual spent to date as
      // percentage of budget)
      'actual spent to date as percentage of budget',
      'spent as percentage of budget',
      '% budget spent',
      '% of budget spent',
      // spending as a share of the plan's outlay (% of Exp to Outlay)
      '% of exp to outlay',
      '% exp to outlay',
      '% of expenditure to outlay',
      '% expenditure to outlay',
      '% of outlay',
      'budget spent',
      '% spent',
    ],
    // (完成一季度目标任务占比, 完成年度百分比: a share of the target, though the heading opens with 完成)
    ends: [
      '完成率',
      '完成比例',
      '占年任务之比',
      '% of target',
      '任务占比',
      '目标占比',
      '计划占比',
      '百分比',
      // 完成投资占年度投资目标的比例
      '目标的比例',
      '计划的比例',
      '任务的比例',
    ],
    contains: [
      '完成率',
      // the share of a ceiling used (占国家下达控制指标(%), 占控制指标)
      '占控制',
      '占国家下达',
      '占省下达',
      '占下达',
      '占全年',
      '占年度',
      '占年任务',
      '为预算',
      '占预算',
      '完成预算',
      '为年初预算',
      '为调整预算',
      '完成量占比',
      '完成占比',
      // 完成年度百分比, 完成前三季度目标任务占比(%), 占任务的(%)
      '占任务',
      '年度百分比',
      '计划百分比',
      '目标百分比',
      '任务占比',
      '目标占比',
      '计划占比',
    ],
  },
  previous: {
    exact: [
      '上年同期',
      '去年同期',
      '上年完成',
      '上年',
      '去年',
      '上年实际',
      '上年同期完成',
      '同期',
      '上年度',
      '基期',
      'last year',
      'previous year',
      'same period last year',
      'prior year',
      'previous',
      'last year same period',
      'same time last year',
      'previous quarter',
      'last quarter',
      'previous period',
      'last period',
      'previous month',
      'last month',
      '上期',
      '上月',
      'year end',
      'previous follow-up',
      'previous value',
    ],
    starts: ['上年', '去年'],
  },
  growth: {
    exact: [
      '增长',
      '增速',
      '增幅',
      '同比增长',
      '同比',
      '比上年增长',
      '增长率',
      '同比增速',
      '同比增减',
      '增减',
      '增长(%)',
      '比上年增减',
      '增减率',
      'growth',
      'change',
      '% change',
      'change %',
      'yoy',
      'year on year',
      'growth %',
      'annual change',
    ],
    // (比去年同期增长(%) › 累计: the change, over the year to date)
    starts: ['同比', '比上年', '比去年', '较上年', '较去年'],
    ends: ['增长', '增速', '增幅', '增长率'],
  },
  status: {
    exact: [
      // an assessment's verdict (考核结果: 完成 / 超额完成 / 未完成)
      '考核结果',
      '评价结果',
      '考核等次',
      'ratings',
      'performance ratings',
      '状态',
      '完成状态',
      '评价',
      '进度评价',
      '工作评价',
      '推进评价',
      '进展评价',
      '是否完成',
      '完成情况评价',
      '是否达标',
      '是否完成目标',
      '进度状态',
      '目标完成情况',
      '推进状态',
      '预警',
      '预警等级',
      '亮灯',
      '亮灯情况',
      '红黄绿灯',
      '红黄绿',
      // an NHS integrated performance report's control-chart verdict (Assurance: Passing / Failing / Hit and miss)
      'assurance',
      'status',
      'rag',
      'rag status',
      'rag rating',
      'traffic light',
      'traffic lights',
      'traffic light rating',
      'rating',
      'performance status',
      'target met?',
      'was the target achieved?',
      'was the target met?',
      'target achieved?',
      'achieved?',
      'target met',
      // a rating's columns, one ticked per row (Met or Exceeded Target | Within 3% of Target | Not Achieved)
      'met or exceeded target',
      'met or exceeded',
      'met target',
      'target not met',
      'not achieved',
      'target not yet applicable',
      'not yet applicable',
      'met?',
      'on target?',
      // a column of ticks or icons beside the result ("On Target": yes or no), not the target itself
      'on target',
      'on track?',
      'on track to meet target?',
      'on track to meet target',
      'assessment',
      'performance rating',
      'result status',
      'performance against target',
      // a regulated company's verdict on each commitment (Reward / Penalty (if applicable))
      'reward / penalty',
      'reward/penalty',
      'reward or penalty',
      'penalty / reward',
      // a self-assessment's verdict (自評: ⬛符合 ⬜不符合)
      '自评',
      '自评结果',
      'self-assessment',
      'self assessment',
      'self-assessment rating',
      'against target',
      'status against target',
      'compared to target',
      'compared with target',
      // a standard in the target's place (Indicator | Standard | May 2013 | Against standard)
      'against standard',
      'status against standard',
      'performance against standard',
      'compared to standard',
      'compared with standard',
      'met or failed',
      'met/failed',
      'met or not met',
      'met/not met',
      'achieved or not',
      'achieved or not achieved',
      'achieved/not achieved',
      'target achieved or not',
      'target achieved or not achieved',
      'target achieved/not achieved',
      'target met or not met',
      '控制指标进度情况',
      '控制情况',
      // a monitoring form's likelihood of reaching the year's goal (确定能 / 有可能 / 不可能)
      '完成目标可能性',
      '目标完成可能性',
      '完成目标的可能性',
      '完成可能性',
      '全年目标完成可能性',
      '全年完成可能性',
      '年度目标完成可能性',
      // water quality against its class (水质类别 | 达标, 本期水质符合程度: √ / ×)
      '达标',
      '达标情况',
      '达标与否',
      '水质达标情况',
      '水质是否达标',
      '水质达标与否',
      '符合程度',
      '水质符合程度',
      '本期水质符合程度',
    ],
    // "Progress/current status of performance against target": the status, whatever it is against
    starts: ['current status', 'progress/current status', 'status of performance'],
    ends: ['status', 'rag'],
  },
  owner: {
    exact: [
      ...HEADER_ALIASES.owner,
      '完成单位',
      '完成人',
      '负责单位',
      '主要责任单位',
      '责任主体',
      '市级牵头责任单位',
      '牵头责任单位',
      '牵头领导',
      '责任领导',
      '分管领导',
      '实施单位',
      '承办单位',
      '主管部门',
      '牵头责任部门',
      '县级牵头单位',
      '主办单位',
      '落实单位',
      // the departments whose figures the rows are (部门 | 预算数 | 执行数: each department's budget)
      '部门',
      '部门名称',
      '预算单位',
      // the office within a department (责任领导 | 责任科室: the office, not the person, owns the row)
      '责任科室',
      '责任股室',
      '责任处室',
      '牵头科室',
      '承办科室',
      'lead',
      'lead officer',
      'responsible officer',
      'accountable officer',
      'lead member',
      'portfolio holder',
      'directorate',
      'service',
      'team',
      'lead service',
      'cabinet member',
      'responsible department',
      'lead department',
      'head of service',
      // the offices whose figures the rows are (Department or Agency | Target set for reply | …); "Agency"
      // alone may head an agency's targets
      'department or agency',
      'department/agency',
      'manager',
      'lead director',
      'executive lead',
      'responsibility',
    ],
    ends: ['责任单位', '牵头单位', '责任部门', '牵头部门', '负责单位', 'officer', 'lead'],
  },
  notes: {
    exact: [
      ...HEADER_ALIASES.notes,
      'what that means',
      'what this means',
      // an office's observations on the row (Output | Target | Progress | Score | Observation)
      'observation',
      'observations',
      '存在问题',
      '问题',
      '原因分析',
      '下步打算',
      '下一步打算',
      '下步措施',
      '下一步措施',
      '存在问题及下一步打算',
      // the month's steps toward a year's task (月度工作计划 beside the task and its 落实情况): words on the
      // work, not the task's target
      '月度工作计划',
      '本月工作计划',
      '当月工作计划',
      // the next steps (下月工作计划 beside 截至6月底进展): the plan for the work, not the year's target
      '下月工作计划',
      '下步工作计划',
      '下一步工作计划',
      '下阶段工作计划',
      '下一步计划',
      '下步计划',
      '情况说明',
      '未完成原因',
      '偏差原因',
      'narrative',
      'explanation',
      'performance commentary',
      'reason',
      'reasons',
      'analysis',
      'actions',
      'action',
      'corrective action',
      'mitigation',
      'narrative / actions',
    ],
    // what is said about a figure, not the figure: Reasons for Deviation from 2020/21 target
    starts: ['reasons for', 'reason for', 'explanation for', 'explanation of', 'comment on', 'comments on'],
    contains: ['存在问题', '困难和问题', '困难问题', '下一步', 'commentary', 'comments'],
  },
  baseline: {
    exact: [
      '基数',
      '基期值',
      '基准值',
      '现状值',
      // Taiwan's current value before a target (學校現況值 | 學校年度目標值)
      '现况值',
      '基线',
      '基线值',
      'baseline',
      'baselines',
      'base',
      'base value',
      'baseline value',
      'baseline figure',
      'benchmark value',
      'starting point',
    ],
    // where things stood on a date before the target's year (Status on 31-03-2012 | Target 2012-13)
    starts: ['status on'],
    // whose value it was (学校现况值, 全县现状值)
    ends: ['现况值', '现状值', '基线值'],
  },
  // How far the result stands from the target, as the sheet states it (低于目标0.9个百分点).
  gap: {
    exact: [
      // a result against the year's plan, in words (与年度计划比: 高20.3个百分点, 持平)
      '与年度计划比',
      '与年计划比',
      // how far over a ceiling (超过控制指标(%): 37.4), beside the share of it used (占全年控制考核指标(%))
      '超过控制指标',
      '超出控制指标',
      '超控制指标',
      '超过控制考核指标',
      '与计划比',
      '与计划相比',
      '与年度计划相比',
      '与年度目标比',
      '与目标比',
      // a half year's growth against the year's expected target (与年初预期目标比: 增幅低于年初预期目标1.5个百分点)
      '与年初预期目标比',
      '与年初预期目标相比',
      '与年初目标比',
      '与预期目标比',
      '与预期目标相比',
      '差距',
      '与目标差距',
      '与目标的差距',
      '目标差距',
      '与年度目标差距',
      '与序时进度差距',
      '与时序进度差距',
      '与序时进度比',
      '与序时进度相比',
      '与序时进度比较',
      '与时序进度比较',
      '与时间进度比较',
      '与年进度比',
      '与年进度比较',
      '与均衡进度比',
      '与均衡进度比较',
      '与均衡进度相比',
      '与均衡进度差距',
      '与序时进度对比',
      '比序时进度',
      '快慢序时进度',
      // how far over (or, with a minus, under) the pace: 超(欠)序时进度, 超欠序时进度, 快于序时进度(百分点)
      '超序时进度',
      '快于序时进度',
      '快于时序进度',
      '快于时间进度',
      '高于序时进度',
      '超过序时进度',
      '超欠序时进度',
      // …and over the plan's pace, in the figure's unit or in points (超出计划进度目标(亿元) | 超出计划进度18.5%)
      '超出计划进度',
      '超出计划进度目标',
      '超过计划进度',
      '超计划进度',
      '超出序时进度目标',
      // …or the even pace (均衡进度: half the year's task by mid-year)
      '超均衡进度',
      '超欠均衡进度',
      '超欠时间进度',
      '与序时目标差距',
      // how far under or over a ceiling's pace (与控制指标进度目标比较: 低63人, 超4人, 持平)
      '与控制指标进度目标比较',
      '与控制指标进度比较',
      '与控制指标比较',
      '与控制考核指标进度目标比较',
      '与控制考核指标比较',
      '与控制指标进度目标相比',
      '与控制指标相比',
      '与计划差距',
      '比目标',
      '超欠',
      '超欠进度',
      // the share done less the pace, in points (进度差, 与序时进度差)
      '进度差',
      '与序时进度差',
      '与时间进度差',
      '快慢进度',
      'gap',
      'gap to target',
      'variance',
      'variance to target',
      'variance from target',
      'variance against target',
      'difference from target',
      'variation over target',
      'variation to target',
      'variation against target',
    ],
    // "Variation over Target to end of Oct 21"; South Africa's annual performance reports: "Deviation from
    // planned target to actual achievement for 2012/13"
    starts: [
      'variance to target',
      'variation over target',
      'variation against target',
      'deviation from planned target',
      'deviation from target',
      'deviation against target',
    ],
    // (and against the pace of a target that a higher level set: 与市确保目标序时进度比较)
    ends: ['差距', '序时进度比较', '序时进度相比', '序时进度对比', '时序进度比较'],
  },
  // A 绩效自评表 scores each indicator: full marks (得分 = 分值) is the office's own word that it was met.
  score: {
    exact: ['得分', '自评得分', '实际得分', '评价得分', '考核得分', '指标得分', 'score'],
  },
  // When a task is due: past it, a task still under way is overdue.
  deadline: {
    exact: [
      '完成时限',
      '完成日期',
      '完成期限',
      '时限',
      '时间节点',
      '完成时间',
      '完成时限要求',
      '办结时限',
      '计划完成时间',
      '截止时间',
      'deadline',
      'due date',
      'due by',
      'target date',
      'completion date',
      'target completion date',
      // a results report's (Target | Date to Achieve Target | Actual Result)
      'date to achieve target',
      // an action plan's (Key action | Timescale | Status: March 2024, Q3 2023/24)
      'timescale',
      'timescales',
      'target timescale',
    ],
  },
  maxScore: {
    exact: [
      '分值',
      '参考分值',
      '标准分',
      '标准分值',
      '满分',
      '指标分值',
      '权重分值',
      // a form's weight in points (指标权重(分) | 指标得分(分))
      '指标权重',
      'maximum score',
      'max score',
      'weighting',
    ],
  },
  ignore: {
    exact: [
      // …and those still being put right: neither the target nor the result
      '正在整改数',
      '未完成整改数',
      '未整改数',
      // how a Taiwan plan's measure is assessed (評估體制 | 評估方式 | 衡量標準: a formula, not a figure)
      '评估体制',
      '评估方式',
      '衡量标准',
      // the same report's five-year plan to date beside the year (Expected – Strategic Plan | Actual –
      // Strategic Plan): not the year's
      'expected – strategic plan',
      'expected - strategic plan',
      // how far a national objective has moved toward its target (Healthy People: Movement Toward Target),
      // and the years its values are of: no figure of the year's
      'movement toward target',
      'movement towards target',
      'baseline year',
      'actual – strategic plan',
      'actual - strategic plan',
      'actual-strategic plan',
      // a client charter's counts beside the share that met it, and the cases that took longer
      'number fulfilling standard',
      'number meeting standard',
      'number exceeding standard',
      '% exceeding standard',
      'total meeting standard',
      'total not meeting standard',
      'number not meeting standard',
      '% not meeting standard',
      // how far under a ceiling, in points (好于控制指标(百分点)): no result of its own
      '好于控制指标',
      '低于控制指标',
      '项目个数',
      '项目数',
      '增减额',
      '增加额',
      '增长额',
      '比上年增减额',
      '同比增减额',
      '个数',
      '项目数量',
      'number of projects',
      '趋势',
      '权重',
      // a score form's weights and marks (配分, 权数, 自评分数, 折合分数): no target, no result
      '配分',
      '权数',
      '自评分数',
      '折合分数',
      '配合单位',
      '协办单位',
      '佐证材料',
      '资金来源',
      // a project's whole cost over all its years (计划总投资 | 年度计划投资 | 1-7月完成投资): not the year's target
      '总投资',
      '计划总投资',
      '项目总投资',
      '项目计划总投资',
      '估算总投资',
      '频率',
      '数据来源',
      'measure type',
      'type of measure',
      'trend',
      'short trend',
      'long trend',
      'direction of travel',
      'dot',
      'frequency',
      'reporting frequency',
      'source',
      'data source',
      'weight',
      'score',
      'date',
      'previous rag',
      'link',
      'graph',
      'chart',
      'benchmark quartile',
      'quartile',
      // what was done beyond the target (超年度目标 628亿元): a surplus, not the target
      '超年度目标',
      '超目标',
      '超计划',
      '超年度计划',
      '超年计划',
      // counts beside a waiting-time standard's share (Number Seen | Seen within target | Breaches)
      'seen within target',
      'within target',
      'number seen',
      'breaches',
      // a place in a league of areas (能耗下降率排名), not a result against a target
      '排名',
      '名次',
      '位次',
      '排位',
      '排序',
      'rank',
      'ranking',
    ],
    ends: ['排名', '名次', '位次', '排位'],
    contains: ['趋势', 'trend'],
  },
};

export interface HeaderReading {
  readonly role: HeaderRole;
  /** 1 for the word itself, 0.8 for a start or an end, 0.6 for a word inside the heading. */
  readonly score: number;
}

export interface HeaderParts {
  /** The heading without its bracketed unit, year or period: the key compared with the vocabulary. */
  readonly key: string;
  /** The bracketed part, when there is one: "(%)" → %, "（万元）" → 万元. */
  readonly bracket: string | null;
}

const BRACKET = /[(（[【]([^()（）[\]【】]*)[)）\]】]/g;
/** Years and financial years inside a heading: 2019年, 2019年度, FY 2003, 2023/24, 2022-23. */
const YEARS = /(?:fy)?(?:19|20)\d{2}(?:(?:[/\-–—]|to)\d{2,4})?(?:年度|年)?/g;
/** The word that leads to a year in English ("Achievement in 2023", "Target for 2024/25"). */
const WORD_BEFORE_YEAR = /(?<=\S)\s+(?:in|for|during)\s+(?=(?:fy\s*)?(?:19|20)\d{2})/gi;

/**
 * The months from January to one of them, in figures or numerals: 1-4月, 1—9月, 1至7月, 一至七月, 一至十一月,
 * 前七个月, 截至7月底, 截至6月30日 (the month's last day: 截至8月20日 is through July, see statedPeriod).
 */
const MONTH_NUMBER = '(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])';
const JANUARY_TO = `(?:(?:1|一)[-—–~至到]${MONTH_NUMBER}月|前${MONTH_NUMBER}个月|截[至止]${MONTH_NUMBER}月(?:(?=底|末)|(?:28|29|30|31)日))`;
/** The quarters from the first, or the half year, in words: 上半年, 前三季度, 1-3季度, 一至三季度. */
const QUARTERS_TO_DATE = '(?:上半年|前[两二三]季度|(?:1|一)[-—–~至到][2-4二三四]季度)';
/**
 * A period to date before the words (1-4月累计完成投资, 1—9月份完成, 上半年底累计完成投资): the stated period
 * says which. Not a period to date alone (1-9月份, 1-6月累计: see BARE_TO_DATE).
 */
const PERIOD_TO_DATE = new RegExp(
  `^(?:${JANUARY_TO}|${QUARTERS_TO_DATE})(?:份|底|末)?(?!(?:份|底|末)?(?:累计)?$)`,
);

/** A quarter as Hong Kong, Macau and Taiwan write it before the words (2021年第四季實際表現). */
const PART_OF_YEAR_LEAD = /^第[一二三四1-4]季(?![度末底])(?=.)/;

/** A period to date alone as a heading: 1-6月, 1—9月份, 1-11月底, 1-6月累计, 上半年, 前三季度累计. */
/** A run of months and nothing else, its year after it or not (Apr to Oct 03, April-September 2023). */
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const MONTHS_TO_MONTH = new RegExp(`^${MONTH_WORD}(?:to|-|–|—|~)${MONTH_WORD}(?:'?\\d{2}|(?:19|20)\\d{2})?$`);
const BARE_TO_DATE = new RegExp(`^(?:${JANUARY_TO}|${QUARTERS_TO_DATE})(?:份|底|末)?(?:累计)?$`);

/** A month with its year before the words (Jun-19 Seen within target, "Sept 2023 Actual"): the month says when. */
const MONTH_YEAR_LEAD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-–/'.]?(?:\d{2}){1,2}(?=[a-z])/;

/** Two-digit financial years (01/02, 03/04): a pair whose second is the year after the first. */
const SHORT_YEARS = /(?<![\d./])(?:fy)?(\d{2})[/\-–—](\d{2})(?![\d./%])/g;
/** Two years written together, as a school year or a budget's is (Target 0708 = 2007-08); never 19xx, 20xx. */
const COMPACT_YEARS = /(?<![\d./])(?!19|20)(\d{2})(\d{2})(?![\d./%])/g;
/** One year or one financial year (2019, FY 2010, 2023/24, 2022-2023, 2016 to 2017), never a span of several years. */
const ONE_YEAR = /(?<!\d)((?:19|20)\d{2})(?:(?:[/\-–—]|to)(\d{2}|(?:19|20)\d{2}))?(?!\d)/g;

/**
 * The months to date a heading opens with (前三季度, 上半年, 1月, 1-9月份): as a target's heading, a plan for
 * them (前三季度投资计划); after 完成, the share of that plan done (完成1-4月投资计划).
 */
const MONTHS_TO_DATE = `${QUARTERS_TO_DATE}(?:底|末)?|${JANUARY_TO}(?:份|底|末)?|一月份?|1月份?`;
const PERIOD_PLAN_DONE = new RegExp(`^完成(?:${MONTHS_TO_DATE}|一季度|本期|当期).{0,8}(?:计划|目标|任务)$`);
/** 占年初预算月进度, 完成月进度, 占预算季进度: the share done of the month's (quarter's) part of the year's budget or plan. */
const PART_OF_BUDGET_DONE =
  /^(?:占|完成)(?:年初|年度|全年)?(?:预算|计划)?(?:数的?)?(?:本|当)?(?:月|季度?)(?:度)?进度$/;
const SPAN_LEAD = new RegExp(`^(${MONTHS_TO_DATE})(.+)$`);

/** A single month before a heading's word (9月水质, 10月份完成值, 本月完成): the word is the heading. */
const MONTH_HEADING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|本)月份?(.{2,})$/;

/** A month's heading (9月水质, 3月水质类别, 本月完成值): the roles of the heading's word, for that month. */
function monthHeading(key: string): HeaderReading[] {
  const month = MONTH_HEADING.exec(key);
  const exact = month ? EXACT.get(month[1]) : undefined;
  return (exact ?? []).map((e) => ({ role: e.role, score: e.score * 0.9 }));
}

/** A month's work plan: 7月工作计划, 十二月份工作安排. */
const MONTH_WORK_PLAN = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?工作(?:计划|打算|安排)$/;

/** Progress up to a date: 截至6月底进展, 截至9月末推进情况, 截至10月完成情况. */
const PROGRESS_UP_TO = /^截[至止].{1,8}(?:进展|进度|推进情况|完成情况|进展情况|实施情况)$/;
/** Progress, or what was achieved, up to a month (Progress to March 2015, Achievements up to June). */
const PROGRESS_TO_MONTH =
  /^(?:progress|achievements?|accomplishments?|coverage|completed|achieved)(?:made)?(?:up)?(?:to|till|until|through|asat|asof|ason)(?:the)?(?:endof)?\d{0,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*(?:\d{2}|\d{4})?$/;
/** What is set to be reached, in words around "targeted" (Area targeted for coverage, Households targeted). */
const TARGETED = /targeted/;

/** A count of the cases that kept a target or a standard (see headerRoles). */
const CASES_KEPT =
  /^(?:total|number|no\.?)(?:of)?(?:cases|applications|requests)?(?:implemented|completed|processed|done|resolved|served|handled|met|achieved|fulfilled|meeting|fulfilling)(?:asper|within|accordingto|meeting|on|in)(?:target|standard|time|schedule|charter)s?$/;
/** A count of the cases that missed a target or a standard (Total Target Not Achieved). */
const CASES_MISSED =
  /^(?:total|number|no\.?)(?:of)?(?:cases|applications|requests)?(?:targets?|standards?)?(?:not|un)(?:achieved|met|fulfilled|meeting)(?:targets?|standards?)?$/;

let pledgeKeys: ReadonlySet<string> | null = null;

/** True when a heading is over pledges (服務承諾, 承諾標準, Our pledge): each row a standard kept case by case. */
export function namesPledges(header: string): boolean {
  pledgeKeys ??= new Set(PLEDGE_HEADINGS.map(headerKey));
  const lowest = headingLeaf(header);
  const rest = withoutAbbreviation(lowest);
  return pledgeKeys.has(headerKey(lowest)) || (rest !== null && pledgeKeys.has(headerKey(rest)));
}

/** Words that set a time as the standard a case is done in (within 5 days, 4 months before the due date). */
export const PLEDGE_WITHIN =
  /\b(?:within|before|in under|no later than|not later than)\b|\bin\s+\d+\s+(?:working\s+|calendar\s+)?(?:days?|weeks?|hours?|months?)\b|以内|之内|内(?:完成|办结|处理|答复|回复)|(?:分钟|小时|工作日|工作天|天|日|星期|周|个月)内/i;

/** A question whether the standard or target was met (Meets Department Set Standard?, Met target?). */
const MET_QUESTION =
  /^(?:(?:did\s+(?:we|it|the\s+\w+)\s+)?(?:meets?|met|achieved?|reached?)\b.*\b(?:standard|target|goal|benchmark)s?|(?:[\w\s-]*\s)?(?:standard|target|goal|benchmark)s?\s+(?:met|achieved|reached))\s*\?$/;

/** A heading that asks whether a row keeps pace with the time of year (是否达序, 是否达到序时进度). */
const PACE_QUESTION = /^是否(?:达到?|符合|按|跟上)?(?:序时|时序|时间)(?:进度)?(?:要求)?(?:推进)?$|^是否达序$/;

/** The task handed to this place: 我市任务, 本县年度任务, 我区目标任务. */
const OUR_TASK = /^(?:我|本)(?:省|市|州|县|区|镇|乡|街道)(?:年度)?(?:目标)?任务(?:数)?$/;

/** A heading that asks whether a row is behind (进度是否滞后, 是否滞后于序时进度): its yes is behind. */
const BEHIND_QUESTION = /^(?:进度|工作进度|项目进度)?是否(?:滞后|落后)(?:于?(?:序时|时序|时间)进度)?$/;

/**
 * The question a status column's heading asks (Indicator.statusAsks): whether the row keeps pace (是否达序),
 * or whether it is behind (进度是否滞后); null for any other heading.
 */
export function statusQuestion(header: string | undefined): 'pace' | 'behind' | null {
  if (header === undefined) return null;
  const key = headerKey(headingLeaf(header));
  return PACE_QUESTION.test(key) ? 'pace' : BEHIND_QUESTION.test(key) ? 'behind' : null;
}

/**
 * A target's heading that opens with the months to date (前三季度投资计划, 1-7月目标, 1月市定目标值): how many
 * months its plan covers (1 to 11); null for any other heading.
 */
export function spanOfTarget(text: string): number | null {
  return monthsOfLead(text, 'target');
}

/**
 * How many months the months to date that open a heading cover (1-10月推进情况: 10, 前三季度投资计划: 9), when
 * the rest of the heading names `role`; null for any other heading, and for the whole year.
 */
export function monthsOfLead(text: string, role: HeaderRole): number | null {
  const m = SPAN_LEAD.exec(headerKey(text));
  if (!m || headerRoles(m[2])[0]?.role !== role) return null;
  // The months, or the quarters (前三季度, 1-3季度: three months each); the half year is six.
  const quarters = /([\d一二两三四]+)季度/.exec(m[1]);
  const last = ((quarters ?? /([\d一二两三四五六七八九十]+)个?月/.exec(m[1]))?.[1] ?? '').replace('两', '二');
  const count = /^\d+$/.test(last) ? Number(last) : (parseChineseNumeral(last) ?? 0);
  const months = m[1].startsWith('上半年') ? 6 : quarters ? 3 * count : count;
  return months >= 1 && months <= 11 ? months : null;
}

/** FY23, FY 24, FY'25 (not FY2023, which ONE_YEAR reads, nor FY23/24, which SHORT_YEARS reads). */
const FY_SHORT = /(?<![a-z])fy\s*'?(\d{2})(?![\d/\-–—])/g;

function followingYear(first: number, second: string): boolean {
  return second.length === 2 ? (first + 1) % 100 === Number(second) : first + 1 === Number(second);
}

function shortYear(a: string, b: string): number | null {
  const x = Number(a);
  return (x + 1) % 100 === Number(b) ? (x >= 50 ? 1900 + x : 2000 + x) : null;
}

/**
 * The year a heading names among its words (FY 2010 Actual, 03/04 target, 2019年完成: 2010, 2003, 2019),
 * or null: none, several, or a span of years (2020-2025年目标).
 */
export function yearInHeading(heading: string): number | null {
  if (typeof heading !== 'string') return null;
  // (a footnote's number after the year is none of it: 4-year actuals for 20211)
  const text = normalizeText(heading).replace(FOOTNOTE_NUMBER, '');
  // A span of months to a date (year to Mar 2014, half year to Sep 2013): the year it starts in, as a
  // financial year is named by its first (2013/14 from April).
  const span = SPAN_TO_DATE.exec(text);
  if (span) {
    const months = /^(?:half|six)/i.test(span[1])
      ? 6
      : /^nine/i.test(span[1])
        ? 9
        : /^quarter/i.test(span[1])
          ? 3
          : 12;
    const end = monthOfName(span[2].slice(0, 3)) ?? 0;
    const year = Number(span[3]);
    return end - months + 1 >= 1 ? year : year - 1;
  }
  // A quarter or half before the year (Q3 2016/17, H1 2024) would run into it once the spaces go.
  const key = headerKey(yearsInFigures(text).replace(/\b[QqHh][1-4]\b/g, ' '));
  const found = new Set<number>();
  for (const m of key.matchAll(ONE_YEAR)) {
    const first = Number(m[1]);
    if (m[2] !== undefined && !followingYear(first, m[2])) return null;
    found.add(first);
  }
  for (const m of key.matchAll(SHORT_YEARS)) {
    const y = shortYear(m[1], m[2]);
    if (y !== null) found.add(y);
  }
  // A financial year by its last two figures (FY23, FY 24, FY'25), named by the year it ends in.
  for (const m of key.matchAll(FY_SHORT)) found.add(Number(m[1]) + (Number(m[1]) >= 50 ? 1900 : 2000));
  // Taiwan's calendar (中華民國97年度).
  if (found.size === 0) {
    const roc = rocYear(text);
    if (roc !== null) found.add(roc);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** A span of months to a date: (half) year / six / nine months / quarter to or ended (30) Sep 2013. */
const SPAN_TO_DATE =
  /\b(half[-\s]?year|year|twelve months|12 months|six months|nine months|quarter)\s+(?:ended|ending|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/i;

/** A month's name or a year: what a bracket naming a time holds ("(1 April 2018 to 31 March 2019)", "（2021年）"). */
const TIME_WORDS =
  /(?:19|20)\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:\d|[一二三四五六七八九十])\s*月/;

/**
 * The unit a heading gives in its brackets ("完成目标(%)" → %, "年度目标（万元）" → 万元), or null: none, or a
 * bracket that names a time rather than a unit ("Performance (1 April 2018 to 31 March 2019)").
 */
export function bracketUnit(text: string): string | null {
  const bracket = headerParts(text).bracket;
  // A column's capital letter for a formula (实际完成值(B), 偏差率(C=B/A-1)) is no unit; a small one may be
  // (Length (m), Weight (t)).
  if (bracket !== null && /[(（]\s*[A-H]\s*(?:=[^)）]*)?[)）]/.test(text)) return null;
  // The share of cases that met a standard, in words (达到服务标准的百分比, 達到服務水平的百分比): per cent.
  if (bracket !== null && /百分(?:比|率|数)$/.test(bracket)) return '%';
  // Per cent in words (Target (per cent), Achievement (in percent), Share (percentage)): per cent.
  if (bracket !== null && /^(?:in)?(?:percent(?:age)?|%)$/.test(bracket)) return '%';
  return bracket !== null && !TIME_WORDS.test(bracket) && !NOT_YET_FINAL.test(bracket) ? bracket : null;
}

/** A bracket that says the figures are not final (完成情况(预计), Outturn (provisional)): no unit. */
const NOT_YET_FINAL = /^(?:预计|预测|估计|初步|快报|预估|projected|estimated?|forecast|provisional|draft)$/i;

/**
 * A footnote's number at the end of a heading, after a bracket, a role's word or the year it is for
 * (2-year targets (2023)1, Baseline2, for 20211).
 */
const FOOTNOTE_NUMBER =
  /(?<=[)）]|\b(?:targets?|actuals?|baselines?|goals?|results?|outturn|estimates?)|\b(?:for|in|by|to|of|fy)\s*(?:19|20)\d{2})\d$/i;

/**
 * The span a figure is over, before a role's word (4-year targets for 2022, 2-year actual, Five-year
 * target): the role's word is the heading. (A span before other words, 5-year average, is left.)
 */
const YEARS_SPAN_LEAD =
  /^(?:\d{1,2}|two|three|four|five|ten)-?(?:years?|yr)(?=targets?|actuals?|baselines?|goals?|results?)/;

/** The heading taken apart: its key (normalised, no brackets, no leading year) and its bracketed part. */
export function headerParts(text: string): HeaderParts {
  if (typeof text !== 'string') return { key: '', bracket: null };
  const full = headerKey(
    normalizeText(text)
      // (a footnote's number typed after the words is none of them)
      .replace(FOOTNOTE_NUMBER, '')
      .replace(WORD_BEFORE_YEAR, ' '),
  ).replace(YEARS_SPAN_LEAD, '');
  const hadYear = /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(full);
  let bracket: string | null = null;
  const key = full
    // a currency in thousands or millions after the words (Main budget R’000, Budget $'000, Budget $M):
    // the column's unit
    .replace(/(?<=\D)(?:(?:r|\$|£|€|ksh|ushs?)['’]?000|[$£€](?:m|mn|bn|k))$/, '')
    .replace(BRACKET, (_, inner: string) => {
      if (bracket === null && inner.trim() !== '') bracket = inner.trim();
      return '';
    })
    // a bracket left open at the end (Progress (July 2014-Feb.2015): a bracket all the same
    .replace(/(?<=.)[(（]([^()（）]*)$/, (_, inner: string) => {
      if (bracket === null && inner.trim() !== '') bracket = inner.trim();
      return '';
    })
    // (footnote marks * † ‡ are gone already: core/normalize headerKey)
    .replace(/[:：¹²³⁴⁵]+$/, '')
    .replace(/^#+/, '')
    .replace(MONTH_YEAR_LEAD, '')
    .replace(YEARS, '')
    .replace(PERIOD_TO_DATE, '')
    .replace(PART_OF_YEAR_LEAD, '')
    .replace(SHORT_YEARS, (m: string, x: string, y: string) => (shortYear(x, y) !== null ? '' : m))
    .replace(COMPACT_YEARS, (m: string, x: string, y: string) => (shortYear(x, y) !== null ? '' : m))
    // the comma left before a year taken away ("Quarter 4, 2016/17")
    .replace(/(?<=.)[,，]$/, '')
    // the word "year" left before a year taken away (Target Yr (2023), Target Year 2024)
    .replace(/(?<=.)(?:yr\.?|year)$/, (m: string) => (hadYear ? '' : m))
    // the plan a figure is as per (Target for 2018/19 as per Annual Performance Plan (APP), Quarter 1
    // Target as per APP): the figure's heading
    .replace(/(?<=.)asper(?:the)?(?:annualperformanceplan|app|annualplan|plan)$/, '');
  // A trailing percent sign is the column's unit, as a bracketed one would be (增减率%: unit %).
  if (key.length > 1 && key.endsWith('%') && bracket === null) bracket = '%';
  // So is a leading one before the words of the lowest heading (% Fulfilling Standard, % of calls).
  if (bracket === null && /(?:^|›)%[^\d%›]{2,}$/.test(key)) bracket = '%';
  // A year and its role in brackets ("2018/19 (actual)", "2019/20 (target)"): the bracket is the word.
  const inBracket: string | null = bracket;
  if (key === '' && inBracket !== null && EXACT.has(headerKey(inBracket))) {
    return { key: headerKey(inBracket), bracket: null };
  }
  return { key: key === '' ? full : key, bracket };
}

type Entry = { role: HeaderRole; score: number };
const EXACT = new Map<string, Entry[]>();
const AFFIXES: { word: string; role: HeaderRole; kind: 'starts' | 'ends' | 'contains' }[] = [];

(function build() {
  for (const role of Object.keys(HEADER_WORDS) as HeaderRole[]) {
    const words = HEADER_WORDS[role];
    for (const w of words.exact) {
      const k = headerKey(w);
      const list = EXACT.get(k) ?? [];
      if (!list.some((e) => e.role === role)) list.push({ role, score: 1 });
      EXACT.set(k, list);
    }
    for (const kind of ['starts', 'ends', 'contains'] as const) {
      for (const w of words[kind] ?? []) AFFIXES.push({ word: headerKey(w), role, kind });
    }
  }
})();

const LEVEL_DIGITS = '一二三四五六';

/**
 * The level a heading names in a hierarchy of indicators (一级指标 1, 二级指标 2, 三级指标 3, as the
 * 绩效自评表 form has them), else null. Of several levels the deepest names the indicators and its parent
 * their group (levelRoles).
 */
export function indicatorLevel(text: string): number | null {
  if (typeof text !== 'string' || !/指\s*[标標]/.test(text)) return null;
  // (一级 指标, 一级\n指标, 三級指標: spaces, line breaks and Traditional characters aside)
  const m = /^([一二三四五六1-6])级指标$/.exec(headerParts(text).key);
  if (!m) return null;
  const i = LEVEL_DIGITS.indexOf(m[1]);
  return i >= 0 ? i + 1 : Number(m[1]);
}

/**
 * The roles of a header's columns where it has levels of indicators: the deepest level names the
 * indicators, the level above it is their category, and the other levels and any other heading that
 * names indicators (绩效指标 over the form's label column) are left aside. Null without two levels.
 * `texts` are the leaf headings by column.
 */
export function levelRoles(
  texts: ReadonlyMap<number, string>,
): { readonly name: number; readonly category: number; readonly aside: ReadonlySet<number> } | null {
  const levels: { col: number; level: number }[] = [];
  for (const [col, text] of texts) {
    const level = indicatorLevel(text);
    if (level !== null) levels.push({ col, level });
  }
  if (new Set(levels.map((l) => l.level)).size < 2) return null;
  levels.sort((a, b) => b.level - a.level || a.col - b.col);
  const isName = (text: string) => headerRoles(text)[0]?.role === 'name';
  // A column of names after the deepest level (一级指标 | 二级指标 | 指标名称) names the indicators, and
  // the deepest level is then their group.
  let inner: number | null = null;
  for (const [col, text] of texts) {
    if (
      col > levels[0].col &&
      indicatorLevel(text) === null &&
      isName(text) &&
      (inner === null || col < inner)
    )
      inner = col;
  }
  const name = inner === null ? levels[0] : { col: inner, level: Infinity };
  const parent = inner === null ? levels.find((l) => l.level < name.level)! : levels[0];
  const aside = new Set<number>();
  for (const l of levels) if (l.col !== name.col && l.col !== parent.col) aside.add(l.col);
  for (const [col, text] of texts) {
    if (col !== name.col && col !== parent.col && isName(text)) aside.add(col);
  }
  return { name: name.col, category: parent.col, aside };
}

const PAIR_TARGET = ['target', 'goal', 'planned', 'plan', '计划', '目标'];
const PAIR_ACTUAL = ['actual', 'achieved', '实际', '完成'];

/**
 * A heading that names the target of what another heading of the row names the result of: "Target
 * Compliance Level" beside "Actual Compliance Level", 计划产量 beside 实际产量. The words after the
 * prefixes must be the same, so "Target Response Time" with no actual of its own is not a target.
 */
export function isPairedTarget(heading: string, others: readonly string[]): boolean {
  const key = headerParts(heading).key;
  const rest = pairedMeasure(key);
  if (rest === null) return false;
  return others.some((o) => {
    const k = headerParts(o).key;
    return PAIR_ACTUAL.some((w) => k === w + rest) || (measureLongEnough(rest) && isOtherOf(k, rest));
  });
}

/**
 * A heading that names the result of what a "Target …" heading of the row names the target of, in
 * other words than Actual (Target Length (km) | Completed Length (km); Target Habitations | Connected
 * habitations).
 */
export function isPairedResult(heading: string, others: readonly string[]): boolean {
  const key = headerParts(heading).key;
  if (pairedMeasure(key) !== null) return false;
  return others.some((o) => {
    const rest = pairedMeasure(headerParts(o).key);
    return rest !== null && measureLongEnough(rest) && isOtherOf(key, rest);
  });
}

/** What a "Target …" heading names the target of (Target Length → length), or null. */
function pairedMeasure(key: string): string | null {
  const p = PAIR_TARGET.find((w) => key.startsWith(w) && key.length > w.length);
  return p ? key.slice(p.length) : null;
}

/** A heading naming the same measure by another first word (completedlength for length). */
function isOtherOf(key: string, measure: string): boolean {
  return key.endsWith(measure) && key.length > measure.length && pairedMeasure(key) === null;
}

/** A measure's name long enough to pair headings by: a word of four letters, or two characters. */
function measureLongEnough(measure: string): boolean {
  return /[\u4e00-\u9fff]/.test(measure) ? measure.length >= 2 : measure.length >= 4;
}

const FORM_SECTION = /^[一二三四五六七八九十]{1,2}、(?![一二三四五六七八九十])|^(?:年度)?绩效指标完成情况$/;

/**
 * The roles a heading may name, best first (several for ambiguous words such as 目标任务 and 进度);
 * empty when the heading is not in the vocabulary.
 */
export function headerRoles(text: string): HeaderReading[] {
  return ownLanguageRoles(headingInOneLanguage(text));
}

/**
 * A heading written in two languages, one under the other (年度目标 over Target, 完成 over YTD KPI
 * Achieved), as one line: where both lines read as the same heading, the one that says more (a Chinese
 * character counted as a word's three letters). Where only one line reads, or they read differently (服務
 * over Service), a line that heads figures, verdicts or the names, the Chinese first, which such tables are
 * written in first; a line read as a group or an office alone (申請類別 over Types of Applications) leaves
 * the heading as it is, as does any heading in one language.
 */
export function headingInOneLanguage(text: string): string {
  const lines = languageLines(text);
  if (!lines) return text;
  const [han, latin] = lines.map((line) => ({ line, role: ownLanguageRoles(line)[0] }));
  const reads = (x: typeof han): boolean => x.role !== undefined && x.role.score >= 0.6;
  if (reads(han) && reads(latin) && han.role.role === latin.role.role)
    return says(latin.line) > says(han.line) ? latin.line : han.line;
  for (const x of [han, latin]) if (reads(x) && HEADS_ROWS_OR_FIGURES.has(x.role.role)) return x.line;
  return text;
}

const HEADS_ROWS_OR_FIGURES: ReadonlySet<HeaderRole> = new Set([
  'name',
  'target',
  'periodTarget',
  'actual',
  'completion',
  'periodCompletion',
  'previous',
  'growth',
  'status',
  'baseline',
]);

/** How much a line says: its letters and digits, a Chinese character counted three times. */
function says(line: string): number {
  return line.replace(/[^\p{L}\p{N}]/gu, '').length + 2 * hanCount(line);
}

function ownLanguageRoles(text: string): HeaderReading[] {
  // A year's expected outcome (2012-13 Expected Outcome, beside 2012-13 Target in a budget paper): the
  // year's result as far as it is known, where without a year the words head the outcome served.
  if (typeof text === 'string' && EXPECTED_OUTCOME.test(text) && YEAR_IN_HEADING.test(text))
    return rolesOfWords(text.replace(EXPECTED_OUTCOME, 'Estimated actual'));
  // A year's task (2022年任务 | 2022年完成 | 2023年计划): that year's target, where 任务 alone heads the
  // tasks' names.
  if (typeof text === 'string' && YEAR_TASK.test(toHans(normalizeText(text))))
    return [{ role: 'target', score: 1 }];
  const roles = rolesOfWords(text);
  // A pledge's standard in per cent (承諾標準(百分比) | 2019年實際表現): the share pledged, the target.
  if (typeof text === 'string' && roles[0]?.role === 'name' && PERCENT_BRACKET.test(text)) {
    if (namesPledges(text.replace(PERCENT_BRACKET, ''))) return [{ role: 'target', score: 1 }];
  }
  // The body that set a task, named in its heading (市上全年任务, 完成县上全年任务(%), 省下达目标): the
  // heading is read without it, unless it reads more surely as it is.
  if (typeof text === 'string' && ISSUER.test(text)) {
    const bare = rolesOfWords(text.replace(ISSUERS, ''));
    if (bare.length > 0 && bare[0].score > (roles[0]?.score ?? 0)) return bare;
  }
  // An office's goal is its target (KPI Goal, % of Goal, Goal for Quarter 1, Goal to meet by 2020): the
  // heading is read as the same heading with "target", unless its own words read more surely as
  // something else (Strategic Goals: the category).
  if (typeof text !== 'string' || !GOAL_WORD.test(text)) return roles;
  const asTarget = rolesOfWords(
    text.replace(GOAL_WORDS, (_, g: string, s: string) => `${g === 'G' ? 'T' : 't'}arget${s}`),
  );
  return asTarget.length > 0 && asTarget[0].score >= (roles[0]?.score ?? 0) ? asTarget : roles;
}

const EXPECTED_OUTCOME = /\bexpected\s+outcome\b/i;
const YEAR_TASK = /^(?:19|20)\d{2}\s*年度?\s*(?:全年)?任务(?:数|量)?\s*(?:[(（][^()（）]*[)）])?$/;
const YEAR_IN_HEADING = /\b(?:19|20)\d{2}\b/;

const PERCENT_BRACKET = /\s*[(（]\s*(?:%|％|百分比|百分率|percent(?:age)?)\s*[)）]\s*$/i;

const ISSUER_WORDS =
  '(?:市上|县上|省上|区上|(?:上级|[省市县区州](?:政府|委|局)?|[省市县区]级)下达的?|[省市县区州]下(?![属辖设])(?=.))';
const ISSUER = new RegExp(ISSUER_WORDS);
const ISSUERS = new RegExp(ISSUER_WORDS, 'g');

/** A heading's words for the year to date (YTD, FYTD, Year to date, Fiscal year-to-date). */
export const YEAR_TO_DATE = /\b(?:f?ytd|(?:fiscal\s+)?year[- ]to[- ]date)\b/i;

/** The words without the body that set the task (高于市政府下达目标4个百分点 → 高于目标4个百分点). */
export function withoutIssuer(text: string): string {
  const hans = toHans(text);
  return ISSUER.test(hans) ? hans.replace(ISSUERS, '') : text;
}

const OWN_BASELINE = /baseline(?:value|figure)?$/;
const AGAINST_BASELINE =
  /(?:from|against|to|vs\.?|versus|over|than|on|with)(?:the)?(?:revised|updated)?baseline(?:value|figure)?$|actual|achieve|result|target/;

/**
 * Over (+) or short (-) of a task, in its own unit (超(+)、差(-)"双过半"任务数, 超欠收): the gap, whatever the
 * task it names; a part of the year's own target (三季度目标, 上半年任务, 1-9月计划): the target to that period.
 */
function taskPartRole(key: string, text: string): HeaderRole | null {
  if (OVER_OR_SHORT.test(key)) return 'gap';
  return PART_TARGET.test(headerKey(text)) ? 'periodTarget' : null;
}

const OVER_OR_SHORT = /^超[、,，/]?(?:欠|差|短)|^多[、,，/]?少/;
const PART_TARGET =
  /^(?:第?[一二三四1-4]季度|上半年|下半年|前[两二三]季度|(?:1|一)[-—–~至到](?:1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])月)(?:份|末|底)?(?:的)?(?:目标|任务|计划)(?:数)?$/;

const EXPECTED_GROWTH = /^(?:年度|全年|年初)?(?:预期|目标)(?:增长|增速|增幅)率?$/;

const GOAL_WORD = /\bgoals?\b/i;
const GOAL_WORDS = /\b(g)oal(s?)\b/gi;

/** A threshold or a minimum's heading (Threshold, Minimum value, Minimum required). */
const FLOOR_HEADING = /^(?:threshold|minimum(?:value|standard|required|requirement|level))/;

function rolesOfWords(heading: string): HeaderReading[] {
  if (typeof heading !== 'string' || heading.trim() === '' || heading.length > 80) return [];
  // Words quoted in a heading are its words (“Actual Achieved” Value as Proxy for 2018 Baseline).
  const text = heading.replace(/[“”"]/g, '');
  const parts = headerParts(text);
  const whole = parts.key;
  // A form's section (四、年度绩效指标完成情况, or unnumbered), merged down its first column: no column's
  // heading (一、二季度完成情况 names two quarters).
  if (FORM_SECTION.test(whole)) return [];
  // A trailing % is the unit (增减率% is 增减率), unless the word itself ends so ("progress %").
  const key = whole.length > 1 && whole.endsWith('%') && !EXACT.has(whole) ? whole.slice(0, -1) : whole;
  const found = new Map<HeaderRole, number>();
  const note = (role: HeaderRole, score: number): void => {
    if ((found.get(role) ?? 0) < score) found.set(role, score);
  };
  // The heading as written where its key is no word (目前情况, whose 目前 reads as a period to date); a
  // comparison said with 比较, 相比 or 对比 as with 比 (与目标比较: 与目标比).
  const compared = /^(与.{2,12}?)(?:比较|相比|对比)$/.exec(key);
  for (const e of EXACT.get(key) ??
    EXACT.get(headerKey(text)) ??
    (compared ? EXACT.get(`${compared[1]}比`) : undefined) ??
    [])
    note(e.role, e.score);
  if (found.size === 0) for (const e of monthHeading(key)) note(e.role, e.score);
  if (STANDARD_OF_YEAR.has(key) && found.get('name') === 1) standardRoles(text, found);
  // A threshold or a minimum (Threshold, Minimum value) is the least accepted: the target where no other
  // column names one, and beside a Goal or a Target value, a floor under it.
  if (found.get('target') === 1 && FLOOR_HEADING.test(key)) found.set('target', 0.9);
  // A bare share (占比) may be of the task or of a total (占比% beside 完成年度预算%): beside a share that names
  // its target, that one is the completion.
  if (key === '占比' && found.get('completion') === 1) found.set('completion', 0.9);
  // An official (牵头领导, 责任人) answers for the task where no office is named beside: the office first.
  if (found.get('owner') === 1 && /领导|责任人|负责人|联系人/.test(key)) found.set('owner', 0.9);
  // The share of the task done, in per cent (完成年度任务(%), 完成上半年目标任务(%), 完成年度预算%): the completion.
  const inPercent = parts.bracket === '%';
  if (found.size === 0 && /^完成.*(目标|任务|计划|预算)/.test(key) && (inPercent || whole.endsWith('%'))) {
    note('completion', 1);
  }
  // The share done of the plan for the months to date, in words alone (完成1-4月投资计划 beside 完成年度投资计划):
  // the completion of the period's own plan. (Of the year's plan, the cells decide: findTables.)
  if (PERIOD_PLAN_DONE.test(key)) note('periodCompletion', 1);
  // The share done of the month's or the quarter's own part of the budget (占年初预算月进度%): its
  // completion, held to that part, never paced again through the year.
  if (PART_OF_BUDGET_DONE.test(key)) {
    found.clear();
    note('periodCompletion', 1);
  }
  // A month's work plan (7月工作计划 beside 截至6月底进展): words on the next steps, not the year's target.
  if (found.size === 0 && MONTH_WORK_PLAN.test(key)) note('notes', 1);
  // How far the work is up to a date (截至6月底进展, 截至9月末推进情况): the result to date.
  if (found.size === 0 && PROGRESS_UP_TO.test(key)) note('actual', 1);
  const task = taskPartRole(key, text);
  if (task) {
    found.clear();
    note(task, 1);
  }
  if (found.size === 0 && PROGRESS_TO_MONTH.test(key)) note('actual', 0.9);
  // A year written short before "to date" (FY23 to Date): the year to date.
  if (found.size === 0 && /^fy'?\d{2}todate$/.test(key)) note('actual', 1);
  if (found.size === 0 && TARGETED.test(key) && !/(?:un|not)targeted/.test(key)) note('target', 0.9);
  // Whether the row keeps pace (是否达序, 是否达到序时进度): the office's verdict, a yes or a no.
  if (PACE_QUESTION.test(key) || BEHIND_QUESTION.test(key)) note('status', 1);
  // The task handed to this place (我市任务, 本县任务: the city's share of a province's task): its target.
  if (found.size === 0 && OUR_TASK.test(key)) note('target', 1);
  // Whether the row met its standard, asked (Meets Department Set Standard?, Standard met?, Did we meet
  // the target?): the office's verdict, a yes or a no.
  if (found.size === 0 && MET_QUESTION.test(normalizeText(text).toLowerCase())) note('status', 0.9);
  // Progress in per cent (完成工作进度(%), 工作进度(%)): how much of the task is done, not what was done;
  // a share of what was handed down (占国家下达控制指标(%), 占年计划%): the share of it reached or used.
  if (/进度$/.test(key) && inPercent) note('completion', 1);
  if (/^占.*(控制|计划|任务|目标|预算)/.test(key)) note('completion', 1);
  // What was done as a share of the plan (为年计划(%), 为年度计划的%).
  if (/^为.{0,4}(计划|任务|目标|预算)(的)?%?$/.test(key) && (inPercent || key.endsWith('%'))) {
    found.clear();
    note('completion', 1);
  }
  // The growth the year's plan expects (预期增长(%) beside 上半年完成(%)): the target, a growth.
  if (EXPECTED_GROWTH.test(key)) {
    note('target', 0.85);
    note('growth', 0.8);
  }
  // A project's own baseline, or one revised since (URP 2015 Baseline, M&E Updated Baseline Value); not a
  // change or a result against it (Change from baseline), nor a result taken as the next one's baseline
  // ("Actual Achieved" Value as Proxy for 2018 Baseline).
  if (found.size === 0 && OWN_BASELINE.test(key) && !AGAINST_BASELINE.test(key)) note('baseline', 0.9);
  // A target to be reached by a year (Target to 2020, Target by 2025): the target, not one to date.
  if (found.size === 0 && /^targets?(?:to|by|until)$/.test(key) && /(?:19|20)\d{2}/.test(text))
    note('target', 1);
  // A rating's middle column, ticked when the result came close (Within 3% of achieving Target).
  if (/^within\d+(?:\.\d+)?%of(?:achieving)?(?:the)?target$/.test(key)) note('status', 1);
  // The share of cases dealt with in time (% of replies within target, Percentage within target,
  // Percentage of achieving the pledged target in 2019): the result, where the target is the time (the
  // count seen within target stays aside).
  if (
    /^(?:%|percent(?:age)?|proportion|share)(?:of)?.*(?:within|achieving|meeting|met|reaching)(?:the)?(?:pledged)?targets?(?:in|time|times|timescales?|date)?$/.test(
      key,
    )
  ) {
    found.clear();
    note('actual', 0.9);
  }
  // A count of the cases that kept the target or the standard, or missed it (Total Implemented As Per
  // Target, Number completed within standard, Total Target Not Achieved): a count beside the share of
  // cases, neither the target nor the result.
  if (CASES_KEPT.test(key) || CASES_MISSED.test(key)) {
    found.clear();
    note('ignore', 1);
  }
  // A verdict that holds a heading's word (完成情况较好, 进展不够理想) is a verdict, not a heading.
  if (found.size === 0 && statusWord(text) === null) {
    // English puts a heading's head word first ("Target for repairs performance"), Chinese last (年度目标
    // 完成率): of a start and an end that both match, the start leads in an English heading.
    const startScore = /^[a-z]/.test(key) ? 0.82 : 0.8;
    for (const a of AFFIXES) {
      if (a.word.length >= key.length) continue;
      if (a.kind === 'starts' && key.startsWith(a.word)) note(a.role, a.role === 'notes' ? 0.9 : startScore);
      else if (a.kind === 'ends' && key.endsWith(a.word)) note(a.role, 0.8);
      else if (a.kind === 'contains' && key.includes(a.word)) note(a.role, 0.6);
    }
  }
  // A period to date and nothing else (1-6月, 1—9月份, 1-11月累计; Apr to Oct 03, April-September) heads the
  // results to date.
  if (found.size === 0 && (BARE_TO_DATE.test(key) || MONTHS_TO_MONTH.test(key))) note('actual', 0.8);
  if (found.size === 0) {
    // The corner cell split by a diagonal line (指标 ╲ 县(区)): the side that names the rows.
    const corner = cornerRowLabel(text);
    if (corner !== null) return headerRoles(corner);
    // A heading and what it is, after a colon (改善目标:同比下降(%)): the heading. A label with its figure
    // ("Target: 95%") is a cell, not a heading.
    const colon = /^([^:：]{2,20})[:：]\s*[^\s\d][^\d]*$/.exec(normalizeText(text));
    if (colon) return headerRoles(colon[1]);
    const toDate = wordToDate(text);
    if (toDate) return toDate;
    // Words that name no role, glossed in brackets by words that do (Acceptable Quality Level (Our
    // Target), 2020 to 2021 Outturn (Our Performance)): the gloss.
    const gloss = parts.bracket !== null ? GLOSS.exec(parts.bracket) : null;
    if (gloss) {
      const roles = headerRoles(gloss[1]);
      if (roles.length > 0 && GLOSS_ROLES.has(roles[0].role)) return roles;
    }
    const same =
      sameAlternatives(text) ?? afterAbbreviation(text) ?? afterOfficeWord(text) ?? overPeriod(text);
    if (same) return same;
  }
  return [...found.entries()]
    .map(([role, score]) => ({ role, score }))
    .sort((a, b) => b.score - a.score || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** A verdict's or a result's word before "to date" (Status YTD, Results To Date): that word's role. */
function wordToDate(text: string): HeaderReading[] | null {
  const m = /^(.{2,30}?)\s+(?:ytd|year\s+to\s+date|to\s+date)$/i.exec(normalizeText(text));
  const before = m ? headerRoles(m[1])[0] : undefined;
  return before && (before.role === 'status' || before.role === 'actual')
    ? [{ role: before.role, score: before.score * 0.9 }]
    : null;
}

/** A heading's gloss in brackets: our / the / its and words (our target, the result). */
const GLOSS = /^(?:our|the|its)\s*([a-z][a-z\s]{3,30})$/i;
const GLOSS_ROLES: ReadonlySet<HeaderRole> = new Set(['name', 'target', 'actual', 'status']);

/** A text that may name a period by its dates or quarter (01 April 06 to 30 June 06, Q1, Apr-Jun). */
const MAY_NAME_PERIOD =
  /\d.*(?:\bq[1-4]\b|quarter|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|(?:\bq[1-4]\b|quarter|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*\d|\bq[1-4]\b|\b(?:at|to|by|end\s+of)\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:ytd|year to date)\b|^as\s+(?:at|of|on)\s+\d/i;

/** The words that link a heading's word to the period it is for (at, as at, to the end of, by End, during). */
const LINK_TO_PERIOD =
  /\s+(?:\d{1,2}(?:st|nd|rd|th)?|from|for|in|during|of|at|as\s+(?:at|of)|to|up\s+to|by|until|(?:at|to|by)\s+(?:the\s+)?end(?:\s+of)?|end\s+of)?[\s:：,，]*$/i;

/** A heading's word before the date it is at (Position at 30 September, Value as at 31 March). */
const LEAD_WORD_AT =
  /^([a-z][a-z\s]{1,30}?)\s+(?:as\s+)?(?:at|to|by)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;
/** The year to date after its month (Sept YTD, September year to date): the word. */
const YTD_AFTER = /\b(ytd|year to date)$/i;
/** A date alone (As at 30 September 2024, As of 30/09/2024): the figures at it, the results. */
const DATE_ALONE = /^as\s+(?:at|of|on)\b/i;

/**
 * A heading's word over the period it is for (Achieved, then 01 April 06 to 30 June 06 on the next line;
 * "Target Q1 2006/07"): the word's heading, where the rest is the period alone, a day's number or a
 * linking word before it aside.
 */
function overPeriod(text: string): HeaderReading[] | null {
  if (!MAY_NAME_PERIOD.test(text)) return null;
  const t = normalizeText(text);
  const stated = statedPeriod(t);
  if (!stated) return null;
  const at = t.indexOf(stated.text);
  if (at < 0) return null;
  const after = t.slice(at + stated.text.length).trim();
  // The period first (Q3 progress, Q2 2024/25 position): the word after it. A date its heading word
  // leads (Position at 30 September, read whole as the date it is at): that word.
  if (at === 0 && after === '' && DATE_ALONE.test(stated.text)) return [{ role: 'actual', score: 0.8 }];
  const lead =
    at === 0
      ? after || (LEAD_WORD_AT.exec(stated.text)?.[1] ?? YTD_AFTER.exec(stated.text)?.[1] ?? '')
      : after === ''
        ? t.slice(0, at).replace(LINK_TO_PERIOD, '').trim()
        : '';
  const exact = lead === '' ? undefined : EXACT.get(headerParts(lead).key);
  return exact ? exact.map((e) => ({ role: e.role, score: e.score * 0.9 })) : null;
}

/**
 * A standard of a year (Performance Standard 2014/15, Service standard 2019-20): the year's target. Without
 * a year, the standards' names, or the bar each measure is held to where its cells are figures (Output |
 * Performance standard | Actual): the cells decide.
 */
function standardRoles(text: string, found: Map<HeaderRole, number>): void {
  if (yearInHeading(text) === null) {
    found.set('target', Math.max(found.get('target') ?? 0, 0.9));
    return;
  }
  found.delete('name');
  found.set('target', 1);
}

const STANDARD_OF_YEAR: ReadonlySet<string> = new Set(
  ['performance standard', 'service standard', 'performance standards', 'service standards', '服务标准'].map(
    headerKey,
  ),
);

/**
 * Two or three words for one heading, between slashes (PERFORMANCE/ ACHIEVEMENT, Outcome/Result): the
 * heading they all are. Words that head different columns (Target/Actual) are no one heading.
 */
function sameAlternatives(text: string): HeaderReading[] | null {
  const parts = normalizeText(text).split(/\s*[/／]\s*/);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.trim() === '')) return null;
  const tops = parts.map((p) => headerRoles(p)[0]);
  const first = tops[0];
  if (!first || tops.some((t) => t === undefined || t.role !== first.role)) return null;
  return [{ role: first.role, score: Math.min(...tops.map((t) => t.score)) * 0.9 }];
}

/**
 * A heading after the office's abbreviation (MDGM CLIENT CHARTER, MBKS Objective, KCC Target): the
 * heading, where the rest is one word for word. An abbreviation is three to five capitals without a
 * vowel (NO DATA is two words).
 */
function afterAbbreviation(text: string): HeaderReading[] | null {
  const rest = withoutAbbreviation(text);
  const exact = rest === null ? undefined : EXACT.get(headerParts(rest).key);
  return exact ? exact.map((e) => ({ role: e.role, score: e.score * 0.8 })) : null;
}

/**
 * A heading after the word for the office whose figure it is (DEPARTMENT FY 2014 ACTUAL ACCOMPLISHMENT,
 * Agency target): the heading.
 */
function afterOfficeWord(text: string): HeaderReading[] | null {
  const m = /^(?:department|agency|office|bureau|ministry)(?:'s|’s)?\s+(\S.*)$/i.exec(
    normalizeText(text).trim(),
  );
  const found = m ? headerRoles(m[1]) : [];
  return found.length > 0 ? found.map((e) => ({ role: e.role, score: e.score * 0.9 })) : null;
}

/** The words after an office's abbreviation that starts a heading (MDGM CLIENT CHARTER), else null. */
function withoutAbbreviation(text: string): string | null {
  const m = /^([B-DF-HJ-NP-TV-XZ]{3,5})\s+(\S.*)$/.exec(normalizeText(text).trim());
  return m ? m[2] : null;
}

/** Words written on the column side of a corner cell's diagonal. */
const CORNER_COLUMN_SIDE: ReadonlySet<string> = new Set(
  ['指标', '项目', '类别', '内容', '指标名称', '月份', '时间', '年份', '考核指标'].map(headerKey),
);

/**
 * The row side of a corner cell split by a diagonal line, written as two words ("指标\n县(区)",
 * "项目/地区"): the words that name the rows, when the other side names the columns.
 */
function cornerRowLabel(text: string): string | null {
  const parts = text.split(/[\s/\\＼╲]+/).filter((p) => p !== '');
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  if (isRowLabelHeading(b) && CORNER_COLUMN_SIDE.has(headerKey(a))) return b;
  if (isRowLabelHeading(a) && CORNER_COLUMN_SIDE.has(headerKey(b))) return a;
  return null;
}

/** Tie order: the more specific role first (完成率 before actual, periodTarget before target). */
const ROLE_ORDER: readonly HeaderRole[] = [
  'periodCompletion',
  'completion',
  'periodTarget',
  'growth',
  'previous',
  'status',
  'owner',
  'unit',
  'direction',
  'aggregation',
  'id',
  'category',
  'baseline',
  'gap',
  'score',
  'maxScore',
  'deadline',
  'target',
  'actual',
  'name',
  'notes',
  'ignore',
];

/**
 * A result heading that says the result is a projection (Projected, Year-end forecast, Estimated, 预计值), on any of
 * its header rows (PROJECTED › 24/25).
 */
export function isProjectionHeading(header: string): boolean {
  return /projected|projection|forecast|estimat|预计|(?<![a-z])(?:ye)?proj(?![a-z])/.test(headerKey(header));
}

/**
 * Another table's heading row (stricter than findTables' test for a heading row, since it ends a body that
 * is already being read): three or more short texts and nothing else, with headings of row labels (Sr. No., Financial
 * Year, 指标名称) and of figures among them, or two of row labels — never a status word (a task's row:
 * 建立机制 | 完成 | 已完成).
 */
export function startsAnotherTable(row: readonly CellValue[] | undefined): boolean {
  let texts = 0;
  let labels = 0;
  let figures = 0;
  for (const v of row ?? []) {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || v.length > 60 || /[。；;]/.test(v) || statusWord(v) !== null) return false;
    texts++;
    const role = headerRoles(v)[0]?.role;
    if (role === 'name' || role === 'id' || role === 'category') labels++;
    else if (role !== undefined && role !== 'ignore' && role !== 'notes' && role !== 'owner') figures++;
  }
  return texts >= 3 && (labels >= 2 || (labels >= 1 && figures >= 1));
}
