import { useCallback } from 'react';
import { App } from '../App';
import { FILE_UNDO_NOTE, UndoNoteContext } from '../ConfirmChange';
import { errorText } from '../useAction';
import { DiscardDialog } from './DiscardDialog';
import { FileBar } from './FileBar';
import { FileStart } from './FileStart';
import { loadFileWorkbooks, type FileWorkbooks } from './fileWorkbook';
import { GoToNotice } from './GoToNotice';
import { FILE_MODE_SV as SV } from './messages.sv';
import { canPickFiles, pickWorkbook, type WritableFileHandle } from './saveFile';
import { useDiscardGuard } from './useDiscardGuard';
import { useFileDrop } from './useFileDrop';
import { useFileWorkbook } from './useFileWorkbook';

export interface FileModeProps {
  /** Today as an Excel date serial (the pane's one clock). */
  today: () => number;
  /** Where XlsxWorkbook comes from: loaded on demand; tests pass their own. */
  workbooks?: () => Promise<FileWorkbooks>;
}

/** What the user asks file mode to do: each would drop the open workbook. */
type Request = { kind: 'file'; file: File; handle?: WritableFileHandle } | { kind: 'example' } | { kind: 'close' };

/**
 * The pane outside Office: a workbook file opened (file input, drag and drop, the browser's picker) or the
 * example created, then the same App with every view over it through XlsxWorkbook, and a bar to save it.
 * Leaving with unsaved changes asks first.
 */
export function FileMode({ today, workbooks = loadFileWorkbooks }: FileModeProps) {
  const file = useFileWorkbook(today, workbooks);
  const { openFile, createExample, close, setError } = file;

  const run = useCallback(
    (what: Request) => {
      if (what.kind === 'file') void openFile(what.file, what.handle);
      else if (what.kind === 'example') void createExample();
      else close();
    },
    [close, createExample, openFile],
  );
  const { pending, request, confirm, cancel } = useDiscardGuard<Request>(file.isUnsaved, run, file.discard);

  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        if (files.length !== 1) {
          setError(SV.tooMany);
          return;
        }
        request({ kind: 'file', file: files[0] });
      },
      [request, setError],
    ),
  );

  const pick = async () => {
    try {
      const picked = await pickWorkbook();
      if (picked) request({ kind: 'file', file: picked.file, handle: picked.handle });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const { open } = file;
  return (
    <>
      {open ? (
        // Excel's Ångra is no part of file mode: the dialogs say what Spara does instead.
        <UndoNoteContext.Provider value={FILE_UNDO_NOTE}>
          <App
            key={open.key}
            port={open.port}
            today={today}
            fileMode
            bar={
              <FileBar
                name={open.name}
                unsaved={file.unsaved}
                saving={file.saving}
                onSave={() => void file.save()}
                onOpenOther={() => request({ kind: 'close' })}
                result={file.result}
              />
            }
          />
          <GoToNotice place={file.place} onClose={file.clearPlace} />
        </UndoNoteContext.Provider>
      ) : (
        <FileStart
          onFile={(f) => request({ kind: 'file', file: f })}
          onPick={canPickFiles() ? () => void pick() : undefined}
          onExample={() => request({ kind: 'example' })}
          busy={file.busy}
          error={file.error}
          dragging={dragging}
        />
      )}
      <DiscardDialog open={pending !== undefined} name={open?.name ?? ''} onCancel={cancel} onDiscard={confirm} />
    </>
  );
}
