/*
 * Only the writing commands of the big-workbook benchmark (adopt, ny-omgang), and the samla benchmark:
 * `node -r ts-node/register/transpile-only bench/writeCommands.ts [sizes…]`, e.g. 100000 300000.
 */
import { benchBigCommands } from './bigCommands';
import { benchConsolidate, formatConsolidateBench } from './consolidate';

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  if (process.env.UPPSIKT_BENCH_SAMLA !== '0') console.log(formatConsolidateBench(await benchConsolidate()));
  if (sizes.length > 0) {
    const result = benchBigCommands(sizes, Number(process.env.UPPSIKT_BENCH_TIMEOUT ?? 300), (line) => console.log(line), ['adopt', 'ny-omgang']);
    console.log(JSON.stringify(result.linearity));
  }
}

void main();
