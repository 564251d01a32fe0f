/**
 * The offline page's Web Worker: reads the picked workbooks (the file layer on bytes), keeps their
 * sheets, and on "Make report" checks them again with the page's settings and writes the three outputs
 * exactly as the command line does (report workbook with the history sheet, Word report, JSON), plus
 * the two tables for the clipboard. The page's thread only draws.
 */
import type { WorkbookSheet } from '../addin/port';
import { buildReportLayout, type CheckInSnapshot, type Lang, runCheck, type SheetSource } from '../engine';
import { readHistory, readWorkbook, reportDocxBytes, reportWorkbookBytes } from '../file/browser';
import { formatInputError, InputError } from '../file/errors';
import { resultJsonText } from '../file/resultJson';
import { clipboardTable } from '../file/tableHtml';
import { usableColumns } from '../taskpane/state/columns';
import { periodFromCode } from '../taskpane/state/periods';
import type { FileBytes, FileProblem, PageOutputs, ReadResult, WorkerReply, WorkerRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** What the last read gave: the indicator sheets and the earlier check-ins of the previous report. */
let kept: { sources: SheetSource[]; history: CheckInSnapshot[] } = { sources: [], history: [] };

function problemOf(file: string, e: unknown, lang: Lang): FileProblem {
  if (e instanceof InputError) return { file, message: formatInputError(e, lang) };
  const text = e instanceof Error ? e.message : String(e);
  return { file, message: `${file}: ${text.replace(/\s+/g, ' ').trim()}` };
}

/** The previous report's history: its check-ins, and its history sheet for the page's check view. */
async function readPrevious(
  previous: FileBytes,
): Promise<{ history: CheckInSnapshot[]; sheet?: WorkbookSheet }> {
  const book = await readHistory(previous.bytes, previous.name);
  if (!book.sheet) return { history: book.history };
  const name = book.sheet;
  const [grid] = await readWorkbook(previous.bytes, previous.name, { sheets: (n) => n === name });
  return { history: book.history, ...(grid ? { sheet: { ...grid, own: 'history' as const } } : {}) };
}

async function read(
  request: Extract<WorkerRequest, { type: 'read' }>,
  progress: (done: number, total: number) => void,
): Promise<ReadResult> {
  const { files, previous, lang } = request;
  const total = files.reduce((n, f) => n + f.bytes.length, 0) + (previous?.bytes.length ?? 0);
  let done = 0;
  const sources: SheetSource[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    try {
      sources.push(...(await readWorkbook(file.bytes, file.name)));
    } catch (e) {
      problems.push(problemOf(file.name, e, lang));
    }
    done += file.bytes.length;
    progress(done, total);
  }
  let history: CheckInSnapshot[] = [];
  const sheets: WorkbookSheet[] = [...sources];
  if (previous) {
    try {
      const earlier = await readPrevious(previous);
      history = earlier.history;
      if (earlier.sheet) sheets.push(earlier.sheet);
    } catch (e) {
      problems.push(problemOf(previous.name, e, lang));
    }
    progress(total, total);
  }
  kept = { sources, history };
  return { sheets, problems };
}

/** The command line's outputs for the sheets read, with the page's settings. */
async function write(
  request: Extract<WorkerRequest, { type: 'write' }>,
  progress: (done: number, total: number) => void,
): Promise<PageOutputs> {
  const { settings: s, date, takenAt } = request;
  const lang = s.lang;
  const result = runCheck({
    sources: kept.sources,
    lang,
    period: periodFromCode(s.period),
    thresholds: s.thresholds,
    title: s.title.trim() || undefined,
    unitName: s.unitName.trim() || undefined,
    date,
    history: kept.history,
    takenAt,
    yearStart: s.yearStart,
    columns: usableColumns(
      s.columns,
      kept.sources.map((x) => x.grid),
    ).columns,
  });
  const report = result.report;
  progress(1, 4);
  const xlsx = reportWorkbookBytes(buildReportLayout(report), result.history, lang);
  progress(2, 4);
  const docx = await reportDocxBytes(report);
  progress(3, 4);
  const json = resultJsonText(report);
  const tables = {
    indicators: clipboardTable(report.tables.indicators, lang),
    attention: clipboardTable(report.tables.attention, lang),
  };
  progress(4, 4);
  return { xlsx, docx, json, tables };
}

scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  const progress = (done: number, total: number) => scope.postMessage({ id, type: 'progress', done, total });
  const work =
    request.type === 'read'
      ? read(request, progress).then((result) => scope.postMessage({ id, type: 'read', result }))
      : write(request, progress).then((outputs) =>
          scope.postMessage({ id, type: 'written', outputs }, [
            outputs.xlsx.buffer as ArrayBuffer,
            outputs.docx.buffer as ArrayBuffer,
          ]),
        );
  work.catch((e: unknown) =>
    scope.postMessage({ id, type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
};
