/**
 * What the reader takes, at most: one place for every bound, documented in README ("Limits") and each
 * tested in tests/file/limits.test.ts. A file beyond a bound gets a one-line InputError naming the file
 * (and the part or sheet) — never a crash, a hang or a partial read. The figures leave ample room for
 * real workbooks (the benchmark's largest, 100,000 indicator rows, uses a tenth or less of each) and keep
 * the worst file within about 5 seconds and half a gigabyte.
 */
export interface ReadLimits {
  /** The workbook file itself, in bytes. */
  readonly fileBytes: number;
  /** One part of the package, unpacked, in bytes. */
  readonly partBytes: number;
  /** All the parts read, unpacked: at most this many times the file's size … */
  readonly unpackedRatio: number;
  /** … but never less than this (small files) … */
  readonly unpackedFloor: number;
  /** … nor more than this, in bytes. */
  readonly unpackedBytes: number;
  /** Sheets the workbook lists (worksheets, chart sheets and the rest). */
  readonly sheets: number;
  /** Cells holding a value, over all sheets read of one workbook. */
  readonly cells: number;
  /** Rows × columns laid out for one sheet (the grid, empty cells inside the used area included). */
  readonly sheetArea: number;
  /** Entries of the shared-string table. */
  readonly sharedStrings: number;
  /** Characters of one text (a cell, a shared string, a formula). */
  readonly stringChars: number;
  /**
   * Characters of shared formulas moved to the cells that use them, over the workbook: a formula without
   * a result is kept as text for the message that names it, each cell's references moved from the first
   * cell's; beyond this, a cell keeps the text of the first cell's formula (one text, not one per cell).
   */
  readonly movedFormulaChars: number;
  /** Merged areas in one sheet. */
  readonly mergedAreas: number;
  /**
   * Empty columns between the table and a cell further right for that cell to be ignored: a stray value
   * at XFD is neither read nor padded to, so rows never grow to 16,384 cells.
   */
  readonly columnGap: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = {
  fileBytes: 200 * MB,
  partBytes: 256 * MB,
  unpackedRatio: 100,
  unpackedFloor: 16 * MB,
  unpackedBytes: 512 * MB,
  sheets: 10_000,
  cells: 2_000_000,
  sheetArea: 10_000_000,
  sharedStrings: 1_000_000,
  stringChars: 1_000_000,
  movedFormulaChars: 1_000_000,
  mergedAreas: 100_000,
  columnGap: 128,
};

/** Excel's own limit for a number format's code: a longer one (no Excel writes it) is read as General. */
export const EXCEL_MAX_FORMAT_CHARS = 255;

/** Excel's own sheet size: a row or column number beyond these is a malformed part. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** The bytes all parts of a file may unpack to. */
export function unpackedBudget(fileSize: number, limits: ReadLimits): number {
  return Math.min(limits.unpackedBytes, Math.max(limits.unpackedFloor, fileSize * limits.unpackedRatio));
}
