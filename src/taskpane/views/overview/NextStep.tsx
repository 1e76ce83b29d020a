import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** The next step for a workbook that is not yet fully in use: what to do, and a button to the view for it. */
export function NextStep({ children, label, onGo, primary = false }: { children: ReactNode; label: string; onGo: () => void; primary?: boolean }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
      <MessageBarActions>
        <Button appearance={primary ? 'primary' : 'secondary'} onClick={onGo}>
          {label}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
