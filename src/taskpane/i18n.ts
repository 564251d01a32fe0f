/**
 * The task pane's own texts, in the two languages of the user interface. The report's language is a
 * separate setting; these strings only label the pane.
 */
import type { PortErrorCode } from '../addin/port';
import type { Lang } from '../engine';

export type UiLang = Lang;

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB", "fr-FR") → the pane's language. */
export function uiLangFrom(displayLanguage: string | null | undefined): UiLang {
  return (displayLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export interface UiTexts {
  readonly appName: string;
  readonly sheetsHeading: string;
  readonly refresh: string;
  readonly loadingSheets: string;
  readonly indicatorCount: (n: number) => string;
  readonly skippedHeading: string;
  readonly noSheetsYet: string;
  readonly settingsHeading: string;
  readonly period: string;
  readonly periodAuto: string;
  readonly periodAutoWith: (label: string) => string;
  readonly reportLanguage: string;
  readonly langNames: Readonly<Record<Lang, string>>;
  readonly reportTitle: string;
  readonly reportTitlePlaceholder: string;
  readonly unitName: string;
  readonly unitNamePlaceholder: string;
  readonly onTrackThreshold: string;
  readonly behindThreshold: string;
  readonly thresholdHint: string;
  readonly thresholdInvalid: string;
  readonly settingsSaveFailed: string;
  readonly check: string;
  readonly writeReport: string;
  readonly flagShortfalls: string;
  readonly clearFlags: string;
  readonly insertTemplate: string;
  readonly working: Readonly<Record<BusyTask, string>>;
  readonly resultsHeading: (periodLabel: string) => string;
  readonly totalIndicators: (n: number) => string;
  readonly diagnosticsHeading: (n: number) => string;
  readonly noDiagnostics: string;
  readonly moreDiagnostics: (n: number) => string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly reportDone: (sheet: string) => string;
  readonly goToReport: string;
  readonly flagged: (n: number) => string;
  readonly cleared: (n: number) => string;
  readonly templateInserted: (sheet: string) => string;
  readonly copyHeading: string;
  readonly copyIndicatorTable: string;
  readonly copyAttentionTable: string;
  readonly copyHint: (key: string) => string;
  readonly copySelected: (key: string) => string;
  readonly nameTakenTitle: string;
  readonly nameTakenBody: (name: string) => string;
  readonly newSheetName: string;
  readonly useThisName: string;
  readonly cancel: string;
  readonly dismiss: string;
  readonly errors: Readonly<
    Record<PaneErrorCode, { readonly title: string; readonly body: (sheet?: string) => string }>
  >;
  readonly details: string;
  readonly hideDetails: string;
}

export type BusyTask = 'load' | 'check' | 'write' | 'flag' | 'clear' | 'template' | 'select';

export type PaneErrorCode = PortErrorCode;

const zh: UiTexts = {
  appName: '目标对标',
  sheetsHeading: '指标工作表',
  refresh: '刷新',
  loadingSheets: '正在读取工作表…',
  indicatorCount: (n) => `${n} 项指标`,
  skippedHeading: '未读取的工作表',
  noSheetsYet: '尚未读取工作表。',
  settingsHeading: '设置',
  period: '对标期间',
  periodAuto: '自动（有数据的最新期间）',
  periodAutoWith: (label) => `自动（${label}）`,
  reportLanguage: '报告语言',
  langNames: { 'zh-CN': '中文', 'en-US': 'English' },
  reportTitle: '报告标题',
  reportTitlePlaceholder: '留空则按单位和年度生成',
  unitName: '单位名称',
  unitNamePlaceholder: '例如：某某市科学技术协会',
  onTrackThreshold: '序时推进线（%）',
  behindThreshold: '滞后线（%）',
  thresholdHint: '进度不低于推进线为“序时推进”，低于滞后线为“严重滞后”。',
  thresholdInvalid: '请填写 1 至 500 之间的数，且滞后线低于推进线。',
  settingsSaveFailed: '设置未能保存到工作簿，本次仍按当前设置运行。',
  check: '检查',
  writeReport: '写入报告',
  flagShortfalls: '标记问题指标',
  clearFlags: '清除标记',
  insertTemplate: '插入模板',
  working: {
    load: '正在读取工作表…',
    check: '正在检查…',
    write: '正在写入报告…',
    flag: '正在标记问题指标…',
    clear: '正在清除标记…',
    template: '正在插入模板…',
    select: '正在选中表格…',
  },
  resultsHeading: (p) => `检查结果（${p}）`,
  totalIndicators: (n) => `共 ${n} 项指标`,
  diagnosticsHeading: (n) => `需核对的单元格（${n}）`,
  noDiagnostics: '未发现需要核对的单元格。',
  moreDiagnostics: (n) => `另有 ${n} 条未列出，写入报告后可在报告中查看。`,
  goToCell: (sheet, cell) => `转到 ${sheet}!${cell}`,
  severity: { error: '错误', warning: '提示', info: '说明' },
  reportDone: (sheet) => `报告已写入工作表“${sheet}”。`,
  goToReport: '转到报告',
  flagged: (n) => (n === 0 ? '没有需要标记的指标。' : `已标记 ${n} 项问题指标。`),
  cleared: (n) => (n === 0 ? '没有可清除的标记。' : `已清除 ${n} 处标记。`),
  templateInserted: (sheet) => `已插入模板工作表“${sheet}”。填写后点击“检查”。`,
  copyHeading: '选中表格以复制',
  copyIndicatorTable: '指标表',
  copyAttentionTable: '问题指标表',
  copyHint: (key) => `选中后按 ${key} 复制，再粘贴到 Word 文档中。`,
  copySelected: (key) => `表格已选中。请按 ${key} 复制，再粘贴到 Word 文档中。`,
  nameTakenTitle: '工作表名称已被使用',
  nameTakenBody: (name) =>
    `工作簿中已有名为“${name}”的工作表，且不是本加载项创建的，不会覆盖它。请为报告另取一个名称：`,
  newSheetName: '报告工作表名称',
  useThisName: '使用此名称',
  cancel: '取消',
  dismiss: '关闭',
  errors: {
    'unsupported-host': {
      title: 'Excel 版本过旧',
      body: () => '此加载项需要 Excel 2016 或更高版本（ExcelApi 1.7）。请更新 Excel，或改用网页版 Excel。',
    },
    'sheet-protected': {
      title: '工作表受保护',
      body: (sheet) =>
        sheet
          ? `工作表“${sheet}”受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试。`
          : '工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试。',
    },
    'name-taken': {
      title: '工作表名称已被使用',
      body: (sheet) =>
        sheet
          ? `已有名为“${sheet}”的工作表，不会覆盖它。请另取一个名称。`
          : '报告工作表的名称已被使用。请另取一个名称。',
    },
    'report-edited': {
      title: '报告工作表已被修改',
      body: (sheet) => `工作表“${sheet ?? ''}”在上次写入报告后被修改过。`,
    },
    'no-indicator-sheet': {
      title: '未找到指标表',
      body: () => '工作簿中没有可识别的指标表（需要“指标”和“年度目标”等列）。可以插入一个标准模板开始填写。',
    },
    'too-large': {
      title: '数据过多',
      body: () => '工作簿中的数据过多，无法一次处理。请删除不需要的工作表或拆分工作簿后重试。',
    },
    unknown: {
      title: '操作未完成',
      body: () => '操作没有完成。请重试；如仍不行，请把下面的详细信息发给技术支持。',
    },
  },
  details: '详细信息',
  hideDetails: '隐藏详细信息',
};

const en: UiTexts = {
  appName: 'Target report',
  sheetsHeading: 'Indicator sheets',
  refresh: 'Refresh',
  loadingSheets: 'Reading the sheets…',
  indicatorCount: (n) => (n === 1 ? '1 indicator' : `${n} indicators`),
  skippedHeading: 'Sheets not read',
  noSheetsYet: 'No sheets read yet.',
  settingsHeading: 'Settings',
  period: 'Period',
  periodAuto: 'Auto (latest period with data)',
  periodAutoWith: (label) => `Auto (${label})`,
  reportLanguage: 'Report language',
  langNames: { 'zh-CN': '中文', 'en-US': 'English' },
  reportTitle: 'Report title',
  reportTitlePlaceholder: 'Leave empty to build it from unit and year',
  unitName: 'Unit name',
  unitNamePlaceholder: 'e.g. City Association for Science and Technology',
  onTrackThreshold: 'On track from (%)',
  behindThreshold: 'Behind from (%)',
  thresholdHint: 'Pace at or above "On track from" counts as On track; below "Behind from", as At risk.',
  thresholdInvalid: 'Enter numbers from 1 to 500, with "behind" below "on track".',
  settingsSaveFailed: 'The settings could not be saved in the workbook; this run uses them anyway.',
  check: 'Check',
  writeReport: 'Write report',
  flagShortfalls: 'Flag shortfalls',
  clearFlags: 'Clear flags',
  insertTemplate: 'Insert template',
  working: {
    load: 'Reading the sheets…',
    check: 'Checking…',
    write: 'Writing the report…',
    flag: 'Flagging shortfalls…',
    clear: 'Clearing flags…',
    template: 'Inserting the template…',
    select: 'Selecting the table…',
  },
  resultsHeading: (p) => `Check results (${p})`,
  totalIndicators: (n) => (n === 1 ? '1 indicator in all' : `${n} indicators in all`),
  diagnosticsHeading: (n) => `Cells to review (${n})`,
  noDiagnostics: 'No cells need reviewing.',
  moreDiagnostics: (n) => `${n} more not listed here; the report lists them all.`,
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  reportDone: (sheet) => `The report is written to the sheet "${sheet}".`,
  goToReport: 'Go to report',
  flagged: (n) =>
    n === 0 ? 'No indicator needs a flag.' : n === 1 ? 'Flagged 1 indicator.' : `Flagged ${n} indicators.`,
  cleared: (n) =>
    n === 0 ? 'There were no flags to clear.' : n === 1 ? 'Cleared 1 flag.' : `Cleared ${n} flags.`,
  templateInserted: (sheet) => `Added the template sheet "${sheet}". Fill it in, then press Check.`,
  copyHeading: 'Select table for copying',
  copyIndicatorTable: 'Indicator table',
  copyAttentionTable: 'Attention table',
  copyHint: (key) => `After selecting, press ${key} and paste into your Word document.`,
  copySelected: (key) =>
    `The table is selected. Press ${key} to copy it, then paste it into your Word document.`,
  nameTakenTitle: 'Sheet name already in use',
  nameTakenBody: (name) =>
    `This workbook already has a sheet named "${name}" that the add-in did not create, and it will not be overwritten. Choose another name for the report:`,
  newSheetName: 'Report sheet name',
  useThisName: 'Use this name',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  errors: {
    'unsupported-host': {
      title: 'Excel version not supported',
      body: () =>
        'This add-in needs Excel 2016 or later (ExcelApi 1.7). Update Excel, or use Excel on the web.',
    },
    'sheet-protected': {
      title: 'Sheet is protected',
      body: (sheet) =>
        sheet
          ? `The sheet "${sheet}" is protected, so nothing could be written. Unprotect it (Review tab) and try again.`
          : 'A sheet is protected, so nothing could be written. Unprotect it (Review tab) and try again.',
    },
    'name-taken': {
      title: 'Sheet name already in use',
      body: (sheet) =>
        sheet
          ? `A sheet named "${sheet}" already exists and will not be overwritten. Choose another name.`
          : 'The report sheet name is already in use. Choose another name.',
    },
    'report-edited': {
      title: 'The report sheet was edited',
      body: (sheet) => `The sheet "${sheet ?? ''}" was edited after the report was written.`,
    },
    'no-indicator-sheet': {
      title: 'No indicator sheet found',
      body: () =>
        'No sheet in this workbook looks like an indicator table (it needs columns such as Indicator and Annual target). Insert a standard template to start.',
    },
    'too-large': {
      title: 'Too much data',
      body: () =>
        'The workbook holds more data than can be handled at once. Remove sheets you do not need, or split the workbook, and try again.',
    },
    unknown: {
      title: 'Something went wrong',
      body: () =>
        'The action did not finish. Try again; if it keeps failing, send the details below to your support contact.',
    },
  },
  details: 'Details',
  hideDetails: 'Hide details',
};

const TEXTS: Readonly<Record<UiLang, UiTexts>> = { 'zh-CN': zh, 'en-US': en };

export function uiTexts(lang: UiLang): UiTexts {
  return TEXTS[lang];
}
