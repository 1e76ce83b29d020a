import { Body1, Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { controlResults, isoFromSerial, latestResultPeriod, type RegisterData } from '../../core';
import { controlYearOutcomes, newYearRegister, parsePlanYear, planNewYear, yearCloseMessagesSv as Y } from '../../usecases/yearClose';
import type { OpenReport } from '../openReport';
import { useAction } from '../useAction';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }, lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

// ExcelJS (about 1 MB) is loaded when the plan is made, not with the pane.
const loadXlsx = () => import(/* webpackChunkName: "xlsx-new-year" */ '../../workbook/xlsx/newYear');

export interface NewYearViewProps {
  register: RegisterData;
  today: number;
  openReport: OpenReport;
}

/**
 * Nytt år: next year's internkontrollplan from this one's, by the flow `uppsikt nytt-ar` runs. Says exactly
 * what it will do (the plan's own sentences) before anything is made; the open workbook is never changed.
 */
export function NewYearView({ register, today, openReport }: NewYearViewProps) {
  const styles = useStyles();
  const latest = latestResultPeriod(controlResults(register))?.year ?? Number(isoFromSerial(today).slice(0, 4));
  const [year, setYear] = useState(String(latest + 1));
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const to = parsePlanYear(year);
  const plan = useMemo(() => {
    if (to === undefined) return undefined;
    const { outcomes, resultsOfYear } = controlYearOutcomes(register, to - 1);
    return planNewYear(register, to, outcomes, resultsOfYear);
  }, [register, to]);

  const create = () =>
    run(async () => {
      if (!plan || plan.problem !== undefined) return;
      const bytes = await (await loadXlsx()).newYearWorkbookBytes(newYearRegister(register, plan), today);
      const how = await openReport(bytes, Y.newYearFileName({ to: plan.to }));
      setDone(Y.paneNewYearOpened({ to: plan.to, flagged: plan.flagged.length, download: how === 'download' }));
    });

  return (
    <div className={styles.root}>
      <Body1>Nästa års internkontrollplan görs av den här: risker och kontroller följer med, och det som inte blev gjort i år markeras så att nämnden kan ta ställning.</Body1>
      <Field label="Planen gäller år" validationMessage={to === undefined ? Y.yearNotYear({ value: year }) : undefined}>
        <Input value={year} inputMode="numeric" onChange={(_e, d) => setYear(d.value)} />
      </Field>
      {plan?.problem ? (
        <MessageBar intent="warning">
          <MessageBarBody>{plan.problem}</MessageBarBody>
        </MessageBar>
      ) : plan ? (
        <section aria-label="Det här görs">
          <ul className={styles.lines}>
            {plan.lines.map((line, i) => (
              <li key={i}>
                <Body1>{line.trim()}</Body1>
              </li>
            ))}
            <li>
              <Body1>{Y.paneNewWorkbook({ to: plan.to })}</Body1>
            </li>
          </ul>
        </section>
      ) : null}
      <Button appearance="primary" disabled={busy || !plan || plan.problem !== undefined} onClick={() => void create()}>
        {busy ? 'Skapar…' : `Skapa plan för ${to ?? year}`}
      </Button>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {done ? <Body1 role="status">{done}</Body1> : null}
    </div>
  );
}
