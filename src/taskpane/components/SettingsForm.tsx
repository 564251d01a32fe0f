import { Dropdown, Field, Input, Option, Text, mergeClasses } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ReportSettings } from '../../addin/port';
import type { Lang } from '../../engine';
import type { UiTexts } from '../i18n';
import {
  parsePercentInput,
  percentText,
  SETTING_LIMITS,
  thresholdsValid,
  YEAR_START_AUTO,
} from '../state/settings';
import { useFormStyles, useSectionStyles } from './styles';

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

type Classes = ReturnType<typeof useFormStyles>;

/** A drop-down in its labelled field; saves on choice. */
function ChoiceField(props: {
  readonly label: string;
  readonly value: string;
  readonly selected: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly disabled: boolean;
  readonly classes: Classes;
  readonly onSelect: (value: string) => void;
}) {
  const c = props.classes;
  return (
    <Field label={props.label} size="small" className={c.field}>
      <Dropdown
        className={c.dropdown}
        size="small"
        value={props.value}
        selectedOptions={[props.selected]}
        disabled={props.disabled}
        onOptionSelect={(_, d) => {
          if (d.optionValue && d.optionValue !== props.selected) props.onSelect(d.optionValue);
        }}
      >
        {props.options.map((o) => (
          <Option key={o.value} value={o.value} text={o.label}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** A text field that keeps a draft and saves it when it loses focus or on Enter. */
function DraftField(props: {
  readonly label: string;
  readonly value: string;
  readonly onDraft: (value: string) => void;
  readonly onCommit: () => void;
  readonly disabled: boolean;
  readonly classes: Classes;
  readonly wide?: boolean;
  readonly placeholder?: string;
  readonly maxLength?: number;
  readonly numeric?: boolean;
}) {
  const c = props.classes;
  return (
    <Field label={props.label} size="small" className={mergeClasses(c.field, props.wide && c.wide)}>
      <Input
        size="small"
        className={c.input}
        input={{ className: c.inputElement }}
        {...(props.numeric ? { inputMode: 'decimal' as const } : {})}
        {...(props.maxLength ? { maxLength: props.maxLength } : {})}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        onChange={(_, d) => props.onDraft(d.value)}
        onBlur={props.onCommit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onCommit();
        }}
      />
    </Field>
  );
}

/** The text fields' drafts, and saving them: text as typed, thresholds only when valid. */
function useDrafts(settings: ReportSettings, onChange: (next: ReportSettings) => void) {
  const [title, setTitle] = useState(settings.title);
  const [unitName, setUnitName] = useState(settings.unitName);
  const [onTrack, setOnTrack] = useState(percentText(settings.thresholds.onTrack));
  const [behind, setBehind] = useState(percentText(settings.thresholds.behind));
  const thresholds = { onTrack: parsePercentInput(onTrack) ?? NaN, behind: parsePercentInput(behind) ?? NaN };
  const thresholdsOk = thresholdsValid(thresholds);
  const commitText = () => {
    if (title !== settings.title || unitName !== settings.unitName)
      onChange({ ...settings, title, unitName });
  };
  const commitThresholds = () => {
    const t0 = settings.thresholds;
    if (thresholdsOk && (thresholds.onTrack !== t0.onTrack || thresholds.behind !== t0.behind)) {
      onChange({ ...settings, thresholds });
    }
  };
  return {
    title,
    setTitle,
    unitName,
    setUnitName,
    onTrack,
    setOnTrack,
    behind,
    setBehind,
    thresholdsOk,
    commitText,
    commitThresholds,
  };
}

/**
 * The text fields keep drafts seeded from `settings` when mounted; the pane remounts the form (new key)
 * when settings come from the workbook. Drop-downs save on choice; text fields save when they lose
 * focus or on Enter, so the workbook is not written at every keystroke.
 */
export function SettingsForm({ settings, periods, t, disabled, onChange }: SettingsFormProps) {
  const s = useSectionStyles();
  const c = useFormStyles();
  const headingId = useId();
  const d = useDrafts(settings, onChange);
  const periodLabel = periods.find((p) => p.code === settings.period)?.label ?? settings.period;
  const common = { disabled, classes: c };
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t.settingsHeading}
      </h2>
      <div className={c.grid}>
        <ChoiceField
          {...common}
          label={t.period}
          value={periodLabel}
          selected={settings.period}
          options={periods.map((p) => ({ value: p.code, label: p.label }))}
          onSelect={(period) => onChange({ ...settings, period })}
        />
        <ChoiceField
          {...common}
          label={t.reportLanguage}
          value={t.langNames[settings.lang]}
          selected={settings.lang}
          options={LANGS.map((l) => ({ value: l, label: t.langNames[l] }))}
          onSelect={(lang) => onChange({ ...settings, lang: lang as Lang })}
        />
        {[
          {
            label: t.reportTitle,
            value: d.title,
            onDraft: d.setTitle,
            onCommit: d.commitText,
            wide: true,
            placeholder: t.reportTitlePlaceholder,
            maxLength: SETTING_LIMITS.titleLength,
          },
          {
            label: t.unitName,
            value: d.unitName,
            onDraft: d.setUnitName,
            onCommit: d.commitText,
            wide: true,
            placeholder: t.unitNamePlaceholder,
            maxLength: SETTING_LIMITS.unitNameLength,
          },
          {
            label: t.onTrackThreshold,
            value: d.onTrack,
            onDraft: d.setOnTrack,
            onCommit: d.commitThresholds,
            numeric: true,
          },
          {
            label: t.behindThreshold,
            value: d.behind,
            onDraft: d.setBehind,
            onCommit: d.commitThresholds,
            numeric: true,
          },
        ].map((f) => (
          <DraftField {...common} {...f} key={f.label} />
        ))}
        <Text
          className={mergeClasses(c.wide, d.thresholdsOk ? s.subtle : c.error)}
          role={d.thresholdsOk ? undefined : 'alert'}
        >
          {d.thresholdsOk ? t.thresholdHint : t.thresholdInvalid}
        </Text>
        <ChoiceField
          {...common}
          label={t.yearStart}
          value={
            settings.yearStart === YEAR_START_AUTO
              ? t.yearStartAuto
              : (t.monthNames[settings.yearStart - 1] ?? t.monthNames[0])
          }
          selected={String(settings.yearStart)}
          options={[
            { value: YEAR_START_AUTO, label: t.yearStartAuto },
            ...t.monthNames.map((m, i) => ({ value: String(i + 1), label: m })),
          ]}
          onSelect={(month) =>
            onChange({ ...settings, yearStart: month === YEAR_START_AUTO ? YEAR_START_AUTO : Number(month) })
          }
        />
      </div>
    </section>
  );
}
