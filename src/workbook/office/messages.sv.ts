/*
 * The Office adapter's own Swedish sentences: Excel's errors as what to do (by the OfficeExtension.Error
 * `code` context.sync() rejects with; see the ErrorCodes in the Office.js reference), and what the adapter
 * refuses. Sentences both adapters say are in ../../usecases/port/portMessages.sv.ts.
 */
import { errorsOf } from '../../core';

export const officeMessagesSv = {
  excelErrors: {
    AccessDenied: 'Excel nekade ändringen: bladet eller arbetsboken är skyddad. Ta bort skyddet (Granska → Ta bort skydd) och försök igen.',
    InvalidOperationInCellEditMode: 'Excel är i redigeringsläge. Tryck Enter eller Esc i cellen du skriver i och försök igen.',
    ItemAlreadyExists: 'Ett namn som Uppsikt behöver används redan i arbetsboken (en flik, tabell eller ett definierat namn). Byt namn på det och försök igen.',
    InsertDeleteConflict: 'En tabell eller ett sammanfogat område ligger i vägen för Uppsikts tabell. Flytta det och försök igen.',
    InvalidArgument: 'Excel godtog inte ändringen (ogiltigt område eller namn). Ingenting har ändrats i dina egna celler; kontakta den som förvaltar Uppsikt.',
    RequestPayloadSizeLimitExceeded: 'Ändringen var för stor för Excel på webben i ett steg. Försök igen; Uppsikt delar upp den i mindre delar.',
    Conflict: 'Arbetsboken ändrades av någon annan samtidigt. Vänta en stund och försök igen.',
    GeneralException: 'Excel kunde inte genomföra ändringen. Spara arbetsboken, stäng och öppna den igen och försök på nytt.',
  } as Record<string, string>,
  excelError: (text: string) => `Excel rapporterade ett fel: ${text}`,
  scaleNameTooSmall: (p: { rows: number; columns: number; nameRows: number; nameColumns: number }) =>
    `Skalan behöver ${p.rows} rader och ${p.columns} kolumner men namnet Skala omfattar ${p.nameRows} × ${p.nameColumns}; utöka namnet Skala under Formler → Namnhanteraren.`,
} as const;

/** What the Office adapter refuses, as errors to throw: `officeErrors.scaleNameTooSmall({ rows, columns, nameRows, nameColumns })`. */
export const officeErrors = errorsOf('office', { scaleNameTooSmall: officeMessagesSv.scaleNameTooSmall });
