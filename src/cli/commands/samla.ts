import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES, summaryToTable } from '../../core';
import { consolidateMessages, consolidateRegisters, sourceFromSnapshot, type SkippedFile, type SourceRegister } from '../../usecases/consolidate';
import { writeConsolidatedWorkbook } from '../../workbook/xlsx/consolidation';
import { cliErrors } from '../cliErrors';
import { textTable } from '../format';
import type { Io } from '../Io';
import { sameFile, uniqueFiles } from '../fileIdentity';
import { cliMessagesSv as C } from '../messages.sv';
import { readSnapshot } from '../readInput';
import { saveWorkbook } from '../saveFiles';
import { ensureNewTarget } from '../writeTargets';

export interface SamlaOptions {
  output: string;
  json?: boolean;
  namnder?: string;
  strikt?: boolean;
  ersatt?: boolean;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The files to read: a folder means every .xlsx in it (not Excel's ~$ lock files), in name order. */
function expandInputs(inputs: readonly string[], target: string): { files: string[]; repeats: { file: string; same: string }[]; skipped: SkippedFile[] } {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      const found = fs
        .readdirSync(input)
        .filter((name) => path.extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$'))
        .sort((a, b) => a.localeCompare(b, 'sv'))
        .map((name) => path.join(input, name))
        .filter((file) => !sameFile(file, target));
      if (found.length === 0) skipped.push({ file: input, reason: C.folderHasNoXlsx({ folder: input }) });
      for (const f of found) files.push(f);
    } else {
      files.push(input);
    }
  }
  // One file named several ways ("ks.xlsx ./ks.xlsx /abs/ks.xlsx", a link to it) is read once.
  const unique = uniqueFiles(files);
  return { files: unique.files, repeats: unique.repeats, skipped };
}

function readNamnder(file: string): string[] {
  if (!fs.existsSync(file)) throw cliErrors.namndListMissing({ file });
  const names = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (names.length === 0) throw cliErrors.namndListEmpty({ file });
  return names;
}

/** Reads one file as a register, or says in Swedish why it cannot be consolidated. */
export async function readSource(file: string): Promise<SourceRegister | SkippedFile> {
  try {
    return sourceFromSnapshot(file, await readSnapshot(file));
  } catch (error) {
    return { file, reason: reasonOf(error) };
  }
}

/**
 * `uppsikt samla`: reads every nämnd's workbook (files or folders), consolidates them in the use case and
 * writes one kommun-wide Uppsikt workbook. Inputs are only read.
 */
export async function samlaCommand(inputs: readonly string[], options: SamlaOptions, io: Io): Promise<number> {
  const target = options.output;
  if (path.extname(target).toLowerCase() !== '.xlsx') throw cliErrors.notXlsx({ file: target });
  const { files, repeats, skipped } = expandInputs(inputs, target);
  ensureNewTarget(target, { replace: options.ersatt, inputs: files });
  for (const r of repeats) io.err(C.sameFileTwice(r));
  const namnder = options.namnder ? readNamnder(options.namnder) : undefined;

  const sources: SourceRegister[] = [];
  for (const file of files) {
    const read = await readSource(file);
    if ('register' in read) sources.push(read);
    else skipped.push(read);
  }
  const lines = skipped.map((s) => C.skippedLine(s));
  if (skipped.length > 0 && options.strikt) throw cliErrors.skippedStrict({ count: skipped.length, lines });
  if (sources.length === 0) throw cliErrors.nothingReadable({ lines });

  const today = io.today();
  const c = consolidateRegisters(sources, { today, ...(namnder ? { namnder } : {}) });
  const workbook = new ExcelJS.Workbook();
  writeConsolidatedWorkbook(workbook, c, skipped, today, { direct: true });
  await saveWorkbook(workbook, target);

  for (const s of skipped) io.err(C.skipped(s));
  if (options.json) {
    io.out(
      JSON.stringify({
        files: c.files.map((f) => ({ file: f.file, namnder: f.namnder, risker: f.risker, rekommendationer: f.rekommendationer })),
        summary: c.perGranskning.rows.map((row) => ({ granskning: row.group, counts: { ...row.counts }, total: row.total })),
        byNamnd: c.byNamnd.map((n) => ({ namnd: n.namnd, counts: { ...n.recommendations }, total: n.totalRecommendations })),
        conflicts: [...skipped.map((s) => ({ message: C.unreadableConflict(s), files: [s.file] })), ...c.conflicts.map((k) => ({ message: k.message, files: k.files }))],
        missingVerdicts: c.missingVerdicts.map((m) => ({ message: m.message, file: m.file })),
      }),
    );
    return 0;
  }

  const t = c.register.tables;
  io.out(
    C.consolidated({
      files: c.files.length,
      target,
      risks: t.Risker?.rows.length ?? 0,
      controls: t.Kontroller?.rows.length ?? 0,
      granskningar: t.Granskningar?.rows.length ?? 0,
      recommendations: c.recommendations,
      rows: c.recommendationRows,
    }),
  );
  for (const rule of c.rules) io.out(rule);
  io.out('');
  io.out(`${consolidateMessages.perGranskningTitle}:`);
  for (const line of textTable(summaryToTable(c.perGranskning, C.summaryGroupHeader({ by: 'granskning' })))) io.out(line);
  io.out('');
  io.out(C.perNamndTitle);
  const header = [...C.perNamndColumns, ...FOLLOW_UP_STATUSES, C.overdueColumn];
  const rows = c.byNamnd.map((n) => [n.namnd, n.risker, n.highWithoutControl, n.kontroller, n.avvikelser, ...FOLLOW_UP_STATUSES.map((s) => n.recommendations[s]), n.overdue]);
  for (const line of textTable([header, ...rows])) io.out(line);
  const incomplete = c.completeness.filter((n) => n.missing.length > 0);
  io.out('');
  io.out(incomplete.length === 0 ? C.allComplete({ count: c.completeness.length, source: c.namndListSource }) : C.incomplete({ source: c.namndListSource, namnder: incomplete }));
  if (c.yearFollowUp) {
    const y = c.yearFollowUp;
    io.out('');
    io.out(consolidateMessages.reportedSentence({ total: y.namnder.length, reported: y.reported.length, year: y.year }));
    if (y.notReported.length > 0) io.out(consolidateMessages.notReported(y.notReported));
  }
  if (c.conflicts.length > 0) {
    io.out('');
    io.out(C.conflictsHeading({ title: consolidateMessages.conflictsTitle(c.conflicts.length) }));
    for (const k of c.conflicts) io.out(C.conflictLine(k));
  }
  if (c.missingVerdicts.length > 0) {
    io.out('');
    io.out(`${consolidateMessages.missingVerdictsTitle(c.missingVerdicts.length)}:`);
    for (const m of c.missingVerdicts) io.out(C.conflictLine(m));
  }
  return 0;
}
