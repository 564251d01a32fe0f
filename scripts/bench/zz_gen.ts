import { writeBenchWorkbook } from './generate';
(async () => { for (const [n, s] of [[1000, 1], [20000, 10], [100000, 50]]) await writeBenchWorkbook(`/tmp/bw/bench-${n}.xlsx`, n, s); })();
