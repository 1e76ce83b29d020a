/*
 * The xlsx adapter's Swedish sentences: why Uppsikt refuses to write its sheets again (shared by the CLI and
 * XlsxWorkbook) and what XlsxWorkbook says about a file or an edit it cannot take. `nothing` ends a refusal:
 * the CLI says that no file was written, the task pane that nothing in the workbook changed.
 */
import { errorsOf } from '../../core';
import { flowMessagesSv } from '../../usecases/messages.sv';

const and = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);
// How XlsxWorkbook's refusals end (the pane's words; the CLI's say that no file was written).
const NOTHING_IN_WORKBOOK = 'inget har ändrats i arbetsboken';

export const xlsxMessages = {
  newerSchema: (what: string, found: number, supported: number, nothing: string) =>
    `${what} är gjord med en nyare version av Uppsikt (schemaversion ${found}; den här kan version ${supported}). Uppdatera Uppsikt; ${nothing}.`,
  cellsOutside: (cells: string, nothing: string) =>
    `Uppsikts flikar har celler utanför tabellerna (${cells}), som skulle gå förlorade när flikarna skrivs om. ` +
    `Flytta dem till en egen flik eller in i tabellen och försök igen; ${nothing}.`,
  ownFormulas: (cells: string, nothing: string) =>
    `Tabellerna på Uppsikts flikar har egna formler (${cells}), som skulle bli värden när flikarna skrivs om. ` + `Flytta formlerna till en egen flik och försök igen; ${nothing}.`,
  // A package Uppsikt cannot write its sheets into (PackageError), or a part a read needs that is not there.
  noWorkbookPart: 'Filen saknar arbetsbokens huvuddel (xl/workbook.xml) och är inte en Excel-arbetsbok.',
  strictOpenXml: 'Arbetsboken är sparad som Strict Open XML, som Uppsikt inte kan skriva i. Spara den som vanlig Excel-arbetsbok (.xlsx) och försök igen.',
  notWorkbookPart: 'Filens huvuddel är inte en Excel-arbetsbok.',
  noSheetList: 'Arbetsboken har ingen lista över flikar (sheets) i xl/workbook.xml.',
  notAWorksheet: (sheet: string) => `Fliken ${sheet} är inte ett vanligt kalkylblad och kan inte skrivas om.`,
  partMissing: (p: { part: string }) => `Delen ${p.part} saknas i filen.`,
  // The refusal: the sentences above, what to do, `orElse` (the CLI's --tillat-forlust) and how it ends.
  losses: (sentences: readonly string[], orElse: string | undefined, nothing: string) =>
    `${sentences.join(' ')} Uppsikt skriver om sina egna flikar och kan inte behålla sådant på dem. ` +
    `Flytta det till en egen flik och försök igen${orElse ? `, eller ${orElse}` : ''}; ${nothing}.`,
  // What is on a sheet that a rewrite drops, as lostPerSheet names it.
  lostChart: 'ett diagram',
  lostPicture: 'en bild',
  lostDrawing: 'en ritning',
  lostShapes: 'en ritning (former eller textrutor)',
  lostComments: 'kommentarer',
  lostVml: 'kommentarer eller formulärkontroller',
  lostPivotTable: 'en pivottabell',
  lostLinks: 'länkar',
  lostOleObject: 'ett inbäddat objekt',
  lostFormControls: 'formulärkontroller',
  lostSlicers: 'utsnitt',
  lostTimeline: 'en tidslinje',
  lostThreadedComments: 'trådade kommentarer',
  lostUnknownPart: (kind: string) => `en del som Uppsikt inte känner till (${kind})`,
  // What a rewrite of Uppsikt's own sheets would drop (or, when the user allowed it, did drop): one sentence per
  // sheet, its kinds joined with "och", in sheet order (lossSentences).
  lostPerSheet: (losses: readonly { sheet: string; what: string }[], done: boolean): string[] => {
    const bySheet = new Map<string, string[]>();
    for (const l of losses) bySheet.set(l.sheet, [...(bySheet.get(l.sheet) ?? []), l.what]);
    return [...bySheet].map(([sheet, what]) => (done ? `Fliken ${sheet} hade ${and(what)} som har försvunnit.` : `Fliken ${sheet} har ${and(what)} som skulle försvinna.`));
  },
  notAWorkbook: 'Filen är ingen Excel-arbetsbok (.xlsx eller .xlsm) som går att läsa; välj en annan fil.',
  // Said without a file name (XlsxWorkbook.open gets bytes); the pane's file mode names the file first (fileProblem).
  encrypted: flowMessagesSv.fileEncrypted({ file: 'Arbetsboken', again: 'öppna den igen' }),
  chooseAnother: (p: { reason: string }) => `${p.reason} Välj en annan fil.`,
  oldXls: flowMessagesSv.fileOldFormat({ file: 'Filen' }),
  noCell: (p: { sheet: string; cell: string }) => `${p.cell} är ingen cell på fliken ${p.sheet}; ange en adress som B7.`,
  cellNotInTable: (p: { sheet: string; cell: string }) =>
    `${p.sheet}!${p.cell} ligger inte i någon av Uppsikts tabeller; i en fil ändrar Uppsikt bara celler i sina egna tabeller. Inget har ändrats.`,
  computedCell: (p: { sheet: string; cell: string }) => `${p.sheet}!${p.cell} är en beräknad kolumn och kan inte skrivas; inget har ändrats.`,
  noSheets: 'Arbetsboken har inga flikar ännu och kan inte sparas; skapa strukturen under Skapa / uppgradera först.',
  datesOutOfRange: (p: { cells: readonly string[] }) =>
    `${p.cells.join(', ')} ${p.cells.length === 1 ? 'har ett datum' : 'har datum'} utanför Excels område (Excel visar #####), som Uppsikt inte kan skriva tillbaka utan att ändra. ` +
    'Rätta cellen i Excel (skriv ett datum eller töm den) och öppna filen igen; inget har ändrats.',
} as const;

/** What the xlsx adapter throws about a file or an edit it cannot take: `xlsxErrors.cellNotInTable({ sheet, cell })`. */
export const xlsxErrors = errorsOf('xlsx', {
  partMissing: xlsxMessages.partMissing,
  notAWorkbook: xlsxMessages.notAWorkbook,
  chooseAnother: xlsxMessages.chooseAnother,
  cellNotInTable: xlsxMessages.cellNotInTable,
  computedCell: xlsxMessages.computedCell,
  noSheets: xlsxMessages.noSheets,
  noCell: xlsxMessages.noCell,
  datesOutOfRange: xlsxMessages.datesOutOfRange,
  encrypted: xlsxMessages.encrypted,
  oldXls: xlsxMessages.oldXls,
  // XlsxWorkbook's refusals of a write (rewriteProblem, replacementLosses), ending as the pane ends them.
  newerSchema: (p: { found: number; supported: number }) => xlsxMessages.newerSchema('Arbetsboken', p.found, p.supported, NOTHING_IN_WORKBOOK),
  cellsOutside: (p: { cells: readonly string[] }) => xlsxMessages.cellsOutside(p.cells.join(', '), NOTHING_IN_WORKBOOK),
  ownFormulas: (p: { cells: readonly string[] }) => xlsxMessages.ownFormulas(p.cells.join(', '), NOTHING_IN_WORKBOOK),
  wouldLose: (p: { losses: readonly { sheet: string; what: string }[] }) => xlsxMessages.losses(xlsxMessages.lostPerSheet(p.losses, false), undefined, NOTHING_IN_WORKBOOK),
});
