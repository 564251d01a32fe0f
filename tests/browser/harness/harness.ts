/**
 * Test-only page script: stands in for Office and Excel so the production pane bundle runs in a plain
 * browser. It defines window.Office (onReady resolves at once, display language, theme, requirement sets,
 * document settings) and window.Excel.run backed by the Excel API test double holding a sample workbook.
 * Query string: ?lang=en-US (display language, default zh-CN), ?theme=dark, ?excelApi=1.7 (highest set),
 * ?book=blank (a workbook with one empty sheet), ?book=columns (the sample with a sheet whose columns
 * the reader cannot tell, for the columns step), ?office=missing (no Office at all, as when office.js
 * could not be fetched: the page's first script must say so).
 */
import { createExcelDouble, type DoubleCellInit } from '../../support/excelDouble';

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get('lang') ?? 'zh-CN';
const dark = params.get('theme') === 'dark';
const excelApi = params.get('excelApi') ?? '1.12';
const blank = params.get('book') === 'blank';
const withColumns = params.get('book') === 'columns';
const byMonth = params.get('book') === 'months';
const officeMissing = params.get('office') === 'missing';

/** A county's indicator sheet: title, reporting line, header, category rows, quarterly actuals (Q1–Q3 filled). */
const INDICATORS: DoubleCellInit[][] = [
  ['2024年度目标任务完成情况表'],
  ['填报单位：某县科学技术协会', null, null, null, null, null, null, '填报日期：2024年10月8日'],
  ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'],
  ['一', '职能目标任务'],
  [1, '开展科技下乡活动', '场次', 150, 30, 40, 55, null, '科普部'],
  [2, '举办科普讲座', '场', 40, 5, 5, 6, null, '学会部'],
  [3, '培训农村实用人才', '人次', 2000, 300, 800, 1000, null, '组织部'],
  [4, '发放科普资料', '万份', 20, 4, 5, 4, null, '宣传部'],
  ['二', '党的建设'],
  [5, '发展新会员', '人', 100, 20, 20, '待统计', null, '办公室'],
  [6, '开展主题党日活动', '次', 12, 3, 3, 3, null, '机关党支部'],
  [7, '建设科普示范基地', '个', 5, null, null, null, null, '科普部'],
  [null],
  ['注：本表数据为示例。'],
];
const NOTES: DoubleCellInit[][] = [
  ['填表说明'],
  ['1. 各部门于每季度末填报本部门完成情况。'],
  ['2. 目标值以年初下达为准。'],
];

/** A county office's list: its own headings, none of them the reader's words for the indicator's name. */
const COUNTY: DoubleCellInit[][] = [
  ['栏目', '工作目标', '已完成数', '说明'],
  ['新建村级服务站', 40, 32, '按季度推进'],
  ['培训基层干部', 1200, 1300, null],
  ['改造农村公路（公里）', 85, 51, null],
];

/** An office's sheet a month: the same indicators, results to date. */
function monthSheet(name: string, done: [number, number]): { name: string; values: DoubleCellInit[][] } {
  return {
    name,
    values: [
      [`2024年${name}重点指标完成情况`],
      ['序号', '指标名称', '单位', '年度目标', '累计完成'],
      [1, '固定资产投资', '亿元', 100, done[0]],
      [2, '新增就业', '人', 5000, done[1]],
    ],
  };
}

const double = createExcelDouble({
  sheets: blank
    ? [{ name: 'Sheet1', values: [] }]
    : byMonth
      ? [monthSheet('1-6月', [60, 2800]), monthSheet('1-11月', [95, 4900])]
      : [
          { name: '目标任务', values: INDICATORS, merges: ['A1:I1'] },
          { name: '填表说明', values: NOTES },
          ...(withColumns ? [{ name: '区县任务', values: COUNTY }] : []),
        ],
  requirementSets: { ExcelApi: excelApi },
});

const hostInfo = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(callback?: (info: typeof hostInfo) => void) {
    callback?.(hostInfo);
    return Promise.resolve(hostInfo);
  },
  context: {
    displayLanguage,
    officeTheme: dark
      ? { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff', isDarkTheme: true }
      : { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', isDarkTheme: false },
    requirements: double.office.context.requirements,
    document: double.office.context.document,
  },
};

const w = window as unknown as Record<string, unknown>;
if (!officeMissing) {
  w.Office = office;
  w.Excel = { run: double.run };
}
/** For the browser test to look inside the workbook, and to act as a user would in Excel. */
w.__harness = {
  sheetNames: () => double.workbookState.sheets.map((s) => s.name),
  selection: () => {
    const sel = double.workbookState.selection;
    const sheet = double.workbookState.sheets.find((s) => s.id === sel?.sheetId);
    return sel ? { sheet: sheet?.name ?? null, address: sel.address } : null;
  },
  syncCount: () => double.syncCount,
  cells: (name: string) => double.cells(name),
  settings: () => double.host.settings.saved,
  /** Types a value into a cell, as someone editing the sheet by hand. */
  edit: (sheet: string, address: string, value: string) => {
    const cell = double.cell(sheet, address);
    if (!cell) throw new Error(`no cell ${sheet}!${address}`);
    cell.value = value;
  },
};
