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
);
