/**
 * The JSON result written straight to UTF-8 bytes must be byte for byte what
 * `JSON.stringify(value, null, 2) + '\n'` encoded as UTF-8 gives: checked on generated values of every
 * kind, on the numbers the fast path writes itself, and on real reports.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCheck, toResultJson } from '../../src/engine';
import { FieldList, jsonBytes, writeJson } from '../../src/file/jsonBytes';
import { readWorkbookFile } from '../../src/file/readXlsx';
import { resultJsonBytes, writeResultJson } from '../../src/file/resultJson';
import { benchGrid, perSheetCounts, prng } from '../../scripts/bench/generate';

const SAMPLE = path.join(__dirname, '../../assets/sample/indicators-sample.xlsx');

/** What the bytes must be. */
const expected = (v: unknown): Buffer => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');

function expectSame(v: unknown): void {
  const bytes = jsonBytes(v);
  const want = expected(v);
  // Compared as bytes; on a difference, the text around the first differing byte says where.
  if (!want.equals(bytes)) {
    let i = 0;
    while (i < want.length && want[i] === bytes[i]) i++;
    const around = (b: Uint8Array) => Buffer.from(b.subarray(Math.max(0, i - 40), i + 40)).toString();
    expect({ at: i, got: around(bytes) }).toEqual({ at: i, got: around(want) });
  }
  expect(bytes.length).toBe(want.length);
}

/** Pieces of text that each need care: escapes, every control, multi-byte UTF-8, pairs, lone halves. */
const TEXT_PIECES = [
  'plain',
  '',
  ' ',
  '"',
  '\\',
  '/',
  '\b\f\n\r\t',
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)),
  '\u007f',
  '\u0080',
  'é',
  'ß',
  '\u07ff',
  '\u0800',
  '年度目标',
  '完成率115%',
  '（一）',
  '\u2028\u2029',
  '\ufeff',
  '\uffff',
  '😀',
  '👩‍💻',
  '\ud83d', // high half alone
  '\ude00', // low half alone
  '\ude00\ud83d', // halves the wrong way round
  '\udbff\udfff', // the last code point
  '\ud800\udc00', // the first above the BMP
];

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.665,
  1374.75,
  0.8333,
  0.0001,
  -0.0001,
  0.00005,
  5e-7,
  1e-7,
  1.5e-7,
  9.99e-8,
  1e21,
  1e20,
  123456789012345680000,
  -1e21,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 31),
  99999999999.9999,
  1e11,
  100000000000.0001,
  0.1 + 0.2,
  112.50000000000001,
  Math.PI,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
];

function randomString(rnd: () => number): string {
  let s = '';
  const n = Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) s += TEXT_PIECES[Math.floor(rnd() * TEXT_PIECES.length)];
  return s;
}

function randomNumber(rnd: () => number): number {
  const r = rnd();
  if (r < 0.3) return NUMBERS[Math.floor(rnd() * NUMBERS.length)];
  if (r < 0.5) return Math.round((rnd() - 0.5) * 2e6) / 10000; // four decimals
  if (r < 0.7) return Math.round((rnd() - 0.5) * 1e9);
  return (rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20);
}

/** A value of any kind JSON.stringify meets, nested up to `depth`. */
function randomValue(rnd: () => number, depth: number): unknown {
  const r = rnd();
  if (depth > 0 && r < 0.2) {
    const n = Math.floor(rnd() * 4);
    return Array.from({ length: n }, () => randomValue(rnd, depth - 1));
  }
  if (depth > 0 && r < 0.4) {
    const o: Record<string, unknown> = {};
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++)
      o[rnd() < 0.2 ? String(Math.floor(rnd() * 20)) : randomString(rnd)] = randomValue(rnd, depth - 1);
    return o;
  }
  if (r < 0.55) return randomString(rnd);
  if (r < 0.75) return randomNumber(rnd);
  if (r < 0.8) return rnd() < 0.5;
  if (r < 0.85) return null;
  if (r < 0.9) return undefined;
  if (r < 0.92) return () => 1;
  if (r < 0.94) return Symbol('s');
  if (r < 0.96) return new Date(Math.floor(rnd() * 4e12));
  const gives = rnd() < 0.3 ? undefined : 'toJSON';
  return { toJSON: (key: string) => gives && `${gives}(${key})` };
}

// The generated values come from a seeded generator, so a failure repeats.
describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify(v, null, 2) + "\\n" for each tricky value', () => {
    for (const s of TEXT_PIECES) expectSame(s);
    expectSame(TEXT_PIECES);
    expectSame(TEXT_PIECES.join(''));
    for (const n of NUMBERS) expectSame(n);
    expectSame(NUMBERS);
    expectSame({ nested: { deeper: { deepest: [[[]], {}, [{}], { a: [] }] } } });
    expectSame({ a: undefined, b: () => 1, c: Symbol('c'), d: 1 });
    expectSame({ a: undefined });
    expectSame([undefined, () => 1, Symbol('c'), null]);
    expectSame({ 2: 'two', b: 'b', 1: 'one', a: 'a', '-1': 'minus', '01': 'zero one' });
    expectSame({ date: new Date(Date.UTC(2026, 9, 8)), when: [new Date(0)] });
    expectSame({ k: { toJSON: (key: string) => ({ given: key }) }, l: [{ toJSON: (key: string) => key }] });
    expectSame({ gone: { toJSON: () => undefined }, kept: 1 });
    expectSame({ n: new Number(-0), s: new String('完成'), b: new Boolean(false) });
    expectSame({ '"quoted"\n': 1, 年度: 2, '😀': 3, '\ud800': 4 });
    expectSame(Object.assign(Object.create(null) as object, { a: 1, b: [true, false] }));
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
      get sum(): number {
        return this.x + this.y;
      }
    }
    expectSame([new Point(1, 2), new Point(-0, 0.5)]);
  });

  it('gives the same bytes as JSON.stringify for 2,000 generated values', () => {
    const rnd = prng(13);
    for (let i = 0; i < 2000; i++) {
      const v = randomValue(rnd, 5);
      if (JSON.stringify(v) === undefined) continue; // nothing to write: refused (below)
      expectSame(v);
    }
  });

  it('writes every number with at most four decimals as String() does', () => {
    const texts: string[] = [];
    const want: string[] = [];
    const check = (n: number) => {
      texts.push(Buffer.from(jsonBytes(n)).toString().trimEnd());
      want.push(String(n));
    };
    for (let m = -20000; m <= 20000; m++) check(m / 10000);
    const rnd = prng(4);
    for (let i = 0; i < 20000; i++) {
      const scale = 10 ** Math.floor(rnd() * 15);
      check(Math.round((rnd() - 0.5) * scale) / 10000);
      check(Math.round(rnd() * 1e15) / 10000);
    }
    expect(texts).toEqual(want);
  });

  it('hands over pieces that join into the whole, with a string longer than a piece', () => {
    const long = '指标'.repeat(400_000); // 2.4 MB of UTF-8 in one string
    const value = {
      before: 'x'.repeat(900_000),
      long,
      rows: Array.from({ length: 30_000 }, (_, i) => i / 7),
    };
    const pieces: Uint8Array[] = [];
    writeJson(value, (bytes) => pieces.push(bytes.slice()));
    expect(pieces.length).toBeGreaterThan(2);
    expect(Buffer.concat(pieces).equals(expected(value))).toBe(true);
    expect(Buffer.from(jsonBytes(value)).equals(expected(value))).toBe(true);
  });

  it('writes a FieldList field by field to the bytes JSON.stringify gives for its objects', () => {
    type Sink = {
      text(k: string, v: string | null | undefined): void;
      number(k: string, v: number | null): void;
      flag(k: string, v: boolean): void;
      value(k: string, v: unknown): void;
    };
    const items = [
      { a: 'x"\n', n: 1.5, f: true, o: { s: '小', list: [1, null] }, u: undefined },
      { a: null, n: Infinity, f: false, o: null, u: undefined },
    ];
    const list = new FieldList<Record<string, unknown>, Sink>(
      items.length,
      (i) => ({ ...items[i] }),
      (i, sink) => {
        const it = items[i];
        sink.text('a', it.a);
        sink.number('n', it.n);
        sink.flag('f', it.f);
        sink.value('o', it.o);
        sink.text('u', it.u);
        sink.value('v', undefined);
      },
    );
    const v = {
      before: 1,
      list,
      empty: new FieldList(
        0,
        () => ({}),
        () => undefined,
      ),
      after: [list],
    };
    expectSame(v);
    // An item with no field written is an empty object, as {} is.
    expectSame([
      new FieldList(
        2,
        () => ({}),
        () => undefined,
      ),
    ]);
  });

  it('writes the same short texts of many items, kept encoded per position, as JSON.stringify does', () => {
    type Sink = { text(k: string, v: string | null | undefined): void };
    // Repeated and unique texts, escapes, Chinese, a surrogate pair, a long text, and items whose fields
    // shift position (a field left out) or change name at a position.
    const units = ['万元', 'km', 'a"b', 'tab\t', '😀', ''];
    const items = Array.from({ length: 700 }, (_, i) => ({
      first: i % 3 === 0 ? undefined : units[i % units.length],
      unit: units[(i * 7) % units.length],
      name: `指标${i}`,
      note: i % 50 === 0 ? '长'.repeat(40) : null,
      odd: i % 2 === 0 ? 'even' : undefined,
      last: units[i % 4],
    }));
    const list = new FieldList<Record<string, unknown>, Sink>(
      items.length,
      (i) => ({ ...items[i] }),
      (i, sink) => {
        const it = items[i];
        sink.text('first', it.first);
        sink.text('unit', it.unit);
        sink.text('name', it.name);
        sink.text('note', it.note);
        sink.text(i % 5 === 0 ? 'other' : 'odd', it.odd);
        sink.text('last', it.last);
      },
    );
    const objects = items.map((it, i) => ({
      first: it.first,
      unit: it.unit,
      name: it.name,
      note: it.note,
      [i % 5 === 0 ? 'other' : 'odd']: it.odd,
      last: it.last,
    }));
    expect(Buffer.from(jsonBytes({ list })).toString('utf8')).toBe(
      `${JSON.stringify({ list: objects }, null, 2)}\n`,
    );
  });

  it('refuses what JSON.stringify refuses, and a value with no JSON text', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = { back: circular };
    expect(() => jsonBytes(circular)).toThrow(TypeError);
    expect(() => jsonBytes([1n])).toThrow(TypeError);
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
    expect(() => jsonBytes(() => 1)).toThrow(TypeError);
    // the same object twice, side by side, is not a circle
    const shared = { s: 1 };
    expectSame({ a: shared, b: [shared, shared] });
  });
});

describe('the JSON result as bytes', () => {
  it('is the pretty-printed contract for the sample report, whole or in pieces', async () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const { report } = runCheck({ sources: await readWorkbookFile(SAMPLE), lang, date: '2018-10-08' });
      const bytes = resultJsonBytes(report);
      const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
      expect(parsed).toMatchObject(JSON.parse(JSON.stringify(toResultJson(report))) as object);
      expect(parsed).toHaveProperty('changes');
      expect(Buffer.from(bytes).equals(expected(parsed))).toBe(true);
      const pieces: Uint8Array[] = [];
      writeResultJson(report, (b) => pieces.push(b.slice()));
      expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('writes each indicator field by field exactly as the contract object has it, on every real table', async () => {
    const dir = path.join(__dirname, '../fixtures/real');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    const seen = { sourceStatus: 0, milestone: 0, approximate: 0, targetHigh: 0, targetText: 0 };
    for (const file of [SAMPLE, ...files.map((f) => path.join(dir, f))]) {
      const { report } = runCheck({
        sources: await readWorkbookFile(file),
        lang: file.includes('/en-') ? 'en-US' : 'zh-CN',
        date: '2025-01-15',
      });
      const written = JSON.parse(Buffer.from(resultJsonBytes(report)).toString('utf8')) as Record<
        string,
        unknown
      >;
      delete written.changes;
      const contract = toResultJson(report);
      // Key order included: the text of each, made the same way, must be the same.
      expect(JSON.stringify(written, null, 2)).toBe(JSON.stringify(contract, null, 2));
      for (const i of contract.indicators) {
        if (i.sourceStatus) seen.sourceStatus++;
        if (i.kind === 'milestone') seen.milestone++;
        if (i.approximate) seen.approximate++;
        if (i.targetHigh !== null) seen.targetHigh++;
        if (i.targetText !== null) seen.targetText++;
      }
    }
    // The corpus has every kind of field, for the comparison to bite.
    for (const n of Object.values(seen)) expect(n).toBeGreaterThan(0);
  });

  it('is byte for byte JSON.stringify of the contract for a generated 4,000-indicator check', () => {
    const sources = perSheetCounts(4000, 4).map((n, i) => ({ file: 'bench.xlsx', grid: benchGrid(i, n) }));
    const { report } = runCheck({ sources, lang: 'zh-CN', date: '2026-10-08' });
    const contract = toResultJson(report);
    expect(contract.indicators).toHaveLength(4000);
    expectSame(contract);
    // Written piece by piece, each indicator's entry made as it is written: the same bytes.
    const pieces: Uint8Array[] = [];
    writeResultJson(report, (b) => pieces.push(b.slice()));
    expect(Buffer.concat(pieces).equals(Buffer.from(resultJsonBytes(report)))).toBe(true);
  });

  it('can make each indicator entry only when it is read', () => {
    const sources = perSheetCounts(30, 1).map((n, i) => ({ file: 'bench.xlsx', grid: benchGrid(i, n) }));
    const { report } = runCheck({ sources, lang: 'en-US', date: '2026-10-08' });
    let made = 0;
    const contract = toResultJson(
      report,
      (n, entry) =>
        ({
          length: n,
          at: (i: number) => {
            made++;
            return entry(i);
          },
        }) as unknown as readonly ReturnType<typeof entry>[],
    );
    expect(made).toBe(0);
    const list = contract.indicators as unknown as { at: (i: number) => unknown };
    expect(list.at(3)).toEqual(toResultJson(report).indicators[3]);
    expect(made).toBe(1);
  });
});
