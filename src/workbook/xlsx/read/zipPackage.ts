import zlib from 'zlib';
import JSZip from 'jszip';
import { xmlEvents, type XmlHandlers } from './xmlEvents';
import { xlsxMessages } from '../messages.sv';
import { PACKAGE_LIMITS, PackageLimitError, type PackageLimits } from './packageLimits';

/*
 * The parts of an .xlsx package (a zip), each streamed through the XML parser. Paths are resolved as the
 * package's relationships say, never guessed from file names.
 *
 * Plain zips (no zip64, no encryption; what Excel, LibreOffice and ExcelJS write) are read from their
 * central directory and inflated by Node's zlib, ten times faster than JSZip's JavaScript inflate on a
 * 100 MB sheet. Anything else goes through JSZip, which also gives the errors for files that are not
 * zips at all, as before.
 */

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory declares it: checked before inflating, and the inflated bytes are counted too. */
  readonly size: number;
  readonly dataStart: number;
}

/** A part whose compressed data zlib cannot inflate (a damaged deflate stream, a wrong checksum). */
export class DamagedPartError extends Error {
  constructor(
    readonly part: string,
    options?: { cause?: unknown },
  ) {
    super(`damaged part ${part}`, options);
    this.name = 'DamagedPartError';
  }
}

/** The entries of a plain zip by name, or undefined when the file needs JSZip (zip64, encrypted, odd). */
function centralDirectory(bytes: Buffer): Map<string, Entry> | undefined {
  const min = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  let at = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff || at + size > eocd) return undefined;
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    if (flags & 1 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff || local === 0xffffffff) return undefined;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return undefined;
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataStart + compressedSize > bytes.length) return undefined;
    entries.set(name, { method, compressedSize, size, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
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
    private readonly entries: Map<string, Entry> | undefined,
    private readonly zip: JSZip | undefined,
    readonly limits: PackageLimits,
  ) {}

  static async open(bytes: Buffer, limits: PackageLimits = PACKAGE_LIMITS): Promise<ZipPackage> {
    const entries = centralDirectory(bytes);
    return entries ? new ZipPackage(bytes, entries, undefined, limits) : new ZipPackage(bytes, undefined, await JSZip.loadAsync(bytes), limits);
  }

  /** Counts `bytes` more inflated from `part`, refusing past the limit before the parser holds them. */
  private count(part: string, bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.inflatedBytes) throw new PackageLimitError('inflated', part, this.limits.inflatedBytes);
  }

  has(path: string): boolean {
    return this.entries ? this.entries.has(path) : this.zip!.file(path) !== null;
  }

  /** Runs the handlers over a part, streamed in chunks; a missing part is an error naming it. */
  async parse(path: string, handlers: XmlHandlers): Promise<void> {
    if (this.entries) {
      const entry = this.entries.get(path);
      if (!entry) throw new Error(xlsxMessages.partMissing(path));
      // The declared size refuses a zip bomb at once; counting the chunks catches a header that lies.
      if (this.inflated + entry.size > this.limits.inflatedBytes) throw new PackageLimitError('inflated', path, this.limits.inflatedBytes);
      const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      const sax = xmlEvents(handlers);
      if (entry.method === 0) {
        this.count(path, data.length);
        sax.write(data);
      } else {
        const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
        inflater.end(data);
        try {
          for await (const chunk of inflater) {
            this.count(path, (chunk as Buffer).length);
            sax.write(chunk as Buffer);
          }
        } catch (error) {
          inflater.destroy();
          if (typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('Z_')) throw new DamagedPartError(path, { cause: error });
          throw error;
        }
      }
      sax.end();
      return;
    }
    const file = this.zip!.file(path);
    if (!file) throw new Error(xlsxMessages.partMissing(path));
    const sax = xmlEvents(handlers);
    // JSZip's stream (readable-stream 2) is not async-iterable: events, with the first failure kept.
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        stream.pause();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        try {
          this.count(path, chunk.length);
          sax.write(chunk);
        } catch (error) {
          fail(error);
        }
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (failed) return;
        try {
          sax.end();
          resolve();
        } catch (error) {
          fail(error);
        }
      });
    });
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
