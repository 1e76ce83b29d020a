import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

/*
 * The few XML operations the package code needs on the small parts it edits (workbook.xml, its
 * relationships, [Content_Types].xml, styles.xml). Namespace-aware, so a part written with prefixes
 * (<x:workbook>) is read the same as one without.
 */

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const DOC_REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

export const REL = {
  officeDocument: `${DOC_REL_NS}/officeDocument`,
  worksheet: `${DOC_REL_NS}/worksheet`,
  styles: `${DOC_REL_NS}/styles`,
  sharedStrings: `${DOC_REL_NS}/sharedStrings`,
  calcChain: `${DOC_REL_NS}/calcChain`,
  table: `${DOC_REL_NS}/table`,
  printerSettings: `${DOC_REL_NS}/printerSettings`,
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

/** Parses a part; throws on malformed XML (the caller turns that into a Swedish message). */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`XML: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** The direct children of an element with a local name (any prefix) in a namespace. */
export function children(parent: Element, localName: string, ns: string = MAIN_NS): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === ns) found.push(node as Element);
  }
  return found;
}

export function child(parent: Element, localName: string, ns: string = MAIN_NS): Element | undefined {
  return children(parent, localName, ns)[0];
}

/**
 * Inserts `node` into `parent` before the first child whose local name comes later in `order` (the
 * sequence the schema prescribes), or at the end.
 */
export function insertInOrder(parent: Element, node: Element, order: readonly string[]): void {
  const rank = order.indexOf(node.localName ?? '');
  for (let next = parent.firstChild; next; next = next.nextSibling) {
    if (next.nodeType === 1 && order.indexOf((next as Element).localName ?? '') > rank) {
      parent.insertBefore(node, next);
      return;
    }
  }
  parent.appendChild(node);
}

/** A new element in the same namespace and with the same prefix as `like`. */
export function createLike(like: Element, localName: string): Element {
  const doc = like.ownerDocument!;
  return doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${localName}` : localName);
}
