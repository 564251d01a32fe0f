/**
 * Performance self-evaluation forms (项目支出绩效自评表, 项目年度绩效目标) as offices fill them in: the overall
 * goal's block right above the indicators, slots of the form left unfilled, group labels merged down the
 * first column, and the headings of a goal form written in Traditional characters.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

const slot = (label: string): CellValue[] => [null, null, null, label];

describe('a self-evaluation form with its overall goal right above the indicators', () => {
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['(2022年度)'],
    ['年度总体目标完成情况', '预期目标', null, null, null, '实际完成情况'],
    [null, '完成年度防汛工作,完成中型灌区节水改造项目。', null, null, null, '完成年度目标。'],
    ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    [null, '产出指标', '数量指标', '指标1:完成中型灌区节水改造项目数量', 1, 1, 10, 10],
    slot('指标2:'),
    slot('……'),
    [null, '效益指标', '生态效益指标', '指标1:', '/', '/', '/'],
    [null, '满意度指标', '服务对象满意度指标', '指标1:服务对象满意度', '90%', '100%', 10, 10],
  ];
  const merges = [
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 5 },
    { top: 4, left: 2, bottom: 4, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 8 },
    { top: 4, left: 6, bottom: 4, right: 8 },
    { top: 5, left: 1, bottom: 10, right: 1 },
  ];

  it('reads the indicators under their own headings, not under the goal’s words, and skips empty slots', () => {
    const source = sourceFromRows('绩效自评表', rows);
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges } }],
      lang: 'zh-CN',
      date: '2023-03-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.indicator.category, e.status])).toEqual([
      ['指标1:完成中型灌区节水改造项目数量', '数量指标', 'achieved'],
      ['指标1:服务对象满意度', '服务对象满意度指标', 'achieved'],
    ]);
  });
});

describe('a goal form in Traditional characters, its group labels merged down', () => {
  it('takes the heading row for the headings, not the first row of figures under a merged label', () => {
    const rows: CellValue[][] = [
      ['項目年度績效目標(定量目標)'],
      ['評價內容', null, '績效內容', '績效目標值', '實際完成值', '累計完成率'],
      ['產出目標', '數量目標', '當年確認的人才驛站數量', '>=2個', '0個', '0%'],
      [null, null, '當年人才驛站組織活動數量', '>=28次', '40次', '143%'],
      [null, '質量目標', '人才驛站補助資金到位率', '>=100%', '100%', '100%'],
    ];
    const source = sourceFromRows('定量目標', rows);
    const merges = [
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 5, right: 1 },
    ];
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges } }],
      lang: 'zh-CN',
      date: '2024-03-01',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.status])).toEqual([
      ['當年確認的人才驛站數量', 2, 'missed'],
      ['當年人才驛站組織活動數量', 28, 'achieved'],
      ['人才驛站補助資金到位率', 1, 'achieved'],
    ]);
  });
});

describe('a task whose name qualifies what is counted before its target', () => {
  it('judges 实现200人以上较大自然村公交通达率97%以上 against 97%, not 200 people', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('工作进展', [
          ['工作内容', '当前工作进展'],
          ['实现200人以上较大自然村公交通达率97%以上', '目前通达率95%'],
          ['引进500万元以上项目10个', '已引进12个'],
        ]),
      ],
      lang: 'zh-CN',
      date: '2025-01-02',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.target?.percent, e.status])).toEqual([
      [0.97, true, 'missed'],
      [10, false, 'achieved'],
    ]);
  });
});
