import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { exampleWorkbook, uppsikt, type CliRun } from './runCli';

/*
 * Every way a user can point the CLI at the wrong thing gets one Swedish line saying what the file is and
 * what to do: no English from Node, jszip or commander, no stack trace (unless UPPSIKT_DEBUG is set), and
 * nothing written.
 */

const REPORTS = path.join(__dirname, '../fixtures/reports');
const helsingborg = path.join(REPORTS, 'helsingborg-styrning-it-2023.txt');

// Words that only English library or system messages would bring in.
const ENGLISH =
  /\b(error|Error|cannot|Can't|can't|is not|not found|invalid|Invalid|zip file|denied|directory|such file|EACCES|EISDIR|ENOENT|ENOTDIR|Usage|options|command|choices|default)\b|\n\s+at /;

function expectSwedishFailure(run: CliRun, expected: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.out).toEqual([]);
  expect(run.err).toHaveLength(1);
  expect(run.err[0]).toMatch(/^uppsikt: /);
  expect(run.err[0]).toMatch(expected);
  expect(run.err[0]).not.toMatch(ENGLISH);
}

/** A zip with the given parts, written with ExcelJS's own zip library's format (store, no compression). */
function zipOf(parts: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/*
 * An OLE2 compound file as Excel writes a password-protected workbook: the CFB signature, a header naming the
 * first directory sector, and there the streams EncryptionInfo and EncryptedPackage named in UTF-16. The
 * directory sits in the middle of a 3 MB file, as it can after a large encrypted package. (A stand-in: the
 * encrypted payload itself is not needed to recognise the file.)
 */
function compoundFile(streams: string[]): Buffer {
  const SECTOR = 512;
  const DIRECTORY_SECTOR = 3000;
  const file = Buffer.alloc(3 * 1024 * 1024);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(file);
  file.writeUInt16LE(9, 30); // sector shift: 2^9 = 512 bytes
  file.writeUInt32LE(DIRECTORY_SECTOR, 48);
  streams.forEach((name, i) => {
    const at = (DIRECTORY_SECTOR + 1) * SECTOR + i * 128;
    Buffer.from(name, 'utf16le').copy(file, at);
    file.writeUInt16LE((name.length + 1) * 2, at + 64);
  });
  return file;
}

describe('uppsikt on files that are not what it needs', () => {
  let dir: string;
  let example: string;

  beforeAll(async () => {
    ({ dir, example } = await exampleWorkbook());
  });

  describe('check never passes what it could not read', () => {
    test.each(['check', 'summary', 'matrix'])('%s: a blank workbook and an unrelated one end with exit 2 and say what was looked for', async (command) => {
      const blank = path.join(dir, `tom-${command}.xlsx`);
      const budget = path.join(dir, `budget-${command}.xlsx`);
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Blad1');
      await wb.xlsx.writeFile(blank);
      const other = new ExcelJS.Workbook();
      const sheet = other.addWorksheet('Budget');
      sheet.addRow(['Konto', 'Belopp', 'Kommentar']);
      sheet.addRow(['4010', 1200, 'Hyra']);
      await other.xlsx.writeFile(budget);
      for (const file of [blank, budget]) {
        const run = await uppsikt(command, file);
        expectSwedishFailure(
          run,
          command === 'check'
            ? /^uppsikt: Hittade inget att läsa i .*Risk, Sannolikhet och Konsekvens.*Flikar i filen: (Blad1|Budget)\./
            : /^uppsikt: Hittade (inga rekommendationer|ingen riskanalys) i /,
        );
        expect((await uppsikt(command, file, '--json')).code).toBe(2);
      }
    });

    test('a workbook Uppsikt created, even without rows, is read: check passes it', async () => {
      const empty = path.join(dir, 'init-tom.xlsx');
      expect((await uppsikt('init', empty)).code).toBe(0);
      expect(await uppsikt('check', empty)).toMatchObject({ code: 0, out: [`Inga fel eller varningar i ${empty}.`] });
    });
  });

  describe('files that are not workbooks say what they are', () => {
    const cases: [string, () => Buffer, RegExp][] = [
      ['a text file named .xlsx', () => Buffer.from('Id;Risk\n1;Brand\n'), /är ingen Excel-arbetsbok utan en textfil som fått namnet \.xlsx/],
      ['a zip with other files', () => zipOf({ 'a.txt': 'hej' }), /är ingen Excel-arbetsbok utan en zip-fil med andra filer/],
      ['a Word document named .xlsx', () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /är ingen Excel-arbetsbok utan ett Word-dokument/],
      ['a zip cut short', () => zipOf({ 'xl/workbook.xml': '<workbook/>'.repeat(50) }).subarray(0, 200), /är skadad och kan inte läsas som en Excel-arbetsbok/],
      [
        'a workbook whose parts are broken',
        () => zipOf({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<workbook><sheets><sheet' }),
        /kunde inte tolkas som en Excel-arbetsbok: innehållet är skadat eller av ett slag som Uppsikt inte kan läsa/,
      ],
      ['an empty file', () => Buffer.alloc(0), /är tom \(0 byte\)/],
      ['a password-protected workbook', () => compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), /är lösenordsskyddad \(krypterad\).*ta bort lösenordet/],
      ['an old .xls named .xlsx', () => compoundFile(['Root Entry', 'Workbook']), /är i Microsofts äldre filformat \(till exempel \.xls/],
      ['random bytes', () => Buffer.from([0x00, 0x01, 0xfe, 0x80, 0x00, 0x13]), /är ingen Excel-arbetsbok: innehållet är inte i formatet \.xlsx/],
    ];
    test.each(cases)('%s: every reading command and adopt say so, in Swedish, and write nothing', async (name, bytes, expected) => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
      fs.writeFileSync(file, bytes());
      const out = path.join(dir, `ut-${path.basename(file)}`);
      for (const args of [
        ['check', file],
        ['summary', file],
        ['matrix', file, '--json'],
        ['adopt', file, '-o', out],
        ['ny-omgang', file, '--omgang', '2026', '-o', out],
      ]) {
        expectSwedishFailure(await uppsikt(...args), expected);
      }
      expect(fs.existsSync(out)).toBe(false);
    });

    test('a folder, a missing file and a missing folder', async () => {
      const folder = path.join(dir, 'mapp.xlsx');
      fs.mkdirSync(folder);
      expectSwedishFailure(await uppsikt('check', folder), /mapp\.xlsx är en mapp, inte en Excelfil\./);
      expectSwedishFailure(await uppsikt('check', path.join(dir, 'saknas.xlsx')), /Filen .*saknas\.xlsx finns inte\. Kontrollera sökvägen\./);
      const nowhere = path.join(dir, 'finns-inte', 'inte-heller', 'a.xlsx');
      expectSwedishFailure(await uppsikt('summary', nowhere), new RegExp(`Mappen ${path.join(dir, 'finns-inte').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} finns inte`));
    });

    test('a folder given as the file to write: Swedish, and nothing else written', async () => {
      const folder = path.join(dir, 'ut-mapp.xlsx');
      fs.mkdirSync(folder);
      const run = await uppsikt('ny-omgang', example, '--omgang', '2026', '-o', folder);
      expectSwedishFailure(run, /ut-mapp\.xlsx (är en mapp|finns redan)/);
      expect(fs.readdirSync(folder)).toEqual([]);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    test('no permission to read (as the system reports it) is said as such, not as a damaged file', async () => {
      const locked = path.join(dir, 'last.xlsx');
      fs.copyFileSync(example, locked);
      const denied = Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES', syscall: 'open', path: locked });
      const original = fs.openSync;
      // Root (as in CI) may read any file, so the denial is simulated where Node would raise it.
      const spy = jest.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
        if (args[0] === locked) throw denied;
        return original(...args);
      });
      try {
        expectSwedishFailure(await uppsikt('check', locked), /^uppsikt: Du har inte behörighet att läsa .*last\.xlsx\. Kontrollera filens och mappens rättigheter/);
      } finally {
        spy.mockRestore();
      }
    });

    test('UPPSIKT_DEBUG=1 adds the underlying error and stack; without it there is none', async () => {
      const file = path.join(dir, 'debug.xlsx');
      fs.writeFileSync(file, zipOf({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<workbook><sheets><sheet' }));
      expect((await uppsikt('check', file)).err).toHaveLength(1);
      process.env.UPPSIKT_DEBUG = '1';
      try {
        const run = await uppsikt('check', file);
        expect(run.err[0]).toMatch(/^uppsikt: .*kunde inte tolkas/);
        expect(run.err.slice(1).join('\n')).toMatch(/^\[UPPSIKT_DEBUG\] .*\n\s+at /);
      } finally {
        delete process.env.UPPSIKT_DEBUG;
      }
    });
  });

  describe('import-report on what is not a report text', () => {
    test('a workbook: says so and how to import into it', async () => {
      expectSwedishFailure(
        await uppsikt('import-report', example),
        /är en Excel-arbetsbok, inte en text\. .*npx uppsikt las-rapport rapport\.txt --into .*exempel\.xlsx -o ut\.xlsx/,
      );
    });

    test('a Word document, an empty file and a folder', async () => {
      const docx = path.join(dir, 'rapport.docx');
      fs.writeFileSync(docx, zipOf({ 'word/document.xml': '<w:document/>' }));
      expectSwedishFailure(await uppsikt('import-report', docx), /är ett Word-dokument, inte en text\. Spara det som Oformaterad text/);
      const empty = path.join(dir, 'tom.txt');
      fs.writeFileSync(empty, ' \n\n');
      for (const args of [
        ['import-report', empty],
        ['import-report', empty, '--into', example, '-o', path.join(dir, 'x.xlsx')],
      ]) {
        const run = await uppsikt(...args);
        expectSwedishFailure(run, /tom\.txt är tom\. Kopiera rapportens text/);
        expect(run.err[0]).not.toMatch(/titel/);
      }
      expectSwedishFailure(await uppsikt('import-report', dir), /är en mapp, inte en textfil/);
    });

    test('UTF-16 text (Notepad’s "Unicode") and UTF-8 with a byte-order mark are read like UTF-8', async () => {
      const text = fs.readFileSync(helsingborg, 'utf8');
      const utf16 = path.join(dir, 'utf16.txt');
      fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const bom = path.join(dir, 'bom.txt');
      fs.writeFileSync(bom, `\ufeff${text}`);
      const expected = JSON.parse((await uppsikt('import-report', helsingborg, '--json')).stdout);
      expect(expected).toHaveLength(7);
      for (const file of [utf16, bom]) expect(JSON.parse((await uppsikt('import-report', file, '--json')).stdout)).toEqual(expected);
    });
  });
});
