import {
  checkRegister,
  countOverdue,
  FOLLOW_UP_STATUSES,
  levelOfScore,
  normalizeStatus,
  recommendationStatuses,
  roundProgress,
  type RoundProgress,
  scoreRiskCells,
  uppsiktSchema,
  UNJUDGED_STATUS,
  type FollowUpStatus,
  type RegisterData,
} from '../core';

/** One part of the Uppsikt structure and whether the workbook has it. */
export interface OverviewPart {
  sheet: string;
  table: string;
  /** The sheet it was found on (a hand-made workbook's own sheet), or undefined when missing. */
  foundOn?: string;
  rows: number;
}

/** What the task pane's Översikt shows: parts, risks per risknivå, recommendations per status, overdue. */
export interface RegisterOverview {
  parts: OverviewPart[];
  risksPerLevel: { name: string; color: string; count: number }[];
  /** Risks without both levels, or with levels that are not on the scale. */
  risksNotScored: number;
  recommendationsPerStatus: Record<FollowUpStatus, number>;
  /** Recommendations whose status text is not a known status (see Kontrollera). */
  recommendationsUnknownStatus: number;
  overdue: number;
  /** The follow-up rounds, earliest first, with how many recommendations each has assessed. */
  rounds: RoundProgress[];
  errors: number;
  warnings: number;
}

/**
 * The figures of a register at a glance, counted with the same core functions as the sheets and the CLI.
 *
 * @param register - The register.
 * @param today - Today as an Excel serial, for overdue actions.
 * @returns The overview.
 */
export function overviewRegister(register: RegisterData, today: number): RegisterOverview {
  const parts = uppsiktSchema.sheets.flatMap((sheet) =>
    sheet.tables.map((spec) => {
      const table = register.tables[spec.name];
      return { sheet: sheet.name, table: spec.name, ...(table ? { foundOn: table.sheet } : {}), rows: table?.rows.length ?? 0 };
    }),
  );

  const risksPerLevel = register.scale.bands.map((band) => ({ name: band.name, color: band.color, count: 0 }));
  let risksNotScored = 0;
  for (const row of register.tables.Risker?.rows ?? []) {
    const score = scoreRiskCells(row.values.sannolikhet ?? null, row.values.konsekvens ?? null, register.scale);
    const band = score.value === undefined || score.value === null ? undefined : levelOfScore(score.value, register.scale).value;
    const entry = band ? risksPerLevel.find((l) => l.name === band.name) : undefined;
    if (entry) entry.count++;
    else risksNotScored++;
  }

  const recommendationsPerStatus = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>;
  let recommendationsUnknownStatus = 0;
  const items = recommendationStatuses(register);
  for (const item of items) {
    const status = normalizeStatus(item.status);
    if (status === undefined) recommendationsUnknownStatus++;
    else recommendationsPerStatus[status ?? UNJUDGED_STATUS]++;
  }
  const overdue = countOverdue(items.map((i) => i.row.values.klartSenast ?? null), items.map((i) => i.status), today).value ?? 0;

  const findings = checkRegister(register, { today });
  return {
    parts,
    risksPerLevel,
    risksNotScored,
    recommendationsPerStatus,
    recommendationsUnknownStatus,
    overdue,
    rounds: roundProgress(register),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
