import { countRiskMatrix, type RegisterData } from '../../../core';
import type { ScaleGroup } from '../Consolidation';
import { scaleKey, scaleLabel } from './scaleLabel';

/** The risks of the files grouped by scale, each group with its own matrix: never one matrix over two scales. */
export function groupRisksByScale(sources: readonly { file: string; register: RegisterData; namnder: readonly string[]; onMain: boolean }[]): ScaleGroup[] {
  const groups = new Map<string, { sources: (typeof sources)[number][] }>();
  for (const s of sources) {
    const key = scaleKey(s.register.scale);
    const group = groups.get(key) ?? { sources: [] };
    group.sources.push(s);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ sources: members }) => {
    const scale = members[0].register.scale;
    const rows = members.flatMap((s) => s.register.tables.Risker?.rows ?? []);
    const counted = countRiskMatrix(
      rows.map((r) => r.values.sannolikhet ?? null),
      rows.map((r) => r.values.konsekvens ?? null),
      scale,
    ).value;
    const empty = scale.likelihood.labels.map(() => scale.consequence.labels.map(() => 0));
    return {
      label: scaleLabel(scale),
      scale,
      files: members.map((s) => s.file),
      namnder: [...new Set(members.flatMap((s) => s.namnder))],
      counts: counted?.counts ?? empty,
      unscored: counted?.unscored ?? rows.length,
      onMainScale: members[0].onMain,
    };
  });
}
