/*
 * `npm run bench` prints each benchmark's figures and its target; `npm run bench -- --json` also prints
 * them as JSON on the last line, and `--markdown <file>` also writes them as a table (docs/performance.md).
 * Targets are reported, never asserted: timings do not belong in tests.
 */
import os from 'os';
import { benchEnv, recordConsole, writeBenchMarkdown } from './benchMarkdown';
import { benchBigCommands } from './bigCommands';
import { benchControlResults } from './controlResults';
import { benchCounts } from './coreCounts';
import { benchPaneLoad, formatPaneLoad } from './paneLoad';
import { benchReportParse } from './reportParse';
import { benchReport } from './report';
import { benchXlsxSummary } from './xlsxSummary';
import { benchYearFollowUp, formatYearFollowUp } from './yearFollowUp';

const ROWS = 1_000_000;
const TARGET_ROWS_PER_SECOND = 5_000_000;
const TARGET_RATIO = 1.5;

const json = process.argv.includes('--json');
const markdownAt = process.argv.indexOf('--markdown');
const markdownFile = markdownAt >= 0 ? process.argv[markdownAt + 1] : undefined;
if (markdownAt >= 0 && (markdownFile === undefined || markdownFile.startsWith('-'))) {
  console.error('--markdown behöver en fil, till exempel --markdown docs/performance.md');
  process.exit(2);
}
const started = new Date();
const loadAtStart = os.loadavg()[0];
// Recording starts before the first line, so the document has every line the terminal shows.
const recorder = markdownFile === undefined ? undefined : recordConsole();
const fmt = (n: number) => n.toLocaleString('sv-SE');

const counts = benchCounts(ROWS);
console.log(`Uppsikt benchmark — ${fmt(ROWS)} rader; varje sida mäts i prov om minst 250 ms, omväxlande, kvoten är medianen av 9 omgångars kvoter; Node ${process.version}`);
for (const c of counts) {
  const met = c.rowsPerSecond >= TARGET_ROWS_PER_SECOND && c.ratio <= TARGET_RATIO;
  console.log(
    `${c.name}: ${fmt(c.rowsPerSecond)} rader/s; ren loop ${fmt(c.baselineRowsPerSecond)} rader/s; kvot ${String(c.ratio).replace('.', ',')} ` +
      `(mål ≥ ${fmt(TARGET_ROWS_PER_SECOND)} rader/s och kvot ≤ ${String(TARGET_RATIO).replace('.', ',')}: ${met ? 'uppfyllt' : 'EJ uppfyllt'})`,
  );
}

const XLSX_ROWS = 100_000;
const TARGET_XLSX_RATIO = 1.3;

const BIG_SIZES = [100_000, 300_000];
const BIG_TIMEOUT_SECONDS = 60;

const REPORT_MB = 10;
const REPORT_TARGET_SECONDS = 5;
const REPORT_TARGET_LINEARITY = 1.5;

async function main(): Promise<void> {
  const xlsx = await benchXlsxSummary(XLSX_ROWS);
  console.log(
    `uppsikt summary på en fil med ${fmt(XLSX_ROWS)} rader: ${fmt(xlsx.summaryMs)} ms; ExcelJS läser bara filen: ${fmt(xlsx.readMs)} ms; ` +
      `kvot ${String(xlsx.ratio).replace('.', ',')} (mål ≤ ${String(TARGET_XLSX_RATIO).replace('.', ',')}: ${xlsx.ratio <= TARGET_XLSX_RATIO ? 'uppfyllt' : 'EJ uppfyllt'})`,
  );
  const report = benchReportParse(REPORT_MB);
  console.log(
    `Rapporttolkning av ${String(report.megabytes).replace('.', ',')} MB text (${fmt(report.recommendations)} rekommendationer): ${fmt(report.ms)} ms, ` +
      `${String(report.megabytesPerSecond).replace('.', ',')} MB/s; tid för 10× texten / 10 × tiden för texten: ${String(report.linearity).replace('.', ',')} ` +
      `(mål ≤ ${REPORT_TARGET_SECONDS} s och linjär, kvot ≤ ${String(REPORT_TARGET_LINEARITY).replace('.', ',')}: ${report.ms <= REPORT_TARGET_SECONDS * 1000 && report.linearity <= REPORT_TARGET_LINEARITY ? 'uppfyllt' : 'EJ uppfyllt'})`,
  );
  console.log(
    `Uppföljningsrapport (Haninges layout) upprepad till samma storlek: ${fmt(report.followUp.ms)} ms; linjäritet ${String(report.followUp.linearity).replace('.', ',')} ` +
      `(mål ≤ ${REPORT_TARGET_SECONDS} s och kvot ≤ ${String(REPORT_TARGET_LINEARITY).replace('.', ',')}: ${report.followUp.ms <= REPORT_TARGET_SECONDS * 1000 && report.followUp.linearity <= REPORT_TARGET_LINEARITY ? 'uppfyllt' : 'EJ uppfyllt'})`,
  );
  await import('./consolidate').then((m) => m.printConsolidateBench());
  // UPPSIKT_BENCH_BIG=0 leaves the big workbooks out; UPPSIKT_BENCH_TIMEOUT sets the seconds per command.
  const big =
    process.env.UPPSIKT_BENCH_BIG === '0' ? undefined : benchBigCommands(BIG_SIZES, Number(process.env.UPPSIKT_BENCH_TIMEOUT ?? BIG_TIMEOUT_SECONDS), (line) => console.log(line));
  if (big) {
    const lin = Object.entries(big.linearity).map(([c, l]) => `${c} ${l === null ? '–' : String(l).replace('.', ',')}`);
    console.log(`Linjäritet (CPU-tid vid ${fmt(BIG_SIZES[1])} / tid vid ${fmt(BIG_SIZES[0])} / 3; 1 är linjärt; mål ≤ 2 GB minne och linjärt): ${lin.join(', ')}`);
  }
  console.log(`Uppföljning i löptext upprepad till samma storlek: ${fmt(report.proseFollowUp.ms)} ms; linjäritet ${String(report.proseFollowUp.linearity).replace('.', ',')}`);
  const namndReport = await benchReport(2_000, 500);
  console.log(
    `Rapport till en nämnd (${fmt(namndReport.recommendations)} rekommendationer, ${fmt(namndReport.risks)} risker): modellen ${fmt(namndReport.buildMs)} ms, .xlsx ${fmt(namndReport.writeMs)} ms (${fmt(Math.round(namndReport.bytes / 1024))} kB) (mål: några sekunder: ${namndReport.buildMs + namndReport.writeMs <= 5000 ? 'uppfyllt' : 'EJ uppfyllt'})`,
  );
  console.log(formatYearFollowUp(await benchYearFollowUp()));
  for (const line of benchControlResults()) console.log(line);
  const pane = await benchPaneLoad();
  if (pane) console.log(formatPaneLoad(pane, 1000, 300));
  if (recorder && markdownFile !== undefined) {
    recorder.stop();
    writeBenchMarkdown(markdownFile, {
      started,
      finished: new Date(),
      node: process.version,
      cores: os.cpus().length,
      platform: `${os.platform()} ${os.release()}`,
      loadAtStart,
      loads: recorder.loads,
      args: process.argv.slice(2),
      env: benchEnv(),
      lines: recorder.lines,
    });
    console.log(`Mätningarna skrevs till ${markdownFile}.`);
  }
  if (json) {
    console.log(
      JSON.stringify({
        big,
        rows: ROWS,
        targets: {
          rowsPerSecond: TARGET_ROWS_PER_SECOND,
          ratio: TARGET_RATIO,
          xlsxRatio: TARGET_XLSX_RATIO,
          reportSeconds: REPORT_TARGET_SECONDS,
          reportLinearity: REPORT_TARGET_LINEARITY,
        },
        counts,
        xlsx,
        report,
      }),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
