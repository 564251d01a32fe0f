/** A report table for the clipboard: HTML that stays a table when pasted, and the same cells as text. */
import type { ReportTable } from '../../src/engine';
import { clipboardTable } from '../../src/file/tableHtml';

const TABLE: ReportTable = {
  name: 'indicators',
  caption: '指标完成情况',
  columns: [
    { key: 'name', header: '指标名称', kind: 'text', width: 20 },
    { key: 'actual', header: '完成值', kind: 'number', numFmt: '#,##0', width: 10 },
    { key: 'completion', header: '完成率', kind: 'percent', numFmt: '0.0%', width: 10 },
  ],
  rows: [
    ['科普<讲座> & "活动"', 12500, 0.733],
    ['带\t制表符\n和换行', null, null],
  ],
};

describe('clipboardTable', () => {
  const { html, text } = clipboardTable(TABLE, 'zh-CN');

  test('HTML: caption, a header row, one row per table row, text escaped, numbers right-aligned', () => {
    expect(html.startsWith('<table')).toBe(true);
    expect(html.endsWith('</table>')).toBe(true);
    expect(html).toContain('<caption>指标完成情况</caption>');
    expect(html.match(/<th /g)).toHaveLength(3);
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('科普&lt;讲座&gt; &amp; &quot;活动&quot;');
    expect(html).not.toContain('<讲座>');
    expect(html).toMatch(/text-align:right">12,500<\/td>/);
    expect(html).toMatch(/text-align:right">73\.3%<\/td>/);
  });

  test('text: tab-separated, header first, numbers as the Word report shows them, one line per row', () => {
    expect(text).toBe(
      '指标名称\t完成值\t完成率\n科普<讲座> & "活动"\t12,500\t73.3%\n带 制表符 和换行\t—\t—\n',
    );
  });
});
