/**
 * The XML scanner fed as the inflater feeds it: in pieces cut anywhere. A token cut off at the end of a
 * piece waits for the next one, whatever it is cut in (a long text, an attribute's value, a closing tag).
 */
import { XmlError, type XmlHandler, XmlScanner, type XmlTag, type XmlText } from '../../src/file/core/xml';

/** Every event the scanner reports, as text. */
function recorder(): XmlHandler & { readonly events: string[] } {
  const events: string[] = [];
  return {
    events,
    wantText: true,
    open(name: string, tag: XmlTag, selfClosing: boolean) {
      events.push(`<${name} r=${tag.attr('r') ?? ''} s=${tag.int('s', -1)}${selfClosing ? '/' : ''}>`);
    },
    close(name: string) {
      events.push(`</${name}>`);
    },
    text(text: XmlText) {
      events.push(`"${text.string()}"`);
    },
  };
}

/** The events of `xml` pushed in pieces cut at `cuts` (byte offsets). */
function scan(xml: string, cuts: readonly number[]): string[] {
  const bytes = new TextEncoder().encode(xml);
  const h = recorder();
  const scanner = new XmlScanner(h, 1 << 20);
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    scanner.push(bytes.subarray(from, at));
    from = at;
  }
  scanner.end();
  // Runs of text split by a cut are one text to a reader: joined here.
  return h.events.reduce<string[]>((out, e) => {
    const last = out[out.length - 1];
    if (e.startsWith('"') && last?.startsWith('"')) out[out.length - 1] = last.slice(0, -1) + e.slice(1);
    else out.push(e);
    return out;
  }, []);
}

const LONG = '指标名称'.repeat(20) + ' and a text longer than the scanner looks ahead';
const DOC =
  `<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" s="12" t="str"><v>${LONG}</v></c>` +
  `<c r="B1" s='3'><v>1234.5</v></c><c r="C1"/></row  ></sheetData></worksheet>`;

describe('the XML scanner fed in pieces', () => {
  const whole = scan(DOC, []);

  test('reads the document whole', () => {
    expect(whole).toEqual([
      '<worksheet r= s=-1>',
      '<sheetData r= s=-1>',
      '<row r=1 s=-1>',
      '<c r=A1 s=12>',
      '<v r= s=-1>',
      `"${LONG}"`,
      '</v>',
      '</c>',
      '<c r=B1 s=3>',
      '<v r= s=-1>',
      '"1234.5"',
      '</v>',
      '</c>',
      '<c r=C1 s=-1/>',
      '</c>',
      '</row>',
      '</sheetData>',
      '</worksheet>',
    ]);
  });

  test('gives the same events cut at any byte, or at any two', () => {
    const n = new TextEncoder().encode(DOC).length;
    for (let a = 1; a < n; a++) expect(scan(DOC, [a])).toEqual(whole);
    for (let a = 1; a < n; a += 7)
      for (let b = a + 1; b < n; b += 5) expect(scan(DOC, [a, b])).toEqual(whole);
  });

  test("refuses a '<' in an attribute's value, wherever the piece is cut", () => {
    const bad = '<worksheet><c r="A<1"/></worksheet>';
    for (let a = 1; a < bad.length; a++) {
      expect(() => scan(bad, [a])).toThrow(XmlError);
      try {
        scan(bad, [a]);
      } catch (e) {
        expect((e as XmlError).problem).toBe('lt-in-attr');
      }
    }
  });

  test('a document cut off inside a closing tag, a value or a text is cut off', () => {
    for (const end of ['<worksheet><v>12</v', '<worksheet><c r="A1', `<worksheet><v>${LONG}`]) {
      expect(() => scan(end, [5])).toThrow(XmlError);
    }
  });
});
