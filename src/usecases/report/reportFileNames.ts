import { distinctFileNames, fileNameFor } from '../../core';
import { flowMessagesSv } from '../messages.sv';

/** The file name of the report for the whole kommun. */
export const KOMMUN_REPORT_NAME = flowMessagesSv.allNamnder;

/**
 * A nämnd's name as a file name: the core's one rule (fileNameFor), kept here for the pane and the CLI.
 *
 * @param name - The nämnd's name.
 * @returns The file name without extension.
 * @example
 * safeFileName('Kultur/fritid') //=> 'Kultur-fritid'
 */
export function safeFileName(name: string): string {
  return fileNameFor(name);
}

/**
 * The .xlsx file names of reports (`uppsikt export --alla`, the pane's Rapport): each nämnd's name by the
 * core's rule, the whole kommun's as "Samtliga nämnder", and " (2)", " (3)" … where two would otherwise be
 * the same file.
 *
 * @param scopes - Nämnder, `undefined` for the whole kommun.
 * @returns One file name per scope, in order.
 * @example
 * reportFileNames(['Kultur/fritid', 'Kultur-fritid', undefined]) //=> ['Kultur-fritid.xlsx', 'Kultur-fritid (2).xlsx', 'Samtliga nämnder.xlsx']
 */
export function reportFileNames(scopes: readonly (string | undefined)[]): string[] {
  return distinctFileNames(scopes.map((scope) => scope ?? KOMMUN_REPORT_NAME)).map((name) => `${name}.xlsx`);
}
