import { Badge, Body1, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { FILE_MODE_SV as SV } from './messages.sv';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minWidth: 0 },
});

export interface FileBarProps {
  name: string;
  unsaved: boolean;
  saving: boolean;
  onSave: () => void;
  onOpenOther: () => void;
  /** What the last save did, or why it failed. */
  result?: { intent: 'success' | 'error'; text: string };
}

/** The open file: its name, whether it has unsaved changes, and Spara. */
export function FileBar({ name, unsaved, saving, onSave, onOpenOther, result }: FileBarProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={SV.fileBar(name)}>
      <div className={styles.row}>
        <Body1 className={styles.name}>{name}</Body1>
        {unsaved ? (
          <Badge appearance="tint" color="warning">
            {SV.unsaved}
          </Badge>
        ) : null}
      </div>
      <div className={styles.row}>
        <Button appearance={unsaved ? 'primary' : 'secondary'} size="small" disabled={saving} onClick={onSave}>
          {SV.save}
        </Button>
        <Button appearance="subtle" size="small" disabled={saving} onClick={onOpenOther}>
          {SV.openOther}
        </Button>
        {saving ? <Spinner size="extra-tiny" label={SV.saving} /> : null}
      </div>
      <div role="status" aria-live="polite">
        {result ? (
          <MessageBar intent={result.intent} layout="multiline">
            <MessageBarBody>{result.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
