import { Subtitle2 } from '@fluentui/react-components';
import { FOLLOW_UP_STATUSES } from '../../../core';
import type { RegisterOverview } from '../../../usecases/overviewRegister';
import { CountTable } from './CountTable';
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
      <CountTable label="Rekommendationer per status" rows={FOLLOW_UP_STATUSES.map((s) => ({ key: s, label: s, count: o.recommendationsPerStatus[s] }))} />
      <GroupCounts title="Per nämnd" summary={o.byNamnd} />
      <GroupCounts title="Per granskning" summary={o.byGranskning} />
    </section>
  );
}
