import { Caption1 } from '@fluentui/react-components';
import type { OverviewPart } from '../../../usecases/overviewRegister';
import { CountTable } from './CountTable';
import { useOverviewStyles } from './overviewStyles';

/** Flikar och rader, folded: each of Uppsikt's parts, the sheet it was found on and its rows, or saknas. */
export function PartsTable({ parts }: { parts: readonly OverviewPart[] }) {
  const styles = useOverviewStyles();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Flikar och rader</summary>
      <CountTable
        label="Delar"
        rows={parts.map((p) => ({
          key: p.table,
          label: (
            <>
              {p.sheet}
              {p.foundOn && p.foundOn !== p.sheet ? <Caption1> (på {p.foundOn})</Caption1> : null}
            </>
          ),
          count: p.foundOn ? p.rows : 'saknas',
        }))}
      />
    </details>
  );
}
