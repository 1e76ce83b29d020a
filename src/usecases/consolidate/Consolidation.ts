import type { SharedControlRow } from '../yearClose/FollowUpReportModel';
import type { CellValue, FollowUpStatus, RegisterData, RiskScale, StatusSummary } from '../../core';

/** One workbook to consolidate: its name (as the user gave it, for messages) and its register. */
export interface SourceRegister {
  readonly file: string;
  readonly register: RegisterData;
}

export interface ConsolidateOptions {
  /** Today as an Excel serial, for overdue actions. */
  readonly today: number;
  /** The kommun's nämnder (`--namnder`); otherwise the list on Inställningar of the first workbook. */
  readonly namnder?: readonly string[];
}

/** What kind of disagreement between the files a conflict is. */
export type ConflictKind = 'bedomning' | 'granskning' | 'rekommendation' | 'namnd' | 'id' | 'okandNamnd' | 'skala';

/** A disagreement between the files, never resolved silently: what it is and which files it involves. */
export interface Conflict {
  readonly kind: ConflictKind;
  /** Swedish, naming the files, values and how it was counted. */
  readonly message: string;
  readonly files: readonly string[];
}

/** A file that holds a shared recommendation without a verdict (see Consolidation.missingVerdicts). */
export interface MissingVerdict {
  /** Swedish: "Rekommendation 2 i ”…” saknar bedömning i sn.xlsx (Socialnämnden); räknas som …". */
  readonly message: string;
  readonly file: string;
}

/** What one source file contributed. */
export interface SourceFile {
  readonly file: string;
  /** Prefix given to this file's ids where they clash ("F2"). */
  readonly prefix: string;
  readonly namnder: readonly string[];
  /** The file's scale in words, e.g. "4 × 4, produkt, Låg 1–3 / Medel 4–8 / Hög 9–16". */
  readonly scale: string;
  /** Whether the file's risks are on the consolidated workbook's scale (and so in its riskmatris). */
  readonly onMainScale: boolean;
  readonly risker: number;
  readonly kontroller: number;
  readonly granskningar: number;
  /** Rekommendationer rows in the file (a recommendation shared with another file counts in both). */
  readonly rekommendationer: number;
  readonly uppfoljningar: number;
}

/** Risks scored on one scale, with their matrix: risks on different scales are never counted together. */
export interface ScaleGroup {
  readonly label: string;
  readonly scale: RiskScale;
  readonly files: readonly string[];
  readonly namnder: readonly string[];
  /** counts[s-1][k-1]. */
  readonly counts: readonly (readonly number[])[];
  readonly unscored: number;
  readonly onMainScale: boolean;
}

/** Per nämnd: the comparison KS reads. Recommendations are counted with the nämnd's own verdict. */
export interface NamndComparison {
  readonly namnd: string;
  readonly inList: boolean;
  readonly files: readonly string[];
  readonly scales: readonly string[];
  readonly risker: number;
  /** Risks per level name (levels of the nämnd's own scale). */
  readonly risksPerLevel: Readonly<Record<string, number>>;
  /** Risks without both levels or with levels off the scale. */
  readonly risksUnscored: number;
  readonly highWithoutControl: number;
  readonly kontroller: number;
  readonly avvikelser: number;
  readonly recommendations: Readonly<Record<FollowUpStatus, number>>;
  /** Recommendations whose verdict is text no status matches (see check). */
  readonly unknownStatus: number;
  readonly totalRecommendations: number;
  readonly overdue: number;
}

/** Whether a nämnd in the kommun's list is present, and what is missing. */
export interface Completeness {
  readonly namnd: string;
  readonly files: readonly string[];
  readonly risker: number;
  readonly kontroller: number;
  readonly rekommendationer: number;
  /** Swedish: "ingen arbetsbok", "inga risker", "ingen internkontrollplan"; empty when complete. */
  readonly missing: readonly string[];
}

/** The consolidated register and everything said about how it was put together. */
/** The year's follow-up across the kommun (from the consolidated results and helhetsbedömningar). */
export interface YearFollowUp {
  readonly year: number;
  readonly namnder: readonly string[];
  readonly reported: readonly string[];
  readonly notReported: readonly string[];
  readonly shared: readonly SharedControlRow[];
}

export interface Consolidation {
  /** An Uppsikt register: render it and every command works on it. */
  readonly register: RegisterData;
  /** The latest year with results: which nämnder have reported it, and the kommungemensamma controls compared. */
  readonly yearFollowUp?: YearFollowUp;
  readonly files: readonly SourceFile[];
  readonly conflicts: readonly Conflict[];
  /**
   * Shared recommendations that one file holds without a verdict (not read, or not yet entered) while another
   * has one: information, not a conflict; the verdict counted is the files' that have one.
   */
  readonly missingVerdicts: readonly MissingVerdict[];
  readonly namndList: readonly string[];
  /** Swedish: where the list came from. */
  readonly namndListSource: string;
  readonly completeness: readonly Completeness[];
  readonly byNamnd: readonly NamndComparison[];
  /** Per granskning, each recommendation once, with its consolidated verdict (equals `summary` on the result). */
  readonly perGranskning: StatusSummary;
  /** The nämnder each granskning's recommendations go to, by granskning title as in perGranskning. */
  readonly granskningNamnder: Readonly<Record<string, readonly string[]>>;
  readonly scales: readonly ScaleGroup[];
  /** Level names in the order of the comparison's columns (every scale's levels, first scale first). */
  readonly levelNames: readonly string[];
  /** Rekommendationer rows in all files, and recommendations after matching (each once). */
  readonly recommendationRows: number;
  readonly recommendations: number;
  /** Sentences stating the rules applied (verdict rule, scale, renumbering), for every output. */
  readonly rules: readonly string[];
  /** Risks (and their controls) on another scale than the consolidated workbook's: shown on their own sheet. */
  readonly apart: { readonly risks: readonly ApartRow[]; readonly controls: readonly ApartRow[] };
}

/** A row kept outside the register's tables: its schema values and extra columns (Skala, Källa). */
export interface ApartRow {
  readonly values: Readonly<Record<string, CellValue>>;
  readonly extra: Readonly<Record<string, CellValue>>;
}
