import type { Conflict } from '../Consolidation';
import { consolidateMessages as M } from '../messages.sv';
import type { Source } from './Source';

/** The conflict saying that a file's ids in a sheet clashed and got its prefix (the first five named). */
export function idConflict(s: Source, sheet: string, ids: readonly string[]): Conflict {
  const shown = ids.slice(0, 5);
  return { kind: 'id', message: M.conflictIds(s.file, sheet, shown, s.prefix, ids.length - shown.length), files: [s.file] };
}
