import { controlYearOutcomes, newYearRegister, parsePlanYear, planNewYear } from '../../usecases/yearClose';
import { cliErrors } from '../cliErrors';
import type { Io } from '../Io';
import { findingLine } from '../format';
import { checkTarget } from '../writeTargets';
import { openRegister } from './openRegister';
import { reportKept, writeRegister } from './writeRegister';

export interface NewYearOptions {
  ar: string;
  output: string;
  ersatt?: boolean;
  tillatForlust?: boolean;
}

/**
 * `uppsikt nytt-ar`: next year's plan from this year's, written to a new file (the input is never changed).
 * Prints what was done, sentence by sentence, as the pane's Nytt år says it before doing it.
 */
export async function newYearCommand(file: string, options: NewYearOptions, io: Io): Promise<number> {
  const year = parsePlanYear(options.ar);
  if (year === undefined) throw cliErrors.yearInvalid({ value: options.ar });
  checkTarget(options.output, { input: file, replace: options.ersatt });
  const { register, report, snapshot, adoptionFindings } = await openRegister(file);
  for (const f of adoptionFindings) io.err(findingLine(f));
  const { outcomes, resultsOfYear } = controlYearOutcomes(register, year - 1);
  const plan = planNewYear(register, year, outcomes, resultsOfYear);
  if (plan.problem !== undefined) throw cliErrors.worded({ sentence: plan.problem });
  for (const line of plan.lines) io.out(line);
  const result = await writeRegister(file, options.output, newYearRegister(register, plan), snapshot, {
    today: io.today(),
    allowLoss: options.tillatForlust,
    schemaVersion: report.schemaVersion,
  });
  reportKept(result, options.output, io, '');
  return 0;
}
