import type { FollowUpCounts } from './FollowUpReport';

/** "6 åtgärdade, 1 delvis åtgärdad": a granskning's counts as a report's summary table gives them. */
function describeCounts(counts: FollowUpCounts): string {
  const parts: string[] = [];
  const done = counts['Åtgärdad'];
  const partly = counts['Delvis åtgärdad'];
  const not = counts['Ej åtgärdad'];
  if (done > 0) parts.push(`${done} ${done === 1 ? 'åtgärdad' : 'åtgärdade'}`);
  if (partly > 0) parts.push(`${partly} ${partly === 1 ? 'delvis åtgärdad' : 'delvis åtgärdade'}`);
  if (not > 0) parts.push(`${not} ej ${not === 1 ? 'åtgärdad' : 'åtgärdade'}`);
  return parts.join(', ');
}

/* Swedish messages for importing recommendations from report text; part of the one catalogue in
   issues/messages.sv.ts. Lines are 1-based, as an editor shows them. */
export const reportMessagesSv = {
  reportNoRecommendations: () =>
    'Ingen rekommendation hittades. Uppsikt letar efter en inledning som ”… rekommenderar vi kommunstyrelsen att:”, ' +
    '”Kommunstyrelsen rekommenderas att:”, ”Vi lämnar följande rekommendationer till nämnden:” eller ”Rekommendationer till X:”, ' +
    'följd av punkterna (med eller utan punkttecken, eller som meningar ”Nämnden bör …”), och i en uppföljningsrapport efter ' +
    'tabeller med ”Rekommendation 1” eller meningar som ”Vi bedömer att nämnden (delvis) har vidtagit åtgärder …”. ' +
    'Klistra in rapportens sammanfattning eller kapitlet med rekommendationerna, med inledningen och hela listan.',
  reportVariant: (p: { nr: number; line: number; text: string }) =>
    `Rekommendation ${p.nr} står med annan lydelse på rad ${p.line}: ”${p.text}”. Den räknas inte som en ny rekommendation; välj lydelse i förhandsvisningen.`,
  reportNoAddressee: (p: { nr: number; line: number }) => `Rekommendation ${p.nr} (rad ${p.line}) har ingen mottagare i texten; ange mottagare innan du infogar.`,
  reportAddresseeFromReport: (p: { nr: number; line: number; bodies: string; from: 'omslag' | 'granskat' }) =>
    `Rekommendation ${p.nr} (rad ${p.line}) har ingen mottagare i texten; förslaget är ${p.bodies} (${p.from === 'omslag' ? 'rapportens försättsblad' : 'den som granskats'}). Kontrollera mottagaren innan du infogar.`,
  reportVerdictUnassigned: (p: { granskning: string; nr: number; reason: string }) =>
    `${p.granskning}, rekommendation ${p.nr}: bedömningen kunde inte knytas till rekommendationen. ${p.reason}`,
  followUpNoAssessment: () => 'Rapporten anger ingen bedömning för granskningen som går att läsa ut.',
  followUpCountMismatch: (p: { stated: number; found: number }) =>
    `Rapporten anger bedömningar för ${p.stated} rekommendationer i granskningen men ${p.found} hittades i texten, så bedömningarna kan inte fördelas säkert.`,
  followUpCountsOnly: (p: { counts: FollowUpCounts }) =>
    `Rapporten anger bara antalet per bedömning (${describeCounts(p.counts)}) för granskningen, inte vilken rekommendation som har vilken bedömning.`,
  followUpVerdictUnsure: (p: { suggested: string; sentence: string }) =>
    `Rapportens mening ”${p.sentence}” anger inte bedömningen entydigt; förslaget är ${p.suggested}. Bekräfta eller ändra bedömningen.`,
  followUpFromSummaryTable: (p: { title: string }) => `Enligt rapportens sammanställning för ${p.title}.`,
  followUpNoVerdict: () => 'Rapporten anger ingen bedömning för rekommendationen.',
} as const;
