import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { WriteReportResult } from '../../addin/port';
import type { UiTexts } from '../i18n';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CopyTablesProps {
  readonly written: WriteReportResult;
  readonly t: UiTexts;
  readonly disabled: boolean;
  /** Ctrl+C, or ⌘C on a Mac. */
  readonly copyKey: string;
  readonly onSelect: (range: string) => void;
}

/**
 * Selecting is the portable way to copy: the Clipboard API is blocked in Excel on the web, so the pane
 * selects the table and the user presses Ctrl+C.
 */
export function CopyTables({ written, t, disabled, copyKey, onSelect }: CopyTablesProps) {
  const s = useSectionStyles();
  const c = useStyles();
  const headingId = useId();
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t.copyHeading}
      </h2>
      <div className={c.buttons}>
        <Button
          size="small"
          icon={<Copy16Regular />}
          disabled={disabled || !written.indicatorTableRange}
          onClick={() => onSelect(written.indicatorTableRange)}
        >
          {t.copyIndicatorTable}
        </Button>
        <Button
          size="small"
          icon={<Copy16Regular />}
          disabled={disabled || !written.attentionTableRange}
          onClick={() => onSelect(written.attentionTableRange)}
        >
          {t.copyAttentionTable}
        </Button>
      </div>
      <Text className={s.subtle}>{t.copyHint(copyKey)}</Text>
    </section>
  );
}
