/** The columns step as plain data: pre-filled choices, repeated columns, the mapping, saved mappings checked. */
import type { Grid } from '../../src/engine';
import {
  columnOptions,
  initialChoices,
  mappingOf,
  type NeedsColumns,
  repeatedColumns,
  usableColumns,
  withSheetColumns,
} from '../../src/taskpane/state/columns';
import { SETTING_LIMITS } from '../../src/addin/reportSettings';

const REASON: NeedsColumns = {
  code: 'needs-columns',
  missing: ['name'],
  headerRow: 3,
  columns: [
    { column: 'A', header: '栏目', guess: null },
    { column: 'B', header: '工作目标', guess: 'target' },
    { column: 'C', header: '1-9月', guess: 'periodActual' },
    { column: 'D', header: '已完成数', guess: 'actual' },
    { column: 'E', header: '', guess: 'actual' },
  ],
};

test('the columns are listed as letter · heading, or the letter alone', () => {
  expect(columnOptions(REASON).map((o) => o.label)).toEqual([
    'A · 栏目',
    'B · 工作目标',
    'C · 1-9月',
    'D · 已完成数',
    'E',
  ]);
});

test('the step opens with the reader’s guesses: the first column per role, only roles a user can give', () => {
  const c = initialChoices(REASON);
  expect(c).toMatchObject({ name: '', target: 'B', actual: 'D', unit: '' });
  expect(Object.values(c).filter(Boolean)).toEqual(['B', 'D']);
});

test('a saved mapping wins over the guesses, by letter (any case) or heading; a column gone is not used', () => {
  const c = initialChoices(REASON, { name: 'a', actual: '1-9月', owner: 'Z', unit: '单位' });
  expect(c).toMatchObject({ name: 'A', target: 'B', actual: 'C', owner: '', unit: '' });
});

test('a column given two roles is found; the mapping holds only the roles given a column', () => {
  const c = { ...initialChoices(REASON), name: 'B' };
  expect(repeatedColumns(c)).toEqual(['B']);
  expect(repeatedColumns(initialChoices(REASON))).toEqual([]);
  expect(mappingOf({ ...initialChoices(REASON), name: 'A' })).toEqual({
    name: 'A',
    target: 'B',
    actual: 'D',
  });
});

test('saving a sheet’s mapping replaces its old one; an empty one removes it; the number of sheets stays bounded', () => {
  const all = { 甲: { name: 'A' }, 乙: { name: 'B' } };
  expect(withSheetColumns(all, '甲', { name: 'C' })).toEqual({ 乙: { name: 'B' }, 甲: { name: 'C' } });
  expect(withSheetColumns(all, '甲', {})).toEqual({ 乙: { name: 'B' } });
  const full = Object.fromEntries(
    Array.from({ length: SETTING_LIMITS.columnSheets }, (_, i) => [`表${i}`, { name: 'A' }]),
  );
  const next = withSheetColumns(full, '新表', { name: 'A' });
  expect(Object.keys(next)).toHaveLength(SETTING_LIMITS.columnSheets);
  expect(Object.keys(next).at(-1)).toBe('新表');
  expect(next['表0']).toBeUndefined();
});

function grid(name: string, values: Grid['values'], originCol = 1): Grid {
  return { name, originRow: 1, originCol, values, merges: [] };
}

test('saved columns are used where the sheet has them; the others are listed, sheets not in the workbook skipped', () => {
  const sheets = [
    grid('区县任务', [
      ['栏目', ' 工作  目标 ', '已完成数'],
      ['服务站', 40, 32],
    ]),
    // A grid read from column C onwards: its first column is C.
    grid('右移', [['指标', '目标']], 3),
  ];
  const saved = {
    区县任务: { name: 'A', target: '工作目标', actual: 'c', unit: 'F', owner: '牵头单位' },
    右移: { name: 'C', target: 'A' },
    已删除: { name: 'A' },
  };
  expect(usableColumns(saved, sheets)).toEqual({
    columns: { 区县任务: { name: 'A', target: '工作目标', actual: 'c' }, 右移: { name: 'C' } },
    missing: [
      { sheet: '区县任务', role: 'unit', column: 'F' },
      { sheet: '区县任务', role: 'owner', column: '牵头单位' },
      { sheet: '右移', role: 'target', column: 'A' },
    ],
  });
});
