import {
  bandForScore,
  type CellValue,
  checkRegister,
  countOverdue,
  FOLLOW_UP_STATUSES,
  levelOfScore,
  normalizeStatus,
  parseLevel,
  recommendationStatuses,
  roundProgress,
  type RoundProgress,
  scoreRisk,
  scoreRiskCells,
  type StatusSummary,
  uppsiktSchema,
  UNJUDGED_STATUS,
  type FollowUpStatus,
  type RegisterData,
  type RegisterRow,
  cellOfRow,
} from '../core';
import { countRegisterMatrix } from './countRegisterMatrix';
import { currentRound } from './currentRound';
import { summarizeRegister } from './summarizeRegister';
import { answersDueByNamnd } from './yttrande/answersDueByNamnd';

/** One part of the Uppsikt structure and whether the workbook has it. */
export interface OverviewPart {
  sheet: string;
  table: string;
  /** The sheet it was found on (a hand-made workbook's own sheet), or undefined when missing. */
  foundOn?: string;
  rows: number;
}

/** A row the Översikt points at, with the cell *Gå till* selects. */
export interface OverviewItem {
  /** The row's Id as shown, or '' when blank. */
  id: string;
  /** Riskbeskrivning or Rekommendation, as typed. */
  text: string;
  /** Nämnd (risks) or Mottagare (recommendations). */
  namnd: string;
  sheet: string;
  /** A1 without the sheet. */
  cell: string;
  /** The check's Swedish message, for overdue actions and high risks without a control. */
  message?: string;
}

/** One cell of the riskmatris: its count (as `uppsikt matrix` counts), its risknivå and its risks. */
export interface OverviewMatrixCell {
  likelihood: number;
  consequence: number;
  count: number;
  score?: number;
  band?: { name: string; color: string };
  risks: OverviewItem[];
}

/** What the task pane's Översikt shows: parts, risks per risknivå, recommendations per status, overdue. */
export interface RegisterOverview {
  /** True when the workbook holds no risks, controls, audits, recommendations or follow-ups at all. */
  empty: boolean;
  /** `matrix[s-1][k-1]`, counted with countRegisterMatrix (the CLI's `uppsikt matrix`). */
  matrix: OverviewMatrixCell[][];
  /** Recommendations per status per nämnd (mottagare) and per granskning, as `uppsikt summary --by`. */
  byNamnd: StatusSummary;
  byGranskning: StatusSummary;
  /** The recommendations Kontrollera reports as overdue, in sheet order. */
  overdueActions: OverviewItem[];
  /** Risks on the highest level that no control points at. */
  highRisksWithoutControl: OverviewItem[];
  /** Yttranden due within 30 days or late, per nämnd (answersDueByNamnd); *Gå till* selects Svar senast. */
  answersDue: { namnd: string; items: OverviewItem[] }[];
  /** The latest follow-up round's progress, if there is a round. */
  currentRound?: RoundProgress;
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
  const overdue =
    countOverdue(
      items.map((i) => i.row.values.klartSenast ?? null),
      items.map((i) => i.status),
      today,
    ).value ?? 0;

  const findings = checkRegister(register, { today });
  const byCell = (sheet: string, cell: string) => (f: { sheet: string; cell: string }) => f.sheet === sheet && f.cell === cell;
  const flagged = (code: string, table: string, key: string, textKey: string, namndKey: string): OverviewItem[] => {
    const hits = findings.filter((f) => f.code === code);
    return (register.tables[table]?.rows ?? []).flatMap((row) => {
      const finding = hits.find(byCell(row.sheet, cellOfRow(row, key)));
      return finding ? [{ ...itemOf(row, textKey, namndKey), cell: finding.cell, message: finding.message }] : [];
    });
  };
  const rounds = roundProgress(register);
  const latest = currentRound(register, rounds);
  return {
    empty: Object.values(register.tables).every((t) => !t || t.rows.length === 0),
    matrix: matrixOf(register),
    byNamnd: summarizeRegister(register, 'namnd').summary,
    byGranskning: summarizeRegister(register, 'granskning').summary,
    overdueActions: flagged('checkActionOverdue', 'Rekommendationer', 'klartSenast', 'rekommendation', 'mottagare'),
    highRisksWithoutControl: flagged('checkHighRiskWithoutControl', 'Risker', 'id', 'beskrivning', 'namnd'),
    answersDue: answersDueByNamnd(register, today).map(({ namnd, deadlines }) => ({
      namnd,
      items: deadlines.map((d) => ({ ...itemOf(d.row, 'titel', 'granskadeNamnder'), namnd, cell: cellOfRow(d.row, 'svarSenast'), message: d.when })),
    })),
    ...(latest ? { currentRound: latest } : {}),
    parts,
    risksPerLevel,
    risksNotScored,
    recommendationsPerStatus,
    recommendationsUnknownStatus,
    overdue,
    rounds,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : String(value).trim();
}

function itemOf(row: RegisterRow, textKey: string, namndKey: string): OverviewItem {
  return { id: text(row.values.id), text: text(row.values[textKey]), namnd: text(row.values[namndKey]), sheet: row.sheet, cell: cellOfRow(row, 'id') };
}

/** The riskmatris with each cell's risks; the counts are countRegisterMatrix's, the lists parse levels alike. */
function matrixOf(register: RegisterData): OverviewMatrixCell[][] {
  const { scale } = register;
  const { matrix } = countRegisterMatrix(register);
  const cells = matrix.counts.map((row, s) =>
    row.map((count, k): OverviewMatrixCell => {
      const score = scale.method === 'grid' && scale.grid ? scale.grid[s]?.[k] : scoreRisk(scale, s + 1, k + 1);
      const band = score === undefined ? undefined : bandForScore(scale, score);
      return {
        likelihood: s + 1,
        consequence: k + 1,
        count,
        ...(score === undefined ? {} : { score }),
        ...(band ? { band: { name: band.name, color: band.color } } : {}),
        risks: [],
      };
    }),
  );
  for (const row of register.tables.Risker?.rows ?? []) {
    const s = parseLevel(row.values.sannolikhet ?? null, matrix.likelihoodLevels);
    const k = parseLevel(row.values.konsekvens ?? null, matrix.consequenceLevels);
    if (s > 0 && k > 0) cells[s - 1][k - 1].risks.push(itemOf(row, 'beskrivning', 'namnd'));
  }
  return cells;
}
