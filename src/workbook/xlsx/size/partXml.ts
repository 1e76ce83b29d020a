import { DecodeUTF8, strFromU8 } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/*
 * XML of a package part for the in-memory size check, browser-safe: saxes parses (as the Node reader's
 * xmlEvents does), fflate decodes UTF-8 across the pieces an inflater hands over. Element names lose their
 * namespace prefix (some writers use <x:c>); attributes keep theirs (r:id).
 */

export interface PartTags {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** A parser fed inflated pieces; `push(piece, final)` throws what the parser or a handler threw. */
export function partParser(tags: PartTags): { push(piece: Uint8Array, final: boolean): void } {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (error) => (failure ??= error));
  parser.on('opentag', (tag: SaxesTagPlain) => tags.open(localName(tag.name), tag.attributes));
  if (tags.close) {
    const close = tags.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const decoder = new DecodeUTF8((text, final) => {
    parser.write(text);
    if (final) parser.close();
  });
  return {
    push(piece, final) {
      decoder.push(piece, final);
      if (failure) throw failure;
    },
  };
}

/** The tags of a small part held whole (relationships, the workbook part). */
export function scanPart(bytes: Uint8Array, tags: PartTags): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => tags.open(localName(tag.name), tag.attributes));
  parser.write(strFromU8(bytes)).close();
}
