import { Button, Field, Input, Textarea, mergeClasses } from '@fluentui/react-components';
import { useListStyles } from '../listStyles';

/** A recommendation as the user corrects it before the import: the texts of its fields. */
export interface Item {
  key: number;
  nr: string;
  text: string;
  addressees: string;
}

/** Lines a text box needs to show all of a recommendation (about 40 characters a line at 320–500 px). */
const rowsFor = (text: string) =>
  Math.min(
    14,
    Math.max(
      2,
      text.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 40), 0),
    ),
  );

/**
 * The recommendations Uppsikt found, each with its number, addressees and text to correct, and buttons to
 * remove one or merge it with the next (a recommendation the text broke in two).
 */
export function RecommendationItems({
  items,
  onEdit,
  onChange,
}: {
  items: readonly Item[];
  onEdit: (index: number, change: Partial<Item>) => void;
  onChange: (items: Item[]) => void;
}) {
  const styles = useListStyles();
  return (
    <>
      {items.map((item, i) => (
        <div key={item.key} className={mergeClasses(styles.item, styles.roomy)}>
          <div className={styles.row}>
            <Field label="Nr">
              <Input aria-label={`Nummer för rekommendation ${i + 1}`} value={item.nr} onChange={(_e, d) => onEdit(i, { nr: d.value })} style={{ width: '4em' }} />
            </Field>
            <Field
              label="Mottagare"
              hint="Flera skiljs med komma"
              validationState={item.addressees.trim() === '' ? 'warning' : 'none'}
              validationMessage={item.addressees.trim() === '' ? 'Rapporten anger ingen mottagare: välj den här.' : undefined}
            >
              <Input aria-label={`Mottagare för rekommendation ${i + 1}`} value={item.addressees} onChange={(_e, d) => onEdit(i, { addressees: d.value })} />
            </Field>
          </div>
          <Textarea
            aria-label={`Text för rekommendation ${i + 1}`}
            value={item.text}
            onChange={(_e, d) => onEdit(i, { text: d.value })}
            resize="vertical"
            rows={rowsFor(item.text)}
          />
          <div className={styles.row}>
            <Button size="small" aria-label={`Ta bort rekommendation ${i + 1}`} onClick={() => onChange(items.filter((_x, j) => j !== i))}>
              Ta bort
            </Button>
            {i + 1 < items.length ? (
              <Button
                size="small"
                aria-label={`Slå ihop med nästa: rekommendation ${i + 1} och ${i + 2}`}
                onClick={() => {
                  const next = items[i + 1];
                  onChange([...items.slice(0, i), { ...item, text: `${item.text.trim()} ${next.text.trim()}` }, ...items.slice(i + 2)]);
                }}
              >
                Slå ihop med nästa
              </Button>
            ) : null}
          </div>
        </div>
      ))}
    </>
  );
}
