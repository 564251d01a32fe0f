/**
 * The add-in manifest: parsed with an XML parser and with the parser behind `office-addin-manifest info`,
 * and checked for what Office needs (host, requirement set, permission, icons, ribbon button, zh-CN texts).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) =>
    ['Override', 'Host', 'Set', 'Image', 'Url', 'String', 'Control', 'Group', 'OfficeTab'].includes(name),
});
const doc = parser.parse(xml) as { OfficeApp: Node };
const app = doc.OfficeApp;

function child(node: unknown, name: string): Node {
  const v = (node as Node)[name];
  if (v === undefined) throw new Error(`missing <${name}>`);
  return (Array.isArray(v) ? v[0] : v) as Node;
}
function list(node: unknown, name: string): Node[] {
  const v = (node as Node)[name];
  return v === undefined ? [] : ((Array.isArray(v) ? v : [v]) as Node[]);
}
function overrideFor(node: Node, locale: string): string | undefined {
  return list(node, 'Override').find((o) => o['@Locale'] === locale)?.['@Value'] as string | undefined;
}

const resources = child(child(app, 'VersionOverrides'), 'Resources');
function resource(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', id: string): Node {
  const items = list(
    child(resources, kind),
    kind === 'Images' ? 'Image' : kind === 'Urls' ? 'Url' : 'String',
  );
  const found = items.find((i) => i['@id'] === id);
  if (!found) throw new Error(`resource ${kind}/${id} is missing`);
  return found;
}

describe('manifest.xml', () => {
  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('is a task pane add-in for the Excel workbook host with a fixed GUID id', () => {
    expect(app['@type']).toBe('TaskPaneApp');
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(app.ProviderName).trim()).not.toBe('');
    expect(list(child(app, 'Hosts'), 'Host').map((h) => h['@Name'])).toEqual(['Workbook']);
  });

  test('requires ExcelApi 1.7 and asks for ReadWriteDocument, nothing broader', () => {
    const sets = list(child(child(app, 'Requirements'), 'Sets'), 'Set');
    expect(sets).toEqual([expect.objectContaining({ '@Name': 'ExcelApi', '@MinVersion': '1.7' })]);
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  test('speaks en-US by default with zh-CN overrides for the display texts', () => {
    expect(app.DefaultLocale).toBe('en-US');
    const displayName = child(app, 'DisplayName');
    expect(displayName['@DefaultValue']).toBe('Target report');
    expect(overrideFor(displayName, 'zh-CN')).toBe('目标对标');
    const description = child(app, 'Description');
    expect(String(description['@DefaultValue']).length).toBeGreaterThan(20);
    expect(overrideFor(description, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  test('points at the pane and icons on https://localhost:3000, and the icon files exist', () => {
    expect(child(child(app, 'DefaultSettings'), 'SourceLocation')['@DefaultValue']).toBe(
      'https://localhost:3000/taskpane.html',
    );
    const icons = [
      child(app, 'IconUrl')['@DefaultValue'],
      child(app, 'HighResolutionIconUrl')['@DefaultValue'],
    ];
    for (const url of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
    }
    const images = list(child(resources, 'Images'), 'Image').map((i) => String(i['@DefaultValue']));
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const url of [...icons, ...images]) {
      const file = path.join(ROOT, new URL(String(url)).pathname);
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(bytes.readUInt32BE(16)).toBe(size); // IHDR width
      expect(bytes.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });

  test('adds a ShowTaskpane button to a group on the Home tab, labelled in both languages', () => {
    const vo = child(app, 'VersionOverrides');
    expect(vo['@type']).toBe('VersionOverridesV1_0');
    const host = child(child(vo, 'Hosts'), 'Host');
    expect(host['@type']).toBe('Workbook');
    const form = child(host, 'DesktopFormFactor');
    const tab = child(child(form, 'ExtensionPoint'), 'OfficeTab');
    expect(tab['@id']).toBe('TabHome');
    const group = child(tab, 'Group');
    const control = child(group, 'Control');
    expect(control['@type']).toBe('Button');
    const action = child(control, 'Action');
    expect(action['@type']).toBe('ShowTaskpane');
    const paneUrl = resource('Urls', String(child(action, 'SourceLocation')['@resid']));
    expect(paneUrl['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');

    const label = resource('ShortStrings', String(child(control, 'Label')['@resid']));
    expect(label['@DefaultValue']).toBe('Target report');
    expect(overrideFor(label, 'zh-CN')).toBe('目标对标');
    const groupLabel = resource('ShortStrings', String(child(group, 'Label')['@resid']));
    expect(overrideFor(groupLabel, 'zh-CN')).toBe('目标对标');
    const tip = resource('LongStrings', String(child(child(control, 'Supertip'), 'Description')['@resid']));
    expect(overrideFor(tip, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  test('every resid it uses is defined, and every string has a zh-CN override', () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
    for (const kind of ['ShortStrings', 'LongStrings'] as const) {
      for (const s of list(child(resources, kind), 'String')) {
        expect([s['@id'], overrideFor(s, 'zh-CN')]).toEqual([
          s['@id'],
          expect.stringMatching(/[\u4e00-\u9fff]/),
        ]);
        expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(kind === 'ShortStrings' ? 125 : 250);
      }
    }
  });

  test('`office-addin-manifest info` reads it offline', () => {
    const cli = path.join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js');
    const out = execFileSync(process.execPath, [cli, 'info', MANIFEST], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out).toContain(`Id: ${String(app.Id)}`);
    expect(out).toMatch(/Type: TaskPaneApp/);
    expect(out).toMatch(/Hosts: Workbook/);
    expect(out).toMatch(/Permissions: ReadWriteDocument/);
    expect(out).toMatch(/Source Location: https:\/\/localhost:3000\/taskpane\.html/);
  });
});
