import { defaultScale, registerFromRecords, serialFromYmd, type RegisterData } from '../../../src/core';
import { haningeRows } from '../../_lib/haninge';

export const PER = serialFromYmd(2026, 11, 22);

/**
 * The 44 recommendations of EY's 2024 follow-up for Haninge as a register: one Granskningar row per
 * granskning (title without the year, year in År), one recommendation per row, its verdict in a 2024 round.
 */
export function haningeRegister(): RegisterData {
  const rows = haningeRows();
  const titles = [...new Set(rows.map((r) => r[0]))];
  const audits = titles.map((t, i) => {
    const m = /^(.*) \((\d{4})\)$/.exec(t)!;
    return { id: `G${i + 1}`, titel: m[1], ar: Number(m[2]), revisionsforetag: 'EY' };
  });
  const recs = rows.map((r, i) => ({
    id: `R${i + 1}`,
    granskningId: `G${titles.indexOf(r[0]) + 1}`,
    nr: Number(r[1]),
    rekommendation: `Rekommendation ${r[1]}`,
    mottagare: 'Kommunstyrelsen',
  }));
  const followUps = rows.map((r, i) => ({ rekommendationId: `R${i + 1}`, omgang: '2024', bedomning: r[2] }));
  return registerFromRecords(defaultScale, { Granskningar: audits, Rekommendationer: recs, Uppföljningar: followUps });
}

export { HANINGE_TABLE } from '../../_lib/haninge';

/** A kommun with shared and group addressees, three rounds and risks of several nämnder. */
export function groupRegister(namnder: string[] = ['Kommunstyrelsen', 'Socialnämnden', 'Kultur- och fritidsnämnden']): RegisterData {
  return registerFromRecords(
    defaultScale,
    {
      Risker: [
        { id: 'R1', namnd: 'Socialnämnden', kategori: 'Fel och oegentligheter', beskrivning: 'Felaktiga utbetalningar', sannolikhet: 3, konsekvens: 4, kommungemensam: 'Nej' },
        {
          id: 'R2',
          namnd: 'Kommunstyrelsen',
          kategori: 'IT och informationssäkerhet',
          beskrivning: 'Otillräcklig behörighetsstyrning',
          sannolikhet: 2,
          konsekvens: 2,
          kommungemensam: 'Nej',
        },
        { id: 'R3', namnd: 'Kommunstyrelsen', kategori: 'Ekonomi', beskrivning: 'Leverantörsfakturor attesteras inte', sannolikhet: 2, konsekvens: 3, kommungemensam: 'Ja' },
        { id: 'R4', namnd: 'Kultur- och fritidsnämnden', kategori: '', beskrivning: 'Ej bedömd risk', sannolikhet: null, konsekvens: null },
      ],
      Kontroller: [
        { id: 'K1', riskId: 'R1', kontrollmoment: 'Stickprov på utbetalningar', avvikelse: '2 av 25 saknade underlag' },
        { id: 'K2', riskId: 'R2', kontrollmoment: 'Genomgång av behörigheter', avvikelse: 'Inga avvikelser' },
        { id: 'K3', riskId: 'R3', kontrollmoment: 'Attestkontroll', avvikelse: '' },
      ],
      Granskningar: [
        { id: 'G1', titel: 'Granskning av intern kontroll', ar: 2023 },
        { id: 'G2', titel: 'Granskning av digitalisering', ar: 2024 },
      ],
      Rekommendationer: [
        { id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Ta fram rutiner', mottagare: 'Kommunstyrelsen, Socialnämnden', klartSenast: serialFromYmd(2025, 6, 30) },
        { id: 'G1-2', granskningId: 'G1', nr: 2, rekommendation: 'Följ upp', mottagare: 'Samtliga nämnder', klartSenast: serialFromYmd(2027, 6, 30) },
        { id: 'G1-3', granskningId: 'G1', nr: 3, rekommendation: 'Dokumentera', mottagare: 'Övriga nämnder' },
        { id: 'G2-1', granskningId: 'G2', nr: 1, rekommendation: 'Inventera system', mottagare: 'Kultur- och fritidsnämnden', klartSenast: serialFromYmd(2025, 1, 31) },
        { id: 'G2-2', granskningId: 'G2', nr: 2, rekommendation: 'Styr digitaliseringen', mottagare: 'Kommunstyrelsen' },
      ],
      Uppföljningar: [
        { rekommendationId: 'G1-1', omgang: '2024', bedomning: 'Ej åtgärdad' },
        { rekommendationId: 'G1-1', omgang: '2025', bedomning: 'Delvis åtgärdad' },
        { rekommendationId: 'G1-2', omgang: '2025', bedomning: 'Åtgärdad' },
        { rekommendationId: 'G2-1', omgang: '2026', bedomning: 'Åtgärdad' },
      ],
    },
    { namnder },
  );
}
