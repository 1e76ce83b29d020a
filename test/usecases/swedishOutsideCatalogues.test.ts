import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { FOLLOW_UP_STATUSES, LISTS, uppsiktSchema } from '../../src/core';

/*
 * No Swedish text is built outside a catalogue in the CLI, the use cases and the workbook adapters: every
 * string literal (and template text) with å, ä or ö, or with words such as och, inte, finns, in src/cli, src/usecases and src/workbook must be in a
 * *messages*.ts file. The scan reads the TypeScript syntax tree, so comments never count and a sentence
 * split over `+` or a template is caught piece by piece. What may stay, and why:
 *
 * - the schema's own vocabulary (sheet, table and column names, follow-up statuses, list values): names a
 *   file is addressed by, compared or written into a formula's [Column], not sentences;
 * - main.ts's texts handed to commander's help calls (.description, .option, .argument, new Option…): they
 *   describe the command line where it is declared, and moving ~50 of them away from their option would make
 *   the declarations harder to read and review (errors and results main.ts prints are in the catalogue);
 * - exampleRegister.ts: the example data of `init --exempel` and Ny arbetsbok med exempel, workbook content;
 * - words Uppsikt recognises in what users typed (NO_DEVIATION): input vocabulary, never shown.
 */
const SRC = path.join(__dirname, '../../src');
const SCANNED = ['cli', 'usecases', 'workbook'];
const SWEDISH_LETTERS = /[åäöÅÄÖ]/;
/** Words that make a piece of text with a space in it a Swedish phrase even without å, ä or ö. */
const SWEDISH_WORDS = /(^|[^\p{L}])(och|inte|eller|finns|ingen|inga|ska|kan|har|som|att|med|till|filen|fliken|arbetsboken|ange|kunde|hittade|skrev|saknas)(?![\p{L}])/iu;
const isSwedish = (text: string) => SWEDISH_LETTERS.test(text) || (/\s/.test(text.trim()) && SWEDISH_WORDS.test(text));

const VOCABULARY = new Set<string>([
  ...uppsiktSchema.sheets.flatMap((s) => [s.name, ...s.tables.flatMap((t) => [t.name, t.sheet, ...t.columns.map((c) => c.header)])]),
  ...FOLLOW_UP_STATUSES,
  ...LISTS.flatMap((l) => [l.header, ...l.defaults]),
]);

/** Files whose Swedish literals may stay, by path under src, with the reason in the comment above. */
// exampleRegister holds the example's Swedish data; textMetrics a table of glyph widths whose keys are letters.
const WHOLE_FILES = new Set(['usecases/exampleRegister.ts', 'workbook/layout/textMetrics.ts']);
const COMMANDER_HELP = new Set(['description', 'option', 'requiredOption', 'argument', 'command', 'Option', 'addHelpText']);
const INPUT_VOCABULARY = new Set(['NO_DEVIATION']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/messages[^/]*\.ts$/i.test(e.name) ? [full] : [];
  });
}

/** The literal's text with the schema's words and [Column] references taken out. */
function withoutVocabulary(text: string): string {
  if (VOCABULARY.has(text)) return '';
  return text.replace(/\[([^\]]+)\]/g, (all, name: string) => (VOCABULARY.has(name) ? '[]' : all));
}

/** Whether the literal is an argument of commander's help declarations (main.ts only) or inside an allowed constant. */
function allowedPlace(node: ts.Node, file: string): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (file === 'cli/main.ts' && (ts.isCallExpression(n) || ts.isNewExpression(n))) {
      const callee = n.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (COMMANDER_HELP.has(name)) return true;
    }
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && INPUT_VOCABULARY.has(n.name.text)) return true;
  }
  return false;
}

function swedishLiterals(file: string, text: string): string[] {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let pieces: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) pieces = [node.text];
    else if (ts.isTemplateExpression(node)) pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
    else if (ts.isJsxText(node)) pieces = [node.text];
    if (pieces.some((p) => isSwedish(withoutVocabulary(p))) && !allowedPlace(node, rel)) {
      found.push(`${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${pieces.join('…')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('Swedish text outside the catalogues', () => {
  const files = SCANNED.flatMap((dir) => sources(path.join(SRC, dir)));
  const scanned = files.filter((f) => {
    const rel = path.relative(SRC, f).split(path.sep).join('/');
    return !WHOLE_FILES.has(rel);
  });

  test('no string literal in src/cli, src/usecases or src/workbook (outside *messages*.ts) has Swedish text', () => {
    expect(scanned.flatMap((f) => swedishLiterals(f, fs.readFileSync(f, 'utf8')))).toEqual([]);
  });

  test('the scan finds a sentence in code, in a template, split over + and in JSX', () => {
    const code = [
      'throw new Error(`Filen ${file} är tom.`);',
      "const a = 'Det gick ' + 'inte att spara: ' + 'för stort.';",
      'const b = <p>Öppna arbetsboken</p>;',
      '// en kommentar med å räknas inte',
      "const c = x === 'Åtgärdad';",
      'const d = `IK.SUMMARY(${t}[Senaste bedömning])`;',
    ].join('\n');
    expect(swedishLiterals(path.join(SRC, 'cli/x.tsx'), code).map((l) => l.replace(/^[^:]*:/, ''))).toEqual([
      '1: Filen … är tom.',
      '2: inte att spara: ',
      '2: för stort.',
      '3: Öppna arbetsboken',
    ]);
  });

  test('commander help texts are allowed in main.ts only', () => {
    const code = "cli.command('init').description('skapa en ny Uppsikt-arbetsbok').option('--ersatt', 'skriv över filen');";
    expect(swedishLiterals(path.join(SRC, 'cli/main.ts'), code)).toEqual([]);
    expect(swedishLiterals(path.join(SRC, 'cli/other.ts'), code)).toHaveLength(1);
  });
});
