import { directionFromName, isCountableUnit, isLevelName } from '../../src/engine/evaluate/nameWords';
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

describe('direction from an indicator’s words: either way, and under a cost heading', () => {
  it('a change either way (Net increase / (decrease) in cash held) names no direction', () => {
    expect(directionFromName('Net increase / (decrease) in cash held')).toBeNull();
    expect(directionFromName('Decrease in cash held')).toBe('lower');
  });
  it('a sum under a Cost heading is a ceiling; a share under it keeps its words', () => {
    expect(directionFromName('Average rent rebate per tenancy', false, 'Cost')).toBe('lower');
    expect(directionFromName('Average rent rebate per tenancy', false, 'Quantity')).toBeNull();
  });
});

describe('direction: how long a caller waits to be answered', () => {
  it('the average speed of answer is a time: shorter is better; a speed of its own (broadband) keeps none', () => {
    expect(directionFromName('Average speed of answering a customer call')).toBe('lower');
    expect(directionFromName('Telephones: average speed of answer')).toBe('lower');
    expect(directionFromName('Average broadband speed')).not.toBe('lower');
  });
});

describe('direction: a harm held where it began', () => {
  it('fires confined to the room of origin, spills contained within the site: more held is better', () => {
    expect(directionFromName('Percent of fires confined to the room of origin', true)).toBe('higher');
    expect(directionFromName('Spills contained within the site')).toBe('higher');
    // The harm itself, and words "contained in" a document, keep their reading.
    expect(directionFromName('Number of fires')).toBe('lower');
    expect(directionFromName('Errors contained in the report')).toBe('lower');
  });
});

describe('direction: cases told by what happens in them', () => {
  it('% of cases where the caller receives advice is no count of harm; the clause decides', () => {
    expect(
      directionFromName(
        'Percentage of triple zero cases where the caller receives advice from another provider',
      ),
    ).toBeNull();
    expect(directionFromName('Percentage of cases where an infection occurred')).toBe('lower');
    expect(directionFromName('Number of cases')).toBe('lower');
  });
});

describe('direction: a harm within a time', () => {
  it('died, readmitted or re-offended within a time: fewer better; a share seen or answered within a time: more', () => {
    expect(directionFromName('Percentage of patients who died within 30 days', true)).toBe('lower');
    expect(directionFromName('Emergency readmissions within 28 days of discharge')).toBe('lower');
    expect(directionFromName('Proportion of offenders who re-offended within 12 months', true)).toBe('lower');
    expect(directionFromName('% seen within 4 hours', true)).toBe('higher');
    expect(directionFromName('Complaints responded to within 28 days')).toBe('higher');
  });
});

describe('direction: taken from a waiting list', () => {
  it('families selected or placed from the waiting list: more is better; those on it stay fewer better', () => {
    expect(
      directionFromName('Number of families selected from the waiting list for project-based programs'),
    ).toBe('higher');
    expect(directionFromName('Households placed from the housing register')).toBe('higher');
    expect(directionFromName('Number of people on the waiting list')).toBe('lower');
  });
});

describe('direction from the headings over the figures', () => {
  it('rows named by what they are for, under Target turnaround time | Actual turnaround time: shorter better', () => {
    const rows: CellValue[][] = [
      ['Type of passport application', 'Target turnaround time', 'Actual turnaround time'],
      ['Online renewal', '10 working days', '10 working days'],
      ['First time application', '20 working days', '21 working days'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Times', rows)], lang: 'en-US', date: '2019-06-12' });
    expect(r.report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'achieved'],
      ['lower', 'missed'],
    ]);
  });
});

describe('direction from an aim and the measure that shows it', () => {
  it('a reduction as measured by a ratio makes the ratio better lower; an increase so measured, higher', () => {
    const debt =
      'Target ongoing reduction in Queensland’s relative debt burden, as measured by the General Government debt-to-revenue ratio';
    expect(directionFromName(debt, true)).toBe('lower');
    expect(directionFromName('Increase in literacy, as measured by the reading score')).toBe('higher');
    // A reduction counted as such, with no measure named, keeps its reading.
    expect(directionFromName('Number of cases reduced through mediation')).toBe('higher');
  });
  it('an aim that a growth does not exceed another is a ceiling', () => {
    expect(
      directionFromName(
        'Maintain a sustainable public service by ensuring overall growth in full time equivalent employees does not exceed population growth',
        true,
      ),
    ).toBe('lower');
    expect(directionFromName('Staff growth not to exceed 2%')).toBe('lower');
  });
});

describe('direction from the measure a part is named under', () => {
  it('a part whose own words say nothing takes its measure’s (Incident Index › Rate per 100 km of line)', () => {
    expect(directionFromName('Rate per 10, 100, 1000 km of line')).toBeNull();
    expect(
      directionFromName('Rate per 10, 100, 1000 km of line', false, null, [
        'Serious Electrical Incident Index',
      ]),
    ).toBe('lower');
    // The part's own words decide where they speak.
    expect(
      directionFromName('Share of incidents attended within 1 hour', true, null, ['Incident Index']),
    ).toBe('higher');
  });
  it('power interrupted is better less often and shorter; an uninterrupted supply is not', () => {
    expect(directionFromName('Average Number of Hours that Power to a Customer is Interrupted')).toBe(
      'lower',
    );
    expect(directionFromName('Customer interruption duration')).toBe('lower');
    expect(directionFromName('Uninterrupted supply days')).not.toBe('lower');
  });
});

describe('direction from an indicator’s words', () => {
  it.each([
    'Current tenant rent arrears as % of rent roll',
    'Average days to relet empty homes',
    'Number of missed bin collections per 100,000',
    'C.diff infection cases',
    'Number of complaints received',
    '% of sites below standard for litter',
    'Sickness absence days per FTE',
    '城镇调查失业率',
    '居民消费价格涨幅',
    '单位GDP能耗',
    '生产安全事故死亡人数',
    '信访投诉件数',
    'Accidental dwelling fires',
    'Fire-related injuries',
    'Road traffic casualties',
    '% household waste landfilled',
    'Average Total Pendency (months)',
    'Prevalence of tobacco use among middle & high school youth',
    '% of HPV vaccine wasted that is stored or administered by the board of health',
    'Number of incidences of homelessness (presentations)',
    'Overall percentage of road network that should be considered for maintenance treatment',
    'Approved salary expense level',
    'Per household consumption (in litres)',
  ])('%s → lower', (name) => {
    expect(directionFromName(name)).toBe('lower');
  });

  it.each([
    '% of complaints responded to within target',
    'Accuracy of cases for which the calculation of benefit was correct %',
    'Claims processed accurately',
    '投诉办结率',
    '空气质量优良天数比例',
    'Council tax collection rate',
    '% of calls answered within 20 seconds',
    '% of fires attended within 10 minutes',
    'Number of emergency incidents coordinated',
    'Smoking cessation quitters',
    'Respond before noon of next day for complaints received after 1 pm',
    'Reply to the applicant within nine working days',
    '屋邨辦事處在收到有關屋邨的護衞和清潔服務的投訴後12小時內處理。',
    '库存数量真实率',
    '国家政策性粮收购价格执行率',
    '县级储备粮库存成本核算率',
  ])('%s → higher (a rate of a good outcome)', (name) => {
    expect(directionFromName(name)).toBe('higher');
  });

  it('says nothing when the words say nothing', () => {
    for (const name of ['地区生产总值', 'New homes built', '举办实用技术培训班', '', 'Costume fund']) {
      expect(directionFromName(name)).toBeNull();
    }
  });
});

describe('countable units', () => {
  it('knows units that count whole things', () => {
    for (const u of ['个', '户', '家', '场', '期', '人', '篇', '件', '人次', 'homes', 'cases']) {
      expect(isCountableUnit(u)).toBe(true);
    }
    for (const u of ['万元', '%', '公里', '万人', '吨', null]) expect(isCountableUnit(u)).toBe(false);
  });
});

describe('a share against a time standard', () => {
  it.each([
    'At least 95% of patients waiting no more than four hours in A&E',
    'Cancer: 2 week wait from referral to date first seen',
    'Cancer two-week wait',
    '18 weeks: no more than 18 weeks wait from referral to admission',
    // named by its standard alone, at 95%
    'Emergency access: A&E waiting times',
  ])('%s → higher (the share seen within the time)', (name) => {
    expect(directionFromName(name, true)).toBe('higher');
  });

  it.each(['Patients waiting more than 52 weeks', '% of households in temporary accommodation over 6 weeks'])(
    '%s → lower (the share over the time)',
    (name) => {
      expect(directionFromName(name, true)).toBe('lower');
    },
  );

  it('leaves a name without a share to its words', () => {
    expect(directionFromName('Cancer 62-day wait')).toBe('lower');
    expect(directionFromName('Average days to relet', true)).toBe('lower');
  });
});

describe('inspection grades and upheld appeals', () => {
  it('reads "rated good or outstanding" as better higher, not as an outstanding backlog', () => {
    expect(directionFromName('Percentage of schools rated good or outstanding')).toBe('higher');
    expect(directionFromName('Care placements in outstanding or good settings')).toBe('higher');
    expect(directionFromName('Outstanding repairs at month end')).toBe('lower');
  });

  it('reads appeals and complaints upheld as better lower', () => {
    expect(directionFromName('Percentage of school admission appeals upheld')).toBe('lower');
  });
});

describe('how long something takes', () => {
  it.each([
    'Average # of Days to Respond to Requests',
    'Avg # of Days for bank reconciliation',
    'Time to answer calls',
  ])('%s → lower, though it names a response', (name) => {
    expect(directionFromName(name)).toBe('lower');
  });

  it.each(['% of requests responded to within 10 days', 'Reduction in average days to relet'])(
    '%s → higher (a share within the time, or a reduction)',
    (name) => {
      expect(directionFromName(name)).toBe('higher');
    },
  );
});

describe('a name ending in a fall', () => {
  it.each([
    '单位GDP能耗下降',
    '单位地区生产总值能耗降低',
    '二氧化碳排放强度下降',
    '化学需氧量排放量减少(%)',
    '主要污染物减排',
    '万元GDP用水量下降（%）',
  ])('%s: its figures are the size of the fall, better higher', (name) => {
    expect(directionFromName(name)).toBe('higher');
  });

  it('what falls is still better lower when the name does not end in the fall', () => {
    expect(directionFromName('单位GDP能耗')).toBe('lower');
    expect(directionFromName('化学需氧量排放量')).toBe('lower');
    expect(directionFromName('能耗下降后的企业数量')).toBe('lower');
  });

  it('English words are whole words in one expression per list', () => {
    expect(directionFromName('Cost per case')).toBe('lower');
    expect(directionFromName('Costume hire income')).toBeNull();
    expect(directionFromName('Average # of Days to Respond')).toBe('lower');
  });

  it('a mean or a centile of a time standard in minutes is a time taken, better shorter', () => {
    expect(directionFromName('Mean response (7mins)')).toBe('lower');
    expect(directionFromName('90th percentile (15 mins)')).toBe('lower');
    expect(directionFromName('Median wait 2 hours')).toBe('lower');
    expect(directionFromName('Mean score')).toBeNull();
    expect(
      directionFromName(
        'Average duration taken to finalise responses to inquiries from Members of Parliament',
      ),
    ).toBe('lower');
    expect(directionFromName('% responded to within 8 minutes')).not.toBe('lower');
  });

  it('a count of cases over a time standard is better fewer, as are items finishing a heading that says so', () => {
    expect(
      directionFromName(
        'Number of patients with a length of stay in the emergency department greater than 24 hours',
      ),
    ).toBe('lower');
    // A share seen within the standard stays better higher.
    expect(directionFromName('Percentage of patients seen within 4 hours', true)).toBe('higher');
    const heading =
      'Number of properties experiencing unplanned and unwanted interruptions (expressed as a percentage of households) in excess of:';
    expect(directionFromName('(a) 6 hours', true, heading)).toBe('lower');
    expect(directionFromName('(b) 12 hours', false, heading)).toBe('lower');
    // Without the heading, a time standard alone names the share seen within it.
    expect(directionFromName('(a) 6 hours', true)).toBe('higher');
  });

  it('the days, hours or weeks taken to do a thing are better fewer', () => {
    expect(directionFromName('No. of days taken to process payment vouchers')).toBe('lower');
    expect(directionFromName('Average hours taken to restore supply')).toBe('lower');
    expect(directionFromName('Weeks taken to issue a licence')).toBe('lower');
  });
});

describe('a count standing at a date', () => {
  it.each([
    'Number of households in temporary accommodation',
    'Households on the housing register',
    'Repairs backlog',
    'Number of open cases as at quarter end',
    '年末在册贫困人口',
  ])('%s is a level: its latest figure counts', (name) => {
    expect(isLevelName(name)).toBe(true);
  });

  it.each([
    '单位GDP能耗',
    '单位地区生产总值二氧化碳排放',
    '万元工业增加值用水量',
    '规上工业增加值能耗',
    '能耗强度',
    '每万人口发明专利拥有量',
    '每千人口执业（助理）医师数',
    'Carbon intensity of the estate',
  ])('%s, a figure per unit of output or per head, is a level', (name) => {
    expect(isLevelName(name)).toBe(true);
  });

  it.each([
    'Number of new affordable homes delivered',
    '新增城镇就业人数',
    'Temporary staff hired',
    '单位数量',
    '万元以上项目个数',
    // Per head, but earned or spent over the period: nine months' income by September.
    '居民人均可支配收入',
    '农村居民人均可支配收入',
    '城镇居民人均消费支出',
    '人均GDP',
  ])('%s is done in the period: its figures add up', (name) => {
    expect(isLevelName(name)).toBe(false);
  });

  it('judges the latest quarter of a stock, not the sum of the quarters', () => {
    const rows: CellValue[][] = [
      ['Housing Performance Report Quarter 3 2023/24'],
      ['Ref', 'Indicator', 'Polarity', '2023/24 Target', 'Q1', 'Q2', 'Q3', 'Q4'],
      [
        'H3',
        'Number of households in temporary accommodation',
        'Smaller is better',
        120,
        135,
        142,
        110,
        null,
      ],
      ['H5', 'Number of new affordable homes delivered', 'Bigger is better', 200, 40, 55, 60, null],
    ];
    const r = runCheck({ sources: [sourceFromRows('Housing', rows)], lang: 'en-US', date: '2024-01-15' });
    const [stock, flow] = r.report.evaluations;
    expect([stock.actual?.value, stock.status]).toEqual([110, 'on_track']);
    expect([flow.actual?.value, flow.status]).toEqual([155, 'on_track']);
  });

  it('paces an intensity by its target itself, not by the share of the year gone', () => {
    // Energy per unit of GDP to September: 0.5 against a ceiling of 0.52 less 3%, 0.5044. Paced as an
    // amount (0.5044 × 3/4 = 0.378) it was "behind"; as a level it is within its ceiling.
    const rows: CellValue[][] = [
      ['2024年节能降耗目标完成情况（1-9月）'],
      ['指标', '单位', '2023年', '2024年目标', '1-9月完成'],
      ['单位GDP能耗', '吨标准煤/万元', 0.52, '比上年下降3%', 0.5],
      ['规上工业增加值能耗', '吨标准煤/万元', 0.81, '比上年下降2.5%', 0.8],
      ['新增节能量', '万吨标准煤', null, 40, 32],
    ];
    const r = runCheck({ sources: [sourceFromRows('节能', rows)], lang: 'zh-CN', date: '2024-10-20' });
    expect(r.report.evaluations.map((e) => [e.status, e.expected])).toEqual([
      ['on_track', 0.5044],
      ['behind', 0.78975],
      // An amount done in the year is still paced: three quarters of 40 by September.
      ['on_track', 30],
    ]);
  });
});

describe('a name that says its figure is a percentage, a standard or a level', () => {
  it.each([
    '% of repairs completed right first time',
    'Current Tenant Arrears %',
    'Rent Collected as % of rent owed',
    'Percent of revenue retained (less state costs)',
    'Percentage of calls answered',
    'Proportion of homes let on first offer',
    '占比(%)',
    '学生满意度',
    '每千常住人口执业(助理)医师数',
    '提高城乡低保标准和救助水平',
    '提高困难残疾人生活补贴发放标准',
    'Wholetime appliance availability',
    // A payment's standard, per person a month or a year, and a raise of an allowance.
    '城市低保标准',
    '重度残疾人护理补贴标准',
    '确保农村五保户年分散供养标准不低于2640元',
    '提高集中养育孤儿基本生活补贴',
    // A mean, a speed, a rate per million, a cover ratio, the time one case takes.
    'PM2.5月均值',
    '4G下載速度',
    'Average download speeds',
    '药品不良反应每百万人口报告数',
    'Cash Interest Cover',
    'Total time taken (in business days) to fulfill public records requests',
    'Number of business days for criminal record checks to be completed',
  ])('%s is a level: its latest figure counts', (name) => {
    expect(isLevelName(name)).toBe(true);
  });

  it.each([
    // A rate the name states after a number is part of what is counted, not the figure's unit.
    '1、增值税50%',
    '企业所得税40 %',
    // Reaching a standard is counted in the things that reach it; a standard building is built in m².
    '力争9个城市社区达到“三公里”充分就业社区标准',
    '新建标准厂房',
    '标准化建设',
    // Rate, ratio, index, score and per only as words: inside another word they say nothing.
    'Administration',
    'Area of peatland restoration',
    '# of Ordinances and Resolutions Indexed',
    '# of Alcoholic Beverage Registrations Filed',
    'Corporate complaints handled',
    'Newspaper copies distributed',
    // Money paid out under a standard, or a subsidy handed out, is counted over the year.
    '发放低保金',
    '发放困难残疾人生活补贴',
    '城市低保标准化管理',
  ])('%s is done in the period: its figures add up', (name) => {
    expect(isLevelName(name)).toBe(false);
  });

  it('reads a percentage named in the row as a share of its target for the month, not a part of the year', () => {
    // January of a year from April: ten months gone. Paced as an amount, 98.9 against 99.2 × 10/12 was
    // "on track"; as a share it is below its standard.
    const rows: CellValue[][] = [
      ['Housing Performance January 2018'],
      ['Description', 'Actual', 'Target'],
      ['% of repairs appointments kept', 98.9, 99.2],
      ['Current Tenant Arrears %', 1.36, 1.96],
      ['Number of repairs completed', 9000, 10000],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Performance', rows)],
      lang: 'en-US',
      date: '2018-02-10',
      yearStart: 4,
    });
    const [kept, arrears, repairs] = r.report.evaluations;
    expect([kept.kind, kept.expected, kept.status]).toEqual(['share', 99.2, 'behind']);
    expect([arrears.kind, arrears.direction, arrears.expected, arrears.status]).toEqual([
      'share',
      'lower',
      1.96,
      'on_track',
    ]);
    // A count done over the year is still paced: ten twelfths of 10,000.
    expect([repairs.kind, repairs.status]).toEqual(['amount', 'on_track']);
    expect(repairs.expected).toBeCloseTo(8333.33, 2);
  });
});

describe('direction from the words of costs recovered, waste and budgets', () => {
  it.each([
    ['Aviation Operating Cost Recovery', 'higher'],
    ['Cost recovery of Parks Performance Fund', 'higher'],
    ['Percent of revenue retained (less state costs)', 'higher'],
    ['Kg of household waste collected per head', 'lower'],
    ['Residual household waste per household', 'lower'],
    ['% of land that is assessed as having significant litter', 'lower'],
    ['Rent collected', 'higher'],
    ['预算调整率', 'lower'],
    ['结转结余率', 'lower'],
    ['Borough wide carbon emissions reduction', 'higher'],
    ['Percent of Students in Grades 6-12 with Out-of-School Suspensions', 'lower'],
  ])('%s: better %s', (name, direction) => {
    expect(directionFromName(name)).toBe(direction);
  });

  it('gives a row with no target to judge by the direction its words say', () => {
    const rows: CellValue[][] = [
      ['Performance Indicator Title', 'Value', 'Target'],
      ['Cost per secondary school pupil', 8123, 'N/A'],
      ['Number of young people undertaking Wider Achievement', 431, 'N/A'],
      ['Deaths in primary fires', 3, null],
      ['Two week wait (breast symptoms - cancer not suspected)', '89.6%', null],
    ];
    const r = runCheck({ sources: [sourceFromRows('PIs', rows)], lang: 'en-US', date: '2024-04-15' });
    expect(r.report.evaluations.map((e) => [e.status, e.direction])).toEqual([
      ['not_rated', 'lower'],
      ['not_rated', 'higher'],
      ['not_rated', 'lower'],
      ['not_rated', 'higher'],
    ]);
  });
});

describe('a direction the office states in the name, gaps, spending controls and cost headings', () => {
  it.each([
    ['% of contamination in co-mingled recyclate (Minimise)', 'lower'],
    ['Number of street cleansing reports/requests for service (cumulative in year) (Minimise)', 'lower'],
    ['Net income from lettings (Maximise)', 'higher'],
    ['城镇调查失业率（反向指标）', 'lower'],
    ['Days lost to sickness (higher is better)', 'higher'],
    ['% of public streets with acceptably low levels of litter and detritus after cleansing', 'higher'],
    ['Difference between tariff scores for the most and least deprived pupils', 'lower'],
    ['Poverty-related attainment gap between pupils', 'lower'],
    ['财政供养人员控制率', 'lower'],
    ['公用经费控制率', 'lower'],
    ['% of serious anti social behaviour cases dealt with in time', 'higher'],
    ['Reduce % of calls lost to 5%', 'lower'],
    ['Major applications – average number of weeks to determine a major application', 'lower'],
    ['Householder applications determined within 2 months', 'higher'],
    ['To reduce the number of households in temporary accommodation', 'lower'],
    ['Improve the % of complaints answered on time', 'higher'],
    ['% of sites falling below cleanliness standard for detritus', 'lower'],
  ])('%s: better %s', (name, direction) => {
    expect(directionFromName(name)).toBe(direction);
  });

  it('leaves a bracket that is not a direction to the other words', () => {
    expect(directionFromName('Rent collected (£000)')).toBe('higher');
    expect(directionFromName('高血压患者血压控制率')).toBeNull();
  });

  it('reads a sum under a performance form’s cost heading (成本指标) as a ceiling, and a rate there by its words', () => {
    expect(directionFromName('市民中心运行维护费', false, '成本指标')).toBe('lower');
    expect(directionFromName('市民中心运行维护费', false, '数量指标')).toBeNull();
    expect(directionFromName('预算执行率', true, '成本指标')).toBe('higher');
    const rows: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '培训人次', '500人次', '520人次'],
      [null, '成本指标', '市民中心运行维护费', '150万元', '162万元'],
    ];
    const r = runCheck({ sources: [sourceFromRows('绩效自评表', rows)], lang: 'zh-CN', date: '2025-01-15' });
    const byName = new Map(r.report.evaluations.map((e) => [e.indicator.name, e]));
    expect([byName.get('市民中心运行维护费')?.direction, byName.get('市民中心运行维护费')?.status]).toEqual([
      'lower',
      'missed',
    ]);
    expect(byName.get('培训人次')?.direction).toBe('higher');
  });
});

describe('a bound written at the end of a measure’s name', () => {
  it('reads "will be no less than:" and "will not exceed" as the target’s comparator', () => {
    const rows: CellValue[][] = [
      ['Performance Measures', 'Budgeted Standard', 'Actual Standard'],
      ['The percentage of calls answered within 20 seconds will be no less than:', '90%', '88%'],
      ['Complaints upheld per 1,000 cases will not exceed', 3, 2],
      ['The percentage of letters answered within 10 days', '95%', '96%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Outputs', rows)],
      lang: 'en-US',
      date: '2008-08-01',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.comparator ?? null, e.direction, e.status])).toEqual([
      ['at_least', 'higher', 'missed'],
      ['at_most', 'lower', 'achieved'],
      [null, 'higher', 'achieved'],
    ]);
  });
});

describe('what customers pay', () => {
  it.each(['RELATIVE ELEC PRICE: RESIDENTIAL', "% OF NAT'L AVG RESIDENTIAL E-BILL", 'Average water bill'])(
    '%s: lower is better',
    (name) => expect(directionFromName(name)).toBe('lower'),
  );
});

describe('the office’s work named by what it does', () => {
  it.each([
    ['Investigating incidents/complaints', 'higher'],
    ['Considering and processing safety cases/reports and nuclear licence actions', 'higher'],
    ['Processing time for claims (days)', 'lower'],
    ['Number of complaints', 'lower'],
    ['Notifying customers about unplanned water supply interruptions (percentage of customers)', 'higher'],
    // the share of cases taken up and dealt with, though the cases are bad things
    ['违法案件查办率', 'higher'],
    // those taken off a list to wait on, though the list is a bad thing
    ['People removed from the ACT elective surgery waiting list for surgery', 'higher'],
    ['Patients waiting on the elective surgery waiting list', 'lower'],
  ])('%s: %s', (name, want) => expect(directionFromName(name)).toBe(want));
});

describe('a water network’s failures', () => {
  it.each([
    'Multiple sewer blockages (number of customers)',
    'Leakage',
    'Number of properties at risk of low pressure',
    'Average interruption time lost per property',
    'Customer minutes off water supply (average)',
  ])('%s: lower is better', (name) => expect(directionFromName(name)).toBe('lower'));

  it('reads an item named only by its subject under a satisfaction heading as a score, better higher', () => {
    expect(directionFromName('Interruptions', false, 'Customer Satisfaction')).toBe('higher');
    expect(directionFromName('Leakage', false, 'Customer Satisfaction')).toBe('higher');
    expect(directionFromName('Number of complaints', false, 'Customer Satisfaction')).toBe('lower');
    expect(directionFromName('Interruptions', false, 'Water supply')).toBe('lower');
  });

  it('reads an item named only by what it times under a heading of a time taken as that time, shorter better', () => {
    expect(directionFromName('www.google.com', false, 'Network Latency')).toBe('lower');
    expect(directionFromName('国际出口', false, '网络时延')).toBe('lower');
    // The share within the time is still better higher, and an item under another heading says nothing.
    expect(directionFromName('% answered within 20 seconds', true, 'Response time')).toBe('higher');
    expect(directionFromName('www.google.com', false, 'Availability')).toBeNull();
  });

  it('reads "on time" as a word, not the end of "resolution time" or "interruption time"', () => {
    expect(directionFromName('Average resolution time')).not.toBe('higher');
    expect(directionFromName('Repairs completed on time')).toBe('higher');
    expect(directionFromName('Payments made without errors')).toBe('higher');
  });

  it('reads a share done in a time the office set as done on time, whatever it was done about', () => {
    expect(directionFromName('% of incident responses carried out in prescribed time')).toBe('higher');
    expect(directionFromName('Complaints answered in the agreed time')).toBe('higher');
    // What was not done in that time, and the time itself, stay fewer or shorter better.
    expect(directionFromName('Incidents not dealt with in the target time')).toBe('lower');
    expect(directionFromName('Average time taken to respond to incidents')).toBe('lower');
  });
});

describe('safety, reliability and money owed', () => {
  it.each([
    'Motorcyclist fatality rate per 100,000 motorcycle registrations.',
    'Error rate on payments',
    'Notifiable occurrences Category A per million passenger boardings',
    'Category B occurrences per million train kilometres',
    'SAIDI',
    'SAIFI (interruptions per customer)',
    'Customer minutes lost (CML)',
    'Debtors days (average)',
  ])('%s: lower is better', (name) => expect(directionFromName(name)).toBe('lower'));

  it('keeps a share done right and a fall in a harm better higher, and occurrences of other things to their words', () => {
    expect(directionFromName('Payments processed without error')).toBe('higher');
    expect(directionFromName('Reduction in fatality rate')).toBe('higher');
    expect(directionFromName('Occurrences of good practice shared')).toBeNull();
  });
});

describe('savings', () => {
  it.each([
    'Cost savings achieved',
    'Average time savings for NEXUS members at land ports of entry',
    'Energy savings (MWh)',
  ])('%s: more is better, though the name holds a cost or a time', (name) =>
    expect(directionFromName(name)).toBe('higher'),
  );

  it('keeps the time itself shorter better', () => {
    expect(directionFromName('Average processing time')).toBe('lower');
  });
});

describe('care that should be safe, and staff who stay', () => {
  it.each([
    'Never Events',
    'Never Event Incidence',
    'Bed Occupancy rates for Acute Adult Inpatient Services',
    'G&A bed occupancy (%)',
    'Percentage of staff who left the organisation within 12 months',
    'New starters leaving within 12 months (%)',
  ])('%s: lower is better', (name) => expect(directionFromName(name)).toBe('lower'));

  it('keeps other occupancy, and those who leave a service within its standard, to their words', () => {
    expect(directionFromName('Hangar Occupancy Rate')).not.toBe('lower');
    expect(directionFromName('% of patients who left within 4 hours')).toBe('higher');
    expect(directionFromName('% of calls answered without callers leaving within 30 seconds')).toBe('higher');
  });

  it('judges a Never Event target of 0 met by 0, not as no target set', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Target', '2024/25'],
      ['Never Event Incidence', '0 per year', 0],
      ['Percentage of staff who left the organisation within 12 months', 0.2, 0.214],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2025-06-30' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
  });
});

describe('the office’s work on a harm, in Chinese', () => {
  it.each([
    '办结信访案件',
    '查处违法案件',
    '整改安全隐患',
    '破获刑事案件',
    '化解矛盾纠纷',
    '整治安全隐患',
    '更换改造存在安全隐患的窨井设施',
    '拆除违法建筑面积',
    '治理违法建设',
  ])('%s: the cases dealt with, more is better', (name) => expect(directionFromName(name)).toBe('higher'));

  it('keeps the harms themselves, and what is left undone, better fewer', () => {
    expect(directionFromName('信访案件数')).toBe('lower');
    expect(directionFromName('未整改隐患数')).toBe('lower');
    expect(directionFromName('尚未办结案件')).toBe('lower');
    expect(directionFromName('未整治隐患')).toBe('lower');
  });
});

describe('time that holds a harm off', () => {
  it('days clients are enrolled to delay placement: more is better; days to do a thing stay fewer better', () => {
    expect(
      directionFromName(
        'Average # of days Senior Care clients are enrolled to delay institutional placement',
      ),
    ).toBe('higher');
    expect(directionFromName('Average # of days to resolve a complaint')).toBe('lower');
    expect(directionFromName('Days to prevent eviction')).toBe('lower');
  });
});

describe('a pledge to act within a time, in Chinese', () => {
  it.each([
    '在48小時內約見作出可追查貪污投訴的投訴人',
    '在兩個工作天內聯絡作出非貪污性質投訴的投訴人',
    '12小时内处理投诉',
  ])('%s: the share done in time, more is better', (name) =>
    expect(directionFromName(name, true)).toBe('higher'),
  );

  it('a harm befalling within a time, and a limit on a time taken, stay better lower', () => {
    expect(directionFromName('出院31天内非计划再入院率', true)).toBe('lower');
    expect(directionFromName('7日内重复投诉率', true)).toBe('lower');
    expect(directionFromName('投诉处理时限')).toBe('lower');
  });
});

describe('an aim stated as what the office does', () => {
  it('reads "We reduce the number of …" as lower, and leaves "We reduce the risk … for more households" to its figures', () => {
    expect(directionFromName('We reduce the number of high risk illegal waste sites (Defra)')).toBe('lower');
    expect(directionFromName('We reduce the risk of flooding for more households (Defra)')).toBeNull();
  });
});

describe('crimes, and crimes solved', () => {
  it.each([
    ['Total Part 1 Crimes', 'lower'],
    ['Number Part 1 crimes per 1000 population', 'lower'],
    ['Number of burglaries', 'lower'],
    ['Reported offences', 'lower'],
    ['Vehicle collisions', 'lower'],
    ['Crime clearance rate', 'higher'],
    ['Percent of crimes solved', 'higher'],
    ['Offences brought to justice', 'higher'],
  ])('%s: %s', (name, want) => expect(directionFromName(name)).toBe(want));
});

describe('times of a second or less', () => {
  it('reads 20ms beside 8ms as a level each quarter is held to, under a latency heading a ceiling', () => {
    const rows: CellValue[][] = [
      ['Item', 'Target', 'Q2 2020 Result'],
      ['Network Latency'],
      ['www.google.com', '20ms', '8ms'],
      ['www.yahoo.co.jp', '90ms', '61ms'],
      ['www.usa.com', '250 ms', '260 ms'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Pledges', rows)], lang: 'en-US', date: '2020-08-01' });
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.kind, e.direction, e.target?.value, e.status]),
    ).toEqual([
      [3, 'level', 'lower', 20, 'on_track'],
      [4, 'level', 'lower', 90, 'on_track'],
      [5, 'level', 'lower', 250, 'behind'],
    ]);
  });
});

describe('what is left undone, and what an audit finds', () => {
  it('reads violations, deficits, work not addressed and audit recommendations as better fewer', () => {
    expect(directionFromName('Mandatory Minimum Penalty Violations Not Addressed Within 18 Months')).toBe(
      'lower',
    );
    expect(directionFromName('Complaints not resolved within 20 days')).toBe('lower');
    expect(directionFromName('Meeting the water resource deficit')).toBe('lower');
    expect(directionFromName('# high recommendations from annual internal CALEA audit')).toBe('lower');
    expect(directionFromName('Audit recommendations implemented')).not.toBe('lower');
    // …and those acted upon, accepted or adopted are work done on them, not more of them found.
    expect(
      directionFromName(
        'Percentage of recommendations raised by the Ombudsman that will be acted upon by the CRA',
      ),
    ).not.toBe('lower');
    expect(directionFromName('% of audit recommendations accepted')).not.toBe('lower');
    expect(directionFromName('Implementation Provisions Adopted')).toBeNull();
  });
});

describe('the registered unemployed', () => {
  it('reads 城乡登记失业人数 as a count standing at a date, its ceiling held at each check, never paced', () => {
    const rows: CellValue[][] = [
      ['类别', '指标名称', '年度目标', '完成情况'],
      ['民生', '城乡登记失业人数', '控制在10410人内', 7919],
    ];
    const r = runCheck({
      sources: [sourceFromRows('表1', rows)],
      lang: 'zh-CN',
      date: '2021-07-15',
      period: { kind: 'quarter', quarter: 2 },
    });
    expect(r.report.evaluations.map((e) => [e.kind, e.status])).toEqual([['level', 'on_track']]);
  });
});

describe('direction: a share seen within months', () => {
  it('patients who wait less than four months are a share to raise; a rolling twelve months is no standard', () => {
    expect(
      directionFromName('Patients wait less than four months for first specialist assessment', true),
    ).toBe('higher');
    expect(directionFromName('Patients waiting more than 12 months', true)).toBe('lower');
    expect(directionFromName('Tenancy turnover (rolling 12 months)', true)).toBe('lower');
  });
});

describe('direction: what is lost or given up on', () => {
  it('rent lost to empty homes, calls lost and rent written off: less is better; homes brought back into use: more', () => {
    expect(directionFromName('Rent lost due to empty homes as % of rent roll', true)).toBe('lower');
    expect(directionFromName('Calls lost')).toBe('lower');
    expect(directionFromName('Rent written off')).toBe('lower');
    expect(directionFromName('Accident frequency rate per 100,000 miles')).toBe('lower');
    expect(directionFromName('% of empty homes brought back into use', true)).toBe('higher');
  });

  it('rent that cannot be collected and evictions: less is better; evictions prevented: more', () => {
    expect(directionFromName('Rent written off that cannot be collected')).toBe('lower');
    expect(directionFromName('Uncollectable debt')).toBe('lower');
    expect(directionFromName('Number of evictions for ASB')).toBe('lower');
    expect(directionFromName('Evictions prevented')).toBe('higher');
  });

  it('contamination of recycling: less is better; a plan for contaminated sites says nothing of its figures', () => {
    expect(directionFromName('Contamination: Tonnage per month rejected')).toBe('lower');
    expect(directionFromName('% of contamination in dry recycling')).toBe('lower');
    expect(
      directionFromName(
        'Number of sites where risk reduction was completed under the Contaminated Sites Action Plan',
      ),
    ).not.toBe('lower');
  });
});

describe('a share collected over the year, by any of its names', () => {
  it('non-domestic rates (NNDR) collected are paced through the year as council tax is', () => {
    const rows: CellValue[][] = [
      ['Performance indicators', 'Target', 'Q2 2023/24'],
      ['Council Tax collection rates', '98.5%', '57.87%'],
      ['National Non Domestic collection rates (NDDR)', '98.8%', '60.15%'],
      ['NNDR collected', '98.8%', '60.15%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('PIs', rows)],
      lang: 'en-US',
      date: '2023-10-20',
      period: { kind: 'quarter', quarter: 2 },
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'on_track']);
  });
});

describe('a part of a measure stated over it as a target', () => {
  it('reads that sentence’s direction where its own name says nothing', () => {
    const over =
      'The rate of escapes from prison and Prison Service escorts is below 0.05% of the average prison population';
    expect(directionFromName('Public prisons', true, over)).toBe('lower');
    expect(directionFromName('Domestic', false, 'Reduce burglaries by 10%')).toBe('lower');
    expect(directionFromName('城区', true, '空气质量优良天数比例不低于85%')).toBe('higher');
    // A theme with no bound in it names no measure (Reducing reoffending › Offenders in work).
    expect(directionFromName('Offenders in work', false, 'Reducing reoffending')).toBeNull();
    // A numeral inside a word is no figure (減少二氧化碳 names a gas, not a bound of two).
    expect(
      directionFromName(
        '進行七次監察碳審計',
        false,
        '藉提高能源效益、使用可再生能源、減少二氧化碳及污染物排放',
      ),
    ).toBeNull();
  });
});
