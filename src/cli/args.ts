/**
 * Command-line arguments of `target-report`, parsed strictly with node:util parseArgs. Pure: no files, no
 * process; every problem becomes a one-line message in the chosen language.
 */
import { parseArgs } from 'util';
import type { ColumnMapping, Lang } from '../engine';
import { parseColumnsText, parseYearStart } from './columns';
import { TEXT } from './messages';

export interface CliOptions {
  readonly command: 'report';
  /** Workbooks or folders, as given. */
  readonly inputs: readonly string[];
  readonly period?: string;
  readonly lang: Lang;
  readonly out?: string;
  /** A path, or '-' for standard output. */
  readonly json?: string;
  readonly docx?: string;
  /** Add the data notes to the Word document as its last appendix (附件：数据说明). */
  readonly notes: boolean;
  /** The check-in history workbook (read when it exists, then rewritten with this check-in). */
  readonly history?: string;
  readonly title?: string;
  readonly unitName?: string;
  readonly onTrack?: number;
  readonly behind?: number;
  /** Replace output files this program did not write (never an input). */
  readonly force: boolean;
  /** The month the organisation's year starts (1 = January). */
  readonly yearStart?: number;
  /** --columns: the user's columns for every sheet. */
  readonly columns?: ColumnMapping;
  /** --columns-file: a JSON file of columns, for every sheet or per sheet (read when the run starts). */
  readonly columnsFile?: string;
  /** Print, per sheet, how it was read. */
  readonly explain: boolean;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help'; readonly lang: Lang }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly lang: Lang; readonly message: string };

const OPTIONS = {
  period: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  docx: { type: 'string' },
  notes: { type: 'boolean' },
  history: { type: 'string' },
  title: { type: 'string' },
  'unit-name': { type: 'string' },
  'on-track': { type: 'string' },
  behind: { type: 'string' },
  force: { type: 'boolean' },
  'year-start': { type: 'string' },
  columns: { type: 'string' },
  'columns-file': { type: 'string' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** zh-CN, zh, zh_CN.UTF-8, cn → zh-CN; en, en-US, en_GB → en-US; anything else → null. */
export function parseLang(text: string | undefined): Lang | null {
  if (!text) return null;
  const t = text.trim().toLowerCase().replace('_', '-');
  if (t === 'zh' || t === 'cn' || t.startsWith('zh-')) return 'zh-CN';
  if (t === 'en' || t.startsWith('en-')) return 'en-US';
  return null;
}

/** The --lang value as far as it can be seen before a full parse (for the language of error messages). */
export function guessLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang') return parseLang(argv[i + 1]) ?? 'zh-CN';
    if (a.startsWith('--lang=')) return parseLang(a.slice('--lang='.length)) ?? 'zh-CN';
  }
  return 'zh-CN';
}

const MESSAGES = {
  'zh-CN': {
    unknownOption: (o: string) => `未知选项 ${o}（用法见 target-report --help）`,
    missingValue: (o: string) => `选项 ${o} 缺少取值`,
    ambiguousValue: (o: string) => `选项 ${o} 的取值不能以“-”开头（如确需如此，请写成 ${o}=值）`,
    badArgs: (m: string) => `参数有误：${m}`,
    noCommand: '缺少命令（用法：target-report report <工作簿.xlsx>…，详见 --help）',
    unknownCommand: (c: string) => `未知命令“${c}”（目前只有 report，详见 --help）`,
    noInput: '没有给出要对标的工作簿（用法：target-report report <工作簿.xlsx>…）',
    badLang: (v: string) => `--lang ${v}：不支持的语言（可用 zh-CN 或 en-US）`,
    badNumber: (o: string, v: string) => `${o} ${v}：不是有效的数值（应为大于0的小数，如 0.8）`,
    badOrder: (b: number, t: number) => `--behind ${b} 不能大于 --on-track ${t}`,
    repeated: (o: string) => `选项 ${o} 给出了不止一次（每个选项只能给一次）`,
    twoStdout: (a: string, b: string) => `${a} 与 ${b} 都写到标准输出（-），只能有一个`,
    historyStdout: '--history 不能是“-”：对标记录要先读出再写回，请给出一个 .xlsx 文件',
    badYearStart: (v: string) => `--year-start ${v}：不是月份（应为 1–12，或写“4月”“April”）`,
    badColumns: (problem: string) => `--columns：${problem}`,
    columnsTwice: '--columns 与 --columns-file 只能给出其一',
    notesWithoutDocx: '--notes 把数据说明作为附件写入 Word 文档，需与 --docx 一起使用',
  },
  'en-US': {
    unknownOption: (o: string) => `unknown option ${o} (see target-report --help)`,
    missingValue: (o: string) => `option ${o} needs a value`,
    ambiguousValue: (o: string) =>
      `the value of ${o} cannot start with "-" (write ${o}=value if you mean it)`,
    badArgs: (m: string) => `bad arguments: ${m}`,
    noCommand: 'no command given (usage: target-report report <workbook.xlsx>...; see --help)',
    unknownCommand: (c: string) => `unknown command "${c}" (the command is report; see --help)`,
    noInput: 'no workbook given (usage: target-report report <workbook.xlsx>...)',
    badLang: (v: string) => `--lang ${v}: unsupported language (use zh-CN or en-US)`,
    badNumber: (o: string, v: string) =>
      `${o} ${v}: not a valid number (give a decimal above 0, such as 0.8)`,
    badOrder: (b: number, t: number) => `--behind ${b} cannot be greater than --on-track ${t}`,
    repeated: (o: string) => `option ${o} is given more than once (each option may be given once)`,
    twoStdout: (a: string, b: string) => `${a} and ${b} both go to standard output (-); only one of them may`,
    historyStdout:
      '--history cannot be "-": the check-in history is read and written back, so give an .xlsx file',
    badYearStart: (v: string) => `--year-start ${v}: not a month (give 1-12, or a month such as April)`,
    badColumns: (problem: string) => `--columns: ${problem}`,
    columnsTwice: '--columns and --columns-file cannot both be given',
    notesWithoutDocx: '--notes adds the data notes to the Word document as an appendix: give --docx too',
  },
} as const;

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0].trim();
}

function parseError(e: unknown, lang: Lang): string {
  const m = MESSAGES[lang];
  const err = e as { code?: string; message?: string };
  const message = typeof err?.message === 'string' ? err.message : String(e);
  // "Option '-o, --out <value>' argument missing": name the long form when there is one.
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-[\w-]+/.exec(quoted)?.[0] ?? '';
  switch (err?.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return m.unknownOption(option || firstLine(message));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /ambiguous/i.test(message) ? m.ambiguousValue(option) : m.missingValue(option);
    default:
      return m.badArgs(firstLine(message));
  }
}

/** A ratio option: a finite number above 0 and at most 10 (1.0, 0.8, 90% → 0.9). */
function parseRatio(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  const n = pct ? Number(pct[1]) / 100 : /^\d*\.?\d+$/.test(t) ? Number(t) : NaN;
  return Number.isFinite(n) && n > 0 && n <= 10 ? n : null;
}

export function parseCliArgs(argv: readonly string[], envLang?: string): ParsedArgs {
  let lang = guessLang(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    return { kind: 'error', lang, message: parseError(e, lang) };
  }
  const v = parsed.values;
  if (v.lang !== undefined) {
    const l = parseLang(v.lang);
    if (!l) return { kind: 'error', lang, message: MESSAGES[lang].badLang(v.lang) };
    lang = l;
  } else {
    // Without --lang the default is zh-CN; TARGET_REPORT_LANG may change it.
    lang = parseLang(envLang) ?? 'zh-CN';
  }
  const m = MESSAGES[lang];
  const misuse = optionMisuse(parsed.tokens, lang);
  if (misuse) return { kind: 'error', lang, message: misuse };
  if (v.version) return { kind: 'version' };
  if (v.help) return { kind: 'help', lang };
  const [command, ...rest] = parsed.positionals;
  let inputs: string[];
  if (command === undefined) return { kind: 'error', lang, message: m.noCommand };
  if (command === 'report') inputs = rest;
  else if (command === 'help') return { kind: 'help', lang };
  else if (/\.xls[xm]?$/i.test(command))
    inputs = [command, ...rest]; // `target-report a.xlsx` is forgiven
  else return { kind: 'error', lang, message: m.unknownCommand(command) };
  if (inputs.length === 0) return { kind: 'error', lang, message: m.noInput };

  const onTrack = parseRatio(v['on-track']);
  if (onTrack === null)
    return { kind: 'error', lang, message: m.badNumber('--on-track', v['on-track'] ?? '') };
  const behind = parseRatio(v.behind);
  if (behind === null) return { kind: 'error', lang, message: m.badNumber('--behind', v.behind ?? '') };
  const t = onTrack ?? 1.0;
  const b = behind ?? 0.8;
  if (b > t) return { kind: 'error', lang, message: m.badOrder(b, t) };
  const user = userColumns(v, lang);
  if ('message' in user) return { kind: 'error', lang, message: user.message };
  if (v.notes === true && v.docx === undefined) return { kind: 'error', lang, message: m.notesWithoutDocx };

  return {
    kind: 'run',
    options: {
      command: 'report',
      inputs,
      period: v.period,
      lang,
      out: v.out,
      json: v.json,
      docx: v.docx,
      notes: v.notes === true,
      history: v.history,
      title: v.title,
      unitName: v['unit-name'],
      onTrack,
      behind,
      force: v.force === true,
      ...user,
      explain: v.explain === true,
    },
  };
}

/** --year-start, --columns and --columns-file as options, or the one-line message of what is wrong. */
function userColumns(
  v: { 'year-start'?: string; columns?: string; 'columns-file'?: string },
  lang: Lang,
): { readonly message: string } | Pick<CliOptions, 'yearStart' | 'columns' | 'columnsFile'> {
  const m = MESSAGES[lang];
  const yearStart = v['year-start'] === undefined ? undefined : parseYearStart(v['year-start']);
  if (yearStart === null) return { message: m.badYearStart(v['year-start'] ?? '') };
  if (v.columns !== undefined && v['columns-file'] !== undefined) return { message: m.columnsTwice };
  let columns: ColumnMapping | undefined;
  if (v.columns !== undefined) {
    const parsed = parseColumnsText(v.columns);
    if (!parsed.ok) return { message: m.badColumns(TEXT[lang].mapping(parsed.problem)) };
    columns = parsed.mapping;
  }
  return {
    ...(yearStart !== undefined ? { yearStart } : {}),
    ...(columns ? { columns } : {}),
    ...(v['columns-file'] !== undefined ? { columnsFile: v['columns-file'] } : {}),
  };
}

/** The outputs that may go to standard output with "-". */
const STDOUT_OPTIONS = ['out', 'json', 'docx'];

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Options given twice (no option is repeatable: the second would silently win), an empty value, more
 * than one output to standard output, or the history there: the message, or null when all is well.
 */
function optionMisuse(tokens: readonly Token[], lang: Lang): string | null {
  const m = MESSAGES[lang];
  const seen = new Set<string>();
  const toStdout: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const name = `--${t.name}`;
    if (seen.has(t.name)) return m.repeated(name);
    seen.add(t.name);
    if (t.value === '') return m.missingValue(name);
    if (t.value === '-' && t.name === 'history') return m.historyStdout;
    if (t.value === '-' && STDOUT_OPTIONS.includes(t.name)) toStdout.push(name);
  }
  return toStdout.length > 1 ? m.twoStdout(toStdout[0], toStdout[1]) : null;
}

/** The help, one text per language. */
const HELP: Readonly<Record<Lang, string>> = {
  'zh-CN': `target-report —— 目标对标：读取标准化指标表（.xlsx），按年度目标和序时进度对标，生成对标报告。

用法：
  target-report report <工作簿.xlsx 或文件夹>... [选项]

参数：
  <工作簿.xlsx>        一个或多个指标工作簿；给出文件夹时读取其中全部 .xlsx（按文件名排序，
                       跳过 ~$ 开头的锁定文件和 *.report.xlsx 报告文件）

选项：
  --period <期间>      对标期间：Q1、Q2、Q3、Q4、FY（全年）或 M1…M12（按月填报的表）；
                       也可写“第三季度”“3月”（月份为日历月份）。默认：表中所述的期间，
                       没有时按有完成数据的最近期间
  --year-start <月份>   单位年度的起始月份：1–12，或写“4月”“April”；月份、季度、累计区间和
                       序时进度均按此年度计算。默认：表中月份列跨年排列（4月…次年3月）时
                       从首月起算，否则为 1（自然年）
  --columns <列设置>    指明哪一列是什么，适用于每张工作表，如 "name=B,target=C,actual=实际完成"：
                       列写列号或表头文字；角色为 name（指标名称）、target（年度目标）、
                       actual（完成值）、completion（完成率）、status（状态）、unit（单位）、
                       owner（责任单位）、notes（备注）、id（序号）、category（类别）、
                       previous（上年同期）、periodTarget（期间目标）、direction（方向），
                       也可写中文：名称、目标、完成、完成率、状态、单位、责任单位、备注、序号等
  --columns-file <文件>  同上，写在 JSON 文件中：{"target": "C", "actual": "实际完成"} 适用于每张
                       工作表；{"工作表1": {…}, "*": {…}} 按工作表指定（表头含逗号时用它）
  --explain            逐张工作表说明读取情况：表格范围、各列的角色及依据和置信度、缺少的列、
                       表中所述期间
  --lang <语言>        报告语言：zh-CN（默认）或 en-US；也可用环境变量 TARGET_REPORT_LANG 设置
  --out <报告.xlsx>     写出对标报告工作簿
  --json <结果.json>    写出机器可读的 JSON 结果
  --docx <报告.docx>    写出 Word 文档（中文按 GB/T 9704-2012 公文格式排版）
                       以上三项写“-”则输出到标准输出（只能有一项；.xlsx、.docx 不输出到终端）
  --notes              在 Word 文档落款之后附“附件：数据说明”（跳过的工作表、单元格提示；只写文件名）
  --history <记录.xlsx> 对标记录工作簿：已存在时先读出以往各期对标（用于“与上次对标相比”和趋势图），
                       再把本期对标记入其中（同一期间重复对标时替换该期记录）；不存在时新建。
                       它是本工具自己的文件，不能是输入文件
  --title <标题>        报告标题（默认由填报单位和年度生成）
  --unit-name <单位>    发文单位名称（默认取自“填报单位”）
  --on-track <比值>     进度不低于该比值为“序时推进”（默认 1.0）
  --behind <比值>       进度不低于该比值为“进度滞后”，低于则为“严重滞后”（默认 0.8）
  --force              允许覆盖不是本工具写出的已有输出文件（输入文件在任何情况下都不会被覆盖）
  -h, --help           显示本帮助
  -v, --version        显示版本号

读不出的表：看起来是表格、但无法确定各列的工作表，不会被猜测读取；提示会列出它的各列（列号和表头）
及猜测，并给出可试的 --columns 写法。

每个选项只能给一次。未给出 --out、--json、--docx 时，报告写到第一个输入旁边：<名称>.report.xlsx。

输出：任何输出都不会覆盖输入文件；同一文件（重复给出、符号链接、硬链接）只读取一次。各输出先写入同一
文件夹中的临时文件，全部写好后一起替换原文件，中途出错或被中断（Ctrl+C）时原有输出保持不变；被强行
终止留下的临时文件由下一次运行清理。已存在的文件若不是本工具写出的（对标报告、对标记录、JSON 结果、
Word 文档），不会被覆盖，除非加 --force。字符设备和命名管道（如 /dev/null）直接写入，不会被替换。

对标记录：报告工作簿总在对标报告之后附一张“对标记录”工作表，列出各期对标的快照。未给出 --history
时，若 --out（或默认的 <名称>.report.xlsx）已是本工具生成的报告工作簿，先读出其中的对标记录再覆盖，
因此每季度对同一报告工作簿重新对标，即可看到与上次对标相比的变化和趋势。多个运行同时写同一对标记录时
依次进行（锁文件 .<名称>.lock），每一期对标都会记入。

退出码：0 成功（数据中的问题列在报告和 JSON 的 diagnostics 中，不算错误）；
        2 输入或输出有误（文件不存在、不是工作簿、没有指标工作表、选项有误、无法写入）；1 意外错误
        （设置环境变量 TARGET_REPORT_DEBUG=1 可显示详细信息）。

示例：
  target-report report 2018年目标任务.xlsx --period Q3 --out 对标报告.xlsx --docx 对标报告.docx
  target-report report 各县区/ --json -
  target-report report 重点工作.xlsx --columns "name=B,target=年度任务,actual=已完成数" --explain
  target-report report 2018年目标任务.xlsx --period Q2 --history 对标记录.xlsx --docx 二季度对标.docx
`,
  'en-US': `target-report - Target Report: reads standardized indicator sheets (.xlsx), checks them against the
annual targets and the pace the period demands, and writes a report.

Usage:
  target-report report <workbook.xlsx or folder>... [options]

Arguments:
  <workbook.xlsx>      one or more indicator workbooks; a folder means every .xlsx in it (sorted by
                       name; Excel's ~$ lock files and *.report.xlsx reports are skipped)

Options:
  --period <period>    Q1, Q2, Q3, Q4, FY (full year) or M1..M12 (sheets with month columns);
                       a month is a calendar month; default: the period the sheet states,
                       else the latest period with actuals
  --year-start <month> the month the organisation's year starts: 1-12, or April, Apr; months,
                       quarters, year-to-date spans and the pace follow it. Default: where the
                       sheet's month columns start a year running across the new year (Apr …
                       Mar), else 1 (January)
  --columns <columns>  which column is which, for every sheet, e.g. "name=B,target=C,actual=Actual":
                       a column letter or the heading as written; roles: name (the indicator),
                       target (annual target), actual (result to date), completion (completion
                       rate), status, unit, owner, notes, id, category, previous (same period last
                       year), periodTarget, direction; also indicator, result, rate, RAG, lead
  --columns-file <file> the same in a JSON file: {"target": "C", "actual": "Actual"} for every sheet,
                       or {"Sheet1": {...}, "*": {...}} per sheet (use it when a heading has a comma)
  --explain            print per sheet how it was read: the table's range, each column's role with
                       its evidence and confidence, what is missing, the period the table states
  --lang <language>    zh-CN (default) or en-US; the environment variable TARGET_REPORT_LANG also sets it
  --out <report.xlsx>  write the report workbook
  --json <result.json> write the machine-readable result
  --docx <report.docx> write a Word document (zh-CN laid out after GB/T 9704-2012)
                       "-" for one of these three writes it to standard output (.xlsx and .docx
                       never to a terminal)
  --notes              add the data notes (sheets skipped, cell warnings; file names without folders)
                       to the Word document as an appendix after the signature
  --history <file.xlsx> the check-in history workbook: when it exists, the earlier check-ins are read
                       from it (for "since the last check-in" and the trend chart); then this check-in
                       is recorded in it (a check-in of the same period replaces that period's); created
                       when missing. It is the product's own file and cannot be an input
  --title <title>      report title (default: from the reporting unit and the year)
  --unit-name <name>   issuing body (default: the sheet's reporting unit)
  --on-track <ratio>   pace at or above this is "on track" (default 1.0)
  --behind <ratio>     pace at or above this is "behind", below it "at risk" (default 0.8)
  --force              replace an existing output file that Target Report did not write (an input
                       is never replaced)
  -h, --help           show this help
  -v, --version        show the version

A sheet that looks like a table but whose columns cannot be told with confidence is not guessed at:
the message lists its columns (letter and heading) with the reader's guesses and the --columns to try.

Each option may be given once. Without --out, --json and --docx the report goes next to the first
input: <name>.report.xlsx.

Outputs: no output ever overwrites an input, and a file named twice (the same name, a symbolic or a
hard link) is read once. Each output is first written to a temporary file in its folder; when all are
written they replace the old ones together, so an error or an interruption (Ctrl+C) leaves the previous
outputs as they were, and what a killed run leaves is cleaned by the next run. An existing file that
Target Report did not write (a report, history, JSON result or Word file of its own) is not replaced
without --force. Character devices and named pipes (such as /dev/null) are written into, never replaced.

Check-in history: the report workbook always holds a "Check-in history" sheet after the report sheet,
one snapshot per check-in. Without --history, when --out (or the default <name>.report.xlsx) is already
a report workbook made by Target Report, its history is read before it is overwritten: re-running each
quarter onto the same report workbook shows what changed since the last check-in and the trend. Runs
recording into the same history at once take turns (a lock file .<name>.lock); every check-in is kept.

Exit codes: 0 done (findings in the data are listed as diagnostics, not errors); 2 bad input or output
(missing file, not a workbook, no indicator sheet, bad option, cannot write); 1 unexpected error (set
TARGET_REPORT_DEBUG=1 for details).

Examples:
  target-report report targets-2018.xlsx --period Q3 --lang en-US --out report.xlsx --docx report.docx
  target-report report counties/ --json -
  target-report report scorecard.xlsx --year-start April --columns "name=B,target=D,actual=Value" --explain
  target-report report targets-2018.xlsx --period Q2 --history history.xlsx --docx q2.docx
`,
};

export function helpText(lang: Lang): string {
  return HELP[lang];
}
