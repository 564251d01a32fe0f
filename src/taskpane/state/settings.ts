/** The pane's settings: defaults, and loading what the workbook saved without trusting its shape. */
import type { ReportSettings } from '../../addin/port';
import { DEFAULT_THRESHOLDS, type Lang, type Thresholds } from '../../engine';

export const PERIOD_AUTO = 'auto';

const PERIOD_CODE = /^(auto|Q[1-4]|FY|M([1-9]|1[0-2]))$/;

export function defaultSettings(lang: Lang): ReportSettings {
  return { period: PERIOD_AUTO, lang, title: '', unitName: '', thresholds: DEFAULT_THRESHOLDS };
}

/** The lowest and highest pace threshold the pane accepts, as fractions (1 % … 500 %). */
const MIN_THRESHOLD = 0.01;
const MAX_THRESHOLD = 5;

export function thresholdsValid(t: Thresholds): boolean {
  const inRange = (v: number) => Number.isFinite(v) && v >= MIN_THRESHOLD && v <= MAX_THRESHOLD;
  return inRange(t.onTrack) && inRange(t.behind) && t.behind < t.onTrack;
}

/** Saved settings over the defaults, field by field; anything malformed keeps its default. */
export function mergeSettings(
  defaults: ReportSettings,
  saved: Partial<ReportSettings> | null | undefined,
): ReportSettings {
  if (!saved || typeof saved !== 'object') return defaults;
  const period =
    typeof saved.period === 'string' && PERIOD_CODE.test(saved.period.trim())
      ? saved.period.trim()
      : defaults.period;
  const lang = saved.lang === 'zh-CN' || saved.lang === 'en-US' ? saved.lang : defaults.lang;
  const title = typeof saved.title === 'string' ? saved.title : defaults.title;
  const unitName = typeof saved.unitName === 'string' ? saved.unitName : defaults.unitName;
  const t = saved.thresholds;
  const thresholds =
    t &&
    typeof t === 'object' &&
    typeof t.onTrack === 'number' &&
    typeof t.behind === 'number' &&
    thresholdsValid(t)
      ? { onTrack: t.onTrack, behind: t.behind }
      : defaults.thresholds;
  return { period, lang, title, unitName, thresholds };
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
