/**
 * The file port, against a stand-in worker that answers as worker.ts does: the picked files go to the
 * worker as bytes (once: a check of the same files again sends none), the check runs there with its
 * progress in named steps, the report is made from the last check, new files or settings drop the last
 * outputs, and a failure in the worker becomes a PortError.
 */
import { PortError, type ReportSettings } from '../../src/addin/port';
import { DEFAULT_THRESHOLDS, type Grid } from '../../src/engine';
import { createFilePort, type WorkerLike } from '../../src/page/filePort';
import type { PageOutputs, WorkerReply, WorkerRequest } from '../../src/page/protocol';
import type { CheckShown } from '../../src/taskpane/state/check';

const SETTINGS: ReportSettings = {
  period: 'auto',
  lang: 'zh-CN',
  title: '',
  unitName: '',
  thresholds: DEFAULT_THRESHOLDS,
  yearStart: 1,
  columns: {},
};

const OUTPUTS: PageOutputs = {
  xlsx: new Blob([new Uint8Array([1])]),
  docx: new Blob([new Uint8Array([2])]),
  json: new Blob(['{}\n']),
  tables: {
    indicators: { html: new Uint8Array([60]), text: new Uint8Array([97]) },
    attention: { html: new Uint8Array([60]), text: new Uint8Array([98]) },
  },
};

const CHECKED = {
  sheetNames: ['a'],
  ownSheets: [],
  cutSheets: [],
  missingColumns: [],
} as unknown as CheckShown;

function grid(name: string): Grid {
  return { name, values: [['指标名称']], originRow: 1, originCol: 1 } as unknown as Grid;
}

/** Answers each request on the next turn, with one progress message first; `fail` makes it fail. */
function fakeWorker(fail = false): WorkerLike & { requests: WorkerRequest[] } {
  const w: WorkerLike & { requests: WorkerRequest[] } = {
    requests: [],
    onmessage: null,
    postMessage(request) {
      w.requests.push(request);
      const send = (reply: WorkerReply) => w.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
      setTimeout(() => {
        send({ id: request.id, type: 'progress', step: 'reading', done: 1, total: 2 });
        if (fail) send({ id: request.id, type: 'failed', message: 'book.xlsx: damaged' });
        else if (request.type === 'check') {
          send({ id: request.id, type: 'progress', step: 'checking', done: 0, total: 1 });
          send({ id: request.id, type: 'checked', result: { checked: CHECKED, problems: [] } });
        } else if (request.type === 'read') {
          const sheets = request.files.map((f) => ({
            file: f.name,
            grid: grid(`${f.name}:${f.bytes.length}`),
          }));
          send({
            id: request.id,
            type: 'read',
            result: { sheets, problems: [{ file: 'x', message: 'x: bad' }] },
          });
        } else send({ id: request.id, type: 'written', outputs: OUTPUTS, sheetName: '对标报告' });
      }, 0);
    },
  };
  return w;
}

const file = (name: string, bytes: number[]) => new File([new Uint8Array(bytes)], name);

describe('createFilePort', () => {
  test('reads the picked files in the worker, with progress, and keeps what could not be read', async () => {
    const worker = fakeWorker();
    const port = createFilePort(worker, SETTINGS);
    const changed = jest.fn();
    await port.onSheetsChanged(changed);
    port.setFiles({
      files: [file('a.xlsx', [1, 2, 3]), file('b.xlsx', [4])],
      previous: file('old.xlsx', [5, 6]),
    });
    expect(changed).toHaveBeenCalledTimes(1);
    const progress = jest.fn();
    const sheets = await port.readSheets(progress);
    expect(sheets.map((s) => s.grid.name)).toEqual(['a.xlsx:3', 'b.xlsx:1']);
    expect(progress).toHaveBeenCalledWith(1, 2);
    expect(port.problems()).toEqual([{ file: 'x', message: 'x: bad' }]);
    const request = worker.requests[0] as Extract<WorkerRequest, { type: 'read' }>;
    expect(request.previous?.name).toBe('old.xlsx');
    expect([...(request.previous?.bytes ?? [])]).toEqual([5, 6]);
    expect(request.lang).toBe('zh-CN');
  });

  test('checks in the worker with named steps; the files go there once, again only when new ones are picked', async () => {
    const worker = fakeWorker();
    const port = createFilePort(worker, SETTINGS);
    expect(port.canSelectCells).toBe(false);
    const picked = { files: [file('a.xlsx', [1, 2, 3])], previous: null };
    port.setFiles(picked);
    const request = { settings: SETTINGS, date: '2026-11-30', takenAt: '2026-11-30T08:00:00.000Z' };
    const on = { step: jest.fn(), progress: jest.fn() };
    expect(await port.check(request, on)).toBe(CHECKED);
    expect(on.progress.mock.calls).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(on.step.mock.calls).toEqual([['checking']]);
    const first = worker.requests[0] as Extract<WorkerRequest, { type: 'check' }>;
    expect(first.request).toEqual(request);
    expect(first.picked?.files.map((f) => [f.name, [...f.bytes]])).toEqual([['a.xlsx', [1, 2, 3]]]);
    // The same files with other settings: checked again in the worker without sending them.
    const english = { ...request, settings: { ...SETTINGS, lang: 'en-US' as const } };
    await port.check(english, on);
    const second = worker.requests[1] as Extract<WorkerRequest, { type: 'check' }>;
    expect(second.picked).toBeNull();
    expect(second.request.settings.lang).toBe('en-US');
    port.setFiles({ ...picked });
    await port.check(request, on);
    expect((worker.requests[2] as Extract<WorkerRequest, { type: 'check' }>).picked?.files).toHaveLength(1);
  });

  test('makes the report of the last check; new files or settings drop it', async () => {
    const worker = fakeWorker();
    const port = createFilePort(worker, SETTINGS);
    expect(await port.loadSettings()).toEqual({ settings: SETTINGS, ignored: [] });
    const english = { ...SETTINGS, lang: 'en-US' as const, title: 'Q3 review' };
    await port.saveSettings(english);
    expect(await port.loadSettings()).toEqual({ settings: english, ignored: [] });
    const progress = jest.fn();
    const result = await port.writeChecked(progress);
    expect(result).toEqual({
      sheetName: '对标报告',
      indicatorTableRange: 'indicators',
      attentionTableRange: 'attention',
    });
    expect(worker.requests[0]).toEqual({ id: 1, type: 'write' });
    expect(progress).toHaveBeenCalledWith(1, 2);
    expect(port.outputs()).toBe(OUTPUTS);
    // Through the WorkbookPort's writeReport as well: the worker's last check, whatever layout is given.
    const layout = { sheets: [{ name: 'other' }] } as unknown as Parameters<typeof port.writeReport>[0];
    expect((await port.writeReport(layout)).sheetName).toBe('对标报告');
    expect(worker.requests[1]).toEqual({ id: 2, type: 'write' });
    await port.saveSettings(SETTINGS);
    expect(port.outputs()).toBeNull();
    await port.writeReport(layout);
    port.setFiles({ files: [], previous: null });
    expect(port.outputs()).toBeNull();
  });

  test('a failure in the worker is a PortError with its message; workbook-only actions are refused', async () => {
    const port = createFilePort(fakeWorker(true), SETTINGS);
    port.setFiles({ files: [file('book.xlsx', [1])], previous: null });
    await expect(port.readSheets()).rejects.toMatchObject({
      name: 'PortError',
      detail: 'book.xlsx: damaged',
    });
    const request = { settings: SETTINGS, date: '2026-11-30', takenAt: '2026-11-30T08:00:00.000Z' };
    await expect(port.check(request, { step: jest.fn(), progress: jest.fn() })).rejects.toMatchObject({
      name: 'PortError',
      detail: 'book.xlsx: damaged',
    });
    await expect(port.flagShortfalls([], 'zh-CN')).rejects.toBeInstanceOf(PortError);
    await expect(port.insertTemplate('zh-CN')).rejects.toBeInstanceOf(PortError);
  });
});
