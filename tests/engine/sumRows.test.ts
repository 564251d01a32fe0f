/**
 * Rows that add up the rows above them (Total Revenues, All Taxes, 合计收入) are no indicators; a row
 * named so whose figure is no such sum stays one.
 */
import { readSheets, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function names(rows: CellValue[][]): string[] {
  const [reading] = readSheets([sourceFromRows('Revenue', rows)], { yearStart: 1 });
  if (reading.kind !== 'table') throw new Error(`not read: ${JSON.stringify(reading)}`);
  return reading.table.indicators.map((i) => i.name);
}

describe('rows that add up the rows above', () => {
  it('a total of revenues read by its headings is left out', () => {
    expect(
      names([
        ['Overall Revenue Performance, 2015/16 Quarter 2'],
        ["UShs 000's", 'Approved Budget', 'Cumulative Receipts', '% Budget Received'],
        ['1. Locally Raised Revenues', 381743, 207084, 0.54],
        ['2a. Discretionary Government Transfers', 3303478, 1675763, 0.51],
        ['3. Local Development Grant', 836770, 382712, 0.46],
        ['Total Revenues', 4521991, 2265559, 0.5],
      ]),
    ).toEqual([
      '1. Locally Raised Revenues',
      '2a. Discretionary Government Transfers',
      '3. Local Development Grant',
    ]);
  });

  it('subtotals and the grand total of a standard sheet are left out, rounded as published', () => {
    expect(
      names([
        ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度'],
        ['1', '税收收入甲', '万元', 1200.4, 300, 310],
        ['2', '税收收入乙', '万元', 800.3, 200, 190],
        ['', '小计税收收入', '万元', 2001, 500, 500],
        ['3', '非税收入甲', '万元', 500, 120, 130],
        ['4', '非税收入乙', '万元', 300, 80, 70],
        ['', '合计收入', '万元', 2801, 700, 700],
      ]),
    ).toEqual(['税收收入甲', '税收收入乙', '非税收入甲', '非税收入乙']);
  });

  it('a row named like a total whose figure is no sum of the rows above stays an indicator', () => {
    expect(
      names([
        ['Indicator', 'Target', 'Actual'],
        ['Complaints closed within 10 working days', 92, 59],
        ['Calls answered within 5 minutes', 97, 83],
        ['All complaints acknowledged within 2 days', 95, 96],
        ['Total received calls answered within 20 seconds', 93, 87],
      ]),
    ).toEqual([
      'Complaints closed within 10 working days',
      'Calls answered within 5 minutes',
      'All complaints acknowledged within 2 days',
      'Total received calls answered within 20 seconds',
    ]);
  });

  it("a part's total named after it (GoU Total) adds up the first rows; a measure's total elsewhere stays", () => {
    expect(
      names([
        ['Programme', 'Approved Budget', 'Spent'],
        ['Wage', 14.617, 4.699],
        ['Non Wage', 67.269, 28.978],
        ['GoU', 68.208, 18.846],
        ['Ext. Fin.', 1059.367, 123.91],
        ['GoU Total', 150.094, 52.523],
      ]),
    ).toEqual(['Wage', 'Non Wage', 'GoU', 'Ext. Fin.']);
    // 149.7 is 92.5 + 57.2, two rows neither first nor last above it: a measure of its own.
    expect(
      names([
        ['Indicator', 'Target', 'Actual'],
        ['Per capita income', 1617, 3248],
        ['Kilometres of Efate road maintained', 92.5, 80],
        ['Kilometres of Santo road maintained', 57.2, 50],
        ['Traffic volume', 355, 300],
        ['Kilometres of roads completed: Total', 149.7, 149.7],
      ]),
    ).toContain('Kilometres of roads completed: Total');
  });
});
