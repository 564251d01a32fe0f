/**
 * A title that says which year's column holds what ("2017/18 Performance Targets and 2016/17
 * Achievements", 2024年目标与2023年完成情况): each year named with the role of its column, where the columns
 * are headed by the years alone.
 */
import { headerRoles } from './headerWords';

export type CaptionRole = 'target' | 'actual';

/** A year as titles write it: 2017, 2017/18, 2016-17, FY2017, 2017年, 2017年度. */
const YEAR =
  /(?:\bFY\s*)?((?:19|20)\d{2})(?:\s*(?:[/\-–—]|to)\s*(?:(?:19|20)\d{2}|\d{2}))?(?!\d)\s*(?:年度|年)?/gi;

/** A caption line's parts: each year with the words after it, up to the next year. */
function parts(text: string): { year: number; words: string }[] {
  const found = [...text.matchAll(YEAR)];
  return found.map((m, i) => {
    const end = i + 1 < found.length ? found[i + 1].index! : text.length;
    const words = text
      .slice(m.index! + m[0].length, end)
      .replace(/(?:\s+(?:and|vs\.?|versus|against|with)|\s*(?:[，,、;；&]|和|与|及|以及|对比))\s*$/i, '')
      .trim();
    return { year: Number(m[1]), words };
  });
}

/**
 * The role each year of a caption line is named with, for lines naming two years or more with a role each
 * (a target's and a result's); empty when none does.
 */
export function yearRolesInCaption(lines: readonly string[]): Map<number, CaptionRole> {
  for (const line of lines) {
    if (line.length > 120) continue;
    const found = new Map<number, CaptionRole>();
    for (const { year, words } of parts(line)) {
      if (words.length === 0 || words.length > 40) continue;
      const role = headerRoles(words)[0]?.role;
      if (role === 'target' || role === 'actual') found.set(year, role);
    }
    const roles = new Set(found.values());
    if (found.size >= 2 && roles.size === 2) return found;
  }
  return new Map();
}
