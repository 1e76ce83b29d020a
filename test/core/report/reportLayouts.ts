/*
 * A generator of report layouts: lead-in forms × bullet styles × wrapping × repeated lists × page furniture ×
 * flattened text × headings after lists. Each generated report comes with the recommendations it holds, so a
 * property test can check that exactly those are recovered, with their addressees.
 */
import fc from 'fast-check';

export interface Expected {
  text: string;
  addressees: string[];
}

export interface Layout {
  text: string;
  expected: Expected[];
  /** Which features it uses, for the figures a test prints. */
  features: string[];
}

/** Addressees as the lead-in writes them and as the parser should give them. */
const BODIES: { written: string; expected: string[] }[] = [
  { written: 'kommunstyrelsen', expected: ['Kommunstyrelsen'] },
  { written: 'socialnämnden', expected: ['Socialnämnden'] },
  { written: 'övriga nämnder', expected: ['Övriga nämnder'] },
  { written: 'samtliga nämnder', expected: ['Samtliga nämnder'] },
  { written: 'nämnderna', expected: ['Nämnderna'] },
  { written: 'kommunstyrelsen och kultur- och fritidsnämnden', expected: ['Kommunstyrelsen', 'Kultur- och fritidsnämnden'] },
  { written: 'Haninge Bostäder AB', expected: ['Haninge Bostäder AB'] },
  { written: 'Södertörns överförmyndarnämnd', expected: ['Södertörns överförmyndarnämnd'] },
];

type LeadInForm = (who: string) => string;
const LEAD_INS: [string, LeadInForm][] = [
  ['rekommenderar vi X att', (who) => `Mot bakgrund av granskningen rekommenderar vi ${who} att:`],
  ['X rekommenderas att', (who) => `${capital(who)} rekommenderas att:`],
  ['lämnar följande rekommendationer till X', (who) => `Utifrån granskningen lämnar vi följande rekommendationer till ${who}:`],
  ['revisorerna rekommenderar X att', (who) => `Revisorerna rekommenderar ${who} att:`],
  ['rekommendationer till X', (who) => `Rekommendationer till ${who}:`],
];

const VERBS = ['Säkerställa', 'Tydliggöra', 'Upprätta', 'Utveckla', 'Fastställa', 'Dokumentera', 'Införa', 'Följa upp'];
const OBJECTS = [
  'rutiner för intern kontroll',
  'ansvarsfördelningen mellan förvaltningarna',
  'en plan för informationssäkerhet',
  'uppföljningen av avtal',
  'kompetensförsörjningen inom IT-området',
  'dokumentationen av beslut',
  'styrningen av digitaliseringsarbetet',
  'riskanalysen inför internkontrollplanen',
];
const TAILS = ['', ' så att nämnden kan följa upp arbetet', ' i enlighet med kommunens riktlinjer', ' och rapportera resultatet till kommunstyrelsen årligen'];

const BULLETS: [string, (k: number) => string][] = [
  ['-', () => '- '],
  ['•', () => '• '],
  ['–', () => '– '],
  ['*', () => '* '],
  ['▪', () => '▪ '],
  ['U+F0A7', () => '\uf0a7 '],
  ['o+tab', () => 'o\t'],
  ['1.', (k) => `${k + 1}. `],
  ['a)', (k) => `${'abcdefgh'[k]}) `],
  ['alone', () => '•\n'],
];

const FURNITURE = ['3 (11)', 'Sida 4 av 12', 'POSTADRESS Box 123, 136 81 Haninge TELEFON 08-606 70 00'];
const HEADINGS = ['Inledning', 'Bakgrund', '2 Inledning ..... 4', '## 2 Bakgrund', 'Revisionsfrågor'];

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/** Wraps a text at word boundaries into lines of about `width` characters, hyphenating one long word. */
function wrap(text: string, width: number, hyphenate: boolean): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + word.length + 1 > width) {
      if (hyphenate && word.length >= 10 && /^\p{Ll}+$/u.test(word)) {
        const cut = Math.floor(word.length / 2);
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const recommendation = fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.constantFrom(...TAILS)).map(([verb, object, tail]) => `${verb} ${object}${tail}.`);

/** One report layout with its expected recommendations. */
export const reportLayout: fc.Arbitrary<Layout> = fc
  .record({
    body: fc.constantFrom(...BODIES),
    leadIn: fc.constantFrom(...LEAD_INS),
    bullet: fc.constantFrom(...BULLETS),
    items: fc.uniqueArray(recommendation, { minLength: 1, maxLength: 6 }),
    width: fc.constantFrom(0, 50, 70),
    hyphenate: fc.boolean(),
    pageBreakIn: fc.option(fc.nat(5), { nil: undefined }),
    furniture: fc.constantFrom(...FURNITURE),
    repeated: fc.boolean(),
    flattened: fc.boolean(),
    heading: fc.constantFrom(...HEADINGS),
    subject: fc.boolean(),
  })
  .map((g) => {
    const features = [`inledning: ${g.leadIn[0]}`, `punkt: ${g.bullet[0]}`];
    const expected = g.items.map((text) => ({ text, addressees: g.body.expected }));
    // The body as each item's subject ("Kommunstyrelsen bör säkerställa …") under an announcing sentence.
    const subjectForm = g.subject && g.body.expected.length === 1 && !g.flattened;
    if (subjectForm) features.push('mottagare som subjekt');
    const itemText = (text: string) => (subjectForm ? `${g.body.expected[0]} bör ${text.charAt(0).toLocaleLowerCase('sv')}${text.slice(1)}` : text);
    if (subjectForm) expected.forEach((e, k) => (e.text = itemText(g.items[k])));
    const leadIn = subjectForm ? `Utifrån granskningen lämnar vi följande ${g.items.length === 1 ? 'rekommendation' : 'rekommendationer'}.` : g.leadIn[1](g.body.written);

    const list: string[] = [leadIn, ''];
    g.items.forEach((text, k) => {
      const lines = g.width === 0 ? [itemText(text)] : wrap(itemText(text), g.width, g.hyphenate);
      if (g.width > 0) features.push('radbrytning');
      lines.forEach((line, n) => {
        if (n === 0) list.push(`${g.bullet[1](k)}${line}`);
        else {
          // A page break inside an item: footer, page number and header between its lines.
          if (g.pageBreakIn === k && n === 1) {
            list.push('', g.furniture, '', '\f');
            features.push('sidfot i punkt');
          }
          list.push(line);
        }
      });
    });
    list.push('', g.heading, '', 'Granskningen har genomförts genom intervjuer och dokumentstudier.');
    features.push('rubrik efter listan');
    const intro = ['Granskning av intern kontroll', '', 'Revisorerna har granskat nämndernas arbete.', ''];
    let text = [...intro, ...list, ...(g.repeated ? ['', ...list] : [])].join('\n');
    if (g.repeated) features.push('upprepad lista');
    if (g.flattened && g.bullet[0] !== 'alone' && g.bullet[0] !== 'o+tab' && !/^\d|^[a-h]\)/.test(g.bullet[1](0))) {
      // The whole PDF on one line, page furniture running into the text.
      const sep = g.bullet[1](0).trim();
      const flat = [leadIn, ...g.items.map((t) => `${sep} ${t}`), g.furniture, '2 (11)', 'Inledning Granskningen har genomförts genom intervjuer.'].join(' ');
      text = [...intro, flat].join('\n');
      features.length = 0;
      features.push(`inledning: ${g.leadIn[0]}`, `utplattad text med ${sep}`);
    }
    return { text, expected, features };
  });
