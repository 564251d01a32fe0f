/** zh-CN: the report's title, table headers and captions, chart titles, and the report sheet's headings. */
import { calendarOf, fiscalYearLabel, namedForPeriod } from '../common';
import type { ReportWords } from '../types';
import { quarterSoFar } from './format';

export const report: ReportWords = {
  title: (unitName, period, year, yearEnd, yearStart, named) => {
    const yearNamed = namedForPeriod(period, yearStart, named);
    const fy = year !== null ? fiscalYearLabel(year, yearStart, yearNamed) : null;
    const y = fy ? `${fy}年度` : year !== null ? `${year}年` : '';
    let when = y;
    if (yearEnd) when = fy ? `${fy}年度` : year !== null ? `${year}年度` : '年度';
    else if (period.kind === 'quarter') when = `${y}${quarterSoFar(period.quarter)}`;
    else if (period.kind === 'month') {
      const first = calendarOf(1, 0, yearStart).month;
      const last = calendarOf(period.month, 0, yearStart).month;
      when = period.month === 1 ? `${y}${first}月` : `${y}${first}—${last}月`;
    }
    return `${unitName ?? ''}${when}目标任务完成情况对标报告`;
  },
  columns: {
    no: '序号',
    org: '填报单位',
    category: '类别',
    name: '指标',
    unit: '单位',
    target: '年度目标',
    expected: '序时目标',
    actual: '累计完成',
    actualForYear: '全年完成',
    completion: '完成率',
    pace: '进度',
    gapToPace: '距序时目标',
    gapPoints: '落后序时百分点',
    // (低于目标，或超出控制目标：两者皆是差距)
    gapPointsToTarget: '距目标百分点',
    gapToTarget: '距年度目标',
    status: '状态',
    owner: '责任部门',
    unitsReporting: '填报单位数',
    targetTotal: '年度目标合计',
    actualTotal: '累计完成合计',
    note: '说明',
    rank: '排名',
    total: '指标数',
    onPaceShare: '序时推进及以上占比',
  },
  captions: {
    indicators: '目标任务完成情况',
    attention: '需关注的目标任务',
    consolidated: '全系统目标任务汇总情况（数量类指标为各单位合计，水平类和比率类指标为各单位平均）',
    units: '各单位目标任务完成情况比较',
  },
  numberedCaption: (n, caption) => `表${n} ${caption}`,
  charts: {
    'completion-by-category': {
      title: '各类别目标任务平均完成率与序时进度',
      valueAxisTitle: '完成率',
      dataHeader: '类别',
    },
    attention: {
      title: '需关注指标：累计完成与序时目标（占年度目标）',
      valueAxisTitle: '占年度目标',
      dataHeader: '指标',
    },
    'pace-gap': {
      title: '需关注指标：与序时进度的差距（红色落后、绿色超前）',
      valueAxisTitle: '差距（占年度目标）',
      dataHeader: '指标',
    },
    'status-count': { title: '各状态目标任务数量', valueAxisTitle: '项', dataHeader: '状态' },
    'completion-trend': {
      title: '各类别目标任务平均完成率变化趋势',
      valueAxisTitle: '平均完成率',
      dataHeader: '对标期',
    },
    'units-ranking': {
      title: '各单位目标任务序时推进及以上占比',
      valueAxisTitle: '占比',
      dataHeader: '单位',
    },
  },
  seriesNames: {
    completion: '完成率',
    actual: '累计完成',
    pace: '序时目标',
    count: '项数',
    share: '序时推进及以上占比',
    behind: '落后序时进度',
    ahead: '超前序时进度',
  },
  paceLine: (percent) => `序时进度${percent}`,
  nameWithOrg: (name, org) => `${name}（${org}）`,
  chartAllIndicators: '全部指标',
  chartOtherIndicators: '其他',
  unitsRankingCut: (title, best, weakest, total) =>
    `${title}（共${total}个单位，列前${best}名和后${weakest}名）`,
  layout: {
    statusBlockCaption: '目标任务状态统计',
    statusBlockHeaders: ['状态', '项数', '占比'],
    totalLabel: '合计',
    noAttention: '无需关注的目标任务。',
    notesCaption: '数据说明',
    chartsCaption: '图表及数据',
    otherChartDataHeader: '项目',
    paragraphIndent: '\u3000\u3000',
    subtitleSeparator: '\u3000',
  },
  appendix: {
    label: (n) => (n === null ? '附件' : `附件${n}`),
    listLead: '附件：',
    listItem: (n, name) => `${n}．${name}`,
    tables: '目标任务对标情况表',
    charts: '目标任务对标图表',
    notes: '数据说明',
  },
};
