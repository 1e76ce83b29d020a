/*
 * The child process of bench/consolidate.ts: consolidates a folder the way `uppsikt samla` does (the same
 * functions, timed per phase) and prints the times and the process's peak memory as JSON.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { readSource } from '../src/cli/commands/samla';
import { consolidateRegisters, type SourceRegister } from '../src/usecases/consolidate';
import { writeConsolidatedWorkbook } from '../src/workbook/xlsx/consolidation';
import { writeXlsx } from '../src/workbook/xlsx';

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const files = fs
    .readdirSync(input)
    .sort()
    .map((f) => path.join(input, f));
  const start = now();
  const sources: SourceRegister[] = [];
  for (const file of files) {
    const read = await readSource(file);
    if (!('register' in read)) throw new Error(read.reason);
    sources.push(read);
  }
  const readMs = now() - start;
  const c = consolidateRegisters(sources, { today: 46000 });
  const consolidateMs = now() - start - readMs;
  const workbook = new ExcelJS.Workbook();
  writeConsolidatedWorkbook(workbook, c, [], 46000, { direct: true });
  await writeXlsx(workbook, output);
  const writeMs = now() - start - readMs - consolidateMs;
  console.log(
    JSON.stringify({
      ms: Math.round(now() - start),
      readMs: Math.round(readMs),
      consolidateMs: Math.round(consolidateMs),
      writeMs: Math.round(writeMs),
      cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      recommendations: c.recommendations,
      risks: c.register.tables.Risker?.rows.length ?? 0,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
