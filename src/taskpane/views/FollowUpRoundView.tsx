import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { compareRounds, formatRoundProgress, isoFromSerial, newFollowUpRound, parseRoundName, roundProgress, type RegisterData } from '../../core';
import type { WorkbookPort } from '../../workbook/WorkbookPort';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmChange } from '../ConfirmChange';
import { useAction } from '../useAction';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });


/** Uppföljning: start a new follow-up round; earlier rounds stay as they are. */
export function FollowUpRoundView({ port, register, today, onDone }: { port: WorkbookPort; register: RegisterData; today: number; onDone: () => void }) {
  const styles = useStyles();
  const [round, setRound] = useState(isoFromSerial(today).slice(0, 4));
  // The rows the dialog shows are the rows written: fixed when the user asks, not recomputed under the dialog.
  const [pending, setPending] = useState<{ round: string; rows: typeof rows }>();
  const action = useAction();
  // The CLI's rule for --omgang: a year, a date or a label with the year in it (parseRoundName).
  const parsed = parseRoundName(round);
  const name = parsed.value ?? '';
  const rows = useMemo(() => (name === '' ? [] : newFollowUpRound(register, name)), [register, name]);
  const existing = useMemo(() => (name === '' ? undefined : roundProgress(register).find((p) => compareRounds(p.round, name) === 0)), [register, name]);

  const create = () => {
    if (!pending) return;
    setPending(undefined);
    return action.run(async () => {
      await port.applyEdits({ append: [{ table: 'Uppföljningar', rows: pending.rows }], update: [] });
      onDone();
      return `Klart: ${pending.rows.length} rader för omgång ${pending.round} i Uppföljning. Fyll i revisionens bedömning per rad; tidigare omgångar är oförändrade.`;
    });
  };

  // After the round is created the same round has nothing left to add: say how far it has come instead.
  const state =
    rows.length > 0
      ? `${rows.length} rekommendationer får en rad att fylla i.`
      : existing
        ? `${formatRoundProgress(existing)}. Alla rekommendationer som inte är åtgärdade har redan en rad i omgången.`
        : 'Alla rekommendationer är bedömda som Åtgärdad; det finns inget att följa upp i en ny omgång.';

  return (
    <div className={styles.root}>
      <Body1>
        En ny uppföljningsomgång ger en rad i Uppföljning för varje rekommendation som ännu inte är bedömd som Åtgärdad. Den senaste omgången gäller i
        sammanställningen och i IK.SAMMANSTÄLLNING.
      </Body1>
      <Field label="Omgång (år eller datum)" validationMessage={parsed.value === undefined ? parsed.issues[0]?.message : undefined}>
        <Input value={round} onChange={(_e, d) => (action.clear(), setRound(d.value))} />
      </Field>
      {action.done ? null : <Body1>{name === '' ? null : state}</Body1>}
      <Button appearance="primary" disabled={action.busy || rows.length === 0} onClick={() => setPending({ round: name, rows })}>
        Skapa uppföljningsomgång…
      </Button>
      <ActionFeedback busy={action.busy ? 'Skapar omgången…' : undefined} error={action.error} done={action.done} />
      <ConfirmChange open={pending !== undefined} title={`Ny omgång ${pending?.round ?? ''}`} confirm="Skapa omgången" onConfirm={() => void create()} onCancel={() => setPending(undefined)}>
        <Body1>
          {pending?.rows.length} nya rader läggs till sist i Uppföljning, en per rekommendation som inte är bedömd som Åtgärdad, med omgång {pending?.round} och tom bedömning.
          Befintliga rader ändras inte.
        </Body1>
      </ConfirmChange>
    </div>
  );
}
