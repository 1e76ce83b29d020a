import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { adoptWorkbook, PRESET_SCALES, registerFromRecords, tableSpec, type ColumnOverrides, type RegisterData, type WorkbookSnapshot } from '../../core';
import { exampleRegister } from '../../usecases/exampleRegister';
import type { StructurePlan, WorkbookPort } from '../../workbook/WorkbookPort';
import { errorText } from '../useAction';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  mapping: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.4fr)', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const KEEP = '__keep__';

/**
 * Skapa / uppgradera: adds the Uppsikt structure, from the user's own sheets where they were found (with a
 * mapping the user can correct) or empty or with example data. Nothing is written before the user has seen
 * exactly what will change and said yes.
 */
export function CreateView({ port, snapshot, onDone }: { port: WorkbookPort; snapshot: WorkbookSnapshot; onDone: () => void }) {
  const styles = useStyles();
  const [overrides, setOverrides] = useState<Record<string, Record<number, string | null>>>({});
  const [scaleName, setScaleName] = useState('4x4');
  const [example, setExample] = useState(false);
  const [plan, setPlan] = useState<{ plan: StructurePlan; register: RegisterData }>();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string }>();

  const adoption = adoptWorkbook(snapshot, undefined, { overrides: overrides as Record<string, ColumnOverrides> });
  const ownTables = adoption.report.tables.filter((t) => t.foundBy === 'headers');
  const isUppsikt = adoption.report.tables.some((t) => t.foundBy === 'table');
  const blank = ownTables.length === 0 && !isUppsikt;
  const register = (): RegisterData => {
    if (!blank) return adoption.register;
    const scale = PRESET_SCALES[scaleName];
    return example ? exampleRegister(scale) : registerFromRecords(scale, {});
  };

  const preview = async () => {
    setBusy('Läser arbetsboken…');
    setMessage(undefined);
    try {
      const r = register();
      setPlan({ plan: await port.planStructure(r), register: r });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  };

  const create = async () => {
    if (!plan) return;
    const r = plan.register;
    setPlan(undefined);
    setBusy('Skapar strukturen…');
    try {
      const result = await port.createStructure(r);
      setMessage({ intent: 'success', text: result.sheets.length > 0 ? `Klart: ${result.sheets.join(', ')}.` : 'Klart: strukturen är uppgraderad.' });
      onDone();
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  };

  const setMapping = (table: string, column: number, key: string) =>
    setOverrides((o) => ({ ...o, [table]: { ...(o[table] ?? {}), [column]: key === KEEP ? null : key } }));

  return (
    <div className={styles.section}>
      {blank ? (
        <>
          <Body1>Arbetsboken har ingen Uppsikt-struktur och inga flikar som liknar en riskanalys eller ett register.</Body1>
          <Field label="Riskskala">
            <RadioGroup value={scaleName} onChange={(_e, d) => setScaleName(d.value)} layout="horizontal">
              <Radio value="4x4" label="4 × 4" />
              <Radio value="5x5" label="5 × 5" />
            </RadioGroup>
          </Field>
          <Checkbox checked={example} onChange={(_e, d) => setExample(d.checked === true)} label="Fyll med exempeldata" />
        </>
      ) : null}
      {isUppsikt ? <Body1>Arbetsboken är en Uppsikt-arbetsbok. Det som saknas läggs till och en äldre version uppgraderas; inget du skrivit ändras.</Body1> : null}
      {ownTables.map((t) => {
        const spec = tableSpec(t.table);
        const columns = [...t.mapped.map((m) => ({ column: m.column, header: m.header, key: m.key })), ...t.unmapped.map((u) => ({ column: u.column, header: u.header, key: KEEP }))].sort((a, b) => a.column - b.column);
        return (
          <section key={t.table} aria-label={`Tolkning av ${t.sheet}`} className={styles.section}>
            <Subtitle2 as="h2">
              {t.sheet} → {spec.sheet}
            </Subtitle2>
            <Caption1>Rubrikerna på rad {t.headerRow + 1}, {t.rowCount} rader. Ändra tolkningen om den är fel.</Caption1>
            <div className={styles.mapping}>
              {columns.map((c) => (
                <Field key={c.column} label={c.header} orientation="horizontal">
                  <Select aria-label={`Kolumnen ${c.header}`} value={c.key} onChange={(_e, d) => setMapping(t.table, c.column, d.value)}>
                    <option value={KEEP}>Behåll som egen kolumn</option>
                    {spec.columns.map((s) => (
                      <option key={s.key} value={s.key}>
                        {s.header}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
            {t.missing.some((m) => m.required) ? <Caption1>Obligatoriska kolumner som saknas: {t.missing.filter((m) => m.required).map((m) => m.header).join(', ')}.</Caption1> : null}
          </section>
        );
      })}
      {busy ? <Spinner size="tiny" label={busy} /> : null}
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button appearance="primary" disabled={busy !== undefined} onClick={() => void preview()}>
        {isUppsikt ? 'Uppgradera…' : 'Skapa strukturen…'}
      </Button>

      <Dialog open={plan !== undefined} onOpenChange={(_e, d) => (d.open ? undefined : setPlan(undefined))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Det här ändras</DialogTitle>
            <DialogContent>
              {plan && plan.plan.add.length === 0 && plan.plan.upgradeFrom === undefined ? <Body1>Strukturen finns redan; inget behöver läggas till.</Body1> : null}
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
                      {c.rows} rader kopieras från {c.sheet} till {tableSpec(c.table).sheet}.
                    </li>
                  ))}
                </ul>
              ) : null}
              {plan?.plan.upgradeFrom !== undefined ? <Body1>Arbetsboken uppgraderas från schemaversion {plan.plan.upgradeFrom}; kolumner som saknas läggs till.</Body1> : null}
              <Body1>Dina egna flikar och celler ändras inte.</Body1>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPlan(undefined)}>
                Avbryt
              </Button>
              <Button appearance="primary" onClick={() => void create()}>
                Skapa
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
