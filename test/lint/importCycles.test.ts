/*
 * The cycle rule that lint runs over src (noImportCycles in eslint.config.mjs) must find a real cycle: its exact
 * config, resolver included, lints two fixture files that import each other, and a third that only imports
 * one of them. `npm run lint` itself proves that src has none.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.join(__dirname, '../..');

const script = `
const { ESLint } = require('eslint');
(async () => {
  const { noImportCycles } = await import('./eslint.config.mjs');
  const tseslint = (await import('typescript-eslint')).default;
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, { ...noImportCycles, files: ['**/*.ts'] }],
  });
  const results = await eslint.lintFiles(['test/lint/_fixtures/cycle/*.ts']);
  process.stdout.write(JSON.stringify(results.map((r) => ({ file: r.filePath, rules: r.messages.map((m) => m.ruleId) }))));
})();
`;

describe('the import cycle rule', () => {
  test('reports both files of a cycle and nothing in a file that only imports into it', () => {
    const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const byFile = Object.fromEntries((JSON.parse(run.stdout) as { file: string; rules: string[] }[]).map((r) => [path.basename(r.file), r.rules]));
    expect(byFile).toEqual({ 'first.ts': ['import-x/no-cycle'], 'second.ts': ['import-x/no-cycle'], 'acyclic.ts': [] });
  }, 180_000);
});
