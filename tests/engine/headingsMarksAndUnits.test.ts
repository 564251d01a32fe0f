/**
 * Headings and names as offices write them beyond the plain words: Taiwan's 實績值, a plan's expected
 * growth (预期增长(%)) as its target, a share said as a sentence's end (为全年任务的), a note's mark in a
 * heading's brackets (Result(b)) or after a unit ((%)*), a name that starts with "Percent", and a row whose
 * own cells write a count under headings in per cent; a baseline however headed; verdicts in a progress
 * column, and a goal in words alone.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string, yearStart = 1) {
  const { report } = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date, yearStart });
  const row = (name: string) => {
    const ev = report.evaluations.find((e) => e.indicator.name === name);
    if (!ev) throw new Error(`no row ${name}: ${report.evaluations.map((e) => e.indicator.name).join(', ')}`);
    return ev;
  };
  return { report, row, text: report.narrative.map((b) => b.text).join('\n') };
}

describe('Taiwan’s result headings', () => {
  it.each(['實績值', '達成值', '實際數'])('%s beside 目標值 is the result', (heading) => {
    const { row } = check(
      [
        ['110年度電價績效指標自評報告'],
        ['績效指標之說明', '權重', '目標值', heading, '目標達成率'],
        ['以需量反應負載管理措施申請抑低容量最大值', pct(50), '235萬瓩', '265.1萬瓩', '113%'],
        ['低壓電力及表燈用戶參與時間電價新增戶數', pct(50), '新增10,000戶', '9,064戶', '91%'],
      ],
      'zh-CN',
      '2022-01-15',
    );
    expect(row('以需量反應負載管理措施申請抑低容量最大值')).toMatchObject({ status: 'achieved' });
    expect(row('低壓電力及表燈用戶參與時間電價新增戶數').actual?.value).toBe(9064);
    expect(row('低壓電力及表燈用戶參與時間電價新增戶數').status).toBe('missed');
  });
});

describe('a plan’s expected growth and a share said as a sentence’s end', () => {
  const PLAN: CellValue[][] = [
    ['2025年上半年国民经济和社会发展计划主要预期目标完成情况'],
    ['指标名称', '预期增长(%)', '上半年完成(%)'],
    ['地区生产总值', '6左右', 4],
    ['社会消费品零售总额', '6以上', 5.9],
    ['城镇常住居民人均可支配收入', 6.5, 6.8],
    ['城镇新增就业', '2.7万人以上', '1.34万人'],
  ];

  it('reads 预期增长(%) as the target, and the rows’ own 万人 over the headings’ per cent', () => {
    const { row } = check(PLAN, 'zh-CN', '2025-07-20');
    expect(row('地区生产总值').target?.value).toBe(6);
    expect(row('地区生产总值').status).not.toBe('not_rated');
    expect(row('城镇常住居民人均可支配收入').status).toBe('on_track');
    const jobs = row('城镇新增就业');
    expect(jobs.indicator.measureUnit).toBe('人');
    expect([jobs.target?.value, jobs.actual?.value, jobs.status]).toEqual([27000, 13400, 'behind']);
  });

  it('says an approximate target in per cent with the sign before 左右, and in English after "target of"', () => {
    expect(check(PLAN, 'zh-CN', '2025-07-20').text).toMatch(/地区生产总值为4%，比目标6%左右低2个百分点/);
    expect(check(PLAN, 'zh-CN', '2025-07-20').text).not.toMatch(/1\.34万%/);
    expect(check(PLAN, 'en-US', '2025-07-20').text).toMatch(
      /地区生产总值 was 4%, 2 percentage points below the target of about 6%/,
    );
  });

  it('reads 为全年任务的 beside the result as the share of the year’s task done', () => {
    const { row } = check(
      [
        ['2013年上半年主要经济指标完成情况'],
        ['序号', '项目', '全年任务', '截至6月底完成', '为全年任务的'],
        [1, '财税总收入', '740万元', '419万元', pct(56.6)],
        [2, '地税收入', null, '375万元', pct(71.4)],
        [3, '造林', null, '2020亩', pct(114)],
        [4, '规模以上企业总产值', null, '37395万元', pct(45)],
      ],
      'zh-CN',
      '2013-07-10',
    );
    expect(row('造林')).toMatchObject({ status: 'achieved' });
    expect(row('地税收入')).toMatchObject({ status: 'on_track' });
    expect(row('规模以上企业总产值').status).toBe('behind');
  });
});

describe('a note’s mark is no unit', () => {
  it('reads Result(b) as the result with no unit, and a name’s (%)* or "Percent …" as per cent', () => {
    const { row, report } = check(
      [
        ['Key performance indicators 2023–24'],
        ['Key effectiveness indicators', 'Target(a)', 'Result(b)'],
        ['Retention in public schooling (%)*', 81, 74.4],
        ['Percent disbursed on construction contracts', 100, 42],
        ['Students enrolled', 1200, 1250],
      ],
      'en-US',
      '2024-09-30',
      7,
    );
    expect(report.evaluations.map((e) => e.indicator.measureUnit)).toEqual(['%', '%', null]);
    expect(row('Students enrolled')).toMatchObject({ status: 'achieved' });
    const text = report.narrative.map((b) => b.text).join('\n');
    expect(text).toMatch(/Percent disbursed on construction contracts was 42%/);
    expect(text).not.toMatch(/\d b\b/);
  });
});

function pct(v: number): CellValue {
  return `${v}%`;
}

describe('a results framework’s baselines', () => {
  it('never reads a baseline as the result or the target, however it is headed', () => {
    const { report, row } = check(
      [
        ['Consolidated Project Development Objectives (PDO)'],
        [
          'PDOI Code',
          'PDO Outcome Indicators',
          'URP 2015 Baseline',
          'World Bank’s PAD Targets for Year 3',
          '“Actual Achieved” Value as Proxy for 2018 Baseline (May 2018 Aid Memoire)',
          'M&E Updated Baseline Value',
        ],
        ['PDOI-1', 'Wards with decentralized emergency response services in Dhaka', 0, 23, 23, '≤ 20%'],
        ['PDOI-2', 'Wards with decentralized emergency response services in Sylhet', 0, 7, 0, '≤ 5%'],
      ],
      'en-US',
      '2018-12-31',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [23, 23],
      [7, 0],
    ]);
    expect(row('Wards with decentralized emergency response services in Dhaka').status).toBe('achieved');
    expect(row('Wards with decentralized emergency response services in Sylhet').status).toMatch(
      /^(?:at_risk|missed)$/,
    );
  });
});

describe('verdicts and goals in words', () => {
  it('reads the verdicts of a progress column (推进情况: 提前完成年度目标任务, 推进达到时序进度要求)', () => {
    const on = '推进达到时序进度要求';
    const { report } = check(
      [
        ['2022年1-4月为民办实事项目进展情况'],
        ['序号', '类别', '项目', '1-4月进展情况', '推进情况'],
        [1, '生态环境', '大气精准治理', '于1月顺利完工并投入使用', '提前完成年度目标任务'],
        [2, null, '张桥港原位控藻工程', '河底护底施工中', on],
        [3, '宜居住区', '华盛苑二期安置房', '正进行基础施工', on],
        [4, null, '老城区管网改造', '施工进度偏慢', '推进滞后于时序进度'],
      ],
      'zh-CN',
      '2022-05-10',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'on_track', 'on_track', 'behind']);
  });

  it('reads a goal in words alone (减少) beside a name that guesses a direction as a goal, not a data error', () => {
    const rows: CellValue[][] = [
      ['2025年项目支出绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '目标值', '度量单位'],
      ['成本指标', '经济成本指标', '疾病预防控制中心经费', '≤70', '万元'],
      ['效益指标', '社会成本指标', '实施项目对社会产生的不利影响', '减少', null],
    ];
    const { report, row } = check(rows, 'zh-CN', '2025-03-01');
    expect(row('实施项目对社会产生的不利影响').status).not.toBe('invalid');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // A note in the target's place is still an error.
    const noted = check(
      [...rows.slice(0, 3), [...rows[3].slice(0, 3), '见附件', null]],
      'zh-CN',
      '2025-03-01',
    );
    expect(noted.row('实施项目对社会产生的不利影响').status).toBe('invalid');
  });
});

describe('a score form’s marks and weights', () => {
  it('are no indicators (自評分數, 折合分數, 權數:2, 考成分數)', () => {
    const { report } = check(
      [
        ['110年度電價績效指標自評報告'],
        ['分項', '績效指標之說明', '權重', '目標值', '實績值', '目標達成率'],
        ['A', '以需量反應負載管理措施申請抑低容量最大值', '50%', '235萬瓩', '265.1萬瓩', '113%'],
        ['B', '低壓電力及表燈用戶參與時間電價新增戶數', '50%', '新增10,000戶', '17,064戶', '171%'],
        ['自評分數', '目標達成率95%,得基準分80分,每增(減)0.25%,加(減)1.0分。', null, null, null, '100分'],
        ['折合分數', '權數:2', null, null, null, '2分'],
      ],
      'zh-CN',
      '2022-01-15',
    );
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '以需量反應負載管理措施申請抑低容量最大值',
      '低壓電力及表燈用戶參與時間電價新增戶數',
    ]);
    expect(report.evaluations[0].target?.value).toBe(2_350_000);
  });
});
