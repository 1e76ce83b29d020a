import fc from 'fast-check';
import { parseReport, renderRecommendations, textKey, wordSimilarity } from '../../../src/core/report';
import { scanWork } from '../../../src/core/report/reportLines';
import { reportText } from './_fixtures';

// Text made of the pieces reports are made of, so the generator reaches the parser's branches: lead-ins,
// bullets of every kind, hyphenated line ends, blank lines, page breaks, headings, fixture lines.
const fixtureLines = [...reportText('helsingborg').split('\n'), ...reportText('huddinge').split('\n'), ...reportText('haninge').split('\n')].filter((l) => l.trim() !== '');
const leadIn = fc.constantFrom(
  'Vi rekommenderar kommunstyrelsen att:',
  'Mot bakgrund av granskningen rekommenderar vi övriga nämnder att:',
  'Revisionsgrupp 2 rekommenderar att nämnderna i enlighet med kommunens\nmålstruktur säkerställer att:',
  'Vi rekommenderar kommunstyrelsen och kultur- och fritidsnämnden att:',
  'Vi rekommenderar att:',
);
const glyph = fc.constantFrom('- ', '• ', '\uf0a7 ', ' \uf0a7 ', '\uf084 ', '– ', '1. ', 'o ', ' ');
const word = fc.oneof(
  fc.constantFrom(
    'Säkerställa',
    'Tydliggöra',
    'rutiner',
    'för',
    'att',
    'och',
    'it-styrning',
    'PM3-modellen',
    'kultur- och',
    'digitalisering3',
    '2025',
    'nytto-\nkalkyl',
    'SKR',
    'i',
    'attest.',
  ),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const lineBreak = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\n\f\n');
const item = fc.tuple(glyph, fc.array(fc.tuple(word, lineBreak), { minLength: 1, maxLength: 12 })).map(
  ([g, ws]) =>
    g +
    ws
      .map(([w, b]) => w + b)
      .join('')
      .trim(),
);
const list = fc.tuple(leadIn, fc.constantFrom('\n', '\n\n'), fc.array(item, { minLength: 1, maxLength: 8 })).map(([l, sep, items]) => l + sep + items.join('\n'));
const noise = fc.oneof(fc.constantFrom(...fixtureLines), fc.constantFrom('## 2 Bakgrund', 'Bakgrund', 'Revisorerna önskar svar.', ':', '\f'), fc.string({ maxLength: 30 }));
const reportLike = fc
  .array(fc.oneof(list, noise, noise), { maxLength: 12 })
  .chain((blocks) =>
    fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: blocks.length, maxLength: blocks.length }).map((seps) => blocks.map((b, i) => b + seps[i]).join('')),
  );
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), reportLike);

describe('parseReport properties', () => {
  test('any text parses without throwing, into numbered recommendations with non-empty text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseReport(text);
        parsed.recommendations.forEach((r, i) => {
          expect(r.nr).toBe(i + 1);
          expect(r.text.trim()).not.toBe('');
        });
      }),
      { numRuns: 400 },
    );
  });

  test('the generator reaches the interesting cases (else the properties below prove little)', () => {
    const samples = fc.sample(reportLike, { numRuns: 300, seed: 1 });
    const found = samples.filter((t) => parseReport(t).recommendations.length > 0).length;
    expect(found).toBeGreaterThan(30);
  });

  test('parsing is idempotent on its own rendered output', () => {
    // Rendering puts recommendations with other addressees under lead-ins of their own, where they are
    // compared with the ones before (a later list is how reports repeat recommendations). Items one list
    // gave side by side that are that similar (same word set, say) are then one recommendation with a
    // variant, as in a report; such texts are checked from the second round on.
    fc.assert(
      fc.property(reportLike, (text) => {
        const first = parseReport(text).recommendations;
        const keys = first.map((r) => textKey(r.text));
        const close = keys.some((a, i) => keys.some((b, j) => j < i && wordSimilarity(a, b) >= 0.6));
        const base = close ? parseReport(renderRecommendations(first)).recommendations : first;
        const again = parseReport(renderRecommendations(base)).recommendations;
        expect(again.map((r) => [r.nr, r.addressees, r.text])).toEqual(base.map((r) => [r.nr, r.addressees, r.text]));
      }),
      { numRuns: 400 },
    );
  });

  test('the work grows linearly: lines visited and words compared stay within a constant per line', () => {
    // Counted, not timed (timings belong in npm run bench): each text repeated 50 times must not cost more
    // per line than a small constant, whatever it contains.
    fc.assert(
      fc.property(reportLike, (text) => {
        const big = Array.from({ length: 50 }, () => text).join('\n');
        scanWork.steps = 0;
        parseReport(big);
        const lines = big.split(/\r\n?|\n|\f/).length;
        expect(scanWork.steps).toBeLessThanOrEqual(60 * lines + 10_000);
      }),
      { numRuns: 60 },
    );
  });

  test('adversarial shapes stay linear too: long blank runs, one huge line, thousands of lead-ins', () => {
    const shapes = [
      `Vi rekommenderar kommunstyrelsen att:\n${'\n'.repeat(200_000)}- Göra A.`,
      `${'ord '.repeat(250_000)}rekommenderar vi kommunstyrelsen att:`,
      'Vi rekommenderar kommunstyrelsen att:\n'.repeat(20_000),
      // Flattened text: one huge line of lead-ins and inline items, and one of lone bullets and page marks.
      `${'Vi rekommenderar kommunstyrelsen att: - Göra A. - Göra B. Text 3 (11) POSTADRESS Box 1 '.repeat(20_000)}`,
      '•\n\n3 (11)\n\n'.repeat(20_000),
      `Vi rekommenderar kommunstyrelsen att:\n${Array.from({ length: 5000 }, (_, i) => `- Göra sak nummer ${i} med ord ${i % 7}.`).join('\n')}\n\nVi rekommenderar kommunstyrelsen att:\n${'Ett stycke som inte är en rekommendation.\n\n'.repeat(5000)}`,
    ];
    for (const text of shapes) {
      scanWork.steps = 0;
      parseReport(text);
      expect(scanWork.steps).toBeLessThanOrEqual(60 * text.split('\n').length + 10_000);
    }
  });
});
