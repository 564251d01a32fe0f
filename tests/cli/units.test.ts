/**
 * A folder of 30 unit workbooks in the same layout (generated, small): the command reads them all with
 * progress on stderr and writes the organisation-wide (consolidated) report and the comparison of units,
 * in the JSON, the report workbook and the Word document.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type CliResult, runCli as cli } from '../support/runCli';

const UNITS = 30;

const unitName = (i: number) => `县区${String(i + 1).padStart(2, '0')}`;

/**
 * Unit i: 科技下乡 target 100 + i, Q1..Q2 actuals that put units 0..9 at risk and the rest on pace;
 * 培训群众 target 1000, actual 500 + 10 i; 巡察整改到位率 a percentage (level, never summed); units 0..4
 * also report 新建服务站, which the others do not.
 */
async function writeUnit(file: string, i: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标任务');
  ws.addRow([`${unitName(i)}2026年度目标任务完成情况表`]);
  ws.addRow([
    '序号',
    '类别',
    '指标名称',
    '单位',
    '年度目标',
    '一季度',
    '二季度',
    '三季度',
    '四季度',
    '责任部门',
  ]);
  const behind = i < 10;
  ws.addRow([
    '1',
    '职能目标任务',
    '科技下乡',
    '场次',
    100 + i,
    20,
    behind ? 10 : 40 + i,
    null,
    null,
    '科普部',
  ]);
  ws.addRow(['2', '职能目标任务', '培训群众', '人次', 1000, 250, 250 + 10 * i, null, null, '科普部']);
  ws.addRow(['3', '党的建设', '巡察整改到位率', '%', 1, 0.8, 0.9 + i / 1000, null, null, '办公室']);
  if (i < 5) ws.addRow(['4', '职能目标任务', '新建服务站', '个', 4, 1, 1, null, null, '科普部']);
  await wb.xlsx.writeFile(file);
}

interface ConsolidatedRow {
  key: string;
  name: string;
  unit: string | null;
  units: string[];
  target: number | null;
  actual: number | null;
  expected: number | null;
  status: string;
  missingIn?: string[];
  range?: { min: number; max: number };
}
interface Json {
  period: string;
  indicators: unknown[];
  consolidated: ConsolidatedRow[];
  units: { name: string; byStatus: Record<string, number>; onPaceShare: number }[];
}

let tmp: string;
let r: CliResult;
let json: Json;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-units-'));
  const folder = path.join(tmp, '各县区');
  await fs.mkdir(folder);
  for (let i = 0; i < UNITS; i++) await writeUnit(path.join(folder, `${unitName(i)}.xlsx`), i);
  r = await cli(
    ['report', '各县区', '--json', 'r.json', '--out', 'out/汇总.xlsx', '--docx', 'out/汇总.docx', '--notes'],
    tmp,
  );
  json = JSON.parse(await fs.readFile(path.join(tmp, 'r.json'), 'utf8')) as Json;
}, 120_000);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe(`a folder of ${UNITS} unit workbooks`, () => {
  it('runs, with one progress line per file on stderr, in name order', () => {
    expect(r.code).toBe(0);
    const progress = r.stderr.split('\n').filter((l) => l !== '');
    expect(progress).toHaveLength(UNITS);
    progress.forEach((line, i) =>
      expect(line).toBe(`读取 ${i + 1}/${UNITS}：${path.join('各县区', `${unitName(i)}.xlsx`)}`),
    );
    expect(r.stdout).toContain(`目标任务共 ${3 * UNITS + 5} 项`);
    expect(json.indicators).toHaveLength(3 * UNITS + 5);
  });

  it('adds up the counts over all units, with the status by the same rules', () => {
    const row = (name: string) => json.consolidated.find((c) => c.name === name)!;
    const xiaxiang = row('科技下乡');
    expect(xiaxiang.units).toHaveLength(UNITS);
    expect(xiaxiang.units[0]).toBe('县区01');
    expect(xiaxiang.target).toBe(Array.from({ length: UNITS }, (_, i) => 100 + i).reduce((a, b) => a + b, 0));
    expect(xiaxiang.actual).toBe(
      Array.from({ length: UNITS }, (_, i) => (i < 10 ? 30 : 60 + i)).reduce((a, b) => a + b, 0),
    );
    expect(xiaxiang.expected).toBeCloseTo(xiaxiang.target! / 2, 6);
    const peixun = row('培训群众');
    expect(peixun.target).toBe(1000 * UNITS);
    expect(peixun.actual).toBe(
      Array.from({ length: UNITS }, (_, i) => 500 + 10 * i).reduce((a, b) => a + b, 0),
    );
    expect(peixun.status).toBe('on_track');
  });

  it('does not sum a percentage: it gives the range over units', () => {
    const rate = json.consolidated.find((c) => c.name === '巡察整改到位率')!;
    expect(rate.range).toEqual({ min: 0.9, max: expect.closeTo(0.929, 6) });
    expect(rate.target === null || rate.target <= 1).toBe(true);
  });

  it('lists an indicator reported by some units only, with the units missing it', () => {
    const some = json.consolidated.find((c) => c.name === '新建服务站')!;
    expect(some.units).toEqual(['县区01', '县区02', '县区03', '县区04', '县区05']);
    expect(some.missingIn).toHaveLength(UNITS - 5);
    expect(some.missingIn).toContain('县区30');
  });

  it('compares the 30 units, best first', () => {
    expect(json.units).toHaveLength(UNITS);
    const shares = json.units.map((u) => u.onPaceShare);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    // units 11..30 on pace with two of three, 01..05 with two of four, 06..10 with one of three
    expect(json.units.slice(0, 20).map((u) => u.name)).toEqual(
      Array.from({ length: 20 }, (_, k) => unitName(k + 10)),
    );
    expect(json.units.slice(20).map((u) => u.onPaceShare)).toEqual([
      0.5,
      0.5,
      0.5,
      0.5,
      0.5,
      ...Array(5).fill(0.3333),
    ]);
    expect(json.units[UNITS - 1].name).toBe('县区10');
    for (const u of json.units) {
      const n = Object.values(u.byStatus).reduce((a, b) => a + b, 0);
      expect(n).toBe(Number(u.name.slice(2)) <= 5 ? 4 : 3);
    }
  });

  it('the report workbook and the Word document hold the consolidated table and the units compared', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp, 'out', '汇总.xlsx'));
    const ws = wb.getWorksheet('对标报告')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    const all = texts.join('\n');
    expect(all).toContain('全系统目标任务汇总情况');
    expect(all).toContain('各单位目标任务完成情况比较');
    expect(all).toContain('县区30');
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(tmp, 'out', '汇总.docx')));
    const doc = await zip.file('word/document.xml')!.async('string');
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    expect(tables.some((t) => t.includes('>县区30<') && t.includes('>排名<'))).toBe(true);
    expect(doc).toContain('全系统目标任务汇总情况');
    // the data notes (an indicator missing in 25 units, …), asked for, are the last appendix, after the tables
    expect(doc).toContain('>3．数据说明<');
    expect(doc).toMatch(/>1\.[^<]*新建服务站[^<]*</);
    expect(doc.indexOf('>附件3<')).toBeGreaterThan(doc.lastIndexOf('</w:tbl>'));
  });
});
