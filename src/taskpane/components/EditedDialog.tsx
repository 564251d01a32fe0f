/**
 * Asked before "Write report" replaces a report sheet someone edited since it was written: replace it,
 * or keep the edited sheet under another name and write the report on a new one.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { EditedChoice } from '../usePaneActions';
import type { UiTexts } from '../i18n';
import { isValidSheetName } from '../state/names';

export interface EditedDialogProps {
  /** The edited report sheet; null = closed. */
  readonly sheet: string | null;
  readonly suggested: string;
  readonly taken: readonly string[];
  readonly t: UiTexts;
  readonly onAnswer: (choice: EditedChoice | null) => void;
}

export function EditedDialog({ sheet, suggested, taken, t, onAnswer }: EditedDialogProps) {
  const [name, setName] = useState(suggested);
  useEffect(() => setName(suggested), [suggested, sheet]);
  const trimmed = name.trim();
  const clash = taken.some((n) => n.toLowerCase() === trimmed.toLowerCase());
  const ok = isValidSheetName(trimmed) && !clash;
  return (
    <Dialog
      open={sheet !== null}
      onOpenChange={(_, d) => (!d.open ? onAnswer(null) : undefined)}
      modalType="alert"
    >
      <DialogSurface aria-label={t.editedTitle}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ok) onAnswer({ keepAs: trimmed });
          }}
        >
          <DialogBody>
            <DialogTitle>{t.editedTitle}</DialogTitle>
            <DialogContent>
              <p>{t.editedBody(sheet ?? '')}</p>
              <Field
                label={t.keepEditedAs}
                validationState={ok ? 'none' : 'error'}
                validationMessage={ok ? undefined : t.errors['name-taken'].body(clash ? trimmed : undefined)}
              >
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {t.keepAndWrite}
              </Button>
              <Button appearance="secondary" onClick={() => onAnswer({ replace: true })}>
                {t.replaceEdited}
              </Button>
              <Button appearance="subtle" onClick={() => onAnswer(null)}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
