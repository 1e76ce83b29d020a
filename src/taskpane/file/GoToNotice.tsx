import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { FILE_MODE_SV as SV } from './messages.sv';
import type { GoToPlace } from './selectionNotice';

const useStyles = makeStyles({
  // Fixed to the bottom of the window: "Gå till" is clicked far down a list, and a message at the top of the
  // page would be out of sight and the click would seem to do nothing.
  root: {
    position: 'fixed',
    left: tokens.spacingHorizontalS,
    right: tokens.spacingHorizontalS,
    bottom: tokens.spacingVerticalS,
    zIndex: 1000,
    boxShadow: tokens.shadow16,
    overflowWrap: 'break-word',
  },
  // The same notice, invisible, at the end of the page: the page can scroll as far as the notice is tall, so
  // nothing at the bottom of a view stays hidden under it.
  room: { visibility: 'hidden', overflowWrap: 'break-word' },
});

export interface GoToNoticeProps {
  /** Where the last "Gå till" points; nothing shows without one. */
  place?: GoToPlace;
  onClose: () => void;
}

/** Where "Gå till" points in a file with no grid: sheet, row and the row's content, in view until closed. */
export function GoToNotice({ place, onClose }: GoToNoticeProps) {
  const styles = useStyles();
  const notice = (close?: () => void) =>
    place ? (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{SV.goTo(place)}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={close} tabIndex={close ? undefined : -1}>
            {SV.close}
          </Button>
        </MessageBarActions>
      </MessageBar>
    ) : null;
  return (
    <>
      {place ? (
        <div className={styles.room} aria-hidden>
          {notice()}
        </div>
      ) : null}
      <div role="status" aria-live="polite" className={place ? styles.root : undefined}>
        {notice(onClose)}
      </div>
    </>
  );
}
