import { defaultScale, registerFromRecords, type CellValue } from '../../../src/core';
import { consolidateRegisters } from '../../../src/usecases/consolidate';

const TODAY = 46348;
const AUDIT = { id: 'G1', titel: 'Granskning av bisysslor', ar: 2023 };
const TEXT = 'Säkerställ att bisysslor anmäls och prövas årligen.';

/** One nämnd's register holding the shared recommendation, its verdict in its own cell or in a 2024 round. */
function nämnd(namnd: string, verdict: CellValue, where: 'cell' | 'round' = 'cell') {
  const rec = { id: 'R1', granskningId: 'G1', nr: 1, rekommendation: TEXT, mottagare: 'Samtliga nämnder', senasteBedomning: where === 'cell' ? verdict : null };
  const followUps = where === 'round' ? [{ rekommendationId: 'R1', omgang: '2024', bedomning: verdict }] : [];
  // A risk of its own says whose file it is.
  const risk = { id: 'R1', namnd, beskrivning: 'Jäv vid handläggning', sannolikhet: 2, konsekvens: 3 };
  return registerFromRecords(defaultScale, { Risker: [risk], Granskningar: [AUDIT], Rekommendationer: [rec], Uppföljningar: followUps });
}

const counted = (c: ReturnType<typeof consolidateRegisters>) => Object.entries(c.perGranskning.total.counts).filter(([, n]) => n > 0);

describe('consolidation when a file has no verdict', () => {
  test('a blank or Ej bedömd never overrides a verdict: counted as given, listed as missing, no conflict', () => {
    const c = consolidateRegisters(
      [
        { file: 'ks.xlsx', register: nämnd('Kommunstyrelsen', 'Åtgärdad') },
        { file: 'sn.xlsx', register: nämnd('Socialnämnden', null) },
        { file: 'bun.xlsx', register: nämnd('Barn- och utbildningsnämnden', 'Ej bedömd') },
      ],
      { today: TODAY },
    );
    expect(c.recommendations).toBe(1);
    expect(counted(c)).toEqual([['Åtgärdad', 1]]);
    expect(c.conflicts.filter((k) => k.kind === 'bedomning')).toEqual([]);
    expect(c.missingVerdicts.map((m) => m.file)).toEqual(['sn.xlsx', 'bun.xlsx']);
    expect(c.missingVerdicts[0].message).toBe('Rekommendation 1 i ”Granskning av bisysslor” saknar bedömning i sn.xlsx (Socialnämnden); räknas som ”Åtgärdad” enligt ks.xlsx.');
  });

  test('the same across rounds: a started 2024 round without a verdict in one file', () => {
    const c = consolidateRegisters(
      [
        { file: 'sn.xlsx', register: nämnd('Socialnämnden', null, 'round') },
        { file: 'ks.xlsx', register: nämnd('Kommunstyrelsen', 'Delvis åtgärdad', 'round') },
      ],
      { today: TODAY },
    );
    expect(counted(c)).toEqual([['Delvis åtgärdad', 1]]);
    expect(c.conflicts.filter((k) => k.kind === 'bedomning')).toEqual([]);
    expect(c.missingVerdicts.map((m) => m.file)).toEqual(['sn.xlsx']);
  });

  test('two different verdicts are still a conflict, counted as the least finished', () => {
    const c = consolidateRegisters(
      [
        { file: 'ks.xlsx', register: nämnd('Kommunstyrelsen', 'Åtgärdad') },
        { file: 'sn.xlsx', register: nämnd('Socialnämnden', 'Delvis åtgärdad') },
        { file: 'bun.xlsx', register: nämnd('Barn- och utbildningsnämnden', null) },
      ],
      { today: TODAY },
    );
    expect(counted(c)).toEqual([['Delvis åtgärdad', 1]]);
    expect(c.conflicts.filter((k) => k.kind === 'bedomning')).toHaveLength(1);
    expect(c.conflicts.find((k) => k.kind === 'bedomning')!.files).toEqual(['ks.xlsx', 'sn.xlsx', 'bun.xlsx']);
    expect(c.missingVerdicts.map((m) => m.file)).toEqual(['bun.xlsx']);
  });

  test('no file with a verdict: Ej bedömd, nothing listed', () => {
    const c = consolidateRegisters(
      [
        { file: 'ks.xlsx', register: nämnd('Kommunstyrelsen', null) },
        { file: 'sn.xlsx', register: nämnd('Socialnämnden', '') },
      ],
      { today: TODAY },
    );
    expect(counted(c)).toEqual([['Ej bedömd', 1]]);
    expect(c.missingVerdicts).toEqual([]);
  });
});
