import { LISTS, type ColumnSpec, type RegisterData } from '../../core';
import { layoutMessagesSv as sv } from './messages.sv';
import type { UppsiktNames } from './uppsiktNames';

/** What a drop-down allows: a list (a defined name on Inställningar or a table's ids) or whole numbers. */
export type ValidationRule =
  | { kind: 'list'; /** The source formula without "=": the list's defined name. */ source: string }
  | { kind: 'idList'; table: string; /** INDIRECT of the table's Id column (a list source cannot name a column). */ source: string }
  | { kind: 'wholeNumber'; min: number; max: number };

/** One column's drop-down, with the error Excel shows (titled by the header) and the input prompt. */
export type ValidationPlan = ValidationRule & {
  title: string;
  message: string;
  /** 'stop' refuses the value; 'warning' lets the user keep it (a nämnd not yet listed, say). */
  style: 'stop' | 'warning';
  /** The column's help text, shown when a cell is selected. */
  prompt?: string;
};

/**
 * The drop-down of a schema column, or undefined for a column without one. Both adapters translate this
 * plan (Office.js dataValidation, ExcelJS dataValidations), so the rule and its Swedish messages live once.
 *
 * @param column - The schema column.
 * @param register - For the scale (the levels' bounds).
 * @param names - The names written (lists and tables may carry "_Uppsikt").
 * @returns The plan.
 * @example
 * validationPlan(tableSpec('Risker').columns[5], register, names)
 * //=> { kind: 'wholeNumber', min: 1, max: 4, title: 'Sannolikhet', message: 'Ange ett heltal 1–4 (skalan på Inställningar).', style: 'stop', prompt: … }
 */
export function validationPlan(column: ColumnSpec, register: RegisterData, names: UppsiktNames): ValidationPlan | undefined {
  const source = column.list;
  if (!source) return undefined;
  const common = { title: column.header, ...(column.help !== undefined ? { prompt: column.help } : {}) };
  if (source.kind === 'list') {
    const list = LISTS.find((l) => l.key === source.list)!;
    return { kind: 'list', source: names.definedNames.get(list.name) ?? list.name, ...common, message: sv.validationList({ list: list.header }), style: 'warning' };
  }
  if (source.kind === 'levels') {
    const levels = (source.axis === 'likelihood' ? register.scale.likelihood : register.scale.consequence).labels.length;
    return { kind: 'wholeNumber', min: 1, max: levels, ...common, message: sv.validationLevel({ levels }), style: 'stop' };
  }
  const table = names.tables.get(source.table) ?? source.table;
  return { kind: 'idList', table, source: `INDIRECT("${table}[Id]")`, ...common, message: sv.validationId(), style: 'warning' };
}
