import { Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { OverviewItem } from '../../../usecases/overviewRegister';
import { useListStyles } from '../listStyles';
import { useOverviewStyles } from './overviewStyles';

/** Rows with a *Gå till* button each: overdue actions, high risks without a control, a matrix cell's risks. */
export function ItemList({ label, items, go }: { label: string; items: readonly OverviewItem[]; go: (item: OverviewItem) => void }) {
  const list = useListStyles();
  return (
    <ul className={list.list} aria-label={label}>
      {items.map((item) => (
        <li key={`${item.sheet}!${item.cell}`} className={list.item}>
          <div className={list.row}>
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

/** A section of Översikt that lists items to go to, under its heading; nothing when there are none. */
export function ItemSection({ id, title, label, items, go }: { id: string; title: string; label: string; items: readonly OverviewItem[]; go: (item: OverviewItem) => void }) {
  const styles = useOverviewStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      <ItemList label={label} items={items} go={go} />
    </section>
  );
}
