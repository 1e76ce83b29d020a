/*
 * Builds the reference page (shell.tsx) as the pane is built: webpack in production mode, the same compile
 * hint on its script. One HTML page and one script, kept in memory; the benchmark serves them itself.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';
import { compileHintPlugin } from '../../scripts/webpack/compileHint';
import { OFFICE_JS, ROOT } from '../../test/browser/harness';

export interface FluentShell {
  html: string;
  script: string;
}

/** The page's script name, relative to the page. */
export const SHELL_SCRIPT = 'bench-shell.js';

export async function buildFluentShell(): Promise<FluentShell> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-shell-'));
  const compiler = webpack({
    mode: 'production',
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, 'shell.tsx'),
    output: { path: outDir, filename: SHELL_SCRIPT },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }],
    },
    plugins: [compileHintPlugin()],
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString('errors-only'))) : resolve())),
  );
  const script = fs.readFileSync(path.join(outDir, SHELL_SCRIPT), 'utf8');
  fs.rmSync(outDir, { recursive: true, force: true });
  // As taskpane.html inside Office: Office.js parser-blocking in <head>, the bundle deferred.
  const html = `<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Uppsikt</title><script src="${OFFICE_JS}"></script><script defer src="${SHELL_SCRIPT}"></script></head><body><div id="container"></div></body></html>`;
  return { html, script };
}
