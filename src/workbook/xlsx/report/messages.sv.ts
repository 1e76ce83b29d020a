/*
 * Every Swedish text of the printed report to a nämnd (uppsikt export): sheet headings, labels and column
 * titles, in one place. The report's scope ("Samtliga nämnder") comes from the use cases' catalogue.
 */
export const reportSheetMessagesSv = {
  // The workbook and its headings.
  reportTo: (namnd: string) => `Rapport till ${namnd}`,
  kommunwide: 'Kommunövergripande rapport',
  subject: 'Internkontroll och uppföljning av revisionens rekommendationer',
  scopePer: (date: string) => `per ${date}`,
  scopeRound: (round: string) => `uppföljningsomgång ${round}`,

  // Sammanfattning.
  factNamnd: 'Nämnd',
  factScope: 'Omfattning',
  factPer: 'Per',
  factRound: 'Uppföljningsomgång',
  factPlanAdopted: 'Internkontrollplanen fastställd',
  risksPerLevel: 'Risker per risknivå',
  levelHeader: 'Risknivå',
  countHeader: 'Antal',
  levelRow: (name: string, min: number, max: number) => `${name} (riskvärde ${min}–${max})`,
  unscoredColumn: 'Ej bedömd',
  unscoredRow: 'Ej bedömd (sannolikhet eller konsekvens saknas)',
  risksPerCategory: 'Risker per riskkategori och risknivå',
  categoryHeader: 'Riskkategori',
  noRisks: 'Inga risker',
  planControls: 'Internkontrollplanens kontroller',
  controlsHeader: 'Kontroller',
  controlsInPlan: 'Kontrollmoment i planen',
  controlsWithDeviation: 'Kontroller som rapporterat avvikelse',
  recommendationsPerVerdict: 'Revisionens rekommendationer per bedömning',
  verdictHeader: 'Bedömning',
  overdue: (date: string) => `Försenade åtgärder (klart senast före ${date}, ej åtgärdade)`,

  // Riskmatris.
  matrixHeading: 'Riskmatris',
  consequenceAxis: 'Konsekvens →',
  likelihoodAxis: 'Sannolikhet →',
  legend: 'Risknivåer',
  legendBand: (name: string, min: number, max: number) => `${name}: riskvärde ${min}–${max}`,
  matrixNote: (product: boolean) =>
    `Riskvärde = ${product ? 'sannolikhet × konsekvens' : 'enligt rutnätet på Inställningar'}. Varje ruta visar antal risker, risknivå och riskernas id.`,

  // Internkontrollplan.
  planHeading: (year: number | string) => `Internkontrollplan ${year}`,
  planColumns: {
    process: 'Process/rutin',
    risk: 'Risk',
    score: 'Riskvärde',
    level: 'Risknivå',
    control: 'Kontrollmoment',
    method: 'Kontroll-\nmetod',
    responsible: 'Kontroll-\nansvarig',
    frequency: 'Frekvens',
    reportedTo: 'Rapporteras\ntill',
    when: 'Tidpunkt',
    outcome: 'Utfall',
    deviations: 'Avvikelser/\nåtgärder',
  },
  noControl: 'Inget kontrollmoment',
  riskNotInAnalysis: (id: string) => `${id} (finns inte i riskanalysen)`,
  factYear: 'År',
  factAdopted: 'Fastställd',
  factDecision: 'Beslutsnummer',
  emptyPlan: 'Inga risker eller kontrollmoment.',

  // Rekommendationer.
  recommendationsHeading: 'Uppföljning av revisionens rekommendationer',
  perGranskning: 'Sammanställning per granskning',
  granskningYearHeader: 'Granskning (år)',
  recommendationsLabel: 'Rekommendationerna',
  recommendationColumns: {
    granskning: 'Granskning',
    year: 'År',
    nr: 'Nr',
    recommendation: 'Rekommendation',
    addressee: 'Mottagare',
    answer: 'Nämndens svar',
    action: 'Åtgärd',
    doneBy: 'Klart senast',
    verdict: 'Bedömning',
    round: 'Omgång',
    overdue: 'Försenad',
  },
  overdueMark: 'Försenad',
} as const;
