/** Diagnostics (what a reader of the data must know, with sheet and cell) and why a sheet was skipped. */

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'cell-error' // an Excel error value (#DIV/0!, #N/A…) where a number is needed
  | 'not-a-number' // text that is not a number where a number is needed
  | 'approximate-value' // 约200, 20多, 近二十万…: read as the base value
  | 'date-in-number-column' // a date where a number is needed
  | 'boolean-in-number-column'
  | 'number-too-large' // a figure, or its conversion (万, %), beyond what a double holds (about 1.8e308)
  | 'sum-too-large' // a total (over the period, across units) beyond what a double holds
  | 'number-too-small' // a figure other than 0 below 1e-9 in size (5e-324, formula leftovers)
  | 'too-many-digits' // number text with more than 15 significant digits, which no double holds exactly
  | 'formula-no-result' // a formula with no cached result
  | 'empty-in-period' // an empty cell inside the period, counted as 0 (sum)
  | 'target-missing'
  | 'target-invalid' // zero (higher-is-better), negative, or not a number
  | 'duplicate-id' // second row with the same id in one sheet
  | 'unknown-direction' // a direction value that is not recognised; higher is assumed
  | 'unknown-aggregation'
  | 'unknown-milestone-word' // a milestone actual that is neither done, in-progress nor not-started
  | 'hidden-rows' // the table has hidden rows (still read)
  | 'hidden-columns'
  | 'merged-body-cell' // a merged area crossing the table body
  | 'period-not-in-sheet' // the sheet has no column for the requested period
  | 'unit-mismatch' // units disagree on an indicator's unit of measure
  | 'missing-in-units' // an indicator present in only some units
  | 'long-text' // text cut for display
  | 'history-row-unreadable' // a row of the check-in history that cannot be read back
  | 'status-from-sheet' // the sheet's own status differs from what its figures say; the sheet's stands
  | 'target-from-gap' // no target written: it is the result and the gap the sheet states (params: text)
  | 'target-from-caption' // no target column: the target is the one the lines above the table state (params: text)
  | 'quarters-to-date' // quarter figures read as totals to date: they run with the quarters' targets
  | 'periods-to-date' // period figures read as totals to date: they rise with the straight line to the year's target
  | 'earlier-result' // a level's figure for the period is not in yet: the latest before it stands (params: period)
  | 'target-from-previous' // a target set against last year: last year's figure moved as it says (params: text)
  | 'growth-from-previous' // the result's growth is worked out over last year's figure (params: text)
  | 'growth-from-baseline' // the result's change is worked out from the baseline's figure (params: text)
  | 'period-from-sheet' // the check-in period is the one the sheet states (params: text)
  | 'period-from-file-name' // the check-in period is the one the file's name states (params: text)
  | 'pace-from-sheet' // the pace is the share of the year the sheet states (params: text, pace, calendar)
  | 'year-start-from-sheet'; // the year starts where the sheet's month columns start it (params: month)

export interface Diagnostic {
  readonly file?: string;
  readonly sheet: string;
  /** A1 address of the cell concerned, when there is one. */
  readonly cell?: string;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** Values for the message templates (the cell text, the id, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type SkipReason =
  | { readonly code: 'no-header' } // no row looks like an indicator table header
  | { readonly code: 'missing-column'; readonly column: 'name' | 'target' }
  | { readonly code: 'own-output' } // the product's own report / history sheet
  | { readonly code: 'empty' }
  | { readonly code: 'no-indicators' } // header found, no indicator rows
  // It states an earlier period than the check's, of the indicators of a later sheet: an earlier
  // check-in, compared with and not counted again (text: the period as the sheet states it).
  | { readonly code: 'earlier-period'; readonly text: string; readonly later: string }
  // It states an earlier year than the latest sheets, of the same indicators: last year's, not counted.
  | { readonly code: 'earlier-year'; readonly text: string; readonly later: string }
  // The reader failed on this sheet: a fault of the program, not of the sheet. The message says what.
  | { readonly code: 'internal-error'; readonly message: string }
  // Something table-like whose columns the reader cannot tell with confidence: what it found and what it
  // lacks, so the user can say which column is which (--columns, the pane's columns step).
  | {
      readonly code: 'needs-columns';
      readonly missing: readonly ('name' | 'value')[];
      /** 1-based worksheet row of the headings, when there are headings. */
      readonly headerRow: number | null;
      /** Every column of the table: its letter, its heading, and the reader's best guess of its role. */
      readonly columns: readonly {
        readonly column: string;
        readonly header: string;
        readonly guess: string | null;
        /** Whether most of its filled cells below the headings hold figures (a target or a result may). */
        readonly figures?: boolean;
      }[];
    };
