import type { FollowUpImportPlan, FollowUpReport, FollowUpStatus, ImportedGranskning, ImportedRecommendation, ImportOptions, ReportImportPlan } from '../../core';

/*
 * Importing a report is one flow for the CLI and the task pane: text → kind (readReportText) → request →
 * plan (planImport, pure: what the confirm step shows) → apply, either as edits through a WorkbookPort
 * (applyImport; the pane, file mode) or as a new register (importIntoRegister; the CLI, which writes the file
 * through its package merge). Both applies come from the one plan, so they cannot differ.
 */

/** What to import: a granskning's recommendations (as the user corrected them), or a follow-up report's verdicts. */
export type ImportRequest =
  | {
      kind: 'recommendations';
      recommendations: readonly ImportedRecommendation[];
      granskning: ImportedGranskning;
      /** Per group addressee ("Samtliga nämnder"), the nämnder it becomes; default: the list on Inställningar. */
      fanOut?: ImportOptions['fanOut'];
    }
  | {
      kind: 'followUp';
      report: FollowUpReport;
      /** The follow-up round the verdicts go into. */
      round: string;
      /** Unsure verdicts the user confirmed, keyed "granskning-nr". */
      confirmed?: Readonly<Record<string, FollowUpStatus>>;
      /** Report granskningar the user matched to a register granskning by hand. */
      granskningIds?: Readonly<Record<number, string>>;
    };

/** What an import will change, before anything is written. */
export type ImportPlan =
  | { kind: 'recommendations'; plan: ReportImportPlan }
  | {
      kind: 'followUp';
      plan: FollowUpImportPlan;
      /** Each report granskning's title as shown ("Title (2023)"), by its number in the report. */
      titles: ReadonlyMap<number, string>;
    };

/** What the user chose beyond the plan. */
export interface ImportChoices {
  /** Change the text of recommendations the report words differently (CLI --uppdatera, the pane's checkbox). */
  acceptUpdates?: boolean;
}
