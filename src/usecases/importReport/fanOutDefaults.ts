import { groupMembers, isGroupAddressee, type ImportedRecommendation, type RegisterData } from '../../core';

/**
 * The group addressees of a report's recommendations ("Samtliga nämnder", "Övriga nämnder") with the nämnder
 * each becomes unless the user changes it: the list on Inställningar, less (for "övriga") the bodies the
 * report names itself. planImport uses the same default when a group is not in its `fanOut`.
 *
 * @param register - The register (its nämnd list).
 * @param recommendations - The recommendations as they will be imported.
 * @returns Each group once, in order of appearance, with its default nämnder.
 * @example
 * fanOutDefaults(register, [{ nr: 1, text: '…', addressees: ['Kommunstyrelsen', 'Övriga nämnder'] }]).get('Övriga nämnder') //=> ['Socialnämnden', …]
 */
export function fanOutDefaults(register: RegisterData, recommendations: readonly Pick<ImportedRecommendation, 'addressees'>[]): Map<string, string[]> {
  const addressees = recommendations.flatMap((r) => r.addressees);
  const named = addressees.filter((a) => !isGroupAddressee(a));
  return new Map(addressees.filter(isGroupAddressee).map((g) => [g, groupMembers(g, register.lists.namnder, named)]));
}
