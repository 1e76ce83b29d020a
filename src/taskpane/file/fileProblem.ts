import { sniffWorkbook } from '../../workbook/xlsx/package/sniffWorkbook';
import type { UppsiktError } from '../../core';
import { fileModeErrors } from './fileModeErrors';

/**
 * Why `bytes` cannot be a workbook, as an UppsiktError ("fileMode.encrypted" …) whose Swedish names the
 * file, or undefined when they may be one (a zip: the xlsx adapter decides, and says why not). Said before any library sees the file, from the
 * same sniffer the CLI and XlsxWorkbook use: a password-protected workbook and an old .xls are both OLE2
 * files, told apart by the encrypted package's stream names.
 *
 * @example
 * fileProblem('budget.xls', oleBytes)?.message; //=> 'budget.xls är i Microsofts äldre filformat …'
 */
export function fileProblem(name: string, bytes: Uint8Array): UppsiktError | undefined {
  const sniffed = sniffWorkbook(bytes);
  switch (sniffed.kind) {
    case 'empty':
      return fileModeErrors.empty({ file: name });
    case 'encrypted':
      return fileModeErrors.encrypted({ file: name });
    case 'oldFormat':
      return fileModeErrors.oldFormat({ file: name });
    case 'text':
      return fileModeErrors.text({ file: name });
    case 'binary':
      return fileModeErrors.notWorkbook({ file: name });
    default:
      return undefined;
  }
}
