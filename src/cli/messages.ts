/**
 * The command line's own words, in both languages (file problems are in src/file/errors.ts, option
 * problems in ./args.ts). Everything the program prints is one of these lines.
 */
import { joinList, type Lang, quotedText as shown, USER_ROLES } from '../engine';
import type { MappingProblem } from './columns';

/** The words a sheet (or, `inFileName`, the file's name) states the period in, and the sheet. */
export interface StatedWords {
  readonly text: string;
  readonly sheet: string;
  readonly inFileName?: true;
}

export const TEXT = {
  'zh-CN': {
    notFile: '不是文件',
    emptyFolder: '文件夹中没有 .xlsx 或 .xlsm 工作簿',
    badPeriod: (p: string) => `--period ${p}：无法识别的期间（可用 Q1、Q2、Q3、Q4、FY 或 M1…M12）`,
    sameAsInput: '与输入文件相同；报告不会写到输入文件上，请另选输出文件',
    sameOutput: (a: string, b: string) => `${a} 与 ${b} 指向同一文件，请分别指定`,
    noIndicatorSheet: (list: string) => `没有指标工作表——${list}`,
    noIndicatorSheetInFolder: (file: string, list: string) => `提示：${file} 没有指标工作表，已略过——${list}`,
    notRead: (line: string) => `提示：未读取 ${line}`,
    subfolderNotRead: (folder: string, n: number) =>
      `提示：未读取子文件夹 ${folder} 中的 ${n} 个工作簿（文件夹只读取其本身的工作簿；如需一并对标，请把子文件夹也列为输入）`,
    noFolder: (dir: string) => `无法创建输出文件夹 ${dir}`,
    outputIsFolder: (option: string) => `是文件夹；${option} 需要给出文件名`,
    reading: (i: number, n: number, f: string) => `读取 ${i}/${n}：${f}`,
    unexpected: (m: string) => `意外错误：${m}（设置环境变量 TARGET_REPORT_DEBUG=1 可查看详细信息）`,
    wroteXlsx: (p: string) => `对标报告已写入：${p}`,
    wroteDocx: (p: string) => `Word 文档已写入：${p}`,
    wroteJson: (p: string) => `JSON 结果已写入：${p}`,
    wroteHistory: (p: string, periods: readonly string[]) =>
      `对标记录已写入：${p}（共 ${periods.length} 期：${periods.join('、')}）`,
    historyInReport: (p: string, periods: readonly string[]) =>
      `对标记录保存在报告工作簿 ${p} 中（共 ${periods.length} 期：${periods.join('、')}）`,
    historyRowsSkipped: (p: string, n: number) => `提示：${p} 的对标记录中有 ${n} 行无法读取，已略过`,
    period: (label: string, chosen: boolean, stated?: StatedWords, toDate = false) =>
      toDate
        ? '对标期间：年初至今（完成数为累计数，未注明截至时间；可用 --period 指定期间）'
        : `对标期间：${label}${
            chosen
              ? ''
              : stated
                ? stated.inFileName
                  ? `（按文件名所述“${stated.text}”）`
                  : `（按“${stated.sheet}”工作表所述“${stated.text}”）`
                : '（未指定期间，按有完成数据的最近期间）'
          }`,
    yearFrom: (month: string, sheet: string, text?: string) =>
      `年度起始月份：${month}（按“${sheet}”工作表${text ? `所述“${text}”` : '月份列的顺序'}；可用 --year-start 另行指定）`,
    total: (n: number, parts: string) => `目标任务共 ${n} 项${parts ? `：${parts}` : ''}`,
    statusPart: (label: string, n: number) => `${label} ${n} 项`,
    diagnostics: (e: number, w: number, i: number) => `数据提示：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条`,
    skipped: (list: string) => `已跳过${list}`,
    sep: '，',
    itemSep: '、',
    listSep: '；',
    sheetGroup: (sheets: readonly string[], reason: string) =>
      `${sheets.map((x) => `“${x}”`).join('')}工作表：${reason}`,
    stdout: '标准输出',
    sameInput: (file: string, first: string) => `提示：${file} 与 ${first} 是同一个文件，只读取一次`,
    lockWait: (file: string, pid: number) =>
      `${file} 正由另一个 target-report 进程（进程号 ${pid}）更新，等待其完成…`,
    cleaned: (n: number) => `提示：已清理上次中断的运行留下的 ${n} 个临时文件`,
    mapping: (p: MappingProblem) =>
      p.kind === 'shape'
        ? `“${shown(p.part)}”应写成“角色=列”，如 "target=C,actual=实际完成"`
        : p.kind === 'role'
          ? `没有“${shown(p.role)}”这一列角色（可用 ${USER_ROLES.join('、')}，或 目标、完成、名称 等中文名）`
          : p.kind === 'twice'
            ? `角色 ${shown(p.role)} 给出了不止一次`
            : '没有给出任何列（应写成 "target=C,actual=实际完成"）',
    badColumnsJson: (detail: string) => `不是有效的 JSON（${detail}）`,
    columnsNotObject: '应为 JSON 对象：{"target": "C", "actual": "实际完成"}，或按工作表 {"工作表名": {…}}',
    columnsSheet: (sheet: string | null, text: string) =>
      sheet === null ? text : `工作表“${shown(sheet)}”：${text}`,
    noSuchSheet: (file: string, sheet: string) =>
      `提示：${file} 中的工作表“${shown(sheet)}”在输入中不存在，其列设置未使用`,
    roleNotFound: (sheet: string, role: string, column: string) =>
      `提示：“${shown(sheet)}”工作表中找不到 ${shown(role)}=${shown(column)} 所指的列，这一设置未使用`,
    rows: (a: number, b: number) => (a === b ? `第${a}行` : `第${a}–${b}行`),
    monthOfYear: (label: string, month: number, start: string) =>
      `${label}（年度自${start}起，第${month}个月）`,
    ofYear: (label: string, start: string) => `${label}（年度自${start}起）`,
    needsColumns: (sheet: string, missing: string, found: string, suggestion: string) =>
      `“${sheet}”工作表看起来是表格，但无法确定哪一列是${missing}；找到的列：${found}；可试：${suggestion}`,
    nameTheColumn: (text: string, role: string, label: string) =>
      `${text}（如有，可用 --columns "${role}=列号或表头" 指明${label}列）`,
    missingName: '指标名称',
    missingValue: '目标或完成值',
    foundColumn: (column: string, header: string, guess: string | null) =>
      `${column}${header ? `“${header}”` : ''}${guess ? `（猜测：${guess}）` : ''}`,
    explainTable: (sheet: string, range: string, confidence: string, n: number) =>
      `“${sheet}”工作表：按内容读取 ${range}，置信度 ${confidence}，指标 ${n} 项`,
    explainStandard: (sheet: string, range: string, n: number) =>
      `“${sheet}”工作表：按标准表头读取 ${range}，指标 ${n} 项`,
    explainColumn: (column: string, header: string, role: string, evidence: string, score: string) =>
      `  ${column}${header ? `“${header}”` : ''} → ${role}（${evidence}，${score}）`,
    explainSkipped: (sheet: string, reason: string) => `“${sheet}”工作表：未读取——${reason}`,
    explainMissing: (roles: string) => `  未找到：${roles}`,
    explainPeriod: (text: string, label: string) => `  表中所述期间：“${text}”→ ${label}`,
    explainYear: (label: string) => `  表中所述年度：${label}年度`,
    explainFile: (file: string) => `${file}：`,
    evidence: { header: '据表头', content: '据内容', user: '用户指定' },
    roles: {
      id: '序号',
      category: '类别',
      name: '指标名称',
      unit: '计量单位',
      direction: '指标方向',
      aggregation: '汇总方式',
      target: '年度目标',
      periodTarget: '期间目标',
      periodPlan: '期间计划',
      actual: '完成值',
      periodActual: '期间完成值',
      completion: '完成率',
      periodCompletion: '本期完成率',
      gap: '与目标的差距',
      previous: '上年同期',
      growth: '增长率',
      status: '完成状态',
      owner: '责任单位',
      notes: '备注',
      baseline: '基期值',
      score: '得分',
      maxScore: '分值',
      deadline: '完成时限',
      history: '其他年度或期间（不参与对标）',
      crossTabLabel: '单位（各组指标的行）',
    } as Readonly<Record<string, string>>,
  },
  'en-US': {
    notFile: 'is not a file',
    emptyFolder: 'the folder holds no .xlsx or .xlsm workbook',
    badPeriod: (p: string) => `--period ${p}: not a period (use Q1, Q2, Q3, Q4, FY or M1..M12)`,
    sameAsInput:
      'is one of the input files; the report is never written over an input, choose another output file',
    sameOutput: (a: string, b: string) => `${a} and ${b} name the same file; give each its own`,
    noIndicatorSheet: (list: string) => `no indicator sheet; ${list}`,
    noIndicatorSheetInFolder: (file: string, list: string) =>
      `note: ${file} has no indicator sheet and was left out; ${list}`,
    notRead: (line: string) => `note: left out ${line}`,
    subfolderNotRead: (folder: string, n: number) =>
      `note: left out the ${n === 1 ? 'workbook' : `${n} workbooks`} in the subfolder ${folder} (a folder is read without its subfolders; name the subfolder too to include ${n === 1 ? 'it' : 'them'})`,
    noFolder: (dir: string) => `cannot create the output folder ${dir}`,
    outputIsFolder: (option: string) => `is a folder; ${option} needs a file name`,
    reading: (i: number, n: number, f: string) => `reading ${i}/${n}: ${f}`,
    unexpected: (m: string) => `unexpected error: ${m} (set TARGET_REPORT_DEBUG=1 for details)`,
    wroteXlsx: (p: string) => `Report written to ${p}`,
    wroteDocx: (p: string) => `Word document written to ${p}`,
    wroteJson: (p: string) => `JSON result written to ${p}`,
    wroteHistory: (p: string, periods: readonly string[]) =>
      `Check-in history written to ${p} (${periods.length} ${periods.length === 1 ? 'check-in' : 'check-ins'}: ${periods.join(', ')})`,
    historyInReport: (p: string, periods: readonly string[]) =>
      `Check-in history kept in the report workbook ${p} (${periods.length} ${periods.length === 1 ? 'check-in' : 'check-ins'}: ${periods.join(', ')})`,
    historyRowsSkipped: (p: string, n: number) =>
      `note: ${n} ${n === 1 ? 'row' : 'rows'} of the check-in history in ${p} could not be read and ${n === 1 ? 'was' : 'were'} left out`,
    period: (label: string, chosen: boolean, stated?: StatedWords, toDate = false) =>
      toDate
        ? 'Period: the year to date, its month not given (choose the period with --period)'
        : `Period: ${label}${
            chosen
              ? ''
              : stated
                ? stated.inFileName
                  ? ` (as the file's name states: "${stated.text}")`
                  : ` (as sheet "${stated.sheet}" states: "${stated.text}")`
                : ' (latest period with actuals; choose one with --period)'
          }`,
    yearFrom: (month: string, sheet: string, text?: string) =>
      `Year starts in ${month} (as ${text ? `sheet "${sheet}" states: "${text}"` : `the month columns of sheet "${sheet}" run`}; choose another with --year-start)`,
    total: (n: number, parts: string) =>
      `${n} ${n === 1 ? 'indicator' : 'indicators'}${parts ? `: ${parts}` : ''}`,
    statusPart: (label: string, n: number) => `${n} ${label.toLowerCase()}`,
    diagnostics: (e: number, w: number, i: number) =>
      `Data notes: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
    skipped: (list: string) => `Skipped ${list}`,
    sep: ', ',
    itemSep: ', ',
    listSep: '; ',
    sheetGroup: (sheets: readonly string[], reason: string) =>
      `${sheets.length === 1 ? 'sheet' : 'sheets'} ${joinList(
        sheets.map((x) => `"${x}"`),
        'en-US',
      )} - ${reason}`,
    stdout: 'standard output',
    sameInput: (file: string, first: string) => `note: ${file} is the same file as ${first}; it is read once`,
    lockWait: (file: string, pid: number) =>
      `${file} is being updated by another target-report process (pid ${pid}); waiting for it to finish...`,
    cleaned: (n: number) =>
      `note: removed ${n} temporary ${n === 1 ? 'file' : 'files'} left by an interrupted run`,
    mapping: (p: MappingProblem) =>
      p.kind === 'shape'
        ? `"${shown(p.part)}" should be role=column, such as "target=C,actual=Actual"`
        : p.kind === 'role'
          ? `"${shown(p.role)}" is not a column role (use ${USER_ROLES.join(', ')})`
          : p.kind === 'twice'
            ? `the role ${shown(p.role)} is given more than once`
            : 'no column is given (write "target=C,actual=Actual")',
    badColumnsJson: (detail: string) => `not valid JSON (${detail})`,
    columnsNotObject:
      'should be a JSON object: {"target": "C", "actual": "Actual"}, or one per sheet {"Sheet name": {...}}',
    columnsSheet: (sheet: string | null, text: string) =>
      sheet === null ? text : `sheet "${shown(sheet)}": ${text}`,
    noSuchSheet: (file: string, sheet: string) =>
      `note: ${file} names the sheet "${shown(sheet)}", which no input holds; its columns were not used`,
    roleNotFound: (sheet: string, role: string, column: string) =>
      `note: sheet "${shown(sheet)}" has no column that ${shown(role)}=${shown(column)} names; that setting was not used`,
    rows: (a: number, b: number) => (a === b ? `row ${a}` : `rows ${a}-${b}`),
    monthOfYear: (label: string, month: number, start: string) =>
      `${label} (month ${month} of the year starting in ${start})`,
    ofYear: (label: string, start: string) => `${label} (of the year starting in ${start})`,
    needsColumns: (sheet: string, missing: string, found: string, suggestion: string) =>
      `sheet "${sheet}" looks like a table, but which column is ${missing} is not clear; columns found: ${found}; try ${suggestion}`,
    nameTheColumn: (text: string, role: string, label: string) =>
      `${text} (if it has the ${label} column, name it: --columns "${role}=<letter or heading>")`,
    missingName: 'the indicator',
    missingValue: 'the target or the result',
    foundColumn: (column: string, header: string, guess: string | null) =>
      `${column}${header ? ` "${header}"` : ''}${guess ? ` (guess: ${guess})` : ''}`,
    explainTable: (sheet: string, range: string, confidence: string, n: number) =>
      `sheet "${sheet}": read by its content, ${range}, confidence ${confidence}, ${n} ${n === 1 ? 'indicator' : 'indicators'}`,
    explainStandard: (sheet: string, range: string, n: number) =>
      `sheet "${sheet}": read by its standard headings, ${range}, ${n} ${n === 1 ? 'indicator' : 'indicators'}`,
    explainColumn: (column: string, header: string, role: string, evidence: string, score: string) =>
      `  ${column}${header ? ` "${header}"` : ''} -> ${role} (${evidence}, ${score})`,
    explainSkipped: (sheet: string, reason: string) => `sheet "${sheet}": not read - ${reason}`,
    explainMissing: (roles: string) => `  not found: ${roles}`,
    explainPeriod: (text: string, label: string) => `  period the table states: "${text}" -> ${label}`,
    explainYear: (label: string) => `  the year as the table names it: ${label}`,
    explainFile: (file: string) => `${file}:`,
    evidence: { header: 'by its heading', content: 'by its cells', user: 'as you said' },
    roles: {
      id: 'number',
      category: 'category',
      name: 'indicator',
      unit: 'unit',
      direction: 'direction',
      aggregation: 'aggregation',
      target: 'annual target',
      periodTarget: 'period target',
      periodPlan: 'period plan',
      actual: 'result',
      periodActual: 'period result',
      completion: 'completion rate',
      periodCompletion: 'completion of the period’s own target',
      gap: 'gap to the target',
      previous: 'same period last year',
      growth: 'growth rate',
      status: 'status',
      owner: 'owner',
      notes: 'notes',
      baseline: 'baseline',
      score: 'score',
      maxScore: 'full marks',
      deadline: 'due date',
      history: 'another year or period (not judged)',
      crossTabLabel: 'organisation (the rows of each indicator group)',
    } as Readonly<Record<string, string>>,
  },
} as const;

/** A line naming a file: "a.xlsx：文件不存在" in zh-CN, "a.xlsx: file not found" in en-US. */
export function fileLine(file: string, text: string, lang: Lang): string {
  return `${file}${lang === 'zh-CN' ? '：' : ': '}${text}`;
}
