/**
 * Words of reviews, budgets and pledges: a verdict against the plan's expected target (达到预期目标), an ESG
 * report's measures under their area (管理項目 | 管理指標), an Indian review's outlay and its share spent,
 * a change over last year's same period over the year to date, and waiting times.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { statusWord } from '../../src/engine/read/cellKinds';
import { headerRoles } from '../../src/engine/read/headerWords';
import { directionFromName } from '../../src/engine/evaluate/nameWords';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN', yearStart = 1) {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date, yearStart }).report;
}

const roles = (heading: string) => headerRoles(heading).map((r) => r.role);

describe('a verdict against the plan’s expected target (预期目标)', () => {
  it('is met when reached, done or passed, and not met when not reached', () => {
    expect(statusWord('达到预期目标')).toBe('achieved');
    expect(statusWord('完成预期目标')).toBe('achieved');
    expect(statusWord('已完成预期目标')).toBe('achieved');
    expect(statusWord('超过预期目标')).toBe('achieved');
    expect(statusWord('未达到预期目标')).toBe('missed');
  });

  it('leaves above and below to the measure’s direction, and 达到预期 alone to the plan review’s words', () => {
    // Which side of the target is better depends on the measure (see below).
    expect(statusWord('高于预期目标')).toBeNull();
    expect(statusWord('达到预期')).toBeNull();
    expect(statusWord('未达到预期')).toBe('behind');
  });

  it('decides a row with no figure for its target', () => {
    const report = check(
      [
        ['2023年1-5月主要指标完成情况'],
        ['指标', '目标', '1-5月完成', '备注'],
        ['规上工业增加值增速', null, '8.5%', '达到预期目标'],
        ['固定资产投资增速', null, '-3.1%', '未达到预期目标'],
      ],
      '2023-06-10',
    );
    // (short of it in May: behind, the year not being over)
    expect(report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'achieved'],
      [4, 'behind'],
    ]);
  });
});

describe('above or below the target, and no more (高于预期目标, 低于年度目标)', () => {
  it('is met or not by the measure’s direction, where the row gives no target', () => {
    const report = check(
      [
        ['2025年前三季度主要指标完成情况'],
        ['指标', '前三季度完成', '同比增长(%)', '备注'],
        ['社会消费品零售总额(亿元)', 574, 8.8, '高于预期目标,快于全省2.2个百分点'],
        ['外贸进出口总额(亿元)', 120, -3.5, '低于年度目标'],
        ['单位GDP能耗(吨标准煤/万元)', 0.42, -2.1, '低于年度目标'],
      ],
      '2025-10-20',
    );
    // (above the target is met, as a figure above it in the verdict's column is; below it, not yet)
    expect(report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [3, 'achieved'],
      [4, 'behind'],
      [5, 'achieved'],
    ]);
  });
});

describe('an ESG report’s measures under their area (管理項目 | 管理指標 | 目標 | 實績)', () => {
  it('names each row by its measure, not by the area to its left', () => {
    expect(roles('管理指標')).toEqual(['name']);
    const report = check(
      [
        ['環境管理指標'],
        ['管理項目', '管理指標', '2022年目標', '2022年實績'],
        ['水污染防治', '廢水處理符合率(%)', 100, 100],
        [null, '用水回收率(%)', 60, 58.2],
        ['廢棄物管理', '廢棄物回收率(%)', 75, 81.3],
      ],
      '2023-03-01',
    );
    expect(report.evaluations.map((e) => [e.indicator.name, e.direction, e.status])).toEqual([
      ['廢水處理符合率(%)', 'higher', 'achieved'],
      ['用水回收率(%)', 'higher', 'missed'],
      ['廢棄物回收率(%)', 'higher', 'achieved'],
    ]);
  });
});

describe('an Indian review’s outlay and its share spent (Name of Scheme | Outlay (BE) | Expenditure)', () => {
  it('reads the outlay as the target and the share spent as the completion', () => {
    expect(roles('Outlay (BE)')).toEqual(['target']);
    expect(roles('Outlay BE (Rs. In Cr)')).toEqual(['target']);
    expect(roles('% of Exp to Outlay')).toEqual(['completion']);
    expect(roles('Name of Scheme')).toEqual(['name']);
    const report = check(
      [
        ['Plan expenditure 2016-17 (upto March 2017)'],
        ['Sl. No', 'Name of Scheme', 'Outlay (BE)', 'Expenditure', '% of Exp to Outlay'],
        [1, 'Rural roads', 1200, 1180, 98.33],
        [2, 'Drinking water', 800, 560, 70],
      ],
      '2017-04-24',
      'en-US',
      4,
    );
    // (March closes India's financial year: the year is over, and neither scheme spent its outlay)
    expect(
      report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value, e.status]),
    ).toEqual([
      ['Rural roads', 1200, 1180, 'missed'],
      ['Drinking water', 800, 560, 'missed'],
    ]);
  });
});

describe('a change over last year’s same period (比去年同期增长(%) › 累计)', () => {
  it('is the change, not a second result beside the year to date', () => {
    expect(roles('比去年同期增长(%) › 累计')).toEqual(['growth']);
    expect(roles('较上年增长')).toEqual(['growth']);
    // (last year's figure itself stays last year's)
    expect(roles('去年同期')).toEqual(['previous']);
  });
});

describe('waiting times (轮候时间, 等候时间, 候诊, 平均住院日)', () => {
  it('are better shorter as times, and better higher as the share seen within the pledge', () => {
    expect(directionFromName('平均轮候时间(日)')).toBe('lower');
    expect(directionFromName('由入稟至首次聆訊(輪候時間)')).toBe('lower');
    expect(directionFromName('门诊候诊时间')).toBe('lower');
    expect(directionFromName('平均住院日')).toBe('lower');
    expect(directionFromName('在本处以印本形式交付文件 (排队轮候时间)', true)).toBe('higher');
    expect(directionFromName('群众办事等待时间不超过30分钟的比例', true)).toBe('higher');
  });

  it('judge a day count over its target as missed', () => {
    const report = check(
      [
        ['死因裁判法庭 2019'],
        ['', '目标', '2017', '2018', '2019'],
        ['由排期日至聆讯 平均轮候时间(日)', 42, 48, 55, 61],
      ],
      '2020-03-01',
    );
    expect(report.evaluations.map((e) => [e.direction, e.status])).toEqual([['lower', 'missed']]);
  });
});

describe('a national objectives table (Objective Description | Baseline Value | Final Value | Target)', () => {
  it('names the rows by the description, takes the final value as the result and leaves the movement aside', () => {
    expect(roles('Objective Description')).toEqual(['name']);
    expect(roles('Final Value [2]')).toEqual(['actual']);
    expect(roles('Movement Toward Target [3]')).toEqual(['ignore']);
    expect(roles('Baseline Year')).toEqual(['ignore']);
    expect(statusWord('Target met or exceeded')).toBe('achieved');
    expect(statusWord('Target Not Met but Improved')).toBe('missed');
  });

  it('holds people unable to get care, or below the poverty line, better fewer', () => {
    expect(
      directionFromName('Persons unable to obtain or delaying in obtaining necessary medical care'),
    ).toBe('lower');
    expect(directionFromName('Proportion of population living below the national poverty line', true)).toBe(
      'lower',
    );
    expect(directionFromName('Children in poverty (%)', true)).toBe('lower');
    // (lifted above it is the good outcome; the words say nothing against it)
    expect(directionFromName('Households lifted above the poverty line')).not.toBe('lower');
  });
});

describe('a council’s progress report (Year to Date Target | Year to Date Performance)', () => {
  it('reads the year-to-date target as the period’s target, not as the result', () => {
    expect(roles('Year to Date Target')).toEqual(['periodTarget']);
    expect(roles('Year to Date Performance')).toEqual(['actual']);
  });
});

describe('a Taiwan plan’s responsible agency (主管機關, 主辦機關)', () => {
  it('is the owner', () => {
    expect(roles('主管機關')).toEqual(['owner']);
    expect(roles('主辦機關')).toEqual(['owner']);
  });
});

describe('a rectification ledger’s words (整改台账)', () => {
  it('are met when the problem is put right or closed, and on track while the work goes on', () => {
    for (const done of ['已全部完成整改', '整改到位', '已销号', '均已完成整改'])
      expect(statusWord(done)).toBe('achieved');
    for (const going of ['正在整改', '整改中', '长期坚持', '需长期持续整改'])
      expect(statusWord(going)).toBe('on_track');
  });
});

describe('a rectification ledger’s counts, one row an office (反馈问题数 | 已完成整改数 | 正在整改数 | 整改完成率)', () => {
  it('reads the problems as the target, those put right as the result, and those still going as neither', () => {
    const rows: CellValue[][] = [
      ['巡察反馈问题整改进展情况统计表'],
      ['序号', '单位', '反馈问题数', '已完成整改数', '正在整改数', '整改完成率'],
      [1, '市教育局', 12, 12, 0, 1],
      [2, '市卫健委', 15, 13, 2, 0.8667],
      [3, '市民政局', 9, 6, 3, 0.6667],
    ];
    const r = check(rows, '2023-12-31');
    expect(r.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value])).toEqual([
      ['市教育局', 12, 12],
      ['市卫健委', 15, 13],
      ['市民政局', 9, 6],
    ]);
    expect(r.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed', 'missed']);
    expect(roles('交办问题数')).toEqual(['target']);
    expect(roles('已办结数')).toEqual(['actual']);
    expect(roles('办结率')).toEqual(['completion']);
    expect(roles('未完成整改数')).toEqual(['ignore']);
  });
});
