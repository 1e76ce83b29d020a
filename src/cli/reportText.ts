import fs from 'fs';
import path from 'path';
import { sniffWorkbook } from '../workbook/xlsx';
import { isUppsiktError, type UppsiktError } from '../core/errors/UppsiktError';
import { cliErrors } from './cliErrors';
import { cliMessagesSv as C } from './messages.sv';
import { fileError } from './fileErrors';

/*
 * Reading a report's text as a PDF reader's copy-and-save gives it: UTF-8, with or without a byte-order
 * mark, or UTF-16 (Windows Notepad's "Unicode"). Anything else gets a Swedish error saying what the file is
 * and what to do, never a parse of bytes that are not text.
 */

/** What the one sniffer calls a file that is no text: a zip or an OLE2 file (a workbook, Word, an old .xls). */
const OFFICE_OR_ZIP = new Set(['encrypted', 'oldFormat', 'brokenZip', 'otherZip', 'noContentTypes', 'workbook']);

function notText(file: string, what: string, todo: string): UppsiktError {
  return cliErrors.notText({ file, what, todo });
}

/** What a binary file is, by its first bytes and name, with what to do instead. */
function binaryKind(file: string, bytes: Buffer): UppsiktError | undefined {
  const ext = path.extname(file).toLowerCase();
  const copyText = C.copyTextHint;
  if (ext === '.pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    return cliErrors.isPdf({ file });
  }
  const sniffed = sniffWorkbook(bytes);
  if (OFFICE_OR_ZIP.has(sniffed.kind)) {
    if (sniffed.kind === 'workbook' || ['.xlsx', '.xlsm', '.xls'].includes(ext)) {
      return notText(file, C.aWorkbook, C.workbookHint({ file }));
    }
    if ((sniffed.kind === 'otherZip' && sniffed.holds === 'word') || ['.docx', '.doc'].includes(ext)) return notText(file, C.aWordDocument, C.wordHint);
    return notText(file, C.aBinaryOfficeOrZip, copyText);
  }
  if (bytes.includes(0)) return notText(file, C.aBinary, copyText);
  return undefined;
}

/**
 * Reads a report's text with a Swedish error for a missing or unreadable file, a PDF, a workbook, a Word
 * document, another binary file, a text in another encoding than UTF-8/UTF-16, and an empty file.
 *
 * @param file - The path the user gave.
 * @returns The text, without a byte-order mark.
 */
export function readReportText(file: string): string {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) throw cliErrors.isFolder({ file });
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (isUppsiktError(error)) throw error;
    throw fileError(error, file, 'read') ?? cliErrors.unreadable({ file }, { cause: error });
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.subarray(2).toString('utf16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  else {
    const binary = binaryKind(file, bytes);
    if (binary) throw binary;
    text = bytes.toString('utf8').replace(/^\ufeff/, '');
    if (text.includes('\ufffd')) throw cliErrors.notUtf8({ file });
  }
  if (text.trim() === '') {
    throw cliErrors.emptyText({ file });
  }
  return text;
}
