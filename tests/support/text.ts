/**
 * The one "no junk in text" check for every test of generated text: no placeholder of a missing value
 * (NaN, undefined, null, Infinity, [object …]) and no mark of a sentence put together from missing parts
 * (empty brackets or quotes, doubled punctuation, a space before Chinese punctuation, an empty text, a
 * space at either end). `dash`: the no-value dash "—" counts as junk too (for texts that must always have a
 * value). `marks: false` checks only the placeholder words (for texts that hold a user's cell as written).
 */

/** As JavaScript writes a missing value into a string (so Excel's #NULL! is no junk). */
const JUNK_WORDS: readonly [string, RegExp][] = [
  ['NaN', /NaN/],
  ['undefined', /undefined/],
  ['null', /\bnull\b/],
  ['Infinity', /Infinity/],
  ['[object …]', /\[object /],
];

const JUNK_MARKS: readonly [string, RegExp][] = [
  ['empty brackets', /\(\s*\)|（\s*）|\[\s*\]|【\s*】|“\s*”|"\s*"/],
  ['doubled punctuation', /[，。、；：,;:！？!?][，。、；：,;:！？!?.]|\.\./],
  ['space before Chinese punctuation', /\s[，。、；：？！）”]/],
];

export interface JunkOptions {
  /** The no-value dash "—" is junk too. */
  readonly dash?: boolean;
  /** Check the marks of a sentence (default) or only the placeholder words. */
  readonly marks?: boolean;
}

/** What is wrong with a text, one line each ("NaN: …"); empty when it is clean. */
export function junkIn(text: string, options: JunkOptions = {}): string[] {
  const checks = [...JUNK_WORDS, ...(options.marks === false ? [] : JUNK_MARKS)];
  if (options.dash) checks.push(['no-value dash', /—/]);
  const found = checks.filter(([, re]) => re.test(text)).map(([what]) => `${what}: ${text}`);
  if (options.marks !== false) {
    if (text.trim() === '') found.push('empty text');
    // (A paragraph may start with the two ideographic spaces of a Chinese indent.)
    else if (/^[ \t\r\n]|\s$/.test(text)) found.push(`untrimmed: ${text}`);
  }
  return found;
}

/** Fails the test with what is wrong when a text holds junk. */
export function expectNoJunk(text: string, options: JunkOptions = {}): void {
  expect(junkIn(text, options)).toEqual([]);
}
