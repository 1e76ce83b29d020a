import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { bandForScore, hasErrors, MAX_LEVELS, MIN_LEVELS, scoreRisk, textColorOn, validateScale, type RegisterData, type RiskBand, type RiskScale } from '../../core';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmChange } from '../ConfirmChange';
import { applyScale, scaleEffect, type ScaleEffectRow } from '../../usecases/scale';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { useAction } from '../useAction';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Name, from, to, colour: the numbers need only three digits, the name gets the rest.
  band: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 64px 64px 40px', columnGap: tokens.spacingHorizontalXS, alignItems: 'center' },
  bandHead: { color: tokens.colorNeutralForeground2 },
  number: { minWidth: 0, width: '64px' },
  matrix: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, alignSelf: 'flex-start' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, width: '28px', height: '24px', textAlign: 'center' },
  color: { width: '40px', height: '32px', padding: 0, border: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Axis = 'likelihood' | 'consequence';
const AXIS_LABEL: Record<Axis, string> = { likelihood: 'Sannolikhet', consequence: 'Konsekvens' };
/** How many affected risks the preview names before it says "och N till". */
const LISTED = 8;

function resize(labels: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => labels[i] ?? `Nivå ${i + 1}`);
}

/** The riskmatris as the scale draws it: highest likelihood on top, each cell in its band's colour. */
export function MatrixPreview({ scale }: { scale: RiskScale }) {
  const styles = useStyles();
  const L = scale.likelihood.labels.length;
  const K = scale.consequence.labels.length;
  return (
    <table className={styles.matrix} aria-label="Förhandsvisning av riskmatrisen">
      <tbody>
        {Array.from({ length: L }, (_, r) => L - r).map((s) => (
          <tr key={s}>
            <th scope="row" title={`Sannolikhet ${s}`}>
              {s}
            </th>
            {Array.from({ length: K }, (_, k) => {
              const score = scale.method === 'grid' && scale.grid ? scale.grid[s - 1]?.[k] : scoreRisk(scale, s, k + 1);
              const band = score === undefined ? undefined : bandForScore(scale, score);
              return (
                <td key={k} className={styles.cell} style={band ? { backgroundColor: band.color, color: textColorOn(band.color) } : undefined} title={band?.name ?? 'ingen nivå'}>
                  {score}
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <td />
          {Array.from({ length: K }, (_, k) => (
            <th key={k} scope="col" title={`Konsekvens ${k + 1}`}>
              {k + 1}
            </th>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Affected({ rows, label, text }: { rows: ScaleEffectRow[]; label: string; text: (r: ScaleEffectRow) => string }) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.slice(0, LISTED).map((r) => (
        <li key={`${r.sheet}-${r.row}`}>{text(r)}</li>
      ))}
      {rows.length > LISTED ? <li>och {rows.length - LISTED} till</li> : null}
    </ul>
  );
}

const riskName = (r: ScaleEffectRow) => (r.id === '' ? `raden ${r.row}` : r.id);

/**
 * Skala: levels, labels and bands, with a live riskmatris and what the change does to the risks already
 * assessed; saved only when valid, and values made invalid only when the user says so.
 */
export function ScaleView({ port, register, onSaved }: { port: WorkbookPort; register: RegisterData; onSaved: () => void }) {
  const styles = useStyles();
  const [scale, setScale] = useState<RiskScale>(register.scale);
  const [acceptInvalid, setAcceptInvalid] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const checked = useMemo(() => validateScale(scale), [scale]);
  const invalid = hasErrors(checked.issues) || checked.value === undefined;
  const effect = useMemo(() => (checked.value ? scaleEffect(register, checked.value) : { changed: [], invalid: [] }), [register, checked]);
  const blocked = effect.invalid.length > 0 && !acceptInvalid;

  const edit = (next: (s: RiskScale) => RiskScale) => {
    action.clear();
    setAcceptInvalid(false);
    setScale(next);
  };
  const setAxis = (axis: Axis, labels: string[]) => edit((s) => ({ ...s, [axis]: { labels } }));
  const setBand = (i: number, band: Partial<RiskBand>) => edit((s) => ({ ...s, bands: s.bands.map((b, j) => (j === i ? { ...b, ...band } : b)) }));
  const save = () => {
    const next = checked.value;
    setConfirming(false);
    if (!next) return;
    return action.run(async () => {
      const done = await applyScale(port, next, effect);
      onSaved();
      return done;
    });
  };

  return (
    <div className={styles.section}>
      {(['likelihood', 'consequence'] as const).map((axis) => (
        <section key={axis} className={styles.section} aria-label={AXIS_LABEL[axis]}>
          <Subtitle2 as="h2">{AXIS_LABEL[axis]}</Subtitle2>
          <Field label="Antal nivåer">
            <Select value={String(scale[axis].labels.length)} onChange={(_e, d) => setAxis(axis, resize(scale[axis].labels, Number(d.value)))}>
              {Array.from({ length: MAX_LEVELS - MIN_LEVELS + 1 }, (_, i) => MIN_LEVELS + i).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          {scale[axis].labels.map((label, i) => (
            <Input
              key={i}
              aria-label={`${AXIS_LABEL[axis]} nivå ${i + 1}`}
              contentBefore={<Caption1 aria-hidden>{i + 1}</Caption1>}
              value={label}
              onChange={(_e, d) =>
                setAxis(
                  axis,
                  scale[axis].labels.map((l, j) => (j === i ? d.value : l)),
                )
              }
            />
          ))}
        </section>
      ))}

      <Subtitle2 as="h2">Risknivåer</Subtitle2>
      <div className={styles.band} aria-hidden>
        <Caption1 className={styles.bandHead}>Namn</Caption1>
        <Caption1 className={styles.bandHead}>Från</Caption1>
        <Caption1 className={styles.bandHead}>Till</Caption1>
        <Caption1 className={styles.bandHead}>Färg</Caption1>
      </div>
      {scale.bands.map((band, i) => (
        <div key={i} className={styles.band}>
          <Input aria-label={`Risknivå ${i + 1} namn`} value={band.name} onChange={(_e, d) => setBand(i, { name: d.value })} />
          <Input
            className={styles.number}
            aria-label={`Risknivå ${i + 1} från`}
            type="number"
            value={String(band.min)}
            onChange={(_e, d) => setBand(i, { min: Number(d.value) })}
          />
          <Input
            className={styles.number}
            aria-label={`Risknivå ${i + 1} till`}
            type="number"
            value={String(band.max)}
            onChange={(_e, d) => setBand(i, { max: Number(d.value) })}
          />
          <input
            className={styles.color}
            aria-label={`Risknivå ${i + 1} färg`}
            type="color"
            value={band.color.toLowerCase()}
            onChange={(e) => setBand(i, { color: e.target.value.toUpperCase() })}
          />
        </div>
      ))}

      <Subtitle2 as="h2">Riskmatris</Subtitle2>
      <Caption1>{M.matrixOrientation}</Caption1>
      <MatrixPreview scale={scale} />
      {checked.issues.map((issue, i) => (
        <Body1 key={i} role="alert">
          {issue.message}
        </Body1>
      ))}

      {!invalid && (effect.changed.length > 0 || effect.invalid.length > 0) ? (
        <section className={styles.section} aria-label="Så påverkas riskerna">
          <Subtitle2 as="h2">Så påverkas riskerna</Subtitle2>
          {effect.changed.length > 0 ? <Body1>{effect.changed.length} risker byter risknivå:</Body1> : null}
          <Affected rows={effect.changed} label="Risker som byter risknivå" text={(r) => `${riskName(r)}: ${r.from} → ${r.to}`} />
          {effect.invalid.length > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {effect.invalid.length} risker får värden utanför den nya skalan och saknar då riskvärde och risknivå tills du bedömt dem igen. Uppsikt ändrar inte värdena.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Affected rows={effect.invalid} label="Risker som får ogiltiga värden" text={(r) => `${riskName(r)} (${r.sheet} rad ${r.row}): ${r.from}`} />
          {effect.invalid.length > 0 ? (
            <Checkbox
              checked={acceptInvalid}
              onChange={(_e, d) => setAcceptInvalid(d.checked === true)}
              label={`Spara ändå; jag bedömer de ${effect.invalid.length} riskerna igen`}
            />
          ) : null}
        </section>
      ) : null}

      <Button appearance="primary" disabled={invalid || blocked || action.busy} onClick={() => setConfirming(true)}>
        Spara skalan…
      </Button>
      <ActionFeedback busy={action.busy ? 'Sparar skalan…' : undefined} error={action.error} done={action.done} />

      <ConfirmChange open={confirming} title="Spara skalan" confirm="Spara" onConfirm={() => void save()} onCancel={() => setConfirming(false)}>
        <Body1>
          Skalan på Inställningar skrivs om: sannolikhet {scale.likelihood.labels.length} nivåer, konsekvens {scale.consequence.labels.length} nivåer, {scale.bands.length}{' '}
          risknivåer ({scale.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(', ')}).
        </Body1>
        <Body1>Riskvärde, Risknivå och Riskmatris räknas om, och risknivåernas färger i Riskanalys skrivs om.</Body1>
        <Body1>
          {effect.changed.length === 0 && effect.invalid.length === 0
            ? 'Ingen befintlig risk byter risknivå.'
            : [
                effect.changed.length > 0 ? `${effect.changed.length} risker byter risknivå` : '',
                effect.invalid.length > 0 ? `${effect.invalid.length} risker får värden utanför skalan` : '',
              ]
                .filter((s) => s !== '')
                .join('; ') + '. Inga värden i Riskanalys ändras.'}
        </Body1>
      </ConfirmChange>
    </div>
  );
}
