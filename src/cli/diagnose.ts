/**
 * Finds what is wrong with a workbook the reader could not read for a reason it did not foresee: the
 * first XML part of the zip that cannot be inflated or is cut off before its root element closes (a
 * workbook whose writing was interrupted). Runs only after a failure, so its cost never counts.
 */
import { promises as fs } from 'fs';
import type JSZip from 'jszip';

/** The root element's name, after the XML declaration, comments and processing instructions. */
function rootName(xml: string): string | null {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return /<([A-Za-z_][\w:.-]*)[\s/>]/.exec(body)?.[1] ?? null;
}

/** True when the XML text ends where its root element closes (or is that element alone, self-closed). */
function isComplete(xml: string): boolean {
  const root = rootName(xml);
  if (root === null) return false;
  const end = xml.trimEnd();
  if (end.endsWith(`</${root}>`)) return true;
  const open = xml.indexOf(`<${root}`);
  return end.endsWith('/>') && xml.indexOf('>', open) === end.length - 1;
}

/** The name of the first damaged XML part of the workbook, or null when none can be found. */
export async function findDamagedPart(file: string): Promise<string | null> {
  let zip: JSZip;
  try {
    // Loaded only here, for a workbook that could not be read: most runs never need it.
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(await fs.readFile(file));
  } catch {
    return null;
  }
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/i.test(f.name));
  for (const part of parts) {
    let xml: string;
    try {
      xml = await part.async('string');
    } catch {
      return part.name;
    }
    if (!isComplete(xml)) return part.name;
  }
  return null;
}
