import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultScale } from '../../core';
import { exampleRegister } from '../../usecases/exampleRegister';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { App } from '../App';
import { FILE_UNDO_NOTE, UndoNoteContext } from '../ConfirmChange';
import { errorText } from '../useAction';
import { FileBar } from './FileBar';
import { fileProblem } from './fileProblem';
import { FileStart } from './FileStart';
import { loadFileWorkbooks, type FileWorkbook, type FileWorkbooks } from './fileWorkbook';
import { FILE_MODE_SV as SV } from './messages.sv';
import { canPickFiles, chooseTarget, pickWorkbook, writeTarget, type WritableFileHandle } from './saveFile';
import { GoToNotice } from './GoToNotice';
import { withSelectionNotice, type GoToPlace } from './selectionNotice';

export interface FileModeProps {
  /** Today as an Excel date serial (the pane's one clock). */
  today: () => number;
  /** Where XlsxWorkbook comes from: loaded on demand; tests pass their own. */
  workbooks?: () => Promise<FileWorkbooks>;
}

interface OpenFile {
  workbook: FileWorkbook;
  /** The workbook as the views see it ("Gå till" said in words). */
  port: WorkbookPort;
  name: string;
  /** The file it was opened from or last saved to, where the browser gives one (File System Access API). */
  handle?: WritableFileHandle;
  /** A new App per opened file. */
  key: number;
}

type Pending = { kind: 'file'; file: File; handle?: WritableFileHandle } | { kind: 'example' } | { kind: 'close' };

let opened = 0;

/** The error of opening `name`, always naming the file. */
function openError(name: string, e: unknown): string {
  const text = errorText(e);
  return text.includes(name) ? text : SV.unreadable(name, text);
}

/**
 * The pane outside Office: a workbook file opened (file input, drag and drop, the browser's picker) or the
 * example created, then the same App with every view over it through XlsxWorkbook, and a bar to save it.
 * Leaving with unsaved changes asks first.
 */
export function FileMode({ today, workbooks = loadFileWorkbooks }: FileModeProps) {
  const [open, setOpen] = useState<OpenFile>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  // The workbook's hasUnsavedChanges is the truth, mirrored here for rendering and, in a ref, for beforeunload.
  // save() leaves it alone; only markSaved() after a completed write clears it, so a write that fails (or a
  // picker the user closes) leaves the changes marked as unsaved.
  const [unsaved, setUnsaved] = useState(false);
  const unsavedRef = useRef(false);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ intent: 'success' | 'error'; text: string }>();
  const [place, setPlace] = useState<GoToPlace>();
  const [pending, setPending] = useState<Pending>();

  const markUnsaved = useCallback((value: boolean) => {
    unsavedRef.current = value;
    setUnsaved(value);
  }, []);

  useEffect(() => {
    if (!open) return undefined;
    let stop: (() => void) | undefined;
    let alive = true;
    void open.workbook
      .onChanged(() => {
        if (!open.workbook.hasUnsavedChanges) return;
        markUnsaved(true);
        setResult(undefined);
      })
      .then((s) => (alive ? (stop = s) : s()));
    return () => {
      alive = false;
      stop?.();
    };
  }, [open, markUnsaved]);

  useEffect(() => {
    // The browser shows its own question (the text cannot be set); it appears only with unsaved changes.
    // preventDefault for current browsers, a non-empty returnValue for older ones.
    const ask = (e: BeforeUnloadEvent) => {
      if (!unsavedRef.current) return undefined;
      e.preventDefault();
      e.returnValue = SV.unsaved;
      return SV.unsaved;
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  const show = useCallback(
    (workbook: FileWorkbook, name: string, handle?: WritableFileHandle) => {
      setOpen({ workbook, port: withSelectionNotice(workbook, setPlace), name, handle, key: ++opened });
      markUnsaved(workbook.hasUnsavedChanges);
      setPlace(undefined);
      setResult(undefined);
    },
    [markUnsaved],
  );

  const factory = useCallback(async () => {
    try {
      return await workbooks();
    } catch {
      throw new Error(SV.loadFailed);
    }
  }, [workbooks]);

  const openFile = useCallback(
    async (file: File, handle?: WritableFileHandle) => {
      setOpen(undefined);
      markUnsaved(false);
      setError(undefined);
      setBusy(SV.opening(file.name));
      try {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          throw new Error(SV.readFailed(file.name));
        }
        const problem = fileProblem(file.name, bytes);
        if (problem) throw new Error(problem);
        const make = await factory();
        const workbook = await make.open(bytes, { today }).catch((e: unknown) => {
          throw new Error(openError(file.name, e));
        });
        show(workbook, file.name, handle);
      } catch (e) {
        setError(openError(file.name, e));
      } finally {
        setBusy(undefined);
      }
    },
    [factory, markUnsaved, show, today],
  );

  const createExample = useCallback(async () => {
    setOpen(undefined);
    setError(undefined);
    setBusy(SV.creating);
    try {
      const workbook = await (await factory()).create({ today });
      await workbook.createStructure(exampleRegister(defaultScale));
      show(workbook, SV.exampleFileName);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  }, [factory, show, today]);

  /** Runs what the user asked for, after asking first when it would drop unsaved changes. */
  const request = useCallback(
    (what: Pending) => {
      if (unsavedRef.current) {
        setPending(what);
        return;
      }
      if (what.kind === 'file') void openFile(what.file, what.handle);
      else if (what.kind === 'example') void createExample();
      else {
        setOpen(undefined);
        markUnsaved(false);
      }
    },
    [createExample, markUnsaved, openFile],
  );

  const confirmPending = () => {
    const what = pending;
    setPending(undefined);
    if (!what) return;
    markUnsaved(false);
    request(what);
  };

  useEffect(() => {
    // Drag and drop anywhere on the page; a file dropped outside the drop zone must not make the browser
    // navigate away to it.
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length !== 1) {
        setError(SV.tooMany);
        return;
      }
      request({ kind: 'file', file: files[0] });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [request]);

  const save = async () => {
    if (!open) return;
    setSaving(true);
    setResult(undefined);
    try {
      // The target first: a picker may open only right after the click.
      const target = await chooseTarget(open.name, open.handle);
      if (!target) return;
      const bytes = await open.workbook.save();
      const name = target.how === 'file' ? target.handle.name : open.name;
      await writeTarget(target, bytes, name);
      open.workbook.markSaved();
      // A change made while the file was being written is still unsaved.
      markUnsaved(open.workbook.hasUnsavedChanges);
      if (target.how === 'file') setOpen({ ...open, name, handle: target.handle });
      setResult({ intent: 'success', text: SV.savedAs(name, target.how) });
    } catch (e) {
      markUnsaved(true);
      setResult({ intent: 'error', text: SV.saveFailed(open.name, errorText(e)) });
    } finally {
      setSaving(false);
    }
  };

  const pick = async () => {
    try {
      const picked = await pickWorkbook();
      if (picked) request({ kind: 'file', file: picked.file, handle: picked.handle });
    } catch (e) {
      setError(errorText(e));
    }
  };

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
            bar={<FileBar name={open.name} unsaved={unsaved} saving={saving} onSave={() => void save()} onOpenOther={() => request({ kind: 'close' })} result={result} />}
          />
          <GoToNotice place={place} onClose={() => setPlace(undefined)} />
        </UndoNoteContext.Provider>
      ) : (
        <FileStart
          onFile={(file) => request({ kind: 'file', file })}
          onPick={canPickFiles() ? () => void pick() : undefined}
          onExample={() => request({ kind: 'example' })}
          busy={busy}
          error={error}
          dragging={dragging}
        />
      )}
      <Dialog open={pending !== undefined} onOpenChange={(_e, d) => (d.open ? undefined : setPending(undefined))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{SV.unsaved}</DialogTitle>
            <DialogContent>
              <Body1>{SV.confirmDiscard(open?.name ?? '')}</Body1>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(undefined)}>
                Avbryt
              </Button>
              <Button appearance="primary" onClick={confirmPending}>
                Släpp ändringarna
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
