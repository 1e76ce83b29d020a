import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { directTableXml, directTables, spliceDirectRows, withEmptySharedString } from './render/directRows';
import { writeZip } from './package/writeZip';
import { relsPathOf } from './package/partPath';
import { Relationships } from './package/relationships';
import { readWorkbookPart } from './package/workbookPart';
import { REL } from './package/xml';

/**
 * Runs `write` on a temporary file next to the target and renames it into place, so a failure (a full
 * disk, a file open in Excel on a share) leaves neither a half-written target nor a stray temp file.
 *
 * @param target - The path to write.
 * @param write - Writes the whole content to the path it is given.
 * @example
 * await writeAtomically('ut.xlsx', (temp) => workbook.xlsx.writeFile(temp));
 */
export async function writeAtomically(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a workbook through a temporary file (see writeAtomically).
 *
 * @param workbook - The workbook.
 * @param target - The .xlsx path.
 */
export async function writeXlsx(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  const direct = directTables(workbook);
  if (direct.size === 0) return writeAtomically(target, (temp) => workbook.xlsx.writeFile(temp));
  // Big tables rendered with RenderOptions.direct: ExcelJS writes the rest, their rows are put in here.
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
  const book = await readWorkbookPart(zip);
  const sstPart = book.rels.list().find((r) => r.type === REL.sharedStrings)?.part;
  let emptyString: number | undefined;
  if (sstPart && zip.file(sstPart)) {
    const sst = withEmptySharedString(await zip.file(sstPart)!.async('string'));
    zip.file(sstPart, sst.xml);
    emptyString = sst.index;
  }
  for (const sheet of book.sheets) {
    const table = direct.get(sheet.name);
    if (!table || !sheet.part) continue;
    const xml = await zip.file(sheet.part)!.async('string');
    zip.file(sheet.part, Buffer.concat(spliceDirectRows(xml, table, emptyString)));
    const rels = Relationships.parse(sheet.part, await zip.file(relsPathOf(sheet.part))?.async('string'));
    for (const r of rels.list()) {
      if (r.type !== REL.table || !r.part) continue;
      zip.file(r.part, directTableXml(await zip.file(r.part)!.async('string'), table));
    }
  }
  await writeAtomically(target, (temp) => writeZip(zip, temp));
}

/**
 * Copies a file through a temporary file (see writeAtomically): an Uppsikt workbook `adopt` leaves as it is.
 *
 * @param source - The file to copy.
 * @param target - The path to write.
 */
export async function copyAtomically(source: string, target: string): Promise<void> {
  await writeAtomically(target, async (temp) => fs.copyFileSync(source, temp));
}
