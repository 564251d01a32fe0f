/** zh-CN: several units — the units section and the consolidated table's notes. */
import type { StatusShareWords, UnitsTemplates } from '../types';
import { format } from './format';

/** 已完成3项、占37.5%，序时推进2项… (the table's status labels). */
function statusCounts(counts: readonly StatusShareWords[]): string {
  return counts
    .map((c) => `${format.status[c.status]}${c.count}项${c.share ? `、占${c.share}` : ''}`)
    .join('，');
}

export const units: UnitsTemplates = {
  unnamedUnit: '未命名单位',
  heading: '各单位目标任务完成情况',
  defaultScope: '全系统',
  scopeOf: (unitName) => unitName,
  opening: (f) => {
    const sentences: string[] = [];
    let first = `${f.asOf}，${f.scope}共有${f.units}个单位填报目标任务完成情况，汇总后共有目标任务${f.indicators}项`;
    const counts = statusCounts(f.counts);
    if (counts) first += `，其中${counts}`;
    sentences.push(`${first}。`);
    if (f.anyLevel)
      sentences.push(
        '数量类指标按各单位合计对标，水平类和比率类指标不作合计，按各单位平均值、数值区间和达标单位数反映。',
      );
    if (f.behindCount > 0) sentences.push(`汇总后进度滞后或未完成的有${f.behind}。`);
    if (f.comparison?.kind === 'spread') {
      const { best, worst } = f.comparison;
      sentences.push(
        `从各单位看，${best.name}序时推进及以上的目标任务占比最高，为${best.share}；${worst.name}最低，为${worst.share}。`,
      );
    } else if (f.comparison?.kind === 'same') {
      sentences.push(`从各单位看，序时推进及以上的目标任务占比均为${f.comparison.share}。`);
    }
    if (f.partialCount > 0) sentences.push(`${f.partial}只在部分单位填报，已在汇总表中注明未填报的单位。`);
    if (f.mismatch.length > 0) {
      const names = f.mismatch.map((m) => `${m.name}${m.units.length ? `（${m.units.join('、')}）` : ''}`);
      sentences.push(`${format.list(names)}各单位填报的计量单位不一致，未作合计，请核对后重新对标。`);
    }
    return sentences.join('');
  },
  perUnit: (f) => {
    if (f.total === 0) return `${f.name}未填报可对标的目标任务。`;
    const parts = [`${f.name}共有目标任务${f.total}项`];
    const counts = statusCounts(f.counts);
    if (counts) parts.push(`其中${counts}`);
    parts.push(`序时推进及以上占${f.share}`);
    if (f.rank) parts.push(`在${f.rank.of}个单位中排第${f.rank.rank}位`);
    let text = `${parts.join('，')}。`;
    if (f.behind) text += `进度滞后或未完成的有${f.behind}。`;
    return text;
  },
  behindName: (name, status) => `${name}（${format.status[status]}）`,
  levelMean: (range) => `各单位平均值${range ? `，区间${range}` : ''}`,
  levelMeeting: (meeting, reporting) => `达标${meeting}/${reporting}个单位`,
  milestoneMeeting: (meeting, reporting) => `完成或按期推进${meeting}/${reporting}个单位`,
  mismatchNote: (list) => `计量单位不一致${list ? `（${list}）` : ''}，未合计`,
  missingNote: (list) => `缺：${list}`,
  noteSeparator: '；',
  range: (min, max) => `${min}～${max}`,
};
