/**
 * Compression in a second thread, for the command line (Node only): while the main thread writes a
 * workbook's XML, a worker deflates the pieces already written, so the two halves of the work run on two
 * cores. The pieces pass through a small ring of shared memory (a few slots of the writer's piece size):
 * nothing is allocated per piece. A writer that gets ahead does not wait for a slot: it deflates that
 * piece itself, so neither thread idles while the other has work. Each piece is deflated on its own and
 * ended with a sync flush, exactly as `nodeCodec`'s deflater does in one thread, so the file is the same
 * byte for byte whichever thread deflates which piece; the writer keeps each part's CRC-32 and size, and
 * puts the pieces back in order by their number.
 */
import { Worker } from 'node:worker_threads';
import * as zlib from 'zlib';
import type { Compressed, PartCompressor } from './core/codec';
import { nodeCodec } from './node';

const SLOTS = 8;
/** A slot holds one piece of up to this many bytes (the zip writer's buffer; longer pieces are split). */
const SLOT_BYTES = 256 * 1024;
/** Per slot: state (0 free, 1 full), length, part, final, level, the piece's number in its part. Then
 * one word: the worker has left. */
const WORDS = 6;
const GONE = SLOTS * WORDS;

// The worker, as plain JavaScript (it runs as it is under the compiled program and the tests alike).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { sab, slots, slotBytes, words, gone } = workerData;
const ctrl = new Int32Array(sab, 0, slots * words + 1);
const data = new Uint8Array(sab, (slots * words + 1) * 4);
try {
  for (let k = 0; ; k = (k + 1) % slots) {
    const s = k * words;
    while (Atomics.load(ctrl, s) === 0) Atomics.wait(ctrl, s, 0);
    const length = ctrl[s + 1], part = ctrl[s + 2], final = ctrl[s + 3] === 1, level = ctrl[s + 4];
    const seq = ctrl[s + 5];
    if (part < 0) break;
    const made = zlib.deflateRawSync(data.subarray(k * slotBytes, k * slotBytes + length), {
      level,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    // Handed over, not copied: memory of its own, moved to the main thread.
    const whole = made.byteOffset === 0 && made.byteLength === made.buffer.byteLength;
    const out = whole ? made : new Uint8Array(made);
    Atomics.store(ctrl, s, 0);
    Atomics.notify(ctrl, s);
    parentPort.postMessage({ part, seq, chunk: out }, [out.buffer]);
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
  /** The piece's number in its part. */
  readonly seq: number;
  readonly chunk: Uint8Array;
}

interface Pending {
  /** The compressed pieces by number, as they come from either thread. */
  readonly chunks: Uint8Array[];
  /** How many pieces have come back, and how many there are once the final one is handed over (else -1). */
  done: number;
  total: number;
  crc: number;
  size: number;
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
  /** Pieces this thread deflated itself because the ring was full. */
  deflatedHere = 0;

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
      entry = { chunks: [], done: 0, total: -1, crc: 0, size: 0, resolve, reject };
    });
    result.catch(() => undefined); // taken up by whoever awaits the part
    this.pending.set(id, entry);
    let seq = 0;
    return {
      push: (data, final) => {
        let at = 0;
        do {
          const end = Math.min(data.length, at + SLOT_BYTES);
          const piece = data.subarray(at, end);
          const last = final && end === data.length;
          entry.crc = nodeCodec.crc32(piece, entry.crc);
          entry.size += piece.length;
          this.send(id, entry, seq++, level, piece, last);
          if (last) {
            entry.total = seq;
            this.settle(id, entry);
          }
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
    this.closed = true;
    const s = this.slot * WORDS;
    if (Atomics.load(this.ctrl, s) !== 0) {
      // Still busy (a write that failed half way): nothing of it is wanted any more.
      void this.worker.terminate();
      return;
    }
    this.ctrl[s + 2] = -1;
    Atomics.store(this.ctrl, s, 1);
    Atomics.notify(this.ctrl, s);
  }

  /** Hands a piece to the thread through the next slot, or deflates it here when that slot is still full. */
  private send(
    part: number,
    entry: Pending,
    seq: number,
    level: number,
    piece: Uint8Array,
    final: boolean,
  ): void {
    if (this.failure) throw this.failure;
    if (this.closed || Atomics.load(this.ctrl, GONE) === 1) throw new CompressorStopped();
    const k = this.slot;
    const s = k * WORDS;
    if (Atomics.load(this.ctrl, s) !== 0) {
      let made: Uint8Array;
      try {
        // nodeCodec's own deflater: the same call the thread makes, so the same bytes.
        [made] = nodeCodec.deflater(level).push(piece, final);
      } catch (e) {
        this.pending.delete(part);
        entry.reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      entry.chunks[seq] = made;
      entry.done++;
      this.deflatedHere++;
      return;
    }
    this.data.set(piece, k * SLOT_BYTES);
    this.ctrl[s + 1] = piece.length;
    this.ctrl[s + 2] = part;
    this.ctrl[s + 3] = final ? 1 : 0;
    this.ctrl[s + 4] = level;
    this.ctrl[s + 5] = seq;
    Atomics.store(this.ctrl, s, 1);
    Atomics.notify(this.ctrl, s);
    this.slot = (k + 1) % SLOTS;
  }

  private received(m: Message): void {
    const entry = this.pending.get(m.part);
    if (!entry) return;
    entry.chunks[m.seq] = m.chunk;
    entry.done++;
    this.settle(m.part, entry);
  }

  /** Resolves a part once every piece of it is back. */
  private settle(part: number, entry: Pending): void {
    if (entry.total < 0 || entry.done < entry.total) return;
    this.pending.delete(part);
    entry.resolve({ chunks: entry.chunks, crc: entry.crc >>> 0, size: entry.size });
  }

  private fail(e: CompressorStopped): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }
}
