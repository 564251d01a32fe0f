/**
 * The offline page's own words, in the two languages of the user interface; everything else it shows
 * comes from the pane's texts (src/taskpane/i18n.ts), since it shows the pane's components.
 */
import type { UiLang, UiTexts } from '../taskpane/i18n';
import { formatCount } from '../taskpane/i18n';

export interface PageTexts {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly langNames: Readonly<Record<UiLang, string>>;
  readonly filesHeading: string;
  readonly pickFiles: string;
  readonly pickFolder: string;
  readonly dropHint: string;
  readonly noFiles: string;
  readonly clearFiles: string;
  readonly previousHeading: string;
  readonly previousHint: string;
  readonly pickPrevious: string;
  readonly removePrevious: string;
  readonly fileSize: (bytes: number) => string;
  readonly notXlsx: (name: string) => string;
  readonly makeReport: string;
  /** The named steps as the page goes through them in its worker (files, not worksheets; downloads). */
  readonly steps: Pick<UiTexts['steps'], 'reading' | 'writing'>;
  readonly working: Pick<UiTexts['working'], 'load' | 'write'>;
  readonly downloadsHeading: string;
  readonly downloadsDone: string;
  readonly downloadXlsx: string;
  readonly downloadDocx: string;
  readonly downloadJson: string;
  readonly copyHeading: string;
  readonly copyTableHint: string;
  readonly copied: (table: string) => string;
  readonly copyFailed: string;
  readonly offlineNote: string;
}

const ZH: PageTexts = {
  title: '目标对标（离线版）',
  intro: '选择指标工作簿，检查完成情况并生成报告。文件只在本机浏览器中处理，不上传，不联网。',
  language: '界面语言',
  langNames: { 'zh-CN': '中文', 'en-US': 'English' },
  filesHeading: '指标工作簿',
  pickFiles: '选择文件…',
  pickFolder: '选择文件夹…',
  dropHint: '也可以把 .xlsx 文件拖到这里。',
  noFiles: '尚未选择文件。',
  clearFiles: '清除文件',
  previousHeading: '上次的报告（可选）',
  previousHint: '选择上次生成的报告工作簿，报告会说明与上次相比的变化。',
  pickPrevious: '选择上次的报告…',
  removePrevious: '不用上次的报告',
  fileSize: (bytes) => `${formatCount(Math.max(1, Math.round(bytes / 1024)), 'zh-CN')} KB`,
  notXlsx: (name) => `${name}：不是 .xlsx 工作簿，已略过。`,
  makeReport: '生成报告',
  steps: {
    reading: '读取文件',
    writing: '生成报告工作簿、Word 报告和数据',
  },
  working: { load: '正在读取文件…', write: '正在生成报告…' },
  downloadsHeading: '下载报告',
  downloadsDone: '报告已生成，可以下载。',
  downloadXlsx: '报告工作簿（.xlsx）',
  downloadDocx: 'Word 报告（.docx）',
  downloadJson: '数据（.json）',
  copyHeading: '复制表格',
  copyTableHint: '复制后可直接粘贴到 Word 或 WPS 文字，保留表格格式。',
  copied: (table) => `已复制${table}，可以粘贴了。`,
  copyFailed: '浏览器不允许复制，请下载报告工作簿后从中复制表格。',
  offlineNote: '本页面不发出任何网络请求。',
};

const EN: PageTexts = {
  title: 'Target Report (offline)',
  intro:
    'Pick indicator workbooks, check them and make the report. The files are processed in this browser only: nothing is uploaded, nothing goes over the network.',
  language: 'Language',
  langNames: { 'zh-CN': '中文', 'en-US': 'English' },
  filesHeading: 'Indicator workbooks',
  pickFiles: 'Pick files…',
  pickFolder: 'Pick a folder…',
  dropHint: 'Or drop .xlsx files here.',
  noFiles: 'No files picked yet.',
  clearFiles: 'Clear files',
  previousHeading: 'The previous report (optional)',
  previousHint: 'Pick the report workbook made last time, and the report says what changed since.',
  pickPrevious: 'Pick the previous report…',
  removePrevious: 'Do not use the previous report',
  fileSize: (bytes) => `${formatCount(Math.max(1, Math.round(bytes / 1024)), 'en-US')} KB`,
  notXlsx: (name) => `${name}: not an .xlsx workbook, left out.`,
  makeReport: 'Make report',
  steps: {
    reading: 'Reading the files',
    writing: 'Making the report workbook, the Word report and the data',
  },
  working: { load: 'Reading the files…', write: 'Making the report…' },
  downloadsHeading: 'Download the report',
  downloadsDone: 'The report is ready to download.',
  downloadXlsx: 'Report workbook (.xlsx)',
  downloadDocx: 'Word report (.docx)',
  downloadJson: 'Data (.json)',
  copyHeading: 'Copy a table',
  copyTableHint: 'Paste into Word or WPS Writer: the table keeps its format.',
  copied: (table) => `${table} copied: ready to paste.`,
  copyFailed:
    'The browser does not allow copying here: download the report workbook and copy the table from it.',
  offlineNote: 'This page makes no network request.',
};

export function pageTexts(lang: UiLang): PageTexts {
  return lang === 'zh-CN' ? ZH : EN;
}
