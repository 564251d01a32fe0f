/**
 * What `npm run build` does to manifest.xml (webpack.config.js): with ADDIN_URL every URL points at the
 * production address and no localhost is left; without it the manifest says it is a local/dev build;
 * an address Office would refuse stops the build with a plain message.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const config = require(path.join(ROOT, 'webpack.config.js')) as {
  addinUrl(env?: Record<string, unknown>): string | null;
  manifestFor(xml: string, url: string | null): string;
  LOCAL_BUILD_NOTE: string;
};

const saved = process.env.ADDIN_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = saved;
});

function urlsOf(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map(
    (m) => m[1] ?? m[2],
  );
}

test('with an address, every URL points there; the app domain is its origin; nothing of localhost is left', () => {
  const url = 'https://intranet.example.cn/apps/target-report';
  const xml = config.manifestFor(SOURCE, url);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(/localhost/i);
  const urls = urlsOf(xml);
  expect(urls.length).toBe(urlsOf(SOURCE).length);
  for (const u of urls) expect(u === 'https://intranet.example.cn' || u.startsWith(`${url}/`)).toBe(true);
  const app = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).OfficeApp;
  expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(`${url}/taskpane.html`);
  expect(app.AppDomains.AppDomain).toBe('https://intranet.example.cn');
  expect(app.SupportUrl['@DefaultValue']).toBe(`${url}/help.html#en-US`);
  expect(app.SupportUrl.Override['@Value']).toBe(`${url}/help.html#zh-CN`);
  expect(xml).not.toContain(config.LOCAL_BUILD_NOTE);
});

test('without an address the manifest says on its first line that it is a local/dev build', () => {
  const xml = config.manifestFor(SOURCE, null);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml.split('\n').findIndex((l) => l.includes('Local/dev build'))).toBeLessThan(3);
  expect(xml).toContain('ADDIN_URL=');
  expect(xml).toContain('https://localhost:3000/taskpane.html');
});

test('the address comes from ADDIN_URL (or --env addinUrl), without a trailing slash; a bad one stops the build', () => {
  delete process.env.ADDIN_URL;
  expect(config.addinUrl()).toBeNull();
  expect(config.addinUrl({ addinUrl: 'https://a.example/x/' })).toBe('https://a.example/x');
  process.env.ADDIN_URL = ' https://b.example:8443/pane ';
  expect(config.addinUrl({ addinUrl: 'https://ignored.example' })).toBe('https://b.example:8443/pane');
  process.env.ADDIN_URL = 'http://b.example/pane';
  expect(() => config.addinUrl()).toThrow(/must start with https:\/\//);
  process.env.ADDIN_URL = 'https://b.example/pane?x=1';
  expect(() => config.addinUrl()).toThrow(/query or a fragment/);
  process.env.ADDIN_URL = 'not a url';
  expect(() => config.addinUrl()).toThrow(/not an address/);
});

test('the SupportUrl is the help page, in both languages, shipped in the build', () => {
  const help = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'help.html'), 'utf8');
  expect(help).toMatch(/<section id="zh-CN" lang="zh-CN">/);
  expect(help).toMatch(/<section id="en-US" lang="en-US">/);
  for (const words of ['target-report.html', 'ExcelApi 1.1', '撤消', 'Undo']) expect(help).toContain(words);
});
