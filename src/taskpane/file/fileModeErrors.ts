import { errorsOf, type UppsiktError } from '../../core';
import type { PackageLimitError } from '../../workbook/xlsx/read/packageLimits';
import { packageLimitMessagesSv, packageLimitWording } from '../../workbook/xlsx/size/messages.sv';
import { FILE_MODE_SV as SV } from './messages.sv';

/*
 * What file mode throws about a file it cannot open: an UppsiktError "fileMode.<key>" worded by FILE_MODE_SV
 * (and, for a package past PACKAGE_LIMITS, by the sentence the CLI says), so tests match codes.
 */
export const fileModeErrors = errorsOf('fileMode', {
  // Files that are no workbook (fileProblem), said with the file's name.
  empty: (p: { file: string }) => SV.empty(p.file),
  encrypted: (p: { file: string }) => SV.encrypted(p.file),
  oldFormat: (p: { file: string }) => SV.oldFormat(p.file),
  text: (p: { file: string }) => SV.text(p.file),
  notWorkbook: (p: { file: string }) => SV.notWorkbook(p.file),
  // Opening: the file could not be read from disk, the adapter's chunk could not be fetched, or the adapter refused it.
  readFailed: (p: { file: string }) => SV.readFailed(p.file),
  loadFailed: SV.loadFailed,
  unreadable: (p: { file: string; reason: string }) => SV.unreadable(p.file, p.reason),
  tooMuchXml: packageLimitMessagesSv.tooMuchXml,
  tooManyCells: packageLimitMessagesSv.tooManyCells,
});

/** A package past a read limit, said as the CLI says it, naming the file. */
export function packageLimitError(file: string, error: PackageLimitError): UppsiktError {
  const wording = packageLimitWording(file, error);
  return wording.key === 'tooManyCells' ? fileModeErrors.tooManyCells(wording.params, { cause: error }) : fileModeErrors.tooMuchXml(wording.params, { cause: error });
}
