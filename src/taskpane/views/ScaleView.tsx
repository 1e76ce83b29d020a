import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { bandForScore, hasErrors, MAX_LEVELS, MIN_LEVELS, scoreRisk, validateScale, type RiskBand, type RiskScale } from '../../core';
import { textColorOn } from '../../workbook/layout/conditionalFormats';
import type { WorkbookPort } from '../../workbook/WorkbookPort';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  band: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) 40px', columnGap: tokens.spacingHorizontalXS },
  matrix: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, width: '28px', height: '24px', textAlign: 'center' },
  color: { width: '40px', height: '32px', padding: 0, border: 'none' },
});

type Axis = 'likelihood' | 'consequence';
const AXIS_LABEL: Record<Axis, string> = { likelihood: 'Sannolikhet', consequence: 'Konsekvens' };

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
            <th scope="row">{s}</th>
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
          <th />
          {Array.from({ length: K }, (_, k) => (
            <th key={k} scope="col">
              {k + 1}
            </th>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** Skala: levels, labels and bands, with a live riskmatris; saved only when valid. */
export function ScaleView({ port, initial, onSaved }: { port: WorkbookPort; initial: RiskScale; onSaved: () => void }) {
  const styles = useStyles();
  const [scale, setScale] = useState<RiskScale>(initial);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string }>();
  const [saving, setSaving] = useState(false);
  const checked = validateScale(scale);
  const invalid = hasErrors(checked.issues) || checked.value === undefined;

  const setAxis = (axis: Axis, labels: string[]) => setScale((s) => ({ ...s, [axis]: { labels } }));
  const setBand = (i: number, band: Partial<RiskBand>) => setScale((s) => ({ ...s, bands: s.bands.map((b, j) => (j === i ? { ...b, ...band } : b)) }));
  const save = async () => {
    if (!checked.value) return;
    setSaving(true);
    try {
      await port.writeScale(checked.value);
      setMessage({ intent: 'success', text: 'Skalan är sparad på Inställningar; formler och färger följer med.' });
      onSaved();
    } catch (e) {
      setMessage({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
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
            <Input key={i} aria-label={`${AXIS_LABEL[axis]} nivå ${i + 1}`} value={label} onChange={(_e, d) => setAxis(axis, scale[axis].labels.map((l, j) => (j === i ? d.value : l)))} />
          ))}
        </section>
      ))}

      <Subtitle2 as="h2">Risknivåer</Subtitle2>
      <Caption1>Namn, riskvärde från och till, färg.</Caption1>
      {scale.bands.map((band, i) => (
        <div key={i} className={styles.band}>
          <Input aria-label={`Risknivå ${i + 1} namn`} value={band.name} onChange={(_e, d) => setBand(i, { name: d.value })} />
          <Input aria-label={`Risknivå ${i + 1} från`} type="number" value={String(band.min)} onChange={(_e, d) => setBand(i, { min: Number(d.value) })} />
          <Input aria-label={`Risknivå ${i + 1} till`} type="number" value={String(band.max)} onChange={(_e, d) => setBand(i, { max: Number(d.value) })} />
          <input className={styles.color} aria-label={`Risknivå ${i + 1} färg`} type="color" value={band.color.toLowerCase()} onChange={(e) => setBand(i, { color: e.target.value.toUpperCase() })} />
        </div>
      ))}

      <Subtitle2 as="h2">Riskmatris</Subtitle2>
      <MatrixPreview scale={scale} />
      {checked.issues.map((issue, i) => (
        <Body1 key={i} role="alert">
          {issue.message}
        </Body1>
      ))}
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button appearance="primary" disabled={invalid || saving} onClick={() => void save()}>
        Spara skalan
      </Button>
    </div>
  );
}
