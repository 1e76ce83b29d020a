/*
 * Spreading a whole column into call arguments overflowed the stack on big sheets (issue 9); the lint rule
 * that forbids it in src must actually fire, and must leave spreads into array literals and of short
 * literal lists alone. Probed through the real ESLint CLI and config, as test/lint/coreBoundary does.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.join(__dirname, '../..');
const eslint = path.join(root, 'node_modules/.bin/eslint');

interface LintMessage {
  ruleId: string | null;
  line: number;
}

function lint(filePath: string, code: string): LintMessage[] {
  const run = spawnSync(eslint, ['--stdin', '--stdin-filename', filePath, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [report] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return report.messages;
}

const preamble = 'declare const xs: number[]; declare const rows: number[][]; declare const codes: number[]; declare function f(...a: number[]): number;';
// One forbidden call per line.
const forbidden = [
  'export const a = Math.max(0, ...xs);',
  'export const b = Math.min(...rows.map((r) => r.length));',
  'rows[0].push(...xs);',
  'export const c = String.fromCharCode(...codes);',
  'export const d = new Set<number>(...rows);',
  'export const e = f.apply(null, xs);',
];
const allowed = [
  'export const g = [...xs, ...rows[0]];',
  'export const h = Math.max(...[1, 2, 3]);',
  'export const i = { ...{ a: 1 } };',
  'export const j = f.apply(null, [1, 2]);',
];

describe('the no-argument-spread rule', () => {
  test.each(['src/core/probe.ts', 'src/taskpane/probe.tsx'])(
    'rejects every spread of a list into call arguments in %s, line by line',
    (file) => {
      const messages = lint(file, [preamble, ...forbidden].join('\n'));
      forbidden.forEach((_, i) => expect(messages.filter((m) => m.line === i + 2).map((m) => m.ruleId)).toEqual(['no-restricted-syntax']));
    },
    120_000,
  );

  test('allows spreads into array and object literals and of literal lists', () => {
    expect(lint('src/core/probe.ts', [preamble, ...allowed].join('\n')).filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  }, 120_000);
});
