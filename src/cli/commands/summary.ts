import { formatRoundProgress, summaryToTable } from '../../core';
import { currentRound } from '../../usecases/currentRound';
import { summarizeRegister, type SummaryBy } from '../../usecases/summarizeRegister';
import { CliError, EXIT_FINDINGS } from '../CliError';
import { countLine, printFindings, textTable } from '../format';
import type { Io } from '../Io';
import { openRegister } from './openRegister';

export async function summaryCommand(file: string, options: { by: SummaryBy; json?: boolean }, io: Io): Promise<number> {
  const { register } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  if (!register.tables.Rekommendationer) {
    throw new CliError(`Hittade inga rekommendationer i ${file}: ingen flik har kolumner som Rekommendation och Mottagare eller Granskning.`);
  }
  io.progress?.('Räknar …');
  const { summary, findings } = summarizeRegister(register, options.by);
  io.progress?.('');
  const groupKey = options.by === 'granskning' ? 'granskning' : 'namnd';
  if (options.json) {
    io.out(JSON.stringify(summary.rows.map((row) => ({ [groupKey]: row.group, counts: { ...row.counts }, total: row.total }))));
  } else {
    io.out(`Sammanställning per ${options.by === 'granskning' ? 'granskning' : 'nämnd'} – ${file}`);
    for (const line of textTable(summaryToTable(summary, options.by === 'granskning' ? 'Granskning' : 'Nämnd'))) io.out(line);
    const latest = currentRound(register);
    if (latest) io.out(formatRoundProgress(latest));
  }
  if (findings.length > 0) {
    io.err(`${findings.length} rader kunde inte räknas (${countLine(findings)}); rätta dem så stämmer sammanställningen mot detaljraderna:`);
    printFindings(findings, (line) => io.err(line));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
}
