import { Body1, Button, Caption1, Checkbox, Field, Input, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { adoptWorkbook, countText, SCHEMA_VERSION, tableSpec, type AdoptedTable, type ColumnOverrides, type WorkbookSnapshot } from '../../core';
import { applyStructure, ID_PREFIX, NAMND_KEY, planStructure, structureKind, structureOutcome, type PlannedStructure, type RequiredFill } from '../../usecases/structure';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmChange } from '../ConfirmChange';
import { paneMessagesSv as P } from '../messages.sv';
import { useAction } from '../useAction';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // One column per row, the header above its drop-down: no label is squeezed, no drop-down covers another.
  mapping: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  missing: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const KEEP = '__keep__';

/** What an Uppsikt workbook needs, said before any button: nothing, an upgrade, or the sheets it lacks. */
function uppsiktState(state: PlannedStructure | undefined): string {
  if (!state) return P.structureUppsikt;
  if (state.nothingToDo) return P.structureCurrent({ version: SCHEMA_VERSION });
  if (state.plan.upgradeFrom !== undefined) return P.structureOlder({ from: state.plan.upgradeFrom, version: SCHEMA_VERSION });
  return P.structureIncomplete({ missing: state.plan.add.map((a) => a.name) });
}

/** Missing required columns of one of the user's sheets, explained, with what Uppsikt can fill in. */
function MissingColumns({ table, fill, onFill }: { table: AdoptedTable; fill: RequiredFill; onFill: (f: RequiredFill) => void }) {
  const styles = useStyles();
  const required = table.missing.filter((m) => m.required);
  if (required.length === 0) return null;
  const spec = tableSpec(table.table);
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header;
  const idHeader = header('id');
  const namndHeader = NAMND_KEY[table.table] ? header(NAMND_KEY[table.table]) : undefined;
  const canId = ID_PREFIX[table.table] !== undefined && required.some((m) => m.header === idHeader);
  const canNamnd = namndHeader !== undefined && required.some((m) => m.header === namndHeader);
  const others = required.filter((m) => !(canId && m.header === idHeader) && !(canNamnd && m.header === namndHeader));
  return (
    <div className={styles.missing} role="group" aria-label={`Obligatoriska kolumner som saknas i ${table.sheet}`}>
      <Body1>
        {table.sheet} saknar {required.length === 1 ? 'den obligatoriska kolumnen' : 'de obligatoriska kolumnerna'} {required.map((m) => m.header).join(', ')}. Uppsikt lägger till{' '}
        {required.length === 1 ? 'den' : 'dem'} i {spec.sheet}; utan dem visar Kontrollera varje rad som ett fel.
      </Body1>
      {canId ? (
        <Checkbox
          checked={fill.ids === true}
          onChange={(_e, d) => onFill({ ...fill, ids: d.checked === true })}
          label={`Ge raderna ${idHeader} (${ID_PREFIX[table.table]}1, ${ID_PREFIX[table.table]}2 …)`}
        />
      ) : null}
      {canNamnd ? (
        <Field label={`${namndHeader} för alla ${table.rowCount} rader`} hint="Lämna tomt för att fylla i själv efteråt.">
          <Input value={fill.namnd ?? ''} onChange={(_e, d) => onFill({ ...fill, namnd: d.value })} />
        </Field>
      ) : null}
      {others.length > 0 ? (
        <Caption1>
          {others.map((m) => m.header).join(', ')} läggs till tomma; fyll i dem i {spec.sheet} efteråt.
        </Caption1>
      ) : null}
    </div>
  );
}

/**
 * Skapa / uppgradera: adds the Uppsikt structure, from the user's own sheets where they were found (with a
 * mapping the user can correct) or empty or with example data. Nothing is written before the user has seen
 * exactly what will change and said yes.
 */
export function CreateView({ port, snapshot, onDone }: { port: WorkbookPort; snapshot: WorkbookSnapshot; onDone: () => void }) {
  const styles = useStyles();
  const [overrides, setOverrides] = useState<Record<string, Record<number, string | null>>>({});
  const [fills, setFills] = useState<Record<string, RequiredFill>>({});
  const [scaleName, setScaleName] = useState('4x4');
  const [example, setExample] = useState(false);
  const [plan, setPlan] = useState<PlannedStructure>();
  // What Skapa fills in or derives (ids, Granskningar from titles, Uppföljning from round columns), said before.
  const [notes, setNotes] = useState<string[]>([]);
  const [busyText, setBusyText] = useState<string>();
  const action = useAction();
  // For an Uppsikt workbook, what Skapa would do is known before asking: current, older or incomplete.
  const [state, setState] = useState<PlannedStructure>();

  const adoption = useMemo(() => adoptWorkbook(snapshot, undefined, { overrides: overrides as Record<string, ColumnOverrides> }), [snapshot, overrides]);
  const { ownTables, isUppsikt, blank } = structureKind(adoption);
  // Own tables get ids by default (the checkbox starts ticked).
  const outcome = () =>
    structureOutcome(adoption, { fills: Object.fromEntries(ownTables.map((t) => [t.table, fills[t.table] ?? { ids: true }])), start: { scale: scaleName, example } });

  useEffect(() => {
    if (!isUppsikt) return undefined;
    let alive = true;
    planStructure(port, outcome().register).then(
      (p) => alive && setState(p),
      () => alive && setState(undefined),
    );
    return () => {
      alive = false;
    };
    // outcome() reads this render's adoption: planned again whenever the workbook is read again.
  }, [port, adoption, isUppsikt]);

  const preview = () => {
    setBusyText(P.reading);
    return action.run(async () => {
      const { register, notes: said } = outcome();
      setNotes(said);
      setPlan(await planStructure(port, register));
    });
  };

  const create = () => {
    if (!plan) return;
    setPlan(undefined);
    setBusyText(P.creatingStructure);
    return action.run(async () => {
      const done = await applyStructure(port, plan);
      onDone();
      return done;
    });
  };

  const setMapping = (table: string, column: number, key: string) => setOverrides((o) => ({ ...o, [table]: { ...(o[table] ?? {}), [column]: key === KEEP ? null : key } }));

  return (
    <div className={styles.section}>
      {blank ? (
        <>
          <Body1>
            Arbetsboken har ingen Uppsikt-struktur och inga flikar som liknar en riskanalys eller ett register. Skapa strukturen tom eller med exempeldata att pröva med.
          </Body1>
          <Field label="Riskskala">
            <RadioGroup value={scaleName} onChange={(_e, d) => setScaleName(d.value)} layout="horizontal">
              <Radio value="4x4" label="4 × 4" />
              <Radio value="5x5" label="5 × 5" />
            </RadioGroup>
          </Field>
          <Checkbox checked={example} onChange={(_e, d) => setExample(d.checked === true)} label="Fyll med exempeldata" />
        </>
      ) : null}
      {isUppsikt ? <Body1>{uppsiktState(state)}</Body1> : null}
      {ownTables.map((t) => {
        const spec = tableSpec(t.table);
        const columns = [
          ...t.mapped.map((m) => ({ column: m.column, header: m.header, key: m.key })),
          ...t.unmapped.map((u) => ({ column: u.column, header: u.header, key: KEEP })),
        ].sort((a, b) => a.column - b.column);
        return (
          <section key={t.table} aria-label={`Tolkning av ${t.sheet}`} className={styles.section}>
            <Subtitle2 as="h2">
              {t.sheet} → {spec.sheet}
            </Subtitle2>
            <Caption1>
              Rubrikerna på rad {t.headerRow + 1}, {countText(t.rowCount, { one: 'rad', many: 'rader' })}. Raderna kopieras till {spec.sheet}; {t.sheet} ändras inte. Välj vad varje
              kolumn är om tolkningen är fel.
            </Caption1>
            <fieldset className={styles.mapping}>
              {columns.map((c) => (
                <Field key={c.column} label={c.header}>
                  <Select className={styles.select} aria-label={`Kolumnen ${c.header}`} value={c.key} onChange={(_e, d) => setMapping(t.table, c.column, d.value)}>
                    <option value={KEEP}>Behåll som egen kolumn</option>
                    {spec.columns.map((s) => (
                      <option key={s.key} value={s.key}>
                        {s.header}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </fieldset>
            <MissingColumns table={t} fill={fills[t.table] ?? { ids: true }} onFill={(f) => setFills((all) => ({ ...all, [t.table]: f }))} />
          </section>
        );
      })}
      {isUppsikt && state?.nothingToDo ? null : (
        <Button appearance="primary" disabled={action.busy} onClick={() => void preview()}>
          {!isUppsikt ? 'Skapa strukturen…' : state && state.plan.upgradeFrom === undefined ? 'Lägg till det som saknas…' : 'Uppgradera…'}
        </Button>
      )}
      <ActionFeedback busy={action.busy ? busyText : undefined} error={action.error} done={action.done} />

      <ConfirmChange
        open={plan !== undefined}
        title={plan?.nothingToDo ? 'Inget att ändra' : isUppsikt ? 'Det här ändras vid uppgraderingen' : 'Det här skapas'}
        confirm={plan && !plan.nothingToDo ? (isUppsikt ? 'Uppgradera' : 'Skapa') : undefined}
        onConfirm={() => void create()}
        onCancel={() => setPlan(undefined)}
      >
        {plan?.nothingToDo ? <Body1>Strukturen finns redan och är av senaste versionen; inget behöver läggas till.</Body1> : null}
        {plan && plan.plan.add.length > 0 ? (
          <>
            <Body1>Nya flikar:</Body1>
            <ul className={styles.list} aria-label="Nya flikar">
              {plan.plan.add.map((a) => (
                <li key={a.schemaSheet}>{a.name === a.schemaSheet ? a.name : `${a.name} (namnet ${a.schemaSheet} är upptaget)`}</li>
              ))}
            </ul>
          </>
        ) : null}
        {plan && plan.plan.copyFrom.length > 0 ? (
          <ul className={styles.list} aria-label="Kopieras">
            {plan.plan.copyFrom.map((c) => (
              <li key={c.table}>
                {countText(c.rows, { one: 'rad', many: 'rader' })} kopieras från {c.sheet} till {tableSpec(c.table).sheet}.
              </li>
            ))}
          </ul>
        ) : null}
        {plan && blank && example ? (
          <Body1>
            Flikarna fylls med exempeldata att pröva med:{' '}
            {Object.values(plan.register.tables)
              .filter((t) => t && t.rows.length > 0)
              .map((t) => `${countText(t!.rows.length, { one: 'rad', many: 'rader' })} i ${tableSpec(t!.table).sheet}`)
              .join(', ')}
            .
          </Body1>
        ) : null}
        {plan && notes.length > 0 ? (
          <ul className={styles.list} aria-label="Fylls i">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        {plan?.plan.upgradeFrom !== undefined ? <Body1>Arbetsboken uppgraderas från schemaversion {plan.plan.upgradeFrom}; kolumner som saknas läggs till.</Body1> : null}
        {plan && !plan.nothingToDo ? <Body1>Dina egna flikar och celler ändras inte.</Body1> : null}
      </ConfirmChange>
    </div>
  );
}
