import fs from 'fs';
import type ExcelJS from 'exceljs';
import { directTableXml, directTables, spliceDirectRows, withEmptySharedString } from './render/directRows';
import { escapeXstringLiterals } from './package/sharedStrings';
import { writeZip } from './package/writeZip';
import { readZipBytes } from './package/zipBytes';
import { placeFile, removeTemp, tempPathFor } from './tempFiles';
import { relsPathOf } from './package/partPath';
import { Relationships } from './package/relationships';
import { readWorkbookPart } from './package/workbookPart';
import { REL } from './package/xml';

/** How a write may treat an existing target: `replace` only when the user consented (--ersatt). */
export interface PlaceOptions {
  /** Replace a file that exists at the target when the write is done; default true (the pane's Save). */
  readonly replace?: boolean;
}

/**
 * Runs `write` on a temporary file next to the target and moves it into place (placeFile), so a failure
 * (a full disk, a file open in Excel on a share) leaves neither a half-written target nor a stray temp
 * file, and without `replace` a target that appeared meanwhile is not overwritten (TargetExistsError).
 *
 * @param target - The path to write.
 * @param write - Writes the whole content to the path it is given.
 * @param options - Whether an existing target may be replaced.
 * @example
 * await writeAtomically('ut.xlsx', (temp) => workbook.xlsx.writeFile(temp), { replace: false });
 */
export async function writeAtomically(target: string, write: (temp: string) => Promise<void>, options: PlaceOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await write(temp);
    placeFile(temp, target, options.replace ?? true);
  } catch (error) {
    removeTemp(temp);
    throw error;
  }
}

/**
 * Writes a workbook through a temporary file (see writeAtomically).
 *
 * @param workbook - The workbook.
 * @param target - The .xlsx path.
 * @param options - Whether an existing target may be replaced.
 */
export async function writeXlsx(workbook: ExcelJS.Workbook, target: string, options: PlaceOptions = {}): Promise<void> {
  const direct = directTables(workbook);
  // Through the zip every time: ExcelJS writes literal "_xHHHH_" unescaped, and big tables' rows go in here.
  const parts = readZipBytes(new Uint8Array((await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer));
  const book = await readWorkbookPart(parts);
  const sstPart = book.rels.list().find((r) => r.type === REL.sharedStrings)?.part;
  let emptyString: number | undefined;
  const sstText = sstPart && (await parts.text(sstPart));
  if (sstPart && sstText !== undefined) {
    const text = escapeXstringLiterals(sstText);
    if (direct.size === 0) parts.set(sstPart, text);
    else {
      const sst = withEmptySharedString(text);
      parts.set(sstPart, sst.xml);
      emptyString = sst.index;
    }
  }
  for (const sheet of book.sheets) {
    const table = direct.get(sheet.name);
    if (!table || !sheet.part) continue;
    const xml = (await parts.text(sheet.part))!;
    parts.set(sheet.part, spliceDirectRows(xml, table, emptyString));
    const rels = Relationships.parse(sheet.part, await parts.text(relsPathOf(sheet.part)));
    for (const r of rels.list()) {
      if (r.type !== REL.table || !r.part) continue;
      parts.set(r.part, directTableXml((await parts.text(r.part))!, table));
    }
  }
  await writeAtomically(target, (temp) => writeZip(parts, temp), options);
}

/**
 * Copies a file through a temporary file (see writeAtomically): an Uppsikt workbook `adopt` leaves as it is.
 *
 * @param source - The file to copy.
 * @param target - The path to write.
 * @param options - Whether an existing target may be replaced.
 */
export async function copyAtomically(source: string, target: string, options: PlaceOptions = {}): Promise<void> {
  await writeAtomically(target, async (temp) => fs.copyFileSync(source, temp), options);
}
