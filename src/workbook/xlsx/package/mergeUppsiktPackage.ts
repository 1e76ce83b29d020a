import ExcelJS from 'exceljs';
import type { RegisterData } from '../../../core';
import { renderUppsikt, type RenderReport } from '../renderUppsikt';
import type { UppsiktParts } from '../uppsiktParts';
import { directTables } from '../render/directRows';
import { mergeUppsiktSheets } from './mergeUppsiktSheets';
import { packageNames } from './packageNames';
import { replacementLosses, type ReplacementLoss } from './replacementLosses';
import { readWorkbookPart } from './workbookPart';
import type { PackageParts } from './PackageParts';
import { readZipBytes, zipBytes } from './zipBytes';

/*
 * The package merge without files: the user's package in, Uppsikt's sheets merged into it. Browser-safe (no
 * fs, path or Node streams), so the task pane's file mode saves exactly as the CLI writes;
 * writeUppsiktPackage is the CLI's path-in, path-out wrapper.
 */

export interface PackageMergeOptions {
  /** Today as an Excel serial. */
  readonly today: number;
  /** Uppsikt's own sheets already in the workbook (uppsiktPartsIn): written again in place, under their names. */
  readonly own?: UppsiktParts;
  /**
   * Names Uppsikt's parts must have although the package does not have them yet (sheets a workbook in
   * memory added): kept instead of being resolved again.
   */
  readonly fixed?: UppsiktParts;
  /** Write even though replacing Uppsikt's own sheets drops what `losses` lists. */
  readonly allowLoss?: boolean;
  /**
   * Big tables' rows written straight to XML (render/directRows.ts, which needs Node's Buffer); default
   * false here, the CLI's writer turns it on.
   */
  readonly direct?: boolean;
}

export interface MergedPackage extends RenderReport {
  /** The user's package with Uppsikt's sheets merged in. */
  readonly parts: PackageParts;
  /** What replacing Uppsikt's own sheets dropped (only with allowLoss). */
  readonly losses: readonly ReplacementLoss[];
  /** Zip entries written, replaced or removed; every other entry is the original's, compressed bytes included. */
  readonly touched: ReadonlySet<string>;
}

/** Thrown before anything is written when replacing Uppsikt's sheets would drop something a user made. */
export class LossError extends Error {
  constructor(readonly losses: readonly ReplacementLoss[]) {
    super(losses.map((l) => `${l.sheet}: ${l.what}`).join('; '));
  }
}

/**
 * Merges Uppsikt's sheets, rendered from `register`, into a user's package: an Uppsikt
 * workbook has its own sheets (`own`) written again in place, any other gets them added after the user's
 * sheets. Every other part stays byte for byte (see mergeUppsiktSheets).
 *
 * @param parts - The user's package, changed in place.
 * @param register - What Uppsikt's sheets should hold.
 * @param options - Today, the Uppsikt sheets to replace, whether losses are accepted.
 * @returns The package and what was written.
 * @example
 * const merged = await mergeUppsiktPackage(readZipBytes(bytes), register, { today });
 * await zipBytes(merged.parts);
 */
export async function mergeUppsiktPackage(parts: PackageParts, register: RegisterData, options: PackageMergeOptions): Promise<MergedPackage> {
  const workbook = await readWorkbookPart(parts);
  const replace = new Set(options.own?.sheets.values() ?? []);
  const losses = await replacementLosses(parts, workbook, replace);
  if (losses.length > 0 && !options.allowLoss) throw new LossError(losses);

  const rendered = new ExcelJS.Workbook();
  rendered.creator = 'Uppsikt';
  const fixed = options.fixed ?? options.own;
  const report = renderUppsikt(rendered, register, {
    today: options.today,
    existing: await packageNames(parts, workbook, replace),
    ...(fixed ? { fixed } : {}),
    direct: options.direct ?? false,
  });
  // Stored, not deflated: the parts are read back at once and compressed when the package is written.
  const renderedParts = readZipBytes(new Uint8Array((await rendered.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer));
  const { touched } = await mergeUppsiktSheets(parts, renderedParts, replace, directTables(rendered));
  return { ...report, parts, losses: options.allowLoss ? losses : [], touched };
}

/**
 * mergeUppsiktPackage from bytes to bytes (for the browser).
 *
 * @param bytes - The user's .xlsx or .xlsm.
 * @param register - What Uppsikt's sheets should hold.
 * @param options - As for mergeUppsiktPackage.
 * @returns The written package's bytes and what was written.
 * @example
 * const { bytes: out } = await mergeUppsiktBytes(bytes, register, { today }); // the user's parts unchanged
 */
export async function mergeUppsiktBytes(
  bytes: Uint8Array,
  register: RegisterData,
  options: PackageMergeOptions,
): Promise<RenderReport & { bytes: Uint8Array; losses: readonly ReplacementLoss[] }> {
  const merged = await mergeUppsiktPackage(readZipBytes(bytes), register, options);
  const out = await zipBytes(merged.parts);
  return { sheets: merged.sheets, renamed: merged.renamed, names: merged.names, losses: merged.losses, bytes: out };
}
