import { Body1, Button, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { isoFromSerial, type RegisterData } from '../../core';
import { applyFollowUpRound, planFollowUpRound, type FollowUpRoundPlan } from '../../usecases/followUpRound';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmChange } from '../ConfirmChange';
import { useAction } from '../useAction';
import { RoundVerdicts } from './RoundVerdicts';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }, heading: { margin: 0 } });

/** Uppföljning: start a new follow-up round; earlier rounds stay as they are. */
export function FollowUpRoundView({ port, register, today, onDone }: { port: WorkbookPort; register: RegisterData; today: number; onDone: () => void }) {
  const styles = useStyles();
  const [round, setRound] = useState(isoFromSerial(today).slice(0, 4));
  // The rows the dialog shows are the rows written: fixed when the user asks, not recomputed under the dialog.
  const [pending, setPending] = useState<FollowUpRoundPlan>();
  const action = useAction();
  // The CLI's rule for --omgang: a year, a date or a label with the year in it (parseRoundName).
  const plan = useMemo(() => planFollowUpRound(register, round), [register, round]);

  const create = () => {
    if (!pending) return;
    setPending(undefined);
    return action.run(async () => {
      const done = await applyFollowUpRound(port, pending);
      onDone();
      return done;
    });
  };

  return (
    <div className={styles.root}>
      <RoundVerdicts port={port} register={register} onDone={onDone} />
      <Subtitle2 as="h2" className={styles.heading}>
        Ny omgång
      </Subtitle2>
      <Body1>
        En ny uppföljningsomgång ger en rad i Uppföljning för varje rekommendation som ännu inte är bedömd som Åtgärdad. Den senaste omgången gäller i sammanställningen och i
        IK.SAMMANSTÄLLNING.
      </Body1>
      <Field label="Omgång (år eller datum)" validationMessage={plan.problem}>
        <Input value={round} onChange={(_e, d) => (action.clear(), setRound(d.value))} />
      </Field>
      {action.done ? null : <Body1>{plan.state === '' ? null : plan.state}</Body1>}
      <Button appearance="primary" disabled={action.busy || plan.rows.length === 0} onClick={() => setPending(plan)}>
        Skapa uppföljningsomgång…
      </Button>
      <ActionFeedback busy={action.busy ? 'Skapar omgången…' : undefined} error={action.error} done={action.done} />
      <ConfirmChange
        open={pending !== undefined}
        title={`Ny omgång ${pending?.round ?? ''}`}
        confirm="Skapa omgången"
        onConfirm={() => void create()}
        onCancel={() => setPending(undefined)}
      >
        <Body1>{pending ? M.roundConfirm({ round: pending.round, rows: pending.rows.length }) : null}</Body1>
      </ConfirmChange>
    </div>
  );
}
