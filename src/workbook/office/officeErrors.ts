import { officeMessagesSv } from './messages.sv';

/*
 * Errors from Excel as Swedish messages that say what to do. Office.js rejects context.sync() with an
 * OfficeExtension.Error whose `code` names the cause; the sentences are in messages.sv.ts.
 */
/** The Swedish message for an error thrown by Excel.run / context.sync. */
export function officeErrorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && officeMessagesSv.excelErrors[code]) return officeMessagesSv.excelErrors[code];
  const text = error instanceof Error ? error.message : String(error);
  return officeMessagesSv.excelError(text);
}

/** An Error carrying the Swedish message, for the task pane to show as it is. */
export class OfficeWriteError extends Error {
  constructor(readonly excelError: unknown) {
    super(officeErrorMessage(excelError));
    this.name = 'OfficeWriteError';
  }
}
