import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseDate } from '../date/parseDate';
import { nameKey } from '../names/nameKey';
import type { RegisterData, RegisterRow } from '../register/RegisterData';
import { normalizeAssessment, type AssessmentLevel } from './assessmentLevels';

/** One row of Helhetsbedömningar, read: the nämnd's decision for a year. */
export interface YearAssessment {
  readonly ar: number | null;
  readonly namnd: string;
  /** The step on the scale; undefined when the cell is blank or not on the scale (see `typed`). */
  readonly level: AssessmentLevel | undefined;
  /** Helhetsbedömning as typed. */
  readonly typed: CellValue;
  readonly motivering: string;
  /** Beslutsdatum as an Excel serial, or null when blank or unreadable. */
  readonly beslutsdatum: number | null;
  readonly paragraf: string;
  readonly row: RegisterRow;
}

// An unreadable Date (Invalid Date) reads as blank rather than throwing.
const text = (v: CellValue | undefined) =>
  v === null || v === undefined ? '' : v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : String(v).trim();

function yearOf(value: CellValue | undefined): number | null {
  const n = typeof value === 'number' ? value : Number(text(value));
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
}

/**
 * Every helhetsbedömning in the register, as read.
 *
 * @param register - The register.
 * @returns One entry per row that names a nämnd.
 * @example
 * yearAssessments(register).find((a) => a.ar === 2026)?.level //=> 'Inte helt tillräcklig'
 */
export function yearAssessments(register: RegisterData): YearAssessment[] {
  const out: YearAssessment[] = [];
  for (const row of register.tables.Helhetsbedömningar?.rows ?? []) {
    const v = row.values;
    if (isBlank(v.namnd ?? null)) continue;
    const date = parseDate(v.beslutsdatum ?? null);
    out.push({
      ar: yearOf(v.ar),
      namnd: text(v.namnd),
      level: normalizeAssessment(v.helhetsbedomning ?? null) ?? undefined,
      typed: v.helhetsbedomning ?? null,
      motivering: text(v.motivering),
      beslutsdatum: date === null || Number.isNaN(date) ? null : date,
      paragraf: text(v.paragraf),
      row,
    });
  }
  return out;
}

/**
 * A nämnd's helhetsbedömning for a year; when a year has several rows for the nämnd, the last one counts
 * (a later decision replaces an earlier one).
 *
 * @param register - The register.
 * @param year - The year.
 * @param namnd - The nämnd (compared by nameKey: NFC, case and spaces).
 * @returns The assessment, or undefined when none is typed.
 * @example
 * assessmentFor(register, 2026, 'Socialnämnden')?.paragraf //=> '§ 14'
 */
export function assessmentFor(register: RegisterData, year: number, namnd: string): YearAssessment | undefined {
  const rows = yearAssessments(register).filter((a) => a.ar === year && nameKey(a.namnd) === nameKey(namnd));
  return rows[rows.length - 1];
}
