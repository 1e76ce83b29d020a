/*
 * The one rule that turns a nämnd's name into a file name, for every command and the pane: the name kept
 * whole (never split into several files or into folders), safe on Windows, macOS and Linux.
 */

/** Bytes of UTF-8 a name may take: room for " (12)", ".xlsx" or ".pdf" and a temporary file's prefix within 255. */
const MAX_BYTES = 150;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** UTF-8 bytes of a string, counted by code point (the core has no TextEncoder). */
function utf8Length(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` that is whole graphemes (an emoji, a letter with its accents) within `bytes`. */
function cutAtGrapheme(text: string, bytes: number): string {
  if (utf8Length(text) <= bytes) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter('sv', { granularity: 'grapheme' }).segment(text)) {
    if (utf8Length(out + segment) > bytes) break;
    out += segment;
  }
  return out;
}

/**
 * A nämnd's name as a file name without extension: NFC; path separators and the characters Windows forbids
 * (< > : " / \ | ? *) and control characters as "-"; no leading or trailing dots or spaces; cut at a whole
 * grapheme within 150 bytes; never a reserved device name (CON, NUL, COM1 …, also with an extension).
 *
 * @param name - The nämnd's name.
 * @param fallback - For a name with nothing left.
 * @returns The file name without extension.
 * @example
 * fileNameFor('Kultur & fritid/idrott') //=> 'Kultur & fritid-idrott'
 * fileNameFor('NUL') //=> 'NUL_'
 */
export function fileNameFor(name: string, fallback = 'Namnd'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\p{Cc}/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = cutAtGrapheme(cleaned, MAX_BYTES).replace(/[.\s]+$/g, '');
  const safe = cut === '' ? fallback : cut;
  return RESERVED.test(safe) ? `${safe}_` : safe;
}

/**
 * File names (without extension) for several names, distinct as file systems compare them (any case,
 * NFC): " (2)", " (3)" … where two would otherwise be the same file.
 *
 * @param names - The names, in order.
 * @returns One file name per name, in order.
 * @example
 * distinctFileNames(['Kultur/fritid', 'kultur-fritid']) //=> ['Kultur-fritid', 'kultur-fritid (2)']
 */
export function distinctFileNames(names: readonly string[]): string[] {
  // As Windows and macOS compare file names: any case (the names are NFC already).
  const key = (s: string) => s.toLocaleLowerCase('sv');
  const used = new Set<string>();
  return names.map((raw) => {
    const base = fileNameFor(raw);
    let name = base;
    for (let n = 2; used.has(key(name)); n++) name = `${base} (${n})`;
    used.add(key(name));
    return name;
  });
}
