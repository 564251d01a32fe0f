/** The three downloads of "Make report": the report workbook, the Word report and the JSON. */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo } from 'react';
import { useSectionStyles } from '../taskpane/components/styles';
import { DOWNLOAD_TYPES, type PageOutputs } from './protocol';
import type { PageTexts } from './texts';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Kind = keyof typeof DOWNLOAD_TYPES;

/** The downloads' names: after the first workbook, as the command line names its report. */
export function downloadNames(firstFile: string | undefined): Record<Kind, string> {
  const base = (firstFile ?? 'target-report').replace(/\.xls[xm]$/i, '');
  return { xlsx: `${base}.report.xlsx`, docx: `${base}.report.docx`, json: `${base}.report.json` };
}

export interface DownloadsProps {
  readonly outputs: PageOutputs;
  readonly names: Record<Kind, string>;
  readonly p: PageTexts;
}

export function Downloads({ outputs, names, p }: DownloadsProps) {
  const s = useSectionStyles();
  const c = useStyles();
  const headingId = useId();
  // The Blobs come made from the worker: only their addresses are made here.
  const urls = useMemo(
    () => ({
      xlsx: URL.createObjectURL(outputs.xlsx),
      docx: URL.createObjectURL(outputs.docx),
      json: URL.createObjectURL(outputs.json),
    }),
    [outputs],
  );
  useEffect(() => () => Object.values(urls).forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const label: Record<Kind, string> = { xlsx: p.downloadXlsx, docx: p.downloadDocx, json: p.downloadJson };
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {p.downloadsHeading}
      </h2>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{p.downloadsDone}</MessageBarBody>
      </MessageBar>
      <div className={c.buttons}>
        {(Object.keys(DOWNLOAD_TYPES) as Kind[]).map((kind) => (
          <Button
            key={kind}
            as="a"
            href={urls[kind]}
            download={names[kind]}
            appearance={kind === 'xlsx' ? 'primary' : 'secondary'}
            icon={<ArrowDownload16Regular />}
            data-download={kind}
          >
            {label[kind]}
          </Button>
        ))}
      </div>
    </section>
  );
}
