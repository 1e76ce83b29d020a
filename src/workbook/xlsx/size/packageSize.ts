import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { relsPathOf, resolveTarget } from '../package/partPath';
import { decodeRef } from '../read/cellText';
import { PACKAGE_LIMITS, PackageLimitError, type PackageLimits } from '../read/packageLimits';
import { partParser, scanPart, type PartTags } from './partXml';

/*
 * What readXlsx's limits (PACKAGE_LIMITS) say about a package held in memory, checked before a library
 * that builds the whole workbook (ExcelJS, in the pane's file mode) sees it: the bytes every part declares,
 * then the bytes each part inflates to as they come, and the cells of the sheets as readXlsx counts them
 * (a row with a value reaches up to its last cell, its references decoded by readXlsx's own decodeRef). fflate reads the zip's records and inflates each part in
 * pieces that saxes parses and drops, so the check itself holds one piece at a time. Browser-safe.
 */

/** Compressed bytes handed to the inflater at a time: deflate grows a piece at most about a thousandfold. */
const PIECE = 64 * 1024;
/** Relationship and workbook parts bigger than this are not read whole (no real one comes near). */
const SMALL_PART = 8 * 1024 * 1024;
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;

/** Small parts read whole: those named, if declared at most SMALL_PART. Every entry's info goes to `infos`. */
function smallParts(bytes: Uint8Array, names: readonly string[], infos?: UnzipFileInfo[]): Record<string, Uint8Array> {
  return unzipSync(bytes, {
    filter: (f) => {
      infos?.push(f);
      return names.includes(f.name) && f.originalSize <= SMALL_PART;
    },
  });
}

/** A relationships part: id → { type, package path } of its internal targets. */
function relationships(part: string, xml: Uint8Array | undefined): Map<string, { type: string; path: string }> {
  const found = new Map<string, { type: string; path: string }>();
  if (xml)
    scanPart(xml, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') found.set(a.Id, { type: a.Type ?? '', path: resolveTarget(part, a.Target) });
      },
    });
  return found;
}

/** The sheets in tab order: package path → name, from the workbook part and its relationships. */
function sheetsOf(bytes: Uint8Array, rootRels: Uint8Array | undefined): Map<string, string> {
  const main = [...relationships('', rootRels).values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.path ?? 'xl/workbook.xml';
  const parts = smallParts(bytes, [main, relsPathOf(main)]);
  const rels = relationships(main, parts[relsPathOf(main)]);
  const sheets = new Map<string, string>();
  if (parts[main])
    scanPart(parts[main], {
      open(name, a) {
        if (name !== 'sheet') return;
        const id = Object.keys(a).find((k) => k.endsWith(':id'));
        const rel = id === undefined ? undefined : rels.get(a[id]);
        if (rel && REL_WORKSHEET.test(rel.type) && a.name !== undefined && !sheets.has(rel.path)) sheets.set(rel.path, a.name);
      },
    });
  return sheets;
}

/** Counts a sheet's cells as readXlsx does: each row with a value or formula, from column A to its last cell. */
function cellCounter(onRow: (cells: number) => void): PartTags {
  let next = 0;
  let width = 0;
  let used = false;
  let inCell = false;
  return {
    open(name, a) {
      if (name === 'row') [next, width, used] = [0, 0, false];
      else if (name === 'c') {
        next = (a.r === undefined ? next : (decodeRef(a.r)?.column ?? next)) + 1;
        width = Math.max(width, next);
        inCell = true;
      } else if (inCell && (name === 'v' || name === 'f' || name === 'is')) used = true;
    },
    close(name) {
      if (name === 'c') inCell = false;
      else if (name === 'row' && used) onRow(width);
    },
  };
}

/** Yields to the page now and then, so a long check does not freeze it. */
const breath = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Inflates every part in pieces, counting bytes and (for sheets) cells against the limits. */
async function countParts(bytes: Uint8Array, sheets: ReadonlyMap<string, string>, limits: PackageLimits): Promise<void> {
  let inflated = 0;
  let cells = 0;
  const unzip = new Unzip((file) => {
    const sheet = sheets.get(file.name);
    const onRow = (width: number) => {
      cells += width;
      if (cells > limits.cells) throw new PackageLimitError('cells', file.name, limits.cells, sheet);
    };
    const parser = sheet === undefined ? undefined : partParser(cellCounter(onRow));
    file.ondata = (error, piece, final) => {
      if (error) throw error;
      inflated += piece.length;
      if (inflated > limits.inflatedBytes) throw new PackageLimitError('inflated', file.name, limits.inflatedBytes, sheet);
      parser?.push(piece, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0, n = 0; at < bytes.length; at += PIECE, n++) {
    unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
    if (n % 16 === 15) await breath();
  }
}

/**
 * Refuses a package past `limits` with the PackageLimitError readXlsx would throw (kind, part, limit and the
 * sheet), before anything is built from it. Bytes that are no zip, or a zip fflate cannot follow, pass: the
 * workbook library says why.
 *
 * @param bytes - The .xlsx file's content.
 * @example
 * await checkPackageSize(bytes); // throws PackageLimitError { kind: 'cells', sheet: 'Blad1' } for a crafted sheet
 */
export async function checkPackageSize(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): Promise<void> {
  try {
    const infos: UnzipFileInfo[] = [];
    const sheets = sheetsOf(bytes, smallParts(bytes, ['_rels/.rels'], infos)['_rels/.rels']);
    // What the directory declares, all parts together, refuses a bomb before anything big is inflated.
    let declared = 0;
    for (const f of infos) {
      declared += f.originalSize;
      if (declared > limits.inflatedBytes) throw new PackageLimitError('inflated', f.name, limits.inflatedBytes, sheets.get(f.name));
    }
    await countParts(bytes, sheets, limits);
  } catch (error) {
    if (error instanceof PackageLimitError) throw error;
  }
}
