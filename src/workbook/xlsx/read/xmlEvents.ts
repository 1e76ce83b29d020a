import { StringDecoder } from 'string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/*
 * SAX over a package part, chunk by chunk: the part is never held whole as a string, so a sheet of
 * 500,000 rows costs the cells it yields, not its XML. Element names lose their namespace prefix (some
 * writers use <x:c>), and CDATA counts as text.
 */

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** A parser that passes local names to the handlers; write chunks, then call end(). */
export function xmlEvents(handlers: XmlHandlers): { write(chunk: Buffer | string): void; end(): void } {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let failure: Error | undefined;
  parser.on('error', (error) => (failure ??= error));
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write(chunk) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      check();
    },
    end() {
      parser.write(decoder.end());
      parser.close();
      check();
    },
  };
}
