import type { CellValue, FollowUpStatus, RiskBand, RiskScale } from '../../core';
import type { Finding } from '../Finding';

/*
 * The report a nämnd receives, as plain values: what to print, already decided. The xlsx renderer (CLI and
 * task pane alike) only lays it out, so both produce the same report from the same register.
 */

/** What a report is for and as of when. */
export interface ReportOptions {
  /** The nämnd; undefined for the kommun-wide report (every row, each recommendation once). */
  readonly namnd?: string;
  /** The "per" date as an Excel serial: overdue actions are counted against it. */
  readonly per: number;
  /** The follow-up round the report is as of; later rounds are left out. Undefined: the latest. */
  readonly omgang?: string;
}

/** A risk as the report shows it. */
export interface ReportRisk {
  readonly id: CellValue;
  readonly namnd: CellValue;
  readonly process: CellValue;
  readonly kategori: string;
  readonly beskrivning: CellValue;
  /** Levels when both are valid on the scale, else null (the risk is not scored). */
  readonly sannolikhet: number | null;
  readonly konsekvens: number | null;
  readonly riskvarde: number | null;
  readonly band: RiskBand | null;
  readonly kommungemensam: boolean;
}

/** One row of the internkontrollplan: a control with its risk, or a risk that has no control. */
export interface PlanRow {
  readonly risk: ReportRisk | null;
  readonly riskId: CellValue;
  readonly kontrollId: CellValue;
  readonly kontrollmoment: CellValue;
  readonly kontrollmetod: CellValue;
  readonly kontrollansvarig: CellValue;
  readonly frekvens: CellValue;
  readonly rapporterasTill: CellValue;
  readonly tidpunkt: CellValue;
  readonly utfall: CellValue;
  readonly avvikelse: CellValue;
  readonly kommungemensam: boolean;
  /** The control reported a deviation (Avvikelse/åtgärd holds something other than "Nej", "Ingen", "–"). */
  readonly harAvvikelse: boolean;
}

/** One recommendation row, with its current verdict and where that verdict came from. */
export interface ReportRecommendation {
  /** The granskning as in the register (the title), so the report counts reconcile with its source. */
  readonly granskning: string;
  readonly ar: CellValue;
  readonly nr: CellValue;
  readonly rekommendation: CellValue;
  readonly mottagare: CellValue;
  readonly svar: CellValue;
  readonly atgard: CellValue;
  readonly ansvarig: CellValue;
  readonly klartSenast: CellValue;
  /** The canonical verdict ("Åtgärdad" …), blank when not judged, or the text as typed when unknown. */
  readonly bedomning: CellValue;
  /** The round the verdict came from, null when it came from the row's own cell or there is none. */
  readonly omgang: CellValue;
  readonly forsenad: boolean;
}

/** One row of the auditors' table: Granskning (år) and the counts. */
export interface GranskningCounts {
  readonly granskning: string;
  readonly counts: Readonly<Record<FollowUpStatus, number>>;
  readonly total: number;
}

/** The whole report. */
export interface ReportModel {
  /** The nämnd, or null for the kommun-wide report. */
  readonly namnd: string | null;
  /** What the report covers, for headings and the footer: the nämnd's name or "Samtliga nämnder". */
  readonly scope: string;
  readonly per: number;
  /** The round the verdicts are as of (given, else the latest in the register), or null when there is none. */
  readonly omgang: string | null;
  readonly year: number;
  readonly scale: RiskScale;
  readonly faststalld: CellValue;
  readonly beslutsnummer: CellValue;
  readonly risks: readonly ReportRisk[];
  readonly risksPerLevel: readonly { readonly band: RiskBand; readonly count: number }[];
  readonly risksNotScored: number;
  /** Per riskkategori (the list's order, then others, then "Ingen kategori"): count per band and in total. */
  readonly risksPerCategory: readonly { readonly kategori: string; readonly perBand: readonly number[]; readonly total: number }[];
  /** Risk ids per matrix cell: [likelihood level - 1][consequence level - 1]. */
  readonly matrix: readonly (readonly (readonly string[])[])[];
  readonly plan: readonly PlanRow[];
  readonly controls: number;
  readonly controlsWithDeviation: number;
  readonly byGranskning: { readonly rows: readonly GranskningCounts[]; readonly total: GranskningCounts; readonly showUnjudged: boolean };
  readonly recommendations: readonly ReportRecommendation[];
  readonly overdue: number;
  /** Rows that could not be counted (unknown verdicts, unreadable dates), with their cell in the source. */
  readonly findings: readonly Finding[];
}
