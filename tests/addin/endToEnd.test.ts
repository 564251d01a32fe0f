/** The add-in path end to end on the Excel API double: read → engine → write report → flag → clear. */
import { createExcelDouble } from '../support/excelDouble';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { buildReportLayout, REPORT_SHEET_NAME, runCheck } from '../../src/engine';

function workbook() {
  const header = ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'];
  const rows = [
    ['一、经济发展', null, null, null, null, null, null, null, null],
    [1, '=新增示范基地', '个', 12, 3, 2, null, null, '科普部'],
    [2, '科普活动场次', '场', 200, 20, 30, null, null, '活动部'],
    [3, '会员发展', '人', 1000, 400, 300, null, null, '组织部'],
  ];
  return createExcelDouble({
    sheets: [
      {
        name: '指标',
        values: [['2025年重点指标'], header, ...rows],
        formulas: [[], [], [], [], [], [null, null, null, null, '=200+200']],
      },
      { name: 'Notes', values: [['free text']] },
    ],
  });
}

test('read, check, write the report twice, flag and clear: source cells never change', async () => {
  const d = workbook();
  const port = createExcelPort(d.run, d.host);
  const source = d.cells('指标');
  const sources = await port.readSheets();
  const { report } = runCheck({
    sources,
    lang: 'zh-CN',
    date: '2025-07-10',
    period: { kind: 'quarter', quarter: 2 },
  });
  expect(report.counts.total).toBe(3);
  const layout = buildReportLayout(report);
  const result = await port.writeReport(layout);
  expect(result.sheetName).toBe(REPORT_SHEET_NAME['zh-CN']);
  expect(result.indicatorTableRange).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  const once = d.snapshot();
  await port.writeReport(layout);
  expect(d.snapshot()).toBe(once);

  // the indicator's name "=新增示范基地" is text in the report, never a formula
  const reportCells = d.cells(result.sheetName);
  expect(reportCells.formulas.flat().filter((f) => f !== null)).toEqual([]);
  expect(reportCells.values.flat()).toContain('=新增示范基地');

  // re-reading skips the report sheet as the product's own output
  const again = runCheck({
    sources: await port.readSheets(),
    lang: 'zh-CN',
    date: '2025-07-10',
    period: { kind: 'quarter', quarter: 2 },
  });
  expect(again.report.counts.total).toBe(3);

  const attention = report.evaluations.filter((e) =>
    ['behind', 'at_risk', 'missed', 'invalid'].includes(e.status),
  ).length;
  expect(attention).toBeGreaterThan(0);
  expect(await port.flagShortfalls(report.evaluations, 'zh-CN')).toBe(attention);
  expect(d.cells('指标')).toEqual(source);
  await port.clearFlags();
  expect(d.sheet('指标').conditionalFormats).toEqual([]);
  expect(d.cells('指标')).toEqual(source);
  expect(d.cells('Notes').values).toEqual([['free text']]);
});
