/*
 * Part names inside a package: relationship targets are relative to the source part's folder (or absolute
 * from the package root with a leading slash); zip entries have no leading slash. Plain string work, no
 * Node path module, so the package merge runs in the browser too.
 */

function dirname(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '.' : part.slice(0, slash);
}

/** Resolves "." and ".." segments of a relative path, as path.posix.normalize does for part names. */
function normalize(part: string): string {
  const out: string[] = [];
  for (const segment of part.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; '' → _rels/.rels. */
export function relsPathOf(part: string): string {
  const dir = dirname(part);
  const base = part.slice(part.lastIndexOf('/') + 1);
  return dir === '.' ? `_rels/${base}.rels` : `${dir}/_rels/${base}.rels`;
}

/** The zip entry a relationship target of `source` points at. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = dirname(source);
  return normalize(dir === '.' ? target : `${dir}/${target}`);
}

/** The target to write in `source`'s relationships for the part `part`. */
export function relativeTarget(source: string, part: string): string {
  const from = dirname(source) === '.' ? [] : dirname(source).split('/');
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A free part name like xl/worksheets/sheet9.xml, given the names taken. */
export function freePartName(folder: string, stem: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${stem}${n}.xml`;
    if (!taken(name)) return name;
  }
}
