import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowWrap: 'break-word' },
  undo: { fontWeight: tokens.fontWeightSemibold },
});

/** Said before every change an add-in makes: Excel's Ångra covers only what the user typed. */
export const UNDO_NOTE = 'Excels Ångra (Ctrl+Z) kan inte ta tillbaka ändringar som Uppsikt gör. Spara en kopia av arbetsboken först om du vill kunna gå tillbaka.';

/** The same in file mode, where there is no Excel: the change stays in the browser until Spara. */
export const FILE_UNDO_NOTE = 'Ändringen görs i arbetsboken här i webbläsaren; filen ändras först när du trycker Spara. Vill du gå tillbaka: öppna filen igen utan att spara.';

/** Which of the two notes the dialogs say; file mode provides FILE_UNDO_NOTE around the pane. */
export const UndoNoteContext = createContext(UNDO_NOTE);

export interface ConfirmChangeProps {
  open: boolean;
  /** What the change is, e.g. "Skapa strukturen". */
  title: string;
  /** What will change, as a list the user reads before saying yes. */
  children: ReactNode;
  /** The button that makes the change; without it (nothing to change) the dialog only closes. */
  confirm?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a change to the workbook: what will change, that Excel cannot undo it, and one button that
 * does exactly that. When there is nothing to change (no `confirm`), it says so and offers only Stäng.
 */
export function ConfirmChange({ open, title, children, confirm, onConfirm, onCancel }: ConfirmChangeProps) {
  const styles = useStyles();
  const undoNote = useContext(UndoNoteContext);
  return (
    <Dialog open={open} onOpenChange={(_e, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {children}
            {confirm ? <Body1 className={styles.undo}>{undoNote}</Body1> : null}
          </DialogContent>
          <DialogActions>
            {confirm ? (
              <>
                <Button appearance="secondary" onClick={onCancel}>
                  Avbryt
                </Button>
                <Button appearance="primary" onClick={onConfirm}>
                  {confirm}
                </Button>
              </>
            ) : (
              <Button appearance="primary" onClick={onCancel}>
                Stäng
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
