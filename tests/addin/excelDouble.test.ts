import {
  createExcelDouble,
  EXCEL_CELL_READ_LIMIT,
  EXCEL_MERGED_AREAS_LIMIT,
  EXCEL_PAYLOAD_LIMIT_BYTES,
  ExcelDoubleError,
} from '../support/excelDouble';

function book(requirementSets?: Record<string, string>) {
  return createExcelDouble({
    sheets: [
      {
        name: 'Data',
        values: [
          ['a', 1],
          [true, { error: '#DIV/0!' }],
        ],
        formulas: [
          [null, '=1'],
          [null, '=1/0'],
        ],
      },
    ],
    requirementSets,
  });
}

describe('Excel API double', () => {
  test('reading a property that was never loaded throws PropertyNotLoaded', async () => {
    const d = book();
    await d.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data');
      expect(() => ws.name).toThrow(ExcelDoubleError);
      try {
        void ws.name;
      } catch (e) {
        expect((e as ExcelDoubleError).code).toBe('PropertyNotLoaded');
      }
    });
  });

  test('a loaded property is readable only after sync', async () => {
    const d = book();
    await d.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      range.load('values,valueTypes,formulas');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ['a', 1],
        [true, '#DIV/0!'],
      ]);
      expect(range.valueTypes).toEqual([
        ['String', 'Double'],
        ['Boolean', 'Error'],
      ]);
      expect(range.formulas[1][1]).toBe('=1/0');
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  test('writes are queued until sync, counted, and measured', async () => {
    const d = book();
    const before = d.syncCount;
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('C1').values = [['x']];
      expect(d.cell('Data', 'C1')).toBeUndefined();
      await context.sync();
      expect(d.cell('Data', 'C1')?.value).toBe('x');
    });
    expect(d.syncCount).toBe(before + 1);
    expect(d.syncPayloads[d.syncPayloads.length - 1]).toBeGreaterThan(10);
  });

  test('typed-input semantics: numbers, booleans and formulas are interpreted, an apostrophe keeps text', async () => {
    const d = book();
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A5:F5').values = [
        ['2019', 'true', '=SUM(A1)', "'=SUM(A1)", "'2019", '-x'],
      ];
      await context.sync();
    });
    expect(d.cell('Data', 'A5')?.value).toBe(2019);
    expect(d.cell('Data', 'B5')?.value).toBe(true);
    expect(d.cell('Data', 'C5')?.formula).toBe('=SUM(A1)');
    expect(d.cell('Data', 'D5')).toMatchObject({ value: '=SUM(A1)' });
    expect(d.cell('Data', 'D5')?.formula).toBeUndefined();
    expect(d.cell('Data', 'E5')?.value).toBe('2019');
    expect(d.cell('Data', 'F5')?.formula).toBe('=-x');
  });

  test('a missing sheet fails the sync; a null object says so', async () => {
    const d = book();
    await d.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow();
      context.workbook.worksheets.getItem('Nope').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('APIs newer than the configured requirement sets are missing', async () => {
    const d = book({ ExcelApi: '1.7' });
    expect(d.host.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(d.host.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await d.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data');
      expect(() => ws.getRange('A1:B2').getMergedAreasOrNullObject()).toThrow(/1\.13/);
      expect(() => context.application.suspendScreenUpdatingUntilNextSync()).toThrow(/1\.9/);
      expect(() => ws.pageLayout).toThrow(/1\.9/);
    });
  });

  test('writes into a protected sheet fail at sync', async () => {
    const d = createExcelDouble({ sheets: [{ name: 'Locked', values: [[1]], protected: true }] });
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('Locked').getRange('A1').values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(d.cell('Locked', 'A1')?.value).toBe(1);
  });

  test('a value array of the wrong shape is rejected', async () => {
    const d = book();
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [['only one']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test('requests over the limit are rejected like Excel on the web', async () => {
    const d = createExcelDouble({ sheets: [{ name: 'S', values: [] }], requestLimitBytes: 1000 });
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A200').values = Array.from(
        { length: 200 },
        () => ['xxxxxxxxxx'],
      );
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(d.cell('S', 'A1')).toBeUndefined();
  });
});

describe('Excel API double: documented limits on by default', () => {
  test('a response over 5 MB fails with ResponsePayloadSizeLimitExceeded', async () => {
    const text = 'x'.repeat(1000);
    const d = createExcelDouble({
      sheets: [{ name: 'S', values: Array.from({ length: 6_000 }, () => [text]) }],
    });
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A6000').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(EXCEL_PAYLOAD_LIMIT_BYTES).toBe(5 * 1024 * 1024);
  });

  test('a range read of more than 5,000,000 cells fails, however empty', async () => {
    const d = book();
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 50_001, 100).load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(EXCEL_CELL_READ_LIMIT).toBe(5_000_000);
  });

  test('getMergedAreasOrNullObject fails on a range with more than 512 merged areas', async () => {
    const merges = (n: number) => Array.from({ length: n }, (_, i) => `A${i + 1}:B${i + 1}`);
    const at = createExcelDouble({ sheets: [{ name: 'S', values: [], merges: merges(512) }] });
    const over = createExcelDouble({ sheets: [{ name: 'S', values: [], merges: merges(513) }] });
    await at.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('S').getRange('A1:B600').getMergedAreasOrNullObject();
      areas.load('areaCount');
      await context.sync();
      expect(areas.areaCount).toBe(EXCEL_MERGED_AREAS_LIMIT);
    });
    await over.run(async (context) => {
      context.workbook.worksheets
        .getItem('S')
        .getRange('A1:B600')
        .getMergedAreasOrNullObject()
        .load('address');
      await expect(context.sync()).rejects.toBeInstanceOf(ExcelDoubleError);
    });
  });

  test('a context is usable only inside its Excel.run, or a later Excel.run(context, …)', async () => {
    const d = book();
    let kept: Excel.RequestContext | null = null;
    await d.run(async (context) => {
      kept = context;
    });
    const ctx = kept as unknown as Excel.RequestContext;
    ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [['late']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidRequest' });
    await d.run(ctx, async (again) => {
      again.workbook.worksheets.getItem('Data').getRange('C1').values = [['in time']];
      await again.sync();
    });
    expect(d.cell('Data', 'C1')?.value).toBe('in time');
  });

  test('undo steps: one per changing sync, one per run with mergeUndoGroup (ExcelApi 1.20 only)', async () => {
    const d = book();
    const twoWrites = async (context: Excel.RequestContext) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('C1').values = [['a']];
      await context.sync();
      ws.getRange('C2').values = [['b']];
      ws.load('name');
      await context.sync();
    };
    await d.run(twoWrites);
    expect(d.undoSteps).toBe(2);
    await d.run({ mergeUndoGroup: true }, twoWrites);
    expect(d.undoSteps).toBe(3);
    await d.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
    expect(d.undoSteps).toBe(3); // reading is not a step
    const old = book({ ExcelApi: '1.19' });
    await expect(old.run({ mergeUndoGroup: true }, twoWrites)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test("the workbook's name: read only once loaded, and only from ExcelApi 1.7", async () => {
    const readName = async (context: Excel.RequestContext) => {
      context.workbook.load('name');
      await context.sync();
      return context.workbook.name;
    };
    await expect(book().run(readName)).resolves.toBe('Book1.xlsx');
    await expect(book().run(async (context) => context.workbook.name)).rejects.toThrow(/not loaded|load/i);
    await expect(book({ ExcelApi: '1.6' }).run(readName)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
