/**
 * A text as a string literal in a formula: in double quotes, its own double quotes doubled.
 *
 * @param text - The text.
 * @returns The literal.
 * @example
 * textLiteral('Hög') //=> '"Hög"'
 * textLiteral('Säg "nej"') //=> '"Säg ""nej"""'
 */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
