#!/usr/bin/env node
'use strict';
// Runs the compiled command-line program (built by `npm ci` / `npm install` through the prepare script),
// with the code cache the build made for it (./load-program.js).
const { loadProgram } = require('./load-program');

const program = loadProgram();
if (!program) {
  process.stderr.write(
    'target-report: the program is not built yet; run `npm run build:cli` (npm ci does it).\n',
  );
  process.exit(2);
}
program.runFromProcess();
