/** A check-in period. FY is the year end (same data as Q4 / M12). */
export type Quarter = 1 | 2 | 3 | 4;
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export type Period =
  | { readonly kind: 'quarter'; readonly quarter: Quarter }
  | { readonly kind: 'month'; readonly month: Month }
  | { readonly kind: 'year' };
