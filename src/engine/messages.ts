/**
 * User-facing messages for diagnostics and skipped sheets, in zh-CN and en-US.
 *
 * Every diagnostic becomes one clean sentence naming its sheet and cell. Parameters may be missing:
 * the parts that need them are left out, so a sentence never shows "undefined", empty quotes or
 * doubled punctuation.
 *
 * Parameters read (all optional): text (cell text as written), name (indicator name), id, count,
 * range, column, period (Q1…Q4, M1…M12, FY or a label), unit / units, value (the value used).
 */
import { normalizeText } from './core/normalize';
import { parsePeriodCode } from './core/period';
import { cleanText, formatNumber, periodLabel, tidySentence } from './format';
import type { Diagnostic, DiagnosticCode, Lang, SkipReason } from './model';

type Params = Readonly<Record<string, string | number>> | undefined;

/** A parameter as clean text, or '' when absent, empty or not finite. */
function param(params: Params, key: string, lang: Lang): string {
  const v = params?.[key];
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(v, lang) : '';
  return cleanText(v);
}

/** The cell text as written (whitespace collapsed), or '' when absent or a placeholder word. */
function textParam(params: Params): string {
  const v = params?.text;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v !== 'string') return '';
  const t = normalizeText(v);
  return /^(nan|null|undefined|-?infinity)$/i.test(t) ? '' : t;
}

/** A parameter as a whole count, or null. */
function countParam(params: Params): number | null {
  const v = params?.count;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/** "Q3" → 第三季度, "M3" → 3月, "FY" → 全年; other text as written. */
function periodParam(params: Params, lang: Lang): string {
  const raw = param(params, 'period', lang);
  const t = raw.toUpperCase();
  const p = parsePeriodCode(t === 'YEAR' ? 'FY' : t);
  return p ? periodLabel(p, lang) : raw;
}

function q(text: string, lang: Lang): string {
  return lang === 'zh-CN' ? `“${text}”` : `"${text}"`;
}

/** zh: 文件“a.xlsx”中工作表“目标任务”的F18单元格. */
function locationZh(d: Diagnostic): string {
  const file = cleanText(d.file);
  const sheet = cleanText(d.sheet);
  const cell = cleanText(d.cell);
  let where = '';
  if (file) where += `文件${q(file, 'zh-CN')}中`;
  if (sheet) where += `工作表${q(sheet, 'zh-CN')}`;
  if (cell) where += `${sheet ? '的' : ''}${cell}单元格`;
  return where;
}

/** en: in a.xlsx, sheet "目标任务", cell F18 (capitalised by the caller). */
function locationEn(d: Diagnostic): string {
  const parts: string[] = [];
  const file = cleanText(d.file);
  const sheet = cleanText(d.sheet);
  const cell = cleanText(d.cell);
  if (file) parts.push(`in ${file}`);
  if (sheet) parts.push(`sheet ${q(sheet, 'en-US')}`);
  if (cell) parts.push(`cell ${cell}`);
  return parts.join(', ');
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

interface Parts {
  readonly text: string;
  readonly name: string;
  readonly id: string;
  readonly range: string;
  readonly units: string;
  readonly value: string;
  readonly count: number | null;
  readonly period: string;
}

function parts(p: Params, lang: Lang): Parts {
  return {
    text: textParam(p),
    name: param(p, 'name', lang),
    id: param(p, 'id', lang),
    range: param(p, 'range', lang) || param(p, 'column', lang),
    units: param(p, 'units', lang) || param(p, 'unit', lang),
    value: param(p, 'value', lang),
    count: countParam(p),
    period: periodParam(p, lang),
  };
}

/** The message body (a clause that stands after the location and a colon), per code. */
function bodyZh(code: DiagnosticCode, p: Params): string {
  const L: Lang = 'zh-CN';
  const { text, name, id, range, units, value, count, period } = parts(p, L);
  const nl = name ? `指标${q(name, L)}` : '';
  const of = name ? `指标${q(name, L)}的` : '';
  const quoted = text ? q(text, L) : '';
  const invalid = '该指标记为数据有误';
  switch (code) {
    case 'cell-error':
      return `${nl}填写的是错误值${quoted}，无法计算，${invalid}`;
    case 'not-a-number':
      return `${nl}填写的${quoted || '内容'}不是数字，${invalid}`;
    case 'approximate-value':
      return `${nl}填写的${quoted || '数值'}是约数，按${value || '其基数'}计算，报告中照原样表述`;
    case 'date-in-number-column':
      return `${nl}填写的是日期${quoted}，此处应填数字，${invalid}`;
    case 'boolean-in-number-column':
      return `${nl}填写的是逻辑值${quoted}，此处应填数字，${invalid}`;
    case 'formula-no-result':
      return `${of}公式${quoted}没有计算结果，请在Excel中打开、重新计算并保存后再对标`;
    case 'empty-in-period':
      return `${of}${period || '对标期内的'}数据为空，按0计算`;
    case 'target-missing':
      return `${nl || '该指标'}未填写年度目标，无法对标`;
    case 'target-invalid':
      return `${of || '该指标的'}年度目标${quoted}无效（应为大于0的数字），无法对标`;
    case 'duplicate-id':
      return `${of}序号${id ? q(id, L) : ''}与本表前面的行重复，两行均参与对标`;
    case 'unknown-direction':
      return `${of}指标方向${quoted}无法识别，按越高越好处理`;
    case 'unknown-aggregation':
      return `${of}汇总方式${quoted}无法识别，按默认方式汇总`;
    case 'unknown-milestone-word':
      return `${nl}填写的${quoted || '内容'}无法判断是已完成、正在推进还是未开始`;
    case 'hidden-rows':
      return `表格中有${count !== null ? `${count}行` : '若干行'}被隐藏${range ? `（${range}）` : ''}，已照常读取，请核对`;
    case 'hidden-columns':
      return `表格中有${count !== null ? `${count}列` : '若干列'}被隐藏${range ? `（${range}）` : ''}，已照常读取，请核对`;
    case 'merged-body-cell':
      return `表格数据区内有合并单元格${range ? `（${range}）` : ''}，可能导致读取错位，请核对`;
    case 'period-not-in-sheet':
      return `没有${period || '所选期间'}的数据列，无法按该期间对标`;
    case 'unit-mismatch':
      return `${nl || '同一指标'}在各单位填报的计量单位不一致${units ? `（${units}）` : ''}，无法汇总`;
    case 'missing-in-units':
      return `${nl || '该指标'}只在部分单位中填报${units ? `，${units}未填报` : count !== null ? `，有${count}个单位未填报` : ''}`;
    case 'long-text':
      return `${of}文字过长，显示时已截断`;
  }
  return '有一处内容需要核对';
}

function bodyEn(code: DiagnosticCode, p: Params): string {
  const L: Lang = 'en-US';
  const { text, name, id, range, units, value, count, period } = parts(p, L);
  const quoted = text ? ` ${q(text, L)}` : '';
  const forName = name ? ` for ${q(name, L)}` : '';
  const ind = name ? `the indicator ${q(name, L)}` : 'the indicator';
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const invalid = 'so the indicator is marked invalid';
  switch (code) {
    case 'cell-error':
      return `the error value${quoted}${forName} cannot be used, ${invalid}`;
    case 'not-a-number':
      return `the text${quoted}${forName} is not a number, ${invalid}`;
    case 'approximate-value':
      return `the approximate value${quoted}${forName} is counted as ${value || 'its base value'} and reported as written`;
    case 'date-in-number-column':
      return `a date${quoted}${forName} was entered where a number is needed, ${invalid}`;
    case 'boolean-in-number-column':
      return `a logical value${quoted}${forName} was entered where a number is needed, ${invalid}`;
    case 'formula-no-result':
      return `the formula${quoted}${forName} has no calculated result; open the file in Excel, recalculate and save it, then run the check again`;
    case 'empty-in-period':
      return `${period ? `the ${period} value` : 'the value within the period'}${forName} is empty and is counted as 0`;
    case 'target-missing':
      return `${ind} has no annual target, so it cannot be checked`;
    case 'target-invalid':
      return `the annual target${quoted}${forName} is not valid (it must be a number above 0), so the indicator cannot be checked`;
    case 'duplicate-id':
      return `the ID${id ? ` ${q(id, L)}` : ''}${forName} repeats an earlier row in the sheet; both rows are checked`;
    case 'unknown-direction':
      return `the direction${quoted}${forName} is not recognised, so higher is better is assumed`;
    case 'unknown-aggregation':
      return `the aggregation${quoted}${forName} is not recognised, so the default is used`;
    case 'unknown-milestone-word':
      return `the text${quoted}${forName} does not say whether the task is done, in progress or not started`;
    case 'hidden-rows':
      return `the table has ${count !== null ? plural(count, 'hidden row', 'hidden rows') : 'hidden rows'}${range ? ` (${range})` : ''}; they were read as usual, please check them`;
    case 'hidden-columns':
      return `the table has ${count !== null ? plural(count, 'hidden column', 'hidden columns') : 'hidden columns'}${range ? ` (${range})` : ''}; they were read as usual, please check them`;
    case 'merged-body-cell':
      return `the table body has a merged area${range ? ` (${range})` : ''}, which may shift values; please check it`;
    case 'period-not-in-sheet':
      return `there is no column for ${period || 'the chosen period'}, so the sheet cannot be checked for it`;
    case 'unit-mismatch':
      return `the reporting units give different units of measure for ${ind}${units ? ` (${units})` : ''}, so they cannot be added up`;
    case 'missing-in-units':
      return `${ind} is reported by only some units${units ? `; it is missing in ${units}` : count !== null ? `; ${plural(count, 'unit does', 'units do')} not report it` : ''}`;
    case 'long-text':
      return `the text${forName} is too long and was shortened for display`;
  }
  return 'this needs checking';
}

/**
 * The same sentence without the location, for lists that show the sheet and cell beside it
 * (the task pane's clickable cell links).
 */
export function describeDiagnosticBody(d: Diagnostic, lang: Lang): string {
  return lang === 'zh-CN'
    ? tidySentence(`${bodyZh(d.code, d.params)}。`)
    : tidySentence(`${capitalise(bodyEn(d.code, d.params))}.`);
}

/** One sentence naming the sheet and cell, for every DiagnosticCode. */
export function describeDiagnostic(d: Diagnostic, lang: Lang): string {
  if (lang === 'zh-CN') {
    const where = locationZh(d);
    const body = bodyZh(d.code, d.params);
    return tidySentence(where ? `${where}：${body}。` : `${body}。`);
  }
  const where = locationEn(d);
  const body = bodyEn(d.code, d.params);
  return tidySentence(where ? `${capitalise(where)}: ${body}.` : `${capitalise(body)}.`);
}

/**
 * Why a sheet was skipped, as a phrase without final punctuation (the caller puts it after the
 * sheet name): 未找到指标表的表头 / no indicator table header found.
 */
export function describeSkipReason(r: SkipReason, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (r.code) {
    case 'no-header':
      return zh
        ? '未找到指标表的表头，指标表应有“指标名称”“年度目标”等列'
        : 'no indicator table header found; a table needs columns such as Indicator and Annual target';
    case 'missing-column':
      if (r.column === 'name') {
        return zh
          ? '表头中没有指标名称列，如“指标”“目标任务”'
          : 'the header has no indicator name column such as Indicator or Task';
      }
      return zh
        ? '表头中没有年度目标列，如“年度目标”“目标值”'
        : 'the header has no annual target column such as Annual target or Target';
    case 'own-output':
      return zh
        ? '这是本工具生成的报告或记录工作表'
        : 'this is a report or history sheet made by Target Report';
    case 'empty':
      return zh ? '工作表为空' : 'the sheet is empty';
    case 'no-indicators':
      return zh ? '找到了表头，但表中没有指标行' : 'the header was found but the table has no indicator rows';
    case 'internal-error': {
      const message = cleanText(r.message);
      return zh
        ? `读取时程序出错${message ? `（${message}）` : ''}，请反馈此问题`
        : `the program failed while reading it${message ? ` (${message})` : ''}; please report this`;
    }
  }
  return zh ? '不是指标表' : 'not an indicator table';
}
