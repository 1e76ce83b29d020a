import type { Document, Element } from '@xmldom/xmldom';
import { children, parseXml, PKG_REL_NS } from './xml';
import { resolveTarget } from './partPath';

/** One relationship of a part, with its target resolved to a zip entry (external targets left as they are). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The zip entry the target names, for internal targets. */
  readonly part?: string;
}

/** A relationships part, parsed, to read and edit. */
export class Relationships {
  private constructor(
    readonly source: string,
    readonly doc: Document,
  ) {}

  /**
   * Parses the relationships of `source` (the part they belong to); an absent part is an empty set.
   *
   * @example
   * Relationships.parse('xl/workbook.xml', undefined).list() //=> []
   */
  static parse(source: string, text: string | undefined): Relationships {
    const xml = text ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
    return new Relationships(source, parseXml(xml));
  }

  private elements(): Element[] {
    return children(this.doc.documentElement!, 'Relationship', PKG_REL_NS);
  }

  list(): Relationship[] {
    return this.elements().map((e) => {
      const target = e.getAttribute('Target') ?? '';
      const external = e.getAttribute('TargetMode') === 'External';
      return { id: e.getAttribute('Id') ?? '', type: e.getAttribute('Type') ?? '', target, external, ...(external ? {} : { part: resolveTarget(this.source, target) }) };
    });
  }

  /** Adds a relationship under a free id and returns the id. */
  add(type: string, target: string): string {
    const taken = new Set(this.elements().map((e) => e.getAttribute('Id')));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const root = this.doc.documentElement!;
    const rel = this.doc.createElementNS(PKG_REL_NS, root.prefix ? `${root.prefix}:Relationship` : 'Relationship');
    rel.setAttribute('Id', id);
    rel.setAttribute('Type', type);
    rel.setAttribute('Target', target);
    root.appendChild(rel);
    return id;
  }

  remove(id: string): void {
    for (const e of this.elements()) if (e.getAttribute('Id') === id) e.parentNode!.removeChild(e);
  }
}
