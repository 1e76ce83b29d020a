/*
 * One normalisation for text that goes into a cell, used when text is imported, when it is compared with
 * what a workbook holds, and (through the adapters) when it is written: whatever the route, the same text
 * gives the same cell, so importing a report twice never looks like a change.
 */

// Characters an .xlsx cannot hold (XML 1.0 forbids C0 controls other than tab and line breaks; ExcelJS drops
// them on write) and C1 controls and escape codes nobody means to keep: ESC, BEL, NUL, DEL, U+0080–U+009F.
// Lone surrogates and the non-characters U+FFFE/U+FFFF cannot be written either.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text a cell will hold: NFC (so "ö" typed and "ö" pasted from a PDF on a Mac compare equal), control
 * characters and characters a workbook cannot store removed, "\r\n" as "\n".
 *
 * @param text - Any text.
 * @returns The text as it is stored and compared.
 * @example
 * normalizeCellText('Ta\u001b fram en o\u0308versikt') //=> 'Ta fram en översikt'
 */
export function normalizeCellText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNWRITABLE, '');
}
