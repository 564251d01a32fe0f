/**
 * The check-in history sheet through the WorkbookPort on the strict Excel API double: round trips
 * (write → readSheets → findHistoryGrid → historyFromGrid), replacing a re-run period, ownership and
 * protection, and the sync-count and payload bounds.
 */
import { createExcelDouble, type DoubleSheetInit, type ExcelDouble } from '../support/excelDouble';
import { makeEvaluation } from '../support/evaluations';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { HISTORY_HEADER_ROW } from '../../src/addin/excel/history';
import { OWNED_SHEETS_KEY } from '../../src/addin/excel/settings';
import { findHistoryGrid, PortError, type WorkbookPort } from '../../src/addin/port';
import {
  type CheckInSnapshot,
  HISTORY_SHEET_NAME,
  HISTORY_COLUMNS,
  historyFromGrid,
  historyTable,
  historyToRows,
  historyWords,
  type Lang,
  recordCheckIn,
  type SheetSource,
  type SnapshotEntry,
  snapshotFromEvaluations,
  type Status,
  statusLabel,
} from '../../src/engine';

const ZH = HISTORY_SHEET_NAME['zh-CN'];
const EN = HISTORY_SHEET_NAME['en-US'];
const FOUR_MB = 4 * 1024 * 1024;
const STATUSES: Status[] = ['achieved', 'on_track', 'behind', 'at_risk', 'missed', 'no_data'];

const SOURCE: DoubleSheetInit = {
  name: '目标任务',
  values: [
    ['序号', '指标名称', '年度目标', '一季度', '状态'],
    ['一、职能目标任务', null, null, null, null],
    ['001', '=SUM(A1)', 150, 40, '正常'],
    [2, '培训农民', '1万人次', 1500, null],
  ],
  formulas: [[], [], [], [null, null, null, '=10*4']],
  numberFormats: [[], [], [null, null, '#,##0', '0.00']],
  merges: ['A2:E2'],
};

function setup(opts: { sheets?: DoubleSheetInit[]; requirementSets?: Record<string, string> } = {}) {
  const d = createExcelDouble({ sheets: opts.sheets ?? [SOURCE], requirementSets: opts.requirementSets });
  return { d, port: createExcelPort(d.run, d.host) };
}

/** Evaluations with the awkward values: ids like "001", text that looks like a formula, nulls. */
function evaluations(round: number) {
  return [
    makeEvaluation({
      id: '001',
      name: '=SUM(A1)',
      category: '职能目标任务',
      target: 150,
      actual: 40 + round,
      expected: 37.5,
      status: 'on_track',
    }),
    makeEvaluation({
      id: null,
      name: '培训农民 +86',
      category: null,
      target: 10000,
      actual: 1500 * round,
      expected: 2500,
      status: round > 1 ? 'achieved' : 'at_risk',
    }),
    makeEvaluation({
      id: '3',
      name: '整改措施',
      category: '党的建设',
      target: null,
      actual: null,
      status: 'no_data',
    }),
  ];
}

/** A snapshot with n entries, built directly. */
function bigSnapshot(n: number, period = 'Q1'): CheckInSnapshot {
  const entries: SnapshotEntry[] = Array.from({ length: n }, (_, i) => ({
    key: `目标任务|${i + 1}`,
    sheet: '目标任务',
    id: String(i + 1),
    name: `第${i + 1}项重点工作任务指标`,
    category: `类别${i % 7}`,
    target: 1000 + i,
    actual: 250 + (i % 500),
    expected: 250 + i / 4,
    completion: (250 + (i % 500)) / (1000 + i),
    status: STATUSES[i % STATUSES.length],
  }));
  return { period, takenAt: '2025-04-08T09:30:00.000Z', entries };
}

async function readHistory(port: WorkbookPort, lang?: Lang) {
  const sources: SheetSource[] = await port.readSheets();
  const grid = findHistoryGrid(sources, lang);
  return grid ? historyFromGrid(grid) : null;
}

/** What a check-in does: read the history in the workbook, record this snapshot, write the table. */
async function checkIn(port: WorkbookPort, snapshot: CheckInSnapshot, lang: Lang = 'zh-CN') {
  const before = (await readHistory(port, lang))?.history ?? [];
  const history = recordCheckIn(before, snapshot);
  // As the pane sends it: in the report's language (historyTable), read back whatever the language.
  const result = await port.writeHistory(historyTable(history, lang, 'UTC').rows, lang);
  return { history, result };
}

async function measure(d: ExcelDouble, f: () => Promise<unknown>) {
  const from = d.syncCount;
  await f();
  return { syncs: d.syncCount - from, payloads: d.syncPayloads.slice(from) };
}

function otherSheets(d: ExcelDouble, except: string): unknown {
  const snap = JSON.parse(d.snapshot()) as { sheets: { name: string }[] };
  return snap.sheets.filter((s) => s.name !== except);
}

describe('round trip', () => {
  test('write → readSheets → findHistoryGrid → historyFromGrid gives the same snapshots', async () => {
    const { d, port } = setup();
    const history = recordCheckIn(
      [],
      snapshotFromEvaluations(evaluations(1), 'Q1', '2025-04-08T09:30:00.000Z'),
    );
    const result = await port.writeHistory(historyToRows(history), 'zh-CN');
    expect(result.sheetName).toBe(ZH);

    const back = await readHistory(port);
    expect(back).not.toBeNull();
    expect(back?.diagnostics).toEqual([]);
    expect(back?.history).toEqual(history);
    // Awkward strings stayed text, never formulas or numbers.
    const cells = d.cells(ZH);
    const nameCol = HISTORY_COLUMNS.indexOf('name');
    const firstData = HISTORY_HEADER_ROW; // 0-based index of the first entry row
    expect(cells.values[firstData][nameCol]).toBe('=SUM(A1)');
    expect(cells.formulas.flat().every((f) => f === null)).toBe(true);
    expect(cells.values[firstData][HISTORY_COLUMNS.indexOf('id')]).toBe('001');
    expect(cells.values[firstData][1]).toBe('2025-04-08T09:30:00.000Z');
  });

  test('the sheet is visible, explains itself, shows labels, local times and statuses in the report language', async () => {
    const col = (c: (typeof HISTORY_COLUMNS)[number]) => String.fromCharCode(65 + HISTORY_COLUMNS.indexOf(c));
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const { d, port } = setup();
      const history = [snapshotFromEvaluations(evaluations(1), 'Q1', '2025-04-08T09:30:00.000Z')];
      const { rows } = historyTable(history, lang, 'Asia/Shanghai');
      const { sheetName } = await port.writeHistory(rows, lang);
      expect(sheetName).toBe(HISTORY_SHEET_NAME[lang]);
      const s = d.sheet(sheetName);
      const words = historyWords(lang);
      expect(s.visibility).toBe('Visible');
      expect(d.cell(sheetName, 'A1')?.value).toBe(words.note);
      expect(d.cell(sheetName, 'A2')?.value).toBe(words.columns.period);
      expect(d.cell(sheetName, `${col('status_name')}2`)?.value).toBe(words.columns.status_name);
      expect(d.cell(sheetName, `A${HISTORY_HEADER_ROW}`)?.value).toBe('period');
      expect(d.cell(sheetName, 'A2')?.format?.['font.bold']).toBe(true);
      expect(s.freezeRows).toBe(HISTORY_HEADER_ROW);
      expect(s.columnWidths.size).toBe(HISTORY_COLUMNS.length);
      // What a reader sees: the desk's date-time and the status in words; the codes row and the machine
      // columns (stored timestamp, match key, status code) are hidden.
      const first = HISTORY_HEADER_ROW + 1;
      expect(d.cell(sheetName, `${col('recorded')}${first}`)?.value).toBe('2025-04-08 17:30');
      const status = history[0].entries[0].status;
      expect(d.cell(sheetName, `${col('status_name')}${first}`)?.value).toBe(statusLabel(status, lang));
      expect(statusLabel(status, lang)).not.toBe(status);
      expect(s.hiddenRows.has(HISTORY_HEADER_ROW - 1)).toBe(true); // 0-based in the double
      for (const c of ['taken_at', 'key', 'status'] as const) {
        expect(s.hiddenColumns.has(HISTORY_COLUMNS.indexOf(c))).toBe(true);
      }
      expect(s.hiddenColumns.has(HISTORY_COLUMNS.indexOf('recorded'))).toBe(false);
      expect(d.cell(sheetName, `${col('completion')}${first}`)?.numberFormat).toBe('0.0%');
      // The sheet is the add-in's: its id is recorded in the saved settings.
      expect(d.host.settings.saved[OWNED_SHEETS_KEY]).toEqual([s.id]);
      for (const text of [words.note, ...Object.values(words.columns)]) {
        expect(text).not.toMatch(/NaN|undefined|null|\(\)|（）|[，。；：]{2}/);
      }
      // Read back in either language, as stored.
      const back = await readHistory(port, lang === 'zh-CN' ? 'en-US' : 'zh-CN');
      expect(back?.history).toEqual(history);
    }
  });

  test('Q1, Q2, then Q1 again: two snapshots, Q1 replaced, no stale rows left', async () => {
    const { d, port } = setup();
    const q1 = snapshotFromEvaluations(evaluations(1), 'Q1', '2025-04-08T09:30:00.000Z');
    const q2 = snapshotFromEvaluations(evaluations(2), 'Q2', '2025-07-08T09:30:00.000Z');
    // The re-run of Q1 has one indicator fewer, so a longer table is rewritten by a shorter one.
    const q1again = snapshotFromEvaluations(evaluations(3).slice(0, 2), 'Q1', '2025-04-09T16:00:00.000Z');

    await checkIn(port, q1);
    expect((await readHistory(port))?.history.map((s) => s.period)).toEqual(['Q1']);
    await checkIn(port, q2);
    expect((await readHistory(port))?.history.map((s) => s.period)).toEqual(['Q1', 'Q2']);
    await checkIn(port, q1again);

    const back = await readHistory(port);
    expect(back?.diagnostics).toEqual([]);
    expect(back?.history).toEqual([q1again, q2]);
    expect(d.cells(ZH).values).toHaveLength(HISTORY_HEADER_ROW + q1again.entries.length + q2.entries.length);
    expect(d.workbookState.sheets.map((s) => s.name)).toEqual(['目标任务', ZH]);
  });

  test('writing the same history twice gives the same workbook', async () => {
    const { d, port } = setup();
    const rows = historyToRows([bigSnapshot(40)]);
    await port.writeHistory(rows, 'zh-CN');
    const first = d.snapshot();
    await port.writeHistory(rows, 'zh-CN');
    expect(d.snapshot()).toBe(first);
  });
});

describe('which sheet', () => {
  test('a user sheet named 对标记录 is never overwritten (name-taken), and nothing changes', async () => {
    const user: DoubleSheetInit = { name: ZH, values: [['我的记录'], ['2024年', 12]] };
    const { d, port } = setup({ sheets: [SOURCE, user] });
    const before = d.snapshot();
    const error = await port.writeHistory(historyToRows([bigSnapshot(3)]), 'zh-CN').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).code).toBe('name-taken');
    expect((error as PortError).sheet).toBe(ZH);
    expect(d.snapshot()).toBe(before);
    // Reading the workbook does not take the user's sheet for the history either.
    expect(findHistoryGrid(await port.readSheets())).toBeNull();
  });

  test('with a user sheet named 对标记录, an en-US check-in uses "Check-in history" and leaves it alone', async () => {
    const user: DoubleSheetInit = { name: ZH, values: [['我的记录']] };
    const { d, port } = setup({ sheets: [SOURCE, user] });
    const { result } = await checkIn(port, bigSnapshot(3), 'en-US');
    expect(result.sheetName).toBe(EN);
    expect(d.cells(ZH).values).toEqual([['我的记录']]);
    expect((await readHistory(port))?.history).toEqual([bigSnapshot(3)]);
  });

  test('the history sheet made under one language is reused by the other (no second sheet)', async () => {
    const { d, port } = setup();
    await checkIn(port, bigSnapshot(3, 'Q1'), 'zh-CN');
    const { result } = await checkIn(port, bigSnapshot(3, 'Q2'), 'en-US');
    expect(result.sheetName).toBe(ZH);
    expect(d.workbookState.sheets.map((s) => s.name)).toEqual(['目标任务', ZH]);
    expect((await readHistory(port, 'en-US'))?.history.map((s) => s.period)).toEqual(['Q1', 'Q2']);
  });

  test('a sheet with the header codes but no id in the settings is not taken as ours (name-taken)', async () => {
    const rows = historyToRows([bigSnapshot(2, 'Q1')]);
    const existing: DoubleSheetInit = {
      name: EN,
      values: [['note'], ['labels'], ...rows.map((r) => r.map((v) => (v === null ? '' : v)))],
      protected: true,
    };
    const { d, port } = setup({ sheets: [SOURCE, existing] });
    const before = d.snapshot();
    const error = await checkIn(port, bigSnapshot(2, 'Q2'), 'en-US').catch((e) => e);
    expect(error).toMatchObject({ code: 'name-taken', sheet: EN });
    expect(d.snapshot()).toBe(before);
  });

  test('a user sheet whose id the settings list, but without the header codes, is never cleared', async () => {
    const mine: DoubleSheetInit = { name: ZH, values: [['我的记录'], ['2024-01-01', '开会']] };
    const d = createExcelDouble({ sheets: [SOURCE, mine] });
    d.host.settings.set(OWNED_SHEETS_KEY, [d.sheet(ZH).id]);
    const port = createExcelPort(d.run, d.host);
    const before = d.snapshot();
    const error = await checkIn(port, bigSnapshot(2, 'Q1')).catch((e) => e);
    expect(error).toMatchObject({ code: 'name-taken', sheet: ZH });
    expect(d.snapshot()).toBe(before);
  });

  test('a hidden history sheet is made visible again', async () => {
    const { d, port } = setup();
    await checkIn(port, bigSnapshot(2, 'Q1'));
    d.sheet(ZH).visibility = 'Hidden';
    await checkIn(port, bigSnapshot(2, 'Q2'));
    expect(d.sheet(ZH).visibility).toBe('Visible');
  });

  test('a protected workbook structure gives sheet-protected before anything is written', async () => {
    const d = createExcelDouble({ sheets: [SOURCE], workbookProtected: true });
    const port = createExcelPort(d.run, d.host);
    const before = d.snapshot();
    await expect(port.writeHistory(historyToRows([bigSnapshot(2)]), 'zh-CN')).rejects.toMatchObject({
      code: 'sheet-protected',
    });
    expect(d.snapshot()).toBe(before);
  });

  test('rows without the header codes are refused', async () => {
    const { port } = setup();
    await expect(port.writeHistory([['Q1', 'x']], 'zh-CN')).rejects.toBeInstanceOf(PortError);
  });
});

describe('protection', () => {
  test('protected after writing; a casual edit fails; a second write still works', async () => {
    const { d, port } = setup();
    await checkIn(port, bigSnapshot(3, 'Q1'));
    const sheet = d.sheet(ZH);
    expect(sheet.protected).toBe(true);
    expect(sheet.protectionPassword).toBeUndefined();
    expect(sheet.protectionOptions).toMatchObject({ allowFormatColumns: true, allowFormatRows: true });

    await expect(
      d.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(ZH).getRange('B5').values = [['edited']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });

    await checkIn(port, bigSnapshot(4, 'Q2'));
    expect(d.sheet(ZH).protected).toBe(true);
    expect((await readHistory(port))?.history.map((s) => [s.period, s.entries.length])).toEqual([
      ['Q1', 3],
      ['Q2', 4],
    ]);
  });

  test('when someone lifted the protection, the rewrite needs one sync less and protects again', async () => {
    const { d, port } = setup();
    await checkIn(port, bigSnapshot(3, 'Q1'));
    d.sheet(ZH).protected = false;
    const { syncs } = await measure(d, () => checkIn(port, bigSnapshot(3, 'Q2')));
    expect(syncs).toBe(3 + 3); // readSheets (3) + list, ownership probe and write
    expect(d.sheet(ZH).protected).toBe(true);
  });

  test('a write that fails half-way leaves the sheet protected, with an error the pane can explain', async () => {
    const d = createExcelDouble({ sheets: [SOURCE], requestLimitBytes: 200_000 });
    const port = createExcelPort(d.run, d.host);
    await port.writeHistory(historyToRows([bigSnapshot(3)]), 'zh-CN');
    const error = await port.writeHistory(historyToRows([bigSnapshot(5_000)]), 'zh-CN').catch((e) => e);
    expect(error).toMatchObject({ code: 'too-large' });
    expect(d.sheet(ZH).protected).toBe(true);
  });

  test('a history sheet someone protected with a password: sheet-protected, nothing changed', async () => {
    const { d, port } = setup();
    await checkIn(port, bigSnapshot(3, 'Q1'));
    const sheet = d.sheet(ZH);
    sheet.protectionPassword = 'secret';
    const before = d.snapshot();
    const error = await port.writeHistory(historyToRows([bigSnapshot(5, 'Q2')]), 'zh-CN').catch((e) => e);
    expect(error).toMatchObject({ code: 'sheet-protected', sheet: ZH });
    expect(d.snapshot()).toBe(before);
    expect(sheet.protectionPassword).toBe('secret');
  });
});

describe('round trips and payload', () => {
  test('sync count is the same for 10, 1,000 and 10,000 entries (first write and rewrite)', async () => {
    const counts: { first: number; again: number }[] = [];
    for (const n of [10, 1_000, 10_000]) {
      const { d, port } = setup();
      const rows = historyToRows([bigSnapshot(n)]);
      const first = await measure(d, () => port.writeHistory(rows, 'zh-CN'));
      const again = await measure(d, () => port.writeHistory(rows, 'zh-CN'));
      counts.push({ first: first.syncs, again: again.syncs });
      expect(d.cells(ZH).values).toHaveLength(HISTORY_HEADER_ROW + n);
    }
    // Create: list + one write batch. Rewrite: list + ownership probe + unprotect + one write batch.
    expect(counts).toEqual([
      { first: 2, again: 4 },
      { first: 2, again: 4 },
      { first: 2, again: 4 },
    ]);
  });

  test('the same bounds on ExcelApi 1.7 alone (no screen-updating suspension)', async () => {
    const { d, port } = setup({ requirementSets: { ExcelApi: '1.7' } });
    const rows = historyToRows([bigSnapshot(500)]);
    expect((await measure(d, () => port.writeHistory(rows, 'en-US'))).syncs).toBe(2);
    expect((await measure(d, () => port.writeHistory(rows, 'en-US'))).syncs).toBe(4);
    expect(d.workbookState.screenUpdatingSuspensions).toBe(0);
    expect(d.sheet(EN).protected).toBe(true);
  });

  test('no sync sends more than 4 MB at 50,000 entries, and every row arrives', async () => {
    const { d, port } = setup();
    const n = 50_000;
    const rows = historyToRows([bigSnapshot(n)]);
    const { syncs, payloads } = await measure(d, () => port.writeHistory(rows, 'zh-CN'));
    expect(syncs).toBeGreaterThan(2); // the table was split
    expect(syncs).toBeLessThan(10);
    expect(Math.max(...payloads)).toBeLessThanOrEqual(FOUR_MB);
    expect(d.cell(ZH, `G${HISTORY_HEADER_ROW + n}`)?.value).toBe(`第${n}项重点工作任务指标`);
    expect(d.cell(ZH, `L${HISTORY_HEADER_ROW + n}`)?.numberFormat).toBe('0.0%');
    expect(d.sheet(ZH).protected).toBe(true);
    const again = await measure(d, () => port.writeHistory(rows, 'zh-CN'));
    expect(Math.max(...again.payloads)).toBeLessThanOrEqual(FOUR_MB);
  }, 60_000);

  test('source sheets are unchanged, cell by cell', async () => {
    const second: DoubleSheetInit = {
      name: 'Sheet2',
      values: [
        ['a', 1],
        ['+86 10', '=x'],
      ],
    };
    const { d, port } = setup({ sheets: [SOURCE, second] });
    const cellsBefore = [d.cells('目标任务'), d.cells('Sheet2')];
    const before = otherSheets(d, ZH);
    await checkIn(port, snapshotFromEvaluations(evaluations(1), 'Q1', '2025-04-08T09:30:00.000Z'));
    await checkIn(port, snapshotFromEvaluations(evaluations(2), 'Q2', '2025-07-08T09:30:00.000Z'));
    expect([d.cells('目标任务'), d.cells('Sheet2')]).toEqual(cellsBefore);
    expect(otherSheets(d, ZH)).toEqual(before);
    expect(d.workbookState.activeSheetId).toBe(d.sheet('目标任务').id);
  });
});

describe('findHistoryGrid', () => {
  const grid = (name: string, values: (string | number | null)[][], originRow = 1) => ({
    grid: { name, originRow, originCol: 1, values, merges: [] },
  });
  const table = [['note'], ['labels'], ['period', 'taken_at', 'key']];

  test('finds the history sheet by name (either language, any case) only when it holds the table', () => {
    expect(findHistoryGrid([grid(ZH, [['我的记录']])])).toBeNull();
    expect(findHistoryGrid([grid('Data', []), grid('check-in HISTORY', table)])?.name).toBe(
      'check-in HISTORY',
    );
    // A named history sheet wins over a renamed one; a renamed one (the table alone) is still found.
    expect(findHistoryGrid([grid('Data', table), grid(ZH, table)])?.name).toBe(ZH);
    expect(findHistoryGrid([grid('Data', table)])?.name).toBe('Data');
    // The codes must sit in the first rows of the sheet.
    expect(findHistoryGrid([grid(ZH, [['period', 'taken_at']], 11)])).toBeNull();
    expect(findHistoryGrid([grid(ZH, [['period', 'taken_at']], 10)])?.name).toBe(ZH);
  });

  test('with both names present, the one of the given language wins', () => {
    const sources = [grid(ZH, table), grid(EN, table)];
    expect(findHistoryGrid(sources)?.name).toBe(ZH);
    expect(findHistoryGrid(sources, 'en-US')?.name).toBe(EN);
    expect(findHistoryGrid(sources, 'zh-CN')?.name).toBe(ZH);
  });
});
