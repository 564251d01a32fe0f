/** The choices of the period dropdown, from what the sheets hold. */
import {
  type Lang,
  MONTH_PERIOD_CODES,
  parsePeriod,
  parsePeriodCode,
  type Period,
  periodLabel,
  YEAR_PERIOD_CODES,
} from '../../engine';
import type { SheetsShown } from './checkView';
import { PERIOD_AUTO } from './settings';

/** "auto", Q1..Q4, FY, and the months when any sheet has month columns (or the saved choice is a month). */
export function periodChoices(read: SheetsShown | null, current: string): string[] {
  const hasMonths =
    (read?.sheets ?? []).some((r) => r.kind === 'table' && r.months) ||
    parsePeriodCode(current)?.kind === 'month';
  return [PERIOD_AUTO, ...YEAR_PERIOD_CODES, ...(hasMonths ? MONTH_PERIOD_CODES : [])];
}

/** The period a saved code stands for; null = auto (the latest period with data). */
export function periodFromCode(code: string): Period | null {
  if (code === PERIOD_AUTO) return null;
  return parsePeriod(code) ?? null;
}

/**
 * A period's label for the pane, in the organisation's year (a month is numbered from the month the year
 * starts in: month 1 of a year from April is April), starting with a capital ("第三季度", "Q3", "The full year"). */
export function panePeriodLabel(p: Period, lang: Lang, yearStart?: number): string {
  const label = periodLabel(p, lang, yearStart);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A code's label in the given language ("第三季度", "Q3"…); auto is labelled by the caller. */
export function periodCodeLabel(code: string, lang: Lang, yearStart?: number): string {
  const p = periodFromCode(code);
  return p ? panePeriodLabel(p, lang, yearStart) : code;
}
