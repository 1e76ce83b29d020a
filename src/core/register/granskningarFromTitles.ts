import { headerKey } from '../adopt/headerKey';
import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseNumber } from '../cell/parseNumber';
import { tableSpec } from '../schema/uppsiktSchema';
import { idKey } from './latestVerdicts';
import type { RegisterData, RegisterRow, RegisterTable } from './RegisterData';

/*
 * A controller's register names each recommendation's granskning by its title (and often its year in a
 * column of its own) instead of an id: "Granskning av cybersäkerhet", "2022". Those are exactly what
 * Granskningar is made of, so adopting such a register creates the Granskningar rows and fills Granskning-id,
 * rather than leaving every row with a missing required id.
 */

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
const TRAILING_YEAR = /\((\d{4})\)\s*$/;

/** A year typed in a cell (2022, "2022"), or undefined. */
function yearOf(value: CellValue): number | undefined {
  const n = parseNumber(value);
  return n !== null && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

/** The kept column of Rekommendationer holding the granskning's year ("År", "Granskningsår"), if any. */
function yearHeader(recs: RegisterTable): string | undefined {
  const spec = tableSpec('Granskningar').columns.find((c) => c.key === 'ar')!;
  const keys = new Set([spec.header, ...spec.synonyms].map((h) => headerKey(h)));
  return recs.extraHeaders.find((h) => keys.has(headerKey(h)));
}

/** What the derivation did, for the user to read. */
export interface DerivedGranskningar {
  readonly register: RegisterData;
  /** Granskningar rows created (title and year as found). */
  readonly created: number;
  /** Recommendations given a Granskning-id. */
  readonly linked: number;
  /** The year column that became Granskningar's År and is no longer kept on Rekommendationer. */
  readonly yearColumn?: string;
}

/**
 * Granskningar from the titles (and years) a register names its recommendations by: one row per distinct
 * title and year (an existing Granskningar row of that title and year is reused), and Granskning-id filled
 * in every recommendation that had none. A year column ("År") becomes Granskningar's År; a year written at
 * the end of the title ("… (2022)") is read too. Nothing typed is changed: only blank Granskning-id cells
 * are filled. Unchanged when no recommendation names a granskning without an id.
 *
 * @param register - The register (an adopted one).
 * @returns The register with Granskningar and the links, and what was done.
 * @example
 * granskningarFromTitles(register).created //=> 7
 */
export function granskningarFromTitles(register: RegisterData): DerivedGranskningar {
  const recs = register.tables.Rekommendationer;
  const unlinked = (row: RegisterRow) => isBlank(row.values.granskningId) && !isBlank(row.values.granskning) && String(row.values.granskning).trim() !== '';
  if (!recs || !recs.rows.some(unlinked)) return { register, created: 0, linked: 0 };

  const yearColumn = yearHeader(recs);
  const audits = register.tables.Granskningar;
  const byKey = new Map<string, string>();
  const taken = new Set<string>();
  for (const row of audits?.rows ?? []) {
    taken.add(idKey(row.values.id));
    if (isBlank(row.values.titel) || isBlank(row.values.id)) continue;
    const title = String(row.values.titel);
    const year = yearOf(row.values.ar ?? null) ?? yearOf(TRAILING_YEAR.exec(title)?.[1] ?? null);
    byKey.set(`${fold(title)}|${year ?? ''}`, String(row.values.id).trim());
  }
  let next = 1;
  const freshId = () => {
    while (taken.has(idKey(`G${next}`))) next++;
    taken.add(idKey(`G${next}`));
    return `G${next}`;
  };

  const created: RegisterRow[] = [];
  let linked = 0;
  const rows = recs.rows.map((row) => {
    if (!unlinked(row)) return row;
    const title = String(row.values.granskning).trim();
    const year = (yearColumn ? yearOf(row.extra[yearColumn] ?? null) : undefined) ?? yearOf(TRAILING_YEAR.exec(title)?.[1] ?? null);
    const key = `${fold(title)}|${year ?? ''}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = freshId();
      byKey.set(key, id);
      // Placed at the recommendation that first names it, so a finding about it points at the user's cells.
      const columns: Record<string, number> = {};
      if (row.columns.granskning !== undefined) columns.titel = row.columns.granskning;
      created.push({ values: { id, titel: title, ar: year ?? null }, extra: {}, sheet: row.sheet, row: row.row, columns });
    }
    linked++;
    return { ...row, values: { ...row.values, granskningId: id } };
  });

  // The year now lives on Granskningar; kept on each recommendation it would only say the same twice.
  const dropYear = yearColumn !== undefined && rows.every((r) => r.extra[yearColumn] === undefined || isBlank(r.extra[yearColumn]) || !isBlank(r.values.granskningId));
  const recTable: RegisterTable = dropYear
    ? { ...recs, extraHeaders: recs.extraHeaders.filter((h) => h !== yearColumn), rows: rows.map((r) => ({ ...r, extra: withoutKey(r.extra, yearColumn!) })) }
    : { ...recs, rows };
  const auditTable: RegisterTable = audits
    ? { ...audits, rows: [...audits.rows, ...created] }
    : { table: 'Granskningar', sheet: recs.sheet, headerRow: recs.headerRow, extraHeaders: [], rows: created };
  return {
    register: { ...register, tables: { ...register.tables, Granskningar: auditTable, Rekommendationer: recTable } },
    created: created.length,
    linked,
    ...(dropYear ? { yearColumn } : {}),
  };
}

function withoutKey(record: Readonly<Record<string, CellValue>>, key: string): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(record)) if (k !== key) out[k] = v;
  return out;
}
