import { appendRows, newFollowUpRound } from '../../core';
import { CliError } from '../CliError';
import type { Io } from '../Io';
import { findingLine } from '../format';
import { checkTarget } from '../workbookFiles';
import { openRegister } from './openRegister';
import { reportKept, writeRegister } from './writeRegister';

export async function newRoundCommand(file: string, options: { omgang: string; output: string; ersatt?: boolean; tillatForlust?: boolean }, io: Io): Promise<number> {
  const round = options.omgang.trim();
  if (round === '') throw new CliError('Ange omgången med --omgang, till exempel 2025 eller 2025-09-30.');
  checkTarget(options.output, { input: file, replace: options.ersatt });
  const { register, report, snapshot, adoptionFindings } = await openRegister(file);
  for (const f of adoptionFindings) io.err(findingLine(f));
  if (!register.tables.Rekommendationer) throw new CliError(`Hittade inga rekommendationer i ${file}; ingen fil har skrivits.`);
  const rows = newFollowUpRound(register, round);
  const result = await writeRegister(file, options.output, appendRows(register, 'Uppföljningar', rows), snapshot, { today: io.today(), allowLoss: options.tillatForlust, schemaVersion: report.schemaVersion });
  io.out(`Uppföljningsomgång ${round}: ${rows.length} nya rader i Uppföljning att fylla i (rekommendationer som inte är åtgärdade); tidigare omgångar är oförändrade.`);
  reportKept(result, options.output, io);
  return 0;
}
