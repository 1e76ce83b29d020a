import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { parseFollowUpReport } from '../../../src/core/report/parseFollowUpReport';
import type { FollowUpReport } from '../../../src/core/report/FollowUpReport';
import type { FollowUpStatus } from '../../../src/core/status/FollowUpStatus';

const FIXTURE = 'haninge-uppfoljning-granskningar-2024.txt';
const localFixture = path.join(__dirname, '../../fixtures/reports', FIXTURE);
const sharedFixture = path.join(__dirname, '../../../../shared/fixtures/reports', FIXTURE);
const reportText = fs.readFileSync(fs.existsSync(localFixture) ? localFixture : sharedFixture, 'utf8');

interface TruthRow {
  title: string;
  nr: number;
  verdict: FollowUpStatus;
  perRecommendation: boolean;
}

/** The ground truth: "granskning;rekommendation;bedömning 2024;per rekommendation i rapporten". */
function readTruth(): TruthRow[] {
  const csv = fs.readFileSync(path.join(__dirname, '../../fixtures/haninge-2024-uppfoljning.csv'), 'utf8');
  return csv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [title, nr, verdict, note] = line.split(';');
      return { title: title.trim(), nr: Number(nr), verdict: canonicalVerdict(verdict), perRecommendation: note.trim().startsWith('ja') };
    });
}

/** The CSV's typed verdicts ("ÅTGÄRDAD", "åtgärdat ", "delvis åtgärdat") as canonical ones. */
function canonicalVerdict(typed: string): FollowUpStatus {
  const key = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  const map: Record<string, FollowUpStatus> = {
    åtgärdad: 'Åtgärdad',
    åtgärdat: 'Åtgärdad',
    'delvis åtgärdad': 'Delvis åtgärdad',
    'delvis åtgärdat': 'Delvis åtgärdad',
    'ej åtgärdad': 'Ej åtgärdad',
    'ej åtgärdat': 'Ej åtgärdad',
  };
  const verdict = map[key];
  if (!verdict) throw new Error(`Okänd bedömning i facit: ${typed}`);
  return verdict;
}

const truth = readTruth();
const truthTitles = [...new Set(truth.map((row) => row.title))];
const AGENDA_2030 = 5;

describe('parseFollowUpReport on the Haninge follow-up 2024 (EY)', () => {
  let report: FollowUpReport;
  beforeAll(() => {
    report = parseFollowUpReport(reportText)!;
  });

  test('is recognised, round 2024', () => {
    expect(report).toBeDefined();
    expect(report.round).toBe('2024');
  });

  test('7 granskningar with their titles, years and recommendation counts', () => {
    expect(report.granskningar.map((g) => g.nr)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(report.granskningar.map((g) => `${g.title} (${g.year})`)).toEqual(truthTitles);
    expect(report.granskningar.map((g) => g.recommendationCount)).toEqual([7, 8, 3, 5, 13, 3, 5]);
    expect(report.recommendations).toHaveLength(44);
    for (const g of report.granskningar) {
      expect(report.recommendations.filter((r) => r.granskning === g.nr)).toHaveLength(g.recommendationCount);
    }
  });

  test('counts from the summary table sum to 31 / 13 / 0 and match each granskning', () => {
    const sum = { Åtgärdad: 0, 'Delvis åtgärdad': 0, 'Ej åtgärdad': 0 };
    for (const g of report.granskningar) {
      expect(g.counts).toBeDefined();
      sum['Åtgärdad'] += g.counts!['Åtgärdad'];
      sum['Delvis åtgärdad'] += g.counts!['Delvis åtgärdad'];
      sum['Ej åtgärdad'] += g.counts!['Ej åtgärdad'];
      const total = g.counts!['Åtgärdad'] + g.counts!['Delvis åtgärdad'] + g.counts!['Ej åtgärdad'];
      expect(total).toBe(g.recommendationCount);
    }
    expect(sum).toEqual({ Åtgärdad: 31, 'Delvis åtgärdad': 13, 'Ej åtgärdad': 0 });
    expect(report.granskningar[AGENDA_2030 - 1].counts).toEqual({ Åtgärdad: 3, 'Delvis åtgärdad': 10, 'Ej åtgärdad': 0 });
  });

  test('every (granskning, recommendation) of the ground truth appears exactly once', () => {
    const keys = report.recommendations.map((r) => `${truthTitles[r.granskning - 1]}#${r.nr}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(truth.map((row) => `${row.title}#${row.nr}`).sort());
  });

  test('every assigned verdict equals the ground truth, and all that the report states per recommendation are assigned', () => {
    let assigned = 0;
    for (const row of truth) {
      const g = truthTitles.indexOf(row.title) + 1;
      const rec = report.recommendations.find((r) => r.granskning === g && r.nr === row.nr)!;
      if (rec.verdict !== undefined) {
        assigned++;
        expect([g, row.nr, rec.verdict]).toEqual([g, row.nr, row.verdict]);
      }
      expect([g, row.nr, rec.verdict !== undefined]).toEqual([g, row.nr, row.perRecommendation]);
    }
    expect(assigned).toBe(31);
  });

  test('exactly the 13 Agenda 2030 recommendations are unassigned, with a Swedish reason', () => {
    expect(report.unassigned.map((u) => [u.granskning, u.nr])).toEqual(Array.from({ length: 13 }, (_, k) => [AGENDA_2030, k + 1]));
    for (const u of report.unassigned) {
      expect(u.reason).toBe(
        'Rapporten anger bara antalet per bedömning (3 åtgärdade, 10 delvis åtgärdade) för granskningen, ' + 'inte vilken rekommendation som har vilken bedömning.',
      );
    }
    expect(report.recommendations.filter((r) => r.granskning === AGENDA_2030).every((r) => r.verdict === undefined)).toBe(true);
  });

  test('the partly done recommendation is the one the assessment names', () => {
    const partly = report.recommendations.filter((r) => r.verdict === 'Delvis åtgärdad').map((r) => [r.granskning, r.nr]);
    expect(partly).toEqual([
      [1, 4],
      [4, 5],
      [6, 3],
    ]);
  });

  test.each([
    [1, 1, 'Fastställa konkreta och relevanta åtgärder i syfte att stärka styrningen och för att bidra till en stärkt intern kontroll.'],
    [
      1,
      5,
      'Tydliggöra uppföljningen av misstänkta ärenden med felaktiga utbetalningar och beslut om återkrav utifrån en prioriteringsordning baserat på ärendets ålder i fastställda rutiner.',
    ],
    [1, 7, 'Säkerställa att det stöd som ges till medarbetare efter situationer innefattandes hot eller våld är tillräckligt.'],
    [2, 4, 'Stärka avvikelsehanteringen och uppföljningen avseende skyddade personuppgifter.'],
    [2, 8, 'Överväga en ”compliancefunktion” med ansvar för strukturerad uppföljning av tillämpning av styrande dokument avseende skyddade personuppgifter.'],
    [
      3,
      2,
      'Säkerställa arbetsformer och/eller digitala verktyg som möjliggör en uppföljning om utredningen lett till eleven är åter och skolplikten fullgörs, vilket inkluderar de fristående skolorna.',
    ],
    [
      3,
      3,
      'Utifrån tillgänglig frånvarostatistik genomföra såväl kommunövergripande som skolspecifika analyser av frånvaron i syfte att öka närvaron och stärka det förebyggande arbetet. Vid regelbundna mätpunkterna enligt aktuellt årshjul se över möjligheten att dela upp statistiken på exempelvis kön, årskurs samt frånvarons omfattning.',
    ],
    [5, 5, 'Revidera det klimat- och miljöpolitiska programmet och säkerställa att korrekt information finns avseende de indikatorer som ska rapporteras i årsredovisningen.'],
    [
      5,
      11,
      'Öka kompetensen kring hållbarhetsperspektivet i upphandlingar hos inköpare och tjänstepersoner i förvaltningarna som medverkar i upphandlingar, och införa en egenkontroll med syfte att säkerställa att hållbarhetskrav ställs i upphandlingar.',
    ],
    [5, 13, 'Säkerställa att samtliga mål i hållbarhetsrelaterade styrdokument omhändertas och integreras i verksamhetsplaneringen och verksamhetsstyrningen.'],
    [
      6,
      3,
      'Riktlinjer för informationssäkerhet som kompletterar direktivet för informationssäkerhet upprättas och beslutas. Riktlinjerna bör konkretisera processer och rutiner för att leva upp till målbilden som beskrivs i direktivet för informationssäkerhet.',
    ],
    [7, 4, 'Tillsammans med kommunstyrelsen se över den gemensamma styrningen av kommunens arbetsmarknadsåtgärder i syfte att tydliggöra ansvarsområden och mandat.'],
  ])('granskning %i recommendation %i has the report wording', (g, nr, text) => {
    expect(report.recommendations.find((r) => r.granskning === g && r.nr === nr)?.text).toBe(text);
  });

  test('texts are clean: single spaces, no bullet or number prefix, no observation or answer text', () => {
    for (const r of report.recommendations) {
      expect(r.text).toBe(r.text.replace(/\s+/g, ' ').trim());
      expect(r.text).not.toMatch(/^(•|\d+\.\s)/);
      expect(r.text.length).toBeGreaterThan(30);
      expect(r.text).not.toMatch(/^(Förvaltningen|Kommunstyrelseförvaltningen|Det fanns|I granskningen)/);
    }
  });

  test('the same result without the page marks (leading spaces) and with Windows line ends', () => {
    const copied = reportText
      .split(/\r?\n/)
      .map((line) => line.replace(/^ +/, ''))
      .join('\r\n');
    expect(parseFollowUpReport(copied)).toEqual(report);
  });

  test('each recommendation points at the line of its block header', () => {
    const lines = reportText.split(/\r?\n/);
    for (const r of report.recommendations) expect(lines[r.line - 1]).toMatch(/Rekommendation/);
    expect(report.recommendations.find((r) => r.granskning === 3 && r.nr === 2)?.line).toBe(917);
  });
});

describe('parseFollowUpReport on other text', () => {
  test('a plain list of recommendations is not this layout', () => {
    expect(parseFollowUpReport('Vi rekommenderar kommunstyrelsen att:\n- Göra X.')).toBeUndefined();
    expect(parseFollowUpReport('')).toBeUndefined();
  });

  test('a minimal block with a range header and hyphenation', () => {
    const text = [
      ' Iakttagelser Rekommendation 1-2',
      '',
      'Det saknades rutiner.',
      '',
      '1. Ta fram en nytto-',
      'kalkyl för Kultur-',
      'och fritidsnämnden.',
      '',
      '2. Följa upp FUT-',
      'handläggarnas arbete.',
      '',
      'Nämndens svar 2023',
      '',
      'Uppföljning 2025',
      'Arbete pågår.',
      ' Bedömning',
      '',
      'Sammantaget bedömer vi att samtliga av revisionens två rekommendationer har beaktats och åtgärdats fullt ut.',
    ].join('\n');
    const report = parseFollowUpReport(text)!;
    expect(report.round).toBe('2025');
    expect(report.recommendations.map((r) => [r.nr, r.text, r.verdict])).toEqual([
      [1, 'Ta fram en nyttokalkyl för Kultur- och fritidsnämnden.', 'Åtgärdad'],
      [2, 'Följa upp FUT-handläggarnas arbete.', 'Åtgärdad'],
    ]);
    expect(report.granskningar).toEqual([{ nr: 1, title: 'Granskning 1', recommendationCount: 2 }]);
  });

  test('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        parseFollowUpReport(s);
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on shuffled fragments of the report', () => {
    const lines = reportText.split('\n');
    const fragment = fc.oneof(
      fc.constantFrom(...lines),
      fc.constantFrom(...lines).chain((line) => fc.tuple(fc.nat(line.length), fc.nat(line.length)).map(([a, b]) => line.slice(Math.min(a, b), Math.max(a, b)))),
      fc.constantFrom('', ' ', ' Bedömning', 'Iakttagelser', 'Rekommendation 2Iakttagelser', 'Totalt: 1 - -', '•', '-'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 120 }), fc.constantFrom('\n', '\r\n', '\n\n'), (parts, eol) => {
        const result = parseFollowUpReport(parts.join(eol));
        if (result) {
          for (const r of result.recommendations) expect(r.granskning).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Its speed and linearity are measured in npm run bench (timings do not belong in tests).
  test('large and hostile input parses without throwing', () => {
    const hostile = [
      'Iakttagelser Rekommendation ' + '1-'.repeat(20000),
      'Nämndens svar 2023Rekommendation ' + '9 & '.repeat(20000),
      'a-\n'.repeat(20000),
      ' Iakttagelser Rekommendation 1\n' + 'x '.repeat(50000),
      reportText.repeat(20),
    ].join('\n');
    expect(() => parseFollowUpReport(hostile)).not.toThrow();
  });
});

describe('parseFollowUpReport: one text pipeline and counted linear work', () => {
  const { scanWork } = jest.requireActual('../../../src/core/report/reportLines') as typeof import('../../../src/core/report/reportLines');
  const assigned = (text: string) => parseFollowUpReport(text)?.recommendations.filter((r) => r.verdict !== undefined).length;

  test('decomposed Unicode (NFD, as copied on a Mac), U+2028/U+2029 line separators, soft hyphens and NBSP change nothing', () => {
    expect(assigned(reportText)).toBe(31);
    expect(assigned(reportText.normalize('NFD'))).toBe(31);
    expect(assigned(reportText.replace(/\n/g, '\u2028'))).toBe(31);
    expect(assigned(reportText.replace(/\n\n/g, '\u2029'))).toBe(31);
    expect(assigned(reportText.replace(/rekommendation/g, 'rekom\u00admendation').replace(/ av /g, '\u00a0av\u00a0'))).toBe(31);
  });

  test('the work grows linearly: lines visited stay within a constant per line, the report repeated 1× and 20×', () => {
    const perLine = (text: string) => {
      scanWork.steps = 0;
      parseFollowUpReport(text);
      return scanWork.steps / text.split('\n').length;
    };
    const once = perLine(reportText);
    const many = perLine(Array.from({ length: 20 }, () => reportText).join('\n'));
    expect(once).toBeGreaterThan(0);
    expect(many).toBeLessThanOrEqual(once * 1.5 + 1);
    expect(many).toBeLessThanOrEqual(10);
  });
});
