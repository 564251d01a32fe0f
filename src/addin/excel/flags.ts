/**
 * "Flag shortfalls": marks the indicators that need attention in their own source sheets.
 *
 * Decision: conditional formats, not a status column. A conditional format changes no cell value, no
 * formula and no cell format the user set; it cannot shift or overwrite anything to the right of the
 * table; and removing it restores the sheet exactly. An owned status column would put values into the
 * user's sheet (and into whatever else reads that sheet: COUNTA, pivot sources, the reader itself).
 *
 * Each flag is a custom conditional format on the indicator's row, from column A to the rightmost
 * column the indicator uses, with a formula that is always TRUE and carries the product's marker:
 *   =LEN("target-report:v1|behind")>0
 * The marker makes the add-in's own formats recognisable, so "Clear flags" deletes exactly those (in any
 * sheet, even after rows were inserted or the sheet renamed) and leaves the user's own conditional formats.
 * Consecutive rows with the same status and span share one format. Colours: behind = amber, at risk and
 * missed = red, invalid = grey.
 *
 * Round trips (constant): list sheets; load every sheet's conditional formats (types) and protection;
 * load the rules of the custom ones; then delete ours and add the new ones in batches under the size
 * budget. A protected sheet that would change stops the whole operation before anything is changed.
 */
import {
  ATTENTION_STATUSES,
  type Evaluation,
  type Indicator,
  type Lang,
  rangeAddress,
  REPORT_MARKER,
  type Status,
} from '../../engine';
import { PortError } from '../port';
import { op, packBatches, runBatches, type Op } from './payload';

const COLOURS: Partial<Record<Status, { fill: string; font: string }>> = {
  behind: { fill: '#FFEB9C', font: '#9C5700' },
  at_risk: { fill: '#FFC7CE', font: '#9C0006' },
  missed: { fill: '#FFC7CE', font: '#9C0006' },
  invalid: { fill: '#D9D9D9', font: '#404040' },
};

/** The always-true formula that identifies one of the add-in's flags. */
export function flagFormula(status: Status): string {
  return `=LEN("${REPORT_MARKER}|${status}")>0`;
}

export function isOwnFlagFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(REPORT_MARKER);
}

interface FlagArea {
  readonly sheet: string;
  readonly status: Status;
  readonly top: number;
  bottom: number;
  readonly right: number;
  indicators: number;
}

/** Rightmost worksheet column among the indicator's known cells (at least column A). */
function rightmostColumn(ind: Indicator): number {
  const cells = [ind.target, ind.directionCell, ind.aggregationCell, ...(ind.milestoneTargets ?? [])];
  const a = ind.actuals;
  if (a.kind === 'quarters' || a.kind === 'months') cells.push(...a.cells);
  else if (a.kind === 'cumulative') cells.push(a.cell);
  let right = 1;
  for (const c of cells) {
    if (c && c.col > right) right = c.col;
  }
  return right;
}

/** The areas to flag: attention rows of sheets in this workbook, consecutive equal rows merged. */
export function flagAreas(evaluations: readonly Evaluation[]): FlagArea[] {
  const rows = evaluations
    .filter(
      (e) => ATTENTION_STATUSES.includes(e.status) && e.indicator.file === undefined && e.indicator.row >= 1,
    )
    .map((e) => ({
      sheet: e.indicator.sheet,
      row: e.indicator.row,
      status: e.status,
      right: rightmostColumn(e.indicator),
    }))
    .sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
  const areas: FlagArea[] = [];
  for (const r of rows) {
    const last = areas[areas.length - 1];
    if (last && last.sheet === r.sheet && last.bottom === r.row) {
      continue; // the same row twice (duplicate indicator)
    }
    if (
      last &&
      last.sheet === r.sheet &&
      last.status === r.status &&
      last.right === r.right &&
      last.bottom + 1 === r.row
    ) {
      last.bottom = r.row;
      last.indicators++;
    } else {
      areas.push({
        sheet: r.sheet,
        status: r.status,
        top: r.row,
        bottom: r.row,
        right: r.right,
        indicators: 1,
      });
    }
  }
  return areas;
}

interface SheetFlags {
  readonly sheet: Excel.Worksheet;
  readonly formats: Excel.ConditionalFormatCollection;
  own: Excel.ConditionalFormat[];
}

/** Syncs 1–3: every sheet, its protection, and the add-in's own conditional formats in it. */
async function findOwnFlags(context: Excel.RequestContext): Promise<SheetFlags[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets: SheetFlags[] = worksheets.items.map((sheet) => {
    sheet.protection.load('protected');
    const formats = sheet.getRange().conditionalFormats;
    formats.load('items/type');
    return { sheet, formats, own: [] };
  });
  await context.sync();
  const custom = sheets.flatMap((s) =>
    s.formats.items
      .filter((f) => f.type === 'Custom')
      .map((f) => {
        f.custom.rule.load('formula');
        return { s, f };
      }),
  );
  if (custom.length > 0) await context.sync();
  for (const { s, f } of custom) if (isOwnFlagFormula(f.custom.rule.formula)) s.own.push(f);
  return sheets;
}

function protectedError(sheet: string): PortError {
  return new PortError('sheet-protected', `the sheet "${sheet}" is protected`, sheet);
}

/**
 * Replaces the add-in's flags with flags for the evaluations that need attention. `lang` is accepted for
 * the port's signature; conditional formats carry no text.
 */
export async function flagShortfalls(
  context: Excel.RequestContext,
  evaluations: readonly Evaluation[],
  _lang: Lang,
): Promise<number> {
  const sheets = await findOwnFlags(context);
  const byName = new Map(sheets.map((s) => [s.sheet.name.toLowerCase(), s]));
  const areas = flagAreas(evaluations).filter((a) => byName.has(a.sheet.toLowerCase()));
  const touched = new Set<SheetFlags>([...sheets.filter((s) => s.own.length > 0)]);
  for (const a of areas) touched.add(byName.get(a.sheet.toLowerCase()) as SheetFlags);
  for (const s of touched) if (s.sheet.protection.protected) throw protectedError(s.sheet.name);

  const ops: Op[] = [];
  for (const s of sheets) for (const f of s.own) ops.push(op(() => f.delete()));
  for (const a of areas) {
    const sheet = (byName.get(a.sheet.toLowerCase()) as SheetFlags).sheet;
    const colours = COLOURS[a.status] ?? COLOURS.at_risk!;
    const address = rangeAddress(a.top, 1, a.bottom, a.right);
    ops.push(
      op(() => {
        const cf = sheet.getRange(address).conditionalFormats.add('Custom');
        cf.custom.rule.formula = flagFormula(a.status);
        cf.custom.format.fill.color = colours.fill;
        cf.custom.format.font.color = colours.font;
      }, 800),
    );
  }
  await runBatches(context, packBatches(ops));
  return areas.reduce((n, a) => n + a.indicators, 0);
}

/** Removes every flag the add-in added, in every sheet; returns how many conditional formats it removed. */
export async function clearFlags(context: Excel.RequestContext): Promise<number> {
  const sheets = await findOwnFlags(context);
  for (const s of sheets)
    if (s.own.length > 0 && s.sheet.protection.protected) throw protectedError(s.sheet.name);
  const ops: Op[] = [];
  for (const s of sheets) for (const f of s.own) ops.push(op(() => f.delete()));
  if (ops.length > 0) await runBatches(context, packBatches(ops));
  return ops.length;
}
