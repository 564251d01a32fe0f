/**
 * en-US numbers: thousands separators (12,345, 1,234.5), at most two decimals, no trailing zeros, never
 * exponent notation or floating-point noise;
 * percentages with one decimal (95.0%), differences of ratios in percentage points; lists "a, b and c";
 * "1. " / "(a) "; Q3, March, the full year; 7 January 2019.
 */
import type { Period, Quantity, Status } from '../../model';
import { formatDigits as digits } from '../../core/digits';
import { cleanText } from '../../core/text';
import {
  finiteOr,
  formatQuantityWith,
  isoDate,
  listItems,
  sectionIndex,
  type QuantityStyle,
} from '../common';
import type { Formats } from '../types';

const MONTHS = [
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

/** 12345 → 12,345; 7.5e22 → 75,000,000,000,000,000,000,000 (never noise digits, see formatDigits). */
function number(value: number): string {
  return finiteOr(value, (v) => digits(v, 0, 2, true));
}

function percent(ratio: number, digitCount = 1): string {
  return finiteOr(ratio, (r) => {
    const d = Math.max(0, Math.min(6, Math.floor(digitCount)));
    return digits(r * 100, d, d, true) + '%';
  });
}

/** The English words for an approximation marker (written in either language): more than / nearly / about. */
function markerWords(marker: string): string {
  const m = marker.trim().toLowerCase();
  if (['多', '余', '超过', '逾', '以上', '开外', 'over', 'more than', '+', 'or more', 'plus'].includes(m)) {
    return 'more than';
  }
  if (['近', '将近', '接近', 'nearly', 'almost'].includes(m)) return 'nearly';
  return 'about';
}

function approximate(q: Quantity, _written: string, _unit: string, exact: string): string {
  return `${markerWords(q.approximation?.marker ?? '')} ${exact}`;
}

/** 1 → a, 26 → z, 27 → aa. */
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

function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'quarter':
      return `Q${p.quarter}`;
    case 'month':
      return MONTHS[p.month - 1];
    case 'year':
      return 'the full year';
  }
}

function periodAsOf(p: Period): string {
  switch (p.kind) {
    case 'quarter':
      return `As of ${periodLabel(p)}`;
    case 'month':
      return `As of the end of ${periodLabel(p)}`;
    case 'year':
      return 'For the full year';
  }
}

const STATUS: Readonly<Record<Status, string>> = {
  achieved: 'Achieved',
  on_track: 'On track',
  behind: 'Behind',
  at_risk: 'At risk',
  missed: 'Missed',
  not_rated: 'Not rated',
  no_data: 'No data',
  invalid: 'Invalid',
};

/** How English writes a quantity: the number, a space and the unit; approximations in words. */
const QUANTITY: QuantityStyle = {
  number,
  percent,
  withUnit: (v, u) => (u ? `${number(v)} ${u}` : number(v)),
  approximate,
};

export const format: Formats = {
  number,
  percent,
  points: (diff) => finiteOr(diff, (d) => `${digits(d * 100, 1, 1, true)} percentage points`),
  pointsOf: (text) => `${text} percentage points`,
  quantity: (q, unit) => formatQuantityWith(QUANTITY, q, unit),
  about: (text) => `about ${text}`,
  list: (items) => {
    const list = listItems(items);
    if (list.length <= 1) return list[0] ?? '';
    return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  },
  cutList: (shown, total) => `${shown.join(', ')} and ${total - shown.length} more`,
  sectionNumber: (n, level) => (level === 1 ? `${sectionIndex(n)}. ` : `(${letters(sectionIndex(n))}) `),
  periodLabel,
  periodAsOf,
  periodAsOfInYear: (p, year) => `${periodAsOf(p)} ${year}`,
  status: STATUS,
  date: (iso) => {
    const d = isoDate(iso);
    return d ? `${d.d} ${MONTHS[d.m - 1]} ${d.y}` : cleanText(iso);
  },
  sentenceGap: ' ',
  tableScales: [],
};
