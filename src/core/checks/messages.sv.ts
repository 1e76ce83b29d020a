/* Swedish messages for workbook checks; part of the one catalogue in issues/messages.sv.ts. Each check's
   finding code is its key here; level, status and date findings reuse the cell-value messages. */
export const checkMessagesSv = {
  checkRequiredBlank: (p: { header: string }) => `Obligatorisk uppgift saknas: fyll i ${p.header}.`,
  checkColumnMissing: (p: { header: string; sheet: string }) => `Kolumnen ${p.header} saknas på ${p.sheet}; lägg till en kolumn med rubriken ${p.header} i tabellen.`,
  checkDuplicateId: (p: { id: string; first: string }) => `Id ${p.id} finns redan i ${p.first}; ge varje rad ett eget id.`,
  checkControlRiskMissing: (p: { id: string; sheet: string }) => `Kontrollen pekar på risk ${p.id} som inte finns i ${p.sheet}; ange ett Risk-id som finns där.`,
  checkRecommendationRiskMissing: (p: { id: string; sheet: string }) =>
    `Rekommendationen pekar på risk ${p.id} som inte finns i ${p.sheet}; ange ett Risk-id som finns där eller lämna cellen tom.`,
  checkRecommendationAuditMissing: (p: { id: string; sheet: string }) =>
    `Rekommendationen pekar på granskning ${p.id} som inte finns i ${p.sheet}; ange ett Granskning-id som finns där.`,
  checkFollowUpRecommendationMissing: (p: { id: string; sheet: string }) =>
    `Uppföljningen pekar på rekommendation ${p.id} som inte finns i ${p.sheet}; ange ett Rekommendation-id som finns där.`,
  checkResultControlMissing: (p: { id: string; sheet: string }) => `Utfallet gäller kontroll ${p.id} som inte finns i ${p.sheet}; ange ett Kontroll-id som finns där.`,
  checkReferencedSheetMissing: (p: { header: string; sheet: string }) =>
    `${p.header} pekar på bladet ${p.sheet}, som saknas i arbetsboken; lägg till bladet ${p.sheet} med dess tabell.`,
  checkHighRiskWithoutControl: (p: { id: string; row: number; level: string; sheet: string }) =>
    `Risken ${p.id === '' ? `på rad ${p.row}` : p.id} har risknivå ${p.level} men inget kontrollmoment i ${p.sheet}; lägg till ett kontrollmoment för risken.`,
  checkAnswerLate: (p: { titel: string; namnder: string; date: string }) =>
    `Yttrandet över ”${p.titel}”${p.namnder === '' ? '' : ` från ${p.namnder}`} skulle ha lämnats senast ${p.date} och Beslutsdatum saknas; fyll i Beslutsdatum och Paragraf när nämnden har beslutat.`,
  checkAnswerDue: (p: { titel: string; namnder: string; date: string; days: number }) =>
    `Yttrandet över ”${p.titel}”${p.namnder === '' ? '' : ` från ${p.namnder}`} ska lämnas senast ${p.date} (${p.days === 0 ? 'i dag' : p.days === 1 ? 'i morgon' : `om ${p.days} dagar`}).`,
  checkActionOverdue: (p: { date: string; status: string }) =>
    `Åtgärden skulle vara klar ${p.date} men rekommendationen är ${p.status}; följ upp åtgärden med den som är ansvarig.`,
  checkNamndGroup: (p: { value: string }) => `${p.value} är en grupp av nämnder; dela upp raden i en rad per nämnd, med nämnder ur listan på Inställningar.`,
  checkNamndUnknown: (p: { value: string }) => `${p.value} finns inte i listan Nämnder på Inställningar; välj en nämnd ur listan eller lägg till den i listan.`,
  checkActionOwnerMissing: () => 'Åtgärden saknar ansvarig; ange i Ansvarig vem som ser till att den genomförs.',
  checkActionDateMissing: () => 'Åtgärden saknar datum; ange i Klart senast när den ska vara klar.',
  checkCellTextTooLong: (p: { header: string; length: string; max: string }) =>
    `${p.header} har ${p.length} tecken, men Excel rymmer högst ${p.max} tecken i en cell och skulle korta av resten; korta texten eller dela upp den.`,
  checkAssessmentUnknown: (p: { value: string }) =>
    `${p.value} finns inte på skalan för helhetsbedömning; välj Tillräcklig, I allt väsentligt tillräcklig, Inte helt tillräcklig eller Inte tillräcklig.`,
  checkSignificantNotFollowedUp: (p: { id: string; period: string; next: number }) =>
    `Kontroll ${p.id} hade en väsentlig avvikelse ${p.period} vars åtgärd inte är klar, men kontrollen finns inte i internkontrollplanen; följ upp bristen i planen för ${p.next} eller skriv i Åtgärd hur den hanteras.`,
  checkAssessmentMissing: (p: { namnd: string; year: number }) =>
    `${p.namnd} har kontrollutfall för ${p.year} men ingen helhetsbedömning för ${p.year}; fyll i nämndens beslut på fliken Helhetsbedömning innan uppföljningen rapporteras.`,
} as const;
