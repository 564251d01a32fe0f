/**
 * The report's charts as native Word charts: for each chart a DrawingML chart part (word/charts/chartN.xml,
 * the same part the workbook carries, built by charts.ts) with its data as cached values, a relationship
 * from the document, a content type, and the paragraph that places it inline at the width of the text.
 *
 * Word and LibreOffice draw a chart from its cached values; the formulas name a sheet of an embedded
 * workbook the file does not carry (Word asks for the data only when the user edits it).
 */
import type { ChartPlacement, ChartSpec } from '../engine';
import { columnLetters } from '../engine';
import { chartPartXml, CT_CHART, type PackagePart } from './charts';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/** EMU per millimetre and per twip. */
const EMU_MM = 36_000;
const EMU_TWIP = 635;

/** The sheet the chart's data would live in (the cached values are what is drawn). */
const DATA_SHEET = 'Sheet1';

/** A chart's data laid out as a sheet would hold it: categories in A, one column per series, then the line. */
function placementOf(chart: ChartSpec): ChartPlacement {
  const last = chart.categories.length + 1;
  const column = (i: number) => {
    const c = columnLetters(i + 1);
    return `$${c}$2:$${c}$${last}`;
  };
  const seriesCount = chart.series.length + (chart.referenceLine ? 1 : 0);
  return {
    chart,
    categoriesRange: column(0),
    seriesRanges: Array.from({ length: seriesCount }, (_, i) => column(i + 1)),
    from: { row: 0, col: 0 },
    to: { row: 0, col: 0 },
  };
}

/** The relationship id of chart i in word/_rels/document.xml.rels (ids the docx library never uses). */
function chartRelId(i: number): string {
  return `rIdTrChart${i + 1}`;
}

/** The chart parts, to add to the package. */
export function wordChartParts(charts: readonly ChartSpec[]): PackagePart[] {
  return charts.map((c, i) => ({
    name: `word/charts/chart${i + 1}.xml`,
    xml: chartPartXml(placementOf(c), DATA_SHEET, i),
  }));
}

/** word/_rels/document.xml.rels with a relationship to each chart. */
export function withChartRelationships(relsXml: string, count: number): string {
  const rels = Array.from(
    { length: count },
    (_, i) => `<Relationship Id="${chartRelId(i)}" Type="${REL_CHART}" Target="charts/chart${i + 1}.xml"/>`,
  ).join('');
  return relsXml.replace('</Relationships>', `${rels}</Relationships>`);
}

/** [Content_Types].xml with each chart part's content type. */
export function withChartContentTypes(typesXml: string, count: number): string {
  const overrides = Array.from(
    { length: count },
    (_, i) => `<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="${CT_CHART}"/>`,
  ).join('');
  return typesXml.replace('</Types>', `${overrides}</Types>`);
}

/** Chart i's height for `widthMm` of text: taller for a bar chart of many categories, so labels stay legible. */
function heightMm(chart: ChartSpec, widthMm: number): number {
  const rows = chart.type === 'bar' ? chart.categories.length * Math.max(1, chart.series.length) : 0;
  return Math.round(Math.min(200, Math.max(widthMm * 0.6, 40 + rows * 7)));
}

/** The paragraph placing chart i inline, centred, as wide as the text (`widthTwips`). */
export function chartParagraphXml(chart: ChartSpec, i: number, widthTwips: number): string {
  const cx = Math.round(widthTwips * EMU_TWIP);
  const cy = Math.round(heightMm(chart, cx / EMU_MM) * EMU_MM);
  const name = chart.title.replace(/[&"<>]/g, '');
  return (
    `<w:p><w:pPr><w:spacing w:before="120" w:after="240"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>` +
    `<wp:inline xmlns:wp="${NS_WP}" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${1000 + i}" name="${name || `Chart ${i + 1}`}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRelId(i)}"/>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}
