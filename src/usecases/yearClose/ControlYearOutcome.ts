/**
 * What a control's closing year came to, as nytt-ar and the follow-up report need it: taken from the
 * results (Kontrollutfall) by the core's läge, never worked out here.
 */
export interface ControlYearOutcome {
  /** At least one result Genomförd Ja or Delvis in the year. */
  readonly carriedOut: boolean;
  /** A result of the year found a deviation whose åtgärd is not done. */
  readonly openDeviation: boolean;
  /** A result of the year graded the deviation Väsentlig. */
  readonly significant: boolean;
}
