/**
 * The compact layout (the tables' bodies kept as blocks of values, each row made as it is written) writes
 * the same workbook as the layout that holds every cell: the sample and real tables, both languages, with
 * an earlier check-in (so the attention table has its previous-status column) and the history sheet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildReportLayout, runCheck, sheetRows, type Lang, type ReportLayout } from '../../src/engine';
import { withHistorySheet } from '../../src/file/history';
import { readWorkbookBuffer } from '../../src/file/readXlsx';
import { renderReportWorkbook } from '../../src/file/writeXlsx';

const ROOT = path.join(__dirname, '..', '..');
const FILES = [
  'assets/sample/indicators-sample.xlsx',
  'tests/fixtures/real/zh-meishan-minsheng-2019-areas.xlsx',
  'tests/fixtures/real/en-maidstone-q3-2019-20.xlsx',
];

async function checked(file: string, lang: Lang) {
  const sources = await readWorkbookBuffer(fs.readFileSync(path.join(ROOT, file)), path.basename(file));
  const first = runCheck({ sources, lang, date: '2026-04-08', period: { kind: 'quarter', quarter: 1 } });
  return runCheck({
    sources,
    lang,
    date: '2026-07-08',
    period: { kind: 'quarter', quarter: 2 },
    history: first.history,
    takenAt: '2026-07-08T09:30:00',
  });
}

/** Every cell object of a layout's sheets, blocks apart. */
function cellCount(layout: ReportLayout): number {
  return layout.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
}

describe('the compact layout writes the same workbook', () => {
  for (const file of FILES) {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      test(`${path.basename(file)}, ${lang}`, async () => {
        const result = await checked(file, lang);
        const full = buildReportLayout(result.report);
        const compact = buildReportLayout(result.report, { compact: true });
        // The bodies are blocks, not cells: as many blocks as tables with rows, and far fewer cell objects.
        const blocks = compact.sheets[0].blocks ?? [];
        expect(blocks.length).toBe(full.sheets[0].tables.length);
        expect(blocks.length).toBeGreaterThan(0);
        expect(cellCount(compact)).toBeLessThan(cellCount(full));
        for (const b of blocks) {
          for (let r = b.top; r < b.top + b.values.length; r++)
            expect(compact.sheets[0].rows[r - 1] ?? []).toEqual([]);
        }
        // Row by row as the writer reads them, the blocks are the full layout's cells; the files are the
        // same byte for byte.
        const rows = sheetRows(compact.sheets[0]);
        expect(rows.count).toBe(full.sheets[0].rows.length);
        for (let r = 1; r <= rows.count; r++) expect(rows.at(r)).toEqual(full.sheets[0].rows[r - 1]);
        const bytes = async (layout: ReportLayout) =>
          Buffer.from(await renderReportWorkbook(withHistorySheet(layout, result.history, lang)));
        expect((await bytes(compact)).equals(await bytes(full))).toBe(true);
      });
    }
  }

  test('the history sheet keeps its records as a block below its two header rows', async () => {
    const result = await checked(FILES[0], 'zh-CN');
    const sheet = withHistorySheet({ sheets: [] }, result.history, 'zh-CN').sheets[0];
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[1].every((c) => c?.style === 'codes')).toBe(true);
    const block = sheet.blocks?.[0];
    expect(block?.top).toBe(3);
    expect(block?.values).toHaveLength(result.history.reduce((n, s) => n + s.entries.length, 0));
    // The completion column is a percentage, the other numbers plain, text and empty cells text.
    const styles = sheetRows(sheet)
      .at(3)
      .map((c) => c?.style);
    expect(new Set(styles)).toEqual(new Set(['text', 'number', 'percent']));
  });
});
