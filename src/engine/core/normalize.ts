/**
 * Text normalisation shared by the reader and the number parser:
 * full-width → half-width (ＡＢＣ１２３％ → ABC123%), ideographic space → space, the signs ≧ ≦ that
 * Chinese and Japanese input methods type as ≥ ≤, line breaks and runs of spaces collapsed, trimmed.
 */
import { toHans } from './hans';

export function toHalfWidth(text: string): string {
  let i0 = 0;
  while (i0 < text.length) {
    const code = text.charCodeAt(i0);
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e) || code === 0x2266 || code === 0x2267) break;
    i0++;
  }
  if (i0 === text.length) return text; // nothing full-width: the usual case
  let out = text.slice(0, i0);
  for (let i = i0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x2266 || code === 0x2267) out += code === 0x2266 ? '≤' : '≥';
    else out += text[i];
  }
  return out;
}

/** Half-width, whitespace (including line breaks) collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  if (isNormal(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}

/**
 * True when normalizeText would return the text unchanged: no full-width characters, no whitespace but
 * single inner spaces. Conservative (any character from U+1680 to U+205F, U+00A0 or U+FEFF takes the
 * full path), so it only ever skips work.
 */
function isNormal(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0xa0) continue;
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 0x20) return false;
      continue;
    }
    if (c < 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff) return false;
    if ((c >= 0x1680 && c <= 0x205f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x2266 || c === 0x2267)
      return false;
  }
  return true;
}

/**
 * For matching header names: normalised, in Simplified characters, lower-case, with all spaces and
 * footnote marks (FY 2010-11 *Estimated, Target†) removed, and the underscores of a data feed's names
 * (YTD_TARGET, INDICATOR_NAME) and the word "the" with them.
 */
export function headerKey(text: string): string {
  return toHans(normalizeText(text))
    .toLowerCase()
    .replace(THE_WORD, '')
    .replace(/[\s*†‡_]+/g, '');
}

/** "the" between a heading's words says nothing of its role (% Meeting the Standard, Target for the year). */
const THE_WORD = /\bthe\s+(?=\S)/g;

/** A word without the footnote marks before or after it (¹n/a, Achieved*, Target†). */
export function withoutFootnoteMarks(text: string): string {
  return text.replace(/^[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$/g, '');
}

/**
 * The lines of a heading written in two languages, one under the other (指标名称 over Indicator, Target
 * 2023-24 under 目标): each language's line, Chinese first; null for a heading in one language or on one
 * line (a heading wrapped onto two lines is one heading).
 */
export function languageLines(text: string): string[] | null {
  if (typeof text !== 'string') return null;
  if (!/[\r\n]/.test(text)) return languagesOnOneLine(text);
  const lines = text
    .split(/[\r\n]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const han = lines.filter((l) => hanCount(l) > 0);
  const latin = lines.filter((l) => hanCount(l) === 0 && /[A-Za-z]{2}/.test(l));
  if (han.length === 0 || latin.length === 0 || han.length + latin.length !== lines.length) return null;
  return [han.join(''), latin.join(' ')];
}

/**
 * A heading in two languages on one line, the Chinese and the English apart by a space (服務承諾
 * Performance Pledge, Target 目标): the two, the Chinese first; null for a heading in one language or
 * with the two mixed in its words (单位GDP能耗).
 */
function languagesOnOneLine(text: string): string[] | null {
  // (A heading's length, with letters of both.)
  if (text.length > 80 || !/[A-Za-z]/.test(text) || !/[\u3400-\u9fff]/.test(text)) return null;
  const m = HAN_THEN_LATIN.exec(text.trim()) ?? LATIN_THEN_HAN.exec(text.trim());
  if (!m) return null;
  const han = m.groups!.han.trim();
  const latin = m.groups!.latin.trim();
  return hanCount(han) >= 2 && /[A-Za-z]{2}/.test(latin) ? [han, latin] : null;
}

const HAN_THEN_LATIN =
  /^(?<han>[^A-Za-z\s]*[\u3400-\u9fff][^A-Za-z]*?)\s+(?<latin>[A-Za-z][^\u3400-\u9fff]*?)$/;
const LATIN_THEN_HAN =
  /^(?<latin>[A-Za-z][^\u3400-\u9fff]*?)\s+(?<han>[^A-Za-z\s]*[\u3400-\u9fff][^A-Za-z]*?)$/;

/** How many Chinese characters a text holds. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

const HAN = /[\u3400-\u9fff]/g;
