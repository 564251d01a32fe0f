/**
 * The real-table corpus kept the ways offices vary a sheet without changing what it says: figures typed
 * as text (a system's export, a pasted column, WPS), in full-width digits, with a footnote's mark or not, blank rows left above the title, a blank column A
 * left as a margin, the names written across two merged columns, every text in capitals (English), headings wrapped onto two
 * lines or with their characters spaced out, no-break spaces as a page pasted from the web has them, ranges
 * of figures written with an en dash (2022–23), shares typed as themselves under a format that writes
 * the sign (87.4 under 0.0"%") or written 87.4 % and 87.4 per cent, and a Chinese sheet in Traditional characters (Hong Kong,
 * Macau, Taiwan) or with the figures and signs of its texts typed full-width, and a form's row of column
 * numbers under its headings (甲 | 乙 | 1 | 2 | 3), the months to date in numerals (一至七月), blank rows
 * left between its groups, a total row below it, its row numbers written 1., （1）, 1、, and its headings
 * typed with a colon after them; an English one's quarters written out (Quarter 1). Each table read
 * so must give the same period and, row for row, the same statuses as the table as published.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  headerKey,
  readSheets,
  runCheck,
  type CellRange,
  type CellValue,
  type Grid,
  type Period,
  type SheetSource,
} from '../../src/engine';
import { readWorkbookFile } from '../../src/file/readXlsx';

const DIR = path.join(__dirname, '..', 'fixtures', 'real');

/** The period a sheet states, as the corpus notes it: M7, Q3 or FY (the year), of a year. */
interface SheetPeriod {
  readonly code?: string | null;
  readonly year?: number | null;
  readonly yearStartMonth?: number;
}

const files = (
  JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as {
    files: { file: string; lang: string; sheets: { sheet: string; period: SheetPeriod }[] }[];
  }
).files;

/** Decimal places a number format shows (0.0% → 1, #,##0.00 → 2). */
const decimals = (format: string): number => /\.(0+)/.exec(format)?.[1].length ?? 0;

/**
 * A figure as text the way its cell shows it: General as written ("95", "1200.5"), with its decimals
 * ("50.1" under 0.0), a percentage with its sign ("83.9%"), a number with thousands separators as shown
 * ("1,234"); null for a figure shown otherwise.
 */
function shownText(v: number, format: string | null | undefined): string | null {
  if (!format || format === 'General') return String(v);
  const d = decimals(format);
  if (/^0(?:\.0+)?$/.test(format)) return v.toFixed(d);
  if (/^0(?:\.0+)?%$/.test(format)) return `${(v * 100).toFixed(d)}%`;
  if (/^#,##0(?:\.0+)?$/.test(format)) {
    return v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  }
  return null;
}

/**
 * Every figure typed as the text its cell shows, in a General cell: what a sheet of text figures holds;
 * with `mark`, a footnote's mark after each (95%*); `fullWidth`, in full-width digits (９５％) as Chinese
 * input methods type them; row numbers (1, 2, 3 in the first column) left bare.
 */
function figuresAsText(g: Grid, mark = '', fullWidth = false): Grid {
  const wide = (t: string): string =>
    fullWidth ? t.replace(/[0-9.,%-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)) : t;
  const shown = (v: number, r: number, c: number): string | null => {
    const t = shownText(v, g.numberFormats?.[r]?.[c]);
    if (t === null) return null;
    return c === 0 && Number.isInteger(v) && v < 100 ? wide(t) : wide(t) + mark;
  };
  const text = (v: unknown, r: number, c: number): string | null =>
    typeof v === 'number' && Number.isFinite(v) ? shown(v, r, c) : null;
  return {
    ...g,
    values: g.values.map((row, r) => row.map((v, c) => text(v, r, c) ?? v)),
    ...(g.numberFormats
      ? {
          numberFormats: g.numberFormats.map((row, r) =>
            row.map((f, c) => (text(g.values[r]?.[c], r, c) !== null ? null : f)),
          ),
        }
      : {}),
  };
}

const down = (m: CellRange, n: number): CellRange => ({ ...m, top: m.top + n, bottom: m.bottom + n });

/** Two blank rows above everything, the sheet otherwise as it was. */
function blankRowsAbove(g: Grid): Grid {
  return {
    ...g,
    values: [[], [], ...g.values],
    ...(g.numberFormats ? { numberFormats: [[], [], ...g.numberFormats] } : {}),
    merges: g.merges.map((m) => down(m, 2)),
    ...(g.hiddenRows ? { hiddenRows: g.hiddenRows.map((r) => r + 2) } : {}),
  };
}

/** A blank column at grid index `at`; merges right of it move one column right, those across it widen. */
function blankColumnAt(g: Grid, at: number): Grid {
  const col = g.originCol + at;
  const shift = (c: number): number => (c >= col ? c + 1 : c);
  const insert = <T>(row: readonly T[], blank: T): T[] =>
    row.length > at ? [...row.slice(0, at), blank, ...row.slice(at)] : [...row];
  return {
    ...g,
    values: g.values.map((row) => insert(row, null)),
    ...(g.numberFormats ? { numberFormats: g.numberFormats.map((row) => insert(row ?? [], null)) } : {}),
    merges: g.merges.map((m) => ({
      ...m,
      left: shift(m.left),
      right: m.right >= col - 1 && m.left < col ? m.right + 1 : shift(m.right),
    })),
    ...(g.hiddenColumns ? { hiddenColumns: g.hiddenColumns.map(shift) } : {}),
  };
}

/** The grid index of the one column the sheet's reading gives `role` (a single letter), or null. */
function oneColumnOf(g: Grid, role: string): number | null {
  const [read] = readSheets([{ grid: g }]);
  if (read.kind !== 'table') return null;
  const cols = read.table.reading?.columns.filter((c) => c.role === role) ?? [];
  if (cols.length !== 1 || !/^[A-Z]$/.test(cols[0].column)) return null;
  return cols[0].column.charCodeAt(0) - 65 - (g.originCol - 1);
}

/**
 * The names written across two merged columns, their heading too (项目内容 over C:D, each row's name
 * merged C:D), where the sheet's reading has one name column and no name already sits in a merged area;
 * null otherwise.
 */
function namesAcrossTwoColumns(g: Grid): Grid | null {
  const [reading] = readSheets([{ grid: g }]);
  if (reading.kind !== 'table') return null;
  const names = reading.table.reading?.columns.filter((c) => c.role === 'name') ?? [];
  if (names.length !== 1 || !/^[A-Z]$/.test(names[0].column)) return null;
  const at = names[0].column.charCodeAt(0) - 65 - (g.originCol - 1);
  const col = g.originCol + at;
  const first = reading.table.headerRows[0] ?? g.originRow;
  const inMerge = (row: number): boolean =>
    g.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const rows = g.values
    .map((v, i) => ({ row: g.originRow + i, filled: v[at] !== null && v[at] !== undefined && v[at] !== '' }))
    .filter((x) => x.row >= first && x.filled);
  if (rows.some((x) => inMerge(x.row))) return null;
  const wide = blankColumnAt(g, at + 1);
  return {
    ...wide,
    merges: [...wide.merges, ...rows.map((x) => ({ top: x.row, bottom: x.row, left: col, right: col + 1 }))],
  };
}

/** Every text of the sheet through `f`, its figures and layout as they were. */
function textsAs(g: Grid, f: (text: string) => string, rows?: ReadonlySet<number>): Grid {
  return {
    ...g,
    values: g.values.map((row, i) =>
      rows && !rows.has(g.originRow + i) ? row : row.map((v) => (typeof v === 'string' ? f(v) : v)),
    ),
  };
}

/** The heading rows of the sheet's reading (none when it is not read as a table). */
function headingRows(g: Grid): ReadonlySet<number> {
  const [reading] = readSheets([{ grid: g }]);
  return new Set(reading.kind === 'table' ? reading.table.headerRows : []);
}

/** Simplified characters as Traditional ones: the inverse of the reading's own Traditional table. */
const TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (let c = 0x3400; c <= 0x9fff; c++) {
    const t = String.fromCharCode(c);
    // (a character's heading key is its Simplified form: the reader's own Traditional table)
    const s = headerKey(t);
    if (s !== t && !out.has(s)) out.set(s, t);
  }
  return out;
})();
const traditional = (text: string): string =>
  text.replace(/[\u3400-\u9fff]/g, (c) => TRADITIONAL.get(c) ?? c);

/** Figures and signs in every text typed full-width, as Chinese input methods type them (２０１７年１－８月). */
const fullWidthSigns = (text: string): string =>
  text.replace(/[0-9()%:,.\-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** The months from January written in numerals, as formal documents write them: 1-7月 → 一至七月. */
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const monthsInNumerals = (text: string): string =>
  text.replace(
    /(?<!\d)1\s*[-—–~～]\s*(1[0-2]|[1-9])\s*月/g,
    (_, to: string) => `一至${NUMERALS[Number(to)]}月`,
  );

/** The half year and the first three quarters in words: 1-6月 → 上半年, 1-9月份 → 前三季度, 1-9月底 → 前三季度末. */
const PARTS_OF_YEAR: Readonly<Record<string, string>> = { '6': '上半年', '9': '前三季度' };
const partsOfYear = (text: string): string =>
  text.replace(
    /(?<!\d)1\s*[-—–~～至]\s*([69])\s*月(份|底|末)?/g,
    (_, to: string, end?: string) => PARTS_OF_YEAR[to] + (end === '底' || end === '末' ? '末' : ''),
  );

/** The months from January as the date they end on: 1-6月 → 截至6月30日, 1-9月份 → 截至9月30日. */
const LAST_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthsToTheirEnd = (text: string): string =>
  text.replace(
    /(?<!\d)1\s*[-—–~～]\s*(1[0-2]|[1-9])\s*月(?:份|底|末)?/g,
    (_, to: string) => `截至${to}月${LAST_DAYS[Number(to)]}日`,
  );

/**
 * The ways a heading is typed otherwise: in capitals (English), wrapped onto two lines at its first
 * space, a short Chinese heading's characters spaced out (指 标, 单  位) as forms pad them.
 */
const inCapitals = (text: string): string => text.toUpperCase();
const wrapped = (text: string): string => text.replace(/ (?=\S)/, '\n');
const spacedOut = (text: string): string =>
  /^[\u4e00-\u9fff]{2,4}$/.test(text) ? [...text].join(text.length === 2 ? '  ' : ' ') : text;

/**
 * Each share under a per cent format (0.874 under 0.0%) typed as itself under a format that writes the
 * sign after it (87.4 under 0.0"%"), as offices type shares to keep Excel from multiplying them by 100;
 * null where the sheet has no such share.
 */
function sharesTypedAsThemselves(g: Grid): Grid | null {
  const formats = g.numberFormats;
  const percent = (f: string | null | undefined): boolean => f != null && /^0(?:\.0+)?%$/.test(f);
  if (!formats || !formats.some((row) => (row ?? []).some(percent))) return null;
  return {
    ...g,
    values: g.values.map((row, r) =>
      row.map((v, c) =>
        typeof v === 'number' && percent(formats[r]?.[c]) ? Number((v * 100).toPrecision(12)) : v,
      ),
    ),
    numberFormats: formats.map((row) => (row ?? []).map((f) => (percent(f) ? f!.replace('%', '"%"') : f))),
  };
}

/**
 * Each share under a per cent format typed as text with its sign after a space (87.4 %) or in words
 * (87.4 per cent), as some offices' style writes them; null where the sheet has no such share.
 */
function sharesWrittenWith(sign: string): (g: Grid) => Grid | null {
  return (g) => {
    const formats = g.numberFormats;
    const decimals = (f: string | null | undefined): number | null => {
      const m = f == null ? null : /^0(?:\.(0+))?%$/.exec(f);
      return m ? (m[1]?.length ?? 0) : null;
    };
    if (!formats || !formats.some((row) => (row ?? []).some((f) => decimals(f) !== null))) return null;
    return {
      ...g,
      values: g.values.map((row, r) =>
        row.map((v, c) => {
          const d = decimals(formats[r]?.[c]);
          return typeof v === 'number' && d !== null ? `${(v * 100).toFixed(d)}${sign}` : v;
        }),
      ),
      numberFormats: formats.map((row) => (row ?? []).map((f) => (decimals(f) !== null ? null : f))),
    };
  };
}

/**
 * A form's row of column numbers under its headings, across the table's columns: 甲 | 乙 | 1 | 2 | 3 …
 * in a Chinese form, 1 | 2 | 3 | 4 … in an English one (four columns at least); null where the sheet is
 * not read as a table.
 */
function columnNumbersUnderHeadings(g: Grid, labels: readonly string[]): Grid | null {
  const [reading] = readSheets([{ grid: g }]);
  if (reading.kind !== 'table' || reading.table.headerRows.length === 0) return null;
  const heads = reading.table.headerRows.map((r) => r - g.originRow);
  const at = Math.max(...heads) + 1;
  let first = Infinity;
  let last = -1;
  for (const h of heads) {
    (g.values[h] ?? []).forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      first = Math.min(first, c);
      last = Math.max(last, c);
    });
  }
  for (const m of g.merges) {
    if (m.top - g.originRow < at && m.bottom - g.originRow >= heads[0])
      last = Math.max(last, m.right - g.originCol);
  }
  if (last - first + 1 < 4) return null;
  const numbers: CellValue[] = Array.from({ length: last + 1 }, (_, c) =>
    c < first ? null : c - first < labels.length ? labels[c - first] : c - first - labels.length + 1,
  );
  return rowInserted(g, at, numbers);
}

/** `row` inserted at grid index `at`: the rows below move down, merged areas across it grow by one. */
function rowInserted(g: Grid, at: number, row: CellValue[]): Grid {
  const sheetRow = g.originRow + at;
  const shift = (r: number): number => (r >= sheetRow ? r + 1 : r);
  return {
    ...g,
    values: [...g.values.slice(0, at), row, ...g.values.slice(at)],
    ...(g.numberFormats
      ? { numberFormats: [...g.numberFormats.slice(0, at), [], ...g.numberFormats.slice(at)] }
      : {}),
    merges: g.merges.map((m) => ({
      ...m,
      top: shift(m.top),
      bottom: m.top < sheetRow && m.bottom >= sheetRow ? m.bottom + 1 : shift(m.bottom),
    })),
    ...(g.hiddenRows ? { hiddenRows: g.hiddenRows.map(shift) } : {}),
  };
}

/**
 * A line dating the form (填报日期：2019年1月10日, "Date prepared: 10 January 2019") put right above the
 * headings of a calendar year's table, as offices fill one in: dated the month after its stated period
 * (the first days of the next year after a year's), or, for a year's table naming its year, filed in the
 * March after it.
 * The grid and the worksheet row added; null where the table states no period of a calendar year.
 */
function filingDateAbove(
  g: Grid,
  period: SheetPeriod,
  lang: string,
  late: boolean,
): { grid: Grid; added: number } | null {
  if ((period.yearStartMonth ?? 1) !== 1 || !period.code || !period.year) return null;
  const [reading] = readSheets([{ grid: g }]);
  if (reading.kind !== 'table' || reading.table.headerRows.length === 0) return null;
  const months =
    period.code === 'FY'
      ? 12
      : /^Q([1-4])$/.test(period.code)
        ? 3 * Number(period.code.slice(1))
        : Number(/^M(\d+)$/.exec(period.code)?.[1]);
  if (!(months >= 1 && months <= 12) || (late && months !== 12)) return null;
  // Filed months later, the form is told from the new year's first months only by the year its table
  // names (2018年度…, "2018 Target"): a table that names none is left out.
  if (late && reading.table.year === null) return null;
  const [year, month, day] = late
    ? [period.year + 1, 3, 5]
    : months === 12
      ? [period.year + 1, 1, 10]
      : [period.year, months + 1, 10];
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  const line =
    lang === 'zh-CN' ? `填报日期：${year}年${month}月${day}日` : `Date prepared: ${day} ${monthName} ${year}`;
  const at = Math.min(...reading.table.headerRows) - g.originRow;
  return { grid: rowInserted(g, at, [line]), added: g.originRow + at };
}

/** The statuses, with the period as the months of the year it runs through (Q3 and 1-9月 alike). */
function monthsAndStatuses(
  sources: readonly SheetSource[],
  yearStart: number,
  rowsAdded: readonly number[] = [],
): string[] {
  const [period, ...statuses] = reading(sources, yearStart, rowsAdded);
  const p = JSON.parse(period) as Period;
  const months = p.kind === 'year' ? 12 : p.kind === 'quarter' ? p.quarter * 3 : p.month;
  return [`${months} months`, ...statuses];
}

/**
 * A blank row left after every fourth indicator row, as offices leave between groups, where no merged
 * area runs across it; the worksheet rows added. Null where the sheet is not read as a table of rows.
 */
function blankRowsBetween(g: Grid): { grid: Grid; added: number[] } | null {
  // Tables of one row an indicator only: not a form of labelled lines an indicator (cards), nor a table
  // turned on its side.
  const [read] = readSheets([{ grid: g }]);
  if (read.kind !== 'table') return null;
  const layout = read.table.reading?.layout ?? (read.table.headerRows.length > 0 ? 'rows' : 'cards');
  if (layout === 'cards' || layout === 'transposed') return null;
  const { report } = runCheck({ sources: [{ grid: g }], lang: 'zh-CN', date: '2025-01-15' });
  const rows = [...new Set(report.evaluations.map((e) => e.indicator.row))].sort((a, b) => a - b);
  const after = rows.filter((_, i) => i % 4 === 1 && i < rows.length - 1);
  if (after.length === 0) return null;
  if (g.merges.some((m) => after.some((r) => m.top <= r && m.bottom > r))) return null;
  let values = g.values;
  let formats = g.numberFormats;
  // From the bottom up, so each row's index is still its own.
  for (const r of [...after].reverse()) {
    const at = r - g.originRow + 1;
    values = [...values.slice(0, at), [], ...values.slice(at)];
    if (formats) formats = [...formats.slice(0, at), [], ...formats.slice(at)];
  }
  const added = after.map((r, i) => r + 1 + i);
  const shift = (row: number): number => row + after.filter((r) => r < row).length;
  return {
    added,
    grid: {
      ...g,
      values,
      ...(formats ? { numberFormats: formats } : {}),
      merges: g.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
      ...(g.hiddenRows ? { hiddenRows: g.hiddenRows.map(shift) } : {}),
    },
  };
}

/**
 * Each run of one text down consecutive indicator rows of the given columns, where `accept` takes the
 * text, written once and merged down over the run; null where the sheet has no such run.
 */
function runsMergedDown(g: Grid, cols: readonly number[], accept: (text: string) => boolean): Grid | null {
  const { report } = runCheck({ sources: [{ grid: g }], lang: 'zh-CN', date: '2025-01-15' });
  const rows = [...new Set(report.evaluations.map((e) => e.indicator.row - g.originRow))].sort(
    (a, b) => a - b,
  );
  const values = g.values.map((row) => [...row]);
  const merges = [...g.merges];
  for (const at of cols) {
    const col = g.originCol + at;
    let i = 0;
    while (i < rows.length) {
      const text = values[rows[i]]?.[at];
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && values[rows[j + 1]]?.[at] === text) j++;
      const top = g.originRow + rows[i];
      const bottom = g.originRow + rows[j];
      const free = !merges.some((m) => m.left <= col && m.right >= col && m.top <= bottom && m.bottom >= top);
      if (typeof text === 'string' && text.trim() !== '' && accept(text) && j > i && free) {
        for (let k = i + 1; k <= j; k++) values[rows[k]][at] = null;
        merges.push({ top, bottom, left: col, right: col });
      }
      i = j + 1;
    }
  }
  return merges.length > g.merges.length ? { ...g, values, merges } : null;
}

/** The category written once and merged down its rows, as offices lay a goal or a category out. */
function categoryMergedDown(g: Grid): Grid | null {
  const at = oneColumnOf(g, 'category');
  return at === null ? null : runsMergedDown(g, [at], () => true);
}

/**
 * A verdict or words without a figure in a result's or a verdict's column (完成情况较好, 已完工, Achieved)
 * written once and merged down the rows it holds for; null for a list without headings (found by each
 * row's own cells: merged verdicts are not looked for there).
 */
function verdictsMergedDown(g: Grid): Grid | null {
  const [read] = readSheets([{ grid: g }]);
  if (read.kind !== 'table' || read.table.headerRows.length === 0) return null;
  const cols = (read.table.reading?.columns ?? [])
    .filter((c) => ['actual', 'status', 'periodActual'].includes(c.role) && /^[A-Z]$/.test(c.column))
    .map((c) => c.column.charCodeAt(0) - 65 - (g.originCol - 1));
  return runsMergedDown(g, cols, (text) => !/\d/.test(text));
}

/**
 * The rows of a table of one heading row printed in two halves side by side to fit the page: the second
 * half of its rows moved up beside the first, right of a blank column, under the heading row copied there.
 * Null where merged areas or hidden rows stand at or below the headings, or the table has under 4 rows.
 */
function listInTwoHalves(g: Grid): Grid | null {
  const [read] = readSheets([{ grid: g }]);
  if (read.kind !== 'table' || read.table.headerRows.length !== 1 || (g.hiddenRows?.length ?? 0) > 0)
    return null;
  const header = read.table.headerRows[0];
  if (g.merges.some((m) => m.bottom >= header)) return null;
  const h = header - g.originRow;
  const { report } = runCheck({ sources: [{ grid: g }], lang: 'zh-CN', date: '2025-01-15' });
  const last = Math.max(...report.evaluations.map((e) => e.indicator.row - g.originRow));
  const n = last - h;
  if (!(n >= 4)) return null;
  const split = h + 1 + Math.ceil(n / 2);
  let width = 0;
  for (let r = h; r <= last; r++) width = Math.max(width, g.values[r]?.length ?? 0);
  const offset = width + 1;
  const values = g.values.map((row) => [...row]);
  const formats = g.numberFormats?.map((row) => [...(row ?? [])]);
  const place = (to: number, from: number) => {
    for (let c = 0; c < width; c++) {
      values[to][c + offset] = g.values[from]?.[c] ?? null;
      if (formats) (formats[to] ??= [])[c + offset] = g.numberFormats?.[from]?.[c] ?? null;
    }
  };
  place(h, h);
  for (let r = split; r <= last; r++) place(h + 1 + (r - split), r);
  for (let r = split; r <= last; r++) {
    values[r] = [];
    if (formats) formats[r] = [];
  }
  for (const row of values) for (let c = 0; c < row.length; c++) row[c] ??= null;
  return { ...g, values, ...(formats ? { numberFormats: formats } : {}) };
}

/** The period and each indicator's name and status, by name: a reading whatever rows the indicators moved to. */
function statusesByName(sources: readonly SheetSource[], yearStart: number): string[] {
  const { report, period } = runCheck({ sources, lang: 'zh-CN', date: '2025-01-15', yearStart });
  return [
    JSON.stringify(period),
    ...report.evaluations.map((e) => `${e.indicator.name}: ${e.status}`).sort(),
  ];
}

/**
 * A total row right below the last indicator (合计 or Total in the name column, each column of figures
 * summed), where the row below it is blank; null otherwise.
 */
function totalRowBelow(g: Grid, word: string): Grid | null {
  const nameAt = oneColumnOf(g, 'name');
  if (nameAt === null) return null;
  const { report } = runCheck({ sources: [{ grid: g }], lang: 'zh-CN', date: '2025-01-15' });
  const rows = report.evaluations.map((e) => e.indicator.row - g.originRow);
  if (rows.length < 2) return null;
  const last = Math.max(...rows);
  const below = g.values[last + 1];
  if (below && below.some((v) => v !== null && v !== undefined && v !== '')) return null;
  const row = g.originRow + last + 1;
  if (g.merges.some((m) => m.top <= row && m.bottom >= row)) return null;
  const width = Math.max(...rows.map((r) => g.values[r]?.length ?? 0));
  const total: CellValue[] = Array.from({ length: width }, (_, c) => {
    if (c === nameAt) return word;
    const figures = rows.map((r) => g.values[r]?.[c]).filter((v): v is number => typeof v === 'number');
    return figures.length > 0 ? figures.reduce((a, b) => a + b, 0) : null;
  });
  return rowInserted(g, last + 1, total);
}

/**
 * Each indicator's number in the number column written as a list's (1 → 1., （1）, 1、 in turn), where the
 * reading has a number column of plain numbers; null otherwise.
 */
function rowNumbersAsText(g: Grid): Grid | null {
  const at = oneColumnOf(g, 'id');
  const [read] = readSheets([{ grid: g }]);
  if (at === null || read.kind !== 'table') return null;
  const rows = new Set(read.table.indicators.map((i) => i.row - g.originRow));
  const forms = [(n: number) => `${n}.`, (n: number) => `（${n}）`, (n: number) => `${n}、`];
  let written = 0;
  const values = g.values.map((row, r) => {
    const v = row[at];
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,3}$/.test(v.trim()) ? Number(v) : null;
    if (!rows.has(r) || n === null || !Number.isInteger(n)) return row;
    const out = [...row];
    out[at] = forms[written++ % forms.length](n);
    return out;
  });
  return written > 0 ? { ...g, values } : null;
}

/**
 * The headings of a table of one heading row typed with a colon after them (Target:, 目标任务：), each
 * heading the reading gives a role; null for other tables.
 */
function headingsWithColons(g: Grid, colon: string): Grid | null {
  const [read] = readSheets([{ grid: g }]);
  if (read.kind !== 'table' || read.table.headerRows.length !== 1) return null;
  const r = read.table.headerRows[0] - g.originRow;
  const cols = new Set(
    (read.table.reading?.columns ?? [])
      .filter((c) => /^[A-Z]$/.test(c.column))
      .map((c) => c.column.charCodeAt(0) - 65 - (g.originCol - 1)),
  );
  const row = g.values[r] ?? [];
  if (![...cols].some((c) => typeof row[c] === 'string')) return null;
  const values = [...g.values];
  values[r] = row.map((v, c) =>
    cols.has(c) && typeof v === 'string' && v.trim() !== '' ? v.trim() + colon : v,
  );
  return { ...g, values };
}

/** The period and each row's status, rows counted as in the table as published. */
function reading(
  sources: readonly SheetSource[],
  yearStart: number,
  rowsAdded: number | readonly number[] = 0,
): string[] {
  // Rows added: how many above every row, or the worksheet rows added (each moves the rows below it).
  const published = (row: number): number =>
    typeof rowsAdded === 'number' ? row - rowsAdded : row - rowsAdded.filter((a) => a < row).length;
  const { report, period } = runCheck({ sources, lang: 'zh-CN', date: '2025-01-15', yearStart });
  return [
    JSON.stringify(period),
    ...report.evaluations.map((e) => `row ${published(e.indicator.row)}: ${e.status}`),
  ];
}

describe.each(files.map((f) => [f.file, f] as const))('%s', (file, spec) => {
  const lang = spec.lang;
  let sources: SheetSource[] = [];
  beforeAll(async () => {
    sources = await readWorkbookFile(path.join(DIR, file));
  });

  it.each(spec.sheets.map((s) => [s.sheet, s] as const))(
    'reads sheet %s the same with its figures typed as text, blank rows or a blank column A, names across two columns, or its headings and characters typed otherwise',
    (sheet, s) => {
      const own = sources.filter((x) => x.grid.name === sheet);
      const yearStart = s.period.yearStartMonth ?? 1;
      const published = reading(own, yearStart);
      const as = (f: (g: Grid) => Grid | null): SheetSource[] | null => {
        const grids = own.map((x) => f(x.grid));
        return grids.every((g) => g !== null) ? own.map((x, i) => ({ ...x, grid: grids[i]! })) : null;
      };
      const variants: [string, SheetSource[] | null, number | readonly number[]][] = [
        ['figures as text', as((g) => figuresAsText(g)), 0],
        ['figures as text with a footnote mark', as((g) => figuresAsText(g, '*')), 0],
        ['figures as text in full-width digits', as((g) => figuresAsText(g, '', true)), 0],
        ['two blank rows above', as(blankRowsAbove), 2],
        ['a blank column A', as((g) => blankColumnAt(g, 0)), 0],
        ['names across two merged columns', as(namesAcrossTwoColumns), 0],
        ['headings wrapped onto two lines', as((g) => textsAs(g, wrapped, headingRows(g))), 0],
        ['row numbers written 1., （1）, 1、', as(rowNumbersAsText), 0],
        ['each category written once and merged down its rows', as(categoryMergedDown), 0],
        ['a verdict written once and merged down the rows it holds for', as(verdictsMergedDown), 0],
        [
          'headings typed with a colon after them',
          as((g) => headingsWithColons(g, lang === 'zh-CN' ? '：' : ':')),
          0,
        ],
        [
          'a total row below the last indicator',
          as((g) => totalRowBelow(g, lang === 'zh-CN' ? '合计' : 'Total')),
          0,
        ],
        [
          'a row of column numbers under the headings',
          as((g) => columnNumbersUnderHeadings(g, lang === 'zh-CN' ? ['甲', '乙'] : [])),
          1,
        ],
        ['shares typed as themselves under a format with the sign', as(sharesTypedAsThemselves), 0],
        ['shares written with a space before the sign (87.4 %)', as(sharesWrittenWith(' %')), 0],
        ...(lang === 'zh-CN'
          ? []
          : ([['shares written in words (87.4 per cent)', as(sharesWrittenWith(' per cent')), 0]] as [
              string,
              SheetSource[] | null,
              number,
            ][])),
        [
          'no-break spaces, as pasted from a web page',
          as((g) => textsAs(g, (t) => t.replace(/ /g, '\u00a0'))),
          0,
        ],
        [
          'ranges of figures written with an en dash',
          as((g) => textsAs(g, (t) => t.replace(/(\d)-(\d)/g, '$1–$2'))),
          0,
        ],
        ...((lang === 'zh-CN'
          ? [
              ['in Traditional characters', as((g) => textsAs(g, traditional)), 0],
              ['figures and signs in its texts typed full-width', as((g) => textsAs(g, fullWidthSigns)), 0],
              ['short headings spaced out', as((g) => textsAs(g, spacedOut, headingRows(g))), 0],
              ['the months to date in numerals (一至七月)', as((g) => textsAs(g, monthsInNumerals)), 0],
              [
                'the half year and three quarters in words (上半年, 前三季度)',
                as((g) => textsAs(g, partsOfYear)),
                0,
              ],
              [
                'the months to date as the date they end on (截至6月30日)',
                as((g) => textsAs(g, monthsToTheirEnd)),
                0,
              ],
            ]
          : [
              ['every text in capitals', as((g) => textsAs(g, inCapitals)), 0],
              [
                'quarters written out in the headings (Quarter 1)',
                as((g) => textsAs(g, (t) => t.replace(/\bQ([1-4])\b/g, 'Quarter $1'), headingRows(g))),
                0,
              ],
              [
                'the results headed Outturn for Actual, as UK offices write them',
                as((g) => textsAs(g, (t) => t.replace(/\bActual\b/g, 'Outturn'), headingRows(g))),
                0,
              ],
            ]) as [string, SheetSource[] | null, number][]),
      ];
      const gaps = own.length === 1 ? blankRowsBetween(own[0].grid) : null;
      if (gaps)
        variants.push([
          'a blank row after every fourth indicator',
          [{ ...own[0], grid: gaps.grid }],
          gaps.added,
        ]);
      for (const [variant, varied, rowsAdded] of variants) {
        if (varied === null) continue;
        expect([variant, ...reading(varied, yearStart, rowsAdded)]).toEqual([variant, ...published]);
      }
      // A line dating the form above the headings, just after the period or months after the year: the
      // same statuses, and a period of as many months (1-9月 and Q3 alike).
      for (const late of [false, true]) {
        const filed = own.length === 1 ? filingDateAbove(own[0].grid, s.period, lang, late) : null;
        if (!filed) continue;
        const label = late ? 'a filing date months after the year' : 'a filing date just after the period';
        expect([
          label,
          ...monthsAndStatuses([{ ...own[0], grid: filed.grid }], yearStart, [filed.added]),
        ]).toEqual([label, ...monthsAndStatuses(own, yearStart)]);
      }
      // A list printed in two halves side by side: the same indicators, whatever rows they stand on.
      const halves = as(listInTwoHalves);
      if (halves)
        expect(['two halves side by side', ...statusesByName(halves, yearStart)]).toEqual([
          'two halves side by side',
          ...statusesByName(own, yearStart),
        ]);
    },
  );
});

/**
 * The heading rows pasted again above the second half of the rows, as a table copied page by page from
 * a printed report keeps them: a page's header, not a new table. Tables whose second page, read alone,
 * lost its columns (a target column without a heading), its period or its statuses.
 */
describe('the heading rows pasted again with the next page', () => {
  function headingsAgain(g: Grid, yearStart: number): { grid: Grid; at: number; rows: number } {
    const [reading] = readSheets([{ grid: g }], { yearStart });
    if (reading.kind !== 'table') throw new Error('not read');
    const heads = reading.table.headerRows.map((r) => r - g.originRow);
    const inds = reading.table.indicators;
    const at = inds[Math.floor(inds.length / 2)].row - g.originRow;
    const shift = (r: number): number => (r - g.originRow >= at ? r + heads.length : r);
    return {
      at: at + g.originRow,
      rows: heads.length,
      grid: {
        ...g,
        values: [...g.values.slice(0, at), ...heads.map((r) => g.values[r]), ...g.values.slice(at)],
        ...(g.numberFormats
          ? {
              numberFormats: [
                ...g.numberFormats.slice(0, at),
                ...heads.map((r) => g.numberFormats?.[r] ?? []),
                ...g.numberFormats.slice(at),
              ],
            }
          : {}),
        merges: g.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
        ...(g.hiddenRows ? { hiddenRows: g.hiddenRows.map(shift) } : {}),
      },
    };
  }

  it.each([
    ['en-western-water-service-standards-2019-20.xlsx', 'Service Standards'],
    ['zh-hk-pa97-csb-jindu-1997.xlsx', '公務員事務局'],
    ['en-fort-worth-tx-police-measures-fy2025.xlsx', 'Police'],
    ['en-mbks-client-charter-2023.xlsx', "Client's Charter Achievement"],
    ['en-epsom-st-helier-waiting-times-2019-11.xlsx', 'Waiting times'],
  ])('%s reads the same with its heading rows pasted again halfway down', async (file, sheet) => {
    const sources = await readWorkbookFile(path.join(DIR, file));
    const own = sources.filter((x) => x.grid.name === sheet);
    const yearStart =
      files.find((f) => f.file === file)?.sheets.find((s) => s.sheet === sheet)?.period.yearStartMonth ?? 1;
    const published = reading(own, yearStart);
    const again = headingsAgain(own[0].grid, yearStart);
    const varied = reading([{ ...own[0], grid: again.grid }], yearStart).map((line) => {
      const m = /^row (\d+): (.*)$/.exec(line);
      return m && Number(m[1]) >= again.at + again.rows ? `row ${Number(m[1]) - again.rows}: ${m[2]}` : line;
    });
    expect(varied).toEqual(published);
  });
});

/**
 * Two published tables kept one below the other on one sheet, a blank row between: each reads as it does
 * alone (the second judged for the first's period). Pairs whose second table once ran into the first:
 * a standard table over another table's headings, and a colour key below a table.
 */
describe('two tables one below the other', () => {
  function below(a: Grid, b: Grid): { grid: Grid; shift: number } {
    const shift = a.originRow - 1 + a.values.length + 1;
    const pad =
      (g: Grid) =>
      <T>(row: readonly T[]): (T | null)[] => [...Array<null>(g.originCol - 1).fill(null), ...row];
    const lead = <T>(g: Grid): T[][] => Array.from({ length: g.originRow - 1 }, () => []);
    const formats = (g: Grid): (string | null | undefined)[][] =>
      (g.numberFormats ?? g.values.map(() => [])).map((r) => pad(g)(r ?? []));
    return {
      shift,
      grid: {
        name: a.name,
        originRow: 1,
        originCol: 1,
        values: [
          ...lead<CellValue>(a),
          ...a.values.map(pad(a)),
          [],
          ...lead<CellValue>(b),
          ...b.values.map(pad(b)),
        ],
        numberFormats: [
          ...lead<string | null>(a),
          ...formats(a),
          [],
          ...lead<string | null>(b),
          ...formats(b),
        ],
        merges: [
          ...a.merges,
          ...b.merges.map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift })),
        ],
      },
    };
  }

  it.each([
    ['zh-yuanqu-jingji-2016-q1.xlsx', 'zh-zaojia-zhongdian-2012-1-9.xlsx', 1],
    ['zh-shengsi-xiangcun-zhenxing-2021.xlsx', 'zh-tw-ly-gangwu-jindu-2019.xlsx', 1],
    ['en-nz-tairawhiti-dhb-health-targets-2015-16.xlsx', 'en-ato-current-year-performance-2022-23.xlsx', 7],
  ])('%s above %s', async (top, bottom, yearStart) => {
    const a = (await readWorkbookFile(path.join(DIR, top)))[0].grid;
    const b = (await readWorkbookFile(path.join(DIR, bottom)))[0].grid;
    const alone = (grid: Grid, period?: Period) =>
      runCheck({
        sources: [{ grid }],
        lang: 'zh-CN',
        date: '2025-01-15',
        yearStart,
        ...(period ? { period } : {}),
      });
    const first = alone(a);
    const second = alone(b, first.period);
    const { grid, shift } = below(a, b);
    const both = alone(grid, first.period);
    const rows = (r: ReturnType<typeof alone>, by = 0) =>
      r.report.evaluations.map((e) => `${e.indicator.row + by} ${e.status}`);
    expect(rows(both)).toEqual([...rows(first), ...rows(second, shift)]);
  });
});
