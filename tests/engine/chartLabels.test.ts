import {
  CHART_LABEL_LINE,
  chartCategoryLabel,
  chartLabelLines,
  chartLabelWidth,
  TWO_LINE_CATEGORIES,
  withLegibleLabels,
} from '../../src/engine/layout/chartLabels';
import { chartHeightRows } from '../../src/engine/layout/layout';
import { displayWidth } from '../../src/engine/core/measure';
import { chartLabel, chartLabelWithOrg, chartValue } from '../../src/engine/report/charts';
import type { ChartSpec } from '../../src/engine/model';

describe('chart category labels', () => {
  it('keeps a label that fits a line as it is', () => {
    expect(chartLabelLines('义诊群众（市科协）')).toEqual(['义诊群众（市科协）']);
    expect(chartLabelLines('Outreach events')).toEqual(['Outreach events']);
  });

  it('wraps a long label onto two lines at a word boundary, every character kept', () => {
    // before the unit in brackets
    expect(chartLabelLines('举办实用技术培训班（商州区科协）')).toEqual([
      '举办实用技术培训班',
      '（商州区科协）',
    ]);
    // after an enumeration mark when that is more even
    expect(chartLabelLines('开展精准扶贫技能、技术培训（市科协）')).toEqual([
      '开展精准扶贫技能、',
      '技术培训（市科协）',
    ]);
    // at a space, never inside an English word
    expect(chartLabelLines('Training courses for farmers (Shangzhou)')).toEqual([
      'Training courses for',
      'farmers (Shangzhou)',
    ]);
    for (const label of [
      '举办实用技术培训班（商州区科协）',
      '编印发放科普知识读本万册',
      'Outreach events held in 2019 Q3',
    ]) {
      const lines = chartLabelLines(label);
      expect(lines).toHaveLength(2);
      expect(lines.join(label.includes(' ') ? ' ' : '')).toBe(label);
    }
    expect(chartLabelLines('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toEqual(['ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
  });

  it('writes the lines with a line break and measures the widest', () => {
    const label = chartCategoryLabel('新建科普惠农服务站（商州区科协）');
    expect(label).toBe('新建科普惠农服务站\n（商州区科协）');
    expect(chartLabelWidth(label)).toBe(18);
    expect(chartLabelWidth(label)).toBeLessThan(displayWidth('新建科普惠农服务站（商州区科协）'));
    expect(CHART_LABEL_LINE).toBeLessThan(displayWidth('新建科普惠农服务站（商州区科协）'));
  });

  it('wraps a chart with room for two lines per category, and makes it taller for them', () => {
    const chart = (n: number): ChartSpec => ({
      id: 'attention',
      type: 'bar',
      title: '需关注指标',
      categories: Array.from({ length: n }, (_, i) => `举办实用技术培训班${i}（商州区科协）`),
      series: [{ name: '完成率', values: Array.from({ length: n }, () => 0.5) }],
    });
    const few = withLegibleLabels(chart(TWO_LINE_CATEGORIES));
    expect(few.categories.every((c) => c.includes('\n'))).toBe(true);
    expect(few.series).toEqual(chart(TWO_LINE_CATEGORIES).series);
    expect(few.categories.map((c) => c.replace('\n', ''))).toEqual(chart(TWO_LINE_CATEGORIES).categories);
    expect(chartHeightRows(few)).toBeGreaterThan(chartHeightRows(chart(TWO_LINE_CATEGORIES)));
    expect(chartHeightRows(few)).toBeLessThanOrEqual(28);
    // more categories than that: one line each, across the page's width
    const many = chart(TWO_LINE_CATEGORIES + 1);
    expect(withLegibleLabels(many)).toBe(many);
  });
});

describe('chart categories of long names', () => {
  it('keeps a name of up to 24 characters whole, shortens a longer one with … at a word boundary', () => {
    expect(chartLabel('开展精准扶贫技能、技术培训')).toBe('开展精准扶贫技能、技术培训');
    const long = 'Training courses for farmers and technicians in rural areas';
    const cut = chartLabel(long);
    expect([...cut].length).toBeLessThanOrEqual(24);
    expect(cut).toBe('Training courses for…');
    expect(chartLabel('一二三四五六七八九十一二三四五六七八九十一二三四五六')).toBe(
      '一二三四五六七八九十一二三四五六七八九十一二三…',
    );
  });

  it('shortens the name, never the organisation that tells two rows apart', () => {
    const en = (n: string, o: string) => `${n} (${o})`;
    expect(chartLabelWithOrg('争取省级学会服务站支持资金', '市科协', en)).toBe(
      '争取省级学会服务站支持资金 (市科协)',
    );
    const label = chartLabelWithOrg('Training courses for farmers and technicians', 'Shangzhou', en);
    expect(label.endsWith('(Shangzhou)')).toBe(true);
    expect([...label].length).toBeLessThanOrEqual(24);
    expect(label).toContain('…');
  });
});

describe('chart values near the largest figure a double holds', () => {
  it('stay finite: four decimals are kept only where a figure has room for them', () => {
    expect(chartValue(0.123456)).toBe(0.1235);
    expect(chartValue(-7.190772539449264e304)).toBe(-7.190772539449264e304);
    expect(Number.isFinite(chartValue(1.7e308))).toBe(true);
  });
});
