import { flowMessagesSv } from '../messages.sv';

/** The file name of the report for the whole kommun. */
export const KOMMUN_REPORT_NAME = flowMessagesSv.allNamnder;

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/**
 * A nämnd's name as a file name on Windows, macOS and Linux: "Kultur/fritid" → "Kultur-fritid"; no control
 * characters, no leading or trailing dots, at most 100 characters, never a reserved device name.
 *
 * @param name - The nämnd's name.
 * @returns The file name without extension.
 * @example
 * safeFileName('Kultur/fritid') //=> 'Kultur-fritid'
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\p{Cc}/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100);
  const safe = cleaned === '' ? 'Namnd' : cleaned;
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe) ? `${safe}_` : safe;
}

/**
 * The .xlsx file names of reports (`uppsikt export --alla`, the pane's Rapport): each nämnd's safe name, the
 * whole kommun's as "Samtliga nämnder", and " (2)", " (3)" … where two would otherwise be the same file.
 *
 * @param scopes - Nämnder, `undefined` for the whole kommun.
 * @returns One file name per scope, in order.
 * @example
 * reportFileNames(['Kultur/fritid', 'Kultur-fritid', undefined]) //=> ['Kultur-fritid.xlsx', 'Kultur-fritid (2).xlsx', 'Samtliga nämnder.xlsx']
 */
export function reportFileNames(scopes: readonly (string | undefined)[]): string[] {
  const used = new Set<string>();
  return scopes.map((scope) => {
    const base = safeFileName(scope ?? KOMMUN_REPORT_NAME);
    let name = base;
    for (let n = 2; used.has(fold(name)); n++) name = `${base} (${n})`;
    used.add(fold(name));
    return `${name}.xlsx`;
  });
}
