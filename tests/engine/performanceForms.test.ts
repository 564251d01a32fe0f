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

describe('a goal form in Traditional characters, its sign and unit in columns of their own', () => {
  const rows: CellValue[][] = [
    ['2020年度項目支出績效自評表'],
    ['績效指標', null, null, '年度指標值', null, null, '實際完成值', '分值', '得分'],
    ['一級\n指標', '二級指標', '三級指標', '指標性質', '指標值', '度量單位'],
    ['產出指標', '數量指標', '衛片執法補助經費', '\uFE66', 72890, '元', 72890, 10, 10],
    [null, '質量指標', '項目驗收合格率', '≥', 100, '%', 100, 20, 20],
    ['效益指標', '社會效益指標', '違法行為責停率', '≧', 95, '%', 90, 30, 20],
  ];
  const merges = [
    { top: 2, left: 1, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 6 },
    { top: 2, left: 7, bottom: 3, right: 7 },
    { top: 2, left: 8, bottom: 3, right: 8 },
    { top: 2, left: 9, bottom: 3, right: 9 },
    { top: 4, left: 1, bottom: 5, right: 1 },
  ];

  it('names each row by its third level, reads % in the unit column as a share and ≥ as at least', () => {
    const source = sourceFromRows('績效自評表', rows);
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges } }],
      lang: 'zh-CN',
      date: '2021-06-28',
    });
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.kind, e.comparator ?? null, e.status]),
    ).toEqual([
      ['衛片執法補助經費', 'amount', null, 'achieved'],
      ['項目驗收合格率', 'share', 'at_least', 'achieved'],
      ['違法行為責停率', 'share', 'at_least', 'missed'],
    ]);
  });
});

describe('a form in numbered sections: 三、目标完成情况 above 四、年度绩效指标完成情况', () => {
  const aim = '为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。';
  const rows: CellValue[][] = [
    ['县民政局2020年度预算项目绩效自评表'],
    [
      '三、目标完成情况',
      '年度预期目标',
      null,
      null,
      null,
      null,
      '具体完成情况',
      null,
      null,
      null,
      '总体完成率(%)',
    ],
    [null, aim, null, null, null, null, aim, null, null, null, 100],
    [null, '促进社会稳定文明和谐', null, null, null, null, '促进社会稳定文明和谐'],
    [
      '四、年度绩效指标完成情况',
      '一级指标',
      '二级指标',
      '三级指标',
      '预期指标值',
      null,
      null,
      '单项指标实际完成值',
      '单项指标完成情况',
      '自评得分',
    ],
    [null, null, null, null, '符号', null, '单位(文字描述)'],
    [null, '产出指标', '质量指标', '符合条件申报对象覆盖率', '>=', 98, '%', '96%', '未完成', 20],
    [null, '满意度指标', '服务对象满意度指标', '服务对象满意度', '>=', 95, '%', '100%', '完成', 10],
  ];
  const merges = [
    { top: 2, left: 1, bottom: 4, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 6 },
    { top: 2, left: 7, bottom: 2, right: 10 },
    { top: 3, left: 2, bottom: 3, right: 6 },
    { top: 3, left: 7, bottom: 3, right: 10 },
    { top: 4, left: 2, bottom: 4, right: 6 },
    { top: 4, left: 7, bottom: 4, right: 10 },
    { top: 5, left: 1, bottom: 8, right: 1 },
    { top: 5, left: 5, bottom: 5, right: 7 },
  ];

  it('reads the goals as text, the section label as no column, and the sign column as the comparator', () => {
    const source = sourceFromRows('绩效自评表', rows);
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges } }],
      lang: 'zh-CN',
      date: '2021-07-14',
    });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.name,
        e.target?.value,
        e.actual?.value,
        e.comparator ?? null,
        e.status,
      ]),
    ).toEqual([
      ['符合条件申报对象覆盖率', 98, 96, 'at_least', 'missed'],
      ['服务对象满意度', 95, 100, 'at_least', 'achieved'],
    ]);
  });
});

describe('a task with two targets of different sorts, each in its own clause', () => {
  it('reads 城镇新增就业21万人,城镇调查失业率控制在6%左右 as two indicators, each answered by its own figure', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('前三季度', [
          ['序号', '目标任务', '牵头单位', '完成情况'],
          [
            1,
            '城镇新增就业2万人,城镇调查失业率控制在6%以内',
            '区人资局',
            '城镇新增就业24277人,城镇登记失业率控制在5.5%以内。新增高校毕业生就业2410人。',
          ],
          [2, '至少85%的建筑图则在54天内审批', '区规划局', '已审批88%'],
        ]),
      ],
      lang: 'zh-CN',
      date: '2021-11-23',
      period: { kind: 'year' },
    });
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.name,
        e.target?.value,
        e.actual?.value,
        e.direction,
        e.status,
      ]),
    ).toEqual([
      ['城镇新增就业', 20000, 24277, 'higher', 'achieved'],
      ['城镇调查失业率', 0.06, 0.055, 'lower', 'achieved'],
      ['至少85%的建筑图则在54天内审批', 0.85, 0.88, 'higher', 'achieved'],
    ]);
  });
});

describe('a department’s environmental targets, results in words', () => {
  const rows: CellValue[][] = [
    ['附錄一 完成目標'],
    [
      '本附錄匯報了本署年內環保事務的目標及其表現。展望2018-19年度,我們會繼續訂立目標,以監察及確保本署工作及服務質素。',
    ],
    ['2017-18年度環保事務目標', '成果'],
    ['由2016-17年度開始,在3年內採用3項新穎的低污染或預防污染技術', '進度良好。已採用2項技術。'],
    ['再造水和回用雨水的使用量達到每日1,500立方米', '未能達標。使用量為每日1,465立方米。'],
  ];

  it('takes the year from the heading, not from the outlook, and reads 未能達標 and 低污染 as they are meant', () => {
    const r = runCheck({ sources: [sourceFromRows('完成目標', rows)], lang: 'zh-CN', date: '2018-09-01' });
    const sheet = r.readings[0];
    expect(sheet.kind === 'table' && [sheet.table.year, sheet.table.yearNamed]).toEqual([2017, 'span']);
    expect(r.report.evaluations.map((e) => [e.direction, e.sourceStatus?.status ?? null])).toEqual([
      ['higher', 'on_track'],
      ['higher', 'missed'],
    ]);
  });
});

describe('a target due over several years', () => {
  const rows = (year: string): CellValue[][] => [
    [`${year}年度環保事務目標`, '成果'],
    ['自2019-20年起,三年內採用三項嶄新的可持續發展技術', '已採用2項技術。'],
    ['每年採用一項新技術', '未有採用。'],
  ];
  const check = (year: string) =>
    runCheck({
      sources: [sourceFromRows('完成目標', rows(year))],
      lang: 'zh-CN',
      date: '2023-09-01',
      yearStart: 4,
    }).report.evaluations[0];

  it('paces it over its years from the year it starts: 2 of 3 in the first year is on track', () => {
    const e = check('2019-20');
    expect([e.expected, e.status]).toEqual([1, 'on_track']);
  });

  it('is missed only at the end of its last year', () => {
    expect(check('2020-21').status).toBe('on_track');
    expect(check('2021-22').status).toBe('missed');
  });
});

describe('a form whose goals fill several rows right above the indicators, its labels unnumbered', () => {
  const rows: CellValue[][] = [
    ['食品监管补助资金区域绩效目标自评表'],
    ['专项名称', '食品监管补助资金', null, '中央主管部门', '市场监管总局', null, '自评得分'],
    ['年度目标完成情况', '预期目标', null, null, '目标实际完成情况', null, 20],
    [null, '目标1:深入开展食品风险隐患排查整治。', null, null, '目标1:深入开展食品风险隐患排查整治。'],
    [null, '目标2:加大违法行为打击力度。', null, null, '目标2:加大违法行为打击力度。'],
    [null, '目标3:加大食品安全宣传力度。', null, null, '目标3:加大食品安全宣传力度。'],
    ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', 50],
    [null, '产出指标', '质量指标', '指标1:违法案件查办率', 1, 1, 4],
    [null, null, null, '指标2:食品经营环节风险分级', 1, 0.9, 5],
    [null, '效益指标', '社会效益指标', '指标1:重大食品安全监管责任事故发生数', 0, '0次', 5],
  ];
  const merges = [
    { top: 3, left: 1, bottom: 6, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 4 },
    { top: 3, left: 5, bottom: 3, right: 6 },
    { top: 4, left: 2, bottom: 4, right: 4 },
    { top: 4, left: 5, bottom: 4, right: 6 },
    { top: 5, left: 2, bottom: 5, right: 4 },
    { top: 5, left: 5, bottom: 5, right: 6 },
    { top: 6, left: 2, bottom: 6, right: 4 },
    { top: 6, left: 5, bottom: 6, right: 6 },
    { top: 7, left: 1, bottom: 10, right: 1 },
    { top: 8, left: 2, bottom: 9, right: 2 },
  ];

  it('names each indicator by its third level and reads the results under 实际完成指标值', () => {
    const source = sourceFromRows('自评表', rows);
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges } }],
      lang: 'zh-CN',
      date: '2022-03-01',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.actual?.value ?? null, e.status])).toEqual([
      ['指标1:违法案件查办率', 1, 'achieved'],
      ['指标2:食品经营环节风险分级', 0.9, 'missed'],
      ['指标1:重大食品安全监管责任事故发生数', 0, 'achieved'],
    ]);
  });
});

describe('a form with numbered indicators named but not filled in', () => {
  it('lists them with no data, never as section headings, and keeps the rows after them in their group', () => {
    const rows: CellValue[][] = [
      ['区域绩效目标自评表'],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值'],
      [null, '质量指标', '指标1.药品抽检完成率', 100, 100],
      [null, null, '指标2.不合格产品处置率'],
      [null, null, '指标3.培训人员覆盖率', 100, 98],
      [null, '成本指标', '指标1.培训成本', '400元/人、天', '180元/人、天'],
      [null, null, '指标2.药品抽验平均标准'],
      [null, null, '指标3:'],
    ];
    const merges = [
      { top: 3, left: 2, bottom: 5, right: 2 },
      { top: 6, left: 2, bottom: 8, right: 2 },
    ];
    const source = sourceFromRows('自评表', rows);
    const r = runCheck({
      sources: [{ ...source, grid: { ...source.grid, merges } }],
      lang: 'zh-CN',
      date: '2022-03-01',
      period: { kind: 'year' },
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.indicator.category, e.status])).toEqual([
      ['指标1.药品抽检完成率', '质量指标', 'achieved'],
      ['指标2.不合格产品处置率', '质量指标', 'no_data'],
      ['指标3.培训人员覆盖率', '质量指标', 'missed'],
      ['指标1.培训成本', '成本指标', 'achieved'],
      ['指标2.药品抽验平均标准', '成本指标', 'no_data'],
    ]);
  });
});

describe('a year of the Republic of China calendar in the title (Taiwan)', () => {
  const rows = (title: string): CellValue[][] => [
    [title],
    ['計畫名稱', '預定進度', '實際進度'],
    ['高雄港客運專區建設計畫', 90, 89.84],
    ['港務大樓興建工程計畫', 100, 94.5],
  ];
  const yearOf = (title: string) => {
    const r = runCheck({ sources: [sourceFromRows('表1', rows(title))], lang: 'zh-CN', date: '2020-03-01' });
    const sheet = r.readings[0];
    return sheet.kind === 'table' ? sheet.table.year : undefined;
  };

  it('reads 108年度 and 民國97年 as 2019 and 2008, and a bare 10年 as no year', () => {
    expect(yearOf('港務公司108年度重大興建計畫實施進度表')).toBe(2019);
    expect(yearOf('中華民國97年重大興建計畫實施進度表')).toBe(2008);
    expect(yearOf('重大興建計畫10年實施進度表')).toBeNull();
  });
});

describe('a budget’s execution in Taiwan’s words', () => {
  it('reads 可支用預算數 as the target and 決算數 (the final accounts) as the result', () => {
    const rows: CellValue[][] = [
      ['附表1:107年度實質建設計畫預算執行概況'],
      ['單位:新臺幣千元'],
      ['計畫名稱', '可支用預算數', '決算數', '執行率'],
      ['高雄港聯外高架道路計畫', 680000, 674590, 0.992],
      ['洲際貨櫃中心第二期工程計畫', 1916197, 1736168, 0.906],
    ];
    const r = runCheck({ sources: [sourceFromRows('附表1', rows)], lang: 'zh-CN', date: '2019-03-01' });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [680000, 674590, 'missed'],
      [1916197, 1736168, 'missed'],
    ]);
    const sheet = r.readings[0];
    expect(sheet.kind === 'table' ? sheet.table.year : undefined).toBe(2018);
  });
});

describe('a share of the task done in the result’s own cell', () => {
  it('reads 100% beside a target in 元/月 as the task done, and a growth beside it as no share of it', () => {
    const rows: CellValue[][] = [
      ['2025年度重点民生实事项目完成情况'],
      ['项目', '任务目标', '考核完成情况'],
      ['提高城乡特困人员基本生活标准', '城乡特困人员基本生活标准962元/月', 1],
      ['建设老年助餐服务点', '全区建成助餐点12个', 0.75],
      ['城镇居民收入', '人均可支配收入52000元', '增长6.5%'],
    ];
    const pct = [null, null, '0%'];
    const formats = [[], [], pct, pct, []];
    const sources = [sourceFromRows('Sheet1', rows, { formats })];
    const r = runCheck({ sources, lang: 'zh-CN', date: '2025-12-31' });
    expect(r.report.evaluations.map((e) => [e.completion, e.status])).toEqual([
      [1, 'achieved'],
      [0.75, 'missed'],
      [null, 'no_data'],
    ]);
  });
});

describe('a date typed as the target', () => {
  it('is the date the task is due by: done by then is achieved, later is missed, and words say how far it is', () => {
    // Excel serials: 43313 = 2018-08-01, 43343 = 2018-08-31, 43344 = 2018-09-01, 43190 = 2018-03-31.
    const rows: CellValue[][] = [
      ['Key Actions for Financial Year 2017-2018'],
      ['Key Performance Indicator', 'Target', 'Achievement'],
      ['Registers of electors compiled', 43313, 43343],
      ['Annual report laid', 43190, 43190],
      ['New scheme of service approved', 43190, 43344],
      ['Procedures manual issued', 43190, 'Completed'],
      ['Training plan adopted', 43190, null],
    ];
    const monthOnly = [null, 'mmm-yy', 'd/m/yyyy'];
    const day = [null, 'd/m/yyyy', 'd/m/yyyy'];
    const formats = [[], [], monthOnly, day, day, day, day];
    const r = runCheck({
      sources: [sourceFromRows('Key Actions', rows, { formats })],
      lang: 'en-US',
      date: '2018-10-01',
      yearStart: 7,
    });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.direction, e.status])).toEqual([
      ['Registers of electors compiled', 'milestone', 'achieved'],
      ['Annual report laid', 'milestone', 'achieved'],
      ['New scheme of service approved', 'milestone', 'missed'],
      ['Procedures manual issued', 'milestone', 'achieved'],
      ['Training plan adopted', 'milestone', 'no_data'],
    ]);
    expect(r.report.evaluations.some((e) => e.status === 'invalid')).toBe(false);
  });
});
