/*
 * Uppsikt: runs first in taskpane.html, parser-blocking, before webpack's deferred scripts.
 *
 * Inside an Office host it writes the Office.js script tag exactly where the static tag used to be
 * (document.write keeps it parser-blocking and ordered before our scripts). Outside Office it loads nothing
 * from elsewhere and puts a strict Content-Security-Policy in place: the page may then load and connect to
 * its own origin only. Why and how this was decided: docs/decisions/office-loader.md.
 *
 * Plain ES5 on purpose: it is copied to dist/ (the production build minifies it, nothing more) and must run in
 * every webview Office uses.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding */
(function () {
  'use strict';
  var OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

  /** The first sign that an Office host opened the page, or '' when there is none. Conservative: any hint counts. */
  function officeHint() {
    try {
      // Office on the web (and the shared runtime there) shows the pane in an iframe.
      if (window.top !== window.self) return 'iframe';
    } catch (e) {
      return 'iframe'; // reading a cross-origin top throws: framed
    }
    var query = (String(window.location.search) + String(window.location.hash)).toLowerCase();
    // Office.js reads its host from _host_Info in the query string, else from window.name, else from
    // window.external.GetHostInfo(), else from what it kept in sessionStorage (hostInfoValue); _xdm_Info is
    // the cross-frame channel of older hosts.
    if (query.indexOf('_host_info') >= 0 || query.indexOf('_xdm_info') >= 0) return 'query';
    try {
      if (/hostinfo|xdminfo|_host_info|_xdm_info/i.test(String(window.name || ''))) return 'window.name';
    } catch (e) {
      /* window.name always reads; nothing to do */
    }
    try {
      if (window.sessionStorage && window.sessionStorage.getItem('hostInfoValue')) return 'sessionStorage';
    } catch (e) {
      /* storage blocked: no hint from it */
    }
    try {
      var external = window.external;
      // Office for Windows (IE and Edge webviews) and older Mac hosts expose these on window.external.
      if (external && (typeof external.GetContext !== 'undefined' || typeof external.GetHostInfo !== 'undefined')) return 'window.external';
    } catch (e) {
      return 'window.external';
    }
    if (typeof window.agaveHost !== 'undefined') return 'agaveHost';
    // Office for Windows on WebView2, and Office for Mac and iPad on WKWebView.
    if (window.chrome && window.chrome.webview) return 'webview2';
    if (window.webkit && window.webkit.messageHandlers) return 'webkit';
    return '';
  }

  /** A fresh nonce per page load for the style elements Fluent UI (Griffel) inserts. */
  function nonce() {
    var bytes = new Uint8Array(18);
    window.crypto.getRandomValues(bytes);
    var text = '';
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return window.btoa(text);
  }

  var hint = officeHint();
  var host = { office: hint !== '', hint: hint, nonce: '' };
  window.UppsiktHost = host;

  if (host.office) {
    // Parser-blocking as the static tag was: Office.js is there before our deferred scripts run. Office.js
    // finds its own base URL from this tag's src.
    document.write('<script src="' + OFFICE_JS + '"></' + 'script>');
    return;
  }

  host.nonce = nonce();
  var policy = [
    "default-src 'self'",
    "script-src 'self'",
    // Griffel (Fluent UI) inserts <style> elements and fills them through CSSOM; they carry the nonce.
    "style-src 'self' 'nonce-" + host.nonce + "'",
    // Saving and reports are downloads of blob: URLs; images may be data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.appendChild(meta);
})();
