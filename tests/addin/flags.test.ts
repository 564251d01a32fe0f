import { createExcelDouble, type ExcelDouble } from '../support/excelDouble';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { flagAreas, flagFormula } from '../../src/addin/excel/flags';
import type { Evaluation, Status } from '../../src/engine';
import { cellAt } from '../support/cells';

function evaluation(sheet: string, row: number, status: Status): Evaluation {
  return {
    indicator: {
      key: `|${sheet}|${row}`,
      sheet,
      row,
      id: String(row),
      category: null,
      name: `指标${row}`,
      measureUnit: null,
      directionCell: null,
      aggregationCell: null,
      target: cellAt(`C${row}`, 100),
      milestoneTargets: null,
      actuals: { kind: 'quarters', cells: [cellAt(`D${row}`, 10), null, null, null] },
      owner: null,
      notes: null,
    },
    direction: 'higher',
    aggregation: 'sum',
    target: { value: 100, approximation: null, percent: false },
    targetText: null,
    actual: { value: 10, approximation: null, percent: false },
    actualText: null,
    expected: 25,
    completion: 0.1,
    pace: 0.4,
    status,
    diagnostics: [],
  };
}

function workbook(): ExcelDouble {
  const rows = Array.from({ length: 8 }, (_, i) => [i + 1, `指标${i + 1}`, 100, i * 10]);
  return createExcelDouble({
    sheets: [
      {
        name: '指标',
        values: [['序号', '指标名称', '年度目标', '一季度'], ...rows],
        formulas: [[], [null, null, null, '=1+1']],
        numberFormats: [[], [null, null, '#,##0']],
      },
      { name: 'Locked', values: [['x']], protected: true },
    ],
  });
}

const EVALS = [
  evaluation('指标', 2, 'behind'),
  evaluation('指标', 3, 'at_risk'),
  evaluation('指标', 4, 'at_risk'),
  evaluation('指标', 6, 'achieved'),
  evaluation('指标', 7, 'missed'),
];

describe('flagShortfalls / clearFlags', () => {
  test('flags attention rows with conditional formats and changes no cell', async () => {
    const d = workbook();
    d.sheet('指标').conditionalFormats.push({
      uid: 999,
      type: 'Custom',
      rect: { top: 1, left: 0, bottom: 8, right: 0 },
      formula: '=A2>5',
      fill: '#00FF00',
      fontColor: null,
    });
    const port = createExcelPort(d.run, d.host);
    const before = JSON.stringify([...d.sheet('指标').cells]);
    const cellsBefore = d.cells('指标');

    expect(await port.flagShortfalls(EVALS, 'zh-CN')).toBe(4);
    const own = d.sheet('指标').conditionalFormats.filter((c) => c.uid !== 999);
    expect(own.map((c) => [c.rect, c.formula, c.fill])).toEqual([
      [{ top: 1, left: 0, bottom: 1, right: 3 }, flagFormula('behind'), '#FFEB9C'],
      [{ top: 2, left: 0, bottom: 3, right: 3 }, flagFormula('at_risk'), '#FFC7CE'],
      [{ top: 6, left: 0, bottom: 6, right: 3 }, flagFormula('missed'), '#FFC7CE'],
    ]);
    expect(d.cells('指标')).toEqual(cellsBefore);
    expect(JSON.stringify([...d.sheet('指标').cells])).toBe(before);

    // running again replaces, not adds
    expect(await port.flagShortfalls(EVALS, 'zh-CN')).toBe(4);
    expect(d.sheet('指标').conditionalFormats).toHaveLength(4);

    expect(await port.clearFlags()).toBe(3);
    expect(d.sheet('指标').conditionalFormats.map((c) => c.uid)).toEqual([999]);
    expect(d.cells('指标')).toEqual(cellsBefore);
    expect(JSON.stringify([...d.sheet('指标').cells])).toBe(before);
  });

  test('flags survive a rename and are still found and removed', async () => {
    const d = workbook();
    const port = createExcelPort(d.run, d.host);
    await port.flagShortfalls(EVALS, 'en-US');
    d.sheet('指标').name = 'Renamed';
    expect(await port.clearFlags()).toBe(3);
    expect(d.sheet('Renamed').conditionalFormats).toHaveLength(0);
  });

  test('a protected source sheet stops flagging before anything changes', async () => {
    const d = workbook();
    const port = createExcelPort(d.run, d.host);
    const before = d.snapshot();
    await expect(
      port.flagShortfalls([...EVALS, evaluation('Locked', 1, 'missed')], 'zh-CN'),
    ).rejects.toMatchObject({
      code: 'sheet-protected',
      sheet: 'Locked',
    });
    expect(d.snapshot()).toBe(before);
  });

  test('sync count does not grow with the number of flags', async () => {
    const counts: number[] = [];
    for (const n of [5, 2000]) {
      const rows = Array.from({ length: n }, (_, i) => [i + 1, `x${i}`, 100, 1]);
      const d = createExcelDouble({ sheets: [{ name: 'S', values: rows }] });
      const port = createExcelPort(d.run, d.host);
      const evals = rows.map((_, i) => evaluation('S', i + 1, i % 2 ? 'behind' : 'missed'));
      const from = d.syncCount;
      await port.flagShortfalls(evals, 'zh-CN');
      counts.push(d.syncCount - from);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test('flagAreas skips other files, good statuses and duplicate rows', () => {
    const other = {
      ...evaluation('S', 2, 'missed'),
      indicator: { ...evaluation('S', 2, 'missed').indicator, file: 'x.xlsx' },
    };
    expect(
      flagAreas([
        other,
        evaluation('S', 3, 'on_track'),
        evaluation('S', 4, 'invalid'),
        evaluation('S', 4, 'invalid'),
      ]),
    ).toEqual([{ sheet: 'S', status: 'invalid', top: 4, bottom: 4, right: 4, indicators: 1 }]);
  });
});
