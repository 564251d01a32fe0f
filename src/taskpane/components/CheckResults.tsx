import { Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular, Info16Regular, Warning16Regular } from '@fluentui/react-icons';
import { useId, useMemo } from 'react';
import {
  describeDiagnostic,
  describeDiagnosticBody,
  type Diagnostic,
  type Lang,
  STATUSES,
  statusLabel,
} from '../../engine';
import { formatCount, type UiTexts } from '../i18n';
import type { CheckView } from '../state/checkView';
import { previewOf } from '../state/preview';
import { Preview } from './Preview';
import { StatusDot } from './StatusDot';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  count: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  countLabel: { flexGrow: 1 },
  countValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  zero: { color: tokens.colorNeutralForeground4 },
  diag: {
    display: 'grid',
    gridTemplateColumns: '16px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingTop: '2px',
    paddingBottom: '2px',
  },
  diagIcon: { marginTop: '1px' },
  diagText: { minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  where: { fontSize: tokens.fontSizeBase200 },
  diagList: { maxHeight: '260px', overflowY: 'auto' },
});

export interface CheckResultsProps {
  /** What the check gave to show (the diagnostics already capped). */
  readonly view: CheckView;
  readonly periodLabel: string;
  /** The pane's language (labels, statuses, numbers). */
  readonly lang: Lang;
  readonly t: UiTexts;
  /**
   * Take the user to a cell or a row; absent where the port cannot select a cell (the offline page):
   * the places are then plain text naming the file, sheet and cell.
   */
  readonly onSelectCell?: (d: Diagnostic & { cell: string }) => void;
  readonly onSelectRow?: (sheet: string, row: number) => void;
}

/** After "Check": counts per status, the indicators behind pace and what changed, the data problems. */
export function CheckResults({ view, periodLabel, lang, t, onSelectCell, onSelectRow }: CheckResultsProps) {
  const s = useSectionStyles();
  const c = useStyles();
  const headingId = useId();
  const preview = useMemo(() => previewOf(view, lang), [view, lang]);
  const total = view.diagnosticsTotal;
  const listed = view.diagnostics;
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <div className={s.headerRow}>
        <h2 id={headingId} className={s.heading}>
          {t.resultsHeading(periodLabel)}
        </h2>
        <Text className={s.subtle}>{t.totalIndicators(view.counts.total)}</Text>
      </div>
      <ul className={c.counts} aria-label={t.resultsHeading(periodLabel)}>
        {STATUSES.map((status) => {
          const n = view.counts.byStatus[status] ?? 0;
          return (
            <li key={status} className={mergeClasses(c.count, n === 0 && c.zero)} data-status={status}>
              <StatusDot status={status} empty={n === 0} />
              <span className={c.countLabel}>{statusLabel(status, lang)}</span>
              <span className={c.countValue}>{formatCount(n, lang)}</span>
            </li>
          );
        })}
      </ul>
      <Preview preview={preview} lang={lang} t={t} onSelectRow={onSelectRow} />
      <Text weight="semibold" size={200}>
        {t.diagnosticsHeading(total)}
      </Text>
      {total === 0 ? (
        <Text className={s.subtle}>{t.noDiagnostics}</Text>
      ) : (
        <ul
          className={mergeClasses(s.list, c.diagList)}
          aria-label={t.diagnosticsHeading(total)}
          // Without links in it, the scrolling list itself takes the focus (the keyboard scrolls it).
          tabIndex={onSelectCell ? undefined : 0}
        >
          {listed.map((d, i) => (
            <li key={`${d.sheet}|${d.cell ?? ''}|${d.code}|${i}`} className={c.diag}>
              <SeverityIcon severity={d.severity} label={t.severity[d.severity]} classes={c} />
              <span className={c.diagText}>
                <DiagnosticText d={d} lang={lang} t={t} onSelectCell={onSelectCell} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > listed.length && <Text className={s.subtle}>{t.moreDiagnostics(total - listed.length)}</Text>}
    </section>
  );
}

/**
 * A data problem: with a cell and a way there, a link to the cell and what is wrong; with a cell and no
 * way there, one sentence naming the file, sheet and cell; without a cell, the sheet and the sentence.
 */
function DiagnosticText({
  d,
  lang,
  t,
  onSelectCell,
}: Pick<CheckResultsProps, 'lang' | 't' | 'onSelectCell'> & { d: Diagnostic }) {
  const s = useSectionStyles();
  const c = useStyles();
  const cell = d.cell;
  if (cell && onSelectCell)
    return (
      <>
        <Link
          as="button"
          className={c.where}
          aria-label={t.goToCell(d.sheet, cell)}
          onClick={() => onSelectCell({ ...d, cell })}
        >
          {`${d.sheet}!${cell}`}
        </Link>{' '}
        {describeDiagnosticBody(d, lang)}
      </>
    );
  if (cell) return <span data-place="">{describeDiagnostic(d, lang)}</span>;
  return (
    <>
      <Text className={s.subtle}>{d.sheet}</Text> {describeDiagnostic(d, lang)}
    </>
  );
}

function SeverityIcon({
  severity,
  label,
  classes,
}: {
  severity: Diagnostic['severity'];
  label: string;
  classes: ReturnType<typeof useStyles>;
}) {
  const props = { 'aria-label': label, role: 'img' } as const;
  if (severity === 'error')
    return <ErrorCircle16Regular {...props} className={mergeClasses(classes.diagIcon, classes.error)} />;
  if (severity === 'warning')
    return <Warning16Regular {...props} className={mergeClasses(classes.diagIcon, classes.warning)} />;
  return <Info16Regular {...props} className={mergeClasses(classes.diagIcon, classes.info)} />;
}
