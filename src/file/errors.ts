import { type Lang, quotedText } from '../engine';
import type { XmlProblem } from './core/xml';

/**
 * What is wrong with a file the user gave, or with where an output should go. Each code has a one-line
 * message in both languages (describeInputError); `params` fill its blanks.
 */
export type InputErrorCode =
  | 'missing' // no such file
  | 'no-permission' // the file cannot be opened (permission denied)
  | 'unreadable' // the file cannot be read (an I/O error)
  | 'is-directory' // an input that is a folder
  | 'empty' // 0 bytes
  | 'old-xls' // the old binary .xls format
  | 'encrypted' // a password-protected workbook (an OLE2 container holding EncryptionInfo)
  | 'csv' // a text or CSV file
  | 'markup' // an HTML or XML text file
  | 'empty-zip' // a zip file with nothing in it
  | 'not-workbook' // unrecognised content
  | 'zip-not-workbook' // a zip file that is not an Excel workbook (no xl/workbook.xml)
  | 'opendocument' // an OpenDocument spreadsheet (.ods, as LibreOffice or WPS save it)
  | 'binary-workbook' // Excel's binary workbook (.xlsb): the same package, with binary parts
  | 'wps-spreadsheet' // a WPS spreadsheet in its own format (.et, .ett)
  | 'damaged' // truncated or corrupt zip data
  | 'load-failed' // the workbook could not be read; params.detail says why
  | 'too-large' // the file is larger than the reader takes; params.size, params.limit (bytes)
  | 'part-too-large' // one part unpacks to more than the cap; params.part, params.size, params.limit
  | 'unpacked-too-large' // the parts read unpack to more than the cap; params.limit (bytes)
  | 'too-many-sheets' // more sheets than the cap; params.limit
  | 'too-many-cells' // more cells with a value than the cap; params.sheet, params.limit
  | 'sheet-too-large' // the used area of a sheet is too large to lay out; params.sheet, params.rows, params.columns
  | 'too-many-strings' // more shared strings than the cap; params.limit
  | 'string-too-long' // a text longer than the cap; params.part, params.limit
  | 'too-many-merges' // more merged areas in a sheet than the cap; params.sheet, params.limit
  | 'part-malformed' // a part is not well-formed; params.part, params.problem (an XmlProblem) and its blanks, params.sheet
  | 'part-missing' // a part the workbook refers to is not in the package; params.part, params.sheet
  | 'duplicate-entry' // two zip entries of the same name; params.part
  | 'duplicate-sheet' // two sheets of the same name; params.sheet
  | 'zip-unsupported' // a zip feature the reader does not take (ZIP64, a compression method); params.part
  | 'no-sheets' // a workbook without worksheets
  | 'out-is-input' // an output that is one of the input files
  | 'no-output-folder' // params.dir does not exist
  | 'output-folder-not-folder' // params.dir is not a folder
  | 'output-is-folder' // the output path is a folder
  | 'write-denied' // permission denied when writing
  | 'disk-full'
  | 'history-is-input' // the --history workbook is one of the inputs
  | 'history-foreign' // the --history workbook holds sheets that are not the check-in history
  | 'history-is-report' // the --history workbook is a report workbook other than --out
  // ── the command line's outputs, locks and damaged parts (kept together in one block) ──
  | 'not-own-output' // an existing file the program did not write (--force overwrites it)
  | 'output-not-file' // a block device, a socket or another special file
  | 'history-not-file' // --history names a device or a pipe (the history is read, then written back)
  | 'stdout-terminal' // binary output (.xlsx, .docx) to a terminal
  | 'name-too-long' // the name or the path is longer than the file system allows
  | 'io-error' // the disk or the device failed (EIO)
  | 'write-failed' // any other system refusal; params.errno names it (ENOENT, EXDEV, …)
  | 'history-locked' // another run holds the history lock; params.pid, params.host, params.since
  | 'part-damaged'; // a part of the workbook is cut off or damaged; params.part names it, params.sheet

export type InputErrorParams = Readonly<Record<string, string>>;

/**
 * Spreadsheet files this program does not read, by their name: what is wrong with each, as the reader
 * would find from its bytes. A folder's such files are named in a note rather than passed over in silence.
 */
const UNREAD_SPREADSHEETS: readonly (readonly [RegExp, InputErrorCode])[] = [
  [/\.xls$/i, 'old-xls'],
  [/\.ett?$/i, 'wps-spreadsheet'],
  [/\.ods$/i, 'opendocument'],
  [/\.xlsb$/i, 'binary-workbook'],
  [/\.csv$/i, 'csv'],
];

/** What is wrong with a spreadsheet file of this name that is not an .xlsx or .xlsm, or null. */
export function unreadSpreadsheetKind(name: string): InputErrorCode | null {
  for (const [pattern, code] of UNREAD_SPREADSHEETS) if (pattern.test(name)) return code;
  return null;
}

/** Separates the names in a list parameter (params.sheets). */
export const LIST_SEPARATOR = '\u001f';

/** Sheet names as a message lists them: “台账”“说明” in zh-CN, "Ledger", "Notes" in en-US. */
function sheetList(joined: string, lang: Lang): string {
  const names = joined.split(LIST_SEPARATOR).filter((n) => n !== '');
  return lang === 'zh-CN' ? names.map((n) => `“${n}”`).join('') : names.map((n) => `"${n}"`).join(', ');
}

/**
 * A problem with a file the user gave (missing, not a workbook, password-protected, …) or with where the
 * output should go. Never used for findings in the data (those are Diagnostics).
 *
 * `message` is one English line naming the file, for callers that just print it; the command line renders
 * the code in its own language with describeInputError, naming the file as the user gave it.
 */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly params: InputErrorParams;
  constructor(
    readonly file: string,
    code: InputErrorCode,
    params: InputErrorParams = {},
  ) {
    super(inputErrorLine(file, code, params, 'en-US'));
    this.name = 'InputError';
    this.code = code;
    this.params = params;
  }
}

/** A byte count as a message shows it: "300 MB". */
function megabytes(bytes: string | undefined): string {
  const n = Number(bytes);
  if (!Number.isFinite(n)) return '';
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** A count with thousands separators. */
function count(n: string | undefined, lang: Lang): string {
  const v = Number(n);
  return Number.isFinite(v) ? new Intl.NumberFormat(lang).format(v) : '';
}

/** A part as a message names it: the sheet the user knows, with the part, where it is a sheet's. */
function partZh(p: InputErrorParams): string {
  return p.sheet ? `工作表“${p.sheet}”（${p.part ?? ''}）` : `其中的 ${p.part ?? ''} `;
}
function partEn(p: InputErrorParams): string {
  return p.sheet ? `sheet "${p.sheet}" (${p.part ?? ''})` : `its part ${p.part ?? ''}`;
}

/** What is wrong with a part (params.problem), with where: a byte offset, a cell, a row. */
const PROBLEMS: Record<Lang, Record<XmlProblem, (p: InputErrorParams) => string>> = {
  'zh-CN': {
    'bad-entity': (p) => `错误的实体引用“${p.text ?? ''}”`,
    'bad-char-ref': (p) => `错误的字符引用“${p.text ?? ''}”`,
    'not-utf8': () => '含有不是 UTF-8 文本的字节',
    'no-root': () => '没有根元素',
    'cut-off': (p) => `<${p.element ?? ''}> 没有结束`,
    'markup-cut-off': (p) => `第 ${p.at ?? ''} 字节处的标记中断`,
    'text-too-long': (p) => `第 ${p.at ?? ''} 字节处的文本过长`,
    'tag-too-long': (p) => `第 ${p.at ?? ''} 字节处的标记过长`,
    'text-outside-root': (p) => `第 ${p.at ?? ''} 字节处有根元素之外的文本`,
    'bad-tag': (p) => `第 ${p.at ?? ''} 字节处的标记有误`,
    'bad-tag-end': (p) => `第 ${p.at ?? ''} 字节处的标记结尾有误`,
    'attr-space': (p) => `第 ${p.at ?? ''} 字节处的属性之间缺少空格`,
    'bad-attr': (p) => `第 ${p.at ?? ''} 字节处的属性有误`,
    'attr-no-value': (p) => `第 ${p.at ?? ''} 字节处的属性没有值`,
    'attr-unquoted': (p) => `第 ${p.at ?? ''} 字节处的属性值没有引号`,
    'lt-in-attr': (p) => `第 ${p.at ?? ''} 字节处的属性值中有“<”`,
    'second-root': (p) => `第 ${p.at ?? ''} 字节处有第二个根元素`,
    'close-mismatch': (p) => `第 ${p.at ?? ''} 字节处的 </${p.close ?? ''}> 结束的是 <${p.open ?? ''}>`,
    'close-unopened': (p) => `第 ${p.at ?? ''} 字节处的 </${p.close ?? ''}> 没有对应的开始标记`,
    'cdata-outside-root': (p) => `第 ${p.at ?? ''} 字节处有根元素之外的 CDATA`,
    doctype: (p) => `第 ${p.at ?? ''} 字节处有文档类型声明或无法识别的标记`,
    'split-value': (p) => `单元格 ${p.cell ?? ''} 的值被其他标记隔开`,
    'row-outside': (p) => `行号 ${p.row ?? ''} 超出工作表范围`,
    'row-order': (p) => `第 ${p.row ?? ''} 行排在第 ${p.after ?? ''} 行之后`,
    'cell-ref': (p) => `第 ${p.row ?? ''} 行中的单元格引用“${p.ref ?? ''}”无效`,
    'cell-row': (p) => `单元格 ${p.cell ?? ''} 写在第 ${p.row ?? ''} 行中`,
    'cell-outside': (p) => `单元格 ${p.cell ?? ''} 超出工作表范围`,
    'shared-string': (p) => `单元格 ${p.cell ?? ''} 引用的第 ${p.index ?? ''} 条共享文本不存在`,
    'col-bounds': (p) => `列范围 min="${p.min ?? ''}" max="${p.max ?? ''}" 无效`,
    'merge-ref': (p) => `合并区域“${p.ref ?? ''}”无效`,
    'merge-outside': (p) => `合并区域“${p.ref ?? ''}”超出工作表范围`,
    'merge-overlap': (p) => `合并区域 ${p.a ?? ''} 与 ${p.b ?? ''} 重叠`,
  },
  'en-US': {
    'bad-entity': (p) => `a bad entity reference near "${p.text ?? ''}"`,
    'bad-char-ref': (p) => `a bad character reference "${p.text ?? ''}"`,
    'not-utf8': () => 'bytes that are not UTF-8 text',
    'no-root': () => 'no root element',
    'cut-off': (p) => `cut off: <${p.element ?? ''}> is never closed`,
    'markup-cut-off': (p) => `markup cut off at byte ${p.at ?? ''}`,
    'text-too-long': (p) => `text too long at byte ${p.at ?? ''}`,
    'tag-too-long': (p) => `tag too long at byte ${p.at ?? ''}`,
    'text-outside-root': (p) => `text outside the root element at byte ${p.at ?? ''}`,
    'bad-tag': (p) => `bad tag at byte ${p.at ?? ''}`,
    'bad-tag-end': (p) => `bad tag end at byte ${p.at ?? ''}`,
    'attr-space': (p) => `attributes need white space between them at byte ${p.at ?? ''}`,
    'bad-attr': (p) => `bad attribute at byte ${p.at ?? ''}`,
    'attr-no-value': (p) => `attribute without a value at byte ${p.at ?? ''}`,
    'attr-unquoted': (p) => `attribute value not quoted at byte ${p.at ?? ''}`,
    'lt-in-attr': (p) => `"<" in an attribute value at byte ${p.at ?? ''}`,
    'second-root': (p) => `a second root element at byte ${p.at ?? ''}`,
    'close-mismatch': (p) => `</${p.close ?? ''}> closes <${p.open ?? ''}> at byte ${p.at ?? ''}`,
    'close-unopened': (p) => `</${p.close ?? ''}> without an opening tag at byte ${p.at ?? ''}`,
    'cdata-outside-root': (p) => `CDATA outside the root element at byte ${p.at ?? ''}`,
    doctype: (p) => `a document type declaration or unknown markup at byte ${p.at ?? ''}`,
    'split-value': (p) => `the value of cell ${p.cell ?? ''} is split by other markup`,
    'row-outside': (p) => `row number ${p.row ?? ''} outside the sheet`,
    'row-order': (p) => `row ${p.row ?? ''} after row ${p.after ?? ''}`,
    'cell-ref': (p) => `cell reference "${p.ref ?? ''}" in row ${p.row ?? ''}`,
    'cell-row': (p) => `cell ${p.cell ?? ''} in row ${p.row ?? ''}`,
    'cell-outside': (p) => `cell ${p.cell ?? ''} outside the sheet`,
    'shared-string': (p) =>
      `cell ${p.cell ?? ''} refers to shared string ${p.index ?? ''}, which does not exist`,
    'col-bounds': (p) => `column bounds min="${p.min ?? ''}" max="${p.max ?? ''}"`,
    'merge-ref': (p) => `merged area "${p.ref ?? ''}"`,
    'merge-outside': (p) => `merged area "${p.ref ?? ''}" outside the sheet`,
    'merge-overlap': (p) => `merged areas ${p.a ?? ''} and ${p.b ?? ''} overlap`,
  },
};

function problemText(p: InputErrorParams, lang: Lang): string {
  const words = PROBLEMS[lang][p.problem as XmlProblem];
  return words ? words(p) : (p.problem ?? '');
}

const MESSAGES: Record<Lang, Record<InputErrorCode, (p: InputErrorParams) => string>> = {
  'zh-CN': {
    missing: () => '文件不存在',
    'no-permission': () => '无法打开（没有访问权限）',
    unreadable: () => '无法读取文件',
    'is-directory': () => '是文件夹，不是 .xlsx 工作簿',
    empty: () => '文件为空（0 字节），不是 .xlsx 工作簿',
    'old-xls': () => '是旧版 .xls 格式，请在 Excel 中打开后另存为 .xlsx',
    encrypted: () => '文件已加密（设有打开密码），请先在 Excel 中取消密码后另存',
    csv: () => '是文本/CSV 文件，不是 .xlsx 工作簿，请在 Excel 中打开后另存为 .xlsx',
    markup: () => '是 HTML 或 XML 文本文件，不是 .xlsx 工作簿，请在 Excel 中打开后另存为 .xlsx',
    'empty-zip': () => '是空的 zip 压缩文件，不是 .xlsx 工作簿',
    'not-workbook': () => '不是 .xlsx 工作簿（无法识别文件内容）',
    'zip-not-workbook': () => '是 zip 压缩文件，但不是 Excel 工作簿（缺少 xl/workbook.xml）',
    opendocument: () =>
      '是 OpenDocument 表格（.ods，LibreOffice 或 WPS 的格式），请打开后另存为 Excel 工作簿（.xlsx）',
    'binary-workbook': () => '是 Excel 二进制工作簿（.xlsb），请在 Excel 中打开后另存为 .xlsx',
    'wps-spreadsheet': () => '是 WPS 表格文件（.et），请在 WPS 中打开后另存为 Excel 工作簿（.xlsx）',
    damaged: () => '文件已损坏或不完整（压缩数据被截断或损坏），请在 Excel 中重新保存',
    'load-failed': (p) => `无法作为 .xlsx 工作簿读取${p.detail ? `（${p.detail}）` : ''}`,
    'too-large': (p) =>
      `文件过大（${megabytes(p.size)}），超过本程序可读取的 ${megabytes(p.limit)}，请拆分工作簿后再试`,
    'part-too-large': (p) =>
      `其中的 ${p.part ?? ''} 解压后有 ${megabytes(p.size)}，超过单个部件 ${megabytes(p.limit)} 的上限，文件可能已损坏，或请拆分工作簿`,
    'unpacked-too-large': (p) =>
      `解压后的内容超过 ${megabytes(p.limit)} 的上限，文件可能已损坏，或请拆分工作簿`,
    'too-many-sheets': (p) =>
      `工作表超过 ${count(p.limit, 'zh-CN')} 个，超过本程序的上限，请拆分工作簿后再试`,
    'too-many-cells': (p) =>
      `有数据的单元格超过 ${count(p.limit, 'zh-CN')} 个（读到工作表“${p.sheet ?? ''}”时），超过本程序的上限，请拆分工作簿后再试`,
    'sheet-too-large': (p) =>
      `工作表“${p.sheet ?? ''}”的数据区域过大（${count(p.rows, 'zh-CN')} 行 × ${count(p.columns, 'zh-CN')} 列），超过本程序的上限，请删去表外的零散内容后再试`,
    'too-many-strings': (p) =>
      `文本（共享字符串）超过 ${count(p.limit, 'zh-CN')} 条，超过本程序的上限，文件可能已损坏`,
    'string-too-long': (p) =>
      `${p.part ?? ''} 中有超过 ${count(p.limit, 'zh-CN')} 个字符的文本，超过本程序的上限，文件可能已损坏`,
    'too-many-merges': (p) =>
      `工作表“${p.sheet ?? ''}”的合并单元格超过 ${count(p.limit, 'zh-CN')} 处，超过本程序的上限`,
    'part-malformed': (p) =>
      `文件已损坏：${partZh(p)}格式错误${p.problem ? `（${problemText(p, 'zh-CN')}）` : ''}，请在 Excel 中重新保存`,
    'part-missing': (p) =>
      `文件已损坏：缺少${p.sheet ? `工作表“${p.sheet}”（${p.part ?? ''}）` : `其中的 ${p.part ?? ''}`}，请在 Excel 中重新保存`,
    'duplicate-entry': (p) => `文件已损坏：压缩包中有两个 ${p.part ?? ''}，请在 Excel 中重新保存`,
    'duplicate-sheet': (p) => `文件已损坏：有两个工作表都名为“${p.sheet ?? ''}”，请在 Excel 中重新保存`,
    'zip-unsupported': (p) =>
      `使用了本程序不支持的压缩格式${p.part ? `（${p.part}）` : ''}，请在 Excel 中重新保存`,
    'no-sheets': () => '工作簿中没有工作表',
    'out-is-input': () => '与输入文件相同；报告不会写到输入文件上，请另选输出文件',
    'no-output-folder': (p) => `输出文件夹 ${p.dir ?? ''} 不存在`,
    'output-folder-not-folder': (p) => `输出位置 ${p.dir ?? ''} 不是文件夹`,
    'output-is-folder': () => '是文件夹，请给出输出文件名',
    'write-denied': () => '无法写入（没有写入权限）',
    'disk-full': () => '磁盘已满，无法写入',
    'history-is-input': () => '是输入文件之一；对标记录不会写到输入文件上，请另选对标记录文件',
    'history-foreign': (p) =>
      `不是对标记录工作簿（含有其他工作表${p.sheets ? `：${sheetList(p.sheets, 'zh-CN')}` : ''}），为免覆盖，请另选对标记录文件`,
    'history-is-report': () =>
      '是对标报告工作簿；要把对标记录保存在报告工作簿中，请用 --out 指向它（可不写 --history）',
    'not-own-output': () =>
      '已存在，且不是本工具写出的文件（不是本工具的对标报告、对标记录、JSON 结果或 Word 文档）；为免覆盖，没有写入，确需覆盖请加 --force',
    'output-not-file': () => '不是普通文件、字符设备或命名管道，不能作为输出',
    'history-not-file': () => '不是普通文件；对标记录要先读出再写回，请给出一个 .xlsx 文件',
    'stdout-terminal': () =>
      '标准输出是终端，不向终端写二进制文件；请重定向到文件（如 > 报告.xlsx）或给出文件名',
    'name-too-long': () => '文件名或路径过长，超出了文件系统的限制',
    'io-error': () => '读写出错（磁盘或设备故障）',
    'write-failed': (p) => `无法在此处写入${p.errno ? `（系统代码 ${p.errno}）` : ''}`,
    'history-locked': (p) =>
      `正由另一个 target-report 进程更新（进程号 ${p.pid ?? '?'}${p.host ? `，${p.host}` : ''}${p.since ? `，${p.since} 起` : ''}），请稍后再试`,
    'part-damaged': (p) => `${partZh(p)}不完整或已损坏（文件可能没有保存完整），请在 Excel 中打开后重新保存`,
  },
  'en-US': {
    missing: () => 'file not found',
    'no-permission': () => 'cannot be opened (permission denied)',
    unreadable: () => 'cannot be read',
    'is-directory': () => 'is a folder, not an .xlsx workbook',
    empty: () => 'is empty (0 bytes), not an .xlsx workbook',
    'old-xls': () => 'is in the old .xls format; open it in Excel and save it as .xlsx',
    encrypted: () => 'is password-protected; remove the password in Excel and save it again',
    csv: () => 'is text/CSV, not an .xlsx workbook; open it in Excel and save it as .xlsx',
    markup: () => 'is an HTML or XML text file, not an .xlsx workbook; save it as .xlsx',
    'empty-zip': () => 'is an empty zip file, not an .xlsx workbook',
    'not-workbook': () => 'is not an .xlsx workbook (unrecognised content)',
    'zip-not-workbook': () => 'is a zip file but not an Excel workbook (no xl/workbook.xml)',
    opendocument: () =>
      'is an OpenDocument spreadsheet (.ods, as LibreOffice or WPS save it); open it and save it as an Excel workbook (.xlsx)',
    'binary-workbook': () => 'is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx',
    'wps-spreadsheet': () =>
      'is a WPS spreadsheet (.et); open it in WPS and save it as an Excel workbook (.xlsx)',
    damaged: () =>
      'is damaged or incomplete (the zip data is truncated or corrupt); save it again from Excel',
    'load-failed': (p) => `could not be read as an .xlsx workbook${p.detail ? ` (${p.detail})` : ''}`,
    'too-large': (p) =>
      `is too large (${megabytes(p.size)}; this program reads up to ${megabytes(p.limit)}); split the workbook`,
    'part-too-large': (p) =>
      `its part ${p.part ?? ''} unpacks to ${megabytes(p.size)}, more than the ${megabytes(p.limit)} allowed for one part; the file may be damaged, or split the workbook`,
    'unpacked-too-large': (p) =>
      `unpacks to more than ${megabytes(p.limit)}; the file may be damaged, or split the workbook`,
    'too-many-sheets': (p) =>
      `holds more than ${count(p.limit, 'en-US')} sheets, more than this program reads; split the workbook`,
    'too-many-cells': (p) =>
      `holds more than ${count(p.limit, 'en-US')} cells with values (reached in sheet "${p.sheet ?? ''}"), more than this program reads; split the workbook`,
    'sheet-too-large': (p) =>
      `sheet "${p.sheet ?? ''}" spans too large an area (${count(p.rows, 'en-US')} rows × ${count(p.columns, 'en-US')} columns); remove stray content outside the table`,
    'too-many-strings': (p) =>
      `holds more than ${count(p.limit, 'en-US')} texts (shared strings), more than this program reads; the file may be damaged`,
    'string-too-long': (p) =>
      `its part ${p.part ?? ''} holds a text longer than ${count(p.limit, 'en-US')} characters, more than this program reads; the file may be damaged`,
    'too-many-merges': (p) =>
      `sheet "${p.sheet ?? ''}" has more than ${count(p.limit, 'en-US')} merged areas, more than this program reads`,
    'part-malformed': (p) =>
      `is damaged: ${partEn(p)} is malformed${p.problem ? ` (${problemText(p, 'en-US')})` : ''}; save it again from Excel`,
    'part-missing': (p) => `is damaged: ${partEn(p)} is missing; save it again from Excel`,
    'duplicate-entry': (p) => `is damaged: the zip holds ${p.part ?? ''} twice; save it again from Excel`,
    'duplicate-sheet': (p) =>
      `is damaged: two sheets are both named "${p.sheet ?? ''}"; save it again from Excel`,
    'zip-unsupported': (p) =>
      `uses a zip format this program does not read${p.part ? ` (${p.part})` : ''}; save it again from Excel`,
    'no-sheets': () => 'the workbook has no worksheets',
    'out-is-input': () =>
      'is one of the input files; the report is never written over an input, choose another output file',
    'no-output-folder': (p) => `the output folder ${p.dir ?? ''} does not exist`,
    'output-folder-not-folder': (p) => `the output folder ${p.dir ?? ''} is not a folder`,
    'output-is-folder': () => 'is a folder; give a file name for the output',
    'write-denied': () => 'cannot write here (permission denied)',
    'disk-full': () => 'the disk is full',
    'history-is-input': () =>
      'is one of the input files; the check-in history is never written over an input, choose another history file',
    'history-foreign': (p) =>
      `is not a check-in history workbook (it holds other sheets${p.sheets ? `: ${sheetList(p.sheets, 'en-US')}` : ''}); choose another history file so that nothing is overwritten`,
    'history-is-report': () =>
      'is a report workbook; to keep the history in the report workbook, name it with --out (--history is then not needed)',
    'not-own-output': () =>
      'exists and was not written by Target Report (not its report, history, result JSON or Word file); it was left as it is: add --force to overwrite it',
    'output-not-file': () =>
      'is not a regular file, a character device or a named pipe; it cannot take an output',
    'history-not-file': () =>
      'is not a regular file; the check-in history is read and written back, so give an .xlsx file',
    'stdout-terminal': () =>
      'standard output is a terminal; binary output is not written to it (redirect it to a file, such as > report.xlsx, or give a file name)',
    'name-too-long': () => 'the file name or the path is longer than the file system allows',
    'io-error': () => 'an input/output error occurred (a disk or device failure)',
    'write-failed': (p) => `cannot be written here${p.errno ? ` (system code ${p.errno})` : ''}`,
    'history-locked': (p) =>
      `is being updated by another target-report process (pid ${p.pid ?? '?'}${p.host ? ` on ${p.host}` : ''}${p.since ? `, since ${p.since}` : ''}); try again later`,
    'part-damaged': (p) =>
      `${partEn(p)} is cut off or damaged (the file may not have been saved completely); open it in Excel and save it again`,
  },
};

/** The message for a code, without the file name ("文件已加密（设有打开密码），…"). */
export function describeInputError(
  e: { readonly code: InputErrorCode; readonly params?: InputErrorParams },
  lang: Lang,
): string {
  return oneLine(MESSAGES[lang][e.code](quotedParams(e.params ?? {})));
}

/**
 * The whole line naming the file: "2018年目标.xlsx：文件已加密（…）" in zh-CN, "targets.xlsx: is
 * password-protected; …" in en-US. `shownAs` names the file as the user gave it (default: e.file).
 */
export function formatInputError(e: InputError, lang: Lang, shownAs?: string): string {
  return inputErrorLine(shownAs ?? e.file, e.code, e.params, lang);
}

function inputErrorLine(file: string, code: InputErrorCode, params: InputErrorParams, lang: Lang): string {
  const text = describeInputError({ code, params }, lang);
  if (!file) return text;
  return `${oneLine(file)}${lang === 'zh-CN' ? '：' : ': '}${text}`;
}

/**
 * The parameters as a message quotes them: each cut to 200 characters (a sheet or part name a crafted file
 * made a megabyte long; each name of a list on its own).
 */
function quotedParams(params: InputErrorParams): InputErrorParams {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = v.includes(LIST_SEPARATOR)
      ? v
          .split(LIST_SEPARATOR)
          .map((x) => quotedText(x, 200))
          .join(LIST_SEPARATOR)
      : quotedText(v, 200);
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
