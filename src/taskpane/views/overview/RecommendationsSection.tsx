import { Subtitle2, Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import { FOLLOW_UP_STATUSES } from '../../../core';
import type { RegisterOverview } from '../../../usecases/overviewRegister';
import { GroupCounts } from './GroupCounts';
import { useOverviewStyles } from './overviewStyles';

/** Rekommendationer: the count per status, then folded per nämnd and per granskning. */
export function RecommendationsSection({ overview: o }: { overview: RegisterOverview }) {
  const styles = useOverviewStyles();
  return (
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
  );
}
