/**
 * A name as people tell names apart, for comparing nämnder, Mottagare and file names: NFC (a name typed
 * on a Mac may arrive decomposed, "a" + ring instead of "å"), any case, no white space.
 *
 * @example
 * nameKey('Social nämnden') === nameKey('socialnämnden'.normalize('NFD')) //=> true
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, '');
}
