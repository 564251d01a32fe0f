/**
 * Every source cell in a value (an indicator's fields, its lists, its layouts), changed by one function:
 * how a table read from a turned or folded grid is put back where the sheet has its cells.
 */
import type { SourceCell } from '../model';

function isSourceCell(x: unknown): x is SourceCell {
  return (
    typeof x === 'object' &&
    x !== null &&
    'value' in x &&
    typeof (x as SourceCell).row === 'number' &&
    typeof (x as SourceCell).col === 'number'
  );
}

export function mapSourceCells(x: unknown, f: (cell: SourceCell) => SourceCell): unknown {
  if (isSourceCell(x)) return f(x);
  if (Array.isArray(x)) return x.map((v) => mapSourceCells(v, f));
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = mapSourceCells(v, f);
    return out;
  }
  return x;
}
