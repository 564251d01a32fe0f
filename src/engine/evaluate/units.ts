/**
 * The units of a report (one per indicator table: a sheet, or a file holding one table) and the
 * evaluations as the check-in history keys them.
 */
import type { CheckInSnapshot, Evaluation, Period, UnitEvaluations } from '../model';
import { periodCode } from '../core/period';
import { snapshotFromEvaluations } from './history';

/** "data/商州区.xlsx" → "商州区". */
function fileBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.(xlsx|xlsm|xltx|xltm|xls)$/i, '').trim();
  return stem === '' ? base : stem;
}

/**
 * The units of a report, one per indicator table, in the order read. A unit is named by its sheet when
 * the tables come from one workbook (and always inside the add-in); by the file's base name without
 * .xlsx when several files each hold one table; `file/sheet` (base name) for the tables of a file that
 * holds several. Names stay unique: where base names collide the file is named as given.
 */
export function reportUnits(evaluations: readonly Evaluation[]): UnitEvaluations[] {
  interface Slot {
    readonly file: string | undefined;
    readonly sheet: string;
    readonly evaluations: Evaluation[];
  }
  const slots: Slot[] = [];
  const byFile = new Map<string, Map<string, Slot>>();
  let slot: Slot | undefined;
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i];
    const { file, sheet } = e.indicator;
    // The evaluations come table by table: the slot of the one before is nearly always the one.
    if (!slot || slot.sheet !== sheet || slot.file !== file) {
      let bySheet = byFile.get(file ?? '');
      if (!bySheet) byFile.set(file ?? '', (bySheet = new Map()));
      slot = bySheet.get(sheet);
      if (!slot) {
        slot = { file, sheet, evaluations: [] };
        bySheet.set(sheet, slot);
        slots.push(slot);
      }
    }
    slot.evaluations.push(e);
  }
  const files = new Set(slots.map((s) => s.file ?? ''));
  const tablesPerFile = new Map<string, number>();
  for (const s of slots) tablesPerFile.set(s.file ?? '', (tablesPerFile.get(s.file ?? '') ?? 0) + 1);
  const nameOf = (s: Slot, asGiven: boolean): string => {
    if (files.size <= 1 || !s.file) return s.sheet;
    const f = asGiven ? s.file : fileBaseName(s.file);
    return (tablesPerFile.get(s.file) ?? 0) > 1 ? `${f}/${s.sheet}` : f;
  };
  const short = slots.map((s) => nameOf(s, false));
  const seen = new Map<string, number>();
  for (const n of short) seen.set(n, (seen.get(n) ?? 0) + 1);
  const taken = new Set<string>();
  return slots.map((s, i) => {
    let name = (seen.get(short[i]) ?? 0) > 1 ? nameOf(s, true) : short[i];
    for (let k = 2; taken.has(name); k++) name = `${nameOf(s, true)} (${k})`;
    taken.add(name);
    return { name, evaluations: s.evaluations };
  });
}

/**
 * The evaluations as the check-in history keys them (sheet + id, see history.ts). When the tables come
 * from several files, the same sheet name (目标任务) stands in each; the unit's name (the file's base
 * name) then takes the sheet's place, so the units do not share keys. Indicator.key is unchanged.
 */
export function historyEvaluations(evaluations: readonly Evaluation[]): Evaluation[] {
  const files = new Set(evaluations.map((e) => e.indicator.file ?? ''));
  if (files.size <= 1) return [...evaluations];
  const unitOf = new Map<Evaluation, string>();
  for (const u of reportUnits(evaluations)) for (const e of u.evaluations) unitOf.set(e, u.name);
  return evaluations.map((e) => {
    const sheet = unitOf.get(e) ?? e.indicator.sheet;
    return sheet === e.indicator.sheet ? e : { ...e, indicator: { ...e.indicator, sheet } };
  });
}

/** This check-in as a snapshot for the history (period code Q1…Q4, M1…M12 or FY). */
export function checkInSnapshot(
  evaluations: readonly Evaluation[],
  period: Period,
  takenAt: string,
): CheckInSnapshot {
  return snapshotFromEvaluations(historyEvaluations(evaluations), periodCode(period), takenAt);
}
