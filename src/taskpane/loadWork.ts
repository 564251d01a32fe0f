/**
 * Loads the pane's heavy half (./work.ts: the reader, the evaluator, the report's layout) as a script of
 * its own, so the pane's first script holds only what it draws. Loaded once; a load that failed (the
 * network) is tried again on the next check. The pane's entry passes this to App; the offline page
 * checks in its Web Worker and never loads it.
 */
import type { Work } from './usePaneActions';

let work: Promise<Work> | null = null;

export function loadWork(): Promise<Work> {
  work ??= import(/* webpackChunkName: "work" */ './work').catch((e: unknown) => {
    work = null;
    throw e;
  });
  return work;
}
