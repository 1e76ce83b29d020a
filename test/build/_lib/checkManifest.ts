/*
 * Structural checks of manifest.xml that need no network (office-addin-manifest validate posts the file to a
 * Microsoft service). Each check targets a mistake that makes Excel refuse the add-in or silently break it:
 * elements out of schema order, a resid with no resource, a shared runtime whose page, function file and
 * task pane differ (#N/A in every cell), mixed origins, a missing Swedish text. Returns the problems found,
 * in Swedish like the build's other messages; an empty list means none.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

export const SWEDISH = 'sv-SE';
export const PERMISSION = 'ReadWriteDocument';
export const NAMESPACE = 'IK';

interface Sequence {
  /** Child elements in schema order (local names). */
  order: string[];
  /** Those that must be present, for the schema or for this add-in. */
  required: string[];
}

// OfficeApp followed by the TaskPaneApp extension (OfficeAppManifestV1_1.xsd).
const OFFICE_APP: Sequence = {
  order: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dictionary',
    'VersionOverrides',
  ],
  required: [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ],
};
const VERSION_OVERRIDES: Sequence = {
  order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  required: ['Hosts', 'Resources'],
};
const HOST: Sequence = { order: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'], required: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'] };
const CUSTOM_FUNCTIONS: Sequence = { order: ['Script', 'Page', 'Metadata', 'Namespace'], required: ['Script', 'Page', 'Metadata', 'Namespace'] };
const DESKTOP_FORM_FACTOR: Sequence = { order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'], required: ['FunctionFile', 'ExtensionPoint'] };
const RESOURCES: Sequence = { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: ['Images', 'Urls', 'ShortStrings', 'LongStrings'] };

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const KIND_NAMES: Record<ResourceKind, string> = { Images: 'bt:Images', Urls: 'bt:Urls', ShortStrings: 'bt:ShortStrings', LongStrings: 'bt:LongStrings' };

function nameOf(el: Element): string {
  return el.localName ?? '';
}

function elementChildren(el: Element): Element[] {
  const result: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) result.push(n as Element);
  return result;
}

function child(el: Element | undefined, localName: string): Element | undefined {
  return el ? elementChildren(el).find((c) => nameOf(c) === localName) : undefined;
}

function descendants(root: Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

function path(el: Element): string {
  const names: string[] = [];
  for (let n: Element | null = el; n && n.nodeType === 1; n = n.parentNode as Element | null) {
    const type = xsiType(n);
    names.unshift(type ? `${nameOf(n)}[${type}]` : nameOf(n));
  }
  return names.join('/');
}

function checkSequence(el: Element, sequence: Sequence, problems: string[]): void {
  const where = path(el);
  let last = -1;
  let lastName = '';
  for (const c of elementChildren(el)) {
    const index = sequence.order.indexOf(nameOf(c));
    if (index === -1) {
      problems.push(`${where}: okänt element <${nameOf(c)}>.`);
      continue;
    }
    // ExtensionPoint may repeat; every other element occurs at most once.
    if (index < last || (index === last && nameOf(c) !== 'ExtensionPoint')) {
      problems.push(`${where}: <${nameOf(c)}> står efter <${lastName}>; schemat kräver ordningen ${sequence.order.join(', ')}.`);
    } else {
      last = index;
      lastName = nameOf(c);
    }
  }
  for (const name of sequence.required) {
    if (!child(el, name)) problems.push(`${where}: <${name}> saknas.`);
  }
}

function parse(xml: string): { root?: Element; error?: string } {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    return { root: doc.documentElement ?? undefined };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  const { root, error } = parse(xml);
  if (!root) return [`Manifestet är ingen giltig XML: ${error ?? 'tomt dokument'}`];
  if (nameOf(root) !== 'OfficeApp' || root.namespaceURI !== NS.app) {
    return [`Rotelementet ska vara <OfficeApp> i ${NS.app}, inte <${nameOf(root)}> i ${root.namespaceURI}.`];
  }
  if (xsiType(root) !== 'TaskPaneApp') problems.push(`OfficeApp: xsi:type ska vara TaskPaneApp, inte ${xsiType(root)}.`);
  checkSequence(root, OFFICE_APP, problems);

  const text = (name: string) => child(root, name)?.textContent?.trim() ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))) problems.push(`Id: "${text('Id')}" är inget GUID.`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(text('Version'))) problems.push(`Version: "${text('Version')}" ska ha formen n.n.n.n.`);
  if (text('Permissions') !== PERMISSION) problems.push(`Permissions ska vara ${PERMISSION}, inte "${text('Permissions')}".`);
  const hosts = descendants(root, NS.app, 'Host').map((h) => h.getAttribute('Name'));
  if (hosts.length !== 1 || hosts[0] !== 'Workbook') problems.push(`Hosts ska vara exakt Workbook (Excel), inte ${hosts.join(', ') || 'inget'}.`);
  const sharedRuntime = descendants(root, NS.app, 'Set').find((s) => s.getAttribute('Name') === 'SharedRuntime');
  if (!sharedRuntime || sharedRuntime.getAttribute('MinVersion') !== '1.1') {
    problems.push('Requirements: <Set Name="SharedRuntime" MinVersion="1.1"/> saknas.');
  }

  const versionOverrides = child(root, 'VersionOverrides');
  if (!versionOverrides) return problems;
  if (versionOverrides.namespaceURI !== NS.vo) problems.push(`VersionOverrides ska ligga i namnrymden ${NS.vo}.`);
  checkSequence(versionOverrides, VERSION_OVERRIDES, problems);
  const workbook = descendants(versionOverrides, NS.vo, 'Host').find((h) => xsiType(h) === 'Workbook');
  if (!workbook) {
    problems.push('VersionOverrides: <Host xsi:type="Workbook"> saknas.');
  } else {
    checkSequence(workbook, HOST, problems);
    const desktop = child(workbook, 'DesktopFormFactor');
    if (desktop) checkSequence(desktop, DESKTOP_FORM_FACTOR, problems);
  }
  const customFunctions = descendants(versionOverrides, NS.vo, 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions');
  if (!customFunctions) problems.push('ExtensionPoint xsi:type="CustomFunctions" saknas.');
  else checkSequence(customFunctions, CUSTOM_FUNCTIONS, problems);
  const resources = child(versionOverrides, 'Resources');
  if (resources) checkSequence(resources, RESOURCES, problems);

  // Resources by id, and that each reference points at the right kind of resource.
  const defined = new Map<string, { kind: ResourceKind; el: Element }>();
  for (const kind of Object.keys(KIND_NAMES) as ResourceKind[]) {
    const group = child(resources, kind);
    for (const el of group ? elementChildren(group) : []) {
      const id = el.getAttribute('id') ?? '';
      if (defined.has(id)) problems.push(`Resources: id "${id}" är definierat två gånger.`);
      else defined.set(id, { kind, el });
    }
  }
  const expectedKind = (el: Element): ResourceKind => {
    if (nameOf(el) === 'Image') return 'Images';
    if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(nameOf(el))) return 'Urls';
    if (nameOf(el) === 'Description') return 'LongStrings';
    return 'ShortStrings';
  };
  const referencing = descendants(versionOverrides, '*', '*').filter((el) => el.hasAttribute('resid'));
  for (const el of referencing) {
    const resid = el.getAttribute('resid') ?? '';
    const resource = defined.get(resid);
    if (!resource) problems.push(`${path(el)}: resid "${resid}" finns inte i Resources.`);
    else if (resource.kind !== expectedKind(el)) {
      problems.push(`${path(el)}: resid "${resid}" är en ${KIND_NAMES[resource.kind]}, men <${nameOf(el)}> kräver en ${KIND_NAMES[expectedKind(el)]}.`);
    }
  }

  // One shared runtime: the runtime, the functions' page, the function file and the task pane are one page.
  const residOf = (el: Element | undefined) => el?.getAttribute('resid') ?? undefined;
  const runtimesElement = child(workbook, 'Runtimes');
  const runtimes = runtimesElement ? elementChildren(runtimesElement).filter((e) => nameOf(e) === 'Runtime') : [];
  if (runtimes.length !== 1) problems.push(`Runtimes ska ha exakt en <Runtime>, inte ${runtimes.length}.`);
  else if (runtimes[0].getAttribute('lifetime') !== 'long') problems.push('Runtime ska ha lifetime="long".');
  const shared = {
    Runtime: residOf(runtimes[0]),
    'CustomFunctions Page': residOf(child(child(customFunctions, 'Page'), 'SourceLocation')),
    FunctionFile: residOf(descendants(versionOverrides, NS.vo, 'FunctionFile')[0]),
    ...Object.fromEntries(
      descendants(versionOverrides, NS.vo, 'Action')
        .filter((a) => xsiType(a) === 'ShowTaskpane')
        .map((a, i) => [`ShowTaskpane ${i + 1}`, residOf(child(a, 'SourceLocation'))]),
    ),
  };
  const sharedResids = new Set(Object.values(shared));
  if (sharedResids.size !== 1 || sharedResids.has(undefined)) {
    problems.push(
      `Delad körmiljö: Runtime, CustomFunctions Page, FunctionFile och ShowTaskpane ska ha samma resid (${Object.entries(shared)
        .map(([k, v]) => `${k}=${v ?? 'saknas'}`)
        .join(', ')}).`,
    );
  }

  // Every URL https on one origin: Excel loads all of them from the same server.
  const urls: { where: string; url: string }[] = [];
  const addUrls = (el: Element) => {
    const value = el.getAttribute('DefaultValue');
    if (value !== null) urls.push({ where: path(el), url: value });
    for (const o of elementChildren(el).filter((c) => nameOf(c) === 'Override'))
      urls.push({ where: `${path(el)} (${o.getAttribute('Locale')})`, url: o.getAttribute('Value') ?? '' });
  };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = child(root, name);
    if (el) addUrls(el);
  }
  const defaultSource = child(child(root, 'DefaultSettings'), 'SourceLocation');
  if (defaultSource) addUrls(defaultSource);
  for (const d of descendants(root, NS.app, 'AppDomain')) urls.push({ where: 'AppDomains', url: d.textContent?.trim() ?? '' });
  for (const { kind, el } of defined.values()) if (kind === 'Images' || kind === 'Urls') addUrls(el);
  const origins = new Set<string>();
  for (const { where, url } of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" är ingen URL.`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${where}: ${url} ska använda https.`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) problems.push(`Alla URL:er ska ha samma ursprung, men här finns ${[...origins].join(', ')}.`);

  // Swedish texts. Excel picks the Override matching its language and falls back to DefaultValue.
  const swedish = (el: Element | undefined, what: string) => {
    const override = el && elementChildren(el).find((c) => nameOf(c) === 'Override' && c.getAttribute('Locale') === SWEDISH);
    if (!override || !(override.getAttribute('Value') ?? '').trim()) problems.push(`${what}: <Override Locale="${SWEDISH}"> saknas eller är tom.`);
  };
  const resource = (resid: string | undefined) => (resid ? defined.get(resid)?.el : undefined);
  const button = descendants(versionOverrides, NS.vo, 'Control').find((c) => xsiType(c) === 'Button');
  const group = descendants(versionOverrides, NS.vo, 'Group')[0];
  swedish(child(root, 'DisplayName'), 'DisplayName');
  swedish(child(root, 'Description'), 'Description');
  swedish(resource(residOf(child(group, 'Label'))), 'Gruppens etikett');
  swedish(resource(residOf(child(button, 'Label'))), 'Knappens etikett');
  swedish(resource(residOf(child(child(button, 'Supertip'), 'Description'))), 'Knappens knappbeskrivning');
  swedish(resource(residOf(child(child(customFunctions, 'Metadata'), 'SourceLocation'))), 'Funktionernas metadata-URL');

  const tab = button?.parentNode?.parentNode as Element | undefined;
  if (!button) problems.push('Det finns ingen knapp (Control xsi:type="Button").');
  else {
    if (!tab || nameOf(tab) !== 'OfficeTab' || tab.getAttribute('id') !== 'TabHome') problems.push('Knappen ska ligga på fliken Start (OfficeTab id="TabHome").');
    const action = child(button, 'Action');
    if (!action || xsiType(action) !== 'ShowTaskpane') problems.push('Knappen ska öppna aktivitetsfönstret (Action xsi:type="ShowTaskpane").');
  }

  const namespace = resource(residOf(child(customFunctions, 'Namespace')))?.getAttribute('DefaultValue');
  if (namespace !== NAMESPACE) problems.push(`Funktionernas namnrymd ska vara ${NAMESPACE}, inte ${namespace ?? 'saknad'}.`);
  return problems;
}
