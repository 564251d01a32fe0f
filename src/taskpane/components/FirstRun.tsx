/** What a workbook without any indicator sheet shows: what the add-in does, the template, help. */
import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentAdd16Regular, Open16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { UiTexts } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  link: { display: 'inline-flex', alignItems: 'center', columnGap: '2px' },
});

export interface FirstRunProps {
  readonly t: UiTexts;
  readonly disabled: boolean;
  /** The help page, opened in a new window. */
  readonly helpUrl: string;
  readonly onInsertTemplate: () => void;
}

export function FirstRun({ t, disabled, helpUrl, onInsertTemplate }: FirstRunProps) {
  const c = useStyles();
  const headingId = useId();
  return (
    <section className={c.root} aria-labelledby={headingId} data-first-run="">
      <h2 id={headingId} className={c.heading}>
        {t.firstRunTitle}
      </h2>
      <Text className={c.text}>{t.firstRunBody}</Text>
      <Text className={c.text}>{t.firstRunNoTable}</Text>
      <div className={c.actions}>
        <Button
          appearance="primary"
          icon={<DocumentAdd16Regular />}
          disabled={disabled}
          onClick={onInsertTemplate}
        >
          {t.insertTemplate}
        </Button>
        <Link href={helpUrl} target="_blank" rel="noopener noreferrer" className={c.link}>
          {t.help}
          <Open16Regular aria-hidden />
        </Link>
      </div>
    </section>
  );
}
