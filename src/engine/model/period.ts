/** A check-in period. FY is the year end (same data as Q4 / M12). */
export type Quarter = 1 | 2 | 3 | 4;
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
/**
 * `elapsed`: the share of the year the sheet states as gone at the period's end (时间进度要求62.5% for 1至8月
 * 上半月), where it states one within the period's last month or quarter; without it, the calendar's.
 */
export type Period =
  | { readonly kind: 'quarter'; readonly quarter: Quarter; readonly elapsed?: number }
  | { readonly kind: 'month'; readonly month: Month; readonly elapsed?: number }
  | { readonly kind: 'year' };
