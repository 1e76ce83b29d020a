import type { WorkbookPort } from '../../usecases/port/WorkbookPort';

/** A workbook file held in memory: the port every view uses, plus what saving needs (XlsxWorkbook fits). */
export interface FileWorkbook extends WorkbookPort {
  /** True after any write since opening, creating or the last markSaved(). */
  readonly hasUnsavedChanges: boolean;
  /** The workbook as .xlsx bytes, computed cells with their values; changes no flag. */
  save(): Promise<Uint8Array>;
  /** The last save()'s bytes are in a file: what was written up to that save() is no longer unsaved. */
  markSaved(): void;
}

/** Opens and creates file workbooks; the real one is XlsxWorkbook, loaded on demand. */
export interface FileWorkbooks {
  open(bytes: Uint8Array, options: { today: () => number }): Promise<FileWorkbook>;
  create(options: { today: () => number }): Promise<FileWorkbook>;
}

/**
 * XlsxWorkbook and ExcelJS, fetched only when a file is opened or created: a chunk of their own, so neither
 * the pane in Excel nor file mode's start screen waits for them.
 */
export const loadFileWorkbooks = (): Promise<FileWorkbooks> => import(/* webpackChunkName: "xlsx-workbook" */ '../../workbook/xlsx/XlsxWorkbook').then((m) => m.XlsxWorkbook);
