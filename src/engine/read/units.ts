/**
 * The unit a row's figures are in, from what the sheet writes: a heading's bracket (年度目标（亿元）,
 * Target (km)), a name's (城镇新增就业(人)) or a unit cell that names the measure before its unit (Budget
 * (Rm), Plan (MW)).
 */
import { isMeasureUnitList } from '../core/grammar';
import { CHINESE_SIZES, MONEY_CODE_SCALE } from '../core/money';
import { memo } from '../core/memo';

/**
 * A heading's bracket as the rows' unit, when it is one (亿元, %, km, $000, (in MW) → mw, working days);
 * a note in its place (year to date, provisional, budget year, or date expected, minimum) is none.
 */
export function headingUnit(bracket: string | null): string | null {
  // A note's mark is no unit (Result(b), Target (ii)).
  if (bracket === null || FOOTNOTE_MARK.test(bracket)) return null;
  const inUnit = /^in(?=[a-z$£€¥])(.+)$/.exec(bracket);
  if (inUnit && isUnitLike(inUnit[1])) return inUnit[1];
  return isUnitLike(bracket) ? bracket : null;
}

/** A note's mark in brackets: a letter from a to f, or a small Roman numeral. */
const FOOTNOTE_MARK = /^(?:[a-f]|i{1,3}|iv|vi{0,3}|ix|x)$/;

/** A heading key (lower case, no spaces) that is a unit: one the grammar knows, a scaled one, or a short code (kms, mva, rs.cr.). */
function isUnitLike(u: string): boolean {
  return (
    u === '%' ||
    u === '‰' ||
    isMeasureUnitList(u) ||
    unitPower(u) !== null ||
    /^[a-z]{1,4}$/.test(u) ||
    /^(?=.*[.$£€¥'’])[a-z.$£€¥'’]{1,8}$/.test(u)
  );
}

/**
 * The unit a caption's 单位 line names for the whole table, when it names one unit of measure (万元,
 * 新臺幣元, 千元, %, £000, $ million), or one beside per cent (单位：亿元、%: the amounts' unit; the rows of
 * shares are told by their own figures); null for several (单位：个、亿元, each row's own) or for an office.
 */
export function captionUnit(text: string): string | null {
  const t = text.trim();
  // One unit of two (微克/立方米, 吨标准煤/万元): a rate, not a list.
  if (/^[^、,，;；/\s]+\/[^、,，;；/\s]+$/.test(t) && isMeasureUnitList(t)) return t;
  if (/[、,，;；/]/.test(t)) {
    const parts = t.split(/\s*[、,，;；/]\s*/).filter((p) => p !== '');
    if (!parts.every((p) => oneCaptionUnit(p) !== null)) return null;
    const amounts = parts.filter((p) => p !== '%' && p !== '％');
    return amounts.length === 1 && parts.length > 1 ? amounts[0] : null;
  }
  return oneCaptionUnit(t);
}

/** The one unit of money in a 单位 line of several units (单位：个、亿元 → 亿元; 单位：万元、万人 → none). */
export function moneyInUnits(text: string): string | null {
  const parts = text
    .trim()
    .split(/\s*[、,，;；/]\s*/)
    .filter((p) => p !== '');
  if (parts.length < 2 || !parts.every((p) => oneCaptionUnit(p) !== null)) return null;
  const money = parts.filter((p) => /元$|^[£$€¥]/.test(p) || isMoneyScale(p));
  return money.length === 1 ? money[0] : null;
}

function oneCaptionUnit(t: string): string | null {
  if (isMeasureUnitList(t)) return t;
  return isMoneyScale(t) ? t : null;
}

/**
 * Money counted in thousands, millions or billions by a currency's sign (£000, $ million, US$m, R'000), or the
 * scale before the currency's name (Billion Shillings); by its code, see MONEY_CODE_SCALE.
 */
const MONEY_SCALE =
  /^(?:[£$€¥₹₦]|us\$|hk\$|n\$|r)\s*(?:000|['’]000|000['’]?s|['’]000s|k|m|mn|million|millions|bn|billion|billions|thousands?)$|^(?:thousands?|millions?|billions?)\s+(?:of\s+)?(?:shillings|rupees|rand|naira|cedis|pounds|dollars|euros|kwacha|pesos)$/i;

/** Whether a text names money counted in thousands, millions or billions (£000, Ushs Thousands, KES Millions). */
export function isMoneyScale(text: string): boolean {
  const t = text.trim();
  return MONEY_SCALE.test(t) || MONEY_CODE_SCALE.test(t);
}

/** A text's closing bracket holding money in thousands or millions (… (UShs Billion)): it, and the words before it. */
export function closingMoney(text: string): { readonly money: string; readonly before: string } | null {
  const m = /^(.*?)\s*[(（]\s*([^()（）]{2,24}?)\s*[)）]\s*$/.exec(text);
  return m && isMoneyScale(m[2]) ? { money: m[2], before: m[1] } : null;
}

/** A unit's size and what it counts: 亿元 → 8 of 元, 万人 → 4 of 人, £m → 6 of £, "$000" → 3 of $. */
export function unitPower(unit: string): { base: string; power: number } | null {
  const u = unit.replace(/\s/g, '');
  const zh = /^(万亿|千万|百万|十万|亿|万|千|百)(.+)$/.exec(u);
  if (zh)
    return {
      base: zh[2],
      power: CHINESE_SIZES.get(zh[1])!,
    };
  const en = /^([£$€¥]|usd|gbp|aud|nzd|eur|rmb)(k|000|'000|m|mn|million|bn|billion|thousands?)$/i.exec(u);
  if (en) {
    const k = en[2].toLowerCase();
    return { base: en[1].toLowerCase(), power: k.startsWith('b') ? 9 : k.startsWith('m') ? 6 : 3 };
  }
  return /^[\p{L}£$€¥]{1,3}$/u.test(u) ? { base: u.toLowerCase(), power: 0 } : null;
}

/**
 * A unit cell as written, or the unit in its brackets after a word of what the figure is (Budget (Rm) →
 * Rm, Plan (MW) → MW, Budget (%) → %, 金额(万元) → 万元); a cell with other words before its brackets
 * (Litres per day (lpcd), 人(次)) or no unit in them (万元(累计)) stays as it is.
 */
export function unitOfCell(text: string | null): string | null {
  return text === null ? null : unitInCell(text);
}

const unitInCell = memo((text: string): string => {
  const m = /^(\p{L}[\p{L}\s.'’-]*?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/u.exec(text);
  if (!m) return text;
  return MEASURE_WORD.test(m[1]) && isUnitLike(m[2].toLowerCase().replace(/\s+/g, '')) ? m[2] : text;
});

/** A word of what a figure is, written before its unit in a unit cell. */
const MEASURE_WORD =
  /^(?:budget(?:ed)?|plan(?:ned)?|target|actual|amount|value|cost|total|number|count|金额|数量|数额|规模|计划|预算|目标)$/i;

/**
 * The unit a number format shows beside its figures, where it shows one: a quoted word (#,##0"万元", 0"人")
 * or a currency ("£"#,##0.00, $#,##0_);($#,##0), [$€-407]#,##0, ¥#,##0; ¥ and ￥ as 元). Null for a plain
 * format, a locale code alone ([$-409]) or a per cent.
 */
export function unitOfFormat(format: string | null | undefined, name = ''): string | null {
  if (!format || !/["$£€¥￥]/.test(format)) return null;
  const first = format.split(';')[0];
  // (A count under a column's money format, "Number of projects completed" in $, is no money.)
  if (COUNT_NAME.test(name)) return null;
  const currency = /\[\$([£$€¥￥])[^\]]*\]|"([£$€¥￥])"|(?<!\[)([£$€¥￥])(?=[#0?,.\s(]|$)/.exec(first);
  if (currency) {
    const c = currency[1] ?? currency[2] ?? currency[3];
    return c === '¥' || c === '￥' ? '元' : c;
  }
  // The words after the figure's digits ("第"0"名" is 名, never 第); a quoted per cent is a share typed as
  // itself, which the figures' reading already knows.
  const quoted = /[0#?][^"]*"([^"]{1,6})"/.exec(first);
  return quoted && !/^\s*[%‰]\s*$/.test(quoted[1]) ? bracketUnit(quoted[1]) : null;
}

/** A name of a count (Number of …, No. of …, # of …, 数量, 个数, 项目数). */
const COUNT_NAME = /^\s*(?:(?:total\s+)?(?:number|no\.?|#|count)\s+of\b)|(?:个数|数量|项目数|户数|人数)\s*$/i;

/** Short brackets closing a name, which may hold its unit (城镇新增就业(人), "(days)"). */
const UNIT_BRACKET_END =
  /\s*[(（]([^()（）]{1,6}|[^()（）/]{1,6}\/[^()（）/]{1,6})[)）]\s*(?:[*†‡§#]{1,3}|\[\d{1,2}\])?\s*$/;

/** The name without the unit in its closing brackets (开展农村青年技能培训(人) → 开展农村青年技能培训). */
export function nameWithoutUnit(name: string): string {
  const m = UNIT_BRACKET_END.exec(name);
  return m && bracketUnit(m[1]) !== null ? name.slice(0, m.index) : name;
}

/** A percentage named as the measure: words then %, % of …, % household waste …, as (a) % of …. */
const PERCENT_NAMED =
  /^[A-Za-z][\w\s'’&,/-]*[A-Za-z)]\s*%$|^%\s+[A-Za-z\d]|^per\s?cent(?:age)?\s+(?!points?\b)[A-Za-z]|\bas\s+(?:a\s+)?%\s+of\b/i;

/**
 * A unit of measure in the name's brackets: 城镇新增就业(人) → 人, 投资(亿元) → 亿元, "Average Relet Time (days)"
 * → days. Words longer than a character must be a unit the grammar knows: what the brackets say is
 * included or which kind (合同外资(含增资), 固定资产投资(不含农户), 其他试验(水稻)) is no unit.
 */
export function unitInName(name: string): string | null {
  // A name that says its figure is a percentage (Former Tenant Arrears %, % of Properties Let On First
  // Offer, Percent disbursed on construction contracts, Rent Collected as % of rent owed).
  if (PERCENT_NAMED.test(name)) return '%';
  const m = UNIT_BRACKET_END.exec(name);
  return m ? bracketUnit(m[1]) : null;
}

/** A concentration or dose in Latin letters (μg/m3, mg/L, mg/m³). */
const RATE_UNIT = /^(?:[μµu]g|mg|ng|g|kg|t)\/(?:m3|m³|l|kg|nm3|nm³)$/i;

/** What closing brackets hold, when it is a unit (人, 亿元, days, %); null for other words. */
function bracketUnit(inBrackets: string): string | null {
  const u = inBrackets.trim();
  // A phase or a batch (一期, 第二批, 试点) is no unit.
  if (/^(?:第?[一二三四五六七八九十\d]+[期批轮]|试点)$/.test(u)) return null;
  if (/^[\u4e00-\u9fff]{2,4}$/.test(u)) return isMeasureUnitList(u) || /^个?百分点$/.test(u) ? u : null;
  // A rate of two units (微克/立方米, μg/m³, 吨标准煤/万元).
  if (/^[^/\s]{1,6}\/[^/\s]{1,6}$/.test(u) && (isMeasureUnitList(u) || RATE_UNIT.test(u))) return u;
  return /^(%|‰|[\u4e00-\u9fff]|days?|weeks?|hours?|£|\$|no\.?|number)$/i.test(u) ? u : null;
}
