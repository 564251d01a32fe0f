'use strict';
// Loads the compiled command-line program (build/cli/cli/main.js, one bundled file) with the V8 code cache
// the build made beside it (main.js.cache, see scripts/build-cli.js): the program's functions arrive
// compiled, instead of being parsed and compiled as each is first called. A cache that does not belong to
// this very program text, or to this Node, is not used: the file starts with the SHA-1 of the program it was
// made from and of its own data, and V8 itself refuses data made by another V8 or with other flags. Without
// a usable cache the program is loaded as a plain module, which only takes longer.
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');

const ENTRY = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
const CACHE = `${ENTRY}.cache`;
const HASH = 20; // bytes of one SHA-1
// V8's optimising compiler inlines only small functions (up to 60 bytes of bytecode, against its 460). A run
// is short, and on two cores its compiling had been the second core's whole work (2 s of it in a 1.8 s run
// of 20,000 rows), hot functions waiting for it; 20,000 rows end to end 0.91 x in 11 interleaved rounds,
// 100,000 rows 0.99 x (docs/PERFORMANCE.md). Set before the program is compiled, so that the code cache is
// made and taken under the same settings (V8 refuses a cache made under other flags).
const V8_FLAGS = '--max-inlined-bytecode-size=60';

function sha1(bytes) {
  return crypto.createHash('sha1').update(bytes).digest();
}

/** The V8 data of the cache file `cache` when it was made from `source` and is whole, else undefined. */
function cacheFor(source, cache = CACHE) {
  let file;
  try {
    file = fs.readFileSync(cache);
  } catch {
    return undefined;
  }
  if (file.length <= 2 * HASH) return undefined;
  const data = file.subarray(2 * HASH);
  if (!sha1(source).equals(file.subarray(0, HASH))) return undefined;
  if (!sha1(data).equals(file.subarray(HASH, 2 * HASH))) return undefined;
  return data;
}

/**
 * The program's exports. With `makeCache`, the cache is written when the process exits (after a run has
 * compiled the functions it called), for the build.
 */
function loadProgram({ makeCache = false } = {}) {
  if (!fs.existsSync(ENTRY)) return null;
  v8.setFlagsFromString(V8_FLAGS);
  const source = fs.readFileSync(ENTRY);
  const cachedData = makeCache ? undefined : cacheFor(source);
  if (!makeCache && cachedData === undefined) return require(ENTRY);
  const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: ENTRY, cachedData });
  const m = new Module(ENTRY, module);
  m.filename = ENTRY;
  m.paths = Module._nodeModulePaths(path.dirname(ENTRY));
  const req = (id) => m.require(id);
  req.resolve = (id) => Module._resolveFilename(id, m);
  script.runInThisContext().call(m.exports, m.exports, req, m, ENTRY, path.dirname(ENTRY));
  m.loaded = true;
  if (makeCache) {
    process.once('exit', () => {
      const data = script.createCachedData();
      fs.writeFileSync(CACHE, Buffer.concat([sha1(source), sha1(data), data]));
    });
  }
  return m.exports;
}

module.exports = { loadProgram, cacheFor, ENTRY, CACHE, V8_FLAGS };
