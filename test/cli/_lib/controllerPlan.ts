import ExcelJS from 'exceljs';

/*
 * A controller's own workbook for issue 19's holdout: twelve controls over three nämnder and the year's
 * results kept by tertial in the controller's own headers, nothing of Uppsikt's in it.
 */

const RISKS = [
  ['R1', 'Socialnämnden', 'Felaktiga utbetalningar', 3, 4],
  ['R2', 'Socialnämnden', 'Brister i dokumentation', 2, 3],
  ['R3', 'Kommunstyrelsen', 'Inköp utanför avtal', 3, 3],
  ['R4', 'Kommunstyrelsen', 'Behörigheter tas inte bort', 2, 4],
  ['R5', 'Barn- och utbildningsnämnden', 'Frånvaro fångas inte upp', 2, 4],
  ['R6', 'Barn- och utbildningsnämnden', 'Skyddade uppgifter röjs', 1, 4],
];

/** Id, Risk-id, Kontrollmoment, Frekvens, Tidpunkt. */
export const PLAN = [
  ['K1', 'R1', 'Stickprov utbetalningar', 'Tertialvis', ''],
  ['K2', 'R1', 'Avstämning mot ansökan', 'Halvårsvis', ''],
  ['K3', 'R2', 'Genomgång av journaler', 'Årligen', 'T1'],
  ['K4', 'R2', 'Uppföljning av rutin', 'Årligen', 'Helår'],
  ['K5', 'R3', 'Reskontra mot avtal', 'Tertialvis', ''],
  ['K6', 'R3', 'Stickprov fakturor', 'Kvartalsvis', ''],
  ['K7', 'R4', 'Behörighetsgenomgång', 'Halvårsvis', ''],
  ['K8', 'R4', 'Avslutade anställningar', 'Månadsvis', ''],
  ['K9', 'R5', 'Frånvarostatistik', 'Tertialvis', ''],
  ['K10', 'R5', 'Kontakt med vårdnadshavare', 'Årligen', ''],
  ['K11', 'R6', 'Markering i elevregistret', 'Halvårsvis', ''],
  ['K12', 'R6', 'Loggkontroll', 'Tertialvis', ''],
];

type Result = [id: string, tertial: string, utford: string, datum: string, granskade: number | null, avvikelser: number | null, resultat: string, atgard: string];

/** The results as the controller keeps them: Tertial without the year (the year is in the sheet name). */
export const RESULTS: Result[] = [
  ['K1', 'T1', 'Ja', '2026-04-20', 20, 0, 'Inga fel', ''],
  ['K1', 'T2', 'Ja', '2026-08-18', 20, 2, 'Två utbetalningar utan underlag', 'Rutinen ses över'],
  ['K2', 'T2', 'Nej', '2026-08-31', null, null, 'Hann inte; görs i september', ''],
  ['K3', 'T1', 'Ja', '2026-03-10', 10, 0, 'Journalerna kompletta', ''],
  ['K5', 'T1', 'Ja', '2026-04-25', 15, 0, 'Alla inköp mot avtal', ''],
  ['K5', 'T2', 'Delvis', '2026-08-20', 15, 0, 'Hälften av leverantörerna granskade', ''],
  ['K6', 'T1', 'Ja', '2026-03-31', 30, 1, 'En faktura utan attest', 'Attesten rättad'],
  ['K7', 'T2', 'Ja', '2026-06-30', 5, 0, 'Inga kvarvarande behörigheter', ''],
  ['K8', 'T1', 'Ja', '2026-04-30', 12, 0, 'Inga fel', ''],
  ['K8', 'T2', 'Ja', '2026-08-31', 12, 0, 'Inga fel', ''],
  ['K10', 'T2', 'Ja', '2026-06-01', 8, 0, 'Kontakt tagen i alla ärenden', ''],
  ['K11', 'T2', 'Ja', '2026-08-15', 40, 3, 'Tre elever saknade markering', ''],
  ['K12', 'T1', 'Ja', '2026-04-28', 10, 0, 'Inga obehöriga uppslag', ''],
];

const RESULT_HEADERS = ['Kontroll-id', 'Tertial', 'Utförd', 'Datum', 'Antal granskade', 'Antal avvikelser', 'Resultat', 'Åtgärd'];

function addResults(workbook: ExcelJS.Workbook, name: string, rows: readonly Result[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([`Uppföljning av internkontrollplanen – ${name}`]);
  sheet.addRow([]);
  sheet.addRow(RESULT_HEADERS);
  for (const [id, tertial, utford, datum, granskade, avvikelser, resultat, atgard] of rows) {
    sheet.addRow([id, tertial, utford, new Date(`${datum}T00:00:00Z`), granskade, avvikelser, resultat, atgard === '' ? null : atgard]);
  }
}

/**
 * Writes the controller's workbook: Riskanalys, Internkontrollplan and the results, either on one sheet for
 * the year ("Utfall 2026") or on one sheet per tertial ("Utfall T1 2026", "Utfall T2 2026").
 */
export async function writeControllerPlan(file: string, resultSheets: 'year' | 'tertial'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const risks = workbook.addWorksheet('Riskanalys');
  risks.addRow(['Id', 'Nämnd', 'Risk', 'Sannolikhet', 'Konsekvens']);
  for (const r of RISKS) risks.addRow(r);
  const plan = workbook.addWorksheet('Internkontrollplan 2026');
  plan.addRow(['Id', 'Risk-id', 'Kontrollmoment', 'Frekvens', 'Tidpunkt']);
  for (const c of PLAN) plan.addRow(c.map((v) => (v === '' ? null : v)));
  if (resultSheets === 'year') addResults(workbook, 'Utfall 2026', RESULTS);
  else
    for (const t of ['T1', 'T2'])
      addResults(
        workbook,
        `Utfall ${t} 2026`,
        RESULTS.filter((r) => r[1] === t),
      );
  await workbook.xlsx.writeFile(file);
}
