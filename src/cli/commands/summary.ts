import { formatRoundProgress, summaryToTable } from '../../core';
import { currentRound } from '../../usecases/currentRound';
import { printAnswersDue } from '../answersDue';
import { summarizeRegister, type SummaryBy } from '../../usecases/summarizeRegister';
import { cliErrors, EXIT_FINDINGS } from '../cliErrors';
import { countLine, printFindings, textTable } from '../format';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { openRegister } from './openRegister';

export async function summaryCommand(file: string, options: { by: SummaryBy; json?: boolean }, io: Io): Promise<number> {
  const { register } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  if (!register.tables.Rekommendationer) {
    throw cliErrors.noRecommendationsFound({ file });
  }
  io.progress?.(C.counting);
  const { summary, findings } = summarizeRegister(register, options.by);
  io.progress?.('');
  const groupKey = options.by === 'granskning' ? 'granskning' : 'namnd';
  if (options.json) {
    io.out(JSON.stringify(summary.rows.map((row) => ({ [groupKey]: row.group, counts: { ...row.counts }, total: row.total }))));
  } else {
    io.out(C.summaryHeading({ by: options.by, file }));
    for (const line of textTable(summaryToTable(summary, C.summaryGroupHeader({ by: options.by })))) io.out(line);
    if (summary.rows.reduce((n, r) => n + r.total, 0) !== summary.total.total) io.out(C.summaryTotalOnce);
    const latest = currentRound(register);
    if (latest) io.out(formatRoundProgress(latest));
    printAnswersDue(register, io);
  }
  if (findings.length > 0) {
    io.err(C.rowsNotCounted({ rows: findings.length, counts: countLine(findings) }));
    printFindings(findings, (line) => io.err(line));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
}
