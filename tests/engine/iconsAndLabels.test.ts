/**
 * Words of UK council, housing and NHS pages: an icon kept as its description (Sad face representing not
 * being on target), a screening named by the harm it looks for (MRSA Screening), and a section named by its
 * time standard (18 Weeks, 4 Hour A&E).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { statusWord } from '../../src/engine/read/cellKinds';
import { stripNumbering } from '../../src/engine/read/labels';
import { directionFromName } from '../../src/engine/evaluate/nameWords';
import { sourceFromRows } from '../support/grids';

describe('an icon kept as its description', () => {
  it('says what it stands for, negation and all; a face alone is its own verdict', () => {
    expect(statusWord('Sad face representing not being on target')).toBe('behind');
    expect(statusWord('Happy face representing being on target')).toBe('on_track');
    expect(statusWord('Not being on target')).toBe('behind');
    expect(statusWord('happy face')).toBe('on_track');
    expect(statusWord('Sad face')).toBe('behind');
    // A longer text that is no icon's description is still no verdict.
    expect(
      statusWord('Performance representing a steady improvement over the last three quarters'),
    ).toBeNull();
  });

  it('decides the row against its figures where they disagree', () => {
    const rows: CellValue[][] = [
      ['Housing service performance 2024/25'],
      ['Criteria', 'Target', 'Quarter 2', 'Target Met'],
      ['Non-decent homes (%) - lower is better', 0, 0.062, 'Sad face representing not being on target'],
      ['Repairs completed right first time (%)', 0.9, 0.93, 'Happy face representing being on target'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2024-11-01',
      yearStart: 4,
    });
    const [homes, repairs] = r.report.evaluations;
    expect(homes.status).not.toBe('on_track');
    expect(homes.status).not.toBe('achieved');
    expect(['on_track', 'achieved']).toContain(repairs.status);
  });
});

describe('a screening for a harm', () => {
  it('is better higher, though the harm is better lower', () => {
    expect(directionFromName('MRSA Screening')).toBe('higher');
    expect(directionFromName('Young people screened for chlamydia')).toBe('higher');
    expect(directionFromName('MRSA bacteraemia')).toBe('lower');
  });
});

describe('a section named by its time standard', () => {
  it('keeps its figure, which is no list number', () => {
    expect(stripNumbering('18 Weeks')).toBe('18 Weeks');
    expect(stripNumbering('6 Weeks diagnostic waits')).toBe('6 Weeks diagnostic waits');
    expect(stripNumbering('4 Hour A&E')).toBe('4 Hour A&E');
    expect(stripNumbering('1 Infection control')).toBe('Infection control');
    expect(stripNumbering('2. 18 Weeks')).toBe('18 Weeks');
  });
});

describe('a section heading with its own note mark (**Cancer Targets)', () => {
  const table = (label: string): CellValue[][] => [
    ['Performance Key Indicators'],
    ['Indicator', 'Threshold', 'Yearly position'],
    ['Infection control'],
    ['Number of MRSA Bacteraemia', 0, 0],
    ['MRSA Screening', 1, 1],
    [label],
    ['% of cancer patients treated within 31 days', 0.96, 0.985],
    ['% of cancer patients treated within 62 days', 0.85, 0.8],
    ['* Figures are provisional.'],
  ];
  const categories = (rows: CellValue[][]) =>
    runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2022-06-01',
      yearStart: 4,
    }).report.evaluations.map((e) => e.indicator.category);

  it('heads the rows below it, named without the mark', () => {
    expect(categories(table('**Cancer Targets'))).toEqual([
      'Infection control',
      'Infection control',
      'Cancer Targets',
      'Cancer Targets',
    ]);
  });

  it('is no footnote’s sentence, which heads nothing', () => {
    expect(categories(table('* Figures for the cancer rows are provisional.'))).toEqual([
      'Infection control',
      'Infection control',
      'Infection control',
      'Infection control',
    ]);
  });
});

describe('a target written with an aside in brackets', () => {
  it('is the figure before the brackets, not the one inside them', () => {
    const rows: CellValue[][] = [
      ['Core performance 2017/18'],
      ['Indicator', 'Target', 'Results'],
      ['Repairs satisfaction', '92% of Survey Responses (Responses: 40%+ of Jobs Done)', '95%'],
      ['Gas servicing satisfaction', '90% of Survey Responses (Responses: 40%+ of Jobs Done)', '88%'],
      ['Complaints answered in time', '(at least) 95%', '96%'],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2018-06-01',
      yearStart: 4,
    });
    expect(r.report.evaluations.map((e) => [e.target?.value, e.status])).toEqual([
      [0.92, 'achieved'],
      [0.9, 'missed'],
      [0.95, 'achieved'],
    ]);
  });
});
