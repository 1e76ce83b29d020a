/*
 * What Uppsikt says about a package past what one read may hold (PACKAGE_LIMITS), in one wording for the CLI
 * (readXlsx's refusal) and the pane's file mode (checkPackageSize's): the file, the sheet when there is one,
 * and what to do.
 */
import type { PackageLimitError } from '../read/packageLimits';

export const packageLimitMessagesSv = {
  tooMuchXml: (p: { file: string; sheet?: string; megabytes: number }) =>
    `${p.file} är för stor för Uppsikt: ${p.sheet ? `fliken ${p.sheet}` : 'arbetsboken'} packas upp till mer än ${p.megabytes} MB. ` +
    `${p.sheet ? `Ta bort tomma eller överflödiga rader på fliken ${p.sheet}` : 'Ta bort flikar eller rader som inte behövs'}, eller dela upp arbetsboken, och försök igen.`,
  tooManyCells: (p: { file: string; sheet?: string; cells: number }) =>
    `${p.file} har fler celler än Uppsikt kan hålla (över ${p.cells.toLocaleString('sv-SE')}), räknat fram till ${p.sheet ? `fliken ${p.sheet}` : 'den sista fliken'}. ` +
    `Ta bort tomma rader och kolumner${p.sheet ? ` på fliken ${p.sheet}` : ''} (markera dem och välj Ta bort i Excel; att bara rensa innehållet räcker inte), eller dela upp arbetsboken, och försök igen.`,
} as const;

/** The catalogue entry and parameters that word a PackageLimitError about `file`. */
export function packageLimitWording(
  file: string,
  error: PackageLimitError,
): { key: 'tooManyCells'; params: { file: string; sheet?: string; cells: number } } | { key: 'tooMuchXml'; params: { file: string; sheet?: string; megabytes: number } } {
  return error.kind === 'cells'
    ? { key: 'tooManyCells', params: { file, sheet: error.sheet, cells: error.limit } }
    : { key: 'tooMuchXml', params: { file, sheet: error.sheet, megabytes: Math.round(error.limit / (1024 * 1024)) } };
}
