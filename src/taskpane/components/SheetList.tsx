import { Button, Text, Tooltip, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular, DocumentTable16Regular, Table16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { describeSkipReason, type Lang, type SheetReading } from '../../engine';
import type { UiTexts } from '../i18n';
import type { OwnSheet } from '../state/paneState';
import { useSectionStyles } from './styles';

export interface SheetListProps {
  readonly readings: readonly SheetReading[] | null;
  /** The add-in's own sheets (report, check-in history): listed as such, not as "not read". */
  readonly ownSheets: readonly OwnSheet[];
  readonly lang: Lang;
  readonly t: UiTexts;
  readonly disabled: boolean;
  readonly onRefresh: () => void;
}

export function SheetList({ readings, ownSheets, lang, t, disabled, onRefresh }: SheetListProps) {
  const s = useSectionStyles();
  const headingId = useId();
  const own = new Set(ownSheets.map((o) => o.name));
  const tables = (readings ?? []).flatMap((r) => (r.kind === 'table' ? [r.table] : []));
  const skipped = (readings ?? []).flatMap((r) => (r.kind === 'skipped' && !own.has(r.sheet) ? [r] : []));
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
      {readings === null ? (
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
                  <span className={s.subtle}>{t.indicatorCount(table.indicators.length)}</span>
                </li>
              ))}
            </ul>
          )}
          {ownSheets.length > 0 && (
            <>
              <Text className={s.subtle} weight="semibold">
                {t.ownSheetsHeading}
              </Text>
              <ul className={s.list} aria-label={t.ownSheetsHeading}>
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
              </ul>
            </>
          )}
          {skipped.length > 0 && (
            <>
              <Text className={mergeClasses(s.subtle)} weight="semibold">
                {t.skippedHeading}
              </Text>
              <ul className={s.list} aria-label={t.skippedHeading}>
                {skipped.map((r) => (
                  <li key={r.sheet} className={mergeClasses(s.item, s.subtle)}>
                    <span className={s.skippedName} title={r.sheet}>
                      {r.sheet}
                    </span>
                    <span>{sentenceCase(describeSkipReason(r.reason, lang))}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** "no indicator table header found…" → "No indicator table header found…" (a list entry starts with a capital). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
