// Builds the command-line program: TypeScript compiled to build/cli (tsc -p tsconfig.cli.json), then the
// program's entry bundled into one file in its place (esbuild), so that starting it reads one file instead
// of some 130 modules. The libraries stay outside the bundle (the Word writer loads `docx` only when a
// Word file is asked for); the compiled modules stay beside it for the benchmark's peer to load.
// Usage: node scripts/build-cli.js
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { asciiSource } = require('./ascii-source');

const ROOT = path.join(__dirname, '..');
const ENTRY = path.join(ROOT, 'build', 'cli', 'cli', 'main.js');

fs.rmSync(path.join(ROOT, 'build', 'cli'), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
  cwd: ROOT,
  stdio: 'inherit',
});
require('esbuild').buildSync({
  entryPoints: [ENTRY],
  outfile: ENTRY,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['docx', 'jszip', 'fflate'],
  logLevel: 'warning',
});

// The program's text in ASCII alone (see ./ascii-source.js).
fs.writeFileSync(ENTRY, asciiSource(fs.readFileSync(ENTRY, 'utf8')));

// The program's code cache, made by a run on the sample; a build without one still works, only slower.
fs.rmSync(`${ENTRY}.cache`, { force: true });
execFileSync(process.execPath, [path.join(__dirname, 'code-cache.js')], { cwd: ROOT, stdio: 'ignore' });
