/** zh-CN: "since the last check-in" (与上次对标相比). */
import type { ChangesTemplates } from '../types';
import { format } from './format';

function since(previous: string): string {
  return previous ? `与上次对标（${previous}）相比` : '与上次对标相比';
}

export const changes: ChangesTemplates = {
  heading: (previous) => (previous ? `与上次对标（${previous}）相比的变化情况` : '与上次对标相比的变化情况'),
  nothingComparable: (asOf, previous) => `${asOf}，${since(previous)}，没有可比对的目标任务。`,
  unchanged: (asOf, previous) => `${asOf}，${since(previous)}，各项目标任务的完成状态没有变化。`,
  moved: (f) => {
    const parts: string[] = [];
    if (f.newlyAchieved.length > 0) parts.push(`新完成年度目标${f.newlyAchieved.length}项`);
    if (f.recovered.length > 0) parts.push(`恢复序时进度${f.recovered.length}项`);
    if (f.newlyBehind.length > 0) parts.push(`新出现进度滞后${f.newlyBehind.length}项`);
    const details: string[] = [];
    if (f.newlyAchieved.length > 0) details.push(`新完成年度目标的有${format.list(f.newlyAchieved)}`);
    if (f.recovered.length > 0) details.push(`恢复序时进度的有${format.list(f.recovered)}`);
    if (f.newlyBehind.length > 0)
      details.push(`新出现进度滞后的有${format.list(f.newlyBehind)}，需要重点关注`);
    return `${f.asOf}，${since(f.previous)}，${parts.join('，')}。其中，${details.join('；')}。`;
  },
  change: (name, sheet, before, after) =>
    `${name}（${sheet ? `${sheet}，` : ''}由${format.status[before]}转为${format.status[after]}）`,
  achieved: (name, sheet, before) => `${name}（${sheet ? `${sheet}，` : ''}上次为${format.status[before]}）`,
  pace: (lines) => {
    if (lines.length === 0) return '';
    const parts = lines.map((l) => {
      if (l.change.kind === 'same') return `${l.label}平均完成率为${l.after}，与上次持平`;
      const verb = l.change.kind === 'up' ? '提高' : '下降';
      return `${l.label}平均完成率由${l.before}${verb}到${l.after}，${verb}${l.change.points}`;
    });
    return `从各类别看，${parts.join('；')}。`;
  },
  previousStatusHeader: '上次状态',
  newIndicator: '新增',
  previousStatusWidth: () => 12,
  allIndicators: '全部指标',
  otherIndicators: '其他指标',
};
