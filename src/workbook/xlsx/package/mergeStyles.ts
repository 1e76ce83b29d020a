import { XMLSerializer, type Element } from '@xmldom/xmldom';
import { child, children, createLike, insertInOrder, parseXml, serializeXml } from './xml';

/** The order of styleSheet's children (ECMA-376 Part 1, 18.8.39). */
const STYLE_SHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** Number formats below this id are built in; custom ones start here. */
const FIRST_CUSTOM_NUMFMT = 164;

export interface MergedStyles {
  /** The user's styles.xml with Uppsikt's styles appended. */
  readonly text: string;
  /** A cell format index (s="…") of the rendered Uppsikt sheets → the index in the merged styles. */
  readonly xf: (index: number) => number;
  /** A differential format index (dxfId="…") → the index in the merged styles. */
  readonly dxf: (index: number) => number;
}

function list(root: Element, name: string): Element {
  let found = child(root, name, root.namespaceURI ?? undefined);
  if (!found) {
    found = createLike(root, name);
    insertInOrder(root, found, STYLE_SHEET_ORDER);
  }
  return found;
}

function items(parent: Element, name: string): Element[] {
  return children(parent, name, parent.namespaceURI ?? undefined);
}

const serializer = new XMLSerializer();
const known = new WeakMap<Element, Map<string, number>>();

/** The index of an entry equal to `node` in the list, appending `node` when there is none. */
function addOnce(parent: Element, name: string, node: Element): number {
  let index = known.get(parent);
  if (!index) {
    index = new Map();
    items(parent, name).forEach((e, i) => index!.has(serializer.serializeToString(e)) || index!.set(serializer.serializeToString(e), i));
    known.set(parent, index);
  }
  const wanted = serializer.serializeToString(node);
  const same = index.get(wanted);
  if (same !== undefined) return same;
  const at = items(parent, name).length;
  parent.appendChild(node);
  index.set(wanted, at);
  return at;
}

function setCount(parent: Element, name: string): void {
  parent.setAttribute('count', String(items(parent, name).length));
}

/**
 * Appends the styles of a freshly rendered workbook (the Uppsikt sheets) to a user's styles.xml, leaving
 * every existing entry and index as it is, and says where each rendered index went. Format 0 (the default
 * cell) and the first font, fills and border keep meaning the user's defaults, so Uppsikt's unformatted
 * cells look like the rest of the workbook.
 *
 * @param original - The user's styles.xml.
 * @param rendered - styles.xml of the workbook ExcelJS wrote with only Uppsikt's sheets.
 * @returns The merged part and the index maps.
 * @example
 * mergeStyles(userStyles, uppsiktStyles).xf(0) //=> 0
 */
export function mergeStyles(original: string, rendered: string): MergedStyles {
  const doc = parseXml(original);
  const root = doc.documentElement!;
  const from = parseXml(rendered).documentElement!;
  const fromList = (name: string, item: string) => {
    const parent = child(from, name, from.namespaceURI ?? undefined);
    return parent ? items(parent, item) : [];
  };

  // Custom number formats get ids after the user's highest.
  const numFmts = list(root, 'numFmts');
  let nextNumFmt = items(numFmts, 'numFmt').reduce((max, e) => Math.max(max, Number(e.getAttribute('numFmtId')) || 0), FIRST_CUSTOM_NUMFMT - 1) + 1;
  const numFmtMap = new Map<number, number>();
  for (const fmt of fromList('numFmts', 'numFmt')) {
    const id = Number(fmt.getAttribute('numFmtId'));
    const same = items(numFmts, 'numFmt').find((e) => e.getAttribute('formatCode') === fmt.getAttribute('formatCode'));
    if (same) {
      numFmtMap.set(id, Number(same.getAttribute('numFmtId')));
      continue;
    }
    const copy = doc.importNode(fmt, true) as Element;
    copy.setAttribute('numFmtId', String(nextNumFmt));
    numFmtMap.set(id, nextNumFmt++);
    numFmts.appendChild(copy);
  }
  setCount(numFmts, 'numFmt');
  if (items(numFmts, 'numFmt').length === 0) root.removeChild(numFmts);

  // Fonts, fills and borders: the first ones (and fill 1, the required gray125) stay the user's own.
  // An entry the workbook already has (from an earlier run of Uppsikt) is used again, not added again.
  const append = (listName: string, item: string, keep: number): ((i: number) => number) => {
    const target = list(root, listName);
    const map = fromList(listName, item).map((e, i) => (i < keep ? i : addOnce(target, item, doc.importNode(e, true) as Element)));
    setCount(target, item);
    return (i) => map[i] ?? i;
  };
  const font = append('fonts', 'font', 1);
  const fill = append('fills', 'fill', 2);
  const border = append('borders', 'border', 1);

  const cellXfs = list(root, 'cellXfs');
  const xfMap = fromList('cellXfs', 'xf').map((xf, i) => {
    if (i === 0) return 0;
    const copy = doc.importNode(xf, true) as Element;
    const numFmt = Number(copy.getAttribute('numFmtId') ?? 0);
    copy.setAttribute('numFmtId', String(numFmtMap.get(numFmt) ?? numFmt));
    copy.setAttribute('fontId', String(font(Number(copy.getAttribute('fontId') ?? 0))));
    copy.setAttribute('fillId', String(fill(Number(copy.getAttribute('fillId') ?? 0))));
    copy.setAttribute('borderId', String(border(Number(copy.getAttribute('borderId') ?? 0))));
    copy.setAttribute('xfId', '0');
    return addOnce(cellXfs, 'xf', copy);
  });
  setCount(cellXfs, 'xf');

  const renderedDxfs = fromList('dxfs', 'dxf');
  let dxfMap: number[] = [];
  if (renderedDxfs.length > 0) {
    const dxfs = list(root, 'dxfs');
    dxfMap = renderedDxfs.map((dxf) => addOnce(dxfs, 'dxf', doc.importNode(dxf, true) as Element));
    setCount(dxfs, 'dxf');
  }

  return { text: serializeXml(doc), xf: (i) => xfMap[i] ?? 0, dxf: (i) => dxfMap[i] ?? i };
}
