import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { FILE_MODE_SV as SV } from './messages.sv';

export interface DiscardDialogProps {
  open: boolean;
  /** The open file's name, which the question names. */
  name: string;
  onCancel: () => void;
  onDiscard: () => void;
}

/** The question before unsaved changes are dropped: Avbryt keeps the workbook, Släpp ändringarna goes on. */
export function DiscardDialog({ open, name, onCancel, onDiscard }: DiscardDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_e, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{SV.unsaved}</DialogTitle>
          <DialogContent>
            <Body1>{SV.confirmDiscard(name)}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              Avbryt
            </Button>
            <Button appearance="primary" onClick={onDiscard}>
              Släpp ändringarna
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
