import { Body1, Button, Field, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { idKey, type RegisterData } from '../../core';
import { buildYttrande, findGranskning, yttrandeNamnder } from '../../usecases/yttrande/buildYttrande';
import { yttrandeFileName } from '../../usecases/yttrande/yttrandeFileName';
import { downloadBytes } from '../downloadBytes';
import { paneMessagesSv as P } from '../messages.sv';
import { useAction } from '../useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // A granskning's title is long: the drop-down keeps the pane's width (350 px) and cuts the shown title, the
  // options still list it whole.
  fit: { width: '100%', minWidth: 0, maxWidth: '100%' },
  fitSelect: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Hands a finished .docx to the user; injected so tests can watch it. */
export type SaveDocument = (bytes: Uint8Array, fileName: string) => void;
const download: SaveDocument = (bytes, fileName) => downloadBytes(bytes, fileName, DOCX);

export interface YttrandeSectionProps {
  register: RegisterData;
  saveDocument?: SaveDocument;
}

/**
 * Nämndens yttrande in Rapport: a granskning and a nämnd chosen, the Word document `uppsikt yttrande` writes,
 * built here (the docx writer is loaded only when asked for) and downloaded, in Excel as in file mode, since
 * an add-in cannot open a Word document.
 */
export function YttrandeSection({ register, saveDocument = download }: YttrandeSectionProps) {
  const styles = useStyles();
  const granskningar = useMemo(() => (register.tables.Granskningar?.rows ?? []).filter((r) => String(r.values.id ?? '').trim() !== ''), [register]);
  const [granskningId, setGranskningId] = useState('');
  const [namnd, setNamnd] = useState('');
  const [status, setStatus] = useState<string>();
  const { busy, error, run } = useAction();
  const granskning = granskningId === '' ? undefined : findGranskning(register, granskningId);
  const namnder = useMemo(() => (granskning ? yttrandeNamnder(register, granskning) : []), [register, granskning]);
  const chosenNamnd = namnder.includes(namnd) ? namnd : (namnder[0] ?? '');

  const create = () =>
    run(async () => {
      setStatus(undefined);
      const model = buildYttrande(register, granskning!, chosenNamnd);
      const { renderYttrande } = await import(/* webpackChunkName: "yttrande-docx" */ '../../workbook/docx');
      const file = yttrandeFileName(model);
      saveDocument(await renderYttrande(model), file);
      setStatus(P.yttrandeDownloaded({ file, missing: model.missing }));
    });

  return (
    <section className={styles.root} aria-labelledby="rapport-yttrande">
      <Subtitle2 as="h2" id="rapport-yttrande" className={styles.heading}>
        Nämndens yttrande
      </Subtitle2>
      <Body1>
        Yttrandet över en granskning som Word-dokument: revisorernas rekommendationer ordagrant med nämndens ställningstagande, kommentar, åtgärd, ansvarig och klart senast. Det
        laddas ned; arbetsboken ändras inte.
      </Body1>
      {granskningar.length === 0 ? (
        <Body1>Arbetsboken har inga granskningar; importera en granskningsrapport eller fyll i Granskningar.</Body1>
      ) : (
        <>
          <Field label="Granskning" className={styles.fit}>
            <Select className={styles.fit} select={{ className: styles.fitSelect }} value={granskningId} onChange={(_e, d) => (setGranskningId(d.value), setStatus(undefined))}>
              <option value="">Välj granskning</option>
              {granskningar.map((r) => (
                <option key={idKey(r.values.id ?? null)} value={String(r.values.id).trim()}>
                  {`${String(r.values.id).trim()} ${String(r.values.titel ?? '').trim()}`}
                </option>
              ))}
            </Select>
          </Field>
          {granskning && namnder.length === 0 ? <Body1>Granskningen har inga rekommendationer med en mottagare; fyll i Mottagare på Rekommendationer.</Body1> : null}
          {namnder.length > 0 ? (
            <Field label="Nämnd" className={styles.fit}>
              <Select className={styles.fit} select={{ className: styles.fitSelect }} value={chosenNamnd} onChange={(_e, d) => (setNamnd(d.value), setStatus(undefined))}>
                {namnder.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <Button disabled={busy || !granskning || chosenNamnd === ''} onClick={() => void create()}>
            {busy ? 'Skapar…' : 'Skapa yttrande (Word)'}
          </Button>
        </>
      )}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status ? <Body1 role="status">{status}</Body1> : null}
    </section>
  );
}
