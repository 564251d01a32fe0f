/** The pane's pure helpers: settings, error wording, sheet names, language and theme choice. */
import { PortError } from '../../src/addin/port';
import { uiLangFrom, uiTexts } from '../../src/taskpane/i18n';
import { toPaneError } from '../../src/taskpane/state/errors';
import { isValidSheetName, nextFreeSheetName } from '../../src/taskpane/state/names';
import { periodCodeLabel } from '../../src/taskpane/state/periods';
import {
  defaultSettings,
  mergeSettings,
  parsePercentInput,
  percentText,
  thresholdsValid,
} from '../../src/taskpane/state/settings';

test('the UI language follows Office display language: any Chinese → zh-CN, anything else → en-US', () => {
  expect(uiLangFrom('zh-CN')).toBe('zh-CN');
  expect(uiLangFrom('zh-TW')).toBe('zh-CN');
  expect(uiLangFrom('ZH-cn')).toBe('zh-CN');
  expect(uiLangFrom('en-GB')).toBe('en-US');
  expect(uiLangFrom('fr-FR')).toBe('en-US');
  expect(uiLangFrom(undefined)).toBe('en-US');
});

test('both languages define every text, and no text shows undefined, NaN or null', () => {
  const zh = uiTexts('zh-CN');
  const en = uiTexts('en-US');
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  for (const t of [zh, en]) {
    const samples = [
      t.indicatorCount(0),
      t.indicatorCount(1),
      t.flagged(0),
      t.flagged(2),
      t.cleared(1),
      t.reportDone('对标报告'),
      t.copySelected('Ctrl+C'),
      t.nameTakenBody('对标报告'),
      t.chooseColumnsOf('区县任务'),
      t.columnsFor('区县任务'),
      t.columnsRepeated(['B']),
      t.columnsRepeated(['B', 'C']),
      t.columnsMissing([{ sheet: '区县任务', role: 'periodTarget', column: 'F' }]),
      t.settingsIgnored([
        { field: 'yearStart', reason: 'out-of-range' },
        { field: 'columns', reason: 'too-long' },
      ]),
      ...Object.values(t.roles),
      ...t.monthNames,
      ...Object.values(t.errors).flatMap((e) => [e.title, e.body(), e.body('表1')]),
    ];
    for (const s of samples) {
      expect(s).not.toMatch(/undefined|NaN|null|\(\)|（）|。。|\.\./);
      expect(s.trim()).not.toBe('');
    }
  }
});

test('saved settings are taken field by field; malformed fields keep their defaults', () => {
  const d = defaultSettings('zh-CN');
  expect(d).toEqual({
    period: 'auto',
    lang: 'zh-CN',
    title: '',
    unitName: '',
    thresholds: { onTrack: 1, behind: 0.8 },
    yearStart: 'auto',
    columns: {},
  });
  expect(mergeSettings(d, null)).toBe(d);
  expect(mergeSettings(d, { period: 'M12', lang: 'en-US', title: 'T', unitName: 'U' })).toEqual({
    period: 'M12',
    lang: 'en-US',
    title: 'T',
    unitName: 'U',
    thresholds: d.thresholds,
    yearStart: 'auto',
    columns: {},
  });
  // The year start: "auto" (as the sheets' month columns run) or a month; nothing else.
  expect(mergeSettings(d, { yearStart: 4 }).yearStart).toBe(4);
  expect(mergeSettings({ ...d, yearStart: 4 }, { yearStart: 'auto' }).yearStart).toBe('auto');
  expect(mergeSettings(d, { yearStart: 'April' as never }).yearStart).toBe('auto');
  expect(mergeSettings(d, { yearStart: 13 }).yearStart).toBe('auto');
  expect(mergeSettings(d, { period: 'M13' }).period).toBe('auto');
  expect(mergeSettings(d, { period: 'FY' }).period).toBe('FY');
  expect(mergeSettings(d, { lang: 'de-DE' as never }).lang).toBe('zh-CN');
  expect(mergeSettings(d, { title: 42 as never }).title).toBe('');
  expect(mergeSettings(d, { thresholds: { onTrack: 0.8, behind: 0.9 } }).thresholds).toBe(d.thresholds);
  expect(mergeSettings(d, { thresholds: { onTrack: 1.1, behind: 0.9 } }).thresholds).toEqual({
    onTrack: 1.1,
    behind: 0.9,
  });
});

test('thresholds must be 1 %…500 % with behind below on track', () => {
  expect(thresholdsValid({ onTrack: 1, behind: 0.8 })).toBe(true);
  expect(thresholdsValid({ onTrack: 0.8, behind: 0.8 })).toBe(false);
  expect(thresholdsValid({ onTrack: 6, behind: 0.8 })).toBe(false);
  expect(thresholdsValid({ onTrack: 1, behind: 0 })).toBe(false);
  expect(thresholdsValid({ onTrack: NaN, behind: 0.8 })).toBe(false);
  expect(percentText(1)).toBe('100');
  expect(percentText(0.875)).toBe('87.5');
  expect(parsePercentInput('85')).toBe(0.85);
  expect(parsePercentInput(' 87.5% ')).toBe(0.875);
  expect(parsePercentInput('85％')).toBe(0.85);
  expect(parsePercentInput('')).toBeNull();
  expect(parsePercentInput('abc')).toBeNull();
  expect(parsePercentInput('-5')).toBeNull();
});

test('another report sheet name: the next free "(n)", within Excel limits', () => {
  expect(nextFreeSheetName('对标报告', ['对标报告'])).toBe('对标报告 (2)');
  expect(nextFreeSheetName('对标报告', ['对标报告', '对标报告 (2)', '对标报告 (3)'])).toBe('对标报告 (4)');
  expect(nextFreeSheetName('Target report (2)', ['target report (2)'])).toBe('Target report (3)');
  const long = 'x'.repeat(40);
  const name = nextFreeSheetName(long, [long]);
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name.endsWith(' (2)')).toBe(true);
  expect(isValidSheetName('对标报告 (2)')).toBe(true);
  expect(isValidSheetName('a/b')).toBe(false);
  expect(isValidSheetName('a[1]')).toBe(false);
  expect(isValidSheetName('   ')).toBe(false);
  expect(isValidSheetName("'quoted'")).toBe(false);
  expect(isValidSheetName('y'.repeat(32))).toBe(false);
  // The check is repeatable (no regex state carried between calls).
  expect([isValidSheetName('a:b'), isValidSheetName('a:b')]).toEqual([false, false]);
});

test('errors become codes the pane words plainly; the raw text is kept only as detail', () => {
  expect(toPaneError(new PortError('name-taken', 'exists', '对标报告'))).toEqual({
    code: 'name-taken',
    detail: 'exists',
    sheet: '对标报告',
  });
  expect(toPaneError(new PortError('no-indicator-sheet', 'none'))).toEqual({
    code: 'no-indicator-sheet',
    detail: 'none',
  });
  const accessDenied = Object.assign(new Error('The cell or chart is on a protected sheet.'), {
    code: 'AccessDenied',
  });
  expect(toPaneError(accessDenied).code).toBe('sheet-protected');
  expect(toPaneError(new TypeError('x is not a function'))).toEqual({
    code: 'unknown',
    detail: 'TypeError: x is not a function',
  });
  expect(toPaneError('boom')).toEqual({ code: 'unknown', detail: 'boom' });
  expect(toPaneError(undefined).detail).not.toBe('');
  // Something that only looks like a PortError by code is not trusted as one.
  expect(toPaneError({ code: 'name-taken' }).code).toBe('unknown');
});

test("the period drop-down names months in the organisation's year: month 1 of a year from April is April", () => {
  expect(periodCodeLabel('M1', 'en-US', 4)).toBe('April');
  expect(periodCodeLabel('M10', 'zh-CN', 4)).toBe('1月');
  expect(periodCodeLabel('M1', 'en-US')).toBe('January');
  // Quarters and the year are the organisation's own whatever the start.
  expect(periodCodeLabel('Q2', 'en-US', 4)).toBe('Q2');
});
