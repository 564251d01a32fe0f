/** The Excel number formats of the report's tables and chart data, and the one rule that picks one. */

import { fewestDecimals } from './numbers';

/** Excel formats used in the tables. `#,##0.##` is the column default (up to two decimals). */
export const NUMBER_FORMATS = {
  integer: '#,##0',
  decimal: '#,##0.0#',
  column: '#,##0.##',
  percent: '0.0%',
  points: '0.0',
  index: '0',
} as const;

/**
 * The Excel format for one number already cleaned (cleanValue): percentages as such, with the decimals
 * they were written with up to two (95.08% stays 95.08%, not 95.1%, beside a target of ≥95%), at least
 * one; integers without decimals, others with one or two.
 */
export function quantityFormat(value: number, percent = false): string {
  if (percent) {
    const decimals = (fewestDecimals(Math.abs(value)) ?? 0) - 2;
    return decimals >= 2 ? PERCENT_2 : NUMBER_FORMATS.percent;
  }
  return Number.isInteger(value) ? NUMBER_FORMATS.integer : NUMBER_FORMATS.decimal;
}

const PERCENT_2 = '0.00%';
