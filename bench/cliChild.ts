/*
 * One CLI command in a process of its own, for the big-workbook benchmark: output discarded, and on exit
 * one JSON line on stderr with the exit code, the seconds (wall clock, and CPU time, which a busy shared
 * machine disturbs less) and the peak resident memory (kB) of this process.
 */
import { runCli } from '../src/cli/main';

const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const io = { out: () => undefined, err: () => undefined, today: () => 46000 };
runCli(process.argv.slice(2), io).then((code) => {
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  process.stderr.write(`${JSON.stringify({ code, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  process.exit(code);
});
