import * as path from 'path';
import { run } from '../../src/cli/main';
import { plainSheet, tempDir, removeDir, writeXlsx } from './corpus';
test('probe', async () => {
  const dir = await tempDir('probe');
  await writeXlsx(path.join(dir, 'a.xlsx'), [{ ...plainSheet(), strayValue: { at: 'XFD1048576', value: 'x' } }]);
  let out = ''; let err = '';
  const t = Date.now();
  const code = await run(['report', 'a.xlsx', '--json', '-', '--out', 'o.xlsx'], { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, now: () => new Date(), env: {} });
  console.log(code, Date.now() - t, err, JSON.parse(out).summary);
  await removeDir(dir);
}, 120000);
