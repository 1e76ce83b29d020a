import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, Title2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { FILE_MODE_SV as SV } from './messages.sv';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
    overflowWrap: 'break-word',
    maxWidth: '40rem',
  },
  text: { margin: 0 },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // The native input stays in the page (keyboard users and tests reach it through its label) but out of sight.
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

export interface FileStartProps {
  /** A file chosen in the input or dropped on the page. */
  onFile: (file: File) => void;
  /** The Öppna button: the browser's picker where there is one (a handle to save back into), else the input. */
  onPick?: () => void;
  onExample: () => void;
  /** What is being done, e.g. "Öppnar budget.xlsx…". */
  busy?: string;
  error?: string;
  /** A file is being dragged over the page. */
  dragging: boolean;
}

/** File mode's start: open a workbook (button, input, drop) or create the example. */
export function FileStart({ onFile, onPick, onExample, busy, error, dragging }: FileStartProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.text}>
        {SV.title}
      </Title2>
      <Body1 as="p" className={styles.text}>
        {SV.intro}
      </Body1>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {busy ? <Spinner size="small" label={busy} /> : null}
      <section className={mergeClasses(styles.drop, dragging && styles.dropActive)} aria-labelledby={`${inputId}-heading`}>
        <Subtitle2 as="h2" id={`${inputId}-heading`} className={styles.text}>
          Din arbetsbok
        </Subtitle2>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => (onPick ? onPick() : input.current?.click())}>
          {SV.open}
        </Button>
        <label htmlFor={inputId} className={styles.input}>
          {SV.fileInputLabel}
        </label>
        <input
          ref={input}
          id={inputId}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy !== undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file again fires change again
            if (file) onFile(file);
          }}
        />
        <Caption1>{dragging ? SV.dropActive : SV.dropHere}</Caption1>
      </section>
      <section className={styles.section} aria-label="Exempel">
        <Button disabled={busy !== undefined} onClick={onExample}>
          {SV.example}
        </Button>
        <Caption1>{SV.exampleHint}</Caption1>
      </section>
      <Caption1 as="p" className={styles.text}>
        {SV.inExcel}
      </Caption1>
    </main>
  );
}
