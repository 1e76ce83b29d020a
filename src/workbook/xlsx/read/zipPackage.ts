import zlib from 'zlib';
import yauzl from 'yauzl';
import { xmlEvents, type XmlHandlers } from './xmlEvents';
import { xlsxErrors } from '../messages.sv';
import { PACKAGE_LIMITS, PackageLimitError, type PackageLimits } from './packageLimits';

/*
 * The parts of an .xlsx package (a zip), each streamed through the XML parser. Paths are resolved as the
 * package's relationships say, never guessed from file names.
 *
 * yauzl reads the zip's records (central directory, zip64, UTF-8 names, local headers; entries with a
 * data descriptor are found through the central directory, never by scanning), and Node's zlib inflates
 * each part in chunks straight into the parser: native inflate is ten times faster than a JavaScript one
 * on a 100 MB sheet, and no part is ever held inflated whole.
 */

/** A part whose compressed data cannot be read (a damaged deflate stream, a size that does not add up). */
export class DamagedPartError extends Error {
  constructor(
    readonly part: string,
    options?: { cause?: unknown },
  ) {
    super(`damaged part ${part}`, options);
    this.name = 'DamagedPartError';
  }
}

/** The entries of a zip held in memory, by name, as yauzl reads its central directory. */
async function entriesOf(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  const entries = new Map<string, yauzl.Entry>();
  for await (const entry of zip.eachEntry()) if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
  return { zip, entries };
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a package path without the leading slash, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
  readonly external: boolean;
}

export class ZipPackage {
  /** Bytes inflated so far, every part together (PackageLimits.inflatedBytes). */
  private inflated = 0;

  private constructor(
    private readonly bytes: Buffer,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
    readonly limits: PackageLimits,
  ) {}

  static async open(bytes: Buffer, limits: PackageLimits = PACKAGE_LIMITS): Promise<ZipPackage> {
    const { zip, entries } = await entriesOf(bytes);
    return new ZipPackage(bytes, zip, entries, limits);
  }

  /** Counts `bytes` more inflated from `part`, refusing past the limit before the parser holds them. */
  private count(part: string, bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.inflatedBytes) throw new PackageLimitError('inflated', part, this.limits.inflatedBytes);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The compressed bytes of a part, where its local header says they start. */
  private async compressed(path: string, entry: yauzl.Entry): Promise<Buffer> {
    if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) throw new DamagedPartError(path);
    try {
      const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(entry, { minimal: true });
      if (fileDataStart + entry.compressedSize > this.bytes.length) throw new Error(`${path} runs past the end of the file`);
      return this.bytes.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    } catch (error) {
      throw new DamagedPartError(path, { cause: error });
    }
  }

  /** Runs the handlers over a part, streamed in chunks; a missing part is an error naming it. */
  async parse(path: string, handlers: XmlHandlers): Promise<void> {
    const entry = this.entries.get(path);
    if (!entry) throw xlsxErrors.partMissing({ part: path });
    // The declared size refuses a zip bomb at once; counting the chunks catches a header that lies.
    if (this.inflated + entry.uncompressedSize > this.limits.inflatedBytes) throw new PackageLimitError('inflated', path, this.limits.inflatedBytes);
    const data = await this.compressed(path, entry);
    const sax = xmlEvents(handlers);
    if (entry.compressionMethod === 0) {
      this.count(path, data.length);
      sax.write(data);
      sax.end();
      return;
    }
    const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    inflater.end(data);
    let size = 0;
    // The parser's own errors (and the limits) pass as they are; only the inflater's mean a damaged part.
    let parsing: unknown;
    try {
      for await (const chunk of inflater) {
        size += (chunk as Buffer).length;
        try {
          this.count(path, (chunk as Buffer).length);
          sax.write(chunk as Buffer);
        } catch (error) {
          parsing = error;
          throw error;
        }
      }
    } catch (error) {
      inflater.destroy();
      if (error === parsing) throw error;
      throw new DamagedPartError(path, { cause: error });
    }
    if (size !== entry.uncompressedSize) throw new DamagedPartError(path, { cause: new Error(`${path}: ${size} bytes, ${entry.uncompressedSize} declared`) });
    sax.end();
  }

  /** The relationships of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"), empty when it has none. */
  async relationships(part: string): Promise<Relationship[]> {
    const slash = part.lastIndexOf('/');
    const folder = part.slice(0, slash + 1);
    const relsPath = `${folder}_rels/${part.slice(slash + 1)}.rels`;
    if (!this.has(relsPath)) return [];
    const found: Relationship[] = [];
    await this.parse(relsPath, {
      open(name, a) {
        if (name !== 'Relationship' || !a.Id || !a.Target) return;
        const external = a.TargetMode === 'External';
        found.push({ id: a.Id, type: a.Type ?? '', path: external ? a.Target : resolvePath(folder, a.Target), external });
      },
    });
    return found;
  }
}

/** A relationship target relative to the folder of its source part, as a package path. */
export function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
