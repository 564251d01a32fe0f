/**
 * A table of verdicts only — places down the rows, measures across, the office's verdict in every cell
 * (镇江's 达标情况 by 区县, a 晴雨表 of warning lights by city) — is read as the list it stands for: one
 * indicator per place and measure, named by the measure, the place its organisation, each verdict at
 * its own cell.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string) {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

const ZHENJIANG: CellValue[][] = [
  ['镇江市各地环境空气质量改善约束性目标达标情况\n（2019年1月1日—8月15日）'],
  ['序号', '地区', 'PM2.5平均浓度降幅', '优良天数比率升幅'],
  [1, '丹阳市', '达标', '达标'],
  [2, '京口区', '达标', '未达标'],
  [3, '扬中市', '未达标', '达标'],
  [4, '句容市', '未达标', '未达标'],
  ['注：对照今年全市各地环境空气质量改善约束性目标。'],
];

describe('a table of verdicts by place and measure', () => {
  it('is read as one indicator per place and measure, each verdict at its own cell', () => {
    const report = check(ZHENJIANG, 'zh-CN', '2019-08-20');
    expect(
      report.evaluations.map((e) => [
        e.indicator.row,
        e.indicator.org,
        e.indicator.name,
        e.sourceStatus?.word,
        e.indicator.statusCell?.col,
      ]),
    ).toEqual([
      [3, '丹阳市', 'PM2.5平均浓度降幅', '达标', 3],
      [3, '丹阳市', '优良天数比率升幅', '达标', 4],
      [4, '京口区', 'PM2.5平均浓度降幅', '达标', 3],
      [4, '京口区', '优良天数比率升幅', '未达标', 4],
      [5, '扬中市', 'PM2.5平均浓度降幅', '未达标', 3],
      [5, '扬中市', '优良天数比率升幅', '达标', 4],
      [6, '句容市', 'PM2.5平均浓度降幅', '未达标', 3],
      [6, '句容市', '优良天数比率升幅', '未达标', 4],
    ]);
    // The title states the period: to 15 August; a standard not met so far is behind, the year still to run.
    expect(report.options.period).toMatchObject({ kind: 'month', month: 8 });
    expect(report.evaluations.map((e) => e.status)).toEqual([
      'achieved',
      'achieved',
      'achieved',
      'behind',
      'behind',
      'achieved',
      'behind',
      'behind',
    ]);
  });

  it('reads warning lights and English verdicts alike', () => {
    const lights = check(
      [
        ['2014年前三季度各市节能监测预警晴雨表'],
        ['序号', '地区', '能耗强度降低进度预警等级', '能源消费增速预警等级'],
        [1, '合肥市', '三级（绿灯）', '三级（绿灯）'],
        [2, '淮北市', '三级（绿灯）', '二级（黄灯）'],
        [3, '亳州市', '三级（绿灯）', '一级（红灯）'],
      ],
      'zh-CN',
      '2014-10-20',
    );
    expect(lights.evaluations.map((e) => e.status)).toEqual([
      'on_track',
      'on_track',
      'on_track',
      'behind',
      'on_track',
      'at_risk',
    ]);
    const english = check(
      [
        ['Service standards by office, 2023/24'],
        ['Office', 'Calls answered in 20 seconds', 'Letters answered in 10 days'],
        ['North', 'Met', 'Not met'],
        ['South', 'Met', 'Met'],
        ['East', 'Not met', 'Met'],
      ],
      'en-US',
      '2024-05-10',
    );
    expect(english.evaluations.map((e) => [e.indicator.org, e.indicator.name, e.status])).toEqual([
      ['North', 'Calls answered in 20 seconds', 'achieved'],
      ['North', 'Letters answered in 10 days', 'missed'],
      ['South', 'Calls answered in 20 seconds', 'achieved'],
      ['South', 'Letters answered in 10 days', 'achieved'],
      ['East', 'Calls answered in 20 seconds', 'missed'],
      ['East', 'Letters answered in 10 days', 'achieved'],
    ]);
  });
});
