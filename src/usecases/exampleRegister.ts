import { registerFromRecords, type RegisterData, type RiskScale } from '../core';

/*
 * Realistic example content for `uppsikt init --exempel` and the task pane's demo: what a controller's
 * first year with Uppsikt might hold. Invented municipality; recommendations worded like real reports
 * (the first granskning follows KPMG's 2023 review of IT governance, see shared/fixtures/reports).
 */
// Dates as Date values (UTC midnight, as ExcelJS writes dates) so Excel shows and sorts them as dates.
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const NAMNDER = ['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden', 'Samhällsbyggnadsnämnden', 'Kultur- och fritidsnämnden'];

// Data as rows: one line per record, so prettier leaves the table as it is read.
// prettier-ignore
const risk = (id: string, namnd: string, process: string, kategori: string, beskrivning: string, sannolikhet: number, konsekvens: number, hantering: string, kommungemensam: string, ansvarig: string) => ({
  id, namnd, process, kategori, beskrivning, sannolikhet, konsekvens, hantering, kommungemensam, ansvarig,
});

// prettier-ignore
const RISKS = [
  risk('R1', 'Socialnämnden', 'Ekonomiskt bistånd', 'Fel och oegentligheter', 'Felaktiga utbetalningar av ekonomiskt bistånd upptäcks inte', 3, 4, 'Kontrollmoment', 'Nej', 'Enhetschef ekonomiskt bistånd'),
  risk('R2', 'Kommunstyrelsen', 'Inköp', 'Regelefterlevnad', 'Inköp görs utanför upphandlade avtal', 3, 3, 'Kontrollmoment', 'Ja', 'Upphandlingschef'),
  risk('R3', 'Kommunstyrelsen', 'Behörighetshantering', 'IT och informationssäkerhet', 'Behörigheter i verksamhetssystem tas inte bort när en anställning upphör', 3, 3, 'Kontrollmoment', 'Ja', 'IT-chef'),
  risk('R4', 'Barn- och utbildningsnämnden', 'Skolplikt', 'Verksamhet', 'Långvarig frånvaro fångas inte upp i tid', 2, 4, 'Kontrollmoment', 'Nej', 'Verksamhetschef grundskola'),
  risk('R5', 'Socialnämnden', 'Placeringar', 'Ekonomi', 'Kostnaderna för externa placeringar överskrider budget', 3, 2, 'Åtgärd', 'Nej', 'Ekonomichef'),
  risk('R6', 'Samhällsbyggnadsnämnden', 'Bygglov', 'Regelefterlevnad', 'Bygglov handläggs inte inom lagstadgad tid', 2, 2, 'Accepteras', 'Nej', 'Bygglovschef'),
  risk('R7', 'Kultur- och fritidsnämnden', 'Föreningsbidrag', 'Fel och oegentligheter', 'Föreningsbidrag betalas ut på felaktiga underlag', 2, 3, 'Kontrollmoment', 'Nej', 'Föreningskonsulent'),
  risk('R8', 'Kommunstyrelsen', 'Löner', 'Ekonomi', 'Löneutbetalningar görs utan attest', 1, 3, 'Accepteras', 'Ja', 'Lönechef'),
  risk('R9', 'Barn- och utbildningsnämnden', 'Elevregister', 'Regelefterlevnad', 'Skyddade personuppgifter röjs via elevregistret', 2, 4, 'Kontrollmoment', 'Nej', 'Skolchef'),
  risk('R10', 'Socialnämnden', 'Arbetsmiljö', 'Personal och arbetsmiljö', 'Hot och våld mot handläggare', 3, 3, 'Åtgärd', 'Nej', 'Förvaltningschef'),
];

// prettier-ignore
const control = (id: string, riskId: string, kontrollmoment: string, kontrollmetod: string, frekvens: string, kontrollansvarig: string, rapporterasTill: string, tidpunkt: string, kommungemensam: string, utfall = '', avvikelse = '') => ({
  id, riskId, kontrollmoment, kontrollmetod, frekvens, kontrollansvarig, rapporterasTill, tidpunkt, kommungemensam, utfall, avvikelse,
});

// prettier-ignore
const CONTROLS = [
  control('K1', 'R1', 'Stickprov på 20 utbetalningar per månad mot ansökan och underlag', 'Stickprov', 'Månadsvis', 'Enhetschef ekonomiskt bistånd', 'Socialnämnden', 'Delår och helår', 'Nej', 'Två avvikelser i april (saknat kontoutdrag)', 'Rutinen för kontoutdrag förtydligad'),
  control('K2', 'R2', 'Analys av leverantörsreskontran mot avtalsdatabasen', 'Analys', 'Halvårsvis', 'Upphandlingschef', 'Kommunstyrelsen', 'Delår och helår', 'Ja'),
  control('K3', 'R3', 'Registerkontroll av behörigheter mot personalsystemet', 'Registerkontroll', 'Kvartalsvis', 'IT-chef', 'Kommunstyrelsen', 'Helår', 'Ja'),
  control('K4', 'R4', 'Genomgång av frånvarostatistik per skola', 'Genomgång', 'Tertialvis', 'Verksamhetschef grundskola', 'Barn- och utbildningsnämnden', 'Delår och helår', 'Nej'),
  control('K5', 'R7', 'Stickprov på beviljade föreningsbidrag mot medlemsregister', 'Stickprov', 'Årligen', 'Föreningskonsulent', 'Kultur- och fritidsnämnden', 'Helår', 'Nej'),
  control('K6', 'R9', 'Kontroll att elever med skyddade personuppgifter är markerade i elevregistret', 'Registerkontroll', 'Halvårsvis', 'Skolchef', 'Barn- och utbildningsnämnden', 'Delår och helår', 'Nej'),
];

// The year so far (T1 and T2 2026, the plan's year) chosen so a newcomer sees every läge at T2 2026: K1 and K4
// Genomförd, K2 and K6 Avvikelse (K6 a väsentlig one with its åtgärd under way), K3 Ej genomförd (T2 not done,
// with the reason), K5 Ej aktuell än (due at Helår).
// prettier-ignore
const result = (kontrollId: string, period: string, genomford: string, datum: string, utfordAv: string, urval: number | '', antalAvvikelser: number | '', resultat: string, avvikelse = 'Ingen', atgard = '', atgardsansvarig = '', klartSenast = '', atgardad = '') => ({
  kontrollId, period, genomford, datum: d(datum), utfordAv, urval, antalAvvikelser, resultat, avvikelse, atgard, atgardsansvarig, klartSenast: klartSenast === '' ? '' : d(klartSenast), atgardad,
});

// prettier-ignore
const RESULTS = [
  result('K1', 'T1 2026', 'Ja', '2026-04-28', 'Enhetschef ekonomiskt bistånd', 80, 2, 'Två utbetalningar i april saknade kontoutdrag.', 'Mindre', 'Rutinen för kontoutdrag förtydligad', 'Enhetschef ekonomiskt bistånd', '2026-05-31', 'Ja'),
  result('K1', 'T2 2026', 'Ja', '2026-08-27', 'Enhetschef ekonomiskt bistånd', 80, 0, 'Inga avvikelser.'),
  result('K2', 'T2 2026', 'Ja', '2026-08-20', 'Upphandlingschef', 250, 3, 'Tre inköp av konsulttjänster utanför avtal.', 'Mindre', 'Påminnelse till beställarna och utbildning i e-handel', 'Upphandlingschef', '2026-11-30', 'Nej'),
  result('K3', 'T1 2026', 'Ja', '2026-04-15', 'IT-chef', 40, 0, 'Alla avslutade anställningar saknade behörighet.'),
  result('K3', 'T2 2026', 'Nej', '2026-08-31', 'IT-chef', '', '', 'Inte genomförd: systemförvaltaren var föräldraledig; görs i september.'),
  result('K4', 'T1 2026', 'Delvis', '2026-04-30', 'Verksamhetschef grundskola', 6, 0, 'Fyra av sex skolor redovisade frånvaron.'),
  result('K4', 'T2 2026', 'Ja', '2026-08-25', 'Verksamhetschef grundskola', 6, 0, 'Alla skolor redovisade; ingen långvarig frånvaro utan åtgärd.'),
  result('K6', 'T2 2026', 'Ja', '2026-06-15', 'Skolchef', 12, 1, 'En elev med skyddade personuppgifter var inte markerad.', 'Väsentlig', 'Markeringen rättad och rutin vid inskrivning ses över', 'Skolchef', '2026-10-31', 'Nej'),
];

// prettier-ignore
const AUDITS = [
  { id: 'G1', titel: 'Granskning av kommunens styrning av it och digitalisering', ar: 2023, revisionsforetag: 'KPMG', granskadeNamnder: 'Kommunstyrelsen', rapportdatum: d('2023-10-12'), svarSenast: d('2024-01-31'), beslutsdatum: d('2024-01-24'), paragraf: '§ 12' },
  { id: 'G2', titel: 'Granskning av hantering och utbetalning av försörjningsstöd', ar: 2022, revisionsforetag: 'EY', granskadeNamnder: 'Socialnämnden', rapportdatum: d('2022-11-03'), svarSenast: d('2023-02-28'), beslutsdatum: d('2023-02-22'), paragraf: '§ 31' },
];

// prettier-ignore
const rec = (id: string, granskningId: string, nr: number, rekommendation: string, mottagare: string, svar: string, atgard: string, ansvarig: string, klartSenast: string, riskId = '', stallningstagande = 'Instämmer') => ({
  id, granskningId, nr, rekommendation, mottagare, svar, atgard, ansvarig, klartSenast: klartSenast === '' ? '' : d(klartSenast), riskId, stallningstagande,
});

// prettier-ignore
const RECOMMENDATIONS = [
  rec('G1-1', 'G1', 1, 'Etablera styrande dokument avseende kommunens it-styrning och digitalisering.', 'Kommunstyrelsen', 'Kommunstyrelsen delar bedömningen.', 'Ta fram en it-policy med tillhörande riktlinjer', 'Digitaliseringschef', '2024-06-30', 'R3'),
  rec('G1-2', 'G1', 2, 'Tydliggöra ansvars- och gränsdragning mellan digitaliseringsavdelningen och förvaltningarna.', 'Kommunstyrelsen', 'Ansvarsfördelningen ses över.', 'Revidera delegationsordning och rollbeskrivningar', 'Digitaliseringschef', '2024-12-31', '', 'Instämmer delvis'),
  rec('G1-3', 'G1', 3, 'Fastställa mål och prioriteringsgrunder för digitalisering och it-investeringar.', 'Kommunstyrelsen', 'Mål tas fram i budgetprocessen.', 'Mål för digitalisering i budget 2025', 'Kommundirektör', '2025-03-31'),
  rec('G2-1', 'G2', 1, 'Fastställa konkreta och relevanta åtgärder i syfte att stärka styrningen och den interna kontrollen.', 'Socialnämnden', 'Nämnden instämmer.', 'Revidera rutiner och metodbeskrivningar', 'Enhetschef ekonomiskt bistånd', '2023-06-30', 'R1'),
  rec('G2-2', 'G2', 2, 'Genomföra systematiska riskanalyser kring handläggning och utbetalningsprocessen.', 'Socialnämnden', 'En analysgrupp tillsätts.', 'Riskanalys av utbetalningsprocessen', 'FUT-handläggare', '2023-12-31', 'R1'),
  rec('G2-3', 'G2', 3, 'Överväga att göra FUT-forumet obligatoriskt i syfte att stärka kontrollmiljön.', 'Socialnämnden', 'Forumet blir obligatoriskt vid misstänkt felaktig utbetalning.', '', '', '', '', 'Instämmer delvis'),
];

// prettier-ignore
const FOLLOW_UPS = [
  { rekommendationId: 'G2-1', omgang: '2024', bedomning: 'Åtgärdad', kommentar: 'Rutiner och riktlinjer har uppdaterats 2023–2024.' },
  { rekommendationId: 'G2-2', omgang: '2024', bedomning: 'Åtgärdad', kommentar: 'Riskanalysen är genomförd; åtgärder för de högsta riskvärdena framgår.' },
  { rekommendationId: 'G2-3', omgang: '2024', bedomning: 'Delvis åtgärdad', kommentar: 'Obligatoriskt endast för handläggare som upptäckt en misstänkt felaktig utbetalning.' },
  { rekommendationId: 'G1-1', omgang: '2025', bedomning: 'Delvis åtgärdad', kommentar: 'Policyn är antagen; riktlinjerna återstår.' },
];

/**
 * Example content on the given scale: ten risks over five nämnder (one high risk deliberately without a
 * control, so `uppsikt check` has something to show), six controls with their results so far in 2026 (every läge at T2 2026), two granskningar with follow-up rounds.
 */
export function exampleRegister(scale: RiskScale): RegisterData {
  const register = registerFromRecords(
    scale,
    { Risker: RISKS, Kontroller: CONTROLS, Granskningar: AUDITS, Rekommendationer: RECOMMENDATIONS, Uppföljningar: FOLLOW_UPS, Kontrollutfall: RESULTS },
    { namnder: NAMNDER },
  );
  return { ...register, plan: { faststalld: d('2025-12-11'), beslutsnummer: 'KS 2025/118' } };
}
