import {
  dateText,
  idKey,
  isBlank,
  levelOfScore,
  LISTS,
  parseDate,
  recommendationStatuses,
  scoreRiskCells,
  type CellValue,
  type ListKey,
  type RecommendationStatus,
  type RegisterData,
  type RegisterRow,
  type RegisterTable,
} from '../../core';
import { summarizeRegister } from '../summarizeRegister';
import { compareNamnder } from './compareNamnder';
import type { Conflict, ConsolidateOptions, Consolidation, MissingVerdict, SourceFile, SourceRegister } from './Consolidation';
import { consolidateMessages as M, PER_NAMND_HEADER, SCALE_HEADERS, SOURCE_HEADERS } from './messages.sv';
import { buildTable, mergeHeaders, type OutRow } from './_lib/buildTable';
import { fileNamnder, foldName } from './_lib/fileNamnder';
import { granskningKey, granskningYear } from './_lib/granskningKey';
import { recipientsFor, type Recipients } from './_lib/recipients';
import { freeId, renumber } from './_lib/renumber';
import { yearFollowUpOf } from './_lib/yearFollowUp';
import { latestRound } from './_lib/roundOrder';
import { groupRisksByScale } from './_lib/scaleGroups';
import { scaleKey, scaleLabel } from './_lib/scaleLabel';
import { compactKey, similarEnough } from './_lib/similarity';
import { verdictKey, verdictRank, verdictText } from './_lib/verdictRank';

/** Titles at least this similar (letter pairs, see letterSimilarity) are one granskning spelt differently. */
const TITLE_SIMILARITY = 0.85;
/** Texts at least this similar are one recommendation written with variants. */
const TEXT_SIMILARITY = 0.8;
/** Beyond this many candidates only exact keys match, so consolidation stays linear in the rows. */
const MAX_FUZZY = 300;

interface Source {
  readonly index: number;
  readonly file: string;
  readonly prefix: string;
  readonly register: RegisterData;
  readonly namnder: readonly string[];
  readonly onMain: boolean;
  readonly items: readonly RecommendationStatus[];
  /** Rounds (Omgång) with a verdict, per recommendation id key. */
  readonly judged: ReadonlyMap<string, readonly CellValue[]>;
  riskIds: ReadonlyMap<string, string>;
  recIds: Map<string, string>;
}

interface Place {
  file: string;
  sheet: string;
  row: number;
}

interface Granskning {
  index: number;
  key: string;
  year?: number;
  title: string;
  id: string;
  row?: { source: Source; row: RegisterRow };
  spellings: Map<string, { title: string; files: Set<string> }>;
  places: Place[];
  /** Without a Granskningar row (a hand-made register names it on each recommendation): its first row per file. */
  recPlaces: Map<string, Place>;
  namnder: Map<string, string>;
}

interface Member {
  source: Source;
  item: RecommendationStatus;
  /** The nämnder this row's verdict speaks for. */
  namnder: string[];
}

interface Recommendation {
  granskning: Granskning;
  nr: string;
  text: string;
  id: string;
  members: Member[];
}

const placeText = (p: Place) => `${p.sheet} rad ${p.row + 1}`;
const joinPlaces = (places: readonly Place[], key: keyof Place) => places.map((p) => (key === 'row' ? p.row + 1 : p[key])).join('; ');
const text = (value: CellValue) => (isBlank(value) ? '' : value instanceof Date ? dateText(value) : String(value).trim());

function sourceColumns(places: readonly Place[], namnder: readonly string[]): Record<string, CellValue> {
  return {
    [SOURCE_HEADERS.file]: joinPlaces(places, 'file'),
    [SOURCE_HEADERS.sheet]: joinPlaces(places, 'sheet'),
    [SOURCE_HEADERS.row]: places.length === 1 ? places[0].row + 1 : joinPlaces(places, 'row'),
    [SOURCE_HEADERS.namnd]: namnder.join(', '),
  };
}

const SOURCE_EXTRAS = [SOURCE_HEADERS.file, SOURCE_HEADERS.sheet, SOURCE_HEADERS.row, SOURCE_HEADERS.namnd];

/** A row's own extra columns, renamed where they would hide a Källa column (a consolidated file consolidated again). */
function ownExtras(row: RegisterRow): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(row.extra)) out[(SOURCE_EXTRAS as string[]).includes(header) ? `${header} (tidigare)` : header] = value;
  return out;
}
const ownHeaders = (table: RegisterTable | undefined) => (table?.extraHeaders ?? []).map((h) => ((SOURCE_EXTRAS as string[]).includes(h) ? `${h} (tidigare)` : h));

/**
 * Puts every nämnd's register together into one kommun-wide Uppsikt register for kommunstyrelsen's
 * uppsikt: each row keeps its file, sheet and row (Källa columns) and its nämnd; a recommendation kept by
 * several nämnder (same granskning and year, number and text, tolerant of spelling and spacing) becomes one
 * row, each nämnd's verdict kept, differing verdicts listed as conflicts and counted as the least finished;
 * clashing ids get the file's prefix; risks on another scale than the first file's are kept apart, never in
 * one matrix. Says which of the kommun's nämnder have no workbook, risks or plan. Inputs are not changed.
 *
 * @param sources - The registers, in the order given (the first one's scale and nämnd list lead).
 * @param options - Today, and the kommun's nämnder if given.
 * @returns The consolidated register and the report on it.
 * @example
 * consolidateRegisters([{ file: 'ks.xlsx', register: ks }, { file: 'sn.xlsx', register: sn }], { today: 46000 }).perGranskning.total.total //=> 9
 */
export function consolidateRegisters(sources: readonly SourceRegister[], options: ConsolidateOptions): Consolidation {
  if (sources.length === 0) throw new Error('consolidateRegisters needs at least one register');
  const conflicts: Conflict[] = [];

  // The kommun's nämnder: given, else the first workbook's list, else whatever the files name.
  const firstList = sources[0].register.lists.namnder ?? [];
  let namndList = [...(options.namnder ?? (firstList.length > 0 ? firstList : []))];
  const namndListSource = options.namnder ? M.listFromOption : firstList.length > 0 ? M.listFromFile(sources[0].file) : M.listFromFound;
  const mainScale = sources[0].register.scale;
  const mainKey = scaleKey(mainScale);

  const initialResolve = recipientsFor(namndList);
  const prepared: Source[] = sources.map((s, index) => {
    // Rounds with a verdict per recommendation: those decide its current verdict (see verdictSources).
    const judged = new Map<string, CellValue[]>();
    for (const r of s.register.tables.Uppföljningar?.rows ?? []) {
      if (isBlank(r.values.bedomning)) continue;
      const key = idKey(r.values.rekommendationId);
      judged.set(key, [...(judged.get(key) ?? []), r.values.omgang ?? null]);
    }
    return {
      index,
      file: s.file,
      prefix: `F${index + 1}`,
      register: s.register,
      namnder: fileNamnder(s.register, initialResolve),
      onMain: scaleKey(s.register.scale) === mainKey,
      items: recommendationStatuses(s.register),
      judged,
      riskIds: new Map(),
      recIds: new Map(),
    };
  });
  if (namndList.length === 0) {
    const found = new Map<string, string>();
    for (const s of prepared) for (const n of s.namnder) if (!found.has(foldName(n))) found.set(foldName(n), n);
    namndList = [...found.values()];
  }
  const resolve = recipientsFor(namndList);

  // Scales: the first file's leads; every other scale is said, per file.
  const mixed = prepared.some((s) => !s.onMain);
  for (const s of prepared) if (!s.onMain) conflicts.push({ kind: 'skala', message: M.conflictScale(s.file, scaleLabel(s.register.scale), scaleLabel(mainScale)), files: [s.file] });

  // Two files speaking for one nämnd.
  const claims = new Map<string, { namnd: string; files: string[] }>();
  for (const s of prepared) {
    for (const n of s.namnder) {
      const claim = claims.get(foldName(n)) ?? { namnd: n, files: [] };
      claim.files.push(s.file);
      claims.set(foldName(n), claim);
    }
  }
  for (const claim of claims.values()) if (claim.files.length > 1) conflicts.push({ kind: 'namnd', message: M.conflictNamnd(claim.namnd, claim.files), files: claim.files });

  // Risks and controls: one file's ids stay alike; a clash prefixes the whole file's ids in that table.
  const riskTaken = new Set<string>();
  const controlTaken = new Set<string>();
  const risks: OutRow[] = [];
  const controls: OutRow[] = [];
  const apartRisks: { source: Source; row: RegisterRow }[] = [];
  const apartControls: { source: Source; row: RegisterRow }[] = [];
  // The year's results and helhetsbedömningar travel with their controls and nämnder (the year's close).
  const results: OutRow[] = [];
  const assessments: OutRow[] = [];
  for (const s of prepared) {
    const riskRows = s.register.tables.Risker?.rows ?? [];
    const renumbered = renumber(riskRows, s.prefix, riskTaken);
    s.riskIds = renumbered.ids;
    if (renumbered.clashes.length > 0) conflicts.push(idConflict(s, 'Riskanalys', renumbered.clashes));
    const apart = new Set<string>();
    for (const row of riskRows) {
      const values = { ...row.values, id: mapId(row.values.id, s.riskIds) };
      if (!s.onMain) {
        apartRisks.push({ source: s, row: { ...row, values } });
        apart.add(idKey(values.id));
        continue;
      }
      risks.push({ values, extra: { ...ownExtras(row), ...(mixed ? { [SCALE_HEADERS.scale]: scaleLabel(s.register.scale) } : {}), ...sourceColumns([placeOf(s, row)], riskNamnd(row, s, resolve)) } });
    }
    const controlRows = s.register.tables.Kontroller?.rows ?? [];
    const controlIds = renumber(controlRows, s.prefix, controlTaken);
    if (controlIds.clashes.length > 0) conflicts.push(idConflict(s, 'Internkontrollplan', controlIds.clashes));
    const riskOf = new Map(riskRows.map((r) => [idKey(r.values.id), r]));
    for (const row of controlRows) {
      const values = { ...row.values, id: mapId(row.values.id, controlIds.ids), riskId: mapId(row.values.riskId, s.riskIds) };
      if (apart.has(idKey(values.riskId))) {
        apartControls.push({ source: s, row: { ...row, values } });
        continue;
      }
      const risk = riskOf.get(idKey(row.values.riskId));
      controls.push({ values, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], risk ? riskNamnd(risk, s, resolve) : s.namnder) } });
    }
    for (const row of s.register.tables.Kontrollutfall?.rows ?? []) {
      results.push({ values: { ...row.values, kontrollId: mapId(row.values.kontrollId, controlIds.ids) }, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], s.namnder) } });
    }
    for (const row of s.register.tables.Helhetsbedömningar?.rows ?? []) assessments.push({ values: { ...row.values }, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], s.namnder) } });
  }

  // Granskningar: one per granskning however each file spells it.
  const granskningar: Granskning[] = [];
  const byKey = new Map<string, Granskning[]>();
  const granskningTaken = new Set<string>();
  const findGranskning = (title: string, year: number | undefined, file: string, place: Place | undefined, namnder: readonly string[]): Granskning => {
    const key = granskningKey(title) || compactKey(title);
    const fits = (g: Granskning) => g.year === undefined || year === undefined || g.year === year;
    let found = (byKey.get(key) ?? []).find(fits);
    if (!found && key !== '') {
      let tried = 0;
      for (const g of granskningar) {
        if (tried++ >= MAX_FUZZY) break;
        if (fits(g) && similarEnough(key, g.key, TITLE_SIMILARITY)) {
          found = g;
          break;
        }
      }
    }
    if (!found) {
      found = { index: granskningar.length, key, year, title, id: '', spellings: new Map(), places: [], recPlaces: new Map(), namnder: new Map() };
      granskningar.push(found);
      byKey.set(key, [...(byKey.get(key) ?? []), found]);
    }
    if (found.year === undefined && year !== undefined) found.year = year;
    const spelling = found.spellings.get(key) ?? { title, files: new Set<string>() };
    spelling.files.add(file);
    found.spellings.set(key, spelling);
    if (place) found.places.push(place);
    for (const n of namnder) found.namnder.set(foldName(n), n);
    return found;
  };
  const granskningOf = new Map<Source, Map<string, Granskning>>();
  for (const s of prepared) {
    const ids = new Map<string, Granskning>();
    for (const row of s.register.tables.Granskningar?.rows ?? []) {
      const title = text(row.values.titel) || text(row.values.id);
      const g = findGranskning(title, granskningYear(title, row.values.ar ?? null), s.file, placeOf(s, row), []);
      if (!g.row) g.row = { source: s, row };
      if (!isBlank(row.values.id)) ids.set(idKey(row.values.id), g);
    }
    granskningOf.set(s, ids);
  }

  // Recommendations: one per granskning, number and text.
  const recommendations: Recommendation[] = [];
  const buckets = new Map<string, Recommendation[]>();
  for (const s of prepared) {
    const ids = granskningOf.get(s)!;
    const mine = new Set(s.namnder.map(foldName));
    for (const item of s.items) {
      const row = item.row;
      const recipients = resolve(row.values.mottagare ?? null);
      // A group names every nämnd: look the file's own nämnder up in it rather than the other way round.
      const own = recipients.length > mine.size ? s.namnder.filter((n) => setOf(recipients).has(foldName(n))) : recipients.filter((n) => mine.has(foldName(n)));
      const namnder = own.length > 0 ? own : [...recipients];
      const title = text(item.granskning) || M.noGranskning;
      const g = ids.get(idKey(row.values.granskningId)) ?? findGranskning(title, granskningYear(title, null), s.file, undefined, []);
      for (const n of namnder) g.namnder.set(foldName(n), n);
      if (!g.row && !g.recPlaces.has(s.file)) g.recPlaces.set(s.file, placeOf(s, row));
      const nr = text(row.values.nr).replace(/\.$/, '');
      const body = text(row.values.rekommendation);
      const key = compactKey(body);
      const bucketKey = `${g.index}|${nr}`;
      const bucket = buckets.get(bucketKey) ?? [];
      let found = bucket.find((r) => r.text === key);
      if (!found && key !== '') found = bucket.slice(0, MAX_FUZZY).find((r) => r.text !== '' && similarEnough(key, r.text, TEXT_SIMILARITY));
      if (!found && key === '' && nr !== '') found = bucket[0];
      if (!found) {
        const other = bucket.find((r) => r.text !== '');
        if (nr !== '' && other && key !== '') {
          const first = other.members[0];
          conflicts.push({ kind: 'rekommendation', message: M.conflictSameNumber(g.title, nr, text(first.item.row.values.rekommendation), body), files: unique([first.source.file, s.file]) });
        }
        found = { granskning: g, nr, text: key, id: '', members: [] };
        bucket.push(found);
        buckets.set(bucketKey, bucket);
        recommendations.push(found);
      }
      found.members.push({ source: s, item, namnder });
    }
  }

  // Spellings of one granskning that differ.
  for (const g of granskningar) {
    if (g.spellings.size < 2) continue;
    const spellings = [...g.spellings.values()];
    conflicts.push({ kind: 'granskning', message: M.conflictGranskning(spellings.map((sp) => M.spelling(sp.title, [...sp.files]))), files: unique(spellings.flatMap((sp) => [...sp.files])) });
  }

  // Ids of granskningar and recommendations: the first file's id where free, else with its file's prefix.
  const auditRows: OutRow[] = [];
  const clashes = new Map<Source, { table: string; ids: string[] }[]>();
  const noteClash = (s: Source, table: string, id: string) => {
    const list = clashes.get(s) ?? [];
    let entry = list.find((e) => e.table === table);
    if (!entry) list.push((entry = { table, ids: [] }));
    entry.ids.push(id);
    clashes.set(s, list);
  };
  const claimId = (wanted: CellValue, s: Source | undefined, letter: string, taken: Set<string>, table: string): string => {
    if (isBlank(wanted) || !s) return freeId(letter, taken);
    const id = String(wanted).trim();
    if (!taken.has(idKey(id))) {
      taken.add(idKey(id));
      return id;
    }
    noteClash(s, table, id);
    let next = `${s.prefix}-${id}`;
    for (let n = 2; taken.has(idKey(next)); n++) next = `${s.prefix}-${id}-${n}`;
    taken.add(idKey(next));
    return next;
  };
  for (const g of granskningar) {
    const first = g.row;
    g.id = claimId(first?.row.values.id ?? null, first?.source, 'G', granskningTaken, 'Granskningar');
    if (first) g.title = text(first.row.values.titel) || g.title;
    const values: Record<string, CellValue> = first ? { ...first.row.values, id: g.id } : { id: g.id, titel: g.title, ar: g.year ?? null };
    const places = g.places.length > 0 ? g.places : [...g.recPlaces.values()];
    auditRows.push({ values, extra: { ...(first ? ownExtras(first.row) : {}), ...sourceColumns(places, [...g.namnder.values()]) } });
  }

  const recTaken = new Set<string>();
  const recRows: OutRow[] = [];
  const synthesized: OutRow[] = [];
  const missingVerdicts: MissingVerdict[] = [];
  for (const r of recommendations) {
    const first = r.members[0];
    r.id = claimId(first.item.row.values.id ?? null, first.source, 'R', recTaken, 'Rekommendationer');
    for (const m of r.members) if (!isBlank(m.item.row.values.id)) m.source.recIds.set(idKey(m.item.row.values.id), r.id);
    recRows.push(recommendationRow(r, resolve, synthesized, conflicts, missingVerdicts));
  }
  for (const [s, entries] of clashes) for (const e of entries) conflicts.push(idConflict(s, e.table === 'Granskningar' ? 'Granskningar' : 'Rekommendationer', e.ids));

  const followUps: OutRow[] = [];
  for (const s of prepared) {
    const namnderOf = new Map(s.items.map((item) => [idKey(item.row.values.id), resolve(item.row.values.mottagare ?? null)]));
    for (const row of s.register.tables.Uppföljningar?.rows ?? []) {
      const ref = idKey(row.values.rekommendationId);
      const values = { ...row.values, rekommendationId: s.recIds.get(ref) ?? row.values.rekommendationId ?? null };
      followUps.push({ values, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], namnderOf.get(ref) ?? s.namnder) } });
    }
  }
  for (const row of synthesized) followUps.push(row);

  // Nämnder outside the kommun's list.
  const listed = new Set(namndList.map(foldName));
  const unknown = new Map<string, { namnd: string; files: Set<string> }>();
  for (const s of prepared) {
    const texts = new Set(s.items.map((i) => i.row.values.mottagare ?? null));
    const named = [...s.namnder, ...new Set([...texts].flatMap((t) => resolve(t)))];
    for (const n of named) {
      if (listed.has(foldName(n))) continue;
      const entry = unknown.get(foldName(n)) ?? { namnd: n, files: new Set<string>() };
      entry.files.add(s.file);
      unknown.set(foldName(n), entry);
    }
  }
  for (const u of unknown.values()) conflicts.push({ kind: 'okandNamnd', message: M.conflictUnknownNamnd(u.namnd, [...u.files], namndListSource), files: [...u.files] });

  // Riskanalys rows of risks on another scale carry their risk-id on as text in recommendations.
  const apartIds = new Set(apartRisks.map((a) => idKey(a.row.values.id)));
  for (const rec of recRows) {
    if (!apartIds.has(idKey(rec.values.riskId))) continue;
    rec.extra[SCALE_HEADERS.riskId] = rec.values.riskId;
    rec.values.riskId = null;
  }

  const lists = mergeLists(prepared, namndList);
  const tableExtras = (name: string, more: readonly string[]) => mergeHeaders([...prepared.map((s) => ownHeaders(s.register.tables[name])), more, SOURCE_EXTRAS], []);
  const recExtraHeaders = mergeHeaders([...prepared.map((s) => ownHeaders(s.register.tables.Rekommendationer)), [PER_NAMND_HEADER], recRows.some((r) => SCALE_HEADERS.riskId in r.extra) ? [SCALE_HEADERS.riskId] : [], SOURCE_EXTRAS], []);
  const register: RegisterData = {
    scale: mainScale,
    lists,
    tables: {
      Risker: buildTable('Risker', risks, tableExtras('Risker', mixed ? [SCALE_HEADERS.scale] : [])),
      Kontroller: buildTable('Kontroller', controls, tableExtras('Kontroller', [])),
      Granskningar: buildTable('Granskningar', auditRows, tableExtras('Granskningar', [])),
      Rekommendationer: buildTable('Rekommendationer', recRows, recExtraHeaders),
      Uppföljningar: buildTable('Uppföljningar', followUps, tableExtras('Uppföljningar', [])),
      Kontrollutfall: buildTable('Kontrollutfall', results, tableExtras('Kontrollutfall', [])),
      Helhetsbedömningar: buildTable('Helhetsbedömningar', assessments, tableExtras('Helhetsbedömningar', [])),
    },
  };

  const files: SourceFile[] = prepared.map((s) => ({
    file: s.file,
    prefix: s.prefix,
    namnder: s.namnder,
    scale: scaleLabel(s.register.scale),
    onMainScale: s.onMain,
    risker: s.register.tables.Risker?.rows.length ?? 0,
    kontroller: s.register.tables.Kontroller?.rows.length ?? 0,
    granskningar: s.register.tables.Granskningar?.rows.length ?? 0,
    rekommendationer: s.register.tables.Rekommendationer?.rows.length ?? 0,
    uppfoljningar: s.register.tables.Uppföljningar?.rows.length ?? 0,
  }));

  const perGranskning = summarizeRegister(register, 'granskning').summary;
  const granskningNamnder: Record<string, string[]> = {};
  for (const g of granskningar) granskningNamnder[g.title] = [...g.namnder.values()];
  const scales = groupRisksByScale(prepared.map((s) => ({ file: s.file, register: s.register, namnder: s.namnder, onMain: s.onMain })));
  const comparison = compareNamnder(
    prepared.map((s) => ({ file: s.file, register: s.register, namnder: s.namnder })),
    recommendations.map((r) => r.members.map((m) => ({ file: m.source.file, status: m.item.status, klartSenast: m.item.row.values.klartSenast ?? null, namnder: m.namnder }))),
    namndList,
    options.today,
    resolve,
  );

  const rules = [M.verdictRule, M.sameRecommendation, M.renumberRule('F2'), mixed ? M.scaleMixed(scaleLabel(mainScale), sources[0].file) : M.scaleSame(scaleLabel(mainScale))];
  return {
    register,
    yearFollowUp: yearFollowUpOf(register, options.today),
    files,
    conflicts,
    missingVerdicts,
    namndList,
    namndListSource,
    completeness: comparison.completeness,
    byNamnd: comparison.byNamnd,
    perGranskning,
    granskningNamnder,
    scales,
    levelNames: comparison.levelNames,
    recommendationRows: prepared.reduce((n, s) => n + s.items.length, 0),
    recommendations: recommendations.length,
    rules,
    apart: { risks: apartRisks.map((a) => apartRow(a.source, a.row, resolve)), controls: apartControls.map((a) => apartRow(a.source, a.row, resolve)) },
  };
}

/** Whether a row states a verdict: blank and Ej bedömd say that none was given. */
function hasVerdict(status: CellValue): boolean {
  return verdictRank(status) !== 0;
}

const sets = new WeakMap<readonly string[], Set<string>>();
/** The folded names of a resolved Mottagare, built once per distinct text (see recipientsFor). */
function setOf(names: readonly string[]): Set<string> {
  let set = sets.get(names);
  if (!set) sets.set(names, (set = new Set(names.map(foldName))));
  return set;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function placeOf(s: Source, row: RegisterRow): Place {
  return { file: s.file, sheet: row.sheet, row: row.row };
}

function mapId(value: CellValue | undefined, ids: ReadonlyMap<string, string>): CellValue {
  if (isBlank(value)) return value ?? null;
  return ids.get(idKey(value)) ?? value ?? null;
}

function idConflict(s: Source, sheet: string, ids: readonly string[]): Conflict {
  const shown = ids.slice(0, 5);
  return { kind: 'id', message: M.conflictIds(s.file, sheet, shown, s.prefix, ids.length - shown.length), files: [s.file] };
}

/** The nämnd of a risk: its Nämnd cell, else the file's nämnd. */
function riskNamnd(row: RegisterRow, s: Source, resolve: Recipients): string[] {
  const named = resolve(row.values.namnd ?? null);
  return named.length > 0 ? [...named] : [...s.namnder];
}

function apartRow(s: Source, row: RegisterRow, resolve: Recipients): OutRow {
  const values: Record<string, CellValue> = { ...row.values };
  if ('sannolikhet' in row.values || 'konsekvens' in row.values) {
    // Scored on the file's own scale, so the sheet shows what the nämnd sees.
    const score = scoreRiskCells(row.values.sannolikhet ?? null, row.values.konsekvens ?? null, s.register.scale).value;
    if (isBlank(values.riskvarde) && typeof score === 'number') values.riskvarde = score;
    if (isBlank(values.riskniva) && typeof score === 'number') values.riskniva = levelOfScore(score, s.register.scale).value?.name ?? null;
  }
  return { values, extra: { ...ownExtras(row), [SCALE_HEADERS.scale]: scaleLabel(s.register.scale), ...sourceColumns([placeOf(s, row)], riskNamnd(row, s, resolve)) } };
}

function mergeLists(sources: readonly Source[], namnder: readonly string[]): Record<ListKey, readonly string[]> {
  const lists = {} as Record<ListKey, readonly string[]>;
  for (const spec of LISTS) {
    if (spec.key === 'namnder') {
      lists.namnder = namnder;
      continue;
    }
    const seen = new Map<string, string>();
    for (const s of sources) for (const v of s.register.lists[spec.key] ?? []) if (!seen.has(foldName(v))) seen.set(foldName(v), v);
    lists[spec.key] = seen.size > 0 ? [...seen.values()] : spec.defaults;
  }
  return lists;
}

/** One text for a column that several nämnder filled in differently: each nämnd's on its own line. */
function mergedText(members: readonly Member[], key: string): CellValue {
  const distinct = new Map<string, { value: CellValue; namnder: string[] }>();
  for (const m of members) {
    const value = m.item.row.values[key];
    if (isBlank(value)) continue;
    const k = text(value).toLocaleLowerCase('sv');
    const entry = distinct.get(k) ?? { value, namnder: [] };
    for (const n of m.namnder) entry.namnder.push(n);
    distinct.set(k, entry);
  }
  if (distinct.size === 0) return members[0].item.row.values[key] ?? null;
  if (distinct.size === 1) return [...distinct.values()][0].value;
  return [...distinct.values()].map((e) => `${unique(e.namnder).join(', ') || M.noNamnd}: ${text(e.value)}`).join('\n');
}

/** Klart senast of a shared recommendation: the earliest date a nämnd still working promised. */
function mergedDate(members: readonly Member[]): CellValue {
  const dated = members.filter((m) => !isBlank(m.item.row.values.klartSenast));
  if (dated.length === 0) return members[0].item.row.values.klartSenast ?? null;
  const parsed = dated.map((m) => ({ m, date: parseDate(m.item.row.values.klartSenast ?? null) }));
  if (parsed.some((p) => p.date === null || Number.isNaN(p.date))) return dated[0].item.row.values.klartSenast ?? null;
  const open = parsed.filter((p) => verdictRank(p.m.item.status) < 3);
  const pool = open.length > 0 ? open : parsed;
  return pool.reduce((a, b) => (b.date! < a.date! ? b : a)).m.item.row.values.klartSenast ?? null;
}

function recommendationRow(r: Recommendation, resolve: Recipients, synthesized: OutRow[], conflicts: Conflict[], missingVerdicts: MissingVerdict[]): OutRow {
  const members = r.members;
  const first = members[0];
  const places = members.map((m) => placeOf(m.source, m.item.row));
  const allNamnder = unique(members.flatMap((m) => m.namnder));
  const mottagareTexts = unique(members.map((m) => foldName(text(m.item.row.values.mottagare))));
  const mottagare =
    mottagareTexts.length === 1 ? (first.item.row.values.mottagare ?? null) : unique(members.flatMap((m) => resolve(m.item.row.values.mottagare ?? null))).join(', ') || (first.item.row.values.mottagare ?? null);

  // The counted verdict: the least finished of the verdicts given (see consolidateMessages.verdictRule). A
  // file without one (not read, or not yet entered) says nothing about the recommendation, so it never
  // overrides a file that has one, as a blank round never blanks an earlier verdict; it is only listed.
  const assessed = members.filter((m) => hasVerdict(m.item.status));
  const counting = assessed.length > 0 ? assessed : members;
  const least = counting.reduce((a, b) => (verdictRank(b.item.status) < verdictRank(a.item.status) ? b : a));
  const differing = unique(counting.map((m) => verdictKey(m.item.status))).length > 1;
  const judged = members.some((m) => m.source.judged.has(idKey(m.item.row.values.id)));
  if (assessed.length > 0) {
    const from = unique(assessed.map((m) => m.source.file));
    for (const m of members) {
      if (assessed.includes(m)) continue;
      missingVerdicts.push({ message: M.missingVerdict(r.granskning.title, r.nr || '(utan nummer)', m.source.file, m.namnder.join(', '), verdictText(least.item.status), from), file: m.source.file });
    }
  }
  const perNamnd = members.map((m) => `${m.namnder.join(', ') || M.noNamnd}: ${verdictText(m.item.status)}`);
  if (differing) {
    const values = members.map((m) => M.verdictValue(m.namnder.join(', ') || M.noNamnd, verdictText(m.item.status), m.source.file, placeText(placeOf(m.source, m.item.statusAt.row))));
    conflicts.push({ kind: 'bedomning', message: M.conflictVerdict(r.granskning.title, r.nr || '(utan nummer)', values, verdictText(least.item.status)), files: unique(members.map((m) => m.source.file)) });
    if (judged) {
      // Rounds decide the current verdict, so the counted one is written as the latest round, saying what it is.
      const rounds = members.flatMap((m) => m.source.judged.get(idKey(m.item.row.values.id)) ?? []);
      synthesized.push({
        values: { rekommendationId: r.id, omgang: latestRound(rounds), bedomning: verdictText(least.item.status), kommentar: M.synthesizedComment(perNamnd) },
        extra: { [SOURCE_HEADERS.file]: M.synthesizedSource, [SOURCE_HEADERS.sheet]: null, [SOURCE_HEADERS.row]: null, [SOURCE_HEADERS.namnd]: allNamnder.join(', ') },
      });
    }
  }

  const riskMember = members.find((m) => !isBlank(m.item.row.values.riskId));
  const extras: Record<string, CellValue> = {};
  for (const m of [...members].reverse()) Object.assign(extras, ownExtras(m.item.row));
  const values: Record<string, CellValue> = {
    ...first.item.row.values,
    id: r.id,
    granskningId: r.granskning.id,
    mottagare,
    svar: mergedText(members, 'svar'),
    atgard: mergedText(members, 'atgard'),
    ansvarig: mergedText(members, 'ansvarig'),
    klartSenast: mergedDate(members),
    riskId: riskMember ? mapId(riskMember.item.row.values.riskId, riskMember.source.riskIds) : (first.item.row.values.riskId ?? null),
    granskning: null,
    senasteBedomning: judged ? null : (least.item.status ?? null),
  };
  return { values, extra: { ...extras, [PER_NAMND_HEADER]: perNamnd.join('; '), ...sourceColumns(places, allNamnder) } };
}
