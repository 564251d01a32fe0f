import { createExcelDouble } from '../support/excelDouble';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { TEMPLATE_TEXT } from '../../src/addin/excel/template';
import { SETTINGS_KEY } from '../../src/addin/excel/settings';
import type { ReportSettings } from '../../src/addin/port';
import { SETTING_LIMITS } from '../../src/addin/reportSettings';

function setup(requirementSets?: Record<string, string>, settings?: Record<string, unknown>) {
  const d = createExcelDouble({
    sheets: [
      {
        name: 'Data',
        values: [
          ['a', 'b'],
          [1, 2],
        ],
      },
    ],
    requirementSets,
    settings,
  });
  return { d, port: createExcelPort(d.run, d.host) };
}

const SETTINGS: ReportSettings = {
  period: 'Q2',
  lang: 'en-US',
  title: 'Quarterly check',
  unitName: 'City science association',
  thresholds: { onTrack: 1, behind: 0.75 },
  yearStart: 4,
  columns: { 区县任务: { name: 'A', target: '工作目标', actual: 'C' } },
};

describe('settings', () => {
  test('saved into the document and read back; nothing saved gives null', async () => {
    const { d, port } = setup();
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings(SETTINGS);
    expect(d.host.settings.saveCount).toBe(1);
    expect(d.host.settings.saved[SETTINGS_KEY]).toEqual(SETTINGS);
    const reopened = setup(undefined, d.host.settings.saved);
    expect(await reopened.port.loadSettings()).toEqual({ settings: SETTINGS, ignored: [] });
  });

  test('malformed fields are dropped, not trusted, and each is named', async () => {
    const { port } = setup(undefined, {
      [SETTINGS_KEY]: { period: 'Q1', lang: 'fr', thresholds: { onTrack: 'x' } },
    });
    expect(await port.loadSettings()).toEqual({
      settings: { period: 'Q1' },
      ignored: [
        { field: 'lang', reason: 'malformed' },
        { field: 'thresholds', reason: 'malformed' },
      ],
    });
  });

  test('values out of bounds are ignored with a reason: a 1 MB title, a long name, thresholds out of range', async () => {
    const { port } = setup(undefined, {
      [SETTINGS_KEY]: {
        period: 'M12',
        lang: 'zh-CN',
        title: 'x'.repeat(1_000_000),
        unitName: '某'.repeat(SETTING_LIMITS.unitNameLength + 1),
        thresholds: { onTrack: 9, behind: 0.8 },
      },
    });
    expect(await port.loadSettings()).toEqual({
      settings: { period: 'M12', lang: 'zh-CN' },
      ignored: [
        { field: 'title', reason: 'too-long' },
        { field: 'unitName', reason: 'too-long' },
        { field: 'thresholds', reason: 'out-of-range' },
      ],
    });
  });

  test('the longest title and name allowed, and thresholds at the edges, are kept', async () => {
    const title = '标'.repeat(SETTING_LIMITS.titleLength);
    const unitName = 'u'.repeat(SETTING_LIMITS.unitNameLength);
    const thresholds = { onTrack: SETTING_LIMITS.maxThreshold, behind: SETTING_LIMITS.minThreshold };
    const { port } = setup(undefined, { [SETTINGS_KEY]: { title, unitName, thresholds } });
    expect(await port.loadSettings()).toEqual({ settings: { title, unitName, thresholds }, ignored: [] });
  });

  test('settings saved as unreadable text are ignored as a whole', async () => {
    const { port } = setup(undefined, { [SETTINGS_KEY]: '{not json' });
    expect(await port.loadSettings()).toEqual({
      settings: {},
      ignored: [{ field: 'all', reason: 'malformed' }],
    });
  });
});

describe('insertTemplate', () => {
  test.each(['zh-CN', 'en-US'] as const)(
    'adds a standard %s sheet with header, categories, example, lists',
    async (lang) => {
      const { d, port } = setup();
      const t = TEMPLATE_TEXT[lang];
      const name = await port.insertTemplate(lang);
      expect(name).toBe(t.sheetName);
      const { values } = d.cells(name);
      expect(values[0][0]).toBe(t.title);
      expect(values[1]).toEqual(t.header);
      expect(values[2][0]).toBe(t.categories[0]);
      expect(values[3][2]).toBe(t.example[2]);
      expect(values[3][6]).toBe(12);
      const s = d.sheet(name);
      expect(d.cell(name, 'A2')?.format?.['font.bold']).toBe(true);
      expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: t.header.length - 1 }]);
      expect(s.freezeRows).toBe(2);
      expect(s.columnWidths.size).toBe(t.header.length);
      expect(s.dataValidations.map((v) => (v.rule as { list: { source: string } }).list.source)).toEqual([
        t.directions.join(','),
        t.aggregations.join(','),
      ]);
      expect(d.workbookState.activeSheetId).toBe(s.id);
      // a second template gets a free name
      expect(await port.insertTemplate(lang)).toBe(`${t.sheetName} (2)`);
    },
  );

  test('on ExcelApi 1.7 the template has no drop-down lists but is otherwise the same', async () => {
    const { d, port } = setup({ ExcelApi: '1.7' });
    const name = await port.insertTemplate('zh-CN');
    expect(d.sheet(name).dataValidations).toEqual([]);
    expect(d.cells(name).values[1]).toEqual(TEMPLATE_TEXT['zh-CN'].header);
  });
});

describe('selectRange, events, host checks', () => {
  test('selectRange activates the sheet and selects the range; a vanished sheet is a plain error', async () => {
    const { d, port } = setup();
    await port.insertTemplate('zh-CN');
    await port.selectRange('Data', 'B2');
    expect(d.workbookState.activeSheetId).toBe(d.sheet('Data').id);
    expect(d.workbookState.selection).toEqual({ sheetId: d.sheet('Data').id, address: 'B2' });
    await port.selectRange('Data', "'Data'!A1:B2");
    expect(d.workbookState.selection?.address).toBe('A1:B2');
    await expect(port.selectRange('Gone', 'A1')).rejects.toMatchObject({ code: 'unknown', sheet: 'Gone' });
  });

  test('sheet events: added, deleted, renamed (1.17) — and unsubscribe stops them', async () => {
    const { d, port } = setup();
    let calls = 0;
    const unsubscribe = await port.onSheetsChanged(() => calls++);
    await d.user.addSheet('New');
    await d.user.renameSheet('New', 'Newer');
    await d.user.deleteSheet('Newer');
    expect(calls).toBe(3);
    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    await d.user.addSheet('Another');
    expect(calls).toBe(3);
  });

  test('without ExcelApi 1.17 renames are not subscribed (the pane refreshes), adds still are', async () => {
    const { d, port } = setup({ ExcelApi: '1.9' });
    let calls = 0;
    await port.onSheetsChanged(() => calls++);
    await d.user.renameSheet('Data', 'Data2');
    expect(calls).toBe(0);
    await d.user.addSheet('X');
    expect(calls).toBe(1);
  });

  test('an Excel older than ExcelApi 1.7 gets unsupported-host', async () => {
    const { port } = setup({ ExcelApi: '1.6' });
    await expect(port.readSheets()).rejects.toMatchObject({ code: 'unsupported-host' });
    await expect(port.loadSettings()).rejects.toMatchObject({ code: 'unsupported-host' });
  });
});

test('a run function that carries its host is enough to build the port', async () => {
  const d = createExcelDouble({
    sheets: [{ name: 'Data', values: [[1]] }],
    requirementSets: { ExcelApi: '1.7' },
  });
  const sources = await createExcelPort(d.run).readSheets();
  expect(sources[0].grid.values).toEqual([[1]]);
  expect(sources[0].grid.merges).toEqual([]); // 1.7: the double's sets were used, not a default
});
