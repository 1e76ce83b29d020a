/*
 * Only `export` of the big-workbook benchmark: `node -r ts-node/register/transpile-only bench/exportCommand.ts
 * [sizes…]`, e.g. 150000 300000 (100,000 and 200,000 risks, each a row of the report's plan).
 */
import { benchBigCommands } from './bigCommands';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const result = benchBigCommands(sizes.length > 0 ? sizes : [150_000, 300_000], Number(process.env.UPPSIKT_BENCH_TIMEOUT ?? 600), (line) => console.log(line), ['export']);
console.log(JSON.stringify(result.linearity));
