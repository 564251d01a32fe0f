/** The report layout: what to write where on the report sheet (cells, styles, merges, tables, charts). */
import type { CellRange } from './grid';
import type { ChartSpec, TableCell } from './report';
import type { Status } from './evaluation';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // RRGGBB
  readonly fill?: string; // RRGGBB
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly numFmt?: string;
  readonly border?: 'thin';
}

/** A value to write. Strings are always written as text, never as formulas. */
export interface LayoutCell {
  readonly value: string | number | null;
  /** Key into SheetLayout.styles. */
  readonly style?: string;
}

/**
 * A table's body kept as its values, each cell made only as it is written (layout/blocks.ts): 100,000 rows
 * without an object per cell. Row i of the block is sheet row `top + i`; the sheet's `rows` hold nothing
 * there, and no merged area or other cell falls in it.
 */
export interface ValueBlock {
  /** 1-based sheet row of the block's first row. */
  readonly top: number;
  readonly values: readonly (readonly TableCell[])[];
  /**
   * Per column, the style key of a number, of a text and of an empty cell; `byStatus`: styled by its row's
   * status (`status-…`) whatever its value, where the row has one.
   */
  readonly columns: readonly {
    readonly number: string;
    readonly text: string;
    readonly empty: string;
    readonly byStatus?: boolean;
  }[];
  /** A number's own format per cell (same shape as `values`), styled by `formatStyles`, before the column's. */
  readonly formats?: readonly (readonly (string | null)[])[];
  readonly formatStyles?: Readonly<Record<string, string>>;
  /** Each row's status, for the columns styled by it. */
  readonly statuses?: readonly (Status | null)[];
}

export interface ChartPlacement {
  readonly chart: ChartSpec;
  /** Data ranges in the report sheet (A1, absolute, no sheet name). */
  readonly categoriesRange: string;
  readonly seriesRanges: readonly string[];
  /** Anchor: 0-based top-left cell and size in cells. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface SheetLayout {
  readonly name: string;
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Rows from row 1; each entry is the row's cells from column A (null = leave empty). */
  readonly rows: readonly (readonly (LayoutCell | null)[])[];
  /**
   * Table bodies kept as values (a compact layout, for the file writer); absent in the layout the other
   * front ends read, whose `rows` hold every cell. expandBlocks turns one into the other.
   */
  readonly blocks?: readonly ValueBlock[];
  readonly rowHeights?: Readonly<Record<number, number>>; // 1-based row → points
  readonly merges: readonly CellRange[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly tables: readonly { readonly name: string; readonly range: string; readonly headerRow: number }[];
  readonly charts: readonly ChartPlacement[];
  readonly print: {
    readonly orientation: 'portrait' | 'landscape';
    readonly paper: 'A4';
    readonly fitToWidth: boolean;
    /** 1-based rows before which a page break goes (charts never split). */
    readonly rowBreaks: readonly number[];
    /** Print scale in percent when the sheet is not fitted to the page width (it then runs across pages). */
    readonly scale?: number;
    /** 1-based row repeated at the top of every printed page (the header of the longest table). */
    readonly titleRow?: number;
  };
  readonly freeze?: { readonly row: number };
  /** 1-based rows and columns written hidden (machine-readable parts a reader need not see). */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
}

export interface ReportLayout {
  readonly sheets: readonly SheetLayout[];
}
