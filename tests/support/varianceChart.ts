import type { ChartSpec } from '../../src/engine';

/** A variance chart as the engine makes it: the gap to the pace target, red behind and green ahead. */
export const VARIANCE_CHART: ChartSpec = {
  id: 'pace-gap',
  type: 'bar',
  title: '需关注指标：与序时进度的差距（红色落后、绿色超前）',
  categories: ['甲', '乙', '丙'],
  series: [
    { name: '落后序时进度', values: [-0.35, -0.05, null], color: 'C00000' },
    { name: '超前序时进度', values: [null, null, 0.15], color: '00B050' },
  ],
  valueAxisTitle: '差距（占年度目标）',
  percentAxis: true,
  overlap: true,
};
