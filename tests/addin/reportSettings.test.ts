/** The saved year start and columns per sheet: taken within their bounds, the rest ignored and said. */
import { readSavedSettings, SETTING_LIMITS } from '../../src/addin/reportSettings';

describe('the month the year starts', () => {
  test.each([1, 4, 7, 10, 12])('%i is kept', (m) => {
    expect(readSavedSettings({ yearStart: m })).toEqual({ settings: { yearStart: m }, ignored: [] });
  });

  test.each([
    [0, 'out-of-range'],
    [13, 'out-of-range'],
    [4.5, 'out-of-range'],
    [Number.NaN, 'out-of-range'],
    ['4', 'malformed'],
    [null, 'malformed'],
  ])('%p is ignored (%s)', (v, reason) => {
    expect(readSavedSettings({ yearStart: v, period: 'Q1' })).toEqual({
      settings: { period: 'Q1' },
      ignored: [{ field: 'yearStart', reason }],
    });
  });
});

describe('the columns per sheet', () => {
  test('known roles naming a column by letter or heading are kept, trimmed', () => {
    const columns = {
      区县任务: { name: ' A ', target: '工作目标' },
      Scorecard: { actual: 'Current Performance' },
    };
    expect(readSavedSettings({ columns })).toEqual({
      settings: {
        columns: {
          区县任务: { name: 'A', target: '工作目标' },
          Scorecard: { actual: 'Current Performance' },
        },
      },
      ignored: [],
    });
  });

  test('unknown roles, empty or over-long references and bad sheet names are dropped, and said', () => {
    const long = 'x'.repeat(SETTING_LIMITS.columnRefLength + 1);
    const loaded = readSavedSettings({
      columns: {
        任务: { name: 'A', colour: 'B', target: '', actual: long, unit: 7 },
        ['长'.repeat(SETTING_LIMITS.sheetNameLength + 1)]: { name: 'A' },
        ' ': { name: 'A' },
        空: {},
        坏: 'name=A',
      },
    });
    expect(loaded).toEqual({
      settings: { columns: { 任务: { name: 'A' } } },
      ignored: [{ field: 'columns', reason: 'malformed' }],
    });
  });

  test('nothing usable: the field is ignored as a whole; a sheet named __proto__ is only a name', () => {
    expect(readSavedSettings({ columns: ['A'] })).toEqual({
      settings: {},
      ignored: [{ field: 'columns', reason: 'malformed' }],
    });
    expect(readSavedSettings({ columns: { 表: { size: 'A' } } })?.settings).toEqual({});
    const proto = readSavedSettings('{"columns":{"__proto__":{"name":"B"}}}');
    const kept = proto?.settings.columns ?? {};
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.entries(kept)).toEqual([['__proto__', { name: 'B' }]]);
  });

  test('at most the bounded number of sheets is kept; more is said as too long', () => {
    const many = Object.fromEntries(
      Array.from({ length: SETTING_LIMITS.columnSheets + 5 }, (_, i) => [`表${i}`, { name: 'A' }]),
    );
    const loaded = readSavedSettings({ columns: many });
    expect(Object.keys(loaded?.settings.columns ?? {})).toHaveLength(SETTING_LIMITS.columnSheets);
    expect(loaded?.ignored).toEqual([{ field: 'columns', reason: 'too-long' }]);
  });
});
