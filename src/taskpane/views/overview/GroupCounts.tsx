import { Body1, Caption1 } from '@fluentui/react-components';
import type { StatusSummary } from '../../../core';
import { plural, statusLine } from './countTexts';
import { useListStyles } from '../listStyles';
import { useOverviewStyles } from './overviewStyles';

/** Per nämnd or per granskning, folded: the heading shows the number of groups, the list one line each. */
export function GroupCounts({ title, summary }: { title: string; summary: StatusSummary }) {
  const styles = useOverviewStyles();
  const list = useListStyles();
  if (summary.rows.length === 0) return null;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>
        {title} ({summary.rows.length})
      </summary>
      <ul className={list.list} aria-label={title}>
        {summary.rows.map((r) => (
          <li key={r.group} className={list.item}>
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
