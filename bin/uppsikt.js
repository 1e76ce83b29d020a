#!/usr/bin/env node
// The `uppsikt` command: runs the CLI compiled by `npm run build` (tsc -p tsconfig.cli.json → dist/node).
const { runCli } = require('../dist/node/cli/main.js');

runCli(process.argv.slice(2)).then((code) => process.exit(code));
