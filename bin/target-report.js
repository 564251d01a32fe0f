#!/usr/bin/env node
'use strict';
// Runs the compiled command-line program (built by `npm ci` / `npm install` through the prepare script).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'target-report: the program is not built yet; run `npm run build:cli` (npm ci does it).\n',
  );
  process.exit(2);
}
require(entry).runFromProcess();
