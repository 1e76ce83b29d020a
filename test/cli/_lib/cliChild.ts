/*
 * One CLI run in a process of its own, for tests that bound memory: the output as the user sees it, and
 * on exit the process's peak resident memory (kB) in the file UPPSIKT_PEAK_FILE names. A V8 fatal error
 * (heap out of memory) ends the process before that line, with its English text on stderr.
 */
import fs from 'fs';
import { installInterruptCleanup } from '../../../src/cli/interrupt';
import { runCli } from '../../../src/cli/main';
import { TODAY } from '../runCli';

const io = {
  out: (line: string) => void process.stdout.write(`${line}\n`),
  err: (line: string) => void process.stderr.write(`${line}\n`),
  today: () => TODAY,
};
// As bin/uppsikt does through runCli with processIo: SIGINT and SIGTERM clean up.
installInterruptCleanup();
runCli(process.argv.slice(2), io).then((code) => {
  // Into a file: a pipe still full of output would lose a last line written before exit.
  if (process.env.UPPSIKT_PEAK_FILE) fs.writeFileSync(process.env.UPPSIKT_PEAK_FILE, String(process.resourceUsage().maxRSS));
  process.exitCode = code;
});
