/**
 * A package (.docx, .xlsx) written again part by part, with some parts rewritten on the way: the others
 * are copied as they are. Used to put into a Word document what its library would build too slowly (the
 * big tables, written as XML straight into the zip).
 */
import type { Codec } from './codec';
import { concat, entryBytes, readZipDirectory, type PartWriter, ZipWriter } from './zip';

/** A part's new content: written from its old text into the new part. */
type PartRewrite = (oldText: string, part: PartWriter) => void;

const decoder = new TextDecoder('utf-8');

async function partBytes(codec: Codec, data: Uint8Array, size: number, method: number): Promise<Uint8Array> {
  if (method === 0) return data;
  const chunks: Uint8Array[] = [];
  for await (const c of codec.inflate(data, size)) chunks.push(c);
  return concat(chunks);
}

/** `added` parts (name and text) are written after the package's own parts. */
export async function repackage(
  zip: Uint8Array,
  codec: Codec,
  rewrites: Readonly<Record<string, PartRewrite>>,
  level = 6,
  added: readonly { readonly name: string; readonly xml: string }[] = [],
): Promise<Uint8Array> {
  const out = new ZipWriter(codec, level);
  for (const entry of readZipDirectory(zip)) {
    const bytes = await partBytes(codec, entryBytes(zip, entry), entry.size, entry.method);
    const part = out.part(entry.name);
    const rewrite = rewrites[entry.name];
    if (rewrite) rewrite(decoder.decode(bytes), part);
    else part.bytes(bytes);
    part.end();
  }
  for (const a of added) {
    const part = out.part(a.name);
    part.write(a.xml);
    part.end();
  }
  return out.finish();
}
