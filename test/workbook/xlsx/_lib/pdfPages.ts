import { execFileSync, spawnSync } from 'child_process';

/*
 * Measuring a printed PDF with poppler, for the report tests: page sizes (A4), each word's box (its height is
 * the type's size on paper, ~1.13 × the point size for LibreOffice's font here), and whether LibreOffice and
 * poppler are there at all (the tests are skipped without them, unless CI requires them).
 */
const have = (bin: string) => spawnSync('which', [bin]).status === 0;
const required = process.env.UPPSIKT_REQUIRE_LIBREOFFICE === '1';
export const pdfToolsReady = (have('soffice') || have('libreoffice')) && have('pdfinfo') && have('pdftotext');
if (!pdfToolsReady && !required) console.warn('LibreOffice eller poppler-utils saknas: PDF-testerna av rapporten hoppas över.');
/** describe when the tools are there (or required), else describe.skip. */
export const describePdf = pdfToolsReady || required ? describe : describe.skip;
/** LibreOffice's command on this machine. */
export const soffice = () => (have('soffice') ? 'soffice' : 'libreoffice');

export function pages(pdf: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export function wordHeights(pdf: string): { word: string; height: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[5],
    height: Number(m[4]) - Number(m[2]),
  }));
}

export const isA4 = (p: { width: number; height: number }) => {
  const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
  return Math.abs(short - 595.3) < 1 && Math.abs(long - 841.9) < 1;
};
