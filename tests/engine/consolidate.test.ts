import type { Period } from '../../src/engine/model';
import { consolidateUnits, sharesLayout, summarizeUnits } from '../../src/engine/evaluate/consolidate';
import { twoUnits, unitOf as unit } from '../support/twoUnits';

const Q3: Period = { kind: 'quarter', quarter: 3 };

describe('several units', () => {
  const [a, b] = twoUnits();

  test('counts are summed: target, actual and expected over units, status by the same rules', () => {
    const c = consolidateUnits([a, b], Q3);
    const row = c.consolidated.find((r) => r.name === '科技下乡');
    expect(row).toMatchObject({
      kind: 'sum',
      target: 150,
      actual: 110,
      expected: 112.5,
      units: ['商州区', '洛南县'],
    });
    // pace 110 / 112.5 = 0.978 → behind (0.8 <= pace < 1.0)
    expect(row?.status).toBe('behind');
    expect(row?.unitsMeeting).toBe(1);
  });

  test('levels and percentages are not summed: range and units meeting target', () => {
    const c = consolidateUnits([a, b], Q3);
    const row = c.consolidated.find((r) => r.name === '科学素质达标率');
    expect(row?.kind).toBe('level');
    expect(row?.range).toEqual({ min: 0.08, max: 0.11 });
    expect(row?.unitsMeeting).toBe(1);
    expect(row?.actual).toBeCloseTo(0.095, 9);
    expect(row?.target).toBeCloseTo(0.1, 9);
  });

  test('a level written as a percentage is flagged percent, so it prints as one', () => {
    const pct = (u: ReturnType<typeof unit>) => ({
      name: u.name,
      evaluations: u.evaluations.map((e) =>
        e.indicator.name === '科学素质达标率' && e.actual
          ? { ...e, actual: { ...e.actual, percent: true } }
          : e,
      ),
    });
    const c = consolidateUnits([pct(a), pct(b)], Q3);
    expect(c.consolidated.find((r) => r.name === '科学素质达标率')?.percent).toBe(true);
    expect(c.consolidated.filter((r) => r.percent)).toHaveLength(1);
    expect(consolidateUnits([a, b], Q3).consolidated.every((r) => r.percent === false)).toBe(true);
  });

  test('units that disagree on the unit of measure get a diagnostic, not a wrong sum', () => {
    const c = consolidateUnits([a, b], Q3);
    const row = c.consolidated.find((r) => r.name === '宣传资料');
    expect(row).toMatchObject({ kind: 'mismatch', target: null, actual: null, status: 'invalid' });
    const d = c.diagnostics.find((x) => x.code === 'unit-mismatch');
    expect(d?.severity).toBe('error');
    expect(String(d?.params?.units)).toContain('万份');
    expect(String(d?.params?.units)).toContain('份');
  });

  test('an indicator present in only some units is listed and flagged, never dropped', () => {
    const c = consolidateUnits([a, b], Q3);
    const row = c.consolidated.find((r) => r.name === '院士工作站');
    expect(row?.units).toEqual(['洛南县']);
    expect(row?.missingIn).toEqual(['商州区']);
    expect(c.diagnostics.some((d) => d.code === 'missing-in-units' && d.params?.name === '院士工作站')).toBe(
      true,
    );
    expect(c.consolidated).toHaveLength(4);
  });

  test('indicators are matched by id where names differ', () => {
    const renamed = unit('丹凤县', [
      {
        id: '1',
        name: '科技下乡活动',
        unit: '场次',
        target: 10,
        actual: 10,
        expected: 7.5,
        status: 'achieved',
      },
    ]);
    const c = consolidateUnits([a, renamed], Q3);
    const row = c.consolidated.find((r) => r.id === '1');
    expect(row?.units).toEqual(['商州区', '丹凤县']);
    expect(row?.target).toBe(110);
  });

  test('unit comparison: counts per status, share on pace, ranked', () => {
    const s = summarizeUnits([a, b]);
    expect(s[0]).toMatchObject({ name: '商州区', rank: 1, total: 3 });
    expect(s[0].onPaceShare).toBeCloseTo(2 / 3, 9);
    expect(s[1]).toMatchObject({ name: '洛南县', rank: 2, total: 4 });
    expect(s[1].byStatus).toMatchObject({ achieved: 1, on_track: 1, behind: 1, at_risk: 1, missed: 0 });
    expect(s[1].onPaceShare).toBeCloseTo(0.5, 9);
  });

  test('thirty units of the same layout consolidate into one table', () => {
    const units = Array.from({ length: 30 }, (_, i) =>
      unit(`单位${i + 1}`, [
        {
          id: '1',
          name: '科技下乡',
          unit: '场次',
          target: 10,
          actual: i % 2 ? 10 : 5,
          expected: 7.5,
          status: i % 2 ? 'achieved' : 'at_risk',
        },
        { id: '2', name: '培训', unit: '人次', target: 100, actual: 80, expected: 75, status: 'on_track' },
      ]),
    );
    expect(sharesLayout(units)).toBe(true);
    const c = consolidateUnits(units, Q3);
    expect(c.consolidated).toHaveLength(2);
    expect(c.consolidated[0]).toMatchObject({
      target: 300,
      actual: 225,
      expected: 225,
      status: 'on_track',
      unitsMeeting: 15,
    });
    expect(c.units).toHaveLength(30);
    expect(c.units.map((u) => u.rank)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  test('sheets of different layouts are not consolidated', () => {
    const other = unit('联系人', [{ name: '完全不同', target: 1, actual: 1, status: 'achieved' }]);
    expect(sharesLayout([a, other])).toBe(false);
    // A unit holding only a few of the other's indicators (1 of 4 here) is not the same layout either way round.
    const few = unit('丹凤县', [
      { id: '1', name: '科技下乡', unit: '场次', target: 10, actual: 5, expected: 7.5, status: 'at_risk' },
    ]);
    expect(sharesLayout([b, few])).toBe(false);
    expect(sharesLayout([few, b])).toBe(false);
    expect(sharesLayout([a])).toBe(false);
  });
});
