/**
 * Compression in a second thread, for the command line (Node only): while the main thread writes a
 * workbook's XML, a worker deflates and checksums the pieces already written, so the two halves of the
 * work run on two cores. The pieces pass through a small ring of shared memory (a few slots of the
 * writer's piece size): nothing is allocated per piece, and a writer that gets ahead waits for a slot.
 * Each piece is deflated on its own and ended with a sync flush, exactly as `nodeCodec`'s deflater does
 * in one thread, so the file is the same byte for byte either way.
 */
import { Worker } from 'node:worker_threads';
import * as zlib from 'zlib';
import type { Compressed, PartCompressor } from './core/codec';

const SLOTS = 8;
/** A slot holds one piece of up to this many bytes (the zip writer's buffer; longer pieces are split). */
const SLOT_BYTES = 256 * 1024;
/** Per slot: state (0 free, 1 full), length, part, final, level. Then one word: the worker has left. */
const WORDS = 5;
const GONE = SLOTS * WORDS;
/** How long the writer waits for a free slot before it takes the worker for dead. */
const STALL_MS = 60_000;

// The worker, as plain JavaScript (it runs as it is under the compiled program and the tests alike).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { sab, slots, slotBytes, words, gone } = workerData;
const ctrl = new Int32Array(sab, 0, slots * words + 1);
const data = new Uint8Array(sab, (slots * words + 1) * 4);
const crc = new Map();
const size = new Map();
try {
  for (let k = 0; ; k = (k + 1) % slots) {
    const s = k * words;
    while (Atomics.load(ctrl, s) === 0) Atomics.wait(ctrl, s, 0);
    const length = ctrl[s + 1], part = ctrl[s + 2], final = ctrl[s + 3] === 1, level = ctrl[s + 4];
    if (part < 0) break;
    const piece = data.subarray(k * slotBytes, k * slotBytes + length);
    const c = zlib.crc32(piece, crc.get(part) || 0);
    const n = (size.get(part) || 0) + length;
    const made = zlib.deflateRawSync(piece, {
      level,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    // Handed over, not copied: memory of its own, moved to the main thread.
    const whole = made.byteOffset === 0 && made.byteLength === made.buffer.byteLength;
    const out = whole ? made : new Uint8Array(made);
    Atomics.store(ctrl, s, 0);
    Atomics.notify(ctrl, s);
    if (final) {
      crc.delete(part);
      size.delete(part);
      parentPort.postMessage({ part, chunk: out, crc: c, size: n }, [out.buffer]);
    } else {
      crc.set(part, c);
      size.set(part, n);
      parentPort.postMessage({ part, chunk: out }, [out.buffer]);
    }
  }
} finally {
  Atomics.store(ctrl, gone, 1);
  for (let k = 0; k < slots; k++) Atomics.notify(ctrl, k * words);
}
`;

/** The compressing thread stopped before its work was done (the writer can then compress in its own). */
export class CompressorStopped extends Error {
  constructor(readonly reason?: unknown) {
    super('the compressing thread has stopped');
    this.name = 'CompressorStopped';
  }
}

interface Message {
  readonly part: number;
  readonly chunk: Uint8Array;
  readonly crc?: number;
  readonly size?: number;
}

interface Pending {
  readonly chunks: Uint8Array[];
  resolve(c: Compressed): void;
  reject(e: Error): void;
}

export class DeflateThread implements PartCompressor {
  private readonly ctrl: Int32Array;
  private readonly data: Uint8Array;
  private readonly pending = new Map<number, Pending>();
  private slot = 0;
  private parts = 0;
  private failure: CompressorStopped | null = null;
  private closed = false;

  private constructor(
    private readonly worker: Worker,
    sab: SharedArrayBuffer,
  ) {
    this.ctrl = new Int32Array(sab, 0, GONE + 1);
    this.data = new Uint8Array(sab, (GONE + 1) * 4);
    worker.on('message', (m: Message) => this.received(m));
    worker.on('error', (e) => this.fail(new CompressorStopped(e)));
    worker.on('exit', () => this.fail(new CompressorStopped()));
  }

  /** A compressing thread, or null where this runtime cannot give one (then the writer compresses itself). */
  static start(): DeflateThread | null {
    if (typeof (zlib as { crc32?: unknown }).crc32 !== 'function') return null;
    try {
      const sab = new SharedArrayBuffer((GONE + 1) * 4 + SLOTS * SLOT_BYTES);
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { sab, slots: SLOTS, slotBytes: SLOT_BYTES, words: WORDS, gone: GONE },
      });
      return new DeflateThread(worker, sab);
    } catch {
      return null;
    }
  }

  part(level: number): ReturnType<PartCompressor['part']> {
    const id = this.parts++;
    let entry!: Pending;
    const result = new Promise<Compressed>((resolve, reject) => {
      entry = { chunks: [], resolve, reject };
    });
    result.catch(() => undefined); // taken up by whoever awaits the part
    this.pending.set(id, entry);
    return {
      push: (data, final) => {
        let at = 0;
        do {
          const end = Math.min(data.length, at + SLOT_BYTES);
          this.send(id, level, data.subarray(at, end), final && end === data.length);
          at = end;
        } while (at < data.length);
      },
      result: () => result,
    };
  }

  /**
   * Ends the thread once what was handed to it is done. Until then it keeps the program running (its
   * results are awaited); after, the program never waits for it to stop.
   */
  close(): void {
    this.worker.unref();
    if (this.closed) return;
    try {
      this.send(-1, 0, new Uint8Array(0), true);
    } catch {
      void this.worker.terminate();
    }
    this.closed = true;
  }

  private send(part: number, level: number, piece: Uint8Array, final: boolean): void {
    const k = this.slot;
    const s = k * WORDS;
    const waitedFrom = Date.now();
    for (;;) {
      if (this.closed || Atomics.load(this.ctrl, GONE) === 1 || Date.now() - waitedFrom > STALL_MS) {
        throw new CompressorStopped();
      }
      if (Atomics.load(this.ctrl, s) === 0) break;
      Atomics.wait(this.ctrl, s, 1, 1000);
    }
    this.data.set(piece, k * SLOT_BYTES);
    this.ctrl[s + 1] = piece.length;
    this.ctrl[s + 2] = part;
    this.ctrl[s + 3] = final ? 1 : 0;
    this.ctrl[s + 4] = level;
    Atomics.store(this.ctrl, s, 1);
    Atomics.notify(this.ctrl, s);
    this.slot = (k + 1) % SLOTS;
  }

  private received(m: Message): void {
    const entry = this.pending.get(m.part);
    if (!entry) return;
    entry.chunks.push(m.chunk);
    if (m.crc !== undefined && m.size !== undefined) {
      this.pending.delete(m.part);
      entry.resolve({ chunks: entry.chunks, crc: m.crc >>> 0, size: m.size });
    }
  }

  private fail(e: CompressorStopped): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }
}
