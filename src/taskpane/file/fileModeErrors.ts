import { errorsOf, type UppsiktError } from '../../core';
import type { PackageLimitError } from '../../workbook/xlsx/read/packageLimits';
import { packageLimitMessagesSv, packageLimitWording } from '../../workbook/xlsx/size/messages.sv';

/*
 * What file mode throws about a file it cannot open: an UppsiktError "fileMode.<key>" worded by FILE_MODE_SV
 * (and, for a package past PACKAGE_LIMITS, by the sentence the CLI says), so tests match codes.
 */
export const fileModeErrors = errorsOf('fileMode', {
  tooMuchXml: packageLimitMessagesSv.tooMuchXml,
  tooManyCells: packageLimitMessagesSv.tooManyCells,
});

/** A package past a read limit, said as the CLI says it, naming the file. */
export function packageLimitError(file: string, error: PackageLimitError): UppsiktError {
  const wording = packageLimitWording(file, error);
  return wording.key === 'tooManyCells' ? fileModeErrors.tooManyCells(wording.params, { cause: error }) : fileModeErrors.tooMuchXml(wording.params, { cause: error });
}
