/**
 * What a cell holds, as the reader weighs it: a number, a percentage, a figure written with words
 * around it ("8950人", "Target: 70%", "≥95%"), a sentence with figures in it, a status word (Green, 已完成,
 * ☺), a not-applicable mark, or plain text. The reader decides column roles from counts of these.
 */
import { normalizeText, toHalfWidth, withoutFootnoteMarks } from '../core/normalize';
import { toHans } from '../core/hans';
import { isDateFormat, isLiteralPercentFormat, isPercentFormat } from '../core/quantity';
import { countOf, notApplicableReason, scanQuantities } from '../core/grammar';
import type { CellValue, Status } from '../model';
import { memo } from '../core/memo';

export type CellKind =
  | 'empty'
  | 'number' // a figure, typed as a number or as text alone (1414.4, "1,234", １４１４.４)
  | 'percent'
  | 'quantity' // a figure with a unit, comparator or label around it: 8950人, ≥95%, Target: 70%
  | 'sentence' // text holding a figure among other words: 去年国内生产总值增长6.7%
  | 'status' // a status word or picture: Green, 已完成, ☺
  | 'na' // -, N/A, Data only, Annual indicator
  | 'text'
  | 'other'; // a date, a boolean, an error value

// ───────────────────────────── status words ─────────────────────────────

/** What a source's own status word says, in our statuses. Matched on the whole (normalised) cell. */
const STATUS_WORDS: ReadonlyMap<string, Status> = new Map<string, Status>([
  ['green', 'on_track'],
  ['g', 'on_track'],
  ['amber', 'behind'],
  ['a', 'behind'],
  ['red', 'at_risk'],
  ['r', 'at_risk'],
  // the three colours of US federal and other dashboards (Green / Yellow / Red)
  ['yellow', 'behind'],
  // a light's picture exported as its words (green light, red light)
  ['green light', 'on_track'],
  ['yellow light', 'behind'],
  ['amber light', 'behind'],
  ['red light', 'at_risk'],
  ['amber/green', 'behind'],
  ['green/amber', 'behind'],
  ['amber/red', 'at_risk'],
  ['red/amber', 'at_risk'],
  ['on target', 'on_track'],
  ['on target.', 'on_track'],
  ['on track', 'on_track'],
  ['the progress is promising', 'on_track'],
  ['progress is promising', 'on_track'],
  // the NHS's assurance words from its control charts (Making Data Count): the target passed every time,
  // failed every time, or passed and failed by turns
  ['passing', 'on_track'],
  ['consistently passing', 'on_track'],
  ['consistently passing the target', 'on_track'],
  ['failing', 'behind'],
  ['consistently failing', 'behind'],
  ['consistently failing the target', 'behind'],
  ['hit and miss', 'at_risk'],
  ['hit or miss', 'at_risk'],
  ['inconsistent', 'at_risk'],
  ['inconsistently passing', 'at_risk'],
  ['met', 'achieved'],
  ['target met', 'achieved'],
  ['goal met', 'achieved'],
  ['goal achieved', 'achieved'],
  ['objective met', 'achieved'],
  ['objective achieved', 'achieved'],
  ['goal not met', 'missed'],
  ['goal not achieved', 'missed'],
  ['objective not met', 'missed'],
  ['objective not achieved', 'missed'],
  ['met target', 'achieved'],
  ['exceeded target', 'achieved'],
  // a US federal performance report's words (GPRA): Target Exceeded, Target Met, Did Not Meet Target,
  // Made Progress From Prior Year (short of the target, better than the year before)
  ['target exceeded', 'achieved'],
  ['target met or exceeded', 'achieved'],
  ['did not meet target', 'missed'],
  ['did not meet the target', 'missed'],
  ['made progress from prior year', 'behind'],
  ['yes', 'achieved'],
  ['achieved', 'achieved'],
  ['exceeded', 'achieved'],
  ['exceeding', 'achieved'],
  ['exceeds', 'achieved'],
  ['exceeds target', 'achieved'],
  ['exceeds standard', 'achieved'],
  ['meets', 'achieved'],
  ['meets target', 'achieved'],
  ['meets standard', 'achieved'],
  ['above target', 'achieved'],
  ['above the target', 'achieved'],
  ['above standard', 'achieved'],
  ['above the standard', 'achieved'],
  ['significantly above target', 'achieved'],
  // a traffic light's meaning in words: Met (100%), Significantly Met (75% to 99%), Not Met (<75%)
  ['significantly met', 'behind'],
  ['on target / met', 'achieved'],
  ['exceeding target', 'achieved'],
  // a regulated company's outcome (Reward / Penalty): a reward earned, a penalty paid ("No penalty" says
  // only that none is paid: met or within the deadband, so the figures decide)
  ['reward', 'achieved'],
  ['penalty', 'missed'],
  ['exceeding the target', 'achieved'],
  ['on or exceeding target', 'achieved'],
  ['on or exceeding the target', 'achieved'],
  ['on or above target', 'achieved'],
  ['met or exceeded', 'achieved'],
  ['met or exceeded target', 'achieved'],
  ['met or exceeded the target', 'achieved'],
  ['completed', 'achieved'],
  ['complete', 'achieved'],
  ['done', 'achieved'],
  ['not on target', 'behind'],
  ['not on target.', 'behind'],
  ['off target', 'behind'],
  ['off-target', 'behind'],
  ['on-target', 'on_track'],
  ['off track', 'behind'],
  ['below target', 'behind'],
  ['below the target', 'behind'],
  ['below standard', 'behind'],
  ['below the standard', 'behind'],
  ['slightly below target', 'behind'],
  ['near target', 'behind'],
  ['close to target', 'behind'],
  ['within tolerance', 'behind'],
  ['significantly below target', 'at_risk'],
  ['under target', 'behind'],
  ['slightly under target', 'behind'],
  ['significantly under target', 'at_risk'],
  // a plan's review translated into English (As projected, Higher than projected: 符合预期, 超预期)
  ['as projected', 'achieved'],
  ['higher than projected', 'on_track'],
  ['better than projected', 'on_track'],
  ['lower than projected', 'behind'],
  ['below projection', 'behind'],
  ['at risk', 'at_risk'],
  // the office's forecast that the target will be met or not (Expected to be met, Unlikely to be
  // achieved): on track, or at risk
  ['expected to be met', 'on_track'],
  ['expected to be achieved', 'on_track'],
  ['expected to meet target', 'on_track'],
  ['likely to be met', 'on_track'],
  ['likely to be achieved', 'on_track'],
  ['forecast to be met', 'on_track'],
  ['forecast to be achieved', 'on_track'],
  ['on course', 'on_track'],
  ['on course to be met', 'on_track'],
  ['not expected to be met', 'at_risk'],
  ['not expected to be achieved', 'at_risk'],
  ['unlikely to be met', 'at_risk'],
  ['unlikely to be achieved', 'at_risk'],
  ['at risk of not being met', 'at_risk'],
  ['at risk of not being achieved', 'at_risk'],
  // a three-step key (Succeeding / Near Target / Needs Improvement, the last 10% or more away)
  ['succeeding', 'on_track'],
  ['needs improvement', 'at_risk'],
  ['needs improving', 'at_risk'],
  ['requires improvement', 'at_risk'],
  // the three words of NSW Health's performance framework (Performing, Under performing, Not performing)
  ['performing', 'on_track'],
  ['under performing', 'behind'],
  ['under-performing', 'behind'],
  ['not performing', 'at_risk'],
  ['required improvement', 'at_risk'],
  ['improvement needed', 'at_risk'],
  ['improvement required', 'at_risk'],
  // a programme dashboard's implementation status: On Track, Minor / Major / Critical Challenges
  ['minor challenges', 'behind'],
  ['some challenges', 'behind'],
  ['major challenges', 'at_risk'],
  ['critical challenges', 'at_risk'],
  ['serious challenges', 'at_risk'],
  ['not met', 'missed'],
  ['not met target', 'missed'],
  ['target not met', 'missed'],
  // short of the target, though better than before (a federal plan's Target Not Met but Improved)
  ['target not met but improved', 'missed'],
  ['not achieved', 'missed'],
  ['target not achieved', 'missed'],
  ['did not meet', 'missed'],
  ['does not meet', 'missed'],
  ['does not meet target', 'missed'],
  ['does not meet standard', 'missed'],
  // a part of the target reached: not met (missed at the year's end)
  ['partially achieved', 'behind'],
  ['partly achieved', 'behind'],
  ['partially met', 'behind'],
  ['partly met', 'behind'],
  ['partially', 'behind'],
  ['partial achievement', 'behind'],
  ['partially delivered', 'behind'],
  ['mostly achieved', 'behind'],
  ['mostly met', 'behind'],
  // a US inspector general's rating short of the target: substantially, not fully, met
  ['substantially met', 'behind'],
  ['substantially met target', 'behind'],
  // the Government of Canada's scale in its departmental performance reports: Exceeded, Met all, Mostly
  // met (80–99 per cent of the expected level), Somewhat met (60–79), Not met (under 60)
  ['met all', 'achieved'],
  ['somewhat met', 'at_risk'],
  ['mostly achieved target', 'behind'],
  ['largely achieved', 'behind'],
  ['achieved target', 'achieved'],
  ['target achieved', 'achieved'],
  ['failed to achieve', 'missed'],
  ['failed to achieve target', 'missed'],
  ['failed to meet target', 'missed'],
  ['did not achieve target', 'missed'],
  ['not fully achieved', 'behind'],
  ['partially completed', 'behind'],
  ['partly completed', 'behind'],
  // not there yet, the work still going on (Working towards target.): not met, missed at the year's end
  ['working towards target', 'behind'],
  ['working towards the target', 'behind'],
  ['working toward target', 'behind'],
  ['部分完成', 'behind'],
  ['部分达标', 'behind'],
  ['no', 'missed'],
  ['missed', 'missed'],
  ['failed', 'missed'],
  ['fail', 'missed'],
  ['passed', 'achieved'],
  ['pass', 'achieved'],
  ['in progress', 'on_track'],
  ['progressing', 'on_track'],
  // a police scorecard's assessment of each measure: satisfactory, to be watched, or to be acted on
  ['satisfactory', 'on_track'],
  ['close monitoring', 'behind'],
  ['requires action', 'at_risk'],
  // an operational plan's words for an action begun, or set to begin later in the year
  ['commenced', 'on_track'],
  ['scheduled to commence', 'on_track'],
  ['incomplete', 'behind'],
  ['not complete', 'behind'],
  ['not completed', 'behind'],
  ['ongoing', 'on_track'],
  ['delayed', 'behind'],
  ['not started', 'behind'],
  // an action plan's words: delivered, or held up (on hold, deferred, slipped, overdue), or no longer
  // wanted (superseded, withdrawn, cancelled): not rated
  ['delivered', 'achieved'],
  ['not delivered', 'missed'],
  ['on hold', 'behind'],
  ['deferred', 'behind'],
  ['postponed', 'behind'],
  ['overdue', 'behind'],
  ['slipped', 'behind'],
  ['some slippage', 'behind'],
  ['minor slippage', 'behind'],
  ['slight slippage', 'behind'],
  ['significant slippage', 'at_risk'],
  ['almost on target', 'behind'],
  ['nearly on target', 'behind'],
  ['major slippage', 'at_risk'],
  // a schedule's words: ahead of it or on it is on track, behind it behind (far behind at risk)
  ['ahead', 'on_track'],
  ['ahead of schedule', 'on_track'],
  ['ahead of target', 'achieved'],
  ['on schedule', 'on_track'],
  ['underway', 'on_track'],
  ['under way', 'on_track'],
  ['behind', 'behind'],
  ['behind schedule', 'behind'],
  ['slightly behind', 'behind'],
  ['slightly behind schedule', 'behind'],
  ['not on track', 'behind'],
  ['underperforming', 'behind'],
  ['significantly behind', 'at_risk'],
  ['significantly behind schedule', 'at_risk'],
  // a target's test as a verb: meets it or not
  ['meets target', 'achieved'],
  ['meets the target', 'achieved'],
  ['exceeds target', 'achieved'],
  ['exceeds the target', 'achieved'],
  ['within target', 'achieved'],
  ['achieved early', 'achieved'],
  ['substantially achieved', 'behind'],
  ['does not meet target', 'missed'],
  ['does not meet the target', 'missed'],
  ['target missed', 'missed'],
  ['not done', 'behind'],
  // the Government of Canada's results labels (GC InfoBase): on track to meet a target due later, attention
  // required before it is due or past it, no longer applicable
  ['on track to meet target', 'on_track'],
  ['on track to meet the target', 'on_track'],
  ['to be achieved in the future', 'on_track'],
  ['attention required', 'behind'],
  ['attention required (past due)', 'missed'],
  ['no longer applicable', 'not_rated'],
  ['target not yet applicable', 'not_rated'],
  ['superseded', 'not_rated'],
  ['withdrawn', 'not_rated'],
  ['cancelled', 'not_rated'],
  ['canceled', 'not_rated'],
  // a thumb's picture, kept as its words (Thumbs up / Thumbs down)
  ['thumbs up', 'achieved'],
  ['thumb up', 'achieved'],
  ['thumbs down', 'missed'],
  ['thumb down', 'missed'],
  ['👍', 'achieved'],
  ['👎', 'missed'],
  // …and a face's, kept as its words (Happy face, Sad face: a council page's icons)
  ['happy face', 'on_track'],
  ['smiling face', 'on_track'],
  ['smiley face', 'on_track'],
  ['smiley', 'on_track'],
  ['sad face', 'behind'],
  ['unhappy face', 'behind'],
  ['frowning face', 'behind'],
  ['neutral face', 'behind'],
  ['☺', 'on_track'],
  ['😊', 'on_track'],
  ['🙂', 'on_track'],
  ['☹', 'behind'],
  ['😞', 'behind'],
  ['🙁', 'behind'],
  ['😐', 'behind'],
  ['✓', 'achieved'],
  ['✔', 'achieved'],
  ['√', 'achieved'],
  ['✗', 'missed'],
  ['✘', 'missed'],
  ['×', 'missed'],
  ['●', 'on_track'],
  ['已完成', 'achieved'],
  ['完成', 'achieved'],
  ['办结', 'achieved'],
  ['已办结', 'achieved'],
  ['全面完成', 'achieved'],
  ['完成任务', 'achieved'],
  ['已完成任务', 'achieved'],
  ['全部开工', 'achieved'],
  ['已全部开工', 'achieved'],
  // begun, or begun again after the winter (开复工): every project of the list at work
  ['已开复工', 'achieved'],
  ['全部开复工', 'achieved'],
  ['已全部开复工', 'achieved'],
  ['超额完成', 'achieved'],
  ['提前完成', 'achieved'],
  ['按期完成', 'achieved'],
  ['按计划进行', 'on_track'],
  ['按计划推进', 'on_track'],
  ['如期进行', 'on_track'],
  ['如期推进', 'on_track'],
  // striving to catch up with the expected progress (施政報告 進度報告): behind it
  ['竭力赶上预期进度', 'behind'],
  ['落后于预期进度', 'behind'],
  ['进度落后于预期', 'behind'],
  ['进度落后', 'behind'],
  ['尚未展开', 'behind'],
  ['完成年度目标', 'achieved'],
  ['完成目标', 'achieved'],
  ['达标', 'achieved'],
  ['已达标', 'achieved'],
  ['达到目标', 'achieved'],
  ['已达到目标', 'achieved'],
  ['已达目标', 'achieved'],
  ['达致目标', 'achieved'],
  ['已达致目标', 'achieved'],
  ['未达到目标', 'missed'],
  ['未能达到目标', 'missed'],
  ['未达目标', 'missed'],
  ['未能达致目标', 'missed'],
  ['未达致目标', 'missed'],
  // a self-assessment's verdict: the standard met, or not
  ['符合', 'achieved'],
  ['不符合', 'missed'],
  ['未达标', 'missed'],
  ['未能达标', 'missed'],
  ['未能达到', 'missed'],
  ['不达标', 'missed'],
  // a ceiling's pace (安全生产控制指标): within it, or over it
  ['在控制指标进度目标以内', 'on_track'],
  ['在控制考核指标进度目标以内', 'on_track'],
  ['在控制考核指标以内', 'on_track'],
  ['在控制指标进度以内', 'on_track'],
  ['在控制指标以内', 'on_track'],
  ['控制在指标以内', 'on_track'],
  ['未超控制指标', 'on_track'],
  ['超控制指标进度目标', 'behind'],
  ['超控制指标进度', 'behind'],
  ['超过控制指标进度', 'behind'],
  ['超控制指标', 'missed'],
  ['超过控制指标', 'missed'],
  ['超过全年控制指标', 'missed'],
  ['超过年度控制指标', 'missed'],
  ['超出控制指标', 'missed'],
  ['超出全年控制指标', 'missed'],
  ['超出年度控制指标', 'missed'],
  ['超过控制考核指标', 'missed'],
  ['超过全年控制考核指标', 'missed'],
  ['超出全年控制考核指标', 'missed'],
  ['符合预期', 'achieved'],
  ['符合年度预期目标', 'achieved'],
  ['达到时间进度', 'on_track'],
  ['达到序时进度', 'on_track'],
  ['达到时序进度', 'on_track'],
  ['时序推进', 'on_track'],
  ['未达到时序进度', 'behind'],
  ['未达到序时进度', 'behind'],
  ['序时推进', 'on_track'],
  ['达序推进', 'on_track'],
  ['达序时推进', 'on_track'],
  ['超序推进', 'on_track'],
  ['超序时推进', 'on_track'],
  ['未达序推进', 'behind'],
  ['未达序时进度', 'behind'],
  ['顺利推进', 'on_track'],
  ['正常推进', 'on_track'],
  ['按序时推进', 'on_track'],
  ['有序推进', 'on_track'],
  ['稳步推进', 'on_track'],
  ['推进中', 'on_track'],
  ['进度良好', 'on_track'],
  ['进展良好', 'on_track'],
  ['进展顺利', 'on_track'],
  ['进度正常', 'on_track'],
  // a progress report's plain verdicts (一季度完成情况: 完成情况较好 / 完成情况不够理想)
  ['完成情况较好', 'on_track'],
  ['完成情况良好', 'on_track'],
  ['完成较好', 'on_track'],
  ['进展较好', 'on_track'],
  ['进度较好', 'on_track'],
  ['完成情况不够理想', 'behind'],
  ['完成情况不理想', 'behind'],
  ['进展不够理想', 'behind'],
  ['进度不够理想', 'behind'],
  ['不够理想', 'behind'],
  ['不理想', 'behind'],
  ['进度较慢', 'behind'],
  ['进展较慢', 'behind'],
  // some progress, set below those on pace (已完成或达到时序进度 | 有一定进度): behind it
  ['有一定进度', 'behind'],
  ['有一定进展', 'behind'],
  ['按计划推进', 'on_track'],
  ['按进度推进', 'on_track'],
  ['按时序推进', 'on_track'],
  ['按时间进度推进', 'on_track'],
  ['进度超前', 'on_track'],
  ['超前', 'on_track'],
  ['进行中', 'on_track'],
  ['正常', 'on_track'],
  ['绿灯', 'on_track'],
  // essentially done (awaiting its checks): on track within the year
  ['基本完成', 'on_track'],
  ['滞后', 'behind'],
  ['进度滞后', 'behind'],
  ['时序进度滞后', 'behind'],
  ['序时进度滞后', 'behind'],
  ['落后', 'behind'],
  ['较慢', 'behind'],
  ['逾期', 'behind'],
  ['延期', 'behind'],
  ['推进缓慢', 'behind'],
  ['偏慢', 'behind'],
  // a plan's review against what it expected (快于预期, 基本符合预期, 提前实现; 慢于预期, 滞后于预期)
  ['快于预期', 'on_track'],
  ['好于预期', 'on_track'],
  ['基本符合预期', 'on_track'],
  ['总体符合预期', 'on_track'],
  ['提前实现', 'achieved'],
  ['慢于预期', 'behind'],
  ['滞后于预期', 'behind'],
  // a monthly table of the government's key work (完成状态: 已完成 / 达预期 / 未达预期): as expected so far
  ['达预期', 'on_track'],
  ['基本达预期', 'on_track'],
  ['超预期', 'on_track'],
  ['未达预期', 'behind'],
  ['未达到预期', 'behind'],
  ['低于预期', 'behind'],
  // a rectification ledger's words (整改台账: 已全部完成整改, 整改到位, 已销号; 正在整改, 长期坚持)
  ['完成整改', 'achieved'],
  ['已完成整改', 'achieved'],
  ['全部完成整改', 'achieved'],
  ['已全部完成整改', 'achieved'],
  ['整改完成', 'achieved'],
  ['已整改完成', 'achieved'],
  ['整改到位', 'achieved'],
  ['已整改到位', 'achieved'],
  ['已销号', 'achieved'],
  ['整改销号', 'achieved'],
  ['已整改销号', 'achieved'],
  ['正在整改', 'on_track'],
  ['整改中', 'on_track'],
  ['持续整改', 'on_track'],
  ['长期坚持', 'on_track'],
  ['需长期坚持', 'on_track'],
  ['需长期持续整改', 'on_track'],
  // a promise kept (承诺得到兑现, 已兑现)
  ['兑现', 'achieved'],
  ['已兑现', 'achieved'],
  ['全部兑现', 'achieved'],
  ['承诺得到兑现', 'achieved'],
  ['按计划开工建设', 'on_track'],
  ['按计划实施', 'on_track'],
  ['按计划进行', 'on_track'],
  ['over achieved', 'achieved'],
  ['over-achieved', 'achieved'],
  ['overachieved', 'achieved'],
  ['进度偏慢', 'behind'],
  ['黄灯', 'behind'],
  ['预警', 'behind'],
  // the three levels of a warning barometer (能耗双控晴雨表: 一级预警 红灯, 二级预警 黄灯, 三级预警 绿灯)
  ['一级预警', 'at_risk'],
  ['二级预警', 'behind'],
  ['三级预警', 'on_track'],
  ['红色预警', 'at_risk'],
  ['黄色预警', 'behind'],
  ['严重滞后', 'at_risk'],
  ['红灯', 'at_risk'],
  ['未开工', 'at_risk'],
  ['未启动', 'at_risk'],
  ['未开始', 'at_risk'],
  ['未完成', 'missed'],
  ['未完成年度目标', 'missed'],
  ['未完成全年目标', 'missed'],
  ['难以完成', 'missed'],
  // the office's forecast, before the year is out, that the target will be met or not (预计完成, 有望完成;
  // 预计难以完成): on track, or at risk
  ['预计完成', 'on_track'],
  ['预计能完成', 'on_track'],
  ['预计可完成', 'on_track'],
  ['预计完成全年目标', 'on_track'],
  ['预计可完成全年目标', 'on_track'],
  ['预计完成年度目标', 'on_track'],
  ['预计能完成全年目标', 'on_track'],
  ['有望完成', 'on_track'],
  ['有望完成全年目标', 'on_track'],
  ['能够完成', 'on_track'],
  ['可以完成', 'on_track'],
  ['确保完成', 'on_track'],
  ['预计难以完成', 'at_risk'],
  ['预计无法完成', 'at_risk'],
  ['预计完不成', 'at_risk'],
  ['完成有难度', 'at_risk'],
  ['完成难度较大', 'at_risk'],
  ['稍有滞后', 'behind'],
  ['略有滞后', 'behind'],
  // the whole task done (全部完成, 如期完成)
  ['全部完成', 'achieved'],
  ['已全面完成', 'achieved'],
  ['如期完成', 'achieved'],
  ['预计全年可完成', 'achieved'],
  // a plan's risk of falling behind, as a monitoring table rates it (预警 风险: 高风险 / 中风险 / 低风险)
  ['高风险', 'at_risk'],
  ['中风险', 'behind'],
  ['低风险', 'on_track'],
  ['无风险', 'on_track'],
  // a monitoring form's likelihood of reaching the year's goal (完成目标可能性: 确定能 / 有可能 / 不可能)
  ['确定能', 'on_track'],
  ['有可能', 'behind'],
  ['不可能', 'at_risk'],
  ['完全不可能', 'at_risk'],
]);

/** Status words that may appear inside a longer text (a progress cell's remark): longest first. */
const STATUS_PHRASES: readonly [string, Status][] = [
  ['严重滞后', 'at_risk'],
  // over a ceiling's pace by so many (超控制考核指标进度目标2人): behind it
  ['超控制考核指标进度目标', 'behind'],
  ['超控制指标进度目标', 'behind'],
  ['未开工', 'at_risk'],
  ['未启动', 'at_risk'],
  ['进度滞后', 'behind'],
  ['推进缓慢', 'behind'],
  ['进展缓慢', 'behind'],
  ['进度缓慢', 'behind'],
  ['进度较慢', 'behind'],
  ['进展较慢', 'behind'],
  ['偏慢', 'behind'],
  ['滞后', 'behind'],
  ['超额完成', 'achieved'],
  ['完成年度目标', 'achieved'],
  ['完成全年目标', 'achieved'],
  ['符合年度预期目标', 'achieved'],
  // the office's own forecast for the year (预计可以完成, 预计较难完成): its verdict
  ['预计可以完成', 'achieved'],
  ['预计能够完成', 'achieved'],
  ['预计较难完成', 'missed'],
  ['预计难以完成', 'missed'],
  ['预计无法完成', 'missed'],
  // the task done, in a form's progress (已完成该项任务, 已完成全年任务)
  ['已完成该项任务', 'achieved'],
  ['已完成全年任务', 'achieved'],
  ['已完成年度任务', 'achieved'],
  ['未达到时间进度', 'behind'],
  ['未达到时序进度', 'behind'],
  ['未达到序时进度', 'behind'],
  ['达到时间进度', 'on_track'],
  ['达到时序进度', 'on_track'],
  ['顺利推进', 'on_track'],
  ['not on target', 'behind'],
  ['almost on target', 'behind'],
  ['nearly on target', 'behind'],
  ['on target', 'on_track'],
  ['significantly above target', 'achieved'],
  ['above target', 'achieved'],
  ['below target', 'behind'],
  ['not fully achieved', 'behind'],
  ['partially achieved', 'behind'],
  ['partly achieved', 'behind'],
  ['partially met', 'behind'],
  ['mostly achieved', 'behind'],
  ['largely achieved', 'behind'],
  ['delayed but progressing', 'behind'],
  ['working towards target', 'behind'],
  ['working towards the target', 'behind'],
  ['working toward target', 'behind'],
  ['failed to achieve', 'missed'],
  ['failed to meet', 'missed'],
  ['not achieved', 'missed'],
  ['did not meet', 'missed'],
  ['exceeded', 'achieved'],
  ['achieved', 'achieved'],
];

/** Boxes of a form's options: empty ones, and ticked ones. */
const EMPTY_BOX = '☐□⬜▢';
const TICKED_BOX = '☑☒■⬛▣✓✔√';
const BOXED_OPTION = new RegExp(`([${EMPTY_BOX}${TICKED_BOX}])\\s*([^${EMPTY_BOX}${TICKED_BOX}]*)`, 'g');

/**
 * The option ticked among boxed options (⬛符合 ⬜不符合 ⬜不適用 → 符合): undefined when the text is no row of
 * two or more boxed options, null when none or several are ticked.
 */
function tickedOption(text: string): string | null | undefined {
  const options = [...text.matchAll(BOXED_OPTION)];
  if (options.length < 2 || options.some((o) => o[2].trim() === '')) return undefined;
  const ticked = options.filter((o) => TICKED_BOX.includes(o[1]));
  return ticked.length === 1 ? ticked[0][2].trim() : null;
}

/**
 * A verdict on the pace in its many spellings (超序时, 快于序时进度, 达进度, 欠进度, 落后于时序进度要求,
 * 推进达到时序进度要求, and by how much: 超年进度4698万人, 超进度253万吨): the pace (序时 / 时序 / 时间 / 年进度,
 * or 进度 alone) reached or passed is on track, short of it behind.
 */
const PACE_VERDICT =
  /^(?:推进|进展|工作推进)?(已?(?:超过?|快于|高于|领先于?|达到?|符合|满足)|未(?:能)?达到?|低于|落后于?|慢于|滞后于?|欠|差于?)(?:[省市区县]?(?:确保|奋斗|预期)?目标)?(?:(?:序时|时序|平均|均衡)(?:进度)?|(?:时间|全?年)?进度)(?:要求)?(?:\s*[\d.]+\s*(?:个)?(?:百分点|%|万?(?:人次|人|吨|件|辆|亿元|万元|元|标箱|箱|teu)))?$/;
const PACE_BEHIND = /^(?:未|低|落|慢|滞|欠|差)/;

/**
 * A verdict on the target itself (达到年度目标要求, 全面达到考核要求, 均达到了考核要求, 提前完成年度目标任务,
 * 达到预期目标, 未达到预期目标, the plan's expected target,
 * 好于年度目标0.6个百分点;
 * 未达到考核要求, 差于年度目标): reached or better is met, short of it or worse not. Above and below (高于,
 * 低于) are left to the figures: which is better depends on the measure; and 完成全年目标 alone heads a
 * column (the result against the year's target), where 已完成全年目标 is a verdict.
 */
const TARGET_VERDICT =
  /^(?:(未|没有|没)能?(?:达到|实现|完成|达成)了?|(?:均|已|全面|均已|已全面|已经|提前|已提前|超额|已超额)(?:达到|实现|完成|达成)了?|(?:达到|达成)了?|好于|优于|(差于|劣于))(?:了)?(?:年度|全年|上级|国家|省|市|区|县)?(?:下达的?|规定的?|确定的?)?(?:的)?(?:预期性?|约束性)?(?:目标|考核|控制)?(?:任务)?(?:要求)?(?:[\d.]+(?:个)?(?:百分点|%))?$/;

/** The year's target or task done in full, the verdict last (目标任务全面完成, 年度任务均已完成). */
const TARGET_DONE =
  /^(?:年度|全年)?[\u4e00-\u9fff]{0,4}?(?:目标|任务|目标任务)(?:均|已|均已)?(?:全面|全部|圆满|提前)完成$/;

/**
 * The target passed (超过年度约束性目标要求, 已超出全年目标任务, 超过考核标准要求, 超出州下达任务指标): met. A
 * ceiling passed (超过控制指标) is the opposite and is said with 控制, which this leaves to the words for
 * ceilings; a standard passed (超出标准, of a pollutant) is no target's.
 */
const TARGET_PASSED =
  /^(?:增速|增幅|增长)?(?:已|均|均已)?(?:超过|超出|远超过?)了?(?:年度|全年|上级|国家|省|市|区|县|州)?(?:下达的?|规定的?|确定的?)?(?:约束性|预期性?)?(?:考核(?:目标|任务|标准|指标)?|目标|任务)(?:任务|值|指标)?(?:要求)?$/;

/** The target set from above done, early or beyond it (提前超额完成省定目标, 圆满完成市下达任务). */
const DONE_SET_TARGET =
  /^(?:已|均|均已|都)?(?:(?:提前|超额|全面|圆满|顺利)+|提前(?:\d+|[一二三四五六七八九十]+)个?(?:天|日|月|年)?)完成了?(?:省|市|区|县|上级)?(?:定|下达的?|确定的?)?(?:全年|年度)?[\u4e00-\u9fff]{0,8}?(?:目标|任务)(?:任务)?$/;

/**
 * The year's target of its kind done (完成年度考核目标, 完成年度激励目标, 完成约束性目标): met. A list of such
 * (完成年度考核目标,完成年度激励目标) is met as each is.
 */
const DONE_TARGET_OF_KIND =
  /^(?:(?:已|均已|提前|已提前)?完成了?(?:全年|年度)?(?:考核|激励|约束性|预期性?)目标(?:任务)?[,，、;；]?)+$/;
const EN_TARGET_REACHED =
  /^(?:all\s+)?(?:the\s+)?(?:targets?|standards?|thresholds?)\s+(?:(?:was|were|has been|have been)\s+)?(?:achieved|met|reached|exceeded)$/;
const EN_TARGET_FAILED =
  /^(?:failed|fails|did not manage)\s+to\s+(?:reach|meet|achieve|hit)\s+(?:the\s+|its\s+)?(?:targets?|standards?|thresholds?)(?:\s+level)?$/;
const HALF_AND_HALF =
  /^(?:顺利)?(?:(?:实现|达到|完成)了?[^，,。；;]{0,20}?)?[“"‘']?(?:时间过半[、,，]?\s*任务过半|双过半)[”"’']?(?:的)?(?:目标|要求)?$/;
/** Faster or slower than the pace by so much (比时间进度慢了6.6个百分点, 但仍比序时进度快2个百分点). */
const THAN_PACE =
  /^(?:但|仍|但仍)?比(?:时间|序时|时序|均衡|平均)进度(快|慢)了?\s*[\d.]+\s*(?:个)?(?:百分点|%)$/;

function statusKey(text: string): string {
  return withoutFootnoteMarks(
    toHans(normalizeText(text))
      .toLowerCase()
      .replace(/[。.!！]+$/, ''),
  ).trim();
}

/** A verdict, a comma, and a word of the way the figures move (a control chart's variation). */
const VERDICT_THEN_TREND =
  /^([^,，]+)[,，]\s*(?:improving|deteriorating|worsening|declining|no (?:significant )?change|unchanged|stable|common cause(?: variation)?|special cause(?: \w+)*)\.?$/;

/** The status a cell's whole text gives (Green, 已完成, ☺, Not on Target), or null. */
export const statusWord: (text: string) => Status | null = memo(statusWordOf, 40);

/** An icon, then what it stands for (Happy face representing being on target, Red circle showing off track). */
const ICON_FOR =
  /^((?:\S+\s+){0,2}(?:face|icon|symbol|circle|dot|arrow|tick|cross|light|star|smiley))\s+(?:representing|showing|meaning|indicating|denoting)\s+(.+)$/;

/** What an icon's description says it stands for, else the icon's own word; null for no such description. */
function iconStatus(key: string): Status | null {
  const icon = ICON_FOR.exec(key);
  return icon ? (statusWord(icon[2]) ?? statusWord(icon[1])) : null;
}

function statusWordOf(text: string): Status | null {
  if (typeof text !== 'string') return null;
  // (A longer text is no verdict, but an icon's description may be.)
  if (text.length > 40) return text.length <= 80 ? iconStatus(statusKey(text)) : null;
  // Options with boxes, one ticked (⬛符合 ⬜不符合 ⬜不適用, ☑是 ☐否): the ticked one.
  const ticked = tickedOption(text);
  if (ticked !== undefined) {
    if (ticked === null) return null;
    // "Not applicable" ticked: the form says the standard does not apply, so the row is not rated.
    return notApplicableReason(ticked) === 'not-applicable' ? 'not_rated' : statusWord(ticked);
  }
  const key = statusKey(text);
  // An icon's description as a page gives it (Sad face representing not being on target): what it says it
  // stands for, else the icon.
  const icon = iconStatus(key);
  if (icon) return icon;
  // "Both exceeding the target" (the quarter and the year to date): what both are.
  const whole =
    STATUS_WORDS.get(key) ??
    STATUS_WORDS.get(key.replace(/^(?:both|all)\s+/, '')) ??
    // All of them, or still, under way as planned (均按进度推进中, 正在按计划推进): the words without 均, 正在, 中.
    STATUS_WORDS.get(key.replace(/^(?:均|都|正在|目前|仍|全面)+/, '').replace(/中$/, '')) ??
    // (the whole word in brackets: (PERFORMING), （已完成）)
    STATUS_WORDS.get(key.replace(/^[(（]\s*([^()（）]+?)\s*[)）]$/, '$1')) ??
    // (being on target, not being on target: as an icon's description words it)
    STATUS_WORDS.get(key.replace(/^(not\s+)?being\s+/, '$1'));
  if (whole) return whole;
  // A forecast that the year's target or task will be done (预计完成省下达目标, 有望完成全年任务), or not.
  const forecast = FORECAST.exec(key);
  if (forecast) return forecast[1] ? 'at_risk' : 'on_track';
  // A verdict with the way the figures move after it ("Passing, Improving", "Failing, No significant
  // change"): the verdict.
  const trend = VERDICT_THEN_TREND.exec(key);
  if (trend) {
    const first = STATUS_WORDS.get(trend[1].trim());
    if (first) return first;
  }
  // A colour, then its verdict and the band it stands for ("Red, Not Met (<75%)", "Green, Met (100%)"):
  // the verdict, else the colour.
  const coloured = COLOUR_THEN_VERDICT.exec(key);
  if (coloured) {
    const colour = STATUS_WORDS.get(coloured[1]);
    if (colour) return STATUS_WORDS.get(coloured[2]) ?? colour;
  }
  // Above or below a ceiling set from above (高于国家下达我省年均增速控制目标, 低于控制目标): over it, or within.
  const ceiling = CEILING_SIDE.exec(key);
  if (ceiling) return ceiling[1] === '高于' ? 'behind' : 'on_track';
  const pace = PACE_VERDICT.exec(key);
  if (pace) return PACE_BEHIND.test(pace[1]) ? 'behind' : 'on_track';
  const reached = TARGET_VERDICT.exec(key);
  if (reached && /目标|考核|要求|任务/.test(key)) return reached[1] || reached[2] ? 'missed' : 'achieved';
  if (
    TARGET_DONE.test(key) ||
    TARGET_PASSED.test(key) ||
    DONE_SET_TARGET.test(key) ||
    DONE_TARGET_OF_KIND.test(key)
  )
    return 'achieved';
  // The target reached or not, said in English (Targets achieved, Threshold reached; Failed to reach the
  // target level, Did not meet the standard).
  if (EN_TARGET_REACHED.test(key)) return 'achieved';
  if (EN_TARGET_FAILED.test(key)) return 'missed';
  // Half the time gone and half the task done (实现“时间过半、任务过半”目标, 双过半): on pace.
  if (HALF_AND_HALF.test(key)) return 'on_track';
  const thanPace = THAN_PACE.exec(key);
  if (thanPace) return thanPace[1] === '快' ? 'on_track' : 'behind';
  // How far from the target, and which way ("25.9% better than target", "-0.6% against target").
  // Close to the target but short of it ("Within 3% of achieving Target"): not met.
  if (WITHIN_OF_TARGET.test(key)) return 'behind';
  const margin = MARGIN.exec(key);
  if (margin) {
    const way = margin[2];
    const worse = way === 'worse' || way === 'behind' || (way === 'against' && /^[-−]/.test(margin[1]));
    return worse ? 'missed' : 'achieved';
  }
  // A colour with its meaning in brackets (Green (Met target), Red (Not Met)): the meaning, else the
  // colour. A figure with a verdict in brackets (89.8% (achieved)) is a figure, and so is a verdict with
  // its figure in brackets (PARTIALLY ACHIEVED (87%)), its verdict stated.
  const m = /^([^()（）]+?)\s*[(（]([^()（）]+)[)）]$/.exec(key);
  if (m && /\d/.test(m[2])) return null;
  const outer = m ? STATUS_WORDS.get(m[1].trim()) : undefined;
  // A warning level with its light in brackets (三级（绿灯）, 一级预警（红灯）, as a 晴雨表 gives them): the
  // light, the levels being numbered one way in some schemes and the other way in others.
  if (m && !outer && WARNING_LEVEL.test(m[1].trim()))
    return LIGHTS.test(m[2].trim()) ? STATUS_WORDS.get(m[2].trim())! : null;
  return m && outer ? (STATUS_WORDS.get(m[2].trim()) ?? outer) : null;
}

const WARNING_LEVEL = /^[一二三四1-4ⅰⅱⅲⅳ]\s*级(?:预警|警示|响应)?$/;
const LIGHTS = /^(?:红灯|黄灯|绿灯)$/;

const CEILING_SIDE =
  /^(高于|低于|未超过|未超出)(?:国家|省|市|区|县|上级)?(?:下达的?|规定的?|确定的?)?(?:我省|我市|我区|我县)?(?:全年|年度|年均)?[\u4e00-\u9fff]{0,6}?控制(?:考核)?(?:目标|指标|线)(?:进度(?:目标)?)?(?:\s*[\d.]+\s*(?:个)?(?:百分点|%))?$/;

const COLOUR_THEN_VERDICT =
  /^(red|amber|yellow|green|blue|red\/amber|amber\/red|红灯|黄灯|绿灯)\s*(?:[,，:：]|\s[-–—])\s*([^()（）]+?)\s*(?:[(（][^()（）]*\d[^()（）]*[)）])?$/;

const FORECAST =
  /^(?:预计|有望|确保)(难以|无法|不能)?(?:能|可以?|能够)?完成(?:全年|年度|省|市|区|县|上级)?.{0,6}(?:目标|任务)(?:任务)?$/;

/**
 * A row named by a status alone (RED | 2 | 4 | 11, Green, 已完成 | 12): a count of the indicators of that
 * status, as a summary or a key lists them, never an indicator of its own. A letter or two (A, B, G, R)
 * may name an indicator; a colour or a verdict in words does not.
 */
export function isStatusName(name: string): boolean {
  const t = name.trim();
  // No status word holds a digit: most names are passed over without a look-up (run on every row).
  if (t.length < 3 || t.length > 12 || /\d/.test(t)) return false;
  const key = statusKey(t);
  return STATUS_WORDS.has(key) || PACE_VERDICT.test(key);
}

/** A figure labelled as what was achieved (99.4% performance achieved, 85% achieved): a result, no verdict. */
const FIGURE_ACHIEVED = /^[-+]?\d[\d.,]*\s*%?\s+(?:[a-z]+\s+){0,2}(?:achieved|attained|reached)\.?$/;

/**
 * The status a longer text states (a progress remark "88%(…推进缓慢)", a result "Not achieved. 72 per
 * cent …", a comment "Not on Target. Better than last quarter"): the first status phrase it holds at its
 * start or inside brackets, or null.
 */
export function statedStatus(text: string): { status: Status; word: string } | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const whole = statusWord(text);
  if (whole) return { status: whole, word: normalizeText(text) };
  const t = normalizeText(text).slice(0, 600);
  const lower = toHans(t).toLowerCase();
  if (FIGURE_ACHIEVED.test(lower)) return null;

  // Met for some of the parts only ("The target was met in two of our five enterprise funds"): not met;
  // for all of them, met.
  const part = PART_MET.exec(lower);
  if (part) {
    const word = t.slice(part.index, part.index + part[0].length);
    return { status: (countOf(part[1]) ?? 0) < (countOf(part[2]) ?? 0) ? 'behind' : 'achieved', word };
  }
  // A verdict that opens the text: "Not achieved. 72 per cent…", "Exceeded. …", "On Target. …", and one
  // set off by a dash ("Not met—0.7 per cent", "Exceeded target – .40% mortality").
  const opening = /^([^.。,，;；:：(（—–]{1,30}?)(?:[.。,，;；:：—–]|\s-\s|\s*[(（])/.exec(lower);
  if (opening) {
    const s = STATUS_WORDS.get(opening[1].trim());
    if (s) return { status: s, word: t.slice(0, opening[1].length).trim() };
  }
  // …or one that closes it, a sentence of its own ("31 days – legislation was amended … Revised timeframe
  // met."): the office's word on the target as it stood at the end.
  const closing = CLOSING_VERDICT.exec(lower);
  if (closing) {
    const s = STATUS_WORDS.get(closing[2]);
    if (s)
      return {
        status: s,
        word: t.slice(closing.index + closing[0].indexOf(closing[1])).replace(/[.。]$/, ''),
      };
  }
  // Every case dealt with in the target's time ("All were resolved within SPSO target requirements"): met.
  const every = ALL_WITHIN_TARGET.exec(lower);
  if (every) return { status: 'achieved', word: t.slice(every.index, every.index + every[0].length) };
  // Done, and when or how ("Completed in March 2024", "Delivered ahead of schedule", "Deferred to 2024/25").
  const when = WHEN_DONE.exec(lower);
  if (when) return { status: STATUS_WORDS.get(when[1]) ?? 'achieved', word: t.slice(0, when[1].length) };
  for (const [phrase, status] of STATUS_PHRASES) {
    const at = lower.indexOf(phrase);
    // The share of it done (完成年度目标的53.3%): a figure, no verdict.
    if (at >= 0 && !SHARE_OF_IT.test(lower.slice(at + phrase.length)))
      return { status, word: t.slice(at, at + phrase.length) };
  }
  return null;
}

/** What follows a target's words when they give the share of it done (…的53.3%, …的八成). */
const SHARE_OF_IT = /^\s*的\s*(?:[\d.]+|[一二三四五六七八九十]成)/;

/** A last sentence that is the verdict on the target: "… Target met.", "… Revised timeframe not met." */
const CLOSING_VERDICT =
  /[.。;；]\s+((?:(?:the|our|revised|annual)\s+){0,2}(?:target|timeframe|deadline|standard|goal)\s+((?:not\s+)?(?:met|achieved|exceeded)))\.?$/;

/** All the cases dealt with within the target's time: "All were resolved within SPSO target requirements". */
const ALL_WITHIN_TARGET =
  /^(?:all|every one|each one)\b[^.;]{0,40}?\b(?:resolved|completed|dealt with|answered|processed|responded to|closed|decided)\s+within\s+(?:the\s+)?(?:[a-z]+\s+){0,2}targets?\b/;

/** An action's verdict with when or how it came about: "Completed in March 2024", "Deferred to 2024/25". */
const WHEN_DONE =
  /^(completed|complete|delivered|achieved|deferred|slipped)\s+(?:in|on|by|during|at|to|until|ahead of|within|as)\s/;

/** A margin on the target: a signed figure, then better / worse / ahead of / behind / against (the) target. */
const WITHIN_OF_TARGET =
  /^within\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+of\s+(?:achieving\s+|meeting\s+)?(?:the\s+)?target$/;
const MARGIN =
  /^([-+−]?\d+(?:\.\d+)?)\s*(?:%|per\s?cent)?\s+(better|worse|ahead|behind|against)\s+(?:than\s+|of\s+)?(?:the\s+|our\s+)?target$/;

/** "met in two of our five funds", "achieved for 3 out of 4 sites": the parts met, of all. */
const PART_MET =
  /\b(?:met|achieved|reached)\s+(?:in|for|by|at)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out of)\s+(?:the\s+|our\s+|its\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
// ───────────────────────────── cells ─────────────────────────────

/** The kind of a cell for the reader's counts. Never throws. */
export function cellKind(value: CellValue | undefined, format?: string | null): CellKind {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'other';
    if (isDateFormat(format)) return 'other';
    return isPercentFormat(format) || isLiteralPercentFormat(format) ? 'percent' : 'number';
  }
  if (typeof value === 'boolean') return 'other';
  if (typeof value !== 'string') return 'other';
  const text = value.trim();
  if (text === '') return 'empty';
  if (text.length <= 40) {
    if (notApplicableReason(text)) return 'na';
    if (statusWord(text)) return 'status';
  }
  return textKind(text);
}

/**
 * A figure typed as text and nothing else (1414.4, -3, 1,234.5, full-width １４１４.４, a footnote's mark
 * after it: 50.1*): what a sheet exported or pasted as text holds where a number stood. Its size, else null.
 */
export function numberTyped(text: string): number | null {
  if (text.length > 24) return null;
  const t = withoutFootnoteMarks(toHalfWidth(text.trim()).replace(/\s+/g, '')).replace(/^[−–]/, '-');
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t)) return null;
  const v = Number(t.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** A figure, typed as a number or as text alone (1414.4 or "1414.4"). */
export function isFigureValue(v: CellValue | undefined): boolean {
  return typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && numberTyped(v) !== null;
}

/**
 * Whether a value merged down over rows of a value column is each row's: a verdict or a not-applicable
 * mark (完成情况较好 over three rows; "-" or Data only over the years to come), and in a result's column
 * words without a figure too (已完工). A figure merged over rows is not (a warning says so: marks.ts).
 */
export function mergedForEachRow(value: CellValue, resultColumn: boolean): boolean {
  if (typeof value !== 'string') return false;
  const kind = cellKind(value);
  return (
    kind === 'status' ||
    kind === 'na' ||
    (resultColumn && (kind === 'text' || (kind === 'sentence' && !/\d/.test(value))))
  );
}

function textKind(text: string): CellKind {
  // A bare figure typed as text counts as the number it is.
  if (numberTyped(text) !== null) return 'number';
  const { mentions, rest } = scanQuantities(text.length > 400 ? text.slice(0, 400) : text);
  const values = mentions.filter((m) => m.role !== 'gap');
  if (values.length === 0) return 'text';
  // A figure with little around it ("8950人", "Target: 70%", "97.86% ***", "≥95%") is a quantity;
  // a figure inside other words is a sentence.
  const restLength = rest.replace(/[\s*#†‡:：]+/g, '').replace(/^(target|目标|计划)/i, '').length;
  if (values.length === 1 && restLength <= Math.max(4, Math.floor(text.length * 0.35))) {
    return values[0].percent && !values[0].unit ? 'percent' : 'quantity';
  }
  return 'sentence';
}

/** Counts of cell kinds in one column of a table's body, and the texts' mean length. */
export interface ColumnProfile {
  readonly filled: number;
  readonly counts: Readonly<Record<CellKind, number>>;
  /** Mean length of the text and sentence cells (0 without any). */
  readonly meanTextLength: number;
  /** How many different texts (names repeat little; units and owners repeat a lot). */
  readonly distinctTexts: number;
  /** Texts that look like an office or officer (…局, …委员会, … Team, Head of …). */
  readonly ownerLike: number;
  /** Largest absolute number seen (percent-like columns stay small). */
  readonly maxNumber: number;
  /** Texts that look like reference codes (1.1.2.PI, KPI-04, HS3a, KPI 1.2.2.2): an id, not a name. */
  readonly codes: number;
  /** Cells that are a comparator's sign and nothing else (>, <, =, ≥): the sign before a target's figure. */
  readonly signs: number;
  /** Texts that open with a figure (60% in 13 weeks, ≥95% within 4 hours): targets in words, not names. */
  readonly figureOpens: number;
  /** Cells that are 1 or 0 and nothing else (a yes or a no, as a list exports "Was the target met?"). */
  readonly onesAndZeros: number;
  /** Texts holding a digit (Php288.057, 第2批, Goal 1). */
  readonly textsWithDigits: number;
  /** Cells merged down over the rows below them (a goal or a category written once for its rows). */
  readonly mergedDown?: number;
  /**
   * The rows below their first that merged verdicts cover (达到年度目标要求 merged over four rows: 3), and
   * that merged cells of any kind cover: a verdict written once holds for every row it spans.
   */
  readonly mergedVerdictRows?: number;
  readonly mergedRows?: number;
  /** Cells that are a mark and nothing else (*, **, ✓, ◯, ■): a verdict a key above or below explains. */
  readonly marks: number;
}

/** A verdict's mark (*, **, ✓, ✗, ◯, ■, ▲), as a pattern's source; and the mark alone in its cell. */
export const VERDICT_MARK = '(?:\\*{1,3}|[✓✔✗✘◯○●■□▲△◆◇])';
const MARK_ALONE = new RegExp(`^\\s*${VERDICT_MARK}\\s*$`);

const SIGN_ALONE = /^(?:[<>=≤≥＜＞]|<=|>=|=<|=>|[<>]\s*(?:or|\/)\s*=)$/i;

/**
 * A reference code: one word of letters and digits with at least one digit, in parts joined by dots,
 * dashes or slashes (1.1.2.PI, KPI-04, CS/12), or a short letters-then-digits word (HS3a, PI12).
 */
const CODE =
  /^(?:[A-Za-z]{2,5}\s(?=\d+(?:[.\-_/]\d+)+$))?(?=[^\s]*\d)(?:[A-Za-z0-9]+(?:[.\-_/][A-Za-z0-9]+)+|[A-Za-z]{1,5}\d{1,4}[A-Za-z]?)$/;

const OWNER_END =
  /(局|委|办|厅|中心|部|处|科|院|所|政府|公司|集团|委员会|单位|办公室|街道|镇|乡|联|会|站|队|团委|总工会|妇联)$/;
const OWNER_EN =
  /\b(team|service|services|directorate|department|dept|manager|head of|director|officer|lead|council|unit|division|branch|office|executive)\b/i;

export function profileColumn(
  cells: readonly (CellValue | undefined)[],
  formats?: readonly (string | null | undefined)[],
): ColumnProfile {
  const counts: Record<CellKind, number> = {
    empty: 0,
    number: 0,
    percent: 0,
    quantity: 0,
    sentence: 0,
    status: 0,
    na: 0,
    text: 0,
    other: 0,
  };
  let textLength = 0;
  let texts = 0;
  let ownerLike = 0;
  let maxNumber = 0;
  let codes = 0;
  let signs = 0;
  let figureOpens = 0;
  let onesAndZeros = 0;
  let marks = 0;
  let textsWithDigits = 0;
  const distinct = new Set<string>();
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    const kind = cellKind(v, formats?.[i]);
    counts[kind]++;
    if (typeof v === 'string' && v.length <= 8 && SIGN_ALONE.test(v.trim())) signs++;
    // (a percentage typed as itself, 95 shown as 95%, is the fraction it stands for)
    if (typeof v === 'number' && Number.isFinite(v))
      maxNumber = Math.max(maxNumber, Math.abs(isLiteralPercentFormat(formats?.[i]) ? v / 100 : v));
    else if (kind === 'number' && typeof v === 'string')
      maxNumber = Math.max(maxNumber, Math.abs(numberTyped(v) ?? 0));
    if (oneOrZero(v) !== null) onesAndZeros++;
    if (typeof v === 'string' && v.length <= 5 && MARK_ALONE.test(v)) marks++;
    if ((kind === 'text' || kind === 'sentence') && typeof v === 'string') {
      const t = normalizeText(v);
      textLength += t.length;
      texts++;
      if (distinct.size < 1000) distinct.add(t);
      if (t.length <= 20 && CODE.test(t)) codes++;
      if (FIGURE_OPENING.test(t)) figureOpens++;
      if (/\d/.test(t)) textsWithDigits++;
      if (t.length <= 40 && (OWNER_END.test(t.replace(/[、，,].*$/, '')) || OWNER_EN.test(t))) ownerLike++;
    }
  }
  return {
    filled: cells.length - counts.empty,
    counts,
    meanTextLength: texts > 0 ? textLength / texts : 0,
    distinctTexts: distinct.size,
    ownerLike,
    maxNumber,
    codes,
    signs,
    figureOpens,
    onesAndZeros,
    marks,
    textsWithDigits,
  };
}

/** A 1 or a 0 and nothing else, typed as a figure or as text (１, 1*): a yes or a no in a verdict's column. */
export function oneOrZero(v: CellValue | undefined): 1 | 0 | null {
  if (v === 1 || v === 0) return v;
  if (typeof v !== 'string' || v.length > 6) return null;
  const t = withoutFootnoteMarks(normalizeText(v));
  return t === '1' ? 1 : t === '0' ? 0 : null;
}

const FIGURE_OPENING = /^\s*(?:[<>≤≥＜＞]=?)?\s*[-+]?\d+(?:[.,]\d+)*\s*[%‰]?(?:\s+\p{L}|\s*[(（])/u;

/** A text that is a figure by its kind: a number, a quantity with its unit or a percentage (20, 20 Days, 96.2%). */
export function isFigureKind(text: string): boolean {
  const kind = cellKind(text);
  return kind === 'number' || kind === 'quantity' || kind === 'percent';
}
