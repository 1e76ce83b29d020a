import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { controlOverview, isoFromSerial, reportingPoints, sortByLage, textColorOn, type ControlStatus, type RegisterData } from '../../core';
import { applyRecordResult, EMPTY_FORM, planRecordResult, type RecordResultPlan, type ResultField, type ResultForm } from '../../usecases/recordResult';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmChange } from '../ConfirmChange';
import { useAction } from '../useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  controls: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  radio: { alignItems: 'flex-start' },
  label: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  lage: {
    alignSelf: 'flex-start',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  // start: a message or a wrapped label under one field must not push its neighbour's control down.
  pair: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  // Fluent's Input is 250 px wide at least: two side by side would scroll the pane sideways.
  field: { minWidth: 0, width: '100%' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Läge as its word on its colour (LAGE_COLORS via ControlStatus.color): never the colour alone. */
export function LageBadge({ status }: { status: Pick<ControlStatus, 'lage' | 'color'> }) {
  const styles = useStyles();
  return (
    <span className={styles.lage} style={{ backgroundColor: status.color, color: textColorOn(status.color) }}>
      {status.lage}
    </span>
  );
}

/** The period the pane starts on: the reporting point today falls in. */
function currentPoint(register: RegisterData, today: number): string {
  const year = Number(isoFromSerial(today).slice(0, 4));
  const points = reportingPoints(register.lists.rapporteringspunkter ?? [], year);
  return (points.find((p) => p.end >= today) ?? points[points.length - 1]).period;
}

export interface ResultViewProps {
  port: WorkbookPort;
  register: RegisterData;
  today: number;
  onDone: () => void;
}

/**
 * Utfall: record a control's result at one of the year's reporting points. The controls due at the period
 * are listed with their läge (controlOverview, as `uppsikt utfall`); the result becomes a Kontrollutfall row,
 * or edits the row the control already has for the period.
 */
export function ResultView({ port, register, today, onDone }: ResultViewProps) {
  const styles = useStyles();
  const [period, setPeriod] = useState(() => currentPoint(register, today));
  const [showAll, setShowAll] = useState(false);
  const [kontrollId, setKontrollId] = useState('');
  const year = Number(period.slice(-4));
  // Last year's points too: the results of T3 are often typed in January.
  const periods = useMemo(
    () => [year - 1, year].flatMap((y) => reportingPoints(register.lists.rapporteringspunkter ?? [], y).map((p) => p.period)),
    [register.lists.rapporteringspunkter, year],
  );
  const overview = useMemo(() => controlOverview(register, { period }).value, [register, period]);
  const statuses = useMemo(() => sortByLage(overview?.controls ?? []), [overview]);
  const due = statuses.filter((c) => c.due.includes(period));
  const listed = showAll || due.length === 0 ? statuses : due;
  const hasTable = register.tables.Kontrollutfall !== undefined;

  return (
    <div className={styles.root}>
      <Body1>Välj tillfälle och kontroll och skriv in utfallet. Det sparas som en rad i Kontrollutfall; finns redan en rad för kontrollen och tillfället ändras den.</Body1>
      {!hasTable ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{planRecordResult(register, { kontrollId: '', period, form: EMPTY_FORM }).problems.table}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label="Tillfälle">
        <Select value={period} onChange={(_e, d) => (setPeriod(d.value), setKontrollId(''))}>
          {(periods.includes(period) ? periods : [...periods, period]).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      {statuses.length === 0 ? (
        <Body1>Planen har inga kontroller ännu. Skriv in dem i Kontroller.</Body1>
      ) : (
        <Field label={showAll || due.length === 0 ? `Kontroller (${listed.length})` : `Kontroller att utföra ${period} (${due.length} av ${statuses.length})`}>
          <RadioGroup className={styles.controls} value={kontrollId} onChange={(_e, d) => setKontrollId(d.value)}>
            {listed.map((c) => (
              <Radio
                key={c.id}
                value={c.id}
                className={styles.radio}
                label={
                  <span className={styles.label}>
                    <span>
                      <strong>{c.id}</strong>
                      {c.namnd ? ` · ${c.namnd}` : ''}
                    </span>
                    <LageBadge status={c} />
                    <Caption1>{controlText(c)}</Caption1>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {due.length > 0 && due.length < statuses.length ? <Checkbox checked={showAll} onChange={(_e, d) => setShowAll(d.checked === true)} label="Visa alla kontroller" /> : null}
      {kontrollId && hasTable ? (
        // A new form per control and period: what was typed for another is never carried over.
        <ResultEntry key={`${kontrollId}\n${period}`} port={port} register={register} kontrollId={kontrollId} period={period} onDone={onDone} />
      ) : null}
    </div>
  );
}

const controlText = (c: ControlStatus): string => {
  const text = String(c.row.values.kontrollmoment ?? '').trim();
  return `${c.genomfordaTillfallen} av ${c.tillfallen} tillfällen genomförda${text ? ` · ${text}` : ''}`;
};

const LABELS: Readonly<Record<ResultField, string>> = {
  genomford: 'Genomförd',
  datum: 'Datum',
  utfordAv: 'Utförd av',
  urval: 'Urval (antal granskade)',
  antalAvvikelser: 'Antal avvikelser',
  resultat: 'Resultat',
  avvikelse: 'Avvikelse',
  atgard: 'Åtgärd',
  atgardsansvarig: 'Åtgärdsansvarig',
  klartSenast: 'Klart senast',
  atgardad: 'Åtgärdad',
};

function ResultEntry({ port, register, kontrollId, period, onDone }: { port: WorkbookPort; register: RegisterData; kontrollId: string; period: string; onDone: () => void }) {
  const styles = useStyles();
  const action = useAction();
  // The row as it was when the form opened: only fields changed from it are written over an existing row.
  const [base, setBase] = useState<ResultForm>(() => planRecordResult(register, { kontrollId, period, form: EMPTY_FORM }).current);
  const [form, setForm] = useState<ResultForm>(base);
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState<RecordResultPlan>();
  const plan = useMemo(() => planRecordResult(register, { kontrollId, period, form, base }), [register, kontrollId, period, form, base]);
  // "Välj…" only once the user tried to save; a wrong date or count is said as soon as it is typed.
  const problem = (f: ResultField) => (f === 'genomford' && !tried ? undefined : plan.problems[f]);
  const set = (f: ResultField) => (value: string) => (action.clear(), setForm((old) => ({ ...old, [f]: value })));
  const lists = register.lists;

  const save = () => {
    setTried(true);
    if (Object.keys(plan.problems).length === 0) setPending(plan);
  };
  const write = () => {
    if (!pending) return;
    const planned = pending;
    const written = form;
    setPending(undefined);
    return action.run(async () => {
      const done = await applyRecordResult(port, planned);
      // The row now holds what was typed: a later change (a field cleared too) is measured from it.
      setBase(written);
      onDone();
      return done;
    });
  };

  const input = (f: ResultField, placeholder?: string) => (
    <Field label={LABELS[f]} validationMessage={problem(f)}>
      <Input className={styles.field} value={form[f]} placeholder={placeholder} onChange={(_e, d) => set(f)(d.value)} />
    </Field>
  );
  const choice = (f: ResultField, options: readonly string[]) => (
    <Field label={LABELS[f]} validationMessage={problem(f)} required={f === 'genomford'}>
      <Select className={styles.field} value={form[f]} onChange={(_e, d) => set(f)(d.value)}>
        <option value="">(inget valt)</option>
        {[...new Set([...options, ...(form[f] && !options.includes(form[f]) ? [form[f]] : [])])].map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
  const text = (f: ResultField) => (
    <Field label={LABELS[f]} validationMessage={problem(f)}>
      <Textarea className={styles.field} value={form[f]} resize="vertical" onChange={(_e, d) => set(f)(d.value)} />
    </Field>
  );

  return (
    // noValidate: our Swedish messages next to the field, not the browser's bubble in its own language.
    <form noValidate className={styles.form} aria-label={`Utfall för ${kontrollId}, ${period}`} onSubmit={(e) => (e.preventDefault(), save())}>
      {plan.existing ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {kontrollId} har redan ett utfall för {period} (rad {plan.existing.row + 1}). Det du ändrar skrivs in i den raden.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.pair}>
        {choice('genomford', lists.genomford ?? ['Ja', 'Delvis', 'Nej'])}
        {input('datum', 'ÅÅÅÅ-MM-DD')}
      </div>
      {input('utfordAv')}
      <div className={styles.pair}>
        {input('urval')}
        {input('antalAvvikelser')}
      </div>
      {text('resultat')}
      {choice('avvikelse', lists.avvikelsegrader ?? ['Ingen', 'Mindre', 'Väsentlig'])}
      {text('atgard')}
      {input('atgardsansvarig')}
      <div className={styles.pair}>
        {input('klartSenast', 'ÅÅÅÅ-MM-DD')}
        {choice('atgardad', ['Ja', 'Nej'])}
      </div>
      <Button type="submit" appearance="primary" disabled={action.busy}>
        Spara utfallet…
      </Button>
      <ActionFeedback busy={action.busy ? 'Sparar utfallet…' : undefined} error={action.error} done={action.done} />
      <ConfirmChange
        open={pending !== undefined}
        title={`Utfall ${kontrollId}, ${period}`}
        confirm={pending && pending.cells > 0 ? (pending.existing ? 'Ändra raden' : 'Lägg till raden') : undefined}
        onConfirm={() => void write()}
        onCancel={() => setPending(undefined)}
      >
        <Body1>{pending?.confirm}</Body1>
      </ConfirmChange>
    </form>
  );
}
