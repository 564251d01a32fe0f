/** The report's default title, the one place it is made. */
import type { ReportOptions, SheetTable } from '../model';
import { isYearEnd } from '../core/period';
import { localeFor } from '../locale';
import { detectedUnitAndYear } from '../report/title';

/**
 * "商洛市科学技术协会2018年度目标任务完成情况对标报告" at the year end, "…2019年第三季度目标任务完成情况对标报告"
 * for a quarter; en-US "Target report: <unit>, Q3 2019". Unit and year come from the options, else from
 * the sheets (填报单位, a year in the title or header); what is unknown is left out.
 */
export function defaultTitle(tables: readonly SheetTable[], options: ReportOptions): string {
  const { unitName, year, yearNamed } = detectedUnitAndYear(tables, options);
  return localeFor(options.lang).report.title(
    unitName,
    options.period,
    year,
    isYearEnd(options.period),
    options.yearStart,
    yearNamed ?? undefined,
  );
}
