import type { Conflict } from '../Consolidation';
import { consolidateMessages as M } from '../messages.sv';
import { foldName } from '../_lib/fileNamnder';
import { scaleLabel } from '../_lib/scaleLabel';
import type { Prepared } from './prepareSources';

/**
 * What the files disagree on before any row is matched: a file on another scale than the first (which
 * leads), and two files speaking for one nämnd.
 *
 * @example
 * fileConflicts(prepareSources([sn, snCopy], { today })).map((c) => c.kind) //=> ['namnd']
 */
export function fileConflicts(prepared: Prepared): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const s of prepared.sources) {
    if (!s.onMain) conflicts.push({ kind: 'skala', message: M.conflictScale(s.file, scaleLabel(s.register.scale), scaleLabel(prepared.mainScale)), files: [s.file] });
  }
  const claims = new Map<string, { namnd: string; files: string[] }>();
  for (const s of prepared.sources) {
    for (const n of s.namnder) {
      const claim = claims.get(foldName(n)) ?? { namnd: n, files: [] };
      claim.files.push(s.file);
      claims.set(foldName(n), claim);
    }
  }
  for (const claim of claims.values()) if (claim.files.length > 1) conflicts.push({ kind: 'namnd', message: M.conflictNamnd(claim.namnd, claim.files), files: claim.files });
  return conflicts;
}

/**
 * Nämnder the files name (as their own or as a Mottagare) that are not in the kommun's list, with the files
 * naming each.
 *
 * @example
 * unknownNamnder(prepareSources([sn], { today, namnder: ['Kommunstyrelsen'] }))[0].kind //=> 'okandNamnd'
 */
export function unknownNamnder(prepared: Prepared): Conflict[] {
  const listed = new Set(prepared.namndList.map(foldName));
  const unknown = new Map<string, { namnd: string; files: Set<string> }>();
  for (const s of prepared.sources) {
    const texts = new Set(s.items.map((i) => i.row.values.mottagare ?? null));
    const named = [...s.namnder, ...new Set([...texts].flatMap((t) => prepared.resolve(t)))];
    for (const n of named) {
      if (listed.has(foldName(n))) continue;
      const entry = unknown.get(foldName(n)) ?? { namnd: n, files: new Set<string>() };
      entry.files.add(s.file);
      unknown.set(foldName(n), entry);
    }
  }
  return [...unknown.values()].map((u) => ({ kind: 'okandNamnd', message: M.conflictUnknownNamnd(u.namnd, [...u.files], prepared.namndListSource), files: [...u.files] }));
}
