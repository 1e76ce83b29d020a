/*
 * What the year's close says (nytt-ar, the follow-up report's model, the proposal of a helhetsbedömning),
 * for the CLI and the pane alike.
 */
import type { AssessmentReason } from '../../core';

const n = (count: number) => count.toLocaleString('sv-SE');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const yearCloseMessagesSv = {
  // nytt-ar: the marks written in the new plan, in the column "Inför <år>".
  nextYearHeader: (p: { year: number }) => `Inför ${p.year}`,
  reassessRisk: (p: { year: number }) => `Förslag från ${p.year}: bedöm sannolikhet och konsekvens på nytt`,
  fromFollowUpNotCarried: (p: { year: number }) => `Från uppföljningen ${p.year}: ej genomförd`,
  fromFollowUpOpenDeviation: (p: { year: number }) => `Från uppföljningen ${p.year}: avvikelse med åtgärd som inte är klar`,
  fromFollowUpBoth: (p: { year: number }) => `Från uppföljningen ${p.year}: ej genomförd, avvikelse med åtgärd som inte är klar`,

  // nytt-ar: what will be done, said before it is done (CLI output, the pane's Nytt år).
  yearInvalid: (p: { value: string }) => `”${p.value}” är inget år; ange nästa års plan som ett årtal, t.ex. --ar 2027.`,
  yearNotYear: (p: { value: string }) => `”${p.value}” är inget år; skriv ett årtal, t.ex. 2027.`,
  noPlan: 'Arbetsboken har varken risker eller kontroller att föra över till ett nytt år.',
  planTitle: (p: { from: number; to: number }) => `Internkontrollplan ${p.to} görs av planen för ${p.from}:`,
  planRisks: (p: { risks: number; from: number; to: number }) =>
    `${plural(p.risks, 'risk', 'risker')} följer med; sannolikhet och konsekvens från ${p.from} står kvar som förslag och markeras i kolumnen ”Inför ${p.to}” för ny bedömning.`,
  planControls: (p: { controls: number; flagged: number; from: number }) =>
    `${plural(p.controls, 'kontroll', 'kontroller')} följer med; ${n(p.flagged)} markeras ”Från uppföljningen ${p.from}” (ej genomförda eller med avvikelse vars åtgärd inte är klar) så att nämnden beslutar om de ska stå kvar.`,
  planFlagged: (p: { id: string; mark: string }) => `  ${p.id}: ${p.mark}`,
  planNoResults: (p: { from: number }) => `Kontrollutfall har inga resultat för ${p.from}: varje kontroll räknas som ej genomförd ${p.from}.`,
  planResults: (p: { rows: number }) => `${plural(p.rows, 'rad', 'rader')} i Kontrollutfall står kvar med sina perioder; utfallet för tidigare år går att ta fram som förut.`,
  planRecommendations: (p: { open: number; total: number }) =>
    `${plural(p.total, 'rekommendation', 'rekommendationer')} står kvar med granskningar och uppföljningar; ${n(p.open)} är inte åtgärdade och följs upp vidare.`,
  planAssessments: (p: { rows: number }) => `${plural(p.rows, 'helhetsbedömning', 'helhetsbedömningar')} står kvar.`,
  planCleared: (p: { faststalld: string; beslutsnummer: string }) =>
    `Fastställd (${p.faststalld}) och Beslutsnummer (${p.beslutsnummer}) töms: den nya planen är inte fastställd än.`,
  planNotAdopted: 'Fastställd och Beslutsnummer är tomma; fyll i dem när nämnden har fastställt den nya planen.',
  planInputKept: 'Arbetsboken du utgår från ändras inte.',

  // The pane's Nytt år: what it makes, and what it made.
  paneNewWorkbook: (p: { to: number }) =>
    `Planen för ${p.to} öppnas som en ny arbetsbok med Uppsikts flikar; den här arbetsboken ändras inte. Dina egna flikar följer inte med dit; med kommandot uppsikt nytt-ar följer de med oförändrade.`,
  paneNewYearOpened: (p: { to: number; flagged: number; download: boolean }) =>
    `Internkontrollplan ${p.to} ${p.download ? 'har laddats ned' : 'är öppnad som en ny arbetsbok'}; ${plural(p.flagged, 'kontroll', 'kontroller')} att ta ställning till. Spara den under ett nytt namn.`,
  newYearFileName: (p: { to: number }) => `Internkontrollplan ${p.to}.xlsx`,

  // The proposal of a helhetsbedömning: what it is and why.
  proposal: (p: { level: string }) => `Förslag: ${p.level}. Nämnden beslutar själv om sin helhetsbedömning.`,
  noProposal: 'Inget förslag: planen har inga kontroller att bedöma utifrån.',
  reason: (r: AssessmentReason): string => {
    switch (r.code) {
      case 'carriedOut':
        return `${n(r.genomforda)} av ${n(r.kontroller)} kontroller genomförda`;
      case 'significant':
        return r.vasentliga === 0
          ? 'inga väsentliga avvikelser'
          : `${plural(r.vasentliga, 'väsentlig avvikelse', 'väsentliga avvikelser')}${r.open ? ', åtgärder öppna' : ', åtgärdade'}`;
      case 'openActions':
        return r.atgarderOppna === 0 ? 'inga öppna åtgärder' : `${plural(r.atgarderOppna, 'åtgärd', 'åtgärder')} inte ${r.atgarderOppna === 1 ? 'klar' : 'klara'}`;
    }
  },
};
