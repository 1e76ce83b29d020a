import { strFromU8, strToU8 } from 'fflate';

/*
 * A zip package in memory as the merge code sees it: part names, each part's content, and the parts set or
 * removed since it was read. Browser-safe (fflate only): the reader behind it is yauzl in Node
 * (package/zipFile.ts) and fflate in the browser (package/zipBytes.ts); one writer (package/zipParts.ts)
 * writes it out, copying a part nobody set still compressed where its reader can give it so.
 */

/** A part as the zip holds it, deflated, with what a zip's records say about its content. */
export interface RawPart {
  /** The deflated bytes, in chunks. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** CRC-32 of the inflated content. */
  readonly crc: number;
  /** Size of the inflated content. */
  readonly size: number;
}

/** Where a package's original parts come from. */
export interface PartSource {
  /** Every entry's name, in the zip's order. */
  readonly names: readonly string[];
  /** A part's content, inflated. */
  read(name: string): Promise<Uint8Array>;
  /** A part's deflated bytes as they are, or undefined where the reader cannot give them (it is deflated again). */
  raw?(name: string): Promise<RawPart | undefined>;
}

/** Chunks joined into one array (no Buffer: this runs in the browser too). */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Parts from a map of name → content (fflate's unzipSync, or parts made in memory). */
export function filesSource(files: Readonly<Record<string, Uint8Array>>): PartSource {
  return {
    names: Object.keys(files),
    read: (name) => Promise.resolve(files[name]),
  };
}

export class PackageParts {
  /** Part names in the order they are written: the source's first, new ones after them. */
  private readonly order: string[];
  /** Content set since reading, in chunks (a big sheet is spliced from many). */
  private readonly written = new Map<string, readonly Uint8Array[]>();
  /** Names of the source's parts that are still there and not set. */
  private readonly originals: Set<string>;

  /**
   * @param source - The package read; none for a new one. Folder entries ("xl/") are left out: they hold
   * nothing, and Excel neither writes nor needs them.
   */
  constructor(readonly source?: PartSource) {
    this.order = (source?.names ?? []).filter((n) => !n.endsWith('/'));
    this.originals = new Set(this.order);
  }

  /** A package of the given parts (what ExcelJS wrote, unzipped). */
  static of(files: Readonly<Record<string, Uint8Array>>): PackageParts {
    return new PackageParts(filesSource(files));
  }

  /** The part names, in the order they are written. */
  names(): readonly string[] {
    return this.order;
  }

  has(name: string): boolean {
    return this.originals.has(name) || this.written.has(name);
  }

  /** Whether `name` is the source's part as it was read (never set since). */
  isOriginal(name: string): boolean {
    return this.originals.has(name);
  }

  /** A part's content in chunks, or undefined when there is no such part. */
  async chunks(name: string): Promise<readonly Uint8Array[] | undefined> {
    const written = this.written.get(name);
    if (written) return written;
    return this.originals.has(name) ? [await this.source!.read(name)] : undefined;
  }

  /** A part's content, or undefined when there is no such part. */
  async bytes(name: string): Promise<Uint8Array | undefined> {
    const chunks = await this.chunks(name);
    return chunks && concatChunks(chunks);
  }

  /** A part's content as UTF-8 text, or undefined when there is no such part. */
  async text(name: string): Promise<string | undefined> {
    const bytes = await this.bytes(name);
    return bytes && strFromU8(bytes);
  }

  /** Sets a part's content (text as UTF-8); a new part goes after every other. */
  set(name: string, content: string | Uint8Array | readonly Uint8Array[]): void {
    if (!this.has(name)) this.order.push(name);
    this.originals.delete(name);
    this.written.set(name, typeof content === 'string' ? [strToU8(content)] : content instanceof Uint8Array ? [content] : content);
  }

  remove(name: string): void {
    if (!this.has(name)) return;
    this.originals.delete(name);
    this.written.delete(name);
    this.order.splice(this.order.indexOf(name), 1);
  }
}
