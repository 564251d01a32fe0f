/**
 * A report title broken into lines as GB/T 9704-2012 asks (7.2.2: "回行时，要做到词意完整，排列对称，长短适宜，
 * 间距恰当，标题排列应当使用梯形或菱形"): never inside a word, and in a symmetric shape — two lines as a
 * trapezoid (the upper line the longer), three or more as a trapezoid or a diamond (the middle longest).
 *
 * Words come from a small longest-match segmenter over the words titles use (年度, 目标任务, 完成情况, 对标,
 * 报告, 季度 …), the period ("2018年度", "2019年第三季度") and the issuing unit: the text before the period, or
 * a name ending in an organisation's suffix (局, 委员会, 协会, 办公室 …). Text that none of these covers is one
 * word as a whole (an unknown name is never cut). Only a word longer than a line is cut: a unit's name after
 * its place (…省, …市, …县, …区), anything else between characters.
 */

/** Words of titles, matched longest first. */
const TITLE_WORDS: readonly string[] = [
  '目标任务',
  '完成情况',
  '对标报告',
  '工作总结',
  '工作报告',
  '工作要点',
  '考核结果',
  '绩效考核',
  '执行情况',
  '进展情况',
  '落实情况',
  '推进情况',
  '重点工作',
  '目标责任',
  '第一季度',
  '第二季度',
  '第三季度',
  '第四季度',
  '前三季度',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '上半年',
  '下半年',
  '年度',
  '季度',
  '月度',
  '全年',
  '半年',
  '目标',
  '任务',
  '完成',
  '情况',
  '对标',
  '报告',
  '工作',
  '总结',
  '考核',
  '指标',
  '进度',
  '关于',
  '分析',
  '评估',
];

/** Suffixes that end an organisation's name, longest first. */
const UNIT_SUFFIXES: readonly string[] = [
  '街道办事处',
  '人民政府',
  '委员会',
  '管委会',
  '联合会',
  '办公室',
  '办事处',
  '协会',
  '学会',
  '中心',
  '集团',
  '公司',
  '政府',
  '局',
  '厅',
  '委',
  '院',
  '所',
  '站',
  '处',
];

/** The period at the head of a title's subject: "2018年度", "2019年第三季度", "2019年1-9月", "2019年". */
const PERIOD =
  /^\d{4}\s*年(度|第[一二三四]季度|[一二三四]季度|前三季度|[上下]半年|\d{1,2}\s*[-－—~至]\s*\d{1,2}\s*月)?/;

/** Whether a unit suffix starts before `at` and ends after it (委 of 委员会, 管委 of 管委会). */
function suffixGoesOn(title: string, at: number): boolean {
  return UNIT_SUFFIXES.some((s) => {
    for (let start = Math.max(0, at - s.length + 1); start <= at; start++) {
      if (title.startsWith(s, start)) return true;
    }
    return false;
  });
}

/** A title's words in order; joined they give the title back exactly. */
export function titleWords(title: string): string[] {
  // The text before the period is the issuing unit: one word.
  const at = title.search(/\d{4}\s*年/);
  if (at > 0 && title.slice(0, at).trim() !== '')
    return [title.slice(0, at), ...subjectWords(title.slice(at))];
  return subjectWords(title);
}

/** Words by longest match; a run of unlisted text is one word, ended by a unit's suffix. */
function subjectWords(title: string): string[] {
  const words: string[] = [];
  let pending = ''; // text not covered by a listed word: one word as a whole
  const flush = () => {
    if (pending !== '') words.push(pending);
    pending = '';
  };
  let i = 0;
  while (i < title.length) {
    const rest = title.slice(i);
    const space = /^\s+/.exec(rest);
    const period = PERIOD.exec(rest);
    const word = space ? space[0] : period ? period[0] : TITLE_WORDS.find((w) => rest.startsWith(w));
    if (word) {
      flush();
      words.push(word);
      i += word.length;
      continue;
    }
    pending += title[i];
    i++;
    // A unit's name ends at its suffix, unless a suffix goes on (委 of 委员会; 政府 then 办公室).
    if (UNIT_SUFFIXES.some((s) => pending.endsWith(s)) && !suffixGoesOn(title, i)) flush();
  }
  flush();
  return words;
}

/** Width of a text in em of the title's font: CJK and full-width characters 1, others 0.5. */
export function titleEm(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(ch) ? 1 : 0.5;
  return w;
}

/** Where a unit's name may be cut when it is longer than a line: after a place or an organisation. */
const NAME_CUT = new RegExp(
  `(自治区|自治州|自治县|省|市|州|盟|县|区|旗|${['', ...'协会 学会 委员会 联合会 人民政府 办公室 局'.split(' ')].join('|').slice(1)})`,
  'g',
);

/** A word longer than a line, cut into pieces that fit: a name after its places and organisations, else by characters. */
function cutLongWord(word: string, maxEm: number): string[] {
  if (titleEm(word) <= maxEm) return [word];
  const pieces = word
    .replace(NAME_CUT, '$1\u0000')
    .split('\u0000')
    .filter((p) => p !== '');
  if (pieces.length > 1) return pieces.flatMap((p) => cutLongWord(p, maxEm));
  const out: string[] = [];
  let line = '';
  for (const ch of word) {
    if (line !== '' && titleEm(line + ch) > maxEm) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * Lines whose widths are a trapezoid (each no longer than the one above) or a diamond (rising to a middle
 * line, then falling, the last line shorter than the longest): never a pyramid (each line longer).
 */
export function isSymmetricShape(widths: readonly number[]): boolean {
  const n = widths.length;
  if (n <= 1) return true;
  let k = 0;
  while (k + 1 < n && widths[k + 1] >= widths[k]) k++;
  for (let j = k; j + 1 < n; j++) if (widths[j + 1] > widths[j]) return false;
  return widths[0] >= widths[n - 1] || widths[k] > widths[n - 1];
}

/** All ways to cut `count` words into `lines` non-empty consecutive groups (start index of each line). */
function* lineStarts(count: number, lines: number, from = 1): Generator<number[]> {
  if (lines === 1) {
    yield [];
    return;
  }
  for (let s = from; s <= count - lines + 1; s++) {
    for (const rest of lineStarts(count, lines - 1, s + 1)) yield [s, ...rest];
  }
}

/** Search bound: titles of more words than this are cut greedily (a title is a line or three, not a page). */
const MAX_WORDS = 40;

/** Search bound: when there are more ways than this to cut the words into n lines, they are cut greedily. */
const MAX_CUTS = 20_000;

/** The number of ways to cut `count` words into `lines` lines (a binomial coefficient), capped past MAX_CUTS. */
function cutCount(count: number, lines: number): number {
  let c = 1;
  for (let k = 1; k < lines; k++) {
    c = (c * (count - k)) / k;
    if (c > MAX_CUTS) return Infinity;
  }
  return c;
}

/**
 * The title's lines: one line when it fits in `maxEm`; else the fewest lines that fit, cut only between
 * words, in a symmetric shape where one exists (then the most even of those), else the most even cut.
 * Spaces at a cut are dropped.
 */
export function titleLines(title: string, maxEm: number): string[] {
  const text = title.trim();
  if (text === '' || titleEm(text) <= maxEm) return text === '' ? [] : [text];
  const words = titleWords(text).flatMap((w) => cutLongWord(w, maxEm));
  if (words.length > MAX_WORDS) return greedyLines(words, maxEm);
  // Shaped first, then the most even (the smallest spread between the longest and shortest line).
  return fewestLines(words, maxEm, 1000);
}

/**
 * The fewest lines no wider than `maxEm`, cut only between words: of those, the most even (the smallest
 * spread between the longest and shortest line), `unshaped` added to the spread of a cut that is neither
 * a trapezoid nor a diamond. Greedy past the search bound.
 */
function fewestLines(words: readonly string[], maxEm: number, unshaped: number): string[] {
  for (let n = 2; n <= words.length; n++) {
    if (cutCount(words.length, n) > MAX_CUTS) break;
    let best: { lines: string[]; score: number } | null = null;
    for (const starts of lineStarts(words.length, n)) {
      const bounds = [0, ...starts, words.length];
      const lines = bounds.slice(0, -1).map((b, k) =>
        words
          .slice(b, bounds[k + 1])
          .join('')
          .trim(),
      );
      const widths = lines.map(titleEm);
      if (lines.some((l) => l === '') || widths.some((w) => w > maxEm)) continue;
      const score = (isSymmetricShape(widths) ? 0 : unshaped) + Math.max(...widths) - Math.min(...widths);
      if (best === null || score < best.score) best = { lines, score };
    }
    if (best) return best.lines;
  }
  return greedyLines(words, maxEm);
}

function greedyLines(words: readonly string[], maxEm: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.trim() !== '' && titleEm(line + w) > maxEm) {
      out.push(line.trim());
      line = '';
    }
    line += w;
  }
  if (line.trim() !== '') out.push(line.trim());
  return out;
}

// ───────────────────────────── table headers ─────────────────────────────

/** Words of table headers (with the title words), matched longest first. */
const HEADER_WORDS: readonly string[] = [
  '序时推进',
  '及以上',
  '百分点',
  '完成率',
  '单位数',
  '指标数',
  '序号',
  '类别',
  '单位',
  '序时',
  '累计',
  '落后',
  '状态',
  '责任',
  '部门',
  '填报',
  '合计',
  '说明',
  '排名',
  '占比',
  '上次',
  '本次',
  '差距',
  '名称',
  '计量',
  '项数',
  ...TITLE_WORDS,
].sort((a, b) => b.length - a.length);

/** A header's words: listed words by longest match, spaces, and runs of other text each whole. */
export function headerWords(header: string): string[] {
  const words: string[] = [];
  let pending = '';
  for (let i = 0; i < header.length;) {
    const rest = header.slice(i);
    const word = /^\s+/.exec(rest)?.[0] ?? HEADER_WORDS.find((w) => rest.startsWith(w));
    if (word) {
      if (pending !== '') words.push(pending);
      pending = '';
      words.push(word);
      i += word.length;
    } else {
      pending += header[i];
      i++;
    }
  }
  if (pending !== '') words.push(pending);
  return words;
}

/** Headers this wide (em) or less stay on one line. */
const HEADER_LINE_EM = 4;

/**
 * A table header's lines, cut only between words: one line when it is short, else the fewest lines no
 * wider than four characters or its longest word, the most even of those.
 */
export function headerLines(header: string): string[] {
  const text = header.trim();
  if (titleEm(text) <= HEADER_LINE_EM) return text === '' ? [] : [text];
  const words = headerWords(text);
  const maxEm = Math.max(HEADER_LINE_EM, ...words.map((w) => titleEm(w.trim())));
  // The most even, an upper line no shorter than the next first.
  return fewestLines(words, maxEm, 0.25);
}
