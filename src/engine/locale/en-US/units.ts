/** en-US: several units — the units section and the consolidated table's notes. */
import type { StatusShareWords, UnitsTemplates } from '../types';
import { format } from './format';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 achieved (37.5%), 2 on track and 1 behind" (the table's status labels, lower case). */
function statusCounts(counts: readonly StatusShareWords[]): string {
  return format.list(
    counts.map((c) => `${c.count} ${format.status[c.status].toLowerCase()}${c.share ? ` (${c.share})` : ''}`),
  );
}

export const units: UnitsTemplates = {
  unnamedUnit: 'Unnamed unit',
  heading: 'Units compared',
  defaultScope: 'across the organisation',
  scopeOf: (unitName) => `across ${unitName}`,
  opening: (f) => {
    const sentences: string[] = [];
    let first = `${f.asOf}, ${plural(f.units, 'unit', 'units')} reported ${f.scope}, giving ${plural(f.indicators, 'indicator', 'indicators')} once consolidated`;
    const counts = statusCounts(f.counts);
    if (counts) first += `: ${counts}`;
    sentences.push(`${first}.`);
    if (f.anyLevel)
      sentences.push(
        'Counts are summed over the units; levels and rates are not summed but shown as the mean, the range across units and the number of units meeting target.',
      );
    if (f.behindCount > 0)
      sentences.push(
        `Consolidated, ${f.behind} ${f.behindCount === 1 ? 'is' : 'are'} behind pace or missed.`,
      );
    if (f.comparison?.kind === 'spread') {
      const { best, worst } = f.comparison;
      sentences.push(
        `${best.name} has the highest share of indicators on pace or better (${best.share}) and ${worst.name} the lowest (${worst.share}).`,
      );
    } else if (f.comparison?.kind === 'same') {
      sentences.push(`Every unit has ${f.comparison.share} of its indicators on pace or better.`);
    }
    if (f.partialCount > 0)
      sentences.push(
        `${f.partial} ${f.partialCount === 1 ? 'is' : 'are'} reported by only some units; the consolidated table names the units missing.`,
      );
    if (f.mismatch.length > 0) {
      const names = f.mismatch.map((m) => `${m.name}${m.units.length ? ` (${m.units.join(', ')})` : ''}`);
      sentences.push(
        `The units give different units of measure for ${format.list(names)}, so ${f.mismatch.length === 1 ? 'it is' : 'they are'} not summed; please check the sheets.`,
      );
    }
    return sentences.join(' ');
  },
  perUnit: (f) => {
    if (f.total === 0) return `${f.name} reported no indicators that can be assessed.`;
    let text = `${f.name} has ${plural(f.total, 'indicator', 'indicators')}`;
    const counts = statusCounts(f.counts);
    if (counts) text += `: ${counts}`;
    text += `. ${f.share} are on pace or better`;
    if (f.rank) text += `, ranking ${f.rank.rank} of ${f.rank.of}`;
    text += '.';
    if (f.behind) text += ` Behind pace or missed: ${f.behind}.`;
    return text;
  },
  behindName: (name, status) => `${name} (${format.status[status].toLowerCase()})`,
  levelMean: (range) => `mean of units${range ? `, range ${range}` : ''}`,
  levelMeeting: (meeting, reporting) => `meeting target in ${meeting} of ${reporting} units`,
  milestoneMeeting: (meeting, reporting) => `done or on schedule in ${meeting} of ${reporting} units`,
  mismatchNote: (list) => `units of measure differ${list ? ` (${list})` : ''}, not summed`,
  missingNote: (list) => `not reported by ${list}`,
  noteSeparator: '; ',
  range: (min, max) => `${min}–${max}`,
};
