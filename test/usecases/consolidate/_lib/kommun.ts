import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import {
  defaultScale,
  idKey,
  recipientsOf,
  registerFromRecords,
  scale5x5,
  serialFromYmd,
  type CellValue,
  type RegisterData,
  type RiskScale,
  type TableRecords,
} from '../../../../src/core';
import { exampleRegister } from '../../../../src/usecases/exampleRegister';
import { renderUppsikt, writeXlsx } from '../../../../src/workbook/xlsx';

/*
 * A kommun for consolidation tests, built from the fixtures: the example register's risks, controls and its
 * it-styrning granskning, plus the 44 recommendations of EY's 2024 follow-up for Haninge (seven granskningar,
 * each given addressees, three of them shared by several nämnder) with their 2024 verdicts as typed.
 * `kommunRegister` is the one register a kommun could keep with one row per recommendation; `namndRegisters`
 * splits it into the registers each nämnd keeps, as they would drift apart: Socialnämnden judges one shared
 * recommendation differently, Kultur- och fritidsnämnden keeps a hand-made workbook, and
 * Samhällsbyggnadsnämnden scores on 5 × 5 with its own risk ids.
 */

export const TODAY = serialFromYmd(2026, 11, 22);
export const NAMNDER = ['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden', 'Samhällsbyggnadsnämnden', 'Kultur- och fritidsnämnden'];
export const KS = 'Kommunstyrelsen';
export const BUN = 'Barn- och utbildningsnämnden';
export const SN = 'Socialnämnden';
export const SBN = 'Samhällsbyggnadsnämnden';
export const KFN = 'Kultur- och fritidsnämnden';

/** Who each Haninge granskning is addressed to (the fixture does not say; chosen to share some). */
const ADDRESSEES: Record<string, string> = {
  försörjningsstöd: SN,
  'skyddade personuppgifter': `${KS}, ${SN}, ${BUN}`,
  skolfrånvaro: BUN,
  överförmyndarverksamhet: KS,
  'Agenda 2030': 'Samtliga nämnder',
  cybersäkerhet: KS,
  arbetsmarknadsåtgärder: `${KS} och ${SN}`,
};

/** The shared recommendation Socialnämnden judges differently from the auditors' table (Åtgärdad there). */
export const CONFLICT = { title: 'Granskning av skyddade personuppgifter', nr: 2, snVerdict: 'Delvis åtgärdad' };

interface HaningeRow {
  title: string;
  year: number;
  nr: number;
  verdict: string;
  mottagare: string;
}

export function haningeRows(): HaningeRow[] {
  const csv = fs.readFileSync(path.join(__dirname, '../../../fixtures/haninge-2024-uppfoljning.csv'), 'utf8');
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [granskning, nr, verdict] = line.split(';');
      const m = /^(.*) \((\d{4})\)$/.exec(granskning)!;
      const key = Object.keys(ADDRESSEES).find((k) => granskning.includes(k))!;
      return { title: m[1], year: Number(m[2]), nr: Number(nr), verdict, mottagare: ADDRESSEES[key] };
    });
}

/** A recommendation's text: different per granskning and number, the same in every nämnd's copy. */
export function recText(title: string, nr: number): string {
  return `Säkerställa att arbetet med ${title.replace(/^Granskning av /, '').toLowerCase()} följs upp och dokumenteras (punkt ${nr}).`;
}

/** The kommun's single register: one row per recommendation, its addressees in one Mottagare cell. */
export function kommunRecords(options: { conflictApplied?: boolean } = {}): TableRecords {
  const example = exampleRegister(defaultScale);
  const rows = (name: string) => example.tables[name]!.rows.map((r) => ({ ...r.values }));
  const audits = rows('Granskningar').filter((g) => g.id === 'G1');
  const recs = rows('Rekommendationer').filter((r) => r.granskningId === 'G1');
  const followUps = rows('Uppföljningar').filter((f) => String(f.rekommendationId).startsWith('G1-'));
  const titles = new Map<string, string>();
  for (const row of haningeRows()) {
    if (!titles.has(row.title)) {
      const id = `G${titles.size + 2}`;
      titles.set(row.title, id);
      audits.push({ id, titel: row.title, ar: row.year, revisionsforetag: 'EY', granskadeNamnder: row.mottagare, rapportdatum: null, svarSenast: null });
    }
    const gid = titles.get(row.title)!;
    const id = `${gid}-${row.nr}`;
    recs.push({
      id,
      granskningId: gid,
      nr: row.nr,
      rekommendation: recText(row.title, row.nr),
      mottagare: row.mottagare,
      svar: 'Nämnden instämmer.',
      atgard: '',
      ansvarig: '',
      klartSenast: '',
      riskId: '',
    });
    const conflicted = options.conflictApplied && row.title === CONFLICT.title && row.nr === CONFLICT.nr;
    followUps.push({ rekommendationId: id, omgang: '2024', bedomning: conflicted ? CONFLICT.snVerdict : row.verdict, kommentar: '' });
  }
  return { Risker: rows('Risker'), Kontroller: rows('Kontroller'), Granskningar: audits, Rekommendationer: recs, Uppföljningar: followUps };
}

export function kommunRegister(options: { conflictApplied?: boolean } = {}): RegisterData {
  return registerFromRecords(defaultScale, kommunRecords(options), { namnder: NAMNDER });
}

/** The records one nämnd keeps: its risks and their controls, the recommendations addressed to it and their rounds. */
export function namndRecords(namnd: string): TableRecords {
  const all = kommunRecords();
  const risks = (all.Risker ?? []).filter((r) => r.namnd === namnd);
  const riskIds = new Set(risks.map((r) => idKey(r.id)));
  const recs = (all.Rekommendationer ?? []).filter((r) => recipientsOf(r.mottagare ?? null, NAMNDER).includes(namnd));
  const recIds = new Set(recs.map((r) => idKey(r.id)));
  const auditIds = new Set(recs.map((r) => idKey(r.granskningId)));
  const followUps = (all.Uppföljningar ?? [])
    .filter((f) => recIds.has(idKey(f.rekommendationId)))
    .map((f) => {
      const rec = recs.find((r) => idKey(r.id) === idKey(f.rekommendationId))!;
      const audit = (all.Granskningar ?? []).find((g) => idKey(g.id) === idKey(rec.granskningId))!;
      const conflicted = namnd === SN && audit.titel === CONFLICT.title && rec.nr === CONFLICT.nr;
      return conflicted ? { ...f, bedomning: CONFLICT.snVerdict } : f;
    });
  return {
    Risker: risks,
    Kontroller: (all.Kontroller ?? []).filter((k) => riskIds.has(idKey(k.riskId))),
    Granskningar: (all.Granskningar ?? []).filter((g) => auditIds.has(idKey(g.id))),
    Rekommendationer: recs,
    Uppföljningar: followUps,
  };
}

/** Samhällsbyggnadsnämnden on 5 × 5 with its own numbering, which clashes with other nämnders' risk ids. */
export function sbnRecords(): TableRecords {
  const own = namndRecords(SBN);
  const risks = [
    { ...own.Risker![0], id: 'R1', sannolikhet: 2, konsekvens: 2 },
    {
      id: 'R2',
      namnd: SBN,
      process: 'Detaljplaner',
      kategori: 'Verksamhet',
      beskrivning: 'Detaljplaner överklagas på grund av formfel',
      sannolikhet: 5,
      konsekvens: 5,
      hantering: 'Kontrollmoment',
    },
  ];
  const controls = [
    { id: 'K1', riskId: 'R2', kontrollmoment: 'Juridisk granskning av varje planbeskrivning', kontrollmetod: 'Genomgång', avvikelse: 'Två planer saknade samrådsredogörelse' },
  ];
  return { ...own, Risker: risks, Kontroller: controls };
}

/** Every nämnd's register as it would be read, with the scale each keeps. Kultur- och fritidsnämnden is hand-made (see writeHandMadeKfn). */
export function namndRegisters(): { namnd: string; scale: RiskScale; register: RegisterData }[] {
  return [KS, BUN, SN, SBN].map((namnd) => {
    const scale = namnd === SBN ? scale5x5 : defaultScale;
    const records = namnd === SBN ? sbnRecords() : namndRecords(namnd);
    return { namnd, scale, register: registerFromRecords(scale, records, { namnder: namnd === KS ? NAMNDER : [namnd] }) };
  });
}

/**
 * Kultur- och fritidsnämnden's own workbook, made by hand: a title row, headers in row 3 in its own words, no
 * ids on the recommendations, the status typed next to them, the granskning spelt with a missing letter and
 * the texts with extra spaces and other capitals.
 */
export async function writeHandMadeKfn(file: string): Promise<void> {
  const all = kommunRecords();
  const workbook = new ExcelJS.Workbook();
  const risks = workbook.addWorksheet('Riskanalys KFN');
  risks.addRow(['Risk- och väsentlighetsanalys 2025 – Kultur- och fritidsnämnden']);
  risks.addRow([]);
  risks.addRow(['Risk-id', 'Ansvarig nämnd', 'Process', 'Risk', 'Sannolikhet (1-4)', 'Konsekvens (1-4)', 'Intern notering']);
  risks.addRow(['KFN-1', KFN, 'Föreningsbidrag', 'Föreningsbidrag betalas ut på felaktiga underlag', 2, 3, 'tas upp i mars']);
  risks.addRow(['KFN-2', KFN, 'Bokning', 'Lokaler hyrs ut utan avtal', 4, 4, '']);
  const plan = workbook.addWorksheet('Kontrollplan');
  plan.addRow(['Internkontrollplan 2025']);
  plan.addRow([]);
  plan.addRow(['Kontroll-id', 'Kopplad risk', 'Vad kontrolleras', 'Metod', 'Avvikelse']);
  plan.addRow(['KK1', 'KFN-1', 'Stickprov på beviljade föreningsbidrag mot medlemsregister', 'Stickprov', 'Ingen avvikelse']);
  const recs = workbook.addWorksheet('Revisionens rekommendationer');
  recs.addRow(['Uppföljning av revisionens rekommendationer']);
  recs.addRow([]);
  recs.addRow(['Granskning', 'Rek nr', 'Rekommendationer', 'Mottagare', 'Status']);
  const verdicts = new Map((all.Uppföljningar ?? []).map((f) => [idKey(f.rekommendationId), f.bedomning]));
  for (const rec of all.Rekommendationer ?? []) {
    if (!recipientsOf(rec.mottagare ?? null, NAMNDER).includes(KFN)) continue;
    const audit = (all.Granskningar ?? []).find((g) => idKey(g.id) === idKey(rec.granskningId))!;
    const title = String(audit.titel).replace('hållbarhetsarbete', 'hållbarhetsarbte');
    const text = String(rec.rekommendation).replace(' att ', '  att ').replace('Säkerställa', 'säkerställa');
    recs.addRow([title, rec.nr as CellValue as number, text, rec.mottagare as string, verdicts.get(idKey(rec.id)) as string]);
  }
  await workbook.xlsx.writeFile(file);
}

/** Writes a register as an Uppsikt workbook (as `init` does). */
export async function writeUppsikt(register: RegisterData, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, register, { today: TODAY });
  await writeXlsx(workbook, file);
}

/** Every nämnd's workbook in a folder, Kommunstyrelsen's first by name; returns the paths. */
export async function writeKommunFolder(dir: string): Promise<string[]> {
  const names: Record<string, string> = { [KS]: '1-kommunstyrelsen.xlsx', [BUN]: '2-barn-och-utbildning.xlsx', [SN]: '3-socialnamnden.xlsx', [SBN]: '4-samhallsbyggnad.xlsx' };
  const files: string[] = [];
  for (const { namnd, register } of namndRegisters()) {
    const file = path.join(dir, names[namnd]);
    await writeUppsikt(register, file);
    files.push(file);
  }
  const kfn = path.join(dir, '5-kultur-och-fritid.xlsx');
  await writeHandMadeKfn(kfn);
  files.push(kfn);
  return files;
}
