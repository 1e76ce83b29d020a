import JSZip from 'jszip';
import { xmlEvents, type XmlHandlers } from './xmlEvents';

/*
 * The parts of an .xlsx package (a zip), read lazily: small parts whole, worksheets as a stream. Paths
 * are resolved as the package's relationships say, never guessed from file names.
 */

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a package path without the leading slash, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
  readonly external: boolean;
}

export class ZipPackage {
  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Buffer): Promise<ZipPackage> {
    return new ZipPackage(await JSZip.loadAsync(bytes));
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  /** Runs the handlers over a part, streamed in chunks; a missing part is an error naming it. */
  async parse(path: string, handlers: XmlHandlers): Promise<void> {
    const file = this.zip.file(path);
    if (!file) throw new Error(`Delen ${path} saknas i filen.`);
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
