import { scale5x5, type CellValue, type RiskScale } from '../../../src/core';
import { check, finding } from './_lib/check';
import { cleanRecords, withRecords } from './_lib/buildRegister';

const high = { id: 'R3', namnd: 'Socialnämnden', beskrivning: 'Hot och våld', sannolikhet: 3, konsekvens: 3 };
const withRisk = (risk: Record<string, CellValue>) => withRecords({ Risker: [...cleanRecords().Risker!.filter((r) => r.id !== 'R3'), risk] });

describe('checkHighRisksWithoutControl', () => {
  test('does not fire on a clean register (its high risk has a control)', () => expect(check()).toEqual([]));

  test('a risk in the top level without a control is a warning at its Id', () => {
    expect(check(withRisk(high))).toEqual([
      finding(
        'warning',
        'checkHighRiskWithoutControl',
        'Riskanalys',
        'A6',
        'Risken R3 har risknivå Hög men inget kontrollmoment i Internkontrollplan; lägg till ett kontrollmoment för risken.',
      ),
    ]);
  });

  test('a control pointing at the risk, in any case, silences it', () => {
    const records = { ...withRisk(high), Kontroller: [...cleanRecords().Kontroller!, { id: 'K2', riskId: 'r3', kontrollmoment: 'Genomgång' }] };
    expect(check(records)).toEqual([]);
  });

  test('medium and unscored risks are not reported', () => {
    expect(check(withRisk({ ...high, konsekvens: 2 }))).toEqual([]);
    expect(check(withRisk({ ...high, konsekvens: '' })).map((f) => f.code)).toEqual(['checkRequiredBlank']);
  });

  test('follows the scale: 3 × 3 is Medel on 5 × 5, 4 × 4 is Hög', () => {
    expect(check(withRisk(high), { scale: scale5x5 })).toEqual([]);
    expect(check(withRisk({ ...high, sannolikhet: 4, konsekvens: 4 }), { scale: scale5x5 }).map((f) => f.code)).toEqual(['checkHighRiskWithoutControl']);
  });

  test('the top level is the last band, whatever its name', () => {
    const scale: RiskScale = { ...scale5x5, bands: [...scale5x5.bands.slice(0, 2), { name: 'Mycket hög', min: 13, max: 25, color: '#C00000' }] };
    const found = check(withRisk({ ...high, sannolikhet: 5, konsekvens: 3 }), { scale });
    expect(found.map((f) => f.message)).toEqual(['Risken R3 har risknivå Mycket hög men inget kontrollmoment i Internkontrollplan; lägg till ett kontrollmoment för risken.']);
  });

  test('a high risk without an id is named by its row', () => {
    const found = check(withRisk({ ...high, id: '' }));
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      ['A6', 'Obligatorisk uppgift saknas: fyll i Id.'],
      ['A6', 'Risken på rad 6 har risknivå Hög men inget kontrollmoment i Internkontrollplan; lägg till ett kontrollmoment för risken.'],
    ]);
  });

  test('every high risk is reported when the workbook has no control plan', () => {
    const found = check(cleanRecords(), { withoutTables: ['Kontroller'] });
    expect(found.map((f) => [f.code, f.cell])).toEqual([['checkHighRiskWithoutControl', 'A4']]);
  });

  test('an invalid scale is not second-guessed here', () => {
    const scale: RiskScale = { ...scale5x5, bands: [] };
    expect(check(withRisk(high), { scale })).toEqual([]);
  });
});
