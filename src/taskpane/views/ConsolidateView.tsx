import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { consolidateRegisters, sourceFromSnapshot, type SkippedFile, type SourceRegister } from '../../usecases/consolidate';
import { PackageLimitError } from '../../workbook/xlsx/read/packageLimits';
import { checkPackageSize } from '../../workbook/xlsx/size/packageSize';
import { packageLimitError } from '../file/fileModeErrors';
import { useAction } from '../useAction';
import type { OpenReport } from '../openReport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export interface ConsolidateViewProps {
  today: number;
  /** Opens the consolidated workbook: a new workbook in Excel, else a download (see openReport). */
  openReport: OpenReport;
}

/** One picked file's contents: what the browser's File gives (and tests can give). */
export interface PickedFile {
  name: string;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

interface Outcome {
  files: number;
  recommendations: number;
  conflicts: number;
  skipped: SkippedFile[];
}

// The xlsx adapter (ExcelJS, about 1 MB) is loaded when Samla runs, not with the pane.
const loadXlsx = () => import('../../workbook/xlsx/consolidation');

async function readPicked(file: PickedFile): Promise<SourceRegister | SkippedFile> {
  const { snapshotFromBytes } = await loadXlsx();
  try {
    const bytes = await file.arrayBuffer();
    // Past the CLI's limits a file is skipped with its sentence, before ExcelJS builds it in the pane.
    await checkPackageSize(new Uint8Array(bytes));
    return sourceFromSnapshot(file.name, await snapshotFromBytes(bytes));
  } catch (error) {
    if (error instanceof PackageLimitError) return { file: file.name, reason: packageLimitError(file.name, error).message };
    return { file: file.name, reason: `Kunde inte läsa ${file.name} som en Excel-arbetsbok (.xlsx); filen kan vara skadad eller i ett annat format.` };
  }
}

/**
 * Samla: pick every nämnd's workbook, read them here in the pane with the code `uppsikt samla` uses, and open
 * the kommun-wide workbook as a new workbook in Excel. Files that cannot be read are listed with the reason.
 */
export function ConsolidateView({ today, openReport }: ConsolidateViewProps) {
  const styles = useStyles();
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const { busy, error, setError, run } = useAction();

  const consolidate = () =>
    run(async () => {
      setOutcome(undefined);
      const sources: SourceRegister[] = [];
      const skipped: SkippedFile[] = [];
      for (const [i, file] of picked.entries()) {
        setProgress(`Läser ${i + 1} av ${picked.length}: ${file.name}`);
        const read = await readPicked(file);
        if ('register' in read) sources.push(read);
        else skipped.push(read);
      }
      setProgress(undefined);
      if (sources.length === 0) {
        setOutcome({ files: 0, recommendations: 0, conflicts: 0, skipped });
        setError('Ingen av filerna kunde läsas; ingen arbetsbok har skapats.');
        return;
      }
      setProgress('Samlar och skapar arbetsboken…');
      const c = consolidateRegisters(sources, { today });
      const bytes = await (await loadXlsx()).consolidatedWorkbookBytes(c, skipped, today);
      setProgress('Öppnar den samlade arbetsboken i Excel…');
      await openReport(bytes, 'Samlad uppsikt.xlsx');
      setProgress(undefined);
      setOutcome({ files: sources.length, recommendations: c.recommendations, conflicts: c.conflicts.length, skipped });
    }).finally(() => setProgress(undefined));

  return (
    <div className={styles.root}>
      <Body1>
        Välj varje nämnds arbetsbok. De läses här, ändras inte, och samlas i en ny arbetsbok för kommunstyrelsens uppsikt: fliken Samlad uppsikt jämför nämnderna, visar vilka som
        saknas och listar konflikter; samma rekommendation i flera arbetsböcker räknas en gång.
      </Body1>
      {/* The browser's own file button speaks the browser's language ("Choose Files"): it is hidden and a
          Swedish button opens it. */}
      <Field label="Nämndernas arbetsböcker (.xlsx)">
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          Välj filer…
        </Button>
      </Field>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx"
        tabIndex={-1}
        aria-label="Nämndernas arbetsböcker"
        onChange={(e) => (setOutcome(undefined), setPicked(Array.from(e.target.files ?? [])))}
      />
      <Caption1>{picked.length === 0 ? 'Inga filer valda.' : `${picked.length} filer valda: ${picked.map((f) => f.name).join(', ')}.`}</Caption1>
      <Button appearance="primary" disabled={busy || picked.length === 0} onClick={() => void consolidate()}>
        {busy ? 'Samlar…' : 'Samla och öppna'}
      </Button>
      {progress ? <Body1 role="status">{progress}</Body1> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome && outcome.files > 0 ? (
        <Body1 role="status">
          Klart: {outcome.files} arbetsböcker samlade, {outcome.recommendations} rekommendationer, {outcome.conflicts} konflikter (se fliken Samlad uppsikt i den nya arbetsboken).
        </Body1>
      ) : null}
      {outcome && outcome.skipped.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Filer som inte kunde läsas:
            <ul className={styles.list}>
              {outcome.skipped.map((s) => (
                <li key={s.file}>{s.reason}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
