/**
 * The engine is pure TypeScript: no Office.js, React, DOM, file system or exceljs, and no clock.
 * Every file under src/engine is parsed with the TypeScript compiler and its imports and identifiers
 * are checked, so comments and strings (which may well say "document") do not count.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ENGINE = path.join(__dirname, '..', '..', 'src', 'engine');

const FORBIDDEN_MODULES: readonly RegExp[] = [
  /^office-js$/,
  /^@microsoft\/office-js/,
  /^@types\/office-js/,
  /^office-addin-/,
  /^react$/,
  /^react\//,
  /^react-dom(\/|$)/,
  /^@fluentui\//,
  /^exceljs(\/|$)/,
  /^jszip(\/|$)/,
  /^docx(\/|$)/,
  /^fs(\/|$)/,
  /^path(\/|$)/,
  /^os$/,
  /^child_process$/,
  /^node:/,
];
const FORBIDDEN_GLOBALS = new Set(['document', 'window', 'navigator', 'localStorage']);
const FORBIDDEN_NAMESPACES = new Set(['Office', 'Excel']);

function engineFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return engineFiles(p);
    return e.isFile() && p.endsWith('.ts') ? [p] : [];
  });
}

/** Every violation in one source text, as "line: what". */
function violations(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${line + 1}: ${what}`);
  };
  const checkModule = (node: ts.Node, spec: ts.Expression | undefined): void => {
    if (spec && ts.isStringLiteralLike(spec) && FORBIDDEN_MODULES.some((re) => re.test(spec.text))) {
      at(node, `imports ${spec.text}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkModule(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      checkModule(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        callee.kind === ts.SyntaxKind.ImportKeyword
      ) {
        checkModule(node, node.arguments[0]);
      }
      // Date.now(), performance.now(), Math.random(): the engine never reads a clock (or dice).
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
        const call = `${callee.expression.text}.${callee.name.text}`;
        if (call === 'Date.now' || call === 'performance.now' || call === 'Math.random')
          at(node, `calls ${call}()`);
      }
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date'
    ) {
      if (!node.arguments || node.arguments.length === 0) at(node, 'reads the clock with new Date()');
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      if (FORBIDDEN_NAMESPACES.has(node.expression.text))
        at(node, `uses ${node.expression.text}.${node.name.text}`);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const parent = node.parent;
      // A property name (x.document, { document: … }) or a declaration of one's own is not the global.
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isPropertyDeclaration(parent) && parent.name === node) ||
        (ts.isParameter(parent) && parent.name === node) ||
        (ts.isVariableDeclaration(parent) && parent.name === node);
      if (!isName) at(node, `uses the global ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the engine stays pure', () => {
  const files = engineFiles(ENGINE);

  it('finds the engine files', () => {
    const names = files.map((f) => path.relative(ENGINE, f));
    for (const expected of [
      'index.ts',
      'pipeline.ts',
      'json.ts',
      'model/index.ts',
      'core/quantity.ts',
      'read/readSheet.ts',
      'evaluate/evaluate.ts',
      'report/facts.ts',
      'locale/index.ts',
      'locale/zh-CN/index.ts',
      'locale/en-US/index.ts',
      'wording/report.ts',
      'layout/layout.ts',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it.each(engineFiles(ENGINE).map((f) => [path.relative(ENGINE, f), f]))(
    '%s imports nothing from Office.js, React, the DOM, files or exceljs, and reads no clock',
    (_name, file) => {
      expect(violations(file, fs.readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the check catches what it must, and ignores comments and strings', () => {
    const bad = [
      "import ExcelJS from 'exceljs';",
      "import { readFileSync } from 'fs';",
      "import * as p from 'node:path';",
      "import { useState } from 'react';",
      "import { Button } from '@fluentui/react-components';",
      "export { Document } from 'docx';",
      "const z = require('jszip');",
      "const y = await import('react-dom/client');",
      'const el = document.createElement("div");',
      'const w = window.innerWidth;',
      'Office.onReady();',
      'const r = Excel.run;',
      'const t = Date.now();',
      'const d = new Date();',
    ];
    bad.forEach((line) => expect(violations('bad.ts', line)).toHaveLength(1));
    const fine = [
      '// the official document; window.alert in a comment',
      "const s = 'a Word document, Office.js, Excel.run and window';",
      'const o = { document: 1 }; const v = o.document;',
      "import { parsePeriod } from './period';",
      "const d = new Date('2019-01-07');",
      'interface X { window: number }',
    ];
    fine.forEach((line) => expect(violations('fine.ts', line)).toEqual([]));
  });
});
