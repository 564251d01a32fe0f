/**
 * The quantity grammar: numbers as people write them in indicator sheets.
 *
 * One cell becomes one ParsedCell: empty, a number with its exactness (exact, approximate, percent),
 * text (a milestone word, or text that is not a number), or a cell the engine cannot read (an Excel
 * error value, a date, a boolean, a formula without a result). Parsing never throws.
 *
 * Exact forms are read exactly: decimal scaling goes through the decimal string (1.2万 → "1.2e4"),
 * so 1.2万 is 12000 and 95% is 0.95, never 12000.000000000002.
 */
import type { Approximation, CellValue, Quantity, SourceCell } from '../model';
import { normalizeText, toHalfWidth } from './normalize';
import { toHans } from './hans';
import { cleanNumber, EXACT_DIGITS, figureSizeProblem, scaleByPowerOfTen } from './numbers';

export type ParsedCell =
  | { kind: 'empty' }
  | { kind: 'number'; quantity: Quantity }
  | { kind: 'text'; text: string }
  | {
      kind: 'unreadable';
      code: UnreadableCode;
      text: string;
    };

/** Why a cell cannot be read as a number. */
type UnreadableCode =
  | 'cell-error'
  | 'date-in-number-column'
  | 'boolean-in-number-column'
  | 'formula-no-result'
  | 'number-too-large'
  | 'number-too-small'
  | 'too-many-digits';

const EMPTY: ParsedCell = { kind: 'empty' };

/** Cell texts that mean "no value" (compared after normalisation, lower-case). */
const EMPTY_TEXTS: ReadonlySet<string> = new Set([
  '',
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '−',
  '/',
  '\\',
  '无',
  '暂无',
  'n/a',
  // no figure to give (Hawaii's variance reports, statistical tables)
  'no data',
  'no data available',
  'data not available',
  '无数据',
  '暂无数据',
  '…',
  '……',
]);

/**
 * A figure that says it is not in yet, and when it will be ("Not available until 2018", "Data not yet
 * available", "Awaiting data", "Available in June 2018"): no result, as a blank cell is.
 */
const NOT_YET_IN =
  /^(?:(?:the\s+)?(?:data|figures?|results?|information)\s+)?(?:(?:is|are)\s+)?not\s+(?:yet\s+available(?:\s+(?:until|till|before|in|from|at)\b.*)?|available\s+(?:yet|(?:until|till|before|in|from|at)\b.*))$|^awaiting\b|^(?:data|figures?|results?)\s+(?:due|expected|available)\s+(?:in|from|by|at)\b|^available\s+(?:in|from)\b|^(?:to\s+be|not\s+yet)\s+reported\b/i;

/** True when a cell text means "no value" ('—', '-', '/', '无', blank…). */
export function isEmptyText(text: string): boolean {
  return EMPTY_TEXTS.has(toHans(normalizeText(text)).toLowerCase());
}

/**
 * Strips the parts of a number format that are not format codes: quoted literals, escaped characters,
 * padding / fill characters and bracketed sections (colours, locales, conditions).
 * Elapsed-time sections ([h], [mm], [ss]) are kept as h / m / s.
 */
function formatCodes(format: string): string {
  let codes = FORMAT_CODES.get(format);
  if (codes === undefined) {
    // Asked for every cell of a format, of a few formats in a workbook: each worked out once.
    if (FORMAT_CODES.size >= 1024) FORMAT_CODES.clear();
    codes = format
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/[_*]./g, '')
      .replace(/\[(h+|m+|s+)\]/gi, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/general/gi, '');
    FORMAT_CODES.set(format, codes);
  }
  return codes;
}

const FORMAT_CODES = new Map<string, string>();

export function isPercentFormat(format: string | null | undefined): boolean {
  if (typeof format !== 'string' || format === '') return false;
  return formatCodes(format).includes('%');
}

/**
 * A format that writes a per cent sign after the number as it is (0.0"%", 0\%): the cell holds the
 * percentage itself (87.4 shown as 87.4%), as offices type it to keep Excel from multiplying by 100.
 */
export function isLiteralPercentFormat(format: string | null | undefined): boolean {
  if (typeof format !== 'string' || !/"%"|\\%/.test(format)) return false;
  const codes = formatCodes(format);
  return /[0#?]/.test(codes) && !codes.includes('%');
}

export function isDateFormat(format: string | null | undefined): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const codes = formatCodes(format);
  // AM/PM and the Chinese 上午/下午 markers are date-time codes too.
  return /[ymdhs]|am\/pm|a\/p|上午\/下午/i.test(codes);
}

/**
 * A format of elapsed time and no date: [h]:mm:ss, mm:ss, h:mm (an ambulance's mean response time kept
 * as 0:07:00). Such a cell is a duration, read in minutes.
 */
export function isDurationFormat(format: string | null | undefined): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const codes = formatCodes(format);
  return /[hs]/i.test(codes) && /:/.test(codes) && !/[yd]|am\/pm|a\/p|上午\/下午/i.test(codes);
}

const MINUTES_IN_A_DAY = 1440;

/** Units of time as written, in minutes. */
const TIME_UNIT_MINUTES: ReadonlyMap<string, number> = new Map([
  ...['d', 'day', 'days', '天', '日'].map((u) => [u, MINUTES_IN_A_DAY] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours', '小时', '个小时'].map((u) => [u, 60] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes', '分钟', '分'].map((u) => [u, 1] as const),
  ...['s', 'sec', 'secs', 'second', 'seconds', '秒'].map((u) => [u, 1 / 60] as const),
  ...['ms', 'millisecond', 'milliseconds', '毫秒'].map((u) => [u, 1 / 60000] as const),
]);

/** A unit of time a standard is written in (5 working days, 4 months, 24 hours, 3个工作日, 两星期). */
const STANDARD_TIME_UNIT =
  /^(?:(?:working|calendar|business|clear)\s*)?(?:days?|hours?|hrs?|weeks?|months?|minutes?|mins?)$|^(?:个)?(?:工作日|工作天|天|日|小时|周|星期|个月|月|分钟)$/i;

/**
 * The unit of time a number format writes after the figure (0" mins", 0.0" days", 0"个工作日"), else null:
 * a time typed as a number and shown with its unit.
 */
export function formatTimeUnit(format: string | null | undefined): string | null {
  if (typeof format !== 'string' || !format.includes('"')) return null;
  let unit = FORMAT_TIME_UNITS.get(format);
  if (unit === undefined) {
    // Asked for every figure of a format, of a few formats in a workbook: each worked out once.
    if (FORMAT_TIME_UNITS.size >= 1024) FORMAT_TIME_UNITS.clear();
    const m = /[0#?][^";]*"\s*([^"]{1,20}?)\s*"\s*(?:;|$)/.exec(format);
    unit = m && isStandardTimeUnit(m[1]) ? m[1] : null;
    FORMAT_TIME_UNITS.set(format, unit);
  }
  return unit;
}

const FORMAT_TIME_UNITS = new Map<string, string | null>();

/** True for a unit of time a standard is written in (working days, hours, 工作日, 个月). */
export function isStandardTimeUnit(unit: string): boolean {
  return STANDARD_TIME_UNIT.test(unit.trim());
}

/** How many minutes a unit of time is (hours 60, 分钟 1, secs 1/60, days 1440), else null. */
export function timeUnitMinutes(unit: string): number | null {
  return TIME_UNIT_MINUTES.get(unit.trim().toLowerCase()) ?? null;
}

/**
 * A duration written as people write response times, in minutes: 00:08:12 and 8:12 (h:mm:ss, mm:ss),
 * "14m 30s", "1h 5m", "7 min 30 sec". Null for anything else (a lone "15 mins" is a figure with its
 * unit, read as such).
 */
export function durationMinutes(text: string): number | null {
  const t = text.trim().toLowerCase();
  const colon = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/.exec(t);
  if (colon) {
    const [, a, b, c] = colon;
    return c !== undefined ? Number(a) * 60 + Number(b) + Number(c) / 60 : Number(a) + Number(b) / 60;
  }
  if (!/^(?:\d+(?:\.\d+)?\s*[a-z]+\s*){2,3}$/.test(t)) return null;
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/g)];
  let minutes = 0;
  let last = Infinity;
  for (const [, n, unit] of parts) {
    const u = timeUnitMinutes(unit);
    // Each part a smaller unit than the one before, hours at most: 1h 5m, 14m 30s.
    if (u === null || u >= MINUTES_IN_A_DAY || u >= last) return null;
    last = u;
    minutes += Number(n) * u;
  }
  return minutes;
}

function exact(value: number, percent = false): Quantity {
  return { value: value === 0 ? 0 : value, approximation: null, percent };
}

// ───────────────────────────── Chinese numerals ─────────────────────────────

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** Units below 万, as powers of ten. */
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** 万 and 亿, as powers of ten. */
const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

type NumeralToken =
  | { kind: 'digit'; value: number; text: string; chinese: boolean } // one Chinese digit or one Arabic decimal
  | { kind: 'small'; power: number }
  | { kind: 'big'; power: number }
  | { kind: 'point' };

function tokenizeNumeral(text: string): NumeralToken[] | null {
  const tokens: NumeralToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const arabic = /^(\d+(?:\.\d+)?|\.\d+)/.exec(text.slice(i));
    if (arabic) {
      tokens.push({ kind: 'digit', value: Number(arabic[1]), text: arabic[1], chinese: false });
      i += arabic[1].length;
      continue;
    }
    if (ch in CN_DIGITS)
      tokens.push({ kind: 'digit', value: CN_DIGITS[ch], text: String(CN_DIGITS[ch]), chinese: true });
    else if (ch in CN_SMALL_UNITS) tokens.push({ kind: 'small', power: CN_SMALL_UNITS[ch] });
    else if (ch in CN_BIG_UNITS) tokens.push({ kind: 'big', power: CN_BIG_UNITS[ch] });
    else if (ch === '点' || ch === '點') tokens.push({ kind: 'point' });
    else return null;
    i += 1;
  }
  return tokens;
}

/**
 * Reads a numeral built from digits and the units 十百千万亿: 二十 = 20, 十二 = 12, 两千 = 2000,
 * 一百二十三 = 123, 一百零五 = 105, 三千五百万 = 35000000, 零 = 0, 三点五 = 3.5, 二〇一九 = 2019
 * (digit by digit). Arabic digits may stand for a digit group: 1.2万 = 12000, 3亿 = 300000000,
 * 2千 = 2000. Returns null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  const t = toHans(normalizeText(text)).replace(/\s+/g, '');
  if (t === '') return null;
  const tokens = tokenizeNumeral(t);
  if (!tokens || tokens.length === 0) return null;

  // A decimal point: "三点五", "十二点五".
  const pointAt = tokens.findIndex((tok) => tok.kind === 'point');
  if (pointAt >= 0) {
    const intPart = tokens.slice(0, pointAt);
    const fracPart = tokens.slice(pointAt + 1);
    if (fracPart.length === 0 || fracPart.some((tok) => tok.kind !== 'digit' || !/^\d$/.test(tok.text)))
      return null;
    const whole = intPart.length === 0 ? 0 : readNumeralTokens(intPart);
    if (whole === null || !Number.isInteger(whole)) return null;
    return Number(`${whole}.${fracPart.map((tok) => (tok.kind === 'digit' ? tok.text : '')).join('')}`);
  }
  return readNumeralTokens(tokens);
}

function readNumeralTokens(tokens: readonly NumeralToken[]): number | null {
  // Digit by digit (二〇一九): three or more Chinese digits and no units ("三五" means three to five).
  if (tokens.length >= 3 && tokens.every((tok) => tok.kind === 'digit' && tok.chinese)) {
    return Number(tokens.map((tok) => (tok.kind === 'digit' ? tok.text : '')).join(''));
  }
  let total = 0; // completed 亿 groups
  let tenThousands = 0; // completed 万 group, below 亿
  let section = 0; // below 万
  let pending: { value: number; text: string } | null = null;
  let lastSmall = 99; // small units must fall within a section: 千 > 百 > 十
  let lastBig = 99;
  let sawDigitOrUnit = false;
  for (const tok of tokens) {
    if (tok.kind === 'digit') {
      if (pending !== null && pending.value !== 0) return null; // two digits in a row (二二十)
      pending = { value: tok.value, text: tok.text };
      sawDigitOrUnit = true;
    } else if (tok.kind === 'small') {
      if (tok.power >= lastSmall) return null;
      // 十 alone means 一十 (十二 = 12); other units need a digit.
      const base = pending ?? (tok.power === 1 ? { value: 1, text: '1' } : null);
      if (base === null) return null;
      section += scaleByPowerOfTen(base.value, tok.power);
      pending = null;
      lastSmall = tok.power;
      sawDigitOrUnit = true;
    } else if (tok.kind === 'big') {
      const groupValue = section + (pending ? pending.value : 0);
      // 万 and 亿 need digits before them; only 亿 may follow 万 directly (万亿 = 10^12).
      if (!sawDigitOrUnit && !(tok.power === 8 && lastBig === 4)) return null;
      if (tok.power === 4) {
        if (lastBig <= 4) return null; // 万…万
        tenThousands = scaleByPowerOfTen(cleanNumber(groupValue), 4);
        lastBig = 4;
      } else {
        // 亿 closes everything before it (一万亿 = 10^12).
        const before = cleanNumber(total + tenThousands + groupValue);
        total = scaleByPowerOfTen(before, 8);
        tenThousands = 0;
        lastBig = 8;
      }
      section = 0;
      pending = null;
      lastSmall = 99;
      sawDigitOrUnit = false;
    } else {
      return null;
    }
  }
  const result = cleanNumber(total + tenThousands + section + (pending ? pending.value : 0));
  return Number.isFinite(result) ? result : null;
}

// ───────────────────────────── Number text ─────────────────────────────

/** Markers written before the number, longest first. */
const PREFIX_MARKERS: readonly RegExp[] = [
  /^(大约|大概|约为|约合|约)/,
  /^(将近|接近|近)/,
  /^(超过|逾)/,
  /^(approximately|approx\.?|about|around|circa|ca\.)\s*/i,
  /^(nearly|almost)\s*/i,
  /^(more than|over)\s*/i,
  /^(~|≈|～)\s*/,
];
/** Markers written after the number (before any 多/余 handling). */
const SUFFIX_MARKERS: readonly RegExp[] = [/(左右|上下|以上|开外)$/, /\s*(\+|or more|plus)$/i];

/**
 * Reads number text: 1,234  １２３  5.5  -5  1.5e3  1.2万  3亿  95%  5‰  两千  百分之九十五, and the
 * approximate forms 约200  200左右  20多  20余  两千余  近二十万  20多万  about 200  nearly 200
 * over 200  more than 200. Approximate forms give the base value with an Approximation holding the
 * text as written and its marker. A leading currency sign (¥ ￥ $) is ignored. Text with a unit of
 * measure after the number (200场) is not a number: the unit belongs in the unit column.
 */
export function parseNumberText(text: string): Quantity | null {
  const q = readNumberText(text);
  return q && Number.isFinite(q.value) ? q : null;
}

/** parseNumberText, keeping a figure too large for a double (1e400) as ±Infinity for its message. */
/** A footnote's mark after a figure: 95%*, 1,234†, 12.5¹. */
const FOOTNOTE_AFTER_FIGURE = /(?<=[\d%‰])\s*(?:[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;

/**
 * A figure typed as text and nothing more ("95", "1,200", "95%", "95 %", "95 per cent", "95%*"): it says
 * what the number says.
 */
export function isPlainFigureText(text: string): boolean {
  return /^[+-]?\d[\d,]*(?:\.\d+)?(?:\s*%|\s*per\s?cent|\s*percent)?$/i.test(
    normalizeText(text).replace(FOOTNOTE_AFTER_FIGURE, ''),
  );
}

/**
 * A cell that is one figure (or a range of two) written with a decimal comma (9,2; ≥ 11,5; 12,5%; 0,75;
 * 0,13 – 0,35), as South African
 * and European tables write them, with its comma as a point; any other text as it is. Only a whole cell
 * (in a sentence "1,2" may be a list), and one decimal unless the figure is below 1 (1,234 is a thousand;
 * 12,34 a slip of the thousands comma).
 */
export function withDecimalPoint(text: string): string {
  if (DECIMAL_COMMA_FIGURE.test(text)) return text.replace(',', '.');
  // …and a range of two such figures (0,13 – 0,35).
  return DECIMAL_COMMA_RANGE.test(text) ? text.replace(/(\d),(\d)/g, '$1.$2') : text;
}
const DECIMAL_COMMA_FIGURE = /^\s*(?:[≥≤<>=]+\s*)?[+-]?(?:\d{1,3},\d|0,\d{1,2})\s*%?\s*$/;
const DECIMAL_COMMA_RANGE =
  /^\s*[+-]?(?:\d{1,3},\d|0,\d{1,2})\s*%?\s*[-–—~]\s*[+-]?(?:\d{1,3},\d|0,\d{1,2})\s*%?\s*$/;

function readNumberText(text: string): Quantity | null {
  if (typeof text !== 'string') return null;
  const written = withDecimalPoint(normalizeText(text));
  if (written === '' || written.length > 200) return null;
  const duration = durationMinutes(written);
  if (duration !== null) return { value: duration, approximation: null, percent: false };
  // Read in Simplified characters (約20萬 is 约20万); the approximation keeps the text as written.
  let t = toHans(written)
    .replace(/[￥¥$]/g, (m, offset: number) => (offset === 0 ? '' : m))
    // a footnote's mark after the figure (95%*, 1,234†, 12.5¹): the figure is the figure
    .replace(FOOTNOTE_AFTER_FIGURE, '')
    .trim();
  let marker: string | null = null;

  for (const re of PREFIX_MARKERS) {
    const m = re.exec(t);
    if (m) {
      marker = m[1].toLowerCase();
      t = t.slice(m[0].length).trim();
      break;
    }
  }
  for (const re of SUFFIX_MARKERS) {
    const m = re.exec(t);
    if (m && m.index > 0) {
      marker = marker ?? m[1].toLowerCase();
      t = t.slice(0, m.index).trim();
      break;
    }
  }

  let sign = 1;
  const signMatch = /^([-+−])\s*/.exec(t);
  if (signMatch) {
    sign = signMatch[1] === '+' ? 1 : -1;
    t = t.slice(signMatch[0].length);
  }

  let percentPower = 0;
  let percent = false;
  const cnPercent = /^百分之(.+)$/.exec(t);
  if (cnPercent) {
    t = cnPercent[1];
    percentPower = -2;
    percent = true;
  } else if (/%$/.test(t)) {
    t = t.slice(0, -1).trim();
    percentPower = -2;
    percent = true;
  } else if (/\d\s*(?:per\s?cent|percent)$/i.test(t)) {
    // 95 per cent, 95 percent: as 95% (the words written out, as some offices' style has them)
    t = t.replace(/\s*(?:per\s?cent|percent)$/i, '');
    percentPower = -2;
    percent = true;
  } else if (/‰$/.test(t)) {
    t = t.slice(0, -1).trim();
    percentPower = -3;
  }

  // 多 / 余 after the digits, possibly before 万 / 亿: 20多, 两千余, 20多万, 十余万.
  const more = /^(.+?)(多|余)(万亿|万|亿|萬|億)?$/.exec(t);
  if (more && /[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]$/.test(more[1])) {
    marker = marker ?? more[2];
    t = more[1] + (more[3] ?? '');
  }

  const value = readCore(t);
  if (value === null) return null;
  let v = sign * value;
  if (percentPower !== 0 && Number.isFinite(v)) v = scaleByPowerOfTen(v, percentPower);
  if (Number.isNaN(v)) return null;
  const approximation: Approximation | null = marker === null ? null : { text: written, marker };
  return { value: v === 0 ? 0 : v, approximation, percent };
}

/** Digits grouped the Indian way, in lakhs and crores (1,76,325; 12,34,56,789), as a pattern's source. */
export const INDIAN_GROUPS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}`;
const INDIAN_NUMBER = new RegExp(String.raw`^${INDIAN_GROUPS}(?:\.\d+)?$`);

/** The number itself, without sign, percent or approximation markers. */
function readCore(core: string): number | null {
  // Spaces between digit groups are thousands separators ("1 234"); other spaces are dropped.
  const t = core.replace(/(\d)\s+(?=\d)/g, '$1,').replace(/\s+/g, '');
  if (t === '') return null;
  if (/^\d+(\.\d+)?$|^\.\d+$|^\d+\.$/.test(t)) return Number(t);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  // Grouped the Indian way, in lakhs and crores: 1,76,325.
  if (INDIAN_NUMBER.test(t)) return Number(t.replace(/,/g, ''));
  if (/^(\d+(\.\d*)?|\.\d+)e[+-]?\d{1,4}$/i.test(t)) {
    const v = Number(t);
    // 1e-400 is not zero: keep it the smallest double so the size rule names it too small.
    return v === 0 && /[1-9]/.test(t.replace(/e.*$/i, '')) ? Number.MIN_VALUE : v;
  }
  // 1,234万: thousands separators before a Chinese unit.
  const grouped = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?)(.+)$/.exec(t);
  const numeral = grouped ? grouped[1].replace(/,/g, '') + grouped[2] : t;
  return parseChineseNumeral(numeral);
}

// ───────────────────────────── Cells ─────────────────────────────

/** "TRUE"/"FALSE" as Excel shows booleans. */
function booleanText(b: boolean): string {
  return b ? 'TRUE' : 'FALSE';
}

/**
 * One cell, read for a numeric column. Never throws, whatever it is given.
 * - null, blank text and '—', '-', '/', '无'… → empty
 * - a number → number (percent when the format is a percentage: 0.95 with "0%" is 95 %)
 * - a figure past the size rule (figureSizeProblem: 1e400, 5e-324) → unreadable (number-too-large,
 *   number-too-small); number text with more than 15 significant digits → unreadable (too-many-digits)
 * - a number with a date format → unreadable (date-in-number-column, with the date as its text)
 * - a boolean → unreadable (boolean-in-number-column)
 * - an Excel error value → unreadable (cell-error); a formula with no result → unreadable
 * - text → number when it reads as one (see parseNumberText), else text (normalised)
 */
export function parseCell(value: CellValue, format?: string | null): ParsedCell {
  try {
    return parseCellUnsafe(value, format);
  } catch {
    return { kind: 'text', text: safeString(value) };
  }
}

/** Whether a cell holds a figure: a number, or a text that reads as one. */
export function isFigureCell(cell: SourceCell | null | undefined): boolean {
  return !!cell && parseCell(cell.value, cell.format).kind === 'number';
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

function parseCellUnsafe(value: CellValue, format?: string | null): ParsedCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'unreadable', code: 'cell-error', text: String(value) };
    // A duration kept as a time of day (0:07:00 is 7/1440 of a day): read in minutes.
    if (isDurationFormat(format)) return sized(exact(value * 1440), value);
    if (isDateFormat(format))
      return { kind: 'unreadable', code: 'date-in-number-column', text: dateSerialText(value) };
    if (isLiteralPercentFormat(format)) return sized(exact(scaleByPowerOfTen(value, -2), true), value);
    return sized(exact(value, isPercentFormat(format)), value);
  }
  if (typeof value === 'boolean') {
    return { kind: 'unreadable', code: 'boolean-in-number-column', text: booleanText(value) };
  }
  if (typeof value === 'string') {
    const text = normalizeText(value);
    if (EMPTY_TEXTS.has(toHans(text).toLowerCase()) || NOT_YET_IN.test(text.trim())) return EMPTY;
    const q = readNumberText(text);
    if (!q) return { kind: 'text', text };
    if (
      digitCount(text) > EXACT_DIGITS &&
      significantDigits(text) > EXACT_DIGITS &&
      !isDoubleWrittenLong(text)
    )
      return { kind: 'unreadable', code: 'too-many-digits', text };
    return sized(q, text);
  }
  if (typeof value === 'object') {
    if (value.kind === 'error') {
      return { kind: 'unreadable', code: 'cell-error', text: toHalfWidth(String(value.code ?? '#ERROR')) };
    }
    if (value.kind === 'formula') {
      const f = String(value.formula ?? '');
      return { kind: 'unreadable', code: 'formula-no-result', text: f.startsWith('=') ? f : `=${f}` };
    }
  }
  return { kind: 'text', text: safeString(value) };
}

/**
 * A figure within the size rule as a number; past it, unreadable with the rule's code and the figure as
 * written (a number is turned into text only then: this runs for every numeric cell).
 */
function sized(q: Quantity, written: string | number): ParsedCell {
  const problem = figureSizeProblem(q.value);
  if (problem === null) return { kind: 'number', quantity: q };
  return {
    kind: 'unreadable',
    code: problem === 'too-large' ? 'number-too-large' : 'number-too-small',
    text: String(written),
  };
}

/**
 * A decimal a program wrote out to 17 digits (a data export's 72.890000000000001, 0.10000000000000001):
 * the very number that its shortest form (72.89) is, so reading it changes nothing the user typed.
 * Long whole numbers (account and ID numbers) and decimals that need all their digits stay unreadable.
 */
function isDoubleWrittenLong(text: string): boolean {
  const m = /^\s*([-+]?\d+\.\d+)\s*(%?)\s*$/.exec(toHalfWidth(text));
  if (!m || significantDigits(m[1]) > 17) return false;
  return significantDigits(String(Number(m[1]))) <= EXACT_DIGITS;
}

/** How many digits a text holds (ASCII and full-width): no run of them can have more. */
function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) count++;
  }
  return count;
}

/**
 * The most significant digits in one run of digits of a number text ("12345678901234567890" → 20,
 * "1,234.50" → 5, "0.00012" → 2, "3亿" → 1): leading zeros and trailing zeros do not count.
 */
function significantDigits(text: string): number {
  let most = 0;
  for (const m of toHalfWidth(text).matchAll(/\d[\d,\s]*(?:\.\d+)?|\.\d+/g)) {
    const digits = m[0].replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
    most = Math.max(most, digits.length);
  }
  return most;
}

/** Days from 1899-12-30 (Excel's day 0 as the 1900 system counts from day 61 on) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;
/** The last day Excel can show: 9999-12-31. */
const EXCEL_LAST_DAY = 2958465;

/**
 * An Excel date serial as the date it means: 43466 → "2019-01-01", 43466.5 → "2019-01-01 12:00",
 * 0.75 → "18:00" (days of the 1900 system; the reader has already moved 1904 workbooks onto it).
 * Outside Excel's dates, the number as it is.
 */
export function dateSerialText(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= EXCEL_LAST_DAY + 1) return String(serial);
  let days = Math.floor(serial);
  let minutes = Math.round((serial - days) * 1440);
  if (minutes === 1440) {
    days += 1;
    minutes = 0;
  }
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  if (days === 0) return time;
  // Excel counts a 29 February 1900 that never was (day 60): the days before it are one day later.
  const shifted = days < 61 ? days + 1 : days;
  const date = new Date((shifted - EXCEL_EPOCH_DAYS) * 86400000).toISOString().slice(0, 10);
  return minutes === 0 ? date : `${date} ${time}`;
}

/**
 * The cell as its author wrote it, for diagnostics ("1.2万", "#DIV/0!", "45000"); a number under a date
 * format as the date it shows ("2019-01-01", never the serial 43466).
 */
export function cellText(value: CellValue, format?: string | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normalizeText(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (typeof value === 'boolean') return booleanText(value);
    return isDateFormat(format) ? dateSerialText(value) : String(value);
  }
  if (value.kind === 'error') return String(value.code);
  if (value.kind === 'formula') return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
  return '';
}

/** A source cell's text for diagnostics and shown results (cellText with the cell's format). */
export function sourceText(cell: SourceCell): string {
  return cellText(cell.value, cell.format);
}

const PERCENT_UNITS = new Set([
  '%',
  '％',
  '(%)',
  '（%）',
  '百分比',
  'percent',
  'per cent',
  'percentage',
  'percentages',
  'pct',
  'pct.',
]);

/** True for a measure unit that is a percentage (%, ％, 百分比, Percentage, per cent). */
/** A unit without its scale, in lower case (万元, 亿元 → 元; 万人 → 人); 吨标煤 as 吨标准煤, which it shortens. */
export function unitWithoutScale(unit: string): string {
  return unit
    .replace(/^[万萬亿億千百十]+/, '')
    .replace(/标煤$/, '标准煤')
    .toLowerCase();
}

/**
 * A unit of a rate per so many, as Chinese tables write it (1/10万, 1/1000, 1/万, 1/10万人): the base
 * (100000, 1000, 10000), what is counted after it (人, or ''), and the part after the 1 as written (/10万人);
 * null for any other unit.
 */
export function perBaseUnit(
  unit: string,
): { readonly base: number; readonly counted: string; readonly written: string } | null {
  const m = PER_BASE.exec(unit.replace(/\s+/g, ''));
  if (!m || (!m[2] && !m[3])) return null;
  const base = (m[2] ? Number(m[2]) : 1) * (m[3] ? PER_BASE_SIZES.get(m[3])! : 1);
  return { base, counted: m[4], written: m[1] };
}
const PER_BASE = /^1(\/([1-9]0{0,5})?(千|万|萬|百万)?(\S*))$/;
const PER_BASE_SIZES: ReadonlyMap<string, number> = new Map([
  ['千', 1e3],
  ['万', 1e4],
  ['萬', 1e4],
  ['百万', 1e6],
]);

export function isPercentUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && PERCENT_UNITS.has(unit.trim().toLowerCase());
}

/** A percentage or a rate by its unit of measure: %, ‰, 率, 百分点, "rate". */
export function isRateUnitText(unit: string): boolean {
  return /[%‰率]|百分|千分|percent|rate|ratio/.test(toHans(normalizeText(unit)).toLowerCase());
}

const EN_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

/** A whole count written in digits, English words or Chinese numerals (10, ten, 十, 三): null for any other text. */
export function countIn(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const en = EN_NUMBERS[text.toLowerCase()];
  if (en !== undefined) return en;
  const n = parseChineseNumeral(text);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}
