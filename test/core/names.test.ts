import { distinctFileNames, fileNameFor, nameKey, recipientsOf } from '../../src/core';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('one rule for a nämnd name as a file name (issue 22)', () => {
  test('separators and Windows-forbidden characters replaced, never a folder or a split', () => {
    expect(fileNameFor('Kultur & fritidsnämnden')).toBe('Kultur & fritidsnämnden');
    expect(fileNameFor('a/b')).toBe('a-b');
    expect(fileNameFor('../../tmp/evil')).not.toMatch(/[/\\]/);
    expect(fileNameFor('Bygg: "plan" <x>|y?*')).toBe('Bygg- -plan- -x--y--');
  });

  test('reserved device names, also with an extension, and trailing dots and spaces', () => {
    expect(fileNameFor('CON')).toBe('CON_');
    expect(fileNameFor('nul.txt')).toBe('nul.txt_');
    expect(fileNameFor('COM1')).toBe('COM1_');
    expect(fileNameFor('Nämnden. . ')).toBe('Nämnden');
    expect(fileNameFor(' . ')).toBe('Namnd');
  });

  test('cut at a whole grapheme within 150 bytes: no broken emoji, room for the extension', () => {
    const long = `${'Socialnämnden 👩‍👩‍👧 '.repeat(20)}`;
    const name = fileNameFor(long);
    expect(utf8(name)).toBeLessThanOrEqual(150);
    expect(name).not.toContain('\ufffd');
    expect(long.startsWith(name)).toBe(true);
    // Every family emoji kept whole: as many ZWJ sequences as ZWJ pairs.
    expect((name.match(/👩‍👩‍👧/gu) ?? []).length * 2).toBe((name.match(/\u200d/g) ?? []).length);
    expect(fileNameFor('x'.repeat(300)).length).toBe(150);
  });

  test('NFC, and names that map to one file made distinct', () => {
    const nfd = 'Socialnämnden'.normalize('NFD');
    expect(fileNameFor(nfd)).toBe('Socialnämnden'.normalize('NFC'));
    expect(nameKey(nfd)).toBe(nameKey('socialnämnden'));
    expect(distinctFileNames(['Socialnämnden', nfd, 'SOCIALNÄMNDEN', 'a/b', 'a:b'])).toEqual(['Socialnämnden', 'Socialnämnden (2)', 'SOCIALNÄMNDEN (3)', 'a-b', 'a-b (2)']);
  });

  test('a Mottagare splits at & / och samt only after a whole body name', () => {
    expect(recipientsOf('Kultur & fritidsnämnden', [])).toEqual(['Kultur & fritidsnämnden']);
    expect(recipientsOf('Kultur och fritidsnämnden', [])).toEqual(['Kultur och fritidsnämnden']);
    expect(recipientsOf('a/b', [])).toEqual(['a/b']);
    expect(recipientsOf('Kommunstyrelsen/Socialnämnden och Byggnadsnämnden', [])).toEqual(['Kommunstyrelsen', 'Socialnämnden', 'Byggnadsnämnden']);
    expect(recipientsOf('KS & BUN', [])).toEqual(['KS', 'BUN']);
    expect(recipientsOf('Socialnämnden'.normalize('NFD'), ['Socialnämnden'])).toEqual(['Socialnämnden']);
  });
});
