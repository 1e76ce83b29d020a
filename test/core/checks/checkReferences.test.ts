import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

describe('checkReferences', () => {
  test('does not fire on a clean register', () => expect(check()).toEqual([]));

  test('each reference to a missing id is an error at the reference', () => {
    const clean = cleanRecords();
    const found = check(
      withRecords({
        Kontroller: [...clean.Kontroller!, { id: 'K2', riskId: 'R9', kontrollmoment: 'Registerkontroll' }],
        Rekommendationer: [...clean.Rekommendationer!, { id: 'G9-1', granskningId: 'G9', rekommendation: 'Säkerställa', mottagare: 'Socialnämnden', riskId: 'R8' }],
        Uppföljningar: [...clean.Uppföljningar!, { rekommendationId: 'G7-1', omgang: '2025', bedomning: 'Ej åtgärdad' }],
      }),
    );
    expect(found).toEqual([
      finding('error', 'checkControlRiskMissing', 'Internkontrollplan', 'B5', 'Kontrollen pekar på risk R9 som inte finns i Riskanalys; ange ett Risk-id som finns där.'),
      finding(
        'error',
        'checkRecommendationAuditMissing',
        'Rekommendationer',
        'B6',
        'Rekommendationen pekar på granskning G9 som inte finns i Granskningar; ange ett Granskning-id som finns där.',
      ),
      finding(
        'error',
        'checkRecommendationRiskMissing',
        'Rekommendationer',
        'J6',
        'Rekommendationen pekar på risk R8 som inte finns i Riskanalys; ange ett Risk-id som finns där eller lämna cellen tom.',
      ),
      finding(
        'error',
        'checkFollowUpRecommendationMissing',
        'Uppföljning',
        'A5',
        'Uppföljningen pekar på rekommendation G7-1 som inte finns i Rekommendationer; ange ett Rekommendation-id som finns där.',
      ),
    ]);
  });

  test('references match ids ignoring case and surrounding spaces', () => {
    const found = check(withRecords({ Kontroller: [{ id: 'K1', riskId: ' r1', kontrollmoment: 'Stickprov' }] }));
    expect(found).toEqual([]);
  });

  test('messages name the referenced table’s sheet as this workbook calls it', () => {
    const found = check(withRecords({ Kontroller: [{ id: 'K1', riskId: 'R9', kontrollmoment: 'Stickprov' }] }), { sheets: { Risker: 'Risker 2025' } });
    expect(found.map((f) => f.message)).toContain('Kontrollen pekar på risk R9 som inte finns i Risker 2025; ange ett Risk-id som finns där.');
  });

  test('a referenced table missing from the workbook is one warning per reference column', () => {
    const found = check(cleanRecords(), { withoutTables: ['Risker'] });
    expect(found).toEqual([
      finding(
        'warning',
        'checkReferencedSheetMissing',
        'Internkontrollplan',
        'B4',
        'Risk-id pekar på bladet Riskanalys, som saknas i arbetsboken; lägg till bladet Riskanalys med dess tabell.',
      ),
      finding(
        'warning',
        'checkReferencedSheetMissing',
        'Rekommendationer',
        'J5',
        'Risk-id pekar på bladet Riskanalys, som saknas i arbetsboken; lägg till bladet Riskanalys med dess tabell.',
      ),
    ]);
  });

  test('an empty referenced table is there: its references are errors', () => {
    const found = check(withRecords({ Granskningar: [] }));
    expect(found.map((f) => [f.code, f.cell])).toEqual([
      ['checkRecommendationAuditMissing', 'B4'],
      ['checkRecommendationAuditMissing', 'B5'],
    ]);
  });
});
