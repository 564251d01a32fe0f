/**
 * The report in words: the facts of report/facts.ts through the language pack — title, narrative, tables,
 * charts and data notes. Every front end draws this same Report, so the add-in, the .xlsx file and the
 * .docx file cannot disagree on a number.
 */
import type { Report, ReportOptions, ReportTables, SheetReading } from '../model';
import { localeFor } from '../locale';
import { reportFacts, type ReportContext } from '../report/facts';
import { orgNames } from '../report/tables';
import { addPreviousStatusColumn, changesSection } from './changes';
import { buildChartSpecs, trendChartSpec } from './charts';
import { buildNarrative } from './narrative';
import { buildDataNotes } from './notes';
import { reportsYearEnd } from '../core/period';
import { attentionTable, buildIndicatorTable } from './tables';
import { defaultTitle } from './title';
import { consolidatedReportTable, unitsChartSpec, unitsNarrative, unitsTable } from './units';

/**
 * Evaluates every indicator of every table read, and builds the report model: title, counts, narrative,
 * tables, charts, the diagnostics of reading and evaluating (each once), the sheets skipped and the data
 * notes. The options given back in the report carry the unit name and year found in the sheets where
 * the caller gave none.
 *
 * With a previous check-in in `context.history` (the latest before this period): `changes`, the "since
 * the last check-in" section of the narrative (before the problems section), a previous-status column in
 * the attention table and the 'completion-trend' chart over the check-ins up to this one.
 * With several units of the same layout (sharesLayout): `consolidation`, the narrative opening on the
 * whole organisation and a section with a paragraph per unit, the tables `consolidated` (表1) and `units`
 * (表2) before the indicator tables (then 表3, 表4), the 'units-ranking' chart, and the consolidation's
 * diagnostics (unit-mismatch, missing-in-units) among the report's.
 */
export function buildReport(
  readings: readonly SheetReading[],
  options: ReportOptions,
  context: ReportContext = {},
): Report {
  const lang = options.lang;
  const f = reportFacts(readings, options, context);
  const { evaluations, consolidation, changes } = f;
  const fallbackTitle = defaultTitle(f.tables, f.options);
  const title = options.title && options.title.trim() !== '' ? options.title.trim() : fallbackTitle;
  const scope = f.givenUnit ? localeFor(lang).units.scopeOf(f.givenUnit) : undefined;
  const narrative = buildNarrative({
    evaluations,
    counts: f.counts,
    options: f.options,
    title,
    defaultTitle: fallbackTitle,
    totals: f.totals,
    ...(consolidation
      ? {
          units: unitsNarrative(consolidation, lang, options.period, {
            units: f.units,
            ...(scope ? { scope } : {}),
            ...(options.yearStart !== undefined ? { yearStart: options.yearStart } : {}),
          }),
        }
      : {}),
    ...(changes ? { changes: changesSection(changes, options.period, lang, options.yearStart) } : {}),
  });

  // Tables, numbered in the order the report sheet shows them.
  const first = consolidation ? 3 : 1;
  const attentionOrder = f.attention.map((r) => r.e);
  const orgs = orgNames(evaluations, f.units);
  const yearEnd = reportsYearEnd(f.options);
  const attention = attentionTable(f.attention, lang, first + 1, orgs, yearEnd);
  const tables: ReportTables = {
    indicators: buildIndicatorTable(evaluations, lang, first, orgs, yearEnd),
    attention: changes ? addPreviousStatusColumn(attention, attentionOrder, changes, lang) : attention,
    ...(consolidation
      ? {
          consolidated: consolidatedReportTable(consolidation, lang, 1),
          units: unitsTable(consolidation.units, lang, 2),
        }
      : {}),
  };

  const charts = buildChartSpecs(evaluations, lang, attentionOrder, options.period, orgs);
  const trend = f.trend ? trendChartSpec(f.trend, lang, options.yearStart) : null;
  if (trend) charts.push(trend);
  if (consolidation) charts.push(unitsChartSpec(consolidation.units, lang));

  return {
    options: f.options,
    title,
    counts: f.counts,
    evaluations,
    ...(f.totals.length > 0 ? { totals: f.totals } : {}),
    narrative,
    tables,
    charts,
    diagnostics: f.diagnostics,
    skippedSheets: f.skippedSheets,
    ...(changes ? { changes } : {}),
    ...(consolidation ? { consolidation } : {}),
    notes: buildDataNotes(f.diagnostics, f.skippedSheets, lang),
    tablesRead: f.tables.map((t) => ({
      ...(t.file !== undefined ? { file: t.file } : {}),
      sheet: t.sheet,
      headerRows: t.headerRows,
      ...(t.reading ? { reading: t.reading } : {}),
      ...(t.statedPeriod ? { statedPeriod: t.statedPeriod } : {}),
    })),
  };
}
