#!/usr/bin/env node
// The `uppsikt` command: runs the CLI compiled to dist/node (by `npm run build`, and by `npm start`).
// Whatever goes wrong here is said in Swedish; the stack trace only with UPPSIKT_DEBUG=1.
'use strict';

const path = require('path');

const MAIN = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
const debug = () => !['', '0', undefined].includes(process.env.UPPSIKT_DEBUG);

function fail(message, error) {
  process.stderr.write(`uppsikt: ${message}\n`);
  if (debug() && error) process.stderr.write(`[UPPSIKT_DEBUG] ${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(2);
}

let cli;
try {
  cli = require(MAIN);
} catch (error) {
  const root = path.resolve(__dirname, '..');
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(MAIN)) {
    fail(`kommandoraden är inte byggd än. Kör npm run build (eller npm start) i ${root} och försök igen.`, error);
  }
  fail(`kommandoraden i ${root} kunde inte startas; bygg om den med npm run build. Kör med UPPSIKT_DEBUG=1 för att se felet.`, error);
}

cli.runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => fail('oväntat fel i Uppsikt. Kör kommandot igen med UPPSIKT_DEBUG=1 för att se detaljerna, och rapportera felet.', error),
);
