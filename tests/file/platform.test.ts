/**
 * One file layer for Node and the browser: the shared reading and writing path uses no Node module, no
 * Buffer and no file access (checked on the source with the TypeScript compiler), and the browser's
 * adapter — DecompressionStream to inflate, fflate to compress, both present in Node 20 — reads the same
 * Grids and writes the same parts as the Node adapter with its zlib.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { unzipSync, strFromU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { REPORT_MARKER, type ReportLayout } from '../../src/engine';
import { readHistory, readWorkbook, reportWorkbookBytes, streamInflate } from '../../src/file/browser';
import type { Codec } from '../../src/file/core/codec';
import { fflateInflate, portableCodec } from '../../src/file/core/portableCodec';
import { readWorkbookBytes } from '../../src/file/core/readWorkbook';
import { renderWorkbook } from '../../src/file/core/writeWorkbook';
import { concat } from '../../src/file/core/zip';
import { historySheetLayout } from '../../src/file/historyBook';
import { nodeCodec } from '../../src/file/node';
import { readWorkbookBuffer } from '../../src/file/readXlsx';
import { renderReportWorkbook, renderReportWorkbookPieces } from '../../src/file/writeXlsx';

const FILE_LAYER = path.join(__dirname, '..', '..', 'src', 'file');
/** The Node adapters: the only files of the layer that may use Node (docx.ts is shared: it runs in the page's worker). */
const NODE_ONLY = new Set([
  'node.ts',
  'readXlsx.ts',
  'writeXlsx.ts',
  'history.ts',
  'atomic.ts',
  'deflateThread.ts',
]);
const NODE_MODULES =
  /^(node:.*|fs|fs\/promises|path|zlib|stream|stream\/.*|os|crypto|util|buffer|string_decoder|child_process|worker_threads|url|events)$/;
const NODE_GLOBALS = new Set([
  'Buffer',
  'process',
  'require',
  '__dirname',
  '__filename',
  'setImmediate',
  'global',
]);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** What a source uses of Node, as "line: what". */
function nodeUses(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const spec = (node.moduleSpecifier as ts.StringLiteral).text;
      if (NODE_MODULES.test(spec)) at(node, `imports ${spec}`);
      const target = path.basename(spec) + '.ts';
      if (spec.startsWith('.') && NODE_ONLY.has(target) && path.dirname(spec) === '.') {
        at(node, `imports the Node adapter ${spec}`);
      }
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isPropertySignature(p) && p.name === node);
      if (!isName) at(node, `uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the shared path uses nothing of Node', () => {
  const shared = files(FILE_LAYER).filter(
    (f) => !(path.dirname(f) === FILE_LAYER && NODE_ONLY.has(path.basename(f))),
  );

  test('the shared files include the reader, the writer and the browser adapter', () => {
    const names = shared.map((f) => path.relative(FILE_LAYER, f));
    for (const n of [
      'core/readWorkbook.ts',
      'core/writeWorkbook.ts',
      'core/xml.ts',
      'core/zip.ts',
      'browser.ts',
    ]) {
      expect(names).toContain(n);
    }
  });

  test.each(shared.map((f) => [path.relative(FILE_LAYER, f), f]))('%s', (_name, file) => {
    expect(nodeUses(file, fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  test('the check catches what it must', () => {
    const bad = [
      "import * as zlib from 'zlib';",
      "import { promises } from 'fs';",
      "import { PassThrough } from 'stream';",
      "import x from 'node:path';",
      "import { nodeCodec } from './node';",
      'const b = Buffer.from("x");',
      'const e = process.env;',
    ];
    for (const line of bad) expect(nodeUses('bad.ts', line)).toHaveLength(1);
    expect(nodeUses('fine.ts', "import { crc32 } from './core/codec'; const o = { Buffer: 1 };")).toEqual([]);
  });
});

async function sampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标任务');
  ws.addRow(['序号', '指标名称', '单位', '年度目标', '一季度', '二季度']);
  for (let i = 1; i <= 2000; i++) {
    ws.addRow([i, `组织科技下乡活动第${i}项`, '场次', 100 + i, i % 7 ? 25 : '约20', i * 0.5]);
  }
  ws.mergeCells('A2003:F2003');
  ws.getCell('A2003').value = '注：数据为测试生成。';
  ws.getColumn(5).numFmt = '0.0';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the browser adapter and the Node adapter agree', () => {
  test('the same grids, whichever inflater', async () => {
    const data = await sampleWorkbook();
    const node = await readWorkbookBuffer(data, 'a.xlsx');
    expect(node[0].grid.values).toHaveLength(2003);
    expect(await readWorkbook(new Uint8Array(data), 'a.xlsx')).toEqual(node);
    expect(await readWorkbookBytes(data, 'a.xlsx', portableCodec)).toEqual(node);
  });

  test('both inflaters refuse output beyond the declared size and damaged data', async () => {
    const { deflateRawSync } = await import('zlib');
    const packed = new Uint8Array(deflateRawSync(Buffer.alloc(100_000, 0x41)));
    for (const inflate of [streamInflate, fflateInflate, nodeCodec.inflate]) {
      const whole: Uint8Array[] = [];
      for await (const c of inflate(packed, 100_000)) whole.push(c);
      expect(whole.reduce((n, c) => n + c.length, 0)).toBe(100_000);
      const tooLong = (async () => {
        for await (const c of inflate(packed, 50_000)) void c;
      })();
      await expect(tooLong).rejects.toMatchObject({ reason: 'too-long' });
      const cut = (async () => {
        for await (const c of inflate(packed.subarray(0, packed.length - 8), 100_000)) void c;
      })();
      await expect(cut).rejects.toMatchObject({ name: 'InflateError' });
    }
  });

  test('a part read for its head: Node inflates the first of it only, and all of it when asked', async () => {
    const { deflateRawSync } = await import('zlib');
    // 40,000 rows of sheet XML with figures that do not repeat: about 2 MB that does not pack small.
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`,
    );
    const text = Buffer.from(rows.join(''));
    const packed = new Uint8Array(deflateRawSync(text, { level: 1 }));
    expect(packed.length).toBeGreaterThan(128 * 1024);
    const first = await nodeCodec.inflate(packed, text.length, true)[Symbol.asyncIterator]().next();
    const head = first.value as Uint8Array;
    expect(head.length).toBeGreaterThan(0);
    // A few hundred kilobytes of the part's 2.5 MB: never the megabyte pieces a whole part is handed on in.
    expect(head.length).toBeLessThan(600_000);
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(Buffer.from(head).equals(text.subarray(0, head.length))).toBe(true);
    const inflaters: Codec['inflate'][] = [streamInflate, fflateInflate, nodeCodec.inflate];
    for (const inflate of inflaters) {
      const all: Uint8Array[] = [];
      for await (const c of inflate(packed, text.length, true)) all.push(c);
      expect(Buffer.from(concat(all)).equals(text)).toBe(true);
    }
  });

  test('the same parts written, whichever compressor', async () => {
    const layout: ReportLayout = {
      sheets: [
        {
          name: '对标报告',
          columnWidths: [10, 30],
          rows: [
            [{ value: '标题 & <报告>', style: 'title' }],
            [{ value: 1 }, { value: 0.125, style: 'pct' }],
            ...Array.from({ length: 3000 }, (_, i) => [{ value: i }, { value: `第${i}行` }]),
          ],
          merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
          styles: { title: { bold: true, fontSize: 16 }, pct: { numFmt: '0.0%', border: 'thin' } },
          tables: [],
          charts: [],
          print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, rowBreaks: [40] },
          freeze: { row: 1 },
        },
      ],
    };
    const parts = (bytes: Uint8Array) =>
      Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, b]) => [name, strFromU8(b)]));
    const viaNode = parts(await renderReportWorkbook(layout));
    const viaBrowser = parts(renderWorkbook(layout, portableCodec));
    expect(Object.keys(viaBrowser).sort()).toEqual(Object.keys(viaNode).sort());
    expect(viaBrowser).toEqual(viaNode);
    expect(viaNode['xl/worksheets/sheet1.xml']).toContain('<c r="B3002" s="');
    // The command line writes the file's pieces one after another: in order, they are the file.
    const pieces = await renderReportWorkbookPieces(layout);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Buffer.from(concat(pieces)).equals(await renderReportWorkbook(layout))).toBe(true);
  });

  test('the report workbook and its history read back in the browser', async () => {
    const history = [
      {
        period: 'Q1',
        takenAt: '2026-04-05T09:30:00+08:00',
        entries: [
          {
            key: '市科协|1',
            sheet: '市科协',
            id: '1',
            name: '组织科技下乡',
            category: null,
            target: 180,
            actual: 50,
            expected: 45,
            completion: 50 / 180,
            status: 'on_track' as const,
          },
        ],
      },
    ];
    const report = {
      ...historySheetLayout([], 'zh-CN'),
      name: '目标对标报告',
      rows: [[{ value: `报告 ${REPORT_MARKER}` }]],
    };
    const bytes = reportWorkbookBytes({ sheets: [report] }, history, 'zh-CN');
    const read = await readHistory(bytes, 'report.xlsx');
    expect(read.sheet).toBe('对标记录');
    expect(read.history).toEqual(history);
    expect(read.hasReport).toBe(true);
  });
});
