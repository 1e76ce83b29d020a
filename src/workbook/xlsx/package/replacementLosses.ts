import { xlsxMessages as M } from '../messages.sv';
import { Relationships } from './relationships';
import { relsPathOf } from './partPath';
import { DOC_REL_NS, REL } from './xml';
import type { WorkbookPart } from './workbookPart';
import type { PackageParts } from './PackageParts';

/** Something on one of Uppsikt's own sheets that writing the sheet again would drop. */
export interface ReplacementLoss {
  readonly sheet: string;
  /** What, in Swedish, e.g. "ett diagram". */
  readonly what: string;
}

const KINDS: Record<string, string> = {
  [`${DOC_REL_NS}/comments`]: M.lostComments,
  [`${DOC_REL_NS}/vmlDrawing`]: M.lostVml,
  [`${DOC_REL_NS}/pivotTable`]: M.lostPivotTable,
  [`${DOC_REL_NS}/hyperlink`]: M.lostLinks,
  [`${DOC_REL_NS}/oleObject`]: M.lostOleObject,
  [`${DOC_REL_NS}/ctrlProp`]: M.lostFormControls,
  'http://schemas.microsoft.com/office/2007/relationships/slicer': M.lostSlicers,
  'http://schemas.microsoft.com/office/2011/relationships/timeline': M.lostTimeline,
  'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment': M.lostThreadedComments,
};

async function drawingContent(parts: PackageParts, drawing: string): Promise<string[]> {
  const rels = Relationships.parse(drawing, await parts.text(relsPathOf(drawing)));
  const kinds = new Set<string>();
  for (const r of rels.list()) {
    if (r.type.endsWith('/chart')) kinds.add(M.lostChart);
    else if (r.type.endsWith('/image')) kinds.add(M.lostPicture);
    else kinds.add(M.lostDrawing);
  }
  return kinds.size > 0 ? [...kinds] : [M.lostShapes];
}

/**
 * What Uppsikt would drop by writing some of its own sheets again: everything the old sheet parts link to
 * besides their tables (a chart or picture a user put on Riskanalys, comments, a pivot table…). Printer
 * settings are not counted; they hold nothing the user made.
 *
 * @param parts - The package.
 * @param workbook - Its workbook part.
 * @param sheets - Names of the sheets that would be written again.
 * @returns One entry per sheet and kind.
 */
export async function replacementLosses(parts: PackageParts, workbook: WorkbookPart, sheets: ReadonlySet<string>): Promise<ReplacementLoss[]> {
  const losses: ReplacementLoss[] = [];
  for (const sheet of workbook.sheets) {
    if (!sheets.has(sheet.name) || !sheet.part) continue;
    const rels = Relationships.parse(sheet.part, await parts.text(relsPathOf(sheet.part)));
    const kinds = new Set<string>();
    for (const r of rels.list()) {
      if (r.type === REL.table || r.type === REL.printerSettings) continue;
      if (r.type === `${DOC_REL_NS}/drawing` && r.part) for (const k of await drawingContent(parts, r.part)) kinds.add(k);
      else kinds.add(KINDS[r.type] ?? M.lostUnknownPart(r.type.slice(r.type.lastIndexOf('/') + 1)));
    }
    for (const what of kinds) losses.push({ sheet: sheet.name, what });
  }
  return losses;
}
