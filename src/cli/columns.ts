/**
 * The user's word on a sheet's columns and on the organisation's year: `--columns "target=C,actual=实际完成"`,
 * `--columns-file mapping.json` and `--year-start 4`. Pure: text in, the engine's ColumnMapping (role →
 * column letter or heading words) or the problem out; the words of each problem are in ./messages.ts.
 */
import { type ColumnMapping, parsePeriod, USER_ROLES, type UserRole } from '../engine';

/** What is wrong with a mapping, for a one-line message. */
export type MappingProblem =
  | { readonly kind: 'shape'; readonly part: string } // not role=column
  | { readonly kind: 'role'; readonly role: string } // no such role
  | { readonly kind: 'twice'; readonly role: UserRole }
  | { readonly kind: 'empty' }; // no role given at all

export type MappingParse =
  | { readonly ok: true; readonly mapping: ColumnMapping }
  | { readonly ok: false; readonly problem: MappingProblem };

/** Other words for each role, in both languages (the role's own name is always accepted). */
const ROLE_WORDS: Readonly<Record<UserRole, readonly string[]>> = {
  name: ['indicator', 'measure', 'kpi', '名称', '指标', '指标名称', '项目', '任务'],
  target: ['annualtarget', '目标', '年度目标', '目标值', '目标任务', '计划'],
  actual: ['result', 'value', 'ytd', '完成', '实际', '完成值', '实际完成', '完成数', '完成情况'],
  completion: ['rate', 'completionrate', '完成率', '完成比例'],
  status: ['rag', '状态'],
  unit: ['units', '单位', '计量单位'],
  owner: ['lead', 'responsible', '责任单位', '牵头单位', '责任人', '负责人'],
  notes: ['note', 'remarks', 'comments', '备注', '说明'],
  id: ['no', 'number', 'ref', '序号', '编号'],
  category: ['group', '类别', '分类', '类型'],
  previous: ['lastyear', '上年同期', '去年同期'],
  periodTarget: ['期间目标', '阶段目标', '季度目标'],
  direction: ['polarity', '方向', '指标方向'],
};

const ROLE_BY_WORD: ReadonlyMap<string, UserRole> = new Map(
  USER_ROLES.flatMap((role) => [role.toLowerCase(), ...ROLE_WORDS[role]].map((w) => [w, role] as const)),
);

/** "Period target", "period-target", "periodTarget" → periodtarget: the key roles are looked up by. */
function roleKey(word: string): string {
  return word
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** The role a word names (target, 目标, Annual target…), or null. */
export function roleOf(word: string): UserRole | null {
  return ROLE_BY_WORD.get(roleKey(word)) ?? null;
}

/** Adds role → column to a mapping under construction, or says what is wrong. */
function addRole(
  into: Partial<Record<UserRole, string>>,
  word: string,
  column: string,
): MappingProblem | null {
  const role = roleOf(word);
  if (role === null) return { kind: 'role', role: word.trim() };
  if (into[role] !== undefined) return { kind: 'twice', role };
  into[role] = column.trim();
  return null;
}

/** `target=C,actual=实际完成,name=B` (commas or semicolons, half or full width; = or ＝). */
export function parseColumnsText(text: string): MappingParse {
  const mapping: Partial<Record<UserRole, string>> = {};
  for (const part of text.split(/[,，;；]/)) {
    if (part.trim() === '') continue;
    const m = /^([^=＝]+)[=＝](.*)$/.exec(part);
    if (!m || m[1].trim() === '' || m[2].trim() === '')
      return { ok: false, problem: { kind: 'shape', part: part.trim() } };
    const problem = addRole(mapping, m[1], m[2]);
    if (problem) return { ok: false, problem };
  }
  if (Object.keys(mapping).length === 0) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, mapping };
}

/** One JSON object role → column (its values all text). */
function mappingFromObject(obj: Readonly<Record<string, unknown>>): MappingParse {
  const mapping: Partial<Record<UserRole, string>> = {};
  for (const [word, column] of Object.entries(obj)) {
    if (typeof column !== 'string' || column.trim() === '')
      return { ok: false, problem: { kind: 'shape', part: `${word}: ${JSON.stringify(column)}` } };
    const problem = addRole(mapping, word, column);
    if (problem) return { ok: false, problem };
  }
  if (Object.keys(mapping).length === 0) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, mapping };
}

/** What a columns file holds: mappings per sheet name ('*' for every sheet), or where it is wrong. */
export type ColumnsFileParse =
  | { readonly ok: true; readonly columns: Readonly<Record<string, ColumnMapping>> }
  | { readonly ok: false; readonly kind: 'json'; readonly detail: string }
  | { readonly ok: false; readonly kind: 'not-object' }
  | {
      readonly ok: false;
      readonly kind: 'mapping';
      readonly sheet: string | null;
      readonly problem: MappingProblem;
    };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A columns file: one mapping for every sheet (`{"target": "C", "actual": "实际完成"}`) or one per sheet
 * (`{"Sheet1": {"target": "C"}, "*": {…}}`); role names as in --columns.
 */
export function parseColumnsFile(text: string): ColumnsFileParse {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0];
    return { ok: false, kind: 'json', detail };
  }
  if (!isObject(data) || Object.keys(data).length === 0) return { ok: false, kind: 'not-object' };
  const values = Object.values(data);
  if (values.every((v) => !isObject(v))) {
    const one = mappingFromObject(data);
    return one.ok
      ? { ok: true, columns: { '*': one.mapping } }
      : { ok: false, kind: 'mapping', sheet: null, problem: one.problem };
  }
  const columns: Record<string, ColumnMapping> = {};
  for (const [sheet, value] of Object.entries(data)) {
    if (!isObject(value))
      return {
        ok: false,
        kind: 'mapping',
        sheet,
        problem: { kind: 'shape', part: `${sheet}: ${JSON.stringify(value)}` },
      };
    const one = mappingFromObject(value);
    if (!one.ok) return { ok: false, kind: 'mapping', sheet, problem: one.problem };
    columns[sheet] = one.mapping;
  }
  return { ok: true, columns };
}

/** The month the year starts: 1–12, or a month as words ("4月", "四月", "April", "Apr"); null when not. */
export function parseYearStart(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  // A month in words, read as --period reads one; a range (1-4月) or a quarter is not a month to start on.
  if (/[-~～至到—–]/.test(t)) return null;
  const p = parsePeriod(t);
  return p?.kind === 'month' ? p.month : null;
}

/** The user roles a reader's role answers to (periodActual is a result, periodPlan a period target). */
export function userRoleOfGuess(guess: string | null): UserRole | null {
  if (guess === null) return null;
  if (guess === 'periodActual') return 'actual';
  if (guess === 'periodPlan') return 'periodTarget';
  return (USER_ROLES as readonly string[]).includes(guess) ? (guess as UserRole) : null;
}

/** The roles a reading needs that a suggestion fills from columns nobody has guessed, in this order. */
const NEEDED: readonly UserRole[] = ['name', 'target', 'actual'];

interface Choice {
  role: UserRole;
  readonly column: string;
  readonly at: number;
}

/** The reader's guesses as user roles, one column each; of two results without a target, the first is it. */
function guessedChoices(
  columns: readonly { readonly guess: string | null; readonly column: string }[],
): Choice[] {
  const chosen: Choice[] = [];
  columns.forEach((c, at) => {
    const role = userRoleOfGuess(c.guess);
    if (!role) return;
    const same = chosen.find((x) => x.role === role);
    if (!same) chosen.push({ role, column: c.column, at });
    else if (role === 'actual' && !chosen.some((x) => x.role === 'target')) {
      // Tables put the target before the result: 列2 | 列3 both guessed results are target | result.
      same.role = 'target';
      chosen.push({ role, column: c.column, at });
    }
  });
  return chosen;
}

/**
 * The `--columns` value to try for a sheet the reader could not settle: its guesses, and the columns
 * it had no guess for given, left to right, to the name, the target and the result it still lacks.
 */
export function suggestedColumns(
  columns: readonly { readonly column: string; readonly guess: string | null; readonly figures?: boolean }[],
): string {
  const chosen = guessedChoices(columns);
  const free = columns
    .map((c, at) => ({ ...c, at }))
    .filter((c) => c.guess === null && !chosen.some((x) => x.column === c.column));
  for (const role of NEEDED) {
    if (chosen.some((x) => x.role === role)) continue;
    // A name is words and a target or a result figures, where the reader saw which columns hold figures.
    const i = free.findIndex((c) => c.figures === undefined || c.figures === (role !== 'name'));
    if (i < 0) continue;
    const [c] = free.splice(i, 1);
    chosen.push({ role, column: c.column, at: c.at });
  }
  const pairs = chosen.sort((a, b) => a.at - b.at).map((x) => `${x.role}=${x.column}`);
  return `--columns "${pairs.join(',')}"`;
}
