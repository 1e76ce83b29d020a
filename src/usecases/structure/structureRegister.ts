import type { AdoptedTable, Adoption, RegisterData } from '../../core';
import { fillRequired, type RequiredFill } from './fillRequired';
import { newRegister } from './newRegister';

/** What kind of workbook the structure is created in. */
export interface StructureKind {
  /** Already an Uppsikt workbook (its tables found by name): what is missing is added, an old one upgraded. */
  isUppsikt: boolean;
  /** The user's own sheets recognised by their headers, to be copied into Uppsikt's tables. */
  ownTables: AdoptedTable[];
  /** Neither: the structure starts empty or with example data. */
  blank: boolean;
}

/** What the user chose for the structure. */
export interface StructureChoices {
  /** Per table of the user's own, what to fill into missing required columns (ids, a nämnd). */
  fills?: Readonly<Record<string, RequiredFill>>;
  /** For a blank workbook: the preset scale and whether to fill the example data. */
  start?: { scale: string; example?: boolean };
}

/**
 * What kind of workbook an adoption found.
 *
 * @param adoption - The workbook adopted.
 * @returns Uppsikt, own tables, or blank.
 * @example
 * structureKind(adoptWorkbook(emptySnapshot)).blank //=> true
 */
export function structureKind(adoption: Pick<Adoption, 'report'>): StructureKind {
  const ownTables = adoption.report.tables.filter((t) => t.foundBy === 'headers');
  const isUppsikt = adoption.report.tables.some((t) => t.foundBy === 'table');
  return { isUppsikt, ownTables, blank: ownTables.length === 0 && !isUppsikt };
}

/**
 * The register the structure is created from (the pane's Skapa, `uppsikt adopt`): the adopted register with
 * the chosen fills in blank required cells, or, for a blank workbook with `start`, a new one.
 *
 * @param adoption - The workbook adopted (with the user's column mapping).
 * @param choices - Fills and, for a blank workbook, the start.
 * @returns The register.
 * @example
 * structureRegister(adoption, { fills: { Risker: { ids: true } } }).tables.Risker?.rows[0].values.id //=> 'R1'
 */
export function structureRegister(adoption: Pick<Adoption, 'report' | 'register'>, choices: StructureChoices = {}): RegisterData {
  const kind = structureKind(adoption);
  if (kind.blank && choices.start) {
    const fresh = newRegister(choices.start.scale, choices.start.example);
    if (fresh) return fresh;
  }
  return kind.ownTables.reduce((r, t) => (choices.fills?.[t.table] ? fillRequired(r, t.table, choices.fills[t.table]) : r), adoption.register);
}
