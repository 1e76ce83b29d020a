import { builtinModules } from 'module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Spreading an array into call arguments (Math.max(...column), rows.push(...part), f.apply(null, list)) puts
// every element on the stack: a sheet of ~125,000 rows crashed every command with "Maximum call stack size
// exceeded". Loop or reduce instead. Spreading an array literal written in the source is bounded and allowed.
const SPREAD_SYNTAX = [
  {
    selector: ":matches(CallExpression, NewExpression) > SpreadElement:not([argument.type='ArrayExpression'])",
    message: 'Sprid inte en lista i anropsargument (stacken tar slut vid stora flikar); använd en loop eller reduce.',
  },
  {
    selector: "CallExpression[callee.property.name='apply'][arguments.length=2]:not([arguments.1.type='ArrayExpression'])",
    message: 'apply med en lista som argument har samma stackgräns som spridning; använd en loop eller reduce.',
  },
];

export const noArgumentSpread = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  rules: {
    // prefer-spread recommends turning f.apply(null, list) into f(...list), the very thing forbidden here.
    'prefer-spread': 'off',
    'no-restricted-syntax': ['error', ...SPREAD_SYNTAX],
  },
};

/*
 * Layers: core → usecases → workbook adapters → cli and the task pane (ribbon commands beside the pane, the
 * custom functions beside the core). Each layer's rule below names what it must not import, with a Swedish
 * message: static imports through no-restricted-imports, import() through no-restricted-syntax (which then
 * also carries SPREAD_SYNTAX: a later config's options replace an earlier one's for the same files, so the
 * layer rules come after noArgumentSpread). test/lint/layerBoundaries.test.ts proves that each one fires.
 */

/** A folder as a relative import names it: the folder itself (its index) and anything in it. */
const folder = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);
const EXCELJS = ['exceljs', 'exceljs/*'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'];
const NODE = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];

/** A glob of no-restricted-imports as a regular expression for esquery, which ends a regex at any "/". */
function specifierRegex(glob) {
  const source = glob
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '§ANY§')
    .replace(/\/\*\*$/, '§REST§')
    .replace(/\*/g, '[^/]*')
    .replace(/§ANY§/g, '(.*/)?')
    .replace(/§REST§/g, '/.*');
  return `^${source}$`.replace(/\//g, '\\x2F');
}

/**
 * A layer's rule.
 *
 * @param files - The layer's files.
 * @param forbidden - Groups of import patterns, each with its Swedish message.
 * @param officeMessage - When set, the Office globals (Excel, Office, OfficeRuntime, CustomFunctions) are
 *   forbidden with this message.
 */
function layerRule(files, forbidden, officeMessage) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden }],
      'no-restricted-syntax': [
        'error',
        ...SPREAD_SYNTAX,
        ...forbidden.flatMap(({ group, message }) => group.map((glob) => ({ selector: `ImportExpression[source.value=/${specifierRegex(glob)}/]`, message }))),
      ],
      ...(officeMessage
        ? { 'no-restricted-globals': ['error', ...['Excel', 'Office', 'OfficeRuntime', 'CustomFunctions'].map((name) => ({ name, message: officeMessage }))] }
        : {}),
    },
  };
}

// The pure core must stay runnable anywhere (Excel, Node CLI, tests): no Office, React, Fluent, ExcelJS,
// adapters, use cases, I/O or Office globals. tsconfig.core.json enforces the same for types.
export const coreBoundary = layerRule(
  ['src/core/**/*.ts'],
  [
    { group: EXCELJS, message: 'src/core får inte bero på ExcelJS (använd en adapter i src/workbook).' },
    { group: REACT, message: 'src/core får inte bero på React eller Fluent UI.' },
    { group: folder('usecases', 'workbook', 'taskpane', 'functions', 'commands', 'cli'), message: 'src/core får inte importera från lager ovanför sig.' },
    { group: NODE, message: 'src/core gör ingen I/O.' },
  ],
  'src/core får inte använda Office.js eller CustomFunctions.',
);

// The flows both surfaces share: the core and the port, never an adapter, a surface or I/O.
export const usecasesBoundary = layerRule(
  ['src/usecases/**/*.ts'],
  [
    { group: folder('workbook/office', 'workbook/xlsx'), message: 'src/usecases når arbetsboken bara genom WorkbookPort (src/workbook/WorkbookPort), aldrig genom en adapter.' },
    { group: EXCELJS, message: 'src/usecases får inte bero på ExcelJS; det gör adaptern i src/workbook/xlsx.' },
    { group: REACT, message: 'src/usecases får inte bero på React eller Fluent UI.' },
    { group: NODE, message: 'src/usecases gör ingen I/O med Node; det gör kommandoraden och adaptrarna.' },
    { group: folder('cli', 'taskpane', 'commands', 'functions'), message: 'src/usecases får inte importera från kommandoraden, aktivitetsfönstret, menyfliksknapparna eller funktionerna.' },
  ],
  'src/usecases får inte använda Office.js; det gör adaptern i src/workbook/office.',
);

const WORKBOOK_FORBIDDEN = [
  { group: folder('cli', 'taskpane', 'commands', 'functions'), message: 'src/workbook får inte importera från kommandoraden, aktivitetsfönstret, menyfliksknapparna eller funktionerna.' },
  { group: REACT, message: 'src/workbook får inte bero på React eller Fluent UI.' },
];

// The adapters serve the surfaces; they never reach up into one.
export const workbookBoundary = layerRule(['src/workbook/**/*.ts'], WORKBOOK_FORBIDDEN);

// The placement plans both adapters translate are plain data: no adapter, no library, no I/O.
export const layoutBoundary = layerRule(
  ['src/workbook/layout/**/*.ts'],
  [
    ...WORKBOOK_FORBIDDEN,
    { group: folder('office', 'xlsx'), message: 'src/workbook/layout är ren placering som båda adaptrarna översätter; den får inte importera en adapter.' },
    { group: EXCELJS, message: 'src/workbook/layout får inte bero på ExcelJS; det gör adaptern i src/workbook/xlsx.' },
    { group: NODE, message: 'src/workbook/layout gör ingen I/O.' },
  ],
  'src/workbook/layout får inte använda Office.js; det gör adaptern i src/workbook/office.',
);

// The custom functions run in Excel's function runtime: one call into the core each.
export const functionsBoundary = layerRule(
  ['src/functions/**/*.ts'],
  [
    { group: folder('usecases', 'workbook', 'cli', 'taskpane', 'commands'), message: 'src/functions anropar bara kärnan (src/core) och sina egna hjälpare i _lib.' },
    { group: EXCELJS, message: 'src/functions får inte bero på ExcelJS.' },
    { group: REACT, message: 'src/functions får inte bero på React eller Fluent UI.' },
    { group: NODE, message: 'src/functions körs i Excels funktionsmotor: inga Node-moduler.' },
  ],
);

// The CLI works on files through the xlsx adapter; it never loads the pane, React or Office.js.
export const cliBoundary = layerRule(
  ['src/cli/**/*.ts'],
  [
    { group: folder('taskpane'), message: 'Kommandoraden får inte importera aktivitetsfönstret (src/taskpane).' },
    { group: folder('workbook/office'), message: 'Kommandoraden arbetar med filer genom src/workbook/xlsx, aldrig genom Office.js (src/workbook/office).' },
    { group: REACT, message: 'Kommandoraden får inte bero på React eller Fluent UI.' },
  ],
  'Kommandoraden får inte använda Office.js.',
);

// The pane and the ribbon commands run in a browser: .xlsx only through the xlsx adapter, imported when needed.
export const paneBoundary = layerRule(
  ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/commands/**/*.ts'],
  [
    { group: EXCELJS, message: 'Aktivitetsfönstret läser och skriver .xlsx bara genom adaptern i src/workbook/xlsx (importerad när den behövs), aldrig med ExcelJS direkt.' },
    { group: NODE, message: 'Aktivitetsfönstret körs i webbläsaren: inga Node-moduler (fs, path, node:*, child_process …).' },
    { group: folder('cli'), message: 'Aktivitetsfönstret får inte importera kommandoraden (src/cli).' },
  ],
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  noArgumentSpread,
  coreBoundary,
  usecasesBoundary,
  workbookBoundary,
  layoutBoundary,
  functionsBoundary,
  cliBoundary,
  paneBoundary,
);
