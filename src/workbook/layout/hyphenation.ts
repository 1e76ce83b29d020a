/*
 * Hyphenating a Swedish word too long for its printed column at a syllable boundary, so LibreOffice and Excel
 * do not break it between any two letters without a hyphen.
 */

const VOWEL = /[aeiouyåäöéü]/i;
const LETTER = /\p{L}/u;

/** Where a Swedish word may be hyphenated: before a consonant that starts a syllable (be-hö-rig-hets-han-te-ring). */
function breakPoints(word: string): number[] {
  const points: number[] = [];
  for (let i = 2; i <= word.length - 2; i++) {
    const [before, at, after] = [word[i - 1], word[i], word[i + 1]];
    if (!LETTER.test(before) || !LETTER.test(at) || !LETTER.test(after)) continue;
    // "ch" and "ck" are one sound (chef, kontrollera): never split them.
    if (/c/i.test(before) && /[hk]/i.test(at)) continue;
    // A consonant followed by a vowel starts a syllable; the letter before it must not be its only vowel's start.
    if (!VOWEL.test(at) && VOWEL.test(after) && /\p{L}/u.test(word.slice(0, i)) && VOWEL.test(word.slice(0, i))) points.push(i);
  }
  return points;
}

/**
 * A text with every word too long for its line split with a hyphen at a syllable boundary and a line break
 * ("Behörighets-" / "hantering"), so a printed cell never breaks a word between two letters without a
 * hyphen, as LibreOffice and Excel do with a word wider than the column. Shorter words are left alone.
 *
 * @param text - The cell's text.
 * @param fits - Whether a part fits on one line (printLayout's fitsLine for a column), or a number of characters per line.
 * @returns The text, changed only where a word could not fit.
 * @example
 * hyphenateLongWords('Behörighetshantering', 14) //=> 'Behörighets-\nhantering'
 */
export function hyphenateLongWords(text: string, fits: number | ((part: string) => boolean)): string {
  const fitsOnLine = typeof fits === 'number' ? (part: string) => part.length <= fits : fits;
  return text
    .split(/(\s+)/)
    .map((part) => {
      let word = part;
      const lines: string[] = [];
      while (!fitsOnLine(word) && !/\s/.test(word)) {
        const breaks = breakPoints(word).filter((i) => fitsOnLine(`${word.slice(0, i)}-`));
        if (breaks.length === 0) break;
        const at = breaks[breaks.length - 1];
        lines.push(`${word.slice(0, at)}-`);
        word = word.slice(at);
      }
      return [...lines, word].join('\n');
    })
    .join('');
}
