import { granskningarFromTitles, idKey, withRoundFollowUps, type AdoptedTable, type Adoption, type RegisterData } from '../../core';
import { flowMessagesSv as M } from '../messages.sv';
import { fillRequired, ID_PREFIX, type RequiredFill } from './fillRequired';
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

/** The register to create the structure from, and what was filled in or derived on the way, in Swedish. */
export interface StructureOutcome {
  register: RegisterData;
  /** One sentence per thing filled in or derived (ids, Granskningar, Uppföljning rows from round columns). */
  notes: string[];
}

/**
 * The register the structure is created from (the pane's Skapa, `uppsikt adopt`), with what was done to it:
 * the chosen fills in blank required cells; for the user's own recommendations, Granskningar made from the
 * granskning titles (and years) they name (see granskningarFromTitles), and their round columns ("Status
 * 2023") as Uppföljning rows once every row has an id; or, for a blank workbook with `start`, a new one.
 *
 * @param adoption - The workbook adopted (with the user's column mapping).
 * @param choices - Fills and, for a blank workbook, the start.
 * @returns The register and the notes to show.
 * @example
 * structureOutcome(adoption, { fills: { Rekommendationer: { ids: true } } }).notes[0] //=> 'Revisionens rekommendationer: 44 rader utan Id får REK1–REK44.'
 */
export function structureOutcome(adoption: Pick<Adoption, 'report' | 'register'>, choices: StructureChoices = {}): StructureOutcome {
  const kind = structureKind(adoption);
  if (kind.blank && choices.start) {
    const fresh = newRegister(choices.start.scale, choices.start.example);
    if (fresh) return { register: fresh, notes: [] };
  }
  const notes: string[] = [];
  let register = adoption.register;
  for (const t of kind.ownTables) {
    const fill = choices.fills?.[t.table];
    if (!fill) continue;
    const before = register.tables[t.table]?.rows ?? [];
    register = fillRequired(register, t.table, fill);
    const filled = (register.tables[t.table]?.rows ?? []).filter((row, i) => idKey(before[i]?.values.id ?? null) === '' && idKey(row.values.id ?? null) !== '');
    if (fill.ids && filled.length > 0 && ID_PREFIX[t.table]) {
      notes.push(M.structureIdsFilled({ rows: filled.length, sheet: t.sheet, first: String(filled[0].values.id), last: String(filled[filled.length - 1].values.id) }));
    }
  }
  const recs = kind.ownTables.find((t) => t.table === 'Rekommendationer');
  if (recs) {
    const derived = granskningarFromTitles(register);
    if (derived.created > 0 || derived.linked > 0) {
      const title = recs.mapped.find((m) => m.key === 'granskning')?.header ?? '';
      const from = derived.yearColumn ? M.structureColumnsGranskningYear({ title, year: derived.yearColumn }) : M.structureColumnGranskning({ title });
      notes.push(M.structureGranskningar({ created: derived.created, linked: derived.linked, from }));
      register = derived.register;
    }
    register = withRoundFollowUps(register);
    const fromRounds = (register.tables.Uppföljningar?.rows ?? []).filter((row) => row.sheet === recs.sheet).length;
    if (fromRounds > 0 && recs.rounds) notes.push(M.structureRoundRows({ rows: fromRounds, columns: recs.rounds.map((r) => r.header) }));
  }
  return { register, notes };
}

/**
 * The register the structure is created from; see structureOutcome, which also says what was filled in.
 *
 * @example
 * structureRegister(adoption, { fills: { Risker: { ids: true } } }).tables.Risker?.rows[0].values.id //=> 'R1'
 */
export function structureRegister(adoption: Pick<Adoption, 'report' | 'register'>, choices: StructureChoices = {}): RegisterData {
  return structureOutcome(adoption, choices).register;
}
