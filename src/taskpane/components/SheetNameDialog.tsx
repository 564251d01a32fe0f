/**
 * The questions "Write report" may ask, both about a sheet name:
 * - the report's usual name belongs to a sheet the add-in did not make: which name to use instead;
 * - the report sheet was edited since it was written: keep it under which name (or replace it).
 * The name offered must be one Excel accepts and not taken; the dialog says why otherwise.
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
import type { UiTexts } from '../i18n';
import type { Ask } from '../state/paneState';
import { isValidSheetName } from '../state/names';
import type { EditedChoice } from '../usePaneActions';

export interface SheetNameDialogProps {
  /** The question; null = closed. */
  readonly ask: Ask | null;
  readonly t: UiTexts;
  readonly onName: (name: string | null) => void;
  readonly onEdited: (choice: EditedChoice | null) => void;
}

function wording(ask: Ask, t: UiTexts) {
  return ask.kind === 'name'
    ? {
        title: t.nameTakenTitle,
        body: t.nameTakenBody(ask.takenName),
        field: t.newSheetName,
        confirm: t.useThisName,
      }
    : { title: t.editedTitle, body: t.editedBody(ask.sheet), field: t.keepEditedAs, confirm: t.keepAndWrite };
}

export function SheetNameDialog({ ask, t, onName, onEdited }: SheetNameDialogProps) {
  const suggested = ask?.suggested ?? '';
  const [name, setName] = useState(suggested);
  useEffect(() => setName(suggested), [suggested, ask]);
  const trimmed = name.trim();
  const clash = (ask?.taken ?? []).some((n) => n.toLowerCase() === trimmed.toLowerCase());
  const ok = isValidSheetName(trimmed) && !clash;
  const cancel = () => (ask?.kind === 'edited' ? onEdited(null) : onName(null));
  const words = ask ? wording(ask, t) : null;
  return (
    <Dialog open={ask !== null} onOpenChange={(_, d) => (!d.open ? cancel() : undefined)} modalType="alert">
      <DialogSurface aria-label={words?.title}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!ok) return;
            if (ask?.kind === 'edited') onEdited({ keepAs: trimmed });
            else onName(trimmed);
          }}
        >
          <DialogBody>
            <DialogTitle>{words?.title}</DialogTitle>
            <DialogContent>
              <p>{words?.body}</p>
              <Field
                label={words?.field}
                validationState={ok ? 'none' : 'error'}
                validationMessage={ok ? undefined : t.errors['name-taken'].body(clash ? trimmed : undefined)}
              >
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions fluid={ask?.kind === 'edited'}>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {words?.confirm}
              </Button>
              {ask?.kind === 'edited' && (
                <Button appearance="secondary" onClick={() => onEdited({ replace: true })}>
                  {t.replaceEdited}
                </Button>
              )}
              <Button appearance={ask?.kind === 'edited' ? 'subtle' : 'secondary'} onClick={cancel}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
