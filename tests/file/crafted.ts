/**
 * Crafted workbooks, built in code (tiny files, no committed binaries): the files that once crashed or
 * hung the reader, and one per limit of src/file/core/limits.ts. Used by tests/file/limits.test.ts and by
 * the benchmark's bad-file section (scripts/bench/run.ts), which times them end to end.
 *
 * Each zip is assembled here entry by entry, so that a test can lie about sizes, repeat a name, or cut
 * a part short — what no ordinary writer does.
 */
import * as zlib from 'zlib';

export interface Entry {
  readonly name: string;
  /** The part's bytes (deflated here), or its compressed bytes as given with `compressed`. */
  readonly data: Uint8Array | string;
  /** Already deflated data, and the uncompressed size (and CRC, else 0) to declare. */
  readonly compressed?: { readonly size: number; readonly crc?: number };
  /** Stored (method 0) instead of deflated. */
  readonly stored?: boolean;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A zip file of the entries, in order, exactly as given. */
export function zipOf(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = e.compressed || e.stored ? raw : zlib.deflateRawSync(raw, { level: 1 });
    const size = e.compressed ? e.compressed.size : raw.length;
    const crc = e.compressed ? (e.compressed.crc ?? 0) : zlib.crc32(raw);
    const name = Buffer.from(e.name, 'utf8');
    const method = e.stored ? 0 : 8;
    const common = [
      u16(20),
      u16(0x800),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(body.length),
      u32(size),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(name.length), u16(0), name]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local, body);
    offset += local.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(dir.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, dir, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook here has: content types, relationships, the workbook listing its sheets. */
export function workbookParts(sheetNames: readonly string[], withStrings = false): Entry[] {
  const sheets = sheetNames
    .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheetNames
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const strings = withStrings
    ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  return [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${NS_R}><sheets>${sheets}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${strings}</Relationships>`,
    },
  ];
}

export const HEADER = ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度'] as const;

/** Column letters: 1 → A, 16,384 → XFD. */
export function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellXml(ref: string, v: string | number): string {
  return typeof v === 'number'
    ? `<c r="${ref}"><v>${v}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
}

/** A row of cells from column A. */
export function rowXml(r: number, values: readonly (string | number)[], extra = ''): string {
  return `<row r="${r}">${values.map((v, i) => cellXml(`${colName(i + 1)}${r}`, v)).join('')}${extra}</row>`;
}

/** The indicator table: a title, the header, then `n` indicators (target 100, 20 a quarter). */
export function tableRows(n: number): string[] {
  const rows = [rowXml(1, ['年度目标任务完成情况表']), rowXml(2, [...HEADER])];
  for (let i = 1; i <= n; i++) rows.push(rowXml(i + 2, [i, `指标${i}`, '项', 100, 20, 20, 20]));
  return rows;
}

export function sheetXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${NS_R}>${inner}</worksheet>`;
}

/** A workbook of one sheet holding `inner`, plus any other entries. */
export function oneSheet(inner: string, more: readonly Entry[] = []): Buffer {
  return zipOf([
    ...workbookParts(['目标任务']),
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(inner) },
    ...more,
  ]);
}

// ───────────────────────────── the files of the issue ─────────────────────────────

/** Three indicators and one merged area A100:XFD1048576 (a valid workbook: the report is made). */
export function mergedAreaToTheEnd(): Buffer {
  return oneSheet(
    `<sheetData>${tableRows(3).join('')}</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>`,
  );
}

/** A row numbered 1,000,000,000 (beyond Excel's last row: a malformed part). */
export function rowBeyondTheSheet(): Buffer {
  return oneSheet(
    `<sheetData>${tableRows(3).join('')}<row r="1000000000"><c r="A1000000000"><v>1</v></c></row></sheetData>`,
  );
}

/** A column definition up to 2,000,000,000 (valid: the columns past Excel's last are nothing). */
export function columnsToTwoBillion(): Buffer {
  return oneSheet(
    `<cols><col min="1" max="2000000000" width="9" hidden="0"/></cols><sheetData>${tableRows(3).join('')}</sheetData>`,
  );
}

/** Three indicators, and a stray value in column XFD on each of `rows` rows (valid). */
export function strayValuesInXfd(rows: number): Buffer {
  const table = tableRows(3);
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const stray = `<c r="XFD${r}"><v>${r}</v></c>`;
    out.push(
      r <= table.length ? table[r - 1].replace('</row>', `${stray}</row>`) : `<row r="${r}">${stray}</row>`,
    );
  }
  return oneSheet(`<sheetData>${out.join('')}</sheetData>`);
}

/**
 * A table of `count` distinct shared strings (it declares how many unless `declare` is false); with
 * `written`, only that many of them are actually in it.
 */
export function manySharedStrings(count: number, declare = true, written = count): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < written; i++) parts.push(`<si><t>${i.toString(36)}</t></si>`);
  const si = parts.join('');
  const head = declare ? ` count="${count}" uniqueCount="${count}"` : '';
  return zipOf([
    ...workbookParts(['目标任务'], true),
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(`<sheetData>${tableRows(3).join('')}</sheetData>`) },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}${head}>${si}</sst>`,
    },
  ]);
}

/**
 * A raw DEFLATE stream that inflates to `bytes` zero bytes, in about a thousandth of that: the same
 * sync-flushed block of compressed zeros repeated, then an empty final block.
 */
export function zeroBomb(bytes: number): Uint8Array {
  const block = 1 << 20;
  const zeros = Buffer.alloc(block);
  const first = zlib.deflateRawSync(zeros, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  // A block compressed after a window of zeros refers back only to zeros: it can follow any block.
  const both = zlib.deflateRawSync(Buffer.concat([zeros, zeros]), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const repeat = both.subarray(first.length);
  const count = Math.ceil(bytes / block) - 1;
  const out = Buffer.alloc(first.length + repeat.length * count + 2);
  first.copy(out, 0);
  for (let i = 0; i < count; i++) repeat.copy(out, first.length + i * repeat.length);
  out[out.length - 2] = 0x03; // an empty final block
  out[out.length - 1] = 0x00;
  return out;
}

/** Three indicators and a 3 GB picture in the package (valid: the picture is never unpacked). */
export function hugeMediaPart(): Buffer {
  const size = 3 * 1024 ** 3;
  return oneSheet(`<sheetData>${tableRows(3).join('')}</sheetData>`, [
    { name: 'xl/media/image1.png', data: zeroBomb(size), compressed: { size: 0xfffffffe } },
  ]);
}

/** A sheet part that declares a small size but unpacks to far more (a lying zip bomb). */
export function lyingSheetPart(): Buffer {
  return zipOf([
    ...workbookParts(['目标任务']),
    { name: 'xl/worksheets/sheet1.xml', data: zeroBomb(64 * 1024 ** 2), compressed: { size: 1000 } },
  ]);
}

/** A table of 10 indicators whose sheet XML is cut off after row 6 of 12. */
export function sheetCutOff(): Buffer {
  const rows = tableRows(10);
  const whole = sheetXml(`<sheetData>${rows.join('')}</sheetData>`);
  const cut = whole.slice(0, whole.indexOf('<row r="7"'));
  return zipOf([...workbookParts(['目标任务']), { name: 'xl/worksheets/sheet1.xml', data: cut }]);
}

/**
 * A part made of pieces, compressed cheaply: each piece sync-flushed, and a piece repeated `times`
 * stored once compressed after its first copy (a copy compressed right after a copy of itself refers
 * only to that copy, so the same bytes serve for every later one).
 */
function piecewise(
  pieces: readonly { text: string; times?: number }[],
): Entry['compressed'] & { body: Buffer } {
  const body: Buffer[] = [];
  let size = 0;
  let crc = 0;
  pieces.forEach(({ text, times = 1 }, i) => {
    const unit = Buffer.from(text, 'utf8');
    const last = i === pieces.length - 1;
    const flush = { finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    const first = zlib.deflateRawSync(unit, times > 1 ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : flush);
    body.push(first);
    if (times > 1) {
      const twice = zlib.deflateRawSync(Buffer.concat([unit, unit]), {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      const again = twice.subarray(first.length);
      for (let k = 1; k < times; k++) body.push(again);
      if (last) body.push(Buffer.from([0x03, 0x00])); // an empty final block
    }
    for (let k = 0; k < times; k++) crc = zlib.crc32(unit, crc);
    size += unit.length * times;
  });
  return { body: Buffer.concat(body), size, crc };
}

/**
 * Excel's largest sheet filled: a title, the header, then indicator rows down to row 1,048,576. The rows
 * leave out their optional addresses and are all alike, so the file stays small (a real one of this
 * size is about 30 MB; the benchmark makes that one with excelMaximumSheet).
 */
export function excelMaximumSheetCompact(): Buffer {
  const row =
    '<row><c><v>1</v></c><c t="inlineStr"><is><t>指标</t></is></c><c t="inlineStr"><is><t>项</t></is></c>' +
    '<c><v>100</v></c><c><v>20</v></c><c><v>20</v></c><c><v>20</v></c></row>';
  const rows = 1_048_576 - 2;
  const perUnit = 1024;
  const part = piecewise([
    {
      text: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${NS_R}><sheetData>${tableRows(0).join('')}`,
    },
    { text: row.repeat(perUnit), times: Math.floor(rows / perUnit) },
    { text: row.repeat(rows % perUnit) },
    { text: '</sheetData></worksheet>' },
  ]);
  return zipOf([
    ...workbookParts(['目标任务']),
    { name: 'xl/worksheets/sheet1.xml', data: part.body, compressed: { size: part.size, crc: part.crc } },
  ]);
}

/**
 * Excel's largest sheet: 1,048,576 rows, the indicator table filling it, every cell addressed as Excel
 * writes them; compressed piece by piece (sync-flushed pieces join into one DEFLATE stream), so the
 * hundreds of megabytes of XML never exist at once.
 */
export function excelMaximumSheet(rows = 1_048_576): Buffer {
  const body: Buffer[] = [];
  let size = 0;
  let crc = 0;
  const push = (text: string, final = false) => {
    const b = Buffer.from(text, 'utf8');
    size += b.length;
    crc = zlib.crc32(b, crc);
    const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    body.push(zlib.deflateRawSync(b, { level: 1, finishFlush: flush }));
  };
  push(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${NS_R}><sheetData>${tableRows(0).join('')}`);
  let piece = '';
  for (let r = 3; r <= rows; r++) {
    const i = r - 2;
    piece +=
      `<row r="${r}"><c r="A${r}"><v>${i}</v></c><c r="B${r}" t="inlineStr"><is><t>指标${i}</t></is></c>` +
      `<c r="C${r}" t="inlineStr"><is><t>项</t></is></c><c r="D${r}"><v>100</v></c><c r="E${r}"><v>20</v></c>` +
      `<c r="F${r}"><v>20</v></c><c r="G${r}"><v>20</v></c></row>`;
    if (piece.length > 1 << 20) {
      push(piece);
      piece = '';
    }
  }
  push(`${piece}</sheetData></worksheet>`, true);
  return zipOf([
    ...workbookParts(['目标任务']),
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(body), compressed: { size, crc } },
  ]);
}

// ───────────────────────────── found since ─────────────────────────────

/**
 * Three indicators, then a shared formula of about 900,000 characters (300,000 references) in A10, used
 * by every cell down to A`lastRow`, none of them calculated: moving the formula to each cell was once
 * 100,000 copies of it (a hang, then out of memory).
 */
export function longSharedFormula(lastRow = 100_000): Buffer {
  const master = `${'A1+'.repeat(300_000)}A1`;
  const rows = [`<row r="10"><c r="A10"><f t="shared" si="0" ref="A10:A${lastRow}">${master}</f></c></row>`];
  for (let r = 11; r <= lastRow; r++)
    rows.push(`<row r="${r}"><c r="A${r}"><f t="shared" si="0"/></c></row>`);
  return oneSheet(`<sheetData>${tableRows(3).join('')}${rows.join('')}</sheetData>`);
}

/** A workbook of `count` sheets, each the three-indicator table. */
export function manySheets(count: number): Buffer {
  const names = Array.from({ length: count }, (_, i) => `表${i + 1}`);
  const sheet = sheetXml(`<sheetData>${tableRows(3).join('')}</sheetData>`);
  return zipOf([
    ...workbookParts(names),
    ...names.map((_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheet })),
  ]);
}
