/** en-US: diagnostics, skipped sheets and data notes. */
import type { Messages } from '../types';

function q(text: string): string {
  return `"${text}"`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

const INVALID = 'so the indicator is marked invalid';
const quoted = (text: string): string => (text ? ` ${q(text)}` : '');
const forName = (name: string): string => (name ? ` for ${q(name)}` : '');
const indicator = (name: string): string => (name ? `the indicator ${q(name)}` : 'the indicator');

export const messages: Messages = {
  diagnostic: {
    'cell-error': (p) => `the error value${quoted(p.text)}${forName(p.name)} cannot be used, ${INVALID}`,
    'not-a-number': (p) => `the text${quoted(p.text)}${forName(p.name)} is not a number, ${INVALID}`,
    'approximate-value': (p) =>
      `the approximate value${quoted(p.text)}${forName(p.name)} is counted as ${p.value || 'its base value'} and reported as written`,
    'date-in-number-column': (p) =>
      `a date${quoted(p.text)}${forName(p.name)} was entered where a number is needed, ${INVALID}`,
    'boolean-in-number-column': (p) =>
      `a logical value${quoted(p.text)}${forName(p.name)} was entered where a number is needed, ${INVALID}`,
    'number-too-large': (p) =>
      `the figure${quoted(p.text)}${forName(p.name)} is too large to compute (beyond about 1.8 × 10^308), ${INVALID}`,
    'sum-too-large': (p) =>
      `the total${forName(p.name)} is too large to compute (beyond about 1.8 × 10^308), ${INVALID}`,
    'number-too-small': (p) =>
      `the figure${quoted(p.text)}${forName(p.name)} is not 0 but smaller than 0.000000001, shows as 0 and cannot be used; write 0 or correct it, ${INVALID}`,
    'too-many-digits': (p) =>
      `the figure${quoted(p.text)}${forName(p.name)} has more than 15 significant digits and cannot be computed exactly (Excel keeps 15 too), ${INVALID}`,
    'formula-no-result': (p) =>
      `the formula${quoted(p.text)}${forName(p.name)} has no calculated result; open the file in Excel, recalculate and save it, then run the check again`,
    'empty-in-period': (p) =>
      `${p.period ? `the ${p.period} value` : 'the value within the period'}${forName(p.name)} is empty and is counted as 0`,
    'target-missing': (p) => `${indicator(p.name)} has no annual target, so it cannot be checked`,
    'target-invalid': (p) =>
      `the annual target${quoted(p.text)}${forName(p.name)} is not valid (it must be a number above 0), so the indicator cannot be checked`,
    'duplicate-id': (p) =>
      `the ID${p.id ? ` ${q(p.id)}` : ''}${forName(p.name)} repeats an earlier row in the sheet; both rows are checked`,
    'unknown-direction': (p) =>
      `the direction${quoted(p.text)}${forName(p.name)} is not recognised, so higher is better is assumed`,
    'unknown-aggregation': (p) =>
      `the aggregation${quoted(p.text)}${forName(p.name)} is not recognised, so the default is used`,
    'unknown-milestone-word': (p) =>
      `the text${quoted(p.text)}${forName(p.name)} does not say whether the task is done, in progress or not started`,
    'hidden-rows': (p) =>
      `the table has ${p.count !== null ? plural(p.count, 'hidden row', 'hidden rows') : 'hidden rows'}${p.range ? ` (${p.range})` : ''}; they were read as usual, please check them`,
    'hidden-columns': (p) =>
      `the table has ${p.count !== null ? plural(p.count, 'hidden column', 'hidden columns') : 'hidden columns'}${p.range ? ` (${p.range})` : ''}; they were read as usual, please check them`,
    'merged-body-cell': (p) =>
      `the table body has a merged area${p.range ? ` (${p.range})` : ''}, which may shift values; please check it`,
    'period-not-in-sheet': (p) =>
      `there is no column for ${p.period || 'the chosen period'}, so the sheet cannot be checked for it`,
    'unit-mismatch': (p) =>
      `the reporting units give different units of measure for ${indicator(p.name)}${p.units ? ` (${p.units})` : ''}, so they cannot be added up`,
    'missing-in-units': (p) =>
      `${indicator(p.name)} is reported by only some units${p.units ? `; it is missing in ${p.units}` : p.count !== null ? `; ${plural(p.count, 'unit does', 'units do')} not report it` : ''}`,
    'long-text': (p) => `the text${forName(p.name)} is too long and was shortened for display`,
    'history-row-unreadable': () => 'this needs checking',
    'period-from-sheet': (p) =>
      `the period checked is the one the sheet states${quoted(p.text)} (another period can be chosen)`,
    'period-from-file-name': (p) =>
      `the sheet states no period: the period checked is the one the file's name states${quoted(p.text)} (another period can be chosen)`,
    'pace-from-sheet': (p) =>
      `the pace is the share of the year the sheet states${quoted(p.text)}${p.calendar ? ` (by the calendar, ${p.calendar})` : ''}`,
    'year-start-from-sheet': (p) =>
      `the year is counted from ${p.month || 'the first month listed'} on, ${p.text ? `as the sheet states${quoted(p.text)}` : "as the sheet's month columns run"} (another start month can be chosen)`,
    'quarters-to-date': (p) =>
      `the quarters' figures${forName(p.name)} are read as totals to date, as they run with the quarters' own targets: the latest stands for the period`,
    'earlier-result': (p) =>
      `no figure yet${p.period ? ` for ${p.period}` : ' for the period'}${forName(p.name)}: the latest before it stands`,
    'periods-to-date': (p) =>
      `the period figures${forName(p.name)} are read as totals to date, as they rise with the year's target month by month or quarter by quarter: the latest stands for the period`,
    'target-from-previous': (p) =>
      `the target${forName(p.name)} is set against last year: it is worked out from last year's figure${quoted(p.text)}`,
    'growth-from-previous': (p) =>
      `the growth${forName(p.name)} is worked out from the result and the same period last year${quoted(p.text)}, as its target is growth`,
    'growth-from-baseline': (p) =>
      `the change${forName(p.name)} is worked out from the result and the baseline${quoted(p.text)}, as its target is a change`,
    'target-from-caption': (p) =>
      `no target is written${forName(p.name)}: it is the one the lines above the table state for every row${quoted(p.text)}`,
    'target-from-gap': (p) =>
      `no target is written${forName(p.name)}: it is worked out from the result and the gap the sheet states${quoted(p.text)}`,
    'status-from-sheet': (p) =>
      `the status${forName(p.name)} is taken as the sheet gives it${quoted(p.text)}, though its figures say otherwise; please check them`,
  },
  unknownDiagnostic: 'this needs checking',
  location: (file, sheet, cell) =>
    [file ? `in ${file}` : '', sheet ? `sheet ${q(sheet)}` : '', cell ? `cell ${cell}` : '']
      .filter((part) => part !== '')
      .join(', '),
  sentence: (where, body) => (where ? `${capitalise(where)}: ${body}.` : `${capitalise(body)}.`),
  bodySentence: (body) => `${capitalise(body)}.`,
  skipReason: {
    'no-header': () =>
      'no indicator table header found; a table needs columns such as Indicator and Annual target',
    'missing-column': (r) =>
      r.column === 'name'
        ? 'the header has no indicator name column such as Indicator or Task'
        : 'the header has no annual target column such as Annual target or Target',
    'own-output': () => 'this is a report or history sheet made by Target Report',
    empty: () => 'the sheet is empty',
    'no-indicators': () => 'the header was found but the table has no indicator rows',
    'earlier-period': (r) =>
      `it states an earlier period ("${r.text}") than this check's: an earlier check-in, compared with sheet "${r.later}" and not counted again`,
    'earlier-year': (r) =>
      `it states an earlier year ("${r.text}") than the latest sheets, with the indicators of sheet "${r.later}": not counted in this check`,
    'internal-error': (r) =>
      `the program failed while reading it${r.message ? ` (${r.message})` : ''}; please report this`,
    'needs-columns': (r) =>
      `it looks like a table, but which column is ${r.missing.includes('name') ? 'the indicator' : 'the target or the result'} is not clear; say which column is which (--columns "name=B,target=C,actual=D", or the pane's Columns step)`,
  },
  unknownSkipReason: 'not an indicator table',
  earlierSheet: (file, sheet, reason) =>
    `Sheet${sheet ? ` "${sheet}"` : ''}${file ? ` in ${file}` : ''}: ${reason}.`,
  sheetNotRead: (file, sheet, reason) =>
    `Sheet${sheet ? ` "${sheet}"` : ''}${file ? ` in ${file}` : ''} was not read: ${reason}.`,
  numberedNote: (n, text) => `${n}. ${text}`,
  moreNotes: (more) =>
    `${more} more ${more === 1 ? 'note is' : 'notes are'} not listed here (the check results and the JSON result list them all).`,
};
