import type { Element } from '@xmldom/xmldom';
import { ContentTypes } from './contentTypes';
import { mergeStyles } from './mergeStyles';
import { freePartName, relativeTarget, relsPathOf } from './partPath';
import { Relationships } from './relationships';
import { sharedStringItems } from './sharedStrings';
import { adaptSheetXml } from './sheetXml';
import { PackageError, readWorkbookPart, type WorkbookPart } from './workbookPart';
import { directTableXml, spliceDirectRows, type DirectTable } from '../render/directRows';
import { child, children, CONTENT_TYPE, createLike, DOC_REL_NS, insertInOrder, REL, serializeXml } from './xml';
import { xlsxMessages } from '../messages.sv';
import type { PackageParts } from './PackageParts';

/** The order of workbook's children (ECMA-376 Part 1, 18.2.27). */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const CONTENT_TYPES = '[Content_Types].xml';

/** What merging changed in the user's package, to verify that nothing else did. */
export interface MergeResult {
  /** Zip entries written, replaced or removed. Every other entry of the original is left as it was. */
  readonly touched: ReadonlySet<string>;
}

async function read(parts: PackageParts, part: string): Promise<string> {
  const text = await parts.text(part);
  if (text === undefined) throw new Error(`Part ${part} missing`);
  return text;
}

/** Removes a sheet part's relationships and the tables they point at (the old Uppsikt sheet's own). */
async function removeSheetParts(parts: PackageParts, part: string, types: ContentTypes, touched: Set<string>): Promise<void> {
  const relsPath = relsPathOf(part);
  const rels = Relationships.parse(part, await parts.text(relsPath));
  for (const r of rels.list()) {
    if (r.type !== REL.table || !r.part) continue;
    parts.remove(r.part);
    types.removeOverride(r.part);
    touched.add(r.part);
  }
  if (parts.has(relsPath)) {
    parts.remove(relsPath);
    touched.add(relsPath);
  }
}

async function tableIds(parts: PackageParts): Promise<number[]> {
  const ids: number[] = [];
  for (const name of parts.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const head = (await read(parts, name)).slice(0, 2000);
    const id = /<(?:\w+:)?table\b[^>]*\sid="(\d+)"/.exec(head);
    if (id) ids.push(Number(id[1]));
  }
  return ids;
}

function definedNamesOf(workbook: WorkbookPart): Element | undefined {
  return child(workbook.root, 'definedNames');
}

/**
 * Puts the sheets of a workbook ExcelJS rendered with only Uppsikt's sheets into the user's package. Sheets
 * named in `replace` are Uppsikt's own sheets already in the package: their parts are written again in
 * place (same position, same sheet id), and their old tables dropped. The others are added after the
 * user's sheets. Every other part of the package (the user's sheets, charts, drawings, pivot tables, macros,
 * links…) is left exactly as it was; only workbook.xml, its relationships, [Content_Types].xml and
 * styles.xml are edited, and calcChain.xml is dropped (Excel rebuilds it).
 *
 * The rendered workbook must have been rendered with names that are free in the package, except for the
 * replaced sheets, their tables and Uppsikt's defined names, which take the old names over.
 *
 * @param zip - The user's package, changed in place.
 * @param rendered - The package ExcelJS wrote for the Uppsikt sheets alone.
 * @param replace - Names of the package's sheets the rendered sheets of the same name replace.
 * @param direct - Rendered sheets whose table rows are written here (render/directRows.ts), by sheet name.
 * @returns The entries touched.
 */
export async function mergeUppsiktSheets(
  zip: PackageParts,
  rendered: PackageParts,
  replace: ReadonlySet<string>,
  direct: ReadonlyMap<string, DirectTable> = new Map(),
): Promise<MergeResult> {
  const touched = new Set<string>();
  const workbook = await readWorkbookPart(zip);
  const from = await readWorkbookPart(rendered);
  const types = ContentTypes.parse(await read(zip, CONTENT_TYPES));
  touched.add(CONTENT_TYPES).add(workbook.path).add(relsPathOf(workbook.path));

  // Styles: the user's styles.xml with Uppsikt's appended (or Uppsikt's own when the package has none).
  const fromStyles = from.rels.list().find((r) => r.type === REL.styles)!.part!;
  const renderedStyles = await read(rendered, fromStyles);
  let styles = workbook.rels.list().find((r) => r.type === REL.styles)?.part;
  let maps: { xf: (i: number) => number; dxf: (i: number) => number } = { xf: (i) => i, dxf: (i) => i };
  if (styles && zip.has(styles)) {
    const merged = mergeStyles(await read(zip, styles), renderedStyles);
    zip.set(styles, merged.text);
    maps = merged;
  } else {
    styles = 'xl/styles.xml';
    zip.set(styles, renderedStyles);
    workbook.rels.add(REL.styles, relativeTarget(workbook.path, styles));
    types.setOverride(styles, CONTENT_TYPE.styles);
  }
  touched.add(styles);
  const sst = from.rels.list().find((r) => r.type === REL.sharedStrings)?.part;
  const strings = sst ? sharedStringItems(await read(rendered, sst)) : [];

  // calcChain lists formula cells by sheet; Excel rebuilds it when it is missing.
  for (const r of workbook.rels.list().filter((x) => x.type === REL.calcChain)) {
    workbook.rels.remove(r.id);
    if (r.part) {
      zip.remove(r.part);
      types.removeOverride(r.part);
      touched.add(r.part);
    }
  }

  const sheetsElement = child(workbook.root, 'sheets');
  if (!sheetsElement) throw new PackageError(xlsxMessages.noSheetList);
  let nextSheetId = workbook.sheets.reduce((max, s) => Math.max(max, s.sheetId || 0), 0) + 1;
  const sheetIndex = new Map<string, number>(); // rendered sheet name → index in the merged workbook
  const replacedParts: string[] = [];
  for (const sheet of workbook.sheets) {
    if (!replace.has(sheet.name)) continue;
    if (!sheet.part) throw new PackageError(xlsxMessages.notAWorksheet(sheet.name));
    await removeSheetParts(zip, sheet.part, types, touched);
    replacedParts.push(sheet.part);
  }
  let nextTableId = (await tableIds(zip)).reduce((max, id) => Math.max(max, id), 0) + 1;
  const taken = (name: string) => zip.has(name) || zip.names().some((f) => f.toLowerCase() === name.toLowerCase());

  for (const fromSheet of from.sheets) {
    const existing = workbook.sheets.find((s) => s.name === fromSheet.name && replace.has(s.name));
    let part: string;
    if (existing?.part) {
      part = existing.part;
      sheetIndex.set(fromSheet.name, workbook.sheets.indexOf(existing));
    } else {
      part = freePartName('xl/worksheets', 'sheet', taken);
      const relId = workbook.rels.add(REL.worksheet, relativeTarget(workbook.path, part));
      const element = createLike(sheetsElement, 'sheet');
      element.setAttribute('name', fromSheet.name);
      element.setAttribute('sheetId', String(nextSheetId++));
      const prefix = workbook.root.lookupPrefix(DOC_REL_NS) ?? 'r';
      if (!workbook.root.lookupPrefix(DOC_REL_NS)) workbook.root.setAttribute('xmlns:r', DOC_REL_NS);
      element.setAttributeNS(DOC_REL_NS, `${prefix}:id`, relId);
      sheetsElement.appendChild(element);
      sheetIndex.set(fromSheet.name, children(sheetsElement, 'sheet').length - 1);
      types.setOverride(part, CONTENT_TYPE.worksheet);
    }
    const adapted = adaptSheetXml(await read(rendered, fromSheet.part!), { ...maps, strings });
    const directTable = direct.get(fromSheet.name);
    zip.set(part, directTable ? spliceDirectRows(adapted, directTable) : adapted);
    touched.add(part);

    // The sheet's tables, under free part names and ids; a table's dxf indices move like the cells' styles.
    const fromRels = Relationships.parse(fromSheet.part!, await rendered.text(relsPathOf(fromSheet.part!)));
    const rels = Relationships.parse(part, undefined);
    for (const r of fromRels.list()) {
      if (r.type !== REL.table || !r.part) throw new Error(`Unexpected relationship ${r.type} in a rendered sheet`);
      const tablePart = freePartName('xl/tables', 'table', taken);
      const xml = (await read(rendered, r.part))
        .replace(/(<table\b[^>]*?\sid=")\d+(")/, (_m, a: string, b: string) => `${a}${nextTableId++}${b}`)
        .replace(/(\s\w*DxfId=")(\d+)(")/g, (_m, a: string, n: string, b: string) => `${a}${maps.dxf(Number(n))}${b}`);
      zip.set(tablePart, directTable ? directTableXml(xml, directTable) : xml);
      types.setOverride(tablePart, CONTENT_TYPE.table);
      touched.add(tablePart);
      const id = rels.add(REL.table, relativeTarget(part, tablePart));
      if (id !== r.id) throw new Error('Table relationship ids out of order');
    }
    if (fromRels.list().length > 0) {
      zip.set(relsPathOf(part), serializeXml(rels.doc));
      touched.add(relsPathOf(part));
    }
  }

  mergeDefinedNames(workbook, from, sheetIndex);
  zip.set(workbook.path, serializeXml(workbook.doc));
  zip.set(relsPathOf(workbook.path), serializeXml(workbook.rels.doc));
  zip.set(CONTENT_TYPES, serializeXml(types.doc));
  return { touched };
}

/**
 * Drops the package's defined names that the rendered workbook defines again (Uppsikt's own: Skala, the
 * lists, the schema version, print titles of a replaced sheet) and adds the rendered ones, with sheet-local
 * names pointed at the sheet's index in the merged workbook. The user's own names stay as they are.
 */
function mergeDefinedNames(workbook: WorkbookPart, from: WorkbookPart, sheetIndex: ReadonlyMap<string, number>): void {
  const fromNames = definedNamesOf(from);
  if (!fromNames) return;
  const key = (name: string, local: string | null) => `${name.toLowerCase()}\u0000${local ?? ''}`;
  const incoming = children(fromNames, 'definedName').map((e) => {
    const local = e.getAttribute('localSheetId');
    const sheet = local === null || local === '' ? undefined : from.sheets[Number(local)]?.name;
    const index = sheet === undefined ? null : String(sheetIndex.get(sheet));
    return { element: e, local: index };
  });
  const keys = new Set(incoming.map((n) => key(n.element.getAttribute('name') ?? '', n.local)));
  let names = definedNamesOf(workbook);
  if (!names) {
    names = createLike(workbook.root, 'definedNames');
    insertInOrder(workbook.root, names, WORKBOOK_ORDER);
  }
  for (const e of children(names, 'definedName')) {
    if (keys.has(key(e.getAttribute('name') ?? '', e.getAttribute('localSheetId')))) names.removeChild(e);
  }
  for (const n of incoming) {
    const copy = createLike(names, 'definedName');
    copy.setAttribute('name', n.element.getAttribute('name') ?? '');
    if (n.local !== null) copy.setAttribute('localSheetId', n.local);
    copy.appendChild(workbook.doc.createTextNode(n.element.textContent ?? ''));
    names.appendChild(copy);
  }
}
