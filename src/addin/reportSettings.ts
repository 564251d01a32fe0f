/**
 * The report settings a workbook carries (period, language, title, issuing body, thresholds): their
 * defaults, their bounds, and reading what a workbook saved without trusting it. A workbook is a file
 * anyone can edit, so every saved value is checked here — one place for the pane, the Office.js
 * adapter and any other implementation of the port — and whatever is out of bounds is ignored with a
 * note the pane shows.
 */
import { DEFAULT_THRESHOLDS, type Lang, type Thresholds } from '../engine';

/** Settings saved in the workbook so the next person gets the same result. */
export interface ReportSettings {
  /** "Q1".."Q4", "FY", "M1".."M12", or "auto" = latest period with data. */
  readonly period: string;
  readonly lang: Lang;
  readonly title: string;
  readonly unitName: string;
  readonly thresholds: Thresholds;
}

export const PERIOD_AUTO = 'auto';

const PERIOD_CODE = /^(auto|Q[1-4]|FY|M([1-9]|1[0-2]))$/;

/** The bounds of each setting. Thresholds are fractions of the pace (1 % … 500 %). */
export const SETTING_LIMITS = {
  titleLength: 100,
  unitNameLength: 60,
  minThreshold: 0.01,
  maxThreshold: 5,
} as const;

export type SettingField = 'period' | 'lang' | 'title' | 'unitName' | 'thresholds';

/** Why a saved value was not used. */
export type IgnoredReason = 'malformed' | 'too-long' | 'out-of-range';

export interface IgnoredSetting {
  /** 'all' when the saved settings could not be read at all. */
  readonly field: SettingField | 'all';
  readonly reason: IgnoredReason;
}

/** What a workbook's saved settings gave: the usable values and what was ignored. */
export interface LoadedSettings {
  readonly settings: Partial<ReportSettings>;
  readonly ignored: readonly IgnoredSetting[];
}

export function defaultSettings(lang: Lang): ReportSettings {
  return { period: PERIOD_AUTO, lang, title: '', unitName: '', thresholds: DEFAULT_THRESHOLDS };
}

export function thresholdsValid(t: Thresholds): boolean {
  const inRange = (v: number) =>
    Number.isFinite(v) && v >= SETTING_LIMITS.minThreshold && v <= SETTING_LIMITS.maxThreshold;
  return inRange(t.onTrack) && inRange(t.behind) && t.behind < t.onTrack;
}

type Check<T> = { ok: true; value: T } | { ok: false; reason: IgnoredReason };

function text(v: unknown, max: number): Check<string> {
  if (typeof v !== 'string') return { ok: false, reason: 'malformed' };
  return [...v].length <= max ? { ok: true, value: v } : { ok: false, reason: 'too-long' };
}

function thresholds(v: unknown): Check<Thresholds> {
  if (typeof v !== 'object' || v === null) return { ok: false, reason: 'malformed' };
  const t = v as Record<string, unknown>;
  if (typeof t.onTrack !== 'number' || typeof t.behind !== 'number')
    return { ok: false, reason: 'malformed' };
  const value = { onTrack: t.onTrack, behind: t.behind };
  return thresholdsValid(value) ? { ok: true, value } : { ok: false, reason: 'out-of-range' };
}

const CHECKS: { readonly [K in SettingField]: (v: unknown) => Check<ReportSettings[K]> } = {
  period: (v) =>
    typeof v === 'string' && PERIOD_CODE.test(v.trim())
      ? { ok: true, value: v.trim() }
      : { ok: false, reason: 'malformed' },
  lang: (v) => (v === 'zh-CN' || v === 'en-US' ? { ok: true, value: v } : { ok: false, reason: 'malformed' }),
  title: (v) => text(v, SETTING_LIMITS.titleLength),
  unitName: (v) => text(v, SETTING_LIMITS.unitNameLength),
  thresholds,
};

const FIELDS = Object.keys(CHECKS) as SettingField[];

/**
 * What a workbook saved (an object, or its JSON text), field by field: each value within its bounds is
 * kept, each present but unusable value is listed as ignored. Null when nothing was saved.
 */
export function readSavedSettings(raw: unknown): LoadedSettings | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { settings: {}, ignored: [{ field: 'all', reason: 'malformed' }] };
    }
  }
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings: {}, ignored: [{ field: 'all', reason: 'malformed' }] };
  }
  const r = value as Record<string, unknown>;
  const settings: { -readonly [K in SettingField]?: ReportSettings[K] } = {};
  const ignored: IgnoredSetting[] = [];
  for (const field of FIELDS) {
    if (!(field in r) || r[field] === undefined) continue;
    const checked = CHECKS[field](r[field]) as Check<never>;
    if (checked.ok) settings[field] = checked.value;
    else ignored.push({ field, reason: checked.reason });
  }
  return { settings, ignored };
}

/** Saved settings over the defaults, field by field; anything out of bounds keeps its default. */
export function mergeSettings(
  defaults: ReportSettings,
  saved: Partial<ReportSettings> | null | undefined,
): ReportSettings {
  const usable = readSavedSettings(saved ?? null)?.settings ?? {};
  return Object.keys(usable).length === 0 ? defaults : { ...defaults, ...usable };
}
