/**
 * Request-size budget. Excel on the web rejects a request over 5 MB, so every write is cut into
 * operations with an estimated size and packed into batches of at most SYNC_BUDGET_BYTES; one
 * context.sync() per batch. The number of syncs therefore grows with the bytes sent, never with rows.
 */

/** Estimated bytes per batch: 3.5 MB, leaving room under the 4 MB target for request overhead. */
export const SYNC_BUDGET_BYTES = 3_500_000;
/** Estimated bytes of one property set or method call without a large argument. */
export const OP_OVERHEAD_BYTES = 240;
/** Largest 2-D array sent in one range write, so batches can be packed finely. */
export const MAX_CHUNK_BYTES = 600_000;

/** UTF-8 length of a string without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** One queued write: its estimated size and the function that queues it on the context. */
export interface Op {
  readonly bytes: number;
  readonly apply: () => void;
}

export function op(apply: () => void, extraBytes = 0): Op {
  return { bytes: OP_OVERHEAD_BYTES + extraBytes, apply };
}

/** Packs operations, in order, into batches whose estimated size stays under the budget. */
export function packBatches(ops: readonly Op[], budget = SYNC_BUDGET_BYTES): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const o of ops) {
    if (current.length > 0 && size + o.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(o);
    size += o.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Queues each batch and syncs it. The sync sits in a loop over batches of up to ~3.5 MB (not over rows
 * or cells): a 50,000-row report is two or three batches, a normal one is one.
 */
export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly Op[][],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const total = batches.reduce((n, b) => n + b.reduce((m, o) => m + o.bytes, 0), 0);
  let done = 0;
  for (const batch of batches) {
    for (const o of batch) o.apply();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    done += batch.reduce((m, o) => m + o.bytes, 0);
    onProgress?.(done, total);
  }
}
