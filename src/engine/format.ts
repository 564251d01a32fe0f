/**
 * Numbers, quantities, periods, statuses and dates as people write them in reports.
 *
 * zh-CN: large numbers with 万 / 亿 (2.8万, 187万, 12.35万, 2.8亿), smaller numbers without grouping
 * (9999, 1234.5); en-US: thousands separators (12,345, 1,234.5). At most two decimals, no trailing zeros.
 * Percentages with one decimal (95.0%), differences of ratios in percentage points (16.7个百分点).
 *
 * Nothing here ever returns "NaN", "Infinity", "undefined" or "null": a value that is not a finite
 * number is shown as a dash.
 */
import { formatDigits as digits, NO_VALUE } from './core/digits';
import { cleanText } from './core/text';
import type { Lang, Period, Quantity, Status } from './model';

export { cleanText, tidySentence } from './core/text';

// ───────────────────────────── Text hygiene ─────────────────────────────

// ───────────────────────────── Numbers ─────────────────────────────

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * zh-CN: 28000 → 2.8万, 1870000 → 187万, 123456 → 12.35万, 280000000 → 2.8亿, 9999 → 9999,
 * 1234.5 → 1234.5, -28000 → -2.8万. en-US: 12345 → 12,345, 1234.5 → 1,234.5.
 * At most two decimals, no trailing zeros. Not finite → "—".
 */
export function formatNumber(value: number, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  if (lang === 'en-US') return digits(value, 0, 2, true);
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (round2(abs / 1e4) >= 1e4) return sign + digits(abs / 1e8, 0, 2, false) + '亿';
  if (round2(abs) >= 1e4) return sign + digits(abs / 1e4, 0, 2, false) + '万';
  return digits(value, 0, 2, false);
}

/** 0.8333 → "83.3%" (digits decimals, default one). Not finite → "—". */
export function formatPercent(ratio: number, lang: Lang, digitCount = 1): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return NO_VALUE;
  const d = Math.max(0, Math.min(6, Math.floor(digitCount)));
  return digits(ratio * 100, d, d, lang === 'en-US') + '%';
}

/** A difference of two ratios: 0.167 → "16.7个百分点" / "16.7 percentage points". */
export function formatPoints(diff: number, lang: Lang): string {
  if (typeof diff !== 'number' || !Number.isFinite(diff)) return NO_VALUE;
  const s = digits(diff * 100, 1, 1, lang === 'en-US');
  return lang === 'zh-CN' ? `${s}个百分点` : `${s} percentage points`;
}

// ───────────────────────────── Quantities ─────────────────────────────

const PERCENT_UNITS = new Set(['%', '％', '百分比']);

/** True for a measure unit that is a percentage (%, ％, 百分比). */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && PERCENT_UNITS.has(unit.trim());
}

/** Markers written after the number, where the unit goes before them: 200人左右, 200人以上. */
const TRAILING_MARKERS = ['左右', '上下', '以上', '开外'];

/** The English words for an approximation marker: more than / nearly / about. */
function englishMarker(marker: string): string {
  const m = marker.trim().toLowerCase();
  if (['多', '余', '超过', '逾', '以上', '开外', 'over', 'more than', '+', 'or more', 'plus'].includes(m)) {
    return 'more than';
  }
  if (['近', '将近', '接近', 'nearly', 'almost'].includes(m)) return 'nearly';
  return 'about';
}

/** The number with its unit, no approximation. */
function exactQuantity(value: number, percent: boolean, unit: string, lang: Lang): string {
  if (percent) return formatPercent(value, lang, 1);
  if (isPercentUnit(unit)) return formatNumber(value, lang) + '%';
  if (unit === '‰') return formatNumber(value, lang) + '‰';
  if (lang === 'zh-CN') {
    // 28000万元 is written 2.8亿元.
    if (unit.startsWith('万') && Math.abs(value) >= 1e4)
      return formatNumber(value * 1e4, lang) + unit.slice(1);
    return formatNumber(value, lang) + unit;
  }
  return unit ? `${formatNumber(value, lang)} ${unit}` : formatNumber(value, lang);
}

/** zh-CN approximate text as written, with the unit where Chinese puts it: 20多场次, 200人左右. */
function approximateZh(text: string, unit: string, percent: boolean): string {
  if (unit === '' || text.endsWith(unit)) return text;
  if (percent || isPercentUnit(unit)) return /[%％]/.test(text) ? text : text + '%';
  for (const m of TRAILING_MARKERS) {
    if (text.endsWith(m) && text.length > m.length) return text.slice(0, -m.length) + unit + m;
  }
  return text + unit;
}

/**
 * A quantity with its unit: "2.8万人次", "187万元", "95.0%" (percent), "184 sessions" (en-US: number,
 * space, unit as given). Approximate values keep what was written: "20多场次", "近二十万人";
 * in en-US the marker is put in words: "more than 20 场次", "about 200", "nearly 200,000".
 * Null or a non-finite value → "—".
 */
export function formatQuantity(q: Quantity | null, unit: string | null, lang: Lang): string {
  if (!q || typeof q.value !== 'number' || !Number.isFinite(q.value)) return NO_VALUE;
  const u = cleanText(unit);
  const exactText = exactQuantity(q.value, q.percent, u, lang);
  if (!q.approximation) return exactText;
  if (lang === 'zh-CN') {
    const written = cleanText(q.approximation.text);
    return written ? approximateZh(written, u, q.percent) : `约${exactText}`;
  }
  return `${englishMarker(q.approximation.marker ?? '')} ${exactText}`;
}

// ───────────────────────────── Lists ─────────────────────────────

/** 甲、乙和丙 / "a, b and c"; two items: 甲和乙 / "a and b"; one item: itself; empty items dropped. */
export function joinList(items: readonly string[], lang: Lang): string {
  const list = items.filter((s) => typeof s === 'string' && s.trim() !== '');
  if (list.length === 0) return '';
  if (list.length === 1) return list[0];
  const head = list.slice(0, -1);
  const last = list[list.length - 1];
  return lang === 'zh-CN' ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

// ───────────────────────────── Chinese numerals and section numbers ─────────────────────────────

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, 100 → 一百, 101 → 一百零一 (up to 9999). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return Number.isFinite(n) ? String(n) : '';
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 === 0 ? '' : CN_DIGITS[n % 10]);
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : CN_DIGITS[n % 10]);
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zero = false;
  let rest = n;
  for (const [size, name] of units) {
    const d = Math.floor(rest / size);
    rest %= size;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += CN_DIGITS[d] + name;
  }
  return out;
}

function letters(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** zh-CN: "一、" / "（一）"; en-US: "1. " / "(a) ". */
export function sectionNumber(n: number, level: 1 | 2, lang: Lang): string {
  const k = Number.isInteger(n) && n > 0 ? n : 1;
  if (lang === 'zh-CN') return level === 1 ? `${chineseOrdinal(k)}、` : `（${chineseOrdinal(k)}）`;
  return level === 1 ? `${k}. ` : `(${letters(k)}) `;
}

// ───────────────────────────── Periods, statuses, dates ─────────────────────────────

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 第一季度…第四季度, 1月…12月, 全年; Q1…Q4, January…December, the full year. */
export function periodLabel(p: Period, lang: Lang): string {
  switch (p.kind) {
    case 'quarter':
      return lang === 'zh-CN' ? `第${chineseOrdinal(p.quarter)}季度` : `Q${p.quarter}`;
    case 'month':
      return lang === 'zh-CN' ? `${p.month}月` : EN_MONTHS[p.month - 1];
    case 'year':
      return lang === 'zh-CN' ? '全年' : 'the full year';
  }
}

/** 截至第三季度 / 截至3月底 / 全年; "As of Q3" / "As of the end of March" / "For the full year". */
export function periodAsOf(p: Period, lang: Lang): string {
  switch (p.kind) {
    case 'quarter':
      return lang === 'zh-CN' ? `截至${periodLabel(p, lang)}` : `As of ${periodLabel(p, lang)}`;
    case 'month':
      return lang === 'zh-CN' ? `截至${p.month}月底` : `As of the end of ${periodLabel(p, lang)}`;
    case 'year':
      return lang === 'zh-CN' ? '全年' : 'For the full year';
  }
}

const STATUS_LABELS: Readonly<Record<Lang, Readonly<Record<Status, string>>>> = {
  'zh-CN': {
    achieved: '已完成',
    on_track: '序时推进',
    behind: '进度滞后',
    at_risk: '严重滞后',
    missed: '未完成',
    no_data: '暂无数据',
    invalid: '数据有误',
  },
  'en-US': {
    achieved: 'Achieved',
    on_track: 'On track',
    behind: 'Behind',
    at_risk: 'At risk',
    missed: 'Missed',
    no_data: 'No data',
    invalid: 'Invalid',
  },
};

/** 已完成 序时推进 进度滞后 严重滞后 未完成 暂无数据 数据有误; Achieved, On track, Behind, At risk, Missed, No data, Invalid. */
export function statusLabel(s: Status, lang: Lang): string {
  return STATUS_LABELS[lang][s] ?? STATUS_LABELS[lang].invalid;
}

/** "2019-01-07" → 2019年1月7日 / 7 January 2019. Text that is not an ISO date is returned cleaned. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(typeof iso === 'string' ? iso : '');
  if (!m) return cleanText(iso);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return cleanText(iso);
  return lang === 'zh-CN' ? `${y}年${mo}月${d}日` : `${d} ${EN_MONTHS[mo - 1]} ${y}`;
}
