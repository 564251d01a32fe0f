import fc from 'fast-check';
import {
  headerLines,
  isSymmetricShape,
  titleEm,
  titleLines,
  titleWords,
} from '../../src/engine/layout/titleLines';

/** Words a cut must never fall inside. */
const LISTED = ['年度', '目标任务', '完成情况', '对标', '报告', '季度', '第三季度', '上半年'];
const UNITS = [
  '商洛市科学技术协会',
  '商洛市财政局',
  '陕西省发展和改革委员会',
  '商州区人民政府办公室',
  '镇安县科学技术协会',
  '商洛市科协',
];
const PERIODS = ['2018年度', '2019年第三季度', '2020年上半年', '2021年'];
const SUBJECTS = ['目标任务完成情况对标报告', '目标任务完成情况', '年度目标对标报告', '重点工作推进情况报告'];

/** Offsets (in the joined text) where the lines were cut. */
function cutOffsets(lines: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const l of lines.slice(0, -1)) {
    at += l.length;
    out.push(at);
  }
  return out;
}

/** Whether offset `at` of `text` falls strictly inside an occurrence of `word`. */
function insideWord(text: string, at: number, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i < at && at < i + word.length) return true;
  }
  return false;
}

describe('title words', () => {
  test('the unit, the period and the subject words come out whole, and join back to the title', () => {
    const t = '商洛市科学技术协会2018年度目标任务完成情况对标报告';
    expect(titleWords(t)).toEqual(['商洛市科学技术协会', '2018年度', '目标任务', '完成情况', '对标报告']);
    expect(titleWords('陕西省发展和改革委员会2019年第三季度目标任务完成情况')).toEqual([
      '陕西省发展和改革委员会',
      '2019年第三季度',
      '目标任务',
      '完成情况',
    ]);
    // An unlisted name stays whole.
    expect(titleWords('商洛市科协2018年度报告')).toEqual(['商洛市科协', '2018年度', '报告']);
  });
});

describe('title lines (GB/T 9704-2012 7.2.2)', () => {
  test('a short title stays on one line', () => {
    expect(titleLines('2018年度对标报告', 20)).toEqual(['2018年度对标报告']);
  });

  test('the sample title breaks at a word into a trapezoid, the upper line longer', () => {
    const lines = titleLines('商洛市科学技术协会2018年度目标任务完成情况对标报告', 20);
    expect(lines).toEqual(['商洛市科学技术协会2018年度', '目标任务完成情况对标报告']);
    expect(titleEm(lines[0])).toBeGreaterThanOrEqual(titleEm(lines[1]));
  });

  test('a long unit name is cut after its place only when it is longer than a line', () => {
    const lines = titleLines(
      '陕西省商洛市镇安县科学技术协会农村专业技术协会联合会2018年度目标任务完成情况',
      14,
    );
    for (const l of lines) expect(titleEm(l)).toBeLessThanOrEqual(14);
    expect(lines.join('')).toBe(
      '陕西省商洛市镇安县科学技术协会农村专业技术协会联合会2018年度目标任务完成情况',
    );
    expect(lines.some((l) => l.endsWith('省') || l.endsWith('会'))).toBe(true);
  });

  test('shapes: trapezoid or diamond, never a pyramid', () => {
    expect(isSymmetricShape([13, 12])).toBe(true);
    expect(isSymmetricShape([12, 13])).toBe(false);
    expect(isSymmetricShape([12, 14, 10])).toBe(true);
    expect(isSymmetricShape([14, 12, 10])).toBe(true);
    expect(isSymmetricShape([10, 12, 14])).toBe(false);
    expect(isSymmetricShape([12, 10, 12])).toBe(false);
  });

  test('property: no cut inside a listed word or a unit name, lines fit, shaped whenever a shape exists', () => {
    const title = fc.tuple(
      fc.constantFrom(...UNITS),
      fc.constantFrom(...PERIODS),
      fc.constantFrom(...SUBJECTS),
    );
    fc.assert(
      fc.property(title, fc.integer({ min: 9, max: 22 }), ([unit, period, subject], maxEm) => {
        const text = unit + period + subject;
        const lines = titleLines(text, maxEm);
        expect(lines.join('')).toBe(text);
        const words = titleWords(text);
        const longest = Math.max(...words.map(titleEm));
        if (longest <= maxEm) {
          for (const l of lines) expect(titleEm(l)).toBeLessThanOrEqual(maxEm);
          for (const at of cutOffsets(lines)) {
            for (const w of [...LISTED, unit, period]) expect(insideWord(text, at, w)).toBe(false);
          }
          // Shaped whenever some cut between words into as many lines is shaped (checked by brute force).
          if (!isSymmetricShape(lines.map(titleEm)))
            expect(anyShapedCut(words, lines.length, maxEm)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Whether any cut of `words` into `n` lines that fit is shaped (the oracle of the property). */
function anyShapedCut(words: readonly string[], n: number, maxEm: number): boolean {
  const go = (from: number, left: number, widths: number[]): boolean => {
    if (left === 1) {
      const w = titleEm(words.slice(from).join(''));
      return w <= maxEm && isSymmetricShape([...widths, w]);
    }
    for (let to = from + 1; to <= words.length - left + 1; to++) {
      const w = titleEm(words.slice(from, to).join(''));
      if (w <= maxEm && go(to, left - 1, [...widths, w])) return true;
    }
    return false;
  };
  return go(0, n, []);
}

describe('table header lines', () => {
  test('short headers stay whole; longer ones are cut between words only', () => {
    expect(headerLines('年度目标')).toEqual(['年度目标']);
    expect(headerLines('责任部门')).toEqual(['责任部门']);
    expect(headerLines('落后序时百分点')).toEqual(['落后序时', '百分点']);
    expect(headerLines('年度目标合计')).toEqual(['年度目标', '合计']);
    expect(headerLines('序时推进及以上占比')).toEqual(['序时推进', '及以上', '占比']);
  });

  test('property: joined back they give the header, and no cut falls inside a header word', () => {
    const words = [
      '年度',
      '目标',
      '序时',
      '累计',
      '完成',
      '完成率',
      '落后',
      '百分点',
      '责任',
      '部门',
      '合计',
      '占比',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), (parts) => {
        const header = parts.join('');
        const lines = headerLines(header);
        expect(lines.join('')).toBe(header);
        const widest = Math.max(4, ...parts.map(titleEm));
        for (const l of lines) expect(titleEm(l)).toBeLessThanOrEqual(widest);
        for (const at of cutOffsets(lines))
          for (const w of ['完成率', '百分点']) expect(insideWord(header, at, w)).toBe(false);
      }),
    );
  });
});
