/**
 * The sheet reader: finds the indicator table in a Grid by its header (single or two-row, merged),
 * maps columns by alias, and walks the rows below into category rows, indicator rows, blank rows and
 * notes/signature lines. Never throws: what it cannot read becomes a Diagnostic or a skip reason.
 *
 * Cost is proportional to the cells that hold something: a grid whose used range reaches row 1,048,576
 * with a handful of values is read by skipping its missing rows, never by visiting its empty cells.
 */
import type {
  ActualsLayout,
  CellRange,
  CellValue,
  Diagnostic,
  Grid,
  Indicator,
  SheetReading,
  SheetSource,
  SheetTable,
  SkipReason,
  SourceCell,
} from './model';
import { columnLetters, rangeAddress } from './core/address';
import { cleanNumber } from './core/numbers';
import { hasReportMarker, isOwnOutputSheetName } from './core/ownOutput';
import { normalizeText, toHalfWidth } from './core/normalize';
import {
  headerYear,
  isActualGroup,
  isPlanGroup,
  isYearGroup,
  matchHeader,
  subHeaderKind,
  type HeaderMatch,
} from './headers';

// ───────────────────────────── cells and text ─────────────────────────────

/** How many rows holding something are searched for the header. */
const HEADER_SCAN_ROWS = 30;
/** How many rows (empty or not) at most are searched for the header. */
const HEADER_SCAN_LIMIT = 2000;

type Row = readonly CellValue[] | undefined;

function cellOf(row: Row, c: number): CellValue {
  if (!row || c < 0 || c >= row.length) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.length === 0 || v.trim().length === 0;
  return false;
}

function rowIsEmpty(row: Row): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** Normalised text, skipping the regex work when the string needs none. */
function cleanText(s: string): string | null {
  const n = s.length;
  if (n === 0) return null;
  let prevSpace = true;
  let needs = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e)) {
      if (c === 0x20 && !prevSpace) {
        prevSpace = true;
        continue;
      }
      needs = true;
      break;
    }
    if (c >= 0x1680 && c <= 0x205f) {
      needs = true;
      break;
    }
    prevSpace = false;
  }
  if (!needs && prevSpace) needs = true;
  const out = needs ? normalizeText(s) : s;
  return out.length > 0 ? out : null;
}

function numberText(v: number): string {
  if (!Number.isFinite(v)) return '';
  return String(cleanNumber(v));
}

/** A cell as text for the text columns (id, name, unit, owner…); null when empty or not text. */
function textOf(v: CellValue): string | null {
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') {
    const t = numberText(v);
    return t.length > 0 ? t : null;
  }
  return null;
}

// ───────────────────────────── labels: sections, footers, totals ─────────────────────────────

const CN_NUM = '一二三四五六七八九十百零〇两';
/** A section label on its own, as found in the id column: 一, 二、, （三）, 第四部分, IV, B. */
const SECTION_ID = new RegExp(
  `^(?:[${CN_NUM}]+|[(（][${CN_NUM}\\d]+[)）]|第[${CN_NUM}\\d]+(?:部分|章|节|类|项|篇)?|[IVX]+|[A-Z])[、.．:：\\s]*$`,
);
/** A label that starts with section numbering: 一、…, （二）…, 第三部分…, II. … */
const SECTION_START = new RegExp(
  `^(?:[${CN_NUM}]+[、.．:：\\s]|[(（][${CN_NUM}]+[)）]|第[${CN_NUM}\\d]+(?:部分|章|节|类|篇)|[IVX]+[.、:]\\s)`,
);
/** The numbering stripped from a category label. */
const SECTION_PREFIX = new RegExp(
  `^(?:第[${CN_NUM}\\d]+(?:部分|章|节|类|项|篇)?[、.．:：,，\\s]*|[${CN_NUM}]+[、.．:：,，\\s]+|[(（][${CN_NUM}\\d]+[)）][、.．\\s]*|\\d+(?:\\.\\d+)*[、.．:：\\s]+|[IVX]+[.、:：\\s]+|[A-Z][.、:：)）]\\s*)`,
);
function isSectionLabel(text: string): boolean {
  const t = toHalfWidth(text).trim();
  return SECTION_ID.test(t) || SECTION_START.test(t);
}
const PURE_NUMBER_ID = /^\d+(?:\.\d+)*[.、．]?$/;

function stripNumbering(label: string): string {
  const stripped = label.replace(SECTION_PREFIX, '').trim();
  return stripped.length > 0 ? stripped : label;
}

const FOOTER_PREFIXES = [
  '填表人',
  '填报人',
  '审核人',
  '制表人',
  '制表',
  '联系电话',
  '单位负责人',
  '主要负责人',
  '分管领导',
  '填表日期',
  '统计人',
  'prepared by',
  'reviewed by',
  'approved by',
  'checked by',
  'compiled by',
];
const FOOTER_WITH_COLON =
  /^(?:注|备注|说明|附注|注释|联系人|负责人|审核|审批|日期|电话|来源|数据来源|note|notes|contact|tel|phone|source)\s*[:：]/i;
const FOOTER_NOTE_NUMBER = /^注\s*\d/;

function isFooterLine(text: string): boolean {
  const t = toHalfWidth(text).trim();
  if (t.length === 0) return false;
  const lower = t.toLowerCase();
  for (const p of FOOTER_PREFIXES) if (lower.startsWith(p)) return true;
  return FOOTER_WITH_COLON.test(t) || FOOTER_NOTE_NUMBER.test(t) || t === '注';
}

const TOTAL_NAMES = new Set(['合计', '总计', '小计', '总合计', 'total', 'subtotal', 'grandtotal', 'sum']);
function isTotalName(name: string): boolean {
  return name.length <= 12 && TOTAL_NAMES.has(name.toLowerCase().replace(/\s+/g, ''));
}

// ───────────────────────────── header detection ─────────────────────────────

const PLAIN_ROLES = [
  'id',
  'category',
  'name',
  'unit',
  'direction',
  'aggregation',
  'target',
  'cumulative',
  'owner',
  'notes',
] as const;
type PlainRole = (typeof PLAIN_ROLES)[number];

/** Column of each role, as an index into the grid's rows (-1 = absent). */
interface Columns {
  plain: Record<PlainRole, number>;
  quarters: number[];
  months: number[];
  milestones: number[];
}

function emptyColumns(): Columns {
  const plain = {} as Record<PlainRole, number>;
  for (const r of PLAIN_ROLES) plain[r] = -1;
  return {
    plain,
    quarters: [-1, -1, -1, -1],
    months: new Array<number>(12).fill(-1),
    milestones: [-1, -1, -1, -1],
  };
}

/** Assigns a column to a role unless the role already has one; true when assigned. */
function assign(cols: Columns, m: HeaderMatch, c: number): boolean {
  if (m.role === 'quarter' || m.role === 'month' || m.role === 'milestone') {
    const list = m.role === 'quarter' ? cols.quarters : m.role === 'month' ? cols.months : cols.milestones;
    const i = m.index ?? -1;
    if (i < 0 || i >= list.length || list[i] !== -1) return false;
    list[i] = c;
    return true;
  }
  const role = m.role as PlainRole;
  if (cols.plain[role] !== -1) return false;
  cols.plain[role] = c;
  return true;
}

interface HeaderCandidate {
  /** Grid row indexes of the header (one or two). */
  readonly rows: readonly number[];
  readonly cols: Columns;
  readonly score: number;
  /** Texts of the header cells (for the year). */
  readonly texts: readonly string[];
}

/** Roles that are never a group header over other columns. */
const NEVER_GROUP = new Set(['id', 'category', 'name', 'unit', 'direction', 'aggregation', 'owner', 'notes']);

function rowMatches(row: Row): (HeaderMatch | null)[] {
  const out: (HeaderMatch | null)[] = [];
  if (!row) return out;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    out.push(typeof v === 'string' ? matchHeader(v) : null);
  }
  return out;
}

function singleCandidate(r: number, row: Row, matches: (HeaderMatch | null)[]): HeaderCandidate {
  const cols = emptyColumns();
  let score = 0;
  const texts: string[] = [];
  for (let c = 0; c < matches.length; c++) {
    const m = matches[c];
    if (m && assign(cols, m, c)) {
      score++;
      texts.push(String(cellOf(row, c)));
    }
  }
  return { rows: [r], cols, score, texts };
}

/** Resolves a lower header cell under its group header ("一季度" over 目标 | 完成, 完成情况 over 1月…). */
function resolveUnderGroup(group: string | null, lower: string): HeaderMatch | null {
  const lm = matchHeader(lower);
  if (group) {
    const kind = subHeaderKind(lower);
    const gm = matchHeader(group);
    if (kind && gm && (gm.role === 'quarter' || gm.role === 'milestone')) {
      return kind === 'plan' ? { role: 'milestone', index: gm.index } : { role: 'quarter', index: gm.index };
    }
    if (kind && gm && gm.role === 'month') return kind === 'actual' ? gm : null;
    if (kind && isYearGroup(group)) return kind === 'plan' ? { role: 'target' } : { role: 'cumulative' };
    if (lm && lm.role === 'quarter' && isPlanGroup(group)) return { role: 'milestone', index: lm.index };
    if (lm && lm.role === 'milestone' && isActualGroup(group) && !isPlanGroup(lower)) return lm;
  }
  return lm;
}

function doubleCandidate(
  r: number,
  upper: Row,
  upperMatches: (HeaderMatch | null)[],
  lower: Row,
  groupSpans: ReadonlyMap<number, number>,
): HeaderCandidate | null {
  if (!lower || !upper) return null;
  // The lower header row holds no numbers, and nothing under headers that are never groups.
  for (let c = 0; c < lower.length; c++) {
    const v = lower[c];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') return null;
    if (v.trim().length === 0) continue;
    const um = upperMatches[c];
    // (An adapter that copies a merged-down header into the cell below is tolerated.)
    if (um && NEVER_GROUP.has(um.role) && v !== cellOf(upper, c)) return null;
  }
  // Group text for every column covered by a horizontal merge starting in the upper row.
  const groupOf = new Map<number, string>();
  for (const [left, right] of groupSpans) {
    const g = cellOf(upper, left);
    if (typeof g !== 'string') continue;
    for (let c = left; c <= right; c++) groupOf.set(c, g);
  }
  const cols = emptyColumns();
  let score = 0;
  let fromLower = 0;
  const texts: string[] = [];
  const width = Math.max(upper.length, lower.length);
  for (let c = 0; c < width; c++) {
    const uv = cellOf(upper, c);
    const upperText = typeof uv === 'string' && uv.trim().length > 0 ? uv : null;
    const lv = cellOf(lower, c);
    const lowerText = typeof lv === 'string' && lv.trim().length > 0 && lv !== upperText ? lv : null;
    if (!lowerText) {
      const um = upperMatches[c];
      // A group header's own column with nothing below: only plain headers merged down count.
      if (um && !groupSpans.has(c) && assign(cols, um, c)) {
        score++;
        texts.push(upperText ?? '');
      }
      continue;
    }
    const group = groupOf.get(c) ?? upperText;
    const m = resolveUnderGroup(group, lowerText);
    if (m) {
      if (assign(cols, m, c)) {
        score++;
        fromLower++;
        texts.push(lowerText);
        if (group) texts.push(group);
      }
    } else {
      const um = upperMatches[c];
      if (um && upperText && assign(cols, um, c)) {
        score++;
        texts.push(upperText);
      }
    }
  }
  if (fromLower === 0) return null;
  return { rows: [r, r + 1], cols, score, texts };
}

function isValid(c: HeaderCandidate): boolean {
  return c.cols.plain.name !== -1 && c.cols.plain.target !== -1;
}

/** Horizontal merges (left → right, grid columns) whose top-left cell is in each scanned grid row. */
function horizontalMerges(grid: Grid, fromRow: number, toRow: number): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const m of grid.merges) {
    if (m.right <= m.left) continue;
    const r = m.top - grid.originRow;
    if (r < fromRow || r > toRow) continue;
    let spans = out.get(r);
    if (!spans) out.set(r, (spans = new Map()));
    spans.set(m.left - grid.originCol, m.right - grid.originCol);
  }
  return out;
}

interface HeaderSearch {
  readonly best: HeaderCandidate | null;
  /** Best candidate lacking a required column, for the skip reason. */
  readonly partial: HeaderCandidate | null;
}

function findHeader(grid: Grid, firstRow: number): HeaderSearch {
  const values = grid.values;
  const rows: number[] = [];
  for (let r = firstRow; r < values.length && r < firstRow + HEADER_SCAN_LIMIT; r++) {
    if (!rowIsEmpty(values[r])) {
      rows.push(r);
      if (rows.length >= HEADER_SCAN_ROWS) break;
    }
  }
  if (rows.length === 0) return { best: null, partial: null };
  const merges = horizontalMerges(grid, rows[0], rows[rows.length - 1]);
  const matchCache = new Map<number, (HeaderMatch | null)[]>();
  const matchesOf = (r: number) => {
    let m = matchCache.get(r);
    if (!m) matchCache.set(r, (m = rowMatches(values[r])));
    return m;
  };
  let best: HeaderCandidate | null = null;
  let partial: HeaderCandidate | null = null;
  for (const r of rows) {
    const matches = matchesOf(r);
    const single = singleCandidate(r, values[r], matches);
    const candidates: HeaderCandidate[] = [];
    if (single.score >= 2 && r + 1 < values.length) {
      const dbl = doubleCandidate(r, values[r], matches, values[r + 1], merges.get(r) ?? new Map());
      if (dbl && dbl.score >= single.score) candidates.push(dbl);
    }
    candidates.push(single);
    for (const c of candidates) {
      if (isValid(c)) {
        if (!best || c.score > best.score) best = c;
      } else if (c.score >= 2 && (c.cols.plain.name !== -1 || c.cols.plain.target !== -1)) {
        if (!partial || c.score > partial.score) partial = c;
      }
    }
  }
  return { best, partial };
}

// ───────────────────────────── title, reporting unit, date ─────────────────────────────

const UNIT_LABEL =
  /(填报单位|报送单位|填报部门|填表单位|编制单位|单位名称|单位|reporting unit|organi[sz]ation|unit)\s*[:：]\s*/i;
const DATE_LABEL = /(填报日期|报送日期|填表日期|编制日期|日期|reporting date|date)\s*[:：]\s*/i;
const ATTACHMENT = /^(?:附件|附表|attachment|annex)\s*\d*\s*[:：]?$/i;

function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The value after a label: up to the next label (or a wide gap), else the next cell to the right. */
function labelValue(
  text: string,
  label: RegExp,
  next: RegExp,
  row: Row,
  c: number,
): { value: string | null; usedCol: number } {
  const none = { value: null, usedCol: -1 };
  const m = label.exec(text);
  if (!m) return none;
  let rest = text.slice(m.index + m[0].length);
  const stop = next.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.trim();
  const gap = /\s{2,}/.exec(rest);
  let value = gap ? rest.slice(0, gap.index) : rest;
  value = value.replace(/[(（]\s*(?:盖章|公章|章)\s*[)）]$/, '').trim();
  if (value.length > 0) return { value: normalizeText(value), usedCol: -1 };
  if (!row || stop) return none;
  for (let k = c + 1; k < row.length && k < c + 6; k++) {
    const v = row[k];
    if (typeof v === 'number') {
      return { value: label === DATE_LABEL ? serialToIso(v) : numberText(v), usedCol: k };
    }
    if (typeof v === 'string' && v.trim().length > 0) {
      if (UNIT_LABEL.test(v) || DATE_LABEL.test(v)) return none;
      return { value: normalizeText(v), usedCol: k };
    }
  }
  return none;
}

interface Preamble {
  title: string | null;
  reportingUnit: string | null;
  reportingDate: string | null;
}

function readPreamble(values: Grid['values'], fromRow: number, toRow: number): Preamble {
  const out: Preamble = { title: null, reportingUnit: null, reportingDate: null };
  for (let r = fromRow; r < toRow; r++) {
    const row = values[r];
    if (!row) continue;
    const used = new Set<number>();
    for (let c = 0; c < row.length; c++) {
      if (used.has(c)) continue;
      const v = row[c];
      if (typeof v !== 'string' || v.trim().length === 0) continue;
      const text = toHalfWidth(v).replace(/[\r\n]+/g, '  ');
      const isUnit = UNIT_LABEL.test(text);
      const isDate = DATE_LABEL.test(text);
      if (isUnit || isDate) {
        if (isUnit) {
          const u = labelValue(text, UNIT_LABEL, DATE_LABEL, row, c);
          if (u.value && !out.reportingUnit) out.reportingUnit = u.value;
          if (u.usedCol >= 0) used.add(u.usedCol);
        }
        if (isDate) {
          const d = labelValue(text, DATE_LABEL, UNIT_LABEL, row, c);
          if (d.value && !out.reportingDate) out.reportingDate = d.value;
          if (d.usedCol >= 0) used.add(d.usedCol);
        }
        continue;
      }
      const t = cleanText(v);
      if (t && !out.title && !ATTACHMENT.test(t)) out.title = t;
    }
  }
  return out;
}

function yearIn(text: string | null): number | null {
  if (!text) return null;
  const zh = /((?:19|20)\d{2})\s*年/.exec(text);
  if (zh) return Number(zh[1]);
  const iso = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return iso ? Number(iso[1]) : null;
}

// ───────────────────────────── body ─────────────────────────────

/** Roles whose vertically merged value applies to every row the merge spans. */
const FILL_ROLES: readonly PlainRole[] = [
  'category',
  'name',
  'unit',
  'direction',
  'aggregation',
  'owner',
  'notes',
];

function skipped(source: SheetSource, reason: SkipReason): SheetReading {
  const base = { kind: 'skipped' as const, sheet: source.grid.name, reason };
  return source.file !== undefined ? { ...base, file: source.file } : base;
}

function readGrid(source: SheetSource): SheetReading {
  const grid = source.grid;
  const file = source.file;
  const sheet = grid.name;
  if (isOwnOutputSheetName(sheet)) return skipped(source, { code: 'own-output' });
  const values = grid.values ?? [];
  let first = -1;
  for (let r = 0; r < values.length; r++) {
    if (!rowIsEmpty(values[r])) {
      first = r;
      break;
    }
  }
  if (first < 0) return skipped(source, { code: 'empty' });
  if (hasReportMarker(values)) return skipped(source, { code: 'own-output' });

  const { best, partial } = findHeader(grid, first);
  if (!best) {
    if (partial) {
      return skipped(source, {
        code: 'missing-column',
        column: partial.cols.plain.name === -1 ? 'name' : 'target',
      });
    }
    return skipped(source, { code: 'no-header' });
  }

  const originRow = grid.originRow;
  const originCol = grid.originCol;
  const cols = best.cols;
  const P = cols.plain;
  const headerTop = best.rows[0];
  const headerLast = best.rows[best.rows.length - 1];
  const bodyStart = headerLast + 1;
  const formats = grid.numberFormats;

  // Column letters once per column.
  const letters = new Map<number, string>();
  const colLetters = (c: number) => {
    let l = letters.get(c);
    if (l === undefined) letters.set(c, (l = columnLetters(originCol + c)));
    return l;
  };
  const sourceCell = (r: number, c: number, value: CellValue): SourceCell => {
    const f = formats?.[r]?.[c];
    return { value, format: f ?? null, address: colLetters(c) + (originRow + r) };
  };

  const quarterCount = cols.quarters.filter((c) => c >= 0).length;
  const monthCount = cols.months.filter((c) => c >= 0).length;
  const milestoneCount = cols.milestones.filter((c) => c >= 0).length;
  const granularity: SheetTable['granularity'] =
    quarterCount > 0 && quarterCount * 3 >= monthCount
      ? 'quarters'
      : monthCount > 0
        ? 'months'
        : P.cumulative >= 0
          ? 'cumulative'
          : 'none';

  // Value columns: a non-empty one makes the row a data row.
  const valueCols: number[] = [P.target, ...cols.milestones];
  if (granularity === 'quarters') valueCols.push(...cols.quarters);
  else if (granularity === 'months') valueCols.push(...cols.months);
  else if (granularity === 'cumulative') valueCols.push(P.cumulative);
  const valueColumns = valueCols.filter((c) => c >= 0);
  const valueColSet = new Set(valueColumns);

  // Merges in the body: text columns take the merged value in every row; value columns get a warning.
  const fillCols = new Set<number>();
  for (const role of FILL_ROLES) if (P[role] >= 0) fillCols.add(P[role]);
  const fills = new Map<number, CellValue>();
  const width = 1 << 15;
  const bodyMerges: CellRange[] = [];
  for (const m of grid.merges) {
    const top = m.top - originRow;
    const bottom = m.bottom - originRow;
    const left = m.left - originCol;
    const right = m.right - originCol;
    if (bottom < bodyStart || top >= values.length || right < 0) continue;
    let touchesValues = false;
    for (const c of valueColumns) {
      if (c >= left && c <= right) {
        touchesValues = true;
        break;
      }
    }
    if (touchesValues && top >= bodyStart && (bottom > top || right > left)) bodyMerges.push(m);
    if (bottom > top) {
      const value = cellOf(values[top], left);
      if (isBlank(value)) continue;
      const last = Math.min(bottom, values.length - 1);
      for (const c of fillCols) {
        if (c < left || c > right) continue;
        for (let r = Math.max(top, bodyStart); r <= last; r++) {
          if (r === top && c === left) continue;
          fills.set(r * width + c, value);
        }
      }
    }
  }
  const hasFills = fills.size > 0;
  const textCell = (r: number, row: Row, c: number): CellValue => {
    if (c < 0) return null;
    if (hasFills) {
      const f = fills.get(r * width + c);
      if (f !== undefined) return f;
    }
    return cellOf(row, c);
  };
  // Built once per sheet, not once per row (a sheet can hold tens of thousands of rows).
  const cellAt = (r: number, row: Row, c: number, text: boolean): SourceCell | null =>
    c < 0 ? null : sourceCell(r, c, text ? textCell(r, row, c) : cellOf(row, c));
  const cellsAt = (r: number, row: Row, columns: readonly number[]): (SourceCell | null)[] => {
    const out: (SourceCell | null)[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) out[i] = cellAt(r, row, columns[i], false);
    return out;
  };

  const diagnostics: Diagnostic[] = [];
  const diag = (d: Omit<Diagnostic, 'sheet' | 'file'>): void => {
    diagnostics.push(file !== undefined ? { file, sheet, ...d } : { sheet, ...d });
  };

  const indicators: Indicator[] = [];
  const seenIds = new Map<string, number>();
  const seenKeys = new Set<string>();
  let category: string | null = null;
  let inFooter = false;
  let lastRow = headerLast;
  const hasMilestones = milestoneCount > 0;

  for (let r = bodyStart; r < values.length; r++) {
    const row = values[r];
    if (!row || row.length === 0) continue;
    let hasValues = false;
    for (let i = 0; i < valueColumns.length; i++) {
      if (!isBlank(cellOf(row, valueColumns[i]))) {
        hasValues = true;
        break;
      }
    }
    const nameText = textOf(textCell(r, row, P.name));
    const idRaw = cellOf(row, P.id);
    const idText = textOf(idRaw);
    const catText = P.category >= 0 ? textOf(textCell(r, row, P.category)) : null;

    if (!hasValues) {
      if (rowIsEmpty(row)) continue;
      // Leftmost text of the row: a notes or signature line ends the table's body.
      let lead: string | null = null;
      let leadCol = -1;
      for (let c = 0; c < (row?.length ?? 0); c++) {
        const v = row![c];
        if (!isBlank(v)) {
          lead = typeof v === 'string' ? v : null;
          leadCol = c;
          break;
        }
      }
      if (lead !== null && isFooterLine(lead)) inFooter = true;
      if (inFooter) continue;
      // Without an id column, a label or number left of the name plays the id's part here.
      let labelRaw: CellValue = idRaw;
      if (P.id < 0 && leadCol >= 0 && leadCol < P.name) labelRaw = cellOf(row, leadCol);
      const labelText = P.id < 0 ? textOf(labelRaw) : idText;
      if (nameText) {
        if (isTotalName(nameText)) continue;
        if (labelText) {
          if (typeof labelRaw === 'string' && SECTION_ID.test(toHalfWidth(labelRaw).trim())) {
            category = stripNumbering(nameText);
            continue;
          }
        } else if (SECTION_START.test(nameText) || onlyCell(row, P.name)) {
          category = stripNumbering(nameText);
          continue;
        }
        // An indicator whose target and actuals are all empty (invalid later: target missing).
      } else {
        // `一 | 职能目标任务` with the label in the category column: the label wins over the numbering.
        if (catText && (!idText || SECTION_ID.test(toHalfWidth(idText).trim()))) {
          category = stripNumbering(catText);
          continue;
        }
        if (idText) {
          if (typeof idRaw === 'string' && !PURE_NUMBER_ID.test(idText)) category = stripNumbering(idText);
          continue;
        }
        if (catText) {
          category = stripNumbering(catText);
          continue;
        }
        if (lead !== null && leadCol <= P.name) {
          const t = cleanText(lead);
          if (t) category = stripNumbering(t);
        }
        continue;
      }
    } else {
      if (!nameText) {
        // A category row carrying a subtotal: the label sits in the id column.
        if (typeof idRaw === 'string' && idText && !PURE_NUMBER_ID.test(idText) && isSectionLabel(idText)) {
          category = stripNumbering(idText);
        }
        continue;
      }
      if (isTotalName(nameText)) continue;
      const tv = cellOf(row, P.target);
      if (
        typeof tv === 'string' &&
        matchHeader(nameText)?.role === 'name' &&
        matchHeader(tv)?.role === 'target'
      ) {
        continue; // the header repeated (a printed page's header, say)
      }
    }

    // An indicator row.
    const worksheetRow = originRow + r;
    let id = idText;
    if (id !== null && id.length > 1) {
      const lastCh = id.charCodeAt(id.length - 1);
      if (lastCh === 0x3001 || lastCh === 0x2e) id = id.slice(0, -1);
    }
    if (id !== null) {
      if (seenIds.has(id)) {
        diag({
          cell: colLetters(P.id) + worksheetRow,
          severity: 'warning',
          code: 'duplicate-id',
          params: { id },
        });
      } else seenIds.set(id, worksheetRow);
    }
    let key = `${file ?? ''}|${sheet}|${id ?? nameText}`;
    if (seenKeys.has(key)) key = `${key}#${worksheetRow}`;
    seenKeys.add(key);

    let actuals: ActualsLayout;
    if (granularity === 'quarters') actuals = { kind: 'quarters', cells: cellsAt(r, row, cols.quarters) };
    else if (granularity === 'months') actuals = { kind: 'months', cells: cellsAt(r, row, cols.months) };
    else if (granularity === 'cumulative')
      actuals = { kind: 'cumulative', cell: cellAt(r, row, P.cumulative, false) };
    else actuals = { kind: 'none' };

    const rowCategory = catText ? stripNumbering(catText) : category;
    const measureUnit = textOf(textCell(r, row, P.unit));
    const directionCell = cellAt(r, row, P.direction, true);
    const aggregationCell = cellAt(r, row, P.aggregation, true);
    const target = cellAt(r, row, P.target, false);
    const milestoneTargets = hasMilestones ? cellsAt(r, row, cols.milestones) : null;
    const owner = textOf(textCell(r, row, P.owner));
    const notes = textOf(textCell(r, row, P.notes));
    const indicator: Indicator = {
      key,
      ...(file !== undefined ? { file } : {}),
      sheet,
      row: worksheetRow,
      id,
      category: rowCategory,
      name: nameText,
      measureUnit,
      directionCell,
      aggregationCell,
      target,
      milestoneTargets,
      actuals,
      owner,
      notes,
    };
    indicators.push(indicator);
    lastRow = r;
  }

  if (indicators.length === 0) return skipped(source, { code: 'no-indicators' });

  // Merged areas crossing indicator rows in value columns.
  if (bodyMerges.length > 0) {
    const indicatorRows = indicators.map((i) => i.row);
    for (const m of bodyMerges) {
      const n = countInRange(indicatorRows, m.top, m.bottom);
      let valueColsCovered = 0;
      for (let c = m.left - originCol; c <= m.right - originCol; c++)
        if (valueColSet.has(c)) valueColsCovered++;
      if (n >= 2 || (n >= 1 && valueColsCovered >= 2)) {
        diag({
          cell: colLetters(m.left - originCol) + m.top,
          severity: 'warning',
          code: 'merged-body-cell',
          params: { range: rangeAddress(m.top, m.left, m.bottom, m.right) },
        });
      }
    }
  }

  // Hidden rows and columns inside the table: read all the same, say so once.
  const firstWsRow = originRow + headerTop;
  const lastWsRow = originRow + lastRow;
  const hidden: Diagnostic[] = [];
  if (grid.hiddenRows && grid.hiddenRows.length > 0) {
    let count = 0;
    let firstHidden = Infinity;
    for (const hr of grid.hiddenRows) {
      if (hr >= firstWsRow && hr <= lastWsRow) {
        count++;
        if (hr < firstHidden) firstHidden = hr;
      }
    }
    if (count > 0) {
      hidden.push({
        ...(file !== undefined ? { file } : {}),
        sheet,
        cell: colLetters(P.name) + firstHidden,
        severity: 'info',
        code: 'hidden-rows',
        params: { count },
      });
    }
  }
  if (grid.hiddenColumns && grid.hiddenColumns.length > 0) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const rr of best.rows) {
      const hr = values[rr];
      if (!hr) continue;
      for (let c = 0; c < hr.length; c++) {
        if (!isBlank(hr[c])) {
          if (c < lo) lo = c;
          if (c > hi) hi = c;
        }
      }
    }
    let count = 0;
    let firstHidden = Infinity;
    for (const hc of grid.hiddenColumns) {
      const c = hc - originCol;
      if (c >= lo && c <= hi) {
        count++;
        if (hc < firstHidden) firstHidden = hc;
      }
    }
    if (count > 0) {
      hidden.push({
        ...(file !== undefined ? { file } : {}),
        sheet,
        cell: columnLetters(firstHidden) + (originRow + headerTop),
        severity: 'info',
        code: 'hidden-columns',
        params: { count },
      });
    }
  }

  const preamble = readPreamble(values, first, headerTop);
  let year = yearIn(preamble.title);
  if (year === null) {
    for (const t of best.texts) {
      const y = headerYear(t);
      if (y !== null) {
        year = y;
        break;
      }
    }
  }
  if (year === null) year = yearIn(preamble.reportingDate);

  const table: SheetTable = {
    ...(file !== undefined ? { file } : {}),
    sheet,
    headerRows: best.rows.map((r) => originRow + r),
    title: preamble.title,
    reportingUnit: preamble.reportingUnit,
    reportingDate: preamble.reportingDate,
    year,
    granularity,
    indicators,
    diagnostics: [...hidden, ...diagnostics],
  };
  return { kind: 'table', table };
}

/** True when the row's only non-empty cell is column c. */
function onlyCell(row: Row, c: number): boolean {
  if (!row) return false;
  for (let k = 0; k < row.length; k++) if (k !== c && !isBlank(row[k])) return false;
  return true;
}

/** How many of the sorted numbers lie in [lo, hi]. */
function countInRange(sorted: readonly number[], lo: number, hi: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid] < lo) a = mid + 1;
    else b = mid;
  }
  let n = 0;
  for (let i = a; i < sorted.length && sorted[i] <= hi; i++) n++;
  return n;
}

// ───────────────────────────── entry points ─────────────────────────────

/** Reads one sheet into its indicator table, or says why it was skipped. Never throws. */
export function readSheet(source: SheetSource): SheetReading {
  try {
    return readGrid(source);
  } catch {
    // A grid shaped in a way no adapter produces: skip the sheet rather than stop the run.
    const sheet = typeof source?.grid?.name === 'string' ? source.grid.name : '';
    const base = { kind: 'skipped' as const, sheet, reason: { code: 'no-header' as const } };
    return source?.file !== undefined ? { ...base, file: source.file } : base;
  }
}

/** Reads every sheet, in order. */
export function readSheets(sources: readonly SheetSource[]): SheetReading[] {
  return sources.map(readSheet);
}
