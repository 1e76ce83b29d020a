/*
 * The rule that keeps src/core pure must actually fire: lint probe code through the real ESLint CLI and
 * config (a child process, since ESLint loads its flat config as an ES module). One probe per path keeps
 * this to two ESLint start-ups.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.join(__dirname, '../..');
const eslint = path.join(root, 'node_modules/.bin/eslint');

interface LintMessage { ruleId: string; line: number }

function lint(filePath: string, code: string): LintMessage[] {
  const run = spawnSync(eslint, ['--stdin', '--stdin-filename', filePath, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [report] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return report.messages;
}

// One forbidden use per line, with the rule that must catch it.
const probe: [string, string][] = [
  ["import ExcelJS from 'exceljs';", 'no-restricted-imports'],
  ["import React from 'react';", 'no-restricted-imports'],
  ["import { Button } from '@fluentui/react-components';", 'no-restricted-imports'],
  ["import { port } from '../workbook/port';", 'no-restricted-imports'],
  ["import fs from 'fs';", 'no-restricted-imports'],
  ['export const run = () => Excel.run(async () => undefined);', 'no-restricted-globals'],
  ['export const ready = Office.onReady;', 'no-restricted-globals'],
  ["export const e = new CustomFunctions.Error('#VALUE!');", 'no-restricted-globals'],
];
const code = [...probe.map(([line]) => line), 'export const used = [ExcelJS, React, Button, port, fs];'].join('\n');

// Each test starts ESLint with the TypeScript parser: seconds idle, far longer on a busy 2-core machine.
const ESLINT_TIMEOUT = 120_000;

describe('the src/core boundary', () => {
  test('rejects Office, React, Fluent, ExcelJS, adapters and I/O in src/core, line by line', () => {
    const messages = lint('src/core/probe.ts', code);
    probe.forEach(([, rule], i) => expect(messages.filter((m) => m.line === i + 1).map((m) => m.ruleId)).toEqual([rule]));
  }, ESLINT_TIMEOUT);

  // Outside src: every layer of src has a boundary of its own now (test/lint/layerBoundaries.test.ts).
  test('allows the same code outside src/core', () => {
    expect(lint('test/probe.ts', code)).toEqual([]);
  }, ESLINT_TIMEOUT);
});
