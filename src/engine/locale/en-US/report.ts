/** en-US: the report's title, table headers and captions, chart titles, and the report sheet's headings. */
import { calendarOf, fiscalYearLabel, namedForPeriod, namedYear } from '../common';
import type { ReportWords } from '../types';

const MONTHS = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const report: ReportWords = {
  title: (unitName, period, year, _yearEnd, yearStart, named) => {
    const yearNamed = namedForPeriod(period, yearStart, named);
    // A year named after FY keeps the word in every title: Q2 FY 2010, FY 2010.
    const label =
      year === null
        ? null
        : yearNamed === 'fy'
          ? namedYear(year, yearNamed)
          : (fiscalYearLabel(year, yearStart, yearNamed) ?? String(year));
    const y = label !== null ? ` ${label}` : '';
    const first = MONTHS[calendarOf(1, 0, yearStart).month];
    let when: string;
    if (period.kind === 'quarter') when = `Q${period.quarter}${y}`;
    else if (period.kind === 'month')
      when =
        period.month === 1
          ? `${first}${y}`
          : `${first}–${MONTHS[calendarOf(period.month, 0, yearStart).month]}${y}`;
    else when = label === null ? 'full year' : yearNamed === 'fy' ? label : `FY ${label}`;
    return `Target report: ${[unitName, when].filter((x): x is string => !!x).join(', ')}`;
  },
  columns: {
    no: 'No.',
    org: 'Organisation',
    category: 'Category',
    name: 'Indicator',
    unit: 'Unit',
    target: 'Annual target',
    expected: 'Pace target',
    actual: 'Actual to date',
    actualForYear: 'Actual for the year',
    completion: 'Completion',
    pace: 'Pace',
    gapToPace: 'Gap to pace',
    gapPoints: 'Behind pace (points)',
    // (below a target, or above a ceiling: the gap either way)
    gapPointsToTarget: 'Gap to target (points)',
    gapToTarget: 'Gap to target',
    status: 'Status',
    owner: 'Owner',
    unitsReporting: 'Units reporting',
    targetTotal: 'Annual target (total)',
    actualTotal: 'Actual to date (total)',
    note: 'Note',
    rank: 'Rank',
    total: 'Indicators',
    onPaceShare: 'On pace or better',
  },
  captions: {
    indicators: 'Indicators and their progress',
    attention: 'Indicators needing attention',
    consolidated:
      'Consolidated indicators (counts summed over units; levels and rates averaged across units)',
    units: 'Units compared',
  },
  numberedCaption: (n, caption) => `Table ${n}. ${caption}`,
  charts: {
    'completion-by-category': {
      title: 'Average completion by category against the pace of the period',
      valueAxisTitle: 'Completion',
      dataHeader: 'Category',
    },
    attention: {
      title: 'Needing attention: actual vs pace target (share of annual target)',
      valueAxisTitle: 'Share of annual target',
      dataHeader: 'Indicator',
    },
    'pace-gap': {
      title: 'Needing attention: gap to the pace target (red behind, green ahead)',
      valueAxisTitle: 'Gap (share of annual target)',
      dataHeader: 'Indicator',
    },
    'status-count': { title: 'Indicators by status', valueAxisTitle: 'Count', dataHeader: 'Status' },
    'completion-trend': {
      title: 'Average completion by category over the check-ins',
      valueAxisTitle: 'Average completion',
      dataHeader: 'Check-in',
    },
    'units-ranking': {
      title: 'Share of indicators on pace or better, by unit',
      valueAxisTitle: 'Share',
      dataHeader: 'Unit',
    },
  },
  seriesNames: {
    completion: 'Completion',
    actual: 'Actual to date',
    pace: 'Pace target',
    count: 'Indicators',
    share: 'On pace or better',
    behind: 'Behind pace',
    ahead: 'Ahead of pace',
  },
  paceLine: (percent) => `Pace of the period ${percent}`,
  nameWithOrg: (name, org) => `${name} (${org})`,
  chartAllIndicators: 'All indicators',
  chartOtherIndicators: 'Other',
  unitsRankingCut: (title, best, weakest, total) =>
    `${title} (the top ${best} and the bottom ${weakest} of ${total} units)`,
  layout: {
    statusBlockCaption: 'Indicators by status',
    statusBlockHeaders: ['Status', 'Count', 'Share'],
    totalLabel: 'Total',
    noAttention: 'No indicator needs attention.',
    notesCaption: 'Data notes',
    chartsCaption: 'Charts and chart data',
    otherChartDataHeader: 'Item',
    paragraphIndent: '',
    subtitleSeparator: ' · ',
  },
  appendix: {
    label: (n) => (n === null ? 'Appendix' : `Appendix ${n}`),
    listLead: 'Appendices: ',
    listItem: (n, name) => `${n}. ${name}`,
    tables: 'Tables',
    charts: 'Charts',
    notes: 'Data notes',
  },
};
