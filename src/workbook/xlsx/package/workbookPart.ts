import type { Document, Element } from '@xmldom/xmldom';
import { Relationships } from './relationships';
import { relsPathOf } from './partPath';
import { child, children, DOC_REL_NS, MAIN_NS, parseXml, REL, STRICT_MAIN_NS } from './xml';
import { xlsxMessages } from '../messages.sv';
import type { PackageParts } from './PackageParts';

/** A sheet as workbook.xml lists it. */
export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml (undefined for a chart sheet or a broken link). */
  readonly part?: string;
  readonly element: Element;
}

/** The workbook part of a package, parsed: where it is, its relationships and its sheets. */
export interface WorkbookPart {
  readonly path: string;
  readonly doc: Document;
  readonly root: Element;
  readonly rels: Relationships;
  readonly sheets: readonly PackageSheet[];
}

/** Thrown when a package is not a workbook the package code can edit; the message is for the user. */
export class PackageError extends Error {}

/**
 * Reads workbook.xml (found through the package relationships) and its relationships.
 *
 * @param parts - The package.
 * @returns The parsed workbook part.
 */
export async function readWorkbookPart(parts: PackageParts): Promise<WorkbookPart> {
  const packageRels = Relationships.parse('', await parts.text('_rels/.rels'));
  const path = packageRels.list().find((r) => r.type === REL.officeDocument)?.part ?? 'xl/workbook.xml';
  const xml = await parts.text(path);
  if (xml === undefined) throw new PackageError(xlsxMessages.noWorkbookPart);
  const doc = parseXml(xml);
  const root = doc.documentElement!;
  if (root.namespaceURI === STRICT_MAIN_NS) throw new PackageError(xlsxMessages.strictOpenXml);
  if (root.namespaceURI !== MAIN_NS) throw new PackageError(xlsxMessages.notWorkbookPart);
  const rels = Relationships.parse(path, await parts.text(relsPathOf(path)));
  const byId = new Map(rels.list().map((r) => [r.id, r]));
  const sheetsElement = child(root, 'sheets');
  const sheets = (sheetsElement ? children(sheetsElement, 'sheet') : []).map((element) => {
    const relId = element.getAttributeNS(DOC_REL_NS, 'id') ?? '';
    const rel = byId.get(relId);
    return {
      name: element.getAttribute('name') ?? '',
      sheetId: Number(element.getAttribute('sheetId')),
      relId,
      ...(rel?.type === REL.worksheet && rel.part ? { part: rel.part } : {}),
      element,
    };
  });
  return { path, doc, root, rels, sheets };
}
