import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { countText, FOLLOW_UP_STATUSES, formatRoundProgress, statusCountText, tableSpec, textColorOn, type Adoption, type RiskScale, type StatusSummary } from '../../core';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { overviewRegister, type OverviewItem, type OverviewMatrixCell } from '../../usecases/overviewRegister';
import type { YearSoFar } from '../../usecases/recordResult/yearSoFar';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { errorText } from '../useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  matrixWrap: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'stretch' },
  axis: { writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center', color: tokens.colorNeutralForeground2 },
  matrix: { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%', maxWidth: '360px' },
  // The axes name the scale's levels as the CLI and the printed report do; names break between words only.
  rowHead: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    width: '72px',
    textAlign: 'right',
    paddingRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
  colHead: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase100,
    textAlign: 'center',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXXS,
  },
  levelName: { display: 'block', fontSize: tokens.fontSizeBase100 },
  // Every cell the same height whether it shows a number or not: the button is a block in a middle-aligned cell
  // (an inline button with text sits on the text's baseline, lower than an empty one).
  cell: { padding: 0, border: `2px solid ${tokens.colorNeutralBackground1}`, verticalAlign: 'middle' },
  cellButton: {
    display: 'block',
    width: '100%',
    minWidth: 0,
    height: '36px',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { outline: `3px solid ${tokens.colorNeutralForeground1}`, outlineOffset: '-3px' },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke1}` },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalS, borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
});

const plural = (n: number, one: string, many: string) => countText(n, { one, many });

/** "1 delvis åtgärdad, 2 ej bedömda" — the statuses a group has, in the fixed order. */
function statusLine(counts: Record<string, number>): string {
  return FOLLOW_UP_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => statusCountText(counts[s], s))
    .join(', ');
}

/** Per nämnd or per granskning, folded: the heading shows the number of groups, the list one line each. */
function GroupCounts({ title, summary }: { title: string; summary: StatusSummary }) {
  const styles = useStyles();
  if (summary.rows.length === 0) return null;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>
        {title} ({summary.rows.length})
      </summary>
      <ul className={styles.list} aria-label={title}>
        {summary.rows.map((r) => (
          <li key={r.group} className={styles.item}>
            <Body1>
              <strong>{r.group || '(tom)'}</strong>: {plural(r.total, 'rekommendation', 'rekommendationer')}
            </Body1>
            <Caption1>{statusLine(r.counts)}</Caption1>
          </li>
        ))}
      </ul>
      {summary.rows.reduce((n, r) => n + r.total, 0) !== summary.total.total ? (
        <Caption1>
          Totalt {plural(summary.total.total, 'rekommendation', 'rekommendationer')}: en rekommendation till flera nämnder räknas i varje nämnd men en gång i totalen.
        </Caption1>
      ) : null}
    </details>
  );
}

/** Rows with a *Gå till* button each: overdue actions, high risks without a control, a matrix cell's risks. */
function ItemList({ label, items, go }: { label: string; items: OverviewItem[]; go: (item: OverviewItem) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={`${item.sheet}!${item.cell}`} className={styles.item}>
          <div className={styles.row}>
            <Body1>
              <strong>{item.id || `${item.sheet} ${item.cell}`}</strong>
              {item.namnd ? ` · ${item.namnd}` : ''}
            </Body1>
            <Button appearance="outline" onClick={() => go(item)} aria-label={`Gå till ${item.sheet}!${item.cell}`}>
              Gå till
            </Button>
          </div>
          {item.text ? <Body1>{item.text}</Body1> : null}
          {item.message ? <Caption1>{item.message}</Caption1> : null}
        </li>
      ))}
    </ul>
  );
}

/** The riskmatris: highest likelihood on top, each cell its level's colour and its count; a click lists the cell's risks. */
function RiskMatrix({ matrix, scale, selected, onSelect }: { matrix: OverviewMatrixCell[][]; scale: RiskScale; selected?: OverviewMatrixCell; onSelect: (cell?: OverviewMatrixCell) => void }) {
  const styles = useStyles();
  const consequences = matrix[0]?.length ?? 0;
  return (
    <div className={styles.matrixWrap}>
      <Caption1 className={styles.axis} aria-hidden>
        Sannolikhet
      </Caption1>
      <table className={styles.matrix} aria-label="Riskmatris: antal risker per sannolikhet och konsekvens">
        <tbody>
          {[...matrix].reverse().map((row) => (
            <tr key={row[0].likelihood}>
              <th scope="row" className={styles.rowHead}>
                {row[0].likelihood} <span className={styles.levelName}>{scale.likelihood.labels[row[0].likelihood - 1] ?? ''}</span>
              </th>
              {row.map((cell) => {
                const isSelected = selected?.likelihood === cell.likelihood && selected.consequence === cell.consequence;
                const label = `Sannolikhet ${cell.likelihood}, konsekvens ${cell.consequence}: ${plural(cell.count, 'risk', 'risker')}${cell.band ? `, ${cell.band.name}` : ''}`;
                return (
                  <td key={cell.consequence} className={styles.cell}>
                    <button
                      type="button"
                      className={`${styles.cellButton} ${isSelected ? styles.selected : ''}`}
                      style={cell.band ? { backgroundColor: cell.band.color, color: textColorOn(cell.band.color) } : undefined}
                      aria-label={label}
                      aria-pressed={isSelected}
                      title={label}
                      onClick={() => onSelect(isSelected ? undefined : cell)}
                    >
                      {cell.count > 0 ? cell.count : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <td />
            {Array.from({ length: consequences }, (_, k) => (
              <th key={k} scope="col" className={styles.colHead}>
                {k + 1}
                <span className={styles.levelName}>{scale.consequence.labels[k] ?? ''}</span>
              </th>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export interface OverviewViewProps {
  adoption: Adoption;
  today: number;
  port: WorkbookPort;
  /** Opens another view: the next step for an empty or foreign workbook. */
  go: (view: string) => void;
}

/** The next step for a workbook that is not yet fully in use: what to do, and a button to the view for it. */
function NextStep({ children, label, onGo, primary = false }: { children: ReactNode; label: string; onGo: () => void; primary?: boolean }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
      <MessageBarActions>
        <Button appearance={primary ? 'primary' : 'secondary'} onClick={onGo}>
          {label}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Översikt: how the work stands, counted with the same use cases as the CLI (matrix, summary, check). */
export function OverviewView({ adoption, today, port, go }: OverviewViewProps) {
  const styles = useStyles();
  const isUppsikt = adoption.report.tables.some((t) => t.foundBy === 'table');
  const own = adoption.report.tables.filter((t) => t.foundBy === 'headers');
  const hasRegister = isUppsikt || own.length > 0;
  // Counted (the full check included) only when there is something to count: a workbook without any of
  // Uppsikt's parts shows only the next step.
  const o = useMemo(() => (hasRegister ? overviewRegister(adoption.register, today) : undefined), [hasRegister, adoption.register, today]);
  // The internkontrollplan's year so far: controlOverview's numbers, the same as `uppsikt utfall`. Its code is a
  // chunk loaded after the first view, so the pane's start bundle does not grow with it.
  const [year, setYear] = useState<YearSoFar>();
  useEffect(() => {
    let alive = true;
    if (hasRegister)
      import(/* webpackChunkName: "year-so-far" */ '../../usecases/recordResult/yearSoFar').then(
        (m) => alive && setYear(m.yearSoFar(adoption.register)),
        () => undefined, // without the chunk (network) Översikt shows the rest, as before
      );
    else setYear(undefined);
    return () => {
      alive = false;
    };
  }, [hasRegister, adoption.register]);
  const [cell, setCell] = useState<OverviewMatrixCell>();
  const [goError, setGoError] = useState<string>();
  const goTo = (item: OverviewItem) => port.select(item.sheet, item.cell).then(() => setGoError(undefined), (e: unknown) => setGoError(errorText(e)));

  if (!o) {
    return (
      <div className={styles.root}>
        <NextStep onGo={() => go('skapa')} label="Gå till Skapa" primary>
          Arbetsboken har ingen Uppsikt-struktur ännu, och inga flikar som liknar en riskanalys eller ett register. Börja med Skapa: en tom struktur, eller
          exempeldata att pröva med.
        </NextStep>
      </div>
    );
  }

  const risks = adoption.register.tables.Risker?.rows.length ?? 0;
  const top = o.risksPerLevel[o.risksPerLevel.length - 1];
  const recommendations = FOLLOW_UP_STATUSES.reduce((n, s) => n + o.recommendationsPerStatus[s], 0) + o.recommendationsUnknownStatus;
  return (
    <div className={styles.root}>
      {!isUppsikt ? (
        <NextStep onGo={() => go('skapa')} label="Gå till Skapa" primary>
          Siffrorna nedan är från dina egna flikar ({own.map((t) => `${t.sheet} som ${tableSpec(t.table).sheet}`).join(', ')}). Nästa steg: Skapa kopierar in dem i
          Uppsikts struktur, med formler, riskmatris och sammanställning. Dina flikar ändras inte.
        </NextStep>
      ) : o.empty ? (
        <NextStep onGo={() => go('importera')} label="Gå till Importera">
          Strukturen finns men är tom. Fyll i risker i Riskanalys, eller hämta revisionens rekommendationer ur en rapport med Importera.
        </NextStep>
      ) : null}

      <section className={styles.section} aria-labelledby="oversikt-laget">
        <Subtitle2 as="h2" id="oversikt-laget" className={styles.heading}>
          Läget
        </Subtitle2>
        <ul className={styles.facts}>
          <li>
            <Body1>
              {plural(risks, 'risk', 'risker')}
              {top && risks > 0 ? `, ${top.count} med risknivå ${top.name}` : ''}
              {o.highRisksWithoutControl.length > 0 ? `, ${o.highRisksWithoutControl.length} av dem utan kontroll` : ''}
            </Body1>
          </li>
          <li>
            <Body1>
              {plural(recommendations, 'rekommendation', 'rekommendationer')}
              {recommendations > 0 ? `: ${statusLine(o.recommendationsPerStatus)}` : ''}
              {o.recommendationsUnknownStatus > 0 ? `, ${o.recommendationsUnknownStatus} med okänd status` : ''}
            </Body1>
          </li>
          {o.currentRound ? (
            <li>
              <Body1>{formatRoundProgress(o.currentRound)}</Body1>
            </li>
          ) : null}
          {year ? (
            <li>
              <div className={styles.row}>
                <Body1>{year.sentence}</Body1>
                <Button size="small" appearance="subtle" onClick={() => go('utfall')}>
                  Visa i Utfall
                </Button>
              </div>
            </li>
          ) : null}
          <li>
            <Body1>Försenade åtgärder: {o.overdue}</Body1>
          </li>
          <li>
            <div className={styles.row}>
              <Body1>
                Kontrollen hittar {o.errors} fel och {plural(o.warnings, 'varning', 'varningar')}.
              </Body1>
              {o.errors + o.warnings > 0 ? (
                <Button appearance="outline" onClick={() => go('kontrollera')}>
                  Visa i Kontrollera
                </Button>
              ) : null}
            </div>
          </li>
        </ul>
      </section>
      {goError ? <Body1 role="alert">{goError}</Body1> : null}

      {risks > 0 ? (
        <section className={styles.section} aria-labelledby="oversikt-matris">
          <Subtitle2 as="h2" id="oversikt-matris" className={styles.heading}>
            Riskmatris
          </Subtitle2>
          <RiskMatrix matrix={o.matrix} scale={adoption.register.scale} selected={cell} onSelect={setCell} />
          <Caption1>{M.matrixOrientation} Välj en ruta för att se dess risker.</Caption1>
          {cell ? (
            <section className={styles.section} aria-label={`Risker med sannolikhet ${cell.likelihood} och konsekvens ${cell.consequence}`}>
              <Body1>
                <strong>
                  Sannolikhet {cell.likelihood}, konsekvens {cell.consequence}
                  {cell.band ? ` (${cell.band.name})` : ''}: {plural(cell.count, 'risk', 'risker')}
                </strong>
              </Body1>
              <ItemList label="Riskerna i rutan" items={cell.risks} go={(i) => void goTo(i)} />
            </section>
          ) : null}
          <Table size="extra-small" aria-label="Risker per risknivå">
            <TableBody>
              {o.risksPerLevel.map((l) => (
                <TableRow key={l.name}>
                  <TableCell>
                    <span className={styles.swatch} style={{ backgroundColor: l.color }} aria-hidden />
                    {l.name}
                  </TableCell>
                  <TableCell>{l.count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {o.risksNotScored > 0 ? <Caption1>{plural(o.risksNotScored, 'risk saknar', 'risker saknar')} giltig sannolikhet eller konsekvens.</Caption1> : null}
        </section>
      ) : null}

      {o.answersDue.length > 0 ? (
        <section className={styles.section} aria-labelledby="oversikt-yttranden">
          <Subtitle2 as="h2" id="oversikt-yttranden" className={styles.heading}>
            Yttranden att lämna inom 30 dagar eller försenade
          </Subtitle2>
          {o.answersDue.map(({ namnd, items }) => (
            <div key={namnd}>
              <Body1 as="h3" className={styles.heading}>
                {namnd} ({items.length})
              </Body1>
              <ItemList label={`Yttranden från ${namnd}`} items={items} go={(i) => void goTo(i)} />
            </div>
          ))}
        </section>
      ) : null}

      {o.overdueActions.length > 0 ? (
        <section className={styles.section} aria-labelledby="oversikt-forsenade">
          <Subtitle2 as="h2" id="oversikt-forsenade" className={styles.heading}>
            Försenade åtgärder ({o.overdueActions.length})
          </Subtitle2>
          <ItemList label="Försenade åtgärder" items={o.overdueActions} go={(i) => void goTo(i)} />
        </section>
      ) : null}

      {year && year.red.length > 0 ? (
        <section className={styles.section} aria-labelledby="oversikt-ej-genomforda">
          <Subtitle2 as="h2" id="oversikt-ej-genomforda" className={styles.heading}>
            Kontroller ej genomförda ({year.red.length})
          </Subtitle2>
          <ItemList label="Kontroller ej genomförda" items={[...year.red]} go={(i) => void goTo(i)} />
        </section>
      ) : null}

      {o.highRisksWithoutControl.length > 0 ? (
        <section className={styles.section} aria-labelledby="oversikt-utan-kontroll">
          <Subtitle2 as="h2" id="oversikt-utan-kontroll" className={styles.heading}>
            Risker på nivå {top?.name ?? 'högsta'} utan kontroll ({o.highRisksWithoutControl.length})
          </Subtitle2>
          <ItemList label="Risker utan kontroll" items={o.highRisksWithoutControl} go={(i) => void goTo(i)} />
        </section>
      ) : null}

      {recommendations > 0 ? (
        <section className={styles.section} aria-labelledby="oversikt-rek">
          <Subtitle2 as="h2" id="oversikt-rek" className={styles.heading}>
            Rekommendationer
          </Subtitle2>
          <Table size="extra-small" aria-label="Rekommendationer per status">
            <TableBody>
              {FOLLOW_UP_STATUSES.map((s) => (
                <TableRow key={s}>
                  <TableCell>{s}</TableCell>
                  <TableCell>{o.recommendationsPerStatus[s]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <GroupCounts title="Per nämnd" summary={o.byNamnd} />
          <GroupCounts title="Per granskning" summary={o.byGranskning} />
        </section>
      ) : null}

      <details className={styles.details}>
        <summary className={styles.summary}>Flikar och rader</summary>
        <Table size="extra-small" aria-label="Delar">
          <TableBody>
            {o.parts.map((p) => (
              <TableRow key={p.table}>
                <TableCell>
                  {p.sheet}
                  {p.foundOn && p.foundOn !== p.sheet ? <Caption1> (på {p.foundOn})</Caption1> : null}
                </TableCell>
                <TableCell>{p.foundOn ? p.rows : 'saknas'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </div>
  );
}
