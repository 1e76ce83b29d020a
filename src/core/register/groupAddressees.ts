/*
 * Addressees that mean several nämnder. Their own module, apart from the report import that introduced them:
 * the checks and the custom functions need them at the pane's start (recipientsOf), and the report import's
 * planning (with the report text's similarity) would otherwise come along into the start scripts.
 */

const GROUP = /^(övriga|samtliga|alla|berörda|respektive) (nämnder|nämnderna)$|^nämnderna$/i;
const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

/** True for an addressee that means several nämnder ("Övriga nämnder", "Samtliga nämnder", "Nämnderna"). */
export function isGroupAddressee(addressee: string): boolean {
  return GROUP.test(addressee.trim());
}

/**
 * The nämnder a group addressee stands for: the workbook's list, less (for "övriga") the bodies the report
 * names on its own.
 */
export function groupMembers(addressee: string, namnder: readonly string[], named: readonly string[]): string[] {
  const excluded = /^övriga/i.test(addressee.trim()) ? new Set(named.map(fold)) : new Set<string>();
  return namnder.filter((n) => !excluded.has(fold(n)));
}
