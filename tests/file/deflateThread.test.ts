/**
 * The command line compresses the workbook in a second thread while it writes the XML: the file is the
 * same byte for byte as compressing in one thread (also when the pieces go round the ring of shared
 * slots many times, and for a piece longer than a slot), and a thread that fails or has been closed
 * gives an error, never a hang.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { CheckInSnapshot, ReportLayout } from '../../src/engine';
import { ZipWriter, concat } from '../../src/file/core/zip';
import { CompressorStopped, DeflateThread } from '../../src/file/deflateThread';
import { withHistorySheet } from '../../src/file/history';
import { nodeCodec } from '../../src/file/node';
import { renderReportWorkbookPieces } from '../../src/file/writeXlsx';

/** A history of `n` indicators: several megabytes of sheet XML. */
function history(n: number): CheckInSnapshot[] {
  const entries = Array.from({ length: n }, (_, i) => ({
    key: `表${i % 7}|${i}`,
    sheet: `表${i % 7}`,
    id: String(i),
    name: `指标${i}：开展科技志愿服务活动（场次）`,
    category: i % 3 ? '科普' : null,
    target: 100 + (i % 97),
    actual: i % 11 ? 50 + (i % 89) : null,
    expected: 75,
    completion: (i % 13) / 10,
    status: 'on_track' as const,
  }));
  return [{ period: 'Q3', takenAt: '2026-10-08T09:30:00+08:00', entries }];
}

describe('compressing in a second thread', () => {
  let thread: DeflateThread | null = null;
  afterEach(() => thread?.close());

  test('writes the same workbook as compressing in one thread', async () => {
    const layout: ReportLayout = withHistorySheet({ sheets: [] }, history(60_000), 'zh-CN');
    // Below the size that takes a thread, and above it.
    const here = concat(await renderReportWorkbookPieces(layout, Infinity));
    const beside = concat(await renderReportWorkbookPieces(layout, 1));
    // More than the ring holds (8 slots of 256 KB): the writer waited for slots and went round it.
    const parts = unzipSync(beside);
    expect(parts['xl/worksheets/sheet1.xml'].length).toBeGreaterThan(8 * 256 * 1024 * 4);
    expect(strFromU8(parts['xl/sharedStrings.xml'])).toContain('指标59999：开展科技志愿服务活动');
    expect(Buffer.from(beside).equals(Buffer.from(here))).toBe(true);
  });

  test('a thread that has stopped costs time, not the file: the workbook is written in one thread', async () => {
    const layout: ReportLayout = withHistorySheet({ sheets: [] }, history(3_000), 'zh-CN');
    const here = concat(await renderReportWorkbookPieces(layout, Infinity));
    const stopped = DeflateThread.start();
    stopped!.close();
    const again = concat(await renderReportWorkbookPieces(layout, 1, () => stopped));
    expect(Buffer.from(again).equals(Buffer.from(here))).toBe(true);
  });

  test('a piece longer than a slot is split and the part still reads back whole', async () => {
    thread = DeflateThread.start();
    const zip = new ZipWriter(nodeCodec, 1, thread!);
    const big = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => (i * 7919) % 251);
    const p = zip.part('media/big.bin');
    p.ascii('head');
    p.bytes(big);
    p.end();
    zip.add('small.xml', '<a>小</a>');
    const parts = unzipSync(concat(await zip.settled()));
    expect(parts['media/big.bin'].length).toBe(big.length + 4);
    expect(Buffer.from(parts['media/big.bin'].subarray(4)).equals(Buffer.from(big))).toBe(true);
    expect(strFromU8(parts['small.xml'])).toBe('<a>小</a>');
  });

  test('a writer ahead of the thread deflates pieces itself, and the part comes back in order', async () => {
    // Twenty pieces handed over at once, before the thread has even started: the ring holds eight, so the
    // writer deflates the rest itself rather than wait.
    const data = new Uint8Array(20 * 256 * 1024).map((_, i) => (i * 7919) % 251);
    thread = DeflateThread.start();
    const beside = new ZipWriter(nodeCodec, 1, thread!);
    const here = new ZipWriter(nodeCodec, 1);
    for (const zip of [beside, here]) {
      const p = zip.part('media/data.bin');
      for (let at = 0; at < data.length; at += 256 * 1024) p.bytes(data.subarray(at, at + 256 * 1024));
      p.end();
    }
    const bytes = concat(await beside.settled());
    expect(thread!.deflatedHere).toBeGreaterThan(0);
    expect(Buffer.from(bytes).equals(Buffer.from(concat(here.pieces())))).toBe(true);
    expect(Buffer.from(unzipSync(bytes)['media/data.bin']).equals(Buffer.from(data))).toBe(true);
  });

  test('a part the thread cannot compress is an error, and a closed thread refuses more', async () => {
    thread = DeflateThread.start();
    // Level 42 is no zlib level: the thread fails on it and says so.
    const bad = thread!.part(42);
    bad.push(new Uint8Array(10), true);
    await expect(bad.result()).rejects.toThrow();
    thread!.close();
    const late = thread!.part(1);
    expect(() => late.push(new Uint8Array(10), true)).toThrow(CompressorStopped);
  });

  test('the in-thread writer refuses to hand over parts still compressing elsewhere', () => {
    thread = DeflateThread.start();
    const zip = new ZipWriter(nodeCodec, 1, thread!);
    zip.add('a.xml', '<a/>');
    expect(() => zip.pieces()).toThrow('use settled()');
  });
});
