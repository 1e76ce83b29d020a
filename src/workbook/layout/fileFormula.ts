import type { UppsiktNames } from './uppsiktNames';

/*
 * Schema formulas are written as a user types them in a table: "=IK.RISKSCORE([@Sannolikhet],…,Skala)".
 * Files store the explicit form "Risker[[#This Row],[Sannolikhet]]" and no "="; Office.js takes the typed
 * form. Names are replaced by the names actually written (see uppsiktNames).
 */

const NAME = /[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*/y;

function renameWords(formula: string, rename: (word: string) => string | undefined): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"') {
      inString = !inString;
      out += ch;
      i++;
      continue;
    }
    NAME.lastIndex = i;
    const match = !inString && (i === 0 || !/[A-Za-z0-9_.\u00C0-\u024F[]/.test(formula[i - 1])) ? NAME.exec(formula) : null;
    if (match) {
      const word = match[0];
      out += rename(word) ?? word;
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * The schema formula with tables and defined names renamed, in typed form (with "=").
 *
 * @example
 * typedFormula('=IK.RISKLEVEL([@Riskvärde],Skala)', names) //=> '=IK.RISKLEVEL([@Riskvärde],Skala)'
 */
export function typedFormula(formula: string, names: UppsiktNames): string {
  return renameWords(formula, (word) => names.tables.get(word) ?? names.definedNames.get(word));
}

/**
 * The schema formula as a file stores it: no "=", "[@X]" and "[@[X]]" as "Table[[#This Row],[X]]".
 *
 * @param formula - The schema formula.
 * @param table - The (written) name of the table the formula sits in.
 * @param names - The names written.
 * @returns The file form.
 * @example
 * fileFormula('=IK.RISKSCORE([@Sannolikhet],[@Konsekvens],Skala)', 'Risker', names)
 * //=> 'IK.RISKSCORE(Risker[[#This Row],[Sannolikhet]],Risker[[#This Row],[Konsekvens]],Skala)'
 */
export function fileFormula(formula: string, table: string, names: UppsiktNames): string {
  const typed = typedFormula(formula, names).replace(/^=/, '');
  return typed.replace(/\[@\[([^\]]*)\]\]|\[@([^\]]*)\]/g, (_m, bracketed: string | undefined, plain: string | undefined) => `${table}[[#This Row],[${bracketed ?? plain}]]`);
}
