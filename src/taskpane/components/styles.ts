/** Shared layout styles: compact, like Office's own panes. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    minHeight: '28px',
  },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    margin: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
  },
  item: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  itemName: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    flexShrink: 1,
    minWidth: 0,
  },
  skippedItem: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: '2px',
    minWidth: 0,
  },
  choose: { alignSelf: 'flex-start' },
  skippedName: {
    flexShrink: 0,
    maxWidth: '45%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground2,
  },
  subtle: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: {
    flexShrink: 0,
    alignSelf: 'center',
  },
});

/** The settings' and the columns step's fields: two per line, one per line when very narrow. */
export const useFormStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    // Very narrow (a 320 px pane at 125 % zoom leaves 256 px): one field per line.
    '@media (max-width: 279px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  wide: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    '@media (max-width: 279px)': { gridColumnEnd: 2 },
  },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  /** Inputs fill their column and may shrink: their intrinsic width must not push past the edge. */
  input: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  inputElement: { minWidth: 0, width: '100%' },
  error: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
