/** The pane's settings: the shared rules (reportSettings.ts) and the percentage fields of the form. */
import { YEAR_START_AUTO } from '../../addin/reportSettings';

export {
  defaultSettings,
  mergeSettings,
  PERIOD_AUTO,
  SETTING_LIMITS,
  YEAR_START_AUTO,
  thresholdsValid,
} from '../../addin/reportSettings';

/** The year start the settings give the engine: a month, or undefined for "as the sheets' months run". */
export function givenYearStart(yearStart: number | typeof YEAR_START_AUTO): number | undefined {
  return yearStart === YEAR_START_AUTO ? undefined : yearStart;
}

/** 1 → "100", 0.85 → "85", 0.875 → "87.5". */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 10000) / 100);
}

/** "85" or "85%" → 0.85; anything else → null. */
export function parsePercentInput(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[%％]?\s*$/.exec(text);
  if (!m) return null;
  const v = Number(m[1]) / 100;
  return Number.isFinite(v) ? v : null;
}
