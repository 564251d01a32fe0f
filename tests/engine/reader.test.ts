import fc from 'fast-check';
import type { CellValue, Grid, Indicator, SheetReading, SheetTable } from '../../src/engine/model';
import { readSheet, readSheets } from '../../src/engine/read/readSheet';
import { runCheck } from '../../src/engine';
import { gridFromRows, sourceFromRows, type GridOptions } from '../support/grids';
import { addressOf, cellAt } from '../support/cells';

function table(reading: SheetReading): SheetTable {
  if (reading.kind !== 'table') throw new Error(`sheet skipped: ${JSON.stringify(reading.reason)}`);
  return reading.table;
}
function read(rows: CellValue[][], opts: GridOptions & { file?: string; name?: string } = {}): SheetTable {
  return table(readSheet(sourceFromRows(opts.name ?? '目标任务', rows, opts)));
}
function byName(t: SheetTable, name: string): Indicator {
  const found = t.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}; have ${t.indicators.map((i) => i.name).join(', ')}`);
  return found;
}
function quarterValues(i: Indicator): CellValue[] {
  if (i.actuals.kind !== 'quarters') throw new Error(`actuals are ${i.actuals.kind}`);
  return i.actuals.cells.map((c) => (c ? c.value : 'NO-COLUMN'));
}
function quarterAddresses(i: Indicator): (string | null)[] {
  if (i.actuals.kind !== 'quarters') throw new Error(`actuals are ${i.actuals.kind}`);
  return i.actuals.cells.map(addressOf);
}

describe('single-row Chinese header with title, reporting line, categories and footer', () => {
  const rows: CellValue[][] = [
    ['2019年目标任务完成情况表', null, null, null, null, null, null, null, null, null],
    ['填报单位：商洛市科协  填报日期：2019年1月7日'],
    ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门', '备注'],
    ['一', '职能目标任务'],
    [1, '科技下乡', '场次', 150, 30, 40, 55, null, '科普部', null],
    [2, '  科普宣传资料  ', '万份', '22', 5, 6, '5.5', null, '科普部', '含电子版'],
    [null, null, null, null, null, null, null, null, null, null],
    ['二', '党的建设'],
    [3, '主题党日活动', '次', 12, 3, 3, 3, null, '办公室', null],
    [4, '党风廉政建设', null, '完成', '推进中', '推进中', '完成', null, '办公室', null],
    [],
    ['注：本表数据截至9月30日。'],
    ['1. 数据来源为各部门报送'],
    ['填表人：张三', null, '审核人：李四', null, '联系电话：12345678'],
  ];
  const t = read(rows, { file: 'a.xlsx' });

  test('finds header, title, reporting unit, date and year', () => {
    expect(t.headerRows).toEqual([3]);
    expect(t.title).toBe('2019年目标任务完成情况表');
    expect(t.reportingUnit).toBe('商洛市科协');
    expect(t.reportingDate).toBe('2019年1月7日');
    expect(t.year).toBe(2019);
    expect(t.granularity).toBe('quarters');
    expect(t.file).toBe('a.xlsx');
  });

  test('reads only indicator rows, with categories from category rows', () => {
    expect(t.indicators.map((i) => i.name)).toEqual([
      '科技下乡',
      '科普宣传资料',
      '主题党日活动',
      '党风廉政建设',
    ]);
    expect(t.indicators.map((i) => i.category)).toEqual([
      '职能目标任务',
      '职能目标任务',
      '党的建设',
      '党的建设',
    ]);
  });

  test('fields, keys, rows and addresses', () => {
    const i = byName(t, '科技下乡');
    expect(i.key).toBe('a.xlsx|目标任务|1');
    expect(i.file).toBe('a.xlsx');
    expect(i.sheet).toBe('目标任务');
    expect(i.row).toBe(5);
    expect(i.id).toBe('1');
    expect(i.measureUnit).toBe('场次');
    expect(i.target).toEqual(cellAt('D5', 150, null));
    expect(quarterValues(i)).toEqual([30, 40, 55, null]);
    expect(quarterAddresses(i)).toEqual(['E5', 'F5', 'G5', 'H5']);
    expect(i.owner).toBe('科普部');
    expect(i.notes).toBeNull();
    expect(i.directionCell).toBeNull();
    expect(i.aggregationCell).toBeNull();
    expect(i.milestoneTargets).toBeNull();
    const j = byName(t, '科普宣传资料');
    expect(j.target?.value).toBe('22'); // raw cell value: the number parser reads it
    expect(quarterValues(j)[2]).toBe('5.5');
    expect(j.notes).toBe('含电子版');
    expect(byName(t, '党风廉政建设').measureUnit).toBeNull();
    expect(byName(t, '党风廉政建设').target?.value).toBe('完成');
  });

  test('no diagnostics on a clean sheet', () => {
    expect(t.diagnostics).toEqual([]);
  });
});

describe('English headers', () => {
  test('months, direction, aggregation, owner, notes', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const t = read(
      [
        ['2024 Targets — Science Outreach'],
        [],
        [
          'No.',
          'Category',
          'Indicator',
          'Unit',
          'Direction',
          'Aggregation',
          'Annual target',
          ...months,
          'Owner',
          'Notes',
        ],
        [
          1,
          'Outreach',
          'Science fairs',
          'events',
          'Higher',
          'Sum',
          120,
          10,
          12,
          9,
          ...new Array(9).fill(null),
          'Comms',
          'ok',
        ],
        [
          2,
          'Finance',
          'Overspend',
          '%',
          'Lower',
          'Last',
          0.05,
          0.02,
          0.03,
          0.04,
          ...new Array(9).fill(null),
          'Finance',
        ],
      ],
      { name: 'Plan' },
    );
    expect(t.granularity).toBe('months');
    expect(t.year).toBe(2024);
    expect(t.title).toBe('2024 Targets — Science Outreach');
    const i = byName(t, 'Science fairs');
    expect(i.category).toBe('Outreach');
    expect(i.directionCell?.value).toBe('Higher');
    expect(addressOf(i.directionCell)).toBe('E4');
    expect(i.aggregationCell?.value).toBe('Sum');
    expect(i.actuals.kind).toBe('months');
    if (i.actuals.kind === 'months') {
      expect(i.actuals.cells).toHaveLength(12);
      expect(i.actuals.cells[0]).toEqual(cellAt('H4', 10, null));
      expect(addressOf(i.actuals.cells[11])).toBe('S4');
      expect(i.actuals.cells[11]?.value).toBeNull();
    }
    expect(i.owner).toBe('Comms');
    expect(i.notes).toBe('ok');
    expect(byName(t, 'Overspend').category).toBe('Finance');
    expect(i.key).toBe('|Plan|1');
  });

  test('cumulative column (Actual to date) and quarterly milestone targets', () => {
    const t = read([
      [
        'ID',
        'KPI',
        'Unit',
        'Target',
        'Q1 target',
        'Q2 target',
        'Q3 target',
        'Q4 target',
        'Actual to date',
        'Department',
      ],
      ['K-1', 'New members', 'people', 400, 100, 200, 300, 400, 250, 'HR'],
      ['K-2', 'Build portal', null, 'Done', 'Design', 'Build', 'Test', 'Done', 'In progress', 'IT'],
    ]);
    expect(t.granularity).toBe('cumulative');
    const i = byName(t, 'New members');
    expect(i.id).toBe('K-1');
    expect(i.milestoneTargets?.map((c) => c?.value)).toEqual([100, 200, 300, 400]);
    expect(i.milestoneTargets?.map(addressOf)).toEqual(['E2', 'F2', 'G2', 'H2']);
    expect(i.actuals).toEqual({ kind: 'cumulative', cell: cellAt('I2', 250, null) });
    expect(byName(t, 'Build portal').actuals).toMatchObject({
      kind: 'cumulative',
      cell: { value: 'In progress' },
    });
  });

  test('Chinese milestone targets and cumulative column (累计完成), number formats kept', () => {
    const t = read(
      [
        [
          '编号',
          '目标任务',
          '计量单位',
          '全年目标',
          '一季度目标',
          '二季度目标',
          '三季度目标',
          '四季度目标',
          '累计完成',
        ],
        ['1', '培训人次', '人次', 1000, 200, 500, 800, 1000, 600],
      ],
      { formats: [[], [null, null, null, '#,##0', null, null, null, null, '0.00']] },
    );
    const i = t.indicators[0];
    expect(i.target).toEqual(cellAt('D2', 1000, '#,##0'));
    expect(i.milestoneTargets?.map((c) => c?.value)).toEqual([200, 500, 800, 1000]);
    expect(i.actuals).toEqual({ kind: 'cumulative', cell: cellAt('I2', 600, '0.00') });
  });
});

describe('two-row headers', () => {
  test('完成情况 merged over the quarter columns, other headers merged down', () => {
    const t = read(
      [
        ['2019年目标任务完成情况表'],
        ['序号', '指标', '单位', '年度目标', '完成情况', null, null, null, '责任部门'],
        [null, null, null, null, '一季度', '二季度', '三季度', '四季度', null],
        [1, '科技下乡', '场次', 150, 30, 40, 55, null, '科普部'],
      ],
      { merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:H2', 'I2:I3'] },
    );
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.granularity).toBe('quarters');
    const i = t.indicators[0];
    expect(i.row).toBe(4);
    expect(quarterValues(i)).toEqual([30, 40, 55, null]);
    expect(i.owner).toBe('科普部');
    expect(t.indicators).toHaveLength(1);
  });

  test('2019年完成情况 over twelve month columns gives the year and month actuals', () => {
    const months = Array.from({ length: 12 }, (_, k) => `${k + 1}月`);
    const t = read(
      [
        ['序号', '指标', '单位', '目标', '2019年完成情况', ...new Array(11).fill(null)],
        [null, null, null, null, ...months],
        [1, '科技下乡', '场次', 120, ...Array.from({ length: 12 }, (_, k) => k + 1)],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:P1'] },
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.year).toBe(2019);
    expect(t.granularity).toBe('months');
    const i = t.indicators[0];
    expect(i.actuals.kind === 'months' && i.actuals.cells.map((c) => c?.value)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(i.target?.value).toBe(120);
  });

  test('一季度 merged over 目标 | 完成 gives milestone targets and quarter actuals', () => {
    const t = read(
      [
        [
          '序号',
          '指标名称',
          '单位',
          '年度目标',
          '一季度',
          null,
          '二季度',
          null,
          '三季度',
          null,
          '四季度',
          null,
        ],
        [null, null, null, null, '目标', '完成', '目标', '完成', '目标', '完成', '目标', '完成'],
        [1, '科技下乡', '场次', 150, 30, 32, 70, 65, 110, null, 150, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:L1'] },
    );
    const i = t.indicators[0];
    expect(i.milestoneTargets?.map((c) => c?.value)).toEqual([30, 70, 110, 150]);
    expect(i.milestoneTargets?.map(addressOf)).toEqual(['E3', 'G3', 'I3', 'K3']);
    expect(quarterValues(i)).toEqual([32, 65, null, null]);
    expect(quarterAddresses(i)).toEqual(['F3', 'H3', 'J3', 'L3']);
    expect(addressOf(i.target)).toBe('D3');
  });

  test('merged values copied into every cell of the merge (as some adapters give them)', () => {
    const t = read(
      [
        ['序号', '指标', '年度目标', '完成情况', '完成情况', '完成情况', '完成情况'],
        ['序号', '指标', '年度目标', '一季度', '二季度', '三季度', '四季度'],
        [1, '科技下乡', 150, 30, 40, null, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1'] },
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.indicators.map((i) => i.name)).toEqual(['科技下乡']);
    expect(quarterValues(t.indicators[0])).toEqual([30, 40, null, null]);
  });

  test('English group header over Q1..Q4 without merge information', () => {
    const t = read([
      ['No.', 'Task', 'Unit', 'Target', 'Actuals', null, null, null],
      [null, null, null, null, 'Q1', 'Q2', 'Q3', 'Q4'],
      [1, 'Workshops', 'events', 40, 8, 9, null, null],
    ]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(quarterValues(t.indicators[0])).toEqual([8, 9, null, null]);
  });

  test('a single 完成情况 column with nothing below is the cumulative column', () => {
    const t = read([
      ['序号', '指标', '单位', '年度目标', '完成情况'],
      [1, '科技下乡', '场次', 150, 125],
    ]);
    expect(t.headerRows).toEqual([1]);
    expect(t.indicators[0].actuals).toEqual({
      kind: 'cumulative',
      cell: cellAt('E2', 125, null),
    });
  });
});

describe('category rows in each form', () => {
  test('（二） in the id column, 二、 in the name column, a label merged across, and a category column', () => {
    const t = read(
      [
        ['序号', '指标', '单位', '年度目标', '累计完成', '责任部门'],
        ['（一）职能目标任务', null, null, null, null, null],
        [1, '科技下乡', '场次', 150, 125, '科普部'],
        [null, '二、党的建设', null, null, null, null],
        [2, '主题党日', '次', 12, 9, '办公室'],
        ['第三部分 其他工作', null, null, null, null, null],
        [3, '信息报送', '篇', 50, 40, '办公室'],
        ['IV', 'Special projects'],
        [4, '项目申报', '项', 5, 2, null],
        [null, '乡村振兴'],
        [5, '驻村帮扶', '户', 30, 30, null],
      ],
      { merges: ['A2:F2', 'A6:F6'] },
    );
    expect(t.indicators.map((i) => [i.name, i.category])).toEqual([
      ['科技下乡', '职能目标任务'],
      ['主题党日', '党的建设'],
      ['信息报送', '其他工作'],
      ['项目申报', 'Special projects'],
      ['驻村帮扶', '乡村振兴'],
    ]);
  });

  test('a category column wins for its row; category rows still set the rest', () => {
    const t = read([
      ['序号', '类别', '指标', '目标'],
      ['一、', null, '重点工作', null],
      [1, null, 'A任务', 10],
      [2, '专项工作', 'B任务', 10],
      [3, null, 'C任务', 10],
    ]);
    expect(t.indicators.map((i) => i.category)).toEqual(['重点工作', '专项工作', '重点工作']);
  });

  test('a numbered row with a name and no values is an indicator (target missing later)', () => {
    const t = read([
      ['序号', '指标', '单位', '年度目标', '累计完成', '责任部门'],
      ['一', '职能目标任务'],
      [1, '科技下乡', '场次', null, null, '科普部'],
      [null, '科普宣传', '万份', null, null, '科普部'],
      [2, '学会年会', '次', 1, 1, null],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['科技下乡', '科普宣传', '学会年会']);
    expect(byName(t, '科技下乡').target).toEqual(cellAt('D3', null, null));
    expect(byName(t, '科普宣传').category).toBe('职能目标任务');
  });

  test('without an id header, section labels left of the name still make category rows', () => {
    const t = read([
      [null, '指标名称', '单位', '年度目标', '累计完成'],
      ['一', '职能目标任务', null, null, null],
      [1, '科技下乡', '场次', 150, 125],
      ['（二）', '党的建设', null, null, null],
      [2, '主题党日', '次', null, null],
    ]);
    expect(t.indicators.map((i) => [i.name, i.category, i.id])).toEqual([
      ['科技下乡', '职能目标任务', null],
      ['主题党日', '党的建设', null],
    ]);
  });

  test('a category row carrying a subtotal in the target column is not an indicator', () => {
    const t = read(
      [
        ['序号', '指标', '年度目标', '累计完成'],
        ['一、科普工作', null, 300, 200],
        [1, '科技下乡', 150, 100],
        [2, '科普讲座', 150, 100],
      ],
      { merges: ['A2:B2'] },
    );
    expect(t.indicators.map((i) => [i.name, i.category])).toEqual([
      ['科技下乡', '科普工作'],
      ['科普讲座', '科普工作'],
    ]);
  });

  test('a header repeated inside the body (printed pages) is not an indicator', () => {
    const t = read([
      ['序号', '指标', '年度目标', '累计完成'],
      [1, '科技下乡', 150, 100],
      ['序号', '指标', '年度目标', '累计完成'],
      [2, '科普讲座', 150, 100],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['科技下乡', '科普讲座']);
  });

  test('numbered empty template rows and total rows are not indicators', () => {
    const t = read([
      ['序号', '指标', '目标', '完成值'],
      [1, '科技下乡', 10, 5],
      [2, null, null, null],
      [3, null, null, null],
      [null, '合计', 10, 5],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['科技下乡']);
  });
});

describe('notes and signature lines', () => {
  test('rows after a notes line are not indicators unless they carry values', () => {
    const t = read([
      ['序号', '指标', '目标', '累计完成'],
      [1, '科技下乡', 10, 5],
      ['说明：目标为示意数据'],
      [null, '1. 数据截至季度末'],
      ['制表：办公室'],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['科技下乡']);
  });

  test('English footer lines', () => {
    const t = read([
      ['Indicator', 'Target', 'Actual'],
      ['Fairs', 10, 5],
      ['Note: figures are illustrative'],
      ['Prepared by Jane'],
      ['Some remark'],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['Fairs']);
  });

  test('a signature line right under the rows, with words in a figure’s column, ends the table', () => {
    const zh = read([
      ['序号', '指标', '年度目标', '完成'],
      [1, '科技下乡', 150, 120],
      ['填表人：张三', null, '审核人：李四', '联系电话：12345678'],
    ]);
    expect(zh.indicators.map((i) => i.name)).toEqual(['科技下乡']);
    const en = read([
      ['Indicator', 'Target', 'Actual'],
      ['Fairs', 10, 5],
      ['Prepared by: J. Smith', 'Checked by: A. Jones', 'Tel: 01234 567890'],
    ]);
    expect(en.indicators.map((i) => i.name)).toEqual(['Fairs']);
  });

  test('a comments row under an indicator is neither the end of the table nor a category', () => {
    const t = read([
      ['No.', 'Indicator', 'Target', 'Actual'],
      ['A', 'Outreach'],
      [1, 'Fairs', 10, 5],
      ['Comments: two fairs were moved to the spring'],
      [2, 'Talks', 20, 18],
      ['Update: on track'],
      [3, 'Visits', 4, 4],
    ]);
    expect(t.indicators.map((i) => [i.name, i.category])).toEqual([
      ['Fairs', 'Outreach'],
      ['Talks', 'Outreach'],
      ['Visits', 'Outreach'],
    ]);
  });
});

describe('header text variants', () => {
  test('full-width, line breaks and trailing spaces in header cells', () => {
    const t = read([
      [
        '序 号',
        '指标\n名称 ',
        '计量\r\n单位',
        '年度目标\u3000',
        'Ｑ１',
        'Ｑ２',
        'Ｑ３',
        'Ｑ４',
        '责任部门  ',
      ],
      [1, '科技下乡', '场次', 150, 30, 40, null, null, '科普部'],
    ]);
    const i = t.indicators[0];
    expect(i.measureUnit).toBe('场次');
    expect(i.target?.value).toBe(150);
    expect(quarterValues(i)).toEqual([30, 40, null, null]);
    expect(i.owner).toBe('科普部');
  });

  test('a year-prefixed target and a table that does not start at A1', () => {
    const t = read(
      [
        [null, null, null],
        [null, '指标', '2019年目标', '1-3月', '4-6月', '7-9月', '10-12月'],
        [null, '科技下乡', 100, 20, 30, null, null],
      ],
      { originRow: 3, originCol: 2 },
    );
    expect(t.headerRows).toEqual([4]);
    expect(t.year).toBe(2019);
    const i = t.indicators[0];
    expect(i.row).toBe(5);
    expect(addressOf(i.target)).toBe('D5');
    expect(quarterAddresses(i)).toEqual(['E5', 'F5', 'G5', 'H5']);
  });

  test.each([
    ['单位：万元', null],
    ['单位:个、亿元', null],
    ['单位：%、万人', null],
    ['单位:微克/立方公尺', null],
    ['單位:億元;%', null],
    ['单位：1/10万', null],
    ['单位：县科技局', '县科技局'],
    ['填报单位：科协', '科协'],
  ])('a caption %s names the office %s (units of measure name none)', (caption, office) => {
    const t = read([
      ['2025年1-4月重点项目完成情况'],
      [null, null, null, caption],
      ['指标', '目标', '完成值', '备注'],
      ['科技下乡', 10, 5, null],
    ]);
    expect(t.reportingUnit).toBe(office);
  });

  it.each([
    // caption, its unit for rows without their own, the rows' units
    ['单位：万元', '万元'],
    ['金额单位：元', '元'],
    ['單位:新臺幣千元', '新臺幣千元'],
    ['Unit: £000', '£000'],
    ['单位:微克/立方公尺', '微克/立方公尺'],
    ['单位：吨标准煤/万元', '吨标准煤/万元'],
    ['單位:億元;%', '億元'],
    ['单位:个、亿元', null],
    ['填报单位：科协', null],
    ['单位：县科技局', null],
  ])('a caption %s gives the unit %s to every row without its own', (caption, unit) => {
    const rows: CellValue[][] = [
      ['2025年1-4月财政收支情况'],
      [null, null, null, caption],
      ['项目', '单位', '预算数', '执行数'],
      ['税收收入', null, 1000, 400],
      ['新增就业', '人', 500, 200],
    ];
    // With a unit column, a row's own unit stands; without one, every row takes the caption's.
    expect(read(rows).indicators.map((i) => i.measureUnit)).toEqual([unit, '人']);
    const noUnitColumn = rows.map((r) => [r[0], ...r.slice(2)]);
    expect(read(noUnitColumn).indicators.map((i) => i.measureUnit)).toEqual([unit, unit]);
  });

  test('a name’s own unit in brackets stands over the caption’s (单位：万元 over 新增就业(人))', () => {
    const t = read([
      ['2024年重点指标'],
      [null, null, '单位：万元'],
      ['指标', '年度目标', '完成'],
      ['财政收入', 1000, 1200],
      ['新增就业(人)', 500, 400],
      ['项目个数(个)', 5, 4],
    ]);
    expect(t.indicators.map((i) => i.measureUnit)).toEqual(['万元', '人', '个']);
  });

  test('the year beside the unit on its line is the table’s (中華民國97年度 | 單位:新臺幣元)', () => {
    const rows: CellValue[][] = [
      ['新竹市總決算'],
      ['歲入歲出簡明比較分析表'],
      ['中華民國97年度', null, null, '單位:新臺幣元'],
      ['項目', '預算數', '決算數', '比較增減數'],
      ['稅課收入', 8115835000, 7870691741, -245143259],
      ['規費收入', 810982000, 694378363, -116603637],
    ];
    const t = read(rows);
    expect(t.year).toBe(2008);
    expect(t.indicators.map((i) => i.measureUnit)).toEqual(['新臺幣元', '新臺幣元']);
    const r = runCheck({ sources: [sourceFromRows('決算', rows)], lang: 'zh-CN', date: '2009-03-01' });
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('稅課收入完成新臺幣78.71亿元，为年度目标新臺幣81.16亿元的97.0%');
    expect(text).toContain('2008年');
  });

  test('单位 is the unit, 责任单位 the owner, and a 填报单位 line is not a header', () => {
    const t = read([
      ['填报单位：', '科协', null, '填报日期：', 43472],
      ['指标', '单位', '目标', '完成值', '责任单位'],
      ['科技下乡', '场次', 10, 5, '科普部'],
    ]);
    expect(t.reportingUnit).toBe('科协');
    expect(t.reportingDate).toBe('2019-01-07');
    expect(t.year).toBe(2019);
    expect(t.title).toBeNull();
    expect(t.indicators[0].measureUnit).toBe('场次');
    expect(t.indicators[0].owner).toBe('科普部');
  });
});

describe('diagnostics from the body', () => {
  test('duplicate ids: both kept, warning on the second, keys kept unique', () => {
    const t = read(
      [
        ['序号', '指标', '目标', '完成值'],
        [1, '科技下乡', 10, 5],
        [1, '科普宣传', 10, 5],
        [2, '学术年会', 1, 1],
      ],
      { file: 'x.xlsx' },
    );
    expect(t.indicators).toHaveLength(3);
    expect(t.indicators.map((i) => i.key)).toEqual([
      'x.xlsx|目标任务|1',
      'x.xlsx|目标任务|1#3',
      'x.xlsx|目标任务|2',
    ]);
    expect(t.diagnostics).toEqual([
      {
        file: 'x.xlsx',
        sheet: '目标任务',
        cell: 'A3',
        severity: 'warning',
        code: 'duplicate-id',
        params: { id: '1' },
      },
    ]);
  });

  test('rows without ids key by name', () => {
    const t = read([
      ['指标', '目标'],
      ['A', 1],
      ['A', 2],
    ]);
    expect(t.indicators.map((i) => i.key)).toEqual(['|目标任务|A', '|目标任务|A#3']);
    expect(t.diagnostics).toEqual([]);
  });

  test('hidden rows and columns inside the table are read and reported once', () => {
    const t = read(
      [
        ['序号', '指标', '单位', '目标', '完成值'],
        [1, 'A', '个', 10, 5],
        [2, 'B', '个', 10, 5],
        [3, 'C', '个', 10, 5],
        [],
        [],
        [],
      ],
      { hiddenRows: [3, 4, 40], hiddenColumns: [3, 30] },
    );
    expect(t.indicators.map((i) => i.name)).toEqual(['A', 'B', 'C']);
    expect(t.indicators[1].measureUnit).toBe('个');
    const hiddenRows = t.diagnostics.filter((d) => d.code === 'hidden-rows');
    const hiddenCols = t.diagnostics.filter((d) => d.code === 'hidden-columns');
    expect(hiddenRows).toEqual([
      { sheet: '目标任务', cell: 'B3', severity: 'info', code: 'hidden-rows', params: { count: 2 } },
    ]);
    expect(hiddenCols).toEqual([
      { sheet: '目标任务', cell: 'C1', severity: 'info', code: 'hidden-columns', params: { count: 1 } },
    ]);
  });

  test('vertically merged owner and category apply to every row; a merged target warns and is not copied', () => {
    const t = read(
      [
        ['序号', '类别', '指标', '年度目标', '累计完成', '责任部门'],
        [1, '科普', '科技下乡', 100, 50, '科普部'],
        [2, null, '科普宣传', null, 20, null],
        [3, null, '科普讲座', 30, 10, null],
        [4, '党建', '主题党日', 12, 6, '办公室'],
      ],
      { merges: ['B2:B4', 'F2:F4', 'D2:D3'] },
    );
    expect(t.indicators.map((i) => i.owner)).toEqual(['科普部', '科普部', '科普部', '办公室']);
    expect(t.indicators.map((i) => i.category)).toEqual(['科普', '科普', '科普', '党建']);
    expect(byName(t, '科普宣传').target).toEqual(cellAt('D3', null, null));
    expect(t.diagnostics).toEqual([
      {
        sheet: '目标任务',
        cell: 'D2',
        severity: 'warning',
        code: 'merged-body-cell',
        params: { range: 'D2:D3' },
      },
    ]);
  });

  test('a list printed in two halves side by side is one table, each cell at its own address', () => {
    const t = read([
      ['序号', '项目', '年度目标', '累计完成', null, '序号', '项目', '年度目标', '累计完成'],
      [1, '新建公园', 10, 5, null, 4, '新增学位', 400, 420],
      [2, '改造道路', 20, 10, null, 5, '新增床位', 50, 20],
      [3, '新增就业', 300, 310],
    ]);
    expect(t.indicators.map((i) => [i.name, i.row, i.target?.col, i.target?.row])).toEqual([
      ['新建公园', 2, 3, 2],
      ['改造道路', 3, 3, 3],
      ['新增就业', 4, 3, 4],
      ['新增学位', 2, 8, 2],
      ['新增床位', 3, 8, 3],
    ]);
    const actual = (i: Indicator) => (i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : 'none');
    expect(t.indicators.map(actual)).toEqual([5, 10, 310, 420, 20]);
  });

  test('a verdict or a result in words merged down its rows is each row’s, with no warning', () => {
    const t = read(
      [
        ['序号', '项目', '目标', '进展情况', '是否达序'],
        [1, '新建公园', '年内建成', '已完工', '是'],
        [2, '改造道路', '年内建成', null, null],
        [3, '新增学位', '年内建成', '正在施工', '否'],
      ],
      { merges: ['D2:D3', 'E2:E3'] },
    );
    const actual = (i: Indicator) => (i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : 'none');
    expect(t.indicators.map(actual)).toEqual(['已完工', '已完工', '正在施工']);
    expect(t.indicators.map((i) => i.statusCell?.value ?? null)).toEqual(['是', '是', '否']);
    expect(t.diagnostics.filter((d) => d.code === 'merged-body-cell')).toEqual([]);
    // A figure merged down stays its first row's, with a warning.
    const f = read(
      [
        ['序号', '指标', '年度目标', '累计完成'],
        [1, '新增就业', 100, 60],
        [2, '技能培训', 200, null],
      ],
      { merges: ['D2:D3'] },
    );
    expect(f.indicators.map(actual)).toEqual([60, null]);
    expect(f.diagnostics.map((d) => d.code)).toContain('merged-body-cell');
  });

  test('a category row merged across the table gives no merged-body warning', () => {
    const t = read(
      [
        ['序号', '指标', '目标', '完成值'],
        ['一、职能目标', null, null, null],
        [1, 'A', 10, 5],
      ],
      { merges: ['A2:D2'] },
    );
    expect(t.indicators[0].category).toBe('职能目标');
    expect(t.diagnostics).toEqual([]);
  });
});

describe('skipped sheets', () => {
  const indicatorRows = (unit: string): CellValue[][] => [
    [`${unit}2019年目标任务`],
    ['序号', '指标', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'],
    [1, '科技下乡', '场次', 150, 30, 40, 55, null],
  ];
  const sources = [
    sourceFromRows(
      '说明',
      [['使用说明'], ['1. 本工作簿中的目标和季度分解为示意数据。'], ['2. 请在各县区表中填写完成值。']],
      {
        file: 'w.xlsx',
      },
    ),
    sourceFromRows('商州区', indicatorRows('商州区'), { file: 'w.xlsx' }),
    sourceFromRows('洛南县', indicatorRows('洛南县'), { file: 'w.xlsx' }),
    sourceFromRows(
      '联系人',
      [
        ['序号', '姓名', '单位', '职务', '电话'],
        [1, '张三', '科普部', '部长', '12345678'],
      ],
      { file: 'w.xlsx' },
    ),
    sourceFromRows('对标报告', indicatorRows('商州区'), { file: 'w.xlsx' }),
    sourceFromRows('Target report (2)', indicatorRows('x'), { file: 'w.xlsx' }),
    sourceFromRows('renamed', [['target-report:v1'], ...indicatorRows('x')], { file: 'w.xlsx' }),
    sourceFromRows('空表', [], { file: 'w.xlsx' }),
    sourceFromRows('空白', [[null, '', '   '], []], { file: 'w.xlsx' }),
    sourceFromRows('只有指标', [
      ['序号', '指标', '责任部门'],
      [1, 'A', 'B'],
    ]),
    sourceFromRows('只有目标', [
      ['序号', '年度目标', '累计完成'],
      [1, 10, 5],
    ]),
    sourceFromRows('无数据', [['序号', '指标', '单位', '年度目标', '累计完成'], [], []]),
  ];
  const readings = readSheets(sources);

  test('indicator sheets are read, every other sheet is skipped with its reason', () => {
    expect(
      readings.map((r) => [
        r.kind === 'table' ? r.table.sheet : r.sheet,
        r.kind === 'table' ? 'table' : r.reason,
      ]),
    ).toEqual([
      ['说明', { code: 'no-header' }],
      ['商州区', 'table'],
      ['洛南县', 'table'],
      ['联系人', { code: 'no-header' }],
      ['对标报告', { code: 'own-output' }],
      ['Target report (2)', { code: 'own-output' }],
      ['renamed', { code: 'own-output' }],
      ['空表', { code: 'empty' }],
      ['空白', { code: 'empty' }],
      ['只有指标', { code: 'missing-column', column: 'target' }],
      ['只有目标', { code: 'missing-column', column: 'name' }],
      ['无数据', { code: 'no-indicators' }],
    ]);
  });

  test('skipped readings carry the file; tables keep per-sheet keys', () => {
    expect(readings[0]).toMatchObject({ kind: 'skipped', file: 'w.xlsx', sheet: '说明' });
    const [a, b] = [table(readings[1]), table(readings[2])];
    expect(a.title).toBe('商州区2019年目标任务');
    expect(a.indicators[0].key).toBe('w.xlsx|商州区|1');
    expect(b.indicators[0].key).toBe('w.xlsx|洛南县|1');
  });

  test('an empty grid (no rows at all) and a grid of empty rows are empty', () => {
    expect(readSheet({ grid: gridFromRows('Sheet1', []) })).toEqual({
      kind: 'skipped',
      sheet: 'Sheet1',
      reason: { code: 'empty' },
    });
    const holes: Grid = { name: 'S', originRow: 1, originCol: 1, values: new Array(1000), merges: [] };
    expect(readSheet({ grid: holes })).toMatchObject({ kind: 'skipped', reason: { code: 'empty' } });
  });

  test('a failure of the reader is an internal error with its message, never "no header"', () => {
    // A grid no adapter produces: its merges cannot be walked. The sheet has a header, so before the
    // failure the reader was on its way to a table.
    const grid = {
      ...gridFromRows('目标任务', [
        ['序号', '指标名称', '年度目标', '一季度'],
        [1, '科技下乡', 100, 20],
      ]),
      merges: null,
    } as unknown as Grid;
    const reading = readSheet({ file: 'a.xlsx', grid });
    expect(reading).toMatchObject({ kind: 'skipped', file: 'a.xlsx', sheet: '目标任务' });
    if (reading.kind !== 'skipped') return;
    expect(reading.reason.code).toBe('internal-error');
    expect(reading.reason).toEqual({
      code: 'internal-error',
      message: expect.stringMatching(/merges|iterable/),
    });
    // And a thrown error of any kind keeps its message; the next sheet is still read.
    const throwing = {
      name: 'S2',
      originRow: 1,
      originCol: 1,
      merges: [],
      get values(): never {
        throw new Error('grid unavailable');
      },
    } as unknown as Grid;
    const [first, second] = readSheets([
      { grid: throwing },
      {
        grid: gridFromRows('S3', [
          ['指标', '目标'],
          ['a', 1],
        ]),
      },
    ]);
    expect(first).toEqual({
      kind: 'skipped',
      sheet: 'S2',
      reason: { code: 'internal-error', message: 'grid unavailable' },
    });
    expect(second.kind).toBe('table');
  });
});

describe('big and sparse grids', () => {
  test('a used range reaching row 1,048,576 with a small table is read cheaply', () => {
    const n = 1_048_576;
    const values: CellValue[][] = new Array(n);
    values[0] = ['序号', '指标', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'];
    values[1] = [1, '科技下乡', '场次', 150, 30, 40, 55, null];
    values[2] = [2, '科普宣传', '万份', 22, 5, 6, null, null];
    const stray: CellValue[] = [];
    stray[25] = ' '; // a stray space far to the right, on the last row
    values[n - 1] = stray;
    const grid: Grid = {
      name: 'Big',
      originRow: 1,
      originCol: 1,
      values,
      merges: [{ top: n, left: 1, bottom: n, right: 3 }],
      hiddenRows: [n],
    };
    const t = table(readSheet({ grid }));
    expect(t.indicators.map((i) => i.row)).toEqual([2, 3]);
    expect(t.diagnostics).toEqual([]);
  });

  test('a stray value on the last row does not become an indicator without a name', () => {
    const n = 1_048_576;
    const values: CellValue[][] = new Array(n);
    values[0] = ['指标', '年度目标'];
    values[1] = ['A', 1];
    values[n - 1] = [null, 5];
    const t = table(readSheet({ grid: { name: 'S', originRow: 1, originCol: 1, values, merges: [] } }));
    expect(t.indicators).toHaveLength(1);
  });

  test('100,000 indicator rows over several sheets, with category rows', () => {
    const sheets = Array.from({ length: 4 }, (_, s) => {
      const rows: CellValue[][] = [
        ['序号', '指标', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'],
      ];
      for (let k = 0; k < 25_000; k++) {
        if (k % 1000 === 0) rows.push([null, `${'一二三四五六七八九十'[(k / 1000) % 10]}、第${k / 1000}组`]);
        rows.push([k + 1, `指标${k}`, '个', 100 + (k % 7), 20, 30, k % 3 === 0 ? '25' : 10, null, '科普部']);
      }
      return sourceFromRows(`S${s}`, rows);
    });
    const out = readSheets(sheets);
    const total = out.reduce((n, r) => n + (r.kind === 'table' ? r.table.indicators.length : 0), 0);
    expect(total).toBe(100_000);
    const last = table(out[3]).indicators[24_999];
    expect(last.name).toBe('指标24999');
    expect(last.category).toBe('第24组');
  });
});

describe('property: readSheet never throws on random grids', () => {
  const headerish = fc.constantFrom(
    '序号',
    '指标',
    '指标名称',
    '单位',
    '年度目标',
    '目标',
    '一季度',
    '二季度',
    'Q3',
    '四季度',
    '1月',
    'Jan',
    '完成情况',
    '累计完成',
    '责任部门',
    '备注',
    '一',
    '（二）党的建设',
    '二、',
    '注：',
    '填表人：',
    '填报单位：科协',
    '合计',
    '完成',
    '目标',
    'Target',
    'Task',
    '',
    ' ',
    '\n',
  );
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: headerish },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 1000 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.boolean() },
    {
      weight: 1,
      arbitrary: fc.constantFrom('#N/A', '#DIV/0!').map((code) => ({ kind: 'error' as const, code })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'formula' as const, formula: 'SUM(A1:A2)' }) },
  );
  const range = fc
    .tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 10 }), fc.nat(4), fc.nat(4))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
  const gridArb = fc.record({
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
    merges: fc.array(range, { maxLength: 4 }),
    hiddenRows: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }),
    originRow: fc.integer({ min: 1, max: 5 }),
    holes: fc.boolean(),
  });

  test('never throws; rows within the grid; every indicator has a name', () => {
    fc.assert(
      fc.property(gridArb, ({ rows, merges, hiddenRows, originRow, holes }) => {
        // Ragged grids: some rows missing altogether, as adapters leave them for empty rows.
        const sparse: CellValue[][] = holes ? new Array(rows.length) : rows;
        if (holes) rows.forEach((row, k) => k % 3 !== 1 && (sparse[k] = row));
        const grid = gridFromRows('S', sparse, { merges, hiddenRows, originRow, hiddenColumns: [2] });
        const reading = readSheet({ grid });
        // A sheet the reader fails on would be skipped as an internal error: none of these may be.
        expect(reading.kind === 'skipped' && reading.reason.code === 'internal-error').toBe(false);
        if (reading.kind === 'table') {
          for (const i of reading.table.indicators) {
            expect(i.row).toBeGreaterThanOrEqual(originRow);
            expect(i.row).toBeLessThan(originRow + rows.length);
            expect(i.name.trim().length).toBeGreaterThan(0);
            expect(reading.table.headerRows.every((h) => h < i.row)).toBe(true);
          }
          const keys = reading.table.indicators.map((i) => i.key);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('category label in the category column', () => {
  test('`一 | 职能目标任务` with the label under 类别 sets the category to the label, not the numbering', () => {
    const r = readSheet(
      sourceFromRows('s', [
        ['序号', '类别', '指标名称', '单位', '年度目标', '一季度'],
        ['一', '职能目标任务', null, null, null, null],
        ['1', null, '科技下乡', '场次', 100, 20],
        ['二', '党的建设', null, null, null, null],
        ['2', null, '学习', '次', 10, 2],
      ]),
    );
    expect(r.kind).toBe('table');
    if (r.kind !== 'table') return;
    expect(r.table.indicators.map((i) => [i.name, i.category])).toEqual([
      ['科技下乡', '职能目标任务'],
      ['学习', '党的建设'],
    ]);
  });
});

describe('a result headed by its period alone', () => {
  test('"(Dec Qtr)" beside "Total Number (Dec Qtr)": the quarter is the result, the count of cases no result', () => {
    const rows: CellValue[][] = [
      ['Customer service: December Quarter 2011'],
      ['Performance Measure', 'Target', 'Total Number\n(Dec Qtr)', '(Dec Qtr)'],
      ['Respond to telephone calls', '85% within 30 seconds', 165457, 0.9],
      ['Respond to written enquiries', '95% within 5 business days', 885, 0.99],
    ];
    const r = runCheck({ sources: [sourceFromRows('Update', rows)], lang: 'en-US', date: '2012-01-20' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.actual?.value, e.status])).toEqual([
      ['Respond to telephone calls', 0.9, 'achieved'],
      ['Respond to written enquiries', 0.99, 'achieved'],
    ]);
  });
});

describe("the sheet's own verdicts beside targets in words", () => {
  test('a row after a blank row with a target in words and a verdict is a row, not a note', () => {
    const rows: CellValue[][] = [
      ['KPI Reporting'],
      ['Indicator', 'Target', 'Update', 'Rating'],
      ['Area of new native woodland', '1000 ha pa', 'Woodland expansion continues at pace', 'Green'],
      [],
      ['Deer density', 'Reductions towards 10 per km² or less', 'Densities maintained', 'Amber'],
      ['Number of Capercaillie', '1200 by 2022', 'No change. National survey due', 'Amber'],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPI', rows)], lang: 'en-US', date: '2019-06-20' });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.sourceStatus?.word])).toEqual([
      [3, 'Green'],
      [5, 'Amber'],
      [6, 'Amber'],
    ]);
  });

  test('Indicator | Target | Update | Rating: the ratings are read, though no column holds a result', () => {
    const rows: CellValue[][] = [
      ['KPI Reporting'],
      ['Indicator', 'Target', 'Update', 'Rating'],
      ['Area of new native woodland', '1000 ha pa', 'Woodland expansion continues at pace', 'Green'],
      ['Number of Capercaillie', '1200 by 2022', 'No change. National survey due', 'Amber'],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPI', rows)], lang: 'en-US', date: '2019-06-20' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.sourceStatus?.word, e.status])).toEqual([
      ['Area of new native woodland', 'Green', 'achieved'],
      ['Number of Capercaillie', 'Amber', 'missed'],
    ]);
  });
});

describe('each quarter over its own target, result and verdict', () => {
  test('Q1 › Target | Actual | RAG … Q3: the latest quarter with results is judged, the others are history', () => {
    const rows: CellValue[][] = [
      ['Scorecard 2024/25'],
      ['Measure', 'Q1', null, null, 'Q2', null, null, 'Q3', null, null],
      [null, 'Target', 'Actual', 'RAG', 'Target', 'Actual', 'RAG', 'Target', 'Actual', 'RAG'],
      ['Homes built', 50, 45, 'Red', 50, 52, 'Green', 50, null, null],
      ['Repairs on time %', 0.95, 0.96, 'Green', 0.95, 0.93, 'Amber', 0.95, null, null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Q', rows)],
      lang: 'en-US',
      date: '2024-10-20',
      yearStart: 4,
    });
    expect(
      r.report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value, e.status]),
    ).toEqual([
      ['Homes built', 50, 52, 'on_track'],
      ['Repairs on time %', 0.95, 0.93, 'behind'],
    ]);
  });
});

describe("next year's target after this year's results and verdicts", () => {
  test('长远目标 | 2017 年目标 | 表现 | 达标与否 | 2018 年目标: the 2017 targets judged, rows of sentences kept as rows', () => {
    const rows: CellValue[][] = [
      ['目标与指标'],
      ['环境事项'],
      ['长远目标', '2017 年目标', '表现', '达标与否', '2018 年目标'],
      [
        '节能',
        '• 100%设有空调装置的新工程项目达到少于每平方米23瓦总热传送值\n• 其中75%的工程项目达到不超过每平方米18瓦的更低总热传送值',
        '• 100%工程项目达到少于每平方米23瓦总热传送值\n• 90.9%的工程项目达到少于每平方米18瓦总热传送值',
        '达标',
        '2018年继续采用2017年的目标',
      ],
      [
        '推动健康及可持续发展',
        '• 85%基本项目预算超过三千万的新工程项目须采用粉煤灰混凝土',
        '• 100%的新工程项目采用了粉煤灰混凝土',
        '达标',
        '• 87%基本项目预算超过三千万的新工程项目须采用粉煤灰混凝土',
      ],
      [
        '减少耗用天然资源',
        '• 采用其他结构方案,藉此减少使用木材',
        '每百万港元减少了0.491平方米木材',
        '未达标',
        '2018年继续采用2017年的目标',
      ],
    ];
    const r = readSheet(sourceFromRows('目标与指标', rows));
    expect(r.kind).toBe('table');
    if (r.kind !== 'table') return;
    expect(r.table.reading?.columns.map((c) => `${c.column}:${c.role}`)).toEqual([
      'A:name',
      'B:target',
      'C:actual',
      'D:status',
      'E:history',
    ]);
    expect(r.table.indicators.map((i) => [i.name, i.statusCell?.value])).toEqual([
      ['节能', '达标'],
      ['推动健康及可持续发展', '达标'],
      ['减少耗用天然资源', '未达标'],
    ]);
  });

  test('Target 2016-17 | Actual | Met? | Target 2017-18: the earlier year is judged', () => {
    const rows: CellValue[][] = [
      ['Performance pledges'],
      ['Service', 'Target 2016-17', 'Actual', 'Met?', 'Target 2017-18'],
      ['Replies to letters within 10 working days', 0.9, 0.93, 'Yes', 0.92],
      ['Licences issued within 5 days', 0.95, 0.91, 'No', 0.95],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Pledges', rows)],
      lang: 'en-US',
      date: '2017-08-01',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [0.9, 0.93, 'achieved'],
      [0.95, 0.91, 'missed'],
    ]);
  });
});

describe("one quarter's step in words beside the progress", () => {
  test('目标任务 | 三季度 | 推进情况: the quarter holds the plan, never a result', () => {
    const rows: CellValue[][] = [
      ['2020年第三季度重点工作推进目标表'],
      ['序号', '目标任务', '三季度', '推进情况'],
      [
        2,
        '确保贫困家庭孩子上学“一个都不能少”。',
        '结合开学检查,对控辍保学工作开展查缺补漏。',
        '1.8月19日至31日集中开展了一次拉网式大排查。2.开展专项普法教育活动3次。',
      ],
      [
        131,
        '加大普惠性幼儿园扶持力度。',
        '采取通报、实地督导举措,督促各地加快项目实施进度。',
        '印发进展情况的通报,全省各地完成新建公办幼儿园。',
      ],
    ];
    const r = readSheet(sourceFromRows('三季度', rows));
    expect(r.kind).toBe('table');
    if (r.kind !== 'table') return;
    const role = (col: string) => r.table.reading?.columns.find((c) => c.column === col)?.role;
    expect(['periodPlan', 'periodTarget']).toContain(role('C'));
    expect(role('D')).toBe('actual');
  });
});

describe('a target headed as a limit', () => {
  test('Upper limit and 上限 are ceilings, Lower limit a floor, where the cells say neither', () => {
    const en: CellValue[][] = [
      ['Network reliability standards 2023/24'],
      ['Measure', 'Actual', 'Upper limit'],
      ['Minutes off supply, CBD feeders', 16, 15],
      ['Minutes off supply, urban feeders', 110, 120],
    ];
    const zh: CellValue[][] = [
      ['2023年污染物排放'],
      ['指标', '实际完成', '上限'],
      ['化学需氧量(吨)', 950, 1000],
    ];
    const floor: CellValue[][] = [
      ['Water quality 2023'],
      ['Measure', 'Result', 'Lower limit'],
      ['Chlorine residual (mg/l)', 0.25, 0.3],
    ];
    const run = (rows: CellValue[][], lang: 'en-US' | 'zh-CN') =>
      runCheck({ sources: [sourceFromRows('S', rows)], lang, date: '2024-06-20' }).report.evaluations.map(
        (e) => [e.comparator, e.direction, e.status],
      );
    expect(run(en, 'en-US')).toEqual([
      ['at_most', 'lower', 'missed'],
      ['at_most', 'lower', 'achieved'],
    ]);
    expect(run(zh, 'zh-CN')).toEqual([['at_most', 'lower', 'achieved']]);
    expect(run(floor, 'en-US')).toEqual([['at_least', 'higher', 'missed']]);
  });
});

describe('labelled lines between the blocks of a table', () => {
  test('"Strategic Plan Goal: | (words merged across)" is no measure of the block above', () => {
    const rows: CellValue[][] = [
      ['Goals, objectives, and performance measures'],
      ['Department Objective:', 'Maintain the Aaa Bond Rating.'],
      ['Performance Measure:', 'FY 2019', 'FY 2020', 'FY 2021 Target', 'FY 2021'],
      ['Aaa Bond Rating (maintained)', 'Yes', 'Yes', 'Yes', 'Yes'],
      ['Days to close the books', 40, 38, 35, 33],
      ['Strategic Plan Goal:', 'Invest in Public Infrastructure, Facilities, and Fiscal Reserves'],
      ['Department Goal:', 'Accurate and Timely Financial Reporting.'],
      ['Budget Award', 'Yes', 'Yes', 'Yes', 'Yes'],
    ];
    const merges = ['B2:E2', 'B6:E6', 'B7:E7'];
    const r = readSheet(sourceFromRows('Finance', rows, { merges }));
    expect(r.kind).toBe('table');
    if (r.kind !== 'table') return;
    expect(r.table.indicators.map((i) => i.name)).not.toContain('Strategic Plan Goal:');
    expect(r.table.indicators.map((i) => i.name)).not.toContain('Department Goal:');
    expect(r.table.indicators.map((i) => i.name)).toContain('Days to close the books');
  });
});

describe('years of results beside projections, with no target', () => {
  test('FY 2019 … FY 2021 | FY 2022 Projected | FY 2023 Estimate: the latest known year is the result', () => {
    const rows: CellValue[][] = [
      ['Goals, objectives, and performance measures'],
      ['Performance Measures', 'FY 2019', 'FY 2020', 'FY 2021', 'FY 2022 Projected', 'FY 2023 Estimate'],
      ['Return on investment, first quarter', 0.0186, 0.0221, 0.0091, 0.003, 0.004],
      ['Return on investment, second quarter', 0.0219, 0.0203, 0.0059, 0.003, 0.004],
    ];
    const r = readSheet(sourceFromRows('Finance', rows));
    expect(r.kind).toBe('table');
    if (r.kind !== 'table') return;
    expect(r.table.year).toBe(2021);
    expect(
      r.table.indicators.map((i) => (i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : null)),
    ).toEqual([0.0091, 0.0059]);
  });
});

describe('years of results beside a standard of no year, and a later year’s target', () => {
  const rows: CellValue[][] = [
    ['Finance Department Performance Measures'],
    [null, 'Bench Mark', '2018', '2019', '2020'],
    [null, null, 'Actual', 'Estimated', 'Target'],
    ['1. Fund balance 180 days or greater', '180 days', '428 days', '467 days', '435 days'],
    ['2. Standard & Poors Rating', 'AAA/stable', 'AAA/stable', 'AAA/stable', 'AAA/stable'],
    ['3. Days to close the month', 10, 12, 9, 8],
  ];
  const merges = ['A2:A3', 'B2:B3'];

  test('Bench Mark | 2018 Actual | 2019 Estimated | 2020 Target: the 2018 actual is judged against the bench mark', () => {
    const r = readSheet(sourceFromRows('Finance', rows, { merges }));
    expect(r.kind).toBe('table');
    if (r.kind !== 'table') return;
    expect(r.table.year).toBe(2018);
    expect(
      r.table.indicators.map((i) => [
        i.target?.value,
        i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : null,
      ]),
    ).toEqual([
      ['180 days', '428 days'],
      ['AAA/stable', 'AAA/stable'],
      [10, 12],
    ]);
  });

  test('a target of no year that is a pledged target leaves the years as they were', () => {
    const pledged = rows.map((row) => [...row]);
    pledged[1][1] = 'Pledged target';
    const r = readSheet(sourceFromRows('Finance', pledged, { merges }));
    const actuals = r.kind === 'table' ? r.table.indicators.map((i) => i.actuals.kind) : [];
    expect(actuals.every((k) => k !== 'cumulative')).toBe(true);
  });
});

describe('a monitoring form with the same sub-rows under each measure', () => {
  const rows: CellValue[][] = [
    ['PPA Implementation Monitoring Report'],
    ['1st Quarter FY 2013'],
    ['Outcome/PAP', 'Performance Indicator', 'OPR', 'Physical', null],
    [null, null, null, 'Target', 'Accom'],
    ['a.) LGPMS', null, 'LGMED'],
    [null, '- No of LGUs with complete data entry'],
    [null, '- Province', null, 6, 4],
    [null, '- City', null, 7, 5],
    [null, '- No. of LGUs with e-SLGR submitted'],
    [null, '- Province'],
    [null, '- City'],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'];

  test('reads Accom as the accomplishment, and lists the blank sub-rows of a later measure with no data', () => {
    const r = runCheck({
      sources: [sourceFromRows('PPA', rows, { merges })],
      lang: 'en-US',
      date: '2013-04-20',
    });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.indicator.name, e.status])).toEqual([
      [7, '- Province', 'on_track'],
      [8, '- City', 'on_track'],
      [10, '- Province', 'no_data'],
      [11, '- City', 'no_data'],
    ]);
  });

  test('lists the last blank sub-row above a total row too', () => {
    const total = rows.concat([['Total', null, null, 13, 9]]);
    const r = runCheck({
      sources: [sourceFromRows('PPA', total, { merges })],
      lang: 'en-US',
      date: '2013-04-20',
    });
    expect(r.report.evaluations.map((e) => e.indicator.row)).toEqual([7, 8, 10, 11]);
  });

  test('keeps a repeated label that heads rows of figures of its own as their heading', () => {
    const heads = rows.slice(0, 9).concat([
      [null, '- Province'],
      [null, 'Submitted online', null, 3, 1],
      [null, 'Submitted on paper', null, 3, 2],
    ]);
    const r = runCheck({
      sources: [sourceFromRows('PPA', heads, { merges })],
      lang: 'en-US',
      date: '2013-04-20',
    });
    expect(r.report.evaluations.map((e) => e.indicator.row)).toEqual([7, 8, 11, 12]);
  });
});

describe('a compact’s year target beside the half year’s result, ticked in a column headed by a mark', () => {
  const rows: CellValue[][] = [
    ['Performance against shareholder compact'],
    [
      'Key performance areas',
      'Key performance indicator',
      'Unit',
      'Target\nyear to\nMar 2014',
      '*',
      'Actual half\nyear to\nSep 2013',
    ],
    ['Focusing on safety', 'Employee lost-time incident rate', 'Index', 0.36, '✓', 0.34],
    ['Keeping the lights on', 'IDM demand savings', 'MW', 379, '✓', 117],
    ['Being customer centric', 'Customer service index', 'Index', 88.7, null, 86.9],
  ];

  test('reads the half year to September as the result of the year to March, with the ticks as the verdicts', () => {
    const r = runCheck({
      sources: [sourceFromRows('Compact', rows)],
      lang: 'en-US',
      date: '2013-11-20',
      yearStart: 4,
    });
    expect(r.period).toMatchObject({ kind: 'quarter', quarter: 2 });
    expect(r.report.options.year).toBe(2013);
    expect(
      r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value, e.sourceStatus?.word ?? null]),
    ).toEqual([
      [3, 0.34, '✓'],
      [4, 117, '✓'],
      [5, 86.9, null],
    ]);
  });
});

describe('a Target … heading beside its Actual …, with no heading over the names', () => {
  it('reads the pair as the target and the result, and the unheaded texts as the names', () => {
    const t = read([
      ['The table summarises the turnaround times for the main application channels.'],
      [null, 'Target turnaround time', 'Actual turnaround time'],
      ['Online renewal', '10 working days', '10 working days'],
      ['Express renewal application', '15 working days', '15 working days'],
      ['Express first-time application', '20 working days', '21 working days'],
    ]);
    const result = (i: Indicator): CellValue | undefined =>
      i.actuals.kind === 'cumulative' ? i.actuals.cell?.value : undefined;
    expect(t.indicators.map((i) => [i.name, i.target?.value, result(i)])).toEqual([
      ['Online renewal', '10 working days', '10 working days'],
      ['Express renewal application', '15 working days', '15 working days'],
      ['Express first-time application', '20 working days', '21 working days'],
    ]);
  });
});

describe('a category wrapped onto two lines, or its characters spaced out', () => {
  it('reads as the words it is (社会效益\\n指标, 产 出 指 标), English kept apart', () => {
    const t = read([
      ['一级指标', '二级指标', '年度指标值', '实际完成值'],
      ['产 出 指 标', '培训人次', 100, 120],
      ['社会效益\n指标', '群众满意度', 0.9, 0.95],
      ['Service quality', '投诉办结率', 1, 1],
    ]);
    expect(t.indicators.map((i) => i.category)).toEqual(['产出指标', '社会效益指标', 'Service quality']);
  });
});

describe('a section’s number and its code', () => {
  it('drops the number (1.2 Housing, 一、) and keeps a goal’s code (1.A, 3.C), part of its label', () => {
    const t = read([
      ['Measure', 'Target', 'Actual'],
      ['1.A Empathy - Cultural Competence', null, null],
      ['Staff survey', 0.84, 0.86],
      ['1.2 Housing', null, null],
      ['Homes let', 100, 90],
      ['一、经济发展', null, null],
      ['地区生产总值', 100, 101],
    ]);
    expect(t.indicators.map((i) => i.category)).toEqual([
      '1.A Empathy - Cultural Competence',
      'Housing',
      '经济发展',
    ]);
  });
});

describe('a field, its tasks merged down, and the indicators’ names (领域 | 任务 | 序号 | 指标名称)', () => {
  it('names each row by its indicator, grouped under its task', () => {
    const t = read(
      [
        ['领域', '任务', '序号', '指标名称', '单位', '指标值', '达标情况'],
        ['环境安全', '(四)环境风险防范', 13, '土壤污染风险管控和修复名录制度', '-', '建立', '达标'],
        [null, null, 14, '突发生态环境事件应急管理机制', '-', '建立', '达标'],
        [
          '资源节约',
          '(六)资源节约利用',
          17,
          '单位地区生产总值能耗',
          '吨标准煤/万元',
          '完成上级目标',
          '未达标',
        ],
        [null, null, 18, '单位地区生产总值用水量', '立方米/万元', '完成上级目标', '达标'],
      ],
      { merges: ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5'] },
    );
    expect(t.indicators.map((i) => [i.name, i.category])).toEqual([
      ['土壤污染风险管控和修复名录制度', '环境风险防范'],
      ['突发生态环境事件应急管理机制', '环境风险防范'],
      ['单位地区生产总值能耗', '资源节约利用'],
      ['单位地区生产总值用水量', '资源节约利用'],
    ]);
  });
});

describe('a plan’s activities over their measures (Activity | Performance measure | Targets)', () => {
  it('groups the measures under their activity, merged down, and an activity alone is the name', () => {
    const t = read(
      [
        ['Activity', 'Performance measure', '2017/18 Target', '2017/18 Result'],
        ['1.1 Governance and engagement', 'Residents (%) satisfied with consultation', 0.55, 0.6],
        [null, 'Council agendas (%) made available on time', 1, 1],
        ['2.1 Gardens and green spaces', 'Residents (%) satisfied with parks', 0.9, 0.88],
        [null, 'Visitors to the Botanic Gardens', 1200000, 1250000],
      ],
      { merges: ['A2:A3', 'A4:A5'] },
    );
    expect(t.indicators.map((i) => i.category)).toEqual([
      'Governance and engagement',
      'Governance and engagement',
      'Gardens and green spaces',
      'Gardens and green spaces',
    ]);
    const alone = read([
      ['Activity', 'Target', 'Actual'],
      ['Street cleaning (km)', 100, 90],
      ['Parks mowed', 20, 22],
    ]);
    expect(alone.indicators.map((i) => i.name)).toEqual(['Street cleaning (km)', 'Parks mowed']);
  });
});
