/*
 * What the `uppsikt` command says about the files the user named: what went wrong opening or saving one
 * (writing: when Uppsikt was writing it), and what one command may hold (PACKAGE_LIMITS). Part of
 * cliMessagesSv (messages.sv.ts), kept apart because it is one job.
 */
import { packageLimitMessagesSv } from '../workbook/xlsx/size/messages.sv';

/** What was tried with a file, as the verb the sentences use. */
const verb = (p: { writing: boolean }) => (p.writing ? 'skriva' : 'läsa');

export const fileMessagesSv = {
  // Opening and saving files: what went wrong with the file the user named (writing: when Uppsikt was writing it).
  noPermission: (p: { file: string; writing: boolean }) => `Du har inte behörighet att ${verb(p)} ${p.file}. Kontrollera filens och mappens rättigheter och försök igen.`,
  folderNotFile: (p: { file: string; example?: string }) => `${p.file} är en mapp, inte en fil. Ange en fil${p.example ? ` som slutar på .xlsx, till exempel ${p.example}` : ''}.`,
  fileMissing: (p: { file: string }) => `Filen ${p.file} finns inte. Kontrollera sökvägen.`,
  folderMissingFor: (p: { folder: string; file: string }) => `Mappen ${p.folder} finns inte, så ${p.file} kan inte finnas där. Kontrollera sökvägen.`,
  pathThroughFile: (p: { file: string }) => `Sökvägen ${p.file} går genom en fil som om den vore en mapp. Kontrollera sökvägen.`,
  diskFull: (p: { file: string; writing: boolean }) => `Det finns inte plats att ${verb(p)} ${p.file}: disken är full. Frigör utrymme och försök igen.`,
  readOnlyDevice: (p: { file: string }) => `${p.file} ligger på en skrivskyddad enhet; välj en annan mapp.`,
  fileBusy: (p: { file: string }) => `${p.file} används av ett annat program (till exempel Excel). Stäng filen där och försök igen.`,
  pathTooLong: (p: { file: string }) => `Sökvägen ${p.file} är för lång. Välj ett kortare namn eller en annan mapp.`,
  tooManyOpen: (p: { file: string; writing: boolean }) => `Datorn har för många filer öppna för att ${verb(p)} ${p.file}. Stäng några program och försök igen.`,
  systemError: (p: { file: string; writing: boolean; code?: string }) => `Kunde inte ${verb(p)} ${p.file}${p.code ? ` (systemfel ${p.code})` : ''}.`,
  folderNotExcel: (p: { file: string }) => `${p.file} är en mapp, inte en Excelfil.`,
  notXlsxFile: (p: { file: string }) => `${p.file} är inte en .xlsx-fil. Spara arbetsboken som Excel-arbetsbok (.xlsx) och försök igen.`,
  checkRightFile: 'Kontrollera att rätt fil är angiven.',
  textAsXlsx: (p: { file: string }) =>
    `${p.file} är ingen Excel-arbetsbok utan en textfil som fått namnet .xlsx. Öppna originalet i Excel och spara det som Excel-arbetsbok (.xlsx).`,
  zipNotWorkbook: (p: { file: string; kind: string }) => `${p.file} är ingen Excel-arbetsbok utan ${p.kind}. Ange en arbetsbok sparad som Excel-arbetsbok (.xlsx).`,
  zipWord: 'ett Word-dokument',
  zipPowerPoint: 'en PowerPoint-presentation',
  zipOpenDocument: 'ett OpenDocument-dokument (till exempel från LibreOffice; spara det som Excel-arbetsbok .xlsx)',
  zipOther: 'en zip-fil med andra filer',
  tryAgain: 'försök igen',
  brokenFile: (p: { file: string }) =>
    `${p.file} är skadad och kan inte läsas som en Excel-arbetsbok (filen kan vara ofullständigt kopierad eller nedladdad). ` +
    'Öppna den i Excel för att se om den går att reparera, eller använd en tidigare kopia.',
  uninterpretable: (p: { file: string }) =>
    `${p.file} kunde inte tolkas som en Excel-arbetsbok: innehållet är skadat eller av ett slag som Uppsikt inte kan läsa. ` +
    'Öppna filen i Excel, spara den som Excel-arbetsbok (.xlsx) och försök igen.',
  // Past what one command may hold (PACKAGE_LIMITS): the sheet named and what to do, before memory runs out; the pane's file mode says the same.
  tooMuchXml: packageLimitMessagesSv.tooMuchXml,
  tooManyCells: packageLimitMessagesSv.tooManyCells,
  noContentTypes: (p: { file: string }) =>
    `${p.file} saknar delen [Content_Types].xml, som varje Excel-arbetsbok har: filen är skadad eller inte sparad av Excel. Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
  damagedPart: (p: { file: string; part: string }) =>
    `${p.file} är skadad: delen ${p.part} går inte att packa upp (den komprimerade datan är trasig, filen kan vara ofullständigt kopierad eller nedladdad). ` +
    'Öppna den i Excel för att se om den går att reparera, eller använd en tidigare kopia.',
  notXlsm: (p: { file: string; input: string }) => `Utfilen ${p.file} ska sluta på .xlsm, som ${p.input}: arbetsboken har makron och Excel öppnar den bara som .xlsm.`,
  targetFolderMissing: (p: { folder: string }) => `Mappen ${p.folder} finns inte. Skapa mappen eller välj en annan; ingen fil har skrivits.`,
  notWritten: (p: { reason: string }) => `${p.reason} Ingen fil har skrivits.`,
  packageRefused: (p: { file: string; reason: string }) => `${p.file}: ${p.reason} Ingen fil har skrivits.`,
  sameAsInput: 'Utfilen får inte vara samma som infilen; ange en ny fil med -o så att originalet finns kvar.',
  targetAppeared: (p: { file: string }) =>
    `Filen ${p.file} skapades av något annat medan Uppsikt arbetade och har inte skrivits över. Ange --ersatt för att skriva över den, eller välj ett annat namn med -o; ingen fil har skrivits.`,
  sameFileTwice: (p: { file: string; same: string }) => `${p.file} är samma fil som ${p.same} och läses bara en gång.`,
  targetExists: (p: { file: string }) => `Filen ${p.file} finns redan. Ange --ersatt för att skriva över den, eller välj ett annat namn med -o; ingen fil har skrivits.`,
} as const;
