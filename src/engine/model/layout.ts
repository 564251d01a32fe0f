/** The report layout: what to write where on the report sheet (cells, styles, merges, tables, charts). */
import type { CellRange } from './grid';
import type { ChartSpec } from './report';

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
