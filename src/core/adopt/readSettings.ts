import type { CellValue } from '../cell/CellValue';
import { parseRange, type RangeBounds } from '../cell/a1';
import { isBlank } from '../cell/isBlank';
import { parseNumber } from '../cell/parseNumber';
import type { Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import type { RiskScale } from '../scale/RiskScale';
import { defaultScale } from '../scale/defaultScale';
import { PRESET_SCALES } from '../scale/presetScales';
import { scaleFromRange } from '../scale/scaleFromRange';
import type { ListKey, WorkbookSchema } from '../schema/WorkbookSchema';
import { PLAN_LABELS, SCALE_NAME, SCHEMA_VERSION, VERSION_NAME } from '../schema/uppsiktSchema';
import type { WorkbookSnapshot } from '../snapshot/WorkbookSnapshot';
import type { PlanSettings } from '../register/RegisterData';
import type { AdoptionReport } from './AdoptionReport';
import { headerKey } from './headerKey';

/*
 * The scale, the lists and the schema version, read through the workbook's defined names (Skala,
 * Lista_*, UppsiktSchemaversion), so they are found wherever the user moved them. A hand-made workbook
 * has none of these: it gets the defaults, or the preset scale its headers announce ("Sannolikhet (1-5)").
 */

interface Block {
  bounds: RangeBounds;
  cells: CellValue[][];
}

function namedBlock(snapshot: WorkbookSnapshot, name: string, issues: Issue[]): Block | undefined {
  const ref = Object.entries(snapshot.names).find(([n]) => n.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'))?.[1];
  if (ref === undefined) return undefined;
  const bounds = parseRange(ref);
  const sheet = bounds && snapshot.sheets.find((s) => s.name === bounds.sheet);
  if (!bounds || !sheet) {
    issues.push(makeIssue('adoptNameBroken', { name, ref }, {}, 'warning'));
    return undefined;
  }
  const cells: CellValue[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = sheet.values[r] ?? [];
    cells.push(Array.from({ length: bounds.right - bounds.left + 1 }, (_, c) => row[bounds.left + c] ?? null));
  }
  return { bounds, cells };
}

/** The scale from the name Skala, else from level headers, else the default. */
export function readScale(
  snapshot: WorkbookSnapshot,
  headerLevels: { likelihood?: number; consequence?: number },
  issues: Issue[],
): { scale: RiskScale; report: AdoptionReport['scale']; at?: { sheet: string; row: number; column: number } } {
  const block = namedBlock(snapshot, SCALE_NAME, issues);
  if (block) {
    const { bounds } = block;
    const result = scaleFromRange(block.cells);
    for (const issue of result.issues) {
      issues.push({ ...issue, input: bounds.sheet, row: (issue.row ?? 0) + bounds.top, column: (issue.column ?? 0) + bounds.left });
    }
    const at = { sheet: bounds.sheet, row: bounds.top, column: bounds.left };
    if (result.value) return { scale: result.value, report: { from: 'workbook', name: SCALE_NAME }, at };
    issues.push(makeIssue('adoptScaleInvalid', { name: SCALE_NAME }, { input: bounds.sheet, row: bounds.top, column: bounds.left }));
    return { scale: defaultScale, report: { from: 'default', name: '4x4' }, at };
  }
  const { likelihood, consequence } = headerLevels;
  if (likelihood === undefined && consequence === undefined) return { scale: defaultScale, report: { from: 'default', name: '4x4' } };
  const s = likelihood ?? consequence!;
  const k = consequence ?? likelihood!;
  const preset = PRESET_SCALES[`${s}x${k}`];
  if (preset) return { scale: preset, report: { from: 'headers', name: `${s}x${k}` } };
  issues.push(makeIssue('adoptScaleHeaders', { likelihood: s, consequence: k }, {}, 'warning'));
  return { scale: defaultScale, report: { from: 'default', name: '4x4' } };
}

/** Each list from its defined name (non-blank cells, as text), else the schema's defaults. */
export function readLists(
  snapshot: WorkbookSnapshot,
  schema: WorkbookSchema,
  issues: Issue[],
): {
  lists: Record<ListKey, readonly string[]>;
  report: AdoptionReport['lists'];
} {
  const lists = {} as Record<ListKey, readonly string[]>;
  const report = {} as Record<ListKey, 'workbook' | 'default'>;
  for (const spec of schema.lists) {
    const block = namedBlock(snapshot, spec.name, issues);
    const values = block?.cells
      .flat()
      .filter((v) => !isBlank(v))
      .map((v) => String(v).trim());
    lists[spec.key] = values ?? spec.defaults;
    report[spec.key] = values ? 'workbook' : 'default';
  }
  return { lists, report };
}

/** The schema version stored in the workbook, warning when it is newer than this code. */
export function readSchemaVersion(snapshot: WorkbookSnapshot, issues: Issue[]): number | undefined {
  const block = namedBlock(snapshot, VERSION_NAME, issues);
  const version = block ? parseNumber(block.cells[0]?.[0] ?? null) : undefined;
  if (version === undefined || version === null || Number.isNaN(version)) return undefined;
  if (version > SCHEMA_VERSION) issues.push(makeIssue('adoptNewerSchema', { found: version, supported: SCHEMA_VERSION }, {}, 'warning'));
  return version;
}

/**
 * Fastställd and Beslutsnummer: the cell right of each label on the settings sheet (the sheet holding the
 * schema version, else one called Inställningar), or undefined when the workbook has neither label.
 */
export function readPlanSettings(snapshot: WorkbookSnapshot): PlanSettings | undefined {
  const versionRef = Object.entries(snapshot.names).find(([n]) => n.toLocaleLowerCase('sv') === VERSION_NAME.toLocaleLowerCase('sv'))?.[1];
  const versionSheet = versionRef ? parseRange(versionRef)?.sheet : undefined;
  const sheet = snapshot.sheets.find((s) => s.name === versionSheet) ?? snapshot.sheets.find((s) => headerKey(s.name) === headerKey('Inställningar'));
  if (!sheet) return undefined;
  const found: Record<string, CellValue> = {};
  const wanted = new Map(Object.entries(PLAN_LABELS).map(([key, text]) => [headerKey(text), key]));
  sheet.values.forEach((row) =>
    row.forEach((cell, c) => {
      const key = typeof cell === 'string' ? wanted.get(headerKey(cell)) : undefined;
      if (key !== undefined && !(key in found)) found[key] = row[c + 1] ?? null;
    }),
  );
  if (Object.keys(found).length === 0) return undefined;
  return { faststalld: found.faststalld ?? null, beslutsnummer: found.beslutsnummer ?? null };
}
