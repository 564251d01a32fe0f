/**
 * The messages between the offline page and its Web Worker: plain data and Blobs (structured clone), each
 * request answered by one result or one failure, with progress in named steps in between. The worker
 * reads the files and checks them and keeps the result; the page's thread only draws what comes back,
 * which is what the screen shows and no more (its size does not grow with the number of indicators).
 */
import type { ReportSettings, WorkbookSheet } from '../addin/port';
import type { CheckRequest, CheckShown, CheckStep } from '../taskpane/state/check';

export interface FileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file the page could not read, with the one line that says why (file named, in the UI language). */
export interface FileProblem {
  readonly file: string;
  readonly message: string;
}

/** The picked files as bytes: the indicator workbooks and, optionally, the previous report. */
export interface PickedBytes {
  readonly files: readonly FileBytes[];
  readonly previous: FileBytes | null;
}

export type WorkerRequest =
  | ({ readonly id: number; readonly type: 'read'; readonly lang: ReportSettings['lang'] } & PickedBytes)
  | {
      readonly id: number;
      readonly type: 'check';
      /** The files to read first; null: check the files read last again (with other settings). */
      readonly picked: PickedBytes | null;
      readonly request: CheckRequest;
    }
  | {
      /** The outputs of the last check: the report workbook, the Word report, the JSON, the tables. */
      readonly id: number;
      readonly type: 'write';
    };

/** The named steps the worker goes through: reading and checking, then writing the downloads. */
export type WorkerStep = CheckStep | 'writing';

export interface ReadResult {
  readonly sheets: readonly WorkbookSheet[];
  readonly problems: readonly FileProblem[];
}

/** A table for the clipboard, its HTML and its plain text as UTF-8 (decoded when it is copied). */
export interface TableBytes {
  readonly html: Uint8Array;
  readonly text: Uint8Array;
}

/** The downloads' types. */
export const DOWNLOAD_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
} as const;

/**
 * The three downloads, as Blobs made in the worker (a Blob of many megabytes made on the page's thread
 * holds it for most of a second; one passed across is a handle), and the two tables for the clipboard
 * as bytes whose buffers are handed over, not copied.
 */
export interface PageOutputs {
  readonly xlsx: Blob;
  readonly docx: Blob;
  /** The JSON, UTF-8. */
  readonly json: Blob;
  readonly tables: { readonly indicators: TableBytes; readonly attention: TableBytes };
}

/**
 * A check done in the worker, with the files it could not read: only what the page shows (counts, the
 * preview's lists, the diagnostics listed, the sheets); the whole result stays in the worker, which
 * writes the downloads from it.
 */
export interface CheckReply {
  readonly checked: CheckShown;
  readonly problems: readonly FileProblem[];
}

export type WorkerReply =
  | {
      readonly id: number;
      readonly type: 'progress';
      readonly step: WorkerStep;
      readonly done: number;
      readonly total: number;
    }
  | { readonly id: number; readonly type: 'read'; readonly result: ReadResult }
  | { readonly id: number; readonly type: 'checked'; readonly result: CheckReply }
  | {
      readonly id: number;
      readonly type: 'written';
      readonly outputs: PageOutputs;
      /** The report sheet's name in the report workbook. */
      readonly sheetName: string;
    }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
