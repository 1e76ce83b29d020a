import { Caption1, Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import type { OverviewPart } from '../../../usecases/overviewRegister';
import { useOverviewStyles } from './overviewStyles';

/** Flikar och rader, folded: each of Uppsikt's parts, the sheet it was found on and its rows, or saknas. */
export function PartsTable({ parts }: { parts: readonly OverviewPart[] }) {
  const styles = useOverviewStyles();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Flikar och rader</summary>
      <Table size="extra-small" aria-label="Delar">
        <TableBody>
          {parts.map((p) => (
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
  );
}
