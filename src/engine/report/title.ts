/** The unit and year a report is about: from the options, else from the sheets (填报单位, a year). */
import type { ReportOptions, SheetTable, YearNamed } from '../model';
import { cleanText } from '../core/text';

/** "填报单位：商洛市科协" → "商洛市科协"; empty → null. */
export function cleanUnitName(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const t = text
    .replace(
      /^\s*(填报单位|报送单位|单位名称|单位|reporting unit|unit)\s*(（盖章）|\(盖章\))?\s*[:：]\s*/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  // Punctuation left at either end is not part of the name; a name of punctuation, a section number
  // (一、) or another label (填表人：) is none.
  const name = cleanText(t);
  if (name === '' || /^[一二三四五六七八九十\d]+[、.．]?$/.test(name) || /[:：]$/.test(t)) return null;
  return name;
}

/** The unit name and year the tables give, where the options do not. */
export function detectedUnitAndYear(
  tables: readonly SheetTable[],
  options: Pick<ReportOptions, 'unitName' | 'year' | 'yearNamed'>,
): { unitName: string | null; year: number | null; yearNamed: YearNamed | null } {
  // A 填报单位 from the sheets only when every sheet that gives one gives the same: sheets of several
  // units (one county each) do not name the whole organisation.
  const reported = [
    ...new Set(tables.map((t) => cleanUnitName(t.reportingUnit)).filter((u): u is string => u !== null)),
  ];
  const unitName = cleanUnitName(options.unitName) ?? (reported.length === 1 ? reported[0] : null);
  // The year given, named as given; else the first table's with a year, named as that table names it.
  if (options.year !== undefined && Number.isFinite(options.year)) {
    return { unitName, year: options.year, yearNamed: options.yearNamed ?? null };
  }
  const from = tables.find((t) => typeof t.year === 'number' && Number.isFinite(t.year));
  return { unitName, year: from?.year ?? null, yearNamed: from?.yearNamed ?? null };
}
