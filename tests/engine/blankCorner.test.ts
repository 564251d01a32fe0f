/**
 * Headings with their corner left blank: offices often write no heading over the names (| Result;
 * | 2004-05 Targets | 2004-05 Estimated Outcome; | 目標 | 工作成績), and sometimes leave the blank between
 * two headings (Key business area | | Outturn). The names stand under the blank; the row is the headings.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function read(rows: CellValue[][], lang: 'en-US' | 'zh-CN' = 'en-US', yearStart = 1) {
  const r = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date: '2025-09-30', yearStart });
  return r.report.evaluations.map((e) => ({
    row: e.indicator.row,
    name: e.indicator.name,
    target: e.target?.value ?? null,
    status: e.status,
  }));
}

describe('headings with a blank corner', () => {
  it('reads the names under the blank beside a lone result heading, the verdicts in words', () => {
    const got = read([
      ['Performance targets'],
      ['2009-2010 annual environmental monitoring report'],
      [null, 'Result'],
      ['Monitor and enforce compliance with resource consent conditions', 'ACHIEVED'],
      ['100% of all significant non-compliances are followed up', 'NOT ACHIEVED'],
    ]);
    expect(got.map((e) => [e.row, e.name, e.status])).toEqual([
      [4, 'Monitor and enforce compliance with resource consent conditions', 'achieved'],
      [5, '100% of all significant non-compliances are followed up', 'missed'],
    ]);
  });

  it('reads a target and a result whose second heading it does not know, under a category row', () => {
    const got = read(
      [
        ['OUTPUT 1.1: PUBLIC HOUSING SERVICES AND POLICY'],
        [null, '2004-05 Targets', '2004-05 Estimated Outcome'],
        ['Quantity'],
        ['Number of new public housing applicants housed', 900, 580],
        ['Number of new public housing allocations to Priority Applicants', 800, 500],
      ],
      'en-US',
      7,
    );
    expect(got.map((e) => [e.row, e.target, e.status])).toEqual([
      [4, 900, expect.stringMatching(/^(missed|behind|at_risk)$/)],
      [5, 800, expect.stringMatching(/^(missed|behind|at_risk)$/)],
    ]);
  });

  it('takes names that read as times (Within 8 minutes) for the names, left of every figure', () => {
    const got = read([
      ['Police Responsiveness Key Performance Indicators 2024-2025'],
      [null, 'Annual Target', 'Result 2024-2025', 'Target achieved?'],
      ['Within 8 minutes', 0.6, 0.658, 'Y'],
      ['Within 12 minutes', 0.9, 0.874, 'N'],
      ['Within 20 minutes', 0.95, 0.96, 'Y'],
    ]);
    expect(got.map((e) => [e.name, e.target, e.status])).toEqual([
      ['Within 8 minutes', 0.6, 'achieved'],
      ['Within 12 minutes', 0.9, 'missed'],
      ['Within 20 minutes', 0.95, 'achieved'],
    ]);
  });

  it('reads the names under a blank between two headings', () => {
    const got = read([
      ['Northern Ireland Prison Service: annual report and accounts'],
      [],
      ['Key business area', null, 'Outturn'],
      ['Security', 'No escape for top and high-risk prisoners.', 'Not met—a high-risk prisoner escaped.'],
      [null, 'No more than three escapes per 1,000 medium and low-risk prisoners.', 'Met—No escapes.'],
      ['Safety', 'Fewer than five staff assaulted per 100 prisoners.', 'Met—3.1 per 100.'],
    ]);
    expect(got.map((e) => [e.row, e.status])).toEqual([
      [4, 'missed'],
      [5, 'achieved'],
      [6, 'achieved'],
    ]);
    expect(got[0].name).toBe('No escape for top and high-risk prisoners.');
  });

  it('reads a Chinese pledge table whose corner is blank (| 目標 | 工作成績)', () => {
    const got = read(
      [
        ['康樂服務'],
        [null, '目標', '二零二一至二二年度的工作成績'],
        ['在地區康樂事務辦事處的櫃檯報名', '輪候時間不超過15分鐘', 1],
        ['郵遞報名', '在截止報名日期起計7個工作天內通知申請人', 0.98],
      ],
      'zh-CN',
      4,
    );
    expect(got.map((e) => [e.row, e.name])).toEqual([
      [3, '在地區康樂事務辦事處的櫃檯報名'],
      [4, '郵遞報名'],
    ]);
  });

  it('leaves a unit line with blanks before it a caption, not headings', () => {
    const got = read(
      [
        ['2024年预算执行情况表'],
        [null, null, '单位：万元'],
        ['项目', '年初预算', '执行数'],
        ['一般公共预算收入', 5000, 4200],
      ],
      'zh-CN',
    );
    expect(got.map((e) => [e.row, e.name, e.target])).toEqual([[4, '一般公共预算收入', 5000]]);
  });

  it('reads the names beside the groups written once, both under the blank, and a result "by End Q2"', () => {
    const got = read(
      [
        ['Table V1.1: Overview of Vote Expenditures'],
        [null, null, 'Approved Budget', 'Released by End Q 2', 'Spent by End Q2', '% Budget Spent'],
        ['Recurrent', 'Wage', 14.617, 7.309, 4.699, 0.321],
        [null, 'Non Wage', 67.269, 35.014, 28.978, 0.431],
        ['Devt.', 'GoU', 68.208, 54.513, 18.846, 0.276],
        [null, 'Ext. Fin.', 1059.367, 255.983, 123.91, 0.117],
      ],
      'en-US',
      7,
    );
    expect(got.map((e) => [e.name, e.target])).toEqual([
      ['Wage', 14.617],
      ['Non Wage', 67.269],
      ['GoU', 68.208],
      ['Ext. Fin.', 1059.367],
    ]);
  });
});
