/** @type {import('jest').Config} */
// Type-checking is tsc's job in npm test; Jest only transpiles (tsconfig's isolatedModules), which keeps it fast.
const tsJest = ['ts-jest', {}];

module.exports = {
  // Jest's default 5 s fails tests that write or read workbooks when the machine is busy (2 cores shared by
  // parallel runs and CI); tests that start LibreOffice or Chromium set longer timeouts of their own.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/build/', '<rootDir>/test/taskpane/', '<rootDir>/test/browser/'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/taskpane/**/*.test.ts?(x)'],
      setupFiles: ['<rootDir>/test/taskpane/_lib/jsdomShims.ts'],
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
