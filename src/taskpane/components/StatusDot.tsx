/**
 * A status's colour as a small dot. Theme tokens, not fixed colours, so every dot (the grey "no data"
 * one included) stands out on the light and the dark background alike; the status's name always sits
 * next to it, so colour is never the only cue.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Status } from '../../engine';

const useStyles = makeStyles({
  dot: {
    display: 'inline-block',
    flexShrink: 0,
    width: '8px',
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
  },
  achieved: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  on_track: { backgroundColor: tokens.colorBrandForeground1 },
  behind: { backgroundColor: tokens.colorPaletteMarigoldForeground1 },
  at_risk: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
  missed: { backgroundColor: tokens.colorPaletteRedForeground1 },
  not_rated: { backgroundColor: tokens.colorNeutralStroke1 },
  no_data: { backgroundColor: tokens.colorNeutralForeground3 },
  invalid: { backgroundColor: tokens.colorPaletteBerryForeground1 },
  none: {
    backgroundColor: 'transparent',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxSizing: 'border-box',
  },
});

export function StatusDot({ status, empty = false }: { status: Status; empty?: boolean }) {
  const c = useStyles();
  return <span aria-hidden className={mergeClasses(c.dot, empty ? c.none : c[status])} data-dot={status} />;
}
