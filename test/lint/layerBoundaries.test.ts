/*
 * Every layer's policy (eslint-plugin-boundaries in eslint.config.mjs) must fire on what the layer must not
 * use, statically and through import(), with its Swedish message, and let through what the layer may use. The
 * plugin classifies resolved modules, so every probe imports a module that exists. One probe file per layer;
 * each forbidden line must give exactly one message, from the expected rule.
 */
import { lintProbes, type LintMessage } from './_lib/lintProbes';

const IMPORTS = 'boundaries/dependencies';
const GLOBALS = 'no-restricted-globals';
const BOUNDARY_RULES = new Set([IMPORTS, GLOBALS, 'no-restricted-imports', 'no-restricted-syntax']);

interface Layer {
  name: string;
  file: string;
  /** A line each, with the rule that must catch it. */
  forbidden: [string, string][];
  allowed: string[];
  /** What every message of this layer says (Swedish, naming the layer). */
  says: RegExp;
}

const staticImport = (from: string): [string, string] => [`import '${from}';`, IMPORTS];
const dynamicImport = (from: string): [string, string] => [`export const load${Math.abs(hash(from))} = () => import('${from}');`, IMPORTS];
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

const layers: Layer[] = [
  {
    name: 'src/core',
    file: 'src/core/probe.ts',
    forbidden: [
      staticImport('../usecases/summarizeRegister'),
      staticImport('../usecases/consolidate'),
      dynamicImport('../usecases/exampleRegister'),
      staticImport('exceljs'),
      staticImport('../usecases/port/WorkbookPort'),
      staticImport('../workbook/xlsx/snapshotOf'),
      staticImport('react'),
      staticImport('fs'),
      staticImport('zlib'),
      staticImport('node:path'),
      ['export const run = () => Excel.run(async () => undefined);', GLOBALS],
    ],
    allowed: ["import './cell/a1';", "import './errors/UppsiktError';", "import { scoreRisk } from './scale/scoreRisk';", 'export const f = scoreRisk;'],
    says: /src\/core /,
  },
  {
    name: 'src/usecases',
    file: 'src/usecases/probe.ts',
    forbidden: [
      staticImport('../workbook/office'),
      staticImport('../workbook/office/writeStructure'),
      staticImport('../workbook/xlsx'),
      staticImport('../workbook/xlsx/renderUppsikt'),
      dynamicImport('../workbook/xlsx/consolidation'),
      staticImport('../workbook/layout/matrixLayout'),
      staticImport('exceljs'),
      dynamicImport('exceljs'),
      staticImport('react'),
      staticImport('@fluentui/react-components'),
      staticImport('fs'),
      staticImport('node:fs'),
      staticImport('child_process'),
      staticImport('../cli/format'),
      staticImport('../taskpane/App'),
      staticImport('../commands/commands'),
      staticImport('../functions/functions'),
      ['export const ready = Office.onReady;', GLOBALS],
      ['export const run = () => Excel.run(async () => undefined);', GLOBALS],
    ],
    allowed: [
      "import { scoreRisk } from '../core';",
      "import type { WorkbookPort } from './port/WorkbookPort';",
      "import { consolidateRegisters } from './consolidate';",
      'export const used = [scoreRisk, consolidateRegisters] as unknown as WorkbookPort[];',
    ],
    says: /src\/usecases /,
  },
  {
    name: 'src/workbook (adapters)',
    file: 'src/workbook/xlsx/probe.ts',
    forbidden: [
      staticImport('../../cli/format'),
      staticImport('../../taskpane/App'),
      staticImport('../../commands/commands'),
      staticImport('../../functions/functions'),
      staticImport('react'),
      staticImport('@fluentui/react-components'),
      dynamicImport('../../cli/main'),
    ],
    allowed: [
      "import 'exceljs';",
      "import 'fs';",
      "import '../../core';",
      "import '../../usecases/consolidate';",
      "import '../layout/matrixLayout';",
      "import './snapshotOf';",
      "export const e = () => import('exceljs');",
    ],
    says: /src\/workbook /,
  },
  {
    name: 'src/workbook/layout',
    file: 'src/workbook/layout/probe.ts',
    forbidden: [
      staticImport('exceljs'),
      staticImport('../office/a1'),
      staticImport('../xlsx'),
      staticImport('../docx/renderYttrande'),
      staticImport('../xlsx/snapshotOf'),
      staticImport('fs'),
      staticImport('../../cli/format'),
      ['export const run = () => Excel.run(async () => undefined);', GLOBALS],
    ],
    allowed: ["import '../../core';", "import './uppsiktNames';", "import type { WorkbookPort } from '../../usecases/port/WorkbookPort';", 'export type P = WorkbookPort;'],
    says: /src\/workbook(\/layout)? /,
  },
  {
    name: 'src/functions',
    file: 'src/functions/probe.ts',
    forbidden: [
      staticImport('../usecases/summarizeRegister'),
      staticImport('../workbook/layout/textLiteral'),
      staticImport('../cli/format'),
      staticImport('../taskpane/App'),
      staticImport('exceljs'),
      staticImport('react'),
      staticImport('fs'),
    ],
    allowed: ["import '../core';", "import './_lib/guard';", 'export const e = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue);'],
    says: /src\/functions /,
  },
  {
    name: 'src/cli',
    file: 'src/cli/commands/probe.ts',
    forbidden: [
      staticImport('../../taskpane/App'),
      dynamicImport('../../taskpane/views/HelpView'),
      staticImport('../../workbook/office'),
      staticImport('../../workbook/office/a1'),
      staticImport('react'),
      staticImport('@fluentui/react-components'),
      ['export const ready = Office.onReady;', GLOBALS],
    ],
    allowed: [
      "import 'exceljs';",
      "import 'fs';",
      "import 'node:path';",
      "import 'commander';",
      "import '../../workbook/xlsx';",
      "import '../../usecases/consolidate';",
      "import '../format';",
      "import './openRegister';",
    ],
    says: /Kommandoraden /,
  },
  {
    name: 'src/taskpane',
    file: 'src/taskpane/views/probe.tsx',
    forbidden: [
      staticImport('exceljs'),
      dynamicImport('exceljs'),
      staticImport('fs'),
      staticImport('path'),
      staticImport('node:fs'),
      staticImport('child_process'),
      staticImport('../../cli/format'),
      dynamicImport('../../cli/commands/samla'),
    ],
    allowed: [
      "import 'react';",
      "import '@fluentui/react-components';",
      "import '../../workbook/office';",
      "import '../../usecases/consolidate';",
      "export const x = () => import('../../workbook/xlsx/consolidation');",
      'export const ready = Office.onReady;',
    ],
    says: /Aktivitetsfönstret /,
  },
  {
    name: 'src/commands',
    file: 'src/commands/probe.ts',
    forbidden: [staticImport('exceljs'), staticImport('fs'), staticImport('../cli/main')],
    allowed: ["import '../workbook/office';", "import '../core';", 'export const ready = Office.onReady;'],
    says: /Aktivitetsfönstret /,
  },
];

// One ESLint start-up for all probes: seconds idle, far longer on a busy 2-core machine.
const ESLINT_TIMEOUT = 180_000;

describe('the layer boundaries', () => {
  let forbidden: LintMessage[][];
  let allowed: LintMessage[][];

  beforeAll(() => {
    const results = lintProbes(
      layers.flatMap((l) => [
        { filePath: l.file, code: l.forbidden.map(([line]) => line).join('\n') },
        { filePath: l.file, code: l.allowed.join('\n') },
      ]),
    );
    forbidden = layers.map((_, i) => results[2 * i]);
    allowed = layers.map((_, i) => results[2 * i + 1]);
  }, ESLINT_TIMEOUT);

  describe.each(layers.map((layer, i) => [layer.name, layer, i] as const))('%s', (_name, layer, i) => {
    test('rejects every forbidden import and global, line by line, with its Swedish message', () => {
      layer.forbidden.forEach(([line, rule], n) => {
        const messages = forbidden[i].filter((m) => m.line === n + 1 && m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
        expect({ line, rules: messages.map((m) => m.ruleId) }).toEqual({ line, rules: [rule] });
        expect(messages[0].message).toMatch(layer.says);
      });
    });

    test('lets through what the layer may use', () => {
      expect(allowed[i].filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId))).toEqual([]);
    });
  });
});
