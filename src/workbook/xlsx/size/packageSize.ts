import { Inflate } from 'fflate';
import { PACKAGE_LIMITS, PackageLimitError, type PackageLimits } from '../read/packageLimits';
import { zipEntries, type ZipEntry } from './zipEntries';
import { XmlTagScanner, type XmlTag } from './xmlTags';

/*
 * What readXlsx's limits (PACKAGE_LIMITS) say about a package held in memory, checked before a library
 * that builds the whole workbook (JSZip, then ExcelJS, in the pane's file mode) sees it: the bytes every
 * part inflates to, declared first and then counted as they come, and the cells of the sheets as readXlsx
 * counts them (a row with a value reaches up to its last cell). Each part is inflated in small pieces that
 * are scanned and dropped, so the check itself holds no more than one piece. Browser-safe (fflate).
 */

/** Compressed bytes inflated at a time: deflate grows a piece at most about a thousandfold. */
const PIECE = 16 * 1024;
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;

/** A relationship target relative to the folder of its source part, as a package path. */
function resolvePath(folder: string, target: string): string {
  const out: string[] = [];
  for (const p of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const relsOf = (part: string) => `${part.slice(0, part.lastIndexOf('/') + 1)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** The column (0-based) of a reference such as "XFD7", or undefined when it names none. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = reference === undefined ? null : /^\$?([A-Z]{1,3})\$?\d/.exec(reference);
  if (!letters) return undefined;
  let column = 0;
  for (const c of letters[1]) column = column * 26 + c.charCodeAt(0) - 64;
  return column - 1;
}

/** Counts a sheet's cells as readXlsx does: each row with a value or formula from column A to its last cell. */
function cellCounter(onRow: (cells: number) => void): (tag: XmlTag) => void {
  let next = 0;
  let width = 0;
  let used = false;
  let inCell = false;
  const endRow = () => {
    if (used) onRow(width);
    width = 0;
    used = false;
  };
  return (tag) => {
    if (tag.name === 'row') {
      if (tag.end) endRow();
      else {
        next = 0;
        width = 0;
        used = false;
        if (tag.selfClosing) endRow();
      }
    } else if (tag.name === 'c') {
      if (tag.end) inCell = false;
      else {
        const column = columnOf(tag.attribute('r')) ?? next;
        next = column + 1;
        width = Math.max(width, next);
        inCell = !tag.selfClosing;
      }
    } else if (inCell && !tag.end && (tag.name === 'v' || tag.name === 'f' || tag.name === 'is')) {
      used = true;
    }
  };
}

/** Yields to the page between parts, so a long check does not freeze it. */
const breath = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class SizeCheck {
  private inflated = 0;
  private cells = 0;
  /** The parts inflated so far. */
  readonly seen = new Set<ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    /** Every entry, a name given twice included (JSZip inflates both). */
    private readonly list: readonly ZipEntry[],
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: PackageLimits,
  ) {}

  /**
   * Inflates a part piece by piece into `onPiece`, counting its bytes against the limit. A part that is not
   * deflated or stored, or whose stream is damaged, is left to the workbook library, which refuses it.
   */
  inflate(entry: ZipEntry, sheet: string | undefined, onPiece?: (piece: Uint8Array) => void): void {
    this.seen.add(entry);
    // The declared size refuses a bomb before it is inflated; counting the pieces catches a size that lies.
    if (this.inflated + entry.size > this.limits.inflatedBytes) throw new PackageLimitError('inflated', entry.name, this.limits.inflatedBytes, sheet);
    const take = (piece: Uint8Array) => {
      this.inflated += piece.length;
      if (this.inflated > this.limits.inflatedBytes) throw new PackageLimitError('inflated', entry.name, this.limits.inflatedBytes, sheet);
      onPiece?.(piece);
    };
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      take(data);
      return;
    }
    if (entry.method !== 8) return;
    const inflater = new Inflate(take);
    try {
      for (let at = 0; at < data.length || at === 0; at += PIECE) inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
    } catch (error) {
      if (error instanceof PackageLimitError) throw error;
    }
  }

  /** Scans a part's tags; nothing when the package has no such part. */
  scan(path: string, onTag: (tag: XmlTag) => void, sheet?: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    const scanner = new XmlTagScanner(onTag);
    this.inflate(entry, sheet, (piece) => scanner.push(piece));
  }

  /** A part's relationships: id → { type, path }. */
  relationships(part: string): Map<string, { type: string; path: string }> {
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    const found = new Map<string, { type: string; path: string }>();
    this.scan(relsOf(part), (tag) => {
      const [id, target] = [tag.attribute('Id'), tag.attribute('Target')];
      if (tag.name !== 'Relationship' || tag.end || !id || !target || tag.attribute('TargetMode') === 'External') return;
      found.set(id, { type: tag.attribute('Type') ?? '', path: resolvePath(folder, target) });
    });
    return found;
  }

  /** The sheets in tab order: package path → name, from the workbook part and its relationships. */
  sheets(): Map<string, string> {
    const main = [...this.relationships('').values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.path ?? 'xl/workbook.xml';
    const rels = this.relationships(main);
    const sheets = new Map<string, string>();
    this.scan(main, (tag) => {
      if (tag.name !== 'sheet' || tag.end) return;
      const rel = rels.get(tag.attribute('r:id') ?? tag.attribute('*:id') ?? '');
      const name = tag.attribute('name');
      if (rel && REL_WORKSHEET.test(rel.type) && name !== undefined && !sheets.has(rel.path)) sheets.set(rel.path, name);
    });
    return sheets;
  }

  /** Whether the part at `path` has been inflated already (a sheet listed twice is counted once). */
  scanned(path: string): boolean {
    const entry = this.entries.get(path);
    return entry !== undefined && this.seen.has(entry);
  }

  /** Counts a sheet's cells against the limit. */
  countCells(path: string, sheet: string): void {
    this.scan(
      path,
      cellCounter((cells) => {
        this.cells += cells;
        if (this.cells > this.limits.cells) throw new PackageLimitError('cells', path, this.limits.cells, sheet);
      }),
      sheet,
    );
  }

  /** Counts what every part not inflated yet inflates to. */
  countRest(): void {
    for (const entry of this.list) if (!this.seen.has(entry)) this.inflate(entry, undefined);
  }
}

/**
 * Refuses a package past `limits` with the PackageLimitError readXlsx would throw (kind, part, limit and the
 * sheet), before anything is built from it. Bytes that are no zip, or a zip this reading cannot follow, pass:
 * the workbook library says why.
 *
 * @param bytes - The .xlsx file's content.
 * @example
 * await checkPackageSize(bytes); // throws PackageLimitError { kind: 'cells', sheet: 'Blad1' } for a crafted sheet
 */
export async function checkPackageSize(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): Promise<void> {
  try {
    await checkSize(bytes, limits);
  } catch (error) {
    if (error instanceof PackageLimitError) throw error;
  }
}

async function checkSize(bytes: Uint8Array, limits: PackageLimits): Promise<void> {
  const list = zipEntries(bytes);
  if (!list) return;
  const check = new SizeCheck(bytes, list, new Map(list.map((e) => [e.name, e])), limits);
  const sheets = check.sheets();
  // What the directory declares, all parts together, refuses a bomb before anything big is inflated.
  let declared = 0;
  for (const entry of list) {
    declared += entry.size;
    if (declared > limits.inflatedBytes) throw new PackageLimitError('inflated', entry.name, limits.inflatedBytes, sheets.get(entry.name));
  }
  for (const [path, name] of sheets) {
    if (check.scanned(path)) continue;
    await breath();
    check.countCells(path, name);
  }
  await breath();
  check.countRest();
}
