import fs from 'fs';
import path from 'path';

/*
 * Issue 24: no module in src over 300 lines, so each holds one job and can be read in one sitting. Counted
 * as Prettier formats them (npm run format), since that is what lint checks.
 */
const MAX_LINES = 300;
const SRC = path.join(__dirname, '../../src');

function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return modules(full);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [full] : [];
  });
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('module size', () => {
  test(`every module in src has at most ${MAX_LINES} lines`, () => {
    const tooLong = modules(SRC)
      .map((file) => ({ file: path.relative(SRC, file), lines: lineCount(fs.readFileSync(file, 'utf8')) }))
      .filter((m) => m.lines > MAX_LINES);
    expect(tooLong).toEqual([]);
  });

  test('the count is of lines, so a module one line over the limit would be named', () => {
    expect(lineCount('a\n'.repeat(MAX_LINES + 1))).toBe(MAX_LINES + 1);
    expect(lineCount('a\nb')).toBe(2);
  });
});
