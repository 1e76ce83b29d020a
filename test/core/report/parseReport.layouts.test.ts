import fc from 'fast-check';
import { parseReport } from '../../../src/core/report';
import { reportLayout } from './reportLayouts';

describe('parseReport on generated report layouts', () => {
  test('every generated recommendation is recovered exactly, with its addressees, and nothing else', () => {
    fc.assert(
      fc.property(reportLayout, (layout) => {
        const found = parseReport(layout.text).recommendations.map((r) => ({ text: r.text, addressees: r.addressees }));
        expect(found).toEqual(layout.expected);
      }),
      { numRuns: 1500, seed: 14 },
    );
  });

  test('recall and precision over 2000 layouts (printed), both 1', () => {
    const samples = fc.sample(reportLayout, { numRuns: 2000, seed: 2026 });
    let expected = 0;
    let found = 0;
    let correct = 0;
    const features = new Map<string, number>();
    for (const layout of samples) {
      for (const f of layout.features) features.set(f, (features.get(f) ?? 0) + 1);
      const recs = parseReport(layout.text).recommendations;
      expected += layout.expected.length;
      found += recs.length;
      const wanted = new Set(layout.expected.map((e) => `${e.addressees.join('|')}§${e.text}`));
      correct += recs.filter((r) => wanted.has(`${r.addressees.join('|')}§${r.text}`)).length;
    }
    const recall = correct / expected;
    const precision = found === 0 ? 0 : correct / found;
    console.log(
      `Genererade rapportlayouter: ${samples.length} rapporter, ${expected} rekommendationer; täckning (recall) ${recall.toFixed(4)}, precision ${precision.toFixed(4)}.\n` +
        [...features]
          .sort((a, b) => a[0].localeCompare(b[0], 'sv'))
          .map(([f, n]) => `  ${f}: ${n}`)
          .join('\n'),
    );
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});
