/*
 * A generator of prose follow-up reports: granskningar × recommendation forms × verdict forms (a sentence,
 * "Bedömning: …", a status column, a verdict bullet naming its recommendation) × wrapping, with the verdict
 * each recommendation should get.
 */
import fc from 'fast-check';
import type { FollowUpStatus } from '../../../src/core/status/FollowUpStatus';

export interface ExpectedVerdict {
  granskning: number;
  text: string;
  verdict: FollowUpStatus;
}

export interface FollowUpLayout {
  text: string;
  expected: ExpectedVerdict[];
}

const VERDICT_SENTENCES: Record<Exclude<FollowUpStatus, 'Ej bedömd'>, string[]> = {
  Åtgärdad: ['Vi bedömer att {body} har vidtagit åtgärder med anledning av rekommendationen.', 'Revisorerna bedömer att {body} har beaktat rekommendationen.'],
  'Delvis åtgärdad': [
    'Vi bedömer att {body} inte helt har vidtagit åtgärder.',
    'Vi bedömer att {body} delvis har vidtagit åtgärder.',
    'Vi bedömer att {body} till viss del har beaktat rekommendationen.',
  ],
  'Ej åtgärdad': ['Vi bedömer att {body} inte har vidtagit åtgärder.', 'Vi bedömer att {body} ej har vidtagit några åtgärder med anledning av rekommendationen.'],
};
const STATUS_WORDS: Record<Exclude<FollowUpStatus, 'Ej bedömd'>, string[]> = {
  Åtgärdad: ['Åtgärdad', 'Åtgärdat'],
  'Delvis åtgärdad': ['Delvis åtgärdad', 'Delvis åtgärdat'],
  'Ej åtgärdad': ['Ej åtgärdad', 'Inte åtgärdad'],
};
const TOPICS = ['upphandling', 'informationssäkerhet', 'löneprocessen', 'bisysslor', 'attestrutiner', 'intern kontroll'];
const VERBS = ['Säkerställa', 'Upprätta', 'Dokumentera', 'Tydliggöra', 'Införa', 'Utveckla'];
const OBJECTS = [
  'rutiner för uppföljning av avtal',
  'en plan för kontinuitet',
  'behörighetstilldelningen i systemen',
  'ansvarsfördelningen mellan förvaltningarna',
  'kontroller av utbetalningar',
];
const BODIES = ['kommunstyrelsen', 'nämnden', 'socialnämnden'];

const verdict = fc.constantFrom<Exclude<FollowUpStatus, 'Ej bedömd'>>('Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad');
const recommendation = fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS)).map(([v, o]) => `${v} ${o}`);
const form = fc.constantFrom('label+sentence', 'label+bedömning', 'status column', 'verdict bullet');

/** One prose follow-up report and the verdicts it states. */
export const followUpLayout: fc.Arbitrary<FollowUpLayout> = fc
  .record({
    granskningar: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 4 }),
    body: fc.constantFrom(...BODIES),
    year: fc.integer({ min: 2019, max: 2023 }),
    items: fc.array(fc.tuple(fc.uniqueArray(recommendation, { minLength: 1, maxLength: 4 }), fc.array(verdict, { minLength: 4, maxLength: 4 }), form, fc.nat(10)), {
      minLength: 4,
      maxLength: 4,
    }),
    wrap: fc.boolean(),
  })
  .map((g) => {
    const lines = ['Uppföljning av tidigare granskningar 2025', '', 'Revisorerna har följt upp tidigare granskningar.', ''];
    const expected: ExpectedVerdict[] = [];
    g.granskningar.forEach((topic, k) => {
      const [recs, verdicts, kind, pick] = g.items[k];
      lines.push(`${k + 1}. Granskning av ${topic} (${g.year})`, '');
      recs.forEach((rec, n) => {
        const v = verdicts[n];
        const sentence = VERDICT_SENTENCES[v][pick % VERDICT_SENTENCES[v].length].replace('{body}', g.body);
        if (kind === 'label+sentence') {
          lines.push(`Rekommendation ${n + 1}: ${rec}.`);
          if (g.wrap) {
            const cut = sentence.indexOf(' ', 30);
            lines.push(sentence.slice(0, cut), sentence.slice(cut + 1));
          } else lines.push(sentence);
          lines.push('');
          expected.push({ granskning: k + 1, text: `${rec}.`, verdict: v });
        } else if (kind === 'label+bedömning') {
          lines.push(`Rekommendation ${n + 1}: ${rec}. Bedömning: ${STATUS_WORDS[v][pick % 2]}.`);
          expected.push({ granskning: k + 1, text: `${rec}.`, verdict: v });
        } else if (kind === 'status column') {
          lines.push(`${rec} ${STATUS_WORDS[v][pick % 2]}`);
          expected.push({ granskning: k + 1, text: rec, verdict: v });
        } else {
          const about = `${rec.charAt(0).toLocaleLowerCase('sv')}${rec.slice(1)}`;
          lines.push(`• ${sentence.replace(/\.$/, '').replace(/ med anledning av rekommendationen$/, '')} med anledning av rekommendationen att ${about}.`);
          expected.push({ granskning: k + 1, text: `${rec}.`, verdict: v });
        }
      });
      lines.push('');
    });
    return { text: lines.join('\n'), expected };
  });
