/**
 * The WorkbookPort over files: the pane's hook and components run unchanged on the offline page, with
 * the picked .xlsx files where the pane has the open workbook. Reading, checking and writing happen in
 * the Web Worker (worker.ts): the port is the hook's OffThread (`check`, `writeChecked`), so the engine
 * never runs on the page's thread, and the files go to the worker only when new ones are picked.
 * "Writing the report" makes the three downloads of the last check, which the page shows. What only a live workbook can do (flags, the
 * template, selecting a cell) the page does not offer, and the port says so (canSelectCells).
 */
import {
  type LoadedSettings,
  PortError,
  type ProgressCallback,
  type ReportSettings,
  type WorkbookPort,
  type WorkbookSheet,
  type WriteReportOptions,
  type WriteReportResult,
} from '../addin/port';
import type { ReportLayout } from '../engine';
import type { OffThread } from '../taskpane/state/check';
import type {
  FileBytes,
  FileProblem,
  PageOutputs,
  PickedBytes,
  WorkerReply,
  WorkerRequest,
  WorkerStep,
} from './protocol';

/** The request without its id (the port numbers them). */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
}

export interface PickedFiles {
  readonly files: readonly File[];
  readonly previous: File | null;
}

/** The addresses CopyTables passes back for the two tables. */
export const TABLE_KEYS = { indicators: 'indicators', attention: 'attention' } as const;

/** Reads (when new files were picked), checks and makes the report in the worker: the hook's OffThread. */
export interface FilePort extends WorkbookPort, OffThread {
  readonly canSelectCells: false;
  /** Replaces the picked files; the pane's hook reads them again. */
  setFiles(picked: PickedFiles): void;
  /** Files that could not be read at the last read, with why. */
  problems(): readonly FileProblem[];
  /** The outputs of the last "Make report"; null before. */
  outputs(): PageOutputs | null;
}

async function bytesOf(file: File): Promise<FileBytes> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The picked files' bytes, and their buffers to hand over to the worker (not copied). */
async function pickedBytes(picked: PickedFiles): Promise<{ bytes: PickedBytes; transfer: ArrayBuffer[] }> {
  const files = await Promise.all(picked.files.map(bytesOf));
  const previous = picked.previous ? await bytesOf(picked.previous) : null;
  const transfer = [...files, ...(previous ? [previous] : [])].map((f) => f.bytes.buffer as ArrayBuffer);
  return { bytes: { files, previous }, transfer };
}

type StepProgress = (step: WorkerStep, done: number, total: number) => void;

/** A ProgressCallback that does not care about the step's name. */
const anyStep =
  (progress?: ProgressCallback): StepProgress =>
  (_, done, total) =>
    progress?.(done, total);

function unsupported(): never {
  throw new PortError('unsupported-host', 'not available for files');
}

export function createFilePort(worker: WorkerLike, initial: ReportSettings): FilePort {
  let picked: PickedFiles = { files: [], previous: null };
  /** The files the worker holds (read last); null before the first read. */
  let inWorker: PickedFiles | null = null;
  let settings = initial;
  let problems: readonly FileProblem[] = [];
  let outputs: PageOutputs | null = null;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const pending = new Map<
    number,
    { resolve: (r: WorkerReply) => void; reject: (e: Error) => void; progress: StepProgress }
  >();
  worker.onmessage = (event) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') {
      waiting.progress(reply.step, reply.done, reply.total);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'failed') waiting.reject(new PortError('unknown', reply.message));
    else waiting.resolve(reply);
  };
  const ask = (request: Request, progress: StepProgress, transfer: Transferable[] = []) =>
    new Promise<WorkerReply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, progress });
      worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });

  async function writeChecked(onProgress?: ProgressCallback): Promise<WriteReportResult> {
    const reply = await ask({ type: 'write' }, anyStep(onProgress));
    if (reply.type !== 'written') throw new PortError('unknown', 'unexpected reply');
    outputs = reply.outputs;
    return {
      sheetName: reply.sheetName,
      indicatorTableRange: TABLE_KEYS.indicators,
      attentionTableRange: TABLE_KEYS.attention,
    };
  }

  return {
    setFiles(next) {
      picked = next;
      outputs = null;
      for (const l of listeners) l();
    },
    problems: () => problems,
    outputs: () => outputs,
    canSelectCells: false,
    async check(request, on) {
      const asked = picked;
      const fresh = asked === inWorker ? null : await pickedBytes(asked);
      let step: WorkerStep = 'reading';
      const progress: StepProgress = (next, done, total) => {
        if (next !== step && next !== 'writing') on.step((step = next));
        on.progress(done, total);
      };
      const reply = await ask(
        { type: 'check', picked: fresh?.bytes ?? null, request },
        progress,
        fresh?.transfer,
      );
      if (reply.type !== 'checked') throw new PortError('unknown', 'unexpected reply');
      inWorker = asked;
      problems = reply.result.problems;
      return reply.result.checked;
    },
    async readSheets(onProgress) {
      const asked = picked;
      const { bytes, transfer } = await pickedBytes(asked);
      const reply = await ask({ type: 'read', ...bytes, lang: settings.lang }, anyStep(onProgress), transfer);
      if (reply.type !== 'read') throw new PortError('unknown', 'unexpected reply');
      inWorker = asked;
      problems = reply.result.problems;
      return reply.result.sheets as WorkbookSheet[];
    },
    writeChecked,
    /** The worker makes the report of its last check; the layout made here is not needed. */
    writeReport: (_: ReportLayout, options: WriteReportOptions = {}) => writeChecked(options.onProgress),
    flagShortfalls: async () => unsupported(),
    clearFlags: async () => unsupported(),
    insertTemplate: async () => unsupported(),
    writeHistory: async () => unsupported(),
    selectRange: async () => undefined,
    async loadSettings(): Promise<LoadedSettings> {
      return { settings, ignored: [] };
    },
    async saveSettings(next) {
      settings = next;
      outputs = null;
    },
    async onSheetsChanged(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
  };
}
