import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseNumber } from '../cell/parseNumber';
import { parseLevel } from '../cell/parseLevel';
import { formatValue } from '../cell/formatValue';
import type { Checked, Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import type { RiskBand, RiskScale, ScoreMethod } from './RiskScale';
import { MAX_LEVELS } from './RiskScale';
import { BAND_HEADINGS, METHOD_LABELS, SCALE_KEYS } from './scaleLayout';
import { validateScale } from './validateScale';

type Row = readonly CellValue[];
interface Located<T> {
  value: T;
  row: number;
}

const key = (v: CellValue) => (typeof v === 'string' ? v.trim().replace(/:$/, '').toLocaleLowerCase('sv') : '');
const text = (v: CellValue) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Reads a scale from its block of cells (see scaleLayout.ts) and validates it. Every issue carries the
 * row and column within the block, with input 'scale'.
 *
 * @param cells - The block, row by row.
 * @returns The validated scale, or issues.
 * @example
 * scaleFromRange(scaleToRange(defaultScale)).value //=> defaultScale
 */
export function scaleFromRange(cells: readonly Row[]): Checked<RiskScale> {
  const issues: Issue[] = [];
  const at = (row: number, column: number, value?: CellValue) => ({ input: 'scale', row, column, value });
  let likelihood: Located<string[]> | undefined;
  let consequence: Located<string[]> | undefined;
  let method: Located<ScoreMethod> | undefined;
  const bands: Located<RiskBand>[] = [];
  const gridRows = new Map<number, Located<number[]>>();

  cells.forEach((cellsOfRow, r) => {
    const k = key(cellsOfRow[0]);
    const rest = cellsOfRow.slice(1);
    if (k === '' && rest.every(isBlank)) return;
    if (k === key(SCALE_KEYS.title)) return;
    if (k === key(SCALE_KEYS.likelihood)) likelihood = { value: labels(rest), row: r };
    else if (k === key(SCALE_KEYS.consequence)) consequence = { value: labels(rest), row: r };
    else if (k === key(SCALE_KEYS.method)) {
      const m = key(rest[0]);
      if (m === key(METHOD_LABELS.product)) method = { value: 'product', row: r };
      else if (m === key(METHOD_LABELS.grid)) method = { value: 'grid', row: r };
      else issues.push(makeIssue('scaleMethodUnknown', { value: formatValue(rest[0]) }, at(r, 1, rest[0])));
    } else if (k === key(SCALE_KEYS.band) || k === 'risknivåer') {
      if (key(rest[1]) === key(BAND_HEADINGS[1])) return; // the optional heading row
      const name = text(rest[0]);
      const [min, max] = [1, 2].map((c) => {
        const n = parseNumber(rest[c]);
        if (n === null || Number.isNaN(n)) issues.push(makeIssue('scaleBandNumber', { name, value: formatValue(rest[c]) }, at(r, c + 1, rest[c])));
        return n ?? NaN;
      });
      bands.push({ row: r, value: { name, min, max, color: color(rest[3]) } });
    } else if (k === key(SCALE_KEYS.grid)) {
      const level = parseLevel(rest[0], MAX_LEVELS);
      if (level < 1) issues.push(makeIssue('scaleRangeGridRow', { value: formatValue(rest[0]), levels: MAX_LEVELS }, at(r, 1, rest[0])));
      else if (gridRows.has(level)) issues.push(makeIssue('scaleRangeGridDuplicate', { level }, at(r, 1, rest[0])));
      else gridRows.set(level, { row: r, value: trimTrailingBlanks(rest.slice(1)).map(num) });
    } else {
      issues.push(makeIssue('scaleRangeUnknownKey', { value: formatValue(cellsOfRow[0]) }, at(r, 0, cellsOfRow[0])));
    }
  });

  if (!likelihood) issues.push(makeIssue('scaleRangeAxisMissing', { axis: SCALE_KEYS.likelihood }, { input: 'scale' }));
  if (!consequence) issues.push(makeIssue('scaleRangeAxisMissing', { axis: SCALE_KEYS.consequence }, { input: 'scale' }));
  if (issues.length > 0 || !likelihood || !consequence) return { issues };

  const levels = likelihood.value.length;
  const grid = gridRows.size > 0 ? Array.from({ length: [...gridRows.keys()].reduce((m, s) => Math.max(m, s), levels) }, (_, s) => gridRows.get(s + 1)?.value ?? []) : undefined;
  const draft: RiskScale = {
    likelihood: { labels: likelihood.value },
    consequence: { labels: consequence.value },
    method: method?.value ?? 'product',
    ...(grid ? { grid } : {}),
    bands: bands.map((b) => b.value),
  };
  const checked = validateScale(draft);
  // Point each validation issue at the cell it is about.
  const placed = checked.issues.map((issue): Issue => {
    switch (issue.input) {
      case 'likelihood':
        return { ...issue, ...at(likelihood!.row, (issue.index ?? -1) + 1) };
      case 'consequence':
        return { ...issue, ...at(consequence!.row, (issue.index ?? -1) + 1) };
      case 'method':
        return { ...issue, ...at(method?.row ?? 0, 1) };
      case 'bands':
        return issue.index === undefined ? { ...issue, input: 'scale' } : { ...issue, ...at(bands[issue.index].row, 1) };
      case 'grid': {
        const gridRow = issue.row === undefined ? undefined : gridRows.get(issue.row + 1);
        return gridRow ? { ...issue, ...at(gridRow.row, (issue.column ?? 0) + 2) } : { ...issue, input: 'scale' };
      }
      default:
        return issue;
    }
  });
  return checked.value ? { value: checked.value, issues: placed } : { issues: placed };
}

function labels(cells: Row): string[] {
  return trimTrailingBlanks(cells).map(text);
}

function trimTrailingBlanks(cells: Row): Row {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  return cells.slice(0, end);
}

function num(value: CellValue): number {
  return parseNumber(value) ?? NaN;
}

function color(value: CellValue): string {
  const t = text(value);
  return /^[0-9A-Fa-f]{6}$/.test(t) ? `#${t}` : t;
}
