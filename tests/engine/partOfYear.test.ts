/**
 * Targets for a part of the year (一季度目标, "Target for Quarter 1", "Target (Q2)", "Half year target"),
 * results that are projections of the year's (PROJECTED 24/25), and verdicts of a part reached
 * ("PARTIALLY ACHIEVED (87%)").
 */
import { runCheck, type CellValue } from '../../src/engine';
import { directionFromName } from '../../src/engine/evaluate/nameWords';
import { sourceFromRows } from '../support/grids';

const BODY: CellValue[][] = [
  ['Home safety visits completed', 85, 82],
  ['Volunteers recruited', 600, 700],
  ['Fires in non-domestic premises', 43, 33],
];

function judged(title: string, target: string, result: string, lang: 'zh-CN' | 'en-US' = 'en-US') {
  const rows: CellValue[][] = [[title], [], ['KPI', target, result], ...BODY];
  const r = runCheck({
    sources: [sourceFromRows('KPIs', rows)],
    lang,
    date: '2024-08-15',
    yearStart: lang === 'en-US' ? 4 : 1,
  });
  return { period: r.period, rows: r.report.evaluations.map((e) => [e.expected, e.status]) };
}

describe('a target for a part of the year', () => {
  it.each([
    ['Performance Report - Quarter 1, 2024-25', 'Target for Quarter 1', 'Quarter 1 2024-25', 1],
    ['Performance Report - Quarter 1, 2024-25', 'Q1 Target', 'Q1 Actual', 1],
    ['Performance Report - Quarter 2, 2024-25', 'Target (Q2)', 'Actual (Q2)', 2],
    ['Performance Report - Quarter 2, 2024-25', 'Half year target', 'Half year actual', 2],
    ['Performance Report - Quarter 2, 2024-25', 'Target to end of Q2', 'Actual', 2],
    ['2024年一季度目标任务完成情况', '一季度目标', '一季度完成', 1],
  ])('%s: "%s" is the period’s own target, not a year’s to be paced', (title, target, result, quarter) => {
    const got = judged(title, target, result, /[一-龥]/.test(target) ? 'zh-CN' : 'en-US');
    expect(got.period).toEqual({ kind: 'quarter', quarter });
    // 82 against 85 falls short of the period's own figure (paced as a year's it would be far ahead).
    expect(got.rows).toEqual([
      [85, 'behind'],
      [600, 'on_track'],
      [43, 'on_track'],
    ]);
  });

  it('keeps one quarter’s plan beside a month’s result a step of the plan, not the period’s target', () => {
    const rows: CellValue[][] = [
      ['2024年民生实事项目10月进度表'],
      ['项目', '年度目标', '四季度计划目标', '10月完成情况'],
      ['新增公共停车泊位（个）', 1200, 1200, 1000],
    ];
    const r = runCheck({ sources: [sourceFromRows('10月', rows)], lang: 'zh-CN', date: '2024-11-15' });
    expect(r.period).toEqual({ kind: 'month', month: 10 });
  });
});

describe('a projected result', () => {
  const rows: CellValue[][] = [
    ['Performance Measures'],
    ['MEASURE', 'ACTUAL 23/24', 'TARGET 24/25', 'PROJECTED 24/25', 'TARGET 25/26'],
    ['# of Minutes Pages Produced', 150, 165, 160, 170],
    ['# of Special Council Meetings', 4, 4, 3, 4],
    ['% of Agendas Posted Without Errors', 1, 1, 0.96, 1],
    ['# of Public Information Requests Processed', 420, 430, 600, 450],
  ];

  it('is the year not yet over: short of the target is behind or at risk, not missed', () => {
    const r = runCheck({ sources: [sourceFromRows('Measures', rows)], lang: 'en-US', date: '2025-03-01' });
    expect(r.report.evaluations.map((e) => [e.indicator.name.slice(0, 12), e.status])).toEqual([
      ['# of Minutes', 'behind'],
      ['# of Special', 'at_risk'],
      ['% of Agendas', 'behind'],
      ['# of Public ', 'achieved'],
    ]);
  });

  it('reads "without errors" as a share done right, better higher', () => {
    expect(directionFromName('% of Agendas Posted Without Errors')).toBe('higher');
    expect(directionFromName('Number of payment errors')).toBe('lower');
  });
});

describe('a verdict of a part reached', () => {
  it('is not achieved, and keeps the figure in its brackets', () => {
    const rows: CellValue[][] = [
      ['Performance targets 2009-2010'],
      ['Performance target', 'Result'],
      ['Monitor and enforce compliance with consent conditions', 'ACHIEVED'],
      ['Implement monitoring programmes for each consent', 'PARTIALLY ACHIEVED (95%)'],
      ['100% of significant non-compliances are followed up', 'PARTIALLY ACHIEVED (87%)'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Targets', rows)], lang: 'en-US', date: '2010-09-01' });
    const e = r.report.evaluations;
    expect(e.map((x) => x.status)).toEqual(['achieved', 'missed', 'missed']);
    expect(e[2].actual?.value).toBeCloseTo(0.87, 6);
  });
});
