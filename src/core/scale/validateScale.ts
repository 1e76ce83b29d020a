import type { Checked, Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { formatValue } from '../cell/formatValue';
import { MAX_LEVELS, MIN_LEVELS, type RiskScale, type ScaleAxis } from './RiskScale';
import { possibleScores } from './possibleScores';

const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** Axis names as users see them; also the `input` of axis issues. */
export const AXIS_NAMES = { likelihood: 'Sannolikhet', consequence: 'Konsekvens' } as const;

/**
 * Checks a scale and returns it normalised (bands sorted by score, colours upper-case). Issues name the
 * part that is wrong: `input` is 'likelihood', 'consequence', 'grid' or 'bands' and `index` the band's
 * position in the input order.
 *
 * @param scale - A scale as the user defined it.
 * @returns The normalised scale, or only issues when it cannot be used.
 * @example
 * validateScale(defaultScale).issues //=> []
 */
export function validateScale(scale: RiskScale): Checked<RiskScale> {
  const issues: Issue[] = [];
  checkAxis(scale.likelihood, 'likelihood', issues);
  checkAxis(scale.consequence, 'consequence', issues);
  const axesOk = issues.length === 0;

  if (scale.method !== 'product' && scale.method !== 'grid') {
    issues.push(makeIssue('scaleMethodUnknown', { value: formatValue(String(scale.method)) }, { input: 'method' }));
  }
  if (scale.method === 'grid' && axesOk) checkGrid(scale, issues);

  const bands = checkBands(scale, issues);
  if (issues.length > 0) return { issues };

  const normalised: RiskScale = {
    likelihood: { labels: scale.likelihood.labels.map((l) => l.trim()) },
    consequence: { labels: scale.consequence.labels.map((l) => l.trim()) },
    method: scale.method,
    ...(scale.method === 'grid' ? { grid: scale.grid } : {}),
    bands,
  };
  const uncovered = possibleScores(normalised).filter((s) => !bands.some((b) => s >= b.min && s <= b.max));
  if (uncovered.length > 0) {
    issues.push(makeIssue('scaleScoresUncovered', { scores: uncovered.map((s) => formatValue(s)).join(', ') }, { input: 'bands' }));
    return { issues };
  }
  return { value: normalised, issues };
}

function checkAxis(axis: ScaleAxis, input: keyof typeof AXIS_NAMES, issues: Issue[]): void {
  const name = AXIS_NAMES[input];
  const count = axis.labels.length;
  if (count < MIN_LEVELS || count > MAX_LEVELS) {
    issues.push(makeIssue('scaleLevelCount', { axis: name, count }, { input }));
    return;
  }
  const seen = new Set<string>();
  axis.labels.forEach((label, i) => {
    const key = label.trim().toLocaleLowerCase('sv');
    if (key === '') issues.push(makeIssue('scaleLabelMissing', { axis: name, level: i + 1 }, { input, index: i }));
    else if (seen.has(key)) issues.push(makeIssue('scaleLabelDuplicate', { axis: name, label: label.trim() }, { input, index: i }));
    seen.add(key);
  });
}

function checkGrid(scale: RiskScale, issues: Issue[]): void {
  const rows = scale.likelihood.labels.length;
  const columns = scale.consequence.labels.length;
  const grid = scale.grid;
  if (!grid || grid.length === 0) {
    issues.push(makeIssue('scaleGridMissing', {}, { input: 'grid' }));
    return;
  }
  if (grid.length !== rows || grid.some((row) => row.length !== columns)) {
    const actualColumns = grid.reduce((w, row) => Math.max(w, row.length), 0);
    issues.push(makeIssue('scaleGridSize', { rows: grid.length, columns: actualColumns, expectedRows: rows, expectedColumns: columns }, { input: 'grid' }));
    return;
  }
  grid.forEach((row, s) =>
    row.forEach((value, k) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push(makeIssue('scaleGridValue', { likelihood: s + 1, consequence: k + 1, value: formatValue(value) }, { input: 'grid', row: s, column: k }));
      }
    }),
  );
}

function checkBands(scale: RiskScale, issues: Issue[]): RiskScale['bands'] {
  if (scale.bands.length === 0) {
    issues.push(makeIssue('scaleBandsMissing', {}, { input: 'bands' }));
    return [];
  }
  const names = new Set<string>();
  let valid = true;
  scale.bands.forEach((band, index) => {
    const place = { input: 'bands', index };
    const name = band.name.trim();
    if (name === '') {
      issues.push(makeIssue('scaleBandName', { position: index + 1 }, place));
      valid = false;
    } else if (names.has(name.toLocaleLowerCase('sv'))) {
      issues.push(makeIssue('scaleBandDuplicate', { name }, place));
    }
    names.add(name.toLocaleLowerCase('sv'));
    if (!Number.isFinite(band.min) || !Number.isFinite(band.max) || band.min > band.max) {
      issues.push(makeIssue('scaleBandRange', { name, min: formatValue(band.min), max: formatValue(band.max) }, place));
      valid = false;
    }
    if (!COLOR.test(band.color)) issues.push(makeIssue('scaleBandColor', { name, value: formatValue(band.color) }, place));
  });
  if (!valid) return [];

  const sorted = [...scale.bands].map((band) => ({ ...band, name: band.name.trim(), color: band.color.toUpperCase() })).sort((a, b) => a.min - b.min);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].min <= sorted[i - 1].max) {
      const index = scale.bands.findIndex((b) => b.name.trim() === sorted[i].name);
      issues.push(makeIssue('scaleBandOverlap', { first: sorted[i - 1].name, second: sorted[i].name }, { input: 'bands', index }));
    }
  }
  return sorted;
}
