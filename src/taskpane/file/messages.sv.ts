/* Every text file mode shows, in one place (Swedish). Functions where the text names a file or a cell; what the CLI says too is in usecases/messages.sv.ts. */
import { flowMessagesSv } from '../../usecases/messages.sv';

export const FILE_MODE_SV = {
  title: 'Uppsikt i webbläsaren',
  intro: 'Arbeta med en Excelarbetsbok (.xlsx) direkt här, utan Excel och utan tillägg: alla vyer fungerar på filen, och Spara skriver tillbaka den. Filen lämnar aldrig datorn.',
  open: 'Öppna arbetsbok (.xlsx)',
  fileInputLabel: 'Välj en arbetsbok (.xlsx) att öppna',
  dropHere: 'eller dra en arbetsbok hit',
  dropActive: 'Släpp arbetsboken för att öppna den',
  example: 'Ny arbetsbok med exempel',
  exampleHint: 'Ett påhittat exempel med risker, kontroller och rekommendationer att pröva med.',
  exampleFileName: 'Uppsikt exempel.xlsx',
  opening: (name: string) => `Öppnar ${name}…`,
  creating: 'Skapar exempelarbetsboken…',
  inExcel:
    'Uppsikt finns också som tillägg i Excel (Excel på webben, för Windows och för Mac), med samma vyer direkt i den öppna arbetsboken. Be IT-avdelningen om det, eller läs in manifest.xml själv: Infoga → Tillägg → Ladda upp mitt tillägg.',
  unsaved: 'Osparade ändringar',
  saved: 'Sparad',
  save: 'Spara',
  saving: 'Sparar…',
  savedAs: (name: string, how: 'file' | 'download') => (how === 'file' ? `Sparad i ${name}.` : `${name} är nedladdad (se webbläsarens hämtade filer).`),
  saveFailed: (name: string, reason: string) => `${name} kunde inte sparas: ${reason} Ändringarna finns kvar här; försök igen.`,
  openOther: 'Öppna en annan…',
  confirmDiscard: (name: string) => `${name} har osparade ändringar som försvinner om du öppnar en annan arbetsbok. Fortsätta ändå?`,
  fileBar: (name: string) => `Arbetsboken ${name}`,
  goTo: (p: { place: string; sheet: string; row: number; content: string }) =>
    `${p.place}: fliken ${p.sheet}, rad ${p.row}${p.content ? ` (${p.content})` : ' (tom rad)'}. Här i webbläsaren finns inget rutnät att gå till; öppna filen i Excel eller LibreOffice och gå till ${p.place} där.`,
  close: 'Stäng',
  // Files that are no workbook, said with the file's name.
  empty: (name: string) => flowMessagesSv.fileEmpty({ file: name }),
  encrypted: (name: string) => flowMessagesSv.fileEncrypted({ file: name, again: 'öppna den här igen' }),
  oldFormat: (name: string) => flowMessagesSv.fileOldFormat({ file: name }),
  text: (name: string) => `${name} är ingen Excel-arbetsbok utan en textfil. Öppna originalet i Excel och spara det som Excel-arbetsbok (.xlsx).`,
  notWorkbook: (name: string) => flowMessagesSv.fileNotXlsxContent({ file: name }),
  unreadable: (name: string, reason: string) => `${name} kunde inte öppnas: ${reason}`,
  readFailed: (name: string) => `${name} kunde inte läsas från disken. Kontrollera att filen finns kvar och försök igen.`,
  tooMany: 'Dra en arbetsbok i taget hit.',
  loadFailed: 'Delen av Uppsikt som läser .xlsx-filer kunde inte hämtas från servern. Ladda om sidan och försök igen.',
} as const;
