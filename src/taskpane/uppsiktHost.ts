/** What officeLoader.js (run before every other script in taskpane.html) decided about the page. */
export interface UppsiktHost {
  /** True when anything suggested an Office host: Office.js was loaded and the page has no CSP of ours. */
  readonly office: boolean;
  /** Which sign it was ('iframe', 'query', 'sessionStorage', …), '' outside Office. */
  readonly hint: string;
  /** Outside Office: the CSP nonce the style elements must carry; '' inside Office. */
  readonly nonce: string;
}

declare global {
  interface Window {
    UppsiktHost?: UppsiktHost;
  }
}

/**
 * The loader's decision. Without the loader (a test page, an old cached taskpane.html) the page counts as
 * Office exactly when Office.js is there, as before the loader existed.
 *
 * @example
 * uppsiktHost(); //=> { office: false, hint: '', nonce: 'k3…' } in a plain browser
 */
export function uppsiktHost(win: Window = window): UppsiktHost {
  const host = win.UppsiktHost;
  if (host && typeof host.office === 'boolean') return { office: host.office, hint: String(host.hint ?? ''), nonce: String(host.nonce ?? '') };
  return { office: typeof Office !== 'undefined', hint: '', nonce: '' };
}
