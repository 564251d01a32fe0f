/**
 * The report settings a workbook carries (period, language, title, issuing body, thresholds, the month
 * the year starts, the user's columns per sheet): their defaults, their bounds, and reading what a
 * workbook saved without trusting it. A workbook is a file anyone can edit, so every saved value is
 * checked here — one place for the pane, the Office.js adapter and any other implementation of the
 * port — and whatever is out of bounds is ignored with a note the pane shows.
 */
import { type ColumnMapping, DEFAULT_THRESHOLDS, type Lang, type Thresholds, USER_ROLES } from '../engine';

/** Settings saved in the workbook so the next person gets the same result. */
export interface ReportSettings {
  /** "Q1".."Q4", "FY", "M1".."M12", or "auto" = latest period with data. */
  readonly period: string;
  readonly lang: Lang;
  readonly title: string;
  readonly unitName: string;
  readonly thresholds: Thresholds;
  /**
   * The month the organisation's year starts: 1 = January … 12, or "auto" (the default) = as the
   * sheets' month columns run (Apr … Mar → April), else January.
   */
  readonly yearStart: number | typeof YEAR_START_AUTO;
  /** Per sheet name, the user's word on which column is which (role → column letter or heading). */
  readonly columns: ColumnsBySheet;
}

export type ColumnsBySheet = Readonly<Record<string, ColumnMapping>>;

export const PERIOD_AUTO = 'auto';
export const YEAR_START_AUTO = 'auto';

const PERIOD_CODE = /^(auto|Q[1-4]|FY|M([1-9]|1[0-2]))$/;

/** The bounds of each setting. Thresholds are fractions of the pace (1 % … 500 %). */
export const SETTING_LIMITS = {
  titleLength: 100,
  unitNameLength: 60,
  minThreshold: 0.01,
  maxThreshold: 5,
  /** Sheets with saved columns, and the length of a sheet name (Excel's) and of a column reference. */
  columnSheets: 64,
  sheetNameLength: 31,
  columnRefLength: 100,
} as const;

export type SettingField = 'period' | 'lang' | 'title' | 'unitName' | 'thresholds' | 'yearStart' | 'columns';

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
  return {
    period: PERIOD_AUTO,
    lang,
    title: '',
    unitName: '',
    thresholds: DEFAULT_THRESHOLDS,
    yearStart: YEAR_START_AUTO,
    columns: {},
  };
}

export function thresholdsValid(t: Thresholds): boolean {
  const inRange = (v: number) =>
    Number.isFinite(v) && v >= SETTING_LIMITS.minThreshold && v <= SETTING_LIMITS.maxThreshold;
  return inRange(t.onTrack) && inRange(t.behind) && t.behind < t.onTrack;
}

/** A usable value (with what was dropped from it, when only part was usable), or why none is. */
type Check<T> = { ok: true; value: T; dropped?: IgnoredReason } | { ok: false; reason: IgnoredReason };

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

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const USER_ROLE_SET: ReadonlySet<string> = new Set(USER_ROLES);

/** One sheet's mapping: known roles naming a column (letter or heading) within the bounds; null when none. */
function sheetMapping(v: unknown): { mapping: ColumnMapping | null; dropped: boolean } {
  if (!isRecord(v)) return { mapping: null, dropped: true };
  const out: Record<string, string> = {};
  let dropped = false;
  for (const [role, ref] of Object.entries(v)) {
    const usable =
      USER_ROLE_SET.has(role) &&
      typeof ref === 'string' &&
      ref.trim() !== '' &&
      [...ref].length <= SETTING_LIMITS.columnRefLength;
    if (usable) out[role] = ref.trim();
    else dropped = true;
  }
  return { mapping: Object.keys(out).length > 0 ? (out as ColumnMapping) : null, dropped };
}

/** The saved columns per sheet: each usable sheet's mapping kept, the rest dropped and said. */
function columns(v: unknown): Check<ColumnsBySheet> {
  if (!isRecord(v)) return { ok: false, reason: 'malformed' };
  const out: [string, ColumnMapping][] = [];
  let dropped: IgnoredReason | undefined;
  for (const [sheet, raw] of Object.entries(v)) {
    if (out.length >= SETTING_LIMITS.columnSheets) {
      dropped = 'too-long';
      break;
    }
    const m = sheetMapping(raw);
    const named = sheet.trim() !== '' && [...sheet].length <= SETTING_LIMITS.sheetNameLength;
    if (named && m.mapping) out.push([sheet, m.mapping]);
    if (!named || m.dropped) dropped ??= 'malformed';
  }
  if (out.length === 0 && dropped) return { ok: false, reason: dropped };
  // Built with fromEntries: a sheet named "__proto__" is a key like any other.
  const value = Object.fromEntries(out);
  return dropped ? { ok: true, value, dropped } : { ok: true, value };
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
  yearStart: (v) =>
    v === YEAR_START_AUTO
      ? { ok: true, value: v }
      : typeof v !== 'number'
        ? { ok: false, reason: 'malformed' }
        : Number.isInteger(v) && v >= 1 && v <= 12
          ? { ok: true, value: v }
          : { ok: false, reason: 'out-of-range' },
  columns,
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
    const reason = checked.ok ? checked.dropped : checked.reason;
    if (reason) ignored.push({ field, reason });
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
