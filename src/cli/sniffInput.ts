import fs from 'fs';
import { sniffWorkbook, type ZipContent } from '../workbook/xlsx';
import { cliErrors } from './cliErrors';
import { cliMessagesSv as C } from './messages.sv';

/*
 * What a file the user named as a workbook really is, before a library reads it, in the CLI's words: the
 * one sniffer (workbook/xlsx sniffWorkbook) that XlsxWorkbook and the pane's file mode use too decides.
 */

const HOLDS: Record<ZipContent, string> = { word: C.zipWord, powerpoint: C.zipPowerPoint, openDocument: C.zipOpenDocument, other: C.zipOther };

/**
 * Refuses, in Swedish, the content of an open file that cannot be a readable .xlsx workbook; throws Node's
 * error as is when reading fails.
 *
 * @param file - The path the user gave, for messages.
 * @param fd - The file, open for reading.
 * @param size - Its size in bytes.
 */
export function sniffInput(file: string, fd: number, size: number): void {
  const bytes = Buffer.alloc(size);
  const read = size > 0 ? fs.readSync(fd, bytes, 0, size, 0) : 0;
  const sniffed = sniffWorkbook(bytes.subarray(0, read));
  switch (sniffed.kind) {
    case 'empty':
      throw cliErrors.fileEmpty({ file });
    case 'encrypted':
      throw cliErrors.fileEncrypted({ file });
    case 'oldFormat':
      throw cliErrors.fileOldFormat({ file });
    case 'text':
      throw cliErrors.textAsXlsx({ file });
    case 'binary':
      throw cliErrors.fileNotXlsxContent({ file });
    case 'brokenZip':
      throw cliErrors.brokenFile({ file });
    case 'otherZip':
      throw cliErrors.zipNotWorkbook({ file, kind: HOLDS[sniffed.holds] });
    // Every package has it (Excel will not open one without): an input problem, said before any write.
    case 'noContentTypes':
      throw cliErrors.noContentTypes({ file });
    case 'workbook':
      return;
  }
}
