/**
 * The indicators behind pace, and — with an earlier check-in — what changed since (newly behind, back
 * on track). Each name is a link to its row in its sheet; without `onSelectRow` (no workbook to go to,
 * as on the offline page) the name is plain text with its file, sheet and row.
 */
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { statusLabel, type Lang } from '../../engine';
import type { UiTexts } from '../i18n';
import type { PanePreview, PreviewItem } from '../state/preview';
import { StatusDot } from './StatusDot';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '8px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingTop: '2px',
    paddingBottom: '2px',
  },
  name: { textAlign: 'start', fontSize: tokens.fontSizeBase200 },
  facts: { display: 'block', color: tokens.colorNeutralForeground3 },
  list: { maxHeight: '240px', overflowY: 'auto' },
  subheading: { marginTop: tokens.spacingVerticalXS },
});

export interface PreviewProps {
  readonly preview: PanePreview;
  readonly lang: Lang;
  readonly t: UiTexts;
  /** Takes the user to the row; absent where the port cannot select a cell. */
  readonly onSelectRow?: (sheet: string, row: number) => void;
}

export function Preview({ preview, lang, t, onSelectRow }: PreviewProps) {
  const s = useSectionStyles();
  const c = useStyles();
  const list = (items: readonly PreviewItem[], label: string, change: boolean) => (
    // Without links in it, the scrolling list itself takes the focus, so the keyboard can scroll it.
    <ul className={`${s.list} ${c.list}`} aria-label={label} tabIndex={onSelectRow ? undefined : 0}>
      {items.map((it) => (
        <li key={it.key} className={c.item} data-item-status={it.status}>
          <StatusDot status={it.status} />
          <span>
            {onSelectRow ? (
              <Link
                as="button"
                className={c.name}
                aria-label={t.goToRow(it.name, it.sheet, it.row)}
                onClick={() => onSelectRow(it.sheet, it.row)}
              >
                {it.name}
              </Link>
            ) : (
              <>
                <span className={c.name}>{it.name}</span>
                <span className={c.facts} data-place="">
                  {t.rowPlace(it.file, it.sheet, it.row)}
                </span>
              </>
            )}
            <span className={c.facts}>{facts(it, lang, t, change)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
  const more = preview.behindTotal - preview.behind.length;
  return (
    <>
      <Text weight="semibold" size={200}>
        {t.behindHeading(preview.behindTotal)}
      </Text>
      {preview.behindTotal === 0 ? (
        <Text className={s.subtle}>{t.noneBehind}</Text>
      ) : (
        list(preview.behind, t.behindHeading(preview.behindTotal), false)
      )}
      {more > 0 && <Text className={s.subtle}>{t.moreBehind(more)}</Text>}
      {preview.changes && (
        <>
          <Text weight="semibold" size={200} className={c.subheading}>
            {t.changesHeading(preview.changes.previousPeriod)}
          </Text>
          {preview.changes.newlyBehind.length + preview.changes.recovered.length === 0 ? (
            <Text className={s.subtle}>{t.noChanges}</Text>
          ) : (
            <>
              {preview.changes.newlyBehind.length > 0 && (
                <>
                  <Text size={200}>{t.newlyBehind(preview.changes.newlyBehind.length)}</Text>
                  {list(preview.changes.newlyBehind, t.newlyBehind(preview.changes.newlyBehind.length), true)}
                </>
              )}
              {preview.changes.recovered.length > 0 && (
                <>
                  <Text size={200}>{t.recovered(preview.changes.recovered.length)}</Text>
                  {list(preview.changes.recovered, t.recovered(preview.changes.recovered.length), true)}
                </>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}

/** "已完成 73.3% · 落后序时 12.5个百分点", or for a change "正常 → 滞后". */
function facts(it: PreviewItem, lang: Lang, t: UiTexts, change: boolean): string {
  if (change && it.before) return t.statusChange(statusLabel(it.before, lang), statusLabel(it.status, lang));
  const parts = [statusLabel(it.status, lang)];
  if (it.completion) parts.push(`${t.completionLabel} ${it.completion}`);
  if (it.gap) parts.push(t.gapPoints(it.gap));
  return parts.join(' · ');
}
