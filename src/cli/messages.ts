/**
 * The command line's own words, in both languages (file problems are in src/file/errors.ts, option
 * problems in ./args.ts). Everything the program prints is one of these lines.
 */
import { joinList, type Lang } from '../engine';

export const TEXT = {
  'zh-CN': {
    notFile: '不是文件',
    emptyFolder: '文件夹中没有 .xlsx 工作簿',
    badPeriod: (p: string) => `--period ${p}：无法识别的期间（可用 Q1、Q2、Q3、Q4、FY 或 M1…M12）`,
    sameAsInput: '与输入文件相同；报告不会写到输入文件上，请另选输出文件',
    sameOutput: (a: string, b: string) => `${a} 与 ${b} 指向同一文件，请分别指定`,
    noIndicatorSheet: (list: string) => `没有指标工作表——${list}`,
    noIndicatorSheetInFolder: (file: string, list: string) => `提示：${file} 没有指标工作表，已略过——${list}`,
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
    period: (label: string, chosen: boolean) =>
      `对标期间：${label}${chosen ? '' : '（未指定期间，按有完成数据的最近期间）'}`,
    total: (n: number, parts: string) => `目标任务共 ${n} 项${parts ? `：${parts}` : ''}`,
    statusPart: (label: string, n: number) => `${label} ${n} 项`,
    diagnostics: (e: number, w: number, i: number) => `数据提示：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条`,
    skipped: (list: string) => `已跳过${list}`,
    sep: '，',
    listSep: '；',
    sheetGroup: (sheets: readonly string[], reason: string) =>
      `${sheets.map((x) => `“${x}”`).join('')}工作表：${reason}`,
    stdout: '标准输出',
    sameInput: (file: string, first: string) => `提示：${file} 与 ${first} 是同一个文件，只读取一次`,
    lockWait: (file: string, pid: number) =>
      `${file} 正由另一个 target-report 进程（进程号 ${pid}）更新，等待其完成…`,
    cleaned: (n: number) => `提示：已清理上次中断的运行留下的 ${n} 个临时文件`,
  },
  'en-US': {
    notFile: 'is not a file',
    emptyFolder: 'the folder holds no .xlsx workbook',
    badPeriod: (p: string) => `--period ${p}: not a period (use Q1, Q2, Q3, Q4, FY or M1..M12)`,
    sameAsInput:
      'is one of the input files; the report is never written over an input, choose another output file',
    sameOutput: (a: string, b: string) => `${a} and ${b} name the same file; give each its own`,
    noIndicatorSheet: (list: string) => `no indicator sheet; ${list}`,
    noIndicatorSheetInFolder: (file: string, list: string) =>
      `note: ${file} has no indicator sheet and was left out; ${list}`,
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
    period: (label: string, chosen: boolean) =>
      `Period: ${label}${chosen ? '' : ' (latest period with actuals; choose one with --period)'}`,
    total: (n: number, parts: string) =>
      `${n} ${n === 1 ? 'indicator' : 'indicators'}${parts ? `: ${parts}` : ''}`,
    statusPart: (label: string, n: number) => `${n} ${label.toLowerCase()}`,
    diagnostics: (e: number, w: number, i: number) =>
      `Data notes: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
    skipped: (list: string) => `Skipped ${list}`,
    sep: ', ',
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
  },
} as const;

/** A line naming a file: "a.xlsx：文件不存在" in zh-CN, "a.xlsx: file not found" in en-US. */
export function fileLine(file: string, text: string, lang: Lang): string {
  return `${file}${lang === 'zh-CN' ? '：' : ': '}${text}`;
}
