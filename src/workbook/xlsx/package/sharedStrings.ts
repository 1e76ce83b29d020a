/**
 * Text as Excel stores it: a literal "_x0041_" typed by a user would read back as "A" (ECMA-376 22.9.2.19
 * escapes), so its underscore is escaped ("_x005F_x0041_"). ExcelJS escapes nothing, so every such
 * sequence in the text of <t> elements it wrote is a literal.
 *
 * @param xml - XML with <t> elements (a sharedStrings part, an inline string).
 * @returns The same XML with the literals escaped.
 * @example
 * escapeXstringLiterals('<t>_x0041_</t>') //=> '<t>_x005F_x0041_</t>'
 */
export function escapeXstringLiterals(xml: string): string {
  if (!xml.includes('_x')) return xml;
  return xml.replace(/(<t(?:\s[^>]*)?>)([^<]*)(<\/t>)/g, (_m, open: string, text: string, close: string) => open + text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') + close);
}

/**
 * The entries of a sharedStrings part as the inner XML of each <si> (plain <t> or rich-text runs), in index
 * order, so a cell can carry its text inline instead (<is>…</is>) and the user's shared strings part is
 * never touched.
 *
 * @param text - sharedStrings.xml as ExcelJS writes it (no prefixes).
 * @returns The inner XML per index, literal "_xHHHH_" escaped (escapeXstringLiterals).
 * @example
 * sharedStringItems('<sst><si><t>Id</t></si></sst>') //=> ['<t>Id</t>']
 */
export function sharedStringItems(text: string): string[] {
  const found: string[] = [];
  const pattern = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m[1] === undefined ? '<t></t>' : escapeXstringLiterals(m[1]));
  return found;
}
