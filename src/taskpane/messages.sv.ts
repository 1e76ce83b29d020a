/*
 * The Swedish sentences only the task pane's logic says (progress, validation, what was done). Sentences the
 * CLI says too come from the use cases' catalogue (usecases/messages.sv.ts). Plain UI labels stay in the JSX.
 */
import { countText } from '../core';

const rows = (count: number) => countText(count, { one: 'rad', many: 'rader' });

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
  // Skapa on a workbook that already is an Uppsikt workbook.
  structureUppsikt: 'Arbetsboken är en Uppsikt-arbetsbok.',
  structureCurrent: (p: { version: number }) =>
    `Arbetsboken är en Uppsikt-arbetsbok av senaste versionen (schemaversion ${p.version}) med alla flikar. Det finns inget att skapa eller uppgradera.`,
  structureOlder: (p: { from: number; version: number }) =>
    `Arbetsboken är en Uppsikt-arbetsbok av en äldre version (schemaversion ${p.from}; den senaste är ${p.version}). Uppgradera lägger till det som saknas; inget du skrivit ändras.`,
  structureIncomplete: (p: { missing: readonly string[] }) => `Arbetsboken är en Uppsikt-arbetsbok men saknar ${p.missing.join(', ')}. Det läggs till; inget du skrivit ändras.`,
  // Rapport: where the report goes, how to get a PDF, and why Skapa rapport waits.
  reportOpened: 'Den öppnas som en ny arbetsbok i Excel; den här ändras inte.',
  reportDownloaded: 'Den laddas ned som en .xlsx-fil (se webbläsarens hämtade filer); arbetsboken här ändras inte.',
  reportPdf:
    'PDF: öppna rapporten och skriv ut den till PDF (Arkiv → Skriv ut → Spara som PDF), eller skriv npx uppsikt exportera arbetsbok.xlsx -o rapport.xlsx --pdf i en terminal.',
  reportChooseFirst: 'Välj minst en nämnd eller hela kommunen ovan för att skapa en rapport.',
  // Uppföljning: the latest round's verdicts as a form.
  verdictsHeading: (round: string) => `Bedömningar i omgång ${round}`,
  verdictsIntro: 'Välj revisionens bedömning för varje rekommendation och skriv gärna en kommentar. Tom bedömning betyder att raden inte är bedömd ännu.',
  verdictLegend: (id: string, mottagare: string) => (mottagare ? `${id} · ${mottagare}` : id),
  verdictBlank: '(inte bedömd ännu)',
  verdictUnknown: (typed: string) => `${typed} (som det står i arbetsboken)`,
  verdictsSave: (changed: number) => (changed === 0 ? 'Spara bedömningarna' : `Spara bedömningarna (${rows(changed)})`),
  verdictsSaving: 'Sparar bedömningarna…',
  verdictsConfirm: (round: string, ids: readonly string[]) =>
    `Bedömning och kommentar ändras i Uppföljning för ${rows(ids.length)} i omgång ${round}: ${ids.join(', ')}. Inga andra celler ändras.`,
} as const;
