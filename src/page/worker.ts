/**
 * The offline page's Web Worker: reads the picked workbooks (the file layer on bytes) and keeps their
 * sheets, checks them with the page's settings (the pane's check, src/taskpane/state/check.ts), and on
 * "Make report" writes the last check's three outputs exactly as the command line does (report
 * workbook with the history sheet, Word report, JSON), plus the two tables for the clipboard. Each step
 * is reported by name; the page's thread only draws.
 */
import type { WorkbookSheet } from '../addin/port';
import { buildReportLayout, type CheckInSnapshot, type Lang, type Report, type SheetSource } from '../engine';
import { readHistory, readWorkbook, reportDocxBytes, reportWorkbookBytes } from '../file/browser';
import { formatInputError, InputError } from '../file/errors';
import { writeResultJson } from '../file/resultJson';
import { type ClipboardTable, clipboardTable } from '../file/tableHtml';
import { type Checked, checkSheets } from '../taskpane/state/check';
import {
  type CheckReply,
  DOWNLOAD_TYPES,
  type FileBytes,
  type FileProblem,
  type PageOutputs,
  type PickedBytes,
  type ReadResult,
  type TableBytes,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStep,
} from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/**
 * What the last read gave: the indicator sheets (checked), the sheets the page lists (those and the
 * previous report's history sheet), the earlier check-ins of the previous report, what could not be read.
 */
let kept: {
  sources: SheetSource[];
  listed: WorkbookSheet[];
  history: CheckInSnapshot[];
  problems: FileProblem[];
} = { sources: [], listed: [], history: [], problems: [] };

/** The last check: what "Make report" writes. */
let lastCheck: Checked['result'] | null = null;

type Progress = (done: number, total: number) => void;

function problemOf(file: string, e: unknown, lang: Lang): FileProblem {
  if (e instanceof InputError) return { file, message: formatInputError(e, lang) };
  const text = e instanceof Error ? e.message : String(e);
  return { file, message: `${file}: ${text.replace(/\s+/g, ' ').trim()}` };
}

/** The previous report's history: its check-ins, and its history sheet for the page's check view. */
async function readPrevious(
  previous: FileBytes,
): Promise<{ history: CheckInSnapshot[]; sheet?: WorkbookSheet }> {
  const book = await readHistory(previous.bytes, previous.name);
  if (!book.sheet) return { history: book.history };
  const name = book.sheet;
  const [grid] = await readWorkbook(previous.bytes, previous.name, { sheets: (n) => n === name });
  return { history: book.history, ...(grid ? { sheet: { ...grid, own: 'history' as const } } : {}) };
}

async function read({ files, previous }: PickedBytes, lang: Lang, progress: Progress): Promise<ReadResult> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0) + (previous?.bytes.length ?? 0);
  let done = 0;
  const sources: SheetSource[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    try {
      sources.push(...(await readWorkbook(file.bytes, file.name)));
    } catch (e) {
      problems.push(problemOf(file.name, e, lang));
    }
    done += file.bytes.length;
    progress(done, total);
  }
  let history: CheckInSnapshot[] = [];
  const sheets: WorkbookSheet[] = [...sources];
  if (previous) {
    try {
      const earlier = await readPrevious(previous);
      history = earlier.history;
      if (earlier.sheet) sheets.push(earlier.sheet);
    } catch (e) {
      problems.push(problemOf(previous.name, e, lang));
    }
    progress(total, total);
  }
  kept = { sources, listed: sheets, history, problems };
  lastCheck = null;
  return { sheets, problems };
}

/** Reads the files when new ones come, then checks the sheets kept with the request's settings. */
async function check(
  { picked, request }: Extract<WorkerRequest, { type: 'check' }>,
  progress: (step: WorkerStep) => Progress,
): Promise<CheckReply> {
  if (picked) await read(picked, request.settings.lang, progress('reading'));
  progress('checking')(0, 1);
  const { result, ...shown } = checkSheets(kept.sources, request, kept.history, kept.listed);
  lastCheck = result;
  progress('checking')(1, 1);
  // Only what the page shows goes back: the report stays here for "Make report".
  return { checked: shown, problems: kept.problems };
}

/** A download made here: passed across, a Blob is a handle (made on the page's thread, a long task). */
function fileBlob(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/** A table for the clipboard as UTF-8, its buffers handed over (a long string is copied across). */
function tableBytes({ html, text }: ClipboardTable): TableBytes {
  const utf8 = new TextEncoder();
  return { html: utf8.encode(html), text: utf8.encode(text) };
}

/** The JSON result's bytes in pieces, for a Blob (which joins them itself). */
function resultJsonPieces(report: Report): Uint8Array<ArrayBuffer>[] {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  writeResultJson(report, (bytes) => pieces.push(bytes.slice()));
  return pieces;
}

/** The command line's outputs for the last check (the sheets read, with the page's settings). */
async function write(progress: Progress): Promise<{ outputs: PageOutputs; sheetName: string }> {
  if (!lastCheck) throw new Error('no check to write: check the files first');
  const { report, history } = lastCheck;
  const lang = report.options.lang;
  // Compact: the tables' bodies stay values until the writer makes each row (as the command line does).
  const layout = buildReportLayout(report, { compact: true });
  const xlsx = fileBlob(reportWorkbookBytes(layout, history, lang), DOWNLOAD_TYPES.xlsx);
  progress(1, 3);
  const docx = fileBlob(await reportDocxBytes(report), DOWNLOAD_TYPES.docx);
  progress(2, 3);
  const json = new Blob(resultJsonPieces(report), { type: DOWNLOAD_TYPES.json });
  const tables = {
    indicators: tableBytes(clipboardTable(report.tables.indicators, lang)),
    attention: tableBytes(clipboardTable(report.tables.attention, lang)),
  };
  progress(3, 3);
  const outputs = { xlsx, docx, json, tables };
  return { outputs, sheetName: layout.sheets[0]?.name ?? '' };
}

/** The tables' buffers, handed over with the answer (each table's bytes have a buffer of their own). */
function buffersOf(o: PageOutputs): ArrayBuffer[] {
  const { indicators, attention } = o.tables;
  return [indicators.html, indicators.text, attention.html, attention.text].map(
    (b) => b.buffer as ArrayBuffer,
  );
}

/** Does what the request asks; its answer, or its failure, goes back under its id. */
function answer(request: WorkerRequest): Promise<void> {
  const { id } = request;
  const progress = (step: WorkerStep) => (done: number, total: number) =>
    scope.postMessage({ id, type: 'progress', step, done, total });
  switch (request.type) {
    case 'read':
      return read(request, request.lang, progress('reading')).then((result) =>
        scope.postMessage({ id, type: 'read', result }),
      );
    case 'check':
      return check(request, progress).then((result) => scope.postMessage({ id, type: 'checked', result }));
    case 'write':
      return write(progress('writing')).then(({ outputs, sheetName }) =>
        scope.postMessage({ id, type: 'written', outputs, sheetName }, buffersOf(outputs)),
      );
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  answer(request).catch((e: unknown) =>
    scope.postMessage({
      id: request.id,
      type: 'failed',
      message: e instanceof Error ? e.message : String(e),
    }),
  );
};
