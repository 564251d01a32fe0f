/**
 * "Insert template": a blank standardized indicator sheet for a team starting from nothing — a title
 * row, the standard header, two category rows, one example row, drop-down lists for direction and
 * aggregation (ExcelApi 1.8; without it the columns are plain), column widths and a bold header.
 * Two syncs: list the sheet names (to pick a free name), then write everything.
 */
import { type Lang, rangeAddress } from '../../engine';
import { PortError } from '../port';
import { supports, type HostEnv } from './requirements';
import { charsToPoints } from './columnWidth';

export interface TemplateText {
  readonly sheetName: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly categories: readonly string[];
  readonly example: readonly (string | number | null)[];
  readonly directions: readonly string[];
  readonly aggregations: readonly string[];
}

export const TEMPLATE_TEXT: Readonly<Record<Lang, TemplateText>> = {
  'zh-CN': {
    sheetName: '指标模板',
    title: '年度重点工作指标目标表',
    header: [
      '序号',
      '类别',
      '指标名称',
      '单位',
      '方向',
      '汇总方式',
      '年度目标',
      '一季度',
      '二季度',
      '三季度',
      '四季度',
      '责任部门',
      '备注',
    ],
    categories: ['一、经济发展', '二、民生保障'],
    example: [
      1,
      '经济发展',
      '新增科普示范基地',
      '个',
      '越高越好',
      '累计',
      12,
      3,
      null,
      null,
      null,
      '科普部',
      '示例行，可删除',
    ],
    directions: ['越高越好', '越低越好', '完成类'],
    aggregations: ['累计', '取最新', '平均'],
  },
  'en-US': {
    sheetName: 'Indicator template',
    title: 'Annual indicator targets',
    header: [
      'No.',
      'Category',
      'Indicator name',
      'Unit',
      'Direction',
      'Aggregation',
      'Annual target',
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Department',
      'Notes',
    ],
    categories: ['1. Economic development', '2. Public services'],
    example: [
      1,
      'Economic development',
      'New science outreach sites',
      'sites',
      'Higher',
      'Sum',
      12,
      3,
      null,
      null,
      null,
      'Outreach',
      'Example row, may be deleted',
    ],
    directions: ['Higher', 'Lower', 'Milestone'],
    aggregations: ['Sum', 'Latest', 'Average'],
  },
};

const WIDTHS = [6, 14, 30, 8, 10, 10, 12, 10, 10, 10, 10, 14, 24];
/** Rows that get drop-down lists (the body of the template). */
const BODY_ROWS = 500;

/** "指标模板", or "指标模板 (2)", "(3)"… when taken (Excel compares sheet names case-insensitively). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Escape text for a cell: the apostrophe keeps Excel from reading it as a number, date or formula. */
function text(v: string | number | null): string | number {
  if (v === null) return '';
  return typeof v === 'number' ? v : `'${v}`;
}

export async function insertTemplate(
  context: Excel.RequestContext,
  host: HostEnv,
  lang: Lang,
): Promise<string> {
  const t = TEMPLATE_TEXT[lang];
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected) {
    throw new PortError('sheet-protected', 'the workbook structure is protected; no sheet can be added');
  }
  const name = freeSheetName(
    t.sheetName,
    worksheets.items.map((w) => w.name),
  );
  const n = t.header.length;
  const sheet = worksheets.add(name);

  const rows: (string | number)[][] = [
    [text(t.title), ...new Array<string>(n - 1).fill('')],
    t.header.map(text),
    [text(t.categories[0]), ...new Array<string>(n - 1).fill('')],
    t.example.map(text),
    [text(t.categories[1]), ...new Array<string>(n - 1).fill('')],
  ];
  sheet.getRangeByIndexes(0, 0, rows.length, n).values = rows;

  const title = sheet.getRange(rangeAddress(1, 1, 1, n));
  title.merge(false);
  title.format.font.bold = true;
  title.format.font.size = 16;
  title.format.horizontalAlignment = 'Center';
  const header = sheet.getRange(rangeAddress(2, 1, 2, n));
  header.format.font.bold = true;
  header.format.fill.color = '#D9E1F2';
  header.format.horizontalAlignment = 'Center';
  header.format.wrapText = true;
  for (const row of [3, 5]) sheet.getRange(rangeAddress(row, 1, row, n)).format.font.bold = true;
  WIDTHS.forEach((w, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  });
  if (supports(host, 'dataValidation')) {
    const dirCol = t.header.indexOf(t.header[4]);
    const aggCol = t.header.indexOf(t.header[5]);
    sheet.getRangeByIndexes(2, dirCol, BODY_ROWS, 1).dataValidation.rule = {
      list: { inCellDropDown: true, source: t.directions.join(',') },
    };
    sheet.getRangeByIndexes(2, aggCol, BODY_ROWS, 1).dataValidation.rule = {
      list: { inCellDropDown: true, source: t.aggregations.join(',') },
    };
  }
  sheet.freezePanes.freezeRows(2);
  sheet.activate();
  sheet.getRange('C4').select();
  await context.sync();
  return name;
}
