import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseNumber } from '../cell/parseNumber';
import { parseDate } from '../date/parseDate';
import { parsePeriod, type Period } from '../controls/parsePeriod';
import { avvikelseOf, genomfordOf, type AvvikelseGrad, type Genomford } from '../controls/resultValues';
import { idKey } from './latestVerdicts';
import type { RegisterData, RegisterRow } from './RegisterData';

/**
 * One row of Kontrollutfall, read into types. Anything that could not be read is undefined here and kept as
 * typed in `row.values` (checkControlResults names it); `row` says where the row is, for findings and Gå till.
 */
export interface ControlResult {
  /** The Kontroll-id as typed, trimmed ("" when blank). */
  readonly kontrollId: string;
  /** The id as matched against Kontroller (idKey: trimmed, lower case). */
  readonly kontrollKey: string;
  /** The Period, undefined when blank or not a period. */
  readonly period?: Period;
  readonly genomford?: Genomford;
  /** Excel serial. */
  readonly datum?: number;
  readonly utfordAv: string;
  readonly urval?: number;
  readonly antalAvvikelser?: number;
  readonly resultat: string;
  readonly avvikelse?: AvvikelseGrad;
  readonly atgard: string;
  readonly atgardsansvarig: string;
  /** Excel serial. */
  readonly klartSenast?: number;
  /** Åtgärdad: true for Ja, false for Nej, undefined when blank. */
  readonly atgardad?: boolean;
  readonly row: RegisterRow;
}

const text = (value: CellValue): string => (isBlank(value) ? '' : String(value).trim());
const number = (value: CellValue): number | undefined => {
  const n = parseNumber(value ?? null);
  return n === null || Number.isNaN(n) ? undefined : n;
};
const date = (value: CellValue): number | undefined => {
  const serial = parseDate(value ?? null);
  return serial === null || Number.isNaN(serial) ? undefined : serial;
};
/** Åtgärdad as typed: true for Ja (also "j", "x"), false for Nej, undefined when blank or anything else. */
export const yesNo = (value: CellValue): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  const t = text(value).toLocaleLowerCase('sv');
  return t === 'ja' || t === 'j' || t === 'x' ? true : t === 'nej' || t === 'n' ? false : undefined;
};

/**
 * A Kontrollutfall row as a typed record.
 *
 * @param row - A row of register.tables.Kontrollutfall.
 * @returns The record.
 * @example
 * controlResultOf(row).period?.name //=> 'T2 2026'
 */
export function controlResultOf(row: RegisterRow): ControlResult {
  const v = row.values;
  const period = parsePeriod(v.period ?? null).value;
  const genomford = genomfordOf(v.genomford ?? null);
  const datum = date(v.datum);
  const urval = number(v.urval);
  const antalAvvikelser = number(v.antalAvvikelser);
  const avvikelse = avvikelseOf(v.avvikelse ?? null);
  const klartSenast = date(v.klartSenast);
  const atgardad = yesNo(v.atgardad);
  return {
    kontrollId: text(v.kontrollId),
    kontrollKey: idKey(v.kontrollId ?? null),
    ...(period ? { period } : {}),
    ...(genomford ? { genomford } : {}),
    ...(datum !== undefined ? { datum } : {}),
    utfordAv: text(v.utfordAv),
    ...(urval !== undefined ? { urval } : {}),
    ...(antalAvvikelser !== undefined ? { antalAvvikelser } : {}),
    resultat: text(v.resultat),
    ...(avvikelse ? { avvikelse } : {}),
    atgard: text(v.atgard),
    atgardsansvarig: text(v.atgardsansvarig),
    ...(klartSenast !== undefined ? { klartSenast } : {}),
    ...(atgardad !== undefined ? { atgardad } : {}),
    row,
  };
}

/**
 * The rows of Kontrollutfall as typed records, in sheet order; rows with every cell blank are left out.
 * None when the workbook has no Kontrollutfall.
 *
 * @param register - The register.
 * @returns The results.
 * @example
 * controlResults(registerFromRecords(defaultScale, { Kontrollutfall: [{ kontrollId: 'K1', period: 'T1 2026', genomford: 'Ja' }] }))[0].genomford //=> 'Ja'
 */
export function controlResults(register: RegisterData): ControlResult[] {
  return (register.tables.Kontrollutfall?.rows ?? []).filter((row) => Object.values(row.values).some((v) => !isBlank(v))).map(controlResultOf);
}
