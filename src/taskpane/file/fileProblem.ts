import { sniffWorkbook } from '../../workbook/xlsx/package/sniffWorkbook';
import { FILE_MODE_SV } from './messages.sv';

/**
 * Why `bytes` cannot be a workbook, in Swedish with the file's name, or undefined when they may be one
 * (a zip: the xlsx adapter decides, and says why not). Said before any library sees the file, from the
 * same sniffer the CLI and XlsxWorkbook use: a password-protected workbook and an old .xls are both OLE2
 * files, told apart by the encrypted package's stream names.
 *
 * @example
 * fileProblem('budget.xls', oleBytes); //=> 'budget.xls är i Microsofts äldre filformat …'
 */
export function fileProblem(name: string, bytes: Uint8Array): string | undefined {
  const sniffed = sniffWorkbook(bytes);
  switch (sniffed.kind) {
    case 'empty':
      return FILE_MODE_SV.empty(name);
    case 'encrypted':
      return FILE_MODE_SV.encrypted(name);
    case 'oldFormat':
      return FILE_MODE_SV.oldFormat(name);
    case 'text':
      return FILE_MODE_SV.text(name);
    case 'binary':
      return FILE_MODE_SV.notWorkbook(name);
    default:
      return undefined;
  }
}
