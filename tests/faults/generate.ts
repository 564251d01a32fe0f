/**
 * The fault corpus of the command line, generated (nothing binary in the repository): damaged and odd
 * inputs, outputs that are devices, pipes, sockets, links, foreign files and over-long names, what a
 * killed run leaves behind (temporary files, a commit journal, a lock), and the workbooks the
 * concurrency and chaos tests run on.
 *
 * The tests build each fault where they need it. To look at the corpus by hand:
 *   npx tsx tests/faults/generate.ts <folder>
 * writes every file fault into <folder> (devices, pipes and sockets are made by the tests only).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeBenchWorkbook } from '../../scripts/bench/generate';
import { plainSheet, xlsxBytes } from '../hardening/corpus';

// ───────────────────────────── inputs ─────────────────────────────

/** A valid workbook whose xl/sharedStrings.xml was cut off half way (a save interrupted). */
export async function halfWrittenSharedStrings(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await xlsxBytes([plainSheet()]));
  const part = 'xl/sharedStrings.xml';
  const xml = await zip.file(part)?.async('string');
  if (!xml) throw new Error(`no ${part} in the generated workbook`);
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/**
 * A monthly indicator workbook (1月…12月 filled), so that up to twelve runs record twelve different
 * check-ins (--period M1…M12) in one history.
 */
export async function monthlyWorkbook(file: string, indicators = 3): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('月度目标');
  ws.addRow(['2026年月度目标任务完成情况']);
  ws.addRow(['序号', '指标名称', '单位', '年度目标', ...MONTHS]);
  for (let i = 1; i <= indicators; i++) {
    ws.addRow([i, `月度指标${i}`, '项', 120 * i, ...MONTHS.map(() => 10 * i)]);
  }
  await wb.xlsx.writeFile(file);
}

/** The benchmark's indicator workbook (20,000 rows for the chaos test). */
export function largeWorkbook(file: string, rows: number): Promise<void> {
  return writeBenchWorkbook(file, rows, 2);
}

// ───────────────────────────── outputs ─────────────────────────────

/** An output name of exactly `bytes` bytes in UTF-8 (Chinese characters, then ".xlsx", padded with x). */
export function longName(bytes: number, ext = '.xlsx'): string {
  const chars = Math.floor((bytes - ext.length) / 3);
  return `${'目'.repeat(chars)}${'x'.repeat(bytes - ext.length - chars * 3)}${ext}`;
}

/** Files of the user's that happen to carry an output's name (never to be replaced without --force). */
export async function foreignFiles(dir: string): Promise<{ xlsx: string; json: string; docx: string }> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('我的台账').addRow(['这是用户自己的工作簿']);
  const xlsx = path.join(dir, '我的台账.xlsx');
  await wb.xlsx.writeFile(xlsx);
  const json = path.join(dir, 'settings.json');
  await fs.writeFile(json, '{"theme":"dark","recent":["a.xlsx"]}\n');
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  );
  zip.file(
    'docProps/core.xml',
    '<cp:coreProperties><dc:description>会议纪要</dc:description></cp:coreProperties>',
  );
  const docx = path.join(dir, '会议纪要.docx');
  await fs.writeFile(docx, await zip.generateAsync({ type: 'nodebuffer' }));
  return { xlsx, json, docx };
}

/** A process id no process has (the highest possible, far above any in use here). */
export const DEAD_PID = 4194303;

/**
 * What a run killed with SIGKILL leaves in an output folder: a temporary file of each naming this and
 * earlier versions of the program used (named after `output`), with a process id that is gone.
 */
export async function staleTemps(dir: string, output: string): Promise<string[]> {
  const names = [
    `.tr-${DEAD_PID}-a1b2c3.tmp`,
    `.${output}.${DEAD_PID}.k3j4h5g6.tmp`,
    `..tr-${DEAD_PID}-a1b2c3.tmp.${DEAD_PID}.zz9y8x7w.tmp`,
  ];
  for (const n of names) await fs.writeFile(path.join(dir, n), Buffer.alloc(1024, 7));
  return names;
}

/**
 * A commit a killed run left half done: a complete temporary file and the journal that promises to
 * rename it over `target`.
 */
export async function pendingCommit(
  dir: string,
  target: string,
  content: string,
): Promise<{ tmp: string; journal: string }> {
  const tmp = path.join(dir, `.tr-${DEAD_PID}-d4e5f6.tmp`);
  const journal = path.join(dir, `.tr-${DEAD_PID}-d4e5f6.commit`);
  await fs.writeFile(tmp, content);
  await fs.writeFile(journal, JSON.stringify({ pid: DEAD_PID, renames: [[tmp, path.join(dir, target)]] }));
  return { tmp, journal };
}

/** The lock a run holds on a history workbook: by `pid` on this host, taken `ageMs` ago. */
export async function historyLock(history: string, pid: number, ageMs = 0): Promise<string> {
  const lock = path.join(path.dirname(history), `.${path.basename(history)}.lock`);
  const time = new Date(Date.now() - ageMs);
  await fs.writeFile(
    lock,
    JSON.stringify({ pid, host: os.hostname(), time: time.toISOString(), token: 'f00d' }),
  );
  await fs.utimes(lock, time, time);
  return lock;
}

// ───────────────────────────── by hand ─────────────────────────────

async function main(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'half-written-shared-strings.xlsx'), await halfWrittenSharedStrings());
  await monthlyWorkbook(path.join(dir, 'monthly.xlsx'));
  await foreignFiles(dir);
  await staleTemps(dir, 'report.xlsx');
  await pendingCommit(dir, 'rolled-forward.json', '{"period":"Q1","indicators":[],"summary":{"total":0}}\n');
  await historyLock(path.join(dir, 'history.xlsx'), DEAD_PID, 60_000);
  await fs.writeFile(path.join(dir, 'input.xlsx'), await xlsxBytes([plainSheet()]));
  process.stdout.write(`fault corpus written to ${dir}\n`);
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npx tsx tests/faults/generate.ts <folder>\n');
    process.exitCode = 2;
  } else {
    main(path.resolve(dir)).catch((e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    });
  }
}
