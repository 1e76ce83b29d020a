import { dateText as cellDateText, idKey, isBlank, isoFromSerial, nameKey, parseDate, recipientsOf, type CellValue, type RegisterData, type RegisterRow } from '../../core';
import { addresses, reportNamnder } from '../report/reportNamnder';
import type { YttrandeModel, YttrandeRecommendation } from './YttrandeModel';

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const text = (v: CellValue | undefined): string | null => (v === undefined || isBlank(v) ? null : v instanceof Date ? cellDateText(v) : String(v).trim());

/** A date cell as ISO, or the text as typed when it is no date (shown, never dropped). */
function dateText(v: CellValue | undefined): string | null {
  if (v === undefined || isBlank(v)) return null;
  const serial = parseDate(v);
  return serial === null || Number.isNaN(serial) ? text(v) : isoFromSerial(serial);
}

/**
 * The granskning a user names by id ("G3") or title, with or without its year in brackets.
 *
 * @param register - The register.
 * @param query - An id or a title as typed (case and spaces folded).
 * @returns Its row on Granskningar, or undefined.
 * @example
 * findGranskning(register, 'G1')?.values.titel //=> 'Granskning av kommunens styrning av it och digitalisering'
 */
export function findGranskning(register: RegisterData, query: string): RegisterRow | undefined {
  const rows = register.tables.Granskningar?.rows ?? [];
  const wanted = fold(query);
  return (
    rows.find((r) => idKey(r.values.id ?? null) === idKey(query)) ??
    rows.find((r) => fold(text(r.values.titel) ?? '') === wanted) ??
    rows.find((r) => `${fold(text(r.values.titel) ?? '')} (${text(r.values.ar) ?? ''})` === wanted)
  );
}

/** The Rekommendationer rows of a granskning, in sheet order. */
function recommendationRows(register: RegisterData, granskning: RegisterRow): RegisterRow[] {
  const id = idKey(granskning.values.id ?? null);
  return (register.tables.Rekommendationer?.rows ?? []).filter((r) => idKey(r.values.granskningId ?? null) === id);
}

/**
 * The nämnder that owe a yttrande over a granskning: every body its recommendations name (several in one
 * Mottagare, or a group such as "Samtliga nämnder", through recipientsOf), in the order first named.
 *
 * @param register - The register.
 * @param granskning - Its row on Granskningar.
 * @returns The nämnder, each once.
 * @example
 * yttrandeNamnder(register, findGranskning(register, 'G1')!) //=> ['Kommunstyrelsen', 'Socialnämnden']
 */
export function yttrandeNamnder(register: RegisterData, granskning: RegisterRow): string[] {
  const namnder = reportNamnder(register);
  const found = new Map<string, string>();
  for (const row of recommendationRows(register, granskning)) {
    for (const n of recipientsOf(row.values.mottagare ?? null, namnder)) if (!found.has(nameKey(n))) found.set(nameKey(n), n);
  }
  return [...found.values()];
}

/**
 * The yttrande a nämnd gives over one granskning: the granskning's facts and, per recommendation addressed
 * to the nämnd (alone, with others or through a group), the text verbatim and what the nämnd answered.
 * Recommendations are ordered by number, then as on the sheet.
 *
 * @param register - The register.
 * @param granskning - Its row on Granskningar (findGranskning).
 * @param namnd - The nämnd (yttrandeNamnder).
 * @returns The yttrande as plain values.
 * @example
 * buildYttrande(register, findGranskning(register, 'G2')!, 'Socialnämnden').recommendations[0].stallningstagande //=> 'Instämmer'
 */
export function buildYttrande(register: RegisterData, granskning: RegisterRow, namnd: string): YttrandeModel {
  const namnder = reportNamnder(register);
  const rows = recommendationRows(register, granskning).filter((r) => addresses(r.values.mottagare ?? null, namnd, namnder));
  const recommendations: YttrandeRecommendation[] = rows.map((row) => {
    const v = row.values;
    const answer = { stallningstagande: text(v.stallningstagande), svar: text(v.svar), atgard: text(v.atgard) };
    return {
      id: text(v.id) ?? '',
      nr: text(v.nr) ?? '',
      rekommendation: text(v.rekommendation) ?? '',
      ...answer,
      ansvarig: text(v.ansvarig),
      klartSenast: dateText(v.klartSenast),
      answered: Object.values(answer).some((a) => a !== null),
    };
  });
  const byNumber = (r: YttrandeRecommendation) => (/^\d+$/.test(r.nr) ? Number(r.nr) : Number.POSITIVE_INFINITY);
  const sorted = recommendations
    .map((r, i) => ({ r, i }))
    .sort((a, b) => byNumber(a.r) - byNumber(b.r) || a.i - b.i)
    .map((x) => x.r);
  const g = granskning.values;
  return {
    namnd,
    granskningId: text(g.id) ?? '',
    titel: text(g.titel) ?? '',
    ar: text(g.ar),
    revisionsforetag: text(g.revisionsforetag),
    rapportdatum: dateText(g.rapportdatum),
    svarSenast: dateText(g.svarSenast),
    beslutsdatum: dateText(g.beslutsdatum),
    paragraf: text(g.paragraf),
    recommendations: sorted,
    missing: sorted.filter((r) => !r.answered).length,
  };
}
