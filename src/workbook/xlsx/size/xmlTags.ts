import { strFromU8 } from 'fflate';

/*
 * The tags of an XML part fed in chunks as it is inflated, for counting a package's cells without a parser
 * that builds anything: no chunk is kept, and a tag holds at most its first TAG_BYTES bytes (enough for a
 * cell's or a sheet's attributes; a crafted tag longer than that is still skipped to its end). Comments,
 * CDATA and processing instructions are skipped, so text that looks like a tag inside them is not one.
 */

/** A start or end tag, as the scanner saw it. */
export interface XmlTag {
  /** The name without a namespace prefix ("x:row" is "row"). */
  readonly name: string;
  readonly end: boolean;
  readonly selfClosing: boolean;
  /** An attribute's value by its name as written ("r:id"; "*:id" for any prefix), entities resolved. */
  attribute(name: string): string | undefined;
}

const TAG_BYTES = 4096;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const enum State {
  Text,
  Tag,
  Quoted,
  Bang,
  Skip,
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.includes('&')
    ? text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) =>
        e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? whole),
      )
    : text;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const COMMENT = ascii('--');
const CDATA = ascii('[CDATA[');

/** Text of `bytes[from, to)`: ASCII without a decoder (names and references), anything else as UTF-8. */
function textOf(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) {
    if (bytes[i] >= 0x80) return strFromU8(bytes.subarray(from, to));
    text += String.fromCharCode(bytes[i]);
  }
  return text;
}

/** The one tag being looked at: the scanner reuses it, so onTag reads it and keeps nothing of it. */
class Tag implements XmlTag {
  name = '';
  end = false;
  selfClosing = false;
  /** The tag's bytes (a buffer the scanner reuses) and how many of them are this tag's. */
  bytes = new Uint8Array(0);
  length = 0;

  attribute(name: string): string | undefined {
    const { bytes, length } = this;
    const anyPrefix = name.startsWith('*:');
    const wanted = anyPrefix ? name.slice(1) : name;
    for (let i = 1; i < length; i++) {
      if (!isSpace(bytes[i - 1])) continue;
      let k = i;
      if (anyPrefix) while (k < length && bytes[k] !== 0x3a && bytes[k] !== 0x3d && !isSpace(bytes[k])) k++;
      let j = 0;
      while (j < wanted.length && bytes[k + j] === wanted.charCodeAt(j)) j++;
      if (j < wanted.length) continue;
      k += j;
      while (isSpace(bytes[k])) k++;
      if (bytes[k] !== 0x3d) continue;
      k++;
      while (isSpace(bytes[k])) k++;
      const quote = bytes[k];
      if (quote !== QUOTE && quote !== APOSTROPHE) continue;
      let close = k + 1;
      while (close < length && bytes[close] !== quote) close++;
      return close < length ? unescapeXml(textOf(bytes, k + 1, close)) : undefined;
    }
    return undefined;
  }
}

/** Calls `onTag` for each start and end tag of the XML pushed through it, chunk by chunk. */
export class XmlTagScanner {
  private state = State.Text;
  private readonly tag = new Uint8Array(TAG_BYTES);
  private length = 0;
  private quote = 0;
  private terminator: readonly number[] = [];
  private matched = 0;
  private readonly current = new Tag();

  constructor(private readonly onTag: (tag: XmlTag) => void) {}

  private add(byte: number): void {
    if (this.length < TAG_BYTES) this.tag[this.length] = byte;
    this.length++;
  }

  /** Adds `chunk[from, to)` to the tag, up to TAG_BYTES; the rest is only counted. */
  private addRange(chunk: Uint8Array, from: number, to: number): void {
    // Runs are short (a name, an attribute): a loop is faster than a view and set().
    const { tag } = this;
    const stop = Math.min(to, from + TAG_BYTES - this.length);
    for (let i = from, at = this.length; i < stop; i++, at++) tag[at] = chunk[i];
    this.length += to - from;
  }

  private skipTo(text: string): void {
    this.state = State.Skip;
    this.terminator = ascii(text);
    this.matched = 0;
  }

  private emit(): void {
    const bytes = this.tag;
    const length = Math.min(this.length, TAG_BYTES);
    const end = bytes[0] === SLASH;
    let start = end ? 1 : 0;
    let stop = start;
    while (stop < length && !isSpace(bytes[stop]) && bytes[stop] !== SLASH) stop++;
    for (let i = start; i < stop; i++) if (bytes[i] === 0x3a) start = i + 1;
    const tag = this.current;
    tag.name = textOf(bytes, start, stop);
    tag.end = end;
    tag.selfClosing = this.length <= TAG_BYTES && length > 0 && bytes[length - 1] === SLASH;
    tag.bytes = bytes;
    tag.length = length;
    this.onTag(tag);
  }

  /** Scans the next chunk of the part. */
  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.state === State.Text) {
        const next = chunk.indexOf(LT, i);
        if (next < 0) return;
        i = next + 1;
        this.state = State.Tag;
        this.length = 0;
      } else if (this.state === State.Tag) {
        if (this.length > 0 || (chunk[i] !== BANG && chunk[i] !== QUESTION)) {
          // Most of a sheet is tags: take a run of plain bytes at once.
          let stop = i;
          for (let b = chunk[stop]; stop < chunk.length && b !== GT && b !== QUOTE && b !== APOSTROPHE; b = chunk[++stop]);
          this.addRange(chunk, i, stop);
          i = stop;
          if (i === chunk.length) return;
        }
        const b = chunk[i++];
        if (this.length === 0 && b === BANG) this.state = State.Bang;
        else if (this.length === 0 && b === QUESTION) this.skipTo('?>');
        else if (b === GT) {
          this.emit();
          this.state = State.Text;
        } else {
          if (b === QUOTE || b === APOSTROPHE) {
            this.quote = b;
            this.state = State.Quoted;
          }
          this.add(b);
        }
      } else if (this.state === State.Quoted) {
        const close = chunk.indexOf(this.quote, i);
        const stop = close < 0 ? chunk.length : close + 1;
        this.addRange(chunk, i, stop);
        i = stop;
        if (close >= 0) this.state = State.Tag;
      } else if (this.state === State.Bang) {
        const b = chunk[i++];
        if (b === GT) {
          this.state = State.Text;
          continue;
        }
        this.add(b);
        const seen = this.tag.subarray(0, this.length);
        if (this.length === COMMENT.length && seen.every((b, k) => b === COMMENT[k])) this.skipTo('-->');
        else if (this.length === CDATA.length && seen.every((b, k) => b === CDATA[k])) this.skipTo(']]>');
        else if (!seen.every((b, k) => b === COMMENT[k]) && !seen.every((b, k) => b === CDATA[k])) this.skipTo('>');
      } else {
        const t = this.terminator;
        const b = chunk[i++];
        // A run of the terminator's first character ("--->", "]]]>") keeps what was matched.
        if (b === t[this.matched]) this.matched++;
        else this.matched = b === t[0] ? (this.matched > 0 && t[this.matched - 1] === b ? this.matched : 1) : 0;
        if (this.matched === t.length) this.state = State.Text;
      }
    }
  }
}
