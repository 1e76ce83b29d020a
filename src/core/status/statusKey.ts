/**
 * Folds typed status text to a matching key: lower case, å/ä → a, ö → o, hyphens and runs of white space to
 * one space, trailing full stop dropped. Linear in the text.
 *
 * @param text - The text as typed.
 * @returns The key.
 * @example
 * statusKey('  Delvis   ÅTGÄRDAT. ') //=> 'delvis atgardat'
 */
export function statusKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[\s\u00a0\-–]+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}
