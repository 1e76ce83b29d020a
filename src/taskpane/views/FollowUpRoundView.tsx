import { Body1, Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isoFromSerial, newFollowUpRound, type RegisterData } from '../../core';
import type { WorkbookPort } from '../../workbook/WorkbookPort';
import { useAction } from '../useAction';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

/** Uppföljning: start a new follow-up round; earlier rounds stay as they are. */
export function FollowUpRoundView({ port, register, today, onDone }: { port: WorkbookPort; register: RegisterData; today: number; onDone: () => void }) {
  const styles = useStyles();
  const [round, setRound] = useState(isoFromSerial(today).slice(0, 4));
  const [message, setMessage] = useState<string>();
  const { busy, error, run } = useAction();
  const rows = round.trim() === '' ? [] : newFollowUpRound(register, round);

  const create = () =>
    run(async () => {
      await port.applyEdits({ append: [{ table: 'Uppföljningar', rows }], update: [] });
      setMessage(`Klart: ${rows.length} rader för omgång ${round.trim()} i Uppföljning. Fyll i revisionens bedömning per rad; tidigare omgångar är oförändrade.`);
      onDone();
    });

  return (
    <div className={styles.root}>
      <Body1>
        En ny uppföljningsomgång ger en rad i Uppföljning för varje rekommendation som ännu inte är bedömd som Åtgärdad. Den senaste omgången gäller i
        sammanställningen och i IK.SAMMANSTÄLLNING.
      </Body1>
      <Field label="Omgång (år eller datum)" validationMessage={round.trim() === '' ? 'Ange ett år eller datum, till exempel 2025.' : undefined}>
        <Input value={round} onChange={(_e, d) => (setMessage(undefined), setRound(d.value))} />
      </Field>
      <Body1>{rows.length === 0 ? 'Inga rekommendationer att följa upp i den här omgången.' : `${rows.length} rekommendationer får en rad att fylla i.`}</Body1>
      <Button appearance="primary" disabled={busy || rows.length === 0} onClick={() => void create()}>
        {busy ? 'Skapar…' : 'Skapa uppföljningsomgång'}
      </Button>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {message ? <Body1 role="status">{message}</Body1> : null}
    </div>
  );
}
