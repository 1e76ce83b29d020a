import fs from 'fs';
import path from 'path';

/*
 * Files compared by what they are, not by how they are spelt: "ks.xlsx", "./ks.xlsx", "/abs/ks.xlsx", a
 * symbolic link to it and a hard link are all one file. An existing file is its device and inode (stat
 * follows links); a file that does not exist yet is its folder's real path and its name.
 */

/** What identifies `file`: "dev:ino" when it exists, else the real path it would get. */
export function fileIdentity(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    const resolved = path.resolve(file);
    try {
      return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/**
 * Whether two paths name the same file.
 *
 * @example
 * sameFile('ks.xlsx', './ks.xlsx') //=> true
 */
export function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b) || fileIdentity(a) === fileIdentity(b);
}

/**
 * The files without repeats (the first spelling kept, in order), and each repeat with the file it repeats.
 *
 * @example
 * uniqueFiles(['ks.xlsx', './ks.xlsx']) //=> { files: ['ks.xlsx'], repeats: [{ file: './ks.xlsx', same: 'ks.xlsx' }] }
 */
export function uniqueFiles(files: readonly string[]): { files: string[]; repeats: { file: string; same: string }[] } {
  const seen = new Map<string, string>();
  const repeats: { file: string; same: string }[] = [];
  for (const file of files) {
    const id = fileIdentity(file);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, file);
    else repeats.push({ file, same: first });
  }
  return { files: [...seen.values()], repeats };
}
