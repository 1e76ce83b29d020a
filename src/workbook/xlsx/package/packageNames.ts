import type { ExistingNames } from '../renderUppsikt';
import { Relationships } from './relationships';
import { relsPathOf } from './partPath';
import { child, children, REL } from './xml';
import type { WorkbookPart } from './workbookPart';
import type { PackageParts } from './PackageParts';

/**
 * The sheet, table and defined names a package uses, leaving out the sheets about to be replaced and their
 * tables (their names are taken over by the new ones), so Uppsikt's new names never clash with the user's.
 *
 * @param parts - The package.
 * @param workbook - Its workbook part.
 * @param replaced - Names of sheets being replaced.
 * @returns The names in use.
 */
export async function packageNames(parts: PackageParts, workbook: WorkbookPart, replaced: ReadonlySet<string>): Promise<ExistingNames> {
  const sheets = workbook.sheets.filter((s) => !replaced.has(s.name)).map((s) => s.name);
  const tables: string[] = [];
  for (const sheet of workbook.sheets) {
    if (replaced.has(sheet.name) || !sheet.part) continue;
    const rels = Relationships.parse(sheet.part, await parts.text(relsPathOf(sheet.part)));
    for (const r of rels.list()) {
      if (r.type !== REL.table || !r.part) continue;
      const tag = /<(?:\w+:)?table\b[^>]*>/.exec(((await parts.text(r.part)) ?? '').slice(0, 4000))?.[0] ?? '';
      for (const m of tag.matchAll(/\s(?:name|displayName)="([^"]*)"/g)) tables.push(m[1]);
    }
  }
  const names = child(workbook.root, 'definedNames');
  const definedNames = names
    ? children(names, 'definedName')
        .filter((e) => !e.getAttribute('localSheetId'))
        .map((e) => e.getAttribute('name') ?? '')
    : [];
  return { sheets, tables, definedNames };
}
