import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { parseDate, type FollowUpReport, type Issue, type RegisterData, type ReportImportPlan } from '../../core';
import { applyImport, fanOutDefaults, planImport, proposedRound, readReportText } from '../../usecases/importReport';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { useAction } from '../useAction';
import { paneMessagesSv as P } from '../messages.sv';
import { FollowUpImport } from './FollowUpImport';
import { ImportPlanPreview } from './import/ImportPlanPreview';
import { RecommendationItems, type Item } from './import/RecommendationItems';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
});

/** A typed date the import can store (ISO or "1 mars 2024"); blank is allowed. */
const dateProblem = (value: string | undefined) => (value === undefined || value.trim() === '' || !Number.isNaN(parseDate(value.trim()) ?? NaN) ? undefined : P.dateInvalid);

const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

/**
 * Importera: paste a report's text (or open a .txt), correct what Uppsikt found, then insert it. Every text
 * is rendered as text by React, never as HTML, and written so it can never become a formula.
 */
export function ImportView({ port, register, onDone }: { port: WorkbookPort; register: RegisterData; onDone: () => void }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<Issue[]>([]);
  const [items, setItems] = useState<Item[]>();
  const [followUp, setFollowUp] = useState<{ report: FollowUpReport; round: string }>();
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [firm, setFirm] = useState('');
  const [dates, setDates] = useState<{ date?: string; answerBy?: string }>({});
  const [fanOut, setFanOut] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<ReportImportPlan>();
  const [acceptUpdates, setAcceptUpdates] = useState(false);
  const [done, setDone] = useState<string>();
  const { busy, error, setError, run } = useAction();
  // The browser's own file button speaks the browser's language; a Fluent button opens the hidden input.
  const fileInput = useRef<HTMLInputElement>(null);
  // The result is shown where the user is: after Infoga it is scrolled into view and focused (read aloud).
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!done || !result.current) return;
    result.current.scrollIntoView?.({ block: 'nearest' });
    result.current.focus();
  }, [done]);

  const recommendations = () => (items ?? []).map((i) => ({ nr: Number(i.nr), text: i.text.trim(), addressees: split(i.addressees) }));
  const defaults = fanOutDefaults(register, recommendations());
  const groups = [...defaults.keys()];
  const invalid =
    (items ?? []).some((i) => !Number.isInteger(Number(i.nr)) || Number(i.nr) < 1 || i.text.trim() === '') ||
    title.trim() === '' ||
    (year !== '' && !/^\d{4}$/.test(year.trim())) ||
    dateProblem(dates.date) !== undefined ||
    dateProblem(dates.answerBy) !== undefined;

  const edit = (index: number, change: Partial<Item>) => {
    setPlan(undefined);
    setItems((prev) => prev?.map((item, i) => (i === index ? { ...item, ...change } : item)));
  };

  const interpret = () => {
    const reading = readReportText(text);
    const parsed = reading.parsed;
    // A follow-up report: its verdicts go into a round (FollowUpImport). Points it raises as new
    // recommendations ("ett par områden där ytterligare förbättringar kan ske: -…") are offered beside it.
    const both = reading.kind === 'followUp' && parsed.recommendations.length > 0;
    setFollowUp(reading.kind === 'followUp' ? { report: reading.report, round: proposedRound(reading) } : undefined);
    setIssues(reading.kind === 'followUp' && !both ? [] : parsed.issues);
    setItems(
      reading.kind === 'followUp' && !both ? undefined : parsed.recommendations.map((r) => ({ key: r.nr, nr: String(r.nr), text: r.text, addressees: r.addressees.join(', ') })),
    );
    setTitle(parsed.metadata.title ?? '');
    setYear(parsed.metadata.year ? String(parsed.metadata.year) : '');
    setFirm(parsed.metadata.firm ?? '');
    setDates({ date: parsed.metadata.date, answerBy: parsed.metadata.answerBy });
    setFanOut({});
    setPlan(undefined);
    setDone(undefined);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    if (content.includes('\ufffd')) setError(M.notUtf8({ file: file.name }));
    else {
      setError(undefined);
      setText(content);
    }
  };

  const preview = () => {
    const adjusted: Record<string, string[]> = {};
    for (const g of groups) adjusted[g] = fanOut[g] === undefined ? defaults.get(g)! : split(fanOut[g]);
    const granskning = {
      title: title.trim(),
      year: year === '' ? undefined : Number(year),
      firm: firm.trim() || undefined,
      date: dates.date?.trim() || undefined,
      answerBy: dates.answerBy?.trim() || undefined,
    };
    setPlan(planImport(register, { kind: 'recommendations' as const, recommendations: recommendations(), granskning, fanOut: adjusted }).plan);
    setAcceptUpdates(false);
  };

  const insert = (chosen: ReportImportPlan) =>
    run(async () => {
      setDone(await applyImport(port, register, { kind: 'recommendations', plan: chosen }, { acceptUpdates }));
      setPlan(undefined);
      onDone();
    });

  return (
    <div className={styles.root}>
      <Body1>
        Klistra in texten ur granskningsrapporten eller uppföljningsrapporten (markera allt i PDF:en och kopiera), eller öppna en textfil. Uppsikt hittar rekommendationerna eller
        revisorernas bedömningar; du rättar innan något skrivs.
      </Body1>
      <Field label="Rapportens text">
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" rows={6} />
      </Field>
      <div className={styles.row}>
        <input ref={fileInput} type="file" accept=".txt,text/plain" aria-label="Öppna textfil" hidden onChange={(e) => void openFile(e.target.files?.[0])} />
        <Button onClick={() => fileInput.current?.click()}>Öppna textfil…</Button>
        <Button appearance="primary" disabled={text.trim() === ''} onClick={interpret}>
          Tolka texten
        </Button>
      </div>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {issues.map((issue, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{issue.message}</MessageBarBody>
        </MessageBar>
      ))}
      {followUp ? <FollowUpImport key={text} port={port} register={register} report={followUp.report} proposedRound={followUp.round} onDone={onDone} /> : null}
      {items && items.length > 0 ? (
        <section aria-label="Förhandsvisning av rekommendationerna" className={styles.root}>
          <Subtitle2>{items.length} rekommendationer</Subtitle2>
          <RecommendationItems
            items={items}
            onEdit={edit}
            onChange={(next) => {
              setPlan(undefined);
              setItems(next);
            }}
          />
          <Subtitle2>Granskningen</Subtitle2>
          <Field label="Titel" required validationMessage={title.trim() === '' ? P.titleMissing : undefined}>
            <Input value={title} onChange={(_e, d) => (setPlan(undefined), setTitle(d.value))} />
          </Field>
          <div className={styles.row}>
            <Field label="År" validationMessage={year !== '' && !/^\d{4}$/.test(year.trim()) ? P.yearInvalid : undefined}>
              <Input value={year} onChange={(_e, d) => (setPlan(undefined), setYear(d.value))} style={{ width: '6em' }} />
            </Field>
            <Field label="Revisionsföretag">
              <Input value={firm} onChange={(_e, d) => (setPlan(undefined), setFirm(d.value))} />
            </Field>
          </div>
          <div className={styles.row}>
            <Field label="Rapportdatum" validationMessage={dateProblem(dates.date)}>
              <Input value={dates.date ?? ''} onChange={(_e, d) => (setPlan(undefined), setDates({ ...dates, date: d.value }))} style={{ width: '9em' }} />
            </Field>
            <Field label="Svar senast" validationMessage={dateProblem(dates.answerBy)}>
              <Input value={dates.answerBy ?? ''} onChange={(_e, d) => (setPlan(undefined), setDates({ ...dates, answerBy: d.value }))} style={{ width: '9em' }} />
            </Field>
          </div>
          {groups.map((g) => (
            <Field key={g} label={`${g}: en rad per nämnd`} hint="Nämnderna från listan på Inställningar; ta bort eller lägg till, skilda med komma.">
              <Input value={fanOut[g] ?? defaults.get(g)!.join(', ')} onChange={(_e, d) => (setPlan(undefined), setFanOut({ ...fanOut, [g]: d.value }))} />
            </Field>
          ))}
          <Button disabled={invalid} onClick={preview}>
            Förhandsgranska infogning
          </Button>
        </section>
      ) : null}
      {plan ? <ImportPlanPreview plan={plan} busy={busy} acceptUpdates={acceptUpdates} onAcceptUpdates={setAcceptUpdates} onInsert={() => void insert(plan)} /> : null}
      {done ? (
        <div role="status" tabIndex={-1} ref={result}>
          <Body1>{done}</Body1>
        </div>
      ) : null}
    </div>
  );
}
