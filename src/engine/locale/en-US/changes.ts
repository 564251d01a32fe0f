/** en-US: "since the last check-in". */
import type { Status } from '../../model';
import type { ChangesTemplates } from '../types';
import { format } from './format';

function since(previous: string): string {
  return previous ? `compared with the last check-in (${previous})` : 'compared with the last check-in';
}

function indicators(n: number): string {
  return `${n} ${n === 1 ? 'indicator' : 'indicators'}`;
}

function lower(s: Status): string {
  return format.status[s].toLowerCase();
}

export const changes: ChangesTemplates = {
  heading: (previous) => (previous ? `Since the last check-in (${previous})` : 'Since the last check-in'),
  nothingComparable: (asOf, previous) => `${asOf}, ${since(previous)}, there are no indicators to compare.`,
  unchanged: (asOf, previous) => `${asOf}, ${since(previous)}, no indicator changed status.`,
  moved: (f) => {
    const parts: string[] = [];
    if (f.newlyAchieved.length > 0)
      parts.push(`${indicators(f.newlyAchieved.length)} newly achieved the annual target`);
    if (f.recovered.length > 0) parts.push(`${indicators(f.recovered.length)} recovered to pace`);
    if (f.newlyBehind.length > 0) parts.push(`${indicators(f.newlyBehind.length)} fell behind pace`);
    const sentences = [`${f.asOf}, ${since(f.previous)}, ${format.list(parts)}.`];
    if (f.newlyAchieved.length > 0) sentences.push(`Newly achieved: ${format.list(f.newlyAchieved)}.`);
    if (f.recovered.length > 0) sentences.push(`Recovered: ${format.list(f.recovered)}.`);
    if (f.newlyBehind.length > 0)
      sentences.push(`Newly behind and needing attention: ${format.list(f.newlyBehind)}.`);
    return sentences.join(' ');
  },
  change: (name, sheet, before, after) =>
    `${name} (${sheet ? `${sheet}, ` : ''}from ${lower(before)} to ${lower(after)})`,
  achieved: (name, sheet, before) =>
    `${name} (${sheet ? `${sheet}, ` : ''}${lower(before)} at the last check-in)`,
  pace: (lines) => {
    if (lines.length === 0) return '';
    const parts = lines.map((l) => {
      if (l.change.kind === 'same') return `${l.label} was unchanged at ${l.after}`;
      return l.change.kind === 'up'
        ? `${l.label} rose from ${l.before} to ${l.after}, up ${l.change.points}`
        : `${l.label} fell from ${l.before} to ${l.after}, down ${l.change.points}`;
    });
    return `Average completion by category: ${parts.join('; ')}.`;
  },
  previousStatusHeader: 'Previous status',
  newIndicator: 'New',
  previousStatusWidth: (header, values) => {
    let widest = header.length;
    for (const v of values) if (v.length > widest) widest = v.length;
    return widest + 2;
  },
  allIndicators: 'All indicators',
  otherIndicators: 'Other indicators',
};
