/*
 * One CLI run in a process of its own, for tests that bound memory: the output as the user sees it, and
 * on exit one line "@@peak <kB>" on stderr with the process's peak resident memory. A V8 fatal error
 * (heap out of memory) ends the process before that line, with its English text on stderr.
 */
import { runCli } from '../../../src/cli/main';
import { TODAY } from '../runCli';

const io = {
  out: (line: string) => void process.stdout.write(`${line}\n`),
  err: (line: string) => void process.stderr.write(`${line}\n`),
  today: () => TODAY,
};
runCli(process.argv.slice(2), io).then((code) => {
  process.stderr.write(`@@peak ${process.resourceUsage().maxRSS}\n`);
  process.exit(code);
});
