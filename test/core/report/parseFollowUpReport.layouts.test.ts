import fc from 'fast-check';
import { parseFollowUpReport } from '../../../src/core/report';
import { followUpLayout } from './followUpLayouts';

const found = (text: string) =>
  (parseFollowUpReport(text)?.recommendations ?? []).filter((r) => r.verdict !== undefined).map((r) => ({ granskning: r.granskning, text: r.text, verdict: r.verdict }));

describe('parseFollowUpReport on generated prose follow-ups', () => {
  test('every stated verdict is recovered with its recommendation and granskning, and nothing else', () => {
    fc.assert(
      fc.property(followUpLayout, (layout) => {
        expect(found(layout.text)).toEqual(layout.expected);
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  test('recall and precision over 1000 follow-ups (printed), both 1', () => {
    let expected = 0;
    let got = 0;
    let correct = 0;
    for (const layout of fc.sample(followUpLayout, { numRuns: 1000, seed: 2026 })) {
      const verdicts = found(layout.text);
      const wanted = new Set(layout.expected.map((e) => `${e.granskning}|${e.verdict}|${e.text}`));
      expected += layout.expected.length;
      got += verdicts.length;
      correct += verdicts.filter((v) => wanted.has(`${v.granskning}|${v.verdict}|${v.text}`)).length;
    }
    const recall = correct / expected;
    const precision = got === 0 ? 0 : correct / got;
    console.log(`Genererade uppföljningar: ${expected} bedömningar; täckning (recall) ${recall.toFixed(4)}, precision ${precision.toFixed(4)}.`);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});
