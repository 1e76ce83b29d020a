import fs from 'fs';
import path from 'path';
import { checkManifest } from './_lib/checkManifest';
import { ROOT, readBuilt } from './_lib/dist';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** The manifest with exactly one occurrence of `from` replaced, so a variant can never silently test nothing. */
function mutate(from: string | RegExp, to: string): string {
  const pattern = typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from.source, 'g');
  const matches = manifest.match(pattern) ?? [];
  if (matches.length !== 1) throw new Error(`Mutationen ska träffa manifestet exakt en gång, träffade ${matches.length}: ${from}`);
  return manifest.replace(pattern, to);
}

describe('manifest.xml', () => {
  it('has no problems', () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it('is copied unchanged to dist/', () => {
    expect(readBuilt('manifest.xml')).toBe(manifest);
  });

  it('points at the build output that exists', () => {
    const urls = [...manifest.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(expect.arrayContaining(['taskpane.html', 'functions.json', 'functions-sv.json', 'assets/icon-80.png']));
    for (const file of new Set(urls)) expect(() => readBuilt(file)).not.toThrow();
  });
});

describe('checkManifest catches', () => {
  const swapped = (a: string, b: string) => mutate(`${a}\n${b}`, `${b.trimStart()}\n${a}`);

  it.each<[string, () => string, string]>([
    ['broken XML', () => manifest.replace('</OfficeApp>', ''), 'ingen giltig XML'],
    ['another root element', () => manifest.replace(/OfficeApp/g, 'OfficeAddin'), 'Rotelementet'],
    ['top-level elements out of order', () => swapped('  <Version>1.1.0.0</Version>', '  <ProviderName>Uppsikt</ProviderName>'), '<Version> står efter <ProviderName>'],
    [
      'Permissions after VersionOverrides',
      () => mutate('  <Permissions>ReadWriteDocument</Permissions>\n', '').replace('</OfficeApp>', '<Permissions>ReadWriteDocument</Permissions>\n</OfficeApp>'),
      '<Permissions> står efter <VersionOverrides>',
    ],
    ['a missing required element', () => mutate(/ {2}<HighResolutionIconUrl [^>]*\/>\n/, ''), '<HighResolutionIconUrl> saknas'],
    ['an unknown top-level element', () => mutate('  <Hosts>\n    <Host Name', '  <Foo/>\n  <Hosts>\n    <Host Name'), 'okänt element <Foo>'],
    ['CustomFunctions children out of order', () => mutate(/(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, '$3$2$1'), '<Script> står efter <Page>'],
    ['Resources out of order', () => mutate(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$3$2$1'), '<Images> står efter <Urls>'],
    [
      'Runtimes after AllFormFactors',
      () => mutate(/(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$3$2$1'),
      '<Runtimes> står efter <AllFormFactors>',
    ],
    ['a resid with no resource', () => mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Etikett"/>'), 'resid "Group.Etikett" finns inte'],
    ['a resid of the wrong kind', () => mutate('<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'), 'kräver en bt:ShortStrings'],
    [
      'a resource defined twice',
      () =>
        mutate('<bt:String id="Functions.Namespace" DefaultValue="IK"/>', '<bt:String id="Functions.Namespace" DefaultValue="IK"/><bt:String id="Group.Label" DefaultValue="X"/>'),
      'id "Group.Label" är definierat två gånger',
    ],
    [
      'a function file outside the shared runtime',
      () => mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      'FunctionFile=Functions.Script.Url',
    ],
    [
      'a functions page outside the shared runtime',
      () => mutate(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Script.Url"/>'),
      'CustomFunctions Page=Functions.Script.Url',
    ],
    [
      'a task pane outside the shared runtime',
      () => mutate(/(<TaskpaneId>[^<]*<\/TaskpaneId>\s*)<SourceLocation resid="Taskpane.Url"\/>/, '$1<SourceLocation resid="Functions.Script.Url"/>'),
      'ShowTaskpane 1=Functions.Script.Url',
    ],
    ['a short-lived runtime', () => mutate('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    ['no SharedRuntime requirement', () => mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''), 'SharedRuntime'],
    ['an http URL', () => mutate('"https://localhost:3000/assets/icon-16.png"', '"http://localhost:3000/assets/icon-16.png"'), 'ska använda https'],
    [
      'a second origin',
      () => mutate('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://example.org/hjalp"/>'),
      'samma ursprung',
    ],
    ['a second origin in an override', () => mutate('Value="https://localhost:3000/functions-sv.json"', 'Value="https://localhost:3001/functions-sv.json"'), 'samma ursprung'],
    [
      'a second origin in AppDomains',
      () => mutate('  <Hosts>\n    <Host Name', '  <AppDomains>\n    <AppDomain>https://example.org</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name'),
      'samma ursprung',
    ],
    ['a URL that is not one', () => mutate('"https://localhost:3000/assets/icon-80.png"', '"icon-80.png"'), 'är ingen URL'],
    ['no Swedish display name', () => mutate('<Override Locale="sv-SE" Value="Uppsikt"/>', ''), 'DisplayName: <Override Locale="sv-SE">'],
    ['no Swedish description', () => mutate(/<Override Locale="sv-SE" Value="Internkontroll för[^>]*>/, ''), 'Description: <Override Locale="sv-SE">'],
    ['no Swedish group label', () => mutate('<bt:Override Locale="sv-SE" Value="Internkontroll"/>', ''), 'Gruppens etikett'],
    ['no Swedish button label', () => mutate('<bt:Override Locale="sv-SE" Value="Uppsikt"/>', ''), 'Knappens etikett'],
    ['no Swedish tooltip', () => mutate(/<bt:Override Locale="sv-SE" Value="Öppna[^>]*>/, ''), 'Knappens knappbeskrivning'],
    ['an empty Swedish tooltip', () => mutate(/(<bt:Override Locale="sv-SE" Value=")Öppna[^"]*"/, '$1 "'), 'Knappens knappbeskrivning'],
    ['no Swedish functions metadata', () => mutate('<bt:Override Locale="sv-SE" Value="https://localhost:3000/functions-sv.json"/>', ''), 'metadata-URL'],
    ['another permission', () => mutate('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'), 'Permissions ska vara ReadWriteDocument'],
    ['another namespace', () => mutate('DefaultValue="IK"', 'DefaultValue="UPPSIKT"'), 'namnrymd ska vara IK'],
    ['another host', () => mutate('<Host Name="Workbook"/>', '<Host Name="Document"/>'), 'Hosts ska vara exakt Workbook'],
    ['a button on another tab', () => mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), 'fliken Start'],
    ['a button that does not open the task pane', () => mutate('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'), 'Action xsi:type="ShowTaskpane"'],
    ['a malformed version', () => mutate('<Version>1.1.0.0</Version>', '<Version>1.0</Version>'), 'n.n.n.n'],
    ['an Id that is not a GUID', () => mutate(/<Id>[^<]*<\/Id>/, '<Id>uppsikt</Id>'), 'inget GUID'],
  ])('%s', (_name, broken, expected) => {
    const problems = checkManifest(broken());
    expect(problems.join('\n')).toContain(expected);
  });
});
