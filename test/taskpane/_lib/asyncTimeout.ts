import { configure } from '@testing-library/react';

/*
 * findBy… and waitFor give up after 1 s by default. Opening a workbook with ExcelJS in jsdom takes longer than
 * that on a busy 2-core machine (CI, suites in parallel), and a test that passes only on an idle machine is
 * broken; a wait that succeeds returns as soon as its element shows, so the longer limit costs nothing.
 */
configure({ asyncUtilTimeout: 20_000 });
