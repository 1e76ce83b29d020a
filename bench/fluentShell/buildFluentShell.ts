/*
 * Builds the reference page (shell.tsx) as the pane is built: webpack in production mode, the same compile
 * hint on its script. One HTML page and one script, kept in memory; the benchmark serves them itself.
 */
import path from 'path';
import { compileHintPlugin } from '../../scripts/webpack/compileHint';
import { bundleToString, OFFICE_JS } from '../../test/browser/harness';

export interface FluentShell {
  html: string;
  script: string;
}

/** The page's script name, relative to the page. */
export const SHELL_SCRIPT = 'bench-shell.js';

export async function buildFluentShell(): Promise<FluentShell> {
  const script = await bundleToString(path.join(__dirname, 'shell.tsx'), { mode: 'production', plugins: [compileHintPlugin()] });
  // As taskpane.html inside Office: Office.js parser-blocking in <head>, the bundle deferred.
  const html = `<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Uppsikt</title><script src="${OFFICE_JS}"></script><script defer src="${SHELL_SCRIPT}"></script></head><body><div id="container"></div></body></html>`;
  return { html, script };
}
