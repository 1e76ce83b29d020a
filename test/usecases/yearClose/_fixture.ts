import { defaultScale, registerFromRecords, type RegisterData } from '../../../src/core';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A kommun's year closed by hand: three nämnder, seven controls (two kommungemensamma, one per nämnd for
 * Behörighetskontroll), results for 2026 by tertial and one for 2025, and Socialnämnden's helhetsbedömning.
 * Socialnämnden: K1 done with an open Mindre deviation, K2 not done (Genomförd Nej), K3 done with a
 * Väsentlig deviation whose åtgärd is done, K4 without any result: "2 av 4". Tekniska nämnden has not reported.
 */
export function yearRegister(): RegisterData {
  const register = registerFromRecords(
    defaultScale,
    {
      Risker: [
        { id: 'R1', namnd: 'Socialnämnden', beskrivning: 'Felaktiga utbetalningar', sannolikhet: 3, konsekvens: 4 },
        { id: 'R2', namnd: 'Socialnämnden', beskrivning: 'Bristande dokumentation', sannolikhet: 2, konsekvens: 3 },
        { id: 'R3', namnd: 'Kulturnämnden', beskrivning: 'Felaktiga föreningsbidrag', sannolikhet: 2, konsekvens: 2 },
        { id: 'R4', namnd: 'Tekniska nämnden', beskrivning: 'Inköp utanför avtal', sannolikhet: 3, konsekvens: 3 },
        { id: 'R5', namnd: 'Socialnämnden', beskrivning: 'Behörigheter tas inte bort', sannolikhet: 3, konsekvens: 3, kommungemensam: 'Ja' },
        { id: 'R6', namnd: 'Kulturnämnden', beskrivning: 'Behörigheter tas inte bort', sannolikhet: 2, konsekvens: 3, kommungemensam: 'Ja' },
      ],
      Kontroller: [
        { id: 'K1', riskId: 'R1', kontrollmoment: 'Stickprov på utbetalningar', frekvens: 'Tertialvis', kontrollansvarig: 'Enhetschef' },
        { id: 'K2', riskId: 'R2', kontrollmoment: 'Genomgång av journaler', frekvens: 'Årligen', tidpunkt: 'T3', kontrollansvarig: 'Verksamhetschef' },
        { id: 'K3', riskId: 'R5', kontrollmoment: 'Behörighetskontroll', frekvens: 'Halvårsvis', kontrollansvarig: 'Systemförvaltare', kommungemensam: 'Ja' },
        { id: 'K4', riskId: 'R1', kontrollmoment: 'Avstämning mot utbetalningsregister', frekvens: 'Årligen', kontrollansvarig: 'Controller' },
        { id: 'K5', riskId: 'R3', kontrollmoment: 'Stickprov på bidrag', frekvens: 'Tertialvis', kontrollansvarig: 'Föreningskonsulent' },
        { id: 'K6', riskId: 'R6', kontrollmoment: 'Behörighetskontroll', frekvens: 'Halvårsvis', kontrollansvarig: 'Systemförvaltare', kommungemensam: 'Ja' },
        { id: 'K7', riskId: 'R4', kontrollmoment: 'Analys av leverantörsreskontra', frekvens: 'Årligen', kontrollansvarig: 'Inköpschef' },
      ],
      Kontrollutfall: [
        { kontrollId: 'K1', period: 'T3 2025', genomford: 'Ja', datum: d('2025-12-15'), urval: 20, antalAvvikelser: 0, avvikelse: 'Ingen' },
        { kontrollId: 'K1', period: 'T1 2026', genomford: 'Ja', datum: d('2026-04-20'), urval: 20, antalAvvikelser: 0, avvikelse: 'Ingen' },
        {
          kontrollId: 'K1',
          period: 'T2 2026',
          genomford: 'Ja',
          datum: d('2026-08-25'),
          urval: 20,
          antalAvvikelser: 2,
          resultat: 'Två utbetalningar utan kontoutdrag',
          avvikelse: 'Mindre',
          atgard: 'Rutinen för kontoutdrag förtydligas',
          atgardsansvarig: 'Enhetschef',
          klartSenast: d('2026-10-31'),
          atgardad: 'Nej',
        },
        { kontrollId: 'K1', period: 'T3 2026', genomford: 'Ja', datum: d('2026-12-10'), urval: 20, antalAvvikelser: 0, avvikelse: 'Ingen' },
        { kontrollId: 'K2', period: 'T3 2026', genomford: 'Nej', resultat: 'Hanns inte med på grund av vakanser' },
        { kontrollId: 'K3', period: 'T2 2026', genomford: 'Ja', urval: 50, antalAvvikelser: 0, avvikelse: 'Ingen' },
        {
          kontrollId: 'K3',
          period: 'T3 2026',
          genomford: 'Ja',
          urval: 50,
          antalAvvikelser: 3,
          resultat: 'Tre avslutade med kvar behörighet',
          avvikelse: 'Väsentlig',
          atgard: 'Behörigheterna togs bort',
          atgardsansvarig: 'Systemförvaltare',
          klartSenast: d('2026-12-20'),
          atgardad: 'Ja',
        },
        { kontrollId: 'K5', period: 'T1 2026', genomford: 'Ja', urval: 10, antalAvvikelser: 0 },
        { kontrollId: 'K5', period: 'T2 2026', genomford: 'Ja', urval: 10, antalAvvikelser: 0 },
        { kontrollId: 'K5', period: 'T3 2026', genomford: 'Ja', urval: 10, antalAvvikelser: 0 },
        { kontrollId: 'K6', period: 'T2 2026', genomford: 'Delvis', urval: 30, antalAvvikelser: 0 },
        {
          kontrollId: 'K6',
          period: 'T3 2026',
          genomford: 'Ja',
          urval: 30,
          antalAvvikelser: 1,
          resultat: 'En konsult med kvar behörighet',
          avvikelse: 'Mindre',
          atgard: 'Rutin för konsulter',
          atgardsansvarig: 'IT-chef',
          klartSenast: d('2027-03-31'),
          atgardad: 'Nej',
        },
      ],
      Helhetsbedömningar: [
        {
          ar: 2026,
          namnd: 'Socialnämnden',
          helhetsbedomning: 'Inte helt tillräcklig',
          motivering: 'Två av fyra kontroller genomfördes inte; avvikelserna åtgärdas.',
          beslutsdatum: d('2027-02-20'),
          paragraf: '§ 14',
        },
      ],
    },
    { namnder: ['Socialnämnden', 'Kulturnämnden', 'Tekniska nämnden'] },
  );
  return { ...register, plan: { faststalld: d('2025-12-11'), beslutsnummer: 'SN 2025/88' } };
}

/**
 * The same kommun as one workbook per nämnd, as kommunstyrelsen collects them: Kulturnämnden numbers its own
 * risks and controls from 1 (R1, K1…), so samla must renumber them and their results.
 */
export function namndRegisters(): { namnd: string; register: RegisterData }[] {
  const all = yearRegister();
  const namndOfRisk = new Map(all.tables.Risker!.rows.map((r) => [String(r.values.id), String(r.values.namnd)]));
  const riskOfControl = new Map(all.tables.Kontroller!.rows.map((r) => [String(r.values.id), String(r.values.riskId)]));
  const rename: Record<string, string> = { R3: 'R1', R6: 'R2', K5: 'K1', K6: 'K2' };
  const id = (v: unknown) => rename[String(v)] ?? v;
  return ['Socialnämnden', 'Kulturnämnden', 'Tekniska nämnden'].map((namnd) => {
    const mine = (riskId: unknown) => namndOfRisk.get(String(riskId)) === namnd;
    const register = registerFromRecords(
      defaultScale,
      {
        Risker: all.tables.Risker!.rows.filter((r) => r.values.namnd === namnd).map((r) => ({ ...r.values, id: id(r.values.id) as string })),
        Kontroller: all.tables
          .Kontroller!.rows.filter((r) => mine(r.values.riskId))
          .map((r) => ({ ...r.values, id: id(r.values.id) as string, riskId: id(r.values.riskId) as string })),
        Kontrollutfall: all.tables
          .Kontrollutfall!.rows.filter((r) => mine(riskOfControl.get(String(r.values.kontrollId))))
          .map((r) => ({ ...r.values, kontrollId: id(r.values.kontrollId) as string })),
        Helhetsbedömningar: all.tables.Helhetsbedömningar!.rows.filter((r) => r.values.namnd === namnd).map((r) => r.values),
      },
      { namnder: [namnd] },
    );
    return { namnd, register };
  });
}
