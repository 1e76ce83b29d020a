import path from 'path';

/*
 * Part names inside a package: relationship targets are relative to the source part's folder (or absolute
 * from the package root with a leading slash); zip entries have no leading slash.
 */

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; '' → _rels/.rels. */
export function relsPathOf(part: string): string {
  const dir = path.posix.dirname(part);
  const base = path.posix.basename(part);
  return dir === '.' ? `_rels/${base}.rels` : `${dir}/_rels/${base}.rels`;
}

/** The zip entry a relationship target of `source` points at. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = path.posix.dirname(source);
  return path.posix.normalize(dir === '.' ? target : `${dir}/${target}`);
}

/** The target to write in `source`'s relationships for the part `part`. */
export function relativeTarget(source: string, part: string): string {
  return path.posix.relative(path.posix.dirname(source), part);
}

/** A free part name like xl/worksheets/sheet9.xml, given the names taken. */
export function freePartName(folder: string, stem: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${stem}${n}.xml`;
    if (!taken(name)) return name;
  }
}
