// Makes the command-line program's V8 code cache (build/cli/cli/main.js.cache, see bin/load-program.js):
// runs the program once on the sample workbook, the report and its JSON written to a temporary folder,
// and writes the cache of what that run compiled when it exits. Run by scripts/build-cli.js.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadProgram } = require('../bin/load-program');

const ROOT = path.join(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'target-report-cache-'));
process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.argv = [
  process.argv[0],
  path.join(ROOT, 'bin', 'target-report.js'),
  'report',
  path.join(ROOT, 'assets', 'sample', 'indicators-sample.xlsx'),
  '--out',
  path.join(dir, 'report.xlsx'),
  '--json',
  path.join(dir, 'report.json'),
];
loadProgram({ makeCache: true }).runFromProcess();
