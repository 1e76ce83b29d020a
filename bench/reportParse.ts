import fs from 'fs';
import path from 'path';
import { parseReport } from '../src/core/report';
import { parseFollowUpReport } from '../src/core/report/parseFollowUpReport';
import { time } from './measure';

export interface ReportParseFigures {
  megabytes: number;
  ms: number;
  megabytesPerSecond: number;
  /** Time for 10× the text over 10 × the time for the text: 1 is perfectly linear. */
  linearity: number;
  recommendations: number;
  /** The follow-up layout (Haninge) repeated to the same size: its own time and linearity. */
  followUp: { ms: number; linearity: number };
  /** A follow-up in prose (verdict sentences) repeated to the same size. */
  proseFollowUp: { ms: number; linearity: number };
}

const timeParse = (text: string, runs: number) => time(() => parseReport(text), runs, 1).medianMs;

/**
 * Parses about `megabytes` MB of report text built from the three fixture reports (repeated, with their
 * lists, answers and tables), and the same at a tenth of the size, in one run: the ratio shows whether the
 * time grows linearly, whatever the machine.
 */
export function benchReportParse(megabytes: number): ReportParseFigures {
  const dir = path.join(__dirname, '../test/fixtures/reports');
  const corpus = fs
    .readdirSync(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\f\n');
  const big = corpus.repeat(Math.ceil((megabytes * 1024 * 1024) / corpus.length));
  const small = big.slice(0, Math.floor(big.length / 10));
  const smallMs = timeParse(small, 5);
  const ms = timeParse(big, 3);
  return {
    megabytes: Math.round((Buffer.byteLength(big) / 1024 / 1024) * 10) / 10,
    ms: Math.round(ms),
    megabytesPerSecond: Math.round((Buffer.byteLength(big) / 1024 / 1024 / (ms / 1000)) * 10) / 10,
    linearity: Math.round((ms / (10 * smallMs)) * 100) / 100,
    recommendations: parseReport(big).recommendations.length,
    followUp: followUpFigures(fs.readFileSync(path.join(dir, 'haninge-uppfoljning-granskningar-2024.txt'), 'utf8'), megabytes),
    proseFollowUp: followUpFigures(fs.readFileSync(path.join(dir, 'uppfoljning-prosa-exempel.txt'), 'utf8'), megabytes),
  };
}

function followUpFigures(report: string, megabytes: number): { ms: number; linearity: number } {
  const big = report.repeat(Math.ceil((megabytes * 1024 * 1024) / report.length));
  const small = big.slice(0, Math.floor(big.length / 10));
  const smallMs = time(() => parseFollowUpReport(small), 3, 1).medianMs;
  const ms = time(() => parseFollowUpReport(big), 3, 1).medianMs;
  return { ms: Math.round(ms), linearity: Math.round((ms / (10 * smallMs)) * 100) / 100 };
}
