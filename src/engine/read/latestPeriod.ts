/** The latest period for which the sheets hold data: the default period of a check-in. */
import type { Indicator, Month, Period, Quarter, SourceCell } from '../model';
import { parseCell } from '../core/quantity';

function hasValue(cell: SourceCell | null | undefined): boolean {
  if (!cell) return false;
  return parseCell(cell.value, cell.format).kind !== 'empty';
}

/**
 * The latest period for which any indicator has an actual (any non-empty cell: a number, a milestone word,
 * even an unreadable cell, since the author meant to report something).
 * Quarter sheets give a quarter (Q4, not FY), month sheets a month. When both kinds hold data, the later
 * in time wins, a quarter on a tie. Sheets with only a cumulative column say nothing about the period:
 * null, and the caller decides.
 */
export function latestPeriodWithData(indicators: readonly Indicator[]): Period | null {
  let latestQuarter = 0;
  let latestMonth = 0;
  for (let k = 0; k < indicators.length; k++) {
    const a = indicators[k].actuals;
    if (a.kind === 'quarters') {
      for (let i = Math.min(a.cells.length, 4) - 1; i >= latestQuarter; i--) {
        if (hasValue(a.cells[i])) {
          latestQuarter = i + 1;
          break;
        }
      }
    } else if (a.kind === 'months') {
      for (let i = Math.min(a.cells.length, 12) - 1; i >= latestMonth; i--) {
        if (hasValue(a.cells[i])) {
          latestMonth = i + 1;
          break;
        }
      }
    }
  }
  if (latestQuarter === 0 && latestMonth === 0) return null;
  const quarter: Period = { kind: 'quarter', quarter: latestQuarter as Quarter };
  const month: Period = { kind: 'month', month: latestMonth as Month };
  if (latestMonth === 0) return quarter;
  if (latestQuarter === 0) return month;
  return latestQuarter * 3 >= latestMonth ? quarter : month;
}
