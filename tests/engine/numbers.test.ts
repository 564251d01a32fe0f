import fc from 'fast-check';
import type { CellValue } from '../../src/engine/model';
import { scanQuantities } from '../../src/engine/core/grammar';
import { unitOfCell } from '../../src/engine/read/units';
import { roundedTo, writtenDecimals } from '../../src/engine/core/numbers';
import {
  cellText,
  durationMinutes,
  isDateFormat,
  isDurationFormat,
  isPercentFormat,
  parseCell,
  parseChineseNumeral,
  type ParsedCell,
  parseNumberText,
} from '../../src/engine/core/quantity';

function num(text: string): number | null {
  const q = parseNumberText(text);
  return q ? q.value : null;
}

describe('parseNumberText: exact forms', () => {
  it.each<[string, number]>([
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['5.5', 5.5],
    ['0', 0],
    ['-5', -5],
    ['－5', -5],
    ['−5', -5],
    ['+7', 7],
    ['.5', 0.5],
    ['1.5e3', 1500],
    ['1.2万', 12000],
    ['1.1万', 11000],
    ['3亿', 300000000],
    ['2.8万', 28000],
    ['12.5万', 125000],
    ['187万', 1870000],
    ['0.35亿', 35000000],
    ['1,234万', 12340000],
    ['1万2千', 12000],
    ['3千', 3000],
    ['两千', 2000],
    ['二十', 20],
    ['十二', 12],
    ['一百二十三', 123],
    ['二十万', 200000],
    [' 1 234 ', 1234],
    ['¥1,200', 1200],
  ])('%s → %d', (text, expected) => {
    const q = parseNumberText(text);
    expect(q).not.toBeNull();
    expect(q!.value).toBe(expected);
    expect(q!.approximation).toBeNull();
    expect(q!.percent).toBe(false);
  });

  it.each<[string, number]>([
    ['95%', 0.95],
    ['９５％', 0.95],
    ['100%', 1],
    ['12.5%', 0.125],
    ['-3.2%', -0.032],
    ['0.1%', 0.001],
    ['百分之九十五', 0.95],
  ])('percentage %s → %d (percent flag set)', (text, expected) => {
    const q = parseNumberText(text);
    expect(q).toEqual({ value: expected, approximation: null, percent: true });
  });

  it('reads a per-mille sign as a fraction', () => {
    expect(num('5‰')).toBe(0.005);
  });

  it('rejects text that is not a number', () => {
    for (const t of [
      '完成',
      'abc',
      '200场',
      '3月',
      '2019年',
      '1.2.3',
      '12,34',
      '万',
      '十百',
      '二二十',
      '1e400',
      '',
      '很多',
    ]) {
      expect(parseNumberText(t)).toBeNull();
    }
  });
});

describe('parseNumberText: approximate forms', () => {
  it.each<[string, number, string]>([
    ['约200', 200, '约'],
    ['大约200', 200, '大约'],
    ['200左右', 200, '左右'],
    ['20多', 20, '多'],
    ['20余', 20, '余'],
    ['两千余', 2000, '余'],
    ['近二十万', 200000, '近'],
    ['20多万', 200000, '多'],
    ['十余万', 100000, '余'],
    ['1.2万余', 12000, '余'],
    ['约95%', 0.95, '约'],
    ['about 200', 200, 'about'],
    ['approx. 200', 200, 'approx.'],
    ['nearly 200', 200, 'nearly'],
    ['over 200', 200, 'over'],
    ['more than 200', 200, 'more than'],
    ['200以上', 200, '以上'],
  ])('%s → %d with marker %s and the text as written', (text, value, marker) => {
    const q = parseNumberText(text);
    expect(q).not.toBeNull();
    expect(q!.value).toBe(value);
    expect(q!.approximation).toEqual({ text, marker });
  });

  it('keeps the written text, normalised to half-width', () => {
    expect(parseNumberText('约２００')!.approximation!.text).toBe('约200');
  });
});

describe('parseChineseNumeral', () => {
  it.each<[string, number]>([
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两千', 2000],
    ['一百二十三', 123],
    ['一百零五', 105],
    ['一千零一十', 1010],
    ['三千五百万', 35000000],
    ['二十万', 200000],
    ['一亿二千万', 120000000],
    ['一万亿', 1e12],
    ['壹佰贰拾叁', 123],
    ['三点五', 3.5],
    ['二〇一九', 2019],
    ['1.2万', 12000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '万', '百', '二二十', '三百四千', '一亿万', 'abc', '三五', '万万'])('rejects %s', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('number formats', () => {
  it('recognises percentage formats', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.00%;[Red]-0.00%')).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false); // a quoted literal, not a percentage
    expect(isPercentFormat('General')).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it('recognises date formats and not number formats', () => {
    for (const f of [
      'yyyy-mm-dd',
      'm/d/yy',
      'yyyy"年"m"月"d"日"',
      'h:mm',
      '[h]:mm:ss',
      'mmm-yy',
      '[$-804]yyyy年m月',
    ]) {
      expect(isDateFormat(f)).toBe(true);
    }
    for (const f of [
      'General',
      '0',
      '#,##0.00',
      '0.00E+00',
      '0%',
      '#,##0"元"',
      '[Red]#,##0',
      '0.00_);(0.00)',
      '@',
      null,
    ]) {
      expect(isDateFormat(f)).toBe(false);
    }
  });
});

describe('durations, in minutes', () => {
  it.each<[string, number]>([
    ['00:07:00', 7],
    ['00:08:12', 8.2],
    ['1:05:30', 65.5],
    ['8:12', 8.2],
    ['14m 30s', 14.5],
    ['1h 5m', 65],
    ['7 min 30 sec', 7.5],
    ['2 hours 15 minutes', 135],
  ])('%s is %d minutes', (text, minutes) => {
    expect(durationMinutes(text)).toBeCloseTo(minutes, 10);
    const p = parseCell(text);
    expect(p.kind === 'number' && p.quantity.value).toBeCloseTo(minutes, 10);
  });

  it('leaves what is not a duration alone', () => {
    for (const t of ['15 mins', '12:75', '2019/10', '1.2m', '30s 2m', '3 apples 2 pears'])
      expect(durationMinutes(t)).toBeNull();
  });

  it('reads a cell kept in a time format as a duration, not a date', () => {
    for (const f of ['[h]:mm:ss', 'h:mm:ss', 'mm:ss', '[mm]:ss']) expect(isDurationFormat(f)).toBe(true);
    for (const f of ['yyyy-mm-dd hh:mm', 'm/d/yyyy', '0.00', 'mmm-yy'])
      expect(isDurationFormat(f)).toBe(false);
    const p = parseCell(7 / 1440 + 12 / 86400, '[h]:mm:ss');
    expect(p.kind === 'number' && p.quantity.value).toBeCloseTo(7.2, 10);
    expect(parseCell(45000, 'yyyy-mm-dd').kind).toBe('unreadable');
  });
});

describe('parseCell', () => {
  it.each<[CellValue]>([[null], [''], ['   '], ['—'], ['-'], ['－'], ['/'], ['无'], ['——'], ['\n']])(
    '%j is empty',
    (v) => {
      expect(parseCell(v)).toEqual({ kind: 'empty' });
    },
  );

  it('reads numbers, with the percent flag from the format', () => {
    expect(parseCell(150)).toEqual({
      kind: 'number',
      quantity: { value: 150, approximation: null, percent: false },
    });
    expect(parseCell(0.95, '0%')).toEqual({
      kind: 'number',
      quantity: { value: 0.95, approximation: null, percent: true },
    });
  });

  it('0.95 with a % format and "95%" written are the same quantity', () => {
    expect(parseCell(0.95, '0.0%')).toEqual(parseCell('95%'));
  });

  it('a footnote’s mark after a figure (95%*, 1,234†, 12.5¹) leaves the figure; one alone is no figure', () => {
    expect(parseCell('95%*')).toEqual(parseCell('95%'));
    expect(parseCell('1,234 †')).toEqual(parseCell(1234));
    expect(parseCell('12.5¹')).toEqual(parseCell(12.5));
    expect(parseCell('*').kind).toBe('text');
  });

  it('reads text numbers', () => {
    expect(parseCell('1.2万')).toEqual({
      kind: 'number',
      quantity: { value: 12000, approximation: null, percent: false },
    });
  });

  it('marks dates, booleans, errors and formulas without results as unreadable', () => {
    expect(parseCell(43831, 'yyyy-mm-dd')).toEqual({
      kind: 'unreadable',
      code: 'date-in-number-column',
      text: '2020-01-01',
    });
    expect(parseCell(true)).toEqual({ kind: 'unreadable', code: 'boolean-in-number-column', text: 'TRUE' });
    expect(parseCell({ kind: 'error', code: '#DIV/0!' })).toEqual({
      kind: 'unreadable',
      code: 'cell-error',
      text: '#DIV/0!',
    });
    expect(parseCell({ kind: 'error', code: '#N/A' })).toMatchObject({
      kind: 'unreadable',
      code: 'cell-error',
    });
    expect(parseCell({ kind: 'formula', formula: 'SUM(A1:A3)' })).toEqual({
      kind: 'unreadable',
      code: 'formula-no-result',
      text: '=SUM(A1:A3)',
    });
  });

  it('gives non-numeric text as normalised text', () => {
    expect(parseCell('  已完成 ')).toEqual({ kind: 'text', text: '已完成' });
    expect(parseCell('ＤＯＮＥ')).toEqual({ kind: 'text', text: 'DONE' });
  });

  it('cellText gives the cell as written', () => {
    expect(cellText('1.2万')).toBe('1.2万');
    expect(cellText({ kind: 'error', code: '#REF!' })).toBe('#REF!');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(null)).toBe('');
  });
});

// ───────────────────────────── properties ─────────────────────────────

const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '约',
    '多',
    '余',
    '万',
    '亿',
    '%',
    '近',
    '左右',
    '十',
    '百',
    '千',
    '零',
    '点',
    '百分之',
    '-',
    '.',
    ',',
  ),
  fc
    .array(
      fc.constantFrom(
        '约',
        '多',
        '余',
        '万',
        '亿',
        '%',
        '近',
        '1',
        '2',
        '.',
        ',',
        '十',
        '两',
        '-',
        '１',
        ' ',
        'e',
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join('')),
  fc.boolean(),
  fc.record({ kind: fc.constant('error' as const), code: fc.string() }),
  fc.record({ kind: fc.constant('formula' as const), formula: fc.string() }),
);
const formatArb = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.constantFrom('0%', 'yyyy-mm-dd', 'General', '#,##0', '"%"0', '[Red]0.00', 'h:mm', '@'),
);

function isValidParsed(p: ParsedCell): boolean {
  switch (p.kind) {
    case 'empty':
      return true;
    case 'number':
      return Number.isFinite(p.quantity.value) && typeof p.quantity.percent === 'boolean';
    case 'text':
      return typeof p.text === 'string';
    case 'unreadable':
      return typeof p.text === 'string';
  }
}

describe('properties', () => {
  it('parseCell never throws and always gives a well-formed result', () => {
    fc.assert(
      fc.property(cellValueArb, formatArb, (v, f) => {
        const p = parseCell(v, f);
        expect(isValidParsed(p)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseNumberText and parseChineseNumeral never throw and never give NaN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        const q = parseNumberText(s);
        if (q) expect(Number.isFinite(q.value)).toBe(true);
        const c = parseChineseNumeral(s);
        if (c !== null) expect(Number.isFinite(c)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a value that is not empty and not a number is text or unreadable, with its text', () => {
    fc.assert(
      fc.property(cellValueArb, formatArb, (v, f) => {
        const p = parseCell(v, f);
        if (p.kind !== 'empty' && p.kind !== 'number') {
          expect(['text', 'unreadable']).toContain(p.kind);
          expect(typeof p.text).toBe('string');
        }
      }),
    );
  });

  it('strings are never misread as the wrong kind: error values and booleans are never numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.boolean(), fc.record({ kind: fc.constant('error' as const), code: fc.string() })),
        formatArb,
        (v, f) => {
          expect(parseCell(v, f).kind).toBe('unreadable');
        },
      ),
    );
  });

  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });

  it('round trip: String(x) parses back to x', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(parseNumberText(String(x))?.value).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  function withThousands(x: number): string {
    const [int, frac] = String(Math.abs(x)).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (x < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
  }
  function fullWidth(s: string): string {
    return s.replace(/[0-9.,\-%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  }
  const plainDecimal = fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 9999 }))
    .map(([i, f]) => Number(`${i}.${f}`));

  it('round trip: thousands separators and full-width digits parse back to the same value', () => {
    fc.assert(
      fc.property(plainDecimal, (x) => {
        const expected = x === 0 ? 0 : x;
        expect(parseNumberText(withThousands(x))?.value).toBe(expected);
        expect(parseNumberText(fullWidth(withThousands(x)))?.value).toBe(expected);
        expect(parseNumberText(fullWidth(String(x)))?.value).toBe(expected);
      }),
    );
  });

  it('round trip: a number with 万 / 亿 / % is exactly the scaled decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const text = `${i}.${f}`;
        expect(parseNumberText(`${text}万`)?.value).toBe(Number(`${text}e4`));
        expect(parseNumberText(`${text}亿`)?.value).toBe(Number(`${text}e8`));
        expect(parseNumberText(`${text}%`)?.value).toBe(Number(`${text}e-2`));
      }),
    );
  });

  it('an approximate form gives the base value and keeps its text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom('约{}', '{}左右', '{}多', '{}余', '近{}'),
        (n, tpl) => {
          const text = tpl.replace('{}', String(n));
          const q = parseNumberText(text);
          expect(q?.value).toBe(n);
          expect(q?.approximation?.text).toBe(text);
        },
      ),
    );
  });
});

describe('a figure written with a decimal comma, as a whole cell', () => {
  it('reads 9,2 as 9.2 and 12,5% as 12.5%, where a thousands comma needs three digits after it', () => {
    expect(parseNumberText('9,2')?.value).toBe(9.2);
    expect(parseNumberText('0,75')?.value).toBe(0.75);
    expect(parseNumberText('12,5%')).toEqual({ value: 0.125, approximation: null, percent: true });
    expect(parseNumberText('1,234')?.value).toBe(1234);
    expect(parseNumberText('1,2,3')).toBeNull();
    expect(parseNumberText('12,34')).toBeNull();
  });

  it('reads a bound written so (≥ 11,5) by its figure, and leaves commas in a sentence alone', () => {
    expect(scanQuantities('≥ 11,5').mentions.map((m) => [m.value, m.comparator])).toEqual([
      [11.5, 'at_least'],
    ]);
    expect(scanQuantities('完成1,2月任务').mentions.some((m) => m.value === 1.2)).toBe(false);
  });
});

describe('the unit a unit cell gives', () => {
  it('is the unit in its brackets after a word of what the figure is', () => {
    expect(['Budget (Rm)', 'Plan (MW)', 'Budget (%)', '金额(万元)', 'Target (km)'].map(unitOfCell)).toEqual([
      'Rm',
      'MW',
      '%',
      '万元',
      'km',
    ]);
  });

  it('is the cell as written otherwise', () => {
    const asWritten = ['Litres per day(lpcd)', '人(次)', '万元(累计)', 'days', '(months)'];
    expect(asWritten.map(unitOfCell)).toEqual(asWritten);
    expect(unitOfCell(null)).toBeNull();
  });
});

describe('the decimals a figure is written with, and rounding to them', () => {
  it('counts the fewest decimals that give the figure back, exponents included', () => {
    expect([234, 4.61, 0.0012, -2.5, 1.5e-7, 123456789.123456, 1e21].map(writtenDecimals)).toEqual([
      0, 2, 4, 1, 8, 6, 0,
    ]);
  });

  it('rounds through the decimal text: up, down or to the nearest, a figure already there unchanged', () => {
    expect(roundedTo(190.76, 2, 'up')).toBe(190.76);
    expect(roundedTo(304.005, 2, 'up')).toBe(304.01);
    expect(roundedTo(1086824.25, 0, 'up')).toBe(1086825);
    expect(roundedTo(41.25, 1, 'down')).toBe(41.2);
    expect(roundedTo(84.333333, 1, 'nearest')).toBe(84.3);
    expect(roundedTo(-2.25, 1, 'nearest')).toBe(-2.3);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d;
        return ['up', 'down', 'nearest'].every((w) => roundedTo(x, d, w as 'up') === x);
      }),
    );
  });
});
