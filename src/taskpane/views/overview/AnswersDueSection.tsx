import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { OverviewItem, RegisterOverview } from '../../../usecases/overviewRegister';
import { ItemList } from './ItemList';
import { useOverviewStyles } from './overviewStyles';

/** Yttranden due within 30 days or late, per nämnd; nothing when none are. */
export function AnswersDueSection({ answersDue, go }: { answersDue: RegisterOverview['answersDue']; go: (item: OverviewItem) => void }) {
  const styles = useOverviewStyles();
  if (answersDue.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="oversikt-yttranden">
      <Subtitle2 as="h2" id="oversikt-yttranden" className={styles.heading}>
        Yttranden att lämna inom 30 dagar eller försenade
      </Subtitle2>
      {answersDue.map(({ namnd, items }) => (
        <div key={namnd}>
          <Body1 as="h3" className={styles.heading}>
            {namnd} ({items.length})
          </Body1>
          <ItemList label={`Yttranden från ${namnd}`} items={items} go={go} />
        </div>
      ))}
    </section>
  );
}
