/**
 * Text normalisation shared by the reader and the number parser:
 * full-width → half-width (ＡＢＣ１２３％ → ABC123%), ideographic space → space,
 * line breaks and runs of spaces collapsed, trimmed.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += text[i];
  }
  return out;
}

/** Half-width, whitespace (including line breaks) collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}

/** For matching header names: normalised, lower-case, with all spaces removed. */
export function headerKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(/\s+/g, '');
}
