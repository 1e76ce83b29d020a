/*
 * Every Swedish text the sheet layout writes into a workbook (labels, drop-down messages), in one place for
 * both adapters: Office.js in Excel and ExcelJS for files write the same words from here.
 */
export const layoutMessagesSv = {
  // Drop-downs: the error shown when a typed value is not allowed (the column's header is the title).
  validationList: (p: { list: string }) => `Välj ett värde ur listan ${p.list} på Inställningar.`,
  validationLevel: (p: { levels: number }) => `Ange ett heltal 1–${p.levels} (skalan på Inställningar).`,
  validationId: () => 'Välj ett id som finns i tabellen.',
  // Inställningar.
  schemaVersion: () => 'Schemaversion',
  // Riskmatris.
  matrixConsequence: () => 'Konsekvens →',
  matrixLikelihood: () => 'Sannolikhet ↓',
  matrixLevel: (p: { level: number; label: string }) => `${p.level} ${p.label}`,
  matrixLegend: () => 'Risknivåer',
  matrixLegendBand: (p: { name: string; min: number; max: number }) => `${p.name} (${p.min}–${p.max})`,
  // Sammanställning.
  summaryPerReview: () => 'Per granskning',
  summaryPerBody: () => 'Per nämnd',
  summaryReviewHeading: () => 'Granskning',
  summaryBodyHeading: () => 'Nämnd',
  summaryRiskLevels: () => 'Risker per risknivå',
  summaryLevelHeader: () => 'Risknivå',
  summaryCountHeader: () => 'Antal',
  summaryUncountable: () => 'Statusar eller grupper som inte går att räkna: kör Kontrollera.',
} as const;
