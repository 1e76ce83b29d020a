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

/** The same-origin scripts a built page loads at start, in order (Office.js from Microsoft's CDN left out). */
export function startScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+\.js)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}
