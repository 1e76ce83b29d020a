import type { AssessmentLevel, CellValue } from '../../core';

/*
 * Uppföljning av intern kontroll <år>, as plain values: what the nämnd (or kommunstyrelsen, for the whole
 * kommun) reports about the year's internkontrollplan. Counted by the core's läge and per-nämnd counts; the
 * renderer only lays it out.
 */

/** The year's counts for one nämnd or the kommun, the same as `uppsikt utfall` gives for the year. */
export interface FollowUpCounts {
  readonly kontroller: number;
  readonly genomforda: number;
  readonly ejGenomforda: number;
  readonly medAvvikelse: number;
  readonly vasentliga: number;
  readonly tillfallen: number;
  readonly genomfordaTillfallen: number;
  readonly atgarderKlara: number;
  readonly atgarderOppna: number;
  /** Result rows with a deviation, by grade (Mindre, Väsentlig, and those with a count but no grade). */
  readonly avvikelserPerGrad: { readonly mindre: number; readonly vasentlig: number; readonly ograderad: number };
}

/** A control's year: its läge at each of the year's reporting points and at the end. */
export interface FollowUpControl {
  readonly id: string;
  readonly namnd: string;
  readonly kontrollmoment: string;
  readonly frekvens: string;
  readonly kontrollansvarig: string;
  /** The läge up to each reporting point, in the points' order (the word; its colour from `colors`). */
  readonly perPeriod: readonly string[];
  /** The läge at the year's end. */
  readonly lage: string;
  readonly kommungemensam: boolean;
}

/** A result that found a deviation, with what is being done about it. */
export interface FollowUpDeviation {
  readonly kontrollId: string;
  readonly kontrollmoment: string;
  readonly period: string;
  readonly antal: number | null;
  /** Mindre, Väsentlig, or blank when only a count was given. */
  readonly grad: string;
  readonly resultat: string;
  readonly atgard: string;
  readonly ansvarig: string;
  readonly klartSenast: CellValue;
  /** The åtgärd is done (Åtgärdad = Ja). */
  readonly klar: boolean;
}

/** The helhetsbedömning as the nämnd decided it, or what is missing. */
export interface FollowUpAssessment {
  /** The step, or the text as typed when it is not on the scale; null when the nämnd has not decided. */
  readonly helhetsbedomning: string | null;
  readonly motivering: string;
  readonly beslutsdatum: number | null;
  readonly paragraf: string;
}

/** One nämnd in the kommun-wide comparison. */
export interface FollowUpNamnd {
  readonly namnd: string;
  /** It has results for the year (or a helhetsbedömning). */
  readonly reported: boolean;
  readonly counts: FollowUpCounts;
  readonly helhetsbedomning: string | null;
}

/** A kommungemensam control compared across nämnder: carried out by how many, with what result. */
export interface SharedControlRow {
  readonly id: string;
  readonly kontrollmoment: string;
  readonly namnder: number;
  readonly genomforda: number;
  readonly medAvvikelse: number;
}

export interface FollowUpReportModel {
  readonly year: number;
  /** The nämnd, or null for the kommun-wide report. */
  readonly namnd: string | null;
  /** The nämnd's name or "Samtliga nämnder", for headings and footers. */
  readonly scope: string;
  /** The date the report is made (Excel serial), in the footer. */
  readonly per: number;
  /** The year's reporting points, named with the year: "T1 2026". */
  readonly periods: readonly string[];
  /** Each läge word's fill colour, as the core colours them. */
  readonly colors: Readonly<Record<string, string>>;
  readonly counts: FollowUpCounts;
  readonly assessment: FollowUpAssessment | null;
  /** Uppsikt's proposal ("Förslag: … Nämnden beslutar själv …") and its reasons, in Swedish. */
  readonly proposal: { readonly level: AssessmentLevel | undefined; readonly text: string; readonly reasons: readonly string[] };
  /** Every control of the plan, red ones first. */
  readonly controls: readonly FollowUpControl[];
  readonly deviations: readonly FollowUpDeviation[];
  /** The kommun-wide report only: each nämnd, and the nämnder with nothing reported. */
  readonly namnder: readonly FollowUpNamnd[];
  readonly notReported: readonly string[];
  readonly shared: readonly SharedControlRow[];
}
