import fs from 'fs';
import JSZip from 'jszip';

/** Every file entry of a package with its uncompressed bytes. */
export async function packageParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  return parts;
}

/** Parts Uppsikt edits or owns in a package it writes into; everything else must come out byte for byte. */
export const EDITED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcChain\.xml)$/;

/**
 * The parts of `before` that are missing or not byte-identical in `after`, apart from EDITED and `owned`
 * (Uppsikt's own sheet parts, rewritten on purpose).
 */
export function changedParts(before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>, owned: ReadonlySet<string> = new Set()): string[] {
  return [...before].filter(([name, bytes]) => !EDITED.test(name) && !owned.has(name) && !after.get(name)?.equals(bytes)).map(([name]) => name);
}

/** The parts the user made that the tests look for by kind (chart, drawing, picture, pivot, link, macros). */
export function kindsIn(parts: ReadonlyMap<string, Buffer>): string[] {
  const kinds: [string, RegExp][] = [
    ['diagram', /^xl\/charts\/chart\d+\.xml$/],
    ['ritning', /^xl\/drawings\/drawing\d+\.xml$/],
    ['bild', /^xl\/media\/image\d+\.png$/],
    ['pivottabell', /^xl\/pivotTables\/pivotTable\d+\.xml$/],
    ['pivotcache', /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/],
    ['extern länk', /^xl\/externalLinks\/externalLink\d+\.xml$/],
    ['makron', /^xl\/vbaProject\.bin$/],
  ];
  return kinds.filter(([, pattern]) => [...parts.keys()].some((name) => pattern.test(name))).map(([kind]) => kind);
}
