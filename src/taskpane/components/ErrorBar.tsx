import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { UiTexts } from '../i18n';
import { errorText, type PaneError } from '../state/errors';

const useStyles = makeStyles({
  details: {
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
    padding: tokens.spacingHorizontalXS,
    maxHeight: '120px',
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  body: { whiteSpace: 'normal' },
});

export interface ErrorBarProps {
  readonly error: PaneError;
  readonly t: UiTexts;
  /** Offered for the "no indicator sheet" state. */
  readonly onInsertTemplate?: () => void;
  readonly onDismiss?: () => void;
  readonly disabled?: boolean;
}

/** An error in plain words; the raw text only ever appears under "Details", next to that message. */
export function ErrorBar({ error, t, onInsertTemplate, onDismiss, disabled }: ErrorBarProps) {
  const c = useStyles();
  const [open, setOpen] = useState(false);
  const text = errorText(error, t);
  const showDetails = error.code === 'unknown' || error.code === 'too-large';
  return (
    <MessageBar intent="error" layout="multiline" data-error-code={error.code}>
      <MessageBarBody className={c.body}>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
        {showDetails && (
          <>
            {' '}
            <Link as="button" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
              {open ? t.hideDetails : t.details}
            </Link>
            {open && <pre className={c.details}>{error.detail}</pre>}
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          onDismiss ? (
            <Button
              appearance="transparent"
              size="small"
              aria-label={t.dismiss}
              icon={<Dismiss16Regular />}
              onClick={onDismiss}
            />
          ) : undefined
        }
      >
        {error.code === 'no-indicator-sheet' && onInsertTemplate ? (
          <Button size="small" onClick={onInsertTemplate} disabled={disabled}>
            {t.insertTemplate}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
