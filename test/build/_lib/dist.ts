import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');

/** A file of the production build; tests in test/build read what `npm run build` wrote. */
export function readBuilt(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} saknas: kör npm run build före jest --selectProjects build.`);
  return fs.readFileSync(full, 'utf8');
}
