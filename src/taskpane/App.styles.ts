/** The pane's page layout, apart from its parts. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneStyles = makeStyles({
  /**
   * The page: on an inner element, never on FluentProvider — Fluent copies the provider's class onto
   * every popup container (applyStylesToPortals), and a full-height background there would cover the
   * pane whenever a drop-down or tooltip opens.
   */
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    maxWidth: '100%',
    overflowX: 'hidden',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  messages: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
  },
  body: { whiteSpace: 'normal' },
});
