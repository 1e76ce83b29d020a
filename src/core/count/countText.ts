/** A noun's two forms, as Swedish counts need them: "1 rad", "2 rader"; "1 bedömd", "2 bedömda". */
export interface CountForms {
  readonly one: string;
  readonly many: string;
}

/**
 * A count with the word in the form a Swedish reader expects: singular for exactly one, else plural (also
 * for zero: "0 rader"). Numbers are written as Swedish does (space between thousands).
 *
 * @param count - How many.
 * @param forms - The word's singular and plural.
 * @returns E.g. "2 rader".
 * @example
 * countText(1, { one: 'rad', many: 'rader' }) //=> '1 rad'
 * countText(1200, { one: 'rad', many: 'rader' }) //=> '1 200 rader'
 */
export function countText(count: number, forms: CountForms): string {
  return `${count.toLocaleString('sv-SE')} ${count === 1 ? forms.one : forms.many}`;
}
