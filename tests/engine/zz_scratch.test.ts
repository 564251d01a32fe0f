import { runCheck } from '../../src/engine/pipeline';
import { buildReportLayout } from '../../src/engine/layout';
import { toResultJson } from '../../src/engine/json';
import type { CellValue, Grid } from '../../src/engine/types';

function grid(name: string, upTo: number, scale = 1, unit2 = '人次'): Grid {
  const q = (vals: number[]): (number | null)[] => vals.map((v, i) => (i < upTo ? v * scale : null));
  const rows: CellValue[][] = [
    ['序号', '指标', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度', '责任部门'],
    ['一、职能目标任务'],
    [1, '科技下乡', '场次', 100 * scale, ...q([10, 40, 10, 40]), '科普部'],
    [2, '培训群众', unit2, 40000 * scale, ...q([12000, 10000, 20000, 0]), '学会部'],
    ['二、党的建设'],
    [3, '义诊', '场次', 30 * scale, ...q([8, 7, 8, 7]), '办公室'],
  ];
  return { name, originRow: 1, originCol: 1, values: rows, merges: [] };
}

test('scratch', () => {
  let history: any[] = [];
  for (const q of [1, 2, 3]) {
    const r = runCheck({ sources: [{ file: 'a.xlsx', grid: grid('目标任务', q) }], lang: 'zh-CN', date: `2019-0${q * 3}-30`, history });
    history = r.history;
    if (q === 3) {
      console.log(r.report.narrative.map((b) => `[${b.kind}] ${b.text}`).join('\n'));
      console.log(JSON.stringify(r.report.charts.map((c) => [c.id, c.categories, c.series])));
      console.log(JSON.stringify(r.report.tables.attention.columns.map((c) => c.header)), JSON.stringify(r.report.tables.attention.rows));
      console.log(r.report.notes);
    }
  }
  const m = runCheck({ sources: [{ file: 'a.xlsx', grid: grid('商州区', 3) }, { file: 'a.xlsx', grid: grid('洛南县', 3, 2) }], lang: 'en-US', date: '2019-09-30' });
  console.log(m.report.narrative.map((b) => `[${b.kind}] ${b.text}`).join('\n'));
  console.log(JSON.stringify(toResultJson(m.report).consolidated), JSON.stringify(toResultJson(m.report).units));
  const sheet = buildReportLayout(m.report).sheets[0];
  console.log(sheet.tables, m.report.notes);
  console.log(sheet.rows.map((r, i) => `${i + 1}: ${r.map((c) => c?.value ?? '').join(' | ')}`).join('\n'));
});
