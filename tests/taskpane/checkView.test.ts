/**
 * The check's view (what the check view and the sheet list show): the counts of the whole check, the
 * preview's lists and the listed data problems capped, the sheets counted — and its size the same
 * whether the sheets hold one thousand indicators or four, which is what lets the offline page's
 * worker send it across instead of the report.
 */
import { attentionEvaluations } from '../../src/engine';
import { type CheckRequest, checkSheets } from '../../src/taskpane/state/check';
import { MAX_LISTED_DIAGNOSTICS, MAX_PREVIEW_ITEMS } from '../../src/taskpane/state/checkView';
import { periodChoices } from '../../src/taskpane/state/periods';
import { defaultSettings } from '../../src/taskpane/state/settings';
import { benchGrid } from '../../scripts/bench/generate';

const REQUEST: CheckRequest = {
  settings: defaultSettings('en-US'),
  date: '2026-11-30',
  takenAt: '2026-11-30T08:00:00.000Z',
};

function checkOf(perSheet: number) {
  const sheets = [benchGrid(0, perSheet), benchGrid(1, perSheet)].map((grid) => ({ grid }));
  return checkSheets(sheets, REQUEST, []);
}

describe('the check view', () => {
  test('counts the whole check and lists the first of each list, in the report’s order', () => {
    const { result, view, sheets } = checkOf(2000);
    const report = result.report;
    expect(view.counts).toEqual(report.counts);
    expect(view.counts.total).toBe(4000);
    expect(view.period).toEqual(result.period);
    const behind = attentionEvaluations(report.evaluations).filter((e) =>
      ['behind', 'at_risk', 'missed'].includes(e.status),
    );
    expect(behind.length).toBeGreaterThan(MAX_PREVIEW_ITEMS);
    expect(view.behindTotal).toBe(behind.length);
    expect(view.behind.map((e) => e.indicator.key)).toEqual(
      behind.slice(0, MAX_PREVIEW_ITEMS).map((e) => e.indicator.key),
    );
    expect(report.diagnostics.length).toBeGreaterThan(MAX_LISTED_DIAGNOSTICS);
    expect(view.diagnosticsTotal).toBe(report.diagnostics.length);
    expect(view.diagnostics).toEqual(report.diagnostics.slice(0, MAX_LISTED_DIAGNOSTICS));
    expect(view.changes).toBeNull();
    expect(sheets.sheets).toEqual([
      { kind: 'table', sheet: '单位1', indicators: 2000, months: false },
      { kind: 'table', sheet: '单位2', indicators: 2000, months: false },
    ]);
    expect(sheets.autoPeriod).toEqual(result.period);
    expect(periodChoices(sheets, 'auto')).not.toContain('M01');
  });

  test('does not grow with the number of indicators (what the offline page’s worker sends)', () => {
    const { result: small, ...shownSmall } = checkOf(1000);
    const { result: large, ...shownLarge } = checkOf(4000);
    expect(large.report.counts.total).toBe(4 * small.report.counts.total);
    const size = (x: unknown) => JSON.stringify(x).length;
    // The report itself grows fourfold; what is shown stays within a few per cent (names, numbers).
    expect(size(large.report) / size(small.report)).toBeGreaterThan(3);
    expect(size(shownLarge) / size(shownSmall)).toBeLessThan(1.1);
  });
});
