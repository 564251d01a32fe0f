/**
 * Grades on a scale the office rates by (an inspectorate's Outstanding … Inadequate, an evaluation's Highly
 * confident … Not confident, 优秀 … 不合格, a credit rating AAA … D): a target that is a grade is met by
 * the same grade or a better one. Plain data and one rule: gradeRanks finds the scale both texts are on.
 */

/** A scale, best grade first; each grade with the words it is written in (lowercase, Simplified). */
type Scale = readonly (readonly string[])[];

const SCALES: readonly Scale[] = [
  // Inspectorates (Ofsted, CQC, HMICFRS): Outstanding, Good, Adequate, Requires improvement (Satisfactory
  // before 2012), Inadequate.
  [['outstanding'], ['good'], ['adequate'], ['requires improvement', 'satisfactory'], ['inadequate']],
  // Six-point scales (Care Inspectorate, Education Scotland) and plain ones: Excellent … Unsatisfactory.
  [
    ['excellent'],
    ['very good'],
    ['good'],
    ['adequate', 'fair'],
    ['weak', 'poor'],
    ['unsatisfactory', 'very poor'],
  ],
  // An external evaluation's confidence (NZQA): Highly confident … Not confident.
  [['highly confident'], ['confident'], ['not yet confident'], ['not confident']],
  // 考核等次 and 评价等级: 优秀, 良好, 合格 (称职, 中等, 及格), 基本合格 (基本称职), 不合格 (不称职, 不及格).
  [
    ['优秀', '优'],
    ['良好', '良'],
    ['合格', '称职', '中等', '中', '及格'],
    ['基本合格', '基本称职'],
    ['不合格', '不称职', '不及格', '差'],
  ],
  [['好'], ['较好'], ['一般'], ['较差'], ['差']],
  // Credit ratings (S&P, Fitch; 信用等级 AAA级).
  [
    'aaa',
    'aa+',
    'aa',
    'aa-',
    'a+',
    'a',
    'a-',
    'bbb+',
    'bbb',
    'bbb-',
    'bb+',
    'bb',
    'bb-',
    'b+',
    'b',
    'b-',
  ].map((g) => [g]),
  // …and Moody's.
  [
    'aaa',
    'aa1',
    'aa2',
    'aa3',
    'a1',
    'a2',
    'a3',
    'baa1',
    'baa2',
    'baa3',
    'ba1',
    'ba2',
    'ba3',
    'b1',
    'b2',
    'b3',
  ].map((g) => [g]),
];

/**
 * Surface-water classes (GB 3838: Ⅰ类 … Ⅴ类, then 劣Ⅴ类), the class a section must reach and the class it
 * measured, as waterClass writes them. A class is the period's own measurement, not a step towards the
 * year's: a dirtier class than the target misses it, whenever in the year.
 */
const WATER: Scale = [['i类'], ['ii类'], ['iii类'], ['iv类'], ['v类'], ['劣v类']];
const ALL_SCALES: readonly Scale[] = [...SCALES, WATER];

/** Letter grades (an energy rating's A … G, a school's A … F): only where the name says it is a grade. */
const LETTERS: Scale = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((g) => [g]);
const GRADE_NAME = /\b(?:rating|grade|graded|rated|classification|band)\b|等级|评级|级别|等次|档次/i;

/** Words around a grade: "rated", "at least", "or better", 评为, 达到, 达到或优于, 以上, 等次, 级. */
const BEFORE =
  /^(?:(?:overall|achieve|achieved|maintain|maintained|retain|retained|receive|received|be|was|is|rated|judged|assessed as|graded|rating of|a rating of|an? |at least|minimum of|minimum)\s*)+|^(?:被?评为|获评|获得|评定为|考核为|考核结果为?|考评|考核|达到或(?:优于|好于)|达到|保持|不低于|至少|确保)+/;
const AFTER =
  /(?:\s*(?:or|and)\s+(?:better|above|higher)|\s*(?:rating|grade|overall))+$|(?:及以上|或以上|以上|等次|等级|档次|级别|级|水平|标准)+$/;

/** A text as the grade it names: lowercase, Simplified, without the words around it. */
function gradeWords(text: string): string {
  let t = text
    .trim()
    .toLowerCase()
    // (a remark in brackets after the grade: Ⅲ(总磷、0.76倍), "Good (2019 inspection)")
    .replace(/(?<=\S)\s*[(（][^()（）]*[)）]$/, '')
    .replace(/[“”"‘’'「」《》【】()（）.。!！]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 3; i++) t = t.replace(BEFORE, '').replace(AFTER, '').trim();
  return waterClass(t);
}

const ROMAN: Readonly<Record<string, string>> = { ⅰ: 'i', ⅱ: 'ii', ⅲ: 'iii', ⅳ: 'iv', ⅴ: 'v' };
const WATER_CLASS = /^(?:地表水|class )?(劣)?\s*([ⅰⅱⅲⅳⅴ]|iv|v|i{1,3})\s*(类)?(?:水质|水体|水|标准)?$/;

/**
 * A water class as one text (Ⅲ类, Ⅲ, III类, Class III, 劣Ⅴ → iii类, 劣v类); any other text as it is. Latin
 * numerals count only with 类 or "class" beside them, or after 劣: a bare "II" may be anything.
 */
function waterClass(t: string): string {
  const m = WATER_CLASS.exec(t);
  if (!m) return t;
  const unicode = ROMAN[m[2]];
  if (!unicode && !m[1] && !m[3] && !t.startsWith('class')) return t;
  return `${m[1] ?? ''}${unicode ?? m[2]}类`;
}

/** The scales a row's grades may be on: letter grades too where its name says it is a rating or grade. */
function scalesFor(name: string): readonly Scale[] {
  return GRADE_NAME.test(name) ? WITH_LETTERS : ALL_SCALES;
}
const WITH_LETTERS: readonly Scale[] = [...ALL_SCALES, LETTERS];

/** A grade's words that are one letter (A, b). */
function isLetter(words: string): boolean {
  return words.length === 1 && /[a-z]/.test(words);
}

function rankIn(scale: Scale, words: string): number {
  return scale.findIndex((grade) => grade.includes(words));
}

/**
 * The ranks of a target and a result on the one scale both are grades of (0 the best), and whether the
 * scale is of the period's own measurement (WATER); null when they are not both grades of one scale (or of
 * two scales that disagree on their order). Texts are given in Simplified characters.
 */
export function gradeRanks(
  target: string,
  result: string,
  name: string,
): { target: number; result: number; ofPeriod: boolean } | null {
  const t = gradeWords(target);
  const r = gradeWords(result);
  if (t === '' || r === '') return null;
  // Two letters alone (A | B) are grades only where the name says so.
  if (!GRADE_NAME.test(name) && isLetter(t) && isLetter(r)) return null;
  const scales = scalesFor(name);
  let found: { target: number; result: number; ofPeriod: boolean } | null = null;
  for (const scale of scales) {
    const a = rankIn(scale, t);
    const b = rankIn(scale, r);
    if (a < 0 || b < 0) continue;
    if (found && Math.sign(b - a) !== Math.sign(found.result - found.target)) return null;
    found ??= { target: a, result: b, ofPeriod: scale === WATER };
  }
  return found;
}

/** Whether a target's text is a grade of a scale (良好以上, "Good or better", AA): judged by gradeRanks. */
export function isGrade(text: string, name: string): boolean {
  const t = gradeWords(text);
  if (t === '') return false;
  if (!GRADE_NAME.test(name) && isLetter(t)) return false;
  return scalesFor(name).some((scale) => rankIn(scale, t) >= 0);
}
