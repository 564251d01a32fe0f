/** Column widths as Excel measures them. */

/** Column width in characters (Calibri 11) → points, as Excel converts it: 7 px per character + 5 px. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
