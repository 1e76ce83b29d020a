import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/*
 * Översikt's small tables of counts (per risknivå, per status, Flikar och rader) as a plain HTML table styled as
 * Fluent's extra-small Table. They show in the first view, and Fluent's Table brought its selection, sorting and
 * focus machinery into the pane's start for rows that are never selected, sorted or focused.
 */
const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  row: { color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  cell: { height: '24px', padding: `0px ${tokens.spacingHorizontalS}`, textAlign: 'left', fontWeight: tokens.fontWeightRegular, verticalAlign: 'middle' },
});

/**
 * A table of label–count rows.
 *
 * @param label - The table's accessible name.
 * @param rows - Each row's key, label and count.
 */
export function CountTable({ label, rows }: { label: string; rows: readonly { key: string; label: ReactNode; count: ReactNode }[] }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={styles.row}>
            <td className={styles.cell}>{r.label}</td>
            <td className={styles.cell}>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
