/**
 * Picking the workbooks: files (several units' files), a folder where the browser allows it, or a drop;
 * and, apart, the previous report workbook whose history sheet says what changed.
 */
import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular, DocumentArrowUp16Regular, FolderOpen16Regular } from '@fluentui/react-icons';
import { type DragEvent, useId, useRef, useState } from 'react';
import { InputError, formatInputError, unreadSpreadsheetKind } from '../file/errors';
import { useSectionStyles } from '../taskpane/components/styles';
import type { UiLang } from '../taskpane/i18n';
import type { PickedFiles } from './filePort';
import type { FileProblem } from './protocol';
import type { PageTexts } from './texts';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  name: { overflowWrap: 'anywhere' },
});

/** The workbooks the page reads: .xlsx, and .xlsm (the same format, with macros, which are not run). */
const isWorkbook = (f: File) => /\.xls[xm]$/i.test(f.name);
const WORKBOOK_TYPES =
  '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12';

/** Why a picked file is left out: the file layer's words for a spreadsheet it does not read, else the page's. */
function leftOutLine(name: string, p: PageTexts, lang: UiLang): string {
  const code = unreadSpreadsheetKind(name);
  return code ? formatInputError(new InputError(name, code), lang) : p.notXlsx(name);
}

export interface FilePickerProps {
  readonly picked: PickedFiles;
  readonly problems: readonly FileProblem[];
  readonly p: PageTexts;
  readonly lang: UiLang;
  readonly disabled: boolean;
  readonly onPick: (next: PickedFiles) => void;
}

export function FilePicker({ picked, problems, p, lang, disabled, onPick }: FilePickerProps) {
  const s = useSectionStyles();
  const c = useStyles();
  const filesId = useId();
  const previousId = useId();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const previousInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<readonly string[]>([]);
  const take = (list: FileList | null) => {
    const all = [...(list ?? [])];
    setRefused(all.filter((f) => !isWorkbook(f)).map((f) => f.name));
    const files = all.filter(isWorkbook);
    if (files.length > 0) onPick({ ...picked, files });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };
  const messages = [...refused.map((name) => leftOutLine(name, p, lang)), ...problems.map((x) => x.message)];
  return (
    <>
      <section className={s.section} aria-labelledby={filesId}>
        <h2 id={filesId} className={s.heading}>
          {p.filesHeading}
        </h2>
        <div
          className={mergeClasses(c.drop, over && c.over)}
          data-drop=""
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <div className={c.buttons}>
            <Button
              appearance="primary"
              icon={<DocumentArrowUp16Regular />}
              disabled={disabled}
              onClick={() => filesInput.current?.click()}
            >
              {p.pickFiles}
            </Button>
            <Button
              icon={<FolderOpen16Regular />}
              disabled={disabled}
              onClick={() => folderInput.current?.click()}
            >
              {p.pickFolder}
            </Button>
            {picked.files.length > 0 && (
              <Button
                appearance="subtle"
                icon={<Dismiss16Regular />}
                disabled={disabled}
                onClick={() => onPick({ files: [], previous: picked.previous })}
              >
                {p.clearFiles}
              </Button>
            )}
          </div>
          <Text className={s.subtle}>{p.dropHint}</Text>
          {picked.files.length === 0 ? (
            <Text className={s.subtle}>{p.noFiles}</Text>
          ) : (
            <ul className={c.files} aria-label={p.filesHeading} data-files="">
              {picked.files.map((f, i) => (
                <li key={`${f.name}|${i}`} className={c.name}>
                  {f.name} <Text className={s.subtle}>({p.fileSize(f.size)})</Text>
                </li>
              ))}
            </ul>
          )}
        </div>
        {messages.map((m, i) => (
          <MessageBar key={`${m}|${i}`} intent="warning" layout="multiline" data-file-problem="">
            <MessageBarBody>{m}</MessageBarBody>
          </MessageBar>
        ))}
        <input
          ref={filesInput}
          type="file"
          accept={WORKBOOK_TYPES}
          multiple
          hidden
          data-input="files"
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <input
          ref={folderInput}
          type="file"
          hidden
          data-input="folder"
          {...{ webkitdirectory: '' }}
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </section>
      <section className={s.section} aria-labelledby={previousId}>
        <h2 id={previousId} className={s.heading}>
          {p.previousHeading}
        </h2>
        <Text className={s.subtle}>{p.previousHint}</Text>
        <div className={c.buttons}>
          <Button disabled={disabled} onClick={() => previousInput.current?.click()}>
            {p.pickPrevious}
          </Button>
          {picked.previous && (
            <>
              <Text className={c.name} data-previous="">
                {picked.previous.name}
              </Text>
              <Button
                appearance="subtle"
                icon={<Dismiss16Regular />}
                disabled={disabled}
                onClick={() => onPick({ ...picked, previous: null })}
              >
                {p.removePrevious}
              </Button>
            </>
          )}
        </div>
        <input
          ref={previousInput}
          type="file"
          accept={WORKBOOK_TYPES}
          hidden
          data-input="previous"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onPick({ ...picked, previous: file });
            e.currentTarget.value = '';
          }}
        />
      </section>
    </>
  );
}
