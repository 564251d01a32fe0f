/**
 * The cell styles of a workbook being written: each distinct look (font, fill, border, alignment, number
 * format) gets one cell format, and xl/styles.xml lists them. The looks are the layout's CellStyles in a
 * sheet's font (宋体 for Chinese reports, Calibri otherwise).
 */
import type { CellStyle } from '../../engine';
import { BUILT_IN_FORMAT_IDS } from './numberFormats';
import { escapeXml } from './xml';

/** The first id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;
/** The character set of a Chinese (GB2312) font, which Excel and WPS expect with 宋体. */
const GB2312_CHARSET = 134;

function argb(hex: string | undefined): string | null {
  const h = (hex ?? '').replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? `FF${h}` : null;
}

export class StyleSheet {
  private readonly fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private readonly fills: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  /** Each list's entries by their XML, for sharing. */
  private readonly known = new Map<string[], Map<string, number>>();
  private readonly byLook = new Map<string, number>();

  /** The cell format of a look, made on first use. */
  id(style: CellStyle, fontName: string): number {
    const key = `${fontName}\u0000${JSON.stringify(style)}`;
    const known = this.byLook.get(key);
    if (known !== undefined) return known;
    const fontId = this.part(this.fonts, fontXml(style, fontName));
    const fill = argb(style.fill);
    const fillId = fill
      ? this.part(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor rgb="${fill}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = style.border === 'thin' ? this.part(this.borders, THIN_BORDER) : 0;
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : 0;
    const alignment = alignmentXml(style);
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>');
    const id = this.part(this.xfs, xf);
    this.byLook.set(key, id);
    return id;
  }

  /** The index of an entry in one of the lists, added when new. */
  private part(list: string[], xml: string): number {
    let known = this.known.get(list);
    if (!known) {
      known = new Map(list.map((x, i) => [x, i]));
      this.known.set(list, known);
    }
    const at = known.get(xml);
    if (at !== undefined) return at;
    list.push(xml);
    known.set(xml, list.length - 1);
    return list.length - 1;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMAT_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** xl/styles.xml. */
  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/>' +
      '</styleSheet>'
    );
  }
}

const THIN_SIDE = 'style="thin"><color rgb="FF000000"/>';
const THIN_BORDER =
  `<border><left ${THIN_SIDE}</left><right ${THIN_SIDE}</right>` +
  `<top ${THIN_SIDE}</top><bottom ${THIN_SIDE}</bottom><diagonal/></border>`;

function fontXml(s: CellStyle, fontName: string): string {
  const color = argb(s.fontColor);
  return (
    '<font>' +
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    `<sz val="${s.fontSize ?? 11}"/>` +
    (color ? `<color rgb="${color}"/>` : '') +
    `<name val="${escapeXml(fontName)}"/>` +
    (fontName === '宋体' ? `<charset val="${GB2312_CHARSET}"/>` : '') +
    '</font>'
  );
}

function alignmentXml(s: CellStyle): string {
  if (!s.hAlign && !s.vAlign && !s.wrap) return '';
  const vertical = s.vAlign === 'middle' ? 'center' : s.vAlign;
  return (
    '<alignment' +
    (s.hAlign ? ` horizontal="${s.hAlign}"` : '') +
    (vertical ? ` vertical="${vertical}"` : '') +
    (s.wrap ? ' wrapText="1"' : '') +
    '/>'
  );
}
