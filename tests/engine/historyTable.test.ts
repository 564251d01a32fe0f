import { localDateTime } from '../../src/engine/core/dateTime';
import { historyFromGrid, snapshotFromEvaluations } from '../../src/engine/evaluate/history';
import { historyTable, historyWords } from '../../src/engine/wording/history';
import { HISTORY_COLUMNS, HISTORY_HIDDEN_COLUMNS, STATUSES, type Grid } from '../../src/engine/model';
import { statusLabel } from '../../src/engine/locale';
import { makeEvaluation } from '../support/evaluations';

const evaluations = [
  makeEvaluation({ id: '1', name: '科技下乡', target: 150, actual: 40, expected: 37.5, status: 'on_track' }),
  makeEvaluation({
    id: '2',
    name: '培训农民',
    target: 10000,
    actual: 1500,
    expected: 2500,
    status: 'at_risk',
  }),
];

function gridOf(rows: readonly (readonly (string | number | null)[])[]): Grid {
  return { name: '对标记录', originRow: 1, originCol: 1, values: rows.map((r) => [...r]), merges: [] };
}

describe('the local date-time of a check-in', () => {
  test('in the zone of the desk, minutes kept, the day rolling over', () => {
    expect(localDateTime('2026-09-30T06:05:00.000Z', 'Asia/Shanghai')).toBe('2026-09-30 14:05');
    expect(localDateTime('2026-09-30T16:05:00.000Z', 'Asia/Shanghai')).toBe('2026-10-01 00:05');
    expect(localDateTime('2026-01-15T12:00:00Z', 'America/New_York')).toBe('2026-01-15 07:00');
    expect(localDateTime('2026-04-05T09:30:00+08:00', 'UTC')).toBe('2026-04-05 01:30');
  });

  test('a zone given as offsets reads as its named zone does, summer time and all', () => {
    // New York's offsets (−5 h in winter, −4 h in summer), as a machine in that zone reports them.
    const newYork = {
      offsetMinutes: (ms: number) =>
        new Date(ms).getUTCMonth() >= 3 && new Date(ms).getUTCMonth() < 10 ? -240 : -300,
    };
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T03:30:00Z', '2026-09-30T16:05:00.000Z']) {
      expect(localDateTime(iso, newYork)).toBe(localDateTime(iso, 'America/New_York'));
    }
    expect(localDateTime('2026-09-30T16:05:00.000Z', { offsetMinutes: () => 480 })).toBe('2026-10-01 00:05');
    expect(localDateTime('不是时间', { offsetMinutes: () => 480 })).toBe('不是时间');
  });

  test('text that is no date-time comes back as it is; an unknown zone falls back to UTC', () => {
    expect(localDateTime('t', 'Asia/Shanghai')).toBe('t');
    expect(localDateTime('2026-13-99T99:00:00Z', 'Asia/Shanghai')).toBe('2026-13-99T99:00:00Z');
    expect(localDateTime('2026-09-30T06:05:00Z', 'Nowhere/Atlantis')).toBe('2026-09-30 06:05');
  });
});

describe('the history table in the report language', () => {
  const snap = snapshotFromEvaluations(evaluations, 'Q3', '2026-09-30T06:05:00.000Z');

  test.each(['zh-CN', 'en-US'] as const)(
    '%s: labels, local time and status words; the codes read back',
    (lang) => {
      const table = historyTable([snap], lang, 'Asia/Shanghai');
      expect(table.labels).toEqual(HISTORY_COLUMNS.map((c) => historyWords(lang).columns[c]));
      expect(table.rows[0]).toEqual([...HISTORY_COLUMNS]);
      const row = table.rows[1];
      expect(row[HISTORY_COLUMNS.indexOf('recorded')]).toBe('2026-09-30 14:05');
      expect(row[HISTORY_COLUMNS.indexOf('taken_at')]).toBe('2026-09-30T06:05:00.000Z');
      expect(row[HISTORY_COLUMNS.indexOf('status')]).toBe('on_track');
      expect(row[HISTORY_COLUMNS.indexOf('status_name')]).toBe(statusLabel('on_track', lang));
      expect(table.hiddenColumns).toEqual(HISTORY_HIDDEN_COLUMNS.map((c) => HISTORY_COLUMNS.indexOf(c)));
      // The labels row above the codes, as the sheets write it: read back to the same snapshot.
      const { history, diagnostics } = historyFromGrid(gridOf([table.labels, ...table.rows]));
      expect(diagnostics).toEqual([]);
      expect(history).toEqual([snap]);
    },
  );

  test('every column and every status has words in both languages, and they differ from the codes', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const words = historyWords(lang);
      for (const c of HISTORY_COLUMNS) expect(words.columns[c]).toMatch(/\S/);
      expect(new Set(Object.values(words.columns)).size).toBe(HISTORY_COLUMNS.length);
      for (const s of STATUSES) expect(statusLabel(s, lang)).not.toBe(s);
    }
    expect(historyWords('zh-CN').columns.period).toBe('期间');
  });
});
