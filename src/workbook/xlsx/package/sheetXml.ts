/*
 * Rewrites a worksheet part that ExcelJS rendered on its own so it can live in the user's package: style
 * indices are moved to where mergeStyles put Uppsikt's styles, and shared-string cells carry their text
 * inline. Works on the text in one pass (the part can be large); ExcelJS's output has no prefixes.
 */

export interface SheetXmlMaps {
  readonly xf: (index: number) => number;
  readonly dxf: (index: number) => number;
  /** Shared string index → inner XML of <si>. */
  readonly strings: readonly string[];
}

const attr = (tag: string, name: string, map: (n: number) => number) =>
  tag.replace(new RegExp(`(\\s${name}=")(\\d+)(")`), (_m, a: string, n: string, b: string) => `${a}${map(Number(n))}${b}`);

/**
 * @param xml - The rendered worksheet part.
 * @param maps - Where styles and strings went.
 * @returns The worksheet part for the merged package.
 * @example
 * adaptSheetXml('<c r="A1" s="1" t="s"><v>0</v></c>', { xf: (i) => i + 10, dxf: (i) => i, strings: ['<t>Id</t>'] })
 * //=> '<c r="A1" s="11" t="inlineStr"><is><t>Id</t></is></c>'
 */
export function adaptSheetXml(xml: string, maps: SheetXmlMaps): string {
  const styled = xml.replace(/<(c|row|col|cfRule)\s[^>]*>/g, (tag, name: string) => {
    if (name === 'c' || name === 'row') return attr(tag, 's', maps.xf);
    if (name === 'col') return attr(tag, 'style', maps.xf);
    return attr(tag, 'dxfId', maps.dxf);
  });
  return styled.replace(/<c(\s[^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, before: string, after: string, index: string) => {
    const item = maps.strings[Number(index)];
    if (item === undefined) throw new Error(`Shared string ${index} missing in the rendered workbook`);
    return `<c${before} t="inlineStr"${after}><is>${item}</is></c>`;
  });
}
