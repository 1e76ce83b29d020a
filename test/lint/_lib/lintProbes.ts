/*
 * Lints probe code as if it were files in src, through the real ESLint and config, in one child process
 * (ESLint loads its flat config as an ES module, which Jest's CommonJS cannot; one start-up for every probe
 * keeps this to seconds on a busy machine).
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.join(__dirname, '../../..');

export interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

export interface Probe {
  filePath: string;
  code: string;
}

const script = `
const { ESLint } = require('eslint');
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const probe of JSON.parse(input)) {
    const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath });
    out.push(result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
});
`;

/** Every probe's messages, in order. */
export function lintProbes(probes: readonly Probe[]): LintMessage[][] {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`ESLint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintMessage[][];
}
