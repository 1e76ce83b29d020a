import { Badge, Body1, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { FOLLOW_UP_STATUSES, formatRoundProgress, type RegisterData } from '../../core';
import { overviewRegister } from '../../usecases/overviewRegister';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** Översikt: what the workbook holds, counted with the same core as the sheets and the CLI. */
export function OverviewView({ register, today }: { register: RegisterData; today: number }) {
  const styles = useStyles();
  const o = overviewRegister(register, today);
  return (
    <div className={styles.section}>
      <Subtitle2 as="h2">Delar</Subtitle2>
      <Table size="small" aria-label="Delar">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Flik</TableHeaderCell>
            <TableHeaderCell>Rader</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.parts.map((p) => (
            <TableRow key={p.table}>
              <TableCell>
                {p.sheet}
                {p.foundOn && p.foundOn !== p.sheet ? <Caption1> (på {p.foundOn})</Caption1> : null}
              </TableCell>
              <TableCell>{p.foundOn ? p.rows : <Badge appearance="outline">saknas</Badge>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Subtitle2 as="h2">Risker per risknivå</Subtitle2>
      <Table size="small" aria-label="Risker per risknivå">
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
      {o.risksNotScored > 0 ? <Caption1>{o.risksNotScored} risker saknar giltig sannolikhet eller konsekvens.</Caption1> : null}

      <Subtitle2 as="h2">Rekommendationer per status</Subtitle2>
      <Table size="small" aria-label="Rekommendationer per status">
        <TableBody>
          {FOLLOW_UP_STATUSES.map((s) => (
            <TableRow key={s}>
              <TableCell>{s}</TableCell>
              <TableCell>{o.recommendationsPerStatus[s]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {o.rounds.length > 0 ? <Body1>{formatRoundProgress(o.rounds[o.rounds.length - 1])}</Body1> : null}
      <Body1>Försenade åtgärder: {o.overdue}</Body1>
      <Body1>
        Kontrollen hittar {o.errors} fel och {o.warnings} varningar.
      </Body1>
    </div>
  );
}
