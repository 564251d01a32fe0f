/**
 * The messages between the offline page and its Web Worker: plain data only (structured clone), each
 * request answered by one result or one failure, with progress messages in between.
 */
import type { ReportSettings, WorkbookSheet } from '../addin/port';
import type { ClipboardTable } from '../file/tableHtml';

export interface FileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file the page could not read, with the one line that says why (file named, in the UI language). */
export interface FileProblem {
  readonly file: string;
  readonly message: string;
}

export type WorkerRequest =
  | {
      readonly id: number;
      readonly type: 'read';
      readonly files: readonly FileBytes[];
      readonly previous: FileBytes | null;
      readonly lang: ReportSettings['lang'];
    }
  | {
      readonly id: number;
      readonly type: 'write';
      readonly settings: ReportSettings;
      /** Today (yyyy-mm-dd) and now (ISO): the engine never reads the clock. */
      readonly date: string;
      readonly takenAt: string;
    };

export interface ReadResult {
  readonly sheets: readonly WorkbookSheet[];
  readonly problems: readonly FileProblem[];
}

/** The three downloads and the two tables for the clipboard. */
export interface PageOutputs {
  readonly xlsx: Uint8Array;
  readonly docx: Uint8Array;
  readonly json: string;
  readonly tables: { readonly indicators: ClipboardTable; readonly attention: ClipboardTable };
}

export type WorkerReply =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'read'; readonly result: ReadResult }
  | { readonly id: number; readonly type: 'written'; readonly outputs: PageOutputs }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
