import {
  adoptWorkbook,
  checkRegister,
  formatAdoptionReport,
  recommendationStatuses,
  roundOfHeader,
  roundProgress,
  normalizeStatus,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../../src/core';
import { expectedLatest, LATEST_ASSESSED, ROUND_HEADERS, ROUND_REGISTER_SIZE, roundRegisterRows } from '../../_lib/roundRegister';

const TODAY = 46348;

/** The round-column register as a snapshot (what readXlsx gives for the file writeRoundRegister writes). */
function roundSheet(options: { ids: boolean; mutate?: (rows: CellValue[][]) => void }): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['Uppföljning av revisionens rekommendationer 2023–2025'],
    [],
    [...(options.ids ? ['Id'] : []), 'Granskning', 'Nr', 'Rekommendation', 'Ansvarig nämnd', ...ROUND_HEADERS, 'Kommentar'],
  ];
  for (const r of roundRegisterRows())
    values.push([...(options.ids ? [r.id] : []), r.granskning, r.nr, r.rekommendation, r.mottagare, ...r.rounds.map((v) => (v === '' ? null : v)), null]);
  options.mutate?.(values);
  const sheet: SheetSnapshot = { name: 'Revisionens rekommendationer', values };
  return { sheets: [sheet], tables: [], names: {} };
}

const counts = (statuses: CellValue[]) => {
  const out: Record<string, number> = { Åtgärdad: 0, 'Delvis åtgärdad': 0, 'Ej åtgärdad': 0, 'Ej bedömd': 0 };
  for (const s of statuses) out[normalizeStatus(s) ?? 'Ej bedömd']++;
  return out;
};

describe('roundOfHeader', () => {
  test.each([
    ['Status 2023', '2023'],
    ['Bedömning 2024', '2024'],
    ['Uppföljning 2025', '2025'],
    ['Status T2 2025', 'T2 2025'],
    ['Revisionens bedömning 2024', '2024'],
    ['Bedömning (2024)', '2024'],
    ['Status per 2024-12-31', '2024-12-31'],
    ['status delår 2025', 'delår 2025'],
  ])('%s is round %s', (header, round) => expect(roundOfHeader(header)).toBe(round));

  test.each(['Status', 'Bedömning', 'Status för åtgärd 2023', 'Kommentar 2024', 'Åtgärd 2024', 'Statusen 2023', 'Status 23', 2024])('%s is no round', (header) => {
    expect(roundOfHeader(header)).toBeUndefined();
  });
});

describe.each([
  ['with ids', true],
  ['without ids', false],
])('a register with a column per round (%s)', (_name, ids) => {
  const adoption = adoptWorkbook(roundSheet({ ids }));

  test('every round column is read; the latest round with a verdict counts, a blank latest round never blanks one', () => {
    const items = recommendationStatuses(adoption.register);
    expect(items).toHaveLength(ROUND_REGISTER_SIZE);
    expect(counts(items.map((i) => i.status))).toEqual(expectedLatest());
    // Row 3 (index 30 on) has no 2025 verdict: its 2024 one counts, or 2023 where 2024 is blank too.
    const rows = roundRegisterRows();
    expect(items[30].status).toBe(rows[30].rounds[1] || rows[30].rounds[0]);
    expect(items[30].round).toBe(rows[30].rounds[1] ? '2024' : '2023');
  });

  test('the columns are kept as they are, and the report says they are read as rounds', () => {
    const recs = adoption.register.tables.Rekommendationer!;
    expect(recs.extraHeaders).toEqual([...ROUND_HEADERS, 'Kommentar']);
    expect(recs.rows[0].extra['Status 2023']).toBe(roundRegisterRows()[0].rounds[0]);
    expect(recs.rounds?.map((r) => r.round)).toEqual(['2023', '2024', 'T2 2025']);
    const lines = formatAdoptionReport(adoption.report).join('\n');
    expect(lines).toContain(`Status 2023 (${ids ? 'F' : 'E'}) → omgång 2023, ${ROUND_REGISTER_SIZE} bedömningar`);
    expect(lines).toContain(`Status T2 2025 (${ids ? 'H' : 'G'}) → omgång T2 2025, ${LATEST_ASSESSED} bedömningar`);
    expect(lines).toContain('Kolumnerna behålls som de är.');
    expect(adoption.issues).toEqual([]);
  });

  test('the latest round is partly assessed, with or without ids', () => {
    const filled2024 = roundRegisterRows().filter((r) => r.rounds[1] !== '').length;
    expect(roundProgress(adoption.register).map((p) => [p.round, p.assessed, p.total])).toEqual([
      ['2023', ROUND_REGISTER_SIZE, ROUND_REGISTER_SIZE],
      ['2024', filled2024, filled2024],
      ['T2 2025', LATEST_ASSESSED, ROUND_REGISTER_SIZE],
    ]);
  });

  test('check reports no status it could not map', () => {
    expect(checkRegister(adoption.register, { today: TODAY }).filter((f) => f.code === 'statusUnknown')).toEqual([]);
  });
});

describe('round columns as Uppföljning rows', () => {
  test('with ids: one row per filled cell, and every row of the latest round, blank or not', () => {
    const { register, report } = adoptWorkbook(roundSheet({ ids: true }));
    const followUps = register.tables.Uppföljningar!;
    const filled = roundRegisterRows().reduce((n, r) => n + (r.rounds[0] ? 1 : 0) + (r.rounds[1] ? 1 : 0), 0);
    expect(followUps.rows).toHaveLength(filled + ROUND_REGISTER_SIZE);
    expect(followUps.rows[0]).toMatchObject({ sheet: 'Revisionens rekommendationer', row: 3, values: { rekommendationId: 'REK-1', omgang: '2023' }, columns: { bedomning: 5 } });
    expect(roundProgress(register).map((p) => [p.round, p.assessed, p.total])).toEqual([
      ['2023', ROUND_REGISTER_SIZE, ROUND_REGISTER_SIZE],
      ['2024', filled - ROUND_REGISTER_SIZE, filled - ROUND_REGISTER_SIZE],
      ['T2 2025', LATEST_ASSESSED, ROUND_REGISTER_SIZE],
    ]);
    expect(report.notFound).not.toContain('Uppföljningar');
  });

  test('an Uppföljning row for the same recommendation and round wins over the column (adopting twice adds nothing)', () => {
    const base = roundSheet({ ids: true });
    const followUp: SheetSnapshot = {
      name: 'Uppföljning',
      values: [
        ['Rekommendation-id', 'Omgång', 'Bedömning'],
        ['REK-1', 2025, 'Ej åtgärdad'],
        ['REK-2', 'T2 2025', 'Ej åtgärdad'],
      ],
    };
    const { register } = adoptWorkbook({ ...base, sheets: [...base.sheets, followUp] });
    const items = recommendationStatuses(register);
    // REK-2's T2 2025 verdict comes from Uppföljning; REK-1's 2025 is a later round than T2 2025.
    expect(items[1].status).toBe('Ej åtgärdad');
    expect(items[0].status).toBe('Ej åtgärdad');
    const rek2 = register.tables.Uppföljningar!.rows.filter((r) => r.values.rekommendationId === 'REK-2' && String(r.values.omgang).includes('2025'));
    expect(rek2).toHaveLength(1);
  });

  test('an unmappable status in a round column is an error at its cell, with or without ids', () => {
    for (const ids of [true, false]) {
      const adoption = adoptWorkbook(roundSheet({ ids, mutate: (rows) => (rows[5][ids ? 6 : 5] = 'klar') }));
      const found = checkRegister(adoption.register, { today: TODAY }).filter((f) => f.code === 'statusUnknown');
      expect(found.map((f) => [f.sheet, f.cell])).toEqual([['Revisionens rekommendationer', `${ids ? 'G' : 'F'}6`]]);
    }
  });

  test('a kept column that looks like verdicts but names no round is reported at its header', () => {
    const adoption = adoptWorkbook(
      roundSheet({
        ids: true,
        mutate: (rows) => {
          rows[2].push('Läge');
          rows.slice(3).forEach((r, i) => r.push(i % 2 ? 'Åtgärdad' : 'Delvis åtgärdad'));
        },
      }),
    );
    expect(adoption.issues.map((i) => [i.code, i.input, i.row, i.column])).toEqual([['adoptVerdictColumnUnread', 'Revisionens rekommendationer', 2, 9]]);
    expect(adoption.issues[0].message).toContain('Kolumnen Läge på fliken Revisionens rekommendationer ser ut att innehålla bedömningar men läses inte');
  });
});

describe('verdicts on a sheet adoption did not read', () => {
  test('a second register sheet is reported per column, at its header, naming the sheet that was read', () => {
    const base = roundSheet({ ids: true });
    const second: SheetSnapshot = {
      name: 'Äldre granskningar',
      values: [['Rubrik', 'Förslag', 'Ansvarig nämnd', 'Status'], ...['Åtgärdad', 'delvis', 'Åtgärdad', 'Ej åtgärdad'].map((v, i) => [`G${i}`, `Text ${i}`, 'Kommunstyrelsen', v])],
    };
    const { issues } = adoptWorkbook({ ...base, sheets: [...base.sheets, second] });
    expect(issues.map((i) => [i.code, i.input, i.row, i.column])).toEqual([['adoptVerdictSheetUnread', 'Äldre granskningar', 0, 3]]);
    expect(issues[0].message).toBe(
      'Kolumnen Status på fliken Äldre granskningar ser ut att innehålla bedömningar men fliken läses inte (rekommendationerna läses från fliken Revisionens rekommendationer); flytta raderna till en flik som läses, eller samla flikarna som egna filer med Samla.',
    );
  });

  test('a legend listing each status once, or a two-column table, is not taken for verdicts', () => {
    const legend: SheetSnapshot = {
      name: 'Förklaringar',
      values: [
        ['Bedömning', 'Betydelse', 'Exempel'],
        ['Åtgärdad', 'Klart', ''],
        ['Delvis åtgärdad', 'Påbörjat', ''],
        ['Ej åtgärdad', 'Inte påbörjat', ''],
        ['Ej bedömd', 'Inte följt upp', ''],
      ],
    };
    const counts: SheetSnapshot = {
      name: 'Antal',
      values: [
        ['Bedömning', 'Antal'],
        ['Åtgärdad', 3],
        ['Åtgärdad', 2],
        ['Delvis åtgärdad', 1],
      ],
    };
    expect(adoptWorkbook({ sheets: [legend, counts], tables: [], names: {} }).issues).toEqual([]);
  });
});
