/* Swedish messages for importing recommendations from report text; part of the one catalogue in
   issues/messages.sv.ts. Lines are 1-based, as an editor shows them. */
export const reportMessagesSv = {
  reportNoRecommendations: () =>
    'Ingen rekommendation hittades. Uppsikt letar efter en mening som ”… rekommenderar vi kommunstyrelsen att:” följd av punkterna; klistra in rapportens sammanfattning eller avsnittet med rekommendationerna.',
  reportVariant: (p: { nr: number; line: number; text: string }) =>
    `Rekommendation ${p.nr} står med annan lydelse på rad ${p.line}: ”${p.text}”. Den räknas inte som en ny rekommendation; välj lydelse i förhandsvisningen.`,
  reportNoAddressee: (p: { nr: number; line: number }) =>
    `Rekommendation ${p.nr} (rad ${p.line}) har ingen mottagare i texten; ange mottagare innan du infogar.`,
  reportVerdictUnassigned: (p: { granskning: string; nr: number; reason: string }) =>
    `${p.granskning}, rekommendation ${p.nr}: bedömningen kunde inte knytas till rekommendationen. ${p.reason}`,
} as const;
