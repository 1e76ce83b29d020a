import type { RegisterData } from '../../../core';
import type { RenderReport } from '../renderUppsikt';
import type { UppsiktParts } from '../uppsiktParts';
import { writeAtomically } from '../writeXlsx';
import { mergeUppsiktPackage } from './mergeUppsiktPackage';
import type { ReplacementLoss } from './replacementLosses';
import { changedEntries, zipDirectory } from './zipDirectory';
import { withZipFile } from './zipFile';
import { writeZip } from './writeZip';

export { LossError } from './mergeUppsiktPackage';

export interface PackageWriteOptions {
  /** Today as an Excel serial. */
  readonly today: number;
  /** Uppsikt's own sheets already in the workbook (uppsiktPartsIn): written again in place, under their names. */
  readonly own?: UppsiktParts;
  /** Write even though replacing Uppsikt's own sheets drops what `losses` lists. */
  readonly allowLoss?: boolean;
  /** Big tables' rows written straight to XML (render/directRows.ts); default true, false only to compare. */
  readonly direct?: boolean;
  /** Replace a file that exists at the target (--ersatt); default true. See writeAtomically. */
  readonly replace?: boolean;
}

export interface PackageWriteResult extends RenderReport {
  /** What replacing Uppsikt's own sheets dropped (only with allowLoss). */
  readonly losses: readonly ReplacementLoss[];
  /**
   * Parts of the original that are not byte for byte the same in the written file, besides the ones Uppsikt
   * owns or must edit (workbook.xml, its relationships, [Content_Types].xml, styles.xml, calcChain.xml).
   * Empty means the user's own sheets and everything they hold are unchanged; the check reads both zip
   * directories (CRC-32 and size of every part).
   */
  readonly changedParts: readonly string[];
}

/**
 * Writes a user's workbook with Uppsikt's sheets added, or, for an Uppsikt workbook, with its own sheets
 * written again from `register`, keeping every other part of the package byte for byte: the user's sheets
 * are never loaded, only copied, so charts, pictures, pivot tables, slicers, macros and external links
 * survive. Only Uppsikt's sheets are rendered (with ExcelJS, into a workbook of their own) and merged in.
 * The target is written through a temporary file and renamed into place; the user's parts go into it still
 * deflated, as the source holds them (withZipFile, writeZip).
 *
 * @param source - The user's .xlsx (or .xlsm).
 * @param target - The file to write.
 * @param register - What Uppsikt's sheets should hold.
 * @param options - Today, the Uppsikt sheets to replace, whether losses are accepted.
 * @returns What was written, what was dropped and any part that changed unexpectedly.
 * @example
 * await writeUppsiktPackage('egen.xlsx', 'ut.xlsx', register, { today }) // → { sheets, renamed, changedParts: [] }
 */
export async function writeUppsiktPackage(source: string, target: string, register: RegisterData, options: PackageWriteOptions): Promise<PackageWriteResult> {
  return withZipFile(source, async (parts) => {
    const { touched, ...report } = await mergeUppsiktPackage(parts, register, { ...options, direct: options.direct ?? true });
    const before = await zipDirectory(source);
    let changedParts: string[] = [];
    await writeAtomically(
      target,
      async (temp) => {
        await writeZip(parts, temp);
        changedParts = changedEntries(before, await zipDirectory(temp), touched);
      },
      { replace: options.replace },
    );
    return { sheets: report.sheets, renamed: report.renamed, names: report.names, losses: report.losses, changedParts };
  });
}
