import {
  Dropdown,
  Field,
  Input,
  Option,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ReportSettings } from '../../addin/port';
import type { Lang } from '../../engine';
import type { UiTexts } from '../i18n';
import { parsePercentInput, percentText, SETTING_LIMITS, thresholdsValid } from '../state/settings';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
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

export interface PeriodChoice {
  readonly code: string;
  readonly label: string;
}

export interface SettingsFormProps {
  readonly settings: ReportSettings;
  readonly periods: readonly PeriodChoice[];
  readonly t: UiTexts;
  readonly disabled: boolean;
  readonly onChange: (next: ReportSettings) => void;
}

const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/**
 * The text fields keep drafts seeded from `settings` when mounted; the pane remounts the form (new key)
 * when settings come from the workbook. Dropdowns save on choice; text fields save when they lose focus or on Enter, so the workbook is not
 * written at every keystroke.
 */
export function SettingsForm({ settings, periods, t, disabled, onChange }: SettingsFormProps) {
  const s = useSectionStyles();
  const c = useStyles();
  const headingId = useId();
  const [title, setTitle] = useState(settings.title);
  const [unitName, setUnitName] = useState(settings.unitName);
  const [onTrack, setOnTrack] = useState(percentText(settings.thresholds.onTrack));
  const [behind, setBehind] = useState(percentText(settings.thresholds.behind));

  const draftThresholds = {
    onTrack: parsePercentInput(onTrack) ?? NaN,
    behind: parsePercentInput(behind) ?? NaN,
  };
  const thresholdsOk = thresholdsValid(draftThresholds);

  const commitText = () => {
    if (title !== settings.title || unitName !== settings.unitName)
      onChange({ ...settings, title, unitName });
  };
  const commitThresholds = () => {
    if (!thresholdsOk) return;
    const t0 = settings.thresholds;
    if (draftThresholds.onTrack !== t0.onTrack || draftThresholds.behind !== t0.behind) {
      onChange({ ...settings, thresholds: draftThresholds });
    }
  };
  const onEnter = (commit: () => void) => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') commit();
  };
  const periodLabel = periods.find((p) => p.code === settings.period)?.label ?? settings.period;

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t.settingsHeading}
      </h2>
      <div className={c.grid}>
        <Field label={t.period} size="small" className={c.field}>
          <Dropdown
            className={c.dropdown}
            size="small"
            value={periodLabel}
            selectedOptions={[settings.period]}
            disabled={disabled}
            onOptionSelect={(_, d) => {
              if (d.optionValue && d.optionValue !== settings.period)
                onChange({ ...settings, period: d.optionValue });
            }}
          >
            {periods.map((p) => (
              <Option key={p.code} value={p.code} text={p.label}>
                {p.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.reportLanguage} size="small" className={c.field}>
          <Dropdown
            className={c.dropdown}
            size="small"
            value={t.langNames[settings.lang]}
            selectedOptions={[settings.lang]}
            disabled={disabled}
            onOptionSelect={(_, d) => {
              const lang = d.optionValue as Lang | undefined;
              if (lang && lang !== settings.lang) onChange({ ...settings, lang });
            }}
          >
            {LANGS.map((l) => (
              <Option key={l} value={l} text={t.langNames[l]}>
                {t.langNames[l]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.reportTitle} size="small" className={mergeClasses(c.field, c.wide)}>
          <Input
            size="small"
            className={c.input}
            input={{ className: c.inputElement }}
            maxLength={SETTING_LIMITS.titleLength}
            value={title}
            placeholder={t.reportTitlePlaceholder}
            disabled={disabled}
            onChange={(_, d) => setTitle(d.value)}
            onBlur={commitText}
            onKeyDown={onEnter(commitText)}
          />
        </Field>
        <Field label={t.unitName} size="small" className={mergeClasses(c.field, c.wide)}>
          <Input
            size="small"
            className={c.input}
            input={{ className: c.inputElement }}
            maxLength={SETTING_LIMITS.unitNameLength}
            value={unitName}
            placeholder={t.unitNamePlaceholder}
            disabled={disabled}
            onChange={(_, d) => setUnitName(d.value)}
            onBlur={commitText}
            onKeyDown={onEnter(commitText)}
          />
        </Field>
        <Field label={t.onTrackThreshold} size="small" className={c.field}>
          <Input
            size="small"
            className={c.input}
            input={{ className: c.inputElement }}
            inputMode="decimal"
            value={onTrack}
            disabled={disabled}
            onChange={(_, d) => setOnTrack(d.value)}
            onBlur={commitThresholds}
            onKeyDown={onEnter(commitThresholds)}
          />
        </Field>
        <Field label={t.behindThreshold} size="small" className={c.field}>
          <Input
            size="small"
            className={c.input}
            input={{ className: c.inputElement }}
            inputMode="decimal"
            value={behind}
            disabled={disabled}
            onChange={(_, d) => setBehind(d.value)}
            onBlur={commitThresholds}
            onKeyDown={onEnter(commitThresholds)}
          />
        </Field>
        <Text
          className={mergeClasses(c.wide, thresholdsOk ? s.subtle : c.error)}
          role={thresholdsOk ? undefined : 'alert'}
        >
          {thresholdsOk ? t.thresholdHint : t.thresholdInvalid}
        </Text>
      </div>
    </section>
  );
}
