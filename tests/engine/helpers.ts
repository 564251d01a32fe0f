/** Shortcuts the engine's tests share: tables and sections built the way the report builds them. */
import type {
  ChangesSinceLastCheckIn,
  Consolidation,
  Evaluation,
  Lang,
  NarrativeBlock,
  Period,
} from '../../src/engine/model';
import type { ReportTable } from '../../src/engine/model';
import { rankAttention } from '../../src/engine/evaluate/gaps';
import { localeFor } from '../../src/engine/locale';
import { changesSection } from '../../src/engine/wording/changes';
import { attentionTable } from '../../src/engine/wording/tables';
import { consolidatedReportTable } from '../../src/engine/wording/units';

/** The attention table of a set of evaluations, as the report builds it (table 2 by default). */
export function buildAttentionTable(
  evaluations: readonly Evaluation[],
  lang: Lang,
  tableNo = 2,
): ReportTable {
  return attentionTable(rankAttention(evaluations), lang, tableNo);
}

/** The organisation-wide table without its leading 序号 and 类别 columns. */
export function consolidatedTable(c: Consolidation, lang: Lang): ReportTable {
  const t = consolidatedReportTable(c, lang, 1);
  return {
    ...t,
    columns: t.columns.slice(2),
    rows: t.rows.map((r) => r.slice(2)),
    ...(t.numFmts ? { numFmts: t.numFmts.map((r) => r.slice(2)) } : {}),
  };
}

/** "Since the last check-in" as narrative blocks under a heading numbered `sectionNo`. */
export function buildChangesNarrative(
  changes: ChangesSinceLastCheckIn,
  period: Period,
  lang: Lang,
  sectionNo = 1,
): NarrativeBlock[] {
  const s = changesSection(changes, period, lang);
  return [
    { kind: 'heading1', text: `${localeFor(lang).format.sectionNumber(sectionNo, 1)}${s.heading}` },
    ...s.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
}
