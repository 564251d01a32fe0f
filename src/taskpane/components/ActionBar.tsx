/** The pane's buttons: Check and Write report, then flags and the template; progress below them. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Regular,
  DocumentAdd16Regular,
  DocumentTable16Regular,
  Flag16Regular,
  FlagOff16Regular,
} from '@fluentui/react-icons';
import type { UiTexts } from '../i18n';
import type { Busy } from '../state/paneState';
import { ProgressSteps } from './ProgressSteps';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  button: { minWidth: 0 },
  more: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface ActionBarProps {
  readonly t: UiTexts;
  readonly busy: Busy | null;
  /** Check, Write report and Flag need an indicator sheet. */
  readonly canCheck: boolean;
  readonly onCheck: () => void;
  readonly onWrite: () => void;
  /** The smaller actions; each is left out where it is not given (the offline page has none). */
  readonly onFlag?: () => void;
  readonly onClearFlags?: () => void;
  readonly onInsertTemplate?: () => void;
}

export function ActionBar({ t, busy, canCheck, ...on }: ActionBarProps) {
  const c = useStyles();
  const disabled = busy !== null;
  const mainDisabled = disabled || !canCheck;
  return (
    <div className={c.root}>
      <div className={c.main}>
        <Button
          className={c.button}
          appearance="secondary"
          icon={<CheckmarkCircle16Regular />}
          disabled={mainDisabled}
          onClick={on.onCheck}
        >
          {t.check}
        </Button>
        <Button
          className={c.button}
          appearance="primary"
          icon={<DocumentTable16Regular />}
          disabled={mainDisabled}
          onClick={on.onWrite}
        >
          {t.writeReport}
        </Button>
      </div>
      {(on.onFlag || on.onClearFlags || on.onInsertTemplate) && (
        <div className={c.more}>
          {on.onFlag && (
            <Button
              size="small"
              appearance="subtle"
              icon={<Flag16Regular />}
              disabled={mainDisabled}
              onClick={on.onFlag}
            >
              {t.flagShortfalls}
            </Button>
          )}
          {on.onClearFlags && (
            <Button
              size="small"
              appearance="subtle"
              icon={<FlagOff16Regular />}
              disabled={disabled}
              onClick={on.onClearFlags}
            >
              {t.clearFlags}
            </Button>
          )}
          {on.onInsertTemplate && (
            <Button
              size="small"
              appearance="subtle"
              icon={<DocumentAdd16Regular />}
              disabled={disabled}
              onClick={on.onInsertTemplate}
            >
              {t.insertTemplate}
            </Button>
          )}
        </div>
      )}
      {busy && busy.task !== 'select' && <ProgressSteps busy={busy} t={t} />}
    </div>
  );
}
