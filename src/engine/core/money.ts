/**
 * Money and sizes as Chinese tables write them, shared by the grammar, the reader and the language
 * packs (a small module of its own, so that the packs need not load the grammar).
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
