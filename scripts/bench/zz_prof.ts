import { benchGrid, perSheetCounts } from './generate';
import { readSheets } from '../../src/engine/reader';
import { evaluateIndicators } from '../../src/engine/evaluate';
import { buildReport } from '../../src/engine/report';
import { buildReportLayout } from '../../src/engine/layout';
import { runCheck } from '../../src/engine/pipeline';
import { latestPeriodWithData } from '../../src/engine/period';
const total = Number(process.argv[2] ?? 20000);
const sheets = Number(process.argv[3] ?? 10);
const reps = Number(process.argv[4] ?? 3);
const sources = perSheetCounts(total, sheets).map((n, i) => ({ file: 'b.xlsx', grid: benchGrid(i, n) }));
for (let k = 0; k < reps; k++) {
  let t = performance.now();
  const readings = readSheets(sources);
  const t1 = performance.now();
  const inds = readings.flatMap((r) => (r.kind === 'table' ? r.table.indicators : []));
  const p = latestPeriodWithData(inds)!;
  const ev = evaluateIndicators(inds, p);
  const t2 = performance.now();
  const report = buildReport(readings, { lang: 'zh-CN', period: p, thresholds: { onTrack: 1, behind: 0.8 }, date: '2026-10-01' });
  const t3 = performance.now();
  buildReportLayout(report);
  const t4 = performance.now();
  const t5a = performance.now();
  const r2 = runCheck({ sources, lang: 'zh-CN', date: '2026-10-08' });
  buildReportLayout(r2.report);
  const t5 = performance.now();
  console.log(`read ${(t1 - t).toFixed(0)} eval ${(t2 - t1).toFixed(0)} report ${(t3 - t2).toFixed(0)} layout ${(t4 - t3).toFixed(0)} | runCheck+layout ${(t5 - t5a).toFixed(0)} ev=${ev.length}`);
}
