import { defaultScale, FOLLOW_UP_STATUSES, normalizeStatus, recipientsOf, recommendationStatuses, registerFromRecords, type RegisterData } from '../../../src/core';
import { consolidateRegisters, consolidationSheet, type SourceRegister } from '../../../src/usecases/consolidate';
import { countRegisterMatrix } from '../../../src/usecases/countRegisterMatrix';
import { summarizeRegister } from '../../../src/usecases/summarizeRegister';
import { BUN, CONFLICT, KS, kommunRecords, kommunRegister, namndRecords, namndRegisters, NAMNDER, SBN, SN, TODAY } from './_lib/kommun';

const sources = (): SourceRegister[] => namndRegisters().map((n) => ({ file: `${n.namnd}.xlsx`, register: n.register }));
const byGroup = <T extends { group: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.group.localeCompare(b.group, 'sv'));

describe('consolidateRegisters', () => {
  const inputs = sources();
  const before = JSON.stringify(inputs);
  const c = consolidateRegisters(inputs, { today: TODAY });

  test('does not change the input registers', () => {
    expect(JSON.stringify(inputs)).toBe(before);
  });

  test('per granskning equals the summary of the one register the kommun would keep, each recommendation once', () => {
    const single = summarizeRegister(kommunRegister({ conflictApplied: true }), 'granskning').summary;
    expect(byGroup(c.perGranskning.rows)).toEqual(byGroup(single.rows));
    expect(c.perGranskning.total).toEqual(single.total);
    expect(c.recommendations).toBe(kommunRecords().Rekommendationer!.length);
    expect(c.recommendationRows).toBeGreaterThan(c.recommendations);
    // The written register counts the same: summary on the result is the same summary.
    expect(summarizeRegister(c.register, 'granskning').summary).toEqual(c.perGranskning);
    // The Haninge part is the auditors' table (31 / 13 / 0) with Socialnämnden's one differing verdict counted as the least finished.
    const haninge = c.perGranskning.rows.filter((r) => !r.group.includes('it och digitalisering'));
    const sum = (status: string) => haninge.reduce((n, r) => n + r.counts[status as 'Åtgärdad'], 0);
    expect([sum('Åtgärdad'), sum('Delvis åtgärdad'), sum('Ej åtgärdad')]).toEqual([30, 14, 0]);
  });

  test('lists the differing verdict with every file and value, counted as the least finished', () => {
    const verdicts = c.conflicts.filter((k) => k.kind === 'bedomning');
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0].files).toEqual([`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`]);
    expect(verdicts[0].message).toContain(`Rekommendation ${CONFLICT.nr} i ”${CONFLICT.title}”`);
    expect(verdicts[0].message).toContain(`${SN}: ”Delvis åtgärdad” (${SN}.xlsx`);
    expect(verdicts[0].message).toContain(`${KS}: ”Åtgärdad” (${KS}.xlsx`);
    expect(verdicts[0].message).toContain('Räknas som ”Delvis åtgärdad” (den minst avslutade)');
    expect(c.rules.join(' ')).toContain('Ej bedömd < Ej åtgärdad < Delvis åtgärdad < Åtgärdad');
  });

  test('keeps each nämnd its own verdict: counts per nämnd are those of its own register', () => {
    for (const { namnd, register } of namndRegisters()) {
      const own = recommendationStatuses(register).map((i) => normalizeStatus(i.status) ?? 'Ej bedömd');
      const expected = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, own.filter((x) => x === s).length]));
      const row = c.byNamnd.find((n) => n.namnd === namnd)!;
      expect(row.recommendations).toEqual(expected);
      expect(row.files).toEqual([`${namnd}.xlsx`]);
    }
    const shared = c.register.tables.Rekommendationer!.rows.find((r) => String(r.extra['Bedömning per nämnd']).includes(`${SN}: Delvis åtgärdad`))!;
    expect(shared.extra['Bedömning per nämnd']).toBe(
      `${KS}: Åtgärdad; ${SN}: Delvis åtgärdad; ${BUN}: Åtgärdad`
        .split('; ')
        .sort((a, b) => [KS, BUN, SN].indexOf(a.split(':')[0]) - [KS, BUN, SN].indexOf(b.split(':')[0]))
        .join('; '),
    );
    expect(recipientsOf(shared.values.mottagare ?? null, NAMNDER)).toEqual([KS, SN, BUN]);
    expect(String(shared.extra['Källa: fil']).split('; ')).toEqual([`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`]);
  });

  test('every row says where it came from', () => {
    const risk = c.register.tables.Risker!.rows.find((r) => r.values.id === 'R1')!;
    expect(risk.extra).toMatchObject({ 'Källa: fil': `${SN}.xlsx`, 'Källa: flik': 'Riskanalys', 'Källa: rad': 4, 'Källa: nämnd': SN });
    for (const name of ['Risker', 'Kontroller', 'Granskningar', 'Rekommendationer']) {
      for (const row of c.register.tables[name]!.rows) expect(row.extra['Källa: fil']).toBeTruthy();
    }
  });

  test('never puts two scales in one matrix: the 5 × 5 risks are apart, with their own matrix', () => {
    expect(c.scales.map((s) => [s.scale.likelihood.labels.length, s.files])).toEqual([
      [4, [`${KS}.xlsx`, `${BUN}.xlsx`, `${SN}.xlsx`]],
      [5, [`${SBN}.xlsx`]],
    ]);
    const five = c.scales[1];
    expect(five.counts[4][4]).toBe(1);
    expect(five.counts[1][1]).toBe(1);
    const main = countRegisterMatrix(c.register).matrix;
    expect(main.counts.flat().reduce((a, b) => a + b, 0)).toBe(c.scales[0].counts.flat().reduce((a, b) => a + b, 0));
    expect(c.register.tables.Risker!.rows.some((r) => r.extra['Källa: fil'] === `${SBN}.xlsx`)).toBe(false);
    expect(c.apart.risks.map((r) => [r.values.id, r.values.riskniva])).toEqual([
      ['F4-R1', 'Låg'],
      ['F4-R2', 'Hög'],
    ]);
    expect(c.apart.controls.map((r) => r.values.riskId)).toEqual(['F4-R2']);
    expect(c.conflicts.filter((k) => k.kind === 'skala').map((k) => k.files)).toEqual([[`${SBN}.xlsx`]]);
    expect(c.byNamnd.find((n) => n.namnd === SBN)).toMatchObject({ risker: 2, risksPerLevel: { Låg: 1, Medel: 0, Hög: 1 }, highWithoutControl: 0, kontroller: 1, avvikelser: 1 });
  });

  test('renumbers clashing risk and control ids with the file prefix and says so', () => {
    const ids = c.conflicts.filter((k) => k.kind === 'id');
    expect(ids.map((k) => k.message)).toEqual([
      `${SBN}.xlsx: id i Riskanalys (R1, R2) finns redan i en tidigare fil; filens id i Riskanalys har fått prefixet F4- (t.ex. F4-R1).`,
      `${SBN}.xlsx: id i Internkontrollplan (K1) finns redan i en tidigare fil; filens id i Internkontrollplan har fått prefixet F4- (t.ex. F4-K1).`,
    ]);
    const riskIds = c.register.tables.Risker!.rows.map((r) => String(r.values.id));
    expect(new Set(riskIds).size).toBe(riskIds.length);
  });

  test('the same granskning spelt differently is one granskning and a conflict', () => {
    const records = namndRecords(BUN);
    const typo = { ...records, Granskningar: records.Granskningar!.map((g) => ({ ...g, titel: String(g.titel).replace('skyddade', 'skydade') })) };
    const input = [inputs[0], { file: 'bun.xlsx', register: registerFromRecords(defaultScale, typo, { namnder: [BUN] }) }];
    const result = consolidateRegisters(input, { today: TODAY });
    const spelt = result.conflicts.filter((k) => k.kind === 'granskning');
    expect(spelt).toHaveLength(1);
    expect(spelt[0].message).toContain('”Granskning av skydade personuppgifter” (bun.xlsx)');
    expect(result.perGranskning.rows.filter((r) => r.group.includes('personuppgifter'))).toHaveLength(1);
  });

  test('two files for one nämnd, nämnder outside the list and nämnder without a workbook are said', () => {
    const sn = inputs.find((i) => i.file === `${SN}.xlsx`)!;
    const input = [...inputs, { file: 'socialnamnden-gammal.xlsx', register: sn.register }];
    const result = consolidateRegisters(input, { today: TODAY, namnder: [KS, BUN, SN, 'Miljönämnden'] });
    expect(result.conflicts.find((k) => k.kind === 'namnd')?.files).toEqual([`${SN}.xlsx`, 'socialnamnden-gammal.xlsx']);
    expect(result.conflicts.find((k) => k.kind === 'okandNamnd' && k.message.startsWith(`”${SBN}”`))?.files).toEqual([`${SBN}.xlsx`]);
    expect(result.completeness.map((n) => [n.namnd, n.missing])).toEqual([
      [KS, []],
      [BUN, []],
      [SN, []],
      ['Miljönämnden', ['ingen arbetsbok', 'inga risker', 'ingen internkontrollplan']],
    ]);
    expect(result.namndListSource).toBe('listan som angavs med --namnder');
    // The same recommendations from the old copy are still one each.
    expect(result.recommendations).toBe(c.recommendations);
  });

  test('a verdict only in a hand-made status column, differing, is counted by the rule without a round', () => {
    const rec = (mottagare: string, status: string) => ({
      id: 'X1',
      granskningId: 'G1',
      nr: 1,
      rekommendation: 'Ta fram en rutin för attest.',
      mottagare,
      senasteBedomning: status,
    });
    const audit = [{ id: 'G1', titel: 'Granskning av attest', ar: 2025 }];
    const make = (namnd: string, status: string): RegisterData =>
      registerFromRecords(defaultScale, { Granskningar: audit, Rekommendationer: [rec(namnd, status)] }, { namnder: [namnd] });
    const result = consolidateRegisters(
      [
        { file: 'a.xlsx', register: make(KS, 'Åtgärdat') },
        { file: 'b.xlsx', register: make(SN, 'ej åtgärdad') },
      ],
      { today: TODAY, namnder: [KS, SN] },
    );
    expect(result.recommendations).toBe(1);
    expect(result.perGranskning.total.counts['Ej åtgärdad']).toBe(1);
    expect(result.register.tables.Uppföljningar!.rows).toEqual([]);
    expect(result.conflicts.map((k) => k.kind)).toEqual(['bedomning']);
  });

  test('the Samlad uppsikt sheet shows the files beside the totals and every conflict', () => {
    const sheet = consolidationSheet(c, [{ file: 'trasig.xlsx', reason: 'Kunde inte läsa trasig.xlsx' }], TODAY);
    const texts = sheet.rows.map((r) => r.join('|'));
    expect(texts[0]).toBe('Samlad uppsikt');
    expect(texts).toContain('Filer som inte kunde läsas');
    expect(texts).toContain('trasig.xlsx|Kunde inte läsa trasig.xlsx');
    const summed = sheet.rows.find((r) => r[1] === 'Summa i filerna')!;
    const consolidated = sheet.rows.find((r) => r[1] === 'Samlat')!;
    expect(summed[8]).toBe(c.recommendationRows);
    expect(consolidated[8]).toBe(c.recommendations);
    for (const conflict of c.conflicts) expect(texts.some((t) => t.includes(conflict.message))).toBe(true);
    expect(sheet.rows.every((r) => r.every((v) => typeof v !== 'string' || !v.startsWith('=')))).toBe(true);
  });
});

describe('consolidateRegisters with rounds in different years', () => {
  test('the least finished verdict counts even when another nämnd was judged later, and every round is kept', () => {
    const make = (namnd: string, rounds: [string, string][]): RegisterData =>
      registerFromRecords(
        defaultScale,
        {
          Granskningar: [{ id: 'G1', titel: 'Granskning av attest', ar: 2023 }],
          Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Ta fram en rutin för attest.', mottagare: namnd }],
          Uppföljningar: rounds.map(([omgang, bedomning]) => ({ rekommendationId: 'G1-1', omgang, bedomning })),
        },
        { namnder: [KS, SN] },
      );
    const input = [
      {
        file: 'ks.xlsx',
        register: make(KS, [
          ['2024', 'Delvis åtgärdad'],
          ['2025', 'Åtgärdad'],
        ]),
      },
      {
        file: 'sn.xlsx',
        register: make(SN, [
          ['2024', 'Ej åtgärdad'],
          ['2025', ''],
        ]),
      },
    ];
    const result = consolidateRegisters(input, { today: TODAY });
    expect(result.perGranskning.total.counts).toEqual({ Åtgärdad: 0, 'Delvis åtgärdad': 0, 'Ej åtgärdad': 1, 'Ej bedömd': 0 });
    const rounds = result.register.tables.Uppföljningar!.rows;
    expect(rounds).toHaveLength(5);
    const added = rounds[4];
    expect(added.values).toMatchObject({ rekommendationId: 'G1-1', omgang: '2025', bedomning: 'Ej åtgärdad' });
    expect(added.extra['Källa: fil']).toBe('(samlad bedömning)');
    expect(String(added.values.kommentar)).toContain('inte revisionens');
    expect(recommendationStatuses(result.register)[0].status).toBe('Ej åtgärdad');
    expect(result.byNamnd.map((n) => [n.namnd, n.recommendations['Åtgärdad'], n.recommendations['Ej åtgärdad']])).toEqual([
      [KS, 1, 0],
      [SN, 0, 1],
    ]);
  });
});
