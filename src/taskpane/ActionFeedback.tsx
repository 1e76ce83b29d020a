import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

export interface ActionFeedbackProps {
  /** What is running, e.g. "Skapar strukturen…"; nothing when idle. */
  busy?: string;
  error?: string;
  /** What the action did, e.g. "Klart: 11 rader …". */
  done?: string;
}

/**
 * The one busy/error/done pattern of every view that writes: a spinner while it runs, then the error or what
 * it did, scrolled into view where the user is looking.
 */
export function ActionFeedback({ busy, error, done }: ActionFeedbackProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error || done) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error, done]);
  return (
    <div ref={ref} role="status" aria-live="polite">
      {busy ? <Spinner size="tiny" label={busy} /> : null}
      {!busy && error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!busy && !error && done ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
