import { idKey, isBlank, recommendationStatuses, type CellValue, type RiskScale } from '../../../core';
import type { ConsolidateOptions, SourceRegister } from '../Consolidation';
import { consolidateMessages as M } from '../messages.sv';
import { fileNamnder, foldName } from '../_lib/fileNamnder';
import { recipientsFor, type Recipients } from '../_lib/recipients';
import { scaleKey } from '../_lib/scaleLabel';
import type { Source } from '../_lib/Source';

/** The registers read for consolidation, and what every later step needs to know about them. */
export interface Prepared {
  readonly sources: readonly Source[];
  /** The kommun's nämnder, and where that list came from (Swedish). */
  readonly namndList: readonly string[];
  readonly namndListSource: string;
  /** Mottagare → nämnder of namndList. */
  readonly resolve: Recipients;
  /** The first file's scale: the consolidated workbook's. */
  readonly mainScale: RiskScale;
  /** Whether any file is on another scale. */
  readonly mixed: boolean;
}

/**
 * The first step: each register with its prefix, nämnder, scale and recommendations, and the kommun's
 * nämnder: given, else the files' lists (kommunList), else whatever the files name.
 *
 * @example
 * prepareSources([{ file: 'ks.xlsx', register: ks }], { today: 46000 }).sources[0].prefix //=> 'F1'
 */
export function prepareSources(sources: readonly SourceRegister[], options: ConsolidateOptions): Prepared {
  const fromFiles = kommunList(sources);
  let namndList = [...(options.namnder ?? fromFiles?.list ?? [])];
  const namndListSource = options.namnder ? M.listFromOption : fromFiles ? fromFiles.source : M.listFromFound;
  const mainScale = sources[0].register.scale;
  const mainKey = scaleKey(mainScale);

  const initialResolve = recipientsFor(namndList);
  const prepared: Source[] = sources.map((s, index) => ({
    index,
    file: s.file,
    prefix: `F${index + 1}`,
    register: s.register,
    namnder: fileNamnder(s.register, initialResolve),
    onMain: scaleKey(s.register.scale) === mainKey,
    items: recommendationStatuses(s.register),
    judged: judgedRounds(s),
  }));
  if (namndList.length === 0) {
    const found = new Map<string, string>();
    for (const s of prepared) for (const n of s.namnder) if (!found.has(foldName(n))) found.set(foldName(n), n);
    namndList = [...found.values()];
  }
  return { sources: prepared, namndList, namndListSource, resolve: recipientsFor(namndList), mainScale, mixed: prepared.some((s) => !s.onMain) };
}

/**
 * The kommun's nämnder from the files' own lists: the first list that holds every other file's list (usually
 * Kommunstyrelsen's), else all the lists together. A nämnd's own workbook often lists only itself: taking the
 * first file's list as the kommun's would read "Samtliga nämnder" in every file as that one nämnd, and each file
 * would then claim it. Undefined when no file has a list.
 */
function kommunList(sources: readonly SourceRegister[]): { list: readonly string[]; source: string } | undefined {
  const lists = sources.map((s) => ({ file: s.file, list: s.register.lists.namnder ?? [] })).filter((l) => l.list.length > 0);
  if (lists.length === 0) return undefined;
  const keys = lists.map((l) => new Set(l.list.map(foldName)));
  const covering = lists.findIndex((_, i) => keys.every((other) => [...other].every((k) => keys[i].has(k))));
  if (covering >= 0) return { list: lists[covering].list, source: M.listFromFile(lists[covering].file) };
  const union = new Map<string, string>();
  for (const l of lists) for (const name of l.list) if (!union.has(foldName(name))) union.set(foldName(name), name);
  return { list: [...union.values()], source: M.listFromFiles(lists.map((l) => l.file)) };
}

/** Rounds with a verdict per recommendation: those decide its current verdict (see recommendationRows). */
function judgedRounds(s: SourceRegister): Map<string, CellValue[]> {
  const judged = new Map<string, CellValue[]>();
  for (const r of s.register.tables.Uppföljningar?.rows ?? []) {
    if (isBlank(r.values.bedomning)) continue;
    const key = idKey(r.values.rekommendationId);
    judged.set(key, [...(judged.get(key) ?? []), r.values.omgang ?? null]);
  }
  return judged;
}
