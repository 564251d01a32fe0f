/** @jest-environment jsdom */
/**
 * The task pane in jsdom with a fake WorkbookPort and the real engine: sheets listed → check → counts →
 * diagnostics clickable → report written; error states; both UI languages; settings saved.
 */
import '../support/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  type HistoryTableRow,
  type LoadedSettings,
  PortError,
  type ReportSettings,
  type WorkbookPort,
  type WorkbookSheet,
  type WriteReportOptions,
  type WriteReportResult,
} from '../../src/addin/port';
import { type CellValue, type Evaluation, type Lang, type ReportLayout, runCheck } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { loadWork } from '../../src/taskpane/loadWork';

// The real engine, watched: the tests see what the pane asks it (the year start, the user's columns).
jest.mock('../../src/engine', () => {
  const actual = jest.requireActual('../../src/engine');
  return { ...actual, runCheck: jest.fn(actual.runCheck) };
});
const checkInputs = () =>
  (runCheck as jest.Mock).mock.calls.map((c) => c[0] as Parameters<typeof runCheck>[0]);

afterEach(() => {
  cleanup();
  (runCheck as jest.Mock).mockClear();
});

// ───────────── the workbook ─────────────
const INDICATORS: CellValue[][] = [
  ['2024年度目标任务完成情况表'],
  ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'],
  ['一', '职能目标任务'],
  [1, '科技下乡', '场次', 150, 30, 40, 55, null, '科普部'],
  [2, '科普讲座', '场', 40, 5, 5, 6, null, '学会部'],
  [3, '培训人次', '人次', 2000, 300, 800, 1000, null, '组织部'],
  ['二', '党的建设'],
  [4, '发展会员', '人', 100, 20, 20, '待统计', null, '办公室'],
  [5, '科普宣传', '万份', 20, 4, 5, 4, null, '宣传部'],
];
const NOTES: CellValue[][] = [['填表说明'], ['各部门于每季度末填报。']];

function source(name: string, values: CellValue[][]): WorkbookSheet {
  return { grid: { name, originRow: 1, originCol: 1, values, merges: [] } };
}

interface FakeOptions {
  sheets?: WorkbookSheet[];
  settings?: Partial<ReportSettings> | null;
  writeReport?: (layout: ReportLayout, options?: WriteReportOptions) => Promise<WriteReportResult>;
  flagShortfalls?: WorkbookPort['flagShortfalls'];
  insertTemplate?: WorkbookPort['insertTemplate'];
}

function fakePort(opts: FakeOptions = {}) {
  let sheets = opts.sheets ?? [source('指标表', INDICATORS), source('说明', NOTES)];
  let changed: (() => void) | null = null;
  const written: { layout: ReportLayout; options?: WriteReportOptions }[] = [];
  const historyRows: (readonly HistoryTableRow[])[] = [];
  /** Like the adapter: the history sheet holds the rows, and the next read returns it as the add-in's own. */
  const recordHistory = (rows: readonly HistoryTableRow[]) => {
    historyRows.push(rows);
    const grid = { name: '对标记录', originRow: 1, originCol: 1, values: rows, merges: [] };
    sheets = [...sheets.filter((x) => x.grid.name !== '对标记录'), { grid, own: 'history' as const }];
  };
  const port = {
    readSheets: jest.fn(
      async (_onProgress?: (done: number, total: number) => void): Promise<WorkbookSheet[]> => sheets,
    ),
    writeReport: jest.fn(async (layout: ReportLayout, options?: WriteReportOptions) => {
      written.push({ layout, options });
      const result = opts.writeReport
        ? await opts.writeReport(layout, options)
        : {
            sheetName: options?.sheetName ?? layout.sheets[0].name,
            indicatorTableRange: 'A20:K25',
            attentionTableRange: 'A28:K31',
          };
      if (options?.history) recordHistory(options.history.rows);
      return result;
    }),
    flagShortfalls: jest.fn(
      opts.flagShortfalls ??
        (async (evaluations: readonly Evaluation[]) =>
          evaluations.filter((e) => e.status !== 'achieved' && e.status !== 'on_track').length),
    ),
    writeHistory: jest.fn(async (rows: readonly HistoryTableRow[]) => {
      recordHistory(rows);
      return { sheetName: '对标记录' };
    }),
    clearFlags: jest.fn(async () => 3),
    selectRange: jest.fn(async () => undefined),
    loadSettings: jest.fn(async (): Promise<LoadedSettings | null> =>
      opts.settings ? { settings: opts.settings, ignored: [] } : null,
    ),
    saveSettings: jest.fn(async (_settings: ReportSettings) => undefined),
    insertTemplate: jest.fn(opts.insertTemplate ?? (async () => '指标模板')),
    onSheetsChanged: jest.fn(async (cb: () => void) => {
      changed = cb;
      return () => {
        changed = null;
      };
    }),
  };
  return {
    port: port as unknown as WorkbookPort & typeof port,
    written,
    historyRows,
    setSheets(next: WorkbookSheet[]) {
      sheets = next;
    },
    fireSheetsChanged() {
      changed?.();
    },
  };
}

function renderPane(port: WorkbookPort, uiLang: Lang = 'zh-CN', work = loadWork) {
  return render(<App port={port} work={work} uiLang={uiLang} today={() => '2024-10-08'} />);
}

/** Waits until the sheet list shows the sheet (its name in a list item, not a heading). */
async function sheetsListed(name = '指标表') {
  await screen.findByText(name, { selector: 'li span' });
}

function buttonEnabled(name: string): boolean {
  return !(screen.getByRole('button', { name }) as HTMLButtonElement).disabled;
}

function countOf(status: string): string {
  const item = document.querySelector(`li[data-status="${status}"]`);
  if (!item) throw new Error(`no count for ${status}`);
  return item.textContent ?? '';
}

// ───────────── the whole flow ─────────────
test('lists the sheets, checks, shows counts and clickable diagnostics, and writes the report (zh-CN)', async () => {
  const { port, written } = fakePort();
  renderPane(port);

  // 1. Sheets: the indicator sheet with its count, the skipped sheet with its reason.
  await sheetsListed();
  const sheetList = screen.getByRole('list', { name: '指标工作表' });
  expect(within(sheetList).getByText('5 项指标')).toBeTruthy();
  const skipped = screen.getByRole('list', { name: '未读取的工作表' });
  expect(within(skipped).getByText('说明')).toBeTruthy();
  expect(port.loadSettings).toHaveBeenCalledTimes(1);
  expect(port.onSheetsChanged).toHaveBeenCalledTimes(1);
  // The period dropdown says what "auto" picks.
  expect(screen.getByRole('combobox', { name: '对标期间' }).textContent).toContain('自动（第三季度）');

  // 2. Check: counts per status, with labels.
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByText('检查结果（第三季度）');
  expect(screen.getByText('共 5 项指标')).toBeTruthy();
  expect(countOf('achieved')).toBe('已完成1');
  expect(countOf('on_track')).toBe('序时推进1');
  expect(countOf('behind')).toBe('进度滞后1');
  expect(countOf('at_risk')).toBe('严重滞后1');
  expect(countOf('invalid')).toBe('数据有误1');
  expect(countOf('missed')).toBe('未完成0');

  // 3. The diagnostic on G8 (待统计 is not a number) selects its cell.
  const link = screen.getByRole('button', { name: '转到 指标表!G8' });
  fireEvent.click(link);
  await waitFor(() => expect(port.selectRange).toHaveBeenCalledWith('指标表', 'G8'));
  await waitFor(() => expect(buttonEnabled('写入报告')).toBe(true));

  // 4. Write report: the layout goes to the port, the pane says so and offers to go there.
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  await screen.findByText('报告已写入工作表“对标报告”。');
  expect(written).toHaveLength(1);
  expect(written[0].layout.sheets[0].name).toBe('对标报告');
  // No other name, nothing to replace; the check-in goes with it, in the report's language.
  expect(written[0].options?.sheetName).toBeUndefined();
  expect(written[0].options?.replaceEdited).toBeUndefined();
  expect(written[0].options?.history?.lang).toBe('zh-CN');
  expect(written[0].options?.history?.rows[1][0]).toBe('Q3');
  const flat = JSON.stringify(written[0].layout);
  expect(flat).toContain('科技下乡');
  fireEvent.click(screen.getByRole('button', { name: '转到报告' }));
  await waitFor(() => expect(port.selectRange).toHaveBeenLastCalledWith('对标报告', 'A1'));

  // 7. Select table for copying: the ranges from the write result; the pane says to press Ctrl+C.
  await waitFor(() => expect(buttonEnabled('问题指标表')).toBe(true));
  fireEvent.click(screen.getByRole('button', { name: '问题指标表' }));
  await screen.findByText('表格已选中。请按 Ctrl+C 复制，再粘贴到 Word 文档中。');
  expect(port.selectRange).toHaveBeenLastCalledWith('对标报告', 'A28:K31');
});

test('the same flow in English, with ⌘C on a Mac', async () => {
  const { port } = fakePort();
  render(<App port={port} work={loadWork} uiLang="en-US" today={() => '2024-10-08'} isMac />);
  await sheetsListed();
  expect(screen.getByText('5 indicators')).toBeTruthy();
  expect(screen.getByRole('list', { name: 'Sheets not read' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  await screen.findByText('Check results (Q3)');
  expect(countOf('at_risk')).toBe('At risk1');
  expect(screen.getByRole('button', { name: 'Go to 指标表!G8' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Write report' }));
  await screen.findByText(/The report is written to the sheet/);
  await waitFor(() => expect(buttonEnabled('Indicator table')).toBe(true));
  fireEvent.click(screen.getByRole('button', { name: 'Indicator table' }));
  await screen.findByText(/Press ⌘C to copy it/);
  expect(port.selectRange).toHaveBeenLastCalledWith(expect.any(String), 'A20:K25');
  // The report language defaults to the UI language.
  expect(port.writeReport.mock.calls[0][0].sheets[0].name).toBe('Target report');
});

test('flags shortfalls with the evaluations of a fresh check, and clears them', async () => {
  const { port } = fakePort();
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '标记问题指标' }));
  await screen.findByText('已标记 3 项问题指标。');
  const [evaluations, lang] = port.flagShortfalls.mock.calls[0];
  expect(lang).toBe('zh-CN');
  expect(evaluations.map((e) => e.indicator.name).sort()).toEqual(
    ['发展会员', '培训人次', '科技下乡', '科普宣传', '科普讲座'].sort(),
  );
  fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
  await screen.findByText('已清除 3 处标记。');
  expect(port.clearFlags).toHaveBeenCalledTimes(1);
});

// ───────────── settings ─────────────
test('loads saved settings, and saves each change in the workbook', async () => {
  const { port } = fakePort({
    settings: {
      period: 'Q2',
      lang: 'en-US',
      title: '2024年工作要点',
      unitName: '某市科协',
      thresholds: { onTrack: 0.95, behind: 0.7 },
    },
  });
  renderPane(port);
  await sheetsListed();
  expect(screen.getByRole('combobox', { name: '对标期间' }).textContent).toContain('第二季度');
  expect(screen.getByRole('combobox', { name: '报告语言' }).textContent).toContain('English');
  expect((screen.getByLabelText('报告标题') as HTMLInputElement).value).toBe('2024年工作要点');
  expect((screen.getByLabelText('序时推进线（%）') as HTMLInputElement).value).toBe('95');
  expect((screen.getByLabelText('滞后线（%）') as HTMLInputElement).value).toBe('70');

  // Period: a dropdown choice saves at once.
  fireEvent.click(screen.getByRole('combobox', { name: '对标期间' }));
  fireEvent.click(await screen.findByRole('option', { name: '全年' }));
  await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(1));
  expect(port.saveSettings.mock.calls[0][0]).toMatchObject({
    period: 'FY',
    lang: 'en-US',
    title: '2024年工作要点',
  });

  // Unit name: saved when the field is left.
  const unit = screen.getByLabelText('单位名称');
  fireEvent.change(unit, { target: { value: '商洛市科学技术协会' } });
  expect(port.saveSettings).toHaveBeenCalledTimes(1);
  fireEvent.blur(unit);
  await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(2));
  expect(port.saveSettings.mock.calls[1][0].unitName).toBe('商洛市科学技术协会');

  // Thresholds: an impossible pair is refused with a message and not saved; a good one is saved.
  const behind = screen.getByLabelText('滞后线（%）');
  fireEvent.change(behind, { target: { value: '120' } });
  fireEvent.blur(behind);
  expect(screen.getByRole('alert').textContent).toContain('滞后线低于推进线');
  expect(port.saveSettings).toHaveBeenCalledTimes(2);
  fireEvent.change(behind, { target: { value: '85' } });
  fireEvent.keyDown(behind, { key: 'Enter' });
  await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(3));
  expect(port.saveSettings.mock.calls[2][0].thresholds).toEqual({ onTrack: 0.95, behind: 0.85 });

  // The check runs with the saved settings: full year, English report, the given title.
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  await screen.findByText(/报告已写入工作表/);
  const layout = port.writeReport.mock.calls[0][0];
  expect(layout.sheets[0].name).toBe('Target report');
  expect(JSON.stringify(layout)).toContain('2024年工作要点');
});

test('malformed saved settings fall back to the defaults', async () => {
  const { port } = fakePort({
    settings: { period: 'Q9', lang: 'fr-FR' as Lang, thresholds: { onTrack: 0.5, behind: 0.9 } },
  });
  renderPane(port, 'en-US');
  await sheetsListed();
  expect(screen.getByRole('combobox', { name: 'Period' }).textContent).toContain('Auto (Q3)');
  expect(screen.getByRole('combobox', { name: 'Report language' }).textContent).toContain('English');
  expect((screen.getByLabelText('On track from (%)') as HTMLInputElement).value).toBe('100');
  expect((screen.getByLabelText('Behind from (%)') as HTMLInputElement).value).toBe('80');
});

// ───────────── sheets changing ─────────────
test('follows sheets being added or renamed, and the Refresh button reads them again', async () => {
  const fake = fakePort();
  renderPane(fake.port);
  await sheetsListed();
  fake.setSheets([source('城区指标', INDICATORS), source('说明', NOTES)]);
  act(() => fake.fireSheetsChanged());
  await sheetsListed('城区指标');
  expect(screen.queryByText('指标表', { selector: 'li span' })).toBeNull();

  fake.setSheets([source('城区指标', INDICATORS), source('郊区指标', INDICATORS.slice(0, 6))]);
  fireEvent.click(screen.getByRole('button', { name: '刷新' }));
  await sheetsListed('郊区指标');
  expect(screen.getByText('3 项指标')).toBeTruthy();
});

// ───────────── errors ─────────────
test('a report name already in use asks for another name and retries with it', async () => {
  let calls = 0;
  const { port, written } = fakePort({
    writeReport: async (_layout, options) => {
      calls++;
      if (!options?.sheetName) throw new PortError('name-taken', 'sheet exists, not ours', '对标报告');
      return { sheetName: options.sheetName, indicatorTableRange: 'A20:K25', attentionTableRange: 'A28:K31' };
    },
  });
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  const dialog = await screen.findByRole('alertdialog');
  expect(within(dialog).getByText(/已有名为“对标报告”的工作表/)).toBeTruthy();
  const input = within(dialog).getByLabelText('报告工作表名称') as HTMLInputElement;
  expect(input.value).toBe('对标报告 (2)');
  // A name that is taken too is refused in the dialog.
  fireEvent.change(input, { target: { value: '指标表' } });
  // (Queried by text: Fluent's focus manager may mark the surface aria-hidden in jsdom.)
  const useName = () => within(dialog).getByText('使用此名称').closest('button') as HTMLButtonElement;
  expect(useName().disabled).toBe(true);
  fireEvent.change(input, { target: { value: '对标报告 (2)' } });
  expect(useName().disabled).toBe(false);
  fireEvent.click(useName());
  await screen.findByText('报告已写入工作表“对标报告 (2)”。');
  expect(calls).toBe(2);
  expect(written[1].options).toMatchObject({ sheetName: '对标报告 (2)' });
  expect(written[1].options?.history?.rows.length).toBe(written[0].options?.history?.rows.length);
  expect(screen.queryByRole('alertdialog')).toBeNull();
  // No error bar was shown for the clash itself.
  expect(document.querySelector('[data-error-code]')).toBeNull();
});

test('a protected sheet is explained in plain words', async () => {
  const { port } = fakePort({
    writeReport: async () => {
      throw new PortError(
        'sheet-protected',
        'AccessDenied: The cell or chart is on a protected sheet',
        '对标报告',
      );
    },
  });
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  const bar = await waitFor(() => {
    const el = document.querySelector('[data-error-code="sheet-protected"]');
    if (!el) throw new Error('no error bar');
    return el as HTMLElement;
  });
  expect(bar.textContent).toContain('工作表受保护');
  expect(bar.textContent).toContain('工作表“对标报告”受保护');
  expect(bar.textContent).not.toContain('AccessDenied');
  expect(screen.queryByText(/报告已写入/)).toBeNull();
});

test('a workbook with no indicator sheet opens on a welcome: what it does, the template, help', async () => {
  const fake = fakePort({ sheets: [source('说明', NOTES)] });
  renderPane(fake.port, 'en-US');
  const welcome = (await screen.findByText('Getting started with Target report')).closest(
    'section',
  ) as HTMLElement;
  expect(welcome.textContent).toContain('writes a report sheet with tables and charts');
  // Not an error: no red bar on a blank workbook.
  expect(document.querySelector('[data-error-code]')).toBeNull();
  const help = within(welcome).getByRole('link', { name: /Help/ }) as HTMLAnchorElement;
  expect(help.getAttribute('href')).toBe('help.html#en-US');
  expect(help.getAttribute('target')).toBe('_blank');
  expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByRole('button', { name: 'Write report' }) as HTMLButtonElement).disabled).toBe(true);
  fake.setSheets([source('说明', NOTES), source('Indicators', INDICATORS)]);
  fireEvent.click(within(welcome).getByRole('button', { name: 'Insert template' }));
  await screen.findByText(/Added the template sheet "指标模板"/);
  expect(fake.port.insertTemplate).toHaveBeenCalledWith('en-US');
  await sheetsListed('Indicators');
  expect(screen.queryByText('Getting started with Target report')).toBeNull();
  expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(false);
});

test('an unexpected error shows a plain message, with the raw text only under Details', async () => {
  const { port } = fakePort({
    flagShortfalls: async () => {
      throw new Error('GeneralException: An internal error has occurred.');
    },
  });
  renderPane(port, 'en-US');
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: 'Flag shortfalls' }));
  await screen.findByText('Something went wrong');
  expect(screen.queryByText(/GeneralException/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Details' }));
  expect(screen.getByText(/GeneralException: An internal error has occurred\./)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Hide details' })).toBeTruthy();
});

test('a failing read is an error message, never a blank pane', async () => {
  const { port } = fakePort();
  port.readSheets.mockRejectedValueOnce(new PortError('too-large', 'payload 6 MB'));
  renderPane(port);
  await screen.findByText('数据过多');
  // Refresh recovers.
  fireEvent.click(screen.getByRole('button', { name: '刷新' }));
  await sheetsListed();
  expect(document.querySelector('[data-error-code]')).toBeNull();
});

test('the checking half of the pane not loaded (the network): a plain message, and Refresh loads it again', async () => {
  const { port } = fakePort();
  // Webpack's error for a script chunk that did not arrive.
  const lost = Object.assign(new Error('Loading chunk 112 failed.\n(error: https://intranet/work.js)'), {
    name: 'ChunkLoadError',
  });
  const work = jest.fn(loadWork).mockRejectedValueOnce(lost);
  renderPane(port, 'en-US', work);
  await screen.findByText('Part of the add-in did not load');
  expect(screen.queryByText(/Loading chunk/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
  await sheetsListed();
  expect(screen.getByText('5 indicators')).toBeTruthy();
  expect(document.querySelector('[data-error-code]')).toBeNull();
  expect(work).toHaveBeenCalledTimes(2);
});

// ───────────── check-in history ─────────────
test('each report records the check-in; the next period reports what changed since then', async () => {
  const fake = fakePort({ settings: { period: 'Q2' } });
  const first = renderPane(fake.port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  await screen.findByText('报告已写入工作表“对标报告”。');
  expect(fake.historyRows).toHaveLength(1);
  expect(fake.historyRows[0].slice(1).every((r) => r[0] === 'Q2')).toBe(true);
  const textOf = (layout: ReportLayout) =>
    layout.sheets[0].rows
      .flatMap((r) => r.map((c) => (c && typeof c.value === 'string' ? c.value : '')))
      .join('\n');
  expect(textOf(fake.written[0].layout)).not.toContain('与上次对标');
  first.unmount();
  cleanup();

  // The next person opens the workbook at Q3: the history sheet is read back and compared with.
  fake.port.loadSettings.mockResolvedValue({ settings: { period: 'Q3' }, ignored: [] });
  renderPane(fake.port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  await screen.findByText('报告已写入工作表“对标报告”。');
  const periods = new Set(fake.historyRows[1].slice(1).map((r) => r[0]));
  expect([...periods]).toEqual(['Q2', 'Q3']);
  expect(textOf(fake.written[1].layout)).toContain('与上次对标（第二季度）相比');
});

// ───────────── the preview after "Check" ─────────────
test('after Check: the indicators behind pace with completion and gap, each a link to its row', async () => {
  const { port } = fakePort();
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const list = await screen.findByRole('list', { name: '进度滞后的指标（2）' });
  const items = within(list).getAllByRole('listitem');
  // The furthest behind first (the report's attention order).
  expect(items.map((li) => li.textContent)).toEqual([
    '科普讲座严重滞后 · 完成率 40.0% · 落后序时 35.0个百分点',
    '科普宣传进度滞后 · 完成率 65.0% · 落后序时 10.0个百分点',
  ]);
  fireEvent.click(within(list).getByRole('button', { name: '转到 指标表 第 5 行：科普讲座' }));
  await waitFor(() => expect(port.selectRange).toHaveBeenLastCalledWith('指标表', '5:5'));
  // The data problems stay listed with their cells.
  expect(screen.getByRole('list', { name: '数据问题：需核对的单元格（1）' })).toBeTruthy();
});

test('with an earlier check-in, the preview says what changed (back on track), with links', async () => {
  const fake = fakePort({ settings: { period: 'Q2' } });
  const first = renderPane(fake.port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  await screen.findByText('报告已写入工作表“对标报告”。');
  first.unmount();
  cleanup();
  fake.port.loadSettings.mockResolvedValue({ settings: { period: 'Q3' }, ignored: [] });
  renderPane(fake.port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByText('与上次对标（第二季度）相比');
  const recovered = screen.getByRole('list', { name: '已恢复正常（1）' });
  expect(recovered.textContent).toContain('科技下乡');
  expect(recovered.textContent).toContain('进度滞后 → 序时推进');
  fireEvent.click(within(recovered).getByRole('button', { name: /科技下乡/ }));
  await waitFor(() => expect(fake.port.selectRange).toHaveBeenLastCalledWith('指标表', '4:4'));
  // The report and history sheets are the add-in's own, not "not read".
  const own = screen.getByRole('list', { name: '本加载项生成的工作表' });
  expect(within(own).getByText('对标记录')).toBeTruthy();
  expect(within(screen.getByRole('list', { name: '未读取的工作表' })).queryByText('对标记录')).toBeNull();
});

test('a sheet of an earlier month beside the latest is listed as compared with, not as not read', async () => {
  const month = (name: string, done: [number, number]): WorkbookSheet =>
    source(name, [
      [`2024年${name}重点指标完成情况`],
      ['序号', '指标名称', '单位', '年度目标', '累计完成'],
      [1, '固定资产投资', '亿元', 100, done[0]],
      [2, '新增就业', '人', 5000, done[1]],
    ]);
  const { port } = fakePort({ sheets: [month('1-6月', [60, 2800]), month('1-11月', [95, 4900])] });
  renderPane(port);
  await sheetsListed('1-11月');
  const earlier = screen.getByRole('list', { name: '早前期间的工作表（用于对比）' });
  expect(within(earlier).getByText('1-6月')).toBeTruthy();
  expect(within(earlier).getByText(/早于本次对标期间/)).toBeTruthy();
  expect(screen.queryByRole('list', { name: '未读取的工作表' })).toBeNull();
  expect(within(screen.getByRole('list', { name: '指标工作表' })).getByText('1-11月')).toBeTruthy();
});

test('counts are written with digit grouping (1,234 项指标)', async () => {
  const rows: CellValue[][] = [
    ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'],
  ];
  for (let i = 1; i <= 1234; i++) rows.push([i, `指标${i}`, '个', 100, 30, 30, 30, null]);
  const { port } = fakePort({ sheets: [source('大表', rows)] });
  renderPane(port);
  await screen.findByText('1,234 项指标');
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByText('共 1,234 项指标');
});

// ───────────── asking before replacing ─────────────
test('a report sheet edited since it was written: keep it under another name, then write', async () => {
  let calls = 0;
  const { port, written } = fakePort({
    writeReport: async (layout, options) => {
      calls++;
      if (calls === 1) throw new PortError('report-edited', 'edited', '对标报告');
      return {
        sheetName: options?.sheetName ?? layout.sheets[0].name,
        indicatorTableRange: '',
        attentionTableRange: '',
      };
    },
  });
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  const dialog = await screen.findByRole('alertdialog');
  expect(within(dialog).getByText(/在上次写入报告后被手工修改过/)).toBeTruthy();
  const input = within(dialog).getByLabelText('修改过的工作表改名为') as HTMLInputElement;
  expect(input.value).toBe('对标报告（修改稿）');
  fireEvent.click(within(dialog).getByText('保留修改稿并写入新报告').closest('button') as HTMLButtonElement);
  await screen.findByText('报告已写入工作表“对标报告”。');
  expect(written[1].options).toMatchObject({ keepEditedAs: '对标报告（修改稿）' });
  expect(written[1].options?.replaceEdited).toBeUndefined();
  expect(document.querySelector('[data-error-code]')).toBeNull();
});

test('a report sheet edited since it was written: replace it, or cancel and nothing is written', async () => {
  let calls = 0;
  const { port, written } = fakePort({
    writeReport: async (layout, options) => {
      calls++;
      if (!options?.replaceEdited) throw new PortError('report-edited', 'edited', '对标报告');
      return { sheetName: layout.sheets[0].name, indicatorTableRange: '', attentionTableRange: '' };
    },
  });
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  let dialog = await screen.findByRole('alertdialog');
  fireEvent.click(within(dialog).getByText('取消').closest('button') as HTMLButtonElement);
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(calls).toBe(1);
  expect(screen.queryByText(/报告已写入/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  dialog = await screen.findByRole('alertdialog');
  fireEvent.click(within(dialog).getByText('直接替换').closest('button') as HTMLButtonElement);
  await screen.findByText('报告已写入工作表“对标报告”。');
  expect(written[written.length - 1].options).toMatchObject({ replaceEdited: true });
});

test('a user sheet named like the history sheet: a plain message, not the report-name dialog', async () => {
  const { port } = fakePort({
    writeReport: async () => {
      throw new PortError('name-taken', 'not ours', '对标记录');
    },
  });
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  const bar = await waitFor(() => {
    const el = document.querySelector('[data-error-code="name-taken"]');
    if (!el) throw new Error('no error bar');
    return el as HTMLElement;
  });
  expect(bar.textContent).toContain('对标记录无法写入');
  expect(bar.textContent).toContain('请把它改名或删除');
  expect(screen.queryByRole('alertdialog')).toBeNull();
});

// ───────────── settings the workbook cannot be trusted with, and progress ─────────────
test('saved settings that were ignored are named in a note', async () => {
  const { port } = fakePort();
  port.loadSettings.mockResolvedValue({
    settings: { period: 'Q2' },
    ignored: [
      { field: 'title', reason: 'too-long' },
      { field: 'thresholds', reason: 'out-of-range' },
    ],
  });
  renderPane(port);
  await sheetsListed();
  const note = document.querySelector('[data-settings-ignored]') as HTMLElement;
  expect(note.textContent).toContain('报告标题（过长）、推进线和滞后线（超出范围）');
  fireEvent.click(within(note).getByRole('button', { name: '关闭' }));
  expect(document.querySelector('[data-settings-ignored]')).toBeNull();
});

test('long work shows its named steps: reading, checking, writing', async () => {
  let finish: (() => void) | null = null;
  const { port } = fakePort({
    writeReport: (layout) =>
      new Promise((resolve) => {
        finish = () =>
          resolve({ sheetName: layout.sheets[0].name, indicatorTableRange: '', attentionTableRange: '' });
      }),
  });
  renderPane(port);
  await sheetsListed();
  fireEvent.click(screen.getByRole('button', { name: '写入报告' }));
  const status = await waitFor(() => {
    const el = document.querySelector('[data-busy="write"]');
    // The step under way is marked current (the engine's half may still be loading before it).
    const current = el?.querySelector('[aria-current="step"]');
    if (!el || !current?.textContent?.includes('写入报告和对标记录')) throw new Error('not writing yet');
    return el as HTMLElement;
  });
  expect(status.getAttribute('role')).toBe('status');
  const steps = within(status).getAllByRole('listitem');
  expect(steps.map((li) => li.textContent)).toEqual([
    '1. 读取工作表',
    '2. 检查指标',
    '3. 写入报告和对标记录',
  ]);
  expect(steps[2].getAttribute('aria-current')).toBe('step');
  expect(within(status).getByRole('progressbar').getAttribute('aria-label')).toBe(
    '第 3 步，共 3 步：写入报告和对标记录',
  );
  await act(async () => (finish as unknown as () => void)());
  await screen.findByText('报告已写入工作表“对标报告”。');
  expect(document.querySelector('[data-busy]')).toBeNull();
});

test('a sheet read only in part (Excel limits) is named, with how much was read', async () => {
  const big = source('大表', INDICATORS);
  const cut: WorkbookSheet = { grid: { ...big.grid, truncated: { totalRows: 250_000, totalColumns: 12 } } };
  const { port } = fakePort({ sheets: [cut] });
  renderPane(port);
  await sheetsListed('大表');
  const note = document.querySelector('[data-sheet-cut="大表"]') as HTMLElement;
  expect(note.textContent).toBe(
    '工作表“大表”过大，只读取了 A1 起的 9 行、9 列（它用到 250,000 行、12 列）。其余部分未检查。',
  );
});

// ───────────── the columns step and the year start ─────────────
/** A county office's list: none of its headings is a word the reader knows for the indicator's name. */
const COUNTY: CellValue[][] = [
  ['栏目', '工作目标', '已完成数', '说明'],
  ['新建村级服务站', 40, 32, '按季度推进'],
  ['培训基层干部', 1200, 1300, null],
  ['改造农村公路', 85, 51, null],
];

/** Opens a drop-down by its label (within an element) and picks an option, with the mouse. */
async function choose(scope: HTMLElement, label: string, option: string) {
  fireEvent.click(within(scope).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

test('a sheet whose columns are unclear: the user chooses them, the check runs with them, they are saved', async () => {
  const { port } = fakePort({ sheets: [source('指标表', INDICATORS), source('区县任务', COUNTY)] });
  renderPane(port);
  await sheetsListed();
  const skipped = screen.getByRole('list', { name: '未读取的工作表' });
  fireEvent.click(within(skipped).getByRole('button', { name: '指定列：区县任务' }));
  const step = await screen.findByRole('group', { name: '指定工作表“区县任务”的列' });
  // Pre-filled with the reader's guesses; the name column it could not tell is empty.
  const shown = (label: string) => within(step).getByRole('combobox', { name: label }).textContent;
  expect(shown('年度目标')).toBe('B · 工作目标');
  expect(shown('完成数')).toBe('C · 已完成数');
  expect(shown('备注')).toBe('D · 说明');
  expect(shown('指标名称')).toBe('（无）');
  // One column for two roles is said, and Apply waits.
  await choose(step, '指标名称', 'B · 工作目标');
  expect(within(step).getByRole('alert').textContent).toBe('B 列被选了不止一次，每列只能对应一项内容。');
  expect((within(step).getByRole('button', { name: '应用并检查' }) as HTMLButtonElement).disabled).toBe(true);
  await choose(step, '指标名称', 'A · 栏目');
  expect(within(step).queryByRole('alert')).toBeNull();
  fireEvent.click(within(step).getByRole('button', { name: '应用并检查' }));

  await screen.findByText(/^检查结果/);
  const mapping = { name: 'A', target: 'B', actual: 'C', notes: 'D' };
  expect(port.saveSettings).toHaveBeenCalledTimes(1);
  expect(port.saveSettings.mock.calls[0][0].columns).toEqual({ 区县任务: mapping });
  expect(checkInputs().at(-1)?.columns).toEqual({ 区县任务: mapping });
  // The sheet is read now: listed with its indicators, no longer among the sheets not read.
  const read = screen.getByRole('list', { name: '指标工作表' });
  expect(within(read).getByText('区县任务').closest('li')?.textContent).toContain('3 项指标');
  expect(screen.queryByRole('button', { name: '指定列：区县任务' })).toBeNull();
});

test('saved columns: used at the next start; a column the sheet no longer has is left out, with a notice', async () => {
  const { port } = fakePort({
    sheets: [source('区县任务', COUNTY)],
    settings: { columns: { 区县任务: { name: 'F', target: '工作目标' } } },
  });
  renderPane(port, 'en-US');
  await sheetsListed('区县任务');
  await screen.findByText(
    'Some saved columns are no longer in their sheets and were ignored: indicator name (F) of "区县任务". Choose the columns again.',
  );
  expect(checkInputs()[0].columns).toEqual({ 区县任务: { target: '工作目标' } });
  // Still not read; the step opens with what was saved (the heading named, as its column) and the guesses.
  fireEvent.click(screen.getByRole('button', { name: 'Choose columns: 区县任务' }));
  const step = await screen.findByRole('group', { name: 'Columns of the sheet "区县任务"' });
  expect(within(step).getByRole('combobox', { name: 'Annual target' }).textContent).toBe('B · 工作目标');
  expect(within(step).getByRole('combobox', { name: 'Indicator name' }).textContent).toBe('(none)');
  // Cancel closes the step and saves nothing.
  fireEvent.click(within(step).getByRole('button', { name: 'Cancel' }));
  await waitFor(() =>
    expect(screen.queryByRole('group', { name: 'Columns of the sheet "区县任务"' })).toBeNull(),
  );
  expect(screen.getByRole('button', { name: 'Choose columns: 区县任务' })).toBeTruthy();
  expect(port.saveSettings).not.toHaveBeenCalled();
});

test('the year start by default follows the sheets’ month columns, and can be set back to that', async () => {
  const { port } = fakePort({});
  renderPane(port, 'en-US');
  await sheetsListed();
  const form = screen.getByRole('region', { name: 'Settings' });
  const auto = 'Auto';
  expect(within(form).getByRole('combobox', { name: 'Year starts in' }).textContent).toBe(auto);
  // Nothing given: the engine takes the year start the month columns show.
  expect(checkInputs()[0].yearStart).toBeUndefined();
  await choose(form, 'Year starts in', 'October');
  await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(1));
  expect(port.saveSettings.mock.calls[0][0].yearStart).toBe(10);
  await choose(form, 'Year starts in', auto);
  await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(2));
  expect(port.saveSettings.mock.calls[1][0].yearStart).toBe('auto');
});

test('the year start: a month chosen in the settings is saved and given to the check', async () => {
  const { port } = fakePort({ settings: { yearStart: 7 } });
  renderPane(port, 'en-US');
  await sheetsListed();
  const form = screen.getByRole('region', { name: 'Settings' });
  expect(within(form).getByRole('combobox', { name: 'Year starts in' }).textContent).toBe('July');
  expect(checkInputs()[0].yearStart).toBe(7);
  await choose(form, 'Year starts in', 'April');
  await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(1));
  expect(port.saveSettings.mock.calls[0][0].yearStart).toBe(4);
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  await screen.findByText(/^Check results/);
  expect(checkInputs().at(-1)?.yearStart).toBe(4);
});
