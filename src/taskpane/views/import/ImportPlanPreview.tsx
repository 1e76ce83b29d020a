import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportImportPlan } from '../../../core';
import { answerByNote, canApplyImport } from '../../../usecases/importReport';
import { flowMessagesSv as M } from '../../../usecases/messages.sv';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * What an import of recommendations would write, said before anything is written: the granskning, the rows,
 * changed texts to accept, and why it cannot be written (ids several rows share, a text too long for a cell).
 */
export function ImportPlanPreview({
  plan,
  busy,
  acceptUpdates,
  onAcceptUpdates,
  onInsert,
}: {
  plan: ReportImportPlan;
  busy: boolean;
  acceptUpdates: boolean;
  onAcceptUpdates: (accept: boolean) => void;
  onInsert: () => void;
}) {
  const styles = useStyles();
  return (
    <section aria-label="Det här infogas" className={styles.root}>
      <Body1>
        {M.granskningPlanned(plan.granskning)} {answerByNote(plan) ?? ''}{' '}
        {M.recommendationRowsPlanned({ insert: plan.insert.length, unchanged: plan.unchanged, changed: plan.update.length })}
      </Body1>
      {plan.update.length > 0 ? (
        <>
          <ul className={styles.list} aria-label="Ändrade texter">
            {plan.update.map((u) => (
              <li key={u.id}>
                <Caption1>
                  {u.id}: ”{u.before}” → ”{u.after}”
                </Caption1>
              </li>
            ))}
          </ul>
          <Checkbox label="Uppdatera de ändrade texterna" checked={acceptUpdates} onChange={(_e, d) => onAcceptUpdates(d.checked === true)} />
        </>
      ) : null}
      {plan.ambiguousIds.length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{M.ambiguousIdsReport({ groups: plan.ambiguousIds })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {plan.tooLong.map((t) => (
        <MessageBar key={t.nr} intent="error">
          <MessageBarBody>{M.recommendationTooLong(t)} Korta texten innan du infogar.</MessageBarBody>
        </MessageBar>
      ))}
      <Caption1>Infogningen lägger till rader i arbetsboken; Excels Ångra (Ctrl+Z) kan inte ta tillbaka den.</Caption1>
      <Button appearance="primary" disabled={busy || !canApplyImport({ kind: 'recommendations', plan }, { acceptUpdates })} onClick={onInsert}>
        {busy ? 'Infogar…' : 'Infoga'}
      </Button>
    </section>
  );
}
