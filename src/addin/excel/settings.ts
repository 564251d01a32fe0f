/**
 * Workbook settings (Office.context.document.settings): the pane's report settings, the ids of the
 * sheets the add-in made and the fingerprints of the report sheets it wrote. Functions take the settings
 * object so tests can give a fake. Nothing read here is trusted: the report settings are bounded by
 * reportSettings.ts, the ids and fingerprints by their shape and number.
 */
import { type LoadedSettings, type ReportSettings, readSavedSettings } from '../reportSettings';
import type { SettingsStore } from './requirements';

export const SETTINGS_KEY = 'targetReport.settings';
/** Worksheet ids of the sheets the add-in wrote (ids survive renames and reopening). */
export const OWNED_SHEETS_KEY = 'targetReport.ownedSheetIds';
/** Per report sheet id, what the add-in last wrote there (fingerprint.ts). */
export const REPORT_FINGERPRINTS_KEY = 'targetReport.reportFingerprints';

/** The most ids (and fingerprints) kept; a worksheet id is a short GUID-like text. */
const MAX_IDS = 64;
const MAX_ID_LENGTH = 100;

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;
}

/** Reads the saved settings: the usable values and what was ignored; null when nothing is saved. */
export function loadSettings(store: SettingsStore): LoadedSettings | null {
  return readSavedSettings(store.get(SETTINGS_KEY));
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
    yearStart: settings.yearStart,
    columns: settings.columns,
  });
  await persist(store);
}

export function ownedSheetIds(store: SettingsStore): string[] {
  const raw = store.get(OWNED_SHEETS_KEY);
  return Array.isArray(raw) ? raw.filter(isId).slice(0, MAX_IDS) : [];
}

/** Records the ids of the add-in's sheets (set only; the caller persists). */
export function setOwnedSheetIds(store: SettingsStore, ids: readonly string[]): void {
  store.set(OWNED_SHEETS_KEY, [...new Set(ids)].slice(-MAX_IDS));
}

export function reportFingerprints(store: SettingsStore): Record<string, string> {
  const raw = store.get(REPORT_FINGERPRINTS_KEY);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [id, print] of Object.entries(raw as Record<string, unknown>).slice(0, MAX_IDS)) {
    if (isId(id) && typeof print === 'string' && print.length <= MAX_ID_LENGTH) out[id] = print;
  }
  return out;
}

/** Records the fingerprints (set only; the caller persists). */
export function setReportFingerprints(store: SettingsStore, prints: Readonly<Record<string, string>>): void {
  store.set(REPORT_FINGERPRINTS_KEY, Object.fromEntries(Object.entries(prints).slice(-MAX_IDS)));
}
