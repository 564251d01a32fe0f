/**
 * Words offices write around their figures: a programme's name in quotation marks (“一村一块田”, “三品一标”)
 * whose numerals count nothing; a period written as a range of months or days (2019年1月1日—8月15日,
 * 2019年1月—8月, 2019年10月—2020年3月), read by its end, and a year's final accounts (决算), its whole
 * year; a warning level with its light in brackets (三级（绿灯）); 民生事项名称 naming the rows; and a bound
 * on what is counted (收入超过10万元的村达到55%), no target of its own; and a column of the points ahead of
 * the pace (快于序时进度(百分点)), the office's own verdict; and an amount told done by its share alone
 * (建成高标准农田8.3万亩 | 整体进度70%).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { scanQuantities } from '../../src/engine/core/grammar';
import { statedPeriod } from '../../src/engine/core/statedPeriod';
import { statusWord } from '../../src/engine/read/cellKinds';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date: string) {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang: 'zh-CN', date }).report;
}

describe('a name in quotation marks', () => {
  it('counts nothing with its numerals', () => {
    const values = (t: string) => scanQuantities(t).mentions.map((m) => m.value);
    expect(values('完成“一村一块田”改革试验20万亩')).toEqual([200000]);
    expect(values('完成“三品一标”认证10个')).toEqual([10]);
    expect(values('编制《十四五规划》1部')).toEqual([1]);
    // Figures outside the marks, and quoted figures with no words, are read as before.
    expect(values('新增“5G”基站300个')).toEqual([300]);
  });

  it('leaves the task’s own figures to judge it', () => {
    const report = check(
      [
        ['2023年1-11月重点工作推进情况'],
        ['序号', '工作任务', '责任单位', '进展情况'],
        [1, '完成“一村一块田”改革试验20万亩', '经管站', '已累计完成“一村一块田”改革试验面积31.7万亩'],
      ],
      '2023-12-05',
    );
    const [task] = report.evaluations;
    expect(task.target?.value).toBe(200000);
    expect(task.actual?.value).toBe(317000);
    expect(task.status).toBe('achieved');
  });
});

describe('a period written as a range', () => {
  it('is read by its end: months, days, and a range across the new year', () => {
    const at = (t: string, ys = 1) => {
      const p = statedPeriod(t, ys);
      return p && { period: p.period, year: p.year };
    };
    expect(at('镇江市各地环境空气质量改善约束性目标达标情况（2019年1月1日—8月15日）')).toEqual({
      period: { kind: 'month', month: 8, elapsed: expect.closeTo(0.62, 2) },
      year: 2019,
    });
    expect(at('2019年1月—8月')).toEqual({ period: { kind: 'month', month: 8 }, year: 2019 });
    expect(at('2019年1月1日-6月30日')).toEqual({ period: { kind: 'quarter', quarter: 2 }, year: 2019 });
    expect(at('2019年1月-12月')).toEqual({ period: { kind: 'year' }, year: 2019 });
    // Across the new year, in a year from October: the year it started in (2019/20), as in English.
    expect(at('2019年10月—2020年3月', 10)).toEqual({ period: { kind: 'quarter', quarter: 2 }, year: 2019 });
    expect(at('October 2019 - March 2020', 10)).toEqual({
      period: { kind: 'quarter', quarter: 2 },
      year: 2019,
    });
    expect(at('2019年10月—2020年3月')).toEqual({ period: { kind: 'quarter', quarter: 1 }, year: 2020 });
  });

  it('is the whole year in a year’s final accounts (决算)', () => {
    const p = statedPeriod('2023年泉港区一般公共预算收入决算情况', 1);
    expect(p && { period: p.period, year: p.year }).toEqual({ period: { kind: 'year' }, year: 2023 });
  });
});

describe('a warning level with its light in brackets', () => {
  it('is the light’s status', () => {
    expect(statusWord('三级（绿灯）')).toBe('on_track');
    expect(statusWord('二级（黄灯）')).toBe('behind');
    expect(statusWord('一级预警（红灯）')).toBe('at_risk');
    expect(statusWord('一级（三星）')).toBeNull();
  });

  it('and a side of a ceiling set from above is over it or within it', () => {
    expect(statusWord('高于国家下达我省年均增速控制目标')).toBe('behind');
    expect(statusWord('低于控制目标')).toBe('on_track');
    expect(statusWord('高于目标')).toBeNull();
  });
});

describe('民生事项名称', () => {
  it('names the rows, the year’s task beside it', () => {
    const report = check(
      [
        ['类别', '民生事项名称', '2022年度任务目标', '责任单位', '1-9月份工作完成情况'],
        [
          '四、教育文化',
          '16.推进义务教育课后服务',
          '对全市34所义务教育学校实行课后服务全覆盖',
          '教育体育局',
          '已覆盖34所学校',
        ],
      ],
      '2022-10-10',
    );
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual(['16.推进义务教育课后服务']);
  });
});

describe('a bound on what is counted', () => {
  it('qualifies the figure after it, which is the target (收入超过10万元的村达到55%)', () => {
    const report = check(
      [
        ['2023年二季度重点工作完成情况'],
        ['序号', '年度目标', '进展情况'],
        [
          1,
          '村集体经济收入超过10万元的村达到55%',
          '全区140个行政村中,村集体经济收入超过10万元的村86个,占比61%。',
        ],
      ],
      '2023-07-10',
    );
    const [villages] = report.evaluations;
    expect(villages.target?.value).toBe(0.55);
    expect(villages.actual?.value).toBe(0.61);
    // A goal of that amount stays the goal.
    expect(scanQuantities('达到10万元以上的目标').mentions.map((m) => m.role)).toEqual(['value']);
  });
});

describe('the points ahead of the pace, in a column of their own', () => {
  it('are the office’s verdict: behind below 0, on track from 0', () => {
    const report = check(
      [
        ['峡江县2023年1-6月份财政收入完成情况'],
        [null, null, null, null, '单位:万元'],
        ['项  目', '完成数', '增长%', '为预算%', '快于序时进度\n(百分点)'],
        ['一般公共预算收入', 72777, 2.1, 65.7, 15.7],
        ['税收收入', 45956, 5.1, 55.2, -4.8],
      ],
      '2023-07-10',
    );
    expect(report.evaluations.map((e) => [e.status, e.sourceStatus?.word])).toEqual([
      ['on_track', '15.7'],
      ['behind', '-4.8'],
    ]);
  });
});

describe('an amount told done by its share alone', () => {
  it('is judged by that share against the pace', () => {
    const report = check(
      [
        ['2023年11月重点工作完成情况'],
        ['序号', '目标任务', '牵头责任单位', '目前完成情况'],
        [52, '建成高标准农田8.3万亩', '农田建设管理股', '整体进度70%,正在抢抓工期'],
      ],
      '2023-12-05',
    );
    const [fields] = report.evaluations;
    expect(fields.completion).toBeCloseTo(0.7, 6);
    expect(fields.status).toBe('at_risk');
  });
});
