import type { Finding } from './Finding';
import { flowMessagesSv as M } from './messages.sv';

/** How many findings of each severity, and the sentence Kontrollera and `uppsikt check` say about them. */
export interface FindingSummary {
  errors: number;
  warnings: number;
  /** "3 fel och 1 varning", without a full stop (the CLI adds the file in front). */
  counts: string;
  /** "Inga fel eller varningar[ i fil]." or "3 fel och 1 varning." */
  text: string;
}

/**
 * Counts findings and words them from the catalogue, the same in the CLI and the pane.
 *
 * @param findings - The findings.
 * @param file - The file's name when the sentence names it (the CLI).
 * @returns The counts and sentences.
 * @example
 * findingSummary([]).text //=> 'Inga fel eller varningar.'
 */
export function findingSummary(findings: readonly Finding[], file?: string): FindingSummary {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  const warnings = findings.length - errors;
  const counts = M.findingCount({ errors, warnings });
  return { errors, warnings, counts, text: findings.length === 0 ? M.noFindings({ file }) : `${counts}.` };
}
