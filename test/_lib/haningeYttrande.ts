import fs from 'fs';
import path from 'path';
import { defaultScale, parseFollowUpReport, registerFromRecords, serialFromYmd, STALLNINGSTAGANDEN, type RegisterData } from '../../src/core';

const REPORT = path.join(__dirname, '../fixtures/reports/haninge-uppfoljning-granskningar-2024.txt');

/** The nämnder of the Haninge register below. */
export const HANINGE_NAMNDER = ['Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden'];

/**
 * The granskningar and 44 recommendations of EY's 2024 follow-up for Haninge, with their texts as the report
 * gives them, answered as a nämnd would: G2 (skyddade personuppgifter) has a recommendation to
 * Kommunstyrelsen alone, one to "Kommunstyrelsen och Socialnämnden", one to "Samtliga nämnder" and the rest to
 * Socialnämnden; its nr 6 has no answer yet. Deadlines as of 2026-11-22 (the CLI tests' today): G1's answer
 * is due on 2026-12-10, G2's was due on 2026-10-01, G3's too but it has a Beslutsdatum.
 */
export function haningeAnswered(): RegisterData {
  const report = parseFollowUpReport(fs.readFileSync(REPORT, 'utf8'))!;
  const deadlines: Record<number, { svarSenast?: number; beslutsdatum?: number; paragraf?: string }> = {
    1: { svarSenast: serialFromYmd(2026, 12, 10) },
    2: { svarSenast: serialFromYmd(2026, 10, 1) },
    3: { svarSenast: serialFromYmd(2026, 10, 1), beslutsdatum: serialFromYmd(2026, 9, 24), paragraf: '§ 88' },
  };
  const mottagare = (g: number, nr: number) =>
    g === 1
      ? 'Socialnämnden'
      : g !== 2
        ? 'Kommunstyrelsen'
        : nr === 1
          ? 'Kommunstyrelsen'
          : nr === 2
            ? 'Kommunstyrelsen och Socialnämnden'
            : nr === 8
              ? 'Samtliga nämnder'
              : 'Socialnämnden';
  return registerFromRecords(
    defaultScale,
    {
      Granskningar: report.granskningar.map((g) => ({
        id: `G${g.nr}`,
        titel: g.title,
        ar: g.year ?? null,
        revisionsforetag: 'EY',
        rapportdatum: serialFromYmd(2026, 8, 20),
        ...deadlines[g.nr],
      })),
      Rekommendationer: report.recommendations.map((r, i) => {
        const answered = !(r.granskning === 2 && r.nr === 6);
        return {
          id: `G${r.granskning}-${r.nr}`,
          granskningId: `G${r.granskning}`,
          nr: r.nr,
          rekommendation: r.text,
          mottagare: mottagare(r.granskning, r.nr),
          ...(answered
            ? {
                stallningstagande: STALLNINGSTAGANDEN[i % 3],
                svar: `Nämnden har tagit del av rekommendation ${r.nr}.`,
                atgard: `Åtgärd ${r.nr}: rutinen ses över`,
                ansvarig: 'Förvaltningschef',
                klartSenast: serialFromYmd(2027, 6, 30),
              }
            : {}),
        };
      }),
    },
    { namnder: HANINGE_NAMNDER },
  );
}
