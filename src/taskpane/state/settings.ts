/** The pane's settings: the shared rules (reportSettings.ts) and the percentage fields of the form. */
export {
  defaultSettings,
  mergeSettings,
  PERIOD_AUTO,
  SETTING_LIMITS,
  thresholdsValid,
} from '../../addin/reportSettings';

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
