/**
 * Long work in named steps (reading, checking, writing): which step is under way, and how far it is
 * when the workbook adapter says so. Announced politely to screen readers.
 */
import { makeStyles, mergeClasses, ProgressBar, tokens } from '@fluentui/react-components';
import { Checkmark12Regular } from '@fluentui/react-icons';
import type { UiTexts } from '../i18n';
import type { Busy } from '../state/paneState';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
  },
  steps: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  step: { display: 'inline-flex', alignItems: 'center', columnGap: '2px' },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground2 },
});

export interface ProgressStepsProps {
  readonly busy: Busy;
  readonly t: UiTexts;
}

export function ProgressSteps({ busy, t }: ProgressStepsProps) {
  const c = useStyles();
  const label =
    busy.steps.length > 0
      ? t.stepOf(busy.step + 1, busy.steps.length, t.steps[busy.steps[busy.step]])
      : t.working[busy.task];
  return (
    <div className={c.root} role="status" aria-live="polite" data-busy={busy.task}>
      <ProgressBar
        thickness="medium"
        aria-label={label}
        {...(busy.progress !== null ? { value: Math.min(1, Math.max(0, busy.progress)) } : {})}
      />
      {busy.steps.length > 1 ? (
        <ol className={c.steps} aria-label={label}>
          {busy.steps.map((s, i) => (
            <li
              key={s}
              className={mergeClasses(c.step, i === busy.step && c.current, i < busy.step && c.done)}
              aria-current={i === busy.step ? 'step' : undefined}
            >
              {i < busy.step && <Checkmark12Regular aria-label={t.stepDone} />}
              {`${i + 1}. ${t.steps[s]}`}
            </li>
          ))}
        </ol>
      ) : (
        <span className={c.steps}>{label}</span>
      )}
    </div>
  );
}
