import {
  DEFAULT_THRESHOLDS,
  type Diagnostic,
  type Evaluation,
  type Lang,
  type Period,
  type Report,
  STATUSES,
} from '../../src/engine/model';
import { buildAttentionTable } from './helpers';
import { round4, toResultJson } from '../../src/engine/json';
import { countStatuses } from '../../src/engine/report/counts';
import { buildChartSpecs } from '../../src/engine/wording/charts';
import { describeDiagnostic, describeSkipReason } from '../../src/engine/wording/messages';
import { buildIndicatorTable } from '../../src/engine/wording/tables';
import { makeEvaluation } from '../support/evaluations';

const Q3 = { kind: 'quarter', quarter: 3 } as const;

const INDICATOR_KEYS = [
  'file',
  'sheet',
  'row',
  'id',
  'category',
  'name',
  'unit',
  'direction',
  'aggregation',
  'target',
  'actual',
  'expected',
  'completion',
  'pace',
  'status',
  'owner',
  'approximate',
  'actualText',
  'kind',
  'comparator',
  'strict',
  'targetText',
  'targetHigh',
  'notRated',
  'sourceStatus',
  'org',
  'group',
].sort();

const diagnostics: Diagnostic[] = [
  {
    file: 'a.xlsx',
    sheet: '目标任务',
    cell: 'F18',
    severity: 'error',
    code: 'cell-error',
    params: { text: '#DIV/0!' },
  },
  { sheet: '目标任务', severity: 'warning', code: 'hidden-rows', params: { count: 2 } },
];

function evaluations(): Evaluation[] {
  const plain = makeEvaluation({
    file: 'a.xlsx',
    id: '1',
    name: '科技下乡',
    category: '职能目标任务',
    unit: '场次',
    owner: '科普部',
    target: 150,
    actual: 125,
    expected: 112.5,
    status: 'on_track',
    row: 6,
  });
  const approximate: Evaluation = {
    ...makeEvaluation({
      name: '义诊',
      unit: '场次',
      target: 30,
      actual: 20,
      expected: 22.5,
      status: 'behind',
      row: 7,
    }),
    actual: { value: 20, approximation: { text: '20多', marker: '多' }, percent: false },
  };
  const milestone: Evaluation = {
    ...makeEvaluation({
      name: '建成科技馆',
      direction: 'milestone',
      aggregation: 'last',
      status: 'on_track',
      row: 8,
    }),
    targetText: '完成',
    actualText: '推进中',
  };
  const invalid: Evaluation = {
    ...makeEvaluation({ name: '坏数据', target: 10, status: 'invalid', row: 9 }),
    completion: NaN,
    pace: Infinity,
    expected: NaN,
  };
  const thirds = makeEvaluation({
    name: '三分之一',
    target: 3,
    actual: 1,
    expected: 2.25,
    status: 'at_risk',
    row: 10,
  });
  return [plain, approximate, milestone, invalid, thirds];
}

function report(lang: Lang, period: Period = { kind: 'quarter', quarter: 3 }): Report {
  const evs = evaluations();
  return {
    options: { lang, period, thresholds: DEFAULT_THRESHOLDS, date: '2019-10-10' },
    title: 'T',
    counts: countStatuses(evs),
    evaluations: evs,
    narrative: [],
    tables: { indicators: buildIndicatorTable(evs, lang), attention: buildAttentionTable(evs, lang) },
    charts: buildChartSpecs(evs, lang, null, Q3),
    diagnostics,
    skippedSheets: [
      { file: 'a.xlsx', sheet: '联系人', reason: { code: 'no-header' } },
      { sheet: '说明', reason: { code: 'missing-column', column: 'target' } },
    ],
  };
}

describe('toResultJson', () => {
  const json = toResultJson(report('zh-CN'));

  it('has the top-level keys of the contract', () => {
    expect(Object.keys(json).sort()).toEqual(
      [
        'consolidated',
        'date',
        'diagnostics',
        'indicators',
        'lang',
        'period',
        'periodSource',
        'yearStart',
        'sheets',
        'skippedSheets',
        'summary',
        'title',
        'totals',
        'units',
      ].sort(),
    );
    // A single unit: the several-units keys are empty arrays, never absent or null; so is `totals` for
    // tables without a total row.
    expect(json.totals).toEqual([]);
    expect(json.consolidated).toEqual([]);
    expect(json.units).toEqual([]);
    expect(json.period).toBe('Q3');
  });

  it('gives the period code for every kind of period', () => {
    expect(toResultJson(report('zh-CN', { kind: 'year' })).period).toBe('FY');
    expect(toResultJson(report('zh-CN', { kind: 'month', month: 7 })).period).toBe('M7');
  });

  it('gives each indicator with exactly the contract keys', () => {
    for (const ind of json.indicators) expect(Object.keys(ind).sort()).toEqual(INDICATOR_KEYS);
    expect(json.indicators[0]).toEqual({
      file: 'a.xlsx',
      sheet: '目标任务',
      row: 6,
      id: '1',
      category: '职能目标任务',
      name: '科技下乡',
      unit: '场次',
      direction: 'higher',
      aggregation: 'sum',
      target: 150,
      actual: 125,
      expected: 112.5,
      completion: 0.8333,
      pace: 1.1111,
      status: 'on_track',
      owner: '科普部',
      approximate: false,
      actualText: null,
      kind: 'amount',
      comparator: null,
      strict: false,
      targetText: null,
      targetHigh: null,
      notRated: null,
      sourceStatus: null,
      org: null,
      group: null,
    });
  });

  it('rounds completion and pace to four decimals', () => {
    const thirds = json.indicators[4];
    expect(thirds.completion).toBe(0.3333);
    expect(thirds.pace).toBe(0.4444);
    expect(round4(2 / 3)).toBe(0.6667);
    expect(round4(-0.00001)).toBe(0);
    expect(Object.is(round4(-0.00001), -0)).toBe(false);
    // A ratio near the largest double stays finite: rounding it must not overflow to Infinity.
    expect(round4(-1.79e305)).toBe(-1.79e305);
    expect(round4(1e300)).toBe(1e300);
    expect(round4(123456789.123456)).toBe(123456789.1235);
  });

  it('flags approximate actuals and keeps the text as written', () => {
    expect(json.indicators[1]).toMatchObject({ actual: 20, approximate: true, actualText: '20多' });
  });

  it('gives milestone targets and actuals as text', () => {
    expect(json.indicators[2]).toMatchObject({
      direction: 'milestone',
      target: '完成',
      actual: '推进中',
      actualText: '推进中',
      expected: null,
      completion: null,
      pace: null,
      approximate: false,
    });
  });

  it('writes null, never NaN or Infinity, for numbers that do not apply', () => {
    const bad = json.indicators[3];
    expect(bad).toMatchObject({
      completion: null,
      pace: null,
      expected: null,
      actual: null,
      status: 'invalid',
    });
    expect(bad.file).toBeNull();
    expect(bad.id).toBeNull();
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    // a round trip through JSON changes nothing (no undefined keys dropped)
    expect(JSON.parse(text)).toEqual(json);
  });

  it('summarises with the total and all seven statuses', () => {
    expect(json.summary.total).toBe(5);
    expect(Object.keys(json.summary.byStatus).sort()).toEqual([...STATUSES].sort());
    expect(json.summary.byStatus).toMatchObject({
      on_track: 2,
      behind: 1,
      invalid: 1,
      at_risk: 1,
      achieved: 0,
    });
  });

  it('gives diagnostics with codes and messages in the report language', () => {
    expect(json.diagnostics).toHaveLength(2);
    for (const d of json.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['cell', 'code', 'file', 'message', 'severity', 'sheet']);
    }
    expect(json.diagnostics[0]).toEqual({
      file: 'a.xlsx',
      sheet: '目标任务',
      cell: 'F18',
      severity: 'error',
      code: 'cell-error',
      message: describeDiagnostic(diagnostics[0], 'zh-CN'),
    });
    expect(json.diagnostics[1]).toMatchObject({
      file: null,
      cell: null,
      code: 'hidden-rows',
      severity: 'warning',
    });
    expect(json.diagnostics[0].message).toMatch(/[\u4e00-\u9fff]/);
    const en = toResultJson(report('en-US'));
    expect(en.diagnostics[0].message).toBe(describeDiagnostic(diagnostics[0], 'en-US'));
    expect(en.diagnostics[0].message).toMatch(/cell F18/);
  });

  it('gives skipped sheets with a reason in words and as a code', () => {
    expect(json.skippedSheets).toEqual([
      {
        file: 'a.xlsx',
        sheet: '联系人',
        reason: describeSkipReason({ code: 'no-header' }, 'zh-CN'),
        code: 'no-header',
      },
      {
        file: null,
        sheet: '说明',
        reason: describeSkipReason({ code: 'missing-column', column: 'target' }, 'zh-CN'),
        code: 'missing-column',
      },
    ]);
    expect(json.skippedSheets.every((s) => s.reason.length > 0)).toBe(true);
  });
});
