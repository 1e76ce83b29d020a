import { errorsOf } from '../core/errors/UppsiktError';
import { flowMessagesSv as F } from '../usecases/messages.sv';
import { yearCloseMessagesSv as Y } from '../usecases/yearClose';
import { lossSentences, xlsxMessages, type LossError } from '../workbook/xlsx';
import { cliMessagesSv as C } from './messages.sv';

/*
 * The CLI's errors: every failure a command reports is an UppsiktError with the code "cli.<key>" and the
 * sentence of that key, so tests and callers match codes while the user reads the same Swedish as before.
 */

type Wording = string | ((params: never) => string);
type WordingKeys<T> = { [K in keyof T]: T[K] extends Wording ? K : never }[keyof T];

/** The entries of a catalogue that are sentences (help titles and table columns are not errors). */
function wordingsOf<T extends object>(catalogue: T): Pick<T, WordingKeys<T>> {
  return Object.fromEntries(Object.entries(catalogue).filter(([, w]) => typeof w === 'string' || typeof w === 'function')) as Pick<T, WordingKeys<T>>;
}

/*
 * Sentences the flows and the xlsx adapter word, raised by the CLI with its own ending ("försök igen",
 * "Ingen fil har skrivits."), so the pane and the CLI keep one wording of what went wrong.
 */
const shared = {
  fileEmpty: (p: { file: string }) => `${F.fileEmpty(p)} ${C.checkRightFile}`,
  fileEncrypted: (p: { file: string }) => F.fileEncrypted({ file: p.file, again: C.tryAgain }),
  fileOldFormat: F.fileOldFormat,
  fileNotXlsxContent: F.fileNotXlsxContent,
  notUtf8: F.notUtf8,
  scaleUnknown: F.scaleUnknown,
  ambiguousIds: (p: Parameters<typeof F.ambiguousIds>[0]) => `${F.ambiguousIds(p)} ${C.noFileWrittenSentence}`,
  ambiguousIdsReport: (p: Parameters<typeof F.ambiguousIdsReport>[0]) => `${F.ambiguousIdsReport(p)} ${C.noFileWrittenSentence}`,
  yearInvalid: Y.yearInvalid,
  lossRefused: (p: { losses: LossError['losses'] }) => xlsxMessages.losses(lossSentences(p.losses, 'would'), C.allowLossHint, C.noFileWritten),
  /** A sentence a flow or the adapter returned already worded (a plan's problem, a rewrite refusal). */
  worded: (p: { sentence: string }) => p.sentence,
};

/** `cliErrors.targetExists({ file })`: an UppsiktError "cli.targetExists" with the catalogue's sentence. */
export const cliErrors = errorsOf('cli', { ...wordingsOf(C), ...shared });

/** Exit codes: 0 done, 1 the workbook has errors (check) or rows could not be counted, 2 could not run. */
export const EXIT_FINDINGS = 1;
