/**
 * Places in a league: a target written as a place (全省前10名, 进入全省前三, 保持第一, "top 10", "Top 200")
 * and a result written as one (第8名, 第5位, 排名第3, 全省第一, "3rd", "ranked 5th of 22"). A place is
 * better lower and is a level, never summed or paced: 第8名 against 前10名 is met whatever the month.
 */
import { toHans } from '../core/hans';
import { normalizeText } from '../core/normalize';
import { countIn } from '../core/quantity';

const CN_DIGITS = '零〇一二两三四五六七八九十百';
const NUMBER = String.raw`(\d+|[${CN_DIGITS}]+)`;

/**
 * A name that says its figure is a place: 营商环境评价排名, 全省位次, 考核名次, "league table position", a place
 * in a published list ("Best Companies position", "Workplace Equality Index position").
 */
const RANK_NAME_ZH = /(排名|排位|位次|名次)/;
const RANK_NAME_EN =
  /\b(rank|ranking|ranked|league (table )?position|position in the league|(?:companies|employers|list|index) position)\b/;
/** "排名前10%的企业数", "位次前移": a count or a move of places, not a place. */
const NOT_A_PLACE = new RegExp(String.raw`(排名|位次)(前|后)\s*${NUMBER}\s*[%％]|前移|提升|上升|进位|前进`);

/** A unit that is a place: 位次, 名次. (名 and 位 alone count people too: 培训500名.) */
const RANK_UNIT = /^(位次|名次|rank|place)$/i;

/** Any of the words' characters, traditional forms included: the quick test before the full one. */
const MAYBE_RANK = /[排位名]|rank|position/i;

export function isRankName(name: string | null | undefined): boolean {
  if (!name || !MAYBE_RANK.test(name)) return false;
  const n = toHans(normalizeText(name));
  if (NOT_A_PLACE.test(n)) return false;
  return RANK_NAME_ZH.test(n) || RANK_NAME_EN.test(n.toLowerCase());
}

export function isRankUnit(unit: string | null | undefined): boolean {
  return !!unit && RANK_UNIT.test(normalizeText(unit).trim());
}

/**
 * 前10名, 全省前十, 进入全省前三位, 保持前五强, 第3名以内: the first N places. Not 前三季度 or 前10个月 (a
 * period), nor 前10% (a share).
 */
const TOP_ZH = new RegExp(
  String.raw`前\s*${NUMBER}\s*(名|位|强|甲)?(?![\d${CN_DIGITS}%％个季月年天日周批次项家])`,
);
const WITHIN_ZH = new RegExp(String.raw`第\s*${NUMBER}\s*(名|位)?\s*(以内|以前|之内)`);
/** 保持第一, 争创全省第一, 第1名: one place. */
const PLACE_ZH = new RegExp(String.raw`第\s*${NUMBER}\s*(名|位)?(?![\d${CN_DIGITS}个季月年天日周批次项])`);
const TOP_EN =
  /\btop\s*-?\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b(?!\s*(%|per\s*cent|percent))/;
const PLACE_EN = /\b(\d+)\s*(st|nd|rd|th)\b(?!\s*(percentile|centile|quartile|decile))/;

/** 全省前10, 进入全省前三, 保持前五, 位居前列: a target naming the first places after a word of standing. */
const STANDING_ZH =
  /(全国|全省|全市|全区|全州|全县|全盟|进入|保持|争创|争取|位居|位列|跻身|稳居|确保)[^，,。；;]{0,12}$/;
/** "in the top 10", "among the top ten", "Top 200 universities": a target naming the first places. */
const IN_THE_TOP = /\b(in|within|among|into|remain in|stay in) the top\b/;

/**
 * The place a target names as the worst one allowed (前10名 → 10, 进入全省前三 → 3, 第3名以内 → 3, "in the
 * top 10" → 10), or null when it names none. `rankName`: the indicator is a place by its name or unit, so
 * a bare 第一 or "top 10" is one too.
 */
export function rankTarget(text: string | null | undefined, rankName: boolean): number | null {
  if (!text) return null;
  const t = toHans(normalizeText(text));
  const lower = t.toLowerCase();
  const within = WITHIN_ZH.exec(t);
  if (within) return countIn(within[1]);
  const top = TOP_ZH.exec(t);
  if (top && (top[2] || rankName || STANDING_ZH.test(t.slice(0, top.index)))) return countIn(top[1]);
  if (rankName || IN_THE_TOP.test(lower)) {
    const m = PLACE_ZH.exec(t) ?? TOP_EN.exec(lower) ?? PLACE_EN.exec(lower);
    if (m) return countIn(m[1]);
  }
  return null;
}

/** A target to climb rather than to reach a place: "Improved NSS ranking", 位次前移, 排名提升, 争先进位. */
const CLIMB = /\b(improv\w*|climb\w*|move up|higher)\b|前移|提升|提高|上升|进位|前进/;

export function isClimbTarget(text: string | null | undefined): boolean {
  return !!text && CLIMB.test(toHans(normalizeText(text)).toLowerCase());
}

const PLACES_ZH = new RegExp(PLACE_ZH.source, 'g');
const PLACES_EN = new RegExp(PLACE_EN.source, 'g');

/**
 * The place a result states and the earlier one it gives beside it ("Ranked 17th … (20th in 2011)", 第5位
 * （上年第8位）), or null unless it gives both.
 */
export function placeAndEarlier(text: string | null | undefined): { place: number; earlier: number } | null {
  if (!text) return null;
  const t = toHans(normalizeText(text));
  const found = [...t.matchAll(PLACES_ZH), ...t.toLowerCase().matchAll(PLACES_EN)]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((m) => countIn(m[1]))
    .filter((n): n is number => n !== null);
  return found.length >= 2 ? { place: found[0], earlier: found[1] } : null;
}

/** The place a result states (第8名, 排名第3, 全省第一, 3rd, a bare 8), or null. */
export function rankResult(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = toHans(normalizeText(text)).trim();
  const m = PLACE_ZH.exec(t) ?? PLACE_EN.exec(t.toLowerCase());
  if (m) return countIn(m[1]);
  const bare = /^(\d+)\s*(名|位)?$/.exec(t);
  return bare ? Number(bare[1]) : null;
}
