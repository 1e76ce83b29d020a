// Half of an import cycle, for test/lint/importCycles.test.ts: first → second → first.
import { second } from './second';

export const first = (): number => second() + 1;
