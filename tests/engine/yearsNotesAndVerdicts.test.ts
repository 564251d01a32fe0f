/**
 * Years, note marks and verdicts as annual reports and budget tables write them: "for the year ended
 * 30 June 2023" is a whole year from July; a note's number after a verdict ("Achieved (5)") is no figure,
 * nor a financial year in a sentence (2020/2021); a range with decimal commas (0,13 – 0,35); "Annual KPI"
 * in a quarter's result; a figure under 超(+)欠(-)均衡进度 as the office's verdict on the pace; and the
 * narrative's wording of a quarter's own target, of two categories as far behind, and of a category
 * named 收入方面.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { scanQuantities } from '../../src/engine/core/grammar';
import { yearStartIn } from '../../src/engine/core/fiscalYear';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string) {
  const { report } = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date });
  return { report, text: report.narrative.map((b) => b.text).join('\n') };
}

describe('a year that ends on a day', () => {
  it('starts the month after ("for the year ended 30 June 2023": July 2022)', () => {
    expect(yearStartIn('Shareholder Compact KPIs for the year ended 30 June 2023')).toMatchObject({
      month: 7,
      year: 2022,
    });
    expect(yearStartIn('Annual report for the year ending 31 March 2024')).toMatchObject({ month: 4 });
    expect(yearStartIn('for the year ended 31 December 2023')).toBeNull();
    expect(yearStartIn('Quarter ended 30 September 2023')).toBeNull();
  });

  it('is judged as the whole year, not as its second quarter', () => {
    const { report } = check(
      [
        ['Shareholder Compact KPIs for the year ended 30 June 2023'],
        ['KPI', 'Target', 'Actual'],
        ['Households connected', 2400, 2000],
        ['Debtors days', '<= 70 days', '109 days'],
      ],
      'en-US',
      '2023-09-30',
    );
    // At the year's end 2,000 of 2,400 is missed (by June of a calendar year it would be on track).
    expect(report.evaluations.map((e) => e.status)).toEqual(['missed', 'missed']);
  });
});

describe('what is no figure', () => {
  it('reads no figure in a note’s number after a verdict, or in a financial year written in full', () => {
    for (const text of ['Achieved (5)', 'Clean audit report for 2020/2021 financial year'])
      expect([text, scanQuantities(text).mentions]).toEqual([text, []]);
    expect(scanQuantities('Not achieved 0.12 (6.f)').mentions.map((m) => m.value)).toEqual([0.12]);
  });

  it('reads no figure in a year a sentence names ("… audit opinion for 2012")', () => {
    expect(scanQuantities('Maintained unqualified audit opinion for 2012').mentions).toEqual([]);
    expect(scanQuantities('Provide for 2000 households').mentions.map((m) => m.value)).toEqual([2000]);
  });

  it('reads a range written with decimal commas as one range', () => {
    const [m] = scanQuantities('0,13 – 0,35').mentions;
    expect([m.value, m.high, m.comparator]).toEqual([0.13, 0.35, 'between']);
  });
});

describe('a quarter’s report', () => {
  const ROWS: CellValue[][] = [
    ['Planning performance, Q3 2020/21'],
    ['Performance Indicator', 'Q3 2020/21 Value', 'Q3 2020/21 Target'],
    ['Number of affordable homes delivered', 126, 45],
    ['Processing of major applications', 0.9231, 0.92],
    ['Net additional homes provided', 'Annual KPI', null],
  ];

  it('says a target for the quarter is the target for the period, never the annual one', () => {
    const { text } = check(ROWS, 'en-US', '2021-01-20');
    expect(text).toMatch(/Number of affordable homes delivered exceeded its target for the period/);
    expect(text).not.toMatch(/affordable homes delivered exceeded its annual target/);
    expect(check(ROWS, 'zh-CN', '2021-01-20').text).toMatch(/完成本期目标的280\.0%/);
  });

  it('reads "Annual KPI" as a measure reported once a year, not a target missing', () => {
    const { report } = check(ROWS, 'en-US', '2021-01-20');
    const annual = report.evaluations.find((e) => e.indicator.name === 'Net additional homes provided');
    expect([annual?.status, annual?.notRated]).toEqual(['not_rated', 'annual']);
  });
});

describe('an annual performance report’s deviation column', () => {
  // The Government Printing Works' annual report 2012/13, its finance division's objectives.
  const VALUES = [
    ['GPW ANNUAL REPORT 2012 | 2013'],
    ['PERFORMANCE REPORT'],
    [
      'Strategic objectives per annual performance plan: Provide quality financial and supply chain management services in compliance with legislation and with client needs to contribute towards financial sustainability',
    ],
    [
      'Strategic objectives, performance indicators, planned targets and actual achievements: The GPW was able to exceed the revenue target. Targets not achieved included debtors’ days, gross profit margin and inventory turnover ratio. The variances are explained in the table below.',
    ],
    [
      'Strategic objectives',
      'Actual achievement 2011/12',
      'Planned target 2012/13',
      'Actual achievement 2012/13',
      'Deviation from planned target to actual achievement for 2012/13',
      'Comment on deviations',
    ],
    [
      'Provide quality financial and supply chain management services in compliance with legislation and with client needs to contribute towards financial sustainability',
      'Unqualified audit opinion was received for the 2010/11 financial year. 2011/12 audit is still in the process of being completed and will be reported on in the second quarter of 2012',
      'Maintain unqualified audit opinion',
      'Maintained unqualified audit opinion for 2012',
      'Target achieved',
    ],
    [null, 'New target', '50% client satisfaction index', '80% client satisfaction index', 'Target exceeded'],
    [
      null,
      'During the 2009/2010 external audit, 10 findings related to non-compliance of financial related policies. During the 2010/2011 audit this increased to 13, resulting in a 30% increase in findings. No internal audit findings related to financial related policies reported.',
      '5% reduction in audit findings',
      '7.6 % reductions based on 2011 audit report',
      'Target exceeded',
      '-',
    ],
    [
      null,
      '12 days',
      '10 days turnaround times in monthly and quarterly financial management and performance reports',
      '10 days financial management reports',
      'Target achieved for financial reports but not for performance reports',
    ],
  ];
  const MERGES = [
    { top: 1, left: 1, bottom: 1, right: 6 },
    { top: 2, left: 1, bottom: 2, right: 6 },
    { top: 3, left: 1, bottom: 3, right: 6 },
    { top: 4, left: 1, bottom: 4, right: 6 },
    { top: 6, left: 1, bottom: 9, right: 1 },
  ];

  it('reads "Deviation from planned target to actual achievement" as the office’s word on the target', () => {
    const { report } = runCheck({
      sources: [
        {
          file: 'gpw.xlsx',
          grid: { name: 'Performance Report', originRow: 1, originCol: 1, values: VALUES, merges: MERGES },
        },
      ],
      lang: 'en-US',
      date: '2013-09-30',
    });
    const audit = report.evaluations.find((e) => e.indicator.row === 6);
    expect([audit?.status, audit?.actual?.value ?? null]).toEqual(['achieved', null]);
  });
});

describe('the office’s gap to the pace', () => {
  it('reads a figure under 超(+)欠(-)均衡进度 as its verdict: below 0 is behind', () => {
    const { report } = check(
      [
        ['2017年国地税收入完成情况（截止6月21日）'],
        ['项目', '年度目标(万元)', '完成(万元)', '完成进度', '超(+)欠(-)均衡进度', '备注'],
        ['国税', 8000, 4100, '51.3%', 100, null],
        ['地税', 12824, 6197, '48.3%', -215, '距均衡差215万元'],
      ],
      'zh-CN',
      '2017-06-25',
    );
    expect(report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['国税', 'on_track'],
      ['地税', 'behind'],
    ]);
  });
});

describe('the weakest category', () => {
  const rows = (second: string): CellValue[][] => [
    ['2023年预算执行情况'],
    ['类别', '项目', '预算数', '执行数'],
    ['一般公共预算', '一般公共预算收入', 100, 101],
    ['一般公共预算', '一般公共预算支出', 100, 98],
    [second, '政府性基金收入', 100, 98.3],
    [second, '政府性基金支出', 100, 102],
  ];

  it('is named only where it is behind more than every other, and 方面 is not said twice', () => {
    expect(check(rows('政府性基金预算'), 'zh-CN', '2024-02-01').text).not.toMatch(/从类别看/);
    const named = check(
      [
        ...rows('收入方面').slice(0, 4),
        ['收入方面', '政府性基金收入', 100, 98.3],
        ['收入方面', '土地出让收入', 100, 90],
      ],
      'zh-CN',
      '2024-02-01',
    ).text;
    expect(named).toMatch(/从类别看，收入方面完成情况相对较差/);
    expect(named).not.toMatch(/方面方面/);
  });
});

describe('a label leading into a part of the row above', () => {
  it('is no part of the name the report says (分部门:国税部门)', () => {
    const { text } = check(
      [
        ['上半年公共财政预算收入完成情况'],
        ['项目', '年初预算(万元)', '1-6月完成(万元)', '完成预算%'],
        ['公共财政预算收入', 50000, 26000, '52%'],
        ['分部门:国税部门', 20000, 8000, '40%'],
        ['地税部门', 20000, 12000, '60%'],
      ],
      'zh-CN',
      '2019-07-10',
    );
    expect(text).toMatch(/国税部门/);
    expect(text).not.toMatch(/分部门[:：]/);
  });
});
