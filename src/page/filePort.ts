/**
 * The WorkbookPort over files: the pane's hook and components run unchanged on the offline page, with
 * the picked .xlsx files where the pane has the open workbook. Reading and writing happen in the Web
 * Worker (worker.ts); "writing the report" makes the three downloads, which the page shows. What only a
 * live workbook can do (flags, the template, selecting a cell) the page does not offer.
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
import type { FileBytes, FileProblem, PageOutputs, WorkerReply, WorkerRequest } from './protocol';

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

export interface FilePort extends WorkbookPort {
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

function unsupported(): never {
  throw new PortError('unsupported-host', 'not available for files');
}

export function createFilePort(worker: WorkerLike, initial: ReportSettings, today: () => string): FilePort {
  let picked: PickedFiles = { files: [], previous: null };
  let settings = initial;
  let problems: readonly FileProblem[] = [];
  let outputs: PageOutputs | null = null;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const pending = new Map<
    number,
    { resolve: (r: WorkerReply) => void; reject: (e: Error) => void; progress?: ProgressCallback }
  >();
  worker.onmessage = (event) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') {
      waiting.progress?.(reply.done, reply.total);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'failed') waiting.reject(new PortError('unknown', reply.message));
    else waiting.resolve(reply);
  };
  const ask = (request: Request, progress?: ProgressCallback, transfer: Transferable[] = []) =>
    new Promise<WorkerReply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
      worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });

  return {
    setFiles(next) {
      picked = next;
      outputs = null;
      for (const l of listeners) l();
    },
    problems: () => problems,
    outputs: () => outputs,
    async readSheets(onProgress) {
      const files = await Promise.all(picked.files.map(bytesOf));
      const previous = picked.previous ? await bytesOf(picked.previous) : null;
      const transfer = [...files, ...(previous ? [previous] : [])].map((f) => f.bytes.buffer as ArrayBuffer);
      const reply = await ask({ type: 'read', files, previous, lang: settings.lang }, onProgress, transfer);
      if (reply.type !== 'read') throw new PortError('unknown', 'unexpected reply');
      problems = reply.result.problems;
      return reply.result.sheets as WorkbookSheet[];
    },
    async writeReport(layout: ReportLayout, options: WriteReportOptions = {}): Promise<WriteReportResult> {
      const reply = await ask(
        { type: 'write', settings, date: today(), takenAt: new Date().toISOString() },
        options.onProgress,
      );
      if (reply.type !== 'written') throw new PortError('unknown', 'unexpected reply');
      outputs = reply.outputs;
      return {
        sheetName: layout.sheets[0]?.name ?? '',
        indicatorTableRange: TABLE_KEYS.indicators,
        attentionTableRange: TABLE_KEYS.attention,
      };
    },
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
