/**
 * The entries of a sharedStrings part as the inner XML of each <si> (plain <t> or rich-text runs), in index
 * order, so a cell can carry its text inline instead (<is>…</is>) and the user's shared strings part is
 * never touched.
 *
 * @param text - sharedStrings.xml as ExcelJS writes it (no prefixes).
 * @returns The inner XML per index.
 * @example
 * sharedStringItems('<sst><si><t>Id</t></si></sst>') //=> ['<t>Id</t>']
 */
export function sharedStringItems(text: string): string[] {
  const found: string[] = [];
  const pattern = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m[1] ?? '<t></t>');
  return found;
}
