/* Swedish messages for adoption (turning a hand-made workbook into an Uppsikt workbook); part of the one
   catalogue in issues/messages.sv.ts. */
export const adoptMessagesSv = {
  adoptColumnDuplicate: (p: { header: string; first: string; schemaHeader: string }) =>
    `Kolumnen ${p.header} betyder samma sak som ${p.first} (${p.schemaHeader}); den första används och den här behålls som en egen kolumn.`,
  adoptScaleInvalid: (p: { name: string }) => `Skalan i namnet ${p.name} kunde inte läsas; standardskalan 4 × 4 används tills den är rättad.`,
  adoptScaleHeaders: (p: { likelihood: number; consequence: number }) =>
    `Rubrikerna anger skalan ${p.likelihood} × ${p.consequence}, som Uppsikt inte har färdig; standardskalan 4 × 4 används. Ställ in skalan på Inställningar.`,
  adoptNameBroken: (p: { name: string; ref: string }) => `Namnet ${p.name} pekar på ${p.ref}, som inte finns i arbetsboken; standardvärdena används.`,
  adoptNewerSchema: (p: { found: number; supported: number }) =>
    `Arbetsboken har schemaversion ${p.found}, nyare än den här versionen av Uppsikt (${p.supported}); uppdatera Uppsikt innan du ändrar i den.`,
  adoptVerdictColumnUnread: (p: { header: string; sheet: string }) =>
    `Kolumnen ${p.header} på fliken ${p.sheet} ser ut att innehålla bedömningar men läses inte; ge den en rubrik med omgången, till exempel ”Status 2024”, så läses den som en uppföljningsomgång.`,
  adoptVerdictSheetUnread: (p: { header: string; sheet: string; readFrom?: string }) =>
    `Kolumnen ${p.header} på fliken ${p.sheet} ser ut att innehålla bedömningar men fliken läses inte${p.readFrom ? ` (rekommendationerna läses från fliken ${p.readFrom})` : ''}; flytta raderna till en flik som läses, eller samla flikarna som egna filer med Samla.`,
} as const;
