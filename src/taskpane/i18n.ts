/**
 * The task pane's own texts, in the two languages of the user interface. The report's language is a
 * separate setting; these strings only label the pane. Counts are written with the language's digit
 * grouping (20,000 项指标 / 20,000 indicators).
 */
import type { IgnoredSetting, OwnSheetKind, PortErrorCode } from '../addin/port';
import { type Lang, type Month, periodLabel, type UserRole } from '../engine';
import type { MissingColumn } from './state/columns';

export type UiLang = Lang;

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB", "fr-FR") → the pane's language. */
export function uiLangFrom(displayLanguage: string | null | undefined): UiLang {
  return (displayLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

/** A count with the language's digit grouping: 20000 → "20,000". */
export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

export type BusyTask = 'load' | 'check' | 'write' | 'flag' | 'clear' | 'template' | 'select';

/** The named steps of a long action. */
export type WorkStep = 'reading' | 'checking' | 'writing' | 'flagging';

/** What went wrong, as the pane says it: the workbook's errors, and a part of the pane's own script not loaded. */
export type PaneErrorCode = PortErrorCode | 'not-loaded';

/** A sheet read only in part (Excel's limits): how much was read of how much it uses. */
export interface CutSheet {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly totalRows: number;
  readonly totalColumns: number;
}

interface ErrorText {
  readonly title: string;
  readonly body: (sheet?: string) => string;
}

export interface UiTexts {
  readonly appName: string;
  readonly sheetsHeading: string;
  readonly refresh: string;
  readonly loadingSheets: string;
  readonly indicatorCount: (n: number) => string;
  readonly skippedHeading: string;
  /** Sheets of earlier periods of the same indicators: compared with as earlier check-ins. */
  readonly earlierHeading: string;
  readonly ownSheetsHeading: string;
  readonly ownSheetKind: Readonly<Record<OwnSheetKind, string>>;
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
  readonly yearStart: string;
  /** The year start the sheets show (month columns Apr … Mar, a title's April to March), else January: "auto". */
  readonly yearStartAuto: string;
  /** January … December (index 0 … 11). */
  readonly monthNames: readonly string[];
  readonly chooseColumns: string;
  readonly chooseColumnsOf: (sheet: string) => string;
  readonly columnsFor: (sheet: string) => string;
  readonly columnsHint: string;
  readonly roles: Readonly<Record<UserRole, string>>;
  readonly noColumn: string;
  readonly columnsRepeated: (columns: readonly string[]) => string;
  readonly applyColumns: string;
  readonly columnsMissing: (items: readonly MissingColumn[]) => string;
  readonly settingsIgnored: (items: readonly IgnoredSetting[]) => string;
  readonly sheetCut: (cut: CutSheet) => string;
  readonly check: string;
  readonly writeReport: string;
  readonly flagShortfalls: string;
  readonly clearFlags: string;
  readonly insertTemplate: string;
  readonly working: Readonly<Record<BusyTask, string>>;
  readonly steps: Readonly<Record<WorkStep, string>>;
  readonly stepOf: (index: number, count: number, label: string) => string;
  readonly stepDone: string;
  readonly resultsHeading: (periodLabel: string) => string;
  readonly totalIndicators: (n: number) => string;
  readonly behindHeading: (n: number) => string;
  readonly noneBehind: string;
  readonly completionLabel: string;
  readonly gapPoints: (points: string) => string;
  readonly moreBehind: (n: number) => string;
  readonly goToRow: (name: string, sheet: string, row: number) => string;
  /** Where an indicator is, as text where there is no workbook to go to (the offline page's files). */
  readonly rowPlace: (file: string | undefined, sheet: string, row: number) => string;
  readonly changesHeading: (periodLabel: string) => string;
  readonly newlyBehind: (n: number) => string;
  readonly recovered: (n: number) => string;
  readonly noChanges: string;
  readonly statusChange: (before: string, after: string) => string;
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
  readonly editedTitle: string;
  readonly editedBody: (name: string) => string;
  readonly keepEditedAs: string;
  readonly editedCopyName: (name: string) => string;
  readonly keepAndWrite: string;
  readonly replaceEdited: string;
  readonly cancel: string;
  readonly dismiss: string;
  readonly firstRunTitle: string;
  readonly firstRunBody: string;
  readonly firstRunNoTable: string;
  readonly help: string;
  readonly errors: Readonly<Record<PaneErrorCode, ErrorText>>;
  readonly historyNameTaken: ErrorText;
  readonly details: string;
  readonly hideDetails: string;
}

const ZH_FIELDS: Readonly<Record<IgnoredSetting['field'], string>> = {
  period: '对标期间',
  lang: '报告语言',
  title: '报告标题',
  unitName: '单位名称',
  thresholds: '推进线和滞后线',
  yearStart: '年度起始月份',
  columns: '指定的列',
  all: '全部设置',
};
const EN_FIELDS: Readonly<Record<IgnoredSetting['field'], string>> = {
  period: 'period',
  lang: 'report language',
  title: 'report title',
  unitName: 'unit name',
  thresholds: 'pace thresholds',
  yearStart: 'year start',
  columns: 'chosen columns',
  all: 'all settings',
};
/** January … December in the language, as the engine names the months. */
function monthNames(lang: Lang): string[] {
  return Array.from({ length: 12 }, (_, i) => periodLabel({ kind: 'month', month: (i + 1) as Month }, lang));
}

/** The role names, also used in messages about saved columns. */
const ZH_ROLES: Readonly<Record<UserRole, string>> = {
  name: '指标名称',
  target: '年度目标',
  actual: '完成数',
  completion: '完成率',
  status: '完成状态',
  unit: '计量单位',
  owner: '责任单位',
  notes: '备注',
  id: '序号',
  category: '类别',
  previous: '上年同期',
  periodTarget: '本期目标',
  direction: '指标方向',
};
const EN_ROLES: Readonly<Record<UserRole, string>> = {
  name: 'indicator name',
  target: 'annual target',
  actual: 'actual',
  completion: 'completion rate',
  status: 'status',
  unit: 'unit',
  owner: 'owner',
  notes: 'notes',
  id: 'number',
  category: 'category',
  previous: 'previous year',
  periodTarget: 'period target',
  direction: 'direction',
};
const ZH_REASONS = { malformed: '格式不对', 'too-long': '过长', 'out-of-range': '超出范围' } as const;
const EN_REASONS = {
  malformed: 'not readable',
  'too-long': 'too long',
  'out-of-range': 'out of range',
} as const;

const ALTERNATIVES_ZH =
  '也可以改用离线页面 target-report.html（用任意新版浏览器打开，直接读取 .xlsx 文件）或命令行程序 target-report。';
const ALTERNATIVES_EN =
  'You can also use the offline page target-report.html (open it in any current browser; it reads the .xlsx files) or the target-report command-line program.';

const zh: UiTexts = {
  appName: '目标对标',
  sheetsHeading: '指标工作表',
  refresh: '刷新',
  loadingSheets: '正在读取工作表…',
  indicatorCount: (n) => `${formatCount(n, 'zh-CN')} 项指标`,
  skippedHeading: '未读取的工作表',
  earlierHeading: '早前期间的工作表（用于对比）',
  ownSheetsHeading: '本加载项生成的工作表',
  ownSheetKind: { report: '对标报告', history: '对标记录' },
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
  yearStart: '年度起始月份',
  yearStartAuto: '自动（按表中所示）',
  monthNames: monthNames('zh-CN'),
  chooseColumns: '指定列',
  chooseColumnsOf: (sheet) => `指定列：${sheet}`,
  columnsFor: (sheet) => `指定工作表“${sheet}”的列`,
  columnsHint: '请为每项内容选择所在的列，工作表中没有的留空。',
  roles: ZH_ROLES,
  noColumn: '（无）',
  columnsRepeated: (cols) => `${cols.join('、')} 列被选了不止一次，每列只能对应一项内容。`,
  applyColumns: '应用并检查',
  columnsMissing: (items) =>
    `保存的列设置中有工作表里已不存在的列，已忽略：${items
      .map((i) => `“${i.sheet}”的${ZH_ROLES[i.role]}（${i.column}）`)
      .join('、')}。请重新指定列。`,
  settingsIgnored: (items) =>
    `工作簿中保存的部分设置无法使用，已按默认值处理：${items
      .map((i) => `${ZH_FIELDS[i.field]}（${ZH_REASONS[i.reason]}）`)
      .join('、')}。`,
  sheetCut: (c) =>
    `工作表“${c.name}”过大，只读取了 A1 起的 ${formatCount(c.rows, 'zh-CN')} 行、${formatCount(c.columns, 'zh-CN')} 列（它用到 ${formatCount(c.totalRows, 'zh-CN')} 行、${formatCount(c.totalColumns, 'zh-CN')} 列）。其余部分未检查。`,
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
  steps: {
    reading: '读取工作表',
    checking: '检查指标',
    writing: '写入报告和对标记录',
    flagging: '标记问题指标',
  },
  stepOf: (i, n, label) => `第 ${i} 步，共 ${n} 步：${label}`,
  stepDone: '已完成',
  resultsHeading: (p) => `检查结果（${p}）`,
  totalIndicators: (n) => `共 ${formatCount(n, 'zh-CN')} 项指标`,
  behindHeading: (n) => `进度滞后的指标（${formatCount(n, 'zh-CN')}）`,
  noneBehind: '没有进度滞后的指标。',
  completionLabel: '完成率',
  gapPoints: (points) => `落后序时 ${points}`,
  moreBehind: (n) => `另有 ${formatCount(n, 'zh-CN')} 项，写入报告后可在“需关注的目标任务”表中查看。`,
  goToRow: (name, sheet, row) => `转到 ${sheet} 第 ${row} 行：${name}`,
  rowPlace: (file, sheet, row) => `${file ? `文件“${file}”中` : ''}工作表“${sheet}”第 ${row} 行`,
  changesHeading: (p) => `与上次对标（${p}）相比`,
  newlyBehind: (n) => `新出现滞后（${formatCount(n, 'zh-CN')}）`,
  recovered: (n) => `已恢复正常（${formatCount(n, 'zh-CN')}）`,
  noChanges: '各指标的状态与上次相同。',
  statusChange: (before, after) => `${before} → ${after}`,
  diagnosticsHeading: (n) => `数据问题：需核对的单元格（${formatCount(n, 'zh-CN')}）`,
  noDiagnostics: '未发现需要核对的单元格。',
  moreDiagnostics: (n) => `另有 ${formatCount(n, 'zh-CN')} 条未列出，写入报告后可在报告中查看。`,
  goToCell: (sheet, cell) => `转到 ${sheet}!${cell}`,
  severity: { error: '错误', warning: '提示', info: '说明' },
  reportDone: (sheet) => `报告已写入工作表“${sheet}”。`,
  goToReport: '转到报告',
  flagged: (n) => (n === 0 ? '没有需要标记的指标。' : `已标记 ${formatCount(n, 'zh-CN')} 项问题指标。`),
  cleared: (n) => (n === 0 ? '没有可清除的标记。' : `已清除 ${formatCount(n, 'zh-CN')} 处标记。`),
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
  editedTitle: '报告工作表已被修改',
  editedBody: (name) =>
    `工作表“${name}”在上次写入报告后被手工修改过。直接替换会丢失这些修改；也可以把修改过的工作表改名保留，再写入新报告。`,
  keepEditedAs: '修改过的工作表改名为',
  editedCopyName: (name) => `${name}（修改稿）`,
  keepAndWrite: '保留修改稿并写入新报告',
  replaceEdited: '直接替换',
  cancel: '取消',
  dismiss: '关闭',
  firstRunTitle: '开始使用目标对标',
  firstRunBody:
    '目标对标读取工作簿中的指标表（每行一项指标：年度目标，以及各季度或各月的完成情况），对照年度目标和序时进度检查每项指标，标出滞后的指标，并在工作簿中写入含表格和图表的对标报告。',
  firstRunNoTable:
    '这个工作簿中还没有可识别的指标表（需要“指标名称”“年度目标”等列）。可以插入一个标准模板开始填写，或在已有的指标表中补上表头后点击“刷新”。',
  help: '使用说明',
  errors: {
    'unsupported-host': {
      title: '此 Excel 无法运行本加载项',
      body: () =>
        `本加载项需要 ExcelApi 1.7 或更高版本：Microsoft 365、Excel 2021 或 2024、网页版 Excel、Mac 版 Excel。批量许可版 Excel 2016 只支持 ExcelApi 1.1，无法运行。${ALTERNATIVES_ZH}`,
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
      body: (sheet) => `工作表“${sheet ?? ''}”在上次写入报告后被修改过，未覆盖它。`,
    },
    'no-indicator-sheet': {
      title: '未找到指标表',
      body: () => '工作簿中没有可识别的指标表（需要“指标”和“年度目标”等列）。可以插入一个标准模板开始填写。',
    },
    'too-large': {
      title: '数据过多',
      body: () => '工作簿中的数据过多，无法一次处理。请删除不需要的工作表或拆分工作簿后重试。',
    },
    'not-loaded': {
      title: '加载项未能完整加载',
      body: () =>
        '检查所需的程序部分没有从加载项的服务器下载下来，通常是网络中断或服务器暂时不可用。请检查网络后点“刷新”重试；如仍不行，请关闭并重新打开任务窗格。',
    },
    unknown: {
      title: '操作未完成',
      body: () => '操作没有完成。请重试；如仍不行，请把下面的详细信息发给技术支持。',
    },
  },
  historyNameTaken: {
    title: '对标记录无法写入',
    body: (sheet) =>
      `工作簿中已有名为“${sheet ?? ''}”的工作表，且不是本加载项创建的，不会覆盖它。请把它改名或删除后再写入报告。`,
  },
  details: '详细信息',
  hideDetails: '隐藏详细信息',
};

const en: UiTexts = {
  appName: 'Target report',
  sheetsHeading: 'Indicator sheets',
  refresh: 'Refresh',
  loadingSheets: 'Reading the sheets…',
  indicatorCount: (n) => (n === 1 ? '1 indicator' : `${formatCount(n, 'en-US')} indicators`),
  skippedHeading: 'Sheets not read',
  earlierHeading: 'Sheets of earlier periods (compared with)',
  ownSheetsHeading: 'Sheets made by this add-in',
  ownSheetKind: { report: 'Report', history: 'Check-in history' },
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
  yearStart: 'Year starts in',
  yearStartAuto: 'Auto',
  monthNames: monthNames('en-US'),
  chooseColumns: 'Choose columns',
  chooseColumnsOf: (sheet) => `Choose columns: ${sheet}`,
  columnsFor: (sheet) => `Columns of the sheet "${sheet}"`,
  columnsHint: 'Choose the column that holds each item; leave empty what the sheet does not have.',
  roles: Object.fromEntries(
    Object.entries(EN_ROLES).map(([role, word]) => [role, word.charAt(0).toUpperCase() + word.slice(1)]),
  ) as Record<UserRole, string>,
  noColumn: '(none)',
  columnsRepeated: (cols) =>
    `${cols.length === 1 ? 'Column' : 'Columns'} ${cols.join(', ')} ${cols.length === 1 ? 'is' : 'are'} chosen more than once; each column can hold one item only.`,
  applyColumns: 'Apply and check',
  columnsMissing: (items) =>
    `Some saved columns are no longer in their sheets and were ignored: ${items
      .map((i) => `${EN_ROLES[i.role]} (${i.column}) of "${i.sheet}"`)
      .join(', ')}. Choose the columns again.`,
  settingsIgnored: (items) =>
    `Some settings saved in this workbook could not be used; the defaults apply instead: ${items
      .map((i) => `${EN_FIELDS[i.field]} (${EN_REASONS[i.reason]})`)
      .join(', ')}.`,
  sheetCut: (c) =>
    `The sheet "${c.name}" is too large: only ${formatCount(c.rows, 'en-US')} rows and ${formatCount(c.columns, 'en-US')} columns from A1 were read (it uses ${formatCount(c.totalRows, 'en-US')} rows and ${formatCount(c.totalColumns, 'en-US')} columns). The rest was not checked.`,
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
  steps: {
    reading: 'Reading the sheets',
    checking: 'Checking the indicators',
    writing: 'Writing the report and the check-in',
    flagging: 'Flagging shortfalls',
  },
  stepOf: (i, n, label) => `Step ${i} of ${n}: ${label}`,
  stepDone: 'done',
  resultsHeading: (p) => `Check results (${p})`,
  totalIndicators: (n) => (n === 1 ? '1 indicator in all' : `${formatCount(n, 'en-US')} indicators in all`),
  behindHeading: (n) => `Behind pace (${formatCount(n, 'en-US')})`,
  noneBehind: 'No indicator is behind pace.',
  completionLabel: 'Completion',
  gapPoints: (points) => `${points} behind pace`,
  moreBehind: (n) => `${formatCount(n, 'en-US')} more; the report's attention table lists them all.`,
  goToRow: (name, sheet, row) => `Go to ${sheet} row ${row}: ${name}`,
  rowPlace: (file, sheet, row) => `${file ? `${file}, ` : ''}sheet “${sheet}”, row ${row}`,
  changesHeading: (p) => `Since the last check-in (${p})`,
  newlyBehind: (n) => `Newly behind (${formatCount(n, 'en-US')})`,
  recovered: (n) => `Back on track (${formatCount(n, 'en-US')})`,
  noChanges: 'Every indicator has the same status as last time.',
  statusChange: (before, after) => `${before} → ${after}`,
  diagnosticsHeading: (n) => `Data problems: cells to review (${formatCount(n, 'en-US')})`,
  noDiagnostics: 'No cells need reviewing.',
  moreDiagnostics: (n) => `${formatCount(n, 'en-US')} more not listed here; the report lists them all.`,
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  reportDone: (sheet) => `The report is written to the sheet "${sheet}".`,
  goToReport: 'Go to report',
  flagged: (n) =>
    n === 0
      ? 'No indicator needs a flag.'
      : n === 1
        ? 'Flagged 1 indicator.'
        : `Flagged ${formatCount(n, 'en-US')} indicators.`,
  cleared: (n) =>
    n === 0
      ? 'There were no flags to clear.'
      : n === 1
        ? 'Cleared 1 flag.'
        : `Cleared ${formatCount(n, 'en-US')} flags.`,
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
  editedTitle: 'The report sheet was edited',
  editedBody: (name) =>
    `The sheet "${name}" was edited by hand after the report was written. Replacing it loses those edits; you can instead keep the edited sheet under another name and write a new report.`,
  keepEditedAs: 'Keep the edited sheet as',
  editedCopyName: (name) => `${name} (edited)`,
  keepAndWrite: 'Keep it and write a new report',
  replaceEdited: 'Replace it',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  firstRunTitle: 'Getting started with Target report',
  firstRunBody:
    'Target report reads the indicator sheets in this workbook (one indicator per row: the annual target and the actuals per quarter or month), checks each against its target and the pace the period demands, flags those behind, and writes a report sheet with tables and charts.',
  firstRunNoTable:
    'This workbook has no indicator sheet it can read yet (it needs columns such as Indicator and Annual target). Insert a standard template to start, or add the header to your sheet and press Refresh.',
  help: 'Help',
  errors: {
    'unsupported-host': {
      title: 'This Excel cannot run the add-in',
      body: () =>
        `The add-in needs ExcelApi 1.7 or later: Microsoft 365, Excel 2021 or 2024, Excel on the web, Excel for Mac. Volume-licensed Excel 2016 has ExcelApi 1.1 only and cannot run it. ${ALTERNATIVES_EN}`,
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
      body: (sheet) =>
        `The sheet "${sheet ?? ''}" was edited after the report was written; it was left as it is.`,
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
    'not-loaded': {
      title: 'Part of the add-in did not load',
      body: () =>
        'The part of the add-in that checks the sheets did not arrive from its server, usually because the network or the server is down. Check the connection and press Refresh; if it keeps failing, close and reopen the task pane.',
    },
    unknown: {
      title: 'Something went wrong',
      body: () =>
        'The action did not finish. Try again; if it keeps failing, send the details below to your support contact.',
    },
  },
  historyNameTaken: {
    title: 'The check-in could not be recorded',
    body: (sheet) =>
      `This workbook already has a sheet named "${sheet ?? ''}" that the add-in did not create, and it will not be overwritten. Rename or delete it, then write the report again.`,
  },
  details: 'Details',
  hideDetails: 'Hide details',
};

const TEXTS: Readonly<Record<UiLang, UiTexts>> = { 'zh-CN': zh, 'en-US': en };

export function uiTexts(lang: UiLang): UiTexts {
  return TEXTS[lang];
}
