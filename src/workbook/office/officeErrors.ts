/*
 * Errors from Excel as Swedish messages that say what to do. Office.js rejects context.sync() with an
 * OfficeExtension.Error whose `code` names the cause (see the ErrorCodes in the Office.js reference).
 */
const MESSAGES: Record<string, string> = {
  AccessDenied: 'Excel nekade ändringen: bladet eller arbetsboken är skyddad. Ta bort skyddet (Granska → Ta bort skydd) och försök igen.',
  InvalidOperationInCellEditMode: 'Excel är i redigeringsläge. Tryck Enter eller Esc i cellen du skriver i och försök igen.',
  ItemAlreadyExists: 'Ett namn som Uppsikt behöver används redan i arbetsboken (en flik, tabell eller ett definierat namn). Byt namn på det och försök igen.',
  InsertDeleteConflict: 'En tabell eller ett sammanfogat område ligger i vägen för Uppsikts tabell. Flytta det och försök igen.',
  InvalidArgument: 'Excel godtog inte ändringen (ogiltigt område eller namn). Ingenting har ändrats i dina egna celler; kontakta den som förvaltar Uppsikt.',
  RequestPayloadSizeLimitExceeded: 'Ändringen var för stor för Excel på webben i ett steg. Försök igen; Uppsikt delar upp den i mindre delar.',
  Conflict: 'Arbetsboken ändrades av någon annan samtidigt. Vänta en stund och försök igen.',
  GeneralException: 'Excel kunde inte genomföra ändringen. Spara arbetsboken, stäng och öppna den igen och försök på nytt.',
};

/** The Swedish message for an error thrown by Excel.run / context.sync. */
export function officeErrorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && MESSAGES[code]) return MESSAGES[code];
  const text = error instanceof Error ? error.message : String(error);
  return `Excel rapporterade ett fel: ${text}`;
}

/** An Error carrying the Swedish message, for the task pane to show as it is. */
export class OfficeWriteError extends Error {
  constructor(readonly excelError: unknown) {
    super(officeErrorMessage(excelError));
    this.name = 'OfficeWriteError';
  }
}
