/**
 * Native Excel charts of a report sheet, as the parts the workbook writer puts into the package: for
 * each chart a DrawingML chart part (xl/charts/chartN.xml), and per sheet one drawing part
 * (xl/drawings/drawingN.xml + its _rels) anchoring the charts to cells. The sheet itself links to its
 * drawing (core/writeWorkbook.ts).
 *
 * Chart kinds: 'column' → c:barChart barDir="col"; 'bar' → barDir="bar" (first category at the top;
 * series marked `overlap` drawn over each other, one bar per category: the variance chart);
 * 'line' → c:lineChart. A reference line (the 100 % line) is a c:lineChart series of
 * constant values sharing the bar chart's axes. Excel and LibreOffice cannot lay a line series over
 * horizontal bars on shared axes (the line runs along the category axis), so a 'bar' chart with a
 * reference line is drawn as a column chart with the line across it.
 *
 * Series and categories refer to the report sheet's ranges ('Sheet'!$A$2:$A$9) and also carry cached
 * values (c:strCache, c:numCache) from the ChartSpec, so viewers draw them without recalculating.
 */
import { CHART_PALETTE as PALETTE, categoryLabelPt, type ChartPlacement, quoteSheetName } from '../engine';
import { escapeXml as xmlEscape } from './core/xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Colours for series without their own (Office palette). */
const REFERENCE_COLOR = 'C00000';
/** EMUs per pixel-ish unit is not needed: anchors are whole cells. */

// ───────────────────────────── XML helpers ─────────────────────────────

function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/.test(text);
}

/** "A2:A9" or "$A$2:$A$9" → "$A$2:$A$9". */
export function absoluteA1(range: string): string {
  return range
    .split(':')
    .map((part) => {
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(part.trim());
      return m ? `$${m[1].toUpperCase()}$${m[2]}` : part.trim();
    })
    .join(':');
}

function sheetRef(sheetName: string, range: string): string {
  return range.includes('!') ? range : `${quoteSheetName(sheetName)}!${absoluteA1(range)}`;
}

// ───────────────────────────── chart part ─────────────────────────────

function richText(text: string, size: number, bold: boolean, lang: string, bodyPr = '<a:bodyPr/>'): string {
  return (
    `<c:rich>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function titleXml(text: string, size: number, lang: string, bodyPr = '<a:bodyPr/>'): string {
  return `<c:title><c:tx>${richText(text, size, true, lang, bodyPr)}</c:tx><c:overlay val="0"/></c:title>`;
}

/**
 * A vertical value-axis title: Chinese characters stacked upright (as in printed Chinese charts), other
 * text rotated a quarter turn.
 */
function axisTitleXml(text: string, horizontalAxis: boolean, lang: string): string {
  if (horizontalAxis) return titleXml(text, 1000, lang);
  const bodyPr = hasCjk(text)
    ? '<a:bodyPr rot="0" vert="wordArtVert"/>'
    : '<a:bodyPr rot="-5400000" vert="horz"/>';
  return titleXml(text, 1000, lang, bodyPr);
}

function strRef(ref: string, values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlEscape(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numCache(values: readonly (number | null)[], formatCode: string): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:formatCode>${xmlEscape(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}`;
}

function numRef(ref: string, values: readonly (number | null)[], formatCode: string): string {
  return `<c:numRef><c:f>${xmlEscape(ref)}</c:f><c:numCache>${numCache(values, formatCode)}</c:numCache></c:numRef>`;
}

function solidFill(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
}

function colorOf(hex: string | undefined, i: number): string {
  const h = (hex ?? '').replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? h : PALETTE[i % PALETTE.length];
}

function dataLabels(
  formatCode: string,
  position: 'outEnd' | 'inEnd' | 'bestFit' | null,
  opts: { val: boolean; pct: boolean; cat: boolean },
  color: string | null = null,
): string {
  const fill = color ? solidFill(color) : '';
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlEscape(formatCode)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="${color ? 1 : 0}">${fill}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    (position ? `<c:dLblPos val="${position}"/>` : '') +
    `<c:showLegendKey val="0"/><c:showVal val="${opts.val ? 1 : 0}"/><c:showCatName val="${opts.cat ? 1 : 0}"/>` +
    `<c:showSerName val="0"/><c:showPercent val="${opts.pct ? 1 : 0}"/><c:showBubbleSize val="0"/>` +
    (opts.cat && opts.pct ? '<c:separator>\n</c:separator>' : '') +
    `</c:dLbls>`
  );
}

interface SeriesInput {
  readonly name: string;
  readonly ref: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
}

/** The DrawingML chartSpace for one chart. `index` (0-based) keeps axis ids unique per file. */
export function chartPartXml(placement: ChartPlacement, sheetName: string, index: number): string {
  const spec = placement.chart;
  const lang = hasCjk(spec.title + spec.categories.join('')) ? 'zh-CN' : 'en-US';
  const categories = spec.categories.map((c) => String(c ?? ''));
  const catRef = sheetRef(sheetName, placement.categoriesRange);
  const percent = spec.percentAxis === true;
  const valueFormat = percent ? '0.0%' : 'General';
  const series: SeriesInput[] = spec.series.map((s, i) => ({
    name: s.name,
    ref: sheetRef(
      sheetName,
      placement.seriesRanges[i] ?? placement.seriesRanges[0] ?? placement.categoriesRange,
    ),
    values: categories.map((_, k) => {
      const v = s.values[k];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }),
    color: colorOf(s.color, i),
  }));
  const catXml = `<c:cat>${strRef(catRef, categories)}</c:cat>`;
  const txXml = (name: string) => `<c:tx><c:v>${xmlEscape(name)}</c:v></c:tx>`;
  const catAxId = 50000 + index * 10 + 1;
  const valAxId = 50000 + index * 10 + 2;
  const manyLabels = categories.length > 16 || series.length > 3;

  let plot: string;
  const reference = spec.referenceLine;
  const barDir = spec.type === 'bar' && !reference ? 'bar' : 'col';
  const horizontal = spec.type === 'bar' && barDir === 'bar';
  // Value labels: on every series when there are few bars, on the first series only (the actuals) when
  // there are more, none when even that would crowd. Next to a reference line they go inside the bar
  // end, so the line does not strike through them.
  // Series drawn over each other (the variance chart) hold one value per category: each is labelled.
  const labelled = (i: number) =>
    spec.overlap
      ? categories.length <= 20
      : !manyLabels && (categories.length * series.length <= 12 || (i === 0 && categories.length <= 20));
  const labelPos = spec.type === 'line' ? null : reference ? 'inEnd' : 'outEnd';
  const serXml = series
    .map((s, i) => {
      const labels = labelled(i)
        ? dataLabels(
            valueFormat,
            labelPos,
            { val: true, pct: false, cat: false },
            reference ? 'FFFFFF' : null,
          )
        : '';
      const head = `<c:idx val="${i}"/><c:order val="${i}"/>${txXml(s.name)}`;
      const val = `<c:val>${numRef(s.ref, s.values, valueFormat)}</c:val>`;
      if (spec.type === 'line') {
        return (
          `<c:ser>${head}<c:spPr><a:ln w="28575">${solidFill(s.color)}</a:ln></c:spPr>` +
          `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solidFill(s.color)}</c:spPr></c:marker>` +
          `${labels}${catXml}${val}<c:smooth val="0"/></c:ser>`
        );
      }
      return `<c:ser>${head}<c:spPr>${solidFill(s.color)}</c:spPr><c:invertIfNegative val="0"/>${labels}${catXml}${val}</c:ser>`;
    })
    .join('');
  const axIds = `<c:axId val="${catAxId}"/><c:axId val="${valAxId}"/>`;
  if (spec.type === 'line') {
    plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${serXml}<c:marker val="1"/>${axIds}</c:lineChart>`;
  } else {
    plot =
      `<c:barChart><c:barDir val="${barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${serXml}` +
      `<c:gapWidth val="80"/>${series.length > 1 ? `<c:overlap val="${spec.overlap ? 100 : -10}"/>` : ''}${axIds}</c:barChart>`;
  }
  if (reference && Number.isFinite(reference.value)) {
    const i = series.length;
    const constant = categories.map(() => reference.value);
    plot +=
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${txXml(reference.label)}` +
      `<c:spPr><a:ln w="22225">${solidFill(REFERENCE_COLOR)}<a:prstDash val="dash"/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="none"/></c:marker>${catXml}` +
      `<c:val>${referenceValues(placement, sheetName, constant, valueFormat)}</c:val><c:smooth val="0"/></c:ser>` +
      `<c:marker val="1"/>${axIds}</c:lineChart>`;
  }
  const valTitle = spec.valueAxisTitle ? axisTitleXml(spec.valueAxisTitle, horizontal, lang) : '';
  plot +=
    `<c:catAx><c:axId val="${catAxId}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="${hasNegative(series) ? 'low' : 'nextTo'}"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${categoryLabelPt(categories) * 100}"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>` +
    `<c:crossAx val="${valAxId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAxId}"/><c:scaling><c:orientation val="minMax"/>${minZero(series, reference?.value)}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solidFill('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>${valTitle}` +
    `<c:numFmt formatCode="${percent ? '0%' : 'General'}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${catAxId}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>` +
    `${spec.valueStep ? `<c:majorUnit val="${spec.valueStep}"/>` : ''}</c:valAx>`;

  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(spec.title, 1300, lang)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill('FFFFFF')}<a:ln w="9525">${solidFill('BFBFBF')}</a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

/**
 * The reference line's values: a sheet range when the placement has one more range than the chart has
 * series (LibreOffice draws only series backed by cells), else literal values (drawn by Excel only).
 */
function referenceValues(
  placement: ChartPlacement,
  sheetName: string,
  values: readonly number[],
  formatCode: string,
): string {
  const range = placement.seriesRanges[placement.chart.series.length];
  if (range) return numRef(sheetRef(sheetName, range), values, formatCode);
  return `<c:numLit>${numCache(values, formatCode)}</c:numLit>`;
}

/** True when a bar goes left of (below) zero: the category labels then sit at the axis's far end. */
function hasNegative(series: readonly SeriesInput[]): boolean {
  return series.some((s) => s.values.some((v) => v !== null && v < 0));
}

/** Value axes start at 0 when every value is non-negative (bars must not exaggerate differences). */
function minZero(series: readonly SeriesInput[], reference: number | undefined): string {
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (reference !== undefined) all.push(reference);
  return all.every((v) => v >= 0) ? '<c:min val="0"/>' : '';
}

// ───────────────────────────── drawing part ─────────────────────────────

/**
 * The chart's top and bottom edges sit just inside its first and last rows (EMU; 12700 per point). With
 * edges exactly on row boundaries LibreOffice also draws the chart's border line on the page before a
 * page break that starts at the chart's first row.
 */
const EDGE_INSET = 19_050; // 1.5 pt below the top of the first row
const LAST_ROW_DEPTH = 152_400; // 12 pt into the last row (default rows are 15 pt)

/** Where a chart's corners go: `to` is the 0-based cell the bottom-right corner touches (exclusive end). */
function anchorOf(p: ChartPlacement): {
  from: { row: number; col: number };
  to: { row: number; col: number };
} {
  const from = { row: Math.max(0, Math.floor(p.from.row)), col: Math.max(0, Math.floor(p.from.col)) };
  let to = { row: Math.floor(p.to.row), col: Math.floor(p.to.col) };
  // A `to` that is not below/right of `from` is read as a size in cells.
  if (to.row <= from.row || to.col <= from.col) {
    to = { row: from.row + Math.max(1, Math.abs(p.to.row)), col: from.col + Math.max(1, Math.abs(p.to.col)) };
  }
  return { from, to };
}

function anchorXml(p: ChartPlacement, relId: string, shapeId: number): string {
  const { from, to } = anchorOf(p);
  const name = xmlEscape(p.chart.title || `Chart ${shapeId}`);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>${EDGE_INSET}</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row - 1}</xdr:row><xdr:rowOff>${LAST_ROW_DEPTH}</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A drawing part holding one anchored chart per placement; chart i uses relationship rId(firstChartRelId + i). */
export function drawingPartXml(
  placements: readonly ChartPlacement[],
  firstChartRelId = 1,
  firstShapeId = 2,
): string {
  const anchors = placements
    .map((p, i) => anchorXml(p, `rId${firstChartRelId + i}`, firstShapeId + i))
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`
  );
}

// ───────────────────────────── the parts of one sheet's charts ─────────────────────────────

/** A part of the package: its name and its XML. */
export interface PackagePart {
  readonly name: string;
  readonly xml: string;
}

const RELS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">`;

/**
 * The drawing of a sheet's charts and the charts themselves: `xl/drawings/drawing{drawingNo}.xml` with
 * its relationships, and `xl/charts/chart{firstChartNo + i}.xml` for each placement. `firstIndex` (0-based,
 * counted over the workbook) keeps axis ids unique per file.
 */
export function sheetChartParts(
  sheetName: string,
  placements: readonly ChartPlacement[],
  drawingNo: number,
  firstChartNo: number,
  firstIndex: number,
): PackagePart[] {
  const rels = placements
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${firstChartNo + i}.xml"/>`,
    )
    .join('');
  return [
    { name: `xl/drawings/drawing${drawingNo}.xml`, xml: drawingPartXml(placements) },
    { name: `xl/drawings/_rels/drawing${drawingNo}.xml.rels`, xml: `${RELS_HEAD}${rels}</Relationships>` },
    ...placements.map((p, i) => ({
      name: `xl/charts/chart${firstChartNo + i}.xml`,
      xml: chartPartXml(p, sheetName, firstIndex + i),
    })),
  ];
}
