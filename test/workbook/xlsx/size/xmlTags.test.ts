import { strToU8 } from 'fflate';
import { XmlTagScanner } from '../../../../src/workbook/xlsx/size/xmlTags';

/* The tag scanner sees the same tags however the inflated XML is cut into pieces. */

const XML =
  '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x><x:worksheet xmlns:x="urn:x"><!-- <c r="Z9"> --->' +
  `<x:sheet name='Kultur &amp; fritid "2025"' ns2:id="rId3" a=">"/><row r="2"><c r="XFD2"><v>1&lt;2</v></c></row>` +
  '<t><![CDATA[<c r="A1">]]]></t><s name="Åsa &#x263A;"/><?pi <c> ?></x:worksheet>';

function tagsOf(pieces: Uint8Array[]) {
  const seen: string[] = [];
  const scanner = new XmlTagScanner((tag) => {
    const attrs = tag.name === 'sheet' ? ` ${tag.attribute('name')}|${tag.attribute('*:id')}|${tag.attribute('a')}` : tag.name === 's' ? ` ${tag.attribute('name')}` : '';
    const r = tag.attribute('r');
    seen.push(`${tag.end ? '/' : ''}${tag.name}${tag.selfClosing ? '/' : ''}${r ? ` ${r}` : ''}${attrs}`);
  });
  for (const piece of pieces) scanner.push(piece);
  return seen;
}

test('start, end and empty tags with their attributes; comments, CDATA, declarations and processing instructions skipped', () => {
  expect(tagsOf([strToU8(XML)])).toEqual(['worksheet', 'sheet/ Kultur & fritid "2025"|rId3|>', 'row 2', 'c XFD2', 'v', '/v', '/c', '/row', 't', '/t', 's/ Åsa ☺', '/worksheet']);
});

test('the same tags when the XML arrives a byte, or any few bytes, at a time', () => {
  const bytes = strToU8(XML);
  const whole = tagsOf([bytes]);
  for (const size of [1, 2, 3, 7, 13]) {
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
    expect(tagsOf(pieces)).toEqual(whole);
  }
});
