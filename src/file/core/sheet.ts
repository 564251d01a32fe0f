/**
 * One worksheet part → its Grid, in one pass over the XML, keeping only the cells that hold a value.
 *
 * The Grid is what Excel's own API gives for the sheet, anchored at A1: numbers, text, booleans, error
 * codes, a formula's cached result (or the formula, marked, when it was never calculated), dates as
 * 1900-system serial numbers with their format, and the number format of each cell that has one. Cells
 * of a merged area other than its top-left are empty; merged areas are listed as areas (never expanded).
 * Hidden rows and columns are listed within the area that holds values.
 *
 * Bounded (gridBuilder.ts): a cell separated from everything left of it by more than `columnGap` empty
 * columns is ignored (a stray value at XFD does not pad every row to 16,384 cells), and the grid then says
 * so in `truncated`. Row and column numbers beyond Excel's sheet are malformed; the cells of a workbook
 * and the area of a sheet are capped (limits.ts).
 */
import { type CellRange, type CellValue, columnLetters, type Grid } from '../../engine';
import { InputError } from '../errors';
import { type ColumnDef, firstOverlap, GridBuilder } from './gridBuilder';
import { decodeExcelEscapes } from './parts';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, type ReadLimits } from './limits';
import { XmlError, type XmlHandler, type XmlProblem, type XmlTag, type XmlText } from './xml';

export interface SheetContext {
  readonly file: string;
  /** The sheet part being read. */
  part: string;
  readonly limits: ReadLimits;
  readonly strings: readonly (string | null)[];
  readonly formats: readonly (string | null)[] | null;
  readonly dates: readonly boolean[] | null;
  readonly date1904: boolean;
  /** Cells with a value read so far from the workbook (shared by its sheets, for the cap). */
  cellCount: number;
  /** Characters of shared formulas moved to other cells so far (see ReadLimits.movedFormulaChars). */
  movedFormulaChars: number;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (day 0 of Excel's 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const OFFSET_1904 = 1_462;

/**
 * A date cell's serial as Excel's API returns it in the 1900 system: to the millisecond, then to nine
 * decimals (the same arithmetic as before, so grids compare equal to the ones read until now).
 */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY);
  const serial = ms / MS_PER_DAY + EPOCH_1900;
  return Math.round(serial * 1e9) / 1e9;
}

/** "AB12" → column 28 and row 12 into `out`; false when it is not a cell reference. */
function decodeRef(ref: string, out: { row: number; col: number }): boolean {
  let i = 0;
  let col = 0;
  const n = ref.length;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === n || i > 3) return false;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    row = row * 10 + c;
  }
  out.row = row;
  out.col = col;
  return true;
}

const REF_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A shared formula moved from its first cell to another: relative references shift, $-ones stay. */
function slideFormula(formula: string, fromRow: number, fromCol: number, row: number, col: number): string {
  return formula.replace(REF_CANDIDATE, (match, sheet: string | undefined, _s, addr: string, paren) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    let c = 0;
    for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
    let r = parseInt(m[4], 10);
    if (!m[1]) c += col - fromCol;
    if (!m[3]) r += row - fromRow;
    return `${sheet ?? ''}${m[1] ?? ''}${columnLetters(c)}${m[3] ?? ''}${r}`;
  });
}

/** Scans one sheet part; `grid()` gives the Grid once the part has been scanned. */
export class SheetReader implements XmlHandler {
  wantText = false;
  /** Set when the rows wanted have all been read (a sheet's head). */
  done = false;

  private readonly cells: GridBuilder;
  private readonly hiddenRows: number[] = [];
  private readonly cols: ColumnDef[] = [];
  private readonly merges: CellRange[] = [];
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();

  private inSheetData = false;
  private inCols = false;
  private row = 0;
  private lastRow = 0;
  private nextCol = 1;
  // The cell being read: its type and style, the text of a value read as text, or the number of one read
  // as a number, and its formula.
  private inCell = false;
  private readonly ref = { row: 0, col: 0 };
  private type = 'n';
  private textValued = false;
  private style = -1;
  private value: string | null = null;
  private number = 0;
  private hasNumber = false;
  private formula: string | null = null;
  private formulaShare: { si: string; master: boolean } | null = null;
  private node: 'v' | 'f' | 't' | null = null;
  /** Depth inside <rPh> (a phonetic reading, not part of the text) or an unknown element of a cell. */
  private skip = 0;
  private inInline = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly name: string,
    private readonly visibility: Grid['visibility'],
    /** Rows to read: Infinity for the whole sheet, else its first rows (merged areas are then not read). */
    private readonly maxRows: number,
  ) {
    this.cells = new GridBuilder(ctx.limits, (rows, columns) => {
      throw new InputError(ctx.file, 'sheet-too-large', {
        sheet: name,
        rows: String(rows),
        columns: String(columns),
      });
    });
  }

  private malformed(problem: XmlProblem, params: Readonly<Record<string, string>>): never {
    throw new XmlError(problem, params);
  }

  open(name: string, tag: XmlTag, selfClosing: boolean): void {
    if (this.inCell) {
      this.openInCell(name, tag, selfClosing);
      return;
    }
    switch (name) {
      case 'c':
        if (this.row > 0) this.startCell(tag, selfClosing);
        return;
      case 'row':
        if (this.inSheetData) this.startRow(tag);
        return;
      case 'sheetData':
        this.inSheetData = !selfClosing;
        return;
      case 'cols':
        this.inCols = !selfClosing;
        return;
      case 'col':
        if (this.inCols) this.addCol(tag);
        return;
      case 'mergeCell':
        this.addMerge(tag);
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.inCell) {
      this.closeInCell(name);
      return;
    }
    if (name === 'row') {
      if (this.row >= this.maxRows) this.done = true;
      this.row = 0;
    } else if (name === 'sheetData') this.inSheetData = false;
    else if (name === 'cols') this.inCols = false;
  }

  text(view: XmlText): void {
    if (this.node === 'f') this.formula = (this.formula ?? '') + view.string();
    else if (this.textValued || this.node === 't') this.value = (this.value ?? '') + view.string();
    else {
      if (this.hasNumber) this.malformed('split-value', { cell: this.cellName() });
      this.number = view.number();
      this.hasNumber = true;
      return;
    }
    if ((this.value?.length ?? 0) + (this.formula?.length ?? 0) > this.ctx.limits.stringChars) {
      throw new InputError(this.ctx.file, 'string-too-long', {
        part: this.ctx.part,
        limit: String(this.ctx.limits.stringChars),
      });
    }
  }

  private cellName(): string {
    return `${columnLetters(this.ref.col)}${this.ref.row}`;
  }

  private startRow(tag: XmlTag): void {
    const r = tag.int('r', this.lastRow + 1);
    const hidden = tag.attr('hidden');
    if (!(r >= 1 && r <= EXCEL_MAX_ROWS)) this.malformed('row-outside', { row: tag.attr('r') ?? '' });
    if (r <= this.lastRow) this.malformed('row-order', { row: String(r), after: String(this.lastRow) });
    if (r > this.maxRows) {
      this.done = true;
      return;
    }
    this.row = this.lastRow = r;
    this.nextCol = 1;
    if (hidden === '1' || hidden === 'true') this.hiddenRows.push(r);
  }

  private startCell(tag: XmlTag, selfClosing: boolean): void {
    if (!tag.cellRef('r', this.ref)) {
      const ref = tag.attr('r');
      if (ref !== undefined) this.malformed('cell-ref', { ref, row: String(this.row) });
      this.ref.row = this.row;
      this.ref.col = this.nextCol;
    } else if (this.ref.row !== this.row) {
      this.malformed('cell-row', { cell: this.cellName(), row: String(this.row) });
    }
    if (this.ref.col > EXCEL_MAX_COLUMNS) this.malformed('cell-outside', { cell: this.cellName() });
    this.nextCol = this.ref.col + 1;
    if (selfClosing) return; // no value
    this.inCell = true;
    const t = tag.attr('t') ?? 'n';
    this.type = t;
    this.textValued = t === 'str' || t === 'inlineStr' || t === 'e' || t === 'd';
    this.style = tag.int('s', -1);
    this.value = null;
    this.hasNumber = false;
    this.formula = null;
    this.formulaShare = null;
    this.node = null;
    this.skip = 0;
    this.inInline = false;
  }

  private openInCell(name: string, tag: XmlTag, selfClosing: boolean): void {
    if (this.skip > 0 || name === 'rPh') {
      if (!selfClosing) this.skip++;
      return;
    }
    switch (name) {
      case 'v':
        this.node = 'v';
        this.wantText = !selfClosing;
        return;
      case 'f': {
        this.node = 'f';
        this.wantText = !selfClosing;
        if (tag.attr('t') === 'shared') {
          this.formulaShare = { si: tag.attr('si') ?? '', master: tag.attr('ref') !== undefined };
        }
        return;
      }
      case 'is':
        this.inInline = true;
        return;
      case 't':
        if (this.inInline) {
          this.node = 't';
          this.wantText = !selfClosing;
        }
        return;
      case 'r':
        return;
      default:
        if (!selfClosing) this.skip++;
    }
  }

  private closeInCell(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        this.node = null;
        this.wantText = false;
        return;
      case 'c':
        this.inCell = false;
        this.wantText = false;
        this.finishCell();
        return;
      default:
        return;
    }
  }

  private get hasValue(): boolean {
    return this.hasNumber || this.value !== null;
  }

  private finishCell(): void {
    const { row, col } = this.ref;
    let v: CellValue;
    if (this.formula !== null || this.formulaShare !== null) v = this.formulaValue(row, col);
    else if (this.hasValue) v = this.plainValue();
    else return;
    if (v === null) return;
    this.add(row, col, v);
  }

  /** A formula cell: its cached result, else the formula (a shared one moved to this cell). */
  private formulaValue(row: number, col: number): CellValue {
    const share = this.formulaShare;
    let formula = this.formula ?? '';
    if (share?.master) this.sharedFormulas.set(share.si, { formula, row, col });
    if (this.hasValue) return this.plainValue();
    if (share && !share.master && formula === '') {
      // Moved to this cell only when it has no result (its text is then shown in a message), and within
      // the workbook's budget for moved formulas; beyond it, the formula as its first cell has it.
      const master = this.sharedFormulas.get(share.si);
      if (!master) formula = '';
      else if (this.ctx.movedFormulaChars + master.formula.length > this.ctx.limits.movedFormulaChars) {
        formula = master.formula;
      } else {
        formula = slideFormula(master.formula, master.row, master.col, row, col);
        this.ctx.movedFormulaChars += formula.length;
      }
    }
    return { kind: 'formula', formula };
  }

  private plainValue(): CellValue {
    if (this.value !== null && !this.textValued) {
      // Inline text in a cell not typed as text: read as Excel reads the number or string written.
      this.number = parseFloat(this.value);
    }
    switch (this.type) {
      case 's': {
        const index = this.number;
        if (!(Number.isInteger(index) && index >= 0 && index < this.ctx.strings.length)) {
          this.malformed('shared-string', { cell: this.cellName(), index: String(index) });
        }
        return this.ctx.strings[index];
      }
      case 'str':
      case 'inlineStr':
        return decodeExcelEscapes(this.value ?? '');
      case 'b':
        return this.number !== 0;
      case 'e':
        return { kind: 'error', code: this.value ?? '' };
      case 'd':
        return this.isoDate(this.value ?? '');
      default: {
        const n = this.number;
        if (!Number.isFinite(n)) return { kind: 'error', code: '#NUM!' };
        const dates = this.ctx.dates;
        return dates !== null && this.style >= 0 && dates[this.style] ? dateSerial(n, this.ctx.date1904) : n;
      }
    }
  }

  /** An ISO 8601 date cell (t="d") as a 1900-system serial. */
  private isoDate(text: string): CellValue {
    const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
    if (!Number.isFinite(t)) return { kind: 'error', code: '#VALUE!' };
    return Math.round((t / MS_PER_DAY + EPOCH_1900) * 1e9) / 1e9;
  }

  private add(row: number, col: number, v: CellValue): void {
    if (++this.ctx.cellCount > this.ctx.limits.cells) {
      throw new InputError(this.ctx.file, 'too-many-cells', {
        sheet: this.name,
        limit: String(this.ctx.limits.cells),
      });
    }
    const formats = this.ctx.formats;
    this.cells.add(row, col, v, formats !== null && this.style >= 0 ? (formats[this.style] ?? null) : null);
  }

  private addCol(tag: XmlTag): void {
    const min = tag.int('min', Number.NaN);
    const max = tag.int('max', Number.NaN);
    if (!(min >= 1 && max >= min))
      this.malformed('col-bounds', { min: tag.attr('min') ?? '', max: tag.attr('max') ?? '' });
    const hidden = tag.attr('hidden');
    // Beyond the last column of the sheet there is nothing to hide.
    this.cols.push({
      min,
      max: Math.min(max, EXCEL_MAX_COLUMNS),
      hidden: hidden === '1' || hidden === 'true',
    });
  }

  private addMerge(tag: XmlTag): void {
    if (this.maxRows !== Infinity) return;
    const ref = tag.attr('ref') ?? '';
    const [a, b = a] = ref.split(':');
    const from = { row: 0, col: 0 };
    const to = { row: 0, col: 0 };
    if (!decodeRef(a.replace(/\$/g, ''), from) || !decodeRef(b.replace(/\$/g, ''), to)) {
      this.malformed('merge-ref', { ref });
    }
    const area = {
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    };
    if (area.top < 1 || area.left < 1 || area.bottom > EXCEL_MAX_ROWS || area.right > EXCEL_MAX_COLUMNS) {
      this.malformed('merge-outside', { ref });
    }
    if (this.merges.length >= this.ctx.limits.mergedAreas) {
      throw new InputError(this.ctx.file, 'too-many-merges', {
        sheet: this.name,
        limit: String(this.ctx.limits.mergedAreas),
      });
    }
    this.merges.push(area);
  }

  /** The Grid of what was scanned. */
  grid(): Grid {
    const merges = [...this.merges].sort((x, y) => x.top - y.top || x.left - y.left);
    const overlap = firstOverlap(merges);
    if (overlap) {
      this.malformed('merge-overlap', { a: areaRef(overlap[0]), b: areaRef(overlap[1]) });
    }
    return this.cells.grid({
      name: this.name,
      visibility: this.visibility,
      merges,
      hiddenRows: this.hiddenRows,
      cols: this.cols,
    });
  }
}

function areaRef(a: CellRange): string {
  return `${columnLetters(a.left)}${a.top}:${columnLetters(a.right)}${a.bottom}`;
}
