import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The pure core must stay runnable anywhere (Excel, Node CLI, tests): no Office, React, Fluent, ExcelJS,
// adapters, I/O or Office globals. tsconfig.core.json enforces the same for types.
export const coreBoundary = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['exceljs', 'exceljs/*'], message: 'src/core får inte bero på ExcelJS (använd en adapter i src/workbook).' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*'], message: 'src/core får inte bero på React eller Fluent UI.' },
          { group: ['**/workbook/**', '**/taskpane/**', '**/functions/**', '**/commands/**', '**/cli/**'], message: 'src/core får inte importera från lager ovanför sig.' },
          { group: ['fs', 'node:*', 'path', 'child_process'], message: 'src/core gör ingen I/O.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'Excel', message: 'src/core får inte använda Office.js.' },
      { name: 'Office', message: 'src/core får inte använda Office.js.' },
      { name: 'OfficeRuntime', message: 'src/core får inte använda Office.js.' },
      { name: 'CustomFunctions', message: 'src/core får inte använda CustomFunctions.' },
    ],
  },
};

// Spreading an array into call arguments (Math.max(...column), rows.push(...part), f.apply(null, list)) puts
// every element on the stack: a sheet of ~125,000 rows crashed every command with "Maximum call stack size
// exceeded". Loop or reduce instead. Spreading an array literal written in the source is bounded and allowed.
export const noArgumentSpread = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  rules: {
    // prefer-spread recommends turning f.apply(null, list) into f(...list), the very thing forbidden here.
    'prefer-spread': 'off',
    'no-restricted-syntax': [
      'error',
      {
        selector: ":matches(CallExpression, NewExpression) > SpreadElement:not([argument.type='ArrayExpression'])",
        message: 'Sprid inte en lista i anropsargument (stacken tar slut vid stora flikar); använd en loop eller reduce.',
      },
      {
        selector: "CallExpression[callee.property.name='apply'][arguments.length=2]:not([arguments.1.type='ArrayExpression'])",
        message: 'apply med en lista som argument har samma stackgräns som spridning; använd en loop eller reduce.',
      },
    ],
  },
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
  coreBoundary,
  noArgumentSpread,
);
