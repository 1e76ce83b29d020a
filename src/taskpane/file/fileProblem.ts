import { FILE_MODE_SV } from './messages.sv';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether `bytes` hold `text` written in UTF-16LE (how an OLE2 directory names its streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(head: Uint8Array): boolean {
  for (const b of head) if (b === 0 || (b < 9 && b !== 0)) return false;
  return true;
}

/**
 * Why `bytes` cannot be a workbook, in Swedish with the file's name, or undefined when they may be one
 * (a zip: the xlsx adapter decides). Said before any library sees the file, as the CLI does: a
 * password-protected workbook and an old .xls are both OLE2 files, told apart by the encrypted package's
 * stream names.
 *
 * @example
 * fileProblem('budget.xls', oleBytes); //=> 'budget.xls är i Microsofts äldre filformat …'
 */
export function fileProblem(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return FILE_MODE_SV.empty(name);
  if (startsWith(bytes, CFB_MAGIC)) {
    // The stream names sit in the directory sectors, which Excel writes near the start or the end.
    const near = (part: Uint8Array) => containsUtf16(part, 'EncryptedPackage') || containsUtf16(part, 'EncryptionInfo');
    const span = 1 << 20;
    const encrypted = near(bytes.subarray(0, span)) || near(bytes.subarray(Math.max(0, bytes.length - span)));
    return encrypted ? FILE_MODE_SV.encrypted(name) : FILE_MODE_SV.oldFormat(name);
  }
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return undefined;
  return looksLikeText(bytes.subarray(0, 512)) ? FILE_MODE_SV.text(name) : FILE_MODE_SV.notWorkbook(name);
}
