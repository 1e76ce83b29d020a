import fs from 'fs';
import path from 'path';
import { builtinModules } from 'module';

/*
 * XlsxWorkbook runs in the task pane's file mode, loaded by webpack in a plain browser: nothing it imports
 * (transitively, within src/) may use a Node module or Node's globals. The walk follows the static and
 * dynamic imports of the source files (a webpack chunk-name comment included).
 */

const SRC = path.join(__dirname, '../../../src');
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b(?![^;]*\btype\s*\{)[^;'"]*?from\s*['"]([^'"]+)['"]|import\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (/^import\s+type\b|^export\s+type\b/.test(m[0].trim())) continue;
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target) queue.push(target);
      } else {
        packages.add(spec);
      }
    }
  }
  return { files, packages };
}

test('XlsxWorkbook imports no Node module and uses no Node global outside the direct-rows path (off in the browser)', () => {
  const { files, packages } = reachable(path.join(SRC, 'workbook/xlsx/XlsxWorkbook.ts'));
  expect(files.size).toBeGreaterThan(20);
  expect([...packages].filter((p) => NODE.has(p) || NODE.has(p.split('/')[0]))).toEqual([]);
  const globals = [...files]
    .filter((f) => /\b(?:process\.|Buffer\.|__dirname|require\()/.test(fs.readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')))
    .map((f) => path.relative(SRC, f).split(path.sep).join('/'));
  // It uses Buffer only for RenderOptions.direct, which mergeUppsiktBytes leaves off (default false).
  expect(globals.sort()).toEqual(['workbook/xlsx/render/directRows.ts']);
  const reached = [...files].map((f) => path.relative(SRC, f).split(path.sep).join('/'));
  expect(reached).toContain('workbook/xlsx/package/zipBytes.ts');
  // The Node side of the one zip reader and writer (yauzl, zlib, fs) stays out.
  for (const nodeOnly of ['writeXlsx.ts', 'package/writeZip.ts', 'package/zipFile.ts']) expect(reached).not.toContain(`workbook/xlsx/${nodeOnly}`);
  expect(packages).not.toContain('yauzl');
  expect(packages).not.toContain('jszip');
});

test('the yttrande writer (workbook/docx, loaded by the pane’s Rapport) imports no Node module and uses no Node global', () => {
  const { files, packages } = reachable(path.join(SRC, 'taskpane/views/YttrandeSection.tsx'));
  expect([...files].map((f) => path.relative(SRC, f).split(path.sep).join('/'))).toContain('workbook/docx/renderYttrande.ts');
  expect(packages).toContain('docx');
  expect([...packages].filter((p) => NODE.has(p) || NODE.has(p.split('/')[0]))).toEqual([]);
  const globals = [...files].filter((f) => /\b(?:process\.|Buffer\.|__dirname|require\()/.test(fs.readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
  expect(globals).toEqual([]);
});

test('file mode’s size check before XlsxWorkbook (workbook/xlsx/size, in the pane’s own bundle) imports no Node module and uses no Node global', () => {
  const { files, packages } = reachable(path.join(SRC, 'workbook/xlsx/size/packageSize.ts'));
  expect([...files].map((f) => path.relative(SRC, f).split(path.sep).join('/')).sort()).toEqual([
    'workbook/xlsx/package/partPath.ts',
    'workbook/xlsx/read/cellText.ts',
    'workbook/xlsx/read/packageLimits.ts',
    'workbook/xlsx/size/packageSize.ts',
    'workbook/xlsx/size/partXml.ts',
  ]);
  expect([...packages].sort()).toEqual(['fflate', 'saxes']);
  const globals = [...files].filter((f) => /\b(?:process\.|Buffer\.|__dirname|require\()/.test(fs.readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
  expect(globals).toEqual([]);
});
