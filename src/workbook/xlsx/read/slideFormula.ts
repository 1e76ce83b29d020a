/*
 * A shared formula's text for one of its cells: the master cell's formula with every relative reference
 * moved by the offset between the cells, as Excel (and ExcelJS, whose rules this copies so snapshots do
 * not change with the reader) does. "$" parts stay; names and function calls are left alone.
 */

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

const lettersToNumber = (letters: string) => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
};

const numberToLetters = (n: number) => {
  let letters = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/**
 * Moves a formula from one cell to another by their row and column offsets (1-based row and column).
 *
 * @example
 * slideFormula('E4*F4', { row: 4, column: 5 }, { row: 6, column: 5 }) //=> 'E6*F6'
 */
export function slideFormula(formula: string, from: { row: number; column: number }, to: { row: number; column: number }): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string, address: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL.exec(address);
    if (!m) return match;
    const [, colDollar, colText, rowDollar, rowText] = m;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    const column = lettersToNumber(letters) + (colDollar ? 0 : to.column - from.column);
    const row = parseInt(rowText, 10) + (rowDollar ? 0 : to.row - from.row);
    return `${sheet ?? ''}${colDollar ?? ''}${numberToLetters(column)}${rowDollar ?? ''}${row}`;
  });
}
