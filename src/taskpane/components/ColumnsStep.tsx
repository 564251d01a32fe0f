import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { type ColumnMapping, USER_ROLES } from '../../engine';
import type { UiTexts } from '../i18n';
import {
  type ColumnChoices,
  columnOptions,
  initialChoices,
  mappingOf,
  type NeedsColumns,
  repeatedColumns,
} from '../state/columns';
import { useFormStyles, useSectionStyles } from './styles';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: '4px' },
});

export interface ColumnsStepProps {
  readonly sheet: string;
  readonly reason: NeedsColumns;
  /** The mapping saved for this sheet, when there is one. */
  readonly saved?: ColumnMapping;
  readonly t: UiTexts;
  readonly disabled: boolean;
  readonly onApply: (mapping: ColumnMapping) => void;
  readonly onCancel: () => void;
}

/**
 * The columns step of a sheet the reader could not read with confidence: one drop-down per role, listing
 * the sheet's columns ("C · 年度目标"), pre-filled with the saved mapping or the reader's guesses. Apply
 * saves the mapping for the sheet and checks again.
 */
export function ColumnsStep({ sheet, reason, saved, t, disabled, onApply, onCancel }: ColumnsStepProps) {
  const c = useStyles();
  const f = useFormStyles();
  const s = useSectionStyles();
  const headingId = useId();
  const [choices, setChoices] = useState<ColumnChoices>(() => initialChoices(reason, saved));
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const options = columnOptions(reason);
  const labelOf = (column: string) => options.find((o) => o.column === column)?.label ?? t.noColumn;
  const repeated = repeatedColumns(choices);
  return (
    <div className={c.panel} role="group" aria-labelledby={headingId} data-columns-step={sheet}>
      <h3 id={headingId} className={c.heading}>
        {t.columnsFor(sheet)}
      </h3>
      <Text className={s.subtle}>{t.columnsHint}</Text>
      <div className={f.grid}>
        {USER_ROLES.map((role, i) => (
          <Field key={role} label={t.roles[role]} size="small" className={f.field}>
            <Dropdown
              ref={i === 0 ? first : undefined}
              className={f.dropdown}
              size="small"
              value={labelOf(choices[role])}
              selectedOptions={[choices[role]]}
              disabled={disabled}
              onOptionSelect={(_, d) => setChoices({ ...choices, [role]: d.optionValue ?? '' })}
            >
              <Option value="" text={t.noColumn}>
                {t.noColumn}
              </Option>
              {options.map((o) => (
                <Option key={o.column} value={o.column} text={o.label}>
                  {o.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
      </div>
      {repeated.length > 0 && (
        <Text className={f.error} role="alert">
          {t.columnsRepeated(repeated)}
        </Text>
      )}
      <div className={c.buttons}>
        <Button
          appearance="primary"
          size="small"
          disabled={disabled || repeated.length > 0}
          onClick={() => onApply(mappingOf(choices))}
        >
          {t.applyColumns}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}
