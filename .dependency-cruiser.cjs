/**
 * The rule of the house, checked by `npm run check:arch` (dependency-cruiser). See docs/ARCHITECTURE.md.
 *
 * Inside src/engine dependencies point one way:
 *   model ← core ← read ← evaluate ← report ← wording ← layout
 *   locale (words) may import model and core only; report never imports locale; wording and layout
 *   turn facts into words and sit above both. index.ts, pipeline.ts and json.ts sit on top.
 * Outside the engine, code imports it only through src/engine/index.ts (tests/engine may reach in).
 * The engine imports nothing from Office.js, React, the DOM libraries, Node's file system or exceljs.
 * No import circles anywhere in src/.
 */
const ENGINE = '^src/engine/';
/** Each engine folder and the folders it may import (besides itself). */
const LAYERS = {
  model: [],
  core: ['model'],
  read: ['model', 'core'],
  evaluate: ['model', 'core', 'read'],
  report: ['model', 'core', 'read', 'evaluate'],
  locale: ['model', 'core'],
  wording: ['model', 'core', 'read', 'evaluate', 'report', 'locale'],
  layout: ['model', 'core', 'report', 'locale'],
};

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `engine-${layer}-imports`,
  comment: `src/engine/${layer}/ may import only ${[layer, ...allowed].join(', ')} (and packages it is allowed)`,
  severity: 'error',
  from: { path: `${ENGINE}${layer}/` },
  to: {
    path: ENGINE,
    pathNot: [`${ENGINE}(${[layer, ...allowed].join('|')})/`],
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles anywhere in src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'engine-only-through-index',
      comment:
        'Code outside the engine imports it only through src/engine/index.ts (tests/engine may reach in).',
      severity: 'error',
      from: { path: '^(src|tests|scripts)/', pathNot: [ENGINE, '^tests/engine/'] },
      to: { path: ENGINE, pathNot: [`${ENGINE}index\\.ts$`] },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine imports nothing from Office.js, React, the DOM libraries, Node or exceljs.',
      severity: 'error',
      from: { path: ENGINE },
      to: {
        path: 'node_modules/(office-|@microsoft/|@types/office|react|react-dom|@fluentui/|exceljs|jszip|docx|fflate)',
      },
    },
    {
      name: 'engine-no-node',
      comment: 'The engine uses no Node built-in module (fs, path, os, …): it runs in the browser as well.',
      severity: 'error',
      from: { path: ENGINE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-only-its-packages',
      comment: 'The engine depends on no package at all: plain TypeScript.',
      severity: 'error',
      from: { path: ENGINE },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|dist|out|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
