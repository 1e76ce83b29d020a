import { followUpRoundRegister, planFollowUpRound } from '../../usecases/followUpRound';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { cliErrors } from '../cliErrors';
import type { Io } from '../Io';
import { findingLine } from '../format';
import { checkTarget } from '../writeTargets';
import { openRegister } from './openRegister';
import { reportKept, writeRegister } from './writeRegister';

export async function newRoundCommand(file: string, options: { omgang: string; output: string; ersatt?: boolean; tillatForlust?: boolean }, io: Io): Promise<number> {
  const round = options.omgang.trim();
  if (round === '') throw cliErrors.roundOptionMissing();
  checkTarget(options.output, { input: file, replace: options.ersatt });
  const { register, report, snapshot, adoptionFindings } = await openRegister(file);
  for (const f of adoptionFindings) io.err(findingLine(f));
  if (!register.tables.Rekommendationer) throw cliErrors.noRecommendations({ file });
  const plan = planFollowUpRound(register, round);
  if (plan.problem !== undefined) throw cliErrors.worded({ sentence: plan.problem });
  const result = await writeRegister(file, options.output, followUpRoundRegister(register, plan), snapshot, {
    today: io.today(),
    allowLoss: options.tillatForlust,
    schemaVersion: report.schemaVersion,
  });
  io.out(M.roundWritten({ round: plan.round, rows: plan.rows.length }));
  reportKept(result, options.output, io);
  return 0;
}
