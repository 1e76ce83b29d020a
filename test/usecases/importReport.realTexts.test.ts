/*
 * The measure of report import: recall and precision over real texts nobody here wrote (the six in
 * test/fixtures/real-reports and the project's own in test/fixtures/reports), each against what a reader
 * finds in it (its .expected.json; for Haninge the typed verdicts of test/fixtures/haninge-2024-uppfoljning.csv).
 * The generated layouts (test/core/report/*.layouts.test.ts) stay as a regression net; this is the measure.
 *
 * A unit is one recommendation to one addressee (an item to two bodies is two units; one whose addressee is
 * left for the user counts as found only for its text, not as a unit) or one verdict (its status and what
 * it is about: the recommendation's granskning and number, or for a whole granskning the bodies it names).
 */
import fs from 'fs';
import path from 'path';
import { textKey, wordSimilarity } from '../../src/core/report';
import { readReportText } from '../../src/usecases/readReportText';

const FIXTURES = path.join(__dirname, '../fixtures');
/** Texts at least this similar (Dice over words) are the same recommendation. */
const SAME_TEXT = 0.8;
/** The floors are what the importer reaches now: a regression fails, an improvement raises them. */
const FLOOR = { recall: 1, precision: 1 };

interface ExpectedRecommendation {
  addressee: string;
  text: string;
}
interface ExpectedVerdict {
  status: string;
  addressees?: string[];
  /** For a verdict per recommendation: the granskning's title (without its year) and the number. */
  granskning?: string;
  nr?: number;
}
interface Expected {
  recommendations: ExpectedRecommendation[];
  verdicts: ExpectedVerdict[];
}

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.some((y) => fold(x) === fold(y)));

function readExpected(file: string): Expected {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { recommendations: ExpectedRecommendation[]; verdicts: { status: string; addressees: string[] }[] };
  return { recommendations: json.recommendations, verdicts: json.verdicts.map((v) => ({ status: v.status, addressees: v.addressees })) };
}

/** Haninge: the verdicts the report states per recommendation, as typed in the CSV (the Agenda 2030 ones it does not). */
function haningeExpected(): Expected {
  const csv = fs.readFileSync(path.join(FIXTURES, 'haninge-2024-uppfoljning.csv'), 'utf8').trim().split('\n').slice(1);
  const canonical = (typed: string) => {
    const key = fold(typed).replace(/t$/, 'd');
    return key === 'åtgärdad' ? 'Åtgärdad' : key === 'delvis åtgärdad' ? 'Delvis åtgärdad' : 'Ej åtgärdad';
  };
  const verdicts = csv
    .map((line) => line.split(';'))
    .filter((cells) => cells[3].trim().startsWith('ja'))
    .map(([title, nr, verdict]) => ({ status: canonical(verdict), granskning: title.replace(/\s*\(\d{4}\)$/, ''), nr: Number(nr) }));
  return { recommendations: [], verdicts };
}

interface Texts {
  group: 'real-reports' | 'reports';
  name: string;
  text: string;
  expected: Expected;
}

function texts(): Texts[] {
  const out: Texts[] = [];
  const real = path.join(FIXTURES, 'real-reports');
  for (const file of fs
    .readdirSync(real)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    out.push({
      group: 'real-reports',
      name: file.replace(/\.txt$/, ''),
      text: fs.readFileSync(path.join(real, file), 'utf8'),
      expected: readExpected(path.join(real, file.replace(/\.txt$/, '.expected.json'))),
    });
  }
  const own = path.join(FIXTURES, 'reports');
  for (const file of fs
    .readdirSync(own)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()) {
    const txt = file.replace(/\.expected\.json$/, '.txt');
    out.push({ group: 'reports', name: txt.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(own, txt), 'utf8'), expected: readExpected(path.join(own, file)) });
  }
  out.push({
    group: 'reports',
    name: 'haninge-uppfoljning-granskningar-2024',
    text: fs.readFileSync(path.join(own, 'haninge-uppfoljning-granskningar-2024.txt'), 'utf8'),
    expected: haningeExpected(),
  });
  return out;
}

interface Score {
  expected: number;
  found: number;
  matched: number;
  missed: string[];
  extra: string[];
}

/** Matches found units to expected ones, each at most once. */
function score<E, F>(expected: readonly E[], found: readonly F[], same: (e: E, f: F) => boolean, show: (x: E | F) => string): Score {
  const used = new Set<number>();
  const missed: string[] = [];
  for (const e of expected) {
    const k = found.findIndex((f, i) => !used.has(i) && same(e, f));
    if (k >= 0) used.add(k);
    else missed.push(show(e));
  }
  return { expected: expected.length, found: found.length, matched: used.size, missed, extra: found.filter((_f, i) => !used.has(i)).map(show) };
}

interface FoundVerdict {
  status: string;
  addressees: string[];
  granskning: string;
  nr?: number;
}

function measure(t: Texts): Score {
  const reading = readReportText(t.text);
  // One unit per addressee; an item without one is a unit of its own that matches no expectation.
  const recommendations = reading.parsed.recommendations.flatMap((r) =>
    (r.addressees.length > 0 ? r.addressees : ['(mottagare okänd)']).map((addressee) => ({ addressee, text: r.text })),
  );
  const recs = score(
    t.expected.recommendations,
    recommendations,
    (e, f) => fold(e.addressee) === fold(f.addressee) && wordSimilarity(textKey(e.text), textKey(f.text)) >= SAME_TEXT,
    (x) => `${x.addressee}: ${x.text.slice(0, 70)}`,
  );
  const verdicts: FoundVerdict[] = [];
  if (reading.kind === 'followUp') {
    const report = reading.report;
    for (const g of report.granskningar) {
      if (g.verdict) verdicts.push({ status: g.verdict.status, addressees: g.verdict.addressees, granskning: g.title });
      for (const r of report.recommendations) if (r.granskning === g.nr && r.verdict) verdicts.push({ status: r.verdict, addressees: [], granskning: g.title, nr: r.nr });
    }
  }
  const verdictScore = score(
    t.expected.verdicts,
    verdicts,
    (e, f) =>
      e.status === f.status &&
      (e.granskning !== undefined ? fold(e.granskning) === fold(f.granskning) && e.nr === f.nr : f.nr === undefined && sameSet(e.addressees ?? [], f.addressees)),
    (x) => `${x.status} ${'nr' in x && x.nr !== undefined ? `${x.granskning} ${x.nr}` : (x.addressees ?? []).join(', ')}`,
  );
  return {
    expected: recs.expected + verdictScore.expected,
    found: recs.found + verdictScore.found,
    matched: recs.matched + verdictScore.matched,
    missed: [...recs.missed, ...verdictScore.missed],
    extra: [...recs.extra, ...verdictScore.extra],
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

test('recall and precision of report import over real texts', () => {
  const all = texts();
  expect(all.length).toBe(10);
  const rows: string[] = [];
  let expected = 0;
  let found = 0;
  let matched = 0;
  const groups = new Map<string, { expected: number; found: number; matched: number }>();
  for (const t of all) {
    const s = measure(t);
    expected += s.expected;
    found += s.found;
    matched += s.matched;
    const g = groups.get(t.group) ?? { expected: 0, found: 0, matched: 0 };
    groups.set(t.group, { expected: g.expected + s.expected, found: g.found + s.found, matched: g.matched + s.matched });
    rows.push(`${t.name.padEnd(52)} väntade ${String(s.expected).padStart(2)} hittade ${String(s.found).padStart(2)} rätt ${String(s.matched).padStart(2)}`);
    for (const m of s.missed) rows.push(`    saknas: ${m}`);
    for (const x of s.extra) rows.push(`    extra:  ${x}`);
  }
  for (const [group, g] of groups) rows.push(`${group}: recall ${ratio(g.matched, g.expected).toFixed(3)}, precision ${ratio(g.matched, g.found).toFixed(3)}`);
  const recall = ratio(matched, expected);
  const precision = ratio(matched, found);
  rows.push(`TOTALT: väntade ${expected}, hittade ${found}, rätt ${matched}; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
  console.log(rows.join('\n'));
  expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
  expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
});
