import type { Document, Element } from '@xmldom/xmldom';
import { children, CONTENT_TYPES_NS, parseXml } from './xml';

/** [Content_Types].xml, parsed, to add and remove the overrides of the parts Uppsikt writes. */
export class ContentTypes {
  private constructor(readonly doc: Document) {}

  static parse(text: string): ContentTypes {
    return new ContentTypes(parseXml(text));
  }

  private overrides(): Element[] {
    return children(this.doc.documentElement!, 'Override', CONTENT_TYPES_NS);
  }

  setOverride(part: string, contentType: string): void {
    this.removeOverride(part);
    const root = this.doc.documentElement!;
    const e = this.doc.createElementNS(CONTENT_TYPES_NS, root.prefix ? `${root.prefix}:Override` : 'Override');
    e.setAttribute('PartName', `/${part}`);
    e.setAttribute('ContentType', contentType);
    root.appendChild(e);
  }

  removeOverride(part: string): void {
    for (const e of this.overrides()) if (e.getAttribute('PartName')?.toLowerCase() === `/${part}`.toLowerCase()) e.parentNode!.removeChild(e);
  }
}
