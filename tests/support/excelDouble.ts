/**
 * A strict in-memory double of the Excel JavaScript API — just the surface the workbook adapter uses —
 * with Office.js proxy semantics where they matter:
 * - reading a property that was not loaded, or loaded but not yet synced, THROWS (PropertyNotLoaded);
 * - writes and method calls are queued and applied in order at sync(); an object that does not exist
 *   fails the sync (ItemNotFound), writes into a protected sheet fail (AccessDenied);
 * - APIs newer than the configured requirement sets throw ApiNotFound when called;
 * - every sync is counted, with the UTF-8 size of the JSON it sends (syncPayloads) and of what it
 *   returns (syncResponses). As in Office.js, a request carries each object path once and its actions
 *   refer to it by id.
 * - Excel's documented limits are enforced by default (a test that needs more turns one off explicitly
 *   and says why): a request or a response over 5 MB fails (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded, as Excel on the web — "Resource limits and performance
 *   optimization for Office Add-ins", section Excel add-ins); reading a range of more than 5,000,000
 *   cells fails (same page: "A range is limited to 5,000,000 cells for read operations");
 *   getMergedAreasOrNullObject fails on a range holding more than 512 merged areas (API reference,
 *   Range.getMergedAreasOrNullObject).
 * - a request context is only usable inside its Excel.run (or a later Excel.run(context, …), the
 *   documented way to remove an event handler); run({ mergeUndoGroup: true }, …) needs ExcelApi 1.20
 *   and makes the whole run one undo step (`undoSteps` counts them: one per sync that changes
 *   something, or one per grouped run).
 * Values written through `range.values` are interpreted like typed input: numeric text becomes a number,
 * TRUE/FALSE booleans, text starting with = (or +, -, @ when not a number) a formula, and a leading
 * apostrophe marks text (and is stripped). Cells formatted "@" keep text as typed.
 *
 * Plain TypeScript with no test-runner or Node imports, so it can also be bundled into a browser page.
 */

type Prim = number | string | boolean;

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellState {
  value: Prim | null;
  error?: string;
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
  format?: Record<string, unknown>;
}

export interface ChartSeriesState {
  name: string;
  values: string | null;
  xValues: string | null;
  chartType: string | null;
  fill: string | null;
  line: string | null;
  /** ChartSeries.overlap (ExcelApi 1.8), hasDataLabels (1.7), dataLabels.numberFormat (1.8). */
  overlap?: number;
  hasDataLabels?: boolean;
  labelFormat?: string;
}

export interface ChartState {
  uid: number;
  name: string;
  type: string;
  title: string | null;
  series: ChartSeriesState[];
  position: [string, string] | null;
  legendPosition: string | null;
  valueAxisTitle: string | null;
  valueAxisNumberFormat: string | null;
  /** valueAxis.majorUnit (ExcelApi 1.1), when set. */
  valueAxisMajorUnit?: number;
  /** categoryAxis.reversePlotOrder (ExcelApi 1.7) and tickLabelPosition (1.8). */
  categoryReversed?: boolean;
  categoryLabelPosition?: string;
  /** categoryAxis.tickLabelSpacing (ExcelApi 1.7) and format.font.size (1.1). */
  categoryLabelSpacing?: number;
  categoryLabelSize?: number;
}

export interface ConditionalFormatState {
  uid: number;
  type: string;
  rect: Rect;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Set when the sheet was protected with a password (unprotect then needs it). */
  protectionPassword?: string;
  /** The options given to the last protection.protect() call. */
  protectionOptions?: Record<string, unknown>;
  cells: Map<number, Map<number, CellState>>;
  merges: Rect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  charts: ChartState[];
  conditionalFormats: ConditionalFormatState[];
  dataValidations: { rect: Rect; rule: unknown }[];
  freezeRows: number;
  pageLayout: Record<string, unknown>;
  rowBreaks: string[];
}

export interface WorkbookState {
  sheets: SheetState[];
  /** The workbook's name as Excel gives it (Workbook.name, ExcelApi 1.7): Book1.xlsx by default. */
  name: string;
  protected: boolean;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  screenUpdatingSuspensions: number;
}

export type DoubleCellInit =
  | string
  | number
  | boolean
  | null
  | undefined
  | { error: string }
  /** The engine's own cell shapes are accepted too, so a Grid's values can seed a sheet. */
  | { kind: 'error'; code: string }
  | { kind: 'formula'; formula: string };

export interface DoubleSheetInit {
  name: string;
  /** Values from A1 (or from `origin`); { error: '#DIV/0!' } for an error value. */
  values: DoubleCellInit[][];
  /** Formulas at the same positions (their value comes from `values`). */
  formulas?: (string | null | undefined)[][];
  numberFormats?: (string | null | undefined)[][];
  /** Top-left cell of `values`, e.g. "B3". */
  origin?: string;
  /** A1 ranges, e.g. "A1:C1". */
  merges?: string[];
  /** 1-based. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  protected?: boolean;
  /** Protects the sheet with this password (implies `protected`). */
  protectionPassword?: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface ExcelDoubleInit {
  sheets: DoubleSheetInit[];
  /** Supported requirement sets and their highest version, e.g. { ExcelApi: '1.7' }. Default ExcelApi 1.20. */
  requirementSets?: Record<string, string>;
  settings?: Record<string, unknown>;
  /** The workbook's file name (default Book1.xlsx). */
  workbookName?: string;
  workbookProtected?: boolean;
  /** Requests larger than this fail with RequestPayloadSizeLimitExceeded (default 5 MB, as Excel on the web). */
  requestLimitBytes?: number;
  /** Responses larger than this fail with ResponsePayloadSizeLimitExceeded (default 5 MB, as Excel on the web). */
  responseLimitBytes?: number;
  /** Loading cell properties of a larger range fails (default 5,000,000 cells, as Excel). */
  cellReadLimit?: number;
  /** getMergedAreasOrNullObject on a range holding more merged areas fails (default 512, as Excel). */
  mergedAreasLimit?: number;
}

/** Excel on the web's payload limit for a request and for a response. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** The most cells one range read may cover. */
export const EXCEL_CELL_READ_LIMIT = 5_000_000;
/** The most merged areas getMergedAreasOrNullObject returns. */
export const EXCEL_MERGED_AREAS_LIMIT = 512;

export class ExcelDoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Per-cell operations on more cells than this are refused (the double would be too slow). */
const MAX_CELL_OP = 3_000_000;

// ───────────────────────────── small helpers ─────────────────────────────

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function colLetters(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  const b = `${colLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** "A1", "A1:C4", "$A$1:$C$4", "A:C", "3:5"; no sheet prefix. */
export function parseAddress(address: string): Rect {
  const ref = address.replace(/\$/g, '').trim();
  const [a, b = a] = ref.split(':');
  const re = /^([A-Za-z]{1,3})?(\d+)?$/;
  const ma = re.exec(a);
  const mb = re.exec(b);
  if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) {
    throw new ExcelDoubleError('InvalidArgument', `bad address ${address}`);
  }
  const top = ma[2] ? Number(ma[2]) - 1 : 0;
  const bottom = mb[2] ? Number(mb[2]) - 1 : MAX_ROWS - 1;
  const left = ma[1] ? colIndex(ma[1]) : 0;
  const right = mb[1] ? colIndex(mb[1]) : MAX_COLS - 1;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function area(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function versionAtLeast(have: string, want: string): boolean {
  const h = have.split('.').map(Number);
  const w = want.split('.').map(Number);
  for (let i = 0; i < Math.max(h.length, w.length); i++) {
    const x = h[i] ?? 0;
    const y = w[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/** What Excel stores when text is typed into a cell. */
function interpretInput(cell: CellState, input: Prim): void {
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  if (typeof input !== 'string') {
    cell.value = input;
    return;
  }
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const t = input.trim();
  if (NUMERIC.test(t)) {
    const pct = t.endsWith('%');
    const n = Number(pct ? t.slice(0, -1) : t);
    cell.value = pct ? n / 100 : n;
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toUpperCase() === 'TRUE';
    return;
  }
  if (/^[=+\-@]/.test(t) && t.length > 1) {
    cell.formula = t.startsWith('=') ? t : `=${t.replace(/^@/, '')}`;
    cell.value = 0; // the double does not calculate
    return;
  }
  cell.value = input;
}

function isEmptyCell(c: CellState | undefined): boolean {
  return !c || (c.value === null && c.formula === undefined && c.error === undefined);
}

// ───────────────────────────── the book (shared by all contexts) ─────────────────────────────

interface Action {
  readonly a: 'set' | 'call' | 'load';
  readonly o: string;
  readonly p?: string;
  readonly v?: unknown;
  readonly apply: () => void;
}

type Handler = (args: any) => Promise<any>;

class Book {
  state: WorkbookState;
  requirementSets: Record<string, string>;
  syncPayloads: number[] = [];
  syncResponses: number[] = [];
  response = 0;
  nextId = 1;
  handlers = { added: new Set<Handler>(), deleted: new Set<Handler>(), nameChanged: new Set<Handler>() };
  settings: SettingsDouble;
  requestLimit: number;
  responseLimit: number;
  cellReadLimit: number;
  mergedAreasLimit: number;
  /** Steps the user could undo: one per sync that changed something, or one per grouped run. */
  undoSteps = 0;

  constructor(init: ExcelDoubleInit) {
    this.requirementSets = init.requirementSets ?? { ExcelApi: '1.20' };
    this.requestLimit = init.requestLimitBytes ?? EXCEL_PAYLOAD_LIMIT_BYTES;
    this.responseLimit = init.responseLimitBytes ?? EXCEL_PAYLOAD_LIMIT_BYTES;
    this.cellReadLimit = init.cellReadLimit ?? EXCEL_CELL_READ_LIMIT;
    this.mergedAreasLimit = init.mergedAreasLimit ?? EXCEL_MERGED_AREAS_LIMIT;
    this.settings = createSettingsDouble(init.settings);
    this.state = {
      sheets: [],
      name: init.workbookName ?? 'Book1.xlsx',
      protected: !!init.workbookProtected,
      activeSheetId: null,
      selection: null,
      screenUpdatingSuspensions: 0,
    };
    for (const s of init.sheets) this.state.sheets.push(this.sheetFromInit(s));
    this.state.activeSheetId = this.state.sheets[0]?.id ?? null;
  }

  newSheet(name: string): SheetState {
    return {
      id: `{SHEET-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      charts: [],
      conditionalFormats: [],
      dataValidations: [],
      freezeRows: 0,
      pageLayout: {},
      rowBreaks: [],
    };
  }

  private sheetFromInit(init: DoubleSheetInit): SheetState {
    const s = this.newSheet(init.name);
    s.protected = !!init.protected || init.protectionPassword !== undefined;
    if (init.protectionPassword !== undefined) s.protectionPassword = init.protectionPassword;
    s.visibility = init.visibility ?? 'Visible';
    const o = init.origin ? parseAddress(init.origin) : { top: 0, left: 0 };
    init.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const f = init.formulas?.[i]?.[j];
        const nf = init.numberFormats?.[i]?.[j];
        if ((v === null || v === undefined || v === '') && !f && !nf) return;
        const cell = cellAt(s, o.top + i, o.left + j, true);
        if (v && typeof v === 'object') {
          cell.value = null;
          if ('error' in v) cell.error = v.error;
          else if (v.kind === 'error') cell.error = v.code;
          else cell.formula = v.formula;
        } else cell.value = v === undefined || v === '' ? null : v;
        if (f) cell.formula = f;
        if (nf) cell.numberFormat = nf;
      }),
    );
    for (const m of init.merges ?? []) s.merges.push(parseAddress(m));
    for (const r of init.hiddenRows ?? []) s.hiddenRows.add(r - 1);
    for (const c of init.hiddenColumns ?? []) s.hiddenColumns.add(c - 1);
    return s;
  }

  supports(name: string, version: string): boolean {
    const have = this.requirementSets[name];
    return have !== undefined && versionAtLeast(have, version);
  }

  require(version: string, api: string): void {
    if (!this.supports('ExcelApi', version)) {
      throw new ExcelDoubleError('ApiNotFound', `${api} needs ExcelApi ${version}`);
    }
  }

  find(key: string): SheetState | null {
    const k = key.toLowerCase();
    return this.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === k) ?? null;
  }

  byId(id: string): SheetState | null {
    return this.state.sheets.find((s) => s.id === id) ?? null;
  }

  async fire(kind: 'added' | 'deleted' | 'nameChanged', args: unknown): Promise<void> {
    for (const h of [...this.handlers[kind]]) await h(args);
  }
}

function cellAt(s: SheetState, r: number, c: number, create: true): CellState;
function cellAt(s: SheetState, r: number, c: number, create: false): CellState | undefined;
function cellAt(s: SheetState, r: number, c: number, create: boolean): CellState | undefined {
  let row = s.cells.get(r);
  if (!row) {
    if (!create) return undefined;
    row = new Map();
    s.cells.set(r, row);
  }
  let cell = row.get(c);
  if (!cell && create) {
    cell = { value: null };
    row.set(c, cell);
  }
  return cell;
}

/** Existing cells inside a rectangle. */
function eachCell(s: SheetState, rect: Rect, fn: (cell: CellState, r: number, c: number) => void): void {
  for (const [r, row] of s.cells) {
    if (r < rect.top || r > rect.bottom) continue;
    for (const [c, cell] of row) if (c >= rect.left && c <= rect.right) fn(cell, r, c);
  }
}

function usedRect(s: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let out: Rect | null = null;
  for (const [r, row] of s.cells) {
    for (const [c, cell] of row) {
      if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
      const counts = valuesOnly
        ? !isEmptyCell(cell)
        : !isEmptyCell(cell) || !!cell.numberFormat || !!cell.format;
      if (!counts) continue;
      if (!out) out = { top: r, left: c, bottom: r, right: c };
      else {
        out.top = Math.min(out.top, r);
        out.bottom = Math.max(out.bottom, r);
        out.left = Math.min(out.left, c);
        out.right = Math.max(out.right, c);
      }
    }
  }
  return out;
}

// ───────────────────────────── settings ─────────────────────────────

export interface SettingsDouble {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message?: string } | null }) => void): void;
  /** What the last saveAsync stored (what the next person opening the file gets). */
  readonly saved: Record<string, unknown>;
  readonly saveCount: number;
}

export function createSettingsDouble(initial: Record<string, unknown> = {}): SettingsDouble {
  const clone = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const values = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, clone(v)]));
  let saved: Record<string, unknown> = { ...initial };
  let saveCount = 0;
  return {
    get: (name) => (values.has(name) ? clone(values.get(name)) : null),
    set: (name, value) => void values.set(name, clone(value)),
    remove: (name) => void values.delete(name),
    saveAsync: (callback) => {
      saved = Object.fromEntries([...values].map(([k, v]) => [k, clone(v)]));
      saveCount++;
      Promise.resolve().then(() => callback?.({ status: 'succeeded', error: null }));
    },
    get saved() {
      return saved;
    },
    get saveCount() {
      return saveCount;
    },
  };
}

// ───────────────────────────── request context and proxies ─────────────────────────────

function notLoaded(prop: string, path: string): ExcelDoubleError {
  return new ExcelDoubleError(
    'PropertyNotLoaded',
    `The property '${prop}' of ${path} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(arg?: string | string[] | { select?: string | string[] }): string[] {
  if (arg === undefined) return [];
  const raw =
    typeof arg === 'string'
      ? arg
      : Array.isArray(arg)
        ? arg.join(',')
        : ([] as string[]).concat(arg.select ?? []).join(',');
  return raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

class Ctx {
  queue: Action[] = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** False once its Excel.run has ended (until an Excel.run(context, …) takes it up again). */
  active = true;
  /** Inside run({ mergeUndoGroup: true }): the run's changes are one undo step. */
  undoGroup: { changed: boolean } | null = null;
  constructor(readonly book: Book) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this, 'application');
  }

  push(action: Action): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    if (!this.active) {
      this.queue = [];
      throw new ExcelDoubleError(
        'InvalidRequest',
        'the request context is used after its Excel.run ended; use Excel.run(context, …)',
      );
    }
    const actions = this.queue;
    this.queue = [];
    const book = this.book;
    let bytes = 0;
    // As in Office.js, a request describes each object once, as its parent's id plus one step
    // (method or property), and the actions refer to objects by id.
    const paths = new Map<string, number>();
    const register = (path: string): number => {
      const known = paths.get(path);
      if (known !== undefined) return known;
      let cut = path.lastIndexOf('.');
      while (cut > 0 && !paths.has(path.slice(0, cut))) cut = path.lastIndexOf('.', cut - 1);
      let parent = cut > 0 ? (paths.get(path.slice(0, cut)) as number) : 0;
      let from = cut > 0 ? cut + 1 : 0;
      for (let dot = path.indexOf('.', from); dot > 0; dot = path.indexOf('.', dot + 1)) {
        const prefix = path.slice(0, dot);
        if (paths.has(prefix)) continue;
        const id = paths.size + 1;
        paths.set(prefix, id);
        bytes += utf8Length(JSON.stringify({ i: id, parent, step: path.slice(from, dot) }));
        parent = id;
        from = dot + 1;
      }
      const id = paths.size + 1;
      paths.set(path, id);
      bytes += utf8Length(JSON.stringify({ i: id, parent, step: path.slice(from) }));
      return id;
    };
    for (const a of actions) {
      const id = register(a.o);
      bytes += utf8Length(JSON.stringify({ a: a.a, o: id, p: a.p, v: a.v }));
    }
    book.syncPayloads.push(bytes);
    book.response = 0;
    await Promise.resolve();
    if (bytes > book.requestLimit) {
      book.syncResponses.push(0);
      throw new ExcelDoubleError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    }
    try {
      for (const a of actions) a.apply();
    } finally {
      book.syncResponses.push(book.response);
      if (actions.some((a) => a.a !== 'load')) {
        if (this.undoGroup) this.undoGroup.changed = true;
        else book.undoSteps++;
      }
    }
    if (book.response > book.responseLimit) {
      throw new ExcelDoubleError('ResponsePayloadSizeLimitExceeded', `response of ${book.response} bytes`);
    }
  }

  /** Office.js has this; the adapter does not need it. */
  get trackedObjects(): { add(): void; remove(): void } {
    return { add: () => undefined, remove: () => undefined };
  }
}

abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();
  /** Navigation properties return the same object every time, as in Office.js. */
  protected child<T>(key: string, make: () => T): T {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as T;
  }
  constructor(
    readonly ctx: Ctx,
    readonly path: string,
  ) {}

  protected get book(): Book {
    return this.ctx.book;
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name, this.path);
    return this.loaded.get(name) as T;
  }

  protected set(p: string, v: unknown, apply: () => void): void {
    this.ctx.push({ a: 'set', o: this.path, p, v, apply });
  }

  protected call(m: string, args: unknown[], apply: () => void): void {
    this.ctx.push({ a: 'call', o: this.path, p: m, v: args, apply });
  }

  load(arg?: string | string[] | { select?: string | string[] }): this {
    const props = parseLoad(arg);
    this.ctx.push({
      a: 'load',
      o: this.path,
      v: props,
      apply: () => this._fill(props.length ? props : this.defaultProps()),
    });
    return this;
  }

  /** Fills loaded values from the current state (at sync). */
  _fill(props: string[]): void {
    const isNull = this.isNull();
    this.loaded.set('isNullObject', isNull);
    if (isNull) return;
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf('/');
      if (slash > 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
        continue;
      }
      const v = this.read(p);
      this.book.response += utf8Length(JSON.stringify(v) ?? 'null');
      this.loaded.set(p, v);
    }
    for (const [head, sub] of nested) {
      const child = (this as any)[head];
      if (!(child instanceof ClientObject))
        throw new ExcelDoubleError('InvalidArgument', `cannot load ${head} of ${this.path}`);
      child._fill(sub);
    }
  }

  protected isNull(): boolean {
    return false;
  }

  protected defaultProps(): string[] {
    return [];
  }

  protected read(p: string): unknown {
    throw new ExcelDoubleError('InvalidArgument', `the double cannot load '${p}' of ${this.path}`);
  }

  get isNullObject(): boolean {
    return this.prop<boolean>('isNullObject');
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** An object whose properties can only be set (and read back after load). */
class SettableObject extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly setters: Record<string, (v: any) => void>,
    private readonly getters: Record<string, () => unknown> = {},
  ) {
    super(ctx, path);
    for (const key of new Set([...Object.keys(setters), ...Object.keys(getters)])) {
      Object.defineProperty(this, key, {
        get: () => this.prop(key),
        set: (v: unknown) => {
          const setter = this.setters[key];
          if (!setter) throw new ExcelDoubleError('InvalidArgument', `${key} is read-only`);
          this.set(key, v, () => setter(v));
        },
        enumerable: true,
      });
    }
  }

  protected read(p: string): unknown {
    const g = this.getters[p];
    if (!g) return super.read(p);
    return g();
  }
}

class ApplicationProxy extends ClientObject {
  suspendScreenUpdatingUntilNextSync(): void {
    this.book.require('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this.call('suspendScreenUpdatingUntilNextSync', [], () => {
      this.book.state.screenUpdatingSuspensions++;
    });
  }
}

class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly protection: SettableObject;
  constructor(ctx: Ctx) {
    super(ctx, 'workbook');
    this.worksheets = new WorksheetCollectionProxy(ctx, 'workbook.worksheets');
    this.protection = new SettableObject(
      ctx,
      'workbook.protection',
      {},
      { protected: () => this.book.state.protected },
    );
  }
  get application(): ApplicationProxy {
    return this.ctx.application;
  }
  /** Workbook.name (ExcelApi 1.7), loaded as Office.js loads it. */
  get name(): string {
    return this.prop<string>('name');
  }
  protected read(p: string): unknown {
    if (p === 'name') {
      this.book.require('1.7', 'Workbook.name');
      return this.book.state.name;
    }
    return super.read(p);
  }
}

class EventProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly kind: 'added' | 'deleted' | 'nameChanged',
  ) {}
  add(handler: Handler): { remove(): void; context: Ctx } {
    const book = this.ctx.book;
    const ctx = this.ctx;
    ctx.push({
      a: 'call',
      o: `worksheets.on${this.kind}`,
      p: 'add',
      v: [],
      apply: () => void book.handlers[this.kind].add(handler),
    });
    return {
      context: ctx,
      remove: () =>
        ctx.push({
          a: 'call',
          o: `worksheets.on${this.kind}`,
          p: 'remove',
          v: [],
          apply: () => void book.handlers[this.kind].delete(handler),
        }),
    };
  }
}

class WorksheetCollectionProxy extends ClientObject {
  get items(): WorksheetProxy[] {
    return this.prop('items');
  }

  _fill(props: string[]): void {
    this.loaded.set('isNullObject', false);
    const sub = props.map((p) => p.replace(/^items\//, ''));
    const items = this.book.state.sheets.map((s) => {
      const id = s.id;
      const ws = new WorksheetProxy(
        this.ctx,
        `worksheets.getItem(${JSON.stringify(s.name)})`,
        () => this.book.byId(id),
        false,
      );
      ws._fill(sub.length ? sub : ['name', 'id', 'position', 'visibility']);
      return ws;
    });
    this.loaded.set('items', items);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `worksheets.getItem(${JSON.stringify(key)})`,
      () => this.book.find(key),
      false,
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `worksheets.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this.book.find(key),
      true,
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      'worksheets.getActiveWorksheet()',
      () => this.book.byId(this.book.state.activeSheetId ?? ''),
      false,
    );
  }

  add(name?: string): WorksheetProxy {
    const holder: { sheet: SheetState | null } = { sheet: null };
    this.call('add', [name], () => {
      const book = this.book;
      if (book.state.protected) throw new ExcelDoubleError('AccessDenied', 'the workbook is protected');
      const n = name ?? `Sheet${book.state.sheets.length + 1}`;
      if (!n || n.length > 31 || /[\\/?*[\]:]/.test(n))
        throw new ExcelDoubleError('InvalidArgument', `bad sheet name ${n}`);
      if (book.find(n)) throw new ExcelDoubleError('ItemAlreadyExists', `a sheet named ${n} exists`);
      holder.sheet = book.newSheet(n);
      book.state.sheets.push(holder.sheet);
      void book.fire('added', { worksheetId: holder.sheet.id, type: 'WorksheetAdded', source: 'Local' });
    });
    return new WorksheetProxy(this.ctx, `worksheets.add(${JSON.stringify(name)})`, () => holder.sheet, false);
  }

  get onAdded(): EventProxy {
    return new EventProxy(this.ctx, 'added');
  }
  get onDeleted(): EventProxy {
    return new EventProxy(this.ctx, 'deleted');
  }
  get onNameChanged(): EventProxy {
    this.book.require('1.17', 'WorksheetCollection.onNameChanged');
    return new EventProxy(this.ctx, 'nameChanged');
  }
}

class WorksheetProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly resolve: () => SheetState | null,
    private readonly nullable: boolean,
  ) {
    super(ctx, path);
  }

  /** The sheet, or ItemNotFound. */
  sheet(): SheetState {
    const s = this.resolve();
    if (!s) throw new ExcelDoubleError('ItemNotFound', `${this.path}: the worksheet does not exist`);
    return s;
  }

  /** The sheet, for a write: fails when protected. */
  writable(): SheetState {
    const s = this.sheet();
    if (s.protected) throw new ExcelDoubleError('AccessDenied', `the sheet ${s.name} is protected`);
    return s;
  }

  protected isNull(): boolean {
    if (this.nullable) return this.resolve() === null;
    this.sheet();
    return false;
  }

  protected defaultProps(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }

  protected read(p: string): unknown {
    const s = this.sheet();
    switch (p) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this.book.state.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      default:
        return super.read(p);
    }
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      const s = this.sheet();
      const other = this.book.find(v);
      if (other && other !== s) throw new ExcelDoubleError('ItemAlreadyExists', v);
      s.name = v;
    });
  }
  get id(): string {
    return this.prop('id');
  }
  get position(): number {
    return this.prop('position');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: string) {
    this.set('visibility', v, () => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
        throw new ExcelDoubleError('InvalidArgument', `bad visibility ${v}`);
      this.sheet().visibility = v;
    });
  }

  /**
   * worksheet.protection (ExcelApi 1.2): `protected` to load; protect(options?, password?) fails when the
   * sheet is already protected (as in Office.js); unprotect(password?) fails without the right password
   * and does nothing on an unprotected sheet.
   */
  get protection(): SettableObject & {
    protect(options?: Record<string, unknown>, password?: string): void;
    unprotect(password?: string): void;
  } {
    return this.child('protection', () => {
      const o = new SettableObject(
        this.ctx,
        `${this.path}.protection`,
        {},
        { protected: () => this.sheet().protected },
      ) as SettableObject & {
        protect(options?: Record<string, unknown>, password?: string): void;
        unprotect(password?: string): void;
      };
      const path = `${this.path}.protection`;
      o.protect = (options?: Record<string, unknown>, password?: string) => {
        this.book.require('1.2', 'WorksheetProtection.protect');
        this.ctx.push({
          a: 'call',
          o: path,
          p: 'protect',
          v: [options ?? null, password === undefined ? null : '***'],
          apply: () => {
            const s = this.sheet();
            if (s.protected)
              throw new ExcelDoubleError('InvalidOperation', `the sheet ${s.name} is already protected`);
            s.protected = true;
            s.protectionOptions = options ? JSON.parse(JSON.stringify(options)) : {};
            if (password !== undefined && password !== '') s.protectionPassword = password;
            else delete s.protectionPassword;
          },
        });
      };
      o.unprotect = (password?: string) => {
        this.book.require('1.2', 'WorksheetProtection.unprotect');
        this.ctx.push({
          a: 'call',
          o: path,
          p: 'unprotect',
          v: [password === undefined ? null : '***'],
          apply: () => {
            const s = this.sheet();
            if (!s.protected) return;
            if (s.protectionPassword !== undefined && s.protectionPassword !== password)
              throw new ExcelDoubleError('InvalidArgument', `the password for ${s.name} is not correct`);
            s.protected = false;
            delete s.protectionPassword;
            delete s.protectionOptions;
          },
        });
      };
      return o;
    });
  }

  getRange(address?: string): RangeProxy {
    const rect = address
      ? parseAddress(address)
      : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRange(${JSON.stringify(address ?? '')})`,
      this,
      () => rect,
      false,
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
      throw new ExcelDoubleError('InvalidArgument', `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
    }
    const rect = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`,
      this,
      () => rect,
      false,
    );
  }

  getRanges(address: string): RangesProxy {
    this.book.require('1.9', 'Worksheet.getRanges');
    if (address.length > 8192) throw new ExcelDoubleError('InvalidArgument', 'getRanges: address too long');
    const rects = address.split(',').map((a) => parseAddress(a));
    return new RangesProxy(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, this, rects);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      this,
      () => usedRect(this.sheet(), valuesOnly),
      true,
    );
  }

  activate(): void {
    this.call('activate', [], () => {
      const s = this.sheet();
      this.book.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const s = this.sheet();
      if (this.book.state.protected) throw new ExcelDoubleError('AccessDenied', 'the workbook is protected');
      this.book.state.sheets = this.book.state.sheets.filter((x) => x !== s);
      void this.book.fire('deleted', { worksheetId: s.id, type: 'WorksheetDeleted', source: 'Local' });
    });
  }

  get charts(): ChartCollectionProxy {
    return this.child('charts', () => {
      return new ChartCollectionProxy(this.ctx, `${this.path}.charts`, this);
    });
  }

  get freezePanes(): SettableObject & { freezeRows(n: number): void; unfreeze(): void } {
    return this.child('freezePanes', () => {
      const o = new SettableObject(this.ctx, `${this.path}.freezePanes`, {}) as any;
      o.freezeRows = (n: number) =>
        this.ctx.push({
          a: 'call',
          o: o.path,
          p: 'freezeRows',
          v: [n],
          apply: () => void (this.writable().freezeRows = n),
        });
      o.unfreeze = () =>
        this.ctx.push({
          a: 'call',
          o: o.path,
          p: 'unfreeze',
          v: [],
          apply: () => void (this.writable().freezeRows = 0),
        });
      return o;
    });
  }

  get pageLayout(): SettableObject & { setPrintTitleRows(address: string): void } {
    this.book.require('1.9', 'Worksheet.pageLayout');
    return this.child('pageLayout', () => {
      const setter = (key: string) => (v: unknown) => void (this.writable().pageLayout[key] = v);
      const path = `${this.path}.pageLayout`;
      const page = new SettableObject(this.ctx, path, {
        orientation: setter('orientation'),
        paperSize: setter('paperSize'),
        zoom: (v: unknown) => {
          const z = v as { scale?: number; horizontalFitToPages?: number };
          // Excel takes a print scale from 10 to 400 percent.
          if (z.scale !== undefined && !(Number.isInteger(z.scale) && z.scale >= 10 && z.scale <= 400)) {
            throw new ExcelDoubleError('InvalidArgument', `zoom.scale ${z.scale}`);
          }
          this.writable().pageLayout.zoom = v;
        },
      }) as SettableObject & { setPrintTitleRows(address: string): void };
      page.setPrintTitleRows = (address: string) =>
        this.ctx.push({
          a: 'call',
          o: path,
          p: 'setPrintTitleRows',
          v: [address],
          apply: () => {
            if (!/^\$\d+:\$\d+$/.test(address)) throw new ExcelDoubleError('InvalidArgument', address);
            this.writable().pageLayout.printTitleRows = address;
          },
        });
      return page;
    });
  }

  get horizontalPageBreaks(): { add(r: string | RangeProxy): void; removePageBreaks(): void } {
    this.book.require('1.9', 'Worksheet.horizontalPageBreaks');
    return this.child('horizontalPageBreaks', () => {
      const path = `${this.path}.horizontalPageBreaks`;
      return {
        add: (r) => {
          const address = typeof r === 'string' ? r : r.path;
          this.ctx.push({
            a: 'call',
            o: path,
            p: 'add',
            v: [address],
            apply: () => void this.writable().rowBreaks.push(address),
          });
        },
        removePageBreaks: () =>
          this.ctx.push({
            a: 'call',
            o: path,
            p: 'removePageBreaks',
            v: [],
            apply: () => void (this.writable().rowBreaks = []),
          }),
      };
    });
  }
}

class RangeProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    readonly ws: WorksheetProxy,
    private readonly resolveRect: () => Rect | null,
    private readonly nullable: boolean,
  ) {
    super(ctx, path);
  }

  rect(): Rect {
    const r = this.resolveRect();
    if (!r) throw new ExcelDoubleError('ItemNotFound', `${this.path}: the range does not exist`);
    return r;
  }

  protected isNull(): boolean {
    this.ws.sheet();
    if (this.nullable) return this.resolveRect() === null;
    this.rect();
    return false;
  }

  protected defaultProps(): string[] {
    return [
      'address',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'values',
      'numberFormat',
      'formulas',
    ];
  }

  private grid<T>(fn: (cell: CellState | undefined) => T): T[][] {
    const r = this.rect();
    if (area(r) > this.book.cellReadLimit)
      throw new ExcelDoubleError(
        'InvalidOperation',
        `${this.path}: a range read is limited to ${this.book.cellReadLimit} cells (${area(r)} asked)`,
      );
    if (area(r) > MAX_CELL_OP)
      throw new ExcelDoubleError('InvalidArgument', `${this.path}: range too large to read`);
    const s = this.ws.sheet();
    const out: T[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row = s.cells.get(i);
      const line: T[] = new Array(r.right - r.left + 1);
      for (let j = r.left; j <= r.right; j++) line[j - r.left] = fn(row?.get(j));
      out.push(line);
    }
    return out;
  }

  protected read(p: string): unknown {
    const r = this.rect();
    const s = this.ws.sheet();
    switch (p) {
      case 'address':
        return `${quoteSheet(s.name)}!${rectAddress(r)}`;
      case 'rowIndex':
        return r.top;
      case 'columnIndex':
        return r.left;
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'values':
        return this.grid((c) => (!c ? '' : (c.error ?? (c.value === null ? '' : c.value))));
      case 'formulas':
        return this.grid((c) => (!c ? '' : (c.formula ?? c.error ?? (c.value === null ? '' : c.value))));
      case 'numberFormat':
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.grid((c) => {
          if (!c) return 'Empty';
          if (c.error) return 'Error';
          if (typeof c.value === 'number') return 'Double';
          if (typeof c.value === 'boolean') return 'Boolean';
          if (typeof c.value === 'string') return 'String';
          return 'Empty';
        });
      case 'rowHidden':
      case 'columnHidden': {
        const [lo, hi, set] =
          p === 'rowHidden' ? [r.top, r.bottom, s.hiddenRows] : [r.left, r.right, s.hiddenColumns];
        let hidden = 0;
        for (const x of set) if (x >= lo && x <= hi) hidden++;
        return hidden === 0 ? false : hidden === hi - lo + 1 ? true : null;
      }
      default:
        return super.read(p);
    }
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get values(): any[][] {
    return this.prop('values');
  }
  get formulas(): any[][] {
    return this.prop('formulas');
  }
  get numberFormat(): any[][] {
    return this.prop('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get rowHidden(): boolean | null {
    return this.prop('rowHidden');
  }
  set rowHidden(v: boolean) {
    this.set('rowHidden', v, () => this.setHidden(this.ws.writable().hiddenRows, 'top', 'bottom', v));
  }
  get columnHidden(): boolean | null {
    return this.prop('columnHidden');
  }
  set columnHidden(v: boolean) {
    this.set('columnHidden', v, () => this.setHidden(this.ws.writable().hiddenColumns, 'left', 'right', v));
  }

  /** Hides or shows every row (or column) of the range, as Excel does for a whole range. */
  private setHidden(set: Set<number>, lo: 'top' | 'left', hi: 'bottom' | 'right', hidden: boolean): void {
    if (typeof hidden !== 'boolean') throw new TypeError('rowHidden / columnHidden take a boolean');
    const r = this.rect();
    for (let x = r[lo]; x <= r[hi]; x++) {
      if (hidden) set.add(x);
      else set.delete(x);
    }
  }

  private checkShape(v: unknown, r: Rect, what: string): unknown[][] {
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (
      !Array.isArray(v) ||
      v.length !== rows ||
      v.some((row) => !Array.isArray(row) || row.length !== cols)
    ) {
      throw new ExcelDoubleError('InvalidArgument', `${this.path}.${what}: expected a ${rows}×${cols} array`);
    }
    return v as unknown[][];
  }

  set values(v: any[][]) {
    this.set('values', v, () => {
      const s = this.ws.writable();
      const r = this.rect();
      const rows = this.checkShape(v, r, 'values');
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          if (typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean') {
            throw new ExcelDoubleError('InvalidArgument', `unsupported value ${JSON.stringify(x)}`);
          }
          if (typeof x === 'number' && !Number.isFinite(x))
            throw new ExcelDoubleError('InvalidArgument', 'NaN or Infinity');
          interpretInput(cellAt(s, r.top + i, r.left + j, true), x);
        }),
      );
    });
  }

  set numberFormat(v: any[][]) {
    this.set('numberFormat', v, () => {
      const s = this.ws.writable();
      const r = this.rect();
      const rows = this.checkShape(v, r, 'numberFormat');
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          cellAt(s, r.top + i, r.left + j, true).numberFormat = String(x);
        }),
      );
    });
  }

  set formulas(v: any[][]) {
    this.set('formulas', v, () => {
      const s = this.ws.writable();
      const r = this.rect();
      const rows = this.checkShape(v, r, 'formulas');
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          interpretInput(cellAt(s, r.top + i, r.left + j, true), x as Prim);
        }),
      );
    });
  }

  private sub(name: string, rect: () => Rect | null, nullable = false): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.${name}`, this.ws, rect, nullable);
  }

  getRow(i: number): RangeProxy {
    return this.sub(`getRow(${i})`, () => {
      const r = this.rect();
      return { ...r, top: r.top + i, bottom: r.top + i };
    });
  }

  getColumn(j: number): RangeProxy {
    return this.sub(`getColumn(${j})`, () => {
      const r = this.rect();
      return { ...r, left: r.left + j, right: r.left + j };
    });
  }

  getEntireColumn(): RangeProxy {
    return this.sub('getEntireColumn()', () => ({ ...this.rect(), top: 0, bottom: MAX_ROWS - 1 }));
  }

  getEntireRow(): RangeProxy {
    return this.sub('getEntireRow()', () => ({ ...this.rect(), left: 0, right: MAX_COLS - 1 }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.sub(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      () => usedRect(this.ws.sheet(), valuesOnly, this.rect()),
      true,
    );
  }

  getMergedAreasOrNullObject(): AreasProxy {
    this.book.require('1.13', 'Range.getMergedAreasOrNullObject');
    return new AreasProxy(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, this, () => {
      const r = this.rect();
      const areas = this.ws.sheet().merges.filter((m) => intersects(m, r));
      if (areas.length > this.book.mergedAreasLimit)
        throw new ExcelDoubleError(
          'GeneralException',
          `${this.path}: more than ${this.book.mergedAreasLimit} merged areas (${areas.length})`,
        );
      return areas;
    });
  }

  getSpecialCellsOrNullObject(type: string): AreasProxy {
    this.book.require('1.9', 'Range.getSpecialCellsOrNullObject');
    if (type !== 'Visible')
      throw new ExcelDoubleError('InvalidArgument', `the double only knows Visible cells, not ${type}`);
    return new AreasProxy(this.ctx, `${this.path}.getSpecialCellsOrNullObject("Visible")`, this, () => {
      const r = this.rect();
      const s = this.ws.sheet();
      const spans = (lo: number, hi: number, hidden: Set<number>): [number, number][] => {
        const out: [number, number][] = [];
        for (let k = lo; k <= hi; k++) {
          if (hidden.has(k)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === k - 1) last[1] = k;
          else out.push([k, k]);
        }
        return out;
      };
      const rows = spans(r.top, r.bottom, s.hiddenRows);
      const cols = spans(r.left, r.right, s.hiddenColumns);
      return rows.flatMap(([t, b]) => cols.map(([l, rt]) => ({ top: t, bottom: b, left: l, right: rt })));
    });
  }

  merge(across = false): void {
    this.call('merge', [across], () => {
      const s = this.ws.writable();
      const r = this.rect();
      if (s.merges.some((m) => intersects(m, r)))
        throw new ExcelDoubleError('InvalidOperation', `${rectAddress(r)} overlaps a merged area`);
      if (across) for (let i = r.top; i <= r.bottom; i++) s.merges.push({ ...r, top: i, bottom: i });
      else s.merges.push({ ...r });
    });
  }

  unmerge(): void {
    this.call('unmerge', [], () => {
      const s = this.ws.writable();
      const r = this.rect();
      s.merges = s.merges.filter((m) => !intersects(m, r));
    });
  }

  clear(applyTo: string = 'All'): void {
    this.call('clear', [applyTo], () => {
      const s = this.ws.writable();
      const r = this.rect();
      eachCell(s, r, (cell, i, j) => {
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
          delete cell.quotePrefix;
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          delete cell.numberFormat;
          delete cell.format;
        }
        if (isEmptyCell(cell) && !cell.numberFormat && !cell.format) s.cells.get(i)?.delete(j);
      });
      for (const [i, row] of s.cells) if (row.size === 0) s.cells.delete(i);
      if (applyTo === 'All' || applyTo === 'Formats')
        s.conditionalFormats = s.conditionalFormats.filter((c) => !intersects(c.rect, r));
    });
  }

  select(): void {
    this.call('select', [], () => {
      const s = this.ws.sheet();
      if (this.book.state.activeSheetId !== s.id)
        throw new ExcelDoubleError('InvalidSelection', 'select() needs the active sheet');
      this.book.state.selection = { sheetId: s.id, address: rectAddress(this.rect()) };
    });
  }

  /** Sets a per-cell format key on every cell of the range. */
  setCellFormat(key: string, value: unknown): void {
    const s = this.ws.writable();
    const r = this.rect();
    if (area(r) > MAX_CELL_OP)
      throw new ExcelDoubleError('InvalidArgument', `the double refuses a cell format on ${rectAddress(r)}`);
    for (let i = r.top; i <= r.bottom; i++) {
      for (let j = r.left; j <= r.right; j++) {
        const cell = cellAt(s, i, j, true);
        (cell.format ??= {})[key] = value;
      }
    }
  }

  get format(): RangeFormatProxy {
    return this.child('format', () => {
      return new RangeFormatProxy(this.ctx, `${this.path}.format`, this);
    });
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.child('conditionalFormats', () => {
      return new ConditionalFormatCollectionProxy(this.ctx, `${this.path}.conditionalFormats`, this);
    });
  }

  get dataValidation(): SettableObject {
    this.book.require('1.8', 'Range.dataValidation');
    return this.child('dataValidation', () => {
      return new SettableObject(this.ctx, `${this.path}.dataValidation`, {
        rule: (rule: unknown) => {
          const s = this.ws.writable();
          const r = this.rect();
          s.dataValidations = s.dataValidations.filter((d) => !intersects(d.rect, r));
          s.dataValidations.push({ rect: { ...r }, rule: JSON.parse(JSON.stringify(rule)) });
        },
      });
    });
  }
}

class AreasProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly range: RangeProxy,
    private readonly areas: () => Rect[],
  ) {
    super(ctx, path);
  }
  protected isNull(): boolean {
    return this.areas().length === 0;
  }
  protected read(p: string): unknown {
    if (p === 'address') {
      const name = quoteSheet(this.range.ws.sheet().name);
      return this.areas()
        .map((a) => `${name}!${rectAddress(a)}`)
        .join(', ');
    }
    if (p === 'areaCount') return this.areas().length;
    return super.read(p);
  }
  get address(): string {
    return this.prop('address');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }
}

/** What a RangeFormat writes into: a range, or several areas (worksheet.getRanges). */
interface FormatTarget {
  readonly ws: WorksheetProxy;
  rect(): Rect;
  setCellFormat(key: string, value: unknown): void;
}

/** worksheet.getRanges("A1:B2,D4:D9"): several areas formatted at once (ExcelApi 1.9). */
class RangesProxy extends ClientObject implements FormatTarget {
  constructor(
    ctx: Ctx,
    path: string,
    readonly ws: WorksheetProxy,
    private readonly rects: Rect[],
  ) {
    super(ctx, path);
  }
  rect(): Rect {
    throw new ExcelDoubleError('InvalidArgument', `${this.path}: not a single range`);
  }
  setCellFormat(key: string, value: unknown): void {
    const s = this.ws.writable();
    for (const r of this.rects) {
      if (area(r) > MAX_CELL_OP)
        throw new ExcelDoubleError(
          'InvalidArgument',
          `the double refuses a cell format on ${rectAddress(r)}`,
        );
      for (let i = r.top; i <= r.bottom; i++) {
        for (let j = r.left; j <= r.right; j++) {
          const cell = cellAt(s, i, j, true);
          (cell.format ??= {})[key] = value;
        }
      }
    }
  }
  get areaCount(): number {
    return this.rects.length;
  }
  get format(): RangeFormatProxy {
    return this.child('format', () => new RangeFormatProxy(this.ctx, `${this.path}.format`, this));
  }
}

class RangeFormatProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly range: FormatTarget,
  ) {
    super(ctx, path);
  }

  private cellSetter(key: string) {
    return (v: unknown) => this.range.setCellFormat(key, v);
  }

  get font(): SettableObject {
    return this.child('font', () => {
      return new SettableObject(this.ctx, `${this.path}.font`, {
        bold: this.cellSetter('font.bold'),
        italic: this.cellSetter('font.italic'),
        size: this.cellSetter('font.size'),
        color: this.cellSetter('font.color'),
        name: this.cellSetter('font.name'),
      });
    });
  }

  get fill(): SettableObject {
    return this.child('fill', () => {
      return new SettableObject(this.ctx, `${this.path}.fill`, { color: this.cellSetter('fill.color') });
    });
  }

  get borders(): { getItem(edge: string): SettableObject } {
    return this.child('borders', () => {
      return {
        getItem: (edge: string) =>
          new SettableObject(this.ctx, `${this.path}.borders.getItem(${edge})`, {
            style: this.cellSetter(`border.${edge}.style`),
            weight: this.cellSetter(`border.${edge}.weight`),
            color: this.cellSetter(`border.${edge}.color`),
          }),
      };
    });
  }

  set horizontalAlignment(v: string) {
    this.set('horizontalAlignment', v, () => this.range.setCellFormat('horizontalAlignment', v));
  }
  set verticalAlignment(v: string) {
    this.set('verticalAlignment', v, () => this.range.setCellFormat('verticalAlignment', v));
  }
  set wrapText(v: boolean) {
    this.set('wrapText', v, () => this.range.setCellFormat('wrapText', v));
  }
  set columnWidth(v: number) {
    this.set('columnWidth', v, () => {
      const s = this.range.ws.writable();
      const r = this.range.rect();
      for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.set('rowHeight', v, () => {
      const s = this.range.ws.writable();
      const r = this.range.rect();
      if (r.bottom - r.top > 100_000)
        throw new ExcelDoubleError('InvalidArgument', 'the double refuses rowHeight on so many rows');
      for (let i = r.top; i <= r.bottom; i++) s.rowHeights.set(i, v);
    });
  }
  set useStandardHeight(v: boolean) {
    this.set('useStandardHeight', v, () => {
      const s = this.range.ws.writable();
      const r = this.range.rect();
      if (v)
        for (const i of [...s.rowHeights.keys()]) if (i >= r.top && i <= r.bottom) s.rowHeights.delete(i);
    });
  }
  set useStandardWidth(v: boolean) {
    this.set('useStandardWidth', v, () => {
      const s = this.range.ws.writable();
      const r = this.range.rect();
      if (v)
        for (const c of [...s.columnWidths.keys()]) if (c >= r.left && c <= r.right) s.columnWidths.delete(c);
    });
  }
  get horizontalAlignment(): string {
    return this.prop('horizontalAlignment');
  }
  get verticalAlignment(): string {
    return this.prop('verticalAlignment');
  }
  get wrapText(): boolean {
    return this.prop('wrapText');
  }
  get columnWidth(): number {
    return this.prop('columnWidth');
  }
  get rowHeight(): number {
    return this.prop('rowHeight');
  }
}

class ConditionalFormatCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(ctx, path);
  }

  get items(): ConditionalFormatProxy[] {
    return this.prop('items');
  }

  _fill(props: string[]): void {
    this.loaded.set('isNullObject', false);
    const s = this.range.ws.sheet();
    const r = this.range.rect();
    const sub = props.map((p) => p.replace(/^items\//, ''));
    const items = s.conditionalFormats
      .filter((c) => intersects(c.rect, r))
      .map((c) => {
        const uid = c.uid;
        const proxy = new ConditionalFormatProxy(
          this.ctx,
          `${this.path}.getItem(${uid})`,
          this.range.ws,
          () => s.conditionalFormats.find((x) => x.uid === uid) ?? null,
        );
        proxy._fill(sub.length ? sub : ['type']);
        return proxy;
      });
    this.loaded.set('items', items);
  }

  add(type: string): ConditionalFormatProxy {
    const holder: { cf: ConditionalFormatState | null } = { cf: null };
    this.call('add', [type], () => {
      const s = this.range.ws.writable();
      holder.cf = {
        uid: this.book.nextId++,
        type,
        rect: { ...this.range.rect() },
        formula: null,
        fill: null,
        fontColor: null,
      };
      s.conditionalFormats.push(holder.cf);
    });
    return new ConditionalFormatProxy(this.ctx, `${this.path}.add(${type})`, this.range.ws, () => holder.cf);
  }

  clearAll(): void {
    this.call('clearAll', [], () => {
      const s = this.range.ws.writable();
      const r = this.range.rect();
      s.conditionalFormats = s.conditionalFormats.filter((c) => !intersects(c.rect, r));
    });
  }
}

class ConditionalFormatProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly ws: WorksheetProxy,
    private readonly resolve: () => ConditionalFormatState | null,
  ) {
    super(ctx, path);
  }

  cf(): ConditionalFormatState {
    const c = this.resolve();
    if (!c) throw new ExcelDoubleError('ItemNotFound', `${this.path} does not exist`);
    return c;
  }

  private customState(): ConditionalFormatState {
    const c = this.cf();
    if (c.type !== 'Custom')
      throw new ExcelDoubleError('InvalidArgument', `${this.path} is a ${c.type} format, not Custom`);
    return c;
  }

  protected read(p: string): unknown {
    if (p === 'type') return this.cf().type;
    return super.read(p);
  }

  get type(): string {
    return this.prop('type');
  }

  get custom(): { rule: SettableObject; format: { fill: SettableObject; font: SettableObject } } {
    return this.child('custom', () => {
      const path = `${this.path}.custom`;
      const writable = (fn: (c: ConditionalFormatState) => void) => (v: unknown) => {
        this.ws.writable();
        fn(this.customState());
        void v;
      };
      return {
        rule: new SettableObject(
          this.ctx,
          `${path}.rule`,
          { formula: (v: string) => writable((c) => void (c.formula = v))(v) },
          { formula: () => this.customState().formula },
        ),
        format: {
          fill: new SettableObject(this.ctx, `${path}.format.fill`, {
            color: (v: string) => writable((c) => void (c.fill = v))(v),
          }),
          font: new SettableObject(this.ctx, `${path}.format.font`, {
            color: (v: string) => writable((c) => void (c.fontColor = v))(v),
          }),
        },
      };
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const s = this.ws.writable();
      const c = this.cf();
      s.conditionalFormats = s.conditionalFormats.filter((x) => x !== c);
    });
  }
}

class ChartCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx, path);
  }

  get items(): ChartProxy[] {
    return this.prop('items');
  }

  _fill(props: string[]): void {
    this.loaded.set('isNullObject', false);
    const s = this.ws.sheet();
    const sub = props.map((p) => p.replace(/^items\//, ''));
    this.loaded.set(
      'items',
      s.charts.map((c) => {
        const uid = c.uid;
        const proxy = new ChartProxy(
          this.ctx,
          `${this.path}.getItem(${JSON.stringify(c.name)})`,
          this.ws,
          () => s.charts.find((x) => x.uid === uid) ?? null,
        );
        proxy._fill(sub.length ? sub : ['name']);
        return proxy;
      }),
    );
  }

  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    const holder: { chart: ChartState | null } = { chart: null };
    this.call('add', [type, source.path, seriesBy], () => {
      const s = this.ws.writable();
      const r = source.rect();
      const byRows = seriesBy === 'Rows';
      const n = byRows ? r.bottom - r.top + 1 : r.right - r.left + 1;
      const series: ChartSeriesState[] = Array.from({ length: n }, (_, k) => ({
        name: `Series${k + 1}`,
        values: rectAddress(
          byRows
            ? { ...r, top: r.top + k, bottom: r.top + k }
            : { ...r, left: r.left + k, right: r.left + k },
        ),
        xValues: null,
        chartType: null,
        fill: null,
        line: null,
      }));
      holder.chart = {
        uid: this.book.nextId++,
        name: `Chart ${s.charts.length + 1}`,
        type,
        title: null,
        series,
        position: null,
        legendPosition: null,
        valueAxisTitle: null,
        valueAxisNumberFormat: null,
      };
      s.charts.push(holder.chart);
    });
    return new ChartProxy(this.ctx, `${this.path}.add(${type})`, this.ws, () => holder.chart);
  }
}

class ChartProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    readonly ws: WorksheetProxy,
    private readonly resolve: () => ChartState | null,
  ) {
    super(ctx, path);
  }

  /** The chart; for a write (the default) its sheet must not be protected. */
  chart(write = true): ChartState {
    const c = this.resolve();
    if (!c) throw new ExcelDoubleError('ItemNotFound', `${this.path} does not exist`);
    if (write) this.ws.writable();
    return c;
  }

  protected read(p: string): unknown {
    if (p === 'name') return this.chart(false).name;
    return super.read(p);
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.set('name', v, () => void (this.chart().name = v));
  }

  get title(): SettableObject {
    return this.child('title', () => {
      return new SettableObject(this.ctx, `${this.path}.title`, {
        text: (v: string) => void (this.chart().title = v),
      });
    });
  }

  get legend(): SettableObject {
    return this.child('legend', () => {
      return new SettableObject(this.ctx, `${this.path}.legend`, {
        position: (v: string) => void (this.chart().legendPosition = v),
        visible: () => undefined,
      });
    });
  }

  get axes(): {
    valueAxis: SettableObject & { title: SettableObject };
    categoryAxis: SettableObject & { title: SettableObject };
  } {
    return this.child('axes', () => {
      const valueAxis = new SettableObject(this.ctx, `${this.path}.axes.valueAxis`, {
        numberFormat: (v: string) => {
          this.book.require('1.8', 'ChartAxis.numberFormat');
          this.chart().valueAxisNumberFormat = v;
        },
        // ChartAxis.majorUnit (ExcelApi 1.1): a positive number.
        majorUnit: (v: number) => {
          if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new TypeError(`majorUnit ${v}`);
          this.chart().valueAxisMajorUnit = v;
        },
      }) as SettableObject & { title: SettableObject };
      Object.defineProperty(valueAxis, 'title', {
        value: new SettableObject(this.ctx, `${this.path}.axes.valueAxis.title`, {
          text: (v: string) => void (this.chart().valueAxisTitle = v),
        }),
      });
      const categoryAxis = new SettableObject(this.ctx, `${this.path}.axes.categoryAxis`, {
        reversePlotOrder: (v: boolean) => void (this.chart().categoryReversed = v),
        tickLabelSpacing: (v: number) => {
          if (!Number.isInteger(v) || v < 1 || v > 31999) throw new TypeError(`tickLabelSpacing ${v}`);
          this.chart().categoryLabelSpacing = v;
        },
        tickLabelPosition: (v: string) => {
          this.book.require('1.8', 'ChartAxis.tickLabelPosition');
          if (!['NextToAxis', 'High', 'Low', 'None'].includes(v))
            throw new TypeError(`tickLabelPosition ${v}`);
          this.chart().categoryLabelPosition = v;
        },
      }) as SettableObject & { title: SettableObject };
      Object.defineProperty(categoryAxis, 'title', {
        value: new SettableObject(this.ctx, `${this.path}.axes.categoryAxis.title`, {
          text: () => undefined,
        }),
      });
      // ChartAxis.format.font (ExcelApi 1.1): the size of the category labels, 1 to 409 points.
      const font = new SettableObject(this.ctx, `${this.path}.axes.categoryAxis.format.font`, {
        size: (v: number) => {
          if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw new TypeError(`font size ${v}`);
          this.chart().categoryLabelSize = v;
        },
      });
      Object.defineProperty(categoryAxis, 'format', { value: { font } });
      return { valueAxis, categoryAxis };
    });
  }

  get series(): { getItemAt(i: number): SeriesProxy; add(name?: string): SeriesProxy } {
    return this.child('series', () => {
      const path = `${this.path}.series`;
      return {
        getItemAt: (i: number) =>
          new SeriesProxy(this.ctx, `${path}.getItemAt(${i})`, this, () => {
            const s = this.chart().series[i];
            if (!s) throw new ExcelDoubleError('ItemNotFound', `${path}.getItemAt(${i})`);
            return s;
          }),
        add: (name?: string) => {
          this.book.require('1.7', 'ChartSeriesCollection.add');
          const holder: { s: ChartSeriesState | null } = { s: null };
          this.ctx.push({
            a: 'call',
            o: path,
            p: 'add',
            v: [name],
            apply: () => {
              holder.s = {
                name: name ?? '',
                values: null,
                xValues: null,
                chartType: null,
                fill: null,
                line: null,
              };
              this.chart().series.push(holder.s);
            },
          });
          return new SeriesProxy(this.ctx, `${path}.add(${JSON.stringify(name)})`, this, () => {
            if (!holder.s) throw new ExcelDoubleError('ItemNotFound', `${path}.add`);
            return holder.s;
          });
        },
      };
    });
  }

  setPosition(start: string, end?: string): void {
    this.call('setPosition', [start, end], () => {
      parseAddress(start);
      if (end) parseAddress(end);
      this.chart().position = [start, end ?? start];
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const c = this.chart();
      const s = this.ws.writable();
      s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

class SeriesProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly chart: ChartProxy,
    private readonly resolve: () => ChartSeriesState,
  ) {
    super(ctx, path);
  }

  private rangeRef(range: RangeProxy): string {
    const sheet = range.ws.sheet();
    return `${quoteSheet(sheet.name)}!${rectAddress(range.rect())}`;
  }

  set name(v: string) {
    this.set('name', v, () => void (this.resolve().name = v));
  }
  get name(): string {
    return this.prop('name');
  }
  set chartType(v: string) {
    this.book.require('1.7', 'ChartSeries.chartType');
    this.set('chartType', v, () => void (this.resolve().chartType = v));
  }
  set overlap(v: number) {
    this.book.require('1.8', 'ChartSeries.overlap');
    if (!Number.isInteger(v) || v < -100 || v > 100)
      throw new TypeError('overlap is an integer from -100 to 100');
    this.set('overlap', v, () => void (this.resolve().overlap = v));
  }
  set hasDataLabels(v: boolean) {
    this.set('hasDataLabels', v, () => void (this.resolve().hasDataLabels = v));
  }
  get dataLabels(): SettableObject {
    this.book.require('1.8', 'ChartSeries.dataLabels');
    return this.child('dataLabels', () => {
      return new SettableObject(this.ctx, `${this.path}.dataLabels`, {
        numberFormat: (f: string) => void (this.resolve().labelFormat = f),
      });
    });
  }
  setValues(range: RangeProxy): void {
    this.book.require('1.7', 'ChartSeries.setValues');
    this.call('setValues', [range.path], () => void (this.resolve().values = this.rangeRef(range)));
  }
  setXAxisValues(range: RangeProxy): void {
    this.book.require('1.7', 'ChartSeries.setXAxisValues');
    this.call('setXAxisValues', [range.path], () => void (this.resolve().xValues = this.rangeRef(range)));
  }
  get format(): { fill: { setSolidColor(c: string): void }; line: SettableObject } {
    return this.child('format', () => {
      return {
        fill: {
          setSolidColor: (c: string) =>
            this.ctx.push({
              a: 'call',
              o: `${this.path}.format.fill`,
              p: 'setSolidColor',
              v: [c],
              apply: () => void (this.resolve().fill = c),
            }),
        },
        line: new SettableObject(this.ctx, `${this.path}.format.line`, {
          color: (c: string) => void (this.resolve().line = c),
        }),
      };
    });
  }
  protected read(p: string): unknown {
    if (p === 'name') return this.resolve().name;
    return super.read(p);
  }
  /** Keeps the chart proxy reachable for debugging. */
  get parentChart(): ChartProxy {
    return this.chart;
  }
}

// ───────────────────────────── the public face ─────────────────────────────

export interface HostDouble {
  isSetSupported(name: string, version: string): boolean;
  readonly settings: SettingsDouble;
}

export type DoubleBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface DoubleRunOptions {
  readonly mergeUndoGroup?: boolean;
  readonly delayForCellEdit?: boolean;
}

/** Excel.run as the double offers it: (batch), (options, batch), or (an earlier context, batch). */
export interface DoubleRun {
  <T>(batch: DoubleBatch<T>): Promise<T>;
  <T>(contextOrOptions: Excel.RequestContext | DoubleRunOptions, batch: DoubleBatch<T>): Promise<T>;
}

export interface ExcelDouble {
  /** Like Excel.run: a fresh request context per batch, all on the same workbook; carries `host`. */
  run: DoubleRun & { host: HostDouble };
  /** A context for tests that drive the API directly. */
  readonly context: Excel.RequestContext;
  /** Requirement sets and settings, as the adapter's HostEnv. */
  readonly host: HostDouble;
  /** An object shaped like the Office global (context.requirements, context.document.settings). */
  readonly office: {
    context: {
      requirements: { isSetSupported(n: string, v?: string): boolean };
      document: { settings: SettingsDouble };
    };
  };
  readonly workbookState: WorkbookState;
  readonly syncCount: number;
  readonly syncPayloads: readonly number[];
  readonly syncResponses: readonly number[];
  /** Steps Ctrl+Z would take back: one per changing sync, or one per run with mergeUndoGroup. */
  readonly undoSteps: number;
  sheet(name: string): SheetState;
  /** Every cell's value and formula, from A1 to the sheet's last used cell (values: error codes as text). */
  cells(name: string): { values: unknown[][]; formulas: unknown[][] };
  /** The text/number/boolean stored in a cell ("B3"), null when empty. */
  cell(name: string, address: string): CellState | undefined;
  /** The whole workbook as deterministic JSON (for "nothing changed" comparisons). */
  snapshot(): string;
  /** What a user does in Excel: fires the add-in's event handlers. */
  readonly user: {
    addSheet(name: string): Promise<void>;
    deleteSheet(name: string): Promise<void>;
    renameSheet(from: string, to: string): Promise<void>;
  };
}

function sheetSnapshot(s: SheetState, cellsOnly = false): unknown {
  const cells = [...s.cells]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([r, row]) => [...row].sort((a, b) => a[0] - b[0]).map(([c, cell]) => [r, c, cell]));
  if (cellsOnly) return cells;
  const strip = <T extends { uid: number }>(x: T): Omit<T, 'uid'> => {
    const { uid: _uid, ...rest } = x;
    void _uid;
    return rest;
  };
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells,
    merges: s.merges,
    columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
    rowHeights: [...s.rowHeights].sort((a, b) => a[0] - b[0]),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    charts: s.charts.map(strip),
    conditionalFormats: s.conditionalFormats.map(strip),
    dataValidations: s.dataValidations,
    freezeRows: s.freezeRows,
    pageLayout: s.pageLayout,
    rowBreaks: s.rowBreaks,
  };
}

export function createExcelDouble(init: ExcelDoubleInit): ExcelDouble {
  const book = new Book(init);
  const context = new Ctx(book) as unknown as Excel.RequestContext;
  const host: HostDouble = { isSetSupported: (n, v) => book.supports(n, v), settings: book.settings };
  const sheetNamed = (name: string): SheetState => {
    const s = book.find(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  };
  /** Excel.run(batch), Excel.run(options, batch) and Excel.run(context, batch). */
  async function runBatch<T>(first: unknown, second?: DoubleBatch<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as DoubleBatch<T>;
    const given = typeof first === 'function' ? undefined : first;
    let ctx: Ctx;
    if (given instanceof Ctx) {
      if (given.book !== book) throw new ExcelDoubleError('InvalidRequest', 'a context of another workbook');
      ctx = given;
    } else {
      const options = (given ?? {}) as DoubleRunOptions;
      if (options.mergeUndoGroup && !book.supports('ExcelApi', '1.20'))
        throw new ExcelDoubleError('ApiNotFound', 'RunOptions.mergeUndoGroup needs ExcelApi 1.20');
      ctx = new Ctx(book);
      if (options.mergeUndoGroup) ctx.undoGroup = { changed: false };
    }
    ctx.active = true;
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx.active = false;
      if (ctx.undoGroup?.changed) book.undoSteps++;
      ctx.undoGroup = null;
    }
  }
  const run = Object.assign(runBatch as DoubleRun, { host });
  return {
    run,
    context,
    host,
    office: {
      context: {
        requirements: { isSetSupported: (n, v) => book.supports(n, v ?? '1.1') },
        document: { settings: book.settings },
      },
    },
    get workbookState() {
      return book.state;
    },
    get syncCount() {
      return book.syncPayloads.length;
    },
    get syncPayloads() {
      return book.syncPayloads;
    },
    get syncResponses() {
      return book.syncResponses;
    },
    get undoSteps() {
      return book.undoSteps;
    },
    sheet: sheetNamed,
    cells(name) {
      const s = sheetNamed(name);
      const r = usedRect(s, true);
      if (!r) return { values: [], formulas: [] };
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      for (let i = 0; i <= r.bottom; i++) {
        const vr: unknown[] = [];
        const fr: unknown[] = [];
        for (let j = 0; j <= r.right; j++) {
          const c = cellAt(s, i, j, false);
          vr.push(c ? (c.error ?? c.value) : null);
          fr.push(c?.formula ?? null);
        }
        values.push(vr);
        formulas.push(fr);
      }
      return { values, formulas };
    },
    cell(name, address) {
      const r = parseAddress(address);
      return cellAt(sheetNamed(name), r.top, r.left, false);
    },
    snapshot() {
      return JSON.stringify({
        sheets: book.state.sheets.map((s) => sheetSnapshot(s)),
        protected: book.state.protected,
        activeSheetId: book.state.activeSheetId,
        selection: book.state.selection,
        settings: book.settings.saved,
      });
    },
    user: {
      async addSheet(name) {
        const s = book.newSheet(name);
        book.state.sheets.push(s);
        await book.fire('added', { worksheetId: s.id, type: 'WorksheetAdded', source: 'Local' });
      },
      async deleteSheet(name) {
        const s = sheetNamed(name);
        book.state.sheets = book.state.sheets.filter((x) => x !== s);
        await book.fire('deleted', { worksheetId: s.id, type: 'WorksheetDeleted', source: 'Local' });
      },
      async renameSheet(from, to) {
        const s = sheetNamed(from);
        s.name = to;
        await book.fire('nameChanged', {
          worksheetId: s.id,
          nameBefore: from,
          nameAfter: to,
          type: 'WorksheetNameChanged',
          source: 'Local',
        });
      },
    },
  };
}
