import type { Lang } from './types';

/** Names of the sheets the product writes; the reader skips them as its own output. */
export const REPORT_SHEET_NAME: Readonly<Record<Lang, string>> = {
  'zh-CN': '对标报告',
  'en-US': 'Target report',
};
export const HISTORY_SHEET_NAME: Readonly<Record<Lang, string>> = {
  'zh-CN': '对标记录',
  'en-US': 'Check-in history',
};

/** True when a sheet name is one of the product's own output sheets (also "对标报告 (2)"). */
export function isOwnOutputSheetName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return [...Object.values(REPORT_SHEET_NAME), ...Object.values(HISTORY_SHEET_NAME)].some((own) =>
    n.startsWith(own.toLowerCase()),
  );
}

/** Written in cell A1's neighbourhood of every report sheet, so the add-in recognises its own sheet. */
export const REPORT_MARKER = 'target-report:v1';
