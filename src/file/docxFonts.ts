/**
 * The Word document's font table (word/fontTable.xml): each face the document names, with the face to
 * take where it is not installed (w:altName), and its PANOSE class, character set, family and pitch, so
 * that Word and WPS pick the nearest installed face: 仿宋_GB2312 → 仿宋 → FangSong; 方正小标宋简体 → 华文中宋
 * → 宋体; 楷体_GB2312 → 楷体 → KaiTi; 黑体 → SimHei; 宋体 → SimSun.
 */

interface FontEntry {
  readonly name: string;
  readonly altName?: string;
  /** Ten bytes in hex (PANOSE-1). */
  readonly panose: string;
  /** 86 = GB2312 (simplified Chinese), 00 = ANSI. */
  readonly charset: '86' | '00';
  readonly family: 'auto' | 'modern' | 'roman' | 'swiss';
  readonly pitch: 'fixed' | 'variable';
}

const FONTS: readonly FontEntry[] = [
  {
    name: '仿宋_GB2312',
    altName: '仿宋',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '仿宋',
    altName: 'FangSong',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '方正小标宋简体',
    altName: '华文中宋',
    panose: '02000000000000000000',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: '华文中宋',
    altName: '宋体',
    panose: '02010600040101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: '楷体_GB2312',
    altName: '楷体',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '楷体',
    altName: 'KaiTi',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '黑体',
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '宋体',
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: 'Times New Roman',
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
  },
  { name: 'Calibri', panose: '020F0502020204030204', charset: '00', family: 'swiss', pitch: 'variable' },
];

/** The font table part. */
export function fontTableXml(): string {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}">${f.altName ? `<w:altName w:val="${f.altName}"/>` : ''}` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/>` +
      `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${fonts}</w:fonts>`
  );
}
