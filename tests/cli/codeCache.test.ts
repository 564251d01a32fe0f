/**
 * The command line's code cache (bin/load-program.js, made by scripts/build-cli.js): the build leaves one
 * that this Node takes, a cache that is not the built program's own is never used, and the program's
 * output is the same with it and without it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { removeDir, tempDir } from '../hardening/corpus';
import { BIN, CLI_ENTRY, ROOT, ensureCliBuilt } from '../support/buildCli';

const { cacheFor, CACHE, V8_FLAGS } = createRequire(__filename)('../../bin/load-program') as {
  cacheFor(source: Buffer, cache?: string): Buffer | undefined;
  CACHE: string;
  V8_FLAGS: string;
};
const { asciiSource } = createRequire(__filename)('../../scripts/ascii-source') as {
  asciiSource(text: string): string;
};
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'indicators-sample.xlsx');

let dir: string;
beforeAll(async () => {
  ensureCliBuilt();
  dir = await tempDir('code-cache');
}, 180_000);
afterAll(async () => {
  await removeDir(dir);
});

test('the build leaves a cache made from the built program, and this Node takes its data', () => {
  const data = cacheFor(fs.readFileSync(CLI_ENTRY));
  expect(data).toBeDefined();
  // V8 refuses data made by another V8, with other flags, or for another source: the program's own
  // settings are those the cache was made under.
  const probe = (flags: string) =>
    [
      "const fs = require('fs'), vm = require('vm'), Module = require('module');",
      `require('v8').setFlagsFromString(${JSON.stringify(flags)});`,
      `const source = fs.readFileSync(${JSON.stringify(CLI_ENTRY)}, 'utf8');`,
      `const cachedData = fs.readFileSync(${JSON.stringify(CACHE)}).subarray(40);`,
      `const script = new vm.Script(Module.wrap(source), { filename: ${JSON.stringify(CLI_ENTRY)}, cachedData });`,
      'process.stdout.write(String(script.cachedDataRejected));',
    ].join('\n');
  const run = spawnSync(process.execPath, ['-e', probe(V8_FLAGS)], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('false');
  // …and only under them: a cache made before the settings were set would not be taken.
  const plain = spawnSync(process.execPath, ['-e', probe('')], { encoding: 'utf8' });
  expect(plain.stdout).toBe('true');
});

test('a cache made from another program text, damaged, cut short or missing is not used', () => {
  const source = fs.readFileSync(CLI_ENTRY);
  const whole = fs.readFileSync(CACHE);
  const copy = (name: string, bytes: Buffer): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const good = copy('good.cache', whole);
  expect(cacheFor(source, good)?.equals(whole.subarray(40))).toBe(true);
  // The same length, one character changed (V8's own check looks only at the length).
  const edited = Buffer.from(source);
  edited[edited.length - 2] = edited[edited.length - 2] === 0x20 ? 0x0a : 0x20;
  expect(cacheFor(edited, good)).toBeUndefined();
  const damaged = Buffer.from(whole);
  damaged[damaged.length >> 1] ^= 0xff;
  expect(cacheFor(source, copy('damaged.cache', damaged))).toBeUndefined();
  expect(cacheFor(source, copy('short.cache', whole.subarray(0, whole.length - 1)))).toBeUndefined();
  expect(cacheFor(source, copy('header.cache', whole.subarray(0, 40)))).toBeUndefined();
  expect(cacheFor(source, path.join(dir, 'none.cache'))).toBeUndefined();
});

test('the program reports the same with its cache as loaded as a plain module', () => {
  const args = ['report', SAMPLE, '--json', '-', '--lang', 'en-US'];
  const cached = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  const plainScript = path.join(dir, 'plain.js');
  fs.writeFileSync(plainScript, `require(${JSON.stringify(CLI_ENTRY)}).runFromProcess();\n`);
  const plain = spawnSync(process.execPath, [plainScript, ...args], { cwd: dir, encoding: 'utf8' });
  expect(cached.status).toBe(0);
  expect(plain.status).toBe(0);
  expect(JSON.parse(cached.stdout)).toEqual(JSON.parse(plain.stdout));
  expect(cached.stderr).toBe(plain.stderr);
  expect(cached.stderr).toContain('Period: Q3');
});

test('the built program is ASCII alone, and its escapes mean what the characters meant', () => {
  expect(/[^\x00-\x7f]/.test(fs.readFileSync(CLI_ENTRY, 'latin1'))).toBe(false);
  // A string, a template, a regular expression with and without `u`, a character beyond 65,535.
  const source = [
    "const text = '完成率 𠀀';",
    'const tpl = `${text}：`;',
    'const han = /^[一-龥]+$/;',
    'const astral = /^[𠀀-𪛟]$/u;',
    'const spaced = new RegExp(String.raw`[\\s:：]`);',
    "module.exports = [text, tpl, han.test('完成'), astral.test('𠀀'), astral.test('中'), spaced.test('：')];",
  ].join('\n');
  const escaped = asciiSource(source);
  expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
  const run = (code: string): unknown => {
    const m = { exports: null as unknown };
    new Function('module', code)(m);
    return m.exports;
  };
  expect(run(escaped)).toEqual(run(source));
  expect(run(escaped)).toEqual(['完成率 𠀀', '完成率 𠀀：', true, true, false, true]);
  // A backslash before such a character would be read as escaping the escape: refused, not guessed.
  expect(() => asciiSource('const r = /\\。/;')).toThrow(/line 1: a backslash/);
  expect(asciiSource('const r = /\\\\。/;')).toBe('const r = /\\\\\\u3002/;');
});
