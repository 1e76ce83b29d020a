import { ASSESSMENT_LEVELS, type AssessmentLevel } from './assessmentLevels';

/** What the proposal looks at: a nämnd's year in numbers (the per-nämnd counts of the results). */
export interface YearOutcomeCounts {
  readonly kontroller: number;
  readonly genomforda: number;
  readonly vasentliga: number;
  readonly atgarderOppna: number;
}

/** One reason behind a proposal, as data; the usecases say it in Swedish. */
export type AssessmentReason =
  | { readonly code: 'carriedOut'; readonly genomforda: number; readonly kontroller: number; readonly step: number }
  | { readonly code: 'significant'; readonly vasentliga: number; readonly open: boolean; readonly step: number }
  | { readonly code: 'openActions'; readonly atgarderOppna: number; readonly step: number };

export interface AssessmentProposal {
  /** The proposed step, or undefined when the plan holds no controls (nothing to judge from). */
  readonly level: AssessmentLevel | undefined;
  /** Every rule's finding, worst first; the first decides the step. */
  readonly reasons: readonly AssessmentReason[];
}

/*
 * The rules, each giving a step (0 = Tillräcklig … 3 = Inte tillräcklig); the proposal is the worst step:
 * - share of the plan's controls carried out: all → 0, at least 80 % → 1, at least half → 2, less → 3;
 * - väsentliga avvikelser: none → 0, all with their åtgärd done → 1, any åtgärd still open → 2;
 * - åtgärder still open (of any deviation): none → 0, some → 1.
 * It is a proposal for the nämnd, shown with these reasons; the nämnd's typed decision is never replaced.
 */
function carriedOutStep(genomforda: number, kontroller: number): number {
  if (genomforda >= kontroller) return 0;
  if (genomforda * 5 >= kontroller * 4) return 1;
  if (genomforda * 2 >= kontroller) return 2;
  return 3;
}

/**
 * A helhetsbedömning proposed from a nämnd's year of results, with why.
 *
 * @param counts - The nämnd's counts for the year.
 * @returns The proposed step and the reasons, worst first.
 * @example
 * proposeAssessment({ kontroller: 4, genomforda: 2, vasentliga: 0, atgarderOppna: 0 }).level //=> 'Inte helt tillräcklig'
 */
export function proposeAssessment(counts: YearOutcomeCounts): AssessmentProposal {
  if (counts.kontroller === 0) return { level: undefined, reasons: [] };
  const openSignificant = counts.vasentliga > 0 && counts.atgarderOppna > 0;
  const reasons: AssessmentReason[] = [
    { code: 'carriedOut', genomforda: counts.genomforda, kontroller: counts.kontroller, step: carriedOutStep(counts.genomforda, counts.kontroller) },
    { code: 'significant', vasentliga: counts.vasentliga, open: openSignificant, step: counts.vasentliga === 0 ? 0 : openSignificant ? 2 : 1 },
    { code: 'openActions', atgarderOppna: counts.atgarderOppna, step: counts.atgarderOppna > 0 ? 1 : 0 },
  ];
  // Stable sort: among equal steps the rule order above is kept.
  reasons.sort((a, b) => b.step - a.step);
  return { level: ASSESSMENT_LEVELS[reasons[0].step], reasons };
}
