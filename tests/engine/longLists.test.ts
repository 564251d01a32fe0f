/**
 * Big inputs: the narrative cuts long lists (the tables keep every indicator), and the fast paths for
 * number clean-up and formatting give exactly what the slow paths gave.
 */
import fc from 'fast-check';
import type { CellValue, Grid, Lang } from '../../src/engine/model';
import { cleanNumber, cleanValue, roundSignificant } from '../../src/engine/core/numbers';
import { runCheck } from '../../src/engine/pipeline';
import { localeFor } from '../../src/engine/locale';
import { pointDecimals } from '../../src/engine/locale/common';
import {
  CATEGORY_SECTION_LIMIT,
  GROUP_LIST_LIMIT,
  NAME_LIST_LIMIT,
  PROBLEM_LIST_LIMIT,
} from '../../src/engine/report/narrative';

const formatNumber = (v: number, lang: Lang): string => localeFor(lang).format.number(v);
const formatPercent = (r: number, lang: Lang, digits?: number): string =>
  localeFor(lang).format.percent(r, digits);
const formatPoints = (d: number, lang: Lang): string => localeFor(lang).format.points(d);

const HEADER = ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'];

/** One sheet: `behind` indicators behind pace, `achieved` achieved, `noData` without data, one category. */
function sheet(behind: number, achieved: number, noData = 0, category: string | null = null): Grid {
  const rows: CellValue[][] = [HEADER];
  if (category) rows.push(['（一）', category]);
  let n = 0;
  for (let i = 0; i < behind; i++)
    rows.push([String(++n), `滞后指标${n}`, '场次', 1000, 100 + i, null, null, null]);
  for (let i = 0; i < achieved; i++)
    rows.push([String(++n), `完成指标${n}`, '场次', 100, 60, 50, null, null]);
  for (let i = 0; i < noData; i++)
    rows.push([String(++n), `无数据指标${n}`, '场次', 100, null, null, null, null]);
  return { name: '表1', originRow: 1, originCol: 1, values: rows, merges: [] };
}

function narrativeText(grid: Grid, lang: 'zh-CN' | 'en-US' = 'zh-CN'): string[] {
  const { report } = runCheck({
    sources: [{ grid }],
    lang,
    period: { kind: 'quarter', quarter: 1 },
    date: '2026-04-08',
  });
  return report.narrative.map((b) => b.text);
}

describe('long lists in the narrative', () => {
  test('the problems section describes the first PROBLEM_LIST_LIMIT, then says where the others are', () => {
    const grid = sheet(PROBLEM_LIST_LIMIT + 7, 0);
    const text = narrativeText(grid);
    const intro = text.findIndex((t) => t.includes(`有${PROBLEM_LIST_LIMIT + 7}项目标任务进度滞后或未完成`));
    expect(intro).toBeGreaterThan(0);
    const items = text.slice(intro + 1).filter((t) => /^（[一二三四五六七八九十百]+）/.test(t));
    expect(items).toHaveLength(PROBLEM_LIST_LIMIT);
    expect(text).toContain('其余7项见需关注的目标任务表。');
    // The attention table still lists every one.
    const { report } = runCheck({
      sources: [{ grid }],
      lang: 'zh-CN',
      period: { kind: 'quarter', quarter: 1 },
      date: '2026-04-08',
    });
    expect(report.tables.attention.rows).toHaveLength(PROBLEM_LIST_LIMIT + 7);
  });

  test('CATEGORY_SECTION_LIMIT categories get a section each; the others one paragraph with their counts', () => {
    /** `n` categories of one indicator each; every third on pace, the others far behind. */
    const categories = (n: number): Grid => {
      const rows: CellValue[][] = [HEADER];
      for (let i = 1; i <= n; i++) {
        rows.push([`${i}、类别${i}`]);
        rows.push([
          String(i),
          `指标${i}`,
          '场次',
          i % 3 === 0 ? 100 : 1000,
          i % 3 === 0 ? 60 : 100,
          null,
          null,
          null,
        ]);
      }
      return { name: '表1', originRow: 1, originCol: 1, values: rows, merges: [] };
    };
    const n = CATEGORY_SECTION_LIMIT + 30;
    const zh = narrativeText(categories(n));
    const sections = zh.filter((t) => /^[一二三四五六七八九十百零]+、类别\d+任务完成情况$/.test(t));
    expect(sections).toHaveLength(CATEGORY_SECTION_LIMIT);
    expect(sections.at(-1)).toContain(`类别${CATEGORY_SECTION_LIMIT}任务`);
    // Categories 101 to 130: 10 achieved (every third) on pace, 20 far behind.
    const rest = zh.findIndex((t) => t.endsWith('其他类别目标任务完成情况'));
    expect(rest).toBeGreaterThan(0);
    expect(zh[rest + 1]).toBe(
      '其余30个类别共有目标任务30项，其中序时推进10项，严重滞后20项，逐项情况见目标任务完成情况表。',
    );
    const en = narrativeText(categories(n), 'en-US');
    expect(en).toContain(
      'The other 30 categories cover 30 targets: 10 on track and 20 at risk; each target is in the table of indicators.',
    );
    // At the limit, every category has its section.
    expect(narrativeText(categories(CATEGORY_SECTION_LIMIT)).join('\n')).not.toContain('其他类别');
  });

  test('at the limit nothing is cut', () => {
    const text = narrativeText(sheet(PROBLEM_LIST_LIMIT, 0)).join('\n');
    expect(text).not.toMatch(/其余\d+项见需关注/);
  });

  test('a status group in a category names GROUP_LIST_LIMIT indicators, then the rest by number', () => {
    const text = narrativeText(sheet(0, GROUP_LIST_LIMIT + 3, 0, '科普工作')).join('\n');
    const group = text.split('\n').find((t) => t.includes(`的有${GROUP_LIST_LIMIT + 3}项：`));
    expect(group).toBeDefined();
    expect(group).toContain('其余3项见目标任务完成情况表。');
    expect((group ?? '').split('；')).toHaveLength(GROUP_LIST_LIMIT + 1);
    expect(group).toContain(`完成指标${GROUP_LIST_LIMIT}`);
    expect(group).not.toContain(`完成指标${GROUP_LIST_LIMIT + 1}完成`);
  });

  test('a list of names stops after NAME_LIST_LIMIT with 等N项 / and N more', () => {
    const zh = narrativeText(sheet(1, 0, NAME_LIST_LIMIT + 5)).join('\n');
    expect(zh).toContain(`等${NAME_LIST_LIMIT + 5}项暂无数据`);
    expect(zh).not.toContain(`无数据指标${NAME_LIST_LIMIT + 2}、`);
    const en = narrativeText(sheet(1, 0, NAME_LIST_LIMIT + 5), 'en-US').join('\n');
    expect(en).toContain('and 5 more');
  });
});

describe('fast paths give exactly what the slow paths gave', () => {
  const doubles = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
    fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e4 })).map(([a, b]) => a / b),
  );

  test('roundSignificant(x, d) is Number(x.toPrecision(d))', () => {
    fc.assert(
      fc.property(doubles, fc.constantFrom(12, 15), (x, d) => {
        expect(Object.is(roundSignificant(x, d), Number(x.toPrecision(d))) || x === 0).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(cleanNumber(0.1 + 0.2)).toBe(0.3);
    expect(roundSignificant(0.7999999999999999, 12)).toBe(0.8);
  });

  const intl = (v: number, min: number, max: number, grouping: boolean): string => {
    const s = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
    }).format(v);
    return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
  };

  test('numbers, percentages and points read as Intl.NumberFormat writes them', () => {
    fc.assert(
      fc.property(doubles, (x) => {
        // From 10^15 on a figure is written with the 12 significant digits shown, never float noise.
        const shown = (v: number) => (Math.abs(v) < 1e15 ? v : cleanValue(v));
        expect(formatNumber(x, 'en-US')).toBe(intl(shown(x), 0, 2, true));
        // A ratio whose percentage overflows is written as a dash, as any figure that is no number.
        const dash = formatNumber(Number.NaN, 'en-US');
        const inPercent = Number.isFinite(x * 100);
        expect(formatPercent(x, 'zh-CN')).toBe(inPercent ? `${intl(shown(x * 100), 1, 1, false)}%` : dash);
        // Points take the decimals a small difference needs not to be shown as none (0.03, not 0.0).
        expect(formatPoints(x, 'en-US')).toBe(
          inPercent ? `${intl(shown(x * 100), 1, pointDecimals(x * 100), true)} percentage points` : dash,
        );
      }),
      { numRuns: 20000 },
    );
    // Intl rounds the shortest decimal form: 1.005 → 1.01 (toFixed would give 1.00).
    expect(formatNumber(1.005, 'en-US')).toBe('1.01');
    expect(formatNumber(-0.004, 'en-US')).toBe('0');
    expect(formatNumber(999.995, 'en-US')).toBe('1,000');
  });
});
