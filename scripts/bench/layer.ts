/**
 * The file layer's choices, measured in one process on the benchmark's largest workbook: which inflater
 * (Node's zlib, fflate, the platform's DecompressionStream), which XML scanning (the layer's byte scanner
 * against a SAX parser's events alone), which compressor and level for writing (zlib and fflate, levels
 * 1 and 6). Medians of a few runs after a warm-up; indicative, as every figure here.
 */
import { performance } from 'node:perf_hooks';
import { streamInflate } from '../../src/file/browser';
import type { Codec } from '../../src/file/core/codec';
import { portableCodec } from '../../src/file/core/portableCodec';
import { readWorkbookBytes } from '../../src/file/core/readWorkbook';
import { renderWorkbook } from '../../src/file/core/writeWorkbook';
import { XmlScanner } from '../../src/file/core/xml';
import { entryBytes, readZipDirectory } from '../../src/file/core/zip';
import { withHistorySheet } from '../../src/file/historyBook';
import { nodeCodec } from '../../src/file/node';
import { buildReportLayout, runCheck } from '../../src/engine';

export interface LayerFigure {
  readonly what: string;
  readonly ms: number;
  readonly note?: string;
}

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

async function inflateAll(data: Uint8Array, codec: Codec['inflate']): Promise<number> {
  let n = 0;
  for (const entry of readZipDirectory(data)) {
    if (!/worksheets\/sheet/.test(entry.name)) continue;
    for await (const c of codec(entryBytes(data, entry), entry.size)) n += c.length;
  }
  return n;
}

/** The sheets' XML, inflated, as one list of byte arrays. */
async function sheetXml(data: Uint8Array): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for (const entry of readZipDirectory(data)) {
    if (!/worksheets\/sheet/.test(entry.name)) continue;
    for await (const c of nodeCodec.inflate(entryBytes(data, entry), entry.size))
      parts.push(new Uint8Array(c));
  }
  return parts;
}

async function saxEvents(parts: readonly Uint8Array[]): Promise<string | number> {
  let saxes: {
    SaxesParser: new () => { on(e: string, f: () => void): void; write(s: string): void; close(): void };
  };
  try {
    saxes = await import('saxes');
  } catch {
    return 'saxes is not installed';
  }
  return median(3, () => {
    const decoder = new TextDecoder();
    const p = new saxes.SaxesParser();
    let events = 0;
    p.on('opentag', () => events++);
    p.on('closetag', () => events++);
    p.on('text', () => events++);
    p.write('<all>');
    for (const part of parts) p.write(decoder.decode(part).replace(/^<\?xml[^>]*\?>/, ''));
    p.write('</all>');
    p.close();
    return events;
  });
}

export async function layerFigures(data: Uint8Array): Promise<LayerFigure[]> {
  const out: LayerFigure[] = [];
  const xmlMb = (await inflateAll(data, nodeCodec.inflate)) / 1024 ** 2;
  out.push({
    what: `inflate the sheets (${xmlMb.toFixed(0)} MB of XML): Node's zlib`,
    ms: await median(3, () => inflateAll(data, nodeCodec.inflate)),
  });
  out.push({ what: '… fflate', ms: await median(3, () => inflateAll(data, portableCodec.inflate)) });
  out.push({
    what: "… DecompressionStream('deflate-raw')",
    ms: await median(3, () => inflateAll(data, streamInflate)),
  });
  const parts = await sheetXml(data);
  const scan = await median(3, () => {
    let n = 0;
    for (const part of parts) {
      const s = new XmlScanner(
        { wantText: false, open: () => void n++, close: () => void n++, text: () => void n++ },
        1 << 20,
      );
      s.push(part);
      s.end();
    }
    return n;
  });
  out.push({ what: 'scan the sheets: the byte scanner, events only', ms: scan });
  const sax = await saxEvents(parts);
  if (typeof sax === 'number')
    out.push({ what: '… a SAX parser (saxes), events only (text decoded first)', ms: sax });
  else out.push({ what: '… a SAX parser', ms: Number.NaN, note: sax });
  out.push({
    what: 'read the workbook into grids: zlib',
    ms: await median(3, () => readWorkbookBytes(data, 'b.xlsx', nodeCodec)),
  });
  out.push({ what: '… fflate', ms: await median(3, () => readWorkbookBytes(data, 'b.xlsx', portableCodec)) });
  const sources = await readWorkbookBytes(data, 'b.xlsx', nodeCodec);
  const result = runCheck({
    sources,
    lang: 'zh-CN',
    date: '2026-10-08',
    takenAt: '2026-10-08T09:30:00+08:00',
  });
  const layout = withHistorySheet(buildReportLayout(result.report), result.history, 'zh-CN');
  for (const [name, codec] of [
    ['zlib', nodeCodec],
    ['fflate', portableCodec],
  ] as const) {
    for (const level of [1, 6]) {
      let size = 0;
      const ms = await median(3, () => {
        size = renderWorkbook(layout, codec, level).length;
      });
      out.push({
        what: `write the report workbook: ${name}, level ${level}`,
        ms,
        note: `${(size / 1024 ** 2).toFixed(1)} MB`,
      });
    }
  }
  return out;
}
