import {
  controlOverview,
  dateText,
  occasionsText,
  type ControlStatus,
  idKey,
  isBlank,
  verdictSources,
  levelOfScore,
  scoreRiskCells,
  type CellValue,
  type RegisterData,
  type RegisterRow,
} from '../../core';

/** What a computed cell shows: a value, or an Excel error code. */
export type ComputedValue = string | number | { error: '#VALUE!' };

/*
 * The value each computed column's formula gives, computed by the core, so a written file carries it as the
 * formula's cached result and reads correctly where the add-in is not loaded.
 */
export interface ComputedContext {
  readonly titles: ReadonlyMap<string, CellValue>;
  readonly verdicts: ReadonlyMap<string, CellValue>;
  /** Each control's status up to the latest period with results, by idKey (what Läge and Genomförda tillfällen show). */
  readonly controls: ReadonlyMap<string, ControlStatus>;
}

export function computedContext(register: RegisterData): ComputedContext {
  const titles = new Map<string, CellValue>();
  for (const audit of register.tables.Granskningar?.rows ?? []) {
    const key = idKey(audit.values.id);
    if (key !== '' && !titles.has(key)) titles.set(key, audit.values.titel ?? null);
  }
  // What IK.SENASTEBEDÖMNING gives: Uppföljning's rounds only. A hand-made Status typed in the column itself
  // is not the formula's result, so it is kept as typed (keepsTypedValue) instead of becoming a formula that
  // Excel would recalculate to blank.
  const verdicts = new Map<string, CellValue>();
  for (const [key, source] of verdictSources(register)) if (source.key === 'bedomning') verdicts.set(key, source.value);
  const controls = new Map<string, ControlStatus>();
  for (const status of controlOverview(register).value?.controls ?? []) if (!controls.has(idKey(status.id))) controls.set(idKey(status.id), status);
  return { titles, verdicts, controls };
}

const asText = (value: CellValue): string => (isBlank(value) ? '' : value instanceof Date ? dateText(value) : String(value));

function riskScore(row: RegisterRow, register: RegisterData): ComputedValue {
  const score = scoreRiskCells(row.values.sannolikhet ?? null, row.values.konsekvens ?? null, register.scale);
  if (score.value === undefined) return { error: '#VALUE!' };
  return score.value ?? '';
}

/**
 * The value of a computed column for a row.
 *
 * @param table - Schema table name.
 * @param key - Column key.
 * @param row - The row.
 * @param register - The whole register (scale, other tables).
 * @param context - Lookups built once per render.
 * @returns The value, '' for blank.
 */
export function computedValue(table: string, key: string, row: RegisterRow, register: RegisterData, context: ComputedContext): ComputedValue {
  if (table === 'Risker' && key === 'riskvarde') return riskScore(row, register);
  if (table === 'Risker' && key === 'riskniva') {
    const score = riskScore(row, register);
    if (typeof score !== 'number') return score;
    const band = levelOfScore(score, register.scale);
    return band.value === undefined ? { error: '#VALUE!' } : (band.value?.name ?? '');
  }
  if (table === 'Rekommendationer' && key === 'granskning') return asText(context.titles.get(idKey(row.values.granskningId)) ?? null);
  if (table === 'Kontroller' && (key === 'lage' || key === 'tillfallen')) {
    const status = context.controls.get(idKey(row.values.id ?? null));
    if (!status) return '';
    return key === 'lage' ? status.lage : occasionsText(status.genomfordaTillfallen, status.tillfallen);
  }
  if (table === 'Rekommendationer' && key === 'senasteBedomning') return asText(context.verdicts.get(idKey(row.values.id)) ?? null);
  return '';
}

/**
 * Whether a typed value in a computed column must be kept as typed: a hand-made workbook's own figure (a
 * "Status" or "Risk (SxK)" column) that the formula would not reproduce. Nothing a user typed is replaced.
 */
export function keepsTypedValue(typed: CellValue, computed: ComputedValue): boolean {
  if (isBlank(typed)) return false;
  if (typeof computed === 'object') return true;
  return String(typed).trim() !== String(computed);
}
