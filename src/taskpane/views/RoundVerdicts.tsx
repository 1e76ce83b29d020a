import { Body1, Button, Field, Select, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { RegisterData } from '../../core';
import { applyVerdicts, roundVerdicts, VERDICT_CHOICES, type VerdictAnswer, type VerdictRow } from '../../usecases/followUpRound';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmChange } from '../ConfirmChange';
import { paneMessagesSv as P } from '../messages.sv';
import { useAction } from '../useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  heading: { margin: 0 },
});

const keyOf = (r: VerdictRow) => `${r.sheet}!${r.row}`;

/**
 * The latest round's rows as a form: a verdict drop-down and a comment per recommendation, written through
 * the port as single cells in Uppföljning, so a round can be filled in without a grid (file mode) as well as
 * in Excel. Only what the user touched is kept here; the rest always shows what the workbook holds.
 */
export function RoundVerdicts({ port, register, onDone }: { port: WorkbookPort; register: RegisterData; onDone: () => void }) {
  const styles = useStyles();
  const round = useMemo(() => roundVerdicts(register), [register]);
  const [touched, setTouched] = useState<Record<string, Partial<VerdictAnswer>>>({});
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  if (!round || round.rows.length === 0) return null;

  const answers: VerdictAnswer[] = round.rows.map((r) => ({ verdict: r.verdict, comment: r.comment, ...touched[keyOf(r)] }));
  const changed = round.rows.filter((r, i) => answers[i].verdict !== r.verdict || answers[i].comment.trim() !== r.comment);
  const set = (r: VerdictRow, part: Partial<VerdictAnswer>) => {
    action.clear();
    setTouched((t) => ({ ...t, [keyOf(r)]: { ...t[keyOf(r)], ...part } }));
  };
  const save = () => {
    setConfirming(false);
    return action.run(async () => {
      const done = await applyVerdicts(port, round.round, round.rows, answers);
      setTouched({});
      onDone();
      return done;
    });
  };

  return (
    <section className={styles.root} aria-labelledby="round-verdicts">
      <Subtitle2 as="h2" id="round-verdicts" className={styles.heading}>
        {P.verdictsHeading(round.round)}
      </Subtitle2>
      <Body1>{P.verdictsIntro}</Body1>
      <ul className={styles.list}>
        {round.rows.map((r, i) => {
          const known = r.verdict === '' || VERDICT_CHOICES.includes(r.verdict);
          return (
            <li key={keyOf(r)}>
              <fieldset className={styles.row}>
                <legend className={styles.legend}>{P.verdictLegend(r.id, r.mottagare)}</legend>
                {r.text ? <Body1>{r.text}</Body1> : null}
                <Field label={`Bedömning ${r.id}`}>
                  <Select value={answers[i].verdict} onChange={(_e, d) => set(r, { verdict: d.value })}>
                    <option value="">{P.verdictBlank}</option>
                    {VERDICT_CHOICES.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                    {known ? null : <option value={r.verdict}>{P.verdictUnknown(r.verdict)}</option>}
                  </Select>
                </Field>
                <Field label={`Kommentar ${r.id}`}>
                  <Textarea resize="vertical" value={answers[i].comment} onChange={(_e, d) => set(r, { comment: d.value })} />
                </Field>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <Button appearance="primary" disabled={action.busy || changed.length === 0} onClick={() => setConfirming(true)}>
        {P.verdictsSave(changed.length)}
      </Button>
      <ActionFeedback busy={action.busy ? P.verdictsSaving : undefined} error={action.error} done={action.done} />
      <ConfirmChange open={confirming} title={P.verdictsHeading(round.round)} confirm="Spara bedömningarna" onConfirm={() => void save()} onCancel={() => setConfirming(false)}>
        <Body1>
          {P.verdictsConfirm(
            round.round,
            changed.map((r) => r.id),
          )}
        </Body1>
      </ConfirmChange>
    </section>
  );
}
