/**
 * The language packs, one per language, behind one typed interface (types.ts). Code that writes words
 * takes the pack of the report's language from localeFor; it never compares language codes.
 */
import type { Lang, Period, Status } from '../model';
import { enUS } from './en-US';
import type { AppendixWords, Locale } from './types';
import { zhCN } from './zh-CN';

const LOCALES: Readonly<Record<Lang, Locale>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** The pack of a language (zh-CN, the product's first language, for a code that is none). */
export function localeFor(lang: Lang): Locale {
  return LOCALES[lang] ?? zhCN;
}

/** 已完成 序时推进 进度滞后 严重滞后 未完成 暂无数据 数据有误; Achieved, On track, Behind, At risk, Missed, No data, Invalid. */
export function statusLabel(s: Status, lang: Lang): string {
  const status = localeFor(lang).format.status;
  return status[s] ?? status.invalid;
}

/** 第一季度…第四季度, 1月…12月, 全年; Q1…Q4, January…December, the full year. */
export function periodLabel(p: Period, lang: Lang, yearStart?: number): string {
  return localeFor(lang).format.periodLabel(p, yearStart);
}

/** 0.8333 → "83.3%" in the language's way of writing it. */
export function formatPercent(ratio: number, lang: Lang): string {
  return localeFor(lang).format.percent(ratio);
}

/** A difference of two ratios in percentage points: 0.167 → "16.7个百分点" / "16.7 percentage points". */
export function formatPoints(diff: number, lang: Lang): string {
  return localeFor(lang).format.points(diff);
}

/** 甲、乙和丙 / "a, b and c"; two items: 甲和乙 / "a and b"; one item: itself; empty items dropped. */
export function joinList(items: readonly string[], lang: Lang): string {
  return localeFor(lang).format.list(items);
}

/** The words of the Word document's appendices (附件) in a language. */
export function appendixWords(lang: Lang): AppendixWords {
  return localeFor(lang).report.appendix;
}

export { namedYear } from './common';
