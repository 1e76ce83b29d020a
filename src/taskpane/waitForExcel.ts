/** The part of Office.js the start-up needs; Office itself fits it, and tests pass a stand-in. */
export interface OfficeReady {
  onReady(): Promise<{ host: unknown }>;
  // Compared with Office's own enum value: @types/office-js declares HostType numeric, Office.js uses strings.
  HostType: { Excel: unknown };
}

export const EXCEL_WAIT_MS = 3000;

/**
 * Resolves true once Office.js says the page runs in Excel, and false when Office.js is missing (the page
 * opened in a plain browser, or the CDN blocked), the host is another application or none, or Office.js
 * has not answered within `timeoutMs`, so the page never stays blank.
 */
export function waitForExcel(office: OfficeReady | undefined, timeoutMs: number = EXCEL_WAIT_MS): Promise<boolean> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    office.onReady().then(
      (info) => {
        clearTimeout(timer);
        const excel = office.HostType?.Excel;
        resolve(excel !== undefined && info?.host === excel);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
