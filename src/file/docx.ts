/**
 * Word export of a Report (.docx, with the `docx` package).
 *
 * zh-CN follows GB/T 9704-2012 (党政机关公文格式): A4, margins top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm (text block 156 × 225 mm); 22 lines of 28 characters (document grid with a fixed line pitch
 * 28.95 pt); title 方正小标宋简体 2号 (22 pt) centred; body 仿宋_GB2312 3号 (16 pt) with a first-line indent of
 * two characters; first-level headings 一、 in 黑体, second-level （一） in 楷体_GB2312; tables with thin
 * borders and the header row repeated on every page; the issuing body and date right-aligned at the end;
 * page numbers "— 1 —" in 宋体 4号 (14 pt), odd pages right, even pages left, one character in from the edge.
 * en-US uses a plain business layout: A4, 25 mm margins, Calibri 11 pt, bold headings, centred page numbers.
 *
 * Font names are written as they are; where a font is not installed, the reader's Word (or LibreOffice)
 * substitutes one. Every run carries its fonts and size directly, so text pasted into another document
 * keeps its look.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type IRunOptions,
} from 'docx';
import {
  appendixWords,
  ATTENTION_STATUSES,
  type ChartSpec,
  type Lang,
  type NarrativeBlock,
  type Report,
  type ReportTable,
  REPORT_SHEET_NAME,
  type TableCell as ReportTableCell,
  type TableColumn,
  headerLines,
  numberFormatOf,
  titleLines,
} from '../engine';
import type { Codec } from './core/codec';
import { portableCodec } from './core/portableCodec';
import { repackage } from './core/repackage';
import type { PartWriter } from './core/zip';
import {
  chartParagraphXml,
  withChartContentTypes,
  withChartRelationships,
  wordChartParts,
} from './docxCharts';
import { fontTableXml } from './docxFonts';

/** Millimetres → twentieths of a point (twips), rounded. */
export function mmToTwips(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

/** Points → half-points (w:sz). */
const halfPoints = (pt: number): number => Math.round(pt * 2);

interface FontSet {
  readonly eastAsia: string;
  readonly ascii: string;
}

interface PageSetup {
  readonly margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  readonly grid?: { linePitch: number };
}

interface Look {
  readonly page: PageSetup;
  /** `breakWords`: the title is cut into lines between words, in a symmetric shape (GB/T 9704 7.2.2). */
  readonly title: { font: FontSet; size: number; bold: boolean; line: number; breakWords: boolean };
  readonly subtitle: { font: FontSet; size: number };
  readonly body: {
    font: FontSet;
    size: number;
    line: number;
    lineRule: 'exact' | 'auto';
    firstLine: number;
    /** Character spacing of 16 pt text in twips (negative = condensed), so that 28 characters fill a line. */
    condense: number;
  };
  readonly heading1: { font: FontSet; size: number; bold: boolean; firstLine: number };
  readonly caption: { font: FontSet; size: number; bold: boolean };
  readonly table: {
    font: FontSet;
    headerFont: FontSet;
    size: number;
    line: number;
    headerBold: boolean;
    /** Room left in a cell beyond its estimated text width, in em (more where fonts are often substituted). */
    airEm: number;
  };
  readonly signature: { rightIndent: number };
  readonly pageNumber: { font: FontSet; size: number; dashes: boolean; sideIndent: number };
  readonly eastAsiaLang?: string;
}

const A4 = { width: 11906, height: 16838 } as const;

/** GB/T 9704-2012 line pitch: 225 mm / 22 lines = 28.95 pt. */
export const GBT9704_LINE_TWIPS = 579;

function zhLook(): Look {
  const left = mmToTwips(28);
  const right = mmToTwips(26);
  const fangsong: FontSet = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' };
  const hei: FontSet = { eastAsia: '黑体', ascii: 'Times New Roman' };
  const kai: FontSet = { eastAsia: '楷体_GB2312', ascii: 'Times New Roman' };
  const twoChars = 2 * 16 * 20; // two characters of 16 pt, in twips
  return {
    page: {
      margins: {
        top: mmToTwips(37),
        bottom: mmToTwips(35),
        left,
        right,
        header: mmToTwips(15),
        // The page number's dash sits 7 mm below the text block (35 mm − 7 mm − one 14 pt line).
        footer: mmToTwips(23),
      },
      // 22 lines of 28.95 pt. The 28 characters per line come from the runs' character spacing (below),
      // which Word, WPS and LibreOffice all honour alike; a character grid (linesAndChars with a negative
      // charSpace) is drawn by LibreOffice with every character over two cells.
      grid: { linePitch: GBT9704_LINE_TWIPS },
    },
    title: {
      font: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman' },
      size: 22,
      bold: false,
      line: 700,
      breakWords: true,
    },
    subtitle: { font: kai, size: 16 },
    // 156 mm = 442.2 pt = 28 × 15.79 pt: each character condensed by 0.25 pt (5 twips).
    body: {
      font: fangsong,
      size: 16,
      line: GBT9704_LINE_TWIPS,
      lineRule: 'exact',
      firstLine: twoChars,
      condense: -5,
    },
    heading1: { font: hei, size: 16, bold: false, firstLine: twoChars },
    caption: { font: hei, size: 14, bold: false },
    // 五号 (10.5 pt) so that eleven columns fit in 156 mm.
    table: { font: fangsong, headerFont: hei, size: 10.5, line: 300, headerBold: false, airEm: 0.3 },
    signature: { rightIndent: twoChars },
    pageNumber: { font: { eastAsia: '宋体', ascii: '宋体' }, size: 14, dashes: true, sideIndent: 14 * 20 },
    eastAsiaLang: 'zh-CN',
  };
}

function enLook(): Look {
  const m = mmToTwips(25);
  const calibri: FontSet = { eastAsia: 'Calibri', ascii: 'Calibri' };
  return {
    page: {
      margins: { top: m, bottom: m, left: m, right: m, header: mmToTwips(12.5), footer: mmToTwips(12.5) },
    },
    title: { font: calibri, size: 16, bold: true, line: 240, breakWords: false },
    subtitle: { font: calibri, size: 11 },
    body: { font: calibri, size: 11, line: 264, lineRule: 'auto', firstLine: 0, condense: 0 },
    heading1: { font: calibri, size: 13, bold: true, firstLine: 0 },
    caption: { font: calibri, size: 11, bold: true },
    table: { font: calibri, headerFont: calibri, size: 9, line: 240, headerBold: true, airEm: 0.8 },
    signature: { rightIndent: 0 },
    pageNumber: { font: calibri, size: 10, dashes: false, sideIndent: 0 },
  };
}

function lookFor(lang: Lang): Look {
  return lang === 'zh-CN' ? zhLook() : enLook();
}

function runOptions(font: FontSet, size: number, bold = false, condense = 0): IRunOptions {
  return {
    font: { ascii: font.ascii, hAnsi: font.ascii, eastAsia: font.eastAsia, cs: font.ascii },
    size: halfPoints(size),
    bold,
    ...(condense ? { characterSpacing: condense } : {}),
  };
}

function run(text: string, font: FontSet, size: number, bold = false, condense = 0): TextRun {
  return new TextRun({ ...runOptions(font, size, bold, condense), text });
}

/** Text split into lines; empty lines kept as empty strings. */
function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function lineSpacing(look: Look) {
  return look.body.lineRule === 'exact'
    ? { line: look.body.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 }
    : { line: look.body.line, lineRule: LineRuleType.AUTO, before: 0, after: 120 };
}

/** A heading paragraph (一、 in 黑体 at level 0, （一） in 楷体 at level 1), kept with what follows. */
function headingParagraph(text: string, level: 0 | 1, style: Look['heading1'], look: Look): Paragraph {
  return new Paragraph({
    outlineLevel: level,
    keepNext: true,
    spacing: lineSpacing(look),
    indent: style.firstLine ? { firstLine: style.firstLine } : undefined,
    children: [run(text, style.font, style.size, style.bold, look.body.condense)],
  });
}

/** Width of the portrait text block, in twips. */
function textWidthOf(look: Look): number {
  return A4.width - look.page.margins.left - look.page.margins.right;
}

/** The title's lines: each line of the text, cut between words into a symmetric shape where the look asks. */
function titleTextLines(text: string, look: Look): string[] {
  const maxEm = Math.floor(textWidthOf(look) / (look.title.size * 20));
  return lines(text).flatMap((l) => (look.title.breakWords ? titleLines(l, maxEm) : [l]));
}

function blockParagraphs(block: NarrativeBlock, look: Look): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return titleTextLines(block.text, look).map(
        (t, i, all) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: {
              line: look.title.line,
              lineRule: look.body.lineRule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO,
              before: 0,
              // One empty line under the title (GB/T 9704: 标题下空一行).
              after: i === all.length - 1 ? look.body.line : 0,
            },
            children: [run(t, look.title.font, look.title.size, look.title.bold)],
          }),
      );
    case 'subtitle':
      // Not an element of an official document: the period is in the title, the date after the signature.
      return [];
    case 'heading1':
      return [headingParagraph(block.text, 0, look.heading1, look)];
    case 'paragraph':
      return lines(block.text)
        .filter((t) => t.trim() !== '')
        .map(
          (t) =>
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              spacing: lineSpacing(look),
              indent: look.body.firstLine ? { firstLine: look.body.firstLine } : undefined,
              children: [run(t, look.body.font, look.body.size, false, look.body.condense)],
            }),
        );
    case 'signature':
      return lines(block.text)
        .filter((t) => t.trim() !== '')
        .map(
          (t) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: lineSpacing(look),
              indent: look.signature.rightIndent ? { right: look.signature.rightIndent } : undefined,
              children: [run(t, look.body.font, look.body.size)],
            }),
        );
  }
}

// ───────────────────────────── table cells ─────────────────────────────

const CORES = new Map<string, { core: string; literals: string }>();

/** The first section of an Excel number format, without quoted literals, escapes and [conditions]. */
function formatCore(numFmt: string): { core: string; literals: string } {
  let known = CORES.get(numFmt);
  if (!known) CORES.set(numFmt, (known = readFormatCore(numFmt)));
  return known;
}

/** formatCore, worked out (formatCore keeps each format's once). */
function readFormatCore(numFmt: string): { core: string; literals: string } {
  const first = numFmt.split(';')[0] ?? '';
  let literals = '';
  const core = first
    .replace(/"([^"]*)"/g, (_m, lit: string) => {
      literals += lit;
      return '';
    })
    .replace(/\\(.)/g, (_m, ch: string) => {
      literals += ch;
      return '';
    })
    .replace(/\[[^\]]*\]/g, '');
  return { core, literals };
}

/**
 * A number as the table shows it, after the column's Excel number format where one is given:
 * decimals and grouping from the format, percentages ×100 with %, and 万 for large values when the
 * format writes 万. Without a format: integers as they are, other numbers with up to two decimals.
 */
export function formatTableNumber(
  value: number,
  column: Pick<TableColumn, 'kind' | 'numFmt'>,
  lang: Lang,
): string {
  if (!Number.isFinite(value)) return '—';
  const fmt = column.numFmt ? formatCore(column.numFmt) : null;
  const percent = column.kind === 'percent' || (fmt !== null && fmt.core.includes('%'));
  const decimalsMatch = fmt ? /\.([0#?]+)/.exec(fmt.core) : null;
  const grouping = fmt ? /[#0?],[#0?]/.test(fmt.core) : lang === 'en-US';
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  if (fmt && fmt.literals.includes('万') && Math.abs(value) >= 10000) {
    return `${numberFormatOf(locale, 0, 2, grouping).format(value / 10000)}万`;
  }
  if (percent) {
    const decimals = decimalsMatch ? decimalsMatch[1].length : fmt ? 0 : 1;
    return `${numberFormatOf(locale, decimals, decimals, grouping).format(value * 100)}%`;
  }
  if (fmt) {
    const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
    const minimum = decimalsMatch ? decimalsMatch[1].replace(/[#?]/g, '').length : 0;
    return numberFormatOf(locale, minimum, decimals, grouping).format(value);
  }
  return numberFormatOf(locale, 0, 2, grouping).format(value);
}

/** A table cell as text; `numFmt` is the cell's own format (ReportTable.numFmts), else the column's. */
export function formatTableCell(
  cell: ReportTableCell,
  column: TableColumn,
  lang: Lang,
  numFmt?: string | null,
): string {
  if (cell === null || cell === undefined)
    return column.kind === 'number' || column.kind === 'percent' ? '—' : '';
  if (typeof cell === 'number') {
    if ((column.kind === 'text' || column.kind === 'status') && !numFmt) {
      return Number.isFinite(cell) ? String(cell) : '';
    }
    return formatTableNumber(cell, { kind: column.kind, numFmt: numFmt ?? column.numFmt }, lang);
  }
  return cell;
}

/**
 * Approximate width of a text in em (units of the font size): CJK 1, digits and small letters 0.6, % 0.85,
 * capitals 0.72 — generous, so that a substituted font (Calibri drawn as DejaVu Sans) still fits.
 */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      c === 0x2014 ||
      c >= 0x20000
    )
      w += 1;
    else if (ch === '.' || ch === ',' || ch === ' ' || ch === 'i' || ch === 'l') w += 0.28;
    else if (ch === '%' || ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') w += 0.85;
    else if (ch >= 'A' && ch <= 'Z') w += 0.72;
    else w += 0.6;
  }
  return w;
}

const CELL_MARGIN = 60;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * What of a header must stay on one line: a Chinese header's lines, cut between words (年度目标 whole;
 * 落后序时 / 百分点), written with line breaks; the words of any other header (the cell wraps at spaces).
 */
export function headerPieces(header: string): string[] {
  return CJK.test(header) ? headerLines(header) : header.split(/\s+/);
}

/**
 * Column widths in twips that fill `textWidth`: numbers, percentages and statuses get the width their
 * longest cell needs (so that they never wrap), and an English header word is never split; the text
 * columns (category, indicator, owner) share the rest, as far as possible each on one line.
 */
export function tableColumnWidths(
  columns: readonly TableColumn[],
  cells: readonly (readonly string[])[],
  fontSize: number,
  textWidth: number,
  airEm = 0.5,
): number[] {
  const em = fontSize * 20; // twips
  const air = airEm * em + 2 * CELL_MARGIN;
  // Each column's longest cell, measured once (a loop: a spread of many rows can overflow the stack).
  const longestOf = columns.map((_c, i) => {
    let max = 0;
    for (const row of cells) max = Math.max(max, textEm(row[i] ?? ''));
    return max;
  });
  const longest = (i: number) => longestOf[i];
  const need = columns.map((c, i) => {
    const longestWord = Math.max(0, ...headerPieces(c.header).map(textEm));
    const ems = c.kind === 'text' ? Math.max(2, longestWord) : Math.max(longest(i), longestWord, 2);
    return ems * em + air;
  });
  const fixed = columns.map((c) => c.kind !== 'text');
  const fixedTotal = need.reduce((s, n, i) => s + (fixed[i] ? n : 0), 0);
  // Text columns want their longest cell on one line (at most 20 em) …
  const desired = columns.map((_c, i) =>
    fixed[i] ? 0 : Math.max(need[i], Math.min(20, longest(i)) * em + air),
  );
  const desiredTotal = desired.reduce((a, b) => a + b, 0);
  const rest = textWidth - fixedTotal;
  let widths: number[];
  if (desiredTotal === 0 || rest <= 0) {
    widths = need.slice();
  } else if (desiredTotal <= rest) {
    // … and share what is left over in proportion …
    widths = columns.map((_c, i) =>
      fixed[i] ? need[i] : desired[i] + ((rest - desiredTotal) * desired[i]) / desiredTotal,
    );
  } else {
    // … or, when they cannot all, the short ones (unit, category, owner) keep one line and the longest
    // (the indicator's name) wraps: each in turn, shortest first, gets at most an equal share of what is left.
    widths = need.slice();
    const order = columns
      .map((_c, i) => i)
      .filter((i) => !fixed[i])
      .sort((x, y) => desired[x] - desired[y]);
    let left = rest;
    order.forEach((i, k) => {
      const share = left / (order.length - k);
      widths[i] = Math.max(need[i], Math.min(desired[i], share));
      left -= widths[i];
    });
  }
  // Whatever the sums, the table fills the text block exactly.
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  return widths.map((w) => Math.floor((w * textWidth) / total));
}

/**
 * Rows a table prints in the Word file at most: a longer table prints its first rows, then says where
 * the whole of it is (the report sheet of the workbook, which always holds every row). Keeps the Word
 * file readable and its size and making time bounded whatever the number of indicators.
 */
export const DOCX_TABLE_ROWS = 1000;

/** Text as docx writes it: & " ' < > escaped, control characters dropped. */
function docxText(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) =>
    ch === '&'
      ? '&amp;'
      : ch === '"'
        ? '&quot;'
        : ch === "'"
          ? '&apos;'
          : ch === '<'
            ? '&lt;'
            : ch === '>'
              ? '&gt;'
              : '',
  );
}

/** A table cell's run properties, as docx writes them (fonts, bold, size). */
function runPropertiesXml(font: FontSet, size: number, bold: boolean): string {
  const f = docxText(font.ascii);
  const b = bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  const sz = halfPoints(size);
  return (
    `<w:rPr><w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${docxText(font.eastAsia)}" w:hAnsi="${f}"/>` +
    `${b}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`
  );
}

const THIN_XML = 'w:val="single" w:color="000000" w:sz="4"';
const CELL_MARGINS_XML =
  '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="60"/><w:bottom w:type="dxa" w:w="40"/>' +
  '<w:right w:type="dxa" w:w="60"/></w:tcMar>';

/**
 * A report table as WordprocessingML, written straight into the document part row by row (linear in the
 * rows, nothing held but the row being written): the XML the docx library wrote for the same table —
 * fixed layout filling the text width, thin borders, the header row repeated on every page, rows that do
 * not break across pages, numbers right-aligned, statuses centred, and the status in bold where the row
 * needs attention (a black-and-white copy still shows it).
 */
function writeTableXml(
  table: ReportTable,
  look: Look,
  lang: Lang,
  textWidth: number,
  part: PartWriter,
): void {
  const rows = table.rows.slice(0, DOCX_TABLE_ROWS);
  const texts = rows.map((row, r) =>
    table.columns.map((c, i) => formatTableCell(row[i] ?? null, c, lang, table.numFmts?.[r]?.[i])),
  );
  const widths = tableColumnWidths(table.columns, texts, look.table.size, textWidth, look.table.airEm);
  const spacing = `<w:spacing w:after="0" w:before="0" w:line="${look.table.line}" w:lineRule="exact"/>`;
  const cellHead = widths.map(
    (w) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${CELL_MARGINS_XML}<w:vAlign w:val="center"/></w:tcPr>`,
  );
  const align = (c: TableColumn, header: boolean) =>
    header || c.kind === 'status' ? 'center' : c.kind === 'number' || c.kind === 'percent' ? 'right' : 'left';
  // A Chinese header's lines are kept by explicit breaks, so no word is cut wherever the cell wraps.
  const textXml = (text: string, header: boolean) =>
    (header && CJK.test(text) ? headerLines(text) : [text])
      .map((l) => `<w:t xml:space="preserve">${docxText(l)}</w:t>`)
      .join('<w:br/>');
  const cell = (i: number, text: string, header: boolean, bold: boolean): string =>
    `${cellHead[i]}<w:p><w:pPr>${spacing}<w:jc w:val="${align(table.columns[i], header)}"/></w:pPr><w:r>` +
    runPropertiesXml(header ? look.table.headerFont : look.table.font, look.table.size, bold) +
    `${textXml(text, header)}</w:r></w:p></w:tc>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(
    (b) => `<w:${b} ${THIN_XML}/>`,
  );
  part.write(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/><w:jc w:val="center"/>` +
      `<w:tblBorders>${borders.join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>` +
      table.columns.map((c, i) => cell(i, c.header, true, look.table.headerBold)).join('') +
      '</w:tr>',
  );
  texts.forEach((rowTexts, r) => {
    const status = table.rowStatus?.[r] ?? null;
    const attention = status !== null && ATTENTION_STATUSES.includes(status);
    let xml = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let i = 0; i < rowTexts.length; i++) {
      xml += cell(i, rowTexts[i], false, attention && table.columns[i].kind === 'status');
    }
    part.write(`${xml}</w:tr>`);
  });
  part.write('</w:tbl>');
}

/** Where a table too long for the Word file is printed in full (the report sheet of the workbook). */
export function fullTableNote(rows: number, lang: Lang, workbook?: string): string {
  const n = new Intl.NumberFormat(lang).format(rows);
  const shown = new Intl.NumberFormat(lang).format(DOCX_TABLE_ROWS);
  const sheet = REPORT_SHEET_NAME[lang];
  return lang === 'zh-CN'
    ? `本表共${n}行，此处列出前${shown}行；全部${n}行见对标报告工作簿${workbook ? `“${workbook}”` : ''}的“${sheet}”工作表。`
    : `This table has ${n} rows; the first ${shown} are listed here, and all ${n} are on the sheet "${sheet}" of the report workbook${workbook ? ` "${workbook}"` : ''}.`;
}

function captionParagraph(text: string, look: Look): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: look.body.line / 2, after: 120 },
    children: [run(text, look.caption.font, look.caption.size, look.caption.bold)],
  });
}

function emptyParagraph(look: Look): Paragraph {
  return new Paragraph({ spacing: lineSpacing(look), children: [] });
}

function footer(look: Look, side: 'odd' | 'even'): Footer {
  const pn = look.pageNumber;
  const opts = runOptions(pn.font, pn.size);
  const children = pn.dashes
    ? [
        new TextRun({ ...opts, text: '— ' }),
        new TextRun({ ...opts, children: [PageNumber.CURRENT] }),
        new TextRun({ ...opts, text: ' —' }),
      ]
    : [new TextRun({ ...opts, children: [PageNumber.CURRENT] })];
  const alignment = pn.dashes
    ? side === 'odd'
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT
    : AlignmentType.CENTER;
  const indent = pn.sideIndent
    ? side === 'odd'
      ? { right: pn.sideIndent }
      : { left: pn.sideIndent }
    : undefined;
  return new Footer({ children: [new Paragraph({ alignment, indent, children })] });
}

const NUMBERED = /^(\d+[.、．)）]|[（(]\d+[)）])/;

/**
 * The notes as printed: each numbered "1. …", unless the engine numbered them already (then all stay as
 * they are, its closing unnumbered line too: "另有3条提示见JSON结果。").
 */
export function numberedNotes(notes: readonly string[]): string[] {
  const lines = notes.map((n) => n.replace(/\s*[\r\n]+\s*/g, ' ').trim()).filter((n) => n !== '');
  if (lines.some((l) => NUMBERED.test(l))) return lines;
  return lines.map((l, i) => `${i + 1}. ${l}`);
}

/** A file path in a note (a name with an extension after one or more folders), and its file name. */
const PATH =
  /(?:[A-Za-z]:[\\/]|[\\/]|\.{1,2}[\\/]|[\w.-]+[\\/])(?:[^\s\\/"“”'‘’（）()，。；：,;:<>|]+[\\/])*([^\s\\/"“”'‘’（）()，。；：,;:<>|]+\.[A-Za-z0-9]{2,5})/g;

/** A note as the document prints it: a file named without its folders (a path says nothing to a reader). */
export function withoutFolders(note: string): string {
  return note.replace(PATH, '$1');
}

/** The appendices (附件) after the signature, in order. */
type Appendix = 'tables' | 'charts' | 'notes';

/** The appendices a document has: its tables, its charts, and the data notes when asked for and present. */
function appendicesOf(report: Report, tables: readonly ReportTable[], notes: boolean): Appendix[] {
  const out: Appendix[] = [];
  if (tables.length > 0) out.push('tables');
  if (report.charts.length > 0) out.push('charts');
  if (notes && numberedNotes(report.notes ?? []).length > 0) out.push('notes');
  return out;
}

/** The number of appendix i as labelled: none when there is only one (GB/T 9704 7.3.4). */
function appendixNo(i: number, all: readonly Appendix[]): number | null {
  return all.length === 1 ? null : i + 1;
}

/**
 * The list of appendices under the text (附件说明, GB/T 9704 7.3.4): one empty line below the text, two
 * characters in, "附件：" then the names; a second name lines up under the first.
 */
function appendixListParagraphs(all: readonly Appendix[], look: Look, lang: Lang): Paragraph[] {
  if (all.length === 0) return [];
  const W = appendixWords(lang);
  const name = (i: number) => {
    const no = appendixNo(i, all);
    return no === null ? W[all[i]] : W.listItem(no, W[all[i]]);
  };
  const indent = look.body.firstLine;
  const leadEm = textEm(W.listLead) * look.body.size * 20;
  const para = (text: string, first: boolean) =>
    new Paragraph({
      spacing: lineSpacing(look),
      indent: first ? (indent ? { firstLine: indent } : undefined) : { left: indent + Math.round(leadEm) },
      children: [run(text, look.body.font, look.body.size, false, look.body.condense)],
    });
  return [
    emptyParagraph(look),
    ...all.map((_a, i) => para(i === 0 ? `${W.listLead}${name(i)}` : name(i), i === 0)),
  ];
}

/**
 * The head of an appendix (GB/T 9704 8): "附件" and its number in 黑体 3号 at the top left of the first
 * line, the appendix's title centred on the third line, then one empty line.
 */
function appendixHead(kind: Appendix, no: number | null, look: Look, lang: Lang): Paragraph[] {
  const W = appendixWords(lang);
  return [
    new Paragraph({
      keepNext: true,
      spacing: lineSpacing(look),
      children: [run(W.label(no), look.heading1.font, look.heading1.size, look.heading1.bold)],
    }),
    emptyParagraph(look),
    ...blockParagraphs({ kind: 'title', text: W[kind] }, look),
  ];
}

/** The data notes as an appendix: one paragraph per note, in the body font, files without folders. */
function notesParagraphs(notes: readonly string[], look: Look): Paragraph[] {
  const indent = look.body.firstLine;
  return numberedNotes(notes).map(
    (note) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: lineSpacing(look),
        indent: indent ? { firstLine: indent } : undefined,
        children: [run(withoutFolders(note), look.body.font, look.body.size, false, look.body.condense)],
      }),
  );
}

/**
 * The text: the narrative blocks (no period-and-date line), the list of appendices when there are any,
 * and the issuing body and date (signature blocks) at the end.
 */
function textChildren(report: Report, look: Look, appendices: readonly Appendix[]): Paragraph[] {
  const blocks = report.narrative;
  const out: Paragraph[] = [];
  if (!blocks.some((b) => b.kind === 'title') && report.title.trim() !== '') {
    out.push(...blockParagraphs({ kind: 'title', text: report.title }, look));
  }
  for (const b of blocks) if (b.kind !== 'signature') out.push(...blockParagraphs(b, look));
  out.push(...appendixListParagraphs(appendices, look, report.options.lang));
  const signatures = blocks.filter((b) => b.kind === 'signature');
  if (signatures.length > 0) {
    // GB/T 9704: the issuing body one empty line below the text (or the list of appendices).
    out.push(emptyParagraph(look));
    for (const s of signatures) out.push(...blockParagraphs(s, look));
  }
  if (out.length === 0) out.push(emptyParagraph(look));
  return out;
}

/**
 * The tables the Word document prints, in order: the organisation-wide (consolidated) table and the
 * comparison of units when the report covers several units, then all indicators and those needing
 * attention. Empty tables are left out.
 */
export function docxTables(report: Report): ReportTable[] {
  const t = report.tables;
  return [t.consolidated, t.units, t.indicators, t.attention].filter(
    (x): x is ReportTable => x !== undefined && x.rows.length > 0,
  );
}

/** Stands in the document for table or chart i until its XML replaces it. */
function marker(kind: 'table' | 'chart', i: number): string {
  return `@@target-report-${kind}-${i}@@`;
}

function markerParagraph(kind: 'table' | 'chart', i: number): Paragraph {
  return new Paragraph({ children: [new TextRun(marker(kind, i))] });
}

/**
 * The tables, each under its caption (a stand-in paragraph where the table goes), and after a table
 * longer than the Word file prints, the note saying where the whole table is.
 */
function tableChildren(
  tables: readonly ReportTable[],
  look: Look,
  lang: Lang,
  workbook?: string,
): Paragraph[] {
  const out: Paragraph[] = [];
  tables.forEach((t, i) => {
    if (t.caption.trim() !== '') out.push(captionParagraph(t.caption, look));
    out.push(markerParagraph('table', i));
    if (t.rows.length > DOCX_TABLE_ROWS) {
      out.push(
        new Paragraph({
          spacing: { before: 120, after: 120 },
          children: [run(fullTableNote(t.rows.length, lang, workbook), look.table.font, look.table.size)],
        }),
      );
    }
  });
  return out;
}

/** A section break's own paragraph: as low as a paragraph can be, so it never makes a page of its own. */
const SECTION_BREAK_SPACING = '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>';

/** The document part with each stand-in paragraph (in document order) replaced by its XML. */
function withPlaces(
  xml: string,
  places: readonly { readonly marker: string; readonly write: () => void }[],
  part: PartWriter,
): void {
  let from = 0;
  for (const place of places) {
    const at = xml.indexOf(place.marker, from);
    if (at < 0) throw new Error(`${place.marker} has no place in the document`);
    const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    part.write(xml.slice(from, start));
    place.write();
    // The last paragraph of a section carries the section's properties: kept in a paragraph of its own.
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml.slice(start, end));
    if (sectPr) part.write(`<w:p><w:pPr>${SECTION_BREAK_SPACING}${sectPr[0]}</w:pPr></w:p>`);
    from = end;
  }
  part.write(xml.slice(from));
}

export interface DocxOptions {
  /** The report workbook's file name, for the note under a table too long to print whole. */
  readonly workbook?: string;
  /**
   * How the package is inflated and deflated: Node's zlib from the command line (faster), the portable
   * one (fflate) by default, so the same function runs in a browser's Web Worker.
   */
  readonly codec?: Codec;
  /** Add the data notes as the last appendix (附件：数据说明); without it the document has no data notes. */
  readonly notes?: boolean;
}

/** What goes in the package besides the library's parts: the tables and charts, the font table. */
function finishPackage(
  packed: Uint8Array,
  tables: readonly ReportTable[],
  charts: readonly ChartSpec[],
  look: Look,
  lang: Lang,
  codec: Codec,
): Promise<Uint8Array> {
  const m = look.page.margins;
  const landscapeWidth = A4.height - m.bottom - m.top;
  return repackage(
    packed,
    codec,
    {
      'word/document.xml': (xml, part) =>
        withPlaces(
          xml,
          [
            ...tables.map((t, i) => ({
              marker: marker('table', i),
              write: () => writeTableXml(t, look, lang, landscapeWidth, part),
            })),
            ...charts.map((c, i) => ({
              marker: marker('chart', i),
              write: () => part.write(chartParagraphXml(c, i, textWidthOf(look))),
            })),
          ],
          part,
        ),
      'word/_rels/document.xml.rels': (xml, part) => part.write(withChartRelationships(xml, charts.length)),
      '[Content_Types].xml': (xml, part) => part.write(withChartContentTypes(xml, charts.length)),
      'word/fontTable.xml': (_xml, part) => part.write(fontTableXml()),
    },
    6,
    wordChartParts(charts),
  );
}

/**
 * The report as a .docx file's bytes: the text on portrait pages, ending with the list of appendices and
 * the issuing body and date; then the appendices, each from a new page under its label (附件1 …): the
 * tables on landscape pages (GB/T 9704 allows tables set sideways: the portrait text block turned, page
 * numbers continuing), where eleven columns fit at a readable size; the charts as native Word charts at
 * the width of the text; the data notes when asked for.
 */
export async function buildDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const lang = report.options.lang;
  const look = lookFor(lang);
  const zh = lang === 'zh-CN';
  const footers = () =>
    zh ? { default: footer(look, 'odd'), even: footer(look, 'even') } : { default: footer(look, 'odd') };
  const m = look.page.margins;
  const portrait = { size: { width: A4.width, height: A4.height }, margin: m };
  // Turned clockwise: the binding edge (left) on top.
  const landscape = {
    size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
    margin: {
      top: m.left,
      right: m.top,
      bottom: m.right,
      left: m.bottom,
      header: m.header,
      footer: m.footer,
    },
  };
  const reportTables = docxTables(report);
  const appendices = appendicesOf(report, reportTables, options.notes === true);
  const grid = look.page.grid
    ? { grid: { type: 'lines' as const, linePitch: look.page.grid.linePitch } }
    : {};
  const appendixSection = (kind: Appendix, i: number) => {
    const head = appendixHead(kind, appendixNo(i, appendices), look, lang);
    const body =
      kind === 'tables'
        ? tableChildren(reportTables, look, lang, options.workbook)
        : kind === 'charts'
          ? report.charts.map((_c, k) => markerParagraph('chart', k))
          : notesParagraphs(report.notes ?? [], look);
    return {
      properties: {
        type: SectionType.NEXT_PAGE,
        page: kind === 'tables' ? landscape : portrait,
        ...(kind === 'tables' ? {} : grid),
      },
      footers: footers(),
      children: [...head, ...body],
    };
  };
  const doc = new Document({
    creator: report.options.unitName ?? 'Target Report',
    title: report.title,
    description: zh ? '目标任务完成情况对标报告' : 'Target report',
    evenAndOddHeaderAndFooters: zh,
    styles: {
      // The Normal style carries the body font and size too (LibreOffice measures the grid from it).
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: runOptions(look.body.font, look.body.size) }],
      default: {
        document: {
          run: {
            ...runOptions(look.body.font, look.body.size),
            ...(look.eastAsiaLang ? { language: { value: 'en-US', eastAsia: look.eastAsiaLang } } : {}),
          },
        },
      },
    },
    sections: [
      {
        properties: { page: portrait, ...grid },
        footers: footers(),
        children: textChildren(report, look, appendices),
      },
      ...appendices.map(appendixSection),
    ],
  });
  // The tables go in as XML written straight into the document part (the library's objects for a big
  // table cost minutes and gigabytes); the rest of the package is copied as the library made it.
  const packed = await Packer.pack(doc, 'uint8array');
  return finishPackage(packed, reportTables, report.charts, look, lang, options.codec ?? portableCodec);
}
