// `npm start`: serves the add-in on https://localhost:3000 and loads it into Excel.
//
// Windows and macOS: Excel for the desktop only loads pages whose certificate it trusts, so the Office
// developer certificate is installed first (office-addin-dev-certs; the webpack config uses it when it
// exists), and office-addin-debugging sideloads the manifest once the server answers. Both are fetched by
// npx on demand instead of being dependencies: office-addin-debugging's native keytar build fails on Linux.
//
// Linux: Excel for the desktop does not exist, and installing a trusted certificate needs sudo, so the
// server uses webpack-dev-server's own self-signed certificate, and what is printed leads with file mode (the
// URL to open in a browser to work on an .xlsx), then the steps for Excel on the web.
//
// The command line (`npx uppsikt`, which the steps suggest) is compiled to dist/node alongside, so the hint
// works right after `npm ci && npm start` and not only after `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { get } from 'node:https';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { stopWithParent } from './stopWithParent.mjs';

const require = createRequire(import.meta.url);
const { linuxStartHelp, DEV_ORIGIN } = require('./sideloadHelp.cjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'manifest.xml');
const windows = process.platform === 'win32';
const desktopExcel = windows || process.platform === 'darwin';
// Node refuses to spawn npx.cmd without a shell on Windows; the arguments here contain no spaces.
const spawnOptions = { cwd: root, stdio: 'inherit', shell: windows };

/** Resolves true once the dev server answers, false after `timeoutMs`. */
function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      // The certificate may be the self-signed one; this only asks whether the server is up.
      const request = get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on('error', () => {
        if (Date.now() > deadline) resolve(false);
        else setTimeout(attempt, 1000);
      });
    };
    attempt();
  });
}

async function sideloadIntoDesktopExcel() {
  if (!(await waitForServer(`${DEV_ORIGIN}/taskpane.html`, 180_000))) {
    console.error(`\nServern svarar inte på ${DEV_ORIGIN}; Uppsikt läses inte in i Excel.`);
    return;
  }
  const sideload = spawn('npx', ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel'], spawnOptions);
  sideload.on('exit', (code) => {
    if (code === 0) {
      console.log('\nUppsikt är inläst i Excel: knappen Uppsikt finns på fliken Start.');
      console.log('Ta bort tillägget ur Excel igen med: npx office-addin-debugging stop manifest.xml');
    } else {
      console.error(`\nUppsikt kunde inte läsas in i Excel automatiskt (kod ${code}). Servern körs vidare på ${DEV_ORIGIN};`);
      console.error(`läs in ${manifestPath} för hand enligt docs/sideload.md.`);
    }
  });
}

if (desktopExcel) {
  const certs = spawnSync('npx', ['--yes', 'office-addin-dev-certs', 'install'], spawnOptions);
  if (certs.status !== 0) {
    console.error('Office-utvecklarcertifikatet kunde inte installeras; Excel för skrivbordet kommer inte att lita på servern.');
  }
}

/** Compiles the CLI (tsc -p tsconfig.cli.json → dist/node); resolves whether it succeeded. */
function buildCli() {
  return new Promise((resolve) => {
    const tsc = spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout.on('data', (chunk) => (output += chunk));
    tsc.stderr.on('data', (chunk) => (output += chunk));
    tsc.on('error', () => resolve(false));
    tsc.on('exit', (code) => {
      if (code !== 0) {
        console.error(`\nKommandoraden uppsikt kunde inte byggas (tsc avslutades med kod ${code}); npx uppsikt fungerar inte förrän npm run build lyckas.`);
        if (output.trim()) console.error(output.trim());
      }
      resolve(code === 0);
    });
  });
}
const cliBuilt = buildCli();

// webpack's statistics (some 40 lines of English) only on request: `npm start -- --bygginfo` or
// UPPSIKT_BYGGINFO=1. Otherwise webpack says only errors and warnings (webpack.config.js reads UPPSIKT_TYST).
const details = process.argv.includes('--bygginfo') || process.env.UPPSIKT_BYGGINFO === '1';
if (!details) console.log('Bygger Uppsikt … (första gången tar det en stund; npm start -- --bygginfo visar webpacks detaljer)');

// `webpack serve --mode development`, run with this Node rather than through npx: npx and its shell do not
// pass SIGTERM on, which would leave the server running when start.mjs is stopped.
const server = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], {
  cwd: root,
  stdio: 'inherit',
  env: details ? process.env : { ...process.env, UPPSIKT_TYST: '1' },
});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// A signal to npm, or npm ending, stops the server too: nothing keeps serving port 3000.
stopWithParent(() => [server]);

if (desktopExcel) {
  void sideloadIntoDesktopExcel();
} else {
  // After the first build, so webpack's output does not push the steps out of sight.
  // The steps end with an `npx uppsikt` command, so they wait for the CLI's build too.
  void Promise.all([waitForServer(`${DEV_ORIGIN}/taskpane.html`, 180_000), cliBuilt]).then(([up]) => {
    if (up) console.log(`\n${linuxStartHelp({ manifestPath })}\n`);
    else console.error(`\nServern svarar inte på ${DEV_ORIGIN}.`);
  });
}
