import { useCallback, useEffect, useState } from 'react';
import { defaultScale, isUppsiktError, type UppsiktError } from '../../core';
import { exampleRegister } from '../../usecases/exampleRegister';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { errorText } from '../useAction';
import { PackageLimitError } from '../../workbook/xlsx/read/packageLimits';
import { checkPackageSize } from '../../workbook/xlsx/size/packageSize';
import { fileProblem } from './fileProblem';
import { fileModeErrors, packageLimitError } from './fileModeErrors';
import type { FileWorkbook, FileWorkbooks } from './fileWorkbook';
import { FILE_MODE_SV as SV } from './messages.sv';
import { chooseTarget, writeTarget, type WritableFileHandle } from './saveFile';
import { withSelectionNotice, type GoToPlace } from './selectionNotice';
import { useUnsavedChanges } from './useUnsavedChanges';

/** The workbook file open in the pane. */
export interface OpenFile {
  workbook: FileWorkbook;
  /** The workbook as the views see it ("Gå till" said in words). */
  port: WorkbookPort;
  name: string;
  /** The file it was opened from or last saved to, where the browser gives one (File System Access API). */
  handle?: WritableFileHandle;
  /** A new App per opened file. */
  key: number;
}

let opened = 0;

/** The error of opening `name`, always naming the file: ours name it already; any other says it could not be opened and why. */
function openError(name: string, e: unknown): UppsiktError {
  return isUppsiktError(e) && e.message.includes(name) ? e : fileModeErrors.unreadable({ file: name, reason: errorText(e) }, { cause: e });
}

/**
 * File mode's state: the workbook file open (or being opened or created), whether it has unsaved changes,
 * saving it, and the place a *Gå till* names. Opening, creating and closing drop the open workbook without
 * asking; useDiscardGuard asks first.
 *
 * @param today - Today as an Excel date serial.
 * @param workbooks - Where XlsxWorkbook comes from.
 */
export function useFileWorkbook(today: () => number, workbooks: () => Promise<FileWorkbooks>) {
  const [open, setOpen] = useState<OpenFile>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  // save() leaves the workbook's unsaved flag alone; only markSaved() after a completed write clears it, so a
  // write that fails (or a picker the user closes) leaves the changes marked as unsaved.
  const { unsaved, isUnsaved, markUnsaved } = useUnsavedChanges();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ intent: 'success' | 'error'; text: string }>();
  const [place, setPlace] = useState<GoToPlace>();

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
    } catch (e) {
      throw fileModeErrors.loadFailed({ cause: e });
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
        } catch (e) {
          throw fileModeErrors.readFailed({ file: file.name }, { cause: e });
        }
        const problem = fileProblem(file.name, bytes);
        if (problem) throw problem;
        // Before ExcelJS builds the whole workbook in the tab: past the CLI's limits, refused as it refuses.
        await checkPackageSize(bytes).catch((e: unknown) => {
          throw e instanceof PackageLimitError ? packageLimitError(file.name, e) : e;
        });
        const make = await factory();
        const workbook = await make.open(bytes, { today });
        show(workbook, file.name, handle);
      } catch (e) {
        setError(openError(file.name, e).message);
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

  const close = useCallback(() => {
    setOpen(undefined);
    markUnsaved(false);
  }, [markUnsaved]);

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

  return {
    open,
    busy,
    error,
    setError,
    unsaved,
    isUnsaved,
    /** Forgets the unsaved changes, once the user has said to drop them. */
    discard: useCallback(() => markUnsaved(false), [markUnsaved]),
    saving,
    result,
    place,
    clearPlace: useCallback(() => setPlace(undefined), []),
    openFile,
    createExample,
    close,
    save,
  };
}
