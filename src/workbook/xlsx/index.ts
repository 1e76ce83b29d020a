/* The .xlsx adapter: files in and out through ExcelJS, rendering the one schema the Office adapter renders too. */
export { readXlsx } from './readXlsx';
export { PACKAGE_LIMITS, PackageLimitError, type PackageLimits } from './read/packageLimits';
export { DamagedPartError } from './read/zipPackage';
export { sniffWorkbook, type SniffedFile, type ZipContent } from './package/sniffWorkbook';
export { snapshotOf } from './snapshotOf';
export { renderUppsikt, type RenderReport, type RenderOptions } from './renderUppsikt';
export { copyAtomically, writeAtomically, writeXlsx, type PlaceOptions } from './writeXlsx';
export { placeFile, removeAllTemps, removeTemp, sweepStaleTemps, tempPathFor, TargetExistsError } from './tempFiles';
export { writeUppsiktPackage, LossError, type PackageWriteResult } from './package/writeUppsiktPackage';
export { PackageError } from './package/workbookPart';
export { cellsAtRisk, isCompleteUppsiktWorkbook, isUppsiktWorkbook, uppsiktPartsIn, withoutFormulaResults, type UppsiktParts } from './uppsiktParts';
export { rewriteRefusal } from './rewriteRefusal';
export { lossSentences } from './lossSentences';
export { xlsxMessages } from './messages.sv';
export { mergeUppsiktBytes, mergeUppsiktPackage, type MergedPackage, type PackageMergeOptions } from './package/mergeUppsiktPackage';
export { XlsxWorkbook, type XlsxWorkbookOptions } from './XlsxWorkbook';
