import { countRegisterMatrix } from '../../usecases/countRegisterMatrix';
import { cliErrors, EXIT_FINDINGS } from '../cliErrors';
import { countLine, printFindings, textTable } from '../format';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { openRegister } from './openRegister';

export async function matrixCommand(file: string, options: { json?: boolean }, io: Io): Promise<number> {
  const { register } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  if (!register.tables.Risker) throw cliErrors.noRiskAnalysis({ file });
  io.progress?.(C.counting);
  const { matrix, findings } = countRegisterMatrix(register);
  io.progress?.('');
  if (options.json) {
    io.out(JSON.stringify({ likelihoodLevels: matrix.likelihoodLevels, consequenceLevels: matrix.consequenceLevels, counts: matrix.counts }));
  } else {
    const { likelihood, consequence } = register.scale;
    io.out(C.matrixHeading({ file, orientation: M.matrixOrientation }));
    const header = [M.matrixCorner, ...consequence.labels.map((l, k) => `${k + 1} ${l}`)];
    const rows = [...matrix.counts.keys()].reverse().map((s) => [`${s + 1} ${likelihood.labels[s]}`, ...matrix.counts[s]]);
    for (const line of textTable([header, ...rows])) io.out(line);
    if (matrix.unscored > 0) io.out(C.unscored({ risks: matrix.unscored }));
  }
  if (findings.length > 0) {
    io.err(C.risksNotPlaced({ risks: findings.length, counts: countLine(findings) }));
    printFindings(findings, (line) => io.err(line));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
}
