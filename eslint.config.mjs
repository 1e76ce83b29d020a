import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
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
 * Layers: core → usecases (with the workbook port) → workbook adapters → cli and the task pane (ribbon commands
 * beside the pane, the custom functions beside the core). eslint-plugin-boundaries classifies every file and
 * every resolved import (static, export … from, require and import()) into these elements; each policy below
 * names what a layer must not depend on, with a Swedish message. test/lint/layerBoundaries.test.ts proves that
 * each one fires on a real module.
 */
const ELEMENTS = [
  ['core', 'src/core'],
  ['usecases', 'src/usecases'],
  ['layout', 'src/workbook/layout'],
  ['office', 'src/workbook/office'],
  ['xlsx', 'src/workbook/xlsx'],
  ['docx', 'src/workbook/docx'],
  ['functions', 'src/functions'],
  ['cli', 'src/cli'],
  ['taskpane', 'src/taskpane'],
  ['commands', 'src/commands'],
].map(([type, pattern]) => ({ type, pattern }));

const ADAPTERS = ['layout', 'office', 'xlsx', 'docx'];
const SURFACES = ['cli', 'taskpane', 'commands', 'functions'];
const EXCELJS = ['exceljs', 'exceljs/**'];
const REACT = ['react', 'react/**', 'react-dom', 'react-dom/**', '@fluentui/**'];

/** A policy: files of layer `from` must not import the elements or packages in `to`. */
function forbid(from, to, message) {
  const targets = [];
  if (to.elements) targets.push({ element: { types: { anyOf: to.elements } } });
  if (to.packages) targets.push({ module: { origin: 'external', source: to.packages } });
  if (to.node) targets.push({ module: { origin: 'core' } });
  return { from: { element: { types: { anyOf: [].concat(from) } } }, disallow: { to: targets }, message };
}

export const LAYER_POLICIES = [
  // The pure core must stay runnable anywhere (Excel, Node CLI, tests). tsconfig.core.json enforces the same for types.
  forbid('core', { elements: ['usecases', ...ADAPTERS, ...SURFACES] }, 'src/core får inte importera från lager ovanför sig.'),
  forbid('core', { packages: EXCELJS }, 'src/core får inte bero på ExcelJS (använd en adapter i src/workbook).'),
  forbid('core', { packages: REACT }, 'src/core får inte bero på React eller Fluent UI.'),
  forbid('core', { node: true }, 'src/core gör ingen I/O.'),
  // The flows both surfaces share: the core and their own port, never an adapter, a surface or I/O.
  forbid('usecases', { elements: ADAPTERS }, 'src/usecases når arbetsboken bara genom porten i src/usecases/port, aldrig genom src/workbook.'),
  forbid('usecases', { elements: SURFACES }, 'src/usecases får inte importera från kommandoraden, aktivitetsfönstret, menyfliksknapparna eller funktionerna.'),
  forbid('usecases', { packages: EXCELJS }, 'src/usecases får inte bero på ExcelJS; det gör adaptern i src/workbook/xlsx.'),
  forbid('usecases', { packages: REACT }, 'src/usecases får inte bero på React eller Fluent UI.'),
  forbid('usecases', { node: true }, 'src/usecases gör ingen I/O med Node; det gör kommandoraden och adaptrarna.'),
  // The adapters serve the surfaces; they never reach up into one.
  forbid(ADAPTERS, { elements: SURFACES }, 'src/workbook får inte importera från kommandoraden, aktivitetsfönstret, menyfliksknapparna eller funktionerna.'),
  forbid(ADAPTERS, { packages: REACT }, 'src/workbook får inte bero på React eller Fluent UI.'),
  // The placement plans both adapters translate are plain data: no adapter, no library, no I/O.
  forbid('layout', { elements: ['office', 'xlsx', 'docx'] }, 'src/workbook/layout är ren placering som båda adaptrarna översätter; den får inte importera en adapter.'),
  forbid('layout', { packages: EXCELJS }, 'src/workbook/layout får inte bero på ExcelJS; det gör adaptern i src/workbook/xlsx.'),
  forbid('layout', { node: true }, 'src/workbook/layout gör ingen I/O.'),
  // The custom functions run in Excel's function runtime: one call into the core each.
  forbid('functions', { elements: ['usecases', ...ADAPTERS, 'cli', 'taskpane', 'commands'] }, 'src/functions anropar bara kärnan (src/core) och sina egna hjälpare i _lib.'),
  forbid('functions', { packages: EXCELJS }, 'src/functions får inte bero på ExcelJS.'),
  forbid('functions', { packages: REACT }, 'src/functions får inte bero på React eller Fluent UI.'),
  forbid('functions', { node: true }, 'src/functions körs i Excels funktionsmotor: inga Node-moduler.'),
  // The CLI works on files through the xlsx adapter; it never loads the pane, React or Office.js.
  forbid('cli', { elements: ['taskpane', 'commands'] }, 'Kommandoraden får inte importera aktivitetsfönstret (src/taskpane).'),
  forbid('cli', { elements: ['office'] }, 'Kommandoraden arbetar med filer genom src/workbook/xlsx, aldrig genom Office.js (src/workbook/office).'),
  forbid('cli', { packages: REACT }, 'Kommandoraden får inte bero på React eller Fluent UI.'),
  // The pane and the ribbon commands run in a browser: .xlsx only through the xlsx adapter, imported when needed.
  forbid(['taskpane', 'commands'], { packages: EXCELJS }, 'Aktivitetsfönstret läser och skriver .xlsx bara genom adaptern i src/workbook/xlsx (importerad när den behövs), aldrig med ExcelJS direkt.'),
  forbid(['taskpane', 'commands'], { node: true }, 'Aktivitetsfönstret körs i webbläsaren: inga Node-moduler (fs, path, node:*, child_process …).'),
  forbid(['taskpane', 'commands'], { elements: ['cli'] }, 'Aktivitetsfönstret får inte importera kommandoraden (src/cli).'),
];

const TS_FILES = ['src/**/*.ts', 'src/**/*.tsx'];

export const layerBoundaries = {
  files: TS_FILES,
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    'boundaries/elements': ELEMENTS,
  },
  rules: {
    'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies: LAYER_POLICIES }],
  },
};

// Office.js is a global, not an import: the layers that must run outside Excel may not name it.
const officeGlobals = (files, message) => ({
  files,
  rules: { 'no-restricted-globals': ['error', ...['Excel', 'Office', 'OfficeRuntime', 'CustomFunctions'].map((name) => ({ name, message }))] },
});

export const officeBoundaries = [
  officeGlobals(['src/core/**/*.ts'], 'src/core får inte använda Office.js eller CustomFunctions.'),
  officeGlobals(['src/usecases/**/*.ts'], 'src/usecases får inte använda Office.js; det gör adaptern i src/workbook/office.'),
  officeGlobals(['src/workbook/layout/**/*.ts'], 'src/workbook/layout får inte använda Office.js; det gör adaptern i src/workbook/office.'),
  officeGlobals(['src/cli/**/*.ts'], 'Kommandoraden får inte använda Office.js.'),
];

// An import cycle makes module order matter and hides which layer owns what; none is allowed in src.
export const noImportCycles = {
  files: TS_FILES,
  plugins: { 'import-x': importX },
  settings: {
    ...importX.flatConfigs.typescript.settings,
    'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
  },
  rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
};

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
  layerBoundaries,
  ...officeBoundaries,
  noImportCycles,
);
