import { columnLetters } from '../cell/a1';
import { tableSpec } from '../schema/uppsiktSchema';
import type { AdoptionReport } from './AdoptionReport';

const SCALE_FROM = { workbook: 'arbetsbokens skala (namnet Skala)', headers: 'skalan som rubrikerna anger', default: 'standardskalan' } as const;

/**
 * The adoption report as Swedish lines for the CLI and the task pane: per table, where it was found, how each
 * header was mapped, which columns are kept as they are, and what is missing.
 *
 * @param report - The report.
 * @returns Lines of text.
 */
export function formatAdoptionReport(report: AdoptionReport): string[] {
  const lines: string[] = [];
  for (const t of report.tables) {
    const target = tableSpec(t.table).sheet;
    const how = t.foundBy === 'table' ? `tabellen ${t.table}` : `rubrikerna på rad ${t.headerRow + 1}`;
    lines.push(`${target}: från fliken ${t.sheet}, ${how}, ${t.rowCount} rader.`);
    const renamed = t.mapped.filter((m) => m.header !== m.schemaHeader);
    if (renamed.length > 0) {
      lines.push(`  Kolumner: ${renamed.map((m) => `${m.header} (${columnLetters(m.column)}) → ${m.schemaHeader}`).join(', ')}.`);
    }
    if (t.unmapped.length > 0) {
      lines.push(`  Behålls som egna kolumner: ${t.unmapped.map((u) => `${u.header} (${columnLetters(u.column)}${t.headerRow + 1})`).join(', ')}.`);
    }
    if (t.rounds && t.rounds.length > 0) {
      const rounds = t.rounds.map((r) => `${r.header} (${columnLetters(r.column)}) → omgång ${r.round}, ${r.verdicts} ${r.verdicts === 1 ? 'bedömning' : 'bedömningar'}`);
      lines.push(`  Läses som uppföljningsomgångar i ${tableSpec('Uppföljningar').sheet}: ${rounds.join('; ')}. Kolumnerna behålls som de är.`);
    }
    const required = t.missing.filter((m) => m.required).map((m) => m.header);
    if (required.length > 0) lines.push(`  Obligatoriska kolumner som saknas: ${required.join(', ')}.`);
  }
  if (report.notFound.length > 0) {
    lines.push(`Hittades inte (skapas tomma): ${report.notFound.map((name) => tableSpec(name).sheet).join(', ')}.`);
  }
  lines.push(`Skala: ${SCALE_FROM[report.scale.from]} (${report.scale.name}).`);
  return lines;
}
