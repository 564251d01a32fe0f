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
import type { UiTexts } from '../i18n';
import { isValidSheetName } from '../state/names';

export interface NameDialogProps {
  /** The name already in use; null = closed. */
  readonly takenName: string | null;
  readonly suggested: string;
  readonly taken: readonly string[];
  readonly t: UiTexts;
  readonly onConfirm: (name: string) => void;
  readonly onCancel: () => void;
}

/** Asks for another report sheet name when the usual one belongs to a sheet the add-in did not make. */
export function NameDialog({ takenName, suggested, taken, t, onConfirm, onCancel }: NameDialogProps) {
  const [name, setName] = useState(suggested);
  useEffect(() => setName(suggested), [suggested, takenName]);
  const trimmed = name.trim();
  const clash = taken.some((n) => n.toLowerCase() === trimmed.toLowerCase());
  const ok = isValidSheetName(trimmed) && !clash;
  return (
    <Dialog
      open={takenName !== null}
      onOpenChange={(_, d) => (!d.open ? onCancel() : undefined)}
      modalType="alert"
    >
      <DialogSurface aria-label={t.nameTakenTitle}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ok) onConfirm(trimmed);
          }}
        >
          <DialogBody>
            <DialogTitle>{t.nameTakenTitle}</DialogTitle>
            <DialogContent>
              <p>{t.nameTakenBody(takenName ?? '')}</p>
              <Field
                label={t.newSheetName}
                validationState={ok ? 'none' : 'error'}
                validationMessage={ok ? undefined : t.errors['name-taken'].body(clash ? trimmed : undefined)}
              >
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {t.useThisName}
              </Button>
              <Button appearance="secondary" onClick={onCancel}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
