/** The messages at the top of the pane: an error, the outcome of the last action, ignored settings. */
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { IgnoredSetting } from '../../addin/port';
import type { CutSheet, UiTexts } from '../i18n';
import type { PaneError } from '../state/errors';
import type { Notice } from '../state/paneState';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
  },
  body: { whiteSpace: 'normal' },
});

export interface NoticesProps {
  readonly error: PaneError | null;
  readonly notice: Notice | null;
  readonly ignored: readonly IgnoredSetting[];
  /** Sheets read only in part. */
  readonly cut: readonly CutSheet[];
  readonly t: UiTexts;
  readonly disabled: boolean;
  readonly onInsertTemplate: () => void;
  readonly onDismissError: () => void;
  readonly onDismissIgnored: () => void;
  readonly onGoToReport: (sheet: string) => void;
}

export function Notices(props: NoticesProps) {
  const { error, notice, ignored, t } = props;
  const cls = useStyles();
  return (
    <div className={cls.root} aria-live="polite">
      {error && (
        <ErrorBar
          error={error}
          t={t}
          disabled={props.disabled}
          onInsertTemplate={props.onInsertTemplate}
          onDismiss={props.onDismissError}
        />
      )}
      {notice && (
        <MessageBar
          intent={notice.kind === 'info' ? 'info' : notice.kind === 'warning' ? 'warning' : 'success'}
          layout="multiline"
        >
          <MessageBarBody className={cls.body}>
            {notice.kind === 'report' ? (
              <>
                {t.reportDone(notice.sheet)}{' '}
                <Link as="button" onClick={() => props.onGoToReport(notice.sheet)}>
                  {t.goToReport}
                </Link>
              </>
            ) : (
              notice.text
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.cut.map((c) => (
        <MessageBar key={c.name} intent="warning" layout="multiline" data-sheet-cut={c.name}>
          <MessageBarBody className={cls.body}>{t.sheetCut(c)}</MessageBarBody>
        </MessageBar>
      ))}
      {ignored.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-settings-ignored="">
          <MessageBarBody className={cls.body}>{t.settingsIgnored(ignored)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t.dismiss}
                icon={<Dismiss16Regular />}
                onClick={props.onDismissIgnored}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
