/*
 * The year's close for a large kommun: 50 nämnder × 40 controls (Tertialvis) × 3 tertials of results, some
 * not carried out and some with deviations. Times the kommun-wide Uppföljning av intern kontroll (model and
 * .xlsx), every nämnd's (as `export --uppfoljning --alla` builds them) and nytt-ar's plan and register.
 */
import { defaultScale, registerFromRecords } from '../src/core';
import { buildFollowUpReport, controlYearOutcomes, newYearRegister, planNewYear, yearPicture } from '../src/usecases/yearClose';
import { renderFollowUpReport } from '../src/workbook/xlsx/followUpReport';

export interface YearFollowUpBenchResult {
  namnder: number;
  controls: number;
  results: number;
  kommunMs: number;
  allNamnderMs: number;
  newYearMs: number;
}

const ms = (from: number) => Math.round(performance.now() - from);

export async function benchYearFollowUp(namnder = 50, perNamnd = 40, periods = 3): Promise<YearFollowUpBenchResult> {
  const names = Array.from({ length: namnder }, (_, n) => `Nämnd ${n + 1}`);
  const controls = names.flatMap((_, n) => Array.from({ length: perNamnd }, (_, c) => ({ n, c, id: `K${n + 1}-${c + 1}` })));
  const register = registerFromRecords(
    defaultScale,
    {
      Risker: controls.map(({ n, id }) => ({ id: `R${id.slice(1)}`, namnd: names[n], beskrivning: 'Risk', sannolikhet: 2, konsekvens: 3 })),
      Kontroller: controls.map(({ id }) => ({ id, riskId: `R${id.slice(1)}`, kontrollmoment: `Kontroll ${id}`, frekvens: 'Tertialvis' })),
      Kontrollutfall: controls.flatMap(({ c, id }) =>
        Array.from({ length: periods }, (_, p) => ({
          kontrollId: id,
          period: `T${p + 1} 2026`,
          genomford: c % 10 === 0 && p === 2 ? 'Nej' : 'Ja',
          urval: 20,
          antalAvvikelser: c % 7 === 0 ? 1 : 0,
          avvikelse: c % 7 === 0 ? (c % 14 === 0 ? 'Väsentlig' : 'Mindre') : 'Ingen',
          atgard: c % 7 === 0 ? 'Åtgärd' : '',
          atgardad: c % 7 === 0 && p < 2 ? 'Ja' : '',
        })),
      ),
    },
    { namnder: names },
  );
  let start = performance.now();
  await renderFollowUpReport(buildFollowUpReport(register, { year: 2026, per: 46430 })).xlsx.writeBuffer();
  const kommunMs = ms(start);
  start = performance.now();
  const picture = yearPicture(register, 2026);
  for (const namnd of names) await renderFollowUpReport(buildFollowUpReport(register, { year: 2026, per: 46430, namnd }, picture)).xlsx.writeBuffer();
  const allNamnderMs = ms(start);
  start = performance.now();
  const { outcomes, resultsOfYear } = controlYearOutcomes(register, 2026);
  newYearRegister(register, planNewYear(register, 2027, outcomes, resultsOfYear));
  const newYearMs = ms(start);
  return { namnder, controls: controls.length, results: controls.length * periods, kommunMs, allNamnderMs, newYearMs };
}

/** One line for `npm run bench`. */
export function formatYearFollowUp(r: YearFollowUpBenchResult): string {
  const fmt = (n: number) => n.toLocaleString('sv-SE');
  return (
    `Uppföljning av intern kontroll, ${fmt(r.namnder)} nämnder × ${fmt(r.controls / r.namnder)} kontroller (${fmt(r.results)} utfall): ` +
    `kommunen ${fmt(r.kommunMs)} ms, varje nämnd (--alla) ${fmt(r.allNamnderMs)} ms, nytt-ar ${fmt(r.newYearMs)} ms ` +
    `(mål: sekunder, högst 10 s för kommunen och för alla nämnder: ${r.kommunMs <= 10_000 && r.allNamnderMs <= 10_000 ? 'uppfyllt' : 'EJ uppfyllt'})`
  );
}

if (require.main === module) benchYearFollowUp().then((r) => console.log(formatYearFollowUp(r)));
