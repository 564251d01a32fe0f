/**
 * Text hygiene without words: texts taken from a sheet cleaned for use inside a sentence, and the final
 * punctuation pass over a generated sentence. Nothing here ever leaves "NaN", "undefined", empty brackets
 * or doubled punctuation.
 */

import type { Indicator } from '../model';

const CN_PUNCT = '，。、；：？！）》」』】”’';
/** Two or more punctuation marks in a row (，，  。。  ，。  ,,  ..): the first one is kept. */
const DOUBLED_PUNCT = /([，。、；：？！,.;:!?])[，。、；：？！,.;:!?]+/g;
const SPACE_BEFORE_CN_PUNCT = new RegExp(`\\s+([${CN_PUNCT}])`, 'g');
const EMPTY_BRACKETS = /\(\s*\)|（\s*）|\[\s*\]|【\s*】|“\s*”|"\s*"|「\s*」|《\s*》/g;
const EDGE_PUNCT = /^[\s，。、；：,.;:！？!?）)】\]」』”’》]+|[\s，。、；：,.;:！？!?（(【\[「『“‘《]+$/g;
const FORBIDDEN_WORDS = /^(nan|null|undefined|infinity|-infinity)$/i;

/**
 * A list number opening a text (1. / 2、/ *4. / (3)), not followed by more of a number (3.5万 is a
 * figure): the item's numbering, neither a figure nor part of its name in a sentence.
 */
export const LIST_NUMBER = /^\s*[*★☆]?\s*(?:[(（]\d{1,3}[)）]|\d{1,3}\s*[.、．](?![\d%]))\s*/;

/** A goal's code opening a name: numbers, a point and one letter (1.A % of plans, 3.C Rand value, 1.2.B). */
export const GOAL_CODE = /^\s*\d{1,3}(?:\.\d{1,3})*[.．][A-Za-z](?![A-Za-z])/;

/** A list number in Chinese numerals opening a text: (一) / （二）/ 三、 (not 一般…, 十分…). */
const CN_LIST_NUMBER = /^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*/;

/** A performance form's slot label opening an indicator (指标1：, 指标 2:, 指标1工程完工率 with its colon lost). */
const SLOT_LABEL = /^\s*指标\s*\d{1,2}\s*(?:[:：]\s*|(?=[\u3400-\u9fff]))/;

/**
 * A name without the list number it opens with ("*4.新增技能人才4000人" → "新增技能人才4000人", "(一)就业促进行动" →
 * "就业促进行动", "指标1：工程质量合格" → "工程质量合格").
 */
export function withoutListNumber(name: string): string {
  // A goal's code (1.A, 3.C) names the measure, as the reader keeps it in the label.
  if (GOAL_CODE.test(name)) return name;
  const t = name.replace(LIST_NUMBER, '').replace(CN_LIST_NUMBER, '').replace(SLOT_LABEL, '');
  return t.length >= 2 ? t : name;
}

/**
 * A note's mark in a name: [1], [a], a trailing asterisk (the note itself is below the table). Not a
 * raised figure: m² is a unit.
 */
const NOTE_MARKS = /\s*\[(?:\d{1,2}|[a-z])\](?=\s|$|[,.;:)])|\s*\*+\s*$/g;

/** A name without the marks that point to its notes ("… facilitated [1]" → "… facilitated"). */
export function withoutNoteMarks(name: string): string {
  const t = name.replace(NOTE_MARKS, '').trim();
  return t.length >= 2 ? t : name;
}

/**
 * Cleans a text taken from a sheet (indicator name, unit, owner, category) for use inside a sentence:
 * whitespace collapsed, doubled punctuation collapsed,
 * empty brackets removed, punctuation at either end removed. Returns '' when nothing is left, or when
 * the text is only a placeholder word such as "null" or "NaN".
 */
const CJK_LINE_BREAK = /([\u3400-\u9fff])[ \t\u3000]*(?:\r\n|\r|\n)+[ \t\u3000]*(?=[\u3400-\u9fff])/g;

/**
 * A text with the spaces or line breaks between two Chinese characters closed up (社会效益\n指标, 产 出 指 标 →
 * 社会效益指标, 产出指标): a cell's wrapping or a form's padding, Chinese setting no space between words.
 */
export function closeUpChinese(text: string): string {
  return text.replace(SPACE_IN_CHINESE, '$1');
}
const SPACE_IN_CHINESE = /([\u3400-\u9fff])[\s\u3000]+(?=[\u3400-\u9fff])/g;

export function cleanText(text: string | null | undefined): string {
  if (typeof text !== 'string') return '';
  // Most names hold no punctuation, bracket or odd space: nothing below would change them.
  if (isPlain(text)) return FORBIDDEN_WORDS.test(text) ? '' : text;
  // Whitespace only: the user's full-width punctuation (，（）) stays as written. A line break the cell
  // wrapped between two Chinese characters (数量\n指标) joins them; any other run of spaces is one space.
  let t = text
    .replace(CJK_LINE_BREAK, '$1')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  // Repeat until nothing changes (one pass for ordinary text; nested cases such as "（（））" need more).
  for (let i = 0; i < 3; i++) {
    const next = t
      .replace(EMPTY_BRACKETS, '')
      .replace(DOUBLED_PUNCT, '$1')
      .replace(SPACE_BEFORE_CN_PUNCT, '$1')
      .replace(EDGE_PUNCT, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (next === t) break;
    t = next;
  }
  return FORBIDDEN_WORDS.test(t) ? '' : t;
}

/** Every character the clean-up patterns above look at (brackets, quotes, punctuation). */
const CLEANED_CHARS: ReadonlySet<number> = new Set(
  Array.from('()（）[]【】“”"「」『』《》‘’，。、；：？！,.;:!?', (c) => c.charCodeAt(0)),
);

/** True when cleanText would return the text as it is (FORBIDDEN_WORDS aside). */
function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 0x20) return false;
      continue;
    }
    if (c < 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x1680 && c <= 0x205f)) return false;
    if (CLEANED_CHARS.has(c)) return false;
  }
  return true;
}

/**
 * Final punctuation pass over a generated sentence: doubled punctuation collapsed, no space before
 * Chinese punctuation, no empty brackets.
 */
export function tidySentence(text: string): string {
  return text
    .replace(EMPTY_BRACKETS, '')
    .replace(DOUBLED_PUNCT, '$1')
    .replace(SPACE_BEFORE_CN_PUNCT, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Strips a leading section number from a category label, an "of which" opening a label that lists a
 * part, and a bullet (一、职能目标任务 → 职能目标任务; 其中:川投集团 → 川投集团; 分部门:国税部门 → 国税部门;
 * - Province → Province).
 */
export function cleanCategory(text: string | null): string {
  return cleanText(
    cleanText(text)
      .replace(/^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、)）])\s*/, '')
      .replace(LEAD_IN_LABEL, '')
      .replace(BULLET, ''),
  );
}

/**
 * A label that leads into a part of the row above (其中:川投集团, 分部门:国税部门, 按行业:工业): no part of
 * the name.
 */
export const LEAD_IN_LABEL = /^(?:其中|分部门|按部门|分行业|按行业|分地区|按地区)\s*[:：]\s*/;

/** A bullet opening a label (- Province, • Health); a dash only with a space after it (-5℃ is a figure). */
export const BULLET = /^(?:[-–—]\s+|[•·*]\s*)/;

/**
 * A text someone gave (a sheet name, a column heading, a setting), as a message quotes it: at most `max`
 * characters, a longer one cut and ending in …, so that a message stays one readable line.
 */
export function quotedText(text: string, max = 60): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, 2 * max));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const WIDE = '\\u3000-\\u9fff\\uff00-\\uffef';
const BREAK_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])\\s*[\\r\\n]+\\s*(?=[${WIDE}])`, 'g');
const SPACE_NEXT_TO_WIDE = new RegExp(`(?<=[${WIDE}])\\s+|\\s+(?=[${WIDE}])`, 'g');

/**
 * A heading written over several lines, as one line: a line break between Chinese characters dropped
 * (年度\n指标值 → 年度指标值), any other one a space. `tight` (a heading made an indicator's name) also drops
 * every space beside a Chinese character (城镇新增 就业 → 城镇新增就业) and collapses the rest
 * (Phase I\n(2016-17 to 2018-19) → Phase I (2016-17 to 2018-19)).
 */
export function oneLineHeading(text: string, tight = false): string {
  if (tight) return text.replace(SPACE_NEXT_TO_WIDE, '').replace(/\s+/g, ' ').trim();
  return text.replace(BREAK_BETWEEN_WIDE, '').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A unit typed in brackets in its column ("(days)", "(per cent)", "（万元）") without them; any other as it is. */
export function bareUnit(unit: string): string {
  return unit.replace(BRACKETED_UNIT, '$1').trim();
}
const BRACKETED_UNIT = /^\s*[(（]([^()（）]+)[)）]\s*$/;

/**
 * A label written in both Chinese and English, as Hong Kong and Taiwan write them (上訴要求減刑 - Appeal
 * against sentence; 刑事法援上訴案件 Criminal Legal Aid Appeals): the part in the report's language ('zh' or
 * 'en'); any other label as it is.
 */
export function inLanguage(text: string, lang: 'zh' | 'en'): string {
  const m = BILINGUAL.exec(text);
  if (!m || (m[1].match(/[\u3400-\u9fff]/g)?.length ?? 0) < 2) return text;
  return (lang === 'zh' ? m[1] : m[2]).trim();
}
const BILINGUAL =
  /^([^A-Za-z\u3400-\u9fff]*[\u3400-\u9fff][^A-Za-z]*?)\s*[-–—/|]?\s+([A-Za-z][A-Za-z'’]*(?:[\s,&/-]+[A-Za-z0-9'’().]+)+)$/;

/** An indicator's name as the report shows it: as its cell has it, where reading changed its punctuation. */
export function shownName(ind: Pick<Indicator, 'name' | 'nameAsWritten'>): string {
  return ind.nameAsWritten ?? ind.name;
}
