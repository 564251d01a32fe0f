/**
 * The crafted files of the benchmark's bad-file section: those that once crashed or hung the reader, as
 * tests/file/crafted.ts builds them, at the sizes the problem was found with. Each should end in under
 * 5 seconds and half a gigabyte, with one line and exit 2, or with the right report for a valid one.
 */
import {
  columnsToTwoBillion,
  excelMaximumSheet,
  hugeMediaPart,
  longSharedFormula,
  lyingSheetPart,
  manySharedStrings,
  manySheets,
  mergedAreaToTheEnd,
  rowBeyondTheSheet,
  sheetCutOff,
  strayValuesInXfd,
} from '../../tests/file/crafted';

export interface BadFile {
  readonly name: string;
  readonly file: string;
  readonly make: () => Uint8Array;
  /** A valid file gives its report; the others are refused. */
  readonly expect: 'report' | 'refused';
}

export function badFiles(): BadFile[] {
  return [
    {
      name: 'one merged area A100:XFD1048576',
      file: 'merged.xlsx',
      make: mergedAreaToTheEnd,
      expect: 'report',
    },
    { name: 'a row numbered 1,000,000,000', file: 'row.xlsx', make: rowBeyondTheSheet, expect: 'refused' },
    { name: '<col max="2000000000">', file: 'cols.xlsx', make: columnsToTwoBillion, expect: 'report' },
    {
      name: 'stray values in XFD on 10,000 rows',
      file: 'xfd10k.xlsx',
      make: () => strayValuesInXfd(10_000),
      expect: 'report',
    },
    {
      name: 'stray values in XFD on 30,000 rows',
      file: 'xfd30k.xlsx',
      make: () => strayValuesInXfd(30_000),
      expect: 'report',
    },
    {
      name: '4 million shared strings',
      file: 'strings.xlsx',
      make: () => manySharedStrings(4_000_000),
      expect: 'refused',
    },
    {
      name: '4 million shared strings, count not declared',
      file: 'strings2.xlsx',
      make: () => manySharedStrings(4_000_000, false),
      expect: 'refused',
    },
    { name: 'a 3 GB media part', file: 'media.xlsx', make: hugeMediaPart, expect: 'report' },
    {
      name: 'a sheet part lying about its size',
      file: 'lying.xlsx',
      make: lyingSheetPart,
      expect: 'refused',
    },
    { name: 'sheet XML cut off after row 6 of 12', file: 'cut.xlsx', make: sheetCutOff, expect: 'refused' },
    {
      name: 'a shared formula of 900,000 characters in 100,000 cells, never calculated',
      file: 'formula.xlsx',
      make: () => longSharedFormula(),
      expect: 'report',
    },
    {
      name: '10,000 sheets (the limit), one unit each',
      file: 'sheets10k.xlsx',
      make: () => manySheets(10_000),
      expect: 'report',
    },
    { name: '20,000 sheets', file: 'sheets20k.xlsx', make: () => manySheets(20_000), expect: 'refused' },
    {
      name: "Excel's maximum sheet (1,048,576 rows)",
      file: 'max.xlsx',
      make: () => excelMaximumSheet(),
      expect: 'refused',
    },
  ];
}
