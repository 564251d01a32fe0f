#!/usr/bin/env node
'use strict';
/**
 * Writes the sample indicator workbook assets/sample/indicators-sample.xlsx (committed; run again after
 * changing this script):
 *
 *     node scripts/make-sample.js [out.xlsx]
 *
 * The actuals come from the figures of 商洛市科学技术协会's report on its 2018 target tasks (dated
 * 2019-01-07). That report gives year totals only: the annual targets, the quarterly splits and the county
 * sheet are illustrative, and the workbook's 说明 sheet says so.
 *
 * The fourth quarter is left empty, so the default period is Q3 (the year in progress): the demo then shows
 * every status — achieved, on track, behind (one at pace exactly 80 %), at risk — plus a lower-is-better
 * indicator (a ceiling), two milestones (one done, one 推进中), an approximate actual (10多) and a
 * percentage indicator (87.5 %), and, on the county sheet, an indicator with no data yet.
 */
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const FONT = '仿宋';
const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Columns of the standard layout. */
const HEADERS = [
  '序号',
  '目标任务',
  '单位',
  '方向',
  '年度目标',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '责任部门',
  '备注',
];
const WIDTHS = [6, 34, 8, 10, 10, 9, 9, 9, 9, 12, 24];

/**
 * Rows: ['cat', '一', '职能目标任务'] is a category row; an indicator is
 * [id, name, unit, direction, target, q1, q2, q3, q4, owner, notes]. A value may be a number, text as
 * people type it (0.6万, 10多, 推进中) or null (empty); { pct: 0.875 } is a percentage cell.
 */
const CITY_ROWS = [
  ['cat', '一', '职能目标任务'],
  [1, '组织科技下乡', '场次', '越高越好', 180, 30, 120, 34, null, '科普部', '“科技之春”宣传月集中开展'],
  [2, '发放科普宣传资料', '万份', '越高越好', 25, 3, 14, 3, null, '科普部', ''],
  [3, '举办实用技术培训班', '期', '越高越好', 300, 40, 90, 50, null, '科普部', ''],
  [4, '培训群众', '人次', '越高越好', 30000, '0.6万', '1.2万', '0.5万', null, '科普部', ''],
  [5, '义诊群众', '人次', '越高越好', 20000, 3000, 6000, 2000, null, '学会部', '联合市医学会'],
  [6, '刊播宣传稿件及科普文章', '篇', '越高越好', 150, 30, 80, 42, null, '办公室', ''],
  [7, '新建科普惠农服务站', '个', '越高越好', 50, 5, 15, 18, null, '科普部', '贫困镇、村'],
  [8, '建设科普示范基地', '个', '越高越好', 12, 2, 4, 3, null, '科普部', ''],
  [9, '建设科普中国乡村e站', '个', '越高越好', 20, 2, 5, 4, null, '科普部', ''],
  [
    10,
    '开展精准扶贫技能、技术培训',
    '场',
    '越高越好',
    240,
    40,
    60,
    70,
    null,
    '科普部',
    '万名农民科技培训工程',
  ],
  [11, '培训农民', '人', '越高越好', 12000, 1800, 3200, 2900, null, '科普部', ''],
  [12, '编印发放科普知识读本', '册', '越高越好', '10万', 0, 40000, 60000, null, '科普部', ''],
  [13, '开展科技人员继续教育和技能培训', '场次', '越高越好', 20, 4, 6, '10多', null, '学会部', ''],
  [14, '培训科技人员', '人次', '越高越好', 3000, 500, 900, 600, null, '学会部', ''],
  [
    15,
    '第五届优秀科技工作者评选',
    null,
    '完成类',
    '完成',
    '未开始',
    '推进中',
    '完成',
    null,
    '学会部',
    '推荐候选人21名',
  ],
  [16, '包扶村脱贫户数', '户', '越高越好', 13, 0, 5, 6, null, '办公室', '马炉村'],
  ['cat', '二', '党的建设'],
  [17, '修订完善机关制度', '项', '越高越好', 20, 5, 12, 7, null, '办公室', '形成制度汇编'],
  [
    18,
    '巡察反馈问题整改到位率',
    '%',
    '越高越好',
    { pct: 1 },
    null,
    null,
    { pct: 0.875 },
    null,
    '办公室',
    '整改措施24项，已到位21项',
  ],
  [19, '开展主题党日活动', '次', '越高越好', 12, 3, 3, 3, null, '机关党支部', ''],
  [20, '干部作风问题被通报', '次', '越低越好', 2, 0, 1, 0, null, '机关党支部', '上限控制'],
  ['cat', '三', '四服务特色亮点'],
  [21, '争取中省科普资金', '万元', '越高越好', 180, 40, 90, 57, null, '科普部', '基层科普行动计划'],
  [22, '建设省级学会工作服务站', '个', '越高越好', 7, 1, 2, 2, null, '学会部', '六县一区'],
  [23, '争取省级学会服务站支持资金', '万元', '越高越好', 150, 26, 40, 20, null, '学会部', ''],
  [24, '表彰自然科学优秀学术论文', '篇', '越高越好', 80, 0, 0, 87, null, '学会部', ''],
  [
    25,
    '市级院士专家工作站认定',
    null,
    '完成类',
    '完成',
    '未开始',
    '推进中',
    '推进中',
    null,
    '组织人事部',
    '首批评估认定有序进行',
  ],
  [26, '科技成果展评征集参评项目', '项', '越高越好', 100, 0, 60, 47, null, '学会部', ''],
];

const COUNTY_ROWS = [
  ['cat', '一', '职能目标任务'],
  [1, '组织科技下乡', '场次', '越高越好', 30, 6, 14, 5, null, '县科协', ''],
  [2, '举办实用技术培训班', '期', '越高越好', 40, 5, 12, 8, null, '县科协', ''],
  [3, '培训农民', '人', '越高越好', 2000, 300, 600, 400, null, '县科协', ''],
  [4, '新建科普惠农服务站', '个', '越高越好', 8, 1, 2, 1, null, '县科协', ''],
  [5, '建设科普中国乡村e站', '个', '越高越好', 4, null, null, null, null, '县科协', '尚未填报'],
  ['cat', '二', '党的建设'],
  [6, '开展主题党日活动', '次', '越高越好', 12, 3, 3, 3, null, '机关党支部', ''],
];

function addIndicatorSheet(wb, { name, unitName, fillDate, rows, filler }) {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const last = HEADERS.length;

  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = '2018年度目标任务完成情况表';
  title.font = { name: '方正小标宋简体', size: 18 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;

  ws.mergeCells(2, 1, 2, last);
  const line = ws.getCell(2, 1);
  line.value = `填报单位：${unitName}　　填报日期：${fillDate}`;
  line.font = { name: FONT, size: 11 };

  // Two-row header: 2018年完成情况 merged over the four quarters, the others merged down.
  for (let c = 1; c <= last; c++) {
    if (c >= 6 && c <= 9) continue;
    ws.mergeCells(3, c, 4, c);
    ws.getCell(3, c).value = HEADERS[c - 1];
  }
  ws.mergeCells(3, 6, 3, 9);
  ws.getCell(3, 6).value = '2018年完成情况';
  for (let c = 6; c <= 9; c++) ws.getCell(4, c).value = HEADERS[c - 1];
  for (const r of [3, 4]) {
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: '黑体', size: 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      cell.border = BORDER;
    }
  }

  let r = 5;
  for (const row of rows) {
    if (row[0] === 'cat') {
      ws.getCell(r, 1).value = row[1];
      ws.getCell(r, 2).value = row[2];
      for (let c = 1; c <= last; c++) {
        const cell = ws.getCell(r, c);
        cell.font = { name: '黑体', size: 11 };
        cell.border = BORDER;
        cell.alignment = { horizontal: c === 1 ? 'center' : 'left', vertical: 'middle' };
      }
    } else {
      row.forEach((value, i) => {
        const cell = ws.getCell(r, i + 1);
        if (value && typeof value === 'object' && 'pct' in value) {
          cell.value = value.pct;
          cell.numFmt = '0.0%';
        } else {
          cell.value = value === '' ? null : value;
        }
        cell.font = { name: FONT, size: 11 };
        cell.border = BORDER;
        cell.alignment = {
          horizontal: i === 1 || i >= 9 ? 'left' : 'center',
          vertical: 'middle',
          wrapText: i === 1 || i === 10,
        };
      });
    }
    r++;
  }
  r++; // a blank row, then the notes below the table
  const notes = [
    '注：1. 年度目标及季度分解数为示例数据，仅作演示；完成数取自该单位2018年度目标任务完成情况对标报告。',
    '    2. 季度完成数填当季新增数；比率类指标填截至当季的累计比率；完成类指标填“未开始”“推进中”或“完成”。',
    `填表人：${filler}　　审核人：（示例）`,
  ];
  for (const text of notes) {
    ws.mergeCells(r, 1, r, last);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 10 };
    r++;
  }
  return ws;
}

function addInstructions(wb) {
  const ws = wb.addWorksheet('说明');
  ws.getColumn(1).width = 100;
  const lines = [
    '目标对标（Target Report）示例工作簿',
    '',
    '本工作簿为演示数据。“市科协”工作表的完成数取自商洛市科学技术协会2018年度目标任务完成情况对标报告中的数字；',
    '各项年度目标、季度分解数以及“商州区科协”工作表的全部数字均为示例（illustrative），并非真实考核目标。',
    '',
    '四季度暂未填报，因此不指定期间时按第三季度对标（序时进度75%）。',
    '运行：npx target-report report assets/sample/indicators-sample.xlsx --out 对标报告.xlsx --docx 对标报告.docx',
    '',
    'Sample data. The actuals on the 市科协 sheet are figures from the 2018 report of the Shangluo Association',
    'for Science and Technology; all annual targets, quarterly splits and the county sheet are illustrative.',
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text || null;
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0 };
  });
  return ws;
}

function addContacts(wb) {
  const ws = wb.addWorksheet('联系人');
  ws.columns = [{ width: 12 }, { width: 20 }, { width: 16 }, { width: 24 }];
  const rows = [
    ['姓名', '部门', '电话', '邮箱'],
    ['王敏（示例）', '办公室', '0914-0000001', 'office@example.org'],
    ['刘强（示例）', '科普部', '0914-0000002', 'kepu@example.org'],
    ['陈静（示例）', '学会部', '0914-0000003', 'xuehui@example.org'],
  ];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.font = { name: FONT, size: 11, bold: r === 0 };
      cell.border = BORDER;
    }),
  );
  return ws;
}

async function makeSample(outPath) {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2018, 9, 8));
  wb.creator = '目标对标示例';
  wb.created = fixed;
  wb.modified = fixed;
  addInstructions(wb);
  addIndicatorSheet(wb, {
    name: '市科协',
    unitName: '商洛市科学技术协会',
    fillDate: '2018年10月8日',
    rows: CITY_ROWS,
    filler: '王敏（示例）',
  });
  addIndicatorSheet(wb, {
    name: '商州区科协',
    unitName: '商州区科学技术协会（示例）',
    fillDate: '2018年10月8日',
    rows: COUNTY_ROWS,
    filler: '（示例）',
  });
  addContacts(wb);
  fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  await wb.xlsx.writeFile(outPath);
  return outPath;
}

module.exports = { makeSample, CITY_ROWS, COUNTY_ROWS };

if (require.main === module) {
  const out = process.argv[2] || path.join(__dirname, '..', 'assets', 'sample', 'indicators-sample.xlsx');
  makeSample(out).then(
    (p) => process.stdout.write(`wrote ${path.relative(process.cwd(), p) || p}\n`),
    (e) => {
      process.stderr.write(`make-sample: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    },
  );
}
