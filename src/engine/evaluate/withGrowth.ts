/**
 * A growth to keep in step with the economy's (居民人均可支配收入 | 与经济增长保持同步 | 10.3%), a target the
 * government work reports set every year: judged against the growth of the economy the same table gives
 * (地区生产总值, GDP, or a district's 增加值 | 16.7%), as a growth of at least that much. Without such a
 * row, or without a growth in it, the row stays as it was (its target in words, not rated). A growth to
 * stay no lower than last year's figure (不低于上年预算执行数) is a growth of at least nothing.
 */
import { toHans } from '../core/hans';
import { normalizeText } from '../core/normalize';
import { isLastYearFloor } from '../core/grammar';
import { cleanText, withoutListNumber } from '../core/text';
import type { Evaluation, Indicator, Period, Thresholds } from '../model';
import { judgeIndicator } from './judge';

/** Target words tying the row's growth to the economy's. */
const IN_STEP =
  /^(?:与|和|同)(?:全[省市区县])?(?:经济|gdp|地区生产总值|生产总值|国内生产总值)(?:增长|增速|发展)?(?:保持|基本|总体)*同步(?:增长)?$|^(?:与|和)(?:经济|gdp)(?:增长|增速)(?:相)?(?:适应|一致)$/i;

/** The economy's own row: its output, by any of the names tables give it (its list number aside). */
const ECONOMY =
  /^(?:全[省市区县])?(?:地区生产总值|国内生产总值|生产总值|gdp|经济增长(?:速度)?|经济增速|(?:全[省市区县]|地区)?增加值)(?:增长|增速)?(?:[(（][^)）]*[)）])?$/i;

/** The evaluations, with each growth held to the economy's judged against the table's own. */
export function judgedWithGrowth(
  evaluations: readonly Evaluation[],
  period: Period,
  thresholds: Thresholds,
  periodAssumed: boolean,
): Evaluation[] {
  const out = [...evaluations];
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    const ind = e.indicator;
    const words = typeof ind.target?.value === 'string' ? compact(ind.target.value) : '';
    if (e.status !== 'not_rated' || e.actual === null || !e.actual.percent) continue;
    // No less than last year: a growth of at least nothing.
    const floor = isLastYearFloor(words) ? 0 : IN_STEP.test(words) ? economyGrowth(evaluations, ind) : null;
    if (floor === null) continue;
    const figure = Math.round(floor * 10000) / 100;
    const judged = judgeIndicator(
      { ...ind, target: { ...ind.target!, value: `增长${figure}%以上`, format: null } },
      period,
      thresholds,
      periodAssumed,
    );
    if (judged.target === null) continue;
    // The target as the office wrote it, held to the figure the table gives.
    out[i] = { ...judged, indicator: ind, targetSource: ind.target!.value as string };
  }
  return out;
}

/** A text as the words above are matched: in Simplified characters, half-width, without spaces. */
function compact(text: string): string {
  return toHans(normalizeText(text)).replace(/\s+/g, '');
}

/** The growth of the economy the row's own table gives (its file and sheet), or null. */
function economyGrowth(evaluations: readonly Evaluation[], ind: Indicator): number | null {
  for (const e of evaluations) {
    const other = e.indicator;
    if (other === ind || other.file !== ind.file || other.sheet !== ind.sheet) continue;
    if (!ECONOMY.test(compact(withoutListNumber(cleanText(other.name))))) continue;
    if (e.actual !== null && e.actual.percent && Number.isFinite(e.actual.value)) return e.actual.value;
  }
  return null;
}
