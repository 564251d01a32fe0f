/** What the reader makes of a sheet: its indicator table (indicators with their source cells), or why not. */
import type { CellValue } from './grid';
import type { Diagnostic, SkipReason } from './diagnostics';

export type Direction = 'higher' | 'lower' | 'milestone';
export type Aggregation = 'sum' | 'last' | 'average';

/** A cell as the evaluator needs it: value, number format and address. */
export interface SourceCell {
  readonly value: CellValue;
  readonly format?: string | null;
  /** A1 address in its sheet, e.g. "F18". */
  readonly address: string;
}

/** How the actuals are laid out in the sheet. */
export type ActualsLayout =
  | { readonly kind: 'quarters'; readonly cells: readonly (SourceCell | null)[] } // length 4, Q1..Q4
  | { readonly kind: 'months'; readonly cells: readonly (SourceCell | null)[] } // length 12, M1..M12
  | { readonly kind: 'cumulative'; readonly cell: SourceCell | null }
  | { readonly kind: 'none' };

export interface Indicator {
  /** Stable key within a run: `${file ?? ''}|${sheet}|${id ?? name}`. */
  readonly key: string;
  readonly file?: string;
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  readonly id: string | null;
  readonly category: string | null;
  readonly name: string;
  readonly measureUnit: string | null;
  /** Direction as written in the sheet (null = not given; the evaluator decides). */
  readonly directionCell: SourceCell | null;
  readonly aggregationCell: SourceCell | null;
  readonly target: SourceCell | null;
  /** Cumulative quarterly milestone targets Q1..Q4 where the sheet has them. */
  readonly milestoneTargets: readonly (SourceCell | null)[] | null;
  readonly actuals: ActualsLayout;
  readonly owner: string | null;
  readonly notes: string | null;
}

/** Columns the reader recognised, by role. */
export type ColumnRole =
  | 'id'
  | 'category'
  | 'name'
  | 'unit'
  | 'direction'
  | 'aggregation'
  | 'target'
  | 'milestone' // with index 0..3
  | 'quarter' // with index 0..3
  | 'month' // with index 0..11
  | 'cumulative'
  | 'owner'
  | 'notes';

export interface SheetTable {
  readonly file?: string;
  readonly sheet: string;
  /** 1-based worksheet rows of the header (one or two). */
  readonly headerRows: readonly number[];
  /** Title text above the header, and the 填报单位 / 填报日期 values when present. */
  readonly title: string | null;
  readonly reportingUnit: string | null;
  readonly reportingDate: string | null;
  /** Year found in the title or header (e.g. 2019年完成情况), when present. */
  readonly year: number | null;
  readonly granularity: 'quarters' | 'months' | 'cumulative' | 'none';
  readonly indicators: readonly Indicator[];
  readonly diagnostics: readonly Diagnostic[];
}

export type SheetReading =
  | { readonly kind: 'table'; readonly table: SheetTable }
  | { readonly kind: 'skipped'; readonly file?: string; readonly sheet: string; readonly reason: SkipReason };
