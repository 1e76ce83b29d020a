import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FOLLOW_UP_STATUSES, type FollowUpImportPlan, type FollowUpReport, type FollowUpStatus, type RegisterData } from '../../core';
import { applyImport, canApplyImport, granskningTitles, planImport } from '../../usecases/importReport';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { useAction } from '../useAction';
import { useListStyles } from './listStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const VERDICTS = FOLLOW_UP_STATUSES.filter((s) => s !== 'Ej bedömd');

export interface FollowUpImportProps {
  port: WorkbookPort;
  register: RegisterData;
  report: FollowUpReport;
  /** The round to propose (proposedRound: the report's own, else its year). */
  proposedRound: string;
  onDone: () => void;
}

/**
 * A follow-up report in Importera: the verdicts per granskning and recommendation, unsure ones for the user
 * to confirm, granskningar the register lacks to pick, and what inserting them as a round would add.
 */
export function FollowUpImport({ port, register, report, proposedRound, onDone }: FollowUpImportProps) {
  const styles = useStyles();
  const list = useListStyles();
  const [round, setRound] = useState(proposedRound);
  const [confirmed, setConfirmed] = useState<Record<string, FollowUpStatus>>({});
  const [picked, setPicked] = useState<Record<number, string>>({});
  const [plan, setPlan] = useState<FollowUpImportPlan>();
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const titles = granskningTitles(report);
  const granskningar = register.tables.Granskningar?.rows ?? [];

  // A whole granskning's verdict, one choice per recommendation it reaches: known once the granskning is
  // matched, and kept while the user confirms them one by one (each choice asks for a new preview).
  const [wholes, setWholes] = useState<FollowUpImportPlan['toConfirm']>([]);
  const preview = () => {
    const request = { kind: 'followUp' as const, report, round, confirmed, granskningIds: picked };
    setWholes(planImport(register, { ...request, confirmed: {} }).plan.toConfirm.filter((c) => c.whole));
    setPlan(planImport(register, request).plan);
  };

  // The user's verdict for an unsure one ("granskning-nr"): a choice asks for a new preview.
  const confirmSelect = (key: string) => (
    <Select
      value={confirmed[key] ?? ''}
      onChange={(_e, d) => {
        setPlan(undefined);
        const next = { ...confirmed };
        if (d.value === '') delete next[key];
        else next[key] = d.value as FollowUpStatus;
        setConfirmed(next);
      }}
    >
      <option value="">Inte bekräftad (infogas inte)</option>
      {VERDICTS.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </Select>
  );

  const insert = (chosen: FollowUpImportPlan) =>
    run(async () => {
      setDone(await applyImport(port, register, { kind: 'followUp', plan: chosen, titles }));
      setPlan(undefined);
      onDone();
    });

  return (
    <section aria-label="Uppföljningsrapport" className={styles.root}>
      <Subtitle2>Uppföljningsrapport: {M.followUpReportCounts({ granskningar: report.granskningar.length, recommendations: report.recommendations.length })}</Subtitle2>
      <Field label="Uppföljningsomgång" required validationMessage={round.trim() === '' ? M.roundMissing : undefined}>
        <Input value={round} onChange={(_e, d) => (setPlan(undefined), setRound(d.value))} style={{ width: '8em' }} />
      </Field>
      {report.granskningar.map((g) => (
        <div key={g.nr} className={mergeClasses(list.item, list.roomy)}>
          <Body1>
            <strong>{titles.get(g.nr)}</strong>
          </Body1>
          {g.verdict ? <Caption1>{M.granskningVerdict(g.verdict)}</Caption1> : null}
          <ul className={styles.list}>
            {report.recommendations
              .filter((r) => r.granskning === g.nr)
              .map((r) => (
                <li key={r.nr}>
                  <Caption1>
                    {r.nr}. {r.text} — {r.verdict ?? (r.suggested ? M.suggestedVerdict({ verdict: r.suggested }) : 'ingen bedömning i rapporten')}
                  </Caption1>
                  {!r.verdict && r.suggested ? (
                    <Field label={`Bekräfta bedömningen för ${titles.get(g.nr)}, rekommendation ${r.nr}`} hint={r.comment ? `Rapporten: ”${r.comment}”` : undefined}>
                      {confirmSelect(`${g.nr}-${r.nr}`)}
                    </Field>
                  ) : null}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {wholes.map((c) => (
        <Field
          key={`${c.granskning}-${c.nr}`}
          label={M.wholeVerdictToConfirm({ granskning: titles.get(c.granskning) ?? '', nr: c.nr, text: c.whole!.text, recipients: c.whole!.recipients, suggested: c.suggested })}
        >
          {confirmSelect(`${c.granskning}-${c.nr}`)}
        </Field>
      ))}
      <Button disabled={round.trim() === ''} onClick={preview}>
        Förhandsgranska uppföljningen
      </Button>
      {plan ? (
        <section aria-label="Det här infogas" className={styles.root}>
          {plan.ambiguousIds.length > 0 ? (
            <MessageBar intent="error">
              <MessageBarBody>{M.ambiguousIds({ groups: plan.ambiguousIds })}</MessageBarBody>
            </MessageBar>
          ) : (
            <Body1>{M.followUpRowsPlanned({ round: plan.round, insert: plan.insert.length, fill: plan.fill.length, unchanged: plan.unchanged })}</Body1>
          )}
          {plan.unmatchedGranskningar.map((g) => (
            <Field
              key={g.nr}
              label={`Granskning i registret för ${titles.get(g.nr)}`}
              hint="Ingen granskning i registret har samma titel och år. Välj den, eller importera granskningens egen rapport först."
            >
              <Select value={picked[g.nr] ?? ''} onChange={(_e, d) => (setPlan(undefined), setPicked({ ...picked, [g.nr]: d.value }))}>
                <option value="">Ingen (hoppa över)</option>
                {granskningar.map((row) => (
                  <option key={String(row.values.id)} value={String(row.values.id)}>
                    {String(row.values.id)}: {String(row.values.titel ?? '')}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {plan.unmatchedRecommendations.length > 0 ? (
            <ul className={styles.list} aria-label="Rekommendationer som inte hittades i registret">
              {plan.unmatchedRecommendations.map((r) => (
                <li key={`${r.granskning}-${r.nr}`}>
                  <Caption1>{M.unmatchedRecommendation({ granskning: titles.get(r.granskning) ?? '', nr: r.nr, text: r.text })}</Caption1>
                </li>
              ))}
            </ul>
          ) : null}
          <Button appearance="primary" disabled={busy || !canApplyImport({ kind: 'followUp', plan, titles })} onClick={() => void insert(plan)}>
            {busy ? 'Infogar…' : 'Infoga uppföljningen'}
          </Button>
        </section>
      ) : null}
      {error ? <Body1 role="alert">{error}</Body1> : null}
      {done ? <Body1 role="status">{done}</Body1> : null}
    </section>
  );
}
