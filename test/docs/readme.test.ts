import fs from 'fs';
import path from 'path';
import { uppsikt } from '../cli/runCli';

// The README is what a newcomer reads first (issue 24): short, with the two commands, the CLI's commands as
// the program names them, and links that lead somewhere. Everything longer lives in docs/.
const ROOT = path.join(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(rel);
    return e.name.endsWith('.md') ? [rel] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The commands under "Kommandon:" in `uppsikt --help`. */
async function helpCommands(): Promise<string[]> {
  const help = (await uppsikt('--help')).out.join('\n').split('\n');
  return help
    .slice(help.indexOf('Kommandon:') + 1)
    .map((line) => /^\s{2}(\S+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help' && name !== 'hjalp');
}

/** The rows of the first table whose header starts with `| Kommando |`: [command, English name]. */
function commandTable(text: string): [string, string][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Kommando |'));
  const rows: [string, string][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [command, english] = line
      .split('|')
      .slice(1, 3)
      .map((c) => c.trim().replace(/`/g, ''));
    rows.push([command, english === '–' ? '' : english]);
  }
  return rows;
}

describe('README.md', () => {
  test('is at most 150 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(150);
  });

  test('starts with the two commands: the add-in and the tests', () => {
    const quickStart = readme.slice(readme.indexOf('## Snabbstart'));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    expect(block).toMatch(/^npm ci && npm start\s+#/m);
    expect(block).toMatch(/^npm test\s+#/m);
  });

  test('says what it is in English and in Swedish', () => {
    expect(readme).toContain('**In English.**');
    expect(readme).toContain('Uppsikt gör en Excelarbetsbok');
  });

  test.each([['README.md'], ['docs/cli.md']])('%s lists every command the help lists, with its English name', async (file) => {
    const table = commandTable(read(file));
    expect(table.map(([command]) => command)).toEqual(await helpCommands());
    for (const [command, english] of table.filter(([, e]) => e !== '')) {
      const help = await uppsikt(english, '--help');
      expect(help.out.join('\n')).toMatch(new RegExp(`^Användning: uppsikt ${command} `));
    }
  });
});

describe('docs/cli.md', () => {
  const cli = read('docs/cli.md');

  test('has every command’s usage and every flag its help lists', async () => {
    for (const command of await helpCommands()) {
      const help = (await uppsikt('help', command)).out.join('\n').split('\n');
      const start = cli.indexOf(`\n### ${command}\n`);
      expect(start).toBeGreaterThan(0);
      const section = cli.slice(start + 1).split(/\n#{2,3} /)[0];
      expect(section).toContain(`\`${help[0].replace('Användning: ', '')}\``);
      const flags = help.flatMap((line) => /^ {2}(?:-\w, )?(--[a-z-]+)/.exec(line)?.[1] ?? []).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of flags) expect(section).toMatch(new RegExp('^- `(?:-\\w, )?' + flag + '[ `]', 'm'));
    }
  });
});

describe('links in README.md and docs/', () => {
  const files = ['README.md', ...markdownFiles('docs')];

  test.each(files.map((f) => [f]))('every relative link in %s leads to a file and heading that exist', (file) => {
    const text = read(file);
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [pathPart, anchor] = target.split('#');
      const resolved = pathPart === '' ? path.join(ROOT, file) : path.join(ROOT, path.dirname(file), decodeURI(pathPart));
      if (!fs.existsSync(resolved)) {
        broken.push(target);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith('.md')) {
        const headings = [...fs.readFileSync(resolved, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]));
        if (!headings.includes(decodeURI(anchor))) broken.push(target);
      }
    }
    expect(broken).toEqual([]);
  });
});
