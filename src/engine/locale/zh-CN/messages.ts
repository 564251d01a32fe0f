/** zh-CN: diagnostics, skipped sheets and data notes. */
import type { Messages } from '../types';

function q(text: string): string {
  return `“${text}”`;
}

const INVALID = '该指标记为数据有误';

/** 指标“名称” / 指标“名称”的 — or nothing without a name. */
function indicator(name: string): string {
  return name ? `指标${q(name)}` : '';
}
function of(name: string): string {
  return name ? `指标${q(name)}的` : '';
}

export const messages: Messages = {
  diagnostic: {
    'cell-error': (p) => `${indicator(p.name)}填写的是错误值${p.text ? q(p.text) : ''}，无法计算，${INVALID}`,
    'not-a-number': (p) => `${indicator(p.name)}填写的${p.text ? q(p.text) : '内容'}不是数字，${INVALID}`,
    'approximate-value': (p) =>
      `${indicator(p.name)}填写的${p.text ? q(p.text) : '数值'}是约数，按${p.value || '其基数'}计算，报告中照原样表述`,
    'date-in-number-column': (p) =>
      `${indicator(p.name)}填写的是日期${p.text ? q(p.text) : ''}，此处应填数字，${INVALID}`,
    'boolean-in-number-column': (p) =>
      `${indicator(p.name)}填写的是逻辑值${p.text ? q(p.text) : ''}，此处应填数字，${INVALID}`,
    'number-too-large': (p) =>
      `${indicator(p.name)}填写的${p.text ? q(p.text) : '数值'}过大，超出可计算的范围（约1.8×10³⁰⁸），${INVALID}`,
    'sum-too-large': (p) =>
      `${of(p.name) || '该指标的'}合计过大，超出可计算的范围（约1.8×10³⁰⁸），${INVALID}`,
    'number-too-small': (p) =>
      `${indicator(p.name)}填写的${p.text ? q(p.text) : '数值'}不为0却小于0.000000001，显示为0而无法计算，请填写0或更正，${INVALID}`,
    'too-many-digits': (p) =>
      `${indicator(p.name)}填写的${p.text ? q(p.text) : '数值'}超过15位有效数字，无法精确计算（Excel也只保留15位），${INVALID}`,
    'formula-no-result': (p) =>
      `${of(p.name)}公式${p.text ? q(p.text) : ''}没有计算结果，请在Excel中打开、重新计算并保存后再对标`,
    'empty-in-period': (p) => `${of(p.name)}${p.period || '对标期内的'}数据为空，按0计算`,
    'target-missing': (p) => `${indicator(p.name) || '该指标'}未填写年度目标，无法对标`,
    'target-invalid': (p) =>
      `${of(p.name) || '该指标的'}年度目标${p.text ? q(p.text) : ''}无效（应为大于0的数字），无法对标`,
    'duplicate-id': (p) => `${of(p.name)}序号${p.id ? q(p.id) : ''}与本表前面的行重复，两行均参与对标`,
    'unknown-direction': (p) => `${of(p.name)}指标方向${p.text ? q(p.text) : ''}无法识别，按越高越好处理`,
    'unknown-aggregation': (p) => `${of(p.name)}汇总方式${p.text ? q(p.text) : ''}无法识别，按默认方式汇总`,
    'unknown-milestone-word': (p) =>
      `${indicator(p.name)}填写的${p.text ? q(p.text) : '内容'}无法判断是已完成、正在推进还是未开始`,
    'hidden-rows': (p) =>
      `表格中有${p.count !== null ? `${p.count}行` : '若干行'}被隐藏${p.range ? `（${p.range}）` : ''}，已照常读取，请核对`,
    'hidden-columns': (p) =>
      `表格中有${p.count !== null ? `${p.count}列` : '若干列'}被隐藏${p.range ? `（${p.range}）` : ''}，已照常读取，请核对`,
    'merged-body-cell': (p) =>
      `表格数据区内有合并单元格${p.range ? `（${p.range}）` : ''}，可能导致读取错位，请核对`,
    'period-not-in-sheet': (p) => `没有${p.period || '所选期间'}的数据列，无法按该期间对标`,
    'unit-mismatch': (p) =>
      `${indicator(p.name) || '同一指标'}在各单位填报的计量单位不一致${p.units ? `（${p.units}）` : ''}，无法汇总`,
    'missing-in-units': (p) =>
      `${indicator(p.name) || '该指标'}只在部分单位中填报${p.units ? `，${p.units}未填报` : p.count !== null ? `，有${p.count}个单位未填报` : ''}`,
    'long-text': (p) => `${of(p.name)}文字过长，显示时已截断`,
    'history-row-unreadable': () => '有一处内容需要核对',
    'period-from-sheet': (p) =>
      `对标期间按表中所写${p.text ? q(p.text) : '的期间'}确定（可另行指定对标期间）`,
    'period-from-file-name': (p) =>
      `表中未写明期间，对标期间按文件名中的${p.text ? q(p.text) : '期间'}确定（可另行指定对标期间）`,
    'pace-from-sheet': (p) =>
      `序时进度按表中所写${p.text ? q(p.text) : '的时间进度'}计${p.calendar ? `（按日历为${p.calendar}）` : ''}`,
    'year-start-from-sheet': (p) =>
      `年度${p.text ? `按表中所写${q(p.text)}` : '按表中月份列的顺序'}从${p.month || '所列首月'}起算（可另行指定年度起始月份）`,
    'quarters-to-date': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}各季度完成数与各季度目标同为累计数，按最近一季的累计完成计`,
    'earlier-result': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}${p.period ? `${p.period}` : '本期'}尚无数据，按此前最近一期的数据计`,
    'periods-to-date': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}各期完成数随年度目标逐期递增，视为累计数，按最近一期的累计完成计`,
    'target-from-previous': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}的目标以上年为基数，按上年数${p.text ? q(p.text) : ''}推算`,
    'growth-from-previous': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}目标为增速，增速按完成值与上年同期${p.text ? q(p.text) : ''}计算`,
    'growth-from-baseline': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}目标为增减幅度，按完成值与基数${p.text ? q(p.text) : ''}计算`,
    'target-from-caption': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}表中未列目标，按表前说明所定的统一目标${p.text ? q(p.text) : ''}`,
    'target-from-gap': (p) =>
      `${p.name ? `指标${q(p.name)}` : '该指标'}表中未列目标，目标按完成情况和表中所写差距${p.text ? q(p.text) : ''}推算`,
    'status-from-sheet': (p) =>
      `${p.name ? `指标${q(p.name)}的` : ''}状态按表中所填${p.text ? q(p.text) : ''}，与按数据判断的结果不同，请核对`,
  },
  unknownDiagnostic: '有一处内容需要核对',
  location: (file, sheet, cell) =>
    `${file ? `文件${q(file)}中` : ''}${sheet ? `工作表${q(sheet)}` : ''}${cell ? `${sheet ? '的' : ''}${cell}单元格` : ''}`,
  sentence: (where, body) => (where ? `${where}：${body}。` : `${body}。`),
  bodySentence: (body) => `${body}。`,
  skipReason: {
    'no-header': () => '未找到指标表的表头，指标表应有“指标名称”“年度目标”等列',
    'missing-column': (r) =>
      r.column === 'name'
        ? '表头中没有指标名称列，如“指标”“目标任务”'
        : '表头中没有年度目标列，如“年度目标”“目标值”',
    'own-output': () => '这是本工具生成的报告或记录工作表',
    empty: () => '工作表为空',
    'no-indicators': () => '找到了表头，但表中没有指标行',
    'earlier-period': (r) =>
      `所述期间“${r.text}”早于本次对标期间，作为早前的一次对标与“${r.later}”工作表对比，不重复计入`,
    'earlier-year': (r) => `所述期间“${r.text}”属于更早的年度，指标与“${r.later}”工作表相同，不计入本次对标`,
    'internal-error': (r) => `读取时程序出错${r.message ? `（${r.message}）` : ''}，请反馈此问题`,
    'needs-columns': (r) =>
      `看起来是表格，但无法确定哪一列是${r.missing.includes('name') ? '指标名称' : '目标或完成值'}；请指明各列（命令行用 --columns "name=B,target=C,actual=D"，任务窗格用“指定列”）`,
  },
  unknownSkipReason: '不是指标表',
  earlierSheet: (file, sheet, reason) =>
    `${file ? `文件“${file}”中` : ''}工作表${sheet ? `“${sheet}”` : ''}${reason}。`,
  sheetNotRead: (file, sheet, reason) =>
    `${file ? `文件“${file}”中` : ''}工作表${sheet ? `“${sheet}”` : ''}未读取：${reason}。`,
  numberedNote: (n, text) => `${n}.${text}`,
  moreNotes: (more) => `另有${more}条提示未逐条列出（检查结果和JSON结果中有完整清单）。`,
};
