/**
 * Workbook settings (Office.context.document.settings): the pane's report settings and the ids of the
 * sheets the add-in made. Functions take the settings object so tests can give a fake.
 */
import type { ReportSettings } from '../port';
import type { Lang, Thresholds } from '../../engine';
import type { SettingsStore } from './requirements';

export const SETTINGS_KEY = 'targetReport.settings';
/** Worksheet ids of the report sheets the add-in wrote (ids survive renames and reopening). */
export const OWNED_SHEETS_KEY = 'targetReport.ownedSheetIds';

function isLang(v: unknown): v is Lang {
  return v === 'zh-CN' || v === 'en-US';
}

function isThresholds(v: unknown): v is Thresholds {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (
    typeof t.onTrack === 'number' &&
    typeof t.behind === 'number' &&
    Number.isFinite(t.onTrack) &&
    Number.isFinite(t.behind)
  );
}

/** Reads the saved settings, keeping only well-formed fields; null when nothing usable is saved. */
export function loadSettings(store: SettingsStore): Partial<ReportSettings> | null {
  let raw = store.get(SETTINGS_KEY);
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof ReportSettings]?: ReportSettings[K] } = {};
  if (typeof r.period === 'string') out.period = r.period;
  if (isLang(r.lang)) out.lang = r.lang;
  if (typeof r.title === 'string') out.title = r.title;
  if (typeof r.unitName === 'string') out.unitName = r.unitName;
  if (isThresholds(r.thresholds))
    out.thresholds = { onTrack: r.thresholds.onTrack, behind: r.thresholds.behind };
  return Object.keys(out).length > 0 ? out : null;
}

/** Persists the settings store into the document. */
export function persist(store: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result && result.error) reject(new Error(result.error.message ?? 'settings could not be saved'));
      else resolve();
    });
  });
}

export async function saveSettings(store: SettingsStore, settings: ReportSettings): Promise<void> {
  store.set(SETTINGS_KEY, {
    period: settings.period,
    lang: settings.lang,
    title: settings.title,
    unitName: settings.unitName,
    thresholds: { onTrack: settings.thresholds.onTrack, behind: settings.thresholds.behind },
  });
  await persist(store);
}

export function ownedSheetIds(store: SettingsStore): string[] {
  const raw = store.get(OWNED_SHEETS_KEY);
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}

/** Records the ids of the add-in's sheets (set only; the caller persists). */
export function setOwnedSheetIds(store: SettingsStore, ids: readonly string[]): void {
  store.set(OWNED_SHEETS_KEY, [...new Set(ids)]);
}
