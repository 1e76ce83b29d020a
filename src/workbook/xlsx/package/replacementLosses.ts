import type JSZip from 'jszip';
import { Relationships } from './relationships';
import { relsPathOf } from './partPath';
import { DOC_REL_NS, REL } from './xml';
import type { WorkbookPart } from './workbookPart';

/** Something on one of Uppsikt's own sheets that writing the sheet again would drop. */
export interface ReplacementLoss {
  readonly sheet: string;
  /** What, in Swedish, e.g. "ett diagram". */
  readonly what: string;
}

const KINDS: Record<string, string> = {
  [`${DOC_REL_NS}/comments`]: 'kommentarer',
  [`${DOC_REL_NS}/vmlDrawing`]: 'kommentarer eller formulärkontroller',
  [`${DOC_REL_NS}/pivotTable`]: 'en pivottabell',
  [`${DOC_REL_NS}/hyperlink`]: 'länkar',
  [`${DOC_REL_NS}/oleObject`]: 'ett inbäddat objekt',
  [`${DOC_REL_NS}/ctrlProp`]: 'formulärkontroller',
  'http://schemas.microsoft.com/office/2007/relationships/slicer': 'utsnitt',
  'http://schemas.microsoft.com/office/2011/relationships/timeline': 'en tidslinje',
  'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment': 'trådade kommentarer',
};

async function drawingContent(zip: JSZip, drawing: string): Promise<string[]> {
  const rels = Relationships.parse(drawing, await zip.file(relsPathOf(drawing))?.async('string'));
  const kinds = new Set<string>();
  for (const r of rels.list()) {
    if (r.type.endsWith('/chart')) kinds.add('ett diagram');
    else if (r.type.endsWith('/image')) kinds.add('en bild');
    else kinds.add('en ritning');
  }
  return kinds.size > 0 ? [...kinds] : ['en ritning (former eller textrutor)'];
}

/**
 * What Uppsikt would drop by writing some of its own sheets again: everything the old sheet parts link to
 * besides their tables (a chart or picture a user put on Riskanalys, comments, a pivot table…). Printer
 * settings are not counted; they hold nothing the user made.
 *
 * @param zip - The package.
 * @param workbook - Its workbook part.
 * @param sheets - Names of the sheets that would be written again.
 * @returns One entry per sheet and kind.
 */
export async function replacementLosses(zip: JSZip, workbook: WorkbookPart, sheets: ReadonlySet<string>): Promise<ReplacementLoss[]> {
  const losses: ReplacementLoss[] = [];
  for (const sheet of workbook.sheets) {
    if (!sheets.has(sheet.name) || !sheet.part) continue;
    const rels = Relationships.parse(sheet.part, await zip.file(relsPathOf(sheet.part))?.async('string'));
    const kinds = new Set<string>();
    for (const r of rels.list()) {
      if (r.type === REL.table || r.type === REL.printerSettings) continue;
      if (r.type === `${DOC_REL_NS}/drawing` && r.part) for (const k of await drawingContent(zip, r.part)) kinds.add(k);
      else kinds.add(KINDS[r.type] ?? `en del som Uppsikt inte känner till (${r.type.slice(r.type.lastIndexOf('/') + 1)})`);
    }
    for (const what of kinds) losses.push({ sheet: sheet.name, what });
  }
  return losses;
}
