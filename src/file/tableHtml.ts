/**
 * A report table for the clipboard: an HTML table (pasted into Word or WPS Writer it stays a table,
 * header row bold, numbers right-aligned) and the same cells as tab-separated text. The cells read as
 * the Word report writes them (formatTableCell).
 */
import type { Lang, ReportTable } from '../engine';
import { formatTableCell } from './docx';

export interface ClipboardTable {
  readonly html: string;
  readonly text: string;
}

const HTML_SPECIAL = /[&<>"]/;

function escapeHtml(s: string): string {
  if (!HTML_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const BREAKS = /[\t\r\n]/;

/** A cell's text on one line (tabs and line breaks would break the plain-text table). */
function oneLine(s: string): string {
  return BREAKS.test(s) ? s.replace(/[\t\r\n]+/g, ' ') : s;
}

/**
 * Made row by row into one text (a table of 20,000 rows is some 18 MB of HTML: arrays of cells joined
 * cost several times more), each column's opening tag made once.
 */
export function clipboardTable(table: ReportTable, lang: Lang): ClipboardTable {
  const border = 'border:1px solid #000;padding:2px 4px';
  const columns = table.columns;
  const open = columns.map(
    (c) =>
      `<td style="${border};text-align:${c.kind === 'number' || c.kind === 'percent' ? 'right' : 'left'}">`,
  );
  let head = '';
  let text = '';
  for (let i = 0; i < columns.length; i++) {
    head += `<th style="${border};text-align:center;font-weight:bold">${escapeHtml(columns[i].header)}</th>`;
    text += (i > 0 ? '\t' : '') + oneLine(columns[i].header);
  }
  text += '\n';
  let body = '';
  table.rows.forEach((row, r) => {
    const formats = table.numFmts?.[r];
    let tr = '<tr>';
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const v = formatTableCell(row[i] ?? null, columns[i], lang, formats?.[i]);
      tr += `${open[i]}${escapeHtml(v)}</td>`;
      line += (i > 0 ? '\t' : '') + oneLine(v);
    }
    body += `${tr}</tr>`;
    text += `${line}\n`;
  });
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  const html = `<table style="border-collapse:collapse">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  return { html, text };
}
