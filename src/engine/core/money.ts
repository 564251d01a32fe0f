/**
 * Money and sizes as tables write them (Chinese sizes and currency names; English currency codes with
 * their scale), shared by the grammar, the reader and the language packs (a small module of its own, so
 * that the packs need not load the grammar).
 */

/** The powers of ten of the Chinese words for a size before a unit (万元, 亿元, 千元, 百万人). */
export const CHINESE_SIZES: ReadonlyMap<string, number> = new Map([
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
  ['百', 2],
]);

/** A currency's name before its unit (人民币万元, 新臺幣元, 港币亿元): the money the figures are counted in. */
export const CURRENCY_NAME = /^(?:人民币|人民幣|新臺幣|新台币|新台幣|港币|港幣|澳门币|澳門幣|美金)(?=.)/;

/** Currencies by the codes English tables write them with (UShs, KES, ZAR, Rs., USD). */
const CURRENCY_CODE = String.raw`ushs?|ugx|shs|kshs?|kes|tzs|tshs?|rwf|zar|ngn|ghs|inr|rs\.?|usd|gbp|eur|aud|nzd|rmb`;

/**
 * Money counted in thousands, millions or billions by a currency's code (Ushs Thousands, UShs 000's,
 * KES Millions): the code, then which scale it is (group 2 thousands, 3 millions, 4 billions).
 */
export const MONEY_CODE_SCALE = new RegExp(
  String.raw`^(${CURRENCY_CODE})\s*(?:(['’]?000(?:['’]?s)?|k|thousands?)|(millions?|mn|m)|(billions?|bn))$`,
  'i',
);
