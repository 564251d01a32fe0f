/**
 * Chart category labels that stay legible: a label wider than a line ("举办实用技术培训班（商州区科协）") is
 * wrapped onto two lines at a word boundary, the full text kept (only a line break is added, so the
 * chart's data still holds every character). Boundaries, best first: before an opening bracket (the
 * unit after the name), after a comma or an enumeration mark, at a space; then between the words the
 * header segmenter knows; only then between two characters of a Chinese run (never inside a Latin word
 * or a number). Of the cuts of the best kind, the most even one.
 */
import { displayWidth } from '../core/measure';
import type { ChartSpec } from '../model';
import { headerWords } from './titleLines';

/** Labels this wide (display width: CJK characters 2) or less stay on one line. */
export const CHART_LABEL_LINE = 20;

/**
 * Most categories a chart gives two-line labels: a chart no taller than a page (chartHeightRows) has room
 * for two lines per category up to this many; with more, labels keep one line (the chart spans the
 * page's width, so a label of 18 characters still fits beside its bar).
 */
export const TWO_LINE_CATEGORIES = 8;

/** How much worse a cut of a lesser kind counts than an even cut of the best kind (display width). */
const KIND_PENALTY = [0, 6, 12] as const;

/** A cut before code point `at`: the kind of boundary (0 best) and whether a space there is dropped. */
interface Cut {
  readonly at: number;
  readonly kind: 0 | 1 | 2;
  readonly dropSpace: boolean;
}

const OPENING = /[（(〔【[《]/;
const AFTER = /[、，,；;：:]/;
const LATIN = /[A-Za-z0-9.%]/;

/** Every place the label may be cut, with its kind. */
function cuts(chars: readonly string[]): Cut[] {
  const out: Cut[] = [];
  const wordEnds = new Set<number>();
  let n = 0;
  for (const w of headerWords(chars.join(''))) {
    n += [...w].length;
    wordEnds.add(n);
  }
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1];
    const here = chars[i];
    if (/\s/.test(here)) out.push({ at: i, kind: 0, dropSpace: true });
    else if (OPENING.test(here) || AFTER.test(before)) out.push({ at: i, kind: 0, dropSpace: false });
    else if (/\s/.test(before)) continue;
    else if (wordEnds.has(i)) out.push({ at: i, kind: 1, dropSpace: false });
    else if (!(LATIN.test(before) && LATIN.test(here))) out.push({ at: i, kind: 2, dropSpace: false });
  }
  return out;
}

/** A chart category's lines: the label itself when it fits a line, else two lines cut at the best boundary. */
export function chartLabelLines(label: string): string[] {
  if (displayWidth(label) <= CHART_LABEL_LINE) return [label];
  const chars = [...label];
  let best: { lines: string[]; score: number } | null = null;
  for (const c of cuts(chars)) {
    const first = chars.slice(0, c.at).join('').trimEnd();
    const second = chars
      .slice(c.dropSpace ? c.at + 1 : c.at)
      .join('')
      .trimStart();
    if (first === '' || second === '') continue;
    const score = Math.max(displayWidth(first), displayWidth(second)) + KIND_PENALTY[c.kind];
    if (!best || score < best.score) best = { lines: [first, second], score };
  }
  return best ? best.lines : [label];
}

/** A chart category as the chart shows it: its lines joined by a line break. */
export function chartCategoryLabel(label: string): string {
  return chartLabelLines(label).join('\n');
}

/** The category labels' font size in points: 8 when any label is on two lines, so each keeps its room; else 9. */
export function categoryLabelPt(categories: readonly string[]): number {
  return categories.some((c) => String(c ?? '').includes('\n')) ? 8 : 9;
}

/** The widest line of a chart category as chartCategoryLabel writes it. */
export function chartLabelWidth(label: string): number {
  return Math.max(...label.split('\n').map(displayWidth));
}

/**
 * The chart with its categories wrapped for display (chartCategoryLabel) when it has room for two lines
 * per category; series and words unchanged.
 */
export function withLegibleLabels(chart: ChartSpec): ChartSpec {
  if (chart.categories.length > TWO_LINE_CATEGORIES) return chart;
  const categories = chart.categories.map((c) => chartCategoryLabel(String(c ?? '')));
  return categories.every((c, i) => c === chart.categories[i]) ? chart : { ...chart, categories };
}
