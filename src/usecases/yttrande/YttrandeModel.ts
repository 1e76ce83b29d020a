/*
 * The nämnd's yttrande over one granskning, as plain text values: what the document says, already decided.
 * The .docx writer (workbook/docx) only lays it out, so the CLI and the pane write the same document.
 * Dates are ISO (yyyy-mm-dd); a blank cell is null and is never filled with invented text.
 */

/** One recommendation as the nämnd answers it. */
export interface YttrandeRecommendation {
  readonly id: string;
  /** The number as typed ("" when blank). */
  readonly nr: string;
  /** The auditors' recommendation, verbatim. */
  readonly rekommendation: string;
  readonly stallningstagande: string | null;
  /** Nämndens svar: the nämnd's comment. */
  readonly svar: string | null;
  readonly atgard: string | null;
  readonly ansvarig: string | null;
  readonly klartSenast: string | null;
  /** False when the nämnd has given neither a ställningstagande nor a comment nor an åtgärd: "Svar saknas". */
  readonly answered: boolean;
}

/** The whole yttrande. */
export interface YttrandeModel {
  readonly namnd: string;
  readonly granskningId: string;
  readonly titel: string;
  readonly ar: string | null;
  readonly revisionsforetag: string | null;
  readonly rapportdatum: string | null;
  readonly svarSenast: string | null;
  readonly beslutsdatum: string | null;
  readonly paragraf: string | null;
  readonly recommendations: readonly YttrandeRecommendation[];
  /** How many recommendations have no answer yet. */
  readonly missing: number;
}
