/*
 * The Swedish sentences only the task pane's logic says (progress, validation, what was done). Sentences the
 * CLI says too come from the use cases' catalogue (usecases/messages.sv.ts). Plain UI labels stay in the JSX.
 */
export const paneMessagesSv = {
  listenFailed: (p: { reason: string }) =>
    `Uppsikt kan inte följa ändringar i arbetsboken (${p.reason}); det som visas uppdateras inte av sig självt. Tryck Läs in igen efter en ändring.`,
  reading: 'Läser arbetsboken…',
  creatingStructure: 'Skapar strukturen…',
  dateInvalid: 'Ange ett datum, till exempel 2024-03-01.',
  titleMissing: 'Ange granskningens titel.',
  yearInvalid: 'Ange ett årtal, till exempel 2024.',
  yttrandeDownloaded: (p: { file: string; missing: number }) =>
    `Klart: yttrandet har laddats ned som ${p.file}; öppna det i Word.${p.missing > 0 ? ` ${p.missing} ${p.missing === 1 ? 'rekommendation saknar' : 'rekommendationer saknar'} svar och står som ”Svar saknas”; fyll i Ställningstagande, Nämndens svar och Åtgärd på Rekommendationer.` : ''} Den här arbetsboken är oförändrad.`,
  reportDateInvalid: 'Skriv ett datum, till exempel 2026-11-30.',
  wholeKommun: 'hela kommunen',
  buildingReport: (p: { index: number; count: number; scope: string }) => `Bygger ${p.index} av ${p.count}: ${p.scope}…`,
  reportsOpened: (p: { scopes: readonly string[]; downloads: number }) =>
    `Klart: ${p.scopes.length === 1 ? 'rapporten' : `${p.scopes.length} rapporter`} (${p.scopes.join(', ')}) ${
      p.downloads === p.scopes.length ? 'har laddats ned som .xlsx' : p.downloads > 0 ? 'har öppnats eller laddats ned' : 'har öppnats som nya arbetsböcker'
    }. Den här arbetsboken är oförändrad.`,
} as const;
