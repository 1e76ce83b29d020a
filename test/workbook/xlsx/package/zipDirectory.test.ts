import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { changedEntries, zipDirectory } from '../../../../src/workbook/xlsx/package/zipDirectory';

async function zipWith(file: string, parts: Record<string, string>, compression: 'STORE' | 'DEFLATE'): Promise<void> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text, { createFolders: false });
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression }));
}

describe('zipDirectory and changedEntries', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-zip-'));

  test('tells a changed or missing part from one stored differently but with the same content', async () => {
    await zipWith(
      path.join(dir, 'a.zip'),
      { 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet>1</worksheet>', 'xl/media/image1.png': 'PNG', 'xl/vbaProject.bin': 'VBA' },
      'DEFLATE',
    );
    await zipWith(
      path.join(dir, 'b.zip'),
      { 'xl/workbook.xml': '<workbook>ändrad</workbook>', 'xl/worksheets/sheet1.xml': '<worksheet>1</worksheet>', 'xl/media/image1.png': 'PNH' },
      'STORE',
    );
    const a = await zipDirectory(path.join(dir, 'a.zip'));
    expect([...a.keys()]).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/media/image1.png', 'xl/vbaProject.bin']);
    expect(a.get('xl/worksheets/sheet1.xml')?.size).toBe(24);
    const b = await zipDirectory(path.join(dir, 'b.zip'));
    expect(changedEntries(a, b, new Set(['xl/workbook.xml']))).toEqual(['xl/media/image1.png', 'xl/vbaProject.bin']);
    expect(changedEntries(a, a, new Set())).toEqual([]);
  });
});
