/*
 * Writing the workbook back: through the File System Access API where the browser has it (into the very
 * file it was opened from, or one the user picks once), else as a download with the file's own name.
 */
import { downloadBytes } from '../downloadBytes';

/** The part of a FileSystemFileHandle saving needs (Chromium's; typed here, the DOM library lacks it). */
export interface WritableFileHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}

interface PickerWindow {
  showSaveFilePicker?: (options: object) => Promise<WritableFileHandle>;
  showOpenFilePicker?: (options: object) => Promise<(WritableFileHandle & { getFile(): Promise<File> })[]>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** The MIME type and picker description for a file name (.xlsm keeps its macros and its extension). */
export function fileType(name: string): { mime: string; extension: string; description: string } {
  return /\.xlsm$/i.test(name)
    ? { mime: XLSM_TYPE, extension: '.xlsm', description: 'Excel-arbetsbok med makron' }
    : { mime: XLSX_TYPE, extension: '.xlsx', description: 'Excel-arbetsbok' };
}

const pickers = (): PickerWindow => window as unknown as PickerWindow;

/** True when the browser can open files with a handle to write back to (Chromium, Edge). */
export const canPickFiles = (): boolean => typeof pickers().showOpenFilePicker === 'function';

/** The user closed a picker: not an error, nothing happens. */
export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/** Asks for one workbook with the browser's file picker; undefined when the user cancels. */
export async function pickWorkbook(): Promise<{ file: File; handle: WritableFileHandle } | undefined> {
  try {
    const [handle] = await pickers().showOpenFilePicker!.call(window, {
      multiple: false,
      types: [{ description: 'Excel-arbetsbok', accept: { [XLSX_TYPE]: ['.xlsx'], [XLSM_TYPE]: ['.xlsm'] } }],
    });
    return { file: await handle.getFile(), handle };
  } catch (e) {
    if (isAbort(e)) return undefined;
    throw e;
  }
}

/** Where a save goes: a file handle (picked now or kept from opening), or a download. */
export type SaveTarget = { how: 'file'; handle: WritableFileHandle } | { how: 'download' };

/**
 * Where `name` is saved, decided before the bytes are made (the browser lets a page open a picker only
 * right after a click): the handle it was opened with, else a file the user picks (showSaveFilePicker,
 * suggested under `name`), else a download. undefined when the user closed the picker.
 */
export async function chooseTarget(name: string, handle?: WritableFileHandle): Promise<SaveTarget | undefined> {
  if (handle) return { how: 'file', handle };
  const picker = pickers().showSaveFilePicker;
  if (typeof picker !== 'function') return { how: 'download' };
  const type = fileType(name);
  try {
    return { how: 'file', handle: await picker.call(window, { suggestedName: name, types: [{ description: type.description, accept: { [type.mime]: [type.extension] } }] }) };
  } catch (e) {
    if (isAbort(e)) return undefined;
    throw e;
  }
}

/** Writes `bytes` to the target: into the file, or as a download named `name`. */
export async function writeTarget(target: SaveTarget, bytes: Uint8Array, name: string): Promise<void> {
  if (target.how === 'download') {
    downloadBytes(bytes, name, fileType(name).mime);
    return;
  }
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const writable = await target.handle.createWritable();
  await writable.write(new Blob([copy], { type: fileType(name).mime }));
  await writable.close();
}
