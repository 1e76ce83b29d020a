import type { Lage } from './Lage';

/**
 * The year so far for one nämnd (or all, namnd ""), in the words of issue 19's JSON. Every count is a number
 * of controls except tillfallen/genomfordaTillfallen (occasions) and atgarder… (results with an åtgärd).
 */
export interface NamndCounts {
  readonly namnd: string;
  /** Controls in the plan whose risk is the nämnd's. */
  readonly kontroller: number;
  /** Controls with at least one result Ja or Delvis up to the period. */
  readonly genomforda: number;
  /** kontroller − genomforda. */
  readonly ejGenomforda: number;
  readonly medAvvikelse: number;
  /** Controls with a result graded Väsentlig. */
  readonly vasentliga: number;
  readonly atgarderKlara: number;
  readonly atgarderOppna: number;
  /** Occasions due up to the period, and how many of them were carried out: "X av Y". */
  readonly tillfallen: number;
  readonly genomfordaTillfallen: number;
  /** Controls per läge. */
  readonly lagen: Readonly<Record<Lage, number>>;
}
