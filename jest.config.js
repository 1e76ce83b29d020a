/** @type {import('jest').Config} */
// Type-checking is tsc's job in npm test; Jest only transpiles (tsconfig's isolatedModules), which keeps it fast.
const tsJest = ['ts-jest', {}];

// The slow part of the node tests, as path patterns (regular expressions, like testPathIgnorePatterns): tests
// that go through real files and tools. The unit project leaves them out; the integration project runs only them.
const INTEGRATION = [
  '/test/cli/.*\\.test\\.ts$',
  '/test/lint/.*\\.test\\.ts$',
  '/test/workbook/xlsx/.*\\.test\\.ts$',
  '/test/workbook/contract/.*\\.test\\.ts$',
  '/test/usecases/recordResult/.*\\.test\\.ts$',
  '/test/.*\\.property\\.test\\.ts$',
];

module.exports = {
  // Jest's default 5 s fails tests that write or read workbooks when the machine is busy (2 cores shared by
  // parallel runs and CI); tests that start LibreOffice or Chromium set longer timeouts of their own.
  testTimeout: 60_000,
  projects: [
    {
      // Pure logic and in-memory registers: `npm run test:unit` while you work (about half a minute on two workers).
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/build/', '<rootDir>/test/taskpane/', '<rootDir>/test/browser/', ...INTEGRATION],
    },
    {
      // Real .xlsx files written and read back, LibreOffice, the CLI end to end, ESLint runs, property tests.
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testRegex: INTEGRATION,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/taskpane/**/*.test.ts?(x)'],
      setupFiles: ['<rootDir>/test/taskpane/_lib/jsdomShims.ts'],
      // After the framework: importing Testing Library before it would keep it from registering its cleanup.
      setupFilesAfterEnv: ['<rootDir>/test/taskpane/_lib/asyncTimeout.ts'],
    },
    {
      // The built task pane in Debian's Chromium (npm test builds first).
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
    {
      // Tests that read the production build in dist/ (npm test builds first).
      displayName: 'build',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/build/**/*.test.ts'],
    },
  ],
};
