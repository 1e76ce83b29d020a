import fs from 'fs';
import { sniffWorkbook, type ZipContent } from '../workbook/xlsx';
import { cliErrors } from './cliErrors';
import { cliMessagesSv as C } from './messages.sv';

/*
 * What a file the user named as a workbook really is, before a library reads it, in the CLI's words: the
 * one sniffer (workbook/xlsx sniffWorkbook) that XlsxWorkbook and the pane's file mode use too decides.
 */

/** Bytes read from each end of a big file: the zip's central directory is at its end, the magic at its start. */
const WINDOW = 1 << 20;

function whole(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  return bytes.subarray(0, size > 0 ? fs.readSync(fd, bytes, 0, size, 0) : 0);
}

/*
 * The file at its full length with only its first and last megabyte read. A fresh Uint8Array is zeroed
 * memory the system maps only when written, so a 300,000-row workbook costs two megabytes here, not its
 * size (reading it all put 70 MB on adopt's and check's peak memory). The entry names come from the central
 * directory at the end; the zeros between are never taken for content.
 */
function ends(fd: number, size: number): Uint8Array {
  if (size <= 2 * WINDOW) return whole(fd, size);
  const bytes = new Uint8Array(size);
  fs.readSync(fd, bytes, 0, WINDOW, 0);
  fs.readSync(fd, bytes, size - WINDOW, WINDOW, size - WINDOW);
  return bytes;
}

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
  let sniffed = sniffWorkbook(ends(fd, size));
  // What the ends alone cannot tell (a directory longer than the window, an OLE2 directory in the middle) is
  // asked again of the whole file: those files are rare, and the answer is then the same as for all bytes.
  if (size > 2 * WINDOW && (sniffed.kind === 'brokenZip' || sniffed.kind === 'oldFormat')) sniffed = sniffWorkbook(whole(fd, size));
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
