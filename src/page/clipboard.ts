/**
 * Puts a table on the clipboard as HTML and plain text. The copy event works from file:// and in older
 * browsers (inside the click that asked for it); the asynchronous Clipboard API is the fallback. The
 * table comes from the worker as UTF-8 and is decoded here, when it is copied.
 */
import type { TableBytes } from './protocol';

export async function copyTable(bytes: TableBytes): Promise<boolean> {
  const utf8 = new TextDecoder();
  const table = { html: utf8.decode(bytes.html), text: utf8.decode(bytes.text) };
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/html', table.html);
    e.clipboardData.setData('text/plain', table.text);
    e.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand('copy');
  } catch {
    // Not allowed here: try the Clipboard API below.
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (done) return true;
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([table.html], { type: 'text/html' }),
        'text/plain': new Blob([table.text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}
