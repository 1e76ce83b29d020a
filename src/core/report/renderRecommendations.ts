import type { ReportRecommendation } from './parseReport';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

/**
 * Writes recommendations back as report text, one lead-in per run of recommendations with the same
 * addressees, so that parsing the result gives the same recommendations (the property tests rely on it).
 *
 * @param recommendations - In order.
 * @returns Plain text.
 * @example
 * renderRecommendations([{ nr: 1, addressees: ['Kommunstyrelsen'], text: 'Ta fram en plan.', line: 1, occurrences: 1, variants: [] }])
 * //=> 'Vi rekommenderar kommunstyrelsen att:\n\n- Ta fram en plan.\n'
 */
export function renderRecommendations(recommendations: readonly Pick<ReportRecommendation, 'addressees' | 'text'>[]): string {
  const out: string[] = [];
  let previous: string | undefined;
  for (const rec of recommendations) {
    const who = rec.addressees.map(lowerFirst).join(' och ');
    if (who !== previous) {
      if (previous !== undefined) out.push('');
      out.push(who === '' ? 'Vi rekommenderar att:' : `Vi rekommenderar ${who} att:`, '');
      previous = who;
    }
    out.push(`- ${rec.text}`);
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
