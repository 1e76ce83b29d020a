import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack, { type Stats } from 'webpack';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import SvMetadataPlugin from '../../scripts/webpack/svMetadataPlugin';

// Compiles a small functions file with both plugins wired as in webpack.config.js, so the test covers
// what the unit test of translateMetadata cannot: that the plugin finds the generated functions.json and
// that a missing translation fails the build.
const FIXTURE = path.join(__dirname, '_fixtures', 'functions.js');

const COMPLETE = {
  ADD: {
    name: 'ADDERA',
    description: 'Adderar två tal.',
    parameters: { first: { name: 'första', description: 'Första talet.' }, second: { name: 'andra', description: 'Andra talet.' } },
  },
  HELLO: { name: 'HEJ', description: 'Dagens hälsning.', parameters: {} },
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-sv-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Builds the fixture with these translations (a string is written to sv.json as it is). */
function build(translations: unknown): Promise<Stats> {
  const translationsPath = path.join(dir, 'sv.json');
  fs.writeFileSync(translationsPath, typeof translations === 'string' ? translations : JSON.stringify(translations));
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { functions: FIXTURE },
    output: { path: path.join(dir, 'dist') },
    optimization: { minimize: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FIXTURE, output: 'functions.json' }),
      new SvMetadataPlugin({ source: 'functions.json', translations: translationsPath, output: 'functions-sv.json' }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => (error || !stats ? reject(error) : resolve(stats)));
    }),
  );
}

// A webpack run of the metadata plugin takes seconds idle and minutes on a busy 2-core machine.
const WEBPACK_TIMEOUT = 180_000;

describe('SvMetadataPlugin in a webpack build', () => {
  it(
    'writes functions-sv.json next to functions.json, with the same ids',
    async () => {
      const stats = await build(COMPLETE);
      expect(stats.toString('errors-only')).not.toMatch(/ERROR/);
      const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, 'dist', f), 'utf8'));
      const sv = read('functions-sv.json').functions;
      expect(sv.map((f: { id: string }) => f.id)).toEqual(read('functions.json').functions.map((f: { id: string }) => f.id));
      expect(sv.map((f: { name: string }) => f.name)).toEqual(['ADDERA', 'HEJ']);
      expect(sv[0].parameters.map((p: { name: string }) => p.name)).toEqual(['första', 'andra']);
    },
    WEBPACK_TIMEOUT,
  );

  it(
    'fails the build, naming what is missing, when a translation is missing',
    async () => {
      const stats = await build({ ADD: { ...COMPLETE.ADD, parameters: { first: COMPLETE.ADD.parameters.first } } });
      expect(stats.hasErrors()).toBe(true);
      const errors = stats.toString('errors-only');
      expect(errors).toContain('ADD: översättning saknas för parametern second.');
      expect(errors).toContain('HELLO: översättning saknas.');
      expect(fs.existsSync(path.join(dir, 'dist', 'functions-sv.json'))).toBe(false);
    },
    WEBPACK_TIMEOUT,
  );

  it(
    'fails the build when sv.json is not JSON',
    async () => {
      const stats = await build('{ "ADD": ');
      expect(stats.hasErrors()).toBe(true);
      expect(stats.toString('errors-only')).toContain('functions-sv.json kan inte byggas');
    },
    WEBPACK_TIMEOUT,
  );
});
