/**
 * Measures kept as cards down the sheet (a caption, then a label and a figure a row), as web pages of key
 * performance figures print them: read as one table, every figure keeping its own cell.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { cardsFolded } from '../../src/engine/read/cards';
import { statusWord } from '../../src/engine/read/cellKinds';
import { gridFromRows, sourceFromRows } from '../support/grids';

const page: CellValue[][] = [
  ['Key performance targets'],
  ['Please see below results for our key performance for 2020/21.'],
  [],
  ['Security of supply 2020/21'],
  ['South West (CI)'],
  ['Ofgem target', 58.1],
  ['IIS performance', 58.46],
  ['Our performance', '-0.6% against target'],
  ['South Wales (CI)'],
  ['Ofgem target', 52.5],
  ['IIS performance', 38.9],
  ['Our performance', '25.9% better than target'],
  [],
  ['Availability of supply 2020/21'],
  ['South West (CML)'],
  ['Ofgem target', 43.5],
  ['IIS performance', 41.5],
  ['Our performance', '4.6% better than target'],
];

describe('measures kept as cards', () => {
  it('reads each card as a measure: its caption the name, the target and result beside their labels', () => {
    const r = runCheck({
      sources: [sourceFromRows('KPIs', page)],
      lang: 'en-US',
      date: '2021-07-01',
      yearStart: 4,
    });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.row,
        e.indicator.name,
        e.target?.value,
        e.actual?.value,
        e.status,
      ]),
    ).toEqual([
      [7, 'South West (CI)', 58.1, 58.46, 'missed'],
      [11, 'South Wales (CI)', 52.5, 38.9, 'achieved'],
      [17, 'South West (CML)', 43.5, 41.5, 'achieved'],
    ]);
    // Each figure keeps its own cell on the sheet: South Wales's target is B10.
    const wales = r.report.evaluations[1].indicator;
    expect([wales.target?.row, wales.target?.col]).toEqual([10, 2]);
  });

  it('leaves a sheet alone whose cards differ in their labels, or that holds a table between them', () => {
    const other = page.map((row) => [...row]);
    other[15] = ['Budget', 43.5];
    expect(cardsFolded(gridFromRows('S', other))).toBeNull();
    const table = page.slice(0, 8).concat(
      [
        ['Measure', 'Target', 'Actual'],
        ['Complaints', 10, 12],
      ],
      page.slice(8),
    );
    expect(cardsFolded(gridFromRows('S', table))).toBeNull();
  });
});

describe('a margin on the target as the verdict', () => {
  it.each([
    ['25.9% better than target', 'achieved'],
    ['0.5% ahead of target', 'achieved'],
    ['-0.6% against target', 'missed'],
    ['3% worse than target', 'missed'],
  ])('%s is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });

  it('is no verdict with more words after it', () => {
    expect(statusWord('25.9% better than target for the region')).toBeNull();
  });
});

describe('a form a project, each naming its project on a labelled line', () => {
  const form = (title: string, lines: [string, CellValue][]): CellValue[][] => [[title], ...lines, []];
  const sheet: CellValue[][] = [
    ['2021年为民办实事项目进展情况月报表(11月份)'],
    ...form('2021年省为民办实事项目进展情况月报表(11月份)', [
      ['项 目\n名 称', '新建和改造提升城市绿道500公里'],
      ['我市\n任务', '新建和改造提升城市绿道130公里'],
      ['进 展\n情 况', '完成新建和改造城市绿道共计140.01公里。'],
      ['存 在\n困 难\n和问题', '无'],
      ['进 度\n是 否\n滞 后', '否'],
    ]),
    ...form('2021年市为民办实事项目进展情况月报表(11月份)', [
      ['项目名称', '城区交通等候区增种林荫50处'],
      ['进展情况', '已完成该项任务,共计增种林荫51处。'],
      ['存在困难和问题', null],
      ['进度是否滞后', '否'],
    ]),
    ...form('2021年市为民办实事项目进展情况月报表(11月份)', [
      ['项目名称', '建设或改造提升街旁公园100处'],
      ['进展情况', '已建成街旁公园62处。'],
      ['存在困难和问题', '部分地块征迁未完成'],
      ['进度是否滞后', '是'],
    ]),
  ];

  it('reads one indicator a form: named by its 项目名称, its task, its progress, and the answer to 进度是否滞后', () => {
    const r = runCheck({ sources: [sourceFromRows('11月份', sheet)], lang: 'zh-CN', date: '2021-12-17' });
    expect(r.period).toEqual({ kind: 'month', month: 11 });
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.indicator.name, e.target?.value ?? null, e.status]),
    ).toEqual([
      // 140.01 of the 130 km the city was handed.
      [5, '新建和改造提升城市绿道500公里', 130, 'achieved'],
      // Not behind, and the progress says the task is done.
      [11, '城区交通等候区增种林荫50处', null, 'achieved'],
      // Behind, by the office's own answer.
      [17, '建设或改造提升街旁公园100处', null, 'behind'],
    ]);
  });
});
