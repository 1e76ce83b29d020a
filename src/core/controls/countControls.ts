import type { ControlStatus } from './controlStatus';

/** What countControls reads of a status: the functions count decisions that carry no results and no nämnd. */
export type CountedFigures = Pick<ControlStatus, 'lage' | 'genomford' | 'medAvvikelse' | 'vasentlig' | 'atgarderKlara' | 'atgarderOppna' | 'tillfallen' | 'genomfordaTillfallen'>;
/** A status as perNamnd groups it: the figures and the control's nämnd. */
export type CountedStatus = CountedFigures & Pick<ControlStatus, 'namnd'>;
import type { Lage } from './Lage';
import type { NamndCounts } from './NamndCounts';

/**
 * Adds up control statuses into one nämnd's counts, so every figure is a sum over the same detail rows.
 *
 * @param namnd - The name to put on the counts ("" for all).
 * @param statuses - The statuses to count (controlStatus).
 * @returns The counts.
 * @example
 * countControls('Socialnämnden', statuses).ejGenomforda // kontroller − genomforda
 */
export function countControls(namnd: string, statuses: readonly CountedFigures[]): NamndCounts {
  // Counted in locals: a record keyed by the läge's text costs a lookup per control.
  let ejGenomford = 0;
  let avvikelse = 0;
  let genomford = 0;
  let ejAktuell = 0;
  let genomforda = 0;
  let medAvvikelse = 0;
  let vasentliga = 0;
  let atgarderKlara = 0;
  let atgarderOppna = 0;
  let tillfallen = 0;
  let genomfordaTillfallen = 0;
  for (const s of statuses) {
    switch (s.lage) {
      case 'Ej genomförd':
        ejGenomford++;
        break;
      case 'Avvikelse':
        avvikelse++;
        break;
      case 'Genomförd':
        genomford++;
        break;
      default:
        ejAktuell++;
    }
    if (s.genomford) genomforda += 1;
    if (s.medAvvikelse) medAvvikelse += 1;
    if (s.vasentlig) vasentliga += 1;
    atgarderKlara += s.atgarderKlara;
    atgarderOppna += s.atgarderOppna;
    tillfallen += s.tillfallen;
    genomfordaTillfallen += s.genomfordaTillfallen;
  }
  const lagen: Record<Lage, number> = { 'Ej genomförd': ejGenomford, Avvikelse: avvikelse, Genomförd: genomford, 'Ej aktuell än': ejAktuell };
  const kontroller = statuses.length;
  return { namnd, kontroller, genomforda, ejGenomforda: kontroller - genomforda, medAvvikelse, vasentliga, atgarderKlara, atgarderOppna, tillfallen, genomfordaTillfallen, lagen };
}
