import { adoptWorkbook, FOLLOW_UP_STATUSES, type CellValue } from '../../src/core';
import { checkFindings } from '../../src/usecases/checkFindings';
import { applyStructure, planStructure, structureKind, structureOutcome } from '../../src/usecases/structure';
import { summarizeRegister } from '../../src/usecases/summarizeRegister';
import { ADAPTERS, TODAY, type Cell } from '../workbook/contract/_lib/adapters';
import { HANINGE_HEADERS, HANINGE_TABLE, haningeRegisterRows } from '../_lib/haninge';
import { expectedLatest, LATEST_ASSESSED, ROUND_HEADERS, ROUND_REGISTER_SIZE, roundRegisterRows } from '../_lib/roundRegister';

/*
 * Skapa on registers controllers keep, through both adapters (file mode and Excel): what the pane does with
 * its defaults (ids filled for the user's own tables), then Kontrollera on what was written.
 */

const byGranskning = (register: Parameters<typeof summarizeRegister>[0]) =>
  summarizeRegister(register, 'granskning').summary.rows.map((r) => [r.group, r.counts.Åtgärdad, r.counts['Delvis åtgärdad'], r.counts['Ej åtgärdad']]);

/** Skapa as the pane does it by default: every own table gets ids where it has none. */
async function skapa(port: Awaited<ReturnType<(typeof ADAPTERS)[number]['empty']>>['port']) {
  const adoption = adoptWorkbook(await port.read());
  const fills = Object.fromEntries(structureKind(adoption).ownTables.map((t) => [t.table, { ids: true }]));
  const outcome = structureOutcome(adoption, { fills });
  const planned = await planStructure(port, outcome.register);
  const done = await applyStructure(port, planned);
  return { adoption, outcome, planned, done, back: adoptWorkbook(await port.read()) };
}

describe.each(ADAPTERS)("Skapa on a controller's register through $name", (adapter) => {
  test('Haninge (Granskning, År, Rek nr, …): Granskningar made from titles and years, check clean, 31 / 13', async () => {
    const subject = await adapter.withSheets([
      { name: 'Uppföljning 2024', values: [['Uppföljning av granskningar 2024'], [], HANINGE_HEADERS, ...haningeRegisterRows()] as Cell[][] },
    ]);
    const { adoption, outcome, planned, back } = await skapa(subject.port);
    // Read before Skapa, the titles already count right.
    expect(byGranskning(adoption.register)).toEqual(HANINGE_TABLE.map(([title, ...n]) => [title.replace(/ \(\d{4}\)$/, ''), ...n]));

    expect(outcome.notes).toEqual([
      'Uppföljning 2024: 44 rader utan Id får REK1–REK44.',
      'Granskningar: 7 granskningar skapas från kolumnerna Granskning och År; Granskning-id fylls i på 44 rekommendationer.',
    ]);
    expect(planned.plan.copyFrom).toEqual([
      { sheet: 'Uppföljning 2024', table: 'Rekommendationer', rows: 44 },
      { sheet: 'Uppföljning 2024', table: 'Granskningar', rows: 7 },
    ]);

    expect(checkFindings(back, TODAY)).toEqual([]);
    const audits = back.register.tables.Granskningar!.rows.map((r) => [r.values.id, r.values.titel, Number(r.values.ar)]);
    expect(audits).toEqual(HANINGE_TABLE.map(([title], i) => [`G${i + 1}`, title.replace(/ \(\d{4}\)$/, ''), Number(/\((\d{4})\)$/.exec(title)![1])]));
    // År went to Granskningar; it is not kept twice on Rekommendationer.
    expect(back.register.tables.Rekommendationer!.extraHeaders).toEqual([]);
    const total = summarizeRegister(back.register, 'granskning').summary.total.counts;
    expect([total.Åtgärdad, total['Delvis åtgärdad'], total['Ej åtgärdad'], total['Ej bedömd']]).toEqual([31, 13, 0, 0]);
    expect(byGranskning(back.register)).toEqual(byGranskning(adoption.register));
  });

  test('a register with a column per round: Uppföljning rows with each Omgång, the columns kept, check clean', async () => {
    const values: CellValue[][] = [['Uppföljning av revisionens rekommendationer'], [], ['Nr', 'Granskning', 'Rekommendation', 'Ansvarig nämnd', ...ROUND_HEADERS]];
    for (const r of roundRegisterRows()) values.push([r.nr, r.granskning, r.rekommendation, r.mottagare, ...r.rounds]);
    const subject = await adapter.withSheets([{ name: 'Rekommendationer 2023–2025', values: values as Cell[][] }]);
    const { adoption, outcome, back } = await skapa(subject.port);
    expect(summarizeRegister(adoption.register, 'granskning').summary.total.counts).toEqual(expectedLatest());

    const filled = roundRegisterRows().reduce((n, r) => n + (r.rounds[0] ? 1 : 0) + (r.rounds[1] ? 1 : 0), 0);
    expect(outcome.notes).toContain(
      `Uppföljning: ${filled + ROUND_REGISTER_SIZE} rader, en per rekommendation och omgång, från kolumnerna ${ROUND_HEADERS.join(', ')}; kolumnerna behålls som de är i Rekommendationer.`,
    );

    expect(checkFindings(back, TODAY)).toEqual([]);
    const followUps = back.register.tables.Uppföljningar!;
    expect(followUps.sheet).toBe('Uppföljning');
    expect(followUps.rows).toHaveLength(filled + ROUND_REGISTER_SIZE);
    expect(new Set(followUps.rows.map((r) => String(r.values.omgang)))).toEqual(new Set(['2023', '2024', 'T2 2025']));
    expect(followUps.rows.filter((r) => String(r.values.omgang) === 'T2 2025' && r.values.bedomning)).toHaveLength(LATEST_ASSESSED);
    // The original columns are kept in Rekommendationer, and read again they add nothing.
    expect(back.register.tables.Rekommendationer!.extraHeaders).toEqual([...ROUND_HEADERS]);
    const counts = summarizeRegister(back.register, 'granskning').summary.total.counts;
    expect(counts).toEqual(expectedLatest());
    expect(FOLLOW_UP_STATUSES.reduce((n, s) => n + counts[s], 0)).toBe(ROUND_REGISTER_SIZE);
  });
});
