import JSZip from 'jszip';
import {
  buildDocx,
  DOCX_TABLE_ROWS,
  fullTableNote,
  formatTableCell,
  formatTableNumber,
  mmToTwips,
  numberedNotes,
  tableColumnWidths,
  textEm,
  withoutFolders,
} from '../../src/file/docx';
import {
  DEFAULT_THRESHOLDS,
  type Lang,
  type Report,
  type ReportTable,
  type Status,
  type StatusCounts,
  STATUSES,
  type TableColumn,
} from '../../src/engine';

function counts(): StatusCounts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  byStatus.achieved = 1;
  byStatus.behind = 1;
  return { total: 2, byStatus };
}

function indicatorTable(lang: Lang): ReportTable {
  const zh = lang === 'zh-CN';
  const headers = zh
    ? [
        '序号',
        '类别',
        '指标',
        '单位',
        '年度目标',
        '序时目标',
        '累计完成',
        '完成率',
        '进度',
        '状态',
        '责任部门',
      ]
    : [
        'No.',
        'Category',
        'Indicator',
        'Unit',
        'Annual target',
        'Pace target',
        'Actual',
        'Completion',
        'Pace',
        'Status',
        'Owner',
      ];
  const kinds = [
    'text',
    'text',
    'text',
    'text',
    'number',
    'number',
    'number',
    'percent',
    'percent',
    'status',
    'text',
  ] as const;
  return {
    name: 'Indicators',
    caption: zh ? '表1 目标任务完成情况' : 'Table 1 Indicators',
    columns: headers.map((header, i) => ({
      key: `c${i}`,
      header,
      kind: kinds[i],
      numFmt: kinds[i] === 'percent' ? '0.0%' : kinds[i] === 'number' ? '#,##0.##' : undefined,
      width: i === 2 ? 20 : 8,
    })),
    rows: [
      [
        '1',
        zh ? '职能目标任务' : 'Core tasks',
        zh ? '科技下乡' : 'Outreach events',
        zh ? '场次' : 'events',
        150,
        112.5,
        184,
        1.2267,
        1.6356,
        zh ? '已完成' : 'Achieved',
        zh ? '科普部' : 'Outreach',
      ],
      [
        '2',
        zh ? '党的建设' : 'Party building',
        zh ? '整改到位' : 'Fixes done',
        zh ? '项' : 'items',
        24,
        18,
        12,
        0.5,
        0.6667,
        zh ? '进度滞后' : 'Behind',
        null,
      ],
    ],
    rowStatus: ['achieved', 'behind'],
    numFmts: [
      [null, null, null, null, '#,##0', '#,##0.0#', '#,##0', '0.0%', '0.0%', null, null],
      [null, null, null, null, '#,##0', '#,##0', '#,##0', '0.0%', '0.0%', null, null],
    ],
  };
}

function sampleReport(lang: Lang): Report {
  const zh = lang === 'zh-CN';
  const title = zh
    ? '商洛市科学技术协会2018年度目标任务完成情况对标报告'
    : 'Shangluo Association for Science and Technology: 2018 target report';
  const attention: ReportTable = {
    ...indicatorTable(lang),
    name: 'Attention',
    caption: zh ? '表2 需关注的目标任务' : 'Table 2 Attention',
    rows: [indicatorTable(lang).rows[1]],
    rowStatus: ['behind'],
  };
  return {
    options: {
      lang,
      period: { kind: 'quarter', quarter: 3 },
      thresholds: DEFAULT_THRESHOLDS,
      unitName: zh ? '商洛市科学技术协会' : 'Shangluo AST',
      date: '2019-01-07',
    },
    title,
    counts: counts(),
    evaluations: [],
    narrative: [
      { kind: 'title', text: title },
      { kind: 'subtitle', text: zh ? '（截至第三季度）' : 'As of Q3' },
      {
        kind: 'paragraph',
        text: zh
          ? '截至第三季度，共监测目标任务2项，已完成年度目标1项，进度滞后1项。'
          : 'As of Q3, 2 targets were monitored.',
      },
      { kind: 'heading1', text: zh ? '一、职能目标任务完成情况' : '1. Core tasks' },
      {
        kind: 'paragraph',
        text: zh
          ? '科技下乡完成184场次，为年度目标150场次的122.7%。'
          : 'Outreach events: 184 against a target of 150.',
      },
      { kind: 'signature', text: zh ? '商洛市科学技术协会' : 'Shangluo AST' },
      { kind: 'signature', text: zh ? '2019年1月7日' : '7 January 2019' },
    ],
    tables: { indicators: indicatorTable(lang), attention },
    charts: [],
    diagnostics: [],
    skippedSheets: [],
  };
}

async function parts(buf: Uint8Array): Promise<{ doc: string; footers: string[]; settings: string }> {
  const zip = await JSZip.loadAsync(buf);
  const doc = await zip.file('word/document.xml')!.async('string');
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const footers = await Promise.all(footerNames.map((n) => zip.file(n)!.async('string')));
  const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
  return { doc, footers, settings };
}

/** The <w:p> element that contains the given text. */
function paragraphWith(xml: string, text: string): string {
  const paras = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const found = paras.find((p) => p.includes(`>${text}<`));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

describe('Word export, zh-CN (GB/T 9704-2012)', () => {
  let doc: string;
  let footers: string[];
  let settings: string;
  beforeAll(async () => {
    ({ doc, footers, settings } = await parts(await buildDocx(sampleReport('zh-CN'))));
  });

  it('sets A4 and the GB/T 9704 margins in twips', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar [^>]*\/>/.exec(doc)![0];
    expect(mar).toContain('w:top="2098"');
    expect(mar).toContain('w:bottom="1984"');
    expect(mar).toContain('w:left="1587"');
    expect(mar).toContain('w:right="1474"');
    // text block 156 mm wide
    expect(11906 - 1587 - 1474).toBe(mmToTwips(156) + 1);
  });

  it('has the 22-line document grid, fixed 28.95 pt line spacing and 28 characters a line', () => {
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"/);
    const body = paragraphWith(doc, '科技下乡完成184场次，为年度目标150场次的122.7%。');
    expect(body).toMatch(/<w:spacing[^>]*w:line="579"[^>]*w:lineRule="exact"/);
    expect(body).toMatch(/<w:ind w:firstLine="640"/);
    // 16 pt condensed by 0.25 pt: 28 × 15.75 pt = 441 pt fits the 442.2 pt line, 29 characters do not
    expect(body).toContain('<w:spacing w:val="-5"/>');
    expect(28 * (16 - 0.25)).toBeLessThanOrEqual((156 / 25.4) * 72);
    expect(29 * (16 - 0.25)).toBeGreaterThan((156 / 25.4) * 72);
  });

  it('sets the title in 方正小标宋简体 22 pt, centred, cut between words into a trapezoid', () => {
    const upper = paragraphWith(doc, '商洛市科学技术协会2018年度');
    const lower = paragraphWith(doc, '目标任务完成情况对标报告');
    for (const title of [upper, lower]) {
      expect(title).toContain('<w:jc w:val="center"/>');
      expect(title).toContain('w:eastAsia="方正小标宋简体"');
      expect(title).toContain('<w:sz w:val="44"/>');
    }
    expect(doc.indexOf(upper)).toBeLessThan(doc.indexOf(lower));
  });

  it('has no period-and-date line under the title: the date is after the signature', () => {
    expect(doc).not.toContain('（截至第三季度）');
    expect(doc).not.toContain('报告日期');
  });

  it('names the one appendix under the text and labels it 附件 at the top left of its page', () => {
    const list = paragraphWith(doc, '附件：目标任务对标情况表');
    expect(list).toContain('<w:ind w:firstLine="640"/>');
    expect(doc.indexOf(list)).toBeLessThan(doc.indexOf('>商洛市科学技术协会<'));
    const label = paragraphWith(doc, '附件');
    expect(label).toContain('w:eastAsia="黑体"');
    expect(label).not.toContain('<w:jc');
    expect(doc.indexOf(label)).toBeGreaterThan(doc.indexOf('>2019年1月7日<'));
    expect(doc.indexOf(label)).toBeLessThan(doc.indexOf('<w:tbl>'));
    expect(paragraphWith(doc, '目标任务对标情况表')).toContain('w:eastAsia="方正小标宋简体"');
  });

  it('sets the body in 仿宋_GB2312 16 pt and the headings in 黑体', () => {
    const body = paragraphWith(doc, '截至第三季度，共监测目标任务2项，已完成年度目标1项，进度滞后1项。');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    const h1 = paragraphWith(doc, '一、职能目标任务完成情况');
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h1).toContain('<w:sz w:val="32"/>');
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
  });

  it('writes both tables with thin borders, a repeated header row and formatted numbers', () => {
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(t)![0];
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(firstRow).toContain('>年度目标<');
      // only the first row repeats
      expect(t.match(/<w:tblHeader\/>/g)).toHaveLength(1);
      expect(t).toMatch(/<w:tblBorders>[\s\S]*<w:insideV w:val="single" w:color="000000" w:sz="4"\/>/);
      expect(t).toContain('<w:sz w:val="21"/>'); // 五号
    }
    expect(tables[0]).toContain('>122.7%<');
    expect(tables[0]).toContain('>112.5<');
    expect(tables[0]).toContain('>66.7%<');
    expect(tables[0]).toContain('>科技下乡<');
    // an empty number cell shows a dash, never "null"
    expect(doc).not.toMatch(/>(null|undefined|NaN)</);
    expect(doc).toContain('>表1 目标任务完成情况<');
  });

  it('ends the text with the issuing body and date, right-aligned, then sets the tables on landscape pages', () => {
    const unit = paragraphWith(doc, '商洛市科学技术协会');
    const date = paragraphWith(doc, '2019年1月7日');
    expect(unit).toContain('<w:jc w:val="right"/>');
    expect(date).toContain('<w:jc w:val="right"/>');
    const lastText = doc.indexOf('>科技下乡完成184场次，为年度目标150场次的122.7%。<');
    const firstTable = doc.indexOf('<w:tbl>');
    expect(doc.indexOf('>商洛市科学技术协会<')).toBeGreaterThan(lastText);
    expect(doc.indexOf('>2019年1月7日<')).toBeGreaterThan(doc.indexOf('>商洛市科学技术协会<'));
    expect(doc.indexOf('>2019年1月7日<')).toBeLessThan(firstTable);
    // two sections: the text in portrait, the tables in landscape with the text block turned (156 mm high)
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(sections[1]).toContain('w:top="1587"');
    expect(sections[1]).toContain('w:bottom="1474"');
    expect(doc.indexOf(sections[0]!)).toBeLessThan(firstTable);
  });

  it('numbers the pages "— 1 —" in 宋体 14 pt, odd pages right and even pages left', () => {
    // odd and even footers in each of the two sections
    expect(footers.length).toBe(4);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain('>— <');
      expect(f).toContain('> —<');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    const aligns = footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort();
    expect(aligns).toEqual(['left', 'left', 'right', 'right']);
    expect(settings).toContain('<w:evenAndOddHeaders/>');
  });
});

describe('Word export, en-US (plain business layout)', () => {
  let doc: string;
  let footers: string[];
  beforeAll(async () => {
    ({ doc, footers } = await parts(await buildDocx(sampleReport('en-US'))));
  });

  it('uses A4 with 25 mm margins and Calibri 11 pt', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar [^>]*\/>/.exec(doc)![0];
    for (const side of ['top', 'bottom', 'left', 'right']) expect(mar).toContain(`w:${side}="1417"`);
    const body = paragraphWith(doc, 'Outreach events: 184 against a target of 150.');
    expect(body).toContain('w:ascii="Calibri"');
    expect(body).toContain('<w:sz w:val="22"/>');
    expect(doc).not.toContain('仿宋');
  });

  it('has bold headings, a repeated table header, thousands separators and a right-aligned signature', () => {
    expect(paragraphWith(doc, '1. Core tasks')).toMatch(/<w:b\/>/);
    expect(paragraphWith(doc, 'Shangluo AST')).toContain('<w:jc w:val="right"/>');
    const firstRow = /<w:tbl>[\s\S]*?<w:tr>([\s\S]*?)<\/w:tr>/.exec(doc)![1];
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(firstRow).toContain('>Annual target<');
    expect(footers.length).toBe(2);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain('<w:jc w:val="center"/>');
    }
  });
});

describe('table number formatting', () => {
  it('follows the column format', () => {
    expect(formatTableNumber(0.12345, { kind: 'percent', numFmt: '0.0%' }, 'zh-CN')).toBe('12.3%');
    expect(formatTableNumber(1, { kind: 'percent' }, 'zh-CN')).toBe('100.0%');
    expect(formatTableNumber(10120, { kind: 'number', numFmt: '#,##0' }, 'en-US')).toBe('10,120');
    expect(formatTableNumber(10120, { kind: 'number', numFmt: '0' }, 'zh-CN')).toBe('10120');
    expect(formatTableNumber(112.5, { kind: 'number', numFmt: '0.0' }, 'zh-CN')).toBe('112.5');
    expect(formatTableNumber(220000, { kind: 'number', numFmt: '[>=10000]0!.0,"万";0' }, 'zh-CN')).toBe(
      '22万',
    );
    expect(formatTableNumber(28000, { kind: 'number', numFmt: '0.0"万"' }, 'zh-CN')).toBe('2.8万');
    expect(formatTableNumber(Number.NaN, { kind: 'number' }, 'zh-CN')).toBe('—');
  });

  it("takes a cell's own format over the column's", () => {
    const column = { key: 't', header: '年度目标', kind: 'number' as const, numFmt: '#,##0.##', width: 8 };
    expect(formatTableCell(1, column, 'zh-CN', '0.0%')).toBe('100.0%');
    expect(formatTableCell(0.875, column, 'zh-CN', '0.0%')).toBe('87.5%');
    expect(formatTableCell(1.25, column, 'zh-CN', null)).toBe('1.25');
    expect(formatTableCell(null, column, 'zh-CN')).toBe('—');
    expect(formatTableCell('20多', column, 'zh-CN', null)).toBe('20多');
  });
});

describe('table column widths', () => {
  const col = (key: string, header: string, kind: TableColumn['kind'], width: number): TableColumn => ({
    key,
    header,
    kind,
    width,
  });
  const columns = [
    col('no', '序号', 'number', 4),
    col('category', '类别', 'text', 14),
    col('name', '指标', 'text', 40),
    col('unit', '单位', 'text', 6),
    col('completion', '完成率', 'percent', 8),
    col('status', '状态', 'status', 10),
  ];
  const cells = [
    ['1', '职能目标任务', '开展科技人员继续教育和技能培训开展科技人员继续教育', '场次', '102.2%', '进度滞后'],
    ['2', '党的建设', '培训农民', '人', '87.5%', '已完成'],
  ];

  it('fills the text width exactly and gives numbers and statuses the room their longest cell needs', () => {
    const widths = tableColumnWidths(columns, cells, 10.5, 9000, 0.3);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(9000 - widths.length);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9000);
    const em = 10.5 * 20;
    expect(widths[4]).toBeGreaterThanOrEqual(textEm('102.2%') * em);
    expect(widths[5]).toBeGreaterThanOrEqual(4 * em);
  });

  it('keeps the short text columns on one line and lets the longest (the name) wrap when space is short', () => {
    const widths = tableColumnWidths(columns, cells, 10.5, 9000, 0.3);
    const em = 10.5 * 20;
    expect(widths[1]).toBeGreaterThanOrEqual(6 * em); // 职能目标任务
    expect(widths[3]).toBeGreaterThanOrEqual(2 * em); // 场次
    expect(widths[2]).toBeLessThan(textEm(cells[0][2]) * em);
  });

  it('estimates widths in em: CJK 1, digits less', () => {
    expect(textEm('职能')).toBe(2);
    expect(textEm('100')).toBeLessThan(2);
    expect(textEm('')).toBe(0);
  });
});

// ───────────────────────────── several units, data notes ─────────────────────────────

function consolidatedTable(lang: Lang): ReportTable {
  const zh = lang === 'zh-CN';
  const headers = zh
    ? ['指标', '单位', '单位数', '年度目标', '累计完成', '完成率', '状态']
    : ['Indicator', 'Unit', 'Units', 'Annual target', 'Actual', 'Completion', 'Status'];
  const kinds = ['text', 'text', 'number', 'number', 'number', 'percent', 'status'] as const;
  return {
    name: 'Consolidated',
    caption: zh ? '表 全系统目标任务汇总情况' : 'Consolidated indicators',
    columns: headers.map((header, i) => ({
      key: `k${i}`,
      header,
      kind: kinds[i],
      numFmt: kinds[i] === 'percent' ? '0.0%' : kinds[i] === 'number' ? '#,##0' : undefined,
      width: 10,
    })),
    rows: [
      [
        zh ? '科技下乡汇总' : 'Outreach, all units',
        zh ? '场次' : 'events',
        30,
        4500,
        3376,
        0.7502,
        zh ? '进度滞后' : 'Behind',
      ],
    ],
    rowStatus: ['behind'],
  };
}

function unitsTable(lang: Lang): ReportTable {
  const zh = lang === 'zh-CN';
  return {
    name: 'Units',
    caption: zh ? '表 各单位目标任务完成情况比较' : 'Units compared',
    columns: [
      { key: 'rank', header: zh ? '排名' : 'Rank', kind: 'number', numFmt: '0', width: 6 },
      { key: 'unit', header: zh ? '单位' : 'Unit', kind: 'text', width: 12 },
      {
        key: 'share',
        header: zh ? '序时推进及以上占比' : 'On pace or better',
        kind: 'percent',
        numFmt: '0.0%',
        width: 10,
      },
    ],
    rows: [
      [1, zh ? '商州区科协甲' : 'Unit Alpha', 0.9],
      [2, zh ? '洛南县科协乙' : 'Unit Beta', 0.45],
    ],
  };
}

function unitsReport(lang: Lang, notes?: string[]): Report {
  const base = sampleReport(lang);
  return {
    ...base,
    tables: { ...base.tables, consolidated: consolidatedTable(lang), units: unitsTable(lang) },
    ...(notes ? { notes } : {}),
  };
}

describe('Word export of several units and data notes', () => {
  const NOTES_ZH = [
    '“市科协”表F18单元格为#DIV/0!，该项指标无法对标。',
    '“商州区”表第12行为隐藏行，已照常读取。',
  ];
  const NOTES_EN = [
    'Sheet "HQ", cell F18 holds #DIV/0!; that indicator cannot be checked.',
    'Sheet "East": row 12 is hidden and was read.',
  ];

  it('prints the consolidated and units tables in the landscape table section, in the same table style', async () => {
    const { doc } = await parts(await buildDocx(unitsReport('zh-CN')));
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(4);
    // organisation first, then the units compared, then all indicators and those needing attention
    expect(tables[0]).toContain('>科技下乡汇总<');
    expect(tables[0]).toContain('>4,500<');
    expect(tables[0]).toContain('>75.0%<');
    expect(tables[1]).toContain('>商州区科协甲<');
    expect(tables[1]).toContain('>90.0%<');
    // a long header in lines cut between words, never inside one
    expect(tables[1]).toContain('>序时推进</w:t><w:br/><w:t xml:space="preserve">及以上</w:t><w:br/>');
    expect(tables[2]).toContain('>年度目标<');
    for (const t of tables) {
      expect(t.match(/<w:tblHeader\/>/g)).toHaveLength(1);
      expect(t).toMatch(/<w:insideV w:val="single" w:color="000000" w:sz="4"\/>/);
      expect(t).toContain('<w:sz w:val="21"/>');
    }
    // the behind row's status is bold, as in the indicator table
    expect(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*>进度滞后<\/w:t>/.exec(tables[0]!)![0]).toContain('<w:b/>');
    const captions = [
      '>表 全系统目标任务汇总情况<',
      '>表 各单位目标任务完成情况比较<',
      '>表1 目标任务完成情况<',
    ];
    const at = captions.map((c) => doc.indexOf(c));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // all four tables sit in the landscape section, after the portrait text's section break
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(doc.indexOf(sections[0]!)).toBeLessThan(doc.indexOf(tables[0]!));
    expect(doc).not.toMatch(/>(null|undefined|NaN)</);
  });

  it('leaves the units tables out when the report has none, or when they are empty', async () => {
    const plain = await parts(await buildDocx(sampleReport('zh-CN')));
    expect(plain.doc).not.toContain('全系统');
    const base = unitsReport('zh-CN');
    const empty: Report = {
      ...base,
      tables: { ...base.tables, consolidated: { ...consolidatedTable('zh-CN'), rows: [] }, units: undefined },
    };
    const { doc } = await parts(await buildDocx(empty));
    expect(doc.match(/<w:tbl>/g)).toHaveLength(2);
    expect(doc).not.toContain('全系统');
  });

  it('zh-CN: the notes only when asked, as the last appendix 附件N 数据说明 after the signature', async () => {
    const without = (await parts(await buildDocx(unitsReport('zh-CN', NOTES_ZH)))).doc;
    expect(without).not.toContain('数据说明');
    expect(without).not.toContain('#DIV/0!');
    const { doc } = await parts(await buildDocx(unitsReport('zh-CN', NOTES_ZH), { notes: true }));
    const signature = doc.indexOf('>2019年1月7日<');
    expect(doc.indexOf('>2．数据说明<')).toBeGreaterThan(doc.indexOf('>附件：1．目标任务对标情况表<'));
    expect(doc.indexOf('>2．数据说明<')).toBeLessThan(signature);
    const label = doc.indexOf('>附件2<');
    const first = doc.indexOf(`>1. ${NOTES_ZH[0]}<`);
    const second = doc.indexOf(`>2. ${NOTES_ZH[1]}<`);
    expect(label).toBeGreaterThan(doc.lastIndexOf('</w:tbl>'));
    expect(first).toBeGreaterThan(label);
    expect(second).toBeGreaterThan(first);
    // the body look: 仿宋_GB2312 16 pt, fixed line pitch
    const p = paragraphWith(doc, `1. ${NOTES_ZH[0]}`);
    expect(p).toContain('w:eastAsia="仿宋_GB2312"');
    expect(p).toContain('<w:sz w:val="32"/>');
    expect(p).toContain('w:line="579"');
    // the appendix starts on a new portrait page
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections[2]).toContain('<w:type w:val="nextPage"/>');
  });

  it('en-US: an appendix of data notes; a list the engine numbered keeps its numbers and its closing line', async () => {
    const { doc } = await parts(await buildDocx(unitsReport('en-US', NOTES_EN), { notes: true }));
    expect(doc).toContain('>Appendices: 1. Tables<');
    expect(doc).toContain('>2. Data notes<');
    expect(doc).toContain('>Appendix 2<');
    expect(doc).toContain(`>1. ${NOTES_EN[0]}<`.replace(/"/g, '&quot;'));
    expect(doc).toContain(`>2. ${NOTES_EN[1]}<`.replace(/"/g, '&quot;'));
    expect(doc.indexOf('>Appendix 2<')).toBeGreaterThan(doc.indexOf('>Shangluo AST<'));
    const engine = ['1. First note.', '2. Second note.', '3 more notes are in the JSON result.'];
    const numbered = (await parts(await buildDocx(unitsReport('en-US', engine), { notes: true }))).doc;
    expect(numbered).toContain('>1. First note.<');
    expect(numbered).toContain('>3 more notes are in the JSON result.<');
    expect(numbered).not.toContain('>1. 1. First note.<');
    expect(numbered).not.toContain('>3. 3 more');
  });

  it('names a file in a note without its folders', async () => {
    expect(withoutFolders('工作簿assets/sample/indicators-sample.xlsx的“汇总”表未读取。')).toBe(
      '工作簿indicators-sample.xlsx的“汇总”表未读取。',
    );
    expect(withoutFolders('Workbook C:\\data\\2018\\targets.xlsx, sheet "A": skipped.')).toBe(
      'Workbook targets.xlsx, sheet "A": skipped.',
    );
    expect(withoutFolders('完成1/4，日期2018/10/08')).toBe('完成1/4，日期2018/10/08');
    const notes = ['工作簿“/home/user/报表/2018年.xlsx”中的“说明”表不是指标表，未读取。'];
    const { doc } = await parts(await buildDocx(unitsReport('zh-CN', notes), { notes: true }));
    expect(doc).toContain('工作簿“2018年.xlsx”中的“说明”表');
    expect(doc).not.toContain('/home/user');
  });

  it('without notes (absent or empty) there is no notes appendix, even when asked', async () => {
    for (const notes of [undefined, [], ['  ']]) {
      const { doc } = await parts(await buildDocx(unitsReport('zh-CN', notes), { notes: true }));
      expect(doc).not.toContain('附注');
      expect(doc).not.toContain('数据说明');
      expect(doc).toContain('>附件：目标任务对标情况表<');
      expect(doc).toContain('>附件<');
    }
  });

  it('numberedNotes numbers plain lines, and keeps a list the engine numbered as it is', () => {
    expect(numberedNotes(['说明', '两行\n文字', '  '])).toEqual(['1. 说明', '2. 两行 文字']);
    expect(numberedNotes(['1.甲表F18为#DIV/0!', '2.乙表有隐藏行', '另有3条提示见JSON结果。'])).toEqual([
      '1.甲表F18为#DIV/0!',
      '2.乙表有隐藏行',
      '另有3条提示见JSON结果。',
    ]);
    expect(numberedNotes(['（2）已编号'])).toEqual(['（2）已编号']);
  });
});

describe('long tables: the Word file prints the first rows and says where the whole table is', () => {
  /** The sample report with its indicator table grown to `n` rows (every other one behind). */
  function longReport(lang: Lang, n: number): Report {
    const base = sampleReport(lang);
    const table = indicatorTable(lang);
    const rows = Array.from({ length: n }, (_, i) => {
      const row = [...table.rows[i % 2]];
      row[0] = String(i + 1);
      row[2] = `${lang === 'zh-CN' ? '指标' : 'Indicator '}${i + 1}`;
      return row;
    });
    const indicators: ReportTable = {
      ...table,
      rows,
      rowStatus: rows.map((_r, i) => table.rowStatus![i % 2]),
      numFmts: rows.map((_r, i) => table.numFmts![i % 2]),
    };
    return { ...base, tables: { ...base.tables, indicators } };
  }
  const bodyRows = (doc: string) => (doc.match(/<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>/g) ?? []).length;

  it(`up to ${DOCX_TABLE_ROWS} rows: every row, and no note`, async () => {
    const { doc } = await parts(await buildDocx(longReport('zh-CN', DOCX_TABLE_ROWS)));
    expect(bodyRows(doc)).toBe(DOCX_TABLE_ROWS + 1); // and the attention table's one row
    expect(doc).not.toContain('此处列出前');
  });

  it('above: the first rows, then the note naming the workbook and its sheet (zh-CN)', async () => {
    const { doc } = await parts(
      await buildDocx(longReport('zh-CN', 20_000), { workbook: '2018年报告.xlsx' }),
    );
    expect(bodyRows(doc)).toBe(DOCX_TABLE_ROWS + 1);
    expect(doc).toContain(`>指标${DOCX_TABLE_ROWS}<`);
    expect(doc).not.toContain(`>指标${DOCX_TABLE_ROWS + 1}<`);
    const note = paragraphWith(
      doc,
      '本表共20,000行，此处列出前1,000行；全部20,000行见对标报告工作簿“2018年报告.xlsx”的“对标报告”工作表。',
    );
    expect(doc.indexOf(note)).toBeGreaterThan(doc.indexOf(`>指标${DOCX_TABLE_ROWS}<`));
    expect(doc.indexOf(note)).toBeLessThan(doc.indexOf('表2 需关注的目标任务'));
  });

  it('above: the note in English, without a workbook name when none is given', async () => {
    const { doc } = await parts(await buildDocx(longReport('en-US', 1500)));
    expect(bodyRows(doc)).toBe(DOCX_TABLE_ROWS + 1);
    expect(fullTableNote(1500, 'en-US')).toBe(
      'This table has 1,500 rows; the first 1,000 are listed here, and all 1,500 are on the sheet "Target report" of the report workbook.',
    );
    expect(doc).toContain(fullTableNote(1500, 'en-US').replace(/"/g, '&quot;'));
  });
});

describe('charts and fonts in the Word file', () => {
  const charts: Report['charts'] = [
    {
      id: 'completion-by-category',
      type: 'column',
      title: '各类别目标任务平均完成率',
      categories: ['职能目标任务', '党的建设'],
      series: [{ name: '完成率', values: [0.753, 0.894] }],
      referenceLine: { value: 1, label: '100%' },
      percentAxis: true,
    },
    {
      id: 'status-count',
      type: 'column',
      title: '各状态目标任务数量',
      categories: ['已完成', '序时推进'],
      series: [{ name: '项数', values: [9, 10] }],
    },
  ];

  it('puts each chart in as a native chart part with its data cached, placed in the charts appendix', async () => {
    const buf = await buildDocx({ ...sampleReport('zh-CN'), charts });
    const zip = await JSZip.loadAsync(buf);
    const doc = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (let i = 1; i <= 2; i++) {
      const part = await zip.file(`word/charts/chart${i}.xml`)!.async('string');
      expect(part).toContain(`<a:t>${charts[i - 1].title}</a:t>`);
      for (const c of charts[i - 1].categories) expect(part).toContain(`<c:v>${c}</c:v>`);
      expect(part).toContain('<c:numCache>');
      expect(types).toContain(`<Override PartName="/word/charts/chart${i}.xml"`);
      const rel = new RegExp(
        `<Relationship Id="(\\w+)" Type="[^"]+/chart" Target="charts/chart${i}.xml"/>`,
      ).exec(rels);
      expect(rel).not.toBeNull();
      expect(doc).toContain(`r:id="${rel![1]}"`);
    }
    expect(
      (await zip.file('word/charts/chart1.xml')!.async('string')).match(/<c:v>0.753<\/c:v>/),
    ).not.toBeNull();
    // inline, as wide as the 156 mm text, after the label of appendix 2
    const drawings = doc.match(/<wp:inline[\s\S]*?<\/wp:inline>/g) ?? [];
    expect(drawings).toHaveLength(2);
    expect(drawings[0]).toContain(`cx="${(11906 - 1587 - 1474) * 635}"`);
    expect(doc.indexOf(drawings[0]!)).toBeGreaterThan(doc.indexOf('>附件2<'));
    expect(doc.indexOf('>附件2<')).toBeGreaterThan(doc.lastIndexOf('</w:tbl>'));
    expect(doc).toContain('>2．目标任务对标图表<');
    expect(doc).not.toContain('@@target-report');
  });

  it('declares the faces it uses with the faces to take where they are missing', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(sampleReport('zh-CN')));
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    const alt = (name: string) =>
      new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(fonts)?.[1];
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('仿宋')).toBe('FangSong');
    expect(alt('方正小标宋简体')).toBe('华文中宋');
    expect(alt('华文中宋')).toBe('宋体');
    expect(alt('楷体_GB2312')).toBe('楷体');
    expect(alt('黑体')).toBe('SimHei');
    expect(fonts).toMatch(
      /<w:font w:name="仿宋_GB2312">[^]*?<w:charset w:val="86"\/><w:family w:val="modern"\/><w:pitch w:val="fixed"\/>/,
    );
    // every face a run names is in the table
    const doc = await zip.file('word/document.xml')!.async('string');
    const named = new Set([...doc.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    for (const f of named) expect(fonts).toContain(`<w:font w:name="${f}">`);
  });
});
