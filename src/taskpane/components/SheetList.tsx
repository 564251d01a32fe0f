import { Button, Text, Tooltip, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise16Regular,
  DocumentTable16Regular,
  Table16Regular,
  TableSettings16Regular,
} from '@fluentui/react-icons';
import { type ReactNode, useId, useRef, useState } from 'react';
import { type ColumnMapping, describeSkipReason, type Lang } from '../../engine';
import type { ColumnsBySheet } from '../../addin/reportSettings';
import type { UiTexts } from '../i18n';
import type { SheetShown } from '../state/checkView';
import type { NeedsColumns } from '../state/columns';
import type { OwnSheet } from '../state/paneState';
import { ColumnsStep } from './ColumnsStep';
import { useSectionStyles } from './styles';

export interface SheetListProps {
  /** The sheets read; null before the first read. */
  readonly sheets: readonly SheetShown[] | null;
  /** The add-in's own sheets (report, check-in history): listed as such, not as "not read". */
  readonly ownSheets: readonly OwnSheet[];
  readonly lang: Lang;
  readonly t: UiTexts;
  readonly disabled: boolean;
  readonly onRefresh: () => void;
  /** The columns saved per sheet, to open the columns step with. */
  readonly columns: ColumnsBySheet;
  readonly onApplyColumns: (sheet: string, mapping: ColumnMapping) => void;
}

type Skipped = Extract<SheetShown, { kind: 'skipped' }>;

/**
 * A sheet not read, or of an earlier period: its name, why, and for a table whose columns are unclear,
 * the columns step.
 */
function SkippedSheet(props: {
  readonly reading: Skipped;
  readonly lang: Lang;
  readonly t: UiTexts;
  readonly disabled: boolean;
  readonly saved?: ColumnMapping;
  readonly onApply: (sheet: string, mapping: ColumnMapping) => void;
}) {
  const { reading: r, t } = props;
  const s = useSectionStyles();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const needs: NeedsColumns | null = r.reason.code === 'needs-columns' ? r.reason : null;
  return (
    <li className={s.skippedItem}>
      <div className={mergeClasses(s.item, s.subtle)}>
        <span className={s.skippedName} title={r.sheet}>
          {r.sheet}
        </span>
        <span>{sentenceCase(describeSkipReason(r.reason, props.lang))}</span>
      </div>
      {needs && !open && (
        <Button
          ref={opener}
          className={s.choose}
          appearance="secondary"
          size="small"
          icon={<TableSettings16Regular />}
          disabled={props.disabled}
          onClick={() => setOpen(true)}
          aria-label={t.chooseColumnsOf(r.sheet)}
        >
          {t.chooseColumns}
        </Button>
      )}
      {needs && open && (
        <ColumnsStep
          sheet={r.sheet}
          reason={needs}
          {...(props.saved ? { saved: props.saved } : {})}
          t={t}
          disabled={props.disabled}
          onApply={(mapping) => {
            setOpen(false);
            props.onApply(r.sheet, mapping);
          }}
          onCancel={() => {
            setOpen(false);
            setTimeout(() => opener.current?.focus(), 0);
          }}
        />
      )}
    </li>
  );
}

export function SheetList(props: SheetListProps) {
  const { sheets, ownSheets, lang, t, disabled, onRefresh } = props;
  const s = useSectionStyles();
  const headingId = useId();
  const own = new Set(ownSheets.map((o) => o.name));
  const tables = (sheets ?? []).flatMap((r) => (r.kind === 'table' ? [r] : []));
  const notOwn = (sheets ?? []).flatMap((r) => (r.kind === 'skipped' && !own.has(r.sheet) ? [r] : []));
  // Sheets of earlier periods are read: the check compares with them (engine: earlier check-ins).
  const isEarlier = (r: Skipped) => r.reason.code === 'earlier-period' || r.reason.code === 'earlier-year';
  const earlier = notOwn.filter(isEarlier);
  const skipped = notOwn.filter((r) => !isEarlier(r));
  // A sheet not read offers the columns the user chose for it; one of an earlier period was read.
  const skippedSheets = (list: readonly Skipped[], withSaved: boolean) =>
    list.map((r) => (
      <SkippedSheet
        key={r.sheet}
        reading={r}
        lang={lang}
        t={t}
        disabled={disabled}
        {...(withSaved && props.columns[r.sheet] ? { saved: props.columns[r.sheet] } : {})}
        onApply={props.onApplyColumns}
      />
    ));
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <div className={s.headerRow}>
        <h2 id={headingId} className={s.heading}>
          {t.sheetsHeading}
        </h2>
        <Tooltip content={t.refresh} relationship="label">
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowClockwise16Regular />}
            onClick={onRefresh}
            disabled={disabled}
          />
        </Tooltip>
      </div>
      {sheets === null ? (
        <Text className={s.subtle}>{t.loadingSheets}</Text>
      ) : (
        <>
          {tables.length > 0 && (
            <ul className={s.list} aria-label={t.sheetsHeading}>
              {tables.map((table) => (
                <li key={table.sheet} className={s.item}>
                  <Table16Regular className={s.icon} color={tokens.colorBrandForeground1} aria-hidden />
                  <span className={s.itemName} title={table.sheet}>
                    {table.sheet}
                  </span>
                  <span className={s.subtle}>{t.indicatorCount(table.indicators)}</span>
                </li>
              ))}
            </ul>
          )}
          {ownSheets.length > 0 && (
            <SheetGroup heading={t.ownSheetsHeading}>
              {ownSheets.map((o) => (
                <li key={o.name} className={s.item}>
                  <DocumentTable16Regular className={s.icon} aria-hidden />
                  <span className={s.itemName} title={o.name}>
                    {o.name}
                  </span>
                  {t.ownSheetKind[o.kind] !== o.name && (
                    <span className={s.subtle}>{t.ownSheetKind[o.kind]}</span>
                  )}
                </li>
              ))}
            </SheetGroup>
          )}
          {earlier.length > 0 && (
            <SheetGroup heading={t.earlierHeading}>{skippedSheets(earlier, false)}</SheetGroup>
          )}
          {skipped.length > 0 && (
            <SheetGroup heading={t.skippedHeading}>{skippedSheets(skipped, true)}</SheetGroup>
          )}
        </>
      )}
    </section>
  );
}

/** A group of sheets under its heading, the list named by it for screen readers. */
function SheetGroup(props: { readonly heading: string; readonly children: ReactNode }) {
  const s = useSectionStyles();
  return (
    <>
      <Text className={s.subtle} weight="semibold">
        {props.heading}
      </Text>
      <ul className={s.list} aria-label={props.heading}>
        {props.children}
      </ul>
    </>
  );
}

/** "no indicator table header found…" → "No indicator table header found…" (a list entry starts with a capital). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
