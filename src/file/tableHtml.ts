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

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A cell's text on one line (tabs and line breaks would break the plain-text table). */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

export function clipboardTable(table: ReportTable, lang: Lang): ClipboardTable {
  const cells = table.rows.map((row, r) =>
    table.columns.map((c, i) => formatTableCell(row[i] ?? null, c, lang, table.numFmts?.[r]?.[i])),
  );
  const align = table.columns.map((c) => (c.kind === 'number' || c.kind === 'percent' ? 'right' : 'left'));
  const border = 'border:1px solid #000;padding:2px 4px';
  const head = table.columns
    .map((c) => `<th style="${border};text-align:center;font-weight:bold">${escapeHtml(c.header)}</th>`)
    .join('');
  const body = cells
    .map(
      (row) =>
        `<tr>${row.map((v, i) => `<td style="${border};text-align:${align[i]}">${escapeHtml(v)}</td>`).join('')}</tr>`,
    )
    .join('');
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  const html = `<table style="border-collapse:collapse">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  const text = [table.columns.map((c) => c.header), ...cells]
    .map((row) => row.map(oneLine).join('\t'))
    .join('\n');
  return { html, text: `${text}\n` };
}
