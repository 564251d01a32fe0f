import fc from 'fast-check';
import type { Diagnostic, DiagnosticCode, Lang, SkipReason } from '../../src/engine/model';
import {
  describeDiagnostic,
  describeDiagnosticBody,
  describeSkipReason,
} from '../../src/engine/wording/messages';
import { expectNoJunk } from '../support/text';

const CODES: readonly DiagnosticCode[] = [
  'cell-error',
  'not-a-number',
  'approximate-value',
  'date-in-number-column',
  'boolean-in-number-column',
  'number-too-large',
  'sum-too-large',
  'number-too-small',
  'too-many-digits',
  'formula-no-result',
  'empty-in-period',
  'target-missing',
  'target-invalid',
  'duplicate-id',
  'unknown-direction',
  'unknown-aggregation',
  'unknown-milestone-word',
  'hidden-rows',
  'hidden-columns',
  'merged-body-cell',
  'period-not-in-sheet',
  'unit-mismatch',
  'missing-in-units',
  'long-text',
];
const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** Text no user should ever see. */
function expectClean(text: string): void {
  expectNoJunk(text);
  expect(text.length).toBeGreaterThan(4);
}

const full: Diagnostic = {
  file: 'a.xlsx',
  sheet: '目标任务',
  cell: 'F18',
  severity: 'error',
  code: 'cell-error',
  params: {
    text: '#DIV/0!',
    name: '科技下乡',
    id: '3',
    count: 2,
    range: 'A5:A6',
    column: 'F',
    period: 'Q3',
    unit: '场次',
    units: '商州区、洛南县',
    value: 200,
  },
};

describe('describeDiagnostic', () => {
  it.each(CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const)))(
    '%s in %s: one clean sentence naming sheet and cell, with and without params',
    (code, lang) => {
      const withParams = describeDiagnostic({ ...full, code }, lang);
      expectClean(withParams);
      expect(withParams).toContain('目标任务');
      expect(withParams).toContain('F18');
      expect(withParams).toContain('a.xlsx');
      expect(withParams).toMatch(lang === 'zh-CN' ? /。$/ : /\.$/);
      expect(withParams.split(lang === 'zh-CN' ? '。' : '. ').length).toBeLessThanOrEqual(2);

      const bare = describeDiagnostic({ sheet: '目标任务', cell: 'B7', severity: 'warning', code }, lang);
      expectClean(bare);
      expect(bare).toContain('目标任务');
      expect(bare).toContain('B7');

      const nothing = describeDiagnostic({ sheet: '', severity: 'warning', code, params: {} }, lang);
      expectClean(nothing);
    },
  );

  it('says what was found, in the cell text as written', () => {
    expect(describeDiagnostic(full, 'zh-CN')).toBe(
      '文件“a.xlsx”中工作表“目标任务”的F18单元格：指标“科技下乡”填写的是错误值“#DIV/0!”，无法计算，该指标记为数据有误。',
    );
    expect(describeDiagnostic(full, 'en-US')).toBe(
      'In a.xlsx, sheet "目标任务", cell F18: the error value "#DIV/0!" for "科技下乡" cannot be used, so the indicator is marked invalid.',
    );
    const approx = describeDiagnostic(
      {
        sheet: '目标任务',
        cell: 'E9',
        severity: 'warning',
        code: 'approximate-value',
        params: { text: '20多', value: 20 },
      },
      'zh-CN',
    );
    expect(approx).toBe('工作表“目标任务”的E9单元格：填写的“20多”是约数，按20计算，报告中照原样表述。');
    const period = describeDiagnostic(
      { sheet: '表1', severity: 'warning', code: 'empty-in-period', cell: 'G4', params: { period: 'Q2' } },
      'zh-CN',
    );
    expect(period).toContain('第二季度');
    const periodEn = describeDiagnostic(
      { sheet: '表1', severity: 'warning', code: 'period-not-in-sheet', params: { period: 'M3' } },
      'en-US',
    );
    expect(periodEn).toBe(
      'Sheet "表1": there is no column for March, so the sheet cannot be checked for it.',
    );
  });

  it('hidden rows: count and range when given, clean words when not', () => {
    const d: Diagnostic = {
      sheet: '目标任务',
      severity: 'info',
      code: 'hidden-rows',
      params: { count: 1, range: '8:8' },
    };
    expect(describeDiagnostic(d, 'zh-CN')).toBe(
      '工作表“目标任务”：表格中有1行被隐藏（8:8），已照常读取，请核对。',
    );
    expect(describeDiagnostic(d, 'en-US')).toContain('1 hidden row (8:8)');
    expect(describeDiagnostic({ ...d, params: { count: Number.NaN } }, 'zh-CN')).toBe(
      '工作表“目标任务”：表格中有若干行被隐藏，已照常读取，请核对。',
    );
  });

  it('units parameters from consolidation', () => {
    const d: Diagnostic = {
      sheet: '商州区',
      severity: 'warning',
      code: 'missing-in-units',
      params: { name: '科技下乡', units: '洛南县, 丹凤县', count: 2 },
    };
    expect(describeDiagnostic(d, 'zh-CN')).toBe(
      '工作表“商州区”：指标“科技下乡”只在部分单位中填报，洛南县, 丹凤县未填报。',
    );
    expect(describeDiagnostic(d, 'en-US')).toContain('it is missing in 洛南县, 丹凤县');
  });

  it('never shows placeholders, whatever the params (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9甲乙丙科技下乡#!%=\-./ ]{0,12}$/);
    const value = fc.oneof(word, fc.double(), fc.integer({ min: -5, max: 100 }));
    const keys = ['text', 'name', 'id', 'count', 'range', 'column', 'period', 'unit', 'units', 'value'];
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.constantFrom(...LANGS),
        fc.option(word, { nil: undefined }),
        word,
        fc.option(fc.stringMatching(/^[A-Z]{1,2}[1-9][0-9]?$/), { nil: undefined }),
        fc.dictionary(fc.constantFrom(...keys), value),
        (code, lang, file, sheet, cell, params) => {
          const text = describeDiagnostic({ file, sheet, cell, severity: 'warning', code, params }, lang);
          // Cell texts as written may hold any punctuation: the marks are checked as far as they can be.
          expectNoJunk(text, { marks: false });
          expect(text).not.toMatch(/（\s*）|“\s*”/);
          expect(text).not.toMatch(/，，|。。|、、|,,|\.\./);
          expect(text).not.toMatch(/\s[，。、；：？！）”]/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('describeSkipReason', () => {
  const reasons: SkipReason[] = [
    { code: 'no-header' },
    { code: 'missing-column', column: 'name' },
    { code: 'missing-column', column: 'target' },
    { code: 'own-output' },
    { code: 'empty' },
    { code: 'no-indicators' },
    { code: 'internal-error', message: 'x is not iterable' },
    { code: 'internal-error', message: '' },
  ];
  it.each(reasons.flatMap((r) => LANGS.map((lang) => [r, lang] as const)))('%j in %s', (r, lang) => {
    const text = describeSkipReason(r, lang);
    expectClean(text);
    // A phrase to put after the sheet name: no final full stop.
    expect(text).not.toMatch(/[。.]$/);
  });
  it('names what is missing', () => {
    expect(describeSkipReason({ code: 'missing-column', column: 'target' }, 'zh-CN')).toContain('年度目标');
    expect(describeSkipReason({ code: 'missing-column', column: 'name' }, 'en-US')).toContain(
      'indicator name',
    );
    expect(describeSkipReason({ code: 'empty' }, 'zh-CN')).toBe('工作表为空');
  });
  it("says an internal error is the program's, with its message, in both languages", () => {
    const r: SkipReason = { code: 'internal-error', message: 'grid unavailable' };
    expect(describeSkipReason(r, 'zh-CN')).toBe('读取时程序出错（grid unavailable），请反馈此问题');
    expect(describeSkipReason(r, 'en-US')).toBe(
      'the program failed while reading it (grid unavailable); please report this',
    );
  });
});

describe('describeDiagnosticBody', () => {
  test('the sentence without its location, for lists that show the cell beside it', () => {
    const d = {
      sheet: '目标任务',
      cell: 'G10',
      severity: 'error',
      code: 'not-a-number',
      params: { text: '待统计', name: '发展会员' },
    } as const;
    const full = describeDiagnostic(d, 'zh-CN');
    const body = describeDiagnosticBody(d, 'zh-CN');
    expect(full).toContain('G10');
    expect(body).not.toContain('G10');
    expect(body).not.toContain('目标任务');
    expect(body).toContain('待统计');
    expect(full.endsWith(body)).toBe(true);
    const en = describeDiagnosticBody(d, 'en-US');
    expect(en).not.toContain('G10');
    expect(en).toMatch(/^[A-Z].*\.$/);
  });
});
