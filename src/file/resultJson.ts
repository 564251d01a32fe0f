/**
 * The JSON result as UTF-8 bytes, the same from the command line and the offline page: the engine's
 * contract (toResultJson) plus `changes`, pretty-printed with a final newline (./jsonBytes.ts writes the
 * bytes JSON.stringify's text would give, without making the text).
 */
import {
  type ChangesSinceLastCheckIn,
  type EntryList,
  type Report,
  type ResultJson,
  round4,
  type StatusChange,
  toResultJson,
} from '../engine';
import { FieldList, jsonBytes, writeJson } from './jsonBytes';

/** What changed since the last check-in, as plain JSON (no Map), numbers rounded to four decimals. */
interface ChangesJson {
  readonly previousPeriod: string;
  readonly newlyBehind: readonly StatusChangeJson[];
  readonly recovered: readonly StatusChangeJson[];
  readonly newlyAchieved: readonly StatusChangeJson[];
  readonly categoryPace: readonly {
    readonly category: string | null;
    readonly before: number | null;
    readonly after: number | null;
  }[];
}
interface StatusChangeJson {
  readonly name: string;
  readonly category: string | null;
  readonly before: string;
  readonly after: string;
}

function changesJson(c: ChangesSinceLastCheckIn): ChangesJson {
  const change = (x: StatusChange): StatusChangeJson => ({
    name: x.name,
    category: x.category,
    before: x.before,
    after: x.after,
  });
  return {
    previousPeriod: c.previousPeriod,
    newlyBehind: c.newlyBehind.map(change),
    recovered: c.recovered.map(change),
    newlyAchieved: c.newlyAchieved.map(change),
    categoryPace: c.categoryPace.map((p) => ({
      category: p.category,
      before: round4(p.before),
      after: round4(p.after),
    })),
  };
}

/**
 * The JSON result: the engine's contract, plus `changes` (what changed since the last check-in; null
 * without an earlier check-in) unless the engine gives it already.
 */
function resultJson(
  report: Report,
  listOf?: Parameters<typeof toResultJson>[1],
): ResultJson | (ResultJson & { readonly changes: ChangesJson | null }) {
  const base = toResultJson(report, listOf);
  if ('changes' in base) return base as ResultJson;
  return { ...base, changes: report.changes ? changesJson(report.changes) : null };
}

/** The JSON output's bytes, whole. */
export function resultJsonBytes(report: Report): Uint8Array {
  return jsonBytes(resultJson(report, fieldByField));
}

/**
 * The JSON output's bytes handed to `write` piece by piece, each piece to be done with when `write`
 * returns (for a file: at 100,000 indicators the output is 66 MB, never made as one buffer this way).
 */
export function writeResultJson(report: Report, write: (bytes: Uint8Array) => void): void {
  writeJson(resultJson(report, fieldByField), write);
}

/**
 * The indicators' list as a FieldList: the writer takes each entry's fields straight from its evaluation
 * into the bytes, so none of the 100,000 entries is made as an object.
 */
const fieldByField: EntryList = (n, entry, fields) =>
  new FieldList(n, entry, fields) as unknown as ReturnType<EntryList>;
