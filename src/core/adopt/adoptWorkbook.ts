import type { Issue } from '../issues/Issue';
import type { RegisterData, RegisterTable } from '../register/RegisterData';
import { withRoundFollowUps } from '../register/roundFollowUps';
import type { WorkbookSchema } from '../schema/WorkbookSchema';
import { uppsiktSchema } from '../schema/uppsiktSchema';
import type { WorkbookSnapshot } from '../snapshot/WorkbookSnapshot';
import type { AdoptedTable, AdoptionReport } from './AdoptionReport';
import { levelsInHeader } from './headerKey';
import { locateTables } from './locateTables';
import { readTable, type ColumnOverrides } from './readTable';
import { planYear, readResultSheets, resultsFromPlanColumns } from './adoptControlResults';
import { readLists, readPlanSettings, readScale, readSchemaVersion } from './readSettings';
import { unreadVerdictSheets } from './unreadVerdictSheets';

/** The result of adopting a workbook: its content as a register, what was found, and what could not be used. */
export interface Adoption {
  readonly register: RegisterData;
  readonly report: AdoptionReport;
  /** Issues with input = sheet name and 0-based row/column where they have a cell. */
  readonly issues: readonly Issue[];
}

export interface AdoptOptions {
  /** Corrections of the header mapping per table name (see ColumnOverrides). */
  readonly overrides?: Readonly<Record<string, ColumnOverrides>>;
}

/**
 * Reads any workbook, an Uppsikt workbook or a controller's hand-made one, as a register: finds each schema
 * table (by Excel table name, else by its header row anywhere in the first rows of a sheet), maps headers
 * with Swedish synonyms, keeps every other column, and takes the scale and lists from the workbook's names.
 * Nothing is changed or converted: values are exactly what the cells hold, so the checks can report them.
 *
 * @param snapshot - The workbook as data.
 * @param schema - The schema (the current one by default).
 * @param options - Mapping corrections the user made.
 * @returns The register, the report and the issues.
 * @example
 * adoptWorkbook({ sheets: [], tables: [], names: {} }).report.notFound.length //=> 5
 */
export function adoptWorkbook(snapshot: WorkbookSnapshot, schema: WorkbookSchema = uppsiktSchema, options: AdoptOptions = {}): Adoption {
  const issues: Issue[] = [];
  const locations = locateTables(snapshot, schema);
  const tables: Record<string, RegisterTable> = {};
  const reports: AdoptedTable[] = [];
  const notFound: string[] = [];
  for (const spec of schema.sheets.flatMap((s) => s.tables)) {
    const location = locations.get(spec.name);
    if (!location) {
      notFound.push(spec.name);
      continue;
    }
    const read =
      spec.name === 'Kontrollutfall'
        ? readResultSheets(snapshot, location, new Set([...locations.values()].map((l) => l.sheet.name)), options.overrides?.[spec.name])
        : readTable(location, options.overrides?.[spec.name]);
    tables[spec.name] = read.table;
    reports.push(read.report);
    for (const issue of read.issues) issues.push(issue);
  }

  // In an Uppsikt workbook the user's sheets are what its tables were copied from (or the user's own notes);
  // Uppföljning is where verdicts live, so only a hand-made workbook is searched for verdicts left unread.
  if (!reports.some((r) => r.table === 'Rekommendationer' && r.foundBy === 'table')) {
    const read = new Set(reports.map((r) => r.sheet));
    for (const issue of unreadVerdictSheets(snapshot, read, tables.Rekommendationer?.sheet)) issues.push(issue);
  }

  const risks = reports.find((r) => r.table === 'Risker');
  const headerOf = (key: string) => risks?.mapped.find((m) => m.key === key)?.header ?? null;
  const headerLevels = { likelihood: levelsInHeader(headerOf('sannolikhet')), consequence: levelsInHeader(headerOf('konsekvens')) };
  const scale = readScale(snapshot, headerLevels, issues);
  const lists = readLists(snapshot, schema, issues);
  const schemaVersion = readSchemaVersion(snapshot, issues);

  const plan = readPlanSettings(snapshot);
  // Results kept in the plan's own Utfall/Avvikelse columns (before Kontrollutfall) become a result each.
  const fromPlan = !tables.Kontrollutfall && tables.Kontroller ? resultsFromPlanColumns(tables.Kontroller, planYear(tables.Kontroller, plan)) : undefined;
  if (fromPlan) tables.Kontrollutfall = fromPlan;
  const adopted: RegisterData = { scale: scale.scale, ...(scale.at ? { scaleAt: scale.at } : {}), lists: lists.lists, tables, ...(plan ? { plan } : {}) };
  // Round columns are read as the Uppföljning rows they stand for (an Uppföljning found nowhere is then not empty).
  const register = withRoundFollowUps(adopted);
  const derived = !tables.Uppföljningar && register.tables.Uppföljningar !== undefined;
  const report: AdoptionReport = {
    tables: reports,
    notFound: derived ? notFound.filter((n) => n !== 'Uppföljningar') : notFound,
    scale: scale.report,
    lists: lists.report,
    ...(schemaVersion !== undefined ? { schemaVersion } : {}),
  };
  return { register, report, issues };
}
