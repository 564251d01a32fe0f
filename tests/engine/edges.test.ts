/**
 * Numbers at the edges: the one size rule for figures (past a double, below 1e-9, more than 15 typed
 * digits), sums past 1e308 over the period and across units, dates in number columns quoted as dates,
 * and figures in words without exponent notation or float noise.
 */
import type { CellValue, Evaluation, Indicator, Lang, Period, SourceCell } from '../../src/engine/model';
import { dateSerialText, parseCell } from '../../src/engine/core/quantity';
import { figureSizeProblem } from '../../src/engine/core/numbers';
import { evaluateIndicator } from '../../src/engine/evaluate/evaluate';
import { consolidateUnits } from '../../src/engine/evaluate/consolidate';
import { localeFor } from '../../src/engine/locale';
import { describeDiagnostic } from '../../src/engine/wording/messages';
import { makeEvaluation } from '../support/evaluations';
import { cellAt } from '../support/cells';

const Q2: Period = { kind: 'quarter', quarter: 2 };

type Cell = CellValue | { v: CellValue; f: string };

function source(cell: Cell, address: string): SourceCell {
  if (cell !== null && typeof cell === 'object' && 'v' in cell) return cellAt(address, cell.v, cell.f);
  return cellAt(address, cell);
}

/** Target in E5, quarters F5–I5. */
function indicator(target: Cell, quarters: Cell[], measureUnit: string | null = '项'): Indicator {
  return {
    key: 'a.xlsx|目标任务|1',
    file: 'a.xlsx',
    sheet: '目标任务',
    row: 5,
    id: '1',
    category: null,
    name: '科技下乡',
    measureUnit,
    directionCell: null,
    aggregationCell: null,
    target: source(target, 'E5'),
    milestoneTargets: null,
    actuals: {
      kind: 'quarters',
      cells: [0, 1, 2, 3].map((i) => source(quarters[i] ?? null, 'FGHI'[i] + '5')),
    },
    owner: null,
    notes: null,
  };
}

function messages(e: { diagnostics: Evaluation['diagnostics'] }, lang: Lang): string[] {
  return e.diagnostics.map((d) => describeDiagnostic(d, lang));
}

describe('the size rule (figureSizeProblem)', () => {
  it.each([
    [0, null],
    [-0, null],
    [1e-9, null],
    [1e308, null],
    [-1e-10, 'too-small'],
    [5e-324, 'too-small'],
    [Infinity, 'too-large'],
    [-Infinity, 'too-large'],
    [NaN, 'too-large'],
  ])('%p → %p', (x, problem) => {
    expect(figureSizeProblem(x)).toBe(problem);
  });
});

describe('parseCell at the edges', () => {
  it('refuses a figure other than 0 below 1e-9, in a cell or typed', () => {
    expect(parseCell(5e-324)).toEqual({ kind: 'unreadable', code: 'number-too-small', text: '5e-324' });
    expect(parseCell(5.551115123125783e-17)).toMatchObject({ code: 'number-too-small' });
    expect(parseCell('1e-400')).toMatchObject({ kind: 'unreadable', code: 'number-too-small' });
    expect(parseCell(0.000000001)).toMatchObject({ kind: 'number', quantity: { value: 1e-9 } });
  });

  it('refuses typed figures past a double as too large, not as "not a number"', () => {
    expect(parseCell('1e400')).toEqual({ kind: 'unreadable', code: 'number-too-large', text: '1e400' });
    expect(parseCell(1.7976931348623157e308)).toMatchObject({ kind: 'number' });
  });

  it('refuses typed figures with more than 15 significant digits instead of changing them', () => {
    expect(parseCell('12345678901234567890')).toEqual({
      kind: 'unreadable',
      code: 'too-many-digits',
      text: '12345678901234567890',
    });
    expect(parseCell('0.1234567890123456')).toMatchObject({ code: 'too-many-digits' });
    // 15 digits, and trailing or leading zeros, are exact.
    expect(parseCell('123456789012345')).toMatchObject({ quantity: { value: 123456789012345 } });
    expect(parseCell('100000000000000000000')).toMatchObject({ quantity: { value: 1e20 } });
    expect(parseCell('0.000012')).toMatchObject({ quantity: { value: 0.000012 } });
  });

  it('reads a decimal an export wrote out to 17 digits as the number it is, and still refuses one that needs them', () => {
    // 72.890000000000001 is the double 72.89 written in full: the same number, nothing changed.
    expect(parseCell('72.890000000000001')).toMatchObject({ kind: 'number', quantity: { value: 72.89 } });
    expect(parseCell('99.900000000000006%')).toMatchObject({
      kind: 'number',
      quantity: { value: 0.999, percent: true },
    });
    expect(parseCell('1.2345678901234567')).toMatchObject({ code: 'too-many-digits' });
    expect(parseCell('12345678901234567')).toMatchObject({ code: 'too-many-digits' });
  });

  it('reads full-width digits and commas, 万 / 亿 in a plain cell, -0 and both ways of percentages', () => {
    expect(parseCell('１２３，４５６')).toMatchObject({ kind: 'number', quantity: { value: 123456 } });
    expect(parseCell('１２３．５')).toMatchObject({ quantity: { value: 123.5 } });
    expect(parseCell('1.2万')).toMatchObject({ quantity: { value: 12000 } });
    expect(parseCell('3亿')).toMatchObject({ quantity: { value: 300000000 } });
    const negativeZero = parseCell(-0);
    expect(negativeZero.kind === 'number' && Object.is(negativeZero.quantity.value, 0)).toBe(true);
    expect(parseCell('-0')).toMatchObject({ quantity: { value: 0 } });
    expect(parseCell(0.95, '0%')).toMatchObject({ quantity: { value: 0.95, percent: true } });
    expect(parseCell('95%')).toMatchObject({ quantity: { value: 0.95, percent: true } });
    expect(parseCell(0.95)).toMatchObject({ quantity: { value: 0.95, percent: false } });
  });

  it('quotes a number under a date format as the date, never the serial', () => {
    expect(parseCell(43466, 'yyyy-mm-dd')).toEqual({
      kind: 'unreadable',
      code: 'date-in-number-column',
      text: '2019-01-01',
    });
    expect(parseCell(43466, 'm/d/yy')).toMatchObject({ text: '2019-01-01' });
  });
});

describe('dateSerialText', () => {
  it.each([
    [43466, '2019-01-01'],
    [43466.5, '2019-01-01 12:00'],
    [0.75, '18:00'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
    [-1, '-1'],
    [2958466, '2958466'],
  ])('%p → %s', (serial, text) => {
    expect(dateSerialText(serial)).toBe(text);
  });
});

describe('evaluating at the edges', () => {
  it('a 5e-324 target is a data problem naming the cell, never a target 0 that is achieved', () => {
    const e = evaluateIndicator(indicator(5e-324, [1, 1]), Q2);
    expect(e.status).toBe('invalid');
    expect(e.target).toBeNull();
    expect(e.diagnostics.map((d) => [d.code, d.cell])).toEqual([['number-too-small', 'E5']]);
    const [zh] = messages(e, 'zh-CN');
    expect(zh).toContain('E5单元格');
    expect(zh).toContain('“5e-324”');
    expect(zh).not.toContain('不是数字');
    expect(messages(e, 'en-US')[0]).toContain('smaller than 0.000000001');
  });

  it('a sum past 1e308 is "too large" at the cell where it overflows, not "not a number"', () => {
    const e = evaluateIndicator(indicator(1e308, [1e308, 1e308, 5]), Q2);
    expect(e.status).toBe('invalid');
    expect(e.actual).toBeNull();
    expect(e.diagnostics.map((d) => [d.code, d.cell])).toEqual([['sum-too-large', 'G5']]);
    const [zh] = messages(e, 'zh-CN');
    expect(zh).toContain('G5单元格');
    expect(zh).toContain('合计过大');
    expect(zh).not.toContain('不是数字');
    expect(messages(e, 'en-US')[0]).toContain('the total for "科技下乡" is too large to compute');
  });

  it('a typed figure past a double is "too large" at its cell', () => {
    const e = evaluateIndicator(indicator(100, [1, '1e400']), Q2);
    expect(e.status).toBe('invalid');
    expect(e.diagnostics.map((d) => [d.code, d.cell])).toEqual([['number-too-large', 'G5']]);
    expect(messages(e, 'zh-CN')[0]).toContain('填写的“1e400”过大');
  });

  it('a typed 20-digit target is refused with its digits, not rounded', () => {
    const e = evaluateIndicator(indicator('12345678901234567890', [1, 2], '元'), Q2);
    expect(e.status).toBe('invalid');
    expect(e.diagnostics.map((d) => d.code)).toEqual(['too-many-digits']);
    expect(messages(e, 'en-US')[0]).toContain('"12345678901234567890"');
  });

  it('a date in the target or an actual is named with its date', () => {
    const target = evaluateIndicator(indicator({ v: 43466, f: 'yyyy-mm-dd' }, [1, 1]), Q2);
    expect(target.status).toBe('invalid');
    expect(messages(target, 'zh-CN')[0]).toContain('日期“2019-01-01”');
    const actual = evaluateIndicator(indicator(10, [{ v: 43466, f: 'yyyy/m/d' }, 1]), Q2);
    expect(actual.status).toBe('invalid');
    const en = messages(actual, 'en-US')[0];
    expect(en).toContain('cell F5');
    expect(en).toContain('"2019-01-01"');
    expect(en).not.toContain('43466');
  });

  it('-0 and 0 read alike', () => {
    const e = evaluateIndicator(indicator(10, [-0, 2]), Q2);
    expect(e.actual?.value).toBe(2);
    expect(e.diagnostics).toEqual([]);
  });
});

describe('consolidation past 1e308', () => {
  it('gives no figures, invalid, and one "total too large" diagnostic', () => {
    const unit = (name: string) => ({
      name,
      evaluations: [
        makeEvaluation({
          name: '投资额',
          file: `${name}.xlsx`,
          target: 1e308,
          actual: 1e308,
          expected: 5e307,
          status: 'achieved',
        }),
      ],
    });
    const c = consolidateUnits([unit('甲'), unit('乙')], Q2);
    expect(c.consolidated[0]).toMatchObject({
      target: null,
      actual: null,
      expected: null,
      status: 'invalid',
    });
    expect(c.diagnostics.map((d) => d.code)).toEqual(['sum-too-large']);
    expect(describeDiagnostic(c.diagnostics[0], 'zh-CN')).toContain('指标“投资额”的合计过大');
  });
});

describe('figures in words', () => {
  const number = (v: number, lang: Lang) => localeFor(lang).format.number(v);
  const quantity = (v: number, unit: string, lang: Lang) =>
    localeFor(lang).format.quantity({ value: v, approximation: null, percent: false }, unit);

  it('never shows float noise or exponent notation for huge values', () => {
    // 7.5e30 / 1e8 is 74999999999999990000000 as a double.
    expect(number(7.5e30, 'zh-CN')).toBe('75000000000000000000000亿');
    expect(number(7.5e22, 'en-US')).toBe('75,000,000,000,000,000,000,000');
    expect(number(7.499999999999999e22, 'en-US')).toBe('75,000,000,000,000,000,000,000');
    expect(number(1e308, 'en-US')).not.toMatch(/e/i);
    expect(number(1e308, 'zh-CN')).toMatch(/^10+亿$/);
    // A gap between two huge figures keeps no noise either (75000000000000.02 亿元).
    expect(quantity(3.75e22 - 3e22, '亿元', 'zh-CN')).toBe('7500000000000000000000亿元');
  });

  it('writes a 亿-prefixed unit once: 亿元 values from 1万 亿 on are not 亿亿元', () => {
    expect(quantity(7.5e14, '亿元', 'zh-CN')).toBe('750000000000000亿元');
    expect(quantity(12000, '亿元', 'zh-CN')).toBe('12000亿元');
    expect(quantity(5, '亿元', 'zh-CN')).toBe('5亿元');
    expect(quantity(28000, '万元', 'zh-CN')).toBe('2.8亿元');
  });
});
